"""A relative sharing a named person's family name, then called by her given name alone (ents30):
``Olivia Reed's talk moved the hall. "Olivia did well," Reed said.``: the given name (untagged, or tagged
a place of one word the gazetteer holds as no country, region or large city) is her mention, and the full
name is her own person, never the senator's; a state's name (``Virginia``) stays a place. Hand-built Docs of
sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def _rows(given: str, ent: str) -> list[tuple]:
    return [("Senator", "NNP", "PROPN", 2, "compound", "O", True),
            ("Dana", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Reed", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 3, "ROOT", "O", False), ("on", "IN", "ADP", 3, "prep", "O", False),
            ("Friday", "NNP", "PROPN", 4, "pobj", "B-DATE", False), (".", ".", "PUNCT", 3, "punct", "O", False),
            (given, "NNP", "PROPN", 8, "compound", "B-ORG", True),
            ("Reed", "NNP", "PROPN", 10, "poss", "I-ORG", False), ("'s", "POS", "PART", 8, "case", "I-ORG", False),
            ("talk", "NN", "NOUN", 11, "nsubj", "O", False), ("moved", "VBD", "VERB", 11, "ROOT", "O", False),
            ("the", "DT", "DET", 13, "det", "O", False), ("hall", "NN", "NOUN", 11, "dobj", "O", False),
            (".", ".", "PUNCT", 11, "punct", "O", False), ('"', "``", "PUNCT", 22, "punct", "O", True),
            (given, "NNP", "PROPN", 17, "nsubj", ent, False),
            ("did", "VBD", "VERB", 22, "ccomp", "O", False), ("well", "RB", "ADV", 17, "advmod", "O", False),
            (",", ",", "PUNCT", 22, "punct", "O", False), ('"', "''", "PUNCT", 22, "punct", "O", False),
            ("Reed", "NNP", "PROPN", 22, "nsubj", "B-PERSON", False),
            ("said", "VBD", "VERB", 22, "ROOT", "O", False), (".", ".", "PUNCT", 22, "punct", "O", False)]


def test_a_relatives_given_name_tagged_a_place_is_hers(stage_entities) -> None:
    found = stage_entities(_rows("Olivia", "B-GPE"))
    assert "Olivia Reed" in found and found["Olivia Reed"].type == "PERSON", found
    assert [m.text for m in found["Olivia Reed"].mentions].count("Olivia") == 1, found
    assert "Olivia" not in [m.text for m in found["Dana Reed"].mentions], found


def test_a_relatives_given_name_left_untagged_is_hers(stage_entities) -> None:
    found = stage_entities(_rows("Laura", "O"))
    assert "Laura" in [m.text for m in found["Laura Reed"].mentions], found


def test_a_states_name_stays_a_place(stage_entities) -> None:
    found = stage_entities(_rows("Virginia", "B-GPE"))
    assert not any(m.text == "Virginia" for e in found.values() if e.type == "PERSON" for m in e.mentions), found
