"""An office "of" a place whose name ends in a country's name ("the governor of New Mexico", "the
attorney general of New Jersey") takes the place's country, not the country's; a plain country
after "of" still gives its own ("the president of Mexico"). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "The governor of New Mexico said on Monday that the state would sue the mining company.",
    "The attorney general of New Jersey asked the court on Tuesday to block the merger.",
])
def test_an_office_of_a_us_state_named_like_a_country_is_american(extract, sentence):
    rec = extract(sentence, published="2016-05-10")
    official = next(e for e in rec.entities if e.type == "PERSON")
    assert official.country == "USA"


def test_an_office_of_the_country_itself_keeps_its_country(extract):
    rec = extract("The president of Mexico said on Monday that the border would stay open.",
                  published="2016-05-10")
    official = next(e for e in rec.entities if e.type == "PERSON")
    assert official.country == "MEX"
