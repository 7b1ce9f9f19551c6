"""``Tom Reed, the former House Speaker, said`` (ents29): a body's span that opens a person's office of roles.tsv
(``House`` of ``house speaker``) is no body: the office is read whole, here as the apposition to the name.
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start;
heads absolute)."""

from __future__ import annotations


def test_the_office_in_apposition_is_the_named_persons_and_names_no_body(stage_entities) -> None:
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 8, "nsubj", "I-PERSON", False),
            (",", ",", "PUNCT", 1, "punct", "O", False), ("the", "DT", "DET", 6, "det", "O", False),
            ("former", "JJ", "ADJ", 6, "amod", "O", False), ("House", "NNP", "PROPN", 6, "compound", "B-ORG", False),
            ("Speaker", "NNP", "PROPN", 1, "appos", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
            ("said", "VBD", "VERB", 8, "ROOT", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False)]
    found = stage_entities(rows)
    assert "House" not in found, found
    assert "the former House Speaker" in [m.text for m in found["Tom Reed"].mentions], found


def test_a_body_named_alone_stays(stage_entities) -> None:
    # "The House passed the bill ."
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("House", "NNP", "PROPN", 2, "nsubj", "B-ORG", False),
            ("passed", "VBD", "VERB", 2, "ROOT", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
            ("bill", "NN", "NOUN", 2, "dobj", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert "House" in found, found
