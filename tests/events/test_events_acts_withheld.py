"""Acts withheld are the act negated, not a rejection (session 26, events29; eventcoding/nonevents.py): support
"never" given is SUPPORT negated, an attack declined or refused is ACCUSE negated. "Refused to endorse him" and
"did not endorse him" stay REJECT. Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding import nonevents

PUBLISHED = "2016-03-15"


def test_support_never_given_is_support_not_given(build_doc, cues) -> None:
    doc = build_doc("The governor never endorsed him", heads=[1, 3, 3, 3, 3],
                    deps=["det", "nsubj", "neg", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "ADV", "VERB", "PRON"],
                    lemmas="the governor never endorse he".split())
    assert nonevents.support_not_given(doc[3], "SUPPORT", cues)


def test_an_attack_declined_is_withheld_but_a_deal_declined_is_not(build_doc, cues) -> None:
    doc = build_doc("The senator declined to assail his rival", heads=[1, 2, 2, 4, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "poss", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "PRON", "NOUN"],
                    lemmas="the senator decline to assail his rival".split())
    assert nonevents.attack_withheld(doc[4], "ACCUSE", cues)
    assert not nonevents.attack_withheld(doc[4], "AGREE", cues)


def test_pipeline_never_supported_is_support_negated(events_of) -> None:
    events = events_of("The German chancellor never supported the French president.")
    assert [(e.event, e.modality) for e in events] == [("SUPPORT", "negated")]


def test_pipeline_declined_to_attack_is_an_attack_in_words_not_made(events_of) -> None:
    events = events_of("The German chancellor declined to attack the French president on Sunday.")
    assert "REJECT" not in [e.event for e in events]
    assert all(e.modality == "negated" for e in events if e.event == "ACCUSE")


def test_pipeline_refusals_of_asked_acts_stay_rejections(events_of) -> None:
    assert "REJECT" in [e.event for e in events_of("The German chancellor refused to sign the treaty with France.")]
