"""A body described as "a <Town> <trade> firm" is at home in that town's country, however the model
tagged the town; a name of a body or a person there is no home."""

from __future__ import annotations

PUBLISHED = "2023-05-10"


def test_a_town_before_a_firms_noun_gives_the_firm_its_country_and_its_apology_is_kept(extract):
    record = extract("Harper Bellamy, a Leeds law firm, was fined on Monday. It has apologised to its clients.",
                     published=PUBLISHED)
    firm = next(e for e in record.entities if e.name == "Harper Bellamy")
    assert (firm.country, firm.sector) == ("GBR", ["BUS"])
    apology = next(e for e in record.events if e.trigger.text == "apologised")
    assert [p.country for p in apology.actor] == ["GBR"]


def test_a_company_name_before_a_firms_noun_is_no_home(extract):
    record = extract("Orwin Mallory, a Boeing supply firm, was fined on Monday.", published=PUBLISHED)
    assert all(e.country in (None, "USA") for e in record.entities if "Mallory" in e.name)
