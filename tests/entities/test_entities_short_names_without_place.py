"""A body named again without the place of its full name (ents29): ``the Harbour Trust of Ireland ... the
Harbour Trust`` is one body; with two such bodies the short name is neither's. Hand-built Docs of sentences
written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def _full(place: str, start: int, head: int) -> list[tuple]:
    """``the Harbour Trust of PLACE`` starting at token ``start``, its root hung on ``head``."""
    return [("the", "DT", "DET", start + 2, "det", "O", False),
            ("Harbour", "NNP", "PROPN", start + 2, "compound", "B-ORG", False),
            ("Trust", "NNP", "PROPN", head, "dobj", "I-ORG", False),
            ("of", "IN", "ADP", start + 2, "prep", "I-ORG", False),
            (place, "NNP", "PROPN", start + 3, "pobj", "I-ORG", False)]


SHORT = [("The", "DT", "DET", 2, "det", "O", True), ("Harbour", "NNP", "PROPN", 2, "compound", "B-ORG", False),
         ("Trust", "NNP", "PROPN", 3, "nsubj", "I-ORG", False), ("refused", "VBD", "VERB", 3, "ROOT", "O", False),
         (".", ".", "PUNCT", 3, "punct", "O", False)]


def _story(places: list[str]) -> list[tuple]:
    """``Police met the Harbour Trust of PLACE [and the Harbour Trust of PLACE2] . The Harbour Trust refused .``"""
    rows = [("Police", "NNS", "NOUN", 1, "nsubj", "O", True), ("met", "VBD", "VERB", 1, "ROOT", "O", False),
            *_full(places[0], 2, 1)]
    if len(places) > 1:
        rows += [("and", "CC", "CCONJ", 4, "cc", "O", False), *_full(places[1], 8, 4)]
        rows[10] = (*rows[10][:4], "conj", *rows[10][5:])
    rows.append((".", ".", "PUNCT", 1, "punct", "O", False))
    n = len(rows)
    return rows + [(w, t, p, h + n, d, e, s) for w, t, p, h, d, e, s in SHORT]


def test_the_short_name_is_the_body_named_with_its_place(stage_entities) -> None:
    found = stage_entities(_story(["Ireland"]))
    assert [m.text for m in found["Harbour Trust of Ireland"].mentions] == ["Harbour Trust of Ireland", "Harbour Trust"], found
    assert "Harbour Trust" not in found, found


def test_two_bodies_so_named_and_the_short_name_is_neither(stage_entities) -> None:
    found = stage_entities(_story(["Ireland", "Canada"]))
    assert "Harbour Trust" in found, found
