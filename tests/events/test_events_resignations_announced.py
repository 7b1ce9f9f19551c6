"""A resignation announced for later is one's own step to come, no promise to another party (session 27, events30;
eventcoding/concessions_attempts.leaving_office): "will resign", "will step down" keep RETREAT or CONCEDE in the
future, never AGREE; "will withdraw" stays a promise. Sentences written for these tests (none from a data set or
an audit)."""

from __future__ import annotations

from newsevents.eventcoding.concessions_attempts import leaving_office

PUBLISHED = "2021-05-04"


def test_resigning_and_stepping_down_leave_office_but_stepping_up_does_not(build_doc, cues) -> None:
    doc = build_doc("The mayor will resign her seat", heads=[1, 3, 3, 3, 5, 3],
                    deps=["det", "nsubj", "aux", "ROOT", "poss", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "PRON", "NOUN"], lemmas="the mayor will resign her seat".split())
    assert leaving_office(doc[3], cues)
    doc = build_doc("The mayor will step down", heads=[1, 3, 3, 3, 3],
                    deps=["det", "nsubj", "aux", "ROOT", "prt"], pos=["DET", "NOUN", "AUX", "VERB", "ADP"],
                    lemmas="the mayor will step down".split())
    assert leaving_office(doc[3], cues)
    doc = build_doc("The mayor will step up patrols", heads=[1, 3, 3, 3, 3, 3],
                    deps=["det", "nsubj", "aux", "ROOT", "prt", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"], lemmas="the mayor will step up patrol".split())
    assert not leaving_office(doc[3], cues)
    doc = build_doc("The army will withdraw", heads=[1, 3, 3, 3],
                    deps=["det", "nsubj", "aux", "ROOT"], pos=["DET", "NOUN", "AUX", "VERB"],
                    lemmas="the army will withdraw".split())
    assert not leaving_office(doc[3], cues)


def test_pipeline_a_resignation_to_come_is_no_agreement(events_of) -> None:
    events = events_of("The Italian finance minister said she will resign her post next month.")
    assert "AGREE" not in [e.event for e in events]
    assert all(e.modality == "future" for e in events)
