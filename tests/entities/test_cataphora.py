"""A subject or possessive pronoun in a phrase fronted before its sentence's named subject is that
person (cataphora, brief s16-ents16): ``Asked whether he would run, Tom Hale said ...``; not when
someone of that gender was named in the sentence before (``Gary Palmer lost. When he spoke, Dan
Ortiz left.``), nor an object pronoun (``In a letter to him, Tom Hale urged ...``). Hand-built Docs
of sentences written for these tests (rows: word, tag, pos, head within the sentence, dep, entity
tag)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def resolve(stage_entities):
    def run(sentences: list[list[tuple]]) -> dict:
        rows = []
        for sentence in sentences:
            base = len(rows)
            rows += [(word, tag, pos, base + head, dep, ent, k == 0)
                     for k, (word, tag, pos, head, dep, ent) in enumerate(sentence)]
        return stage_entities(rows)

    return run


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def _name(given: str, family: str, at: int, head: int) -> list[tuple]:
    """GIVEN FAMILY with FAMILY at ``at`` (the subject of the word at ``head``)."""
    return [(given, "NNP", "PROPN", at, "compound", "B-PERSON"), (family, "NNP", "PROPN", head, "nsubj", "I-PERSON")]


def test_a_subject_pronoun_in_a_fronted_clause_is_the_named_subject_after_it(resolve) -> None:
    # Asked whether he would run , Tom Hale said no .
    found = resolve([[("Asked", "VBN", "VERB", 8, "advcl", "O"), ("whether", "IN", "SCONJ", 4, "mark", "O"),
                      ("he", "PRP", "PRON", 4, "nsubj", "O"), ("would", "MD", "AUX", 4, "aux", "O"),
                      ("run", "VB", "VERB", 0, "ccomp", "O"), (",", ",", "PUNCT", 8, "punct", "O"),
                      *_name("Tom", "Hale", 7, 8), ("said", "VBD", "VERB", 8, "ROOT", "O"),
                      ("no", "UH", "INTJ", 8, "dobj", "O"), (".", ".", "PUNCT", 8, "punct", "O")]])
    assert texts(found, "Tom Hale") == ["he", "Tom Hale"]


def test_a_pronoun_goes_back_to_one_named_in_the_sentence_before(resolve) -> None:
    # Gary Palmer lost . When he spoke , Dan Ortiz left .
    found = resolve([[*_name("Gary", "Palmer", 1, 2), ("lost", "VBD", "VERB", 2, "ROOT", "O"),
                      (".", ".", "PUNCT", 2, "punct", "O")],
                     [("When", "WRB", "SCONJ", 2, "advmod", "O"), ("he", "PRP", "PRON", 2, "nsubj", "O"),
                      ("spoke", "VBD", "VERB", 6, "advcl", "O"), (",", ",", "PUNCT", 6, "punct", "O"),
                      *_name("Dan", "Ortiz", 5, 6), ("left", "VBD", "VERB", 6, "ROOT", "O"),
                      (".", ".", "PUNCT", 6, "punct", "O")]])
    assert "he" not in texts(found, "Dan Ortiz")


def test_an_object_pronoun_in_a_fronted_phrase_is_not_the_subject(resolve) -> None:
    # In a letter to him , Tom Hale urged the governor .
    found = resolve([[("In", "IN", "ADP", 8, "prep", "O"), ("a", "DT", "DET", 2, "det", "O"),
                      ("letter", "NN", "NOUN", 0, "pobj", "O"), ("to", "IN", "ADP", 2, "prep", "O"),
                      ("him", "PRP", "PRON", 3, "pobj", "O"), (",", ",", "PUNCT", 8, "punct", "O"),
                      *_name("Tom", "Hale", 7, 8), ("urged", "VBD", "VERB", 8, "ROOT", "O"),
                      ("the", "DT", "DET", 10, "det", "O"), ("governor", "NN", "NOUN", 8, "dobj", "O"),
                      (".", ".", "PUNCT", 8, "punct", "O")]])
    assert "him" not in texts(found, "Tom Hale")
