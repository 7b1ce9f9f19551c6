"""The date a year on from a day (used where a text sets a span of a year from a dated day)."""
import datetime as dt

from newsevents.components.times import _date_a_year_on


def test_an_ordinary_day_a_year_on_keeps_month_and_day():
    assert _date_a_year_on(dt.date(2015, 3, 14)) == "2016-03-14"


def test_a_leap_day_a_year_on_falls_on_the_28th():
    # the next year has no 29 February
    assert _date_a_year_on(dt.date(2016, 2, 29)) == "2017-02-28"


def test_the_28th_of_february_before_a_leap_year_stays_the_28th():
    assert _date_a_year_on(dt.date(2015, 2, 28)) == "2016-02-28"
