"""A public benefit programme named like a body (``vowed to protect Social Security``; ``programme_name`` of
actor_words.tsv) is no body; the agency that runs it, named in full, still is (ents30). Hand-built Docs of
sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def test_a_benefit_programme_is_no_body(stage_entities) -> None:
    # "Tom Reed vowed to protect Social Security ."
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("vowed", "VBD", "VERB", 2, "ROOT", "O", False), ("to", "TO", "PART", 4, "aux", "O", False),
            ("protect", "VB", "VERB", 2, "xcomp", "O", False), ("Social", "NNP", "PROPN", 6, "compound", "B-ORG", False),
            ("Security", "NNP", "PROPN", 4, "dobj", "I-ORG", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Social Security" not in found, found
    assert "Tom Reed" in found, found


def test_the_agency_named_in_full_is_a_body(stage_entities) -> None:
    # "The Social Security Administration declined to comment ."
    rows = [("The", "DT", "DET", 3, "det", "B-ORG", True), ("Social", "NNP", "PROPN", 3, "compound", "I-ORG", False),
            ("Security", "NNP", "PROPN", 3, "compound", "I-ORG", False),
            ("Administration", "NNP", "PROPN", 4, "nsubj", "I-ORG", False),
            ("declined", "VBD", "VERB", 4, "ROOT", "O", False), ("to", "TO", "PART", 6, "aux", "O", False),
            ("comment", "VB", "VERB", 4, "xcomp", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False)]
    found = stage_entities(rows)
    assert any("Social Security Administration" in name for name in found), found
