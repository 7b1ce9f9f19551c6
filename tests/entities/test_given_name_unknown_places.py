"""A given name and a surname the model tagged a place the gazetteer does not know are a person's name, unless
they stand where a place goes or end in a common noun (hand-built Docs, sentences of our own)."""

from __future__ import annotations

import pytest

from entity_lookup import name_row, stop_row


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    return resolve_doc_rows


def _types(entities) -> dict[str, str]:
    return {e.name: e.type for e in entities}


def _sat(label: str, before: list[tuple] | None = None, last: str = "Thistlewood") -> list[tuple]:
    """"[before] Harriet <last> sat quietly ." with the name tagged ``label``."""
    before = before or []
    n = len(before)
    return [*before, name_row("Harriet", n + 1, "compound", f"B-{label}"),
            name_row(last, n + 2, "nsubj", f"I-{label}"),
            ("sat", "VBD", "VERB", n + 2, "ROOT", "O", "sit"), ("quietly", "RB", "ADV", n + 2, "advmod", "O", "quietly"),
            stop_row(n + 2)]


def test_a_given_name_tagged_an_unknown_place_is_a_person(resolve) -> None:
    # "Harriet Thistlewood sat quietly." tagged GPE: no place of that name is known
    _, entities = resolve(_sat("GPE"))
    assert _types(entities).get("Harriet Thistlewood") == "PERSON"


def test_the_same_words_after_a_locative_preposition_stay_a_place(resolve) -> None:
    # negative: "In Harriet Thistlewood sat ..." -- a place goes after "in"
    rows = [("In", "IN", "ADP", 3, "prep", "O", "in"),
            name_row("Harriet", 2, "compound", "B-GPE"), name_row("Thistlewood", 0, "pobj", "I-GPE"),
            ("sat", "VBD", "VERB", 3, "ROOT", "O", "sit"), stop_row(3)]
    _, entities = resolve(rows)
    assert _types(entities).get("Harriet Thistlewood") != "PERSON"


def test_a_thing_whose_last_word_is_a_common_noun_is_no_person(resolve) -> None:
    # negative: "Harriet Mansion sat ..." tagged FAC: a building's name ends in a common noun
    _, entities = resolve(_sat("FAC", last="Mansion"), nouns=frozenset({"mansion"}))
    assert _types(entities).get("Harriet Mansion") != "PERSON"


def test_a_name_without_a_given_name_first_is_left(resolve) -> None:
    # negative: "Brannagh Thistlewood sat ..." -- no given name opens the words
    rows = _sat("GPE")
    rows[0] = name_row("Brannagh", 1, "compound", "B-GPE")
    _, entities = resolve(rows)
    assert _types(entities).get("Brannagh Thistlewood") != "PERSON"


def test_a_name_placed_in_a_town_stays_a_place(resolve) -> None:
    # negative: "Harriet Thistlewood in Leeds closed." -- a venue placed in a town the model tagged a place
    rows = [name_row("Harriet", 1, "compound", "B-GPE"), name_row("Thistlewood", 4, "nsubj", "I-GPE"),
            ("in", "IN", "ADP", 1, "prep", "O", "in"), name_row("Leeds", 2, "pobj", "B-GPE"),
            ("closed", "VBD", "VERB", 4, "ROOT", "O", "close"), stop_row(4)]
    _, entities = resolve(rows)
    assert _types(entities).get("Harriet Thistlewood") != "PERSON"
