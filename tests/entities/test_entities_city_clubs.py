"""A capital's name standing alone for the one body named before whose name holds it (``Real Oslo
won the match . Oslo scored a goal .``) is that body, not the state's government, in a story
of sport or business; with two such bodies the capital stays the
government (issue 15, session 12). (A politics story's "Real Oslo ... Oslo condemned" is left to
the older rules: the tail of a body's name folds into it there too.) Hand-built Docs of sentences written for these tests (rows:
word, tag, pos, head, dep, entity, sentence start)."""

from __future__ import annotations


def _story(bodies: list[list[str]], noun: str = "match", obj: str = "goal") -> list[tuple]:
    """"BODY won the NOUN . [BODY2 won the NOUN .] Oslo scored a OBJ .\""""
    rows: list[tuple] = []
    for words in bodies:
        k0, n = len(rows), len(words)
        verb = k0 + n
        for k, w in enumerate(words):
            rows.append((w, "NNP", "PROPN", verb if k == n - 1 else k0 + n - 1, "nsubj" if k == n - 1 else "compound",
                         "B-ORG" if k == 0 else "I-ORG", k == 0))
        rows += [("won", "VBD", "VERB", verb, "ROOT", "O", False), ("the", "DT", "DET", verb + 2, "det", "O", False),
                 (noun, "NN", "NOUN", verb, "dobj", "O", False), (".", ".", "PUNCT", verb, "punct", "O", False)]
    k0 = len(rows)
    rows += [("Oslo", "NNP", "PROPN", k0 + 1, "nsubj", "B-GPE", True), ("scored", "VBD", "VERB", k0 + 1, "ROOT", "O", False),
             ("a", "DT", "DET", k0 + 3, "det", "O", False), (obj, "NN", "NOUN", k0 + 1, "dobj", "O", False),
             (".", ".", "PUNCT", k0 + 1, "punct", "O", False)]
    return rows


def _holder_of_oslo(found: dict):
    return next(e for e in found.values() if any(m.text == "Oslo" for m in e.mentions))


def test_the_city_alone_is_the_club_named_before(stage_entities) -> None:
    found = stage_entities(_story([["Real", "Oslo"]]))
    holder = _holder_of_oslo(found)
    assert holder.name == "Real Oslo", holder
    assert "GOV" not in holder.sector, holder


def test_two_clubs_of_the_city_leave_the_city_alone(stage_entities) -> None:
    found = stage_entities(_story([["Real", "Oslo"], ["Athletic", "Oslo"]]))
    assert _holder_of_oslo(found).name not in {"Real Oslo", "Athletic Oslo"}, found

