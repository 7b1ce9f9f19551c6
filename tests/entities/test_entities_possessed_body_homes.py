"""A body's name possessed by a country's name or its capital (``<Capital>'s House of Representatives``)
is that country's body, whatever country the tables file a body of that name under (also where the model
tags the capital a body); without the possessive the story's country is presumed. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def _rows(owner: list[tuple]) -> list[tuple]:
    # The bill was filed in [Lima 's] House of Representatives .
    n = len(owner)
    return [("The", "DT", "DET", 1, "det", "O"), ("bill", "NN", "NOUN", 3, "nsubjpass", "O"),
            ("was", "VBD", "AUX", 3, "auxpass", "O"), ("filed", "VBN", "VERB", 3, "ROOT", "O"),
            ("in", "IN", "ADP", 3, "prep", "O"), *owner,
            ("House", "NNP", "PROPN", 4, "pobj", "B-ORG"), ("of", "IN", "ADP", 5 + n, "prep", "I-ORG"),
            ("Representatives", "NNPS", "PROPN", 6 + n, "pobj", "I-ORG"), (".", ".", "PUNCT", 3, "punct", "O")]


# U.S. officials agreed .  (a story of the United States: a chamber named by its noun alone is presumed its)
US = [("U.S.", "NNP", "PROPN", 1, "compound", "B-GPE"), ("officials", "NNS", "NOUN", 2, "nsubj", "O"),
      ("agreed", "VBD", "VERB", 2, "ROOT", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
OWNER = [("Lima", "NNP", "PROPN", 7, "poss", "B-ORG"), ("'s", "POS", "PART", 5, "case", "O")]


def test_a_capitals_possessive_gives_the_body_its_country(stage_entities):
    found = stage_entities(_doc(US, _rows(OWNER)))
    assert found["House of Representatives"].country == "PER", found


def test_without_the_possessive_the_tables_decide(stage_entities):
    found = stage_entities(_doc(US, _rows([])))
    assert found["House of Representatives"].country == "USA", found
