"""qtp37 (news-dev59's time class, issue 15): a clock time with no day of its own, in the sentence that
names a day or the one right after it, is a time of that day (``Lee started Thursday ... By 2:30 p.m.,
Lee was ...``), not of the publication day. The rule test uses hand-built spans; the pipeline runs on
sentences of our own beside the cases left alone (no day named before, a day two sentences back, a
clock time with a day word of its own)."""

from __future__ import annotations

import datetime as dt

from newsevents.components.times import _clock_on_day_named
from newsevents.temporal.normalise import Timex


def _times(extract, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in extract(text, published="2021-06-11").times]


def test_a_clock_time_after_a_sentence_naming_a_day_is_that_days(build_doc) -> None:
    doc = build_doc("Lee spoke Thursday . By 2:30 p.m. Lee left .",
                    heads=[1, 1, 1, 1, 8, 6, 4, 8, 8, 8], deps=["nsubj", "ROOT", "npadvmod", "punct", "prep", "nummod",
                                                               "pobj", "nsubj", "ROOT", "punct"],
                    pos=["PROPN", "VERB", "PROPN", "PUNCT", "ADP", "NUM", "NOUN", "PROPN", "VERB", "PUNCT"])
    clock = doc[5:7]
    anchor = dt.date(2021, 6, 11)
    found = _clock_on_day_named(clock, Timex("TIME", "2021-06-11T14:30"), ("2021-06-10", 0), anchor)
    assert found.value == "2021-06-10T14:30"
    # the day named is the publication day: nothing to move
    same = _clock_on_day_named(clock, Timex("TIME", "2021-06-11T14:30"), ("2021-06-11", 0), anchor)
    assert same.value == "2021-06-11T14:30"


def test_pipeline_clock_times_and_the_day_before_them(extract) -> None:
    assert ("2:30 p.m.", "2021-06-10T14:30") in _times(
        extract, "Ann Lee started Thursday listening to farmers. By 2:30 p.m., Lee was talking to teachers.")
    assert ("6 p.m.", "2021-06-11T18:00") in _times(
        extract, "Ann Lee spoke on Thursday. Then she went home. At 6 p.m. the bar closed.")
    assert ("2:30 p.m.", "2021-06-11T14:30") in _times(extract, "By 2:30 p.m., Ann Lee was talking to teachers.")
