"""A name's gazetteer key is the same whichever way it is worked out: names in plain ASCII skip the
Unicode decomposition (no accent to strip), names with other letters go through it; spacing of any
kind, separators, dots, abbreviations and a leading article fold alike on both ways."""

from __future__ import annotations

import pytest

from newsevents.geo.gazetteer import normalise


@pytest.mark.parametrize(("name", "key"), [
    ("Port Avalon", "port avalon"),
    ("  Port\tAvalon \n", "port avalon"),  # tabs, line breaks and runs of spaces: one space
    ("Port\u00a0Avalon", "port avalon"),  # a no-break space is a space too (the non-ASCII way)
    ("North-East_Vale/Upper", "north east vale upper"),
    ("N.E. Vale", "ne vale"),
    ("The Ft. Greywater", "fort greywater"),
    ("the St Ste. Mt. Hollin", "saint sainte mount hollin"),
    ("Stmarton Mtford", "stmarton mtford"),  # an abbreviation only as a whole word
    ("the", "the"),
    ("thEre", "there"),
    ("O`Brannock Bay", "o'brannock bay"),  # the typewriter apostrophe on the ASCII way
    ("O’Brannock Bay", "o'brannock bay"),  # the curly one on the other
    ("Sëlvane–Ørby", "selvane ørby"),  # accents stripped, the en dash a separator
    ("ST. ÉLOI", "saint eloi"),
    ("", ""),
])
def test_a_name_and_its_key(name: str, key: str) -> None:
    assert normalise(name) == key


def test_plain_and_accented_spellings_share_a_key() -> None:
    assert normalise("Sao Tavira") == normalise("São Tavira") == normalise("SÃO  TAVIRA") == "sao tavira"
