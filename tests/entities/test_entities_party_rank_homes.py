"""A person placed in the ranks of a party the text codes (``<Name>, the voice in the GOP leadership,``) is of
that party's country (branch codes40, issue 15 item 2; hand-built Docs, sentences of our own)."""

from __future__ import annotations

import pytest

Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    # One sentence: the shared resolver over hand-made rows, its entities only.
    return lambda rows: resolve_doc_rows(rows, frozenset({0}))[1]


def _rows(noun: str) -> list[Row]:
    """"Dale Prewitt, the voice in the GOP <noun>, spoke." """
    return [("Dale", "NNP", "PROPN", 1, "compound", "B-PERSON", "Dale"),
            ("Prewitt", "NNP", "PROPN", 10, "nsubj", "I-PERSON", "Prewitt"),
            (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("the", "DT", "DET", 4, "det", "O", "the"),
            ("voice", "NN", "NOUN", 1, "appos", "O", "voice"),
            ("in", "IN", "ADP", 4, "prep", "O", "in"),
            ("the", "DT", "DET", 8, "det", "O", "the"),
            ("GOP", "NNP", "PROPN", 8, "compound", "B-ORG", "GOP"),
            (noun, "NN", "NOUN", 5, "pobj", "O", noun),
            (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("spoke", "VBD", "VERB", 10, "ROOT", "O", "speak"),
            (".", ".", "PUNCT", 10, "punct", "O", ".")]


def _person(entities):
    return next(e for e in entities if e.name == "Dale Prewitt")


def test_a_place_in_a_partys_leadership_gives_the_partys_country(resolve) -> None:
    entities = resolve(_rows("leadership"))
    assert any(e.country == "USA" and "GOP" in [m.text for m in e.mentions] for e in entities)
    assert _person(entities).country == "USA"


def test_a_place_in_a_partys_building_gives_nothing(resolve) -> None:
    # negative: "the voice in the GOP office" -- no noun of a party's ranks
    assert _person(resolve(_rows("office"))).country is None
