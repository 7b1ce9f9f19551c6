"""Attacks carried as words (session 25, brief s25-senses28; the twenty-seventh US-news audit's wrong types,
docs/audit/2026-12-27-us-news-twenty-seventh.md): "attacks" that speakers repeat or air in the media, and a
politician "attacked" by rivals whose clause says they ran ads against him, are ACCUSE, not ASSAULT; attacks
repeated with a harm named stay force. Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2017-03-15"


def _types(events_of, text: str) -> list[str]:
    return [e.event for e in events_of(text)]


def test_attacks_repeated_and_traded_in_the_press_are_accusations(events_of) -> None:
    types = _types(events_of, "The two senators repeated the attacks they had been trading in the press for weeks.")
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_attacked_by_rivals_airing_ads_is_an_accusation(events_of) -> None:
    types = _types(events_of, "The mayor has been attacked from all sides as rivals see him as a threat, airing "
                              "millions in negative ads against him.")
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_attacks_repeated_with_harm_named_stay_force(events_of) -> None:
    assert "ASSAULT" in _types(events_of, "Gunmen repeated the attacks on the border post, killing four guards.")
    assert "ASSAULT" in _types(events_of, "Rebels have attacked the town from all sides, shelling homes with mortars.")


def test_an_attack_whose_verb_goes_on_in_words_is_an_accusation(events_of) -> None:
    # session 41: the verb whose object the attack noun is goes on in a participle of speech
    types = _types(events_of, "Senator Joan Reddy continued her assault on Governor Tim Walsh, mocking his budget "
                              "speech.")
    assert "ACCUSE" in types and "ASSAULT" not in types
    # a participle of harm keeps the force
    assert "ASSAULT" in _types(events_of, "The militia continued its assault on the town, shelling homes with "
                                          "mortars.")
