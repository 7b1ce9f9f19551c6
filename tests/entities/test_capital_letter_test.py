"""The entities stage's test for a capital letter in a word (``entities_spans._has_capital``), which
answers a lower-case word at once: the same answer as testing each letter, for every code point."""

from __future__ import annotations

import sys

from newsevents.components.entities_spans import _has_capital


def test_the_capital_test_answers_as_each_letter_tested() -> None:
    characters = [chr(c) for c in range(sys.maxunicode + 1)]
    words = ["harbour", "Harbour", "eBook", "B2B", "4x4", "", "--", "\u01c5ula", "stra\u00dfe", "\u00c9COLE"]
    for word in characters + words:
        assert _has_capital(word) == any(c.isupper() for c in word), word
