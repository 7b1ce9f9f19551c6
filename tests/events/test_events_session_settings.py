"""A session noun in a clause adjunct is the scene of the clause's act (eventcoding/settings.py): a CONSULT only with
a second party of its own ("At a meeting with X", "During their call"); a body's own sitting ("At a recent council
meeting, the council agreed ...") and talks with no sides named ("During talks in Geneva, ...") are none. Sessions
that are the clause's object or predicate ("held talks", "are in talks") are no adjunct. Sentences written for these
tests; the rule is checked on hand-built parses, and through the pipeline. A leader at a sitting of his council
("will decide at a meeting of his security council") meets the council: two parties, kept (the seed's CONSULT)."""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.settings import own_session

PUBLISHED = "2021-03-09"


_TAIL = [(",", ",", "PUNCT", ",", "punct"), ("the", "the", "DET", "DT", "det"), ("board", "board", "NOUN", "NN", "nsubj"),
         ("voted", "vote", "VERB", "VBD", "ROOT")]


def _at(build_doc, phrase):
    """ "At <phrase> , the board voted": ``phrase`` rows (word, lemma, pos, tag, dep, head) with heads counted from
    "At" (index 0); the session noun is the row whose dep is pobj under "At"."""
    verb = len(phrase) + 4
    rows = [("At", "at", "ADP", "IN", "prep", verb)] + list(phrase)
    rows += [(w, lem, pos, tag, dep, verb if dep != "det" else verb - 1) for w, lem, pos, tag, dep in _TAIL]
    doc = rows_doc(build_doc, rows)
    return doc, next(t for t in doc if t.dep_ == "pobj" and t.head.i == 0)


def test_a_bodys_own_sitting_is_a_scene(build_doc, cues) -> None:
    doc, meeting = _at(build_doc, [("a", "a", "DET", "DT", "det", 3), ("board", "board", "NOUN", "NN", "compound", 3),
                                   ("meeting", "meeting", "NOUN", "NN", "pobj", 0)])  # "At a board meeting, the board"
    assert own_session(meeting, "CONSULT", cues)
    doc, meeting = _at(build_doc, [("the", "the", "DET", "DT", "det", 2),
                                   ("session", "session", "NOUN", "NN", "pobj", 0)])  # "At the session"
    assert own_session(meeting, "CONSULT", cues)


def test_a_session_with_sides_of_its_own_stays(build_doc, cues) -> None:
    doc, meeting = _at(build_doc, [("a", "a", "DET", "DT", "det", 2), ("meeting", "meeting", "NOUN", "NN", "pobj", 0),
                                   ("with", "with", "ADP", "IN", "prep", 2),
                                   ("rebels", "rebel", "NOUN", "NNS", "pobj", 3)])  # "At a meeting with rebels"
    assert not own_session(meeting, "CONSULT", cues)
    # "At a meeting of the council , the board voted": the board and the council, two parties
    doc, meeting = _at(build_doc, [("a", "a", "DET", "DT", "det", 2), ("meeting", "meeting", "NOUN", "NN", "pobj", 0),
                                   ("of", "of", "ADP", "IN", "prep", 2), ("the", "the", "DET", "DT", "det", 5),
                                   ("council", "council", "NOUN", "NN", "pobj", 3)])
    assert not own_session(meeting, "CONSULT", cues)
    doc, meeting = _at(build_doc, [("their", "their", "PRON", "PRP$", "poss", 2),
                                   ("meeting", "meeting", "NOUN", "NN", "pobj", 0)])  # "At their meeting"
    assert not own_session(meeting, "CONSULT", cues)
    doc, meeting = _at(build_doc, [("a", "a", "DET", "DT", "det", 2), ("meeting", "meeting", "NOUN", "NN", "pobj", 0),
                                   ("of", "of", "ADP", "IN", "prep", 2), ("the", "the", "DET", "DT", "det", 6),
                                   ("two", "two", "NUM", "CD", "nummod", 6),
                                   ("ministers", "minister", "NOUN", "NNS", "pobj", 3)])  # "At a meeting of the two ministers"
    assert not own_session(meeting, "CONSULT", cues)


def test_a_session_held_or_predicated_is_no_scene(build_doc, cues) -> None:
    # "The ministers held talks"
    doc = rows_doc(build_doc, [("The", "the", "DET", "DT", "det", 1), ("ministers", "minister", "NOUN", "NNS", "nsubj", 2),
                               ("held", "hold", "VERB", "VBD", "ROOT", 2), ("talks", "talk", "NOUN", "NNS", "dobj", 2)])
    assert not own_session(doc[3], "CONSULT", cues)
    # "The ministers are at talks": the copula's adjunct is the talks told
    doc = rows_doc(build_doc, [("The", "the", "DET", "DT", "det", 1), ("ministers", "minister", "NOUN", "NNS", "nsubj", 2),
                               ("are", "be", "AUX", "VBP", "ROOT", 2), ("at", "at", "ADP", "IN", "prep", 2),
                               ("talks", "talk", "NOUN", "NNS", "pobj", 3)])
    assert not own_session(doc[4], "CONSULT", cues)
    # another type is not asked
    doc, meeting = _at(build_doc, [("a", "a", "DET", "DT", "det", 3), ("council", "council", "NOUN", "NN", "compound", 3),
                                   ("meeting", "meeting", "NOUN", "NN", "pobj", 0)])
    assert not own_session(meeting, "AGREE", cues)


def test_pipeline_a_councils_sitting_is_no_consult(events_of) -> None:
    text = "At a recent Harlow County Planning Board meeting, the seven-member board agreed to fund a new bridge."
    assert not [e for e in events_of(text) if e.event == "CONSULT"]
    text = "During talks in Vienna, Ruritania agreed to open its border."
    assert not [e for e in events_of(text) if e.event == "CONSULT"]


def test_pipeline_a_meeting_with_a_counterpart_stays(events_of) -> None:
    text = "At a meeting with Vladimir Putin, George Bush agreed to cut nuclear arms."
    assert [e for e in events_of(text) if e.event == "CONSULT"]
    text = "Polish President Anna Lind will decide how to respond at an emergency meeting of her security council on Friday."
    assert [e for e in events_of(text) if e.event == "CONSULT"]
