"""A named person with no country, coordinated by name with people of the story's own country and
with nobody of another (``US Senator Ann Lee and Tom Rade back the plan``, ``a race between Lee
and Rade``), is of that country too (hand-built Docs, sentences of our own). Named apart
(``Lee met Rade``) or with people of two countries, the person keeps no country.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _lee_and(partner: list[Row], verb: str = "back") -> list[Row]:
    # US Senator Ann Lee and <partner> back the plan .
    n = len(partner)
    rows: list[Row] = [
        ("US", "NNP", "PROPN", 3, "compound", "B-GPE", True), ("Senator", "NNP", "PROPN", 3, "compound", "O", False),
        ("Ann", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Lee", "NNP", "PROPN", 5 + n, "nsubj", "I-PERSON", False),
        ("and", "CC", "CCONJ", 3, "cc", "O", False),
    ]
    rows += partner
    rows += [(verb, "VBP", "VERB", 5 + n, "ROOT", "O", False), ("the", "DT", "DET", 7 + n, "det", "O", False),
             ("plan", "NN", "NOUN", 5 + n, "dobj", "O", False), (".", ".", "PUNCT", 5 + n, "punct", "O", False)]
    return rows


TOM_RADE: list[Row] = [("Tom", "NNP", "PROPN", 6, "compound", "B-PERSON", False), ("Rade", "NNP", "PROPN", 3, "conj", "I-PERSON", False)]


def test_a_person_named_with_people_of_the_story_country_is_of_it(stage_entities) -> None:
    found = stage_entities(_lee_and(TOM_RADE))
    assert found["Ann Lee"].country == "USA"
    assert found["Tom Rade"].country == "USA"


def test_a_person_named_apart_keeps_no_country(stage_entities) -> None:
    # US Senator Ann Lee met Tom Rade on Monday .
    rows: list[Row] = [
        ("US", "NNP", "PROPN", 3, "compound", "B-GPE", True), ("Senator", "NNP", "PROPN", 3, "compound", "O", False),
        ("Ann", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Lee", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
        ("met", "VBD", "VERB", 4, "ROOT", "O", False), ("Tom", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
        ("Rade", "NNP", "PROPN", 4, "dobj", "I-PERSON", False), ("on", "IN", "ADP", 4, "prep", "O", False),
        ("Monday", "NNP", "PROPN", 7, "pobj", "B-DATE", False), (".", ".", "PUNCT", 4, "punct", "O", False),
    ]
    found = stage_entities(rows)
    assert found["Ann Lee"].country == "USA"
    assert found["Tom Rade"].country is None


def test_a_person_named_with_people_of_two_countries_keeps_no_country(stage_entities) -> None:
    # US Senator Ann Lee , French Senator Paul Roux and Tom Rade back the plan .
    partner: list[Row] = [
        ("French", "JJ", "ADJ", 7, "amod", "B-NORP", False), ("Senator", "NNP", "PROPN", 8, "compound", "O", False),
        ("Paul", "NNP", "PROPN", 8, "compound", "B-PERSON", False), ("Roux", "NNP", "PROPN", 3, "conj", "I-PERSON", False),
        ("and", "CC", "CCONJ", 8, "cc", "O", False),
        ("Tom", "NNP", "PROPN", 11, "compound", "B-PERSON", False), ("Rade", "NNP", "PROPN", 8, "conj", "I-PERSON", False),
    ]
    rows = _lee_and(partner)
    rows[4] = (",", ",", "PUNCT", 3, "punct", "O", False)
    found = stage_entities(rows)
    assert found["Paul Roux"].country == "FRA"
    assert found["Tom Rade"].country is None
