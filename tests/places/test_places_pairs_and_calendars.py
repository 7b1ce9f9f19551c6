"""Places a comma, a slash or a list pairs with another name, and names that are no places (brief
s24-places25: components/places_pairs.py and components/places.py), each tested on a sentence written
for this file (none from a corpus or a gold set). Docs are tokenised by a blank English pipeline and
given their entity labels by hand, as the small model might label them.
"""

from __future__ import annotations

from pathlib import Path

import spacy

import newsevents
import newsevents.components  # noqa: F401  (registers doc._.entities)
from newsevents.components import places_pairs
from newsevents.components.places import PlaceFinder, _place_words
from newsevents.geo.gazetteer import get_gazetteer
from newsevents.record import Entity, Span

DATA = Path(newsevents.__file__).parent / "data"
NLP = spacy.blank("en")


def _places(text: str, labels: list[tuple], people: list[str] = (), facility: bool = False):
    """Run the place finder on ``text``; ``labels``: (words, spaCy label[, occurrence from 0]) as the model
    might give them; ``people``: names the entities stage made persons (first occurrence)."""
    doc = NLP.make_doc(text)
    spans = []
    for words, label, *nth in labels:
        start = -1
        for _ in range((nth or [0])[0] + 1):
            start = text.index(words, start + 1)
        spans.append(doc.char_span(start, start + len(words), label=label, alignment_mode="strict"))
    doc.ents = spans
    entities = []
    for i, name in enumerate(people):
        start = text.index(name)
        entities.append(Entity(id=f"e{i}", name=name, type="PERSON",
                               mentions=[Span(start=start, end=start + len(name), text=name)]))
    doc._.entities = entities
    finder = PlaceFinder(doc, get_gazetteer(), set(), person_given_names=frozenset({"dana", "jane"}),
                         facility_heads=_place_words(DATA, "facility_head") if facility else frozenset(),
                         building_heads=_place_words(DATA, "building_head"))
    finder.area_nouns = _place_words(DATA, "area_noun")
    finder.degree_words = _place_words(DATA, "degree_word")
    finder.state_codes = places_pairs.read_state_codes(DATA)
    return {m.text: p for p in finder.places() for m in p.mentions}


def test_a_county_closing_a_calendar_line_is_placed_though_the_model_left_it_out() -> None:
    text = "The series opens in spring.\n12/13 May: Elm Farm Circuit, Dorset.\n26/27 May: Marsh Ring, Wiltshire."
    found = _places(text, [("Elm Farm Circuit", "PERSON"), ("Marsh Ring", "PERSON"), ("Wiltshire", "PERSON")])
    assert found["Dorset"].level == "admin2" and found["Dorset"].country == "GBR"
    assert found["Wiltshire"].level == "admin2" and found["Wiltshire"].country == "GBR"
    assert "Elm Farm Circuit" not in found


def test_a_town_before_its_county_is_the_town_in_that_county() -> None:
    # Ripley, Tennessee and Ripley, Derbyshire: the county after the comma decides
    found = _places("He grew up on a farm and later moved to Ripley, Derbyshire.", [("Ripley", "GPE")])
    assert found["Ripley"].admin2 == "Derbyshire" and found["Derbyshire"].level == "admin2"


def test_a_town_and_county_taken_as_one_name_are_split() -> None:
    found = _places("14/15 June: Keswick, Cumbria.", [("Keswick, Cumbria", "GPE")])
    assert found["Keswick"].country == "GBR" and found["Keswick"].admin2 == "Cumbria"
    assert found["Cumbria"].level == "admin2"


def test_a_county_name_inside_a_persons_name_or_going_on_in_a_list_is_left_alone() -> None:
    found = _places("The prize went to Tom Reed, Dorset Hale.", [("Tom Reed", "PERSON"), ("Dorset Hale", "PERSON")],
                    people=["Tom Reed", "Dorset Hale"])
    assert not found
    found = _places("Farms in Clare, Dorset and Wiltshire were flooded.", [("Clare", "GPE")])
    assert "Dorset" not in found  # a list going on: no county closing a pair


def test_a_state_abbreviation_after_in_is_the_state_of_the_stories_country() -> None:
    found = _places("Solar panels in WA are cheap, a Seattle firm said.", [("Seattle", "GPE")])
    assert found["WA"].name == "Washington" and found["WA"].level == "admin1"
    found = _places("Solar panels in WA are cheap, a Fremantle firm said.", [("Fremantle", "GPE")])
    assert found["WA"].name == "Western Australia"


def test_a_state_abbreviation_after_a_town_encloses_it() -> None:
    found = _places("She lives in Lodi, CA, with her two dogs.", [("Lodi", "GPE"), ("CA", "ORG")])
    assert found["CA"].name == "California"
    assert found["Lodi"].admin1 == "California"


def test_capitals_with_no_place_of_that_country_around_are_no_state() -> None:
    assert _places("The figures in PA are out, the firm said.", []) == {}
    assert "WA" not in _places("Staff in WA Health said the ward in Perth was full.", [("Perth", "GPE")])


def test_two_towns_joined_by_a_slash_are_neighbours() -> None:
    found = _places("Crews were sent to the Dorchester/Weymouth area on Sunday.", [("Dorchester/Weymouth", "ORG")])
    assert found["Dorchester"].admin2 == "Dorset" and found["Weymouth"].admin2 == "Dorset"
    assert _places("The Windows/Linux split remains.", []) == {}


def test_towns_after_buildings_in_a_list_are_towns() -> None:
    # the model calls the last town a person; the first is named like a US state
    text = "The audit covers the town hall, Florida; the clinic, Guáimaro; and the school, Sibanicú."
    found = _places(text, [("Florida", "GPE"), ("Guáimaro", "GPE"), ("Sibanicú", "PERSON")])
    assert found["Sibanicú"].level == "city" and found["Sibanicú"].country == "CUB"
    assert found["Florida"].level == "city" and found["Florida"].country == "CUB"


def test_a_structures_last_word_is_no_town() -> None:
    assert "Bend" not in _places("They braked into Tarrant Hill Bend on lap two.", [("Tarrant Hill Bend", "FAC")])


def test_a_persons_family_name_and_a_degrees_subject_are_no_unknown_places() -> None:
    text = "Helper Dana Kowalczyk brings food each week. Kowalczyk said the dog is calm."
    found = _places(text, [("Dana Kowalczyk", "PERSON"), ("Kowalczyk", "GPE", 1)],
                    people=["Dana Kowalczyk"])
    assert "Kowalczyk" not in found
    found = _places("She took a degree in Theology before moving to Denver.", [("Theology", "GPE"), ("Denver", "GPE")])
    assert "Theology" not in found and "Denver" in found


def test_a_placed_name_standing_again_alone_is_that_place() -> None:
    text = ('Work starts in Clonakilty next month. "We have a budget for Clonakilty to upgrade its halls," '
            "she said. The Clonakilty Road will close.")
    found = _places(text, [("Clonakilty", "GPE")])
    place = found["Clonakilty"]
    assert place.country == "IRL"
    assert [m.start for m in place.mentions] == [text.index("Clonakilty"), text.index("Clonakilty to")]


def test_a_name_of_a_person_of_the_story_is_not_taken_again() -> None:
    text = "Jane Bandon runs the shop. The shop in Bandon is busy, Bandon said."
    found = _places(text, [("Jane Bandon", "PERSON"), ("Bandon", "GPE", 1)], people=["Jane Bandon"])
    assert [m.start for m in found["Bandon"].mentions] == [text.index("in Bandon") + 3]


def test_a_building_taken_for_a_person_gives_no_family_name_that_hides_its_town() -> None:
    # the model: "Courthouse Clonakilty" a person; the town in the list after a building is still placed
    text = "The audit covers Courthouse Clonakilty; the library, Bandon; and the pool, Clonakilty."
    found = _places(text, [("Courthouse Clonakilty", "PERSON"), ("Bandon", "GPE"), ("Clonakilty", "PERSON", 1)],
                    people=["Courthouse Clonakilty"])
    assert found["Clonakilty"].country == "IRL" and found["Bandon"].country == "IRL"


def test_a_town_before_a_district_named_after_another_town_lies_in_it() -> None:
    # Washington, Tyne and Wear lies in the City of Sunderland district: not the US state; the clause goes
    # on after the district's comma
    found = _places("The plant in Washington, Sunderland, was sold.", [("Washington", "GPE"), ("Sunderland", "GPE")])
    assert found["Sunderland"].country == "GBR" and found["Sunderland"].level in ("admin2", "city")
    assert found["Washington"].level == "city" and found["Washington"].country == "GBR"


def test_two_towns_of_two_words_after_a_sentences_first_word() -> None:
    found = _places("In Dallas/Fort Worth area schools, classes resumed.", [])
    assert found["Dallas"].admin1 == "Texas" and found["Fort Worth"].admin1 == "Texas"


def test_a_street_then_a_town_larger_than_any_district_of_its_name_is_that_town() -> None:
    # small districts abroad share the names (a Jamaican parish's, an Australian shire's); after a street
    # and a comma the name is the town, not a county enclosing the street (codes46)
    found = _places("The bakery on Orchard Lane, Bath, reopened after the flood.", [("Bath", "GPE")])
    assert found["Bath"].country == "GBR" and found["Bath"].level == "city"
    found = _places("A clinic on Lowell Street, Richmond, closed in May.", [("Richmond", "GPE")])
    assert found["Richmond"].level == "city" and found["Richmond"].country != "JAM"
