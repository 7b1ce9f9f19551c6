"""A name joined by "and"/"or" to a resolved place (components/places.py's ``PlaceFinder._listed_with``):
the gap is matched in the text in place, with the answers the sliced gap gave, on sentences written
for this file."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsevents.components.places import PlaceFinder
from newsevents.components.places_mention import Mention
from newsevents.geo.gazetteer import Candidate

TOWN = Candidate(geonameid=1, name="Marbury", feature_code="PPL", level="city", country="GBR", admin1="England",
                 lat=None, lon=None, population=9000)


def _listed(text: str, name: str, places: list[tuple[str, bool]]) -> bool:
    """Whether ``name`` (its first occurrence) is listed with one of ``places`` (text, resolved?)."""
    mentions = []
    for place, resolved in places:
        start = text.index(place)
        mentions.append(Mention(start, start + len(place), place, "GPE", chosen=TOWN if resolved else None))
    start = text.index(name)
    span = SimpleNamespace(start_char=start, end_char=start + len(name))
    return PlaceFinder._listed_with(SimpleNamespace(text=text), span, mentions)


@pytest.mark.parametrize(("text", "name", "places", "listed"), [
    ("Crews worked in Marbury and Elton all night.", "Elton", [("Marbury", True)], True),
    ("Crews worked in Elton, or Marbury, all night.", "Elton", [("Marbury", True)], True),
    ("Crews worked in Elton and Marbury.", "Elton", [("Marbury", False)], False),  # not resolved
    ("Crews from Marbury went home. Later Elton and others came.", "Elton", [("Marbury", True)], False),
    ("Marbury and\n Elton", "Elton", [("Marbury", True)], True),
    ("Elton Marbury", "Elton", [("Marbury", True)], False),  # no "and"/"or" between
    ("Marbury, Elton", "Elton", [("Marbury", True)], False),
])
def test_listed_with_a_resolved_place(text: str, name: str, places: list[tuple[str, bool]], listed: bool) -> None:
    assert _listed(text, name, places) is listed
