"""A paragraph that opens with a definite description identified by a clause after its noun (``The homeless
woman accused of theft told police ...``) introduces the person the next sentence names for the first time,
and a brief's headline right before it (a short line alone in its paragraph, ``Tired driver named``) tells of
that person too (issue 15, descs40; hand-built Docs of sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def resolve(stage_entities):
    def run(rows, spaces) -> dict:
        found = stage_entities(rows, spaces)
        return {name: [m.text for m in e.mentions] for name, e in found.items()}

    return run


def _build(named_first: bool, clause: bool):
    """[Kim Roe | Ann Lee] spoke . // Tired driver named . // The homeless woman [accused of theft] told police
    she was tired . // Kim Roe , 24 , will be charged ."""
    lines = [
        ("p0a", "Kim" if named_first else "Ann", "NNP", "PROPN", "p0b", "compound", "B-PERSON", True),
        ("p0b", "Roe" if named_first else "Lee", "NNP", "PROPN", "p0v", "nsubj", "I-PERSON", False),
        ("p0v", "spoke", "VBD", "VERB", "p0v", "ROOT", "O", False),
        ("p0p", ".", ".", "PUNCT", "p0v", "punct", "O", False),
        ("p0s", "\n\n", "_SP", "SPACE", "p0p", "dep", "O", False),
        ("h1", "Tired", "JJ", "ADJ", "h2", "amod", "O", True),
        ("h2", "driver", "NN", "NOUN", "h3", "nsubjpass", "O", False),
        ("h3", "named", "VBN", "VERB", "h3", "ROOT", "O", False),
        ("h4", ".", ".", "PUNCT", "h3", "punct", "O", False),
        ("h5", "\n\n", "_SP", "SPACE", "h4", "dep", "O", False),
        ("o1", "The", "DT", "DET", "o3", "det", "O", True),
        ("o2", "homeless", "JJ", "ADJ", "o3", "amod", "O", False),
        ("o3", "woman", "NN", "NOUN", "o7", "nsubj", "O", False),
    ]
    if clause:
        lines += [("o4", "accused", "VBN", "VERB", "o3", "acl", "O", False),
                  ("o5", "of", "IN", "ADP", "o4", "prep", "O", False),
                  ("o6", "theft", "NN", "NOUN", "o5", "pobj", "O", False)]
    lines += [
        ("o7", "told", "VBD", "VERB", "o7", "ROOT", "O", False),
        ("o8", "police", "NNS", "NOUN", "o7", "dobj", "O", False),
        ("o9", "she", "PRP", "PRON", "o10", "nsubj", "O", False),
        ("o10", "was", "VBD", "AUX", "o7", "ccomp", "O", False),
        ("o11", "tired", "JJ", "ADJ", "o10", "acomp", "O", False),
        ("o12", ".", ".", "PUNCT", "o7", "punct", "O", False),
        ("o13", "\n\n", "_SP", "SPACE", "o12", "dep", "O", False),
        ("n1", "Kim", "NNP", "PROPN", "n2", "compound", "B-PERSON", True),
        ("n2", "Roe", "NNP", "PROPN", "n8", "nsubjpass", "I-PERSON", False),
        ("n3", ",", ",", "PUNCT", "n2", "punct", "O", False),
        ("n4", "24", "CD", "NUM", "n2", "appos", "O", False),
        ("n5", ",", ",", "PUNCT", "n2", "punct", "O", False),
        ("n6", "will", "MD", "AUX", "n8", "aux", "O", False),
        ("n7", "be", "VB", "AUX", "n8", "auxpass", "O", False),
        ("n8", "charged", "VBN", "VERB", "n8", "ROOT", "O", False),
        ("n9", ".", ".", "PUNCT", "n8", "punct", "O", False),
    ]
    index = {row[0]: i for i, row in enumerate(lines)}
    rows = [(w, tag, pos, index[head], dep, ent, start) for _, w, tag, pos, head, dep, ent, start in lines]
    words = [row[0] for row in rows]
    spaces = [not (w == "\n\n" or (k + 1 < len(words) and words[k + 1] in {".", ",", "\n\n"}) or k + 1 == len(words))
              for k, w in enumerate(words)]
    return rows, spaces


def test_an_identified_opening_and_its_briefs_headline_are_the_person_named_next(resolve) -> None:
    found = resolve(*_build(named_first=False, clause=True))
    assert "The homeless woman" in found["Kim Roe"], found
    assert "Tired driver" in found["Kim Roe"], found
    assert "she" in found["Kim Roe"]


def test_an_opening_with_no_identifying_clause_introduces_nobody(resolve) -> None:
    found = resolve(*_build(named_first=False, clause=False))
    assert "The homeless woman" not in found.get("Kim Roe", []), found
    assert "Tired driver" not in found.get("Kim Roe", [])


def test_a_person_named_before_is_not_introduced_by_the_opening(resolve) -> None:
    found = resolve(*_build(named_first=True, clause=True))
    assert "The homeless woman" not in found["Kim Roe"], found
