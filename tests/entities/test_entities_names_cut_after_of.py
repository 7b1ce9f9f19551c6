"""No name ends in ``of``: a body's span the model cut after ``of`` goes on over the capitalised span the
model tagged apart right after it (``the Office of the Warden of | Harbors``), one body's name. Hand-built
Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def test_a_body_cut_after_of_takes_the_span_after_it(stage_entities) -> None:
    words = [("The", "DT", "DET", 1, "det", "O"), ("memo", "NN", "NOUN", 2, "nsubj", "O"), ("came", "VBD", "VERB", 2, "ROOT", "O"),
             ("from", "IN", "ADP", 2, "prep", "O"), ("the", "DT", "DET", 5, "det", "B-ORG"), ("Office", "NNP", "PROPN", 3, "pobj", "I-ORG"),
             ("of", "IN", "ADP", 5, "prep", "I-ORG"), ("the", "DT", "DET", 8, "det", "I-ORG"), ("Warden", "NNP", "PROPN", 6, "pobj", "I-ORG"),
             ("of", "IN", "ADP", 8, "prep", "I-ORG"), ("Harbors", "NNPS", "PROPN", 9, "pobj", "B-ORG"), ("today", "NN", "NOUN", 2, "npadvmod", "O"),
             (".", ".", "PUNCT", 2, "punct", "O")]
    rows = [(*w, k == 0) for k, w in enumerate(words)]
    found = stage_entities(rows)
    assert "Office of the Warden of Harbors" in found, found
    assert "Harbors" not in found, found
