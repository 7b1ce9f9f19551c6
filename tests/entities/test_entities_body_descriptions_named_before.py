"""A definite description standing for the one body named before it (ents29): an outlet's noun (``He told
the newspaper``) is the one news outlet named before; ``the group's``, ``the secretive organization's`` (a
possessive, a plain adjective) are the one body not a state's named before. Hand-built Docs of sentences
written for these tests (rows: word, tag, pos, head, dep, entity, sentence start; heads absolute)."""

from __future__ import annotations


def _met(outlets: list[tuple]) -> list[tuple]:
    """``Tom Reed met OUTLETS . He told the newspaper .``"""
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("met", "VBD", "VERB", 2, "ROOT", "O", False), *outlets]
    n = len(rows)
    return [*rows, (".", ".", "PUNCT", 2, "punct", "O", False),
            ("He", "PRP", "PRON", n + 2, "nsubj", "O", True), ("told", "VBD", "VERB", n + 2, "ROOT", "O", False),
            ("the", "DT", "DET", n + 4, "det", "O", False), ("newspaper", "NN", "NOUN", n + 2, "dobj", "O", False),
            (".", ".", "PUNCT", n + 2, "punct", "O", False)]


ONE_OUTLET = [("the", "DT", "DET", 5, "det", "O", False), ("Daily", "NNP", "PROPN", 5, "compound", "B-ORG", False),
              ("Herald", "NNP", "PROPN", 2, "dobj", "I-ORG", False)]


def test_the_newspaper_is_the_one_outlet_named_before(stage_entities) -> None:
    found = stage_entities(_met(ONE_OUTLET))
    assert [m.text for m in found["Daily Herald"].mentions] == ["Daily Herald", "the newspaper"], found
    assert "newspaper" not in found, found


def test_two_outlets_named_before_and_the_newspaper_is_neither(stage_entities) -> None:
    two = [*ONE_OUTLET, ("and", "CC", "CCONJ", 5, "cc", "O", False), ("the", "DT", "DET", 9, "det", "O", False),
           ("Evening", "NNP", "PROPN", 9, "compound", "B-ORG", False), ("Post", "NNP", "PROPN", 5, "conj", "I-ORG", False)]
    found = stage_entities(_met(two))
    assert [m.text for m in found["Daily Herald"].mentions] == ["Daily Herald"], found
    assert [m.text for m in found["Evening Post"].mentions] == ["Evening Post"], found


def _group_story(adjective: str) -> list[tuple]:
    """``Harbour Watch staged a protest . The ADJECTIVE group 's leader quit .``"""
    return [("Harbour", "NNP", "PROPN", 1, "compound", "B-ORG", True), ("Watch", "NNP", "PROPN", 2, "nsubj", "I-ORG", False),
            ("staged", "VBD", "VERB", 2, "ROOT", "O", False), ("a", "DT", "DET", 4, "det", "O", False),
            ("protest", "NN", "NOUN", 2, "dobj", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
            ("The", "DT", "DET", 8, "det", "O", True), (adjective, "JJ", "ADJ", 8, "amod", "O", False),
            ("group", "NN", "NOUN", 10, "poss", "O", False), ("'s", "POS", "PART", 8, "case", "O", False),
            ("leader", "NN", "NOUN", 11, "nsubj", "O", False), ("quit", "VBD", "VERB", 11, "ROOT", "O", False),
            (".", ".", "PUNCT", 11, "punct", "O", False)]


def test_the_secretive_groups_leader_names_the_group_named_before(stage_entities) -> None:
    found = stage_entities(_group_story("secretive"))
    assert "The secretive group" in [m.text for m in found["Harbour Watch"].mentions], found


def test_the_other_group_is_not_the_one_named_before(stage_entities) -> None:
    found = stage_entities(_group_story("other"))
    assert [m.text for m in found["Harbour Watch"].mentions] == ["Harbour Watch"], found


def test_of_two_outlets_the_one_named_in_the_sentence_before_is_meant(stage_entities) -> None:
    # "Tom Reed met the Evening Post . Reed met the Daily Herald . He told the newspaper ."
    first = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
             ("met", "VBD", "VERB", 2, "ROOT", "O", False), ("the", "DT", "DET", 5, "det", "O", False),
             ("Evening", "NNP", "PROPN", 5, "compound", "B-ORG", False), ("Post", "NNP", "PROPN", 2, "dobj", "I-ORG", False),
             (".", ".", "PUNCT", 2, "punct", "O", False), ("Reed", "NNP", "PROPN", 8, "nsubj", "B-PERSON", True)]
    rest = [(w, t, p, h + 6, d, e, s) for w, t, p, h, d, e, s in _met(ONE_OUTLET)[2:]]
    found = stage_entities(first + rest)
    assert [m.text for m in found["Daily Herald"].mentions] == ["Daily Herald", "the newspaper"], found
    assert [m.text for m in found["Evening Post"].mentions] == ["Evening Post"], found


def test_an_outlet_named_with_the_noun_keeps_the_noun_from_one_named_nearer(stage_entities) -> None:
    # "Tom Reed wrote for Home Life magazine . He met Kestrel News . He told the magazine ."
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
            ("wrote", "VBD", "VERB", 2, "ROOT", "O", False), ("for", "IN", "ADP", 2, "prep", "O", False),
            ("Home", "NNP", "PROPN", 5, "compound", "B-ORG", False), ("Life", "NNP", "PROPN", 6, "compound", "I-ORG", False),
            ("magazine", "NN", "NOUN", 3, "pobj", "I-ORG", False), (".", ".", "PUNCT", 2, "punct", "O", False),
            ("He", "PRP", "PRON", 9, "nsubj", "O", True), ("met", "VBD", "VERB", 9, "ROOT", "O", False),
            ("Kestrel", "NNP", "PROPN", 11, "compound", "B-ORG", False), ("News", "NNP", "PROPN", 9, "dobj", "I-ORG", False),
            (".", ".", "PUNCT", 9, "punct", "O", False),
            ("He", "PRP", "PRON", 14, "nsubj", "O", True), ("told", "VBD", "VERB", 14, "ROOT", "O", False),
            ("the", "DT", "DET", 16, "det", "O", False), ("magazine", "NN", "NOUN", 14, "dobj", "O", False),
            (".", ".", "PUNCT", 14, "punct", "O", False)]
    found = stage_entities(rows)
    assert [m.text for m in found["Kestrel News"].mentions] == ["Kestrel News"], found


def test_a_group_brought_in_with_a_before_is_not_the_body_named(stage_entities) -> None:
    # "Harbour Watch staged a protest . A group wrote on the group 's website ." (the parser hangs "A" elsewhere)
    rows = _group_story("secretive")[:6] + [
        ("A", "DT", "DET", 9, "det", "O", True), ("group", "NN", "NOUN", 8, "nsubj", "O", False),
        ("wrote", "VBD", "VERB", 8, "ROOT", "O", False), ("on", "IN", "ADP", 8, "prep", "O", False),
        ("the", "DT", "DET", 11, "det", "O", False), ("group", "NN", "NOUN", 13, "poss", "O", False),
        ("'s", "POS", "PART", 11, "case", "O", False), ("website", "NN", "NOUN", 9, "pobj", "O", False),
        (".", ".", "PUNCT", 8, "punct", "O", False)]
    found = stage_entities(rows)
    assert [m.text for m in found["Harbour Watch"].mentions] == ["Harbour Watch"], found
