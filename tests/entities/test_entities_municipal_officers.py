"""A job noun a local government's word modifies, written as a person's title or bare apposition (``Oakdale City
Manager <Name>``, ``<Name>, county clerk``), names a local public office: its holder takes the country all of the
story's places lie in; places of two countries leave it open, and an indefinite description (``a town boy``) says
where someone lives, no office (issue 15 item 2; hand-built Docs, sentences of our own)."""

from __future__ import annotations

import pytest

from entity_lookup import name_row, stop_row


@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    return lambda rows: resolve_doc_rows(rows, frozenset({0}))[1]


def _person(entities, surname: str):
    return next(e for e in entities if e.type == "PERSON" and surname in e.name)


def _title_rows(town: str, other: str, club: bool = False) -> list[tuple]:
    """"<Town> City Manager Dora Quill inspected the bridge in <Town> and <Other>." (``club``: "<Town> City" a
    body's name the tagger marked, a football club's)"""
    first, city = ("B-ORG", "I-ORG") if club else ("B-GPE", "O")
    return [name_row(town, 3, "compound", first), name_row("City", 3, "compound", city), name_row("Manager", 5, "compound"),
            name_row("Dora", 5, "compound", "B-PERSON"), name_row("Quill", 6, "nsubj", "I-PERSON"),
            ("inspected", "VBD", "VERB", 6, "ROOT", "O", "inspect"), ("the", "DT", "DET", 8, "det", "O", "the"),
            ("bridge", "NN", "NOUN", 6, "dobj", "O", "bridge"), ("in", "IN", "ADP", 8, "prep", "O", "in"),
            name_row(town, 9, "pobj", "B-GPE"), ("and", "CC", "CCONJ", 10, "cc", "O", "and"),
            name_row(other, 10, "conj", "B-GPE"), stop_row(6)]


def _apposition_rows(det: str | None, modifier: str, noun: str, town: str, other: str) -> list[tuple]:
    """"Rufus Penwell, [det] <modifier> <noun>, inspected the bridge in <Town> and <Other>." """
    rows = [name_row("Rufus", 1, "compound", "B-PERSON"), name_row("Penwell", 6, "nsubj", "I-PERSON"),
            (",", ",", "PUNCT", 1, "punct", "O", ",")]
    if det:
        rows.append((det, "DT", "DET", 5, "det", "O", det.lower()))
    k = len(rows)
    rows += [(modifier, "NN", "NOUN", k + 1, "compound", "O", modifier), (noun, "NN", "NOUN", 1, "appos", "O", noun),
             (",", ",", "PUNCT", 1, "punct", "O", ",")]
    verb = len(rows)
    rows = [(w, t, p, verb if h == 6 else h, d, e, lem) for (w, t, p, h, d, e, lem) in rows]
    return rows + [("inspected", "VBD", "VERB", verb, "ROOT", "O", "inspect"), ("the", "DT", "DET", verb + 2, "det", "O", "the"),
                   ("bridge", "NN", "NOUN", verb, "dobj", "O", "bridge"), ("in", "IN", "ADP", verb + 2, "prep", "O", "in"),
                   name_row(town, verb + 3, "pobj", "B-GPE"), ("and", "CC", "CCONJ", verb + 4, "cc", "O", "and"),
                   name_row(other, verb + 4, "conj", "B-GPE"), stop_row(verb)]


def test_a_city_manager_titled_before_the_name_takes_the_storys_country(resolve) -> None:
    assert _person(resolve(_title_rows("Scranton", "Allentown")), "Quill").country == "USA"


def test_a_bare_apposition_county_engineer_takes_the_storys_country(resolve) -> None:
    entities = resolve(_apposition_rows(None, "county", "engineer", "Scranton", "Allentown"))
    assert _person(entities, "Penwell").country == "USA"


def test_negative_places_of_two_countries_leave_it_open(resolve) -> None:
    entities = resolve(_apposition_rows(None, "county", "engineer", "Scranton", "Winnipeg"))
    assert _person(entities, "Penwell").country is None


def test_negative_an_indefinite_description_is_no_office(resolve) -> None:
    # "Rufus Penwell, a town resident,": where he lives, not an office he holds
    entities = resolve(_apposition_rows("a", "town", "resident", "Scranton", "Allentown"))
    assert _person(entities, "Penwell").country is None


def test_negative_a_clubs_manager_is_no_local_office(resolve) -> None:
    # "<Town> City" a club's name the tagger marked: its manager holds no office of the town
    assert _person(resolve(_title_rows("Scranton", "Allentown", club=True)), "Quill").country is None
