"""Attacks in words between candidates (session 26, brief senses29; eventcoding/contest_attacks.py): an attack
noun between persons in a sentence of a rally, a debate or voters is ACCUSE, even when the candidates carry no
sector; a harm named keeps force. Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2017-03-15"


def _types(events_of, text: str) -> list[str]:
    return [e.event for e in events_of(text)]


def test_a_candidates_attacks_on_a_rival_at_a_rally_are_words(events_of) -> None:
    types = _types(events_of, "Carter stepped up his attacks on Lopez on Sunday, calling her a liar at a rally in Ohio.")
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_attacks_that_harm_stay_force(events_of) -> None:
    types = _types(events_of, "Carter stepped up his attacks on Lopez on Sunday, beating her with a bat at a rally in Ohio.")
    assert "ASSAULT" in types
