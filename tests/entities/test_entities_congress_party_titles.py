"""``House Republican Tom Reed``, ``Senate Democrat Ann Lee`` (ents29): a party's member of a chamber of the US
Congress is a US politician, whatever country the story is about. Hand-built Docs of sentences written for these
tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("chamber", "party"), [("House", "Republican"), ("Senate", "Democrat")])
def test_a_chambers_party_member_is_american(stage_entities, chamber: str, party: str) -> None:
    # "CHAMBER PARTY Tom Reed spoke in Paris ."
    rows = [(chamber, "NNP", "PROPN", 3, "compound", "B-ORG", True), (party, "NNP", "PROPN", 3, "compound", "B-NORP", False),
            ("Tom", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 4, "ROOT", "O", False), ("in", "IN", "ADP", 4, "prep", "O", False),
            ("Paris", "NNP", "PROPN", 5, "pobj", "B-GPE", False), (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = stage_entities(rows)
    assert found["Tom Reed"].country == "USA", found
    assert found["Tom Reed"].title == f"{chamber} {party}", found
