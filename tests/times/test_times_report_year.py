"""times20 rules (from TimeBank+AQUAINT half a's value errors; sentences here are made up):

- "the year", "the full year", "the fiscal year" are the report's year; "the year ended June 30" a P1Y
  stretch; "the year of the flood" (defined by what follows) is none;
- "the year-ago quarter", "the year-earlier period", "the 2020 quarter" in a report on a quarter are
  that quarter in the year back / the year named;
- years in words: "nineteen eighty-four", "the year two thousand", "January nineteen ninety-seven";
- "current market conditions" PRESENT_REF, "the then current price" PAST_REF; "the current flows" none;
- quarters stay quarters in durations and sets: P2Q, P1Q ("quarterly" stays P3M).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.temporal import normalise

PUBLISHED = "2021-10-20"


def _times(extract, text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in extract(text, published=PUBLISHED).times}


def test_the_year_is_the_reports_year(extract) -> None:
    assert _times(extract, "For the year, sales of dog food were flat.")["the year"] == ("DATE", "2021")
    assert _times(extract, "The brewer forecast higher profit for the full year.")["the full year"] == ("DATE", "2021")


def test_a_year_of_accounts_told_by_its_last_day_is_a_stretch(extract) -> None:
    found = _times(extract, "In the year ended June 30 the co-operative earned $3 million.")
    assert found["the year"] == ("DURATION", "P1Y")


def test_a_year_defined_by_what_follows_is_no_time(extract) -> None:
    assert "the year" not in _times(extract, "Older farmers still speak of the year of the great hailstorm.")


def test_a_period_a_year_back_in_a_quarterly_report(extract) -> None:
    found = _times(extract, "Third-quarter profit at the dairy rose to $9 million from $7 million in the year-ago quarter.")
    assert found["the year-ago quarter"] == ("DATE", "2020-Q3")
    found = _times(extract, "Revenue in the third quarter rose 8% from the year-earlier period.")
    assert found["the year-earlier period"] == ("DATE", "2020-Q3")
    found = _times(extract, "Third-quarter sales of tiles were $4 million, against $3 million in the 2019 quarter.")
    assert found["the 2019 quarter"] == ("DATE", "2019-Q3")


def test_years_in_words(extract) -> None:
    assert _times(extract, "The ferry first sailed in nineteen sixty-two.")["nineteen sixty-two"] == ("DATE", "1962")
    assert _times(extract, "By the year two thousand the orchard had doubled.")["the year two thousand"] == ("DATE", "2000")
    found = _times(extract, "The bridge was closed in March nineteen eighty-eight after a flood.")
    assert found["March nineteen eighty-eight"] == ("DATE", "1988-03")


def test_current_as_an_adjective_is_the_present(extract) -> None:
    assert _times(extract, "The bakery blamed current flour prices for the loss.")["current"] == ("DATE", "PRESENT_REF")
    found = _times(extract, "Members could buy shares at the then current market price.")
    assert found["then current"] == ("DATE", "PAST_REF")


def test_current_as_a_noun_is_no_time(extract) -> None:
    assert "current" not in _times(extract, "The swimmers fought a strong current near the pier.")


@pytest.mark.parametrize(("text", "value"), [
    ("the past two quarters", "P2Q"),
    ("every quarter", "P1Q"),
    ("quarterly", "P3M"),
    ("the past two years", "P2Y"),
])
def test_quarters_stay_quarters(text, value) -> None:
    assert normalise(text, dt.date(2021, 10, 20)).value == value


def test_that_year_and_the_following_month_are_told_from_the_last_date(extract) -> None:
    found = _times(extract, "The tannery opened in March 2015. Later that year it hired forty people.")
    assert found["Later that year"] == ("DATE", "2015")
    found = _times(extract, "The levee broke on May 4, 2019. Earlier that day, rain had fallen for hours.")
    assert found["Earlier that day"] == ("DATE", "2019-05-04")
    found = _times(extract, "The co-op board met in March 2020. The following month, the shop was sold.")
    assert found["The following month"] == ("DATE", "2020-04")


def test_that_year_with_no_date_before_is_dropped(extract) -> None:
    assert not any(t.text == "That year" for t in extract("That year was hard for the growers.",
                                                          published=PUBLISHED).times)
