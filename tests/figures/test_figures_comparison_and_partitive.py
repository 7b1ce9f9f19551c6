"""Rules of branch quotes32 (issue 15): a bare number heading a definite noun phrase that a
participle tells of (``ten more than the 30 required to qualify``) counts the thing counted before
it; the part of a partitive whose whole has adjectives before its noun (``21 of 30 home and away
games``) counts that noun. Sentences of our own."""

from __future__ import annotations

PUBLISHED = "2026-03-18"


def _figures(extract, text: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in extract(text, published=PUBLISHED).figures]


def test_the_number_a_participle_tells_of_is_a_count(extract) -> None:
    found = _figures(extract, "The team scored 40 points, ten more than the 30 required to qualify.")
    assert ("30", 30) in found, found


def test_a_number_with_no_participle_after_the_is_left_alone(extract) -> None:
    # "the 30" with nothing telling what it counts stays no figure
    assert not any(v == 30 for _, v in _figures(extract, "Of all the entries, the 30 were the best."))


def test_the_part_of_a_partitive_counts_the_wholes_noun_past_its_adjectives(extract) -> None:
    found = _figures(extract, "The club won 21 of 30 home and away games last season.")
    assert any(v == 21 and text.startswith("21 of 30") for text, v in found), found
