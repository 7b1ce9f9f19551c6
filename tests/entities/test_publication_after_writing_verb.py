"""A publication named after the ``in`` of a verb of writing in print, with what the piece says
after it (``<Name> writes in The <Title> that ...``), is a body (a news outlet), even where the
model tagged the title as a place (an ocean's or a region's name). Hand-built Docs of sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def entities_of(stage_entities):
    """entities_of(rows) -> {entity name: Entity}: ``stage_entities`` over one sentence of rows (word, tag, pos,
    head, dep, ent IOB, lemma)."""
    return lambda rows: stage_entities([(*r[:6], k == 0, r[6]) for k, r in enumerate(rows)])


def rows(verb: str, lemma: str, after: str):
    # Ivo Brandt writes in The Baltic that voters are tired.
    return [
        ('Ivo', 'NNP', 'PROPN', 1, 'compound', 'B-PERSON', 'Ivo'),
        ('Brandt', 'NNP', 'PROPN', 2, 'nsubj', 'I-PERSON', 'Brandt'),
        (verb, 'VBZ', 'VERB', 2, 'ROOT', 'O', lemma),
        ('in', 'IN', 'ADP', 2, 'prep', 'O', 'in'),
        ('The', 'DT', 'DET', 5, 'det', 'O', 'the'),
        ('Baltic', 'NNP', 'PROPN', 3, 'pobj', 'B-LOC', 'Baltic'),
        (after, 'IN', 'SCONJ', 9, 'mark', 'O', after.lower()),
        ('voters', 'NNS', 'NOUN', 9, 'nsubj', 'O', 'voter'),
        ('are', 'VBP', 'AUX', 9, 'cop', 'O', 'be'),
        ('tired', 'JJ', 'ADJ', 2, 'ccomp', 'O', 'tired'),
        ('.', '.', 'PUNCT', 2, 'punct', 'O', '.'),
    ]


def test_title_after_writes_in_is_a_publication(entities_of):
    ents = entities_of(rows("writes", "write", "that"))
    outlet = ents["The Baltic"]
    assert outlet.type == "ORG" and "MED" in outlet.sector
    assert [m.text for m in outlet.mentions] == ["The Baltic"]


def test_place_after_another_verb_stays_a_place(entities_of):
    # Ivo Brandt sails in The Baltic that ... : no verb of writing, no publication
    assert "The Baltic" not in entities_of(rows("sails", "sail", "that"))


def test_place_with_no_clause_of_what_was_written_stays_a_place(entities_of):
    # Ivo Brandt writes in The Baltic since ... : where he writes
    assert "The Baltic" not in entities_of(rows("writes", "write", "since"))
