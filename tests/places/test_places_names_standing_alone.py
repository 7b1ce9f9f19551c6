"""A resolved place name found again where it stands alone (components/places_again.py's
``standing_alone``): a plain string search that must find what the per-name pattern it replaced
found, on sentences written for this file."""

from __future__ import annotations

import re

import pytest

from newsevents.components.places_again import standing_alone


def _by_pattern(text: str, name: str) -> list[tuple[int, int]]:
    """The pattern ``names_again`` compiled for each name before (the reference)."""
    return [m.span() for m in re.finditer(rf"(?<![\w.'’&/-]){re.escape(name)}(?![\w&/-])", text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Marbury sent a team to Marbury Road, then back to Marbury.", "Marbury"),
    ("Marbury", "Marbury"),
    ("Mid-Marbury and Marbury-based firms met in Marbury/Elton.", "Marbury"),
    ("The site www.marbury.example and O'Marbury and Marbury's mill.", "Marbury"),
    ("Marburys and MarburyX and _Marbury and Marbury_ and 3Marbury and Marbury4.", "Marbury"),
    ("Marbury&Co and Co&Marbury, Marbury.", "Marbury"),
    ("Étang-Marbury, ÉMarbury, MarburyÉ, Marbury: all in Marbury’s valley.", "Marbury"),
    ("Marbury’Marbury ’Marbury", "Marbury"),
    ("Aa Aa Aa AaAa Aa", "Aa Aa"),  # overlapping occurrences: left to right, none overlapping
    ("St. Elton and St. Elton-on-Sea", "St. Elton"),
    ("A (Marbury) and [Marbury] and \"Marbury\" and\nMarbury\n", "Marbury"),
    ("Marbury ٣Marbury Marbury٣ Marbury", "Marbury"),  # a digit of another script joins too
    ("no such name here", "Marbury"),
])
def test_the_same_spans_as_the_pattern(text: str, name: str) -> None:
    assert standing_alone(text, name) == _by_pattern(text, name)


def test_a_name_inside_a_longer_word_is_not_found() -> None:
    text = "Elton-based Elton Road staff left Elton."
    assert [text[s:e] for s, e in standing_alone(text, "Elton")] == ["Elton", "Elton"]
    assert standing_alone(text, "Elton")[-1] == (text.rindex("Elton"), text.rindex("Elton") + 5)
