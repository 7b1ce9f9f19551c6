"""A lead that brings someone in by a noun of kin with ``a`` and no possessor (``A widow was robbed in her
home.``) says what the person is, as ``A woman`` does, and the person named in the next sentence (``Jean
Lowe, 80, was asleep.``) is that widow. Not when the lead names someone's relative (``by her son``: the
name after may be the relative's), nor for a definite ``The widow`` (hand-built Docs, sentences of our
own; giveme42).
"""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _rows(article: str = "A", by_son: bool = False) -> list[Row]:
    """<article> widow was robbed (in her home | by her son) . Jean Lowe , 80 , was asleep ."""
    rows: list[Row] = [
        (article, "DT", "DET", 1, "det", "O", True),
        ("widow", "NN", "NOUN", 3, "nsubjpass", "O", False),
        ("was", "VBD", "AUX", 3, "auxpass", "O", False),
        ("robbed", "VBN", "VERB", 3, "ROOT", "O", False),
        ("by" if by_son else "in", "IN", "ADP", 3, "agent" if by_son else "prep", "O", False),
        ("her", "PRP$", "PRON", 6, "poss", "O", False),
        ("son" if by_son else "home", "NN", "NOUN", 4, "pobj", "O", False),
        (".", ".", "PUNCT", 3, "punct", "O", False),
        ("Jean", "NNP", "PROPN", 9, "compound", "B-PERSON", True),
        ("Lowe", "NNP", "PROPN", 13, "nsubj", "I-PERSON", False),
        (",", ",", "PUNCT", 9, "punct", "O", False),
        ("80", "CD", "NUM", 9, "appos", "O", False),
        (",", ",", "PUNCT", 9, "punct", "O", False),
        ("was", "VBD", "AUX", 13, "ROOT", "O", False),
        ("asleep", "JJ", "ADJ", 13, "acomp", "O", False),
        (".", ".", "PUNCT", 13, "punct", "O", False),
    ]
    return rows


def _texts(found, name):
    entity = found.get(name)
    return [m.text for m in entity.mentions] if entity is not None else []


def test_a_kin_noun_of_no_one_in_the_lead_is_the_person_named_next(stage_entities) -> None:
    assert "A widow" in _texts(stage_entities(_rows()), "Jean Lowe")


def test_a_lead_that_names_a_relative_introduces_no_one(stage_entities) -> None:
    assert "A widow" not in _texts(stage_entities(_rows(by_son=True)), "Jean Lowe")


def test_a_definite_kin_noun_is_no_introduction(stage_entities) -> None:
    assert "The widow" not in _texts(stage_entities(_rows(article="The")), "Jean Lowe")
