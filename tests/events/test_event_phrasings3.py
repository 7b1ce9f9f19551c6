"""Rows and conditions added from the third held-out set (test_phrasings_heldout3.py), each tested
here on sentences of our own -- none of them is a sentence of that set.

General means only: a relative pronoun object names its antecedent ("the truce, which the rebels
accepted"); ``xobj`` reads the object of the clause a trigger takes ("vowed to take
countermeasures"); a ``+lemma`` row adds to the dictionary backbone's rows of a verb instead of
replacing them; and rows for ordinary phrasings (an apology issued, an airlift, an envoy ordered
to leave, a government charged by its critics, a petition thrown out, a road blockade, strikes
conducted on targets, the opening shot of a price war and a market rally as no event). The second
group of PHRASINGS (from "reached an understanding") came from a probe of 72 sentences of our own
in the same styles, written after the held-out set was measured: 50 coded at first, 62 after; the
third group (from "upgraded their ties") from a second probe of 64, 44 coded at first, 55 after.
"""

from __future__ import annotations

import pytest

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.lexicon import BACKBONE, Condition, condition_holds, load_lexicon

PUBLISHED = "2024-03-01"
ACTORS = actor_dictionary()


def cond(kind: str, *words: str) -> Condition:
    return Condition(kind, frozenset(words))


def test_a_relative_pronoun_object_names_its_antecedent(build_doc):
    # "the ceasefire that the factions signed": "that" stands for the ceasefire
    doc = build_doc("the ceasefire that factions signed collapsed", heads=[1, 5, 4, 4, 1, 5],
                    deps=["det", "nsubj", "dobj", "nsubj", "relcl", "ROOT"],
                    pos=["DET", "NOUN", "PRON", "NOUN", "VERB", "VERB"],
                    tags=["DT", "NN", "WDT", "NNS", "VBD", "VBD"],
                    lemmas=["the", "ceasefire", "that", "faction", "sign", "collapse"])
    assert condition_holds(doc[4], cond("obj", "ceasefire"), ACTORS) is not None
    # the main clause's own object is not replaced: only a relative clause's pronoun is
    doc = build_doc("factions signed that", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                    pos=["NOUN", "VERB", "PRON"], tags=["NNS", "VBD", "DT"])
    assert condition_holds(doc[1], cond("obj", "ceasefire"), ACTORS) is None


def test_xobj_is_an_object_of_the_clause_the_trigger_takes(build_doc):
    doc = build_doc("Tehran vowed to take countermeasures", heads=[1, 1, 3, 1, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], pos=["PROPN", "VERB", "PART", "VERB", "NOUN"],
                    lemmas=["tehran", "vow", "to", "take", "countermeasure"])
    assert condition_holds(doc[1], cond("xobj", "countermeasure"), ACTORS)
    assert not condition_holds(doc[1], cond("xobj", "retaliation"), ACTORS)
    assert not condition_holds(doc[3], cond("xobj", "countermeasure"), ACTORS)  # its own object is no clause's


def test_a_plus_row_keeps_the_backbones_rows_of_its_verb():
    lexicon = load_lexicon()
    throw = lexicon[("VERB", "throw")]
    assert any(e.origin != BACKBONE and e.event == "REJECT" for e in throw)  # "threw out the petition"
    assert any(e.origin == BACKBONE and e.event == "ASSAULT" for e in throw)  # "threw grenades": the dictionary's
    assert throw[0].origin != BACKBONE  # the lexicon's rows are tried first
    # a bare lemma owns its verb: no backbone row for "fire" (its rows need a target or a weapon)
    assert all(e.origin != BACKBONE for e in lexicon[("VERB", "fire")])


PHRASINGS = [
    ("AGREE", "The ceasefire that Armenia and Azerbaijan signed in Moscow collapsed within a week."),
    ("AID", "The medicine that Turkey sent to Syria arrived at the border crossing on Monday."),
    ("CONCEDE", "Kenya's foreign ministry issued an apology to Tanzania over the minister's remarks."),
    ("AID", "Qatar began an airlift of food and tents to flood-hit Pakistan on Sunday."),
    ("SANCTION", "Sudan ordered the Kenyan ambassador to leave Khartoum within 72 hours."),
    ("ACCUSE", "The opposition charged the government with covering up the scale of the famine."),
    ("REJECT", "The constitutional court threw out a petition by opposition parties against the election result."),
    ("THREATEN", "Iran vowed to take countermeasures against any country that seized its tankers."),
    ("PROTEST", "Farmers in Peru launched a road blockade on the main highway to the capital."),
    ("ASSAULT", "Turkish jets conducted strikes on militant positions in northern Iraq on Tuesday."),
    ("AGREE", "Ethiopia and Somalia reached an understanding on the use of the port."),
    ("CONSULT", "Chinese and Russian diplomats exchanged views on the crisis in Myanmar."),
    ("CONCEDE", "The Sri Lankan government handed back land held by the army to Tamil farmers."),
    ("AID", "China airdropped food and water to flood victims in Pakistan."),
    ("AID", "India shipped 50,000 tonnes of wheat to Afghanistan through Iran."),
    ("AID", "The United Nations distributed tents and blankets to earthquake survivors in Nepal."),
    ("RETREAT", "Ethiopian troops left the border town of Humera on Saturday."),
    ("ACCUSE", "Malawi's opposition hit out at the president over the cost of his foreign trips."),
    ("REJECT", "Cambodia rebuffed calls by Western governments to release the opposition leader."),
    ("REJECT", "The Ugandan government shrugged off criticism of the new media law."),
    ("MOBILIZE", "Taiwan scrambled jets to warn away Chinese aircraft near the island."),
    ("COERCE", "Vietnamese police took a prominent blogger into custody in Hanoi."),
    ("SUPPORT", "Argentina and Uruguay upgraded their ties to a strategic partnership."),
    ("SUPPORT", "Pakistan stood by China on the issue of Taiwan."),
    ("SUPPORT", "The Kenyan president lauded Ethiopia's role in the peace process."),
    ("ACCUSE", "Bolivia's president lambasted the court ruling as a political attack."),
    ("RETREAT", "Chad's prime minister stepped down after two years in office."),
    ("RETREAT", "Burkina Faso's interim president quit amid pressure from the army."),
    ("MOBILIZE", "South Korea raised its military alert level after the North fired a missile."),
    ("MOBILIZE", "Iran moved troops and tanks to its border with Azerbaijan."),
    ("COERCE", "The Thai junta imposed martial law across the country."),
    ("THREATEN", "Ethiopia gave Tigrayan forces 72 hours to surrender."),
]


@pytest.mark.parametrize("kind,text", PHRASINGS, ids=[f"{k}-{i}" for i, (k, _) in enumerate(PHRASINGS)])
def test_a_phrasing_is_coded(events_of, kind: str, text: str) -> None:
    found = {e.event for e in events_of(text)}
    assert kind in found, (kind, sorted(found))


@pytest.mark.parametrize("text,wrong", [
    # a criminal charge by prosecutors stays a legal act, not an accusation
    ("Prosecutors charged the former minister with fraud on Monday.", "ACCUSE"),
    # a naval blockade is no protest; a labour strike called for a day is no attack
    ("The navy enforced a naval blockade of the rebel-held port.", "PROTEST"),
    ("Nurses in Ghana launched a strike on Monday over unpaid allowances.", "ASSAULT"),
    # the dictionary's throw rows stay: grenades thrown are an attack, not a rejection
    ("Gunmen threw grenades at a police station in Kashmir.", "REJECT"),
    # a minister leaving a city is no retreat: the rows need troops or fighters
    ("Nigeria's finance minister left the capital for talks in London.", "RETREAT"),
    # leaflets distributed are no aid
    ("Activists distributed leaflets to voters in Lagos.", "AID"),
    # a manager quitting a club, a firm moving its offices, a bank raising rates, standing by one's words
    ("The Chelsea manager quit after a run of five defeats.", "RETREAT"),
    ("The bank moved its headquarters to Dublin last year.", "MOBILIZE"),
    ("Ghana's central bank raised interest rates to 30 percent.", "MOBILIZE"),
    ("The Indian minister stood by his comments on the dispute.", "SUPPORT"),
])
def test_a_near_phrasing_is_not_coded_so(events_of, text: str, wrong: str) -> None:
    assert wrong not in {e.event for e in events_of(text)}


@pytest.mark.parametrize("text", [
    "Investors staged a rally that lifted the Nikkei to a record high.",
    "The rally in bank shares lifted the index to its highest level this year.",
])
def test_a_market_rally_is_no_protest(events_of, text: str) -> None:
    assert "PROTEST" not in {e.event for e in events_of(text)}


def test_the_opening_shot_of_a_price_war_is_no_event(events_of) -> None:
    assert events_of("The retailer fired the opening shot in a price war by cutting prices on 500 products.") == []


def test_the_country_someone_is_extradited_to_receives_it(events_of) -> None:
    events = [e for e in events_of("Spain extradited two suspects to Peru on Friday.") if e.event == "COOPERATE"]
    assert events and "ESP" in [p.country for p in events[0].actor] and "PER" in [p.country for p in events[0].recipient]
