"""``not Bill [<Surname>]``: a surname an editor put in square brackets right after a given name alone is part
of that person's name (one person, named in full), no mention of anyone else of that surname. Hand-built Docs
of sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# Ann Varga said nobody , not Bill [ Varga ] , was better .
ROWS = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Varga", "NNP", "PROPN", 2, "nsubj", "I-PERSON"),
        ("said", "VBD", "VERB", 2, "ROOT", "O"), ("nobody", "NN", "NOUN", 13, "nsubj", "O"),
        (",", ",", "PUNCT", 3, "punct", "O"), ("not", "RB", "ADV", 6, "neg", "O"),
        ("Bill", "NNP", "PROPN", 3, "appos", "B-PERSON"), ("[", "XX", "PUNCT", 8, "nmod", "O"),
        ("Varga", "NNP", "PROPN", 6, "npadvmod", "B-PERSON"), ("]", "-RRB-", "PUNCT", 8, "punct", "O"),
        (",", ",", "PUNCT", 3, "punct", "O"), ("was", "VBD", "AUX", 13, "aux", "O"),
        ("really", "RB", "ADV", 13, "advmod", "O"), ("better", "JJR", "ADJ", 2, "ccomp", "O"),
        (".", ".", "PUNCT", 2, "punct", "O")]


def test_a_bracketed_surname_completes_the_given_name_before_it(stage_entities):
    found = stage_entities(_doc(ROWS))
    assert "Bill Varga" in found, found
    assert [m.text for m in found["Ann Varga"].mentions] == ["Ann Varga"], found
