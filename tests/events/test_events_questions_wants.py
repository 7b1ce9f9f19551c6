"""Acts only asked for (kept hypothetical) or asked about (no act) (issue 14, session 30, brief events34; the thirty-first US-news audit's wanted and
asked-about acts; eventcoding/questions_wants.py). Sentences written for these tests, not from any audit or evaluation
text; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.questions_wants import act_asked_for, act_in_question_put, charge_in_question

PUBLISHED = "2016-05-01"


def test_an_act_asked_for_is_not_done(build_doc, cues) -> None:
    # "the mayor requested an inquiry into the firm"
    doc = build_doc("the mayor requested an inquiry into the firm", heads=[1, 2, 2, 4, 2, 4, 7, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN"],
                    lemmas=["the", "mayor", "request", "an", "inquiry", "into", "the", "firm"])
    assert act_asked_for(doc[4], "ACCUSE", cues)
    # the request itself is kept
    assert not act_asked_for(doc[4], "REQUEST", cues)
    # "the mayor opened an inquiry into the firm": done, kept
    doc = build_doc("the mayor opened an inquiry into the firm", heads=[1, 2, 2, 4, 2, 4, 7, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN"],
                    lemmas=["the", "mayor", "open", "an", "inquiry", "into", "the", "firm"])
    assert not act_asked_for(doc[4], "ACCUSE", cues)
    # "the union pressed for talks with the board": a "for" object, left to modality.py's request cues
    doc = build_doc("the union pressed for talks with the board", heads=[1, 2, 2, 2, 3, 4, 7, 5],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "IN", "NNS", "IN", "DT", "NN"],
                    lemmas=["the", "union", "press", "for", "talk", "with", "the", "board"])
    assert not act_asked_for(doc[4], "CONSULT", cues)


def test_an_investigation_requested_is_kept_hypothetical(events_of) -> None:
    events = [e for e in events_of("Senator Ann Vale requested a Justice Department investigation of Governor Tom "
                                   "Reed.") if e.event == "ACCUSE"]
    assert events and all(e.modality == "hypothetical" for e in events)


def test_an_act_in_a_question_put_is_no_act(build_doc, cues) -> None:
    # "the host asked the mayor how she would handle the arrest of strikers"
    words = "the host asked the mayor how she would handle the arrest of strikers"
    doc = build_doc(words, heads=[1, 2, 2, 4, 2, 8, 8, 8, 2, 10, 8, 10, 11],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "advmod", "nsubj", "aux", "ccomp", "det", "dobj",
                          "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP",
                         "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "WRB", "PRP", "MD", "VB", "DT", "NN", "IN", "NNS"],
                    lemmas=["the", "host", "ask", "the", "mayor", "how", "she", "would", "handle", "the", "arrest",
                            "of", "striker"])
    assert act_in_question_put(doc[10], cues)
    # "the host asked the mayor why she ordered the arrest of strikers": a question why presupposes the act
    words = "the host asked the mayor why she ordered the arrest of strikers"
    doc = build_doc(words, heads=[1, 2, 2, 4, 2, 7, 7, 2, 9, 7, 9, 10],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "advmod", "nsubj", "ccomp", "det", "dobj", "prep",
                          "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "WRB", "PRP", "VBD", "DT", "NN", "IN", "NNS"],
                    lemmas=["the", "host", "ask", "the", "mayor", "why", "she", "order", "the", "arrest", "of",
                            "striker"])
    assert not act_in_question_put(doc[9], cues)
    # "the host asked the mayor to end the arrest of strikers": a request, not a question
    words = "the host asked the mayor to end the arrest of strikers"
    doc = build_doc(words, heads=[1, 2, 2, 4, 2, 6, 2, 8, 6, 8, 9],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                    tags=["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "IN", "NNS"],
                    lemmas=["the", "host", "ask", "the", "mayor", "to", "end", "the", "arrest", "of", "striker"])
    assert not act_in_question_put(doc[8], cues)


def test_a_charge_in_a_whether_clause_is_no_charge(build_doc, cues) -> None:
    # "an inquiry to determine whether the firm violated the rules"
    words = "an inquiry to determine whether the firm violated the rules"
    doc = build_doc(words, heads=[1, 1, 3, 1, 7, 6, 7, 3, 9, 7],
                    deps=["det", "ROOT", "aux", "acl", "mark", "det", "nsubj", "ccomp", "det", "dobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "TO", "VB", "IN", "DT", "NN", "VBD", "DT", "NNS"],
                    lemmas=["an", "inquiry", "to", "determine", "whether", "the", "firm", "violate", "the", "rule"])
    assert charge_in_question(doc[7], "claim", cues)
    assert not charge_in_question(doc[7], "std", cues)
    # "she said that the firm violated the rules": a charge made, kept
    doc = build_doc("she said that the firm violated the rules", heads=[1, 1, 5, 4, 5, 1, 7, 5],
                    deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "dobj"],
                    pos=["PRON", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN"],
                    tags=["PRP", "VBD", "IN", "DT", "NN", "VBD", "DT", "NNS"],
                    lemmas=["she", "say", "that", "the", "firm", "violate", "the", "rule"])
    assert not charge_in_question(doc[5], "claim", cues)
