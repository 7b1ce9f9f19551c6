"""A description after ``as`` right after a person's name says what that one is (or would be)
(hand-built Docs, sentences of our own): in ``Voters are happy with Ann Lee as the party's
nominee.`` the description is a mention of Ann Lee, not of another nominee the text names; after
``by`` (``named by Ann Lee as the new coach``) the ``as`` says what someone else was made.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]

HART: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Hart", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("won", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
]


def _happy() -> list[Row]:
    # Voters are happy with Ann Lee as the party 's nominee .
    return HART + [
        ("Voters", "NNS", "NOUN", 5, "nsubj", "O", True), ("are", "VBP", "AUX", 5, "ROOT", "O", False),
        ("happy", "JJ", "ADJ", 5, "acomp", "O", False), ("with", "IN", "ADP", 6, "prep", "O", False),
        ("Ann", "NNP", "PROPN", 9, "compound", "B-PERSON", False), ("Lee", "NNP", "PROPN", 7, "pobj", "I-PERSON", False),
        ("as", "IN", "ADP", 6, "prep", "O", False), ("the", "DT", "DET", 12, "det", "O", False),
        ("party", "NN", "NOUN", 14, "poss", "O", False), ("'s", "POS", "PART", 12, "case", "O", False),
        ("nominee", "NN", "NOUN", 10, "pobj", "O", False), (".", ".", "PUNCT", 5, "punct", "O", False),
    ]


def _named_by() -> list[Row]:
    # Sam Ford was named by Ann Lee as the new coach .
    return HART + [
        ("Sam", "NNP", "PROPN", 5, "compound", "B-PERSON", True), ("Ford", "NNP", "PROPN", 7, "nsubjpass", "I-PERSON", False),
        ("was", "VBD", "AUX", 7, "auxpass", "O", False), ("named", "VBN", "VERB", 7, "ROOT", "O", False),
        ("by", "IN", "ADP", 7, "agent", "O", False), ("Ann", "NNP", "PROPN", 10, "compound", "B-PERSON", False),
        ("Lee", "NNP", "PROPN", 8, "pobj", "I-PERSON", False), ("as", "IN", "ADP", 7, "prep", "O", False),
        ("the", "DT", "DET", 14, "det", "O", False), ("new", "JJ", "ADJ", 14, "amod", "O", False),
        ("coach", "NN", "NOUN", 11, "pobj", "O", False), (".", ".", "PUNCT", 7, "punct", "O", False),
    ]


def test_the_as_description_is_the_named_object_s(stage_entities) -> None:
    found = stage_entities(_happy())
    assert "the party 's nominee" in [m.text for m in found["Ann Lee"].mentions]


def test_not_after_by(stage_entities) -> None:
    found = stage_entities(_named_by())
    assert not any("coach" in m.text for m in found["Ann Lee"].mentions)
