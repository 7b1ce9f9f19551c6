"""People gathered stand where they gather: the subject of a gathering verb whose own words name no
state is of the one state its clause places it in, not of a state its complaint names."""

from __future__ import annotations

from newsevents.eventcoding.lexicon import load_cues

PUBLISHED = "2001-03-14"


def _protest_doers(extract, text):
    record = extract(text, published=PUBLISHED)
    protest = next(e for e in record.events if e.event == "PROTEST")
    return [(p.text, p.country) for p in protest.actor]


def test_veterans_rallying_in_a_capital_are_of_its_state_not_of_the_state_they_denounce(extract):
    doers = _protest_doers(extract, "Hundreds of retired soldiers who fought in the war that brought the general "
                                    "to power gathered in Caracas on Wednesday to denounce the exiles in Miami who "
                                    "want the boy kept in the United States.")
    assert [c for _, c in doers] == ["VEN"]


def test_a_group_whose_own_words_name_a_people_keeps_their_code(extract):
    # "Cuban exiles" say whose they are; where they march does not change it
    doers = _protest_doers(extract, "Hundreds of Cuban exiles marched in Caracas on Sunday to denounce the "
                                    "government of the United States.")
    assert [c for _, c in doers] == ["CUB"]


def test_farmers_rallying_at_home_against_a_foreign_body_stay_at_home(extract):
    doers = _protest_doers(extract, "About 2,000 farmers rallied in Nairobi on Tuesday against new tariffs imposed "
                                    "by the European Union.")
    assert [c for _, c in doers] == ["KEN"]


def test_the_gathering_verbs_are_cues():
    cues = load_cues()
    assert {"gather", "rally", "march"} <= cues.gathering_verb
    assert "say" not in cues.gathering_verb
