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
