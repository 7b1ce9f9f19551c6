"""A place of learning named with its town after it (``Denton College London``) is at home in that town,
not in a town that shares the word before its noun (``Denton``, a US town too). Hand-built parses."""

from __future__ import annotations


def _rows(name: list[str]) -> list[tuple]:
    """``He studied at <name> .`` with the name tagged one body."""
    last = 3 + len(name) - 1
    rows = [("He", "PRP", "PRON", 1, "nsubj", "O", True), ("studied", "VBD", "VERB", 1, "ROOT", "O", False),
            ("at", "IN", "ADP", 1, "prep", "O", False)]
    for k, word in enumerate(name):
        rows.append((word, "NNP", "PROPN", last if k < len(name) - 1 else 2, "compound" if k < len(name) - 1 else "pobj",
                     ("B-" if k == 0 else "I-") + "ORG", False))
    return rows + [(".", ".", "PUNCT", 1, "punct", "O", False)]


def test_the_town_after_the_college_is_its_home(stage_entities) -> None:
    assert stage_entities(_rows(["Denton", "College", "London"]))["Denton College London"].country == "GBR"
    assert stage_entities(_rows(["Marlow", "University", "College", "Cork"]))["Marlow University College Cork"].country == "IRL"


def test_a_college_with_no_town_after_it_is_read_as_before(stage_entities) -> None:
    # no place after the noun: the rule says nothing (the words before it are read as they were)
    found = stage_entities(_rows(["Fenwick", "Hall", "College"]))
    assert found["Fenwick Hall College"].country is None
