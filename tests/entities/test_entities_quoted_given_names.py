"""A given name alone inside a quotation (hand-built Docs, sentences of our own): in ``Tom Reed
said, "You left Olivia out in the rain."`` the untagged ``Olivia`` (the tagger may even read it as
an adverb) is a person. Not outside quotation marks, and not a given name that is an English word
too (``Rose``).
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _rows(name: str, quoted: bool) -> tuple[list[Row], list[str]]:
    open_mark, close_mark = ('"', '"') if quoted else ("-", "-")
    rows: list[Row] = [
        ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("said", "VBD", "VERB", 2, "ROOT", "O", False), (",", ",", "PUNCT", 2, "punct", "O", False),
        (open_mark, "``" if quoted else "HYPH", "PUNCT", 6, "punct", "O", False),
        ("You", "PRP", "PRON", 6, "nsubj", "O", False), ("left", "VBD", "VERB", 2, "ccomp", "O", False),
        (name, "RB", "ADV", 6, "advmod", "O", False), ("out", "RP", "ADP", 6, "prt", "O", False),
        ("in", "IN", "ADP", 6, "prep", "O", False), ("the", "DT", "DET", 11, "det", "O", False),
        ("rain", "NN", "NOUN", 9, "pobj", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        (close_mark, "''" if quoted else "HYPH", "PUNCT", 2, "punct", "O", False),
    ]
    spaces = [" ", " ", "", " ", "", " ", " ", " ", " ", " ", " ", "", "", ""]
    return rows, spaces


def test_a_given_name_alone_in_a_quotation_is_a_person(stage_entities_verbs) -> None:
    found = stage_entities_verbs(*_rows("Olivia", quoted=True))
    assert "Olivia" in found and found["Olivia"].type == "PERSON"


def test_not_outside_quotations_nor_a_word_of_english(stage_entities_verbs) -> None:
    assert "Olivia" not in stage_entities_verbs(*_rows("Olivia", quoted=False))
    assert "Rose" not in stage_entities_verbs(*_rows("Rose", quoted=True))
