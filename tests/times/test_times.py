"""Times: the TIMEX3 normaliser (pure) and the stage on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.temporal import normalise
from newsevents.temporal.normalise import duration_value

FRIDAY = dt.date(2022, 9, 30)
MONDAY_NEW_YEAR = dt.date(2023, 1, 2)
YEAR_END_FRIDAY = dt.date(2022, 12, 30)
LEAP_WEDNESDAY = dt.date(2024, 2, 28)


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "expected"),
    [
        ("next week", YEAR_END_FRIDAY, "unknown", ("DATE", "2023-W01")),  # ISO week rules at year end
        ("last Friday", MONDAY_NEW_YEAR, "past", ("DATE", "2022-12-30")),
        ("Thursday", FRIDAY, "past", ("DATE", "2022-09-29")),
        ("Friday", FRIDAY, "past", ("DATE", "2022-09-30")),  # the publication day counts
        ("Friday", FRIDAY, "future", ("DATE", "2022-09-30")),
        ("Monday", LEAP_WEDNESDAY, "future", ("DATE", "2024-03-04")),
        ("Monday", LEAP_WEDNESDAY, "past", ("DATE", "2024-02-26")),
        ("Sunday morning", MONDAY_NEW_YEAR, "past", ("TIME", "2023-01-01TMO")),
        ("yesterday", MONDAY_NEW_YEAR, "past", ("DATE", "2023-01-01")),
        ("tomorrow", LEAP_WEDNESDAY, "future", ("DATE", "2024-02-29")),
        ("tonight", FRIDAY, "future", ("TIME", "2022-09-30TNI")),
        ("last month", MONDAY_NEW_YEAR, "past", ("DATE", "2022-12")),
        ("this year", FRIDAY, "unknown", ("DATE", "2022")),
        ("earlier this year", FRIDAY, "past", ("DATE", "2022")),
        ("next year", YEAR_END_FRIDAY, "future", ("DATE", "2023")),
        ("two years ago", FRIDAY, "past", ("DATE", "2020")),
        ("in March", FRIDAY, "past", ("DATE", "2022-03")),
        ("in March", FRIDAY, "future", ("DATE", "2023-03")),
        ("12 January", YEAR_END_FRIDAY, "future", ("DATE", "2023-01-12")),
        ("Sept. 30, 2021", None, "unknown", ("DATE", "2021-09-30")),
        ("2019-05-04", None, "unknown", ("DATE", "2019-05-04")),
        ("in 2014", None, "unknown", ("DATE", "2014")),
        ("the 1990s", None, "unknown", ("DATE", "199")),
        ("the 20th century", None, "unknown", ("DATE", "19")),
        ("the third quarter", FRIDAY, "past", ("DATE", "2022-Q3")),
        ("the fourth quarter", FRIDAY, "past", ("DATE", "2021-Q4")),
        ("for three weeks", FRIDAY, "past", ("DURATION", "P3W")),
        ("a three-day visit", FRIDAY, "past", None),
        ("three-day", FRIDAY, "past", ("DURATION", "P3D")),
        ("six hours", FRIDAY, "past", ("DURATION", "PT6H")),
        ("two decades", FRIDAY, "past", ("DURATION", "P20Y")),
        ("several months", FRIDAY, "past", ("DURATION", "PXM")),
        ("every Tuesday", FRIDAY, "unknown", ("SET", "XXXX-WXX-2")),
        ("weekly", FRIDAY, "unknown", ("SET", "P1W")),
        ("each year", FRIDAY, "unknown", ("SET", "P1Y")),
        ("at 6am", FRIDAY, "past", ("TIME", "2022-09-30T06:00")),
        ("10:30 pm", FRIDAY, "past", ("TIME", "2022-09-30T22:30")),
        ("recently", FRIDAY, "past", ("DATE", "PAST_REF")),
        ("now", FRIDAY, "present", ("DATE", "PRESENT_REF")),
        ("in the coming weeks", FRIDAY, "future", ("DATE", "FUTURE_REF")),
        ("the future", FRIDAY, "future", ("DATE", "FUTURE_REF")),
        ("the weekend", FRIDAY, "future", ("DATE", "2022-W39-WE")),
        ("a 40-year-old", FRIDAY, "past", None),
    ],
)
def test_normalise(text, anchor, tense, expected):
    result = normalise(text, anchor, tense)
    assert (tuple(result) if result else None) == expected


def test_relative_expressions_without_a_publication_date_keep_no_value():
    assert normalise("next week", None) == ("DATE", None)
    assert normalise("last Friday", None) == ("DATE", None)
    assert normalise("March 3, 2020", None) == ("DATE", "2020-03-03")


def test_duration_units():
    assert duration_value(5, "D") == "P5D"
    assert duration_value(None, "Y") == "PXY"
    assert duration_value(1, "DE") == "P10Y"
    assert duration_value(30, "MIN") == "PT30M"


def test_garbage_is_not_a_time():
    assert normalise("", FRIDAY) is None
    assert normalise("the committee", FRIDAY) is None


def _times(record):
    return {t.text: (t.type, t.value) for t in record.times}


def test_stage_uses_the_governing_verb_tense(extract):
    text = ("The minister resigned on Tuesday. Her successor will be sworn in on Tuesday, "
            "officials said, and parliament is to vote next month.")
    record = extract(text, published="2023-03-02")  # a Thursday
    values = [(t.text, t.value) for t in record.times]
    assert ("Tuesday", "2023-02-28") in values
    assert ("Tuesday", "2023-03-07") in values
    assert ("next month", "2023-04") in values


def test_present_progressive_points_forward(extract):
    record = extract("Foreign ministers are meeting in Vienna on Monday.", published="2021-11-24")  # Wednesday
    assert [t.value for t in record.times] == ["2021-11-29"]


def test_stage_spans_leave_out_prepositions_and_stay_exact(extract):
    text = "Talks collapsed in 2019 and resumed last Friday, after a five-day pause."
    record = extract(text, published="2023-01-02")
    found = _times(record)
    assert found["2019"] == ("DATE", "2019")
    assert found["last Friday"] == ("DATE", "2022-12-30")
    assert found["five-day"] == ("DURATION", "P5D")
    for t in record.times:
        assert text[t.start:t.end] == t.text


def test_stage_sets_vague_references_and_clock_times(extract):
    text = ("Prices have risen sharply in recent years. Markets now open at 9am every Monday, "
            "and regulators will review the rules in the coming months.")
    found = _times(extract(text, published="2021-06-15"))
    assert found["recent years"] == ("DATE", "PAST_REF")
    assert found["now"] == ("DATE", "PRESENT_REF")
    assert found["9am"] == ("TIME", "2021-06-15T09:00")
    assert found["every Monday"] == ("SET", "XXXX-WXX-1")
    assert found["the coming months"] == ("DATE", "FUTURE_REF")


def test_stage_without_publication_date(extract):
    record = extract("The ceasefire began on 4 March 2022 and collapsed last week.")
    found = _times(record)
    assert found["4 March 2022"] == ("DATE", "2022-03-04")
    assert found["last week"] == ("DATE", None)


def test_seed_times(extract, shared_dir):
    text = (shared_dir / "spec" / "seed-article.txt").read_text(encoding="utf-8")
    values = {t.value for t in extract(text, published="2022-09-30").times}
    assert {"2022-09-30", "2022-09-29", "2022-W40", "2014", "P5D", "PAST_REF"} <= values


def test_a_time_hung_on_a_noun_inside_a_nouns_infinitive_takes_the_sentences_tense(build_doc):
    from newsevents.components.times import governing_tense

    # "In an effort to clarify her remarks about the audit on Friday , the mayor muddled the row ."
    # with "on Friday" hung on "audit" (as the parser may): the time is the mayor's, in the past
    words = "In an effort to clarify her remarks about the audit on Friday , the mayor muddled the row ."
    doc = build_doc(
        words,
        heads=[15, 2, 0, 4, 2, 6, 4, 6, 9, 7, 9, 10, 15, 14, 15, 15, 17, 15, 15],
        deps=["prep", "det", "pobj", "aux", "acl", "poss", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct",
              "det", "nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["ADP", "DET", "NOUN", "PART", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
             "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["IN", "DT", "NN", "TO", "VB", "PRP$", "NNS", "IN", "DT", "NN", "IN", "NNP", ",", "DT", "NN", "VBD",
              "DT", "NN", "."],
    )
    assert governing_tense(doc[11:12]) == "past"
    # the infinitive's own time still points forward: "a plan to close the road on Friday"
    plan = build_doc(
        "The city has a plan to close the road on Friday .",
        heads=[1, 2, 2, 4, 2, 6, 4, 8, 6, 6, 9, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "acl", "det", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=["DT", "NN", "VBZ", "DT", "NN", "TO", "VB", "DT", "NN", "IN", "NNP", "."],
    )
    assert governing_tense(plan[10:11]) == "future"
