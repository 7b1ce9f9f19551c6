"""The side someone plays for, named after ``for`` by words the model left untagged (hand-built
Docs, sentences of our own): ``Tom Reed made his debut for Kestrel Vale in Oslo`` names a body,
which takes no country from where the debut was (``in Oslo``). Not a person's name after ``for``
(a known given name first), nor words after a ``for`` that another verb governs.
"""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _rows(first: str, second: str, verb_between: bool = False) -> list[Row]:
    """Tom Reed made his debut (and voted) for <first> <second> in Oslo ."""
    rows: list[Row] = [
        ("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True),
        ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("made", "VBD", "VERB", 2, "ROOT", "O", False),
        ("his", "PRP$", "PRON", 4, "poss", "O", False),
        ("debut", "NN", "NOUN", 2, "dobj", "O", False),
    ]
    at = 2
    if verb_between:
        rows += [("and", "CC", "CCONJ", 2, "cc", "O", False), ("voted", "VBD", "VERB", 2, "conj", "O", False)]
        at = 6
    k = len(rows)
    rows += [
        ("for", "IN", "ADP", at, "prep", "O", False),
        (first, "NNP", "PROPN", k + 2, "compound", "O", False),
        (second, "NNP", "PROPN", k, "pobj", "O", False),
        ("in", "IN", "ADP", at, "prep", "O", False),
        ("Oslo", "NNP", "PROPN", k + 3, "pobj", "B-GPE", False),
        (".", ".", "PUNCT", 2, "punct", "O", False),
    ]
    return rows


def test_the_side_played_for_is_a_body_with_no_country_from_the_venue(stage_entities) -> None:
    found = stage_entities(_rows("Kestrel", "Vale"))
    side = found["Kestrel Vale"]
    assert side.type == "ORG"
    assert side.country is None


def test_a_persons_name_after_for_is_no_side(stage_entities) -> None:
    found = stage_entities(_rows("Ann", "Lee"))
    assert found.get("Ann Lee") is None or found["Ann Lee"].type != "ORG"


def test_a_for_of_another_verb_names_no_side(stage_entities) -> None:
    found = stage_entities(_rows("Kestrel", "Vale", verb_between=True))
    assert "Kestrel Vale" not in found or found["Kestrel Vale"].type != "ORG"
