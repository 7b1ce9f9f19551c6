"""A body named after the noun of its kind (ents29): ``the group Rainbow Rising``, ``the band Lanterns`` name a
body however the model tagged the capitalised words; a time, a person's name (``told the group Tom Reed had
lied``) are not read so. Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep,
entity, sentence start; heads absolute)."""

from __future__ import annotations


def _after(noun: str, name: list[tuple]) -> list[tuple]:
    """``Police removed the NOUN NAME .``"""
    rows = [("Police", "NNS", "NOUN", 1, "nsubj", "O", True), ("removed", "VBD", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", 3, "det", "O", False), (noun, "NN", "NOUN", 1, "dobj", "O", False), *name]
    return [*rows, (".", ".", "PUNCT", 1, "punct", "O", False)]


def test_a_group_named_after_its_noun_is_a_body(stage_entities) -> None:
    found = stage_entities(_after("group", [("Rainbow", "NNP", "PROPN", 5, "compound", "B-NORP", False),
                                            ("Rising", "NNP", "PROPN", 3, "appos", "O", False)]))
    assert found["Rainbow Rising"].type == "ORG", found
    assert [m.text for m in found["Rainbow Rising"].mentions] == ["Rainbow Rising"], found
    assert "group" not in found, found


def test_a_band_named_by_one_word_the_model_left_untagged_is_a_body(stage_entities) -> None:
    found = stage_entities(_after("band", [("Lanterns", "NNPS", "PROPN", 3, "appos", "O", False)]))
    assert found["Lanterns"].type == "ORG", found


def test_a_person_named_after_the_noun_stays_a_person(stage_entities) -> None:
    # "He told the group Tom Reed had lied ."
    rows = [("He", "PRP", "PRON", 1, "nsubj", "O", True), ("told", "VBD", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", 3, "det", "O", False), ("group", "NN", "NOUN", 1, "dobj", "O", False),
            ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
            ("had", "VBD", "AUX", 7, "aux", "O", False), ("lied", "VBN", "VERB", 1, "ccomp", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    assert found["Tom Reed"].type == "PERSON", found


def test_a_day_after_the_noun_names_no_body(stage_entities) -> None:
    found = stage_entities(_after("group", [("Sunday", "NNP", "PROPN", 1, "npadvmod", "B-DATE", False)]))
    assert "Sunday" not in found, found
