"""Entity codes of brief s15-ents15, each rule tested on sentences of our own (hand-built Docs for
the entity stage; the whole pipeline for places and event parties):

- a president of a body that is not a state's (a team, a firm, a union) named before the noun or
  after ``of`` has the body's sectors, not the state's (GOV); a country's president keeps GOV;
- an acronym of a body of the dictionary counted by a number or ``an`` (``2 RBI``, ``an RBI``) is
  a statistic, no body; ``the RBI`` is still the central bank;
- a region named after a river that shares a country's name (``Niger Delta``, ``Congo Basin``) is no
  mention of the country, for the places stage and for an event party's home; ``Niger`` alone is.
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _named(found: dict, name: str):
    return next(e for n, e in found.items() if n == name)


def test_a_teams_president_is_not_a_state_office(stage_entities) -> None:
    rows: list[Row] = [
        ("Falcons", "NNPS", "PROPN", 1, "compound", "B-ORG", True), ("president", "NN", "NOUN", 3, "compound", "O", False),
        ("Lena", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Marsh", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
        ("resigned", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
    ]
    assert "GOV" not in _named(stage_entities(rows), "Lena Marsh").sector


def test_a_firms_president_in_apposition_is_business(stage_entities) -> None:
    rows: list[Row] = [
        ("Omar", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Haddad", "NNP", "PROPN", 8, "nsubj", "I-PERSON", False),
        (",", ",", "PUNCT", 1, "punct", "O", False), ("the", "DT", "DET", 4, "det", "O", False),
        ("company", "NN", "NOUN", 6, "poss", "O", False), ("'s", "POS", "PART", 4, "case", "O", False),
        ("president", "NN", "NOUN", 1, "appos", "O", False), (",", ",", "PUNCT", 1, "punct", "O", False),
        ("spoke", "VBD", "VERB", 8, "ROOT", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False),
    ]
    assert _named(stage_entities(rows), "Omar Haddad").sector == ["BUS"]


def test_a_countrys_president_keeps_the_state_office(stage_entities) -> None:
    rows: list[Row] = [
        ("Peruvian", "JJ", "ADJ", 1, "amod", "B-NORP", True), ("president", "NN", "NOUN", 3, "compound", "O", False),
        ("Ines", "NNP", "PROPN", 3, "compound", "B-PERSON", False), ("Soto", "NNP", "PROPN", 4, "nsubj", "I-PERSON", False),
        ("resigned", "VBD", "VERB", 4, "ROOT", "O", False), (".", ".", "PUNCT", 4, "punct", "O", False),
    ]
    assert "GOV" in _named(stage_entities(rows), "Ines Soto").sector


def test_a_counted_acronym_is_no_body(stage_entities) -> None:
    rows: list[Row] = [
        ("Kato", "NNP", "PROPN", 1, "nsubj", "B-PERSON", True), ("added", "VBD", "VERB", 1, "ROOT", "O", False),
        ("3", "CD", "NUM", 3, "nummod", "B-CARDINAL", False), ("RBI", "NNP", "PROPN", 1, "dobj", "B-ORG", False),
        (".", ".", "PUNCT", 1, "punct", "O", False),
    ]
    found = stage_entities(rows)
    assert not any(e.country == "IND" for e in found.values())


def test_the_central_banks_acronym_is_still_the_bank(stage_entities) -> None:
    rows: list[Row] = [
        ("The", "DT", "DET", 1, "det", "O", True), ("RBI", "NNP", "PROPN", 2, "nsubj", "B-ORG", False),
        ("cut", "VBD", "VERB", 2, "ROOT", "O", False), ("rates", "NNS", "NOUN", 2, "dobj", "O", False),
        (".", ".", "PUNCT", 2, "punct", "O", False),
    ]
    found = stage_entities(rows)
    assert any(e.country == "IND" and "GOV" in e.sector for e in found.values())


def test_a_region_named_after_a_river_is_no_mention_of_the_country(extract) -> None:
    record = extract("Gunmen kidnapped four oil workers from a barge in the Niger Delta on Tuesday.",
                     published="2013-04-02")
    assert not any(p.level == "country" for p in record.places)
    assert not any(party.country == "NER" for ev in record.events for party in (*ev.actor, *ev.recipient))


def test_the_country_alone_is_still_the_country(extract) -> None:
    record = extract("Gunmen kidnapped four aid workers near the border with Niger on Tuesday, the army said.",
                     published="2013-04-02")
    assert any(p.country == "NER" and p.level == "country" for p in record.places)
