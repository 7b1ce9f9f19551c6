"""``One of the court's most conservative justices, Harold Vance, died in February.`` (persons31): a name in
apposition to a plural state office after ``one of`` holds that office, so it takes the story's country as a
titled office holder does; ``one of the former senators`` holds no office now and takes none. Hand-built Docs
of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads
absolute)."""

from __future__ import annotations

LEAD = [("Judges", "NNS", "NOUN", 1, "nsubj", "O", True), ("met", "VBD", "VERB", 1, "ROOT", "O", False),
        ("in", "IN", "ADP", 1, "prep", "O", False), ("Washington", "NNP", "PROPN", 2, "pobj", "B-GPE", False),
        (".", ".", "PUNCT", 1, "punct", "O", False)]


def one_of(modifier: str, noun: str) -> list[tuple]:
    """``One of the <modifier> <noun>, Harold Vance, died.`` after LEAD (5 tokens)."""
    return [("One", "CD", "NUM", 16, "nsubj", "B-CARDINAL", True), ("of", "IN", "ADP", 5, "prep", "O", False),
            ("the", "DT", "DET", 8, "det", "O", False), ("court", "NN", "NOUN", 11, "poss", "O", False),
            ("'s", "POS", "PART", 8, "case", "O", False), (modifier, "JJ", "ADJ", 11, "amod", "O", False),
            (noun, "NNS", "NOUN", 6, "pobj", "O", False), (",", ",", "PUNCT", 11, "punct", "O", False),
            ("Harold", "NNP", "PROPN", 14, "compound", "B-PERSON", False),
            ("Vance", "NNP", "PROPN", 11, "appos", "I-PERSON", False), (",", ",", "PUNCT", 11, "punct", "O", False),
            ("died", "VBD", "VERB", 16, "ROOT", "O", False), (".", ".", "PUNCT", 16, "punct", "O", False)]


def test_one_of_the_courts_justices_takes_the_storys_country(stage_entities) -> None:
    found = stage_entities(LEAD + one_of("conservative", "justices"))
    assert found["Harold Vance"].country == "USA", found["Harold Vance"]


def test_one_of_the_former_justices_takes_none(stage_entities) -> None:
    found = stage_entities(LEAD + one_of("former", "justices"))
    assert found["Harold Vance"].country is None, found["Harold Vance"]
