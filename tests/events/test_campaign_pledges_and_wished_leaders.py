"""Campaign talk (session 27, events30; eventcoding/campaign.py): a candidate's promise of an act on no party, in a
story of a race, is a promise to voters, no AGREE; an act of "a president who will ..." is what the kind of leader
wished for would do, no act of anyone. Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.campaign import campaign_pledge, leader_wished_for

PUBLISHED = "2020-02-11"


def _pledge(build_doc, doer: str, ent: str, last: str = "campaign"):
    # "<Doer> pledged to stay in the race during the <last>"
    words = f"{doer} pledged to stay in the race during the {last}"
    return build_doc(words, heads=[1, 1, 3, 1, 3, 6, 4, 3, 9, 7],
                     deps=["nsubj", "ROOT", "aux", "xcomp", "prep", "det", "pobj", "prep", "det", "pobj"],
                     pos=["PROPN", "VERB", "PART", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
                     lemmas=[doer.lower(), "pledge", "to", "stay", "in", "the", "race", "during", "the", last],
                     ents=[ent] + ["O"] * 9)


def test_a_candidates_pledge_in_a_race_is_campaign_talk(build_doc, cues) -> None:
    doc = _pledge(build_doc, "Ortiz", "B-PERSON")
    assert campaign_pledge(doc[1], "AGREE", [doc[0]], [], cues)
    # a party to receive it, or another type, stays
    assert not campaign_pledge(doc[1], "AGREE", [doc[0]], [doc[6]], cues)
    assert not campaign_pledge(doc[1], "THREATEN", [doc[0]], [], cues)


def test_a_bodys_pledge_or_one_in_a_story_of_no_race_stays(build_doc, cues) -> None:
    doc = _pledge(build_doc, "Parliament", "B-ORG")
    assert not campaign_pledge(doc[1], "AGREE", [doc[0]], [], cues)
    doc = _pledge(build_doc, "Ortiz", "B-PERSON", last="storm")
    assert not campaign_pledge(doc[1], "AGREE", [doc[0]], [], cues)


def test_what_a_president_wished_for_would_do_is_no_act(build_doc, cues) -> None:
    doc = build_doc("voters want a president who will end the deals", heads=[1, 1, 3, 1, 6, 6, 3, 8, 6],
                    deps=["nsubj", "ROOT", "det", "dobj", "nsubj", "aux", "relcl", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN"],
                    lemmas="voter want a president who will end the deal".split())
    assert leader_wished_for(doc[6], cues)
    doc = build_doc("voters want the president who will end the deals", heads=[1, 1, 3, 1, 6, 6, 3, 8, 6],
                    deps=["nsubj", "ROOT", "det", "dobj", "nsubj", "aux", "relcl", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN"],
                    lemmas="voter want the president who will end the deal".split())
    assert not leader_wished_for(doc[6], cues)


def test_an_act_joined_under_the_wished_leaders_clause_is_no_act_either(build_doc, cues) -> None:
    # "a governor who will help us by ending the scheme"
    doc = build_doc("a governor who will help us by ending the scheme", heads=[1, 1, 4, 4, 1, 4, 4, 6, 9, 7],
                    deps=["det", "ROOT", "nsubj", "aux", "relcl", "dobj", "prep", "pcomp", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "AUX", "VERB", "PRON", "ADP", "VERB", "DET", "NOUN"],
                    lemmas="a governor who will help we by end the scheme".split())
    assert leader_wished_for(doc[7], cues)
    assert not leader_wished_for(doc[1], cues)


def test_pipeline_a_kind_of_president_wished_for_does_nothing(events_of) -> None:
    events = events_of('"Voters finally have a chance to choose a president who will end one-sided trade deals," '
                       "she said.")
    assert "SANCTION" not in [e.event for e in events]
