"""The shared Doc queries (newsevents.docquery), on hand-built Docs: no statistical model involved."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

import newsevents.components  # noqa: F401 - registers the Doc extensions
from newsevents.actors import actor_dictionary
from newsevents.docquery import (
    clause_verb,
    doc_text,
    entity_at,
    framing_verb,
    is_headline,
    is_someone,
    paragraph_around,
    paragraph_spans,
    sentence_of,
    sentence_paragraphs,
    tense_verb,
    trimmed_end,
)
from newsevents.record import Entity, Span


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    return spacy.blank("en").vocab  # English lexical attributes (lower_), no model


def said_he_left(vocab: Vocab) -> Doc:
    # "Officials said he left ." -- said is the root, left its complement
    return Doc(vocab, words=["Officials", "said", "he", "left", "."], heads=[1, 1, 3, 1, 1],
               deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"], pos=["NOUN", "VERB", "PRON", "VERB", "PUNCT"],
               tags=["NNS", "VBD", "PRP", "VBD", "."], lemmas=["official", "say", "he", "leave", "."])


def test_clause_verb_is_the_nearest_verb_above(vocab):
    doc = said_he_left(vocab)
    assert clause_verb(doc[2]).text == "left"
    assert clause_verb(doc[0]).text == "said"
    assert clause_verb(doc[1]).text == "said"  # the root is its own clause


def test_framing_verb_takes_an_object_or_a_framing_preposition(vocab):
    # "Rebels launched an attack ."
    doc = Doc(vocab, words=["Rebels", "launched", "an", "attack", "."], heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "punct"], pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert framing_verb(doc[3]).text == "launched"
    # "Workers went on strike ." / "Workers talked about strike ."
    for prep, expected in (("on", "went"), ("about", None)):
        doc = Doc(vocab, words=["Workers", "went", prep, "strike", "."], heads=[1, 1, 1, 2, 1],
                  deps=["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["NOUN", "VERB", "ADP", "NOUN", "PUNCT"])
        found = framing_verb(doc[3])
        assert (found.text if found is not None else None) == expected
    # a subject is not framed: "The attack failed ."
    doc = Doc(vocab, words=["The", "attack", "failed", "."], heads=[1, 2, 2, 2],
              deps=["det", "nsubj", "ROOT", "punct"], pos=["DET", "NOUN", "VERB", "PUNCT"])
    assert framing_verb(doc[1]) is None


def test_tense_verb_is_the_verb_outside_the_time_expression(vocab):
    # "Ministers met on Friday ."
    doc = Doc(vocab, words=["Ministers", "met", "on", "Friday", "."], heads=[1, 1, 1, 2, 1],
              deps=["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert tense_verb(doc[2:4]).text == "met"
    # without a parse there is no verb to ask
    assert tense_verb(Doc(vocab, words=["on", "Friday"])[0:2]) is None


def two_lines(vocab: Vocab) -> Doc:
    # "Leaders meet\n\nThe leaders met ." with the headline as its own sentence
    return Doc(vocab, words=["Leaders", "meet", "\n\n", "The", "leaders", "met", "."],
               spaces=[True, False, False, True, True, False, False],
               sent_starts=[True, False, False, True, False, False, False])


def test_sentences_and_the_headline_line(vocab):
    doc = two_lines(vocab)
    headline, story = list(doc.sents)
    assert sentence_of(doc[4:5]).text == "The leaders met."
    assert is_headline(headline) and not is_headline(story)
    assert trimmed_end(headline) == len("Leaders meet")
    assert doc_text(doc) == "Leaders meet\n\nThe leaders met."


def test_a_paragraph_is_a_line(vocab):
    text = "First line.\n\nSecond one. Still second.\nThird."
    assert list(paragraph_spans(text)) == [(0, 11), (13, 38), (39, 45)]
    assert paragraph_around(text, 26, 30) == (13, 38)
    doc = Doc(vocab, words=["First", "line", ".", "\n\n", "Second", "one", ".", "Still", "second", ".", "\n", "Third",
                            "."],
              spaces=[True, False, False, False, True, False, True, True, False, False, False, False, False],
              sent_starts=[True, False, False, False, True, False, False, True, False, False, False, True, False])
    assert doc.text == text
    assert sentence_paragraphs(text, list(doc.sents)) == [0, 1, 1, 2]


def test_someone_is_a_name_a_pronoun_an_actor_entity_or_a_role(vocab):
    doc = Doc(vocab, words=["Officials", "and", "France", "read", "the", "bill", "with", "her"],
              pos=["NOUN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP", "PRON"],
              lemmas=["official", "and", "France", "read", "the", "bill", "with", "she"],
              ents=["O", "O", "B-GPE", "O", "O", "O", "O", "O"])
    assert [t.text for t in doc if is_someone(t, actor_dictionary())] == ["Officials", "France", "her"]


def test_entity_at_prefers_the_tightest_mention(vocab):
    doc = Doc(vocab, words=["President", "Ann", "Lee", "spoke"])
    text = doc.text
    doc._.entities = [
        Entity(id="e1", name="the presidency", type="ORG", mentions=[Span.of(text, 0, 9)]),
        Entity(id="e2", name="Ann Lee", type="PERSON", mentions=[Span.of(text, 10, 17)]),
    ]
    assert entity_at(doc, 5, 17).id == "e2"  # "dent Ann Lee" overlaps both; Ann Lee fits better
    assert entity_at(doc, 0, 12).id == "e1"  # "President An"
    assert entity_at(doc, 18, 23) is None
