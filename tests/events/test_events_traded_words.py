"""Words of disapproval traded between parties (``traded barbs``, ``traded insults with``) are ACCUSE, not
the economic cooperation the dictionary backbone gives ``trade``; goods traded are no such act. Sentences
written for these tests."""

from __future__ import annotations

PUBLISHED = "2026-03-03"


def test_barbs_traded_are_an_accusation(events_of) -> None:
    events = events_of("The rival candidates traded barbs on Sunday.")
    assert [e.event for e in events] == ["ACCUSE"], [(e.event, e.trigger.text if e.trigger else None) for e in events]


def test_the_party_traded_with_is_the_target(events_of) -> None:
    events = [e for e in events_of("The mayor traded jabs with the governor on Monday.") if e.event == "ACCUSE"]
    assert events
    assert [r.text for r in events[0].recipient] == ["the governor"]


def test_goods_traded_are_no_accusation(events_of) -> None:
    events = events_of("The two countries traded goods worth $5 billion last year.")
    assert not [e for e in events if e.event == "ACCUSE"]
