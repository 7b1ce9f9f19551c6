"""Holidays as TIMEX3 dates (brief s19-dev15p; news-dev15's `going to school on Memorial Day` and
tests/data/times_heldout6.tsv's classes): ``holidays.tsv`` gives each holiday's rule, the times stage
dates it in the article's year unless the tense, `last`/`next` or a year says otherwise. Sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.temporal.holidays import Holiday, easter


def _times(extract, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in extract(text, published=published).times]


def test_easter_is_computed() -> None:
    assert easter(2009) == dt.date(2009, 4, 12)
    assert easter(2024) == dt.date(2024, 3, 31)
    assert easter(2038) == dt.date(2038, 4, 25)
    assert Holiday("Good Friday", "easter", -2).date(2009) == dt.date(2009, 4, 10)


def test_weekday_rules() -> None:
    assert Holiday("Memorial Day", "last monday 05", 0).date(2009) == dt.date(2009, 5, 25)
    assert Holiday("Labor Day", "nth 1 monday 09", 0).date(2009) == dt.date(2009, 9, 7)
    assert Holiday("Thanksgiving", "nth 4 thursday 11", 0).date(2009) == dt.date(2009, 11, 26)
    assert Holiday("Election Day", "nth 1 monday 11", 1).date(2008) == dt.date(2008, 11, 4)
    assert Holiday("Boxing Day", "fixed 12-26", 0).date(2010) == dt.date(2010, 12, 26)


@pytest.mark.parametrize("text,published,expected", [
    ("The parks board said the lake beach would open on Memorial Day.", "2009-04-02", ("Memorial Day", "2009-05-25")),
    ("Bus routes will run a holiday timetable on Labor Day.", "2011-08-30", ("Labor Day", "2011-09-05")),
    ("The food bank handed out 300 turkeys before Thanksgiving.", "2010-12-01", ("Thanksgiving", "2010-11-25")),
    ("A van hit a lamp post on the bypass on Boxing Day.", "2012-01-04", ("Boxing Day", "2011-12-26")),
    ("The choir will sing in the square on Christmas Eve.", "2013-11-15", ("Christmas Eve", "2013-12-24")),
    ("The ferry will not sail on New Year's Day.", "2014-12-20", ("New Year's Day", "2015-01-01")),
    ("The chapel was packed last Easter.", "2015-02-10", ("last Easter", "2014-04-20")),
    ("Shops opened late on Good Friday 2008, a survey found.", "2015-02-10", ("Good Friday 2008", "2008-03-21")),
])
def test_a_holiday_is_a_date(extract, text: str, published: str, expected: tuple[str, str]) -> None:
    assert expected in _times(extract, text, published)


@pytest.mark.parametrize("text,word", [
    ("Negotiators recalled the talks that led to the Good Friday Agreement.", "Good Friday"),
    ("The garden centre sold out of Christmas trees.", "Christmas"),
    ("Officers gathered for Police Memorial Day at the station.", "Memorial Day"),
    ("The card said Merry Christmas in six languages.", "Christmas"),
])
def test_a_holiday_inside_a_name_or_a_compound_is_no_time(extract, text: str, word: str) -> None:
    assert not any(word in t for t, _ in _times(extract, text, "2016-06-01"))
