"""A firm named by partners' surnames joined by an ampersand before a legal form (``Harlan & Pierce LLP``,
``Baker & Lowe, P.C.``) is one body's name, however the model cut it at the ampersand (ents30). Hand-built
Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads
absolute)."""

from __future__ import annotations


def test_a_firm_cut_at_its_ampersand_is_one_body(stage_entities) -> None:
    # "She was a partner at Harlan & Pierce LLP ." with "Harlan" tagged a person, "Pierce LLP" a body
    rows = [("She", "PRP", "PRON", 1, "nsubj", "O", True), ("was", "VBD", "AUX", 1, "ROOT", "O", False),
            ("a", "DT", "DET", 3, "det", "O", False), ("partner", "NN", "NOUN", 1, "attr", "O", False),
            ("at", "IN", "ADP", 3, "prep", "O", False), ("Harlan", "NNP", "PROPN", 8, "nmod", "B-PERSON", False),
            ("&", "CC", "CCONJ", 5, "cc", "O", False), ("Pierce", "NNP", "PROPN", 5, "conj", "B-ORG", False),
            ("LLP", "NNP", "PROPN", 4, "pobj", "I-ORG", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Harlan & Pierce LLP" in found and found["Harlan & Pierce LLP"].type == "ORG", found
    assert not [e for e in found.values() if e.type == "PERSON" and e.name != "She"], found


def test_a_legal_form_after_a_comma_closes_the_firms_name(stage_entities) -> None:
    # "The suit was filed by Baker & Lowe , P.C. ."
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("suit", "NN", "NOUN", 3, "nsubjpass", "O", False),
            ("was", "VBD", "AUX", 3, "auxpass", "O", False), ("filed", "VBN", "VERB", 3, "ROOT", "O", False),
            ("by", "IN", "ADP", 3, "agent", "O", False), ("Baker", "NNP", "PROPN", 4, "pobj", "B-ORG", False),
            ("&", "CC", "CCONJ", 5, "cc", "I-ORG", False), ("Lowe", "NNP", "PROPN", 5, "conj", "I-ORG", False),
            (",", ",", "PUNCT", 5, "punct", "O", False), ("P.C.", "NNP", "PROPN", 5, "appos", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False)]
    found = stage_entities(rows, spaces=[True] * 7 + [False, True, False, False])
    assert "Baker & Lowe, P.C." in found, found


def test_a_firm_the_model_tagged_whole_with_initials_stays_whole(stage_entities) -> None:
    # "The insurer J. K. Barlow & Sons , Inc. paid ." tagged whole by the model
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("insurer", "NN", "NOUN", 9, "nsubj", "O", False),
            ("J.", "NNP", "PROPN", 4, "compound", "B-ORG", False), ("K.", "NNP", "PROPN", 4, "compound", "I-ORG", False),
            ("Barlow", "NNP", "PROPN", 1, "appos", "I-ORG", False), ("&", "CC", "CCONJ", 4, "cc", "I-ORG", False),
            ("Sons", "NNPS", "PROPN", 4, "conj", "I-ORG", False), (",", ",", "PUNCT", 4, "punct", "I-ORG", False),
            ("Inc.", "NNP", "PROPN", 4, "appos", "I-ORG", False), ("paid", "VBD", "VERB", 9, "ROOT", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False)]
    found = stage_entities(rows, spaces=[True] * 6 + [False] + [True] * 2 + [False, False])
    assert "J. K. Barlow & Sons, Inc." in found, found


def test_initials_before_the_ampersand_open_the_firms_name(stage_entities) -> None:
    # "Donors included Tom Reed ’s C. V. Barlow & Company , Inc. ." with the model's person span run over it
    rows = [("Donors", "NNS", "NOUN", 1, "nsubj", "O", True), ("included", "VBD", "VERB", 1, "ROOT", "O", False),
            ("Tom", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Reed", "NNP", "PROPN", 7, "poss", "I-PERSON", False),
            ("’s", "POS", "PART", 3, "case", "I-PERSON", False), ("C.", "NNP", "PROPN", 7, "compound", "I-PERSON", False),
            ("V.", "NNP", "PROPN", 7, "compound", "I-PERSON", False), ("Barlow", "NNP", "PROPN", 1, "dobj", "I-PERSON", False),
            ("&", "CC", "CCONJ", 7, "cc", "I-PERSON", False), ("Company", "NNP", "PROPN", 7, "conj", "I-PERSON", False),
            (",", ",", "PUNCT", 9, "punct", "O", False), ("Inc.", "NNP", "PROPN", 9, "conj", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows, spaces=[True, True, True, False, True, True, True, True, True, False, True, False, False])
    assert "C. V. Barlow & Company, Inc." in found, found
