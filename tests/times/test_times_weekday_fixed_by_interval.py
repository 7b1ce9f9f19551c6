"""A weekday the text fixes by an interval from a day it names (``declared on Thursday, two days
after voters went to the polls`` in an article that names the vote's Tuesday), as in an article
updated after its date: the reading of the weekday that lies that many days after the named day,
for that mention and the article's other bare mentions of the weekday read the same way. And
``just``/``only`` before a time (``just a few months ago``) leave its value as the rest gives it,
never a duration. quotes31, from news-dev45's time classes; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from newsevents.temporal import normalise

PUBLISHED = "2026-07-15"  # a Wednesday

TEXT = (
    "Lane wins the primary\n\n"
    "Ann Lane won Tuesday's primary in the state by a narrow margin.\n\n"
    "The result was declared on Thursday, two days after voters went to the polls. On Thursday, "
    "Lane told reporters she was pleased.\n"
)


def _values(record, word: str) -> list[str | None]:
    return [t.value for t in record.times if t.text == word]


def test_the_weekday_is_the_one_the_interval_gives(pipeline) -> None:
    record = pipeline.extract(TEXT, published=PUBLISHED)
    assert _values(record, "Tuesday") == ["2026-07-14"]
    # two days after the Tuesday: the Thursday after the publication day, both mentions
    assert _values(record, "Thursday") == ["2026-07-16", "2026-07-16"]


def test_without_the_named_day_the_tense_decides(pipeline) -> None:
    text = TEXT.replace("Tuesday's primary", "the primary")
    record = pipeline.extract(text, published=PUBLISHED)
    assert _values(record, "Thursday") == ["2026-07-09", "2026-07-09"]


def test_hedges_of_nearness_keep_the_time() -> None:
    day = dt.date(2026, 7, 15)
    assert normalise("just a few months ago", day).value == "PAST_REF"
    assert normalise("only a few months ago", day).value == "PAST_REF"
    assert normalise("just two days ago", day).value == "2026-07-13"


def test_a_hedge_stays_outside_the_span(pipeline) -> None:
    record = pipeline.extract("Ann Lane led the race just a few months ago.", published=PUBLISHED)
    assert [(t.text, t.value) for t in record.times] == [("a few months ago", "PAST_REF")]
