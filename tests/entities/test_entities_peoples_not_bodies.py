"""Branch bodies32 (issue 15): a people's name that is no country's demonym (``people_name``: ``Latinos``),
tagged a body by the model, is a group of people (NORP), and ``the population`` is a group (roles.tsv), not a
body. Hand-built Docs of sentences written for these tests; none is taken from a corpus or a gold set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc


def test_a_peoples_name_tagged_a_body_is_a_group(stage_entities):
    # He criticised Latinos .
    rows = [("He", "PRP", "PRON", 1, "nsubj", "O"), ("criticised", "VBD", "VERB", 1, "ROOT", "O"),
            ("Latinos", "NNPS", "PROPN", 1, "dobj", "B-ORG"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert found["Latinos"].type == "NORP", found


def test_the_population_is_a_group_not_a_body(stage_entities):
    # The population voted .
    rows = [("The", "DT", "DET", 1, "det", "O"), ("population", "NN", "NOUN", 2, "nsubj", "O"),
            ("voted", "VBD", "VERB", 2, "ROOT", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert [e.type for name, e in found.items() if "population" in name] == ["NORP"], found
