"""Branch bodies32 (issue 15): a body's name already headed by a body's noun before another bare body noun
(``left Harlow Foundation business``, the foundation's affairs) makes no second body named by the whole
compound, though no sector is known for the first (bodies31 read only a sector that differs). Hand-built Docs
of sentences written for these tests; none is taken from a corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

GAVE = [("The", "DT", "DET", 2, "det", "O"), ("Harlow", "NNP", "PROPN", 2, "compound", "B-ORG"),
        ("Foundation", "NNP", "PROPN", 3, "nsubj", "I-ORG"), ("gave", "VBD", "VERB", 3, "ROOT", "O"),
        ("money", "NN", "NOUN", 3, "dobj", "O"), (".", ".", "PUNCT", 3, "punct", "O")]


def _left(noun: str) -> list[tuple]:
    """``She left Harlow Foundation <noun> .``"""
    return [("She", "PRP", "PRON", 1, "nsubj", "O"), ("left", "VBD", "VERB", 1, "ROOT", "O"),
            ("Harlow", "NNP", "PROPN", 3, "compound", "B-ORG"), ("Foundation", "NNP", "PROPN", 4, "compound", "I-ORG"),
            (noun, "NN", "NOUN", 1, "dobj", "O"), (".", ".", "PUNCT", 1, "punct", "O")]


def test_a_foundations_name_before_business_makes_no_second_body(stage_entities):
    found = stage_entities(_doc(GAVE, _left("business")))
    assert [name for name in found if name.startswith("Harlow")] == ["Harlow Foundation"], found
