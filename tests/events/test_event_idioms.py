"""Idioms that look like events: a stop row in the event lexicon keeps them out (they were
merged across sports reports as one COERCE event)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The young singer stole the show at the festival in Lyon on Saturday.",
    "The striker stole the limelight again.",
])
def test_stealing_the_show_is_no_event(extract, text: str) -> None:
    assert [e.event for e in extract(text, published="2024-06-01").events] == []


@pytest.mark.parametrize("text", [
    "The senator worked for years to kill a proposal that would have raised the sales tax.",
    "Asked about the charge, the mayor shot back that her rival had never visited the town.",
])
def test_figures_of_speech_of_killing_and_shooting_back_are_no_events(extract, text: str) -> None:
    assert [e.event for e in extract(text, published="2024-06-01").events] == []


def test_a_verb_that_introduces_a_quotation_codes_no_material_act(extract) -> None:
    text = "After Tom Reed criticized the mayor during a debate, Ann shot back, \u201cI suppose I could have chosen to stay home.\u201d"
    assert "ASSAULT" not in [e.event for e in extract(text, published="2024-06-01").events]


@pytest.mark.parametrize("text", [
    "Police officers shot back at the gunmen outside the bank in Lyon.",
    "The guards outside the bank in Lyon shot back and the gunmen fled.",
])
def test_shooting_back_at_someone_is_still_an_attack(extract, text: str) -> None:
    assert "ASSAULT" in [e.event for e in extract(text, published="2024-06-01").events]
