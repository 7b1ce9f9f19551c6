"""``Volunteers thanked Friends of the Dunes, a conservation organization.``: an indefinite apposition right
after a body's name says what the body is and is a mention of it (as one with ``the`` is), whether the
parser hangs it on the name's head or on its last word. Hand-built Docs of sentences written for these
tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def _rows(head: int) -> list[tuple]:
    return [("Volunteers", "NNS", "NOUN", 1, "nsubj", "O", True), ("thanked", "VBD", "VERB", 1, "ROOT", "O", False),
            ("Friends", "NNPS", "PROPN", 1, "dobj", "B-ORG", False), ("of", "IN", "ADP", 2, "prep", "I-ORG", False),
            ("the", "DT", "DET", 5, "det", "I-ORG", False), ("Dunes", "NNPS", "PROPN", 3, "pobj", "I-ORG", False),
            (",", ",", "PUNCT", head, "punct", "O", False), ("a", "DT", "DET", 9, "det", "O", False),
            ("conservation", "NN", "NOUN", 9, "compound", "O", False),
            ("organization", "NN", "NOUN", head, "appos", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]


def test_an_indefinite_apposition_on_the_names_last_word_is_the_bodys_mention(stage_entities) -> None:
    found = stage_entities(_rows(5))
    assert "a conservation organization" in [m.text for m in found["Friends of the Dunes"].mentions], found


def test_an_indefinite_apposition_on_the_names_head_is_the_bodys_mention(stage_entities) -> None:
    found = stage_entities(_rows(2))
    assert "a conservation organization" in [m.text for m in found["Friends of the Dunes"].mentions], found


def test_a_list_after_the_name_is_no_apposition(stage_entities) -> None:
    # "Volunteers thanked Friends of the Dunes, an organization and the council ."
    rows = [("Volunteers", "NNS", "NOUN", 1, "nsubj", "O", True), ("thanked", "VBD", "VERB", 1, "ROOT", "O", False),
            ("Friends", "NNPS", "PROPN", 1, "dobj", "B-ORG", False), ("of", "IN", "ADP", 2, "prep", "I-ORG", False),
            ("the", "DT", "DET", 5, "det", "I-ORG", False), ("Dunes", "NNPS", "PROPN", 3, "pobj", "I-ORG", False),
            (",", ",", "PUNCT", 5, "punct", "O", False), ("an", "DT", "DET", 8, "det", "O", False),
            ("organization", "NN", "NOUN", 5, "appos", "O", False), ("and", "CC", "CCONJ", 8, "cc", "O", False),
            ("the", "DT", "DET", 11, "det", "O", False), ("council", "NN", "NOUN", 8, "conj", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    assert all(m.text != "an organization" for m in found["Friends of the Dunes"].mentions), found


def test_a_body_named_by_a_nationality_and_a_plural_noun_takes_its_apposition(stage_entities) -> None:
    # the stage reads "Sikh Advocates" as a body named like a group
    rows = [("Volunteers", "NNS", "NOUN", 1, "nsubj", "O", True), ("thanked", "VBD", "VERB", 1, "ROOT", "O", False),
            ("Sikh", "NNP", "PROPN", 3, "compound", "B-NORP", False),
            ("Advocates", "NNPS", "PROPN", 1, "dobj", "O", False), (",", ",", "PUNCT", 3, "punct", "O", False),
            ("a", "DT", "DET", 8, "det", "O", False), ("legal", "JJ", "ADJ", 8, "amod", "O", False),
            ("advocacy", "NN", "NOUN", 8, "compound", "O", False),
            ("organization", "NN", "NOUN", 3, "appos", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    body = next(e for e in found.values() if "Advocates" in e.name)
    assert "a legal advocacy organization" in [m.text for m in body.mentions], found


def test_an_indefinite_of_no_kind_of_body_is_no_mention(stage_entities) -> None:
    # "Sales fell at Zentor Films , a sharp contrast to last year ."
    rows = [("Sales", "NNS", "NOUN", 1, "nsubj", "O", True), ("fell", "VBD", "VERB", 1, "ROOT", "O", False),
            ("at", "IN", "ADP", 1, "prep", "O", False), ("Zentor", "NNP", "PROPN", 4, "compound", "B-ORG", False),
            ("Films", "NNPS", "PROPN", 2, "pobj", "I-ORG", False), (",", ",", "PUNCT", 4, "punct", "O", False),
            ("a", "DT", "DET", 8, "det", "O", False), ("sharp", "JJ", "ADJ", 8, "amod", "O", False),
            ("contrast", "NN", "NOUN", 4, "appos", "O", False), ("to", "IN", "ADP", 8, "prep", "O", False),
            ("last", "JJ", "ADJ", 11, "amod", "O", False), ("year", "NN", "NOUN", 9, "pobj", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    assert all("contrast" not in m.text for e in found.values() for m in e.mentions), found
