"""A local public body named after a place whose namesakes of weight lie in several countries (``Suffolk
City chief``: an English county and towns of New York and Virginia) serves the namesake of the country the
story's other places are in (branch figcodes41, issue 15; sentences of our own). Since codes43 a university so
named is read the same way (``Cambridge University`` in a story of Long Island: the Massachusetts namesake;
the gazetteer cannot tell a famous university from a town's), where figcodes41 kept the most populous
namesake's country."""

from __future__ import annotations

TEXT = ("Shooting probe\n\nPolice in Long Island said Monday they are searching for a gunman near Riverhead, "
        "New York. Suffolk City chief of detectives Dale Pruitt said witnesses came forward. A study by "
        "Cambridge University was cited.\n")


def _entity(record, name):
    return next(e for e in record.entities if e.name == name)


def test_a_local_officer_takes_the_storys_namesake(extract) -> None:
    record = extract(TEXT, published="2026-07-01")
    assert _entity(record, "Dale Pruitt").country == "USA"


def test_a_university_takes_the_storys_namesake_too(extract) -> None:
    # the story's places are all of one country that has a namesake of weight: the body is read with them
    record = extract(TEXT, published="2026-07-01")
    assert _entity(record, "Cambridge University").country == "USA"
