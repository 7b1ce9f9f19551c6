"""Rules that read a word's case or spelling from the resolver's word list (``self.words``) instead
of the Token: the answers on hand-built Docs of invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from newsevents.actors import load_actor_dictionary
from newsevents.components.entities import EntityResolver


@pytest.fixture(scope="module")
def resolver_of(pipeline):
    actors = load_actor_dictionary()

    def make(words: list[str], spaces: list[bool] | None = None, tags: list[str] | None = None) -> EntityResolver:
        doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, tags=tags, sent_starts=[i == 0 for i in range(len(words))])
        return EntityResolver(doc, actors, None, {}, set())

    return make


def test_a_line_of_capitalised_words_is_title_case(resolver_of):
    words = ["Lantern", "Works", "Opens", "New", "Harbour", "Depot", "\n", "The", "firm", "said", "it", "would", "hire", "staff", "."]
    spaces = [True, True, True, True, True, False, False, True, True, True, True, True, True, False, False]
    resolver = resolver_of(words, spaces)
    assert resolver._title_case_line(Span(resolver.doc, 0, 2)) is True
    assert resolver._title_case_line(Span(resolver.doc, 7, 8)) is False  # four words in five not capitalised


def test_a_slash_between_capitalised_words_splits_a_body(resolver_of):
    words = ["a", "Vale", "College", "/", "Tarn", "Gazette", "poll", "and", "the", "Quay", "trust", "/", "fund"]
    resolver = resolver_of(words)
    doc = resolver.doc
    ents = [Span(doc, 1, 6, label="ORG"), Span(doc, 9, 13, label="ORG")]
    split = resolver._split_slashed_bodies(ents)
    assert [(e.start, e.end) for e in split] == [(1, 3), (4, 6), (9, 13)]  # lower-case words by the second slash


def test_a_core_drops_the_and_a_possessive_mark_in_any_case(resolver_of):
    words = ["THE", "Vale", "Gazette", "'s", "editor", "met", "the", "Quay", "Trust"]
    resolver = resolver_of(words, tags=["DT", "NNP", "NNP", "POS", "NN", "VBD", "DT", "NNP", "NNP"])
    doc = resolver.doc
    assert resolver._core(Span(doc, 0, 4, label="ORG")).text == "Vale Gazette"
    assert resolver._core(Span(doc, 6, 9, label="ORG")).text == "Quay Trust"
