"""Rules of branch quotes32 (issue 15): a month named in a general statement takes the month the
article's other mentions of it name; ``this weekend`` told in the past on a weekday is the weekend
just gone; a weekday's part in the plural (``on Saturday nights``) is a recurring set; the second
of two coordinated years before a plural noun (``the 2004 and 2008 races``) is a year, no count.
Sentences of our own."""

from __future__ import annotations

import datetime as dt

from newsevents.temporal.normalise import FUTURE, PAST, UNKNOWN, normalise

PUBLISHED = "2026-03-18"  # a Wednesday


def _times(extract, text: str, published: str = PUBLISHED) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.type) for t in extract(text, published=published).times]


def test_this_weekend_told_in_the_past_on_a_weekday_is_the_weekend_gone() -> None:
    wednesday = dt.date(2026, 3, 18)  # ISO week 12
    assert normalise("this weekend", wednesday, PAST).value == "2026-W11-WE"
    assert normalise("this weekend", wednesday, FUTURE).value == "2026-W12-WE"
    assert normalise("this weekend", wednesday, UNKNOWN).value == "2026-W12-WE"
    assert normalise("this weekend", dt.date(2026, 3, 21), PAST).value == "2026-W12-WE"  # told on the Saturday


def test_this_weekends_match_in_a_past_sentence(extract) -> None:
    assert ("This weekend", "2026-W11-WE", "DATE") in _times(extract, "This weekend's match gave the fans much to cheer.")


def test_a_weekdays_part_in_the_plural_recurs() -> None:
    day = dt.date(2026, 3, 18)
    assert normalise("Saturday nights", day).value == "XXXX-WXX-6TNI"
    assert normalise("Saturday nights", day).type == "SET"
    assert normalise("Sunday mornings", day).value == "XXXX-WXX-7TMO"
    assert normalise("Saturday night", day, PAST).value == "2026-03-14TNI"  # one night stays one


def test_a_plural_weekday_part_in_a_sentence(extract) -> None:
    found = _times(extract, "The quiz shows air on Saturday nights.")
    assert ("Saturday nights", "XXXX-WXX-6TNI", "SET") in found
    assert not any(t[2] == "DURATION" for t in found)


def test_the_second_of_two_coordinated_years_is_a_year(extract) -> None:
    record = extract("Turnout was lower than in the 2004 and 2008 races.", published=PUBLISHED)
    assert {(t.text, t.value) for t in record.times} >= {("2004", "2004"), ("2008", "2008")}
    assert not any(f.value == 2008 for f in record.figures)


def test_a_range_of_counts_stays_counts(extract) -> None:
    record = extract("Between 1500 and 2000 homes were flooded.", published=PUBLISHED)
    assert any(f.value == 2000 for f in record.figures)
    assert not any(t.value == "2000" for t in record.times)
