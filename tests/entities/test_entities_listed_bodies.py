"""The names of one list are of one kind (hand-built Docs, sentences of our own): in ``Shares in
Halvex and Ostrabank rose.`` the model tagged ``Ostrabank`` a body and ``Halvex`` a place (or
a people); the list makes ``Halvex`` a body too, and ``Halvex said.`` later names the same body.
Not a list that also names a person or a place, not names joined by a comma alone (an apposition),
not a known given name.
"""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _rows(before: list[tuple[str, str]], first_ent: str = "B-GPE", joiner: str = "and",
          repeat_ent: str = "O") -> list[Row]:
    """Shares in [<before> ,] Halvex <joiner> Ostrabank rose . Halvex said . -- the list's first name is the
    object of ``in``, each other hangs on the one before as a conjunct (an apposition after a comma alone)"""
    rows: list[Row] = [("Shares", "NNS", "NOUN", 0, "ROOT", "O", True), ("in", "IN", "ADP", 0, "prep", "O", False)]
    for word, ent in before:  # earlier names of the list, each followed by a comma
        rows += [(word, "NNP", "PROPN", 1, "pobj", ent, False), (",", ",", "PUNCT", len(rows), "punct", "O", False)]
    k = len(rows)
    first_dep, first_head = ("conj", 2) if before else ("pobj", 1)
    rows += [
        ("Halvex", "NNP", "PROPN", first_head, first_dep, first_ent, False),
        (joiner, "CC" if joiner != "," else ",", "CCONJ" if joiner != "," else "PUNCT", k, "cc", "O", False),
        ("Ostrabank", "NNP", "PROPN", k, "conj" if joiner != "," else "appos", "B-ORG", False),
        ("rose", "VBD", "VERB", k + 3, "conj", "O", False),
        (".", ".", "PUNCT", k + 3, "punct", "O", False),
        ("Halvex", "NNP", "PROPN", k + 6, "nsubj", repeat_ent, True),
        ("said", "VBD", "VERB", k + 6, "ROOT", "O", False),
        (".", ".", "PUNCT", k + 6, "punct", "O", False),
    ]
    return rows


def _body(found, name):
    entity = found.get(name)
    return entity if entity is not None and entity.type == "ORG" else None


@pytest.mark.parametrize("repeat_ent", ["O", "B-NORP"])
def test_a_name_listed_with_a_body_is_a_body_and_so_is_its_repeat(stage_entities, repeat_ent) -> None:
    # the repeat untagged, or read as a people again
    found = stage_entities(_rows([], repeat_ent=repeat_ent))
    halvex = _body(found, "Halvex")
    assert halvex is not None
    assert len(halvex.mentions) == 2


def test_a_name_read_as_a_people_listed_with_a_body_is_a_body(stage_entities) -> None:
    assert _body(stage_entities(_rows([], first_ent="B-NORP", joiner="or")), "Halvex") is not None


def test_a_list_that_names_a_person_makes_no_body(stage_entities) -> None:
    found = stage_entities(_rows([("Lee", "B-PERSON")], first_ent="B-GPE"))
    assert _body(found, "Halvex") is None


def test_a_list_that_names_a_place_makes_no_body(stage_entities) -> None:
    found = stage_entities(_rows([("Leeds", "B-GPE")], first_ent="B-NORP"))
    assert _body(found, "Halvex") is None


def test_names_joined_by_a_comma_alone_are_no_list(stage_entities) -> None:
    found = stage_entities(_rows([], first_ent="B-GPE", joiner=","))
    assert _body(found, "Halvex") is None
