"""``Cheers erupted when he appeared`` (ents29): a one-word person span opening its sentence as the subject that
is the plural of a common noun is no person, and the pronoun after it goes to the person named before; a
family name of a person named in full stays theirs. Hand-built Docs of sentences written for these tests
(rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def _story(word: str) -> list[tuple]:
    """``Tom Hale spoke . WORD erupted when he appeared .``"""
    return [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Hale", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
            (word, "NNS", "NOUN", 5, "nsubj", "B-PERSON", True), ("erupted", "VBD", "VERB", 5, "ROOT", "O", False),
            ("when", "WRB", "SCONJ", 8, "advmod", "O", False), ("he", "PRP", "PRON", 8, "nsubj", "O", False),
            ("appeared", "VBD", "VERB", 5, "advcl", "O", False), (".", ".", "PUNCT", 5, "punct", "O", False)]


def test_a_plural_noun_opening_a_sentence_is_no_person(stage_entities) -> None:
    found = stage_entities(_story("Cheers"))
    assert "Cheers" not in found, found
    assert [m.text for m in found["Tom Hale"].mentions] == ["Tom Hale", "he"], found


def test_a_family_name_of_a_person_named_in_full_stays(stage_entities) -> None:
    rows = _story("Banks")  # "Tom Banks spoke . Banks erupted when he appeared ."
    rows[1] = ("Banks", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False)
    found = stage_entities(rows)
    assert [m.text for m in found["Tom Banks"].mentions][:2] == ["Tom Banks", "Banks"], found
