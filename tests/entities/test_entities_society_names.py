"""``the Lakeside Valley Humane Society was contacted``: capitalised words after ``the`` ending in a
voluntary body's last word (``society_last_word``) are that body, whatever the model tagged them.
Sentences of our own, hand-built parses."""

from __future__ import annotations


def _rows(words: list[str], ents: list[str], last: str) -> list[tuple]:
    """``She said the <words> <last> was contacted .``"""
    n = len(words)
    head = 3 + n  # the last word's index
    rows = [("She", "PRP", "PRON", 1, "nsubj", "O", True), ("said", "VBD", "VERB", 1, "ROOT", "O", False),
            ("the", "DT", "DET", head, "det", "O", False)]
    for word, ent in zip(words, ents, strict=True):
        rows.append((word, "NNP", "PROPN", head, "compound", ent, False))
    rows += [(last, "NNP" if last[0].isupper() else "NN", "PROPN" if last[0].isupper() else "NOUN", head + 2,
              "nsubjpass", "O", False),
             ("was", "VBD", "AUX", head + 2, "auxpass", "O", False),
             ("contacted", "VBN", "VERB", 1, "ccomp", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    return rows


def test_a_society_the_model_tagged_a_building_in_part_is_a_body(stage_entities) -> None:
    found = stage_entities(_rows(["Lakeside", "Valley", "Humane"], ["B-FAC", "O", "O"], "Society"))
    assert found["Lakeside Valley Humane Society"].type == "ORG"
    assert "Lakeside" not in found


def test_an_untagged_association_is_a_body(stage_entities) -> None:
    found = stage_entities(_rows(["Fenby", "Allotment"], ["O", "O"], "Association"))
    assert found["Fenby Allotment Association"].type == "ORG"


def test_a_society_in_lower_case_names_no_body(stage_entities) -> None:
    found = stage_entities(_rows(["Fenby", "Allotment"], ["O", "O"], "society"))
    assert "Fenby Allotment society" not in found and "Fenby Allotment" not in found
