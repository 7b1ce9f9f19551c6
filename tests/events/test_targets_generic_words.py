"""A generic word standing for a named target: "anyone who has done what X has done" is X (targets31;
eventcoding/targets.py). Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.targets import named_for_anyone

PUBLISHED = "2016-03-15"

_WORDS = "She backs anyone who has used the tactics that Dole has ."
_HEADS = [1, 1, 1, 5, 5, 2, 7, 5, 10, 10, 7, 1]
_DEPS = ["nsubj", "ROOT", "dobj", "nsubj", "aux", "relcl", "det", "dobj", "dobj", "nsubj", "relcl", "punct"]
_POS = ["PRON", "VERB", "PRON", "PRON", "AUX", "VERB", "DET", "NOUN", "PRON", "PROPN", "VERB", "PUNCT"]
_LEMMAS = ["she", "back", "anyone", "who", "have", "use", "the", "tactic", "that", "Dole", "have", "."]


def test_the_party_of_the_elided_deed_stands_for_anyone(build_doc, cues) -> None:
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS, lemmas=_LEMMAS)
    assert [t.text for t in named_for_anyone([doc[2]], cues.anyone_pronoun, lambda t: True)] == ["Dole"]


def test_anyone_stays_when_the_clause_names_no_party(build_doc, cues) -> None:
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS, lemmas=_LEMMAS)
    assert [t.text for t in named_for_anyone([doc[2]], cues.anyone_pronoun, lambda t: False)] == ["anyone"]
    assert [t.text for t in named_for_anyone([doc[7]], cues.anyone_pronoun, lambda t: True)] == ["tactics"]


def test_pipeline_anyone_who_did_what_a_named_senator_did(events_of) -> None:
    events = [e for e in events_of("I am ashamed that the governor would endorse anyone who has employed the kind "
                                   "of bigotry that Senator Frank Dole has.") if e.event == "SUPPORT"]
    assert events
    assert any("Dole" in r.text for r in events[0].recipient)
    assert all(r.text != "anyone" for r in events[0].recipient)
