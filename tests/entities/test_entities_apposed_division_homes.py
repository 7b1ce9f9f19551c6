"""A person's name in apposition with a state office's (or a peer's) noun that a state's or a country's name modifies
is of that country; a private person's is not (branch short39, issue 15; hand-built Docs, sentences of our own)."""

from __future__ import annotations

import pytest

from entity_lookup import name_row

Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    return lambda rows: resolve_doc_rows(rows)[1]


def _rows(place: list[Row], noun: str) -> list[Row]:
    """"Dale Prewitt , his <place> <noun> , left ." with the place's words at 4.. (compounds of the noun)."""
    n = 4 + len(place)
    return [name_row("Dale", 1, "compound", "B-PERSON"), name_row("Prewitt", n + 2, "nsubj", "I-PERSON"),
            (",", ",", "PUNCT", 1, "punct", "O", ","), ("his", "PRP$", "PRON", n, "poss", "O", "his"),
            *place, (noun, "NN", "NOUN", 1, "appos", "O", noun), (",", ",", "PUNCT", 1, "punct", "O", ","),
            ("left", "VBD", "VERB", n + 2, "ROOT", "O", "leave"), (".", ".", "PUNCT", n + 2, "punct", "O", ".")]


def _person(entities):
    return next(e for e in entities if e.name == "Dale Prewitt")


def test_a_state_before_a_peers_noun_places_the_person(resolve) -> None:
    entities = resolve(_rows([name_row("Vermont", 5, "compound", "B-GPE")], "colleague"))
    assert _person(entities).country == "USA"


def test_a_state_of_two_words_is_read_whole(resolve) -> None:
    place = [name_row("South", 5, "compound", "B-GPE"), name_row("Dakota", 6, "compound", "I-GPE")]
    entities = resolve(_rows(place, "colleague"))
    assert _person(entities).country == "USA"


def test_a_province_before_an_office_noun_places_the_person(resolve) -> None:
    entities = resolve(_rows([name_row("Manitoba", 5, "compound", "B-GPE")], "commissioner"))
    assert _person(entities).country == "CAN"


def test_no_place_before_the_noun_gives_no_country(resolve) -> None:
    # negative: "Dale Prewitt, his old colleague, left." -- nothing places him
    rows = _rows([("old", "JJ", "ADJ", 5, "amod", "O", "old")], "colleague")
    assert _person(resolve(rows)).country is None


def test_a_place_before_a_private_persons_noun_gives_no_country(resolve) -> None:
    # negative: "Dale Prewitt, his Vermont neighbour, left." -- private people take no country by a place
    assert _person(resolve(_rows([name_row("Vermont", 5, "compound", "B-GPE")], "neighbour"))).country is None


def test_a_place_before_a_thing_gives_no_country(resolve) -> None:
    # negative: "Dale Prewitt, his Vermont farm, ..." -- the noun names no person
    assert _person(resolve(_rows([name_row("Vermont", 5, "compound", "B-GPE")], "farm"))).country is None
