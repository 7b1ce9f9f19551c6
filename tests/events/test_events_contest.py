"""Fighting words in a game are a contest, not violence (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _types(extract, text: str) -> list[str]:
    return [e.event for e in extract(text, published="2023-05-02").events]


@pytest.mark.parametrize("text", [
    "The Rovers beat the Wanderers 3-1 in the league on Saturday.",
    "Leeds crushed Hull to win the county championship for the third year running.",
    "The Falcons beat the Hawks, 27-24, in the playoff game in Atlanta on Sunday.",
    "Mendez hit a homer in the ninth inning to give the Sharks the title.",
])
def test_a_game_told_with_fighting_words_is_no_attack(extract, text: str) -> None:
    assert "ASSAULT" not in _types(extract, text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kano on Monday, killing four officers.",
    "Rebels shelled the town after the football match, killing three civilians.",
])
def test_real_violence_near_a_game_is_still_an_attack(extract, text: str) -> None:
    assert "ASSAULT" in _types(extract, text)
