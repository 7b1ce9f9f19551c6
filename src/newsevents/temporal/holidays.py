"""Holidays that name one day of the year (``holidays.tsv``): the rule that gives each one's date
in a year (a fixed day, the n-th or last weekday of a month, or a day counted from Western Easter,
which is computed), and a search for their names in a text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


@dataclass(frozen=True)
class Holiday:
    name: str
    rule: str
    offset: int

    def date(self, year: int) -> dt.date:
        parts = self.rule.split()
        if parts[0] == "fixed":
            month, day = (int(x) for x in parts[1].split("-"))
            base = dt.date(year, month, day)
        elif parts[0] == "easter":
            base = easter(year)
        elif parts[0] == "nth":
            n, weekday, month = int(parts[1]), _WEEKDAYS.index(parts[2]), int(parts[3])
            first = dt.date(year, month, 1)
            base = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        elif parts[0] == "last":
            weekday, month = _WEEKDAYS.index(parts[1]), int(parts[2])
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            base = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
        else:
            raise ValueError(f"holidays.tsv: unknown rule {self.rule!r} of {self.name!r}")
        return base + dt.timedelta(days=self.offset)


def read_holidays(path: Path) -> list[Holiday]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    holidays = [Holiday(name, rule, int(offset)) for name, rule, offset in rows[1:]]
    for holiday in holidays:
        holiday.date(2000)  # a rule the code cannot read fails when the table is loaded
    return holidays


def holiday_pattern(holidays: list[Holiday]) -> re.Pattern[str]:
    """One expression for every name, longest first, apostrophes either way, whole words only."""
    names = sorted({h.name for h in holidays}, key=len, reverse=True)
    alternatives = [re.escape(n).replace("'", "['’]") for n in names]
    return re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?![\w'’])")


def normal_name(text: str) -> str:
    return text.replace("’", "'")
