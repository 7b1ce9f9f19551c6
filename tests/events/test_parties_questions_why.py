"""A question why someone did something (issue 14, session 28, brief targets32; the thirtieth US-news audit's
asker taken for the attacker; eventcoding/targets.py ``asked_one_for_pronoun`` and eventcoding/modality.py).
Sentences written for these tests, not from any audit or evaluation text; hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.modality import modality_of
from newsevents.eventcoding.targets import asked_one_for_pronoun

QUESTION_WORDS = {"why", "how", "whether", "if", "when"}


def _asked_why(build_doc):
    # "the host asked Lee why she decided to attack Moss"
    return build_doc("the host asked Lee why she decided to attack Moss", heads=[1, 2, 2, 2, 6, 6, 2, 8, 6, 8],
                     deps=["det", "nsubj", "ROOT", "dobj", "advmod", "nsubj", "ccomp", "aux", "xcomp", "dobj"],
                     pos=["DET", "NOUN", "VERB", "PROPN", "ADV", "PRON", "VERB", "PART", "VERB", "PROPN"],
                     tags=["DT", "NN", "VBD", "NNP", "WRB", "PRP", "VBD", "TO", "VB", "NNP"],
                     lemmas=["the", "host", "ask", "Lee", "why", "she", "decide", "to", "attack", "Moss"])


def test_the_one_asked_why_did_the_act(build_doc) -> None:
    doc = _asked_why(build_doc)
    assert [t.text for t in asked_one_for_pronoun(doc[8], [doc[1]], QUESTION_WORDS)] == ["Lee"]


def test_a_question_why_presupposes_the_act(build_doc, cues) -> None:
    doc = _asked_why(build_doc)
    assert modality_of(doc[8], cues) != "hypothetical"


def test_a_request_to_act_keeps_its_doers(build_doc) -> None:
    # "the host asked Lee to attack Moss": no question put
    doc = build_doc("the host asked Lee to attack Moss", heads=[1, 2, 2, 2, 5, 2, 5],
                    deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "PROPN"],
                    tags=["DT", "NN", "VBD", "NNP", "TO", "VB", "NNP"],
                    lemmas=["the", "host", "ask", "Lee", "to", "attack", "Moss"])
    assert [t.text for t in asked_one_for_pronoun(doc[5], [doc[3]], QUESTION_WORDS)] == ["Lee"]
    assert [t.text for t in asked_one_for_pronoun(doc[5], [doc[1]], QUESTION_WORDS)] == ["host"]
