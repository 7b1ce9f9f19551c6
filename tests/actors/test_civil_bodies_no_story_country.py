"""Unnamed bodies of civil society (aid groups, rights groups, charities) take no story country:
only state roles do (issue 15's rule)."""

from __future__ import annotations

from newsevents.components.events import _civil_body
from newsevents.eventcoding.lexicon import load_cues
from newsevents.record import Party

PUBLISHED = "2020-05-01"


def test_aid_groups_in_a_one_country_story_stay_uncoded(extract):
    record = extract("Indonesia accepted the offer on Monday. The offer was criticised by some aid groups "
                     "as being too little.", published=PUBLISHED)
    groups = next(e for e in record.entities if e.name == "aid groups")
    assert groups.country is None
    criticism = next(e for e in record.events if e.trigger.text == "criticised")
    assert [(p.text, p.country) for p in criticism.actor] == [("some aid groups", None)]


def test_a_state_role_in_the_same_story_keeps_the_story_country(extract):
    record = extract("Indonesia accepted the offer on Monday. Indonesian officials said the offer was fair. "
                     "It was criticised by some aid groups as being too little. The government defended it.",
                     published=PUBLISHED)
    government = next(e for e in record.entities if e.name.lower().endswith("government"))
    assert government.country == "IDN"
    assert next(e for e in record.entities if e.name == "aid groups").country is None


def test_only_civil_society_bodies_are_civil_bodies():
    cues = load_cues()
    assert _civil_body(Party(text="rights groups", sector=["CVL"]), cues)
    assert _civil_body(Party(text="a charity", sector=["CVL"]), cues)
    assert not _civil_body(Party(text="protesters", sector=["CVL"]), cues)  # people of the place
    assert not _civil_body(Party(text="armed groups", sector=["REB"]), cues)
