"""Spurious events outside politics, the kinds left by the session's spurious draw (issue 14, brief
s11-spur12b): game hunted, a firm or an office "destroyed" or "occupied" as a figure, technology
deployed, appeals that ask no party, ideas criticised, counsel distancing a client. Every sentence
was written for these tests; the rules are checked on hand-built parses, and the whole pipeline on a
few sentences, each beside the act that must stay."""

from __future__ import annotations

from newsevents.eventcoding.nonevents import (
    charity_or_market_appeal,
    counsel_for_client,
    deployed_technology,
    game_only,
    idea_criticised,
    ruin_of_firm,
    seat_of_office,
)
from newsevents.record import Party

PUBLISHED = "2023-05-02"


# --- game -----------------------------------------------------------------------------------------

def test_force_on_animals_alone_is_no_attack(build_doc, cues):
    doc = build_doc("guests shoot at a herd of deer", heads=[1, 1, 1, 4, 2, 4, 5],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN"])
    herd = doc[4]
    assert game_only("ASSAULT", [Party(entity=None, text="guests", country=None, sector=["CVL"])], [herd], cues)
    # a person among the targets: an attack
    doc = build_doc("gunmen killed farmers and cattle", heads=[1, 1, 1, 2, 2],
                    deps=["nsubj", "ROOT", "dobj", "cc", "conj"], pos=["NOUN", "VERB", "NOUN", "CCONJ", "NOUN"],
                    lemmas=["gunman", "kill", "farmer", "and", "cattle"])
    assert not game_only("ASSAULT", [], [doc[2], doc[4]], cues)
    assert game_only("ASSAULT", [], [doc[4]], cues)
    # an armed doer: violence against a community's living, kept
    soldiers = Party(entity=None, text="soldiers", country=None, sector=["MIL"])
    assert not game_only("ASSAULT", [soldiers], [doc[4]], cues)
    # only ASSAULT: "banned the export of cattle" is no force
    assert not game_only("SANCTION", [], [doc[4]], cues)


# --- figures on firms and offices -----------------------------------------------------------------

def _destroy_doc(build_doc, name_ent: str):
    return build_doc("a campaign to destroy Norvex", heads=[1, 1, 3, 1, 3],
                     deps=["det", "ROOT", "aux", "acl", "dobj"], pos=["DET", "NOUN", "PART", "VERB", "PROPN"],
                     ents=["O", "O", "O", "O", name_ent])


def test_a_firm_ruined_is_a_figure_and_a_place_destroyed_is_not(build_doc, cues):
    doc = _destroy_doc(build_doc, "B-ORG")
    firm = Party(entity="e1", text="Norvex", country=None, sector=[])
    assert ruin_of_firm(doc[3], "ASSAULT", [firm], cues)
    assert ruin_of_firm(doc[3], "ASSAULT", [Party(entity="e1", text="Norvex", country=None, sector=["BUS"])], cues)
    # an organisation with a state or armed code is a party struck ("destroy the rebel army")
    assert not ruin_of_firm(doc[3], "ASSAULT", [Party(entity="e1", text="Norvex", country="KEN", sector=["REB"])], cues)
    # a name the tagger gave no type: a firm when the entities stage coded it business, else unknown
    doc = _destroy_doc(build_doc, "O")
    assert ruin_of_firm(doc[3], "ASSAULT", [Party(entity="e1", text="Norvex", country=None, sector=["BUS"])], cues)
    assert not ruin_of_firm(doc[3], "ASSAULT", [firm], cues)
    # a person is no firm
    doc = _destroy_doc(build_doc, "B-PERSON")
    assert not ruin_of_firm(doc[3], "ASSAULT", [Party(entity="e1", text="Norvex", country=None, sector=["BUS"])], cues)
    # a firm's common noun
    doc = build_doc("a price war could kill the brand", heads=[2, 2, 4, 4, 4, 6, 4],
                    deps=["det", "compound", "nsubj", "aux", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "NOUN", "AUX", "VERB", "DET", "NOUN"])
    assert ruin_of_firm(doc[4], "ASSAULT", [], cues)
    # a place: struck
    doc = build_doc("rebels destroyed the bridge", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["rebel", "destroy", "the", "bridge"])
    assert not ruin_of_firm(doc[1], "ASSAULT", [], cues)


def test_an_office_held_is_no_seizure_and_a_building_occupied_is(build_doc, cues):
    doc = build_doc("who will occupy the presidency", heads=[2, 2, 2, 4, 2], deps=["nsubj", "aux", "ROOT", "det", "dobj"],
                    pos=["PRON", "AUX", "VERB", "DET", "NOUN"])
    assert seat_of_office(doc[2], "COERCE", cues)
    doc = build_doc("troops occupied the parliament building", heads=[1, 1, 4, 4, 1],
                    deps=["nsubj", "ROOT", "det", "compound", "dobj"], pos=["NOUN", "VERB", "DET", "NOUN", "NOUN"],
                    lemmas=["troop", "occupy", "the", "parliament", "building"])
    assert not seat_of_office(doc[1], "COERCE", cues)
    # offices are also buildings: a raid on them is coercion
    doc = build_doc("police raided the party offices", heads=[1, 1, 4, 4, 1],
                    deps=["nsubj", "ROOT", "det", "compound", "dobj"], pos=["NOUN", "VERB", "DET", "NOUN", "NOUN"],
                    lemmas=["police", "raid", "the", "party", "office"])
    assert not seat_of_office(doc[1], "COERCE", cues)


# --- technology deployed --------------------------------------------------------------------------

def test_technology_deployed_is_no_mobilisation_and_ships_deployed_are(build_doc, cues):
    doc = build_doc("the operator is deploying new technology", heads=[1, 3, 3, 3, 5, 3],
                    deps=["det", "nsubj", "aux", "ROOT", "amod", "dobj"], pos=["DET", "NOUN", "AUX", "VERB", "ADJ", "NOUN"],
                    lemmas=["the", "operator", "be", "deploy", "new", "technology"])
    assert deployed_technology(doc[3], "MOBILIZE", cues)
    doc = build_doc("the navy deployed warships and software", heads=[1, 2, 2, 2, 3, 3],
                    deps=["det", "nsubj", "ROOT", "dobj", "cc", "conj"], pos=["DET", "NOUN", "VERB", "NOUN", "CCONJ", "NOUN"],
                    lemmas=["the", "navy", "deploy", "warship", "and", "software"])
    assert not deployed_technology(doc[2], "MOBILIZE", cues)
    # a missile system or the security services are forces
    doc = build_doc("the army deployed a missile system", heads=[1, 2, 2, 5, 5, 2],
                    deps=["det", "nsubj", "ROOT", "det", "compound", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN"])
    assert not deployed_technology(doc[2], "MOBILIZE", cues)
    # the noun: "the deployment of new software"
    doc = build_doc("the deployment of software", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "NOUN"])
    assert deployed_technology(doc[1], "MOBILIZE", cues)


# --- appeals --------------------------------------------------------------------------------------

def test_an_appeal_for_donations_or_to_shoppers_asks_no_party(build_doc, cues):
    doc = build_doc("the charity launched an appeal for donations", heads=[1, 2, 2, 4, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    lemmas=["the", "charity", "launch", "an", "appeal", "for", "donation"])
    assert charity_or_market_appeal(doc[4], "REQUEST", [], cues)
    doc = build_doc("the band played at the flood appeal", heads=[1, 2, 2, 2, 6, 6, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "det", "compound", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN"],
                    lemmas=["the", "band", "play", "at", "the", "flood", "appeal"])
    assert charity_or_market_appeal(doc[6], "REQUEST", [], cues)
    doc = build_doc("the phone will appeal to shoppers", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubj", "aux", "ROOT", "prep", "pobj"], pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
                    lemmas=["the", "phone", "will", "appeal", "to", "shopper"])
    assert charity_or_market_appeal(doc[3], "REQUEST", [], cues)


def test_an_appeal_to_a_party_or_for_an_act_stays(build_doc, cues):
    doc = build_doc("Kenya appealed to Britain for aid", heads=[1, 1, 1, 2, 1, 4],
                    deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "ADP", "PROPN", "ADP", "NOUN"],
                    lemmas=["kenya", "appeal", "to", "britain", "for", "aid"], ents=["B-GPE", "O", "O", "B-GPE", "O", "O"])
    assert not charity_or_market_appeal(doc[1], "REQUEST", [doc[3]], cues)
    # people asked to do something: a request
    doc = build_doc("police appealed to residents to stay", heads=[1, 1, 1, 2, 5, 1],
                    deps=["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "PART", "VERB"],
                    lemmas=["police", "appeal", "to", "resident", "to", "stay"])
    assert not charity_or_market_appeal(doc[1], "REQUEST", [doc[3]], cues)
    # an appeal for donations made to a state
    doc = build_doc("an appeal to Japan for donations", heads=[1, 1, 1, 2, 1, 4],
                    deps=["det", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "ADP", "NOUN"],
                    lemmas=["an", "appeal", "to", "japan", "for", "donation"], ents=["O", "O", "O", "B-GPE", "O", "O"])
    assert not charity_or_market_appeal(doc[1], "REQUEST", [doc[3]], cues)


# --- ideas and counsel ----------------------------------------------------------------------------

def test_an_idea_no_party_holds_is_commentary(build_doc, cues):
    doc = build_doc("critics attacked the idea", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["critic", "attack", "the", "idea"])
    assert idea_criticised(doc[1], "ACCUSE", [], cues)
    doc = build_doc("critics attacked the minister 's idea", heads=[1, 1, 3, 5, 3, 1],
                    deps=["nsubj", "ROOT", "det", "poss", "case", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["critic", "attack", "the", "minister", "'s", "idea"])
    assert not idea_criticised(doc[1], "ACCUSE", [], cues)
    assert not idea_criticised(doc[1], "ACCUSE", [doc[3]], cues)


def test_counsel_distancing_a_client_do_their_job(build_doc, cues):
    doc = build_doc("defence lawyer Tom Reed tried to distance his client", heads=[1, 3, 3, 4, 4, 6, 4, 8, 6],
                    deps=["compound", "compound", "compound", "nsubj", "ROOT", "aux", "xcomp", "poss", "dobj"],
                    pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PART", "VERB", "PRON", "NOUN"],
                    lemmas=["defence", "lawyer", "tom", "reed", "try", "to", "distance", "his", "client"])
    assert counsel_for_client(doc[6], "ACCUSE", [doc[3]], [doc[8]], cues)
    # a minister distancing the government from a remark acts for it
    doc = build_doc("the minister tried to distance his party", heads=[1, 2, 2, 4, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "poss", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "PRON", "NOUN"],
                    lemmas=["the", "minister", "try", "to", "distance", "his", "party"])
    assert not counsel_for_client(doc[4], "ACCUSE", [doc[1]], [doc[6]], cues)


# --- the pipeline ---------------------------------------------------------------------------------

def test_the_pipeline_codes_no_game_figure_technology_or_appeal(events_of):
    for text in ("Hunters shot three deer on an estate in Scotland on Sunday.",
                 "It is unclear who will occupy the Kenyan presidency after the vote.",
                 "The Kenyan operator is deploying new broadband technology across the country.",
                 "Oxfam's flood appeal was held at a hall in London on Friday.",
                 "French critics attacked the idea of a four-day week."):
        assert not events_of(text), text


def test_the_pipeline_keeps_the_acts_beside_them(events_of):
    assert [e.event for e in events_of("Rebels shot three villagers in Kenya on Sunday.")] == ["ASSAULT"]
    assert [e.event for e in events_of("Troops occupied the parliament building in Nairobi on Monday.")] == ["COERCE"]
    assert [e.event for e in events_of("Kenya deployed 2,000 troops to the border.")] == ["MOBILIZE"]
    assert [e.event for e in events_of("The Kenyan president appealed to Britain for help.")] == ["REQUEST"]
