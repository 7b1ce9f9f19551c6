"""An office of a first-level division names the division, not its namesake city: a name that owns a
state's office or seat (``<State>'s junior senator``, ``one of <State>'s U.S. Senate seats``), the
``of`` object of one (``governor of <State>``) or its lower-case modifier (``a <State> senator``) is the
state (place_words.tsv ``state_office``, names38). A city's own office (``the mayor of <City>``) and a
bare name keep the city. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _levels(record, name: str) -> list[str]:
    return [p.level for p in record.places if any(m.text == name for m in p.mentions)]


@pytest.mark.parametrize("text", [
    "Mara Velkov has held one of New York's U.S. Senate seats since 2001.",
    "Velkov was praised for her work as New York's junior senator.",
    "He went on to serve as governor of New York, which was then the largest state.",
    "She had lunch with a New York senator on Friday.",
])
def test_an_office_of_a_state_names_the_state(pipeline, text) -> None:
    assert _levels(pipeline.extract(text, published="2026-03-02"), "New York") == ["admin1"]


@pytest.mark.parametrize("text", [
    "The mayor of New York spoke to reporters on Friday.",
    "Velkov flew to New York on Friday.",
])
def test_a_citys_office_or_a_bare_name_keeps_the_city(pipeline, text) -> None:
    assert _levels(pipeline.extract(text, published="2026-03-02"), "New York") == ["city"]
