"""An acronym in brackets right after capitalised words spells their initials, so those words are one body's
name however the model cut them (``_bracketed_acronym_names``), and the acronym is its short name even when
it spells only the name's last words. A spelled name with no body's span or institution noun in it (an
event's, a product's) is left to the model. Hand-built Docs of sentences written for these tests (rows:
word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _rows(words: list[tuple[str, str]]) -> list[tuple]:
    """``The prize came from <words> .``; ``words`` are (word, entity) pairs, each hanging on ``from``."""
    rows = [("The", "DT", "DET", 1, "det", "O", True), ("prize", "NN", "NOUN", 2, "nsubj", "O", False),
            ("came", "VBD", "VERB", 2, "ROOT", "O", False), ("from", "IN", "ADP", 2, "prep", "O", False)]
    for word, ent in words:
        if word in {"(", ")"}:
            tag, pos = ("-LRB-" if word == "(" else "-RRB-"), "PUNCT"
        elif word in {"of", "for"}:
            tag, pos = "IN", "ADP"
        elif word == "and":
            tag, pos = "CC", "CCONJ"
        elif word == "the":
            tag, pos = "DT", "DET"
        else:
            tag, pos = "NNP", "PROPN"
        rows.append((word, tag, pos, 3, "pobj", ent, False))
    return rows + [(".", ".", "PUNCT", 2, "punct", "O", False)]


def _spaces(rows: list[tuple]) -> list[bool]:
    words = [r[0] for r in rows]
    return [not (nxt in {")", "."} or w == "(") for w, nxt in zip(words, [*words[1:], ""], strict=True)]


def test_a_name_cut_at_of_is_one_body_and_its_acronym_its_short_name(stage_entities) -> None:
    words = [("the", "O"), ("National", "B-ORG"), ("Board", "I-ORG"), ("for", "I-ORG"), ("Water", "I-ORG"),
             ("Safety", "I-ORG"), ("of", "O"), ("the", "B-PERSON"), ("Coast", "I-PERSON"), ("and", "O"),
             ("Rivers", "B-ORG"), ("(", "O"), ("WSCR", "B-ORG"), (")", "O")]
    rows = _rows(words)
    found = stage_entities(rows, spaces=_spaces(rows))
    name = "National Board for Water Safety of the Coast and Rivers"
    assert name in found, found
    assert "WSCR" in [m.text for m in found[name].mentions], found
    assert "Coast" not in found and "Rivers" not in found, found


def test_a_spelled_name_with_no_body_in_it_is_left(stage_entities) -> None:
    words = [("the", "O"), ("Gadget", "B-EVENT"), ("Trade", "I-EVENT"), ("Show", "I-EVENT"), ("(", "O"), ("GTS", "O"),
             (")", "O")]
    rows = _rows(words)
    found = stage_entities(rows, spaces=_spaces(rows))
    assert not any(name.startswith("Gadget Trade Show") and entity.type == "ORG" for name, entity in found.items()), found
