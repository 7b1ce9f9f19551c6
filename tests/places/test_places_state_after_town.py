"""``Monsey, New York``: a name right after a town and a comma that names an admin1 division some
namesake of the town lies in is that division, not a city of the same name (sentences written for
these tests). A country after a city (``Paris, France``) stays a country.
"""

from __future__ import annotations


def _place(record, needle: str):
    text = record.article.text
    start = text.index(needle)
    return next((p for p in record.places for m in p.mentions if m.start < start + len(needle) and start < m.end), None)


def test_a_state_named_after_a_small_town_is_the_state(extract) -> None:
    rec = extract("Ann Lee, a teacher from Monsey, New York, said the plan was bad.")
    state = _place(rec, "New York")
    assert state is not None and state.level == "admin1" and state.geonameid == 5128638


def test_a_country_after_a_city_stays_a_country(extract) -> None:
    rec = extract("He flew from Paris, France to Berlin on Monday.")
    country = _place(rec, "France")
    assert country is not None and country.level == "country"
