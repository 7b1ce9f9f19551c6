"""``Justice Ruth Ellery`` (persons31): ``justice`` is a judge's office (roles.tsv, JUD), so it is read as the
title before a name and ``the 83-year-old justice's comments`` (an age description owning a noun inside a
reported clause) is that justice's mention. Hand-built Docs of sentences written for these tests (rows: word,
tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def texts(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


ROWS = [("Justice", "NNP", "PROPN", 2, "compound", "O", True),
        ("Ruth", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
        ("Ellery", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
        ("criticized", "VBD", "VERB", 3, "ROOT", "O", False),
        ("the", "DT", "DET", 5, "det", "O", False), ("plan", "NN", "NOUN", 3, "dobj", "O", False),
        (".", ".", "PUNCT", 3, "punct", "O", False),
        ("Senator", "NNP", "PROPN", 9, "compound", "O", True),
        ("Tom", "NNP", "PROPN", 9, "compound", "B-PERSON", False),
        ("Hallam", "NNP", "PROPN", 10, "nsubj", "I-PERSON", False),
        ("said", "VBD", "VERB", 10, "ROOT", "O", False),
        ("the", "DT", "DET", 17, "det", "O", False),
        ("83", "CD", "NUM", 14, "nummod", "B-DATE", False), ("-", "HYPH", "PUNCT", 14, "punct", "I-DATE", False),
        ("year", "NN", "NOUN", 16, "npadvmod", "I-DATE", False), ("-", "HYPH", "PUNCT", 16, "punct", "I-DATE", False),
        ("old", "JJ", "ADJ", 17, "amod", "I-DATE", False),
        ("justice", "NN", "NOUN", 19, "poss", "O", False), ("'s", "POS", "PART", 17, "case", "O", False),
        ("comments", "NNS", "NOUN", 20, "nsubj", "O", False), ("were", "VBD", "AUX", 10, "ccomp", "O", False),
        ("unfair", "JJ", "ADJ", 20, "acomp", "O", False), (".", ".", "PUNCT", 10, "punct", "O", False)]
SPACES = [True, True, True, True, True, False, True, True, True, True, True, True,
          False, False, False, False, True, False, True, True, True, False, False]


def test_justice_is_the_title_of_the_named_judge(stage_entities) -> None:
    found = stage_entities(ROWS, SPACES)
    assert "Justice" in texts(found, "Ruth Ellery"), found
    assert "JUD" in found["Ruth Ellery"].sector, found["Ruth Ellery"].sector


def test_the_aged_justice_owning_a_noun_is_the_named_justice(stage_entities) -> None:
    found = stage_entities(ROWS, SPACES)
    assert "the 83-year-old justice" in texts(found, "Ruth Ellery"), found


def test_a_titled_surname_and_a_bare_surname_tagged_a_place_are_the_justices(stage_entities) -> None:
    # "Justice Ruth Anne Ellery spoke. He mocked Justice Ellery. Critics objected, though Ellery has spoken
    # before. She laughed.": ``Justice Ellery`` read as a title and the surname (not a second person of two
    # words), so the bare ``Ellery`` the model tagged a place has one owner and ``She`` follows it
    rows = [("Justice", "NNP", "PROPN", 3, "compound", "O", True),
            ("Ruth", "NNP", "PROPN", 3, "compound", "B-PERSON", False),
            ("Anne", "NNP", "PROPN", 3, "compound", "I-PERSON", False),
            ("Ellery", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
            ("He", "PRP", "PRON", 7, "nsubj", "O", True), ("mocked", "VBD", "VERB", 7, "ROOT", "O", False),
            ("Justice", "NNP", "PROPN", 9, "compound", "B-PERSON", False),
            ("Ellery", "NNP", "PROPN", 7, "dobj", "I-PERSON", False), (".", ".", "PUNCT", 7, "punct", "O", False),
            ("Critics", "NNS", "NOUN", 12, "nsubj", "O", True), ("objected", "VBD", "VERB", 12, "ROOT", "O", False),
            (",", ",", "PUNCT", 12, "punct", "O", False), ("though", "IN", "SCONJ", 17, "mark", "O", False),
            ("Ellery", "NNP", "PROPN", 17, "nsubj", "B-GPE", False), ("has", "VBZ", "AUX", 17, "aux", "O", False),
            ("spoken", "VBN", "VERB", 12, "advcl", "O", False), ("before", "RB", "ADV", 17, "advmod", "O", False),
            (".", ".", "PUNCT", 12, "punct", "O", False),
            ("She", "PRP", "PRON", 21, "nsubj", "O", True), ("laughed", "VBD", "VERB", 21, "ROOT", "O", False),
            (".", ".", "PUNCT", 21, "punct", "O", False)]
    found = stage_entities(rows)
    assert "Justice Ellery" not in found, found
    assert texts(found, "Ruth Anne Ellery").count("Ellery") == 2, found
    assert "She" in texts(found, "Ruth Anne Ellery"), found
