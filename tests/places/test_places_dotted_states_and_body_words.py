"""Two place rules, on sentences written for these tests:

- a dotted state abbreviation after a town ("Trenton, N.J.") is the state, though its letters are
  capitals (short capitals-only words are otherwise places only as a country's: "U.N." is none);
- a plain word that is a major place's name only in part or as an alternate name ("Federal" for
  Brazil's Federal District) names no place at the head of a body's name ("the Federal Election
  Commission"), nor gives that body a country; a state's own name there still does."""

from __future__ import annotations

import pytest

from newsevents.geo.gazetteer import get_gazetteer, names_major_place_in_part
from newsevents.record import Record


def place_names(record: Record) -> dict[str, str]:
    return {m.text: p.name for p in record.places for m in p.mentions}


@pytest.mark.parametrize(("sentence", "abbreviation", "state"), [
    ("Ann Ray, 23, of Trenton, N.J., opened a bakery last spring.", "N.J.", "New Jersey"),
    ("The mill in Utica, N.Y., closed after the flood.", "N.Y.", "New York"),
])
def test_a_dotted_state_abbreviation_after_a_town_is_the_state(extract, sentence, abbreviation, state):
    assert place_names(extract(sentence, published="2016-05-10")).get(abbreviation) == state


def test_capitals_with_dots_that_name_no_state_stay_no_place(extract):
    found = place_names(extract("The U.N. sent observers to the vote on Sunday.", published="2016-05-10"))
    assert "U.N." not in found


def test_federal_at_the_head_of_a_body_is_no_place(extract):
    rec = extract("The campaign filed its report with the Federal Election Commission on Friday.",
                  published="2016-05-10")
    assert "Federal" not in place_names(rec)
    body = next(e for e in rec.entities if e.name == "Federal Election Commission")
    assert body.country != "BRA"


def test_a_state_at_the_head_of_a_body_is_still_a_place(extract):
    rec = extract("The Ohio Department of Health opened a clinic on Friday.", published="2016-05-10")
    assert place_names(rec).get("Ohio") == "Ohio"


def test_the_partial_name_check():
    gaz = get_gazetteer()
    assert names_major_place_in_part(gaz, "Federal")
    for name in ("Ohio", "US", "N.J.", "Kharkiv", "Germany"):
        assert not names_major_place_in_part(gaz, name), name


# --- news-dev9 (issue 15): a state's numbered district ----------------------------------------

def test_a_numbered_district_of_a_state_makes_the_name_the_state(extract):
    rec = extract("Ann Dorr took 41 percent in New York’s 22nd congressional district on Tuesday.",
                  published="2016-06-28")
    assert place_names(rec).get("New York") == "New York"
    assert next(p for p in rec.places if p.name == "New York").level == "admin1"


def test_the_name_alone_keeps_its_usual_reading(extract):
    rec = extract("Ann Dorr opened a bakery in New York on Tuesday.", published="2016-06-28")
    place = next(p for p in rec.places if any(m.text == "New York" for m in p.mentions))
    assert place.level == "city"
