"""A support there is no plan or intention of (events31; nonevents._withheld_for_now, ``intention_noun`` cues):
SUPPORT negated, not a refusal (REJECT). Sentences and Docs of our own."""

from __future__ import annotations

from newsevents.eventcoding import nonevents

PUBLISHED = "2016-05-10"


def test_no_plans_to_endorse_is_a_support_not_meant(build_doc, cues) -> None:
    doc = build_doc("She has no plans to endorse him", heads=[1, 1, 3, 1, 5, 3, 5],
                    deps=["nsubj", "ROOT", "det", "dobj", "aux", "acl", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN", "PART", "VERB", "PRON"],
                    lemmas=["she", "have", "no", "plan", "to", "endorse", "he"])
    assert nonevents.support_not_given(doc[5], "SUPPORT", cues)
    doc = build_doc("She has no intention of backing him", heads=[1, 1, 3, 1, 3, 4, 5],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN", "ADP", "VERB", "PRON"],
                    lemmas=["she", "have", "no", "intention", "of", "back", "he"])
    assert nonevents.support_not_given(doc[5], "SUPPORT", cues)


def test_a_plan_to_endorse_is_no_support_withheld(build_doc, cues) -> None:
    doc = build_doc("She has plans to endorse him", heads=[1, 1, 1, 4, 2, 4],
                    deps=["nsubj", "ROOT", "dobj", "aux", "acl", "dobj"],
                    pos=["PRON", "VERB", "NOUN", "PART", "VERB", "PRON"],
                    lemmas=["she", "have", "plan", "to", "endorse", "he"])
    assert not nonevents.support_not_given(doc[4], "SUPPORT", cues)


def test_whole_sentence_no_plans_to_endorse_is_support_negated(extract) -> None:
    events = extract("Republican Governor Ana Reyes has no plans to endorse Senator Tom Walsh, her aides said.",
                     published=PUBLISHED).events
    assert [(e.event, e.modality) for e in events] == [("SUPPORT", "negated")]
    events = extract("Republican Governor Ana Reyes refused to endorse Senator Tom Walsh on Monday.",
                     published=PUBLISHED).events
    assert [e.event for e in events] == ["REJECT"]
