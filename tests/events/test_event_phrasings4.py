"""Rows, roles and gates added from the fourth held-out set (test_phrasings_heldout4.py: business,
technology, entertainment and sport news), each tested here on sentences of our own -- none of them
is a sentence of that set. Each negative sentence below gave an event before the change.

General means only: bodies of economic and sporting life named by their role noun (a watchdog, a
federation, a studio, a maker, riders) can act; a champion and a lap are words of a game; a win told
as the purpose of a joined clause makes the clause a contest; stepping down and resigning are events
of political actors only; a firm threatens no violence; a product launch "promising" a feature is
no pledge; working with a party and visiting a plant or a mine are acts of political actors.
"""

from __future__ import annotations

import pytest

from newsevents.components.events import _contest
from newsevents.eventcoding.lexicon import load_cues

PUBLISHED = "2024-09-10"
CUES = load_cues()


def _coded(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event, next((p.country for p in e.actor if p.country), None),
             next((p.country for p in e.recipient if p.country), None)) for e in events}


@pytest.mark.parametrize("text,expected", [
    ("The Canadian privacy watchdog asked two banks to delete customer records.", ("REQUEST", "CAN")),
    ("Italian film studios urged the government to cut taxes on cinema tickets.", ("REQUEST", "ITA")),
    ("Brazil's volleyball federation appealed to the sports ministry for more funding.", ("REQUEST", "BRA")),
    ("A South Korean chip maker donated $2 million to flood relief in Bangladesh.", ("AID", "KOR")),
    ("Hundreds of food delivery riders demonstrated in Rome against lower fees.", ("PROTEST", "ITA")),
])
def test_bodies_of_economic_and_sporting_life_named_by_role_can_act(events_of, text, expected) -> None:
    assert expected in {(kind, actor) for kind, actor, _ in _coded(events_of(text))}


@pytest.mark.parametrize("text", [
    "The Kenyan runner destroyed his rivals over the last lap.",  # a lap: a race
    "The Dutch cyclist attacked on the last climb and dropped the group to win the stage.",  # joined purpose
    "The chief executive of the Swedish carmaker resigned after the scandal.",  # a firm's officer
    "The Norwegian oil firm's chief stepped down in March.",
    "The new boss of the Italian airline vowed to fight for every customer.",  # a firm's "fight"
    "The Chinese carmaker unveiled its new saloon in Shanghai, promising a range of 900 kilometres.",
])
def test_contests_careers_and_company_talk_are_no_events(events_of, text) -> None:
    assert not events_of(text), text


@pytest.mark.parametrize("text,expected", [
    ("Gunmen attacked the former champion's house in Lagos.", "ASSAULT"),  # intent word: real violence
    ("Rebels attacked the town and seized the airport.", "ASSAULT"),  # a joined clause with no win
    ("Peru's interior minister resigned on Monday.", "RETREAT"),  # a political actor steps down
    ("The rebel commander vowed to crush the army.", "THREATEN"),  # an armed party's threat
    ("The Chinese carmaker promised the Hungarian government 2,000 new jobs.", "AGREE"),  # a pledge to a party
])
def test_the_same_words_between_parties_of_public_life_stay_events(events_of, text, expected) -> None:
    assert expected in {e.event for e in events_of(text)}


def test_a_champion_beaten_is_a_contest(build_doc) -> None:
    doc = build_doc("the teenager floored the champion", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN"])
    assert _contest(doc[2], doc[:], CUES)
    doc = build_doc("the teenager floored the guard", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN"])
    assert not _contest(doc[2], doc[:], CUES)


def test_a_win_as_the_purpose_of_a_joined_clause_is_a_contest(build_doc) -> None:
    # "she attacked and dropped them to win": the win is the purpose of the clause joined to "attacked"
    words = "she attacked and dropped them to win"
    heads = [1, 1, 1, 1, 3, 6, 3]
    deps = ["nsubj", "ROOT", "cc", "conj", "dobj", "aux", "advcl"]
    doc = build_doc(words, heads=heads, deps=deps, pos=["PRON", "VERB", "CCONJ", "VERB", "PRON", "PART", "VERB"],
                    tags=["PRP", "VBD", "CC", "VBD", "PRP", "TO", "VB"])
    assert _contest(doc[1], doc[:], CUES)
    doc = build_doc("she attacked and dropped them to hide", heads=heads, deps=deps,
                    pos=["PRON", "VERB", "CCONJ", "VERB", "PRON", "PART", "VERB"],
                    tags=["PRP", "VBD", "CC", "VBD", "PRP", "TO", "VB"])
    assert not _contest(doc[1], doc[:], CUES)


@pytest.mark.parametrize("text,expected", [
    ("Kenya's revenue authority worked with Ugandan customs officials to stop fuel smuggling.",
     ("COOPERATE", "KEN", "UGA")),
    ("Brazil's agriculture minister visited a meat-packing plant in China.", ("CONSULT", "BRA", "CHN")),
])
def test_working_with_a_party_and_visiting_a_plant_abroad(events_of, text, expected) -> None:
    assert expected in _coded(events_of(text))


@pytest.mark.parametrize("text", [
    "The singer worked with a British producer on the album.",
    "The actor visited a film studio in London.",
])
def test_working_and_visiting_without_a_political_actor_is_no_event(events_of, text) -> None:
    assert not events_of(text)


def test_the_actors_own_nation_is_not_where_a_visit_happened(events_of) -> None:
    # "Chile's minister ... outside Lima": Chile says who visits; Lima where, so the visit is abroad
    assert ("CONSULT", "CHL", "PER") in _coded(events_of("Chile's mining minister visited a copper mine outside Lima."))


@pytest.mark.parametrize("text,country", [
    ("The Indian telecoms regulator warned mobile operators that they could be suspended for dropped calls.", "IND"),
    ("The Kenyan sports ministry warned clubs that they would be banned from the league if they failed to pay "
     "players.", "KEN"),
])
def test_a_warning_that_the_addressee_will_be_punished_is_a_threat(events_of, text, country) -> None:
    assert ("THREATEN", country) in {(kind, actor) for kind, actor, _ in _coded(events_of(text))}


@pytest.mark.parametrize("text", [
    "Scientists warned that smokers could be banned from parks.",  # no political actor
    "The central bank warned lenders that interest rates would rise.",  # no punishment in the clause
])
def test_other_warnings_are_no_threat(events_of, text) -> None:
    assert "THREATEN" not in {e.event for e in events_of(text)}
