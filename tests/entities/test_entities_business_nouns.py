"""A firm's country in an apposition after its name needs the description's noun to be known as a
business noun: ``Bexcom, the British software consultancy,`` (issue 14, eleventh audit #9)."""

from __future__ import annotations

import pytest

from newsevents.actors import load_actor_dictionary

PUBLISHED = "2020-05-01"


@pytest.mark.parametrize("noun", ["consultancy", "start-up", "brokerage", "multinational", "law firm", "hedge fund"])
def test_business_nouns_name_a_firm(noun):
    role = load_actor_dictionary().role(noun)
    assert role is not None and (role.sector, role.kind) == ("BUS", "org")


def test_an_apposition_with_a_consultancy_gives_the_firm_its_country(extract):
    record = extract("Zentri-corp, the US technology consultancy, has been working with the ILO on the cards.",
                     published=PUBLISHED)
    firm = next(e for e in record.entities if e.name == "Zentri-corp")
    assert (firm.country, firm.sector) == ("USA", ["BUS"])
    work = next(e for e in record.events if e.trigger.text == "working")
    assert [(p.text, p.country) for p in work.actor] == [("Zentri-corp", "USA")]
