"""A support withheld is the act negated, never one to come (the twenty-eighth US-news audit's class).

Hand-built parses of sentences written for these tests.
"""

from __future__ import annotations

from newsevents.eventcoding.lexicon import load_cues
from newsevents.eventcoding.modality import is_negated

CUES = load_cues()
PUBLISHED = "2016-05-06"


def _not_ready(build_doc, neg_head: int):
    # "He was not ready to support the mayor" with the "not" on the verb (3 -> 1) or on the adjective (3 -> 2)
    return build_doc("He was not ready to support the mayor", heads=[1, 1, neg_head, 1, 5, 3, 7, 5],
                     deps=["nsubj", "ROOT", "neg", "acomp", "aux", "xcomp", "det", "dobj"],
                     pos=["PRON", "AUX", "PART", "ADJ", "PART", "VERB", "DET", "NOUN"],
                     tags=["PRP", "VBD", "RB", "JJ", "TO", "VB", "DT", "NN"],
                     lemmas=["he", "be", "not", "ready", "to", "support", "the", "mayor"])


def test_not_ready_to_support_is_negated_wherever_the_not_hangs(build_doc):
    assert is_negated(_not_ready(build_doc, 1)[5], CUES)
    assert is_negated(_not_ready(build_doc, 3)[5], CUES)


def test_ready_to_support_is_not_negated(build_doc):
    doc = build_doc("He was ready to support the mayor", heads=[1, 1, 1, 4, 2, 6, 4],
                    deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "det", "dobj"],
                    pos=["PRON", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN"],
                    tags=["PRP", "VBD", "JJ", "TO", "VB", "DT", "NN"],
                    lemmas=["he", "be", "ready", "to", "support", "the", "mayor"])
    assert not is_negated(doc[4], CUES)


def _has(build_doc, adverb: str):
    return build_doc(f"The union has {adverb} to endorse the candidate", heads=[1, 2, 2, 2, 5, 2, 7, 5],
                     deps=["det", "nsubj", "ROOT", "advmod", "aux", "xcomp", "det", "dobj"],
                     pos=["DET", "NOUN", "AUX", "ADV", "PART", "VERB", "DET", "NOUN"],
                     tags=["DT", "NN", "VBZ", "RB", "TO", "VB", "DT", "NN"],
                     lemmas=["the", "union", "have", adverb, "to", "endorse", "the", "candidate"])


def test_has_yet_to_endorse_is_an_endorsement_not_given(build_doc):
    assert is_negated(_has(build_doc, "yet")[5], CUES)
    # "has still to endorse" is no denial of the act (only "yet" says not by now)
    assert not is_negated(_has(build_doc, "still")[5], CUES)


def test_a_support_not_ready_is_the_support_negated_not_a_refusal(build_doc):
    from newsevents.eventcoding.lexicon import Cues
    from newsevents.eventcoding.nonevents import support_not_given

    doc = _not_ready(build_doc, 3)
    assert support_not_given(doc[5], "SUPPORT", CUES)
    assert not support_not_given(doc[5], "SUPPORT", Cues(stance_verb={"support"}))  # read from the readiness cues
    assert support_not_given(_has(build_doc, "yet")[5], "SUPPORT", CUES)
    assert not support_not_given(_has(build_doc, "still")[5], "SUPPORT", CUES)


def test_has_yet_to_endorse_is_kept_as_the_support_negated_not_dropped_as_a_duty(events_of):
    text = ("Senator Mark Delaney of Ohio met voters in Columbus on Thursday.\n\n"
            "Delaney has yet to endorse Governor Ruth Ellison.\n\nDelaney has to endorse Governor Ruth Ellison.")
    found = [(e.event, e.modality, e.sentence.text) for e in events_of(text) if e.trigger.text == "endorse"]
    assert found == [("SUPPORT", "negated", "Delaney has yet to endorse Governor Ruth Ellison.")]
