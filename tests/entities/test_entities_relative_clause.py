"""A pronoun inside a relative clause whose subject is ``who`` has that clause's person for a
subject in reach: ``Fans cheered Bob Hale, who was fined for saying he lied`` (hand-built Doc)."""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start)
ROWS = [
    ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Ryan", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("sang", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
    ("Fans", "NNS", "NOUN", 5, "nsubj", "O", True), ("cheered", "VBD", "VERB", 5, "ROOT", "O", False),
    ("Bob", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Hale", "NNP", "PROPN", 5, "dobj", "I-PERSON", False),
    (",", ",", "PUNCT", 7, "punct", "O", False), ("who", "WP", "PRON", 11, "nsubjpass", "O", False),
    ("was", "VBD", "AUX", 11, "auxpass", "O", False), ("fined", "VBN", "VERB", 7, "relcl", "O", False),
    ("for", "IN", "ADP", 11, "prep", "O", False), ("saying", "VBG", "VERB", 12, "pcomp", "O", False),
    ("he", "PRP", "PRON", 15, "nsubj", "O", False), ("lied", "VBD", "VERB", 13, "ccomp", "O", False),
    (".", ".", "PUNCT", 5, "punct", "O", False)]


def test_a_pronoun_in_a_who_clause_is_the_clause_persons(resolve_rows):
    found = resolve_rows(ROWS)
    assert found["Bob Hale"] == ["Bob Hale", "he"]
    assert found["Tom Ryan"] == ["Tom Ryan"]


def test_without_the_relative_clause_the_earlier_subject_keeps_it(resolve_rows):
    # "Fans cheered Bob Hale. Fined for saying he lied": no "who", Bob Hale only an object
    rows = [r if k != 9 else ("then", "RB", "ADV", 11, "advmod", "O", False) for k, r in enumerate(ROWS)]
    rows[11] = ("fined", "VBN", "VERB", 5, "advcl", "O", False)
    found = resolve_rows(rows)
    assert found["Tom Ryan"] == ["Tom Ryan", "he"]
