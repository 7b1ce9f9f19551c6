"""A capitalised ``State`` after the name of a first-level division (``Enugu State``, ``New York State``)
names that division, not the city of the same name; a name the gazetteer knows as no division (``Kent
State``, a university) is left as it was (branch figcodes41; sentences of our own)."""

from __future__ import annotations

from test_places_us_local import _place

PUBLISHED = "2026-07-01"


def test_a_division_named_with_state_is_the_division(extract) -> None:
    rec = extract("Heavy rain flooded farms across Enugu State on Monday, the emergency agency said.",
                  published=PUBLISHED)
    assert _place(rec, "Enugu").level == "admin1"


def test_the_city_of_the_name_alone_stays_the_city(extract) -> None:
    # negative: "in Enugu" with no State after it keeps the gazetteer's reading (the state capital)
    rec = extract("Traders in Enugu closed their shops on Monday after the rain.", published=PUBLISHED)
    assert _place(rec, "Enugu").level == "city"


def test_the_bare_name_beside_the_division_stays_the_city(extract) -> None:
    # "in Enugu ... a former governor of Enugu State": the State tells the division apart, so the bare
    # name is not made the division by it
    rec = extract("The group's leader spoke on Thursday in Enugu. He said a former governor of Enugu State "
                  "was under investigation.", published=PUBLISHED)
    assert _place(rec, "Enugu", 1).level == "city"
    assert _place(rec, "Enugu", 2).level == "admin1"
