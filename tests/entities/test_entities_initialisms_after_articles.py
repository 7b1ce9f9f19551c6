"""An initialism the model tagged a place (a state's postal code) inside a noun phrase opened by an article
(``a disastrous VA``) is a body: no state is "a <code>"; the same letters after a town and a comma stay a
place. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# They fixed a broken VA .
FIXED = [("They", "PRP", "PRON", 1, "nsubj", "O"), ("fixed", "VBD", "VERB", 1, "ROOT", "O"),
         ("a", "DT", "DET", 4, "det", "O"), ("broken", "JJ", "ADJ", 4, "amod", "O"),
         ("VA", "NNP", "PROPN", 1, "dobj", "B-GPE"), (".", ".", "PUNCT", 1, "punct", "O")]
# They moved to Dunmore , VA .
MOVED = [("They", "PRP", "PRON", 1, "nsubj", "O"), ("moved", "VBD", "VERB", 1, "ROOT", "O"),
         ("to", "IN", "ADP", 1, "prep", "O"), ("Dunmore", "NNP", "PROPN", 2, "pobj", "B-GPE"),
         (",", ",", "PUNCT", 3, "punct", "O"), ("VA", "NNP", "PROPN", 3, "appos", "B-GPE"),
         (".", ".", "PUNCT", 1, "punct", "O")]


def test_an_initialism_after_an_article_is_a_body(stage_entities):
    found = stage_entities(_doc(FIXED))
    assert "VA" in found and found["VA"].type == "ORG", found


def test_a_state_code_after_a_town_stays_a_place(stage_entities):
    found = stage_entities(_doc(MOVED))
    assert "VA" not in found or found["VA"].type != "ORG", found
