"""An apposition opened by ``another`` (actor_words.tsv ``apposition_determiner``) says what the
name before its comma is, as one opened by an article does (hand-built Doc, a sentence of our own):
in ``Ann Lee emailed Tom Hart and Sam Ford, another adviser to the mayor, for help.`` the
apposition is a mention of Sam Ford, the second of the two coordinated objects, not of Tom Hart.
"""

from __future__ import annotations

ROWS = [
    ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("emailed", "VBD", "VERB", 2, "ROOT", "O", False), ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
    ("Hart", "NNP", "PROPN", 2, "dobj", "I-PERSON", False), ("and", "CC", "CCONJ", 4, "cc", "O", False),
    ("Sam", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Ford", "NNP", "PROPN", 4, "conj", "I-PERSON", False),
    (",", ",", "PUNCT", 7, "punct", "O", False), ("another", "DT", "DET", 10, "det", "O", False),
    ("adviser", "NN", "NOUN", 7, "appos", "O", False), ("to", "IN", "ADP", 10, "prep", "O", False),
    ("the", "DT", "DET", 13, "det", "O", False), ("mayor", "NN", "NOUN", 11, "pobj", "O", False),
    (",", ",", "PUNCT", 7, "punct", "O", False), ("for", "IN", "ADP", 2, "prep", "O", False),
    ("help", "NN", "NOUN", 15, "pobj", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
]


def test_another_apposition_describes_the_second_object(stage_entities) -> None:
    found = stage_entities(ROWS)
    assert "another adviser" in [m.text for m in found["Sam Ford"].mentions]
    assert "another adviser" not in [m.text for m in found["Tom Hart"].mentions]
