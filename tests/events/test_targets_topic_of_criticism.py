"""The "on" phrase of a passive attack in words is its topic, not a second target (twenty-eighth US-news audit).

Hand-built parses of sentences written for these tests.
"""

from __future__ import annotations

from newsevents.eventcoding.targets import topic_of_passive


def test_on_phrase_of_a_passive_with_its_subject_is_the_topic(build_doc):
    # "The mayor was attacked on her remarks by the governor"
    doc = build_doc("The mayor was attacked on her remarks by the governor", heads=[1, 3, 3, 3, 3, 6, 4, 3, 9, 7],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj", "agent", "det", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "VBN", "IN", "PRP$", "NNS", "IN", "DT", "NN"])
    assert topic_of_passive(doc[3], [doc[1]]) == {6}


def test_no_topic_when_the_passive_subject_is_no_target(build_doc):
    # "Sanctions were imposed on the state": the thing imposed is not among the targets; "the state" is one
    doc = build_doc("Sanctions were imposed on the state", heads=[2, 2, 2, 2, 5, 3],
                    deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
                    pos=["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"], tags=["NNS", "VBD", "VBN", "IN", "DT", "NN"])
    assert topic_of_passive(doc[2], []) == set()


def test_no_topic_in_an_active(build_doc):
    # "The governor attacked the mayor on her remarks": the active's object is no passive subject
    doc = build_doc("The governor attacked the mayor on her remarks", heads=[1, 2, 2, 4, 2, 2, 7, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "poss", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PRON", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "PRP$", "NNS"])
    assert topic_of_passive(doc[2], [doc[4]]) == set()
