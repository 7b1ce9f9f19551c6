"""A person in a contest (a bid, a race, a run) against an office holder of the table is of the holder's country
(branch short39, issue 15; hand-built Docs, sentences of our own; the holder's name drawn from the table)."""

from __future__ import annotations

import pytest

from entity_lookup import name_row
from newsevents.actors import normalise_name

Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    return lambda rows: resolve_doc_rows(rows, spaces=[True] * len(rows))[1]


@pytest.fixture(scope="module")
def holder(actors):
    return next(h for h in actors.holders if h.country == "USA" and len(h.name.split()) == 2
                and h.name.replace(" ", "").isalpha() and len(actors.holders_by_name[normalise_name(h.name)]) == 1)


def _bid(holder, noun: str) -> list[Row]:
    """"Dale Prewitt lost his <noun> against <Holder> ." """
    given, family = holder.name.split()
    return [name_row("Dale", 1, "compound", "B-PERSON"), name_row("Prewitt", 2, "nsubj", "I-PERSON"),
            ("lost", "VBD", "VERB", 2, "ROOT", "O", "lose"), ("his", "PRP$", "PRON", 4, "poss", "O", "his"),
            (noun, "NN", "NOUN", 2, "dobj", "O", noun), ("against", "IN", "ADP", 4, "prep", "O", "against"),
            name_row(given, 7, "compound", "B-PERSON"), name_row(family, 5, "pobj", "I-PERSON"),
            (".", ".", "PUNCT", 2, "punct", "O", ".")]


def _person(entities, name: str):
    return next(e for e in entities if e.name == name)


def test_a_bid_against_an_office_holder_gives_the_holders_country(resolve, holder) -> None:
    entities = resolve(_bid(holder, "bid"))
    assert _person(entities, holder.name).country == "USA"
    assert _person(entities, "Dale Prewitt").country == "USA"


def test_a_walk_against_an_office_holder_gives_nothing(resolve, holder) -> None:
    # negative: "lost his dog against ..." -- no contest noun, no contest
    assert _person(resolve(_bid(holder, "dog")), "Dale Prewitt").country is None


def test_a_run_against_a_person_the_table_does_not_know_gives_nothing(resolve) -> None:
    # negative: "Dale Prewitt ran against Tom Quarvell ." -- neither is an office holder
    rows = [name_row("Dale", 1, "compound", "B-PERSON"), name_row("Prewitt", 2, "nsubj", "I-PERSON"),
            ("ran", "VBD", "VERB", 2, "ROOT", "O", "run"), ("against", "IN", "ADP", 2, "prep", "O", "against"),
            name_row("Tom", 5, "compound", "B-PERSON"), name_row("Quarvell", 3, "pobj", "I-PERSON"),
            (".", ".", "PUNCT", 2, "punct", "O", ".")]
    assert _person(resolve(rows), "Dale Prewitt").country is None
