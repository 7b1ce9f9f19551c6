"""A reported passive obligation on a named person (issue 14, session 29, branch qe33; news-dev50's class table):
"Ann Lee has been held by A and B since 2012, and should be freed, the rights group says" is the group's demand
(REQUEST) on those who hold her; a thing that should be done, or an active "should", asks nothing. Sentences
written for these tests."""

from __future__ import annotations

PUBLISHED = "2024-06-05"


def _requests(events_of, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in events_of(text) if e.event == "REQUEST"]


def test_a_person_held_who_should_be_freed_is_a_demand_on_the_holders(events_of) -> None:
    text = ('Tom Hale has been "unlawfully held" by Norway and Sweden since 2012, and should be freed and '
            'compensated, the rights group says.')
    assert _requests(events_of, text) == [("freed", ["the rights group"], ["Norway", "Sweden"])]


def test_a_named_person_who_must_be_freed_by_a_state(events_of) -> None:
    assert _requests(events_of, "Tom Hale should be freed by Norway, the rights group says.") == [
        ("freed", ["the rights group"], ["Norway"])]


def test_a_thing_to_be_done_or_an_active_should_asks_nothing(events_of) -> None:
    assert _requests(events_of, "The bridge should be finished by Norway, officials said.") == []
    assert _requests(events_of, "Tom Hale should win the vote in Norway easily, analysts say.") == []
