"""``He held senior roles at Austin Fairley, Brightwater Capital and ...``: the names after ``at`` following a
post's noun (``job_noun``), and each name listed with the first, are employers, bodies, however the model
tagged them (a person, a building). Invented firms; hand-built parses."""

from __future__ import annotations


def _rows(first_ent: str, verb: str = "held", prep: str = "at") -> list[tuple]:
    """``He <verb> roles <prep> Austin Fairley , Brightwater Capital and Kelso Partners .`` (``at`` hangs on
    the verb, as the parser reads it)."""
    return [("He", "PRP", "PRON", 1, "nsubj", "O", True), (verb, "VBD", "VERB", 1, "ROOT", "O", False),
            ("roles", "NNS", "NOUN", 1, "dobj", "O", False), (prep, "IN", "ADP", 1, "prep", "O", False),
            ("Austin", "NNP", "PROPN", 5, "compound", "B-" + first_ent, False),
            ("Fairley", "NNP", "PROPN", 3, "pobj", "I-" + first_ent, False), (",", ",", "PUNCT", 5, "punct", "O", False),
            ("Brightwater", "NNP", "PROPN", 8, "compound", "B-ORG", False),
            ("Capital", "NNP", "PROPN", 5, "conj", "I-ORG", False), ("and", "CC", "CCONJ", 8, "cc", "O", False),
            ("Kelso", "NNP", "PROPN", 11, "compound", "B-PERSON", False),
            ("Partners", "NNP", "PROPN", 8, "conj", "I-PERSON", False), (".", ".", "PUNCT", 1, "punct", "O", False)]


def test_names_after_roles_at_are_employers(stage_entities) -> None:
    for ent in ("PERSON", "FAC"):
        found = stage_entities(_rows(ent))
        assert found["Austin Fairley"].type == "ORG", ent
        assert found["Kelso Partners"].type == "ORG", ent


def test_played_a_role_with_a_person_names_no_employer(stage_entities) -> None:
    found = stage_entities(_rows("PERSON", verb="played", prep="with"))
    assert found["Austin Fairley"].type == "PERSON"
