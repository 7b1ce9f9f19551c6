"""Capitals the model tagged as no name that are the initials of exactly one body named before
them are that body (``The Harbor Merchants Guild met ... With the HMG, she found a home``:
hand-built Docs, sentences of our own). Capitals that fit no body named before (``the KLM``)
are not linked.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]

GUILD: list[Row] = [
    ("The", "DT", "DET", 3, "det", "B-ORG", True), ("Harbor", "NNP", "PROPN", 2, "compound", "I-ORG", False),
    ("Merchants", "NNPS", "PROPN", 3, "compound", "I-ORG", False), ("Guild", "NNP", "PROPN", 4, "nsubj", "I-ORG", False),
    ("met", "VBD", "VERB", 4, "ROOT", "O", False), ("on", "IN", "ADP", 4, "prep", "O", False),
    ("Monday", "NNP", "PROPN", 5, "pobj", "B-DATE", False), (".", ".", "PUNCT", 4, "punct", "O", False),
]


def _with_the(acronym: str) -> list[Row]:
    return [
        ("With", "IN", "ADP", 13, "prep", "O", True), ("the", "DT", "DET", 10, "det", "O", False),
        (acronym, "NN", "NOUN", 8, "pobj", "O", False), (",", ",", "PUNCT", 13, "punct", "O", False),
        ("she", "PRP", "PRON", 13, "nsubj", "O", False), ("found", "VBD", "VERB", 13, "ROOT", "O", False),
        ("a", "DT", "DET", 15, "det", "O", False), ("home", "NN", "NOUN", 13, "dobj", "O", False),
        (".", ".", "PUNCT", 13, "punct", "O", False),
    ]


def _guild(found: dict):
    return next(e for e in found.values() if "Harbor Merchants Guild" in e.name)


def test_untagged_initials_of_a_body_named_before_are_that_body(stage_entities) -> None:
    found = stage_entities(GUILD + _with_the("HMG"))
    assert [m.text for m in _guild(found).mentions] == ["Harbor Merchants Guild", "HMG"]


def test_capitals_that_are_no_body_s_initials_are_not_linked(stage_entities) -> None:
    found = stage_entities(GUILD + _with_the("KLM"))
    assert [m.text for m in _guild(found).mentions] == ["Harbor Merchants Guild"]
