"""A blow struck back by speaking is words (session 26, events29; eventcoding/speech_force.py): "hit him back by
accusing him of ...", "hit back at X, accusing him of ..." are ACCUSE, never ASSAULT; a blow struck back by
shelling stays force. Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2016-03-15"


def _types(events_of, text: str) -> list[str]:
    return [e.event for e in events_of(text)]


def test_hit_back_by_accusing_is_an_accusation(events_of) -> None:
    types = _types(events_of, "The group hit Senator Jack Harlow back by accusing him of lying about the leaks.")
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_hit_back_at_with_an_accusing_clause_is_an_accusation(events_of) -> None:
    types = _types(events_of, "The group hit back at Senator Jack Harlow, accusing him of lying.")
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_hit_back_by_shelling_stays_force(events_of) -> None:
    assert "ASSAULT" in _types(events_of, "The rebels hit back at the army, shelling its base.")
    assert "ASSAULT" in _types(events_of, "The rebels attacked the town by shelling it with mortars.")
