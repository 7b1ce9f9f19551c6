"""A race leader's description restated after a colon by a subject pronoun (hand-built Docs,
sentences of our own): in ``Ann Lee beat Tom Hart in Ohio. It was a bad night for the party
front-runner: she lost votes.`` nobody is said to lead, but the clause after the colon says who
the front-runner is: the person its pronoun stands for. Without the colon (a full stop) no link.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _rows(mark: str) -> list[Row]:
    new_sentence = mark == "."
    return [
        ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("beat", "VBD", "VERB", 2, "ROOT", "O", False), ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
        ("Hart", "NNP", "PROPN", 2, "dobj", "I-PERSON", False), ("in", "IN", "ADP", 2, "prep", "O", False),
        ("Ohio", "NNP", "PROPN", 5, "pobj", "B-GPE", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        ("It", "PRP", "PRON", 9, "nsubj", "O", True), ("was", "VBD", "AUX", 9, "ROOT", "O", False),
        ("a", "DT", "DET", 12, "det", "O", False), ("bad", "JJ", "ADJ", 12, "amod", "O", False),
        ("night", "NN", "NOUN", 9, "attr", "O", False), ("for", "IN", "ADP", 12, "prep", "O", False),
        ("the", "DT", "DET", 18, "det", "O", False), ("party", "NN", "NOUN", 18, "compound", "O", False),
        ("front", "JJ", "ADJ", 18, "compound", "O", False), ("-", "HYPH", "PUNCT", 18, "punct", "O", False),
        ("runner", "NN", "NOUN", 13, "pobj", "O", False), (mark, mark, "PUNCT", 9, "punct", "O", False),
        ("she", "PRP", "PRON", 21, "nsubj", "O", new_sentence), ("lost", "VBD", "VERB", 21 if new_sentence else 9,
                                                                  "ROOT" if new_sentence else "parataxis", "O", False),
        ("votes", "NNS", "NOUN", 21, "dobj", "O", False), (".", ".", "PUNCT", 21 if new_sentence else 9, "punct", "O", False),
    ]


def _spaces(rows: list[Row]) -> list[str]:
    # "front-runner" as the tokenizer splits it, written without spaces; no space before the marks
    spaces = [" "] * len(rows)
    for i, row in enumerate(rows):
        if row[0] in {"front", "-"} or i + 1 < len(rows) and rows[i + 1][0] in {".", ":"}:
            spaces[i] = ""
    return spaces


def _mentions(found: dict, name: str) -> list[str]:
    return [m.text for m in found[name].mentions]


def test_the_pronoun_after_the_colon_says_who_leads(stage_entities) -> None:
    rows = _rows(":")
    found = stage_entities(rows, _spaces(rows))
    assert "the party front-runner" in _mentions(found, "Ann Lee")
    assert "the party front-runner" not in _mentions(found, "Tom Hart")


def test_no_colon_no_link(stage_entities) -> None:
    rows = _rows(".")
    found = stage_entities(rows, _spaces(rows))
    assert "the party front-runner" not in _mentions(found, "Ann Lee")
    assert "the party front-runner" not in _mentions(found, "Tom Hart")
