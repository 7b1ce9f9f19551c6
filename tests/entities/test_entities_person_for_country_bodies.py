"""``<Surname> for <Country> built ...``: a person's name with ``for`` and a country's name hanging on it, the
whole a clause's subject, names a campaign's organisation; the surname alone elsewhere stays the person's.
As an object of ``for`` after a verb (``campaigned for <Country>``) nothing changes. Hand-built Docs of
sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# Halvorsen spoke .
SPOKE = [("Halvorsen", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("spoke", "VBD", "VERB", 1, "ROOT", "O"),
         (".", ".", "PUNCT", 1, "punct", "O")]
# Halvorsen for America built a list .
BUILT = [("Halvorsen", "NNP", "PROPN", 3, "nsubj", "B-PERSON"), ("for", "IN", "ADP", 0, "prep", "O"),
         ("America", "NNP", "PROPN", 1, "pobj", "B-GPE"), ("built", "VBD", "VERB", 3, "ROOT", "O"),
         ("a", "DT", "DET", 5, "det", "O"), ("list", "NN", "NOUN", 3, "dobj", "O"),
         (".", ".", "PUNCT", 3, "punct", "O")]
# Halvorsen campaigned for America .
CAMPAIGNED = [("Halvorsen", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("campaigned", "VBD", "VERB", 1, "ROOT", "O"),
              ("for", "IN", "ADP", 1, "prep", "O"), ("America", "NNP", "PROPN", 2, "pobj", "B-GPE"),
              (".", ".", "PUNCT", 1, "punct", "O")]


def test_a_name_for_a_country_as_a_subject_is_a_campaign_body(stage_entities):
    found = stage_entities(_doc(SPOKE, BUILT))
    assert "Halvorsen for America" in found and found["Halvorsen for America"].type == "ORG", found
    assert [m.text for m in found["Halvorsen"].mentions] == ["Halvorsen"], found
    assert found["Halvorsen"].type == "PERSON", found


def test_for_a_country_after_a_verb_changes_nothing(stage_entities):
    found = stage_entities(_doc(CAMPAIGNED))
    assert "Halvorsen for America" not in found and "Halvorsen" in found, found
