"""Recipients the sentence names (issue 14, brief s8): the party behind the thing acted upon.

Classes of the audits' wrong recipients, each as a rule of English on sentences of our own: the
owner of a thing seized or raided; a party in a preposition of the thing left ("pulled out of a
contract with X"); the sides named before an event noun ("the Franco-German accord", a "X and Y
deal" the parser broke up); the party an infinitive is handed to ("agreed to allow him to
perform"); the asker behind an ask that is answered ("accepted the regulator's demands"); and a
place a thing is moved to, which is no party ("threatened to move the factory to Hungary").
Rules on hand-built parses first, then the whole pipeline on a few sentences.
"""

from __future__ import annotations

from newsevents.eventcoding.arguments import (
    answering_party,
    content_recipients,
    controlled_subjects,
    is_destination,
    joint_sides,
    named_sides,
    owners_of_things,
    parties_for,
    prep_objects,
    shared_objects,
    thing_owner,
    valid_party_token,
)
from newsevents.eventcoding.lexicon import load_cues

CUES = load_cues()
PUBLISHED = "2024-05-01"
PARTY_WORDS = frozenset({"police", "rebels", "newspaper", "ministry", "court", "regulator", "vexcorp", "him",
                         "leader", "staff"})


def is_party(token) -> bool:
    return token.lower_ in PARTY_WORDS or token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")


def someone(token) -> bool:
    return token.lower_ in PARTY_WORDS


def texts(tokens):
    return [t.text for t in tokens]


# ---- class 1: the owner of the thing acted upon -------------------------------------------------

def test_a_possessor_owns_the_thing_seized(build_doc):
    doc = build_doc("Police seized the rebels ' weapons",
                    heads=[1, 1, 3, 5, 3, 1], deps=["nsubj", "ROOT", "det", "poss", "case", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["police", "seize", "the", "rebel", "'", "weapon"])
    assert texts(thing_owner(doc[5], is_party)) == ["rebels"]
    assert texts(owners_of_things([doc[5]], is_party, someone)) == ["rebels"]


def test_an_of_phrase_owns_the_thing_raided_but_a_place_does_not(build_doc):
    doc = build_doc("Police raided the offices of the newspaper",
                    heads=[1, 1, 3, 1, 3, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["police", "raid", "the", "office", "of", "the", "newspaper"])
    assert texts(owners_of_things([doc[3]], is_party, someone)) == ["newspaper"]
    # "the outskirts of Vexton" says where: the thing stays
    doc = build_doc("Troops shelled the outskirts of Vexton",
                    heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    lemmas=["troop", "shell", "the", "outskirt", "of", "vexton"],
                    ents=["O", "O", "O", "O", "O", "B-GPE"])
    assert texts(owners_of_things([doc[3]], is_party, someone)) == ["outskirts"]


def test_a_person_owned_is_no_thing(build_doc):
    # "the rebels' leader" is the one acted upon, not the rebels
    doc = build_doc("Police arrested the rebels ' leader",
                    heads=[1, 1, 3, 5, 3, 1], deps=["nsubj", "ROOT", "det", "poss", "case", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["police", "arrest", "the", "rebel", "'", "leader"])
    assert texts(owners_of_things([doc[5]], is_party, someone)) == ["leader"]


def test_two_verbs_share_one_object(build_doc):
    doc = build_doc("Police seized and sold the plant",
                    heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "cc", "conj", "det", "dobj"],
                    pos=["NOUN", "VERB", "CCONJ", "VERB", "DET", "NOUN"],
                    lemmas=["police", "seize", "and", "sell", "the", "plant"])
    assert texts(shared_objects(doc[1])) == ["plant"]
    # a verb with an object of its own keeps it
    doc = build_doc("Police seized guns and sold the plant",
                    heads=[1, 1, 1, 1, 1, 6, 4], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj"],
                    pos=["NOUN", "VERB", "NOUN", "CCONJ", "VERB", "DET", "NOUN"],
                    lemmas=["police", "seize", "gun", "and", "sell", "the", "plant"])
    assert shared_objects(doc[1]) == []


# ---- class 2: a party in a preposition of the thing ----------------------------------------------

def test_out_of_says_from_but_a_place_left_is_no_party(build_doc):
    doc = build_doc("The army pulled out of a contract with the ministry",
                    heads=[1, 2, 2, 2, 3, 6, 4, 6, 9, 7],
                    deps=["det", "nsubj", "ROOT", "prep", "prep", "det", "pobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "army", "pull", "out", "of", "a", "contract", "with", "the", "ministry"])
    assert texts(prep_objects(doc[2], {"from"}, CUES.prep_phrase)) == ["contract"]
    assert prep_objects(doc[2], {"from"}) == []  # without the phrase table, "out" is no "from"
    doc = build_doc("Rebels pulled out of the town of Vexton",
                    heads=[1, 1, 1, 2, 5, 3, 5, 6],
                    deps=["nsubj", "ROOT", "prep", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                    lemmas=["rebel", "pull", "out", "of", "the", "town", "of", "vexton"],
                    ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE"])
    assert prep_objects(doc[1], {"from"}, CUES.prep_phrase) == []


# ---- class 3: the sides named before an event noun -----------------------------------------------

def test_a_hyphened_pair_of_peoples_names_both_sides(build_doc):
    doc = build_doc("the Franco - German accord",
                    heads=[4, 3, 3, 4, 4], deps=["det", "npadvmod", "punct", "amod", "ROOT"],
                    pos=["DET", "PROPN", "PUNCT", "ADJ", "NOUN"],
                    lemmas=["the", "franco", "-", "german", "accord"])
    sides = joint_sides(doc[4], CUES)
    assert texts(sides) == ["Franco", "German"]
    assert [p.country for p in parties_for(sides[0], None, CUES)] == ["FRA"]
    # a hyphened word that is no people ("pro-Western") names no sides
    doc = build_doc("the pro - Western accord",
                    heads=[4, 3, 3, 4, 4], deps=["det", "npadvmod", "punct", "amod", "ROOT"],
                    pos=["DET", "ADJ", "PUNCT", "ADJ", "NOUN"],
                    lemmas=["the", "pro", "-", "western", "accord"])
    assert joint_sides(doc[4], CUES) == []


def test_a_broken_coordination_of_names_before_the_noun(build_doc):
    # the parser reads "the Vexcorp and Zentra deal" as "Vexcorp" and "Zentra deal"
    doc = build_doc("parts of the Vexcorp and Zentra deal",
                    heads=[0, 0, 3, 1, 3, 6, 3], deps=["ROOT", "prep", "det", "pobj", "cc", "compound", "conj"],
                    pos=["NOUN", "ADP", "DET", "PROPN", "CCONJ", "PROPN", "NOUN"],
                    lemmas=["part", "of", "the", "vexcorp", "and", "zentra", "deal"],
                    ents=["O", "O", "O", "B-ORG", "O", "B-ORG", "O"])
    assert texts(joint_sides(doc[6], CUES)) == ["Vexcorp", "Zentra"]


def test_the_sides_sign_a_joint_act_told_in_the_passive(build_doc):
    doc = build_doc("the Franco - German accord was signed",
                    heads=[4, 3, 3, 4, 6, 6, 6], deps=["det", "npadvmod", "punct", "amod", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "PROPN", "PUNCT", "ADJ", "NOUN", "AUX", "VERB"],
                    lemmas=["the", "franco", "-", "german", "accord", "be", "sign"])
    assert texts(named_sides(doc[4], CUES)) == ["Franco", "German"]
    assert valid_party_token(doc[3], {}, CUES)  # "German" is a side, whatever the tagger made of it
    doc = build_doc("the Vexcorp and Zentra deal was signed",
                    heads=[4, 4, 1, 1, 6, 6, 6], deps=["det", "nmod", "cc", "conj", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "PROPN", "CCONJ", "PROPN", "NOUN", "AUX", "VERB"],
                    lemmas=["the", "vexcorp", "and", "zentra", "deal", "be", "sign"])
    assert texts(named_sides(doc[4], CUES)) == ["Vexcorp", "Zentra"]
    # one side named is no pair: the passive still names no doer
    doc = build_doc("the Vexcorp deal was signed",
                    heads=[2, 2, 4, 4, 4], deps=["det", "compound", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "PROPN", "NOUN", "AUX", "VERB"],
                    lemmas=["the", "vexcorp", "deal", "be", "sign"])
    assert named_sides(doc[2], CUES) == []


# ---- class 4: control -----------------------------------------------------------------------------

def _agreed_to_allow(build_doc, obj: str, pos: str):
    words = f"The court agreed to allow {obj} to leave"
    return build_doc(words, heads=[1, 2, 2, 4, 2, 7, 7, 4],
                     deps=["det", "nsubj", "ROOT", "aux", "xcomp", "nsubj", "aux", "ccomp"],
                     pos=["DET", "NOUN", "VERB", "PART", "VERB", pos, "PART", "VERB"],
                     lemmas=["the", "court", "agree", "to", "allow", obj.lower(), "to", "leave"])


def test_the_party_an_infinitive_is_handed_to(build_doc):
    doc = _agreed_to_allow(build_doc, "him", "PRON")
    assert texts(controlled_subjects(doc[4])) == ["him"]
    assert texts(content_recipients(doc[2], is_party, CUES.author_prep, CUES.goal_prep, False)) == ["him"]


def _agreed_that(build_doc, voice: str, verb: str):
    """"The ministry agreed that the rebels would be granted amnesty" (passive) or "... would grant
    amnesty" (active)."""
    passive = voice == "passive"
    words = "The ministry agreed that the rebels would " + ("be " if passive else "") + f"{verb} amnesty"
    heads = [1, 2, 2, 8, 5, 8, 8, 8, 2, 8] if passive else [1, 2, 2, 7, 5, 7, 7, 2, 7]
    deps = ["det", "nsubj", "ROOT", "mark", "det", "nsubjpass" if passive else "nsubj", "aux"] + (
        ["auxpass"] if passive else []) + ["ccomp", "dobj"]
    pos = ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX"] + (["AUX"] if passive else []) + ["VERB", "NOUN"]
    lemma = {"granted": "grant", "grant": "grant", "disarmed": "disarm"}[verb]
    lemmas = ["the", "ministry", "agree", "that", "the", "rebel", "would"] + (["be"] if passive else []) + [
        lemma, "amnesty"]
    return build_doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_consent_that_lets_or_grants_favours_the_clause_subject(build_doc):
    doc = _agreed_that(build_doc, "passive", "granted")
    assert texts(content_recipients(doc[2], is_party, CUES.author_prep, CUES.goal_prep, False, (), (),
                                    CUES.grant_verb)) == ["rebels"]
    # without the grant verbs (the caller passes them for a consent or pledge only) nothing is read
    assert content_recipients(doc[2], is_party, CUES.author_prep, CUES.goal_prep, False) == []
    # the active "the rebels would grant amnesty": the rebels grant, they are not favoured
    doc = _agreed_that(build_doc, "active", "grant")
    assert content_recipients(doc[2], is_party, CUES.author_prep, CUES.goal_prep, False, (), (),
                              CUES.grant_verb) == []
    # a passive of another verb is no grant ("would be disarmed" says nothing of whom it favours)
    doc = _agreed_that(build_doc, "passive", "disarmed")
    assert content_recipients(doc[2], is_party, CUES.author_prep, CUES.goal_prep, False, (), (),
                              CUES.grant_verb) == []


# ---- class 5: the asker behind an ask that is answered ---------------------------------------------

def _subjects(verb):
    return [c for c in verb.children if c.dep_ == "nsubj"]


def test_the_one_who_answers_an_ask_is_its_recipient(build_doc):
    doc = build_doc("Vexcorp accepted the regulator 's demands",
                    heads=[1, 1, 3, 5, 3, 1], deps=["nsubj", "ROOT", "det", "poss", "case", "dobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["vexcorp", "accept", "the", "regulator", "'s", "demand"])
    assert texts(answering_party(doc[5], CUES.answer_verb, _subjects)) == ["Vexcorp"]
    doc = build_doc("Vexcorp agreed to the regulator 's demands",
                    heads=[1, 1, 1, 4, 6, 4, 2], deps=["nsubj", "ROOT", "prep", "det", "poss", "case", "pobj"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["vexcorp", "agree", "to", "the", "regulator", "'s", "demand"])
    assert texts(answering_party(doc[6], CUES.answer_verb, _subjects)) == ["Vexcorp"]
    # praising an ask does not answer it
    doc = build_doc("Vexcorp praised the regulator 's demands",
                    heads=[1, 1, 3, 5, 3, 1], deps=["nsubj", "ROOT", "det", "poss", "case", "dobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["vexcorp", "praise", "the", "regulator", "'s", "demand"])
    assert answering_party(doc[5], CUES.answer_verb, _subjects) == []


# ---- class 6: a destination is no party ----------------------------------------------------------

def _content_to_place(build_doc, verb: str):
    return build_doc(f"Vexcorp threatened to {verb} the factory to Hungary",
                     heads=[1, 1, 3, 1, 5, 3, 3, 6],
                     deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "pobj"],
                     pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                     lemmas=["vexcorp", "threaten", "to", verb, "the", "factory", "to", "hungary"],
                     ents=["B-ORG", "O", "O", "O", "O", "O", "O", "B-GPE"])


def test_a_place_a_thing_is_moved_to_is_no_recipient(build_doc):
    doc = _content_to_place(build_doc, "move")
    assert is_destination(doc[7], CUES.relocate)
    assert content_recipients(doc[1], is_party, CUES.author_prep, CUES.goal_prep, False, (), CUES.relocate) == []
    # a thing sent to a country goes to that country ("send the factory's output to Hungary" is aid to it)
    doc = _content_to_place(build_doc, "send")
    assert not is_destination(doc[7], CUES.relocate)
    assert texts(content_recipients(doc[1], is_party, CUES.author_prep, CUES.goal_prep, False, (),
                                    CUES.relocate)) == ["Hungary"]


# ---- the whole pipeline -------------------------------------------------------------------------------

def _recipients(events, kind):
    return [p for e in events if e.event == kind for p in e.recipient]


def test_pipeline_owner_contract_partner_and_control(events_of):
    seized = _recipients(events_of("Kenyan police seized the rebels' weapons on Monday."), "COERCE")
    assert seized and all("weapons" not in p.text and "rebels" in p.text for p in seized)
    # a firm's operations "hit" stay a thing for the figurative-force filter: no attack on the firm
    assert events_of("Siemens's operations in Germany will be hardest hit.") == []
    # leaving a contract with a party cuts a tie: SANCTION (s13-campaign; PLOVER RETREAT is a withdrawal of
    # forces or a backing down), its counterpart named by "with" in the contract's phrase
    left = _recipients(events_of("The Kenyan army pulled out of a contract with the defence ministry."), "SANCTION")
    assert [p.country for p in left] == ["KEN"] and "ministry" in left[0].text
    allowed = _recipients(events_of("Sudan agreed to allow the rebels to return."), "AGREE")
    assert [p.text for p in allowed] == ["the rebels"]
    granted = [e for e in events_of("A Kenyan court agreed that the opposition lawyers would be allowed access "
                                    "to the ballot papers.") if e.event == "AGREE"]
    assert [[p.text for p in e.recipient] for e in granted] == [["the opposition lawyers"]]
    # a complaint that someone was allowed something is no consent: the complainers' target stays unread
    complained = _recipients(events_of("The Kenyan police complained that the rebels would be allowed to keep "
                                       "their weapons."), "ACCUSE")
    assert all("rebels" not in p.text for p in complained)


def test_pipeline_asker_sides_and_destination(events_of):
    events = events_of("Iran agreed to the agency's demands on Monday.")
    assert all("demands" not in p.text for p in _recipients(events, "AGREE"))
    assert [p.country for p in _recipients(events, "REQUEST")] == ["IRN"]  # the agency asked Iran
    accord = [e for e in events_of("One of the main points of the Sino-Japanese agreement is a joint gas field.")
              if e.event == "AGREE"]
    assert accord and {p.country for e in accord for p in e.actor + e.recipient} == {"CHN", "JPN"}
    signed = [e for e in events_of("The Franco-German accord was signed in Paris.") if e.event == "AGREE"]
    assert [([p.country for p in e.actor], [p.country for p in e.recipient]) for e in signed] == [(["FRA"], ["DEU"])]
    moved = events_of("The German firm Vexcorp threatened to move the factory to Hungary.")
    assert [e.event for e in moved] == ["THREATEN"]
    assert "HUN" not in {p.country for p in _recipients(moved, "THREATEN")}
