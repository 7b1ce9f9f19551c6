"""Other senses of event words on campaign news (session 25, brief s25-senses28; the twenty-seventh US-news
audit's "other senses" class, docs/audit/2026-12-27-us-news-twenty-seventh.md): a politician who "appeals
to" a bloc of voters or "broadens his appeal" draws voters (no REQUEST), supporters who "rally behind" a
person come to back him (no PROTEST), a candidate who can "pull out" voters brings them to the polls (no
RETREAT). Each with a negative. Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2017-03-15"


def _types(events_of, text: str) -> list[str]:
    return [e.event for e in events_of(text)]


def test_appealing_to_a_bloc_of_voters_is_pull_and_appealing_to_rebels_to_act_is_a_request(events_of) -> None:
    assert "REQUEST" not in _types(events_of, "Supporters say the governor appeals to working-class Republicans "
                                              "in the rust belt.")
    assert "REQUEST" in _types(events_of, "The minister appealed to the rebels to lay down their arms.")


def test_broadening_ones_appeal_is_popularity(events_of) -> None:
    assert "REQUEST" not in _types(events_of, "The senator has struggled to broaden his appeal beyond his rural base.")


def test_rallying_behind_a_person_is_backing_and_rallying_against_a_law_is_a_protest(events_of) -> None:
    assert "PROTEST" not in _types(events_of, "The chairman said the party wants to make sure that her voters will "
                                              "eventually rally behind him.")
    assert "PROTEST" in _types(events_of, "Thousands of farmers rallied against the new land law in the capital.")


def test_pulling_out_voters_is_turnout_and_pulling_out_troops_a_retreat(events_of) -> None:
    assert "RETREAT" not in _types(events_of, "A local official suggested that the governor could pull out voters "
                                              "who might otherwise stay home.")
    assert "RETREAT" in _types(events_of, "The army pulled out its troops from the border town.")
    assert "RETREAT" in _types(events_of, "French soldiers quit the base at Gao on Sunday.")  # "base" no bloc here
