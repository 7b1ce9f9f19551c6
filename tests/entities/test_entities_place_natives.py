"""`The <Place> native says ...`: a person born in a place, described by the noun `native` after the
place's name (person_nouns.tsv), is the one person named before, not a body of its own (the agents
dictionary reads the bare noun as a body). Sentences of our own, hand-built parses."""

from __future__ import annotations


def _rows(people: list[list[str]]) -> list[tuple]:
    """``<people, joined by and> lost jobs . The Ohio native says the plant closed .``"""
    rows: list[tuple] = []
    heads: list[int] = []
    for k, name in enumerate(people):
        if k:
            rows.append(("and", "CC", "CCONJ", heads[0], "cc", "O", False))
        first = len(rows)
        last = first + len(name) - 1
        heads.append(last)
        for j, word in enumerate(name):
            rows.append((word, "NNP", "PROPN", last if j < len(name) - 1 else None,
                         "compound" if j < len(name) - 1 else ("nsubj" if k == 0 else "conj"),
                         ("B-" if j == 0 else "I-") + "PERSON", not rows))
    verb = len(rows)
    rows = [(w, t, p, verb if h is None and d == "nsubj" else (heads[0] if h is None else h), d, e, s)
            for w, t, p, h, d, e, s in rows]
    rows += [("lost", "VBD", "VERB", verb, "ROOT", "O", False), ("jobs", "NNS", "NOUN", verb, "dobj", "O", False),
             (".", ".", "PUNCT", verb, "punct", "O", False)]
    s = len(rows)
    rows += [("The", "DT", "DET", s + 2, "det", "O", True), ("Ohio", "NNP", "PROPN", s + 2, "compound", "B-GPE", False),
             ("native", "NN", "NOUN", s + 3, "nsubj", "O", False), ("says", "VBZ", "VERB", s + 3, "ROOT", "O", False),
             ("the", "DT", "DET", s + 5, "det", "O", False), ("plant", "NN", "NOUN", s + 6, "nsubj", "O", False),
             ("closed", "VBD", "VERB", s + 3, "ccomp", "O", False), (".", ".", "PUNCT", s + 3, "punct", "O", False)]
    return rows


def test_the_place_native_is_the_person_named_before(stage_entities) -> None:
    found = stage_entities(_rows([["Tom", "Reed"]]))
    assert "The Ohio native" in [m.text for m in found["Tom Reed"].mentions]
    assert not any(e.type == "ORG" for e in found.values())


def test_the_place_native_after_two_people_links_neither(stage_entities) -> None:
    found = stage_entities(_rows([["Tom", "Reed"], ["Ann", "Lee"]]))
    for name in ("Tom Reed", "Ann Lee"):
        assert "The Ohio native" not in [m.text for m in found[name].mentions]
    assert not any(e.type == "ORG" for e in found.values())
