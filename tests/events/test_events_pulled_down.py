"""Structures pulled or torn down are property destroyed (figev23, issue 14): PLOVER ASSAULT, as the
CAMEO dictionary codes a wall demolished. Sentences written for these tests."""

from __future__ import annotations


def _events(extract, text):
    return [(e.event, e.trigger.text) for e in extract(text, published="2024-03-12").events]


def test_a_fence_pulled_down_by_villagers(extract) -> None:
    assert ("ASSAULT", "pulled") in _events(extract, "The villagers pulled down a fence on the disputed farm.")
    assert ("ASSAULT", "pulled") in _events(extract, "A boundary fence was pulled down by the herders on Sunday.")


def test_a_kiosk_torn_down(extract) -> None:
    assert ("ASSAULT", "tore") in _events(extract, "The youths tore down a kiosk outside the council office.")


def test_a_cap_or_a_price_pulled_down_is_no_attack(extract) -> None:
    assert not _events(extract, "He pulled down his cap and walked away.")
    assert not [e for e in _events(extract, "Cheap imports pulled down prices last year.") if e[0] == "ASSAULT"]
