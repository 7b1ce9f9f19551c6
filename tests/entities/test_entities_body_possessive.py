"""A body's possessive pronoun (hand-built Docs): ``Zenco said its profits rose`` (the subject of a
clause holding "its"), ``Zenco cut jobs . Its shares fell`` (opening its sentence: the subject body
of the sentence before); never a guess: ``Zenco sold the unit with its staff`` (another noun
between) and ``Zenco and Acme ... its`` (two bodies) link nothing."""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def body(first: int, head: int, dep: str, start: bool = False) -> list[Row]:
    """ "Zenco Motors" at ``first``, its last word hung on ``head`` as ``dep``."""
    return [("Zenco", "NNP", "PROPN", first + 1, "compound", "B-ORG", start),
            ("Motors", "NNP", "PROPN", head, dep, "I-ORG", False)]


def test_its_in_a_clause_of_the_subject_body(resolve_rows):
    # Zenco Motors said its profits rose .
    rows = body(0, 2, "nsubj", True) + [
        ("said", "VBD", "VERB", 2, "ROOT", "O", False), ("its", "PRP$", "PRON", 4, "poss", "O", False),
        ("profits", "NNS", "NOUN", 5, "nsubj", "O", False), ("rose", "VBD", "VERB", 2, "ccomp", "O", False),
        (".", ".", "PUNCT", 2, "punct", "O", False)]
    assert resolve_rows(rows)["Zenco Motors"] == ["Zenco Motors", "its"]


def test_its_opening_a_sentence_is_the_subject_body_before(resolve_rows):
    # Zenco Motors cut jobs . Its shares fell .
    rows = body(0, 2, "nsubj", True) + [
        ("cut", "VBD", "VERB", 2, "ROOT", "O", False), ("jobs", "NNS", "NOUN", 2, "dobj", "O", False),
        (".", ".", "PUNCT", 2, "punct", "O", False),
        ("Its", "PRP$", "PRON", 6, "poss", "O", True), ("shares", "NNS", "NOUN", 7, "nsubj", "O", False),
        ("fell", "VBD", "VERB", 7, "ROOT", "O", False), (".", ".", "PUNCT", 7, "punct", "O", False)]
    assert resolve_rows(rows)["Zenco Motors"] == ["Zenco Motors", "Its"]


def test_another_noun_between_links_nothing(resolve_rows):
    # Zenco Motors sold the unit with its staff .
    rows = body(0, 2, "nsubj", True) + [
        ("sold", "VBD", "VERB", 2, "ROOT", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
        ("unit", "NN", "NOUN", 2, "dobj", "O", False), ("with", "IN", "ADP", 2, "prep", "O", False),
        ("its", "PRP$", "PRON", 7, "poss", "O", False), ("staff", "NN", "NOUN", 5, "pobj", "O", False),
        (".", ".", "PUNCT", 2, "punct", "O", False)]
    assert resolve_rows(rows)["Zenco Motors"] == ["Zenco Motors"]


def test_two_bodies_as_subjects_link_nothing(resolve_rows):
    # Zenco Motors and Acme Foods cut jobs . Its shares fell .
    rows = body(0, 5, "nsubj", True) + [
        ("and", "CC", "CCONJ", 1, "cc", "O", False), ("Acme", "NNP", "PROPN", 4, "compound", "B-ORG", False),
        ("Foods", "NNP", "PROPN", 1, "conj", "I-ORG", False), ("cut", "VBD", "VERB", 5, "ROOT", "O", False),
        ("jobs", "NNS", "NOUN", 5, "dobj", "O", False), (".", ".", "PUNCT", 5, "punct", "O", False),
        ("Its", "PRP$", "PRON", 9, "poss", "O", True), ("shares", "NNS", "NOUN", 10, "nsubj", "O", False),
        ("fell", "VBD", "VERB", 10, "ROOT", "O", False), (".", ".", "PUNCT", 10, "punct", "O", False)]
    found = resolve_rows(rows)
    assert found["Zenco Motors"] == ["Zenco Motors"] and found["Acme Foods"] == ["Acme Foods"]


def test_a_bare_mass_noun_between_is_no_owner_and_a_name_in_the_subject_is_the_subject(resolve_rows):
    # Carmaker Zenco Motors filed for bankruptcy from its creditors .  (the name a compound of "Carmaker")
    rows = [("Carmaker", "NN", "NOUN", 3, "nsubj", "O", True)] + body(1, 0, "compound") + [
        ("filed", "VBD", "VERB", 3, "ROOT", "O", False), ("for", "IN", "ADP", 3, "prep", "O", False),
        ("bankruptcy", "NN", "NOUN", 4, "pobj", "O", False), ("from", "IN", "ADP", 3, "prep", "O", False),
        ("its", "PRP$", "PRON", 8, "poss", "O", False), ("creditors", "NNS", "NOUN", 6, "pobj", "O", False),
        (".", ".", "PUNCT", 3, "punct", "O", False)]
    assert "its" in next(m for name, m in resolve_rows(rows).items() if "Zenco" in name)
