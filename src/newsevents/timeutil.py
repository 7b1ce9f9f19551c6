"""Small date helpers shared by readers and stages."""

from __future__ import annotations

import datetime as dt
import re

# A date, optionally with a time of day and a zone; nothing may follow ("2004-06-01garbage" is no date).
_ISO_DATE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$"
)


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
    if match[4] is not None and (int(match[4]) > 23 or int(match[5]) > 59 or int(match[6] or 0) > 60):
        raise ValueError(f"publication date {value!r} has no real time of day")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise ValueError(f"publication date {value!r} is not a real date: {exc}") from None
