"""Type and modality faults of the thirteenth local-news audit (issue 14, session 18, brief senses13): a past
clause of time or reason keeps its own modality (eventcoding/modality.py ``told_fact_clause``), work planned with
a party stays COOPERATE (components/events.py, ``joint_work_verb``), and "working alongside" a party is
COOPERATE (event_lexicon.tsv). Each rule on a hand-built Doc of our own with a negative, then whole sentences of
our own (none from a data set, an audit, or phrasings_heldout26.tsv)."""

from __future__ import annotations

import pytest

from newsevents.eventcoding import modality

PUBLISHED = "2026-03-09"

# "Since the chief made an appeal residents asked questions"
_SINCE = dict(heads=[3, 2, 3, 7, 5, 3, 7, 7, 7], deps=["mark", "det", "nsubj", "advcl", "det", "dobj", "nsubj", "ROOT",
                                                       "dobj"],
              pos=["SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "VERB", "NOUN"])


def test_a_past_clause_of_time_is_a_fact_and_a_present_one_is_not(build_doc, cues) -> None:
    doc = build_doc("Since the chief made an appeal residents asked questions",
                    tags=["IN", "DT", "NN", "VBD", "DT", "NN", "NNS", "VBD", "NNS"], **_SINCE)
    assert modality.told_fact_clause(doc[3], cues)
    doc = build_doc("Since the chief makes an appeal residents asked questions",
                    tags=["IN", "DT", "NN", "VBZ", "DT", "NN", "NNS", "VBD", "NNS"], **_SINCE)
    assert not modality.told_fact_clause(doc[3], cues)


def test_a_past_clause_of_purpose_is_no_fact_clause(build_doc, cues) -> None:
    # "so that the chief made an appeal": a purpose mark, not one of time or reason
    doc = build_doc("Although the chief made an appeal residents asked questions",
                    tags=["IN", "DT", "NN", "VBD", "DT", "NN", "NNS", "VBD", "NNS"], **_SINCE)
    assert not modality.told_fact_clause(doc[3], cues)


@pytest.mark.parametrize("text", [
    "Ever since the police chief made a public appeal to keep the station open, villagers have asked why the "
    "council wants to close it.",
    "After the union wrote to the minister to demand a meeting, members asked when talks would start.",
])
def test_an_appeal_told_in_a_past_clause_of_time_stays_asserted(events_of, text) -> None:
    found = [e for e in events_of(text) if e.event == "REQUEST"]
    assert found and all(e.modality == "asserted" for e in found), [(e.event, e.modality) for e in events_of(text)]


def test_an_act_in_a_present_clause_of_time_stays_future(events_of) -> None:
    text = "The rebels will return to the valley after the army withdraws from the border."
    assert all(e.modality != "asserted" for e in events_of(text)), [(e.event, e.modality) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "The governor said she will work with Honda in the coming weeks to keep the plant open.",
    "The county sheriff will work with federal agents next month to trace the stolen guns.",
])
def test_work_planned_with_a_party_is_cooperation_to_come(events_of, text) -> None:
    events = events_of(text)
    assert any(e.event == "COOPERATE" and e.modality == "future" for e in events), [(e.event, e.modality)
                                                                                     for e in events]
    assert not any(e.event == "AGREE" for e in events)


def test_a_promise_to_cooperate_stays_agree(events_of) -> None:
    text = "The Ohio attorney general said he will cooperate with the federal inquiry."
    events = events_of(text)
    assert not any(e.event == "COOPERATE" for e in events), [(e.event, e.modality) for e in events]


@pytest.mark.parametrize("text", [
    "The town council is working alongside the Environment Agency to clear the river.",
    "County deputies worked alongside the FBI to search the woods.",
])
def test_working_alongside_a_party_is_cooperation(events_of, text) -> None:
    assert any(e.event == "COOPERATE" for e in events_of(text)), [e.event for e in events_of(text)]


def test_working_alongside_a_relative_on_a_farm_is_no_event(events_of) -> None:
    assert not events_of("He worked alongside his father on the family farm for thirty years.")


# -- met at a threshold, an agreement named as a frame (eventcoding/senses_local.py) ---------------------------

_MET = dict(heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
            pos=["PROPN", "VERB", "PRON", "ADP", "DET", "NOUN"])


def test_a_meeting_at_the_door_is_a_greeting_and_one_at_the_embassy_is_not(build_doc, cues) -> None:
    from newsevents.eventcoding import senses_local

    doc = build_doc("Ruiz met him at the doorstep", lemmas=["ruiz", "meet", "he", "at", "the", "doorstep"], **_MET)
    assert senses_local.met_at_threshold(doc[1], "CONSULT", cues)
    doc = build_doc("Ruiz met him at the embassy", lemmas=["ruiz", "meet", "he", "at", "the", "embassy"], **_MET)
    assert not senses_local.met_at_threshold(doc[1], "CONSULT", cues)


_UNDER = dict(heads=[5, 3, 3, 0, 5, 5, 5], deps=["prep", "det", "nummod", "pobj", "nsubj", "ROOT", "dobj"],
              pos=["ADP", "DET", "NUM", "NOUN", "PROPN", "VERB", "NOUN"])


def test_a_treaty_in_force_under_which_an_act_is_done_is_no_agreement(build_doc, cues) -> None:
    from newsevents.eventcoding import senses_local

    doc = build_doc("Under the 1990 treaty Vexland shares water",
                    lemmas=["under", "the", "1990", "treaty", "vexland", "share", "water"], **_UNDER)
    assert senses_local.accord_as_frame(doc[3], "AGREE", cues)
    doc = build_doc("Under the new treaty Vexland shares water",
                    lemmas=["under", "the", "new", "treaty", "vexland", "share", "water"],
                    **{**_UNDER, "deps": ["prep", "det", "amod", "pobj", "nsubj", "ROOT", "dobj"],
                       "pos": ["ADP", "DET", "ADJ", "NOUN", "PROPN", "VERB", "NOUN"]})
    assert not senses_local.accord_as_frame(doc[3], "AGREE", cues)


def test_a_treaty_whose_signing_is_told_stays(build_doc, cues) -> None:
    from newsevents.eventcoding import senses_local

    # "Under the treaty signed Monday Vexland shares water"
    doc = build_doc("Under the treaty signed Monday Vexland shares water",
                    heads=[6, 2, 0, 2, 3, 6, 6, 6], deps=["prep", "det", "pobj", "acl", "npadvmod", "nsubj", "ROOT",
                                                           "dobj"],
                    pos=["ADP", "DET", "NOUN", "VERB", "PROPN", "PROPN", "VERB", "NOUN"],
                    lemmas=["under", "the", "treaty", "sign", "monday", "vexland", "share", "water"])
    assert not senses_local.accord_as_frame(doc[2], "AGREE", cues)


@pytest.mark.parametrize("text", [
    "The senator met her at the door of the church and walked her to the car.",
    "Firefighters attacked the flames from a ladder truck.",
    "Under the 1987 treaty, Ohio and Indiana share the cost of the bridge.",
])
def test_a_greeting_a_fire_fought_and_a_treaty_in_force_code_nothing(events_of, text) -> None:
    assert not events_of(text), [e.event for e in events_of(text)]


@pytest.mark.parametrize("kind,text", [
    ("CONSULT", "Governor Kasich met the mayor of Columbus at City Hall on Monday."),
    ("ASSAULT", "Two men attacked a firefighter outside the station on Friday, police said."),
    ("AGREE", "Ohio and Indiana signed a treaty on Monday to share the cost of the bridge."),
])
def test_a_meeting_an_attack_and_a_treaty_signed_stay(events_of, kind, text) -> None:
    assert kind in {e.event for e in events_of(text)}, [e.event for e in events_of(text)]
