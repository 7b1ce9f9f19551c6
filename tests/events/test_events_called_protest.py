"""Calling a strike, march or boycott is protesting by the caller (issue 14; PLOVER codes the
organiser of a protest as its actor), while calling for one asks for it, calling one off ends it
and calling one illegal only judges it. Sentences written for these tests; the rule is also
checked on hand-built parses."""

from __future__ import annotations

from newsevents.components.events import _called_act
from newsevents.eventcoding.lexicon import load_cues

PUBLISHED = "2023-05-02"
CUES = load_cues()


def test_a_plain_object_of_call_is_the_act_called(build_doc):
    # "Dockers called a stoppage": the subject decides the act
    doc = build_doc("Dockers called a stoppage", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["docker", "call", "a", "stoppage"])
    assert _called_act(doc[3], doc[1], CUES)
    # "Dockers called off the stoppage": a particle makes another verb
    doc = build_doc("Dockers called off the stoppage", heads=[1, 1, 1, 4, 1],
                    deps=["nsubj", "ROOT", "prt", "det", "dobj"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN"],
                    lemmas=["docker", "call", "off", "the", "stoppage"])
    assert not _called_act(doc[4], doc[1], CUES)
    # "Mayors called the stoppage unlawful": a predicate makes an opinion
    doc = build_doc("Mayors called the stoppage unlawful", heads=[1, 1, 3, 1, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "oprd"], pos=["NOUN", "VERB", "DET", "NOUN", "ADJ"],
                    lemmas=["mayor", "call", "the", "stoppage", "unlawful"])
    assert not _called_act(doc[3], doc[1], CUES)


def _types(events):
    return [(e.event, e.mode, [p.text for p in e.actor]) for e in events]


def test_calling_a_strike_or_boycott_is_the_callers_protest(events_of):
    found = _types(events_of("The dockers' union called a strike for Friday."))
    assert ("PROTEST", ["strike"], ["The dockers' union"]) in found
    assert not any(t == "REQUEST" for t, _, _ in found)
    found = _types(events_of("Nurses called a walkout over staffing."))
    assert [(t, m) for t, m, _ in found] == [("PROTEST", ["strike"])]
    found = _types(events_of("Farmers called a boycott of the supermarket chain."))
    assert [(t, m) for t, m, _ in found] == [("PROTEST", ["boycott"])]


def test_calling_for_off_or_judging_a_strike_is_no_protest_by_the_speaker(events_of):
    assert [e.event for e in events_of("The dockers' union called for a strike over pensions.")] == ["REQUEST"]
    assert not [e for e in events_of("The dockers' union called off the strike on Friday.") if e.event == "PROTEST"]
    assert not [e for e in events_of("The governor called the strike unlawful.") if e.event == "PROTEST"]
    assert not [e for e in events_of("The governor called an election for March.")]
