"""In a list of people each followed by ``of`` and a body (``<Name> of <Firm>, <Name> of <Firm>, ...``), a
listed person's ``of`` followed by capitalised words the model left untagged is a body too; with fewer than
two tagged pairs in the sentence the words stay untagged. Hand-built Docs of sentences written for these
tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _rows(second_tagged: bool) -> list[tuple]:
    # Donors : Ann Lee of Harlow Partners , Tom Reed of Quellhurst , Dan Park of Birch Capital .
    org = "B-ORG" if second_tagged else "O"
    org2 = "I-ORG" if second_tagged else "O"
    return [("Donors", "NNS", "NOUN", 0, "ROOT", "O"), (":", ":", "PUNCT", 0, "punct", "O"),
            ("Ann", "NNP", "PROPN", 3, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 0, "appos", "I-PERSON"),
            ("of", "IN", "ADP", 3, "prep", "O"), ("Harlow", "NNP", "PROPN", 6, "compound", "B-ORG"),
            ("Partners", "NNPS", "PROPN", 4, "pobj", "I-ORG"), (",", ",", "PUNCT", 3, "punct", "O"),
            ("Tom", "NNP", "PROPN", 9, "compound", "B-PERSON"), ("Reed", "NNP", "PROPN", 3, "conj", "I-PERSON"),
            ("of", "IN", "ADP", 9, "prep", "O"), ("Quellhurst", "NNP", "PROPN", 10, "pobj", "O"),
            (",", ",", "PUNCT", 9, "punct", "O"), ("Dan", "NNP", "PROPN", 14, "compound", "B-PERSON"),
            ("Park", "NNP", "PROPN", 9, "conj", "I-PERSON"), ("of", "IN", "ADP", 14, "prep", "O"),
            ("Birch", "NNP", "PROPN", 17, "compound", org), ("Capital", "NNP", "PROPN", 15, "pobj", org2),
            (".", ".", "PUNCT", 0, "punct", "O")]


def test_an_untagged_word_after_a_listed_persons_of_is_a_body(stage_entities):
    found = stage_entities(_doc(_rows(True)))
    assert "Quellhurst" in found and found["Quellhurst"].type == "ORG", found


def test_with_one_tagged_pair_the_word_stays_untagged(stage_entities):
    found = stage_entities(_doc(_rows(False)))
    assert "Quellhurst" not in found, found
