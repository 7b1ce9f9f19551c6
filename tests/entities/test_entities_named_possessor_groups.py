"""A person's name owning a group of people (``Reed's parents``, ``Reed's teammates``) is a mention of that
person; the group is the noun after the possessive, not the name (ents27). Hand-built Docs of sentences
written for these tests (rows: word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _story(noun: str, tag: str = "NNS") -> list[tuple]:
    """``Tom Reed won the race . Reed 's NOUN cheered .``"""
    return [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("won", "VBD", "VERB", 2, "ROOT", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
            ("race", "NN", "NOUN", 2, "dobj", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
            ("Reed", "NNP", "PROPN", 8, "poss", "B-PERSON", True), ("'s", "POS", "PART", 6, "case", "O", False),
            (noun, tag, "NOUN", 9, "nsubj", "O", False), ("cheered", "VBD", "VERB", 9, "ROOT", "O", False),
            (".", ".", "PUNCT", 9, "punct", "O", False)]


def test_the_name_owning_a_group_is_the_person(stage_entities) -> None:
    found = stage_entities(_story("parents"))
    assert [m.text for m in found["Tom Reed"].mentions] == ["Tom Reed", "Reed"], found
    assert not any("Reed" in m.text for name, e in found.items() if name != "Tom Reed" for m in e.mentions), found
