"""A local public body named after a place whose namesakes of weight lie in several countries (``Suffolk
City chief``: an English county and towns of New York and Virginia) serves the namesake of the country the
story's other places are in; a university so named keeps the most populous namesake's country (``Cambridge University`` in a story of Long Island) (branch
figcodes41, issue 15; sentences of our own)."""

from __future__ import annotations

TEXT = ("Shooting probe\n\nPolice in Long Island said Monday they are searching for a gunman near Riverhead, "
        "New York. Suffolk City chief of detectives Dale Pruitt said witnesses came forward. A study by "
        "Cambridge University was cited.\n")


def _entity(record, name):
    return next(e for e in record.entities if e.name == name)


def test_a_local_officer_takes_the_storys_namesake(extract) -> None:
    record = extract(TEXT, published="2026-07-01")
    assert _entity(record, "Dale Pruitt").country == "USA"


def test_a_university_keeps_the_most_populous_namesake(extract) -> None:
    # negative: a university may be far from the story's places ("a study by <Place> University")
    record = extract(TEXT, published="2026-07-01")
    assert _entity(record, "Cambridge University").country == "GBR"
