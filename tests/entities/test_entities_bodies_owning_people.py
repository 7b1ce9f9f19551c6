"""``The <Outlet>'s <Given> <Surname> wrote ...``: capitalised words after ``The`` that the model left untagged,
whose possessive stands right before a person's name, name a body (a person is never "the <Name>"); without
``The`` the words stay untagged. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _rows(the: bool) -> list[tuple]:
    # [The] Lantern 's Tom Reed wrote a column .
    lead = [("The", "DT", "DET", 1, "det", "O")] if the else []
    n = len(lead)
    return [*lead, ("Lantern", "NNP", "PROPN", 3 + n, "poss", "O"), ("’s", "POS", "PART", n, "case", "O"),
            ("Tom", "NNP", "PROPN", 3 + n, "compound", "B-PERSON"), ("Reed", "NNP", "PROPN", 4 + n, "nsubj", "I-PERSON"),
            ("wrote", "VBD", "VERB", 4 + n, "ROOT", "O"), ("a", "DT", "DET", 6 + n, "det", "O"),
            ("column", "NN", "NOUN", 4 + n, "dobj", "O"), (".", ".", "PUNCT", 4 + n, "punct", "O")]


def test_the_name_owning_a_person_after_the_is_a_body(stage_entities):
    found = stage_entities(_doc(_rows(True)))
    assert "Lantern" in found and found["Lantern"].type == "ORG", found
    assert "Tom Reed" in found, found


def test_without_the_the_words_stay_untagged(stage_entities):
    found = stage_entities(_doc(_rows(False)))
    assert "Lantern" not in found, found
