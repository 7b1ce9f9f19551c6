"""Two bodies the model tags as one span across ``at`` (``the Zorvex Institute of Politics at
Hale University``): a body's name, ``at`` and another body's full name ending in a body's noun
are two bodies; a name with ``at`` and no body's noun after it stays one (issue 15, session 12).
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity,
sentence start)."""

from __future__ import annotations


def _spoke_at(after: list[str]) -> list[tuple]:
    """"Ann Lee spoke at the Zorvex Institute of Politics at AFTER... ." (one ORG span)"""
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), ("at", "IN", "ADP", 2, "prep", "O", False),
            ("the", "DT", "DET", 6, "det", "O", False), ("Zorvex", "NNP", "PROPN", 6, "compound", "B-ORG", False),
            ("Institute", "NNP", "PROPN", 3, "pobj", "I-ORG", False), ("of", "IN", "ADP", 6, "prep", "I-ORG", False),
            ("Politics", "NNP", "PROPN", 7, "pobj", "I-ORG", False), ("at", "IN", "ADP", 6, "prep", "I-ORG", False)]
    last = len(rows) + len(after) - 1
    for k, word in enumerate(after):
        rows.append((word, "NNP", "PROPN", 9 if k == len(after) - 1 else last, "pobj" if k == len(after) - 1 else "compound",
                     "I-ORG", False))
    rows.append((".", ".", "PUNCT", 2, "punct", "O", False))
    return rows


def _bodies(found: dict) -> set[str]:
    return {e.name for e in found.values() if e.type == "ORG"}


def test_a_body_at_a_university_is_two_bodies(stage_entities) -> None:
    bodies = _bodies(stage_entities(_spoke_at(["Hale", "University"])))
    assert "Hale University" in bodies and "Zorvex Institute of Politics" in bodies, bodies


def test_no_bodys_noun_after_at_keeps_one_name(stage_entities) -> None:
    bodies = _bodies(stage_entities(_spoke_at(["Hale", "Point"])))
    assert "Hale Point" not in bodies, bodies
