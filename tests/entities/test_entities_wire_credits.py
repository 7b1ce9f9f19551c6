"""Wire copy's closing credits (ents27): a line that is only a round bracket holding a reporter's
name and an agency's, a slash between (``(Ann Lee/XNA)``), names a person and a body, whatever the
model tagged; the same words inside a sentence are left as the model read them. Hand-built Docs of
sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _credit(after: list[tuple], ents: tuple[str, ...] = ("B-ORG", "I-ORG", "I-ORG", "I-ORG")) -> list[tuple]:
    """``Prices rose.`` then a line ``(Marisol Bedford/XNA)`` and the ``after`` rows on it."""
    rows = [("Prices", "NNS", "NOUN", 1, "nsubj", "O", True), ("rose", "VBD", "VERB", 1, "ROOT", "O", False),
            (".", ".", "PUNCT", 1, "punct", "O", False), ("\n\n", "_SP", "SPACE", 2, "dep", "O", False),
            ("(", "-LRB-", "PUNCT", 8, "punct", "O", True), ("Marisol", "NNP", "PROPN", 6, "compound", ents[0], False),
            ("Bedford", "NNP", "PROPN", 8, "nmod", ents[1], False), ("/", "SYM", "SYM", 8, "punct", ents[2], False),
            ("XNA", "NNP", "PROPN", 8, "ROOT", ents[3], False), (")", "-RRB-", "PUNCT", 8, "punct", "O", False)]
    return rows + after


SPACES = [True, False, False, False, False, True, False, False, False, False]


def test_a_slashed_credit_line_is_a_reporter_and_an_agency(stage_entities) -> None:
    found = stage_entities(_credit([]), spaces=SPACES)
    assert found["Marisol Bedford"].type == "PERSON", found
    assert found["XNA"].type == "ORG", found
    assert not any(e.type == "GPE" for e in found.values()), found


def test_a_known_agency_after_the_slash_is_that_agency(stage_entities) -> None:
    rows = _credit([])
    rows[8] = ("PNA", *rows[8][1:])
    found = stage_entities(rows, spaces=SPACES)
    assert found["Marisol Bedford"].type == "PERSON", found
    assert found["Philippine News Agency"].country == "PHL", found


def test_words_after_the_bracket_on_its_line_make_no_credit(stage_entities) -> None:
    rows = _credit([("today", "NN", "NOUN", 8, "npadvmod", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False)])
    found = stage_entities(rows, spaces=[*SPACES[:-1], True, False, False])
    assert "Marisol Bedford" not in found or found["Marisol Bedford"].type != "PERSON", found

