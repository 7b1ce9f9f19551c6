"""``<Name>, a former director at <Word>``: a one-word place's span that neither the gazetteer nor the country
table knows, where a person works (the object of ``at`` after an occupation noun), is the employer, a body;
a place the gazetteer knows stays a place there. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _rows(where: str) -> list[tuple]:
    # Ann Lee , a former director at <where> , left .
    return [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 10, "nsubj", "I-PERSON"),
            (",", ",", "PUNCT", 1, "punct", "O"), ("a", "DT", "DET", 5, "det", "O"),
            ("former", "JJ", "ADJ", 5, "amod", "O"), ("director", "NN", "NOUN", 1, "appos", "O"),
            ("at", "IN", "ADP", 5, "prep", "O"), (where, "NNP", "PROPN", 6, "pobj", "B-GPE"),
            (",", ",", "PUNCT", 1, "punct", "O"), ("left", "VBD", "VERB", 10, "ROOT", "O"),
            (".", ".", "PUNCT", 10, "punct", "O")]


def test_an_unknown_place_where_a_person_works_is_a_body(stage_entities):
    found = stage_entities(_doc(_rows("Quillworthy")))
    assert "Quillworthy" in found and found["Quillworthy"].type == "ORG", found


def test_a_known_place_there_stays_a_place(stage_entities):
    found = stage_entities(_doc(_rows("Boston")))
    assert "Boston" not in found or found["Boston"].type != "ORG", found
