"""Bodies' initials (ents27): two bodies' initials joined by a hyphen (``the DTX-DOLE scheme``) name the
two bodies when the text writes each alone too, so neither standalone initials are taken for the pair's
short name; a lone word in capitals naming a body takes no country from a small town so spelt; a
body's name opening a paragraph is no title (the paragraph break before it is no word of a role).
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity,
sentence start)."""

from __future__ import annotations


def _pair_story() -> tuple[list[tuple], list[bool]]:
    """``The DTX-DOLE scheme helps farmers . The DTX backs the DOLE .``"""
    rows = [("The", "DT", "DET", 4, "det", "O", True), ("DTX", "NNP", "PROPN", 3, "compound", "B-ORG", False),
            ("-", "HYPH", "PUNCT", 3, "punct", "I-ORG", False), ("DOLE", "NNP", "PROPN", 4, "compound", "I-ORG", False),
            ("scheme", "NN", "NOUN", 5, "nsubj", "O", False), ("helps", "VBZ", "VERB", 5, "ROOT", "O", False),
            ("farmers", "NNS", "NOUN", 5, "dobj", "O", False), (".", ".", "PUNCT", 5, "punct", "O", False),
            ("The", "DT", "DET", 9, "det", "O", True), ("DTX", "NNP", "PROPN", 10, "nsubj", "B-ORG", False),
            ("backs", "VBZ", "VERB", 10, "ROOT", "O", False), ("the", "DT", "DET", 12, "det", "O", False),
            ("DOLE", "NNP", "PROPN", 10, "dobj", "B-ORG", False), (".", ".", "PUNCT", 10, "punct", "O", False)]
    spaces = [True, False, False, True, True, True, False, True, True, True, True, True, False, False]
    return rows, spaces


def test_a_hyphened_pair_of_initials_names_both_bodies(stage_entities) -> None:
    rows, spaces = _pair_story()
    found = stage_entities(rows, spaces=spaces)
    assert "DTX-DOLE" not in found, found
    assert [m.text for m in found["DTX"].mentions] == ["DTX", "DTX"], found
    assert [m.text for m in found["DOLE"].mentions] == ["DOLE", "DOLE"], found


def test_initials_spelt_like_a_small_town_take_no_country(stage_entities) -> None:
    rows, spaces = _pair_story()
    found = stage_entities(rows, spaces=spaces)
    assert found["DOLE"].country is None, found


def test_a_pair_whose_parts_are_never_alone_stays_whole(stage_entities) -> None:
    rows, spaces = _pair_story()
    found = stage_entities(rows[:8], spaces=spaces[:7] + [False])
    assert "DTX-DOLE" in found, found


def test_a_body_named_like_an_office_opening_a_paragraph_is_a_body(stage_entities) -> None:
    # "Prices rose .\n\nDepartment of Agriculture officials met ."
    rows = [("Prices", "NNS", "NOUN", 1, "nsubj", "O", True), ("rose", "VBD", "VERB", 1, "ROOT", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False), ("\n\n", "_SP", "SPACE", 2, "dep", "O", False),
            ("Department", "NNP", "PROPN", 7, "nmod", "B-ORG", True), ("of", "IN", "ADP", 4, "prep", "I-ORG", False),
            ("Agriculture", "NNP", "PROPN", 5, "pobj", "I-ORG", False), ("officials", "NNS", "NOUN", 8, "nsubj", "O", False),
            ("met", "VBD", "VERB", 8, "ROOT", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False)]
    spaces = [True, False, False, False, True, True, True, True, False, False]
    found = stage_entities(rows, spaces=spaces)
    assert "Department of Agriculture" in found, found
