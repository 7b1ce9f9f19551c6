"""A lack of agreement is no refusal (issue 14, the tenth audit's #36): "adjourned without agreeing
on Y" keeps the act's own type, negated; "refused to agree" and CAMEO's "failed to reach
agreement" are the REJECT.
Sentences written for these tests; the rule is also checked on hand-built parses."""

from __future__ import annotations

from newsevents.components.events import _failed

PUBLISHED = "2023-05-02"


def test_without_marks_a_lack_not_a_refusal(build_doc, cues):
    doc = build_doc("the board adjourned without agreeing", heads=[1, 2, 2, 2, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "pcomp"], pos=["DET", "NOUN", "VERB", "ADP", "VERB"],
                    lemmas=["the", "board", "adjourn", "without", "agree"])
    assert _failed(doc[4], cues)
    doc = build_doc("the board failed to agree", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "aux", "xcomp"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB"], lemmas=["the", "board", "fail", "to", "agree"])
    assert not _failed(doc[4], cues)  # CAMEO codes two sides' failure to reach agreement a REJECT
    doc = build_doc("the board refused to agree", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "aux", "xcomp"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB"], lemmas=["the", "board", "refuse", "to", "agree"])
    assert not _failed(doc[4], cues)


def test_a_body_that_broke_up_without_agreeing_refused_nothing(events_of):
    events = events_of("The Norland parliament adjourned on Friday without agreeing on a new budget.")
    assert not [e for e in events if e.event == "REJECT"]
    agreed = [e for e in events if e.trigger.text == "agreeing"]
    assert all(e.event == "AGREE" and e.modality == "negated" for e in agreed)
