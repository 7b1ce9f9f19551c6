"""A pure TIMEX3 normaliser: one time expression + the publication date + tense -> type, value.

Tense decides which way an under-specified reference points: ``past`` resolves "Friday" or
"March" to the latest one on or before the anchor (the anchor's own day/month counts),
``future`` and ``present`` to the first one on or after it: a day or month named with a verb in
the simple present is a timetable ("the trial starts in February", "talks resume on Thursday"),
since what already happened is told in the past. ``unknown`` behaves like past for weekdays
(news mostly reports what happened) and takes the nearest month. A month with a day and no
year ("12 January") always takes the nearest year: measured on TimeBank, the parse-based
tense is wrong more often than the nearest date is.
Without an anchor, relative expressions get ``value=None``; explicit dates still normalise.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from newsevents.temporal.lexicon import Words, packaged_words
from newsevents.temporal.numbers import MULTIPLIERS, parse_number


class Timex(NamedTuple):
    type: str  # DATE, TIME, DURATION, SET
    value: str | None


PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"

# Words in front of an expression that TimeML leaves outside the TIMEX3.
_LEADING = {"on", "in", "at", "by", "since", "until", "till", "from", "during", "for", "over",
            "within", "of", "around", "about", "approximately", "roughly", "nearly", "almost",
            "some", "through", "throughout", "before", "after", "as", "to", "than", "more", "less",
            # hedges of nearness ("just a few months ago", "only two days ago": the time the rest
            # gives, never a duration; quotes31)
            "just", "only"}
# Modifiers that narrow an expression without changing its TIMEX3 value.
_MODIFIERS = {"early", "earlier", "mid", "late", "later", "end", "beginning", "start", "middle",
              "the", "of", "this", "same", "fiscal", "calendar"}
_CODE_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
             "last": 4, "final": 4}
_VAGUE_UNITS = {"several", "few", "many", "some", "couple", "numerous", "recent", "past"}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ t](\d{2}):(\d{2}))?")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_COMPACT = re.compile(r"^(\d{2}|\d{4})(\d{2})(\d{2})$")
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?(am|pm)?$")
_YEAR = re.compile(r"^(1[0-9]|20)\d\d$")
_DECADE = re.compile(r"^(\d{3})0s$|^'(\d)0s$")
_TOKEN = re.compile(r"\bq[1-4]\b|\d{1,2}:\d{2}(?:am|pm)?|\d+(?:am|pm)|'\d0s|'\d\d\b|\d+(?:st|nd|rd|th|s)?|[a-z]+")
# a year written with an apostrophe for its century ("in '16", a headline's clipping)
_CLIPPED_YEAR = re.compile(r"^'(\d\d)$")


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("a.m.", "am").replace("p.m.", "pm")
    text = re.sub(r"(?<=[a-z])\.", "", text)  # "Sept." -> "sept"
    return [str(_year2(m[1])) if (m := _CLIPPED_YEAR.match(w)) else w for w in _TOKEN.findall(text)]


def _year2(y: str) -> int:
    value = int(y)
    if len(y) == 2:
        value += 1900 if value >= 40 else 2000
    return value


def _date(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _explicit_numeric(text: str) -> Timex | None:
    """ISO, US slashed and compact (YYYYMMDD, YYMMDD) dates."""
    text = text.strip()
    if m := _ISO.match(text):
        day = _date(int(m[1]), int(m[2]), int(m[3]))
        if day and m[4]:
            return Timex("TIME", f"{day}T{m[4]}:{m[5]}")
        return Timex("DATE", day) if day else None
    if m := _SLASHED.match(text):
        day = _date(_year2(m[3]), int(m[1]), int(m[2]))
        return Timex("DATE", day) if day else None
    if (m := _COMPACT.match(text)) and len(text) in (6, 8):
        day = _date(_year2(m[1]), int(m[2]), int(m[3]))
        return Timex("DATE", day) if day else None
    return None


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _at_granularity(anchor: dt.date, unit: str, offset: int) -> str | None:
    """The calendar unit ``offset`` units away from the anchor's ("last week" = -1 week)."""
    if unit == "D":
        return (anchor + dt.timedelta(days=offset)).isoformat()
    if unit in ("W", "FN"):
        return _iso_week(anchor + dt.timedelta(weeks=offset * (2 if unit == "FN" else 1)))
    if unit == "M":
        y, m = _shift_months(anchor, offset)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        y, m = _shift_months(anchor, offset * 3)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "Y":
        return f"{anchor.year + offset:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * offset) // 10:03d}"
    if unit == "CE":
        return f"{(anchor.year + 100 * offset) // 100:02d}"
    if unit in ("H", "MIN", "S"):
        return anchor.isoformat()
    return None


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: (5, "D") -> P5D, (6, "H") -> PT6H, (None, "Y") -> PXY, decades in years,
    quarters as quarters ((2, "Q") -> P2Q)."""
    if unit == "DE":
        amount, unit = (None if amount is None else amount * 10), "Y"
    elif unit == "CE":
        amount, unit = (None if amount is None else amount * 100), "Y"
    elif unit == "FN":
        amount, unit = (None if amount is None else amount * 2), "W"
    # times20: quarters stay quarters ("the past two quarters" P2Q, "every quarter" P1Q), as TimeBank
    # writes them (TimeBank+AQUAINT half a); "quarterly" keeps its table value (P3M)
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    if unit in ("H", "MIN", "S"):
        return f"PT{number}{'M' if unit == 'MIN' else unit}"
    return f"P{number}{unit}"


def _resolve_weekday(anchor: dt.date, weekday: int, tense: str, relation: str | None) -> dt.date:
    today = anchor.isoweekday()
    if relation == "last":
        return anchor - dt.timedelta(days=(today - weekday - 1) % 7 + 1)
    if relation == "next":
        return anchor + dt.timedelta(days=(weekday - today - 1) % 7 + 1)
    if relation == "this":
        return anchor + dt.timedelta(days=weekday - today)
    if tense in (FUTURE, PRESENT):
        return anchor + dt.timedelta(days=(weekday - today) % 7)
    return anchor - dt.timedelta(days=(today - weekday) % 7)


def _resolve_year(anchor: dt.date, month: int, day: int | None, tense: str, relation: str | None) -> int:
    """Which year a month (and day) without a year means."""
    here = (anchor.month, anchor.day if day is not None else 0)
    there = (month, day or 0)
    if relation == "this":
        return anchor.year
    if relation in ("last", "next") and day is None:
        # "next November" in a November article is the next year's, "last November" the last
        # year's: the article's own month is "this November"
        if relation == "last":
            return anchor.year if there < here else anchor.year - 1
        return anchor.year if there > here else anchor.year + 1
    if relation == "last" or (relation is None and tense == PAST and day is None):
        return anchor.year if there <= here else anchor.year - 1
    if relation == "next" or (relation is None and tense in (FUTURE, PRESENT) and day is None):
        return anchor.year if there >= here else anchor.year + 1
    # Unknown tense: the nearest candidate.
    best = min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: abs((dt.date(y, month, min(day or 15, 28)) - anchor).days))
    return best


def normalise(text: str, anchor: dt.date | None, tense: str = UNKNOWN, words: Words | None = None) -> Timex | None:
    """The TIMEX3 (type, value) of one expression, or None if it is not a time expression.
    ``words``: the time and number words (the times stage's; None: the packaged ones).

    >>> normalise("next week", dt.date(2022, 12, 30)).value
    '2023-W01'
    """
    try:
        return _normalise(text, anchor, tense, words if words is not None else packaged_words())
    except (ValueError, OverflowError, KeyError, IndexError):
        return None


def _normalise(text: str, anchor: dt.date | None, tense: str, lex: Words) -> Timex | None:
    if found := _explicit_numeric(text):
        return found
    words = _words(text)
    while words and words[0] in _LEADING:
        words = words[1:]
    if not words or "old" in words or "aged" in words:  # ages are not times
        return None
    phrase = " ".join(words)
    if phrase in lex["vague"]:
        return Timex("DATE", lex["vague"][phrase])
    words = _digit_years(words, lex)
    core = [w for w in words if w not in ("the", "of", "a", "an")] or words
    # Times of day ("6am", "10:30 pm", "noon"), possibly with a day word.
    for finder in (_set, _deictic, _ago, _relative_unit, _year_words, _quarter, _decade_century, _clock,
                   _weekday, _month, _season, _year, _duration):
        found = finder(words, core, anchor, tense, lex)
        if found is not None:
            return found
    return None


def _set(words, core, anchor, tense, lex) -> Timex | None:
    if len(core) == 1 and core[0] in lex["setadverb"]:
        return Timex("SET", lex["setadverb"][core[0]])
    if core[0] in ("every", "each", "per") and len(core) >= 2:
        rest = core[1:]
        if rest[0] in lex["weekday"]:
            return Timex("SET", f"XXXX-WXX-{lex['weekday'][rest[0]]}")
        if len(rest) == 1 and rest[0] in lex["month"]:
            return Timex("SET", f"XXXX-{int(lex['month'][rest[0]]):02d}")  # "every July"
        if rest[-1] in lex["unit"]:
            amount = parse_number(rest[:-1], lex.numbers) if len(rest) > 1 else 1
            if rest[0] == "other":
                amount = 2
            return Timex("SET", duration_value(amount, lex["unit"][rest[-1]]))
        if rest[0] in lex["partofday"]:
            return Timex("SET", f"XXXX-XX-XXT{lex['partofday'][rest[0]]}")
    if len(core) == 1 and core[0].endswith("s") and core[0][:-1] in lex["weekday"]:
        return Timex("SET", f"XXXX-WXX-{lex['weekday'][core[0][:-1]]}")  # "Sundays"
    if len(core) == 2 and core[0].rstrip("s") in lex["weekday"] and core[1].endswith("s") \
            and core[1][:-1] in lex["partofday"]:
        # "on Saturday nights", "Sunday mornings": a part of a weekday in the plural recurs (quotes32)
        return Timex("SET", f"XXXX-WXX-{lex['weekday'][core[0].rstrip('s')]}T{lex['partofday'][core[1][:-1]]}")
    return None


_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _deictic(words, core, anchor, tense, lex) -> Timex | None:
    day_word = next((w for w in core if w in _DAY_OFFSETS), None)
    part = next((lex["partofday"][w] for w in core if w in lex["partofday"] and w != "night"), None)
    if day_word is None and core[0] == "this" and len(core) == 2 and core[1] in lex["partofday"]:
        day_word, part = "today", lex["partofday"][core[1]]
    if day_word is None:
        return None
    if len(core) > 3:
        return None
    if day_word == "tonight":
        part = "NI"
    if core[-1] == "night" and day_word != "tonight":
        part = "NI"
    if anchor is None:
        return Timex("TIME" if part else "DATE", None)
    day = (anchor + dt.timedelta(days=_DAY_OFFSETS[day_word])).isoformat()
    return Timex("TIME", f"{day}T{part}") if part else Timex("DATE", day)


def _ago(words, core, anchor, tense, lex) -> Timex | None:
    if core[-1] not in ("ago", "earlier", "before", "later", "hence") or len(core) < 2:
        return None
    unit_word = core[-2]
    if unit_word not in lex["unit"]:
        return None
    amount_words = core[:-2]
    vague = not amount_words or amount_words[0] in _VAGUE_UNITS
    if vague and unit_word.endswith("s"):
        return Timex("DATE", "PAST_REF" if core[-1] in ("ago", "earlier", "before") else "FUTURE_REF")
    amount = 1.0 if not amount_words else parse_number(amount_words, lex.numbers)
    if amount is None:
        return None
    sign = -1 if core[-1] in ("ago", "earlier", "before") else 1
    if anchor is None:
        return Timex("DATE", None)
    return Timex("DATE", _at_granularity(anchor, lex["unit"][unit_word], sign * int(amount)))


_RELATIONS = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
              "following": "next", "this": "this", "current": "this", "present": "this",
              "same": "this", "latest": "last", "recent": "last", "upcoming": "next"}


_EDGES = {"end", "beginning", "start", "middle", "turn"}


def _relative_unit(words, core, anchor, tense, lex) -> Timex | None:
    """last/next/this + unit, the past/next N units, earlier this year, the weekend."""
    rel_index = next((i for i, w in enumerate(core) if w in _RELATIONS), None)
    if rel_index is None and len(core) == 2 and core[0] in _EDGES and core[1] in lex["unit"] \
            and not core[1].endswith("s") and lex["unit"][core[1]] in ("W", "M", "Q", "Y"):
        # "the end of the year", "the start of the month": a part of the anchor's own unit
        return Timex("DATE", _at_granularity(anchor, lex["unit"][core[1]], 0) if anchor else None)
    if rel_index is None or rel_index + 1 >= len(core):
        if core[-1] == "weekend" and len(core) <= 2:
            if anchor is None:
                return Timex("DATE", None)
            # told in the past on a weekday, "the weekend" is the one just gone
            back = tense == PAST and anchor.isoweekday() < 6
            return Timex("DATE", f"{_iso_week(anchor - dt.timedelta(weeks=1 if back else 0))}-WE")
        return None
    relation = _RELATIONS[core[rel_index]]
    rest = core[rel_index + 1:]
    if core[rel_index] == "this" and len(rest) == 2 and rest[0] == "past" and not rest[1].endswith("s"):
        # qtp38: "this past week", "this past weekend": the unit just gone (a date, as "last
        # week"), not a stretch of time ("the past week") nor a vague count of units
        relation, rest = "last", rest[1:]
    if any(w in lex["month"] or w in lex["weekday"] or w in ("quarter", "half") for w in core):
        return None  # "April next year", "next year's first quarter": the month/quarter rule reads it
    if any(w in lex["unit"] for w in core[:rel_index]):
        return None
    if rest == ["weekend"]:
        if anchor is None:
            return Timex("DATE", None)
        offset = {"last": -1, "next": 1, "this": 0}[relation]
        if relation == "this" and tense == PAST and anchor.isoweekday() < 6:
            # "this weekend's debate drew ..." told in the past on a weekday: the weekend just
            # gone, which is in the week before (ISO weeks start on Monday); quotes32
            offset = -1
        return Timex("DATE", f"{_iso_week(anchor + dt.timedelta(weeks=offset))}-WE")
    if rest[-1] not in lex["unit"]:
        return None
    unit = lex["unit"][rest[-1]]
    amount_words = rest[:-1]
    if amount_words or rest[-1].endswith("s"):
        # "the past five days", "the next two years", "the coming weeks"
        if not amount_words:
            if core[rel_index] in ("coming", "next", "upcoming", "following"):
                return Timex("DATE", "FUTURE_REF")
            return Timex("DATE", "PAST_REF")
        amount = parse_number(amount_words, lex.numbers)
        if amount is None and amount_words[0] in _VAGUE_UNITS:
            return Timex("DURATION", duration_value(None, unit))
        if amount is None:
            return None
        return Timex("DURATION", duration_value(amount, unit))
    if core[rel_index] == "past" and core[0] == "past" and unit in ("D", "W", "M", "Y", "DE", "CE"):
        return Timex("DURATION", duration_value(1, unit))  # "the past year" is a stretch of time
    if anchor is None:
        return Timex("DATE", None)
    offset = {"last": -1, "next": 1, "this": 0}[relation]
    value = _at_granularity(anchor, unit, offset)
    return Timex("TIME" if unit in ("H", "MIN", "S") else "DATE", value)


# "that year", "earlier that day", "that same month", "the following month", "the day before": a
# day/month/year told from the last date the text named (TimeML's anchor), not from the article's date
ANAPHORIC = re.compile(r"^(?:(?:later|earlier) )?that (?:same )?(day|month|year)$|^the (following|previous) (day|month|year)$"
                       r"|^the (day|month|year) (before|after)$")
_REPORT_YEAR_WORDS = {"full", "fiscal", "calendar"}
_SPELLED_CENTURIES = {"nineteen": 1900, "eighteen": 1800}


def _digit_years(words: list[str], lex: Words) -> list[str]:
    """times20: a year spoken in words after a month ("January nineteen ninety-seven") in digits,
    so the month rule reads it as "January 1997"."""
    for i, w in enumerate(words):
        if w in _SPELLED_CENTURIES and i > 0 and words[i - 1] in lex["month"]:
            for end in (i + 3, i + 2):
                rest = parse_number(words[i + 1:end], lex.numbers) if end <= len(words) else None
                if rest is not None and float(rest).is_integer() and 10 <= rest < 100:
                    return words[:i] + [str(_SPELLED_CENTURIES[w] + int(rest))] + words[end:]
    return words


def _year_words(words, core, anchor, tense, lex) -> Timex | None:
    """times20 (TimeBank+AQUAINT half a, TimeML convention): years told in words.

    - "the year-ago quarter", "the year-earlier period": the period a year back (the times stage
      makes it the reported quarter a year back when a quarter was named);
    - "the 1988 quarter": that year's period (the stage gives the quarter);
    - "the year", "the full year", "the fiscal year": the year of the report, the anchor's;
    - "nineteen ninety-six", "the year two thousand": a year spelled out."""
    if ANAPHORIC.match(" ".join(words)):
        return Timex("DATE", None)  # "later that year": the times stage reads it from the last date named
    if len(core) == 3 and core[0] == "year" and core[1] in ("ago", "earlier") and core[2] in ("quarter", "period"):
        return Timex("DATE", f"{anchor.year - 1:04d}" if anchor else None)
    if len(core) == 2 and words[0] == "the" and _YEAR.match(core[0]) and core[1] in ("quarter", "period"):
        return Timex("DATE", core[0])
    if words[0] == "the" and core[-1] == "year" and len(core) <= 2 and all(w in _REPORT_YEAR_WORDS for w in core[:-1]):
        return Timex("DATE", f"{anchor.year:04d}" if anchor else None)
    spelled = core[1:] if core[0] == "year" and words[0] == "the" else core
    if 2 <= len(spelled) <= 3 and spelled[0] in _SPELLED_CENTURIES:
        rest = parse_number(spelled[1:], lex.numbers)
        if rest is not None and float(rest).is_integer() and 10 <= rest < 100:
            return Timex("DATE", f"{_SPELLED_CENTURIES[spelled[0]] + int(rest):04d}")
    if core[0] == "year" and words[0] == "the" and "thousand" in spelled:
        value = parse_number(spelled, lex.numbers)
        if value is not None and float(value).is_integer() and 1000 <= value < 3000:
            return Timex("DATE", f"{int(value):04d}")
    return None


_QUARTER_CODE = re.compile(r"^q([1-4])$")


def _quarter(words, core, anchor, tense, lex) -> Timex | None:
    # "Q3", "Q3 2024": the business writer's quarter
    code = next((m for w in core if (m := _QUARTER_CODE.match(w))), None)
    if code is not None and all(w == code[0] or _YEAR.match(w) for w in core):
        core = [_CODE_ORDINALS[int(code[1])], "quarter"] + [w for w in core if _YEAR.match(w)]
    # "the first half of the year", "the third quarter of this year": the year is the anchor's
    if len(core) >= 3 and core[-1] == "year" and core[-2] in ("quarter", "half", "this", "current", "last", "next"):
        relation = core[-2] if core[-2] not in ("quarter", "half") else None
        core = core[:-2] if relation else core[:-1]
        if relation and core[-1] not in ("quarter", "half"):
            return None
        if relation:
            core = core + [relation, "year"]
    if not any(w in ("quarter", "half") for w in core):
        return None
    if core[-1] not in ("quarter", "half") and not (len(core) >= 2 and _YEAR.match(core[-1])) and core[-1] != "year":
        return None
    half = "half" in core
    ordinal = next((_ORDINALS[w] for w in core if w in _ORDINALS), None)
    year = next((int(w) for w in core if _YEAR.match(w)), None)
    if ordinal is None:
        if core == ["quarter"] and anchor:  # "the quarter": the one just reported, unless ahead
            return Timex("DATE", _at_granularity(anchor, "Q", 0 if tense in (FUTURE, PRESENT) else -1))
        if core[-1] == "quarter" and any(w in ("latest", "last", "previous", "recent") for w in core) and anchor:
            return Timex("DATE", _at_granularity(anchor, "Q", -1))
        if core[-1] == "quarter" and any(w in ("this", "current") for w in core) and anchor:
            return Timex("DATE", _at_granularity(anchor, "Q", 0))
        return None
    if half:
        ordinal = min(ordinal, 2)
    if year is None:
        if anchor is None:
            return Timex("DATE", None)
        year = anchor.year
        current = (anchor.month - 1) // (6 if half else 3) + 1
        if "year" in core and any(w in _RELATIONS for w in core):
            relation = _RELATIONS[next(w for w in core if w in _RELATIONS)]
            year += {"last": -1, "next": 1, "this": 0}[relation]
        elif ordinal > current and tense != FUTURE:
            year -= 1
    return Timex("DATE", f"{year:04d}-{'H' if half else 'Q'}{ordinal}")


_CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
                  "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                  "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "twenty": 20}


def _decade_century(words, core, anchor, tense, lex) -> Timex | None:
    for w in core:
        if m := _DECADE.match(w):
            if m[1]:
                return Timex("DATE", m[1])
            century = "19" if anchor is None or int(m[2]) * 10 > anchor.year % 100 else f"{anchor.year // 100:02d}"
            return Timex("DATE", f"{century}{m[2]}")
    if core[-1] in ("century", "centuries") and len(core) >= 2:
        ordinal = core[-2]
        if m := re.match(r"^(\d{1,2})(?:st|nd|rd|th)$", ordinal):
            return Timex("DATE", f"{int(m[1]) - 1:02d}")
        if ordinal in _CENTURY_WORDS and (len(core) < 3 or core[-3] not in _CENTURY_WORDS):
            return Timex("DATE", f"{_CENTURY_WORDS[ordinal] - 1:02d}")
        if len(core) >= 3 and core[-3] == "twenty" and ordinal == "first":
            return Timex("DATE", "20")
    return None


_CLOCK_WORDS = {"am", "pm", "noon", "midday", "midnight", "gmt", "bst", "est", "edt", "utc", "local",
                "time", "at", "on", "o'clock", "clock"}


def _clock(words, core, anchor, tense, lex) -> Timex | None:
    hour = minute = None
    clock_index = -1
    for i, w in enumerate(core):
        if w in ("noon", "midday"):
            hour, minute = 12, 0
        elif w == "midnight":
            hour, minute = 24, 0
        elif (m := _CLOCK.match(w)) and (m[3] or m[2] or (i + 1 < len(core) and core[i + 1] in ("am", "pm", "gmt", "bst", "est", "edt"))):
            hour, minute = int(m[1]), int(m[2] or 0)
            suffix = m[3] or (core[i + 1] if i + 1 < len(core) else "")
            if suffix == "pm" and hour < 12:
                hour += 12
            if suffix == "am" and hour == 12:
                hour = 0
        if hour is not None:
            clock_index = i
            break
    if hour is None or hour > 24 or minute > 59:
        return None
    day = None
    others = [w for i, w in enumerate(core) if i != clock_index and w not in _CLOCK_WORDS]
    if others:
        date_part = normalise(" ".join(others), anchor, tense, lex)
        if date_part is None or date_part.type not in ("DATE", "TIME"):
            return None
        if date_part.value is None:
            return Timex("TIME", None)
        day = date_part.value[:10]
    elif anchor is not None:
        day = anchor.isoformat()
    if day is None:
        return Timex("TIME", None)
    return Timex("TIME", f"{day}T{hour:02d}:{minute:02d}")


def _weekday(words, core, anchor, tense, lex) -> Timex | None:
    index = next((i for i, w in enumerate(core) if w in lex["weekday"]), None)
    if index is None:
        return None
    extra = [w for i, w in enumerate(core) if i != index]
    relation = None
    part = None
    for w in extra:
        if w in ("last", "past", "previous"):
            relation = "last"
        elif w in ("next", "coming"):
            relation = "next"
        elif w == "this":
            relation = "this"
        elif w in lex["partofday"]:
            part = lex["partofday"][w]
        elif w in lex["month"] or _YEAR.match(w) or re.match(r"^\d{1,2}(st|nd|rd|th)?$", w):
            return None  # "Friday, 30 September" is a calendar date: the month rule reads it
        elif w not in ("early", "late", "on", "the", "by", "until", "week"):
            return None
    if anchor is None:
        return Timex("TIME" if part else "DATE", None)
    day = _resolve_weekday(anchor, int(lex["weekday"][core[index]]), tense, relation).isoformat()
    return Timex("TIME", f"{day}T{part}") if part else Timex("DATE", day)


def _month(words, core, anchor, tense, lex) -> Timex | None:
    index = next((i for i, w in enumerate(core) if w in lex["month"]), None)
    if index is None:
        return None
    month = int(lex["month"][core[index]])
    day = year = None
    relation = None
    for i, w in enumerate(core):
        if i == index or w in lex["weekday"]:
            continue
        if _YEAR.match(w):
            year = int(w)
        elif m := re.match(r"^(\d{1,2})(?:st|nd|rd|th)?$", w):
            # "March 11-13", "11-13 March": a range of days in one month is valued at its first
            # day, where the span begins (TIMEX3 values the expression's start; news-dev41's call)
            day = int(m[1]) if day is None else day
        elif w in ("last", "previous", "past"):
            relation = "last"
        elif w in ("next", "coming"):
            relation = "next"
        elif w == "this":
            relation = "this"
        elif (w == "year" and relation is not None) or w in _MODIFIERS or w in ("on", "in", "until"):
            continue
        else:
            return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None:
        if anchor is None:
            return Timex("DATE", None)
        year = _resolve_year(anchor, month, day, tense, relation)
        if relation == "last" and "year" in core:
            year = anchor.year - 1
        elif relation == "next" and "year" in core:
            year = anchor.year + 1
        elif relation == "this" and "year" in core:
            year = anchor.year
    if day is None:
        return Timex("DATE", f"{year:04d}-{month:02d}")
    value = _date(year, month, day)
    return Timex("DATE", value) if value else None


def _season(words, core, anchor, tense, lex) -> Timex | None:
    index = next((i for i, w in enumerate(core) if w in lex["season"]), None)
    if index is None or len(core) > 3:
        return None
    code = lex["season"][core[index]]
    year = next((int(w) for w in core if _YEAR.match(w)), None)
    if year is None:
        if anchor is None:
            return Timex("DATE", None)
        year = anchor.year
        if "last" in core or "past" in core:
            year -= 1
        elif "next" in core:
            year += 1
        elif "this" not in core and code in lex.time.get("seasonmonths", {}):
            year += _season_turn(anchor, lex["seasonmonths"][code], tense)
    return Timex("DATE", f"{year:04d}-{code}")


def _season_turn(anchor: dt.date, months: str, tense: str) -> int:
    """A bare season ("in the summer") told of an act ahead when this year's is already over is
    next year's (+1); told of a done act when this year's has not begun, last year's (-1); else 0."""
    first, last = (int(m) for m in months.split("-"))
    if tense == FUTURE and anchor.month > last:
        return 1
    if tense == PAST and anchor.month < first:
        return -1
    return 0


def _year(words, core, anchor, tense, lex) -> Timex | None:
    years = [w for w in core if _YEAR.match(w)]
    if len(years) != 1:
        return None
    if any(w not in _MODIFIERS and not _YEAR.match(w) and w not in ("year", "in") for w in core):
        return None
    return Timex("DATE", years[0])


def _duration(words, core, anchor, tense, lex) -> Timex | None:
    unit_index = next((i for i, w in enumerate(core) if w in lex["unit"]), None)
    if unit_index is None:
        return None
    unit_word = core[unit_index]
    unit = lex["unit"][unit_word]
    amount_words = core[:unit_index]
    if len(amount_words) > 1 and amount_words[0] in ("first", "last", "past", "next", "final"):
        amount_words = amount_words[1:]  # "the first nine months" is a nine-month stretch
    after = core[unit_index + 1:]
    if after and not all(w in ("long", "old") for w in after) and not (after[0] in ("and", "a") and "half" in after):
        return None
    if "old" in after:
        return None
    if not amount_words:
        if unit_word.endswith("s"):
            return Timex("DURATION", duration_value(None, unit))
        if words[0] in ("a", "an", "one") or after == ["long"]:
            return Timex("DURATION", duration_value(1, unit))
        return None
    if amount_words[0] in _VAGUE_UNITS or amount_words[-1] in _VAGUE_UNITS:
        return Timex("DURATION", duration_value(None, unit))
    if amount_words == ["half"]:
        amount: float | None = 0.5
    else:
        amount = parse_number([w for w in amount_words if w not in ("more", "than", "nearly", "almost")], lex.numbers)
    if amount is None:
        return None
    if after and "half" in after:
        amount += 0.5
    if amount_words[-1] in MULTIPLIERS and amount >= 100:
        return Timex("DURATION", duration_value(None, unit))  # "hundreds of years"
    return Timex("DURATION", duration_value(amount, unit))
