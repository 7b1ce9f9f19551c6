"""``It is rare for a candidate to visit Ohio``: an indefinite subject of a ``for ... to`` clause is
anyone of that kind, nobody in the story, so it introduces no person (hand-built Docs, sentences
of our own). ``A candidate visited Ohio`` does introduce one.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]

RADE: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Rade", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), ("in", "IN", "ADP", 2, "prep", "O", False),
    ("Ohio", "NNP", "PROPN", 3, "pobj", "B-GPE", False), (".", ".", "PUNCT", 2, "punct", "O", False),
]

RARE: list[Row] = [
    ("It", "PRP", "PRON", 7, "nsubj", "O", True), ("is", "VBZ", "AUX", 7, "ROOT", "O", False),
    ("rare", "JJ", "ADJ", 7, "acomp", "O", False), ("for", "IN", "SCONJ", 13, "mark", "O", False),
    ("a", "DT", "DET", 11, "det", "O", False), ("candidate", "NN", "NOUN", 13, "nsubj", "O", False),
    ("to", "TO", "PART", 13, "aux", "O", False), ("visit", "VB", "VERB", 7, "advcl", "O", False),
    ("Ohio", "NNP", "PROPN", 13, "dobj", "B-GPE", False), (".", ".", "PUNCT", 7, "punct", "O", False),
]

VISITED: list[Row] = [
    ("A", "DT", "DET", 7, "det", "O", True), ("candidate", "NN", "NOUN", 8, "nsubj", "O", False),
    ("visited", "VBD", "VERB", 8, "ROOT", "O", False), ("Ohio", "NNP", "PROPN", 8, "dobj", "B-GPE", False),
    (".", ".", "PUNCT", 8, "punct", "O", False),
]


def test_an_indefinite_subject_of_for_to_is_nobody_in_the_story(stage_entities) -> None:
    found = stage_entities(RADE + RARE)
    assert not any("a candidate" in [m.text for m in e.mentions] for e in found.values())


def test_an_indefinite_subject_of_a_finite_verb_introduces_someone(stage_entities) -> None:
    found = stage_entities(RADE + VISITED)
    assert any("A candidate" in [m.text for m in e.mentions] for e in found.values())
