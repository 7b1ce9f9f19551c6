"""The entity resolver's indexes of the article's words (by form, lower-case form and lemma):
every token of a form is found, in text order, whatever its case."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from entity_lookup import word_resolver
from newsevents.actors import load_actor_dictionary
from newsevents.components.entities import EntityResolver


@pytest.fixture(scope="module")
def resolver_of(pipeline):
    return lambda words, lemmas: word_resolver(words, lemmas=lemmas, vocab=pipeline.nlp.vocab)


def test_lower_case_index_joins_every_case_of_a_form(resolver_of):
    words = ["The", "club", "said", "THE", "Club", "and", "the", "CLUB", "agreed"]
    resolver = resolver_of(words, [w.lower() for w in words])
    assert [t.i for t in resolver._with_lower({"the"})] == [0, 3, 6]
    assert [t.i for t in resolver._with_lower({"club", "agreed"})] == [1, 4, 7, 8]
    assert [t.i for t in resolver._with_lower(["said", "and"])] == [2, 5]  # a list: every form tested
    # the index of words as written keeps the cases apart
    assert resolver._word_positions()["Club"] == [4]
    assert resolver._word_positions()["club"] == [1]


def test_lemma_index_joins_lemmas_differing_in_case(resolver_of):
    words = ["Says", "Ann", "as", "she", "said", "and", "SAID"]
    lemmas = ["Say", "Ann", "as", "she", "say", "and", "SAY"]
    resolver = resolver_of(words, lemmas)
    assert [t.i for t in resolver._with_lemma({"say"})] == [0, 4, 6]
    assert [t.i for t in resolver._with_lemma({"ann", "and"})] == [1, 5]
    assert resolver._with_lemma({"tell"}) == []


def test_each_token_knows_its_sentence(pipeline):
    words = ["Ann", "left", ".", "Tom", "stayed", "home", ".", "Rain", "fell"]
    starts = [True, False, False, True, False, False, False, True, False]
    doc = Doc(pipeline.nlp.vocab, words=words, sent_starts=starts)
    resolver = EntityResolver(doc, load_actor_dictionary(), None, {}, set())
    assert resolver.sent_of == [0, 0, 0, 1, 1, 1, 1, 2, 2]
