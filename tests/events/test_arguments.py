"""Who acts: the argument rules of eventcoding/arguments.py on hand-built parses."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import (
    content_recipients,
    counted_objects,
    counted_people,
    inherited_patient,
    is_passive,
    names_the_act,
    own_actor_of_noun,
    parties_for,
    party_behind,
    pronoun_referent,
    pronoun_referents,
    purpose_recipients,
    purpose_targets,
    resolve_pronoun,
    subject_of,
    valid_party_token,
)
from newsevents.eventcoding.lexicon import Cues, load_cues, object_tokens
from newsevents.record import Entity, Span

ACTORS = actor_dictionary()  # the packaged tables (a stage passes its own)
CUES = load_cues()
PUBLISHED = "2024-05-01"


def texts(tokens):
    return [t.text for t in tokens]


def test_a_coordinated_clause_with_its_own_subject_keeps_it(build_doc):
    doc = build_doc("The agent tried to recruit Diallo , but he refused .",
                    heads=[1, 2, 2, 4, 2, 4, 2, 2, 9, 2, 2],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "cc", "nsubj", "conj", "punct"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "PROPN", "PUNCT", "CCONJ", "PRON", "VERB", "PUNCT"])
    assert texts(subject_of(doc[9], ACTORS, CUES)) == ["he"]
    assert texts(subject_of(doc[4], ACTORS, CUES)) == ["agent"]  # the infinitive inherits the trier


def test_an_infinitive_after_an_object_is_the_objects_act(build_doc):
    doc = build_doc("Leaders urged the council to act",
                    heads=[1, 1, 3, 1, 5, 1], deps=["nsubj", "ROOT", "det", "dobj", "aux", "xcomp"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PART", "VERB"])
    assert texts(subject_of(doc[5], ACTORS, CUES)) == ["council"]


def test_a_passive_names_its_agent_or_nobody(build_doc):
    doc = build_doc("The town was shelled by rebels",
                    heads=[1, 3, 3, 3, 3, 4], deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"])
    assert is_passive(doc[3])
    assert texts(subject_of(doc[3], ACTORS, CUES)) == ["rebels"]
    doc = build_doc("Protesters were detained",
                    heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"], pos=["NOUN", "AUX", "VERB"])
    assert subject_of(doc[2], ACTORS, CUES) == []


def test_an_attempts_possessor_does_the_act(build_doc):
    # "Russia 's attempt to annex the region"
    doc = build_doc("Russia 's attempt to annex the region",
                    heads=[2, 0, 2, 4, 2, 6, 4], deps=["poss", "case", "ROOT", "aux", "acl", "det", "dobj"],
                    pos=["PROPN", "PART", "NOUN", "PART", "VERB", "DET", "NOUN"])
    assert texts(subject_of(doc[4], ACTORS, CUES)) == ["Russia"]


def _envoy_doc(build_doc):
    return build_doc("the envoy who met the king",
                     heads=[1, 1, 3, 1, 5, 3], deps=["det", "ROOT", "nsubj", "relcl", "det", "dobj"],
                     pos=["DET", "NOUN", "PRON", "VERB", "DET", "NOUN"])


def test_a_relative_pronoun_stands_for_the_noun(build_doc):
    doc = _envoy_doc(build_doc)
    assert texts(subject_of(doc[3], ACTORS, CUES)) == ["envoy"]


def test_coordinated_subjects_all_act(build_doc):
    doc = build_doc("France and Spain signed",
                    heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"], pos=["PROPN", "CCONJ", "PROPN", "VERB"])
    assert texts(subject_of(doc[3], ACTORS, CUES)) == ["France", "Spain"]


def test_a_passive_infinitive_inherits_its_patient(build_doc):
    # "The suspects are expected to be charged": the suspects undergo the charge
    doc = build_doc("The suspects are expected to be charged",
                    heads=[1, 3, 3, 3, 6, 6, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "aux", "auxpass", "xcomp"],
                    pos=["DET", "NOUN", "AUX", "VERB", "PART", "AUX", "VERB"])
    assert texts(inherited_patient(doc[6], ACTORS, CUES)) == ["suspects"]
    assert subject_of(doc[6], ACTORS, CUES) == []  # and nobody is named as the one who charges


def test_the_relative_pronouns_come_from_the_cue_table(build_doc):
    doc = _envoy_doc(build_doc)
    # a table that does not know "who" leaves the pronoun itself as the subject
    assert texts(subject_of(doc[3], ACTORS, Cues())) == ["who"]
    assert texts(subject_of(doc[3], ACTORS, Cues(relative_pronoun={"who"}))) == ["envoy"]


def test_a_participle_after_a_verb_of_state_names_no_doer(build_doc):
    # "The mayor remained detained": the mayor undergoes the detention, nobody is named doing it
    doc = build_doc("The mayor remained detained",
                    heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "acomp"],
                    pos=["DET", "NOUN", "VERB", "VERB"], tags=["DT", "NN", "VBD", "VBN"],
                    lemmas=["the", "mayor", "remain", "detain"])
    assert subject_of(doc[3], ACTORS, CUES) == []
    assert texts(inherited_patient(doc[3], ACTORS, CUES)) == ["mayor"]
    assert inherited_patient(doc[3], ACTORS, Cues()) == []  # "remain" unknown: no state


def test_a_from_phrase_of_a_source_noun_is_the_place_left(build_doc):
    doc = build_doc("the withdrawal from the union",
                    heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert own_actor_of_noun(doc[1], ACTORS, CUES) == []
    # not a source noun: the from-phrase names the doer, as in "an attack from the union"
    not_source = Cues(author_prep=CUES.author_prep, source_prep=CUES.source_prep)
    assert texts(own_actor_of_noun(doc[1], ACTORS, not_source)) == ["union"]


def test_words_that_are_no_party_and_amounts_with_a_scale(build_doc):
    doc = build_doc("committed itself to pay $ 5 bn",
                    heads=[0, 0, 0, 2, 6, 6, 3], deps=["ROOT", "dobj", "prep", "pcomp", "nmod", "nummod", "dobj"],
                    pos=["VERB", "PRON", "ADP", "VERB", "SYM", "NUM", "NOUN"])
    money = {"$"}
    assert not valid_party_token(doc[1], money, CUES)  # "itself": the doer again
    assert valid_party_token(doc[1], money, Cues())
    assert not valid_party_token(doc[6], money, CUES)  # "$5bn": an amount, not who gets it
    assert valid_party_token(doc[6], money, Cues())


# --- recipients (issue 14): whom an act is aimed at, when the clause names one ---------------

def _party(token) -> bool:
    """Parties for these tests: names and a few nouns for people or bodies."""
    return token.pos_ == "PROPN" or token.lemma_ in ("rebel", "candidate", "government", "minister", "farmer")


def test_a_thing_gives_way_to_the_party_it_is_aimed_at_or_comes_from(build_doc):
    # "rejected a ceasefire with the rebels": the rebels are the ones rebuffed
    doc = build_doc("a ceasefire with the rebels", heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"], lemmas=["a", "ceasefire", "with", "the", "rebel"])
    assert texts(party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep)) == ["rebels"]
    assert party_behind(doc[1], _party) == []  # without the goal prepositions: no one
    # "dismissed a plea from Ortega": the one who made the plea
    doc = build_doc("a plea from Ortega", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN"])
    assert texts(party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep)) == ["Ortega"]
    # "abuses committed by Vexland": a participle's agent made the thing
    doc = build_doc("abuses committed by Vexland", heads=[0, 0, 1, 2], deps=["ROOT", "acl", "agent", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "PROPN"], tags=["NNS", "VBN", "IN", "NNP"])
    assert texts(party_behind(doc[0], _party)) == ["Vexland"]
    # "a plan for the harbour": a thing with no party behind it stays no one
    doc = build_doc("a plan for the harbour", heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep) == []


def test_a_share_or_order_in_a_deal_stands_for_the_other_party_of_the_deal(build_doc):
    shares = CUES.share_noun
    # "bought a stake in Vexcorp": the firm whose share is bought
    doc = build_doc("a stake in Vexcorp", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN"])
    assert texts(party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep, shares)) == ["Vexcorp"]
    assert party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep) == []  # without the share nouns
    # "placed an order for 40 Vexcorp trucks": the maker named before the thing ordered
    doc = build_doc("an order for 40 Vexcorp trucks", heads=[1, 1, 1, 5, 5, 2],
                    deps=["det", "ROOT", "prep", "nummod", "compound", "pobj"],
                    pos=["DET", "NOUN", "ADP", "NUM", "PROPN", "NOUN"], ents=["O", "O", "O", "O", "B-ORG", "O"])
    assert texts(party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep, shares)) == ["Vexcorp"]
    # a party noun itself: "a bid for the farmers"
    doc = build_doc("a bid for the farmers", heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"], lemmas=["a", "bid", "for", "the", "farmer"])
    assert texts(party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep, shares)) == ["farmers"]
    # "a stake in the harbour": a thing traded with no party named stays no one; and the in-phrase
    # of a noun that is no share ("a meeting in Vexland") names a place, not a party
    doc = build_doc("a stake in the harbour", heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep, shares) == []
    doc = build_doc("a meeting in Vexland", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN"])
    assert party_behind(doc[1], _party, CUES.author_prep, CUES.goal_prep, shares) == []


def test_a_promise_or_threat_is_aimed_at_whom_its_content_acts_on(build_doc):
    # "Vexland offered to send grain to Ostria": the to-phrase of the content clause
    doc = build_doc("Vexland offered to send grain to Ostria", heads=[1, 1, 3, 1, 3, 3, 5],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN"])
    assert texts(content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=False)) == ["Ostria"]
    # "The mayor threatened to expel the farmers": the content's object
    doc = build_doc("The mayor threatened to expel the farmers", heads=[1, 2, 2, 4, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["the", "mayor", "threaten", "to", "expel", "the", "farmer"])
    assert texts(content_recipients(doc[2], _party, CUES.author_prep, CUES.goal_prep, asks=False)) == ["farmers"]
    # "pledged to extend aid to Ostria": through the thing the content acts on
    doc = build_doc("Vexland pledged to extend aid to Ostria", heads=[1, 1, 3, 1, 3, 4, 5],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN"])
    assert texts(content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=False)) == ["Ostria"]


def test_a_things_to_clause_is_its_content_and_a_people_adjective_names_the_party(build_doc):
    # "signed an agreement to import Ostrian grain": the agreement's content names Ostria's grain
    doc = build_doc("Vexland signed an agreement to import Ostrian grain", heads=[1, 1, 3, 1, 5, 3, 7, 5],
                    deps=["nsubj", "ROOT", "det", "dobj", "aux", "acl", "amod", "dobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "ADJ", "NOUN"],
                    ents=["B-GPE", "O", "O", "O", "O", "O", "B-NORP", "O"])
    assert texts(content_recipients(doc[3], _party, CUES.author_prep, CUES.goal_prep, asks=False)) == ["Ostrian"]
    # "threatened to ban Ostrian imports": the same through a verb's content clause
    doc = build_doc("Vexland threatened to ban Ostrian imports", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "amod", "dobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "ADJ", "NOUN"], ents=["B-GPE", "O", "O", "O", "B-NORP", "O"])
    assert texts(content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=False)) == ["Ostrian"]
    # "an agreement signed last year": a participle is no content; "to import cheap grain": no one named
    doc = build_doc("an agreement signed by Ostrian officials", heads=[1, 1, 1, 2, 5, 3],
                    deps=["det", "ROOT", "acl", "agent", "amod", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN"], tags=["DT", "NN", "VBN", "IN", "JJ", "NNS"],
                    ents=["O", "O", "O", "O", "B-NORP", "O"])
    assert content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=False) == []
    doc = build_doc("an agreement to import cheap grain", heads=[1, 1, 3, 1, 5, 3],
                    deps=["det", "ROOT", "aux", "acl", "amod", "dobj"], pos=["DET", "NOUN", "PART", "VERB", "ADJ", "NOUN"])
    assert content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=False) == []


def test_a_passive_content_acts_on_the_one_who_asks(build_doc):
    # "They asked to be moved to Vexland": Vexland is where, not whom the asking is aimed at
    doc = build_doc("They asked to be moved to Vexland", heads=[1, 1, 4, 4, 1, 4, 5],
                    deps=["nsubj", "ROOT", "aux", "auxpass", "xcomp", "prep", "pobj"],
                    pos=["PRON", "VERB", "PART", "AUX", "VERB", "ADP", "PROPN"])
    assert content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=False) == []


def test_a_thing_made_by_the_content_is_no_recipient(build_doc):
    # "The two leaders agreed to create Radio Vex, a news network": the network is made, not acted on
    doc = build_doc("The two leaders agreed to create Radio Vex , a news network",
                    heads=[2, 2, 3, 3, 5, 3, 7, 5, 7, 11, 11, 7],
                    deps=["det", "nummod", "nsubj", "ROOT", "aux", "xcomp", "compound", "dobj", "punct", "det",
                          "compound", "appos"],
                    pos=["DET", "NUM", "NOUN", "VERB", "PART", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
                         "NOUN"])
    assert content_recipients(doc[3], _party, CUES.author_prep, CUES.goal_prep, False, CUES.creation) == []
    # without the list of verbs of making the name would be taken for the party
    assert texts(content_recipients(doc[3], _party, CUES.author_prep, CUES.goal_prep, False)) == ["Vex"]
    # "pledged to set up a fund with Ostria": a phrasal verb of making; its partner is still named
    doc = build_doc("Vexland pledged to set up a Vexcorp fund with Ostria", heads=[1, 1, 3, 1, 3, 6, 6, 3, 3, 8],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "prt", "det", "compound", "dobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN"],
                    lemmas=["Vexland", "pledge", "to", "set", "up", "a", "Vexcorp", "fund", "with", "Ostria"],
                    ents=["B-GPE", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "B-GPE"])
    assert texts(content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, False,
                                    CUES.creation)) == ["Ostria"]
    # a verb that is no making keeps its object's party ("pledged to back a Vexcorp fund")
    doc = build_doc("Vexland pledged to back a Vexcorp fund", heads=[1, 1, 3, 1, 6, 6, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "det", "compound", "dobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "DET", "PROPN", "NOUN"],
                    lemmas=["Vexland", "pledge", "to", "back", "a", "Vexcorp", "fund"],
                    ents=["B-GPE", "O", "O", "O", "O", "B-ORG", "O"])
    assert texts(content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, False,
                                    CUES.creation)) == ["Vexcorp"]


def test_a_demand_is_aimed_at_the_subject_of_its_that_clause(build_doc):
    doc = build_doc("Farmers demanded that the government resign", heads=[1, 1, 5, 4, 5, 1],
                    deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp"],
                    pos=["NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB"])
    assert texts(content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=True)) == ["government"]
    assert content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=False) == []  # "said that ..."
    # "asked whether the government would resign": a question, not a demand of anyone
    doc = build_doc("Farmers asked whether the government resigned", heads=[1, 1, 5, 4, 5, 1],
                    deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp"],
                    pos=["NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB"])
    assert content_recipients(doc[1], _party, CUES.author_prep, CUES.goal_prep, asks=True) == []


def test_a_bare_singular_object_names_the_act_not_its_target(build_doc):
    # "Police opened fire": the fire is the act; "burned a shop", "burned shops": targets
    doc = build_doc("Police opened fire", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                    pos=["NOUN", "VERB", "NOUN"], tags=["NNS", "VBD", "NN"])
    assert names_the_act(doc[2])
    doc = build_doc("Rioters burned a shop", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], tags=["NNS", "VBD", "DT", "NN"])
    assert not names_the_act(doc[3])
    doc = build_doc("Rioters burned shops", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                    pos=["NOUN", "VERB", "NOUN"], tags=["NNS", "VBD", "NNS"])
    assert not names_the_act(doc[2])


def test_a_protest_presses_whom_its_demand_names(build_doc):
    # "Farmers marched to demand the resignation of Minister Olsen": the minister
    doc = build_doc("Farmers marched to demand the resignation of Minister Olsen", heads=[1, 1, 3, 1, 5, 3, 5, 8, 6],
                    deps=["nsubj", "ROOT", "aux", "advcl", "det", "dobj", "prep", "compound", "pobj"],
                    pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN"])
    found = purpose_recipients([doc[1]], CUES.request, CUES.protest_noun, _party, CUES.author_prep, CUES.goal_prep)
    assert texts(found) == ["Olsen"]
    # not every purpose is a demand: "marched to celebrate the victory of Olsen" presses no one
    assert purpose_recipients([doc[1]], {"celebrate"}, CUES.protest_noun, _party, CUES.author_prep, CUES.goal_prep) == []
    # "Students rallied , calling for independence from Vexland"
    doc = build_doc("Students rallied , calling for independence from Vexland", heads=[1, 1, 1, 1, 3, 4, 5, 6],
                    deps=["nsubj", "ROOT", "punct", "advcl", "prep", "pobj", "prep", "pobj"],
                    pos=["NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "ADP", "PROPN"],
                    lemmas=["student", "rally", ",", "call", "for", "independence", "from", "vexland"])
    assert texts(purpose_recipients([doc[1]], CUES.request, CUES.protest_noun, _party, CUES.author_prep, CUES.goal_prep)) == ["Vexland"]


def test_a_strike_in_protest_presses_the_party_behind_what_it_protests(build_doc):
    # "Miners struck in protest at the government 's plan": the government
    doc = build_doc("Miners struck in protest at the government 's plan", heads=[1, 1, 1, 2, 3, 6, 8, 6, 4],
                    deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "poss", "case", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN"])
    found = purpose_recipients([doc[1]], CUES.request, CUES.protest_noun, _party, CUES.author_prep, CUES.goal_prep)
    assert texts(found) == ["government"]
    # "in protest" is an idiom of the table: "struck in anger at the plan" names no purpose
    assert purpose_recipients([doc[1]], CUES.request, set(), _party, CUES.author_prep, CUES.goal_prep) == []


def test_force_is_used_on_whom_its_purpose_clause_names(build_doc):
    doc = build_doc("Police fired to disperse the rebels", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "aux", "advcl", "det", "dobj"],
                    pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["police", "fire", "to", "disperse", "the", "rebel"])
    assert texts(purpose_targets(doc[1], _party)) == ["rebels"]
    # "fired , dispersing the rebels": no clause of purpose
    doc = build_doc("Police fired , dispersing the rebels", heads=[1, 1, 1, 1, 5, 3],
                    deps=["nsubj", "ROOT", "punct", "advcl", "det", "dobj"],
                    pos=["NOUN", "VERB", "PUNCT", "VERB", "DET", "NOUN"],
                    lemmas=["police", "fire", ",", "disperse", "the", "rebel"])
    assert purpose_targets(doc[1], _party) == []


def test_up_to_a_number_counts_the_object(build_doc):
    # "Gunmen seized up to 12 farmers", parsed with "up" as the verb's particle
    doc = build_doc("Gunmen seized up to 12 farmers", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "prt", "prep", "nummod", "pobj"],
                    pos=["NOUN", "VERB", "ADP", "ADP", "NUM", "NOUN"])
    assert texts(counted_objects(doc[1])) == ["farmers"]
    # "gave up to the police": no number, no object
    doc = build_doc("He gave up to the police", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "prt", "prep", "det", "pobj"],
                    pos=["PRON", "VERB", "ADP", "ADP", "DET", "NOUN"])
    assert counted_objects(doc[1]) == []


def test_a_body_named_as_modifier_owns_the_thing(build_doc):
    # "rejected the Vexist plan": the Vexists' plan (a party's name as modifier)
    doc = build_doc("the Vexist plan", heads=[2, 2, 2], deps=["det", "compound", "ROOT"], pos=["DET", "PROPN", "NOUN"],
                    ents=["O", "B-NORP", "O"])
    assert texts(party_behind(doc[2], _party)) == ["Vexist"]
    # "the Vexish plan": a people's adjective is the thing's code, not a party standing in for it
    doc = build_doc("the Vexish plan", heads=[2, 2, 2], deps=["det", "amod", "ROOT"], pos=["DET", "ADJ", "NOUN"],
                    ents=["O", "B-NORP", "O"])
    assert party_behind(doc[2], lambda t: True) == []


def _people(doc, named):
    """Entities of the named people ``(name, country, title, first token, last token)``."""
    found = []
    for k, (name, country, title, first, last) in enumerate(named, 1):
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        found.append(Entity(id=f"e{k}", name=name, type="PERSON", country=country, title=title,
                            mentions=[Span(start=start, end=end, text=doc.text[start:end])]))
    return found


def test_the_two_presidents_are_the_two_named_presidents(build_doc):
    # "President Ana Rey met President Tom Vale . The two presidents agreed ."
    doc = build_doc("President Ana Rey met President Tom Vale . The two presidents agreed .",
                    heads=[2, 2, 3, 3, 6, 6, 3, 3, 10, 10, 11, 11, 11],
                    deps=["compound", "compound", "nsubj", "ROOT", "compound", "compound", "dobj", "punct",
                          "det", "nummod", "nsubj", "ROOT", "punct"],
                    pos=["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT",
                         "DET", "NUM", "NOUN", "VERB", "PUNCT"],
                    tags=["NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "NNP", ".", "DT", "CD", "NNS", "VBD", "."],
                    lemmas=["president", "ana", "rey", "meet", "president", "tom", "vale", ".",
                            "the", "two", "president", "agree", "."])
    doc._.entities = _people(doc, [("Ana Rey", "ARD", "President", 1, 2), ("Tom Vale", "BRV", "President", 5, 6)])
    assert [e.name for e in counted_people(doc[10])] == ["Ana Rey", "Tom Vale"]
    assert [(p.text, p.country) for p in parties_for(doc[10], None, CUES)] == [("Ana Rey", "ARD"), ("Tom Vale", "BRV")]
    # three presidents named, or one of them a minister: "the two presidents" is no one we can tell
    doc._.entities = _people(doc, [("Ana Rey", "ARD", "President", 1, 2), ("Tom Vale", "BRV", "President", 5, 6),
                                   ("Ida Moe", "CLM", "President", 4, 4)])
    assert counted_people(doc[10]) == []
    doc._.entities = _people(doc, [("Ana Rey", "ARD", "President", 1, 2), ("Tom Vale", "BRV", "Minister", 5, 6)])
    assert counted_people(doc[10]) == []


def test_a_body_noun_before_a_thing_is_whose_thing_it_is(build_doc):
    # "overturn a court ruling": the court's ruling; "a peace plan" names no one
    doc = build_doc("overturn a court ruling", heads=[0, 3, 3, 0], deps=["ROOT", "det", "compound", "dobj"],
                    pos=["VERB", "DET", "NOUN", "NOUN"])
    assert texts(party_behind(doc[3], lambda t: ACTORS.role(t.lemma_) is not None)) == ["court"]
    doc = build_doc("criticised a peace plan", heads=[0, 3, 3, 0], deps=["ROOT", "det", "compound", "dobj"],
                    pos=["VERB", "DET", "NOUN", "NOUN"])
    assert party_behind(doc[3], lambda t: ACTORS.role(t.lemma_) is not None) == []


def test_an_active_verb_after_a_passive_is_done_by_its_subject(build_doc):
    # "The firm was fined by the agency but has agreed to pay": the firm agrees, not the agency
    doc = build_doc("The firm was fined by the agency but has agreed to pay",
                    heads=[1, 3, 3, 3, 3, 6, 4, 3, 9, 3, 11, 9],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "cc", "aux", "conj",
                          "aux", "xcomp"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "CCONJ", "AUX", "VERB", "PART", "VERB"],
                    tags=["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "CC", "VBZ", "VBN", "TO", "VB"])
    assert texts(subject_of(doc[3], ACTORS, CUES)) == ["agency"]
    assert texts(subject_of(doc[9], ACTORS, CUES)) == ["firm"]
    # "The town was shelled by rebels and captured": the bare participle shares the passive
    doc = build_doc("The town was shelled by rebels and captured",
                    heads=[1, 3, 3, 3, 3, 4, 3, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "VERB"],
                    tags=["DT", "NN", "VBD", "VBN", "IN", "NNS", "CC", "VBN"])
    assert texts(subject_of(doc[7], ACTORS, CUES)) == ["rebels"]


def test_in_an_article_overturning_a_court_ruling_acts_on_the_court(events_of):
    # the lexicon row "overturn" + obj:ruling consumes the ruling; the court compounded before it
    # is whose ruling it is
    events = events_of("The Kenyan government will try to overturn a court ruling that blocked its new tax.")
    overturn = next(e for e in events if e.trigger.text == "overturn")
    assert [p.text for p in overturn.recipient] == ["court"]


def _nobody_resolved(token) -> bool:
    return False


def test_an_object_pronoun_stands_for_a_governing_subject_never_its_own_clauses(build_doc):
    # "The firm said it would join if Vexland awarded it the contract": the firm, not Vexland
    doc = build_doc("The firm said it would join if Vexland awarded it the contract",
                    heads=[1, 2, 2, 5, 5, 2, 8, 8, 5, 8, 11, 8],
                    deps=["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "mark", "nsubj", "advcl", "dative", "det",
                          "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PRON", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "PRP", "MD", "VB", "IN", "NNP", "VBD", "PRP", "DT", "NN"])
    assert pronoun_referent(doc[9], doc[9], []).text == "firm"
    assert texts(pronoun_referents([doc[9]], [], lambda t: t.lemma_ == "firm", _nobody_resolved)) == ["firm"]
    # a pronoun the entities stage already resolved stays as it is
    assert texts(pronoun_referents([doc[9]], [], lambda t: t.lemma_ == "firm", lambda t: True)) == ["it"]


def test_a_pronoun_for_a_thing_is_no_recipient_and_one_for_people_is_them(build_doc):
    # "Police seized rifles from rebels. They destroyed them.": the rifles (an object, like "them")
    doc = build_doc("Police seized rifles from rebels . They destroyed them .",
                    heads=[1, 1, 1, 1, 3, 1, 7, 7, 7, 7],
                    deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT"],
                    tags=["NNS", "VBD", "NNS", "IN", "NNS", ".", "PRP", "VBD", "PRP", "."],
                    lemmas=["police", "seize", "rifle", "from", "rebel", ".", "they", "destroy", "they", "."])
    people = {"police", "rebel"}
    assert pronoun_referent(doc[8], doc[8], [doc[6]]).text == "rifles"
    assert pronoun_referents([doc[8]], [doc[6]], lambda t: t.lemma_ in people, _nobody_resolved) == []
    # "Police detained rebels. A court freed them.": the rebels
    doc = build_doc("Police detained rebels . A court freed them .",
                    heads=[1, 1, 1, 1, 5, 6, 6, 6, 6],
                    deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["NOUN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
                    tags=["NNS", "VBD", "NNS", ".", "DT", "NN", "VBD", "PRP", "."],
                    lemmas=["police", "detain", "rebel", ".", "a", "court", "free", "they", "."])
    assert texts(pronoun_referents([doc[7]], [doc[5]], lambda t: t.lemma_ in people, _nobody_resolved)) == ["rebels"]


def test_all_of_them_stands_for_the_plural_before_it_other_than_the_actor(build_doc):
    # "Officials inspected cafes and demanded that all of them close": the cafes, a thing here
    doc = build_doc("Officials inspected cafes and demanded that all of them close",
                    heads=[1, 1, 1, 1, 1, 9, 9, 6, 7, 4],
                    deps=["nsubj", "ROOT", "dobj", "cc", "conj", "mark", "nsubj", "prep", "pobj", "ccomp"],
                    pos=["NOUN", "VERB", "NOUN", "CCONJ", "VERB", "SCONJ", "PRON", "ADP", "PRON", "VERB"],
                    tags=["NNS", "VBD", "NNS", "CC", "VBD", "IN", "DT", "IN", "PRP", "VB"],
                    lemmas=["official", "inspect", "cafe", "and", "demand", "that", "all", "of", "they", "close"])
    assert pronoun_referent(doc[8], doc[6], [doc[0]]).text == "cafes"
    assert pronoun_referents([doc[6]], [doc[0]], lambda t: t.lemma_ == "official", _nobody_resolved) == []
    assert texts(pronoun_referents([doc[6]], [doc[0]], lambda t: t.lemma_ in ("official", "cafe"),
                                   _nobody_resolved)) == ["cafes"]


def test_a_recipient_pronoun_takes_the_people_it_stands_for(events_of):
    events = events_of("Ruritanian police detained two Vexlandic activists on Monday. A court later released them.")
    released = [e for e in events if e.trigger.text == "released"]
    assert released and [p.text for p in released[0].recipient] == ["two Vexlandic activists"]


def test_people_in_an_of_phrase_are_the_target_not_their_owner(build_doc):
    # "an inquiry into Vexcorp's directors" / "an investigation of Vexcorp's directors": the directors
    doc = build_doc("an investigation of Vexcorp 's directors", heads=[1, 1, 1, 5, 3, 2],
                    deps=["det", "ROOT", "prep", "poss", "case", "pobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "PART", "NOUN"],
                    lemmas=["an", "investigation", "of", "Vexcorp", "'s", "director"])
    people = lambda t: t.pos_ == "PROPN" or t.lemma_ == "director"  # noqa: E731
    assert texts(party_behind(doc[1], people)) == ["directors"]
    # "an investigation of Vexcorp's accounts": the accounts are a thing; their owner is the target
    doc = build_doc("an investigation of Vexcorp 's accounts", heads=[1, 1, 1, 5, 3, 2],
                    deps=["det", "ROOT", "prep", "poss", "case", "pobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "PART", "NOUN"],
                    lemmas=["an", "investigation", "of", "Vexcorp", "'s", "account"])
    assert texts(party_behind(doc[1], people)) == ["Vexcorp"]


def test_a_bodys_people_take_its_country(build_doc):
    # "Vexcorp's directors", Vexcorp known to be Ostrian: the directors are Ostrian
    doc = build_doc("Vexcorp 's directors", heads=[2, 0, 2], deps=["poss", "case", "ROOT"],
                    pos=["PROPN", "PART", "NOUN"], lemmas=["Vexcorp", "'s", "director"])
    directors = Entity(id="e2", name="Vexcorp 's directors", type="NORP", country=None,
                       mentions=[Span(start=0, end=20, text="Vexcorp 's directors")])
    doc._.entities = [Entity(id="e1", name="Vexcorp", type="ORG", country="OST",
                             mentions=[Span(start=0, end=7, text="Vexcorp")]), directors]
    parties = parties_for(doc[2], None, CUES)
    assert [(p.entity, p.country) for p in parties] == [("e2", "OST")]
    doc._.entities = [Entity(id="e1", name="Vexcorp", type="ORG", country=None,
                             mentions=[Span(start=0, end=7, text="Vexcorp")]), directors]
    assert parties_for(doc[2], None, CUES)[0].country is None  # an owner of unknown country: no guess


def test_a_thing_criticised_gives_way_to_its_doer(events_of):
    events = events_of("Environmental groups voiced criticism of the damming by the Chinese state firm.")
    criticism = [e for e in events if e.trigger.text == "criticism"]
    assert criticism and [(p.text, p.country) for p in criticism[0].recipient] == [("the Chinese state firm", "CHN")]


def test_a_place_word_in_a_persons_own_name_gives_no_country(build_doc):
    # "Chadian striker Chad Johnson": the country comes from "Chadian", never from the given name
    doc = build_doc("Chadian striker Chad Johnson", heads=[3, 3, 3, 3], deps=["amod", "compound", "compound", "ROOT"],
                    pos=["ADJ", "NOUN", "PROPN", "PROPN"], tags=["JJ", "NN", "NNP", "NNP"],
                    lemmas=["chadian", "striker", "Chad", "Johnson"])
    doc._.entities = _people(doc, [("Chad Johnson", None, None, 2, 3)])
    assert [p.country for p in parties_for(doc[3], ACTORS.code_span, CUES)] == ["TCD"]
    bare = build_doc("Chad Johnson", heads=[1, 1], deps=["compound", "ROOT"], pos=["PROPN", "PROPN"],
                     tags=["NNP", "NNP"], lemmas=["Chad", "Johnson"])
    bare._.entities = _people(bare, [("Chad Johnson", None, None, 0, 1)])
    assert [p.country for p in parties_for(bare[1], ACTORS.code_span, CUES)] == [None]


def test_a_town_before_a_surname_is_a_given_name_not_a_home(build_doc):
    # "Milan Kovac shot": the places stage's town "Milan" gives no country to the man
    from newsevents.record import Place

    doc = build_doc("Milan Kovac shot", heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"],
                    pos=["PROPN", "PROPN", "VERB"], tags=["NNP", "NNP", "VBD"], lemmas=["Milan", "Kovac", "shoot"])
    doc._.places = [Place(id="p1", name="Milan", level="city", country="ITA", mentions=[Span(start=0, end=5, text="Milan")])]
    assert [p.country for p in parties_for(doc[1], None, CUES)] == [None]
    # "Milan police": a common noun's home is the town
    police = build_doc("Milan police", heads=[1, 1], deps=["compound", "ROOT"], pos=["PROPN", "NOUN"],
                       tags=["NNP", "NNS"], lemmas=["Milan", "police"])
    police._.places = [Place(id="p1", name="Milan", level="city", country="ITA", mentions=[Span(start=0, end=5, text="Milan")])]
    assert [p.country for p in parties_for(police[1], None, CUES)] == ["ITA"]


def test_a_pronoun_in_a_report_stands_for_the_party_not_its_shares(build_doc):
    # "it" in a reported clause is the airline the shares are of, never the shares (a market
    # quantity does no act)
    doc = build_doc("Shares of the airline slumped after reports that it had sought talks .",
                    heads=[4, 0, 3, 1, 4, 4, 5, 10, 10, 10, 6, 10, 4],
                    deps=["nsubj", "prep", "det", "pobj", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "acl",
                          "dobj", "punct"],
                    pos=["NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "NOUN",
                         "PUNCT"],
                    lemmas=["share", "of", "the", "airline", "slump", "after", "report", "that", "it", "have", "seek",
                            "talk", "."])
    assert resolve_pronoun(doc[8], doc[:], CUES).text == "airline"
    # prices of no one named: the pronoun stays unresolved rather than becoming the prices
    doc = build_doc("Prices fell after reports that it had cut jobs .",
                    heads=[1, 1, 1, 2, 7, 7, 7, 3, 7, 1],
                    deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "acl", "dobj", "punct"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "NOUN", "PUNCT"],
                    lemmas=["price", "fall", "after", "report", "that", "it", "have", "cut", "job", "."])
    assert resolve_pronoun(doc[5], doc[:], CUES) is None
    # a party as the governing subject is still the one the pronoun names
    doc = build_doc("Vexcorp rose after reports that it had cut jobs .",
                    heads=[1, 1, 1, 2, 7, 7, 7, 3, 7, 1],
                    deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "acl", "dobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "NOUN", "PUNCT"],
                    lemmas=["vexcorp", "rise", "after", "report", "that", "it", "have", "cut", "job", "."])
    assert resolve_pronoun(doc[5], doc[:], CUES).text == "Vexcorp"


def test_the_subject_of_an_absolute_participle_clause_undergoes_the_act(build_doc):
    words = "The storm struck , with 40 people {} ."
    heads = [1, 2, 2, 2, 2, 6, 7, 4, 2]
    deps = ["det", "nsubj", "ROOT", "punct", "prep", "nummod", "nsubj", "pcomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "ADP", "NUM", "NOUN", "VERB", "PUNCT"]
    doc = build_doc(words.format("killed"), heads=heads, deps=deps, pos=pos,
                    tags=["DT", "NN", "VBD", ",", "IN", "CD", "NNS", "VBN", "."])
    assert subject_of(doc[7], ACTORS, CUES) == []  # the people were killed: no doer
    assert texts(object_tokens(doc[7])) == ["people"]
    # an active participle's subject does the act ("with 40 people fleeing")
    doc = build_doc(words.format("fleeing"), heads=heads, deps=deps, pos=pos,
                    tags=["DT", "NN", "VBD", ",", "IN", "CD", "NNS", "VBG", "."])
    assert texts(subject_of(doc[7], ACTORS, CUES)) == ["people"]
    assert object_tokens(doc[7]) == []
