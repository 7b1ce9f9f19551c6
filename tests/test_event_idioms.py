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
