"""Targets named by an answer and by a line of attack (issue 14, session 28, brief targets32; the thirtieth
US-news audit's targets left '-'; eventcoding/arguments.py ``answering_party`` and the noun path of
components/events.py). Sentences written for these tests, not from any audit or evaluation text."""

from __future__ import annotations

from newsevents.eventcoding.arguments import answering_party

PUBLISHED = "2026-05-02"


def _subjects(verb):
    return [c for c in verb.children if c.dep_ == "nsubj"]


def test_the_one_answering_a_demand_was_asked(build_doc) -> None:
    # "the league came back with its response to the mayor 's demand"
    doc = build_doc("the league came back with its response to the mayor 's demand",
                    heads=[1, 2, 2, 2, 2, 6, 4, 6, 9, 11, 9, 7],
                    deps=["det", "nsubj", "ROOT", "advmod", "prep", "poss", "pobj", "prep", "det", "poss", "case",
                          "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADV", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["the", "league", "come", "back", "with", "its", "response", "to", "the", "mayor", "'s",
                            "demand"])
    assert [t.text for t in answering_party(doc[11], (), _subjects, {"response"})] == ["league"]
    # "the league 's response to the demand": the answer's named owner
    doc = build_doc("the league 's response to the demand", heads=[1, 3, 1, 3, 3, 6, 4],
                    deps=["det", "poss", "case", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "PART", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["the", "league", "'s", "response", "to", "the", "demand"])
    assert [t.text for t in answering_party(doc[6], (), _subjects, {"response"})] == ["league"]
    # "the shares fell in response to the mayor 's demand": the idiom tells what the clause reacts to
    doc = build_doc("the shares fell in response to the mayor 's demand", heads=[1, 2, 2, 2, 3, 4, 7, 9, 7, 5],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "poss", "case", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN"],
                    lemmas=["the", "share", "fall", "in", "response", "to", "the", "mayor", "'s", "demand"])
    assert answering_party(doc[9], (), _subjects, {"response"}) == []
    # "the league came back with a gift to the mayor": no answer, no one
    doc = build_doc("the league came back with a gift to the demand", heads=[1, 2, 2, 2, 2, 6, 4, 6, 9, 7],
                    deps=["det", "nsubj", "ROOT", "advmod", "prep", "det", "pobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADV", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert answering_party(doc[9], (), _subjects, {"response"}) == []


def test_a_line_of_attack_against_a_party_targets_it(events_of) -> None:
    found = [e for e in events_of("Democrats try to hone their sharpest lines of attacks against the Republican "
                                  "governor.") if e.event == "ACCUSE"]
    assert found and any("governor" in p.text for e in found for p in e.recipient)
