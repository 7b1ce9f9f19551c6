"""A charge about a party's thing targets its owner: "criticism that his strategy is failing" (targets31;
eventcoding/arguments.py, claimed_subjects). Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.arguments import claimed_subjects

PUBLISHED = "2016-03-15"

_WORDS = "Unions voiced criticism that Stone 's budget is failing ."
_HEADS = [1, 1, 1, 8, 6, 4, 8, 8, 2, 1]
_DEPS = ["nsubj", "ROOT", "dobj", "dobj", "poss", "case", "nsubj", "aux", "acl", "punct"]
_POS = ["NOUN", "VERB", "NOUN", "PRON", "PROPN", "PART", "NOUN", "AUX", "VERB", "PUNCT"]


def test_the_owner_of_the_thing_the_charge_is_about(build_doc) -> None:
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS)
    found = claimed_subjects([doc[2]], lambda t: t.pos_ == "PROPN")
    assert [t.text for t in found] == ["Stone"]


def test_no_party_owner_names_no_one(build_doc) -> None:
    doc = build_doc(_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS)
    assert claimed_subjects([doc[2]], lambda t: False) == []


def test_pipeline_criticism_that_a_named_governors_budget_fails(events_of) -> None:
    events = [e for e in events_of("Democrats voiced criticism that Governor Al Stone's budget is failing.")
              if e.event == "ACCUSE"]
    assert events
    assert any("Stone" in r.text for r in events[0].recipient)
