"""Who acts: the argument rules of eventcoding/arguments.py on hand-built parses."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import inherited_patient, is_passive, subject_of

ACTORS = actor_dictionary()  # the packaged tables (a stage passes its own)


def texts(tokens):
    return [t.text for t in tokens]


def test_a_coordinated_clause_with_its_own_subject_keeps_it(build_doc):
    doc = build_doc("The agent tried to recruit Diallo , but he refused .",
                    heads=[1, 2, 2, 4, 2, 4, 2, 2, 9, 2, 2],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "cc", "nsubj", "conj", "punct"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "PROPN", "PUNCT", "CCONJ", "PRON", "VERB", "PUNCT"])
    assert texts(subject_of(doc[9], ACTORS)) == ["he"]
    assert texts(subject_of(doc[4], ACTORS)) == ["agent"]  # the infinitive inherits the trier


def test_an_infinitive_after_an_object_is_the_objects_act(build_doc):
    doc = build_doc("Leaders urged the council to act",
                    heads=[1, 1, 3, 1, 5, 1], deps=["nsubj", "ROOT", "det", "dobj", "aux", "xcomp"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PART", "VERB"])
    assert texts(subject_of(doc[5], ACTORS)) == ["council"]


def test_a_passive_names_its_agent_or_nobody(build_doc):
    doc = build_doc("The town was shelled by rebels",
                    heads=[1, 3, 3, 3, 3, 4], deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"])
    assert is_passive(doc[3])
    assert texts(subject_of(doc[3], ACTORS)) == ["rebels"]
    doc = build_doc("Protesters were detained",
                    heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"], pos=["NOUN", "AUX", "VERB"])
    assert subject_of(doc[2], ACTORS) == []


def test_an_attempts_possessor_does_the_act(build_doc):
    # "Russia 's attempt to annex the region"
    doc = build_doc("Russia 's attempt to annex the region",
                    heads=[2, 0, 2, 4, 2, 6, 4], deps=["poss", "case", "ROOT", "aux", "acl", "det", "dobj"],
                    pos=["PROPN", "PART", "NOUN", "PART", "VERB", "DET", "NOUN"])
    assert texts(subject_of(doc[4], ACTORS)) == ["Russia"]


def test_a_relative_pronoun_stands_for_the_noun(build_doc):
    doc = build_doc("the envoy who met the king",
                    heads=[1, 1, 3, 1, 5, 3], deps=["det", "ROOT", "nsubj", "relcl", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "VERB", "DET", "NOUN"])
    assert texts(subject_of(doc[3], ACTORS)) == ["envoy"]


def test_coordinated_subjects_all_act(build_doc):
    doc = build_doc("France and Spain signed",
                    heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"], pos=["PROPN", "CCONJ", "PROPN", "VERB"])
    assert texts(subject_of(doc[3], ACTORS)) == ["France", "Spain"]


def test_a_passive_infinitive_inherits_its_patient(build_doc):
    # "The suspects are expected to be charged": the suspects undergo the charge
    doc = build_doc("The suspects are expected to be charged",
                    heads=[1, 3, 3, 3, 6, 6, 3],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "aux", "auxpass", "xcomp"],
                    pos=["DET", "NOUN", "AUX", "VERB", "PART", "AUX", "VERB"])
    assert texts(inherited_patient(doc[6], ACTORS)) == ["suspects"]
    assert subject_of(doc[6], ACTORS) == []  # and nobody is named as the one who charges
