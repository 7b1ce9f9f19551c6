"""Practices over years and grievances long held (issue 14, session 28, brief targets32; the thirtieth US-news
audit's habits class; eventcoding/speech_force.py ``habit``). Sentences written for these tests, not from any
audit or evaluation text; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.speech_force import habit

LEMMAS = ["for", "decade", "the", "state", "have", "send", "monitor", "abroad"]


def test_an_act_told_for_decades_in_the_present_perfect_is_a_practice(build_doc, cues) -> None:
    # "for decades the state has sent monitors abroad"
    doc = build_doc("for decades the state has sent monitors abroad", heads=[5, 0, 3, 5, 5, 5, 5, 5],
                    deps=["prep", "pobj", "det", "nsubj", "aux", "ROOT", "dobj", "advmod"],
                    pos=["ADP", "NOUN", "DET", "NOUN", "AUX", "VERB", "NOUN", "ADV"],
                    tags=["IN", "NNS", "DT", "NN", "VBZ", "VBN", "NNS", "RB"], lemmas=LEMMAS)
    assert habit(doc[5], "MOBILIZE", doc[5], cues)
    # "for weeks the state has sent monitors abroad": news still going on
    doc = build_doc("for weeks the state has sent monitors abroad", heads=[5, 0, 3, 5, 5, 5, 5, 5],
                    deps=["prep", "pobj", "det", "nsubj", "aux", "ROOT", "dobj", "advmod"],
                    pos=["ADP", "NOUN", "DET", "NOUN", "AUX", "VERB", "NOUN", "ADV"],
                    tags=["IN", "NNS", "DT", "NN", "VBZ", "VBN", "NNS", "RB"], lemmas=["for", "week"] + LEMMAS[2:])
    assert not habit(doc[5], "MOBILIZE", doc[5], cues)
    # "for decades the state sent monitors abroad": a simple past is left to the other rules
    doc = build_doc("for decades the state sent monitors abroad", heads=[4, 0, 3, 4, 4, 4, 4],
                    deps=["prep", "pobj", "det", "nsubj", "ROOT", "dobj", "advmod"],
                    pos=["ADP", "NOUN", "DET", "NOUN", "VERB", "NOUN", "ADV"],
                    tags=["IN", "NNS", "DT", "NN", "VBD", "NNS", "RB"],
                    lemmas=["for", "decade", "the", "state", "send", "monitor", "abroad"])
    assert not habit(doc[4], "MOBILIZE", doc[4], cues)


def test_a_complaint_long_made_about_what_is_wrong_is_a_grievance(build_doc, cues) -> None:
    # "the farmers have long complained that the council ignores them"
    doc = build_doc("the farmers have long complained that the council ignores them",
                    heads=[1, 4, 4, 4, 4, 8, 7, 8, 4, 8],
                    deps=["det", "nsubj", "aux", "advmod", "ROOT", "mark", "det", "nsubj", "ccomp", "dobj"],
                    pos=["DET", "NOUN", "AUX", "ADV", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PRON"],
                    tags=["DT", "NNS", "VBP", "RB", "VBN", "IN", "DT", "NN", "VBZ", "PRP"],
                    lemmas=["the", "farmer", "have", "long", "complain", "that", "the", "council", "ignore", "they"])
    assert habit(doc[4], "ACCUSE", doc[4], cues)
    # "the farmers complained that the council ignores them": a complaint made
    doc = build_doc("the farmers complained that the council ignores them", heads=[1, 2, 2, 6, 5, 6, 2, 6],
                    deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PRON"],
                    tags=["DT", "NNS", "VBD", "IN", "DT", "NN", "VBZ", "PRP"])
    assert not habit(doc[2], "ACCUSE", doc[2], cues)
