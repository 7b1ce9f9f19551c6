"""A body's name ``<body noun> of <first-order division>`` (``University of <State>``) names the division's body, of
its country; a division that shares its name with a country is the one the story's other places are in, and with
none, a place of learning named after a division more populous than the country is the division's (a state
university); another body keeps the tables' reading (issue 14 item 2, issue 15 item 2; hand-built Docs, sentences
of our own)."""

from __future__ import annotations

import pytest

from entity_lookup import name_row

Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    return lambda rows: resolve_doc_rows(rows)[1]


def _rows(noun: str, place: str, town: str | None = None) -> list[Row]:
    """"The <Noun> of <Place> closed." and, with ``town``, "It stood in <town>." after it."""
    rows = [("The", "DT", "DET", 1, "det", "O", "the"), name_row(noun, 4, "nsubj", "B-ORG"),
            ("of", "IN", "ADP", 1, "prep", "I-ORG", "of"), name_row(place, 2, "pobj", "I-ORG"),
            ("closed", "VBD", "VERB", 4, "ROOT", "O", "close"), (".", ".", "PUNCT", 4, "punct", "O", ".")]
    if town:
        rows += [("It", "PRP", "PRON", 7, "nsubj", "O", "it"), ("stood", "VBD", "VERB", 7, "ROOT", "O", "stand"),
                 ("in", "IN", "ADP", 7, "prep", "O", "in"), name_row(town, 8, "pobj", "B-GPE"),
                 (".", ".", "PUNCT", 7, "punct", "O", ".")]
    return rows


def _body(entities, name: str):
    return next(e for e in entities if e.name == name)


def test_a_university_of_a_state_is_of_the_states_country(resolve) -> None:
    assert _body(resolve(_rows("University", "Vermont")), "University of Vermont").country == "USA"


def test_a_state_university_named_like_a_country_is_the_states(resolve) -> None:
    # "Georgia": a US state more populous than the country of the name; no other place in the story
    assert _body(resolve(_rows("University", "Georgia")), "University of Georgia").country == "USA"


def test_the_storys_places_decide_a_name_of_a_state_and_a_country(resolve) -> None:
    # the story is set in the country's capital: the country's university
    entities = resolve(_rows("University", "Georgia", "Tbilisi"))
    assert _body(entities, "University of Georgia").country == "GEO"


def test_a_government_named_like_a_country_keeps_the_countrys_reading(resolve) -> None:
    # negative: "Luxembourg" is also a Belgian province, less populous than the country; no place of learning
    entities = resolve(_rows("Government", "Luxembourg"))
    assert _body(entities, "Government of Luxembourg").country == "LUX"
