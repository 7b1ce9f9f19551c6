"""Small date helpers shared by readers and stages."""

from __future__ import annotations

import datetime as dt
import re

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_published(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A publication date from an ISO date or datetime string (or object); None stays None.

    Raises ValueError with a readable message for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _ISO_DATE.match(str(value))
    if not match:
        raise ValueError(f"publication date {value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise ValueError(f"publication date {value!r} is not a real date: {exc}") from None


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def timex_range(value: str | None, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a TIMEX3 value can mean, for date-range filters.

    An undated event is dated by its article (news reports what just happened); ``PAST_REF``
    means some time up to publication, ``FUTURE_REF`` some time after it.
    """
    try:
        if value is None:
            return published, published
        if match := _DAY.match(value):
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            return day, day
        if match := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if match := _MONTH.match(value):
            first = dt.date(int(match[1]), int(match[2]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if match := _YEAR.match(value):
            return dt.date(int(match[1]), 1, 1), dt.date(int(match[1]), 12, 31)
    except ValueError:
        return None, None
    if value == "PAST_REF":
        return None, published
    if value == "FUTURE_REF":
        return published, None
    if value == "PRESENT_REF":
        return published, published
    return None, None
