"""``President Ann Lee spoke. Tom Rade deplored the president's refusal.``: a definite person's role
owning a phrase, when a person named before holds that title, is a description of that person and
a mention of her (hand-built Docs, sentences of our own). With nobody holding the title
(``Tom Rade deplored the activist's arrest``) it stays no one's: the event stage reads it.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _deplored(role: str, owned: str, offset: int) -> list[Row]:
    o = offset
    return [
        ("Tom", "NNP", "PROPN", o + 1, "compound", "B-PERSON", True), ("Rade", "NNP", "PROPN", o + 2, "nsubj", "I-PERSON", False),
        ("deplored", "VBD", "VERB", o + 2, "ROOT", "O", False), ("the", "DT", "DET", o + 4, "det", "O", False),
        (role, "NN", "NOUN", o + 6, "poss", "O", False), ("'s", "POS", "PART", o + 4, "case", "O", False),
        (owned, "NN", "NOUN", o + 2, "dobj", "O", False), (".", ".", "PUNCT", o + 2, "punct", "O", False),
    ]


LEE: list[Row] = [
    ("President", "NNP", "PROPN", 2, "compound", "O", True), ("Ann", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
    ("Lee", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 3, "ROOT", "O", False),
    (".", ".", "PUNCT", 3, "punct", "O", False),
]


def test_a_title_s_possessive_is_the_person_who_holds_it(stage_entities) -> None:
    found = stage_entities(LEE + _deplored("president", "refusal", 5))
    assert "the president" in [m.text for m in found["Ann Lee"].mentions]


def test_a_role_s_possessive_nobody_holds_is_no_one_s(stage_entities) -> None:
    found = stage_entities(_deplored("activist", "arrest", 0))
    assert not any("the activist" in [m.text for m in e.mentions] for e in found.values())
