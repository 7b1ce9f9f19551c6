"""An acronym the article spells out is the article's body, never a table row of another body
with the same letters; a table body founded after the article's date is not the one it names."""

from __future__ import annotations

import datetime as dt

from newsevents.actors import load_actor_dictionary


def _entity_with(record, text: str):
    return next(e for e in record.entities if any(m.text.endswith(text) for m in e.mentions))


def test_an_acronym_in_brackets_after_a_name_is_that_body_not_the_tables(extract):
    record = extract(
        "Farmers have criticised Britain's food regulator, the Food Standards Agency (FSA). "
        "A farmers' leader urged the FSA to publish its tests.",
        published="2020-05-01",
    )
    body = _entity_with(record, "FSA")
    assert body.name == "Food Standards Agency" and body.country == "GBR"
    assert all(e.country != "SYR" for e in record.entities)


def test_an_acronym_of_a_named_bodys_initials_is_that_body(extract):
    record = extract(
        "Britain's Food Standards Agency said on Monday it would test more farms. "
        "Mr Jones, a farmer, urged the FSA to publish its tests.",
        published="2020-05-01",
    )
    assert _entity_with(record, "FSA").name == "Food Standards Agency"
    assert all(e.country != "SYR" for e in record.entities)


def test_a_body_founded_after_the_article_is_not_named_by_its_acronym(extract):
    before = extract("The FSA said on Monday that brokers must publish their fees.", published="2004-11-01")
    assert all(e.country != "SYR" for e in before.entities)
    after = extract("Fighters of the FSA attacked an army post near Homs on Monday.", published="2013-11-01")
    assert any(e.country == "SYR" and e.name == "Free Syrian Army" for e in after.entities)


def test_the_organisation_table_dates_later_bodies():
    ad = load_actor_dictionary()
    fsa = ad.organisation("FSA")
    assert fsa is not None and fsa.start is not None and fsa.start.year == 2011
    assert not fsa.exists_on(dt.date(2004, 11, 1)) and fsa.exists_on(dt.date(2013, 11, 1)) and fsa.exists_on(None)
    assert ad.organisation("NATO").exists_on(dt.date(1990, 1, 1))  # no start: any date
