"""timeutil.day_of: the one lenient reader of the pipeline's own ISO values (modality dates, leaders' terms)."""

import datetime as dt

from newsevents.timeutil import day_of


def test_a_day_or_a_date_time_gives_its_day():
    assert day_of("2024-03-05") == dt.date(2024, 3, 5)
    assert day_of("2024-03-05T10:00") == dt.date(2024, 3, 5)
    assert day_of("2024-W10") == dt.date(2024, 3, 4)  # an ISO week begins on its Monday


def test_no_day_gives_none():
    for value in (None, "", "2024", "2024-03", "PRESENT_REF", "2024-02-30"):
        assert day_of(value) is None, value


def test_period_of_gives_first_and_last_day():
    from newsevents.timeutil import period_of

    assert period_of("2024-03-05T10:00") == (dt.date(2024, 3, 5), dt.date(2024, 3, 5))
    assert period_of("2024-W10") == (dt.date(2024, 3, 4), dt.date(2024, 3, 10))
    assert period_of("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))  # a leap February
    assert period_of("2023") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    for value in (None, "", "2024-SU", "2024-Q1", "PRESENT_REF", "2024-13", "2024-W60"):
        assert period_of(value) is None, value


def test_long_past_and_still_to_come_read_one_period():
    from newsevents.eventcoding.modality_dates import is_later_than_publication
    from newsevents.eventcoding.situate import is_earlier_year

    # a month: begun after the day -> to come; ended more than half a year before -> long past
    assert is_later_than_publication("2024-04", "2024-03-20") and not is_later_than_publication("2024-03", "2024-03-20")
    assert is_earlier_year("2023-08", "2024-03-20") and not is_earlier_year("2023-10", "2024-03-20")
    # a season counts to its year's end; a day ends on itself
    assert not is_earlier_year("2023-SU", "2024-03-20") and is_earlier_year("2022-SU", "2024-03-20")
    assert is_earlier_year("2023-09-01", "2024-03-20") and not is_earlier_year("2023-09-30", "2024-03-20")
