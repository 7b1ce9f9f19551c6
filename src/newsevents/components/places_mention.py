"""A toponym found in the text, as the places stage and its rule modules pass it between them.

Its own module so that the rule modules (places_again, places_local, places_pairs, places_story) can
import it at load time: places.py imports them, so they could not import it from places.py without a
cycle (they used to, inside each function).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.geo.gazetteer import Candidate


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    cue: str | None = None  # "admin1" / "city" from a cue word
    strong: bool = False  # the cue came from the text, not the prior
    cands: list[Candidate] | None = None
    chosen: Candidate | None = None
    list_id: int | None = None
    # Infrastructure named after a place ("Kariba Dam"): its GeoNames feature code and the
    # place's name, whose point the landmark takes.
    infra: tuple[str, str] | None = None
    # A county named right after this mention's neighbour and a comma ("Hollin Park, Suffolk."): it closes the
    # pair as a state does ("Salem, Ore."), and the name before it lies in it (components/places_pairs.py).
    encloses: bool = False
    # A division written with a capitalised State after its name ("Enugu State"): the bare name elsewhere in
    # the article is then the city of the name, not this division (components/places.py, figcodes41).
    state_word: bool = False
