"""A body named after a place of the story takes the story's reading of it (issue 15, brief codes46).

Tests: tests/places/test_places_story_country_namesakes.py.

One sense per discourse, at the level of the country: the places stage's reading of a town's name holds for the
body named after it. A rule of the places stage, after resolution:

- **a body named after a place of the story** (:func:`bodies_after_story_places`): the entity stage codes a
  body named after a town (``<Town> High School``) with the country of the town's most populous namesake,
  before the places are resolved; when the places stage has read that town's name, in the same article, as a
  place of the story's own country (the country most of the story's resolved place names lie in), the body is
  of that country too: the writer names the school and the town alike. Only a body whose code is that
  most-populous reading (its code came from the place word, not from a dictionary or the text), and not after
  a capital or a city of a million (``Washington`` as a government stays the capital's). When no place and no
  named entity of the story is left in the country the body had, the descriptions presumed of that country
  (``the high school``) take the story's country too: the story was that country's only through the word.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsevents.geo.gazetteer import Gazetteer

if TYPE_CHECKING:
    from newsevents.record import Entity, Place

# A city this large (or a capital) is named abroad in its own right: a story's one country does not move it.
RENOWNED_POPULATION = 1_000_000
NAMESAKE_LEVELS = frozenset({"city", "admin2", "admin1"})


def story_country(places: list[Place]) -> str | None:
    """The country more than half of the story's resolved place names lie in (None when no country does)."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if 2 * n > sum(counts.values()) else None


def bodies_after_story_places(gaz: Gazetteer, entities: list[Entity], places: list[Place],
                              most_populous_country) -> None:
    """Give a body named after a place of the story's own country that country (see the module's docstring).
    ``most_populous_country(name)``: the entity stage's reading of a place word (its country, or None)."""
    country = story_country(places)
    if country is None:
        return
    by_name: dict[str, Place] = {}
    for p in places:
        if p.country == country and p.level in NAMESAKE_LEVELS:
            for m in p.mentions:
                by_name.setdefault(m.text, p)
    if not by_name:
        return
    moved: set[str] = set()
    for e in entities:
        if e.type != "ORG" or not e.country or e.country == country:
            continue
        words = e.name.split()
        for n in range(len(words), 0, -1):
            place = by_name.get(" ".join(words[:n]))
            if place is None:
                continue
            word = " ".join(words[:n])
            # a capital or a city of a million abroad is named in its own right (``Washington`` for the US
            # government); a country's name is not: the story read it as its own state (``Georgia``)
            if most_populous_country(word) == e.country and not any(
                    c.feature_code.startswith("PPLC") or c.population >= RENOWNED_POPULATION and c.level == "city"
                    for c in gaz.candidates(word) if c.primary and c.country == e.country):
                moved.add(e.country)
                e.country = country
            break
    # a country no place and no named entity of the story holds any longer was the story's only through the
    # misread place word: the descriptions presumed of it (``the high school``, ``the college``) follow
    kept = {p.country for p in places} | {e.country for e in entities if e.name[:1].isupper()}
    for e in entities:
        if e.country in moved - kept and not e.name[:1].isupper():
            e.country = country
