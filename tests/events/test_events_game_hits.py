"""Rule of branch gold23 (sentences of our own): a run, a ball or a shot hit in a game is no attack
(a stop row of event_lexicon.tsv); a convoy hit by an army still is."""

from __future__ import annotations

PUBLISHED = "2026-05-04"


def test_a_run_hit_in_a_game_is_no_attack(events_of) -> None:
    assert not [e for e in events_of("The winning run was hit by American outfielder Tom Barker.") if e.event == "ASSAULT"]
    assert not [e for e in events_of("American outfielder Tom Barker hit the ball over the wall.") if e.event == "ASSAULT"]


def test_a_convoy_hit_by_an_army_is_still_an_attack(events_of) -> None:
    assert [e for e in events_of("The convoy was hit by the US Army.") if e.event == "ASSAULT"]
