"""A description followed by ``of`` and lower-case words and then a person's name is that person's title, never a
guess at someone named nearby (branch short39, issue 15; hand-built Doc, a sentence of our own)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.components.entities import EntityResolver
from newsevents.components.entities_base import Description


def _resolver(pipeline, actors, gazetteer, name_ent: str) -> EntityResolver:
    # "said Harbor City chief of detectives Paul Ostrander ."
    words = ["said", "Harbor", "City", "chief", "of", "detectives", "Paul", "Ostrander", "."]
    ents = ["O", "O", "O", "O", "O", "O", name_ent, "I-PERSON" if name_ent == "B-PERSON" else "O", "O"]
    tags = ["VBD", "NNP", "NNP", "NN", "IN", "NNS", "NNP", "NNP", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, ents=ents, sent_starts=[k == 0 for k in range(len(words))])
    return EntityResolver(doc, actors, gazetteer, {}, frozenset())


def _chief() -> Description:
    return Description(start=1, end=4, noun="chief", kind="role", gender=None, age=None, country=None, sectors=[],
                       marks=set(), owner=None)


def test_a_description_before_of_and_a_name_is_that_names_title(pipeline, actors, gazetteer) -> None:
    assert _resolver(pipeline, actors, gazetteer, "B-PERSON")._title_before_name(_chief())


def test_a_description_before_of_and_no_name_is_not(pipeline, actors, gazetteer) -> None:
    # negative: the words after "of detectives" name no person
    assert not _resolver(pipeline, actors, gazetteer, "O")._title_before_name(_chief())
