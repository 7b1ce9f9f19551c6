"""Time expressions: a lexicon, written-number parsing and a pure TIMEX3 normaliser.

``normalise(text, anchor, tense)`` turns one expression ("last Friday", "five-day", "the
1990s") into a TIMEX3 ``(type, value)``, anchored on the publication date.
"""

from newsevents.temporal.normalise import Timex, normalise

__all__ = ["Timex", "normalise"]
