"""Descriptions, tallies, questions, calls for measures, struggles and participles before nouns (issue 14,
session 28, brief targets32; the thirtieth US-news audit's spurious classes; eventcoding/descriptions.py).
Sentences written for these tests, not from any audit or evaluation text; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.descriptions import (
    critic_described,
    measure_called_for,
    participle_adjective,
    question_put,
    struggle,
    tally_credited,
)


def _nobody(_token) -> bool:
    return False


def test_a_critic_described_in_an_apposition_is_no_act(build_doc) -> None:
    # "Bell , an ally who has criticized the mayor"
    words = "Bell , an ally who has criticized the mayor"
    heads = [0, 0, 3, 0, 6, 6, 3, 8, 6]
    deps = ["ROOT", "punct", "det", "appos", "nsubj", "aux", "relcl", "det", "dobj"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN"]
    tags = ["NNP", ",", "DT", "NN", "WP", "VBZ", "VBN", "DT", "NN"]
    doc = build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags,
                    lemmas=["bell", ",", "an", "ally", "who", "have", "criticize", "the", "mayor"])
    assert critic_described(doc[6])
    # "an ally who criticized the mayor": a past act told stays
    doc = build_doc("Bell , an ally who criticized the mayor", heads=[0, 0, 3, 0, 5, 3, 7, 5],
                    deps=["ROOT", "punct", "det", "appos", "nsubj", "relcl", "det", "dobj"],
                    pos=["PROPN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "DET", "NOUN"],
                    tags=["NNP", ",", "DT", "NN", "WP", "VBD", "DT", "NN"])
    assert not critic_described(doc[5])


def test_a_tally_credited_to_tools_is_no_act(build_doc) -> None:
    # "the cameras have helped police arrest hundreds"
    doc = build_doc("the cameras have helped police arrest hundreds", heads=[1, 3, 3, 3, 5, 3, 5],
                    deps=["det", "nsubj", "aux", "ROOT", "nsubj", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "VERB", "NOUN"],
                    tags=["DT", "NNS", "VBP", "VBN", "NNS", "VB", "NNS"],
                    lemmas=["the", "camera", "have", "help", "police", "arrest", "hundred"])
    assert tally_credited(doc[5], _nobody)
    # "the army has helped police arrest hundreds": a party's help, kept
    assert not tally_credited(doc[5], lambda t: t.lower_ == "cameras")
    # "the cameras helped police arrest hundreds": a simple past, left to other rules
    doc = build_doc("the cameras helped police arrest hundreds", heads=[1, 2, 2, 4, 2, 4],
                    deps=["det", "nsubj", "ROOT", "nsubj", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "VERB", "NOUN"], tags=["DT", "NNS", "VBD", "NNS", "VB", "NNS"],
                    lemmas=["the", "camera", "help", "police", "arrest", "hundred"])
    assert not tally_credited(doc[4], _nobody)


def test_a_question_put_about_what_someone_would_do_is_no_act(build_doc, cues) -> None:
    # "the host asked her if she would expel them"
    doc = build_doc("the host asked her if she would expel them", heads=[1, 2, 2, 2, 7, 7, 7, 2, 7],
                    deps=["det", "nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "advcl", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "SCONJ", "PRON", "AUX", "VERB", "PRON"],
                    tags=["DT", "NN", "VBD", "PRP", "IN", "PRP", "MD", "VB", "PRP"],
                    lemmas=["the", "host", "ask", "she", "if", "she", "would", "expel", "they"])
    assert question_put(doc[7], cues)
    # "the host asked her to expel them": a request, kept
    doc = build_doc("the host asked her to expel them", heads=[1, 2, 2, 2, 5, 2, 5],
                    deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "PART", "VERB", "PRON"],
                    tags=["DT", "NN", "VBD", "PRP", "TO", "VB", "PRP"],
                    lemmas=["the", "host", "ask", "she", "to", "expel", "they"])
    assert not question_put(doc[5], cues)


def test_a_call_for_a_measure_is_a_view_of_policy(build_doc, cues) -> None:
    # "she called for getting the programme back"
    doc = build_doc("she called for getting the programme back", heads=[1, 1, 1, 2, 5, 3, 3],
                    deps=["nsubj", "ROOT", "prep", "pcomp", "det", "dobj", "advmod"],
                    pos=["PRON", "VERB", "ADP", "VERB", "DET", "NOUN", "ADV"],
                    tags=["PRP", "VBD", "IN", "VBG", "DT", "NN", "RB"],
                    lemmas=["she", "call", "for", "get", "the", "programme", "back"])
    assert measure_called_for(doc[1], cues)
    # "she called for a strict rule"
    doc = build_doc("she called for a strict rule", heads=[1, 1, 1, 5, 5, 2],
                    deps=["nsubj", "ROOT", "prep", "det", "amod", "pobj"],
                    pos=["PRON", "VERB", "ADP", "DET", "ADJ", "NOUN"], tags=["PRP", "VBD", "IN", "DT", "JJ", "NN"],
                    lemmas=["she", "call", "for", "a", "strict", "rule"])
    assert measure_called_for(doc[1], cues)
    # "she called on the council for a strict rule": a party called on, kept
    doc = build_doc("she called on the council for a strict rule", heads=[1, 1, 1, 4, 2, 1, 8, 8, 5],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "amod", "pobj"],
                    pos=["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN"],
                    tags=["PRP", "VBD", "IN", "DT", "NN", "IN", "DT", "JJ", "NN"],
                    lemmas=["she", "call", "on", "the", "council", "for", "a", "strict", "rule"])
    assert not measure_called_for(doc[1], cues)
    # "she called for his resignation": no measure, kept
    doc = build_doc("she called for his resignation", heads=[1, 1, 1, 4, 2],
                    deps=["nsubj", "ROOT", "prep", "poss", "pobj"],
                    pos=["PRON", "VERB", "ADP", "PRON", "NOUN"], tags=["PRP", "VBD", "IN", "PRP$", "NN"],
                    lemmas=["she", "call", "for", "his", "resignation"])
    assert not measure_called_for(doc[1], cues)


def test_grappling_with_a_problem_is_a_struggle(build_doc) -> None:
    doc = build_doc("he is grappling with the forces", heads=[2, 2, 2, 2, 5, 3],
                    deps=["nsubj", "aux", "ROOT", "prep", "det", "pobj"],
                    pos=["PRON", "AUX", "VERB", "ADP", "DET", "NOUN"], tags=["PRP", "VBZ", "VBG", "IN", "DT", "NNS"],
                    lemmas=["he", "be", "grapple", "with", "the", "force"])
    assert struggle(doc[2])


def test_a_participle_before_its_noun_is_an_adjective(build_doc, cues) -> None:
    # "she has enough pledged delegates" (the parser makes the participle govern the noun)
    doc = build_doc("she has enough pledged delegates", heads=[1, 1, 1, 2, 3],
                    deps=["nsubj", "ROOT", "dobj", "acl", "dobj"],
                    pos=["PRON", "VERB", "ADJ", "VERB", "NOUN"], tags=["PRP", "VBZ", "JJ", "VBN", "NNS"])
    assert participle_adjective(doc[3], cues)
    # "the delegates she pledged": a verb with its subject, kept
    doc = build_doc("the delegates she pledged", heads=[1, 1, 3, 1], deps=["det", "ROOT", "nsubj", "relcl"],
                    pos=["DET", "NOUN", "PRON", "VERB"], tags=["DT", "NNS", "PRP", "VBD"])
    assert not participle_adjective(doc[3], cues)
