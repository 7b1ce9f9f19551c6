"""A body's description written before its name without a comma ("US mortgage giant Acme"):
the name is a body's, with the description's country and the body noun's sector, for every
mention of the name. Sentences of our own."""

from __future__ import annotations

from newsevents.actors import actor_dictionary


def body(record, name):
    found = [e for e in record.entities if e.name == name]
    assert len(found) == 1, [(e.name, e.type) for e in record.entities]
    return found[0]


def test_a_country_before_a_firm_noun_is_the_named_firms(extract):
    record = extract(
        "Shares in Danish shipping firm Holmvik Lines fell on Monday. Holmvik Lines said it would cut 300 jobs.",
        published="2005-01-01",
    )
    firm = body(record, "Holmvik Lines")
    assert firm.type == "ORG" and firm.country == "DNK" and "BUS" in firm.sector
    assert len([m for m in firm.mentions if m.text == "Holmvik Lines"]) == 2


def test_a_name_after_a_firm_noun_is_no_person_though_it_starts_with_a_given_name(extract):
    # "Fanny" is a given name; the noun before the name says it names a body
    record = extract("The bosses of US mortgage giant Fanny Brook have resigned.", published="2005-01-01")
    firm = body(record, "Fanny Brook")
    assert firm.type == "ORG" and firm.country == "USA" and firm.sector == ["BUS"]
    assert not any(e.type == "PERSON" and "Fanny" in e.name for e in record.entities)


def test_a_person_after_a_persons_title_is_still_a_person(extract):
    record = extract("Danish shipping minister Lars Holm said the port would reopen.", published="2005-01-01")
    person = body(record, "Lars Holm")
    assert person.type == "PERSON" and person.country == "DNK"


def test_a_body_named_in_the_description_gives_the_firm_no_country(extract):
    # "Microsoft rival": the rival is of no country by that; only country words and places count
    record = extract("Microsoft rival firm Quillsoft said it would appeal.", published="2005-01-01")
    firm = body(record, "Quillsoft")
    assert firm.type == "ORG" and firm.country is None


def test_a_firms_chief_financial_officer_is_business_not_the_military():
    role = actor_dictionary().role("chief financial officer")
    assert role is not None and role.sector == "BUS" and role.kind == "person"
    giant = actor_dictionary().role("giant")
    assert giant is not None and giant.kind == "org"


def test_a_later_bare_mention_of_a_described_body_is_that_body(extract):
    # the model may tag the bare name a person the second time; the text called it a firm
    record = extract("Danish oil giant Torvik has filed for bankruptcy. Torvik sought help from the government.",
                     published="2005-01-01")
    firm = body(record, "Torvik")
    assert firm.type == "ORG" and firm.country == "DNK"
    assert len([m for m in firm.mentions if m.text == "Torvik"]) == 2
