"""Recipients, non-acts and dates of the fourteenth audit (issue 14, session 12, brief fix14).

Sentences written for these tests (no audit or evaluation sentence): rules on hand-built parses
where they read the parse only, the pipeline on short articles with the acts that must stay beside
the ones that must go."""

from __future__ import annotations

from newsevents.components.events import _comparison_term
from newsevents.eventcoding.arguments import conjoined
from newsevents.eventcoding.commerce import acquired, other_party
from newsevents.eventcoding.unasserted import conditional_harm, denied_expectation

PUBLISHED = "2023-05-02"


def _events(events, kind: str, trigger: str):
    return [e for e in events if e.event == kind and e.trigger.text == trigger]


# --- recipients named in the sentence ------------------------------------------------------------

def test_a_clause_the_parser_joined_to_a_party_is_no_second_party(build_doc):
    # "Troops fought with rebels and one guard needed care": "care" joined to "rebels", its
    # modifier "needed" with a subject of its own
    doc = build_doc("Troops fought with rebels and one guard needed care", heads=[1, 1, 1, 2, 3, 6, 7, 8, 3],
                    deps=["nsubj", "ROOT", "prep", "pobj", "cc", "nummod", "nsubj", "amod", "conj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "CCONJ", "NUM", "NOUN", "VERB", "NOUN"])
    assert [t.text for t in conjoined(doc[3])] == ["rebels"]
    # the same with the subject parsed as an adverbial noun ("at least one guard required care")
    doc = build_doc("Troops fought with rebels and one guard needed care", heads=[1, 1, 1, 2, 3, 6, 7, 8, 3],
                    deps=["nsubj", "ROOT", "prep", "pobj", "cc", "nummod", "npadvmod", "amod", "conj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "CCONJ", "NUM", "NOUN", "VERB", "NOUN"])
    assert [t.text for t in conjoined(doc[3])] == ["rebels"]
    # a bare noun of a compound participle is no subject: "rebels and state owned firms"
    doc = build_doc("Troops fought with rebels and state owned firms", heads=[1, 1, 1, 2, 3, 6, 7, 3],
                    deps=["nsubj", "ROOT", "prep", "pobj", "cc", "npadvmod", "amod", "conj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "CCONJ", "NOUN", "VERB", "NOUN"])
    assert [t.text for t in conjoined(doc[3])] == ["rebels", "firms"]
    doc = build_doc("Troops fought with rebels and militiamen", heads=[1, 1, 1, 2, 3, 3],
                    deps=["nsubj", "ROOT", "prep", "pobj", "cc", "conj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "CCONJ", "NOUN"])
    assert [t.text for t in conjoined(doc[3])] == ["rebels", "militiamen"]


def test_a_part_of_a_named_firm_is_bought_from_that_firm(build_doc, cues):
    def is_party(token):
        return token.pos_ == "PROPN"

    doc = build_doc("to buy the PC division of Vexcorp", heads=[1, 1, 4, 4, 1, 4, 5],
                    deps=["aux", "ROOT", "det", "compound", "dobj", "prep", "pobj"],
                    pos=["PART", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN"],
                    lemmas=["to", "buy", "the", "pc", "division", "of", "Vexcorp"])
    assert [t.text for t in acquired(doc[4], cues, is_party)] == ["Vexcorp"]
    assert [t.text for t in other_party(doc[1], cues, is_party)] == ["Vexcorp"]
    # the owner a description names in apposition: "of chip pioneer Vexcorp" parsed "pioneer, Vexcorp"
    doc = build_doc("to buy the PC division of chip pioneer Vexcorp", heads=[1, 1, 4, 4, 1, 4, 7, 5, 7],
                    deps=["aux", "ROOT", "det", "compound", "dobj", "prep", "compound", "pobj", "appos"],
                    pos=["PART", "VERB", "DET", "NOUN", "NOUN", "ADP", "NOUN", "NOUN", "PROPN"],
                    lemmas=["to", "buy", "the", "pc", "division", "of", "chip", "pioneer", "Vexcorp"])
    assert [t.text for t in acquired(doc[4], cues, lambda t: t.pos_ == "PROPN" or t.lemma_ == "pioneer")] == [
        "Vexcorp"]
    # a part of an unnamed owner names no party
    doc = build_doc("to buy the PC division of the group", heads=[1, 1, 4, 4, 1, 4, 7, 5],
                    deps=["aux", "ROOT", "det", "compound", "dobj", "prep", "det", "pobj"],
                    pos=["PART", "VERB", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN"])
    assert acquired(doc[4], cues, is_party) == []


def test_the_term_of_a_comparison_is_no_party(build_doc, cues):
    # "as big as Vexland's": the "as" after the adjective names what the act is likened to
    doc = build_doc("as big as Vexland", heads=[1, 1, 1, 2], deps=["advmod", "ROOT", "prep", "pobj"],
                    pos=["ADV", "ADJ", "ADP", "PROPN"])
    assert _comparison_term(doc[2], cues)
    # "served as envoy": a role, no comparison
    doc = build_doc("served as envoy", heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"], pos=["VERB", "ADP", "NOUN"])
    assert not _comparison_term(doc[1], cues)


def test_the_other_side_of_a_battle_is_its_recipient(events_of):
    events = events_of("Riot police battled with hundreds of football fans in Manchester on Saturday.")
    battles = _events(events, "ASSAULT", "battled")
    assert battles and any("fans" in p.text for p in battles[0].recipient)


def test_a_deal_to_buy_part_of_a_firm_is_made_with_that_firm(events_of):
    events = events_of("Chinese firm Vexcorp signed a deal to buy the mobile arm of Zenith Telecom.")
    deals = _events(events, "AGREE", "signed")
    assert deals and [p.text for p in deals[0].recipient] == ["Zenith Telecom"]


def test_a_welcomed_move_is_its_doers_not_the_comparisons(events_of):
    events = events_of("The Japanese government is to hold trade talks with Chile. Chile's trade minister welcomed "
                       "the move, describing it as important as last year's decision by the World Bank to cut its debts.")
    welcomes = _events(events, "SUPPORT", "welcomed")
    assert welcomes
    assert [p.country for p in welcomes[0].recipient] == ["JPN"]
    assert not any("World Bank" in p.text for p in welcomes[0].recipient)


# --- no event --------------------------------------------------------------------------------

def test_charged_with_a_task_is_no_arrest_but_with_a_crime_is(events_of):
    assert not _events(events_of("The new unit was charged with overseeing the sale of state assets."),
                       "COERCE", "charged")
    assert _events(events_of("Police charged the man with murdering his wife."), "COERCE", "charged")


def test_an_act_inside_a_fear_denied_by_there_is_no_is_not_told(build_doc, cues):
    parse = dict(deps=["expl", "ROOT", "det", "attr", "mark", "nsubj", "aux", "acl", "det", "dobj"],
                 pos=["PRON", "AUX", "DET", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                 tags=["EX", "VBZ", "DT", "NN", "IN", "NNS", "MD", "VB", "DT", "NN"],
                 lemmas=["there", "be", "no", "fear", "that", "rebel", "will", "attack", "the", "town"])
    doc = build_doc("There is no fear that rebels will attack the town", heads=[1, 1, 3, 1, 7, 7, 7, 3, 9, 7], **parse)
    assert denied_expectation(doc[7], cues)
    # the fear told, not denied: the act stays (for the modality rules)
    doc = build_doc("There is fear that rebels will attack the town", heads=[1, 1, 1, 6, 6, 6, 2, 8, 6],
                    deps=["expl", "ROOT", "attr", "mark", "nsubj", "aux", "acl", "det", "dobj"],
                    pos=["PRON", "AUX", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                    tags=["EX", "VBZ", "NN", "IN", "NNS", "MD", "VB", "DT", "NN"],
                    lemmas=["there", "be", "fear", "that", "rebel", "will", "attack", "the", "town"])
    assert not denied_expectation(doc[6], cues)


def test_harm_on_a_condition_by_no_party_is_no_attack(build_doc, cues):
    def someone(token):
        return token.pos_ in ("PROPN", "PRON") or token.lemma_ == "rebel"

    doc = build_doc("Splinters could injure people if the lid was open", heads=[2, 2, 2, 2, 7, 6, 7, 2, 7],
                    deps=["nsubj", "aux", "ROOT", "dobj", "mark", "det", "nsubj", "advcl", "acomp"],
                    pos=["NOUN", "AUX", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ"],
                    tags=["NNS", "MD", "VB", "NNS", "IN", "DT", "NN", "VBD", "JJ"],
                    lemmas=["splinter", "could", "injure", "people", "if", "the", "lid", "be", "open"])
    assert conditional_harm(doc[2], "ASSAULT", someone, cues)
    # a party that could attack on a condition is a threat or a forecast, for other rules
    doc = build_doc("Rebels could attack the town if talks fail", heads=[2, 2, 2, 4, 2, 7, 7, 2],
                    deps=["nsubj", "aux", "ROOT", "det", "dobj", "mark", "nsubj", "advcl"],
                    pos=["NOUN", "AUX", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "VERB"],
                    tags=["NNS", "MD", "VB", "DT", "NN", "IN", "NNS", "VBP"],
                    lemmas=["rebel", "could", "attack", "the", "town", "if", "talk", "fail"])
    assert not conditional_harm(doc[2], "ASSAULT", someone, cues)
    # no condition: not this rule's
    doc = build_doc("Splinters could injure people", heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
                    pos=["NOUN", "AUX", "VERB", "NOUN"], tags=["NNS", "MD", "VB", "NNS"],
                    lemmas=["splinter", "could", "injure", "people"])
    assert not conditional_harm(doc[2], "ASSAULT", someone, cues)


def test_the_sides_of_an_employment_case_make_no_event(events_of):
    case = ("A former manager at the London offices of HSBC has lost her unfair dismissal case against the bank.\n\n"
            "An employment tribunal rejected Jane Doe's claims of sex discrimination. HSBC denied Ms Doe's allegations.")
    assert not [e for e in events_of(case) if e.event == "REJECT"]
    # the same denials with no employment case told stay
    other = ("A former manager at the London offices of HSBC has lost her case against the bank.\n\n"
             "A tribunal rejected Jane Doe's claims. HSBC denied Ms Doe's allegations.")
    assert _events(events_of(other), "REJECT", "denied")


# --- modality ----------------------------------------------------------------------------------

_CRISIS = ("Peru is recovering fast.\n\n"
           "Peru has made a strong recovery from a recession which in 2001 ended in a default on its foreign debt. "
           "The default sparked a deep crisis. In response, angry crowds of Peruvians took to the streets. "
           "Two prime ministers resigned in a month.\n\n"
           "On Monday, thousands of angry Peruvians took to the streets of Lima again.")


def test_a_past_told_on_from_a_dated_sentence_of_its_paragraph_is_historical(events_of):
    events = events_of(_CRISIS)
    protests = sorted(_events(events, "PROTEST", "took"), key=lambda e: e.trigger.start)
    assert [e.modality for e in protests] == ["historical", "asserted"]  # the next paragraph's, dated Monday
    assert [e.modality for e in _events(events, "RETREAT", "resigned")] == ["historical"]


def test_a_sentence_in_the_present_breaks_the_told_past(events_of):
    text = ("Peru has made a strong recovery from a recession which in 2001 ended in a default on its foreign debt. "
            "Today the mood is better. Angry crowds of Peruvians took to the streets.")
    assert [e.modality for e in _events(events_of(text), "PROTEST", "took")] == ["asserted"]


def test_a_sentence_of_arguing_keeps_the_storys_own_time(events_of):
    text = ("Peru has made a strong recovery from a recession which in 2001 ended in a default on its foreign debt. "
            "Angry crowds of Peruvians took to the streets. "
            "The opposition argued that police attacked the crowds.")
    events = events_of(text)
    assert [e.modality for e in _events(events, "PROTEST", "took")] == ["historical"]
    assert all(e.modality != "historical" for e in _events(events, "ASSAULT", "attacked"))


def test_a_comment_on_an_act_is_not_the_move_welcomed(events_of):
    events = events_of("The Japanese government is to hold trade talks with Chile. The United States praised the "
                       "plan. Chile's trade minister welcomed the move.")
    welcomes = _events(events, "SUPPORT", "welcomed")
    assert welcomes and [p.country for p in welcomes[0].recipient] == ["JPN"]
