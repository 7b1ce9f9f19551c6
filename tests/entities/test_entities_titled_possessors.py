"""``Pastor Dale Hunt spoke ... the pastor's claims`` (ents29): a clergy title (``pastor``, ``preacher``,
``evangelist``, ``vicar`` in roles.tsv) before a name makes the later definite title, also as a possessor,
that person; a lower-case title the tagger took for a proper noun (``the bishop's``, NNP) is read the same.
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start;
heads absolute)."""

from __future__ import annotations

import pytest


def _story(title: str, tag: str) -> list[tuple]:
    """``TITLE Dale Hunt spoke . Parents rejected the title 's claims .``"""
    return [(title.capitalize(), "NNP", "PROPN", 2, "compound", "O", True),
            ("Dale", "NNP", "PROPN", 2, "compound", "B-PERSON", False), ("Hunt", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 3, "ROOT", "O", False), (".", ".", "PUNCT", 3, "punct", "O", False),
            ("Parents", "NNS", "NOUN", 6, "nsubj", "O", True), ("rejected", "VBD", "VERB", 6, "ROOT", "O", False),
            ("the", "DT", "DET", 8, "det", "O", False),
            (title, tag, "PROPN" if tag == "NNP" else "NOUN", 10, "poss", "O", False),
            ("'s", "POS", "PART", 8, "case", "O", False), ("claims", "NNS", "NOUN", 6, "dobj", "O", False),
            (".", ".", "PUNCT", 6, "punct", "O", False)]


@pytest.mark.parametrize(("title", "tag"), [("pastor", "NN"), ("bishop", "NNP")])
def test_the_titles_possessive_is_the_titled_person(stage_entities, title: str, tag: str) -> None:
    found = stage_entities(_story(title, tag))
    assert f"the {title}" in [m.text for m in found["Dale Hunt"].mentions], found
    assert found["Dale Hunt"].title == title.capitalize(), found
