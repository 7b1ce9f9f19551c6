"""A speaker text that is a proper name no entity covers (``<Body> found that "..."``, ``...,
according to <Site>``) becomes an entity of its own, with the name's other places in the text, and
the quote's speaker points at it. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.components.quotes import named_speaker_entities
from newsevents.record import Entity, Quote, Span, Speaker


@pytest.fixture(scope="module")
def actors():
    from newsevents.actors import load_actor_dictionary

    return load_actor_dictionary()


def doc_of(vocab, words, tags):
    doc = Doc(vocab, words=words, tags=tags)
    doc._.entities = [Entity(id="e1", name="Ann Lee", type="PERSON", mentions=[Span(start=0, end=7, text="Ann Lee")])]
    doc._.places = []
    doc._.mention_kinds = {"e1": ["name"]}
    return doc


def quote_of(doc, i, j):
    span = doc[i:j]
    speaker = Speaker(start=span.start_char, end=span.end_char, text=span.text)
    return Quote(id="q1", kind="indirect", content=Span(start=0, end=4, text=doc.text[:4]), speaker=speaker)


# Ann Lee cited a survey . Sales fell , according to ShopWatch . ShopWatch is new .
WORDS = "Ann Lee cited a survey . Sales fell , according to ShopWatch . ShopWatch is new .".split()
TAGS = ["NNP", "NNP", "VBD", "DT", "NN", ".", "NNS", "VBD", ",", "VBG", "IN", "NNS", ".", "NNS", "VBZ", "JJ", "."]


def test_camel_case_speaker_becomes_a_body_with_its_other_mention(pipeline, actors):
    doc = doc_of(pipeline.nlp.vocab, WORDS, TAGS)
    quote = quote_of(doc, 11, 12)
    named_speaker_entities(doc, [quote], actors)
    made = next(e for e in doc._.entities if e.name == "ShopWatch")
    assert made.type == "ORG" and [m.text for m in made.mentions] == ["ShopWatch", "ShopWatch"]
    assert quote.speaker.entity == made.id
    assert doc._.mention_kinds[made.id] == ["name", "name"]


def test_common_noun_speaker_stays_a_speaker_text(pipeline, actors):
    # Sales fell , according to analysts .
    words = "Ann Lee cited a survey . Sales fell , according to analysts .".split()
    tags = ["NNP", "NNP", "VBD", "DT", "NN", ".", "NNS", "VBD", ",", "VBG", "IN", "NNS", "."]
    doc = doc_of(pipeline.nlp.vocab, words, tags)
    quote = quote_of(doc, 11, 12)
    named_speaker_entities(doc, [quote], actors)
    assert [e.name for e in doc._.entities] == ["Ann Lee"] and quote.speaker.entity is None


def test_proper_noun_speaker_a_place_covers_stays_a_speaker_text(pipeline, actors):
    words = "Ann Lee cited a survey . Sales fell , according to Norvale .".split()
    tags = ["NNP", "NNP", "VBD", "DT", "NN", ".", "NNS", "VBD", ",", "VBG", "IN", "NNP", "."]
    doc = doc_of(pipeline.nlp.vocab, words, tags)
    place = doc[11:12]

    class Place:
        mentions = [Span(start=place.start_char, end=place.end_char, text=place.text)]

    doc._.places = [Place()]
    quote = quote_of(doc, 11, 12)
    named_speaker_entities(doc, [quote], actors)
    assert [e.name for e in doc._.entities] == ["Ann Lee"] and quote.speaker.entity is None


def test_short_name_of_one_named_person_joins_that_person(pipeline, actors):
    # Ann Lee cited a survey . Sales fell , according to Lee .
    words = "Ann Lee cited a survey . Sales fell , according to Lee .".split()
    tags = ["NNP", "NNP", "VBD", "DT", "NN", ".", "NNS", "VBD", ",", "VBG", "IN", "NNP", "."]
    doc = doc_of(pipeline.nlp.vocab, words, tags)
    quote = quote_of(doc, 11, 12)
    named_speaker_entities(doc, [quote], actors)
    assert [e.name for e in doc._.entities] == ["Ann Lee"]
    assert [m.text for m in doc._.entities[0].mentions] == ["Ann Lee", "Lee"] and quote.speaker.entity == "e1"


def test_two_words_with_no_common_noun_are_a_person(pipeline, actors):
    # Ann Lee cited a survey . Sales fell , said Tomas Varga .
    words = "Ann Lee cited a survey . Sales fell , said Tomas Varga .".split()
    tags = ["NNP", "NNP", "VBD", "DT", "NN", ".", "NNS", "VBD", ",", "VBD", "NNP", "NNP", "."]
    doc = doc_of(pipeline.nlp.vocab, words, tags)
    quote = quote_of(doc, 10, 12)
    named_speaker_entities(doc, [quote], actors, nouns=frozenset({"survey", "sale", "watch"}))
    assert next(e for e in doc._.entities if e.name == "Tomas Varga").type == "PERSON"


def test_a_common_noun_opening_its_sentence_is_no_name(pipeline, actors):
    # Ann Lee cited a survey . Storm shows sales fell .
    words = "Ann Lee cited a survey . Storm shows sales fell .".split()
    tags = ["NNP", "NNP", "VBD", "DT", "NN", ".", "NNP", "VBZ", "NNS", "VBD", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags,
              sent_starts=[True, False, False, False, False, False, True, False, False, False, False])
    doc._.entities = [Entity(id="e1", name="Ann Lee", type="PERSON", mentions=[Span(start=0, end=7, text="Ann Lee")])]
    doc._.places = []
    doc._.mention_kinds = {"e1": ["name"]}
    quote = quote_of(doc, 6, 7)
    named_speaker_entities(doc, [quote], actors, nouns=frozenset({"storm", "survey", "sale"}))
    assert [e.name for e in doc._.entities] == ["Ann Lee"] and quote.speaker.entity is None
