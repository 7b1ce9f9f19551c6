"""A person's full name the model tags as a body in most of its mentions (``Rhona Tilbury`` labelled
ORG) is a person when the article also tags the surname alone a person, also where that surname
follows an honorific (``Ms. Tilbury``: the honorific before the surname is no other given name, unlike
a headline's ``Edgy Agassi`` beside ``Andre Agassi``). Hand-built Docs of sentences written for these
tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# Rhona Tilbury should resign , the paper says .
RESIGN = [("Rhona", "NNP", "PROPN", 1, "compound", "B-ORG"), ("Tilbury", "NNP", "PROPN", 3, "nsubj", "I-ORG"),
          ("should", "MD", "AUX", 3, "aux", "O"), ("resign", "VB", "VERB", 3, "ROOT", "O"),
          (",", ",", "PUNCT", 3, "punct", "O"), ("the", "DT", "DET", 6, "det", "O"),
          ("paper", "NN", "NOUN", 7, "nsubj", "O"), ("says", "VBZ", "VERB", 3, "parataxis", "O"),
          (".", ".", "PUNCT", 3, "punct", "O")]
# Tilbury has refused .
REFUSED = [("Tilbury", "NNP", "PROPN", 2, "nsubj", "B-ORG"), ("has", "VBZ", "AUX", 2, "aux", "O"),
           ("refused", "VBN", "VERB", 2, "ROOT", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
# The attacks on Ms. Tilbury grew .
ATTACKS = [("The", "DT", "DET", 1, "det", "O"), ("attacks", "NNS", "NOUN", 5, "nsubj", "O"),
           ("on", "IN", "ADP", 1, "prep", "O"), ("Ms.", "NNP", "PROPN", 4, "compound", "O"),
           ("Tilbury", "NNP", "PROPN", 2, "pobj", "B-PERSON"), ("grew", "VBD", "VERB", 5, "ROOT", "O"),
           (".", ".", "PUNCT", 5, "punct", "O")]


def test_a_full_name_tagged_a_body_is_a_person_tagged_after_an_honorific(stage_entities):
    found = stage_entities(_doc(RESIGN, REFUSED, ATTACKS))
    assert "Rhona Tilbury" in found and found["Rhona Tilbury"].type == "PERSON", found
    assert [m.text for m in found["Rhona Tilbury"].mentions].count("Tilbury") >= 1, found
