"""A nationality word the text uses as a person's given name (hand-built Docs, sentences of our
own): one that owns something with no article before it (``Freddy Ortega, German's brother,``)
is a name, not an adjective, so ``German Ortega`` keeps it as his given name and is another man
than Freddy Ortega, and the brother gets no country from it. Without such a possessive the word
before the name says what the person is (``German Ortega agreed`` after ``a German official``).
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]

AGREED: list[Row] = [
    ("German", "JJ", "ADJ", 10, "amod", "B-PERSON", True), ("Ortega", "NNP", "PROPN", 11, "nsubj", "I-PERSON", False),
    ("agreed", "VBD", "VERB", 11, "ROOT", "O", False), (".", ".", "PUNCT", 11, "punct", "O", False),
]

BROTHER: list[Row] = [
    ("Freddy", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Ortega", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("German", "NNP", "PROPN", 5, "poss", "B-ORG", False),
    ("'s", "POS", "PART", 3, "case", "O", False), ("brother", "NN", "NOUN", 1, "appos", "O", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 7, "ROOT", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
]

OFFICIAL: list[Row] = [
    ("Freddy", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Ortega", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 5, "det", "O", False),
    ("German", "JJ", "ADJ", 5, "amod", "B-NORP", False), ("official", "NN", "NOUN", 1, "appos", "O", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 7, "ROOT", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
]


def test_a_nationality_word_owning_something_bare_is_a_given_name(stage_entities) -> None:
    found = stage_entities(BROTHER + AGREED)
    assert "German Ortega" in found and found["German Ortega"].mentions[-1].text == "German Ortega"
    assert found["Freddy Ortega"].country != "DEU"
    assert "German Ortega" not in [m.text for m in found["Freddy Ortega"].mentions]


def test_a_nationality_adjective_before_a_name_stays_a_description(stage_entities) -> None:
    found = stage_entities(OFFICIAL + AGREED)
    assert "German Ortega" not in found
