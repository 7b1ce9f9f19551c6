"""A person the subject of ``be`` (or of ``serve as``) with a state office's noun that a place names is of that
place's country (branch short39, issue 15; hand-built Docs, sentences of our own)."""

from __future__ import annotations

import pytest

from entity_lookup import name_row

Row = tuple[str, str, str, int, str, str, str]


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    return lambda rows: next(e for e in resolve_doc_rows(rows, spaces=[True] * len(rows))[1] if e.name == "Dale Prewitt")


def _is(noun: str, negated: bool = False) -> list[Row]:
    """"Dale Prewitt is [not] the first <noun> of Vermont ." """
    neg = [("not", "RB", "PART", 2, "neg", "O", "not")] if negated else []
    k = len(neg)
    return [name_row("Dale", 1, "compound", "B-PERSON"), name_row("Prewitt", 2, "nsubj", "I-PERSON"),
            ("is", "VBZ", "AUX", 2, "ROOT", "O", "be"), *neg, ("the", "DT", "DET", 5 + k, "det", "O", "the"),
            ("first", "JJ", "ADJ", 5 + k, "amod", "O", "first"), (noun, "NN", "NOUN", 2, "attr", "O", noun),
            ("of", "IN", "ADP", 5 + k, "prep", "O", "of"), name_row("Vermont", 6 + k, "pobj", "B-GPE"),
            (".", ".", "PUNCT", 2, "punct", "O", ".")]


def test_the_governor_of_a_state_is_of_its_country(resolve) -> None:
    assert resolve(_is("commissioner")).country == "USA"


def test_not_the_governor_of_a_state_gives_nothing(resolve) -> None:
    # negative: a negated clause
    assert resolve(_is("commissioner", negated=True)).country is None


def test_a_private_persons_noun_gives_nothing(resolve) -> None:
    # negative: "the first farmer of Vermont": no state's office
    assert resolve(_is("farmer")).country is None


def test_serving_as_an_office_of_a_province(resolve) -> None:
    rows = [name_row("Dale", 1, "compound", "B-PERSON"), name_row("Prewitt", 2, "nsubj", "I-PERSON"),
            ("went", "VBD", "VERB", 2, "ROOT", "O", "go"), ("on", "RP", "ADP", 2, "prt", "O", "on"),
            ("to", "TO", "PART", 5, "aux", "O", "to"), ("serve", "VB", "VERB", 2, "xcomp", "O", "serve"),
            ("as", "IN", "ADP", 5, "prep", "O", "as"), ("commissioner", "NN", "NOUN", 6, "pobj", "O", "commissioner"),
            ("of", "IN", "ADP", 7, "prep", "O", "of"), name_row("Manitoba", 8, "pobj", "B-GPE"),
            (".", ".", "PUNCT", 2, "punct", "O", ".")]
    assert resolve(rows).country == "CAN"
