"""Names that are a person or a body of the article and only a small town's name in the gazetteer,
and the state of US party-state brackets (branch qtp34, issue 15: components/places.py and
components/places_pairs.py), each tested on a sentence written for this file (none from a corpus or
a gold set). Docs are tokenised by a blank English pipeline and given their entity labels by hand,
as the small model might label them; the entities stage's entities are given by hand too.
"""

from __future__ import annotations

from pathlib import Path

import spacy

import newsevents
import newsevents.components  # noqa: F401  (registers doc._.entities)
from newsevents.components import places_pairs
from newsevents.components.places import PlaceFinder, _place_words
from newsevents.components.quotes import load_cue_lexicon
from newsevents.geo.gazetteer import get_gazetteer
from newsevents.record import Entity, Span

DATA = Path(newsevents.__file__).parent / "data"
NLP = spacy.blank("en")


def _at(text: str, words: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start


def _places(text: str, labels: list[tuple], entities: list[tuple] = ()):
    """``labels``: (words, spaCy label, occurrence from 0); ``entities``: (name, type, [(words,
    occurrence)][, sectors]) as the entities stage would have made them."""
    doc = NLP.make_doc(text)
    spans = []
    for words, label, nth in labels:
        start = _at(text, words, nth)
        spans.append(doc.char_span(start, start + len(words), label=label, alignment_mode="strict"))
    doc.ents = spans
    made = []
    for i, (name, kind, mentions, *sectors) in enumerate(entities):
        made.append(Entity(id=f"e{i}", name=name, type=kind, sector=sectors[0] if sectors else [], mentions=[
            Span(start=_at(text, words, nth), end=_at(text, words, nth) + len(words), text=words)
            for words, nth in mentions]))
    doc._.entities = made
    finder = PlaceFinder(doc, get_gazetteer(), set(), building_heads=_place_words(DATA, "building_head"))
    finder.state_codes = places_pairs.read_state_codes(DATA)
    finder.party_initials = _place_words(DATA, "party_initial")
    finder.firm_sectors = _place_words(DATA, "firm_sector")
    return {m.text: p for p in finder.places() for m in p.mentions}


def test_a_firm_named_like_a_small_town_is_no_place() -> None:
    text = "Ripley sold more bikes this year. Ripley said its profit rose."
    labels = [("Ripley", "ORG", 0), ("Ripley", "ORG", 1)]
    firm = [("Ripley", "ORG", [("Ripley", 0), ("Ripley", 1)], ["BUS"])]
    team = [("Ripley", "ORG", [("Ripley", 0), ("Ripley", 1)], [])]
    assert "Ripley" in _places(text, labels)  # no entity: the town reading stays
    assert _places(text, labels, firm) == {}
    # a body with no firm's sector (a town's team or council) keeps the town
    assert "Ripley" in _places(text, labels, team)


def test_the_firms_name_in_place_syntax_keeps_the_town() -> None:
    text = "Ripley sold more bikes this year. The mayor in Ripley said taxes rose."
    labels = [("Ripley", "ORG", 0), ("Ripley", "GPE", 1)]
    firm = [("Ripley", "ORG", [("Ripley", 0)], ["BUS"])]
    assert _places(text, labels, firm)["Ripley"].name == "Ripley"


def test_a_persons_family_name_is_no_town_once_the_article_names_him_in_full() -> None:
    text = "Senator Tom Hershey spoke on Monday. Most voters approve of Hershey, a poll found."
    labels = [("Tom Hershey", "PERSON", 0), ("Hershey", "GPE", 1)]
    person = [("Tom Hershey", "PERSON", [("Tom Hershey", 0), ("Hershey", 1)])]
    assert "Hershey" in _places(text, labels)
    assert _places(text, labels, person) == {}


def test_the_state_of_party_state_brackets_is_a_first_level_division() -> None:
    text = "Sen. Ann Lee (I-Vt.) spoke first, and Rep. Tom Reed (D-N.Y.) agreed with her."
    found = _places(text, [("Ann Lee", "PERSON", 0), ("Tom Reed", "PERSON", 0), ("N.Y.", "GPE", 0)])
    assert found["Vt."].name == "Vermont" and found["Vt."].level == "admin1"
    assert found["N.Y."].level == "admin1" and found["N.Y."].name == "New York"


def test_brackets_without_a_party_letter_name_no_state() -> None:
    text = "The form (X-Vt.) was filed by Ann Lee."
    assert _places(text, [("Ann Lee", "PERSON", 0)]) == {}


def test_an_unknown_name_spoken_to_is_no_place() -> None:
    from spacy.tokens import Doc

    def finder_places(verb: str, lemma: str) -> dict:
        words = ["Ann", "Lee", verb, "Quorvex", "in", "late", "May", "."]
        doc = Doc(NLP.vocab, words=words, heads=[1, 2, 2, 2, 2, 6, 4, 2],
                  deps=["compound", "nsubj", "ROOT", "dobj", "prep", "amod", "pobj", "punct"],
                  pos=["PROPN", "PROPN", "VERB", "PROPN", "ADP", "ADJ", "PROPN", "PUNCT"],
                  lemmas=["Ann", "Lee", lemma, "Quorvex", "in", "late", "May", "."],
                  ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-DATE", "I-DATE", "O"])
        doc._.entities = []
        finder = PlaceFinder(doc, get_gazetteer(), set())
        finder.addressed_verbs = load_cue_lexicon().addressees  # speech_cues.tsv: "tell" among them
        return {m.text: p for p in finder.places() for m in p.mentions}

    assert "Quorvex" in finder_places("visited", "visit")  # a name the model calls a place, kept unplaced
    assert finder_places("told", "tell") == {}
