"""A possessive mark between an owner's capitalised words and a person's full name after it (``the <Outlet>’s
<Given> <Surname>``) is two names, the owner and the person, whether the model tagged both as one span or
the owner alone; a span with no full name after its mark is left as it was. Hand-built Docs of sentences
written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# Speakers included the Harbor Ledger ’s Nadia Brennan .  (the model's one span over owner, mark and person)
ONE_SPAN = [("Speakers", "NNS", "NOUN", 1, "nsubj", "O"), ("included", "VBD", "VERB", 1, "ROOT", "O"),
            ("the", "DT", "DET", 4, "det", "B-WORK_OF_ART"), ("Harbor", "NNP", "PROPN", 4, "compound", "I-WORK_OF_ART"),
            ("Ledger", "NNP", "PROPN", 7, "poss", "I-WORK_OF_ART"), ("’s", "POS", "PART", 4, "case", "I-WORK_OF_ART"),
            ("Nadia", "NNP", "PROPN", 7, "compound", "I-WORK_OF_ART"),
            ("Brennan", "NNP", "PROPN", 1, "dobj", "I-WORK_OF_ART"), (".", ".", "PUNCT", 1, "punct", "O")]
SPACES = [True, True, True, True, False, True, True, False, False]


def _untagged_person(owner_label: str) -> list[tuple]:
    """Speakers included Harbor Ledger 's Nadia Brennan .  (the owner tagged, the person not)"""
    return [("Speakers", "NNS", "NOUN", 1, "nsubj", "O"), ("included", "VBD", "VERB", 1, "ROOT", "O"),
            ("Harbor", "NNP", "PROPN", 3, "compound", f"B-{owner_label}"),
            ("Ledger", "NNP", "PROPN", 6, "poss", f"I-{owner_label}"), ("'s", "POS", "PART", 3, "case", "O"),
            ("Nadia", "NNP", "PROPN", 6, "compound", "O"), ("Brennan", "NNP", "PROPN", 1, "dobj", "O"),
            (".", ".", "PUNCT", 1, "punct", "O")]


def test_an_owner_and_a_full_name_tagged_as_one_span_are_two_names(stage_entities):
    found = stage_entities(_doc(ONE_SPAN), SPACES)
    assert found.get("Nadia Brennan") is not None and found["Nadia Brennan"].type == "PERSON", found
    assert found.get("Harbor Ledger") is not None and found["Harbor Ledger"].type == "ORG", found
    assert not any("’s" in name for name in found), found


def test_a_person_left_untagged_after_a_bodys_possessive_is_a_person(stage_entities):
    found = stage_entities(_doc(_untagged_person("ORG")))
    assert found.get("Nadia Brennan") is not None and found["Nadia Brennan"].type == "PERSON", found


def test_no_given_name_after_the_mark_keeps_the_span(stage_entities):
    # negative: "the Harbor Ledger’s Weekend Magazine" -- a thing the outlet owns, no person
    rows = [(w, t, p, h, d, e) for w, t, p, h, d, e in ONE_SPAN]
    rows[6], rows[7] = ("Weekend", *rows[6][1:]), ("Magazine", *rows[7][1:])
    found = stage_entities(_doc(rows), SPACES)
    assert "Weekend Magazine" not in found and "Harbor Ledger" not in found, found
