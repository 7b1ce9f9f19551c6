"""A nationality word the text uses as a person's given name (hand-built Docs, sentences of our
own): one that owns something with no article before it (``Tito Salas, German's brother,``)
is a name, not an adjective, so ``German Salas`` keeps it as his given name and is another man
than Tito Salas (also when the model tags only ``Salas``), and the brother gets no country
from it. Without such a possessive the word before the name says what the person is (``German Salas agreed`` after ``a German official``).
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]

AGREED: list[Row] = [
    ("German", "JJ", "ADJ", 10, "amod", "B-PERSON", True), ("Salas", "NNP", "PROPN", 11, "nsubj", "I-PERSON", False),
    ("agreed", "VBD", "VERB", 11, "ROOT", "O", False), (".", ".", "PUNCT", 11, "punct", "O", False),
]

BROTHER: list[Row] = [
    ("Tito", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Salas", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("German", "NNP", "PROPN", 5, "poss", "B-ORG", False),
    ("'s", "POS", "PART", 3, "case", "O", False), ("brother", "NN", "NOUN", 1, "appos", "O", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 7, "ROOT", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
]

OFFICIAL: list[Row] = [
    ("Tito", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Salas", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 5, "det", "O", False),
    ("German", "JJ", "ADJ", 5, "amod", "B-NORP", False), ("official", "NN", "NOUN", 1, "appos", "O", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("spoke", "VBD", "VERB", 7, "ROOT", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
]


def test_a_nationality_word_owning_something_bare_is_a_given_name(stage_entities) -> None:
    found = stage_entities(BROTHER + AGREED)
    assert "German Salas" in found and found["German Salas"].mentions[-1].text == "German Salas"
    assert found["Tito Salas"].country != "DEU"
    assert "German Salas" not in [m.text for m in found["Tito Salas"].mentions]


def test_a_nationality_adjective_before_a_name_stays_a_description(stage_entities) -> None:
    found = stage_entities(OFFICIAL + AGREED)
    assert "German Salas" not in found


def test_the_given_name_is_taken_when_the_model_tags_only_the_surname(stage_entities) -> None:
    untagged = [AGREED[0][:5] + ("O", True), *AGREED[1:]]
    found = stage_entities(BROTHER + untagged)
    assert "German Salas" in found and found["German Salas"].country is None
    assert "German Salas" not in [m.text for m in found["Tito Salas"].mentions]
