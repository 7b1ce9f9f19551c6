"""A title-case headline's verb run into a name (hand-built Docs, sentences of our own): in
``Lee Calls On Voters To Stay Home`` the model tags ``Lee Calls`` as one person; a last word that
no other person's span of the article holds, after a name the article gives elsewhere, when the
article never writes the two together again, is no part of the name. A word another person's
name holds (``Lee Hart``, with a Tom Hart in the story) stays.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _story(second: str, others: list[Row]) -> tuple[list[Row], list[str]]:
    rows: list[Row] = [
        ("Lee", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), (second, "VBZ", "VERB", 1, "ROOT", "I-PERSON", False),
        ("On", "IN", "ADP", 1, "prep", "O", False), ("Voters", "NNPS", "PROPN", 2, "pobj", "O", False),
        ("To", "TO", "PART", 5, "aux", "O", False), ("Stay", "VB", "VERB", 1, "advcl", "O", False),
        ("Home", "NN", "NOUN", 5, "dobj", "O", False), ("\n", "_SP", "SPACE", 6, "dep", "O", False),
        ("Ann", "NNP", "PROPN", 9, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 10, "nsubj", "I-PERSON", False),
        ("spoke", "VBD", "VERB", 10, "ROOT", "O", False), ("on", "IN", "ADP", 10, "prep", "O", False),
        ("Monday", "NNP", "PROPN", 11, "pobj", "B-DATE", False), (".", ".", "PUNCT", 10, "punct", "O", False),
    ]
    n = len(rows)
    rows += [(w, t, p, h + n, d, e, s) for w, t, p, h, d, e, s in others]
    spaces = [" "] * len(rows)
    spaces[6] = spaces[7] = ""
    return rows, spaces


HART: list[Row] = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Hart", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("agreed", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
]


def test_a_headline_verb_run_into_a_name_is_no_part_of_it(stage_entities) -> None:
    rows, spaces = _story("Calls", [])
    found = stage_entities(rows, spaces)
    assert "Lee Calls" not in found
    assert [m.text for m in found["Ann Lee"].mentions] == ["Lee", "Ann Lee"]


def test_a_word_another_person_s_name_holds_stays(stage_entities) -> None:
    rows, spaces = _story("Hart", HART)
    found = stage_entities(rows, spaces)
    assert "Lee Hart" in found
