"""Reading numbers written in words or digits ("twenty-four", "1.5 million", "a dozen")."""

from __future__ import annotations

import re

from newsevents.temporal.lexicon import packaged_words

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# Words that scale what comes before them rather than add to it.
MULTIPLIERS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
               "billions", "trillion", "tn", "m", "mn", "bn", "k", "dozen", "dozens", "score",
               "lakh", "lakhs", "crore", "crores"}


def parse_number(words: list[str], lexicon: dict[str, float] | None = None) -> float | None:
    """The value of a run of number words/digits, or None if any word is not numeric.

    "twenty four" -> 24, "1.5 million" -> 1500000, "a dozen" -> 12, "hundreds" -> 100.
    ``lexicon``: the written numbers (a stage's :class:`~newsevents.temporal.lexicon.Words`;
    None: the packaged ones).
    """
    if not words:
        return None
    if lexicon is None:
        lexicon = packaged_words().numbers
    total = 0.0
    current: float | None = None
    for raw in words:
        word = raw.lower().strip()
        if word in ("-", "and", ""):
            continue
        if _DIGITS.match(word):
            if current is not None:
                return None  # "5 6" is two numbers, not one
            current = float(word.replace(",", ""))
            continue
        if word not in lexicon:
            return None
        value = lexicon[word]
        if word in MULTIPLIERS:
            base = current if current is not None else 1.0
            if value >= 1000:
                total += base * value
                current = None
            else:
                current = base * value
        else:
            current = (current or 0.0) + value
    # "16.1 million" is 16100000, not the 16100000.000000002 of binary floating point
    result = round(total + (current or 0.0), 6)
    return result if (total or current is not None) else None


def as_int_if_whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
