"""A charge whose subject is a clause "for N to do Y" is aimed at N, and N does the infinitive (session 26,
events29; eventcoding/frame_targets.py clause_charged, eventcoding/arguments.py subject_of). Sentences written for
these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.eventcoding.arguments import subject_of
from newsevents.eventcoding.frame_targets import clause_charged

PUBLISHED = "2016-03-15"


def _doc(build_doc):
    # "for Vale to praise tyrants raises concerns", the parser's way: "Vale" the object of the mark "for"
    return build_doc("for Vale to praise tyrants raises concerns", heads=[3, 0, 3, 5, 3, 5, 5],
                     deps=["mark", "pobj", "aux", "csubj", "dobj", "ROOT", "dobj"],
                     pos=["SCONJ", "PROPN", "PART", "VERB", "NOUN", "VERB", "NOUN"],
                     tags=["IN", "NNP", "TO", "VB", "NNS", "VBZ", "NNS"])


def test_the_charge_is_aimed_at_the_clause_subject(build_doc) -> None:
    doc = _doc(build_doc)
    assert [t.text for t in clause_charged(doc[5])] == ["Vale"]


def test_the_clause_subject_does_the_infinitive(build_doc, cues) -> None:
    doc = _doc(build_doc)
    assert [t.text for t in subject_of(doc[3], actor_dictionary(), cues)] == ["Vale"]


def test_pipeline_the_speaker_charges_the_clause_subject(events_of) -> None:
    events = [e for e in events_of('"For Harlow to praise the dictator despite the attacks raises serious security '
                                   'concerns," Governor Ann Pratt said.') if e.event == "ACCUSE"]
    assert events
    assert [r.text for r in events[0].recipient] == ["Harlow"]
    assert any("Pratt" in a.text for a in events[0].actor)
