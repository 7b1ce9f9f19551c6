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
                                    "to power gathered in Caracas on Wednesday to denounce the bankers in Madrid who "
                                    "want the mine sold to a Spanish firm.")
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


def test_a_gathering_whose_clause_names_no_place_is_at_the_wire_dateline(extract):
    doers = _protest_doers(extract, "CARACAS (AP) -- Hundreds of retired soldiers gathered Wednesday night to "
                                    "denounce the bankers in Madrid who want the mine sold to a Spanish firm.")
    assert [c for _, c in doers] == ["VEN"]


def test_a_place_in_capitals_inside_a_sentence_is_no_dateline():
    from newsevents.eventcoding.home_codes import _dateline_countries

    class _Mention:
        def __init__(self, start, end):
            self.start, self.end = start, end

    class _Place:
        def __init__(self, country, mentions):
            self.country, self.mentions = country, mentions

    class _Doc:
        def __init__(self, text, places):
            self.text = text
            self._ = type("U", (), {"places": places})()

    text = "CARACAS (AP) -- Veterans gathered. Bankers met in MADRID."
    doc = _Doc(text, [_Place("ESP", [_Mention(text.index("MADRID"), text.index("MADRID") + 6)]),
                      _Place("VEN", [_Mention(0, 7)])])
    assert _dateline_countries(doc) == {"VEN"}
    later = _Doc("Veterans gathered at the TRAFALGAR rally.", [_Place("GBR", [_Mention(25, 34)])])
    assert _dateline_countries(later) == set()


def test_a_name_in_what_the_gatherers_once_did_is_no_word_of_whose_they_are(extract):
    doers = _protest_doers(extract, "Hundreds of veterans who fought for Ramon Ortega gathered in Caracas on "
                                    "Wednesday to denounce the bankers in Madrid.")
    assert [c for _, c in doers] == ["VEN"]
