"""Spurious and mistyped events outside politics (issue 14, the eleventh audit's classes, brief
s11-short12): scare quotes, film shoots told in the passive, fame, a market held up, a rule's
condition, a market's demand met, a trial's objections, a legal battle, things met. Every sentence
was written for these tests; the rules are checked on hand-built parses, the lexicon rows and the
whole pipeline on a few sentences, each beside the act that must stay."""

from __future__ import annotations

import pytest

from newsevents.components.events import (
    _film_shoot,
    _market_want,
    _objection_in_court,
    _people_at_large,
    _rule_with_condition,
)
from newsevents.eventcoding.nonevents import fame, market_support, scare_quoted
from newsevents.record import Party

PUBLISHED = "2023-05-02"


@pytest.fixture(scope="module")
def actors():
    from newsevents.actors import load_actor_dictionary
    return load_actor_dictionary()


# --- scare quotes ---------------------------------------------------------------------------------

def test_a_trigger_in_quotation_marks_of_its_own_is_a_figure_of_speech(build_doc):
    doc = build_doc('shops were " stormed " by buyers', heads=[3, 3, 3, 3, 3, 3, 5],
                    deps=["nsubjpass", "auxpass", "punct", "ROOT", "punct", "agent", "pobj"],
                    pos=["NOUN", "AUX", "PUNCT", "VERB", "PUNCT", "ADP", "NOUN"],
                    tags=["NNS", "VBD", "``", "VBN", "''", "IN", "NNS"])
    assert scare_quoted(doc[3])
    # a quotation of a clause is someone's words, not a mark on one word
    doc = build_doc('" we will fight them , " he said', heads=[8, 3, 3, 8, 3, 8, 8, 8, 8],
                    deps=["punct", "nsubj", "aux", "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT"],
                    pos=["PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "PUNCT", "PRON", "VERB"],
                    tags=["``", "PRP", "MD", "VB", "PRP", ",", "''", "PRP", "VBD"])
    assert not scare_quoted(doc[3])
    # no quotation marks; the apostrophe of a possessive is none
    doc = build_doc("the rebels ' attack on the town", heads=[1, 3, 1, 3, 3, 6, 4],
                    deps=["det", "poss", "case", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "PART", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NNS", "POS", "NN", "IN", "DT", "NN"])
    assert not scare_quoted(doc[3])


# --- film shoots ----------------------------------------------------------------------------------

def test_a_shoot_spread_over_places_or_of_footage_is_filming(build_doc, cues, actors):
    # the small model may tag a title as a person's name: the spread over places says it is a film
    doc = build_doc("Night Harbour was shot mostly in Ghana", heads=[1, 3, 3, 3, 3, 3, 5],
                    deps=["compound", "nsubjpass", "auxpass", "ROOT", "advmod", "prep", "pobj"],
                    pos=["PROPN", "PROPN", "AUX", "VERB", "ADV", "ADP", "PROPN"],
                    lemmas=["night", "harbour", "be", "shoot", "mostly", "in", "ghana"],
                    ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE"])
    assert _film_shoot(doc[3], cues, actors)
    doc = build_doc("the footage was shot in Chad", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"],
                    lemmas=["the", "footage", "be", "shoot", "in", "chad"], ents=["O"] * 5 + ["B-GPE"])
    assert _film_shoot(doc[3], cues, actors)
    doc = build_doc("the series was shot in black and white", heads=[1, 3, 3, 3, 3, 4, 5, 5],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "ADJ", "CCONJ", "ADJ"],
                    lemmas=["the", "series", "be", "shoot", "in", "black", "and", "white"])
    assert _film_shoot(doc[3], cues, actors)


def test_people_shot_in_a_place_or_a_name_of_a_place_stay_shootings(build_doc, cues, actors):
    doc = build_doc("three soldiers were shot mostly in Basra", heads=[1, 3, 3, 3, 3, 3, 5],
                    deps=["nummod", "nsubjpass", "auxpass", "ROOT", "advmod", "prep", "pobj"],
                    pos=["NUM", "NOUN", "AUX", "VERB", "ADV", "ADP", "PROPN"],
                    lemmas=["three", "soldier", "be", "shoot", "mostly", "in", "basra"],
                    ents=["O", "O", "O", "O", "O", "O", "B-GPE"])
    assert not _film_shoot(doc[3], cues, actors)
    doc = build_doc("two men were shot in White Plains", heads=[1, 3, 3, 3, 3, 6, 4],
                    deps=["nummod", "nsubjpass", "auxpass", "ROOT", "prep", "compound", "pobj"],
                    pos=["NUM", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN"],
                    lemmas=["two", "man", "be", "shoot", "in", "white", "plains"],
                    ents=["O", "O", "O", "O", "O", "B-GPE", "I-GPE"])
    assert not _film_shoot(doc[3], cues, actors)


def test_the_pipeline_codes_no_shooting_of_a_film_shot_over_places(events_of):
    assert not [e for e in events_of("The film was made in Ghana whereas Night Harbour was shot mostly in Nigeria.")
                if e.event == "ASSAULT"]
    assert [e.event for e in events_of("Police shot two protesters in Lagos on Monday.")] == ["ASSAULT"]


# --- fame -----------------------------------------------------------------------------------------

def test_recognition_of_a_person_with_no_giver_is_fame(build_doc, cues):
    doc = build_doc("the singer won recognition for her album", heads=[1, 2, 2, 2, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "poss", "pobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PRON", "NOUN"],
                    lemmas=["the", "singer", "win", "recognition", "for", "her", "album"])
    singer = [Party(text="the singer", country="FRA")]
    assert fame(doc[3], "SUPPORT", singer, doc, cues)
    # a giver named: "won recognition from Norland" is a state's act
    doc = build_doc("Vexland won recognition from Norland", heads=[1, 1, 1, 1, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
                    lemmas=["vexland", "win", "recognition", "from", "norland"])
    assert not fame(doc[2], "SUPPORT", [Party(text="Norland"), Party(text="Vexland")], doc, cues)
    # a state body holds it: "the new government won recognition" stays
    doc = build_doc("the new government won recognition", heads=[2, 2, 3, 3, 3],
                    deps=["det", "amod", "nsubj", "ROOT", "dobj"], pos=["DET", "ADJ", "NOUN", "VERB", "NOUN"],
                    lemmas=["the", "new", "government", "win", "recognition"])
    assert not fame(doc[4], "SUPPORT", [Party(text="the new government", sector=["GOV"])], doc, cues)


# --- a market held up -----------------------------------------------------------------------------

def test_support_of_a_quantity_of_the_economy_is_no_political_support(build_doc, cues):
    doc = build_doc("this will support consumer spending", heads=[2, 2, 2, 4, 2],
                    deps=["nsubj", "aux", "ROOT", "compound", "dobj"], pos=["PRON", "AUX", "VERB", "NOUN", "NOUN"])
    assert market_support(doc[2], "SUPPORT", cues)
    doc = build_doc("the party will support the budget", heads=[1, 3, 3, 3, 5, 3],
                    deps=["det", "nsubj", "aux", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"])
    assert not market_support(doc[3], "SUPPORT", cues)


# --- a rule's condition ---------------------------------------------------------------------------

def test_an_obligation_on_a_kind_under_a_condition_is_a_rule(build_doc, cues):
    doc = build_doc("dealers must refund buyers if they ask", heads=[2, 2, 2, 2, 6, 6, 2],
                    deps=["nsubj", "aux", "ROOT", "dobj", "mark", "nsubj", "advcl"],
                    pos=["NOUN", "AUX", "VERB", "NOUN", "SCONJ", "PRON", "VERB"],
                    tags=["NNS", "MD", "VB", "NNS", "IN", "PRP", "VBP"], lemmas=["dealer", "must", "refund", "buyer", "if", "they", "ask"])
    assert _rule_with_condition(doc[2], cues)
    # a named party: a demand with a condition
    doc = build_doc("Vexland must return the jets if it wants aid", heads=[2, 2, 2, 4, 2, 7, 7, 2, 7],
                    deps=["nsubj", "aux", "ROOT", "det", "dobj", "mark", "nsubj", "advcl", "dobj"],
                    pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "NOUN"],
                    tags=["NNP", "MD", "VB", "DT", "NNS", "IN", "PRP", "VBZ", "NN"])
    assert not _rule_with_condition(doc[2], cues)
    # the parser may join the condition as a conjunct: "dealers must refund buyers if , and only if , they ask"
    doc = build_doc("dealers must refund buyers and only if they ask", heads=[2, 2, 2, 2, 2, 8, 8, 8, 2],
                    deps=["nsubj", "aux", "ROOT", "dobj", "cc", "advmod", "mark", "nsubj", "conj"],
                    pos=["NOUN", "AUX", "VERB", "NOUN", "CCONJ", "ADV", "SCONJ", "PRON", "VERB"],
                    tags=["NNS", "MD", "VB", "NNS", "CC", "RB", "IN", "PRP", "VBP"])
    assert _rule_with_condition(doc[2], cues)
    # a kind with no condition is left to the other rules
    doc = build_doc("dealers must refund buyers", heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
                    pos=["NOUN", "AUX", "VERB", "NOUN"], tags=["NNS", "MD", "VB", "NNS"])
    assert not _rule_with_condition(doc[2], cues)


# --- a market's demand met ------------------------------------------------------------------------

def test_demand_met_is_a_quantity_and_demands_met_stay(build_doc, cues):
    doc = build_doc("the airline failed to meet demand for seats", heads=[1, 2, 2, 4, 2, 4, 5, 6],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", "TO", "VB", "NN", "IN", "NNS"],
                    lemmas=["the", "airline", "fail", "to", "meet", "demand", "for", "seat"])
    assert _market_want(doc[5], cues)
    doc = build_doc("the minister met the union 's demand", heads=[1, 2, 2, 4, 6, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "poss", "case", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "POS", "NN"],
                    lemmas=["the", "minister", "meet", "the", "union", "'s", "demand"])
    assert not _market_want(doc[6], cues)


# --- a trial's objections -------------------------------------------------------------------------

def test_a_protest_by_a_party_of_a_trial_is_an_objection_in_court(build_doc, cues):
    doc = build_doc("the ruling was delayed after protests by those on trial", heads=[1, 3, 3, 3, 3, 4, 5, 6, 7, 8],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "PRON", "ADP", "NOUN"],
                    lemmas=["the", "ruling", "be", "delay", "after", "protest", "by", "those", "on", "trial"])
    assert _objection_in_court(doc[5], cues)
    doc = build_doc("the defendants protested", heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "VERB"], lemmas=["the", "defendant", "protest"])
    assert _objection_in_court(doc[2], cues)
    doc = build_doc("protests from defence lawyers", heads=[0, 0, 3, 1], deps=["ROOT", "prep", "compound", "pobj"],
                    pos=["NOUN", "ADP", "NOUN", "NOUN"], lemmas=["protest", "from", "defence", "lawyer"])
    assert _objection_in_court(doc[0], cues)
    doc = build_doc("protests from Kenyan lawyers", heads=[0, 0, 3, 1], deps=["ROOT", "prep", "amod", "pobj"],
                    pos=["NOUN", "ADP", "ADJ", "NOUN"], lemmas=["protest", "from", "kenyan", "lawyer"])
    assert not _objection_in_court(doc[0], cues)  # lawyers of no trial: the lawyers' own protest
    # supporters of the defendants protesting are protesters
    doc = build_doc("supporters of the defendants protested", heads=[4, 0, 3, 1, 4],
                    deps=["nsubj", "prep", "det", "pobj", "ROOT"], pos=["NOUN", "ADP", "DET", "NOUN", "VERB"],
                    lemmas=["supporter", "of", "the", "defendant", "protest"])
    assert not _objection_in_court(doc[4], cues)


# --- people at large -------------------------------------------------------------------------------

def test_people_at_large_in_a_relative_clause_on_a_thing_do_no_act(build_doc, cues):
    doc = build_doc("the tune that people have asked to hear", heads=[1, 1, 5, 5, 5, 1, 7, 5],
                    deps=["det", "ROOT", "dobj", "nsubj", "aux", "relcl", "aux", "xcomp"],
                    pos=["DET", "NOUN", "PRON", "NOUN", "AUX", "VERB", "PART", "VERB"],
                    tags=["DT", "NN", "WDT", "NNS", "VBP", "VBN", "TO", "VB"],
                    lemmas=["the", "tune", "that", "people", "have", "ask", "to", "hear"])
    assert _people_at_large(doc[5], [doc[3]], cues)
    # people named by a modifier are a party: "the tune that Kenyan people have asked to hear"
    doc = build_doc("the tune that local people have asked to hear", heads=[1, 1, 6, 4, 6, 6, 1, 8, 6],
                    deps=["det", "ROOT", "dobj", "amod", "nsubj", "aux", "relcl", "aux", "xcomp"],
                    pos=["DET", "NOUN", "PRON", "ADJ", "NOUN", "AUX", "VERB", "PART", "VERB"],
                    tags=["DT", "NN", "WDT", "JJ", "NNS", "VBP", "VBN", "TO", "VB"],
                    lemmas=["the", "tune", "that", "local", "people", "have", "ask", "to", "hear"])
    assert not _people_at_large(doc[6], [doc[4]], cues)
    # no relative clause: "people have asked for help"
    doc = build_doc("people have asked for help", heads=[2, 2, 2, 2, 3], deps=["nsubj", "aux", "ROOT", "prep", "pobj"],
                    pos=["NOUN", "AUX", "VERB", "ADP", "NOUN"], tags=["NNS", "VBP", "VBN", "IN", "NN"],
                    lemmas=["people", "have", "ask", "for", "help"])
    assert not _people_at_large(doc[2], [doc[0]], cues)


# --- the lexicon's rows and the pipeline ----------------------------------------------------------

def test_a_legal_battle_is_an_accusation_with_the_other_side(events_of):
    events = events_of("The Kenyan firm Vexcor is fighting a legal battle against Microsoft over its patents.")
    assert [e.event for e in events] == ["ACCUSE"]
    assert [p.text for p in events[0].recipient] == ["Microsoft"]
    assert [e.event for e in events_of("Kenyan troops are fighting against the rebels in Somalia.")] == ["ASSAULT"]


def test_things_met_are_no_meeting_and_people_met_are(events_of):
    for text in ("Early in the second half Otieno's cross was met by Kenya's Kamau.",
                 "The Kenyan carrier Vexair met the target set by its board."):
        assert not [e for e in events_of(text) if e.event == "CONSULT"], text
    assert "CONSULT" in [e.event for e in events_of("The Kenyan president met the Ugandan foreign minister on Monday.")]


def test_force_by_onlookers_on_things_is_a_figure_and_on_people_an_attack(events_of):
    assert not events_of("Ticket offices in Nairobi were bombarded by fans of the Kenyan band.")
    assert [e.event for e in events_of("Angry fans attacked two policemen outside the stadium in Nairobi.")] == ["ASSAULT"]


def test_the_pipeline_codes_no_figure_fame_forecast_or_filter(events_of):
    for text in ('Ticket offices in Nairobi were "bombarded" by Kenyan students.',
                 "The Kenyan actress Wanjiru Kamau won recognition at the festival in Cannes.",
                 "Kenya's finance ministry will support consumer spending with tax cuts.",
                 "Spammers change their words in order to beat anti-spam filters.",
                 "The Kenyan airline Vexair failed to meet demand for flights to Dubai."):
        assert not events_of(text), text
    # a scare quote on a force that falls on a place or on people stays
    assert [e.event for e in events_of('Rebels "stormed" the town of Kismayo on Monday, the Kenyan army said.')] \
        == ["ASSAULT"]
