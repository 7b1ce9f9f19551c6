"""Who acts: the argument rules of eventcoding/arguments.py on hand-built parses."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import (
    inherited_patient,
    is_passive,
    own_actor_of_noun,
    subject_of,
    valid_party_token,
)
from newsevents.eventcoding.lexicon import Cues, load_cues

ACTORS = actor_dictionary()  # the packaged tables (a stage passes its own)
CUES = load_cues()


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


def test_a_relative_pronoun_stands_for_the_noun(build_doc):
    doc = build_doc("the envoy who met the king",
                    heads=[1, 1, 3, 1, 5, 3], deps=["det", "ROOT", "nsubj", "relcl", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "VERB", "DET", "NOUN"])
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
    doc = build_doc("the envoy who met the king",
                    heads=[1, 1, 3, 1, 5, 3], deps=["det", "ROOT", "nsubj", "relcl", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "VERB", "DET", "NOUN"])
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
    assert texts(own_actor_of_noun(doc[1], ACTORS, Cues())) == ["union"]  # as "an attack from the union"


def test_words_that_are_no_party_and_amounts_with_a_scale(build_doc):
    doc = build_doc("committed itself to pay $ 5 bn",
                    heads=[0, 0, 0, 2, 6, 6, 3], deps=["ROOT", "dobj", "prep", "pcomp", "nmod", "nummod", "dobj"],
                    pos=["VERB", "PRON", "ADP", "VERB", "SYM", "NUM", "NOUN"])
    money = {"$"}
    assert not valid_party_token(doc[1], money, CUES)  # "itself": the doer again
    assert valid_party_token(doc[1], money, Cues())
    assert not valid_party_token(doc[6], money, CUES)  # "$5bn": an amount, not who gets it
    assert valid_party_token(doc[6], money, Cues())
