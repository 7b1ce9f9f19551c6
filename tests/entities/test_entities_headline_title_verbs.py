"""``Pastor Needs Chess Players To Quit`` (ents29): in a title-case headline opened by a person's title alone,
a person span the model starts at the verb after the title (``Needs Chess``) is the verb and its object, no
name. Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence
start; heads absolute)."""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _story(verb: str, tag: str) -> tuple[list[Row], list[str]]:
    """``Pastor VERB Chess Players To Quit`` on its own line, then ``Pastor Dale Hunt spoke .``"""
    rows: list[Row] = [
        ("Pastor", "NN", "NOUN", 1, "nsubj", "O", True), (verb, tag, "VERB", 1, "ROOT", "B-PERSON", False),
        ("Chess", "NNP", "PROPN", 3, "compound", "I-PERSON", False), ("Players", "NNS", "NOUN", 5, "nsubj", "O", False),
        ("To", "TO", "PART", 5, "aux", "O", False), ("Quit", "VB", "VERB", 1, "ccomp", "O", False),
        ("\n", "_SP", "SPACE", 5, "dep", "O", False),
        ("Pastor", "NNP", "PROPN", 9, "compound", "O", True), ("Dale", "NNP", "PROPN", 9, "compound", "B-PERSON", False),
        ("Hunt", "NNP", "PROPN", 10, "nsubj", "I-PERSON", False), ("spoke", "VBD", "VERB", 10, "ROOT", "O", False),
        (".", ".", "PUNCT", 10, "punct", "O", False)]
    spaces = [" "] * len(rows)
    spaces[5] = spaces[6] = ""
    return rows, spaces


def test_the_headlines_verb_after_a_title_is_no_name(stage_entities) -> None:
    found = stage_entities(*_story("Needs", "VBZ"))
    assert "Needs Chess" not in found, found
    assert not any(e.type == "PERSON" and "Needs" in e.name for e in found.values()), found


def test_a_name_after_the_title_stays(stage_entities) -> None:
    # "Pastor Wilkins Chess ...": no verb (a plural-looking name tagged a proper noun, no verb of the tables)
    found = stage_entities(*_story("Wilkins", "NNP"))
    assert "Wilkins Chess" in found, found
