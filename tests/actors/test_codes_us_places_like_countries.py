"""Rules of brief s18-towns14 (issue 14): codes read from US places named like countries. Sentences of our own.

- a country read only from a resolved US place's name is no country of the story (eventcoding/named_homes.py);
- a town or state in an ``of`` phrase of the party's head, and a state's name before its body, give the
  resolved place's country (eventcoding/town_codes.py);
- ``NAME, AGE, of TOWN`` gives the uncoded person, and the later bare surname, the town's country.
"""

from __future__ import annotations

from newsevents.eventcoding.named_homes import _OF_TOWN

PUBLISHED = "2024-06-12"


def _codes(events, role: str, key: str) -> set[str | None]:
    return {p.country for e in events for p in getattr(e, role) if key.lower() in p.text.lower()}


def test_of_town_pattern() -> None:
    assert _OF_TOWN.match(", 36, of Cuba", 0).end() == len(", 36, of ")
    assert _OF_TOWN.match(" of the Bronx", 0)
    assert not _OF_TOWN.match(" from Cuba", 0)


def test_person_of_a_us_town_named_like_a_country(events_of) -> None:
    events = events_of("Tina Bell, 36, of Cuba was charged on Tuesday with arson in Crawford County Circuit Court.")
    assert _codes(events, "recipient", "Bell") == {"USA"}


def test_later_surname_shares_the_home_town_code(events_of) -> None:
    events = events_of("Rita Holt, 41, of Lebanon pleaded guilty to fraud in Laclede County Circuit Court. "
                       "A judge sentenced Holt to two years in prison.")
    assert _codes(events, "recipient", "Holt") == {"USA"}
    assert "LBN" not in _codes(events, "actor", "judge")


def test_body_of_the_us_state_georgia(events_of) -> None:
    events = events_of("The Georgia Department of Labor sued a staffing company in Atlanta on Thursday "
                       "over unpaid wages.")
    assert _codes(events, "actor", "Department") == {"USA"}


def test_negative_georgia_the_country_keeps_geo(events_of) -> None:
    events = events_of("The Georgian foreign ministry in Tbilisi condemned the arrest of a journalist "
                       "by Russian forces.")
    assert _codes(events, "actor", "ministry") == {"GEO"}


def test_negative_a_country_named_elsewhere_stays(events_of) -> None:
    events = events_of("A judge in Athens sentenced a man on Monday for smuggling antiquities out of Greece.")
    assert _codes(events, "actor", "judge") == {"GRC"}
    events = events_of("Lebanese troops arrested two men near the Syrian border, officials in Beirut said.")
    assert _codes(events, "actor", "troops") == {"LBN"}
