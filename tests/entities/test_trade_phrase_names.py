"""A trade phrase right before a body's name describes the body: the party is the name, with the
phrase's country and sector (``in talks with luxury goods group Vexor``)."""

from __future__ import annotations

PUBLISHED = "2020-05-01"


def test_a_trade_phrase_with_a_plain_noun_inside_describes_the_name_after_it(extract):
    record = extract("A British bank said it is in talks with luxury goods group Vexor about a loan.",
                     published=PUBLISHED)
    vexor = next(e for e in record.entities if e.name == "Vexor")
    assert vexor.type == "ORG" and "BUS" in vexor.sector
    assert not any(e.name.endswith("goods group") for e in record.entities)
    talks = next(e for e in record.events if e.event == "CONSULT")
    assert [(p.entity, p.text) for p in talks.recipient] == [(vexor.id, "luxury goods group Vexor")]


def test_the_trade_phrases_nationality_codes_the_named_body(extract):
    record = extract("A British bank said it is in talks with French luxury goods group Vexor about a loan.",
                     published=PUBLISHED)
    talks = next(e for e in record.events if e.event == "CONSULT")
    assert [(p.text, p.country) for p in talks.recipient] == [("French luxury goods group Vexor", "FRA")]
