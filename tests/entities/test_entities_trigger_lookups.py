"""Rules that start from a few trigger words find them in the resolver's word indexes: a legal
form written with or without its dots, the honorifics, the capitalised words."""

from __future__ import annotations

import pytest

from entity_lookup import word_resolver
from newsevents.components.entities_framed import _WithoutDots


@pytest.fixture(scope="module")
def resolver_of(pipeline):
    return lambda words: word_resolver(words, vocab=pipeline.nlp.vocab)


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
