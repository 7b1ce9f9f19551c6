"""Place rules of brief s21-places21 (gazetteer gaps: districts, villages, small towns), each tested on a
sentence written for this file (none from a corpus):

- a person's home town in an apposition opened by ``, of`` is a place (``Amy Tate, 30, of Horsham,``:
  spaCy calls the town a person);
- a small town (under 5,000 people) in a place's position is taken when another place of the article lies
  in its first-level division; a town of 5,000+ when the article names its country; never a name that is
  also an English word (``Berry``, Alabama);
- a second-level division is found by its name without its kind word (``North Waziristan`` for GeoNames'
  ``North Wazīristān District``) when nothing else bears that name.
"""

from __future__ import annotations

from newsevents.geo.gazetteer import get_gazetteer
from test_places_us_local import _place

PUBLISHED = "2025-07-01"


def test_a_home_town_after_comma_of_is_a_place(extract) -> None:
    rec = extract("Amy Tate, 30, of Horsham, was fined for speeding in Brighton.", published=PUBLISHED)
    horsham = _place(rec, "Horsham")
    assert horsham is not None and horsham.country == "GBR"


def test_a_small_town_of_the_storys_state_is_taken(extract) -> None:
    rec = extract("The parade went through Brusly after a storm hit Baton Rouge.", published=PUBLISHED)
    brusly = _place(rec, "Brusly")
    assert brusly is not None and brusly.admin1 == "Louisiana"


def test_a_town_of_a_named_country_is_taken(extract) -> None:
    rec = extract("Volunteers met at Wegorzewo, in Poland.", published=PUBLISHED)
    town = _place(rec, "Wegorzewo")
    assert town is not None and town.country == "POL"


def test_a_small_town_named_like_an_english_word_is_not_taken(extract) -> None:
    rec = extract("He visited Berry, then went to Tuscaloosa, Alabama.", published=PUBLISHED)
    assert _place(rec, "Berry") is None
    assert _place(rec, "Tuscaloosa").admin1 == "Alabama"


def test_a_district_is_found_without_its_kind_word() -> None:
    gaz = get_gazetteer()
    top = gaz.lookup("North Waziristan")[0]
    assert top.level == "admin2" and top.country == "PAK"
    # a short name some town bears stays the town's
    assert gaz.lookup("Peshawar")[0].level == "city"


def test_a_district_named_without_its_kind_word_is_a_place(extract) -> None:
    rec = extract("Troops patrolled North Waziristan on Monday, officials in Peshawar said.", published=PUBLISHED)
    district = _place(rec, "North Waziristan")
    assert district is not None and district.level == "admin2"


def _places_of(words: list[str], ents: list[str]) -> list[str]:
    """Mention texts of a hand-built Doc's places (given names: a two-name table)."""
    import spacy
    from spacy.tokens import Doc

    from newsevents.components.places import PlaceFinder

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False], ents=ents)
    finder = PlaceFinder(doc, get_gazetteer(), set(), person_given_names=frozenset({"jack", "mary"}),
                         english_words=frozenset({"village", "jack", "nurse"}))
    return [m.text for p in finder.places() for m in p.mentions]


def test_a_major_place_after_a_word_that_is_no_given_name_is_no_surname() -> None:
    # "Village Kisumu" labelled a person: no Mr Kisumu hides the city's later mention
    words = ["Nurses", "at", "Village", "Kisumu", "said", "water", "was", "short", ".",
             "Buses", "ran", "to", "Nairobi", "and", "Kisumu", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O",
            "O", "O", "O", "B-GPE", "O", "B-ORG", "O"]
    assert "Kisumu" in _places_of(words, ents)
    # a given name first, or a word that is no English word (a given name the table may lack): the
    # person's family name, as before
    for first in ("Jack", "Deshaun"):
        words[2] = first
        assert "Kisumu" not in _places_of(words, ents)


def test_a_village_named_with_accents_or_an_o_apostrophe_after_its_noun(extract) -> None:
    rec = extract("Hundreds of fish died in a town called Ærøskøbing on the island of Ærø in Denmark.",
                  published=PUBLISHED)
    town = _place(rec, "Ærøskøbing")
    assert town is not None and town.country == "DNK"
    rec = extract("The virus was found in a goose in the community of O'Brien and confirmed in Winnipeg.",
                  published=PUBLISHED)
    assert _place(rec, "O'Brien") is not None
