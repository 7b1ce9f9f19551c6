"""A one-word name after a noun of belonging to a body (``a former board member of Quintara``, ``the
publisher of The Lantern``) or after ``a statement to`` (``In a statement to Zorbex``) is a body's, however
the model tagged it (a place, a nationality) or left it; a person's name there stays a person (ents30).
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start;
heads absolute)."""

from __future__ import annotations


def test_a_statement_to_a_name_tagged_a_nationality_names_a_body(stage_entities) -> None:
    rows = [("In", "IN", "ADP", 8, "prep", "O", True), ("a", "DT", "DET", 2, "det", "O", False),
            ("statement", "NN", "NOUN", 0, "pobj", "O", False), ("to", "IN", "ADP", 2, "prep", "O", False),
            ("Zorbex", "NNP", "PROPN", 3, "pobj", "B-NORP", False), (",", ",", "PUNCT", 8, "punct", "O", False),
            ("the", "DT", "DET", 7, "det", "O", False), ("investor", "NN", "NOUN", 8, "nsubj", "O", False),
            ("denied", "VBD", "VERB", 8, "ROOT", "O", False), ("the", "DT", "DET", 10, "det", "O", False),
            ("claim", "NN", "NOUN", 8, "dobj", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Zorbex" in found and found["Zorbex"].type == "ORG", found


def test_a_board_member_of_a_name_tagged_a_place_and_a_publisher_of_an_untagged_title(stage_entities) -> None:
    # "He is a former board member of Quintara and the publisher of The Lantern ."
    rows = [("He", "PRP", "PRON", 1, "nsubj", "O", True), ("is", "VBZ", "AUX", 1, "ROOT", "O", False),
            ("a", "DT", "DET", 5, "det", "O", False), ("former", "JJ", "ADJ", 5, "amod", "O", False),
            ("board", "NN", "NOUN", 5, "compound", "O", False), ("member", "NN", "NOUN", 1, "attr", "O", False),
            ("of", "IN", "ADP", 5, "prep", "O", False), ("Quintara", "NNP", "PROPN", 6, "pobj", "B-LOC", False),
            ("and", "CC", "CCONJ", 5, "cc", "O", False), ("the", "DT", "DET", 10, "det", "O", False),
            ("publisher", "NN", "NOUN", 5, "conj", "O", False), ("of", "IN", "ADP", 10, "prep", "O", False),
            ("The", "DT", "DET", 13, "det", "O", False), ("Lantern", "NNP", "PROPN", 11, "pobj", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Quintara" in found and found["Quintara"].type == "ORG", found
    assert any("Lantern" in name and e.type == "ORG" for name, e in found.items()), found


def test_a_statement_to_a_person_stays_a_person(stage_entities) -> None:
    rows = [("In", "IN", "ADP", 9, "prep", "O", True), ("a", "DT", "DET", 2, "det", "O", False),
            ("statement", "NN", "NOUN", 0, "pobj", "O", False), ("to", "IN", "ADP", 2, "prep", "O", False),
            ("Tom", "NNP", "PROPN", 5, "compound", "O", False), ("Reed", "NNP", "PROPN", 3, "pobj", "O", False),
            (",", ",", "PUNCT", 9, "punct", "O", False),
            ("the", "DT", "DET", 8, "det", "O", False), ("investor", "NN", "NOUN", 9, "nsubj", "O", False),
            ("resigned", "VBD", "VERB", 9, "ROOT", "O", False), (".", ".", "PUNCT", 9, "punct", "O", False)]
    found = stage_entities(rows)
    assert not [e for e in found.values() if e.type == "ORG"], found
