"""Place rules of brief s22-places22 (names that are not places; a town in brackets after a body's name),
each tested on a sentence written for this file (none from a corpus):

- a legal form alone (``P.A.``, ``Inc.``) is no place, though GeoNames lists such spellings as alternate
  names of Pennsylvania and Yinchuan;
- a place's name that begins a longer name the entities stage made a person's, or a body's with a legal
  form, is no place of its own (``Preston Vale``, ``Kent & Hollis, P.A.``), unless the name goes on
  with a role (``Paris Mayor ...``, ``Denver District Mayor ...``) or a town's own body (``Leeds Police ...``);
- a town alone in brackets after a shop's or body's name (``Crumbs (Bridport)``) is a place.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import newsevents.components  # noqa: F401  (registers doc._.entities)
from newsevents.components.places import PlaceFinder
from newsevents.geo.gazetteer import get_gazetteer
from newsevents.record import Entity, Span

ROLES = {"mayor": "a role", "manager": "a role"}
LEGAL_FORMS = frozenset({"inc", "llc", "p.a"})


def _finder(words: list[str], spaces: list[bool], ents: list[str],
            entities: list[tuple[str, int, int]] = (), english: frozenset[str] = frozenset()) -> PlaceFinder:
    """A hand-built Doc; ``entities``: (type, first word, end word) of the entities stage's names."""
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    doc._.entities = [
        Entity(id=f"e{i}", name=doc[a:b].text, type=kind,
               mentions=[Span(start=doc[a].idx, end=doc[b - 1].idx + len(doc[b - 1]), text=doc[a:b].text)])
        for i, (kind, a, b) in enumerate(entities)]
    finder = PlaceFinder(doc, get_gazetteer(), set(), person_given_names=frozenset({"jill", "tom", "ann"}),
                         local_bodies=frozenset({"police", "council"}), english_words=english or frozenset({"word"}))
    finder.legal_forms = LEGAL_FORMS
    finder.role_word = ROLES.get
    return finder


def _mentions(finder: PlaceFinder) -> list[str]:
    return [m.text for p in finder.places() for m in p.mentions]


def test_a_legal_form_and_the_first_word_of_a_firm_are_no_places() -> None:
    # "Jill Marsh, a lawyer at Kent & Hollis, P.A., said the ruling in Dover was wrong."
    words = ["Jill", "Marsh", ",", "a", "lawyer", "at", "Kent", "&", "Hollis", ",", "P.A.", ",", "said",
             "the", "ruling", "in", "Dover", "was", "wrong", "."]
    spaces = [True, False, True, True, True, True, True, True, False, True, False, True, True,
              True, True, True, True, True, False, False]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "O",
            "O", "O", "O", "B-GPE", "O", "O", "O"]
    found = _mentions(_finder(words, spaces, ents, [("PERSON", 0, 2), ("ORG", 6, 9)]))
    assert "P.A." not in found and "Kent" not in found
    assert "Dover" in found


def test_a_town_beginning_a_persons_name_is_no_place_there_or_where_the_words_recur() -> None:
    # "Preston Vale was pleased. Preston Vale won in Leeds."
    words = ["Preston", "Vale", "was", "pleased", ".", "Preston", "Vale", "won", "in", "Leeds", "."]
    spaces = [True, True, True, False, True, True, True, True, True, False, False]
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]
    found = _mentions(_finder(words, spaces, ents, [("PERSON", 0, 2)]))
    assert found == ["Leeds"]


def test_a_town_before_a_role_or_its_own_body_stays_a_place() -> None:
    # "Paris Mayor Jane Doe met Leeds Police Chief Ann Cole and Denver District Mayor Tom Gale."
    words = ["Paris", "Mayor", "Jane", "Doe", "met", "Leeds", "Police", "Chief", "Ann", "Cole", "and",
             "Denver", "District", "Mayor", "Tom", "Gale", "."]
    spaces = [True] * 15 + [False, False]
    ents = ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O",
            "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O"]
    found = _mentions(_finder(words, spaces, ents, [("PERSON", 0, 4), ("PERSON", 5, 10), ("PERSON", 11, 16)]))
    assert "Paris" in found and "Leeds" in found and "Denver" in found


def test_a_town_in_brackets_after_a_shops_name_is_a_place() -> None:
    # "The prize went to Crumbs (Bridport), not to Jill Hale (Taunton) nor Party (Word)."
    words = ["The", "prize", "went", "to", "Crumbs", "(", "Bridport", ")", ",", "not", "to", "Jill", "Hale",
             "(", "Taunton", ")", "nor", "Party", "(", "Word", ")", "."]
    spaces = [True, True, True, True, True, False, False, False, True, True, True, True, True,
              False, False, True, True, True, False, False, False, False]
    ents = ["O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON",
            "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"]
    finder = _finder(words, spaces, ents, [("PERSON", 11, 13)])
    places = {p.name: p for p in finder.places()}
    assert "Bridport" in places and places["Bridport"].country == "GBR"
    # after a person's name (a party or constituency, not where a shop is), or an English word: no place
    assert "Taunton" not in places and "Word" not in places


def test_a_town_known_by_a_short_form_is_the_one_in_the_named_county() -> None:
    from newsevents.geo.resolve import best_candidate, county_key

    gaz = get_gazetteer()
    spa = next(c for c in gaz.lookup("Leamington") if not c.primary and c.country == "GBR")
    # on its own, the town that bears the short name as its own (Ontario) hides the alias
    assert best_candidate(gaz.lookup("Leamington")).country == "CAN"
    # with the county the story names, the English spa town
    assert best_candidate(gaz.lookup("Leamington"), named_counties={county_key(spa)}) == spa


def test_a_county_before_its_councils_noun_is_a_place() -> None:
    # "The Warwickshire council said Leamington was flooded."
    words = ["The", "Warwickshire", "council", "said", "Leamington", "was", "flooded", "."]
    spaces = [True] * 6 + [False, False]
    ents = ["O", "B-ORG", "I-ORG", "O", "B-GPE", "O", "O", "O"]
    finder = _finder(words, spaces, ents)
    places = {m.text: p for p in finder.places() for m in p.mentions}
    assert places["Warwickshire"].level == "admin2" and places["Warwickshire"].country == "GBR"
    assert places["Leamington"].country == "GBR"


def _sentence(verb: str, lemma: str) -> PlaceFinder:
    """'She was <verb> to Wimborne .' with explicit heads, the town labelled a person (as the model does)."""
    words = ["She", "was", verb, "to", "Wimborne", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 4 + [False, False],
              heads=[2, 2, 2, 2, 3, 2], deps=["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
              lemmas=["she", "be", lemma, "to", "Wimborne", "."], pos=["PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              ents=["O", "O", "O", "O", "B-PERSON", "O"])
    doc._.entities = []
    finder = PlaceFinder(doc, get_gazetteer(), set(), person_given_names=frozenset({"jill"}),
                         english_words=frozenset({"word"}))
    finder.motion_words = frozenset({"drive", "return"})
    return finder


def test_a_town_a_verb_of_going_leads_to_is_a_place_though_labelled_a_person() -> None:
    places = _sentence("driving", "drive").places()
    # GeoNames' main name is the longer "Wimborne Minster"; the short form is its alternate name
    assert [(p.name, p.country) for p in places] == [("Wimborne Minster", "GBR")]
    # a verb of speaking or writing addresses a person
    assert _sentence("writing", "write").places() == []


def test_a_town_of_the_division_whose_government_speaks_beats_a_bigger_namesake() -> None:
    from pathlib import Path

    import newsevents
    from newsevents.actors import load_actor_dictionary

    # "The Nova Scotia Department of Health said a clinic will open in Windsor. Officials in Ottawa and
    # Washington agreed."  (Windsor, Ontario is sixty times bigger, and Ottawa votes for Ontario.)
    words = ["The", "Nova", "Scotia", "Department", "of", "Health", "said", "a", "clinic", "will", "open", "in",
             "Windsor", ".", "Officials", "in", "Ottawa", "and", "Washington", "agreed", "."]
    spaces = [True] * 12 + [False, True] + [True] * 5 + [False, False]
    ents = ["O", "B-GPE", "I-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O",
            "B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O"]
    finder = _finder(words, spaces, ents)
    finder.role_word = load_actor_dictionary(Path(newsevents.__file__).parent / "data").role
    windsor = next(p for p in finder.places() if p.name == "Windsor")
    assert windsor.admin1 == "Nova Scotia"
    # without the department (the same names, no body of the province speaking): the bigger Windsor
    finder = _finder(["Nova", "Scotia", "and"] + words[11:], [True] * 3 + spaces[11:], ["B-GPE", "I-GPE", "O"] + ents[11:])
    windsor = next(p for p in finder.places() if p.name == "Windsor")
    assert windsor.admin1 == "Ontario"
