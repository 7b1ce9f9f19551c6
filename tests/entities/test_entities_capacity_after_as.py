"""``Ann Lee served as secretary of State`` (ents29): a bare office after ``as`` says what someone was, so it makes
no unnamed official of its own; a named holder it resolves to keeps it as a mention. Hand-built Docs of sentences
written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations

SERVED = [("served", "VBD", "VERB", 0, "ROOT", "O", False), ("as", "IN", "ADP", 0, "prep", "O", False),
          ("secretary", "NN", "NOUN", 1, "pobj", "O", False), ("of", "IN", "ADP", 2, "prep", "O", False),
          ("State", "NNP", "PROPN", 3, "pobj", "O", False), (".", ".", "PUNCT", 0, "punct", "O", False)]


def _shifted(rows: list[tuple], by: int) -> list[tuple]:
    return [(w, t, p, h + by, d, e, s) for w, t, p, h, d, e, s in rows]


def test_an_office_after_as_makes_no_unnamed_official(stage_entities) -> None:
    # "Ann Lee served as secretary of State ."
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            *_shifted(SERVED, 2)]
    found = stage_entities(rows)
    assert [e.name for e in found.values()] == ["Ann Lee"], found


def test_an_office_after_as_stays_the_titled_holders_mention(stage_entities) -> None:
    # "Secretary Ann Lee spoke . She served as secretary of State ."
    rows = [("Secretary", "NNP", "PROPN", 2, "compound", "O", True), ("Ann", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
            ("Lee", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 3, "ROOT", "O", False),
            (".", ".", "PUNCT", 3, "punct", "O", False), ("She", "PRP", "PRON", 6, "nsubj", "O", True),
            *_shifted(SERVED, 6)]
    found = stage_entities(rows)
    assert "secretary" in [m.text for m in found["Ann Lee"].mentions], found
    assert [e.name for e in found.values()] == ["Ann Lee"], found
