"""A club named by its town and a plural nationality noun (``the Boston Indians``) is the town's,
not the nationality's; a body named by a country word keeps that country."""

from __future__ import annotations


def _codes(record, name: str) -> str | None:
    return next(e.country for e in record.entities if e.name == name)


def test_a_town_s_club_with_a_nationality_nickname_is_the_town_s(extract) -> None:
    record = extract("Fans celebrated after the Boston Indians beat the Denver Mexicans 4-3 on Sunday.",
                     published="2018-05-05")
    assert _codes(record, "Boston Indians") == "USA"
    assert _codes(record, "Denver Mexicans") == "USA"


def test_a_body_named_by_its_nationality_keeps_it(extract) -> None:
    record = extract("Russian Railways raised its fares on Monday.", published="2018-05-05")
    assert _codes(record, "Russian Railways") == "RUS"
