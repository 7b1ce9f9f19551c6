"""A person's name held before (ents29): ``Tom Reed, formerly Tom Hale,`` and ``Tom Reed - then known as Ted Reed
-`` are one person; a bare family name both end in is theirs. Hand-built Docs of sentences written for these
tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def test_a_name_after_formerly_is_the_same_person(stage_entities) -> None:
    # "Tom Reed , formerly Tom Hale , spoke ."
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
            (",", ",", "PUNCT", 1, "punct", "O", False), ("formerly", "RB", "ADV", 5, "advmod", "O", False),
            ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Hale", "NNP", "PROPN", 1, "appos", "I-PERSON", False),
            (",", ",", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 7, "ROOT", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False)]
    found = stage_entities(rows)
    assert [m.text for m in found["Tom Reed"].mentions] == ["Tom Reed", "Tom Hale"], found
    assert "Tom Hale" not in found, found


def test_a_name_then_known_and_the_shared_family_name_are_one_person(stage_entities) -> None:
    # "Tom Reed - then known as Ted Reed - won . Reed smiled ."
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False),
            ("-", ":", "PUNCT", 1, "punct", "O", False), ("then", "RB", "ADV", 4, "advmod", "O", False),
            ("known", "VBN", "VERB", 1, "acl", "O", False), ("as", "IN", "ADP", 4, "prep", "O", False),
            ("Ted", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 5, "pobj", "I-PERSON", False),
            ("-", ":", "PUNCT", 1, "punct", "O", False), ("won", "VBD", "VERB", 9, "ROOT", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False),
            ("Reed", "NNP", "PROPN", 12, "nsubj", "B-PERSON", True), ("smiled", "VBD", "VERB", 12, "ROOT", "O", False),
            (".", ".", "PUNCT", 12, "punct", "O", False)]
    found = stage_entities(rows)
    assert [e.name for e in found.values() if e.type == "PERSON"] == ["Tom Reed"], found
    assert [m.text for m in found["Tom Reed"].mentions] == ["Tom Reed", "Ted Reed", "Reed"], found


def test_formerly_with_no_mark_before_it_joins_nobody(stage_entities) -> None:
    # "Tom Reed formerly employed Ann Lee ."
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
            ("formerly", "RB", "ADV", 3, "advmod", "O", False), ("employed", "VBD", "VERB", 3, "ROOT", "O", False),
            ("Ann", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Lee", "NNP", "PROPN", 3, "dobj", "I-PERSON", False),
            (".", ".", "PUNCT", 3, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Ann Lee" in found and "Tom Reed" in found, found
