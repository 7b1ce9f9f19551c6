"""Branch bodies32 (issue 15): ``the``, plain lower-case adjectives and a body's kind noun (``the charitable
foundation``) stand for the one body named before whose name the noun heads, as a plain ``the foundation``
does; an adjective that sets a body apart (``the rival foundation``; ``another_body_word``) or says it is
another or new links nothing, nor does the phrase with two bodies so headed. Hand-built Docs of sentences
written for these tests (rows as the parser reads such sentences); none is taken from a corpus or a gold
set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

GAVE = [("The", "DT", "DET", 3, "det", "O"), ("Harlow", "NNP", "PROPN", 3, "compound", "B-ORG"),
        ("Water", "NNP", "PROPN", 3, "compound", "I-ORG"), ("Foundation", "NNP", "PROPN", 4, "nsubj", "I-ORG"),
        ("gave", "VBD", "VERB", 4, "ROOT", "O"), ("money", "NN", "NOUN", 4, "dobj", "O"),
        ("to", "IN", "ADP", 4, "dative", "O"), ("schools", "NNS", "NOUN", 6, "pobj", "O"),
        (".", ".", "PUNCT", 4, "punct", "O")]


def _asked(adjective: str) -> list[tuple]:
    """``Critics asked whether the <adjective> foundation helped donors .``"""
    return [("Critics", "NNS", "NOUN", 1, "nsubj", "O"), ("asked", "VBD", "VERB", 1, "ROOT", "O"),
            ("whether", "IN", "SCONJ", 6, "mark", "O"), ("the", "DT", "DET", 5, "det", "O"),
            (adjective, "JJ", "ADJ", 5, "amod", "O"), ("foundation", "NN", "NOUN", 6, "nsubj", "O"),
            ("helped", "VBD", "VERB", 1, "ccomp", "O"), ("donors", "NNS", "NOUN", 6, "dobj", "O"),
            (".", ".", "PUNCT", 1, "punct", "O")]


def _holders(found: dict, text: str) -> list[str]:
    return [name for name, e in found.items() if any(text in m.text for m in e.mentions)]


def test_the_charitable_foundation_is_the_one_foundation_named_before(stage_entities):
    found = stage_entities(_doc(GAVE, _asked("charitable")))
    assert _holders(found, "charitable foundation") == ["Harlow Water Foundation"], found


def test_the_rival_foundation_is_not_the_foundation_named_before(stage_entities):
    found = stage_entities(_doc(GAVE, _asked("rival")))
    assert not any(m.text.startswith("rival") for m in found["Harlow Water Foundation"].mentions), found


def test_two_foundations_named_before_leave_the_charitable_foundation_unlinked(stage_entities):
    # Harlow Foundation and Brenta Foundation gave money .
    first = [("Harlow", "NNP", "PROPN", 1, "compound", "B-ORG"), ("Foundation", "NNP", "PROPN", 5, "nsubj", "I-ORG"),
             ("and", "CC", "CCONJ", 1, "cc", "O"), ("Brenta", "NNP", "PROPN", 4, "compound", "B-ORG"),
             ("Foundation", "NNP", "PROPN", 1, "conj", "I-ORG"), ("gave", "VBD", "VERB", 5, "ROOT", "O"),
             ("money", "NN", "NOUN", 5, "dobj", "O"), (".", ".", "PUNCT", 5, "punct", "O")]
    found = stage_entities(_doc(first, _asked("charitable")))
    assert not any("charitable" in m.text for name in ("Harlow Foundation", "Brenta Foundation")
                   for m in found[name].mentions), found
