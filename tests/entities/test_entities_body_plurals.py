"""``they``/``their`` for one named body written as a collective (British news: ``Arsenal said
they would appeal``): the body that is the subject of a clause holding the pronoun, when exactly
one body is so and no plural group stands nearer (issue 15, session 12). Hand-built Docs of
sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _holders(found: dict, word: str) -> list[str]:
    return [name for name, mentions in found.items() if word in mentions]


def test_they_after_a_body_that_said_is_the_body(mention_texts) -> None:
    # "Acme said they would appeal ."
    rows = [("Acme", "NNP", "PROPN", 1, "nsubj", "B-ORG", True), ("said", "VBD", "VERB", 1, "ROOT", "O", False),
            ("they", "PRP", "PRON", 4, "nsubj", "O", False), ("would", "MD", "AUX", 4, "aux", "O", False),
            ("appeal", "VB", "VERB", 1, "ccomp", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    assert _holders(mention_texts(rows), "they") == ["Acme"]


def test_their_after_a_body_that_said_is_the_body(mention_texts) -> None:
    # "Acme said their profits rose ."
    rows = [("Acme", "NNP", "PROPN", 1, "nsubj", "B-ORG", True), ("said", "VBD", "VERB", 1, "ROOT", "O", False),
            ("their", "PRP$", "PRON", 3, "poss", "O", False), ("profits", "NNS", "NOUN", 4, "nsubj", "O", False),
            ("rose", "VBD", "VERB", 1, "ccomp", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    assert _holders(mention_texts(rows), "their") == ["Acme"]


def test_two_bodies_as_subjects_link_no_they(mention_texts) -> None:
    # "Acme and Zenco said they would merge ."
    rows = [("Acme", "NNP", "PROPN", 3, "nsubj", "B-ORG", True), ("and", "CC", "CCONJ", 0, "cc", "O", False),
            ("Zenco", "NNP", "PROPN", 0, "conj", "B-ORG", False), ("said", "VBD", "VERB", 3, "ROOT", "O", False),
            ("they", "PRP", "PRON", 6, "nsubj", "O", False), ("would", "MD", "AUX", 6, "aux", "O", False),
            ("merge", "VB", "VERB", 3, "ccomp", "O", False), (".", ".", "PUNCT", 3, "punct", "O", False)]
    found = mention_texts(rows)
    assert "Acme" in found and "Zenco" in found, found
    assert _holders(found, "they") == [], found


def test_a_plural_group_nearer_than_the_body_links_no_they(mention_texts) -> None:
    # "Acme told fans that they would pay ."
    rows = [("Acme", "NNP", "PROPN", 1, "nsubj", "B-ORG", True), ("told", "VBD", "VERB", 1, "ROOT", "O", False),
            ("fans", "NNS", "NOUN", 1, "dobj", "O", False), ("that", "IN", "SCONJ", 6, "mark", "O", False),
            ("they", "PRP", "PRON", 6, "nsubj", "O", False), ("would", "MD", "AUX", 6, "aux", "O", False),
            ("pay", "VB", "VERB", 1, "ccomp", "O", False), (".", ".", "PUNCT", 1, "punct", "O", False)]
    found = mention_texts(rows)
    assert "Acme" in found and _holders(found, "they") == [], found


def test_a_persons_they_is_no_body(mention_texts) -> None:
    # "Tom Reed said they would appeal ." (no body named: nothing to link)
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("said", "VBD", "VERB", 2, "ROOT", "O", False), ("they", "PRP", "PRON", 5, "nsubj", "O", False),
            ("would", "MD", "AUX", 5, "aux", "O", False), ("appeal", "VB", "VERB", 2, "ccomp", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False)]
    assert _holders(mention_texts(rows), "they") == []


def test_the_firms_its_is_the_body_the_firm_stands_for(mention_texts) -> None:
    # "Acme Holdings cut jobs . The firm said its profits fell ."
    rows = [("Acme", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("Holdings", "NNP", "PROPN", 2, "nsubj", "I-ORG", False),
            ("cut", "VBD", "VERB", 2, "ROOT", "O", False), ("jobs", "NNS", "NOUN", 2, "dobj", "O", False),
            (".", ".", "PUNCT", 2, "punct", "O", False),
            ("The", "DT", "DET", 6, "det", "O", True), ("firm", "NN", "NOUN", 7, "nsubj", "O", False),
            ("said", "VBD", "VERB", 7, "ROOT", "O", False), ("its", "PRP$", "PRON", 9, "poss", "O", False),
            ("profits", "NNS", "NOUN", 10, "nsubj", "O", False), ("fell", "VBD", "VERB", 7, "ccomp", "O", False),
            (".", ".", "PUNCT", 7, "punct", "O", False)]
    found = mention_texts(rows)
    assert {"firm", "its"} <= set(found["Acme Holdings"]), found
