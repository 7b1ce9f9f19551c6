"""A state's office said with its state (``the Oregon senator``, ``the former Oregon governor``) and a former
office (``the former president``), read on sentences written for these tests (issue 15, descs41):

- of the people the text calls by the office, one whose state it gives as another (``Texas Sen. X``, ``X, the
  Idaho senator``) is never meant; when every other is so told apart and one whose state it never gives is left,
  that one is meant; two left, no link;
- ``the former <office>'s <noun>`` is a description of the one person named before whom the office holders'
  table gives that office in the past; a later ``the former <office>`` among several past holders named is
  the one the text already called so."""

from __future__ import annotations

from entity_lookup import mentions_by_name

PUBLISHED = "2015-06-01"

TOUR = ("Farm tour draws crowd.\n\nSen. Dana Pruitt and former Gov. Walt Ambrose toured a dairy farm on Monday. "
        "Kyle Vance, the independent Idaho senator who chairs the farm panel, stayed in Washington. Former Idaho "
        "Gov. Lou Barnes and Texas Sen. Rita Crane joined them later. The Oregon senator praised the farmers, "
        "while the former Oregon governor left early.")


def test_the_state_office_is_the_one_holder_whose_state_is_not_another(extract):
    found = mentions_by_name(extract(TOUR, published=PUBLISHED))
    assert "The Oregon senator" in found["Dana Pruitt"]
    assert "The Oregon senator" not in found["Rita Crane"]


def test_the_former_state_office_is_the_one_former_holder_of_no_other_state(extract):
    found = mentions_by_name(extract(TOUR, published=PUBLISHED))
    assert "the former Oregon governor" in found["Walt Ambrose"]
    assert "the former Oregon governor" not in found["Kyle Vance"]


def test_two_holders_of_no_state_said_take_no_state_office(extract):
    text = ("Farm tour draws crowd.\n\nSen. Dana Pruitt and Sen. Walt Ambrose toured a dairy farm on Monday. "
            "Texas Sen. Rita Crane joined them later. The Oregon senator praised the farmers.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    for name in ("Dana Pruitt", "Walt Ambrose", "Rita Crane"):
        assert "The Oregon senator" not in found[name]


def test_a_former_office_owning_a_noun_is_the_past_holder_named_before(extract):
    text = ("Exhibition opens.\n\nHorst Köhler opened the exhibition in Bonn on Monday. The curator spoke warmly "
            "of the former president's personal gifts last week.")
    assert "the former president" in mentions_by_name(extract(text, published=PUBLISHED))["Horst Köhler"]


def test_a_former_office_said_again_is_the_one_called_so_before(extract):
    text = ("Exhibition opens.\n\nHorst Köhler opened the exhibition in Bonn on Monday. The curator spoke warmly "
            "of the former president's personal gifts last week. Johannes Rau and Christian Wulff also attended. "
            "Reporters asked the former president about the paintings.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert found["Horst Köhler"].count("the former president") == 2
    assert "the former president" not in found.get("Christian Wulff", [])


def test_a_fronted_definite_office_of_a_body_is_the_subjects(extract):
    text = ("College head faces review.\n\nThe trustees met on Monday. Now the president of Dunmore College, Alma "
            "Fitch has faced criticism over the budget.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "the president" in found["Alma Fitch"]


def test_a_fronted_office_in_a_clause_after_a_verb_is_no_apposition(extract):
    text = ("College head faces review.\n\nThe trustees met the president of Dunmore College, Alma Fitch said on "
            "Monday.")
    found = mentions_by_name(extract(text, published=PUBLISHED))
    assert "the president" not in found.get("Alma Fitch", [])
