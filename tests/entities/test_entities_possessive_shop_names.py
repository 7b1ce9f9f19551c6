"""A firm named by its founder's possessive (``the auction, at Pryce's, will ...``): a body's name the article
writes only with ``'s`` after it, once with no noun after the mark, ends with the mark
(``_possessive_shop_names``); a body the article also names without the mark keeps its possessive reading.
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _at(name_rows: list[tuple[str, str, str]], rest: list[tuple[str, str, str, str]]) -> list[tuple]:
    """``Bids came in at <name> 's , <rest>``: the model's ORG over the name, the mark outside it."""
    rows = [("Bids", "NNS", "NOUN", 1, "nsubj", "O", True), ("came", "VBD", "VERB", 1, "ROOT", "O", False),
            ("in", "RP", "ADP", 1, "prt", "O", False), ("at", "IN", "ADP", 1, "prep", "O", False)]
    n = len(name_rows)
    for k, (word, tag, ent) in enumerate(name_rows):
        rows.append((word, tag, "PROPN", 4 + n - 1, "compound" if k < n - 1 else "pobj", ent, False))
    rows.append(("'s", "POS", "PART", 4 + n - 1, "case", "O", False))
    for word, tag, pos, dep in rest:
        rows.append((word, tag, pos, 1, dep, "O", False))
    return rows


def _spaces(rows: list[tuple]) -> list[bool]:
    words = [r[0] for r in rows]
    return [nxt not in {"'s", ",", "."} for nxt in [*words[1:], ""]]


def test_a_name_written_only_with_its_mark_and_no_noun_after_is_a_shop(stage_entities) -> None:
    rows = _at([("Pryce", "NNP", "B-ORG")], [(",", ",", "PUNCT", "punct"), ("late", "RB", "ADV", "advmod"), (".", ".", "PUNCT", "punct")])
    found = stage_entities(rows, spaces=_spaces(rows))
    assert "Pryce's" in found, found


def test_a_body_also_named_without_the_mark_keeps_its_possessive(stage_entities) -> None:
    rows = _at([("Harbor", "NNP", "B-ORG"), ("Guild", "NNP", "I-ORG")],
               [(",", ",", "PUNCT", "punct"), ("not", "RB", "ADV", "neg"), ("Harbor", "NNP", "PROPN", "npadvmod"),
                ("Guild", "NNP", "PROPN", "npadvmod"), (".", ".", "PUNCT", "punct")])
    rows[-3] = (*rows[-3][:5], "B-ORG", False)
    rows[-2] = (*rows[-2][:5], "I-ORG", False)
    found = stage_entities(rows, spaces=_spaces(rows))
    assert "Harbor Guild" in found and "Harbor Guild's" not in found, found


def test_a_network_s_initials_owning_a_quoted_show_keep_their_possessive(stage_entities) -> None:
    rows = _at([("ZBN", "NNP", "B-ORG")], [("“", "``", "PUNCT", "punct"), ("Late", "NNP", "PROPN", "npadvmod"),
                                          ("”", "''", "PUNCT", "punct"), (".", ".", "PUNCT", "punct")])
    found = stage_entities(rows, spaces=_spaces(rows))
    assert "ZBN" in found and "ZBN's" not in found, found
