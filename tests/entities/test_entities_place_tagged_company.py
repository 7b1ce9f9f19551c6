"""A span the model tagged a place whose last word is a company's word (``company_word`` of
actor_words.tsv: ``Corp``, ``Inc``, ``Ltd``) is a body's name, not a place. Hand-built Docs of a
sentence of our own."""

from __future__ import annotations

import pytest

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


@pytest.fixture(scope="module")
def resolve(resolve_row_entities):
    """resolve(rows) -> {entity name: its type}."""
    return lambda rows: {name: e.type for name, e in resolve_row_entities(rows).items()}


def _hired(last: str, label: str = "GPE") -> list[Row]:
    """"Ann Lee runs Darrow Falls <last> ." with "Darrow Falls <last>" tagged ``label``."""
    return [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
            ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("runs", "VBZ", "VERB", 2, "ROOT", "O", False),
            ("Darrow", "NNP", "PROPN", 5, "compound", f"B-{label}", False),
            ("Falls", "NNP", "PROPN", 5, "compound", f"I-{label}", False),
            (last, "NNP", "PROPN", 2, "dobj", f"I-{label}", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]


@pytest.mark.parametrize("last", ["Corp", "Inc", "Ltd"])
def test_a_place_tagged_name_ending_in_a_company_word_is_a_body(resolve, last):
    found = resolve(_hired(last))
    assert found.get(f"Darrow Falls {last}") == "ORG"


def test_a_place_name_ending_in_another_word_stays_a_place(resolve):
    found = resolve(_hired("County"))
    assert found.get("Darrow Falls County") != "ORG"
