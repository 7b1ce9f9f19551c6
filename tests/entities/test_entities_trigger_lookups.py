"""Rules that start from a few trigger words find them in the resolver's word indexes: a legal
form written with or without its dots, the honorifics, the capitalised words."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.actors import load_actor_dictionary
from newsevents.components.entities import EntityResolver
from newsevents.components.entities_framed import _WithoutDots


@pytest.fixture(scope="module")
def resolver_of(pipeline):
    actors = load_actor_dictionary()

    def make(words: list[str]) -> EntityResolver:
        doc = Doc(pipeline.nlp.vocab, words=words, lemmas=[w.lower() for w in words],
                  sent_starts=[i == 0 for i in range(len(words))])
        return EntityResolver(doc, actors, None, {}, set())

    return make


def test_forms_without_their_trailing_dots():
    forms = _WithoutDots(frozenset({"ltd", "inc"}))
    assert "ltd" in forms and "ltd." in forms and "inc.." in forms
    assert "l.td" not in forms and "plc" not in forms and 3 not in forms


def test_legal_forms_found_with_and_without_dots(resolver_of):
    resolver = resolver_of(["Zentor", "Ltd.", "sued", "Quillo", "Inc", "and", "ltd", "firms"])
    assert [t.i for t in resolver._with_lower(_WithoutDots(frozenset({"ltd", "inc"})))] == [1, 4, 6]


def test_capitalised_words_in_text_order(resolver_of):
    resolver = resolver_of(["Mr", "Olawale", "met", "the", "Vantrix", "chief", "\u00c9mile", "Roux"])
    assert [t.i for t in resolver._capitalised()] == [0, 1, 4, 6, 7]
    assert [t.i for t in resolver._with_lower(resolver.ad.words.honorific)] == [0]
