"""Standings, ordeals, interviewers' questions, habits, stances and reporters' work told with words of events
(session 26, brief senses29; eventcoding/standings.py): a poll share is no SUPPORT, a test faced no meeting, a
host asking a guest to explain no REQUEST, "used to support" and a reported present habit no act at a time, a
stance on a measure or a practice no SUPPORT/REJECT, a reporter's work with a newspaper no COOPERATE. Each rule
has hand-built Docs (the rule alone) and whole-pipeline sentences with a negative. Sentences written for these
tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding import standings

PUBLISHED = "2017-03-15"


def _types(events_of, text: str) -> list[str]:
    return [e.event for e in events_of(text)]


# --- hand-built Docs: each rule on an explicit parse ---------------------------------------------------------

def test_backing_from_a_percent_is_a_poll_share_and_backing_from_mayors_is_not(build_doc, cues) -> None:
    doc = build_doc("She has backing from 35 percent", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj"],
                    pos=["PRON", "VERB", "NOUN", "ADP", "NUM", "NOUN"])
    assert standings.poll_share(doc[2], cues)
    doc = build_doc("She has backing from 35 mayors", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj"],
                    pos=["PRON", "VERB", "NOUN", "ADP", "NUM", "NOUN"])
    assert not standings.poll_share(doc[2], cues)


def test_facing_a_test_is_an_ordeal_and_facing_rebels_is_not(build_doc, cues) -> None:
    doc = build_doc("He will face his greatest test", heads=[2, 2, 2, 5, 5, 2],
                    deps=["nsubj", "aux", "ROOT", "poss", "amod", "dobj"],
                    pos=["PRON", "AUX", "VERB", "PRON", "ADJ", "NOUN"])
    assert standings.ordeal_faced(doc[2], cues)
    doc = build_doc("Troops faced the rebels", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["troop", "face", "the", "rebel"])
    assert not standings.ordeal_faced(doc[1], cues)


def test_a_host_asking_a_guest_to_explain_is_a_question(build_doc, cues) -> None:
    words = "The host asked the governor to explain his plan"
    doc = build_doc(words, heads=[1, 2, 2, 4, 2, 6, 2, 8, 6],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "poss", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PRON", "NOUN"],
                    lemmas=["the", "host", "ask", "the", "governor", "to", "explain", "his", "plan"])
    assert standings.interviewer_question(doc[2], [doc[1]], cues)
    doc = build_doc(words.replace("host", "minister"), heads=[1, 2, 2, 4, 2, 6, 2, 8, 6],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "poss", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PRON", "NOUN"],
                    lemmas=["the", "minister", "ask", "the", "governor", "to", "explain", "his", "plan"])
    assert not standings.interviewer_question(doc[2], [doc[1]], cues)


def test_used_to_support_is_a_past_habit_and_used_mortars_to_attack_is_not(build_doc, cues) -> None:
    doc = build_doc("She used to support him", heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
                    pos=["PRON", "VERB", "PART", "VERB", "PRON"], tags=["PRP", "VBD", "TO", "VB", "PRP"],
                    lemmas=["she", "use", "to", "support", "he"])
    assert standings.past_habit(doc[3], cues)
    doc = build_doc("Rebels used mortars to attack", heads=[1, 1, 1, 4, 1], deps=["nsubj", "ROOT", "dobj", "aux", "xcomp"],
                    pos=["NOUN", "VERB", "NOUN", "PART", "VERB"], tags=["NNS", "VBD", "NNS", "TO", "VB"],
                    lemmas=["rebel", "use", "mortar", "to", "attack"])
    assert not standings.past_habit(doc[4], cues)


def test_opposing_discrimination_is_a_stance_and_opposing_the_governors_plan_is_not(build_doc, cues) -> None:
    doc = build_doc("She opposed any discrimination", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["PRON", "VERB", "DET", "NOUN"], lemmas=["she", "oppose", "any", "discrimination"])
    assert standings.stance_on_measure(doc[1], [doc[0]], cues)
    doc = build_doc("She opposed Smith 's plan", heads=[1, 1, 4, 2, 1], deps=["nsubj", "ROOT", "poss", "case", "dobj"],
                    pos=["PRON", "VERB", "PROPN", "PART", "NOUN"], tags=["PRP", "VBD", "NNP", "POS", "NN"],
                    lemmas=["she", "oppose", "Smith", "'s", "plan"])
    assert not standings.stance_on_measure(doc[1], [doc[0]], cues)


# --- the whole pipeline: each class gives no event, its negative stays ---------------------------------------

def test_a_poll_share_is_no_support(events_of) -> None:
    assert "SUPPORT" not in _types(events_of, "The governor has support of 41 percent of likely voters, while the "
                                              "mayor has backing from 35 percent.")


def test_a_test_faced_is_no_agreement_and_soldiers_facing_rebels_stay(events_of) -> None:
    assert "AGREE" not in _types(events_of, "The senator will face his greatest test at Tuesday's debate in Denver.")
    assert _types(events_of, "Soldiers faced the rebels at the border crossing on Sunday.")


def test_a_hosts_question_is_no_request_and_a_ministers_demand_stays(events_of) -> None:
    assert "REQUEST" not in _types(events_of, "Radio host Jim Bell asked Senator Carter to explain his plan for "
                                              "the border.")
    assert "REQUEST" in _types(events_of, "The minister asked the Russian ambassador to explain the troop build-up "
                                          "near the border.")


def test_used_to_support_is_no_support(events_of) -> None:
    assert "SUPPORT" not in _types(events_of, "The farmer used to support Governor Mills before he changed his mind "
                                              "over the pipeline.")
    assert "ASSAULT" in _types(events_of, "Rebels used mortars to attack the town on Friday.")


def test_a_reported_present_habit_is_no_meeting_and_a_dated_meeting_stays(events_of) -> None:
    assert "CONSULT" not in _types(events_of, "The mayor said he meets with families of crime victims in a city "
                                              "that recorded 300 killings this year.")
    assert "CONSULT" in _types(events_of, "The mayor said he meets the president on Friday to discuss the budget.")
    assert "CONSULT" in _types(events_of, "The mayor said he met with families of the victims on Monday.")


def test_stances_on_measures_and_practices_are_no_support_or_rejection(events_of) -> None:
    assert "SUPPORT" not in _types(events_of, "Lawmakers have endorsed making it harder for people to enter the "
                                              "country if they have recently been in Yemen.")
    assert "SUPPORT" not in _types(events_of, "The governor endorsed one of their preferred methods for stopping the "
                                              "mayor: freeing all delegates to vote their conscience.")
    assert "REJECT" not in _types(events_of, "The senator has vocally opposed any discrimination against Sikhs.")
    assert "REJECT" in _types(events_of, "The senator opposed the governor's plan to cut school funding.")
    assert "SUPPORT" in _types(events_of, "The party endorsed Senator Lopez for president on Saturday.")


def test_a_reporters_work_with_a_newspaper_is_no_cooperation_and_work_with_police_stays(events_of) -> None:
    assert "COOPERATE" not in _types(events_of, "The American lawyer worked with the Guardian newspaper to expose the "
                                                "secret surveillance programme.")
    assert "COOPERATE" in _types(events_of, "The detective worked with the police to expose the smuggling ring.")


def test_should_ensure_is_an_aim_recommended_and_will_ensure_is_a_pledge(build_doc, cues) -> None:
    doc = build_doc("They should be focused on ensuring cooperation", heads=[3, 3, 3, 3, 3, 4, 5],
                    deps=["nsubjpass", "aux", "auxpass", "ROOT", "prep", "pcomp", "dobj"],
                    pos=["PRON", "AUX", "AUX", "VERB", "ADP", "VERB", "NOUN"],
                    lemmas=["they", "should", "be", "focus", "on", "ensure", "cooperation"])
    assert standings.aim_recommended(doc[5], cues)
    doc = build_doc("They will ensure cooperation", heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
                    pos=["PRON", "AUX", "VERB", "NOUN"])
    assert not standings.aim_recommended(doc[2], cues)


def test_an_aim_recommended_is_no_agreement_and_a_pledge_of_aid_stays(events_of) -> None:
    assert "AGREE" not in _types(events_of, "The government should ensure cooperation between the agencies.")
    assert "AGREE" in _types(events_of, "The government will ensure aid for the flood victims in Jordan.")


def test_a_legislators_opposition_to_a_bill_is_a_stance_and_to_a_governors_plan_stays(events_of) -> None:
    assert "REJECT" not in _types(events_of, "Among the votes cited in the release: Senator Mills's opposition to the "
                                             "farm bill.")
    assert "REJECT" in _types(events_of, "The group criticized Senator Mills's opposition to the governor's plan.")
