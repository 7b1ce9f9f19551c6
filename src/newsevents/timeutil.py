"""Dates as users and feeds write them, read strictly: one reading or a clear refusal."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month_name>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:" + "|".join(n.lower() for n in list(calendar.day_name) + list(calendar.day_abbr)) + r")\.?,?\s+)?"
# A time of day after an ISO date: checked, then dropped (a publication date is a day).
_TIME = r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"

_FORMS = [
    re.compile(rf"^{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME}$"),      # 2022-09-30, 2022-09-30T10:00Z
    re.compile(rf"^{_YEAR}[/.](?P<month>\d{{1,2}})[/.](?P<day>\d{{1,2}})$"),       # 2022/09/30, 2022.09.30
    re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$"),                # 20220930
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}$", re.I),               # 30 September 2022
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}$", re.I),               # September 30, 2022
]
# Day and month in either order: read only when one order is impossible (13/02/2005).
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})$")


def parse_date(value: str | dt.date | dt.datetime | None, what: str = "date") -> dt.date | None:
    """A calendar day from a date object or a string in a common, unambiguous form; None stays None.

    Accepted: ISO (``2022-09-30``, with an optional valid time), ``2022/09/30``, ``20220930``,
    ``30 September 2022``, ``Sept 30, 2022``, RFC 2822 (``Fri, 30 Sep 2022 10:00:00 +0000``, as
    feeds write it), and ``13/02/2005`` where only one reading is a real date. ``01/02/2005`` is
    refused: nothing says which is the day. Raises ValueError naming ``what``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = " ".join(str(value).split())
    for form in _FORMS:
        match = form.match(text)
        if match:
            return _day(match, text, what)
    numeric = _NUMERIC.match(text)
    if numeric:
        return _numeric_day(numeric, text, what)
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"{what} {value!r} is not a date in a form I can read (use YYYY-MM-DD, e.g. 2022-09-30)")


def _day(match: re.Match[str], text: str, what: str) -> dt.date:
    parts = match.groupdict()
    month = int(parts["month"]) if parts.get("month") else _MONTHS[parts["month_name"].lower().rstrip(".")]
    try:
        if parts.get("hour") is not None:
            dt.time(int(parts["hour"]), int(parts["minute"]), int(parts["second"] or 0))
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except ValueError as exc:
        raise ValueError(f"{what} {text!r} is not a real date: {exc}") from None


def _numeric_day(match: re.Match[str], text: str, what: str) -> dt.date:
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    readings = set()
    for day, month in ((a, b), (b, a)):
        try:
            readings.add(dt.date(year, month, day))
        except ValueError:
            continue
    if len(readings) == 1:
        return readings.pop()
    if not readings:
        raise ValueError(f"{what} {text!r} is not a real date")
    raise ValueError(f"{what} {text!r} is ambiguous (day/month or month/day?): write it as YYYY-MM-DD")


def day_of(value: str | None) -> dt.date | None:
    """The day a TIMEX3 value or stored ISO date begins with (``2024-03-05``, ``2024-03-05T10:00``), else None.

    Lenient where :func:`parse_date` is strict: the pipeline's own values (a record's publication date, a
    resolved time) need no refusal, only "a day or not": a year, a month, ``PRESENT_REF`` and ``None`` give None; an ISO week
    (``2024-W10``) its Monday, as Python reads it."""
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def period_of(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period a TIMEX3 date value names: a day (``2024-03-05``, with or
    without a time), an ISO week (``2024-W10``, Monday to Sunday), a month (``2024-03``) or a year
    (``2024``); else None (a season, quarter or half, ``PRESENT_REF``, ``None``, an impossible date).

    One reading shared by the checks that compare an act's date with the publication day: the start
    decides whether an act is still to come, the end whether it is long past."""
    value = value or ""
    day = day_of(value) if len(value) >= 10 else None
    if day is not None:
        return day, day
    if not value[:4].isdigit():
        return None
    year, rest = int(value[:4]), value[4:]
    try:
        if rest.startswith("-W") and rest[2:4].isdigit():
            week = int(rest[2:4])
            return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        if rest[:1] == "-" and rest[1:3].isdigit() and len(rest) == 3:
            month = int(rest[1:3])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if rest == "":
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return None


def parse_published(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A publication date (see :func:`parse_date`); raises ValueError with a readable message."""
    return parse_date(value, "publication date")


_TIMEX_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIMEX_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_TIMEX_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_TIMEX_YEAR = re.compile(r"^(\d{4})$")


def timex_range(value: str | None, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a TIMEX3 value can mean, for date-range filters.

    An undated event is dated by its article (news reports what just happened); ``PAST_REF``
    means some time up to publication, ``FUTURE_REF`` some time after it.
    """
    try:
        if value is None:
            return published, published
        if match := _TIMEX_DAY.match(value):
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            return day, day
        if match := _TIMEX_WEEK.match(value):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if match := _TIMEX_MONTH.match(value):
            first = dt.date(int(match[1]), int(match[2]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if match := _TIMEX_YEAR.match(value):
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
