"""A sentence opening with an imperative whose verb the model tags as a given name before a surname
(hand-built Docs, sentences of our own): in ``Combine Lee and Hart's votes ...`` after ``Ann Lee``
was named in full, ``Combine`` is no part of the name. Kept: a first word that may be a given name
when the text never names the person in full with another first word (``Rush Lee`` alone), and a
name that is the sentence's subject.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _rows(first: str, given: str, subject: bool) -> list[Row]:
    rows: list[Row] = [
        (given, "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("won", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        ("Tom", "NNP", "PROPN", 5, "compound", "B-PERSON", True), ("Hart", "NNP", "PROPN", 6, "nsubj", "I-PERSON", False),
        ("lost", "VBD", "VERB", 6, "ROOT", "O", False), (".", ".", "PUNCT", 6, "punct", "O", False),
    ]
    if subject:
        rows += [
            (first, "NNP", "PROPN", 9, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 10, "nsubj", "I-PERSON", False),
            ("agreed", "VBD", "VERB", 10, "ROOT", "O", False), (".", ".", "PUNCT", 10, "punct", "O", False),
        ]
    else:
        rows += [
            (first, "NNP", "PROPN", 9, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 13, "poss", "I-PERSON", False),
            ("and", "CC", "CCONJ", 9, "cc", "O", False), ("Hart", "NNP", "PROPN", 9, "conj", "B-PERSON", False),
            ("'s", "POS", "PART", 11, "case", "O", False), ("votes", "NNS", "NOUN", 13, "ROOT", "O", False),
            (".", ".", "PUNCT", 13, "punct", "O", False),
        ]
    return rows


def _names(found: dict) -> dict[str, list[str]]:
    return {name: [m.text for m in e.mentions] for name, e in found.items()}


def test_an_imperative_before_a_surname_is_no_part_of_the_name(stage_entities_verbs) -> None:
    found = _names(stage_entities_verbs(_rows("Combine", "Ann", subject=False)))
    assert not any(name.startswith("Combine") for name in found)
    assert found["Ann Lee"] == ["Ann Lee", "Lee"]


def test_the_same_first_word_as_the_full_name_s_stays(stage_entities_verbs) -> None:
    found = _names(stage_entities_verbs(_rows("Combine", "Combine", subject=False)))
    assert "Combine Lee" in found


def test_a_subject_keeps_its_first_word(stage_entities_verbs) -> None:
    found = _names(stage_entities_verbs(_rows("Combine", "Ann", subject=True)))
    assert "Combine Lee" in found
