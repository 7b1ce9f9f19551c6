"""Backing, praise and criticism received: the giver is the doer, the receiver the target (session 26, events29;
eventcoding/received.py). Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.received import received_act

PUBLISHED = "2016-03-15"


def test_backing_of_a_named_giver_makes_the_giver_the_doer(build_doc, cues) -> None:
    doc = build_doc("The mayor earned the backing of the union .", heads=[1, 2, 2, 4, 2, 4, 7, 5, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                    lemmas=["the", "mayor", "earn", "the", "backing", "of", "the", "union", "."])
    givers, receivers = received_act(doc[2], doc[4], "SUPPORT", cues)
    assert [t.text for t in givers] == ["union"] and [t.text for t in receivers] == ["mayor"]


def test_a_from_phrase_on_the_verb_names_the_critic(build_doc, cues) -> None:
    doc = build_doc("The mayor drew criticism from teachers .", heads=[1, 2, 2, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"],
                    lemmas=["the", "mayor", "draw", "criticism", "from", "teacher", "."])
    givers, receivers = received_act(doc[2], doc[3], "ACCUSE", cues)
    assert [t.text for t in givers] == ["teachers"] and [t.text for t in receivers] == ["mayor"]


def test_no_giver_named_leaves_no_doer_and_other_types_are_untouched(build_doc, cues) -> None:
    doc = build_doc("The mayor drew criticism .", heads=[1, 2, 2, 2, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                    lemmas=["the", "mayor", "draw", "criticism", "."])
    givers, receivers = received_act(doc[2], doc[3], "ACCUSE", cues)
    assert givers == [] and [t.text for t in receivers] == ["mayor"]
    assert received_act(doc[2], doc[3], "AID", cues) is None


def test_pipeline_backing_earned_from_named_congressmen(events_of) -> None:
    events = [e for e in events_of("Senator Jack Harlow earned the backing of two Republican congressmen, Tim Boyle "
                                   "and Ron Weiss, last week.") if e.event == "SUPPORT"]
    assert events
    assert all("Harlow" not in a.text for e in events for a in e.actor)
    assert any("Harlow" in r.text for e in events for r in e.recipient)


def test_pipeline_criticism_drawn_from_a_party(events_of) -> None:
    events = [e for e in events_of("Senator Jack Harlow drew sharp criticism from Democrats after the debate.")
              if e.event == "ACCUSE"]
    assert events
    assert [a.text for a in events[0].actor] == ["Democrats"]
    assert any("Harlow" in r.text for r in events[0].recipient)


def test_a_number_of_givers_is_read_through_its_of_phrase(build_doc, cues) -> None:
    doc = build_doc("The mayor won the backing of two of the councillors .", heads=[1, 2, 2, 4, 2, 4, 5, 6, 9, 7, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "ADP", "DET", "NOUN", "PUNCT"],
                    lemmas=["the", "mayor", "win", "the", "backing", "of", "two", "of", "the", "councillor", "."])
    givers, receivers = received_act(doc[2], doc[4], "SUPPORT", cues)
    assert [t.text for t in givers] == ["councillors"] and [t.text for t in receivers] == ["mayor"]
