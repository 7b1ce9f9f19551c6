"""An editor's square brackets around a word of a person's name (``[<Given>] <Surname>`` inside a quotation)
are typography: the entity is named by the words without them. Hand-built Docs of sentences written for
these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# They backed [ Nadia ] Brennan .  (the model's span from the given name over the closing bracket)
ROWS = [("They", "PRP", "PRON", 1, "nsubj", "O"), ("backed", "VBD", "VERB", 1, "ROOT", "O"),
        ("[", "-LRB-", "PUNCT", 5, "punct", "O"), ("Nadia", "NNP", "PROPN", 5, "compound", "B-PERSON"),
        ("]", "-RRB-", "PUNCT", 5, "punct", "I-PERSON"), ("Brennan", "NNP", "PROPN", 1, "dobj", "I-PERSON"),
        (".", ".", "PUNCT", 1, "punct", "O")]
SPACES = [True, True, False, False, True, False, False]


def test_a_bracketed_given_name_is_part_of_the_name_without_its_brackets(stage_entities):
    found = stage_entities(_doc(ROWS), SPACES)
    assert "Nadia Brennan" in found and found["Nadia Brennan"].type == "PERSON", found
    assert not any("]" in name or "[" in name for name in found), found
