"""Stances, acts asked about, contest figures and idioms read as events (issue 14, session 13, brief
s13-stances4; the fourth US-news audit's spurious class): a weapon word compounding a noun of policy
("gun laws") names no weapon; an act in a "whether" clause stays hypothetical (the spec); force in or for a contest ground
(polls, matchups, the lead) is a race; a stance verb in the present whose doers are the electorate is
opinion; a stance noun on a war or a policy in general is a view held; a past stance in a "who" clause
describes a person; "appeal" toward voters is a pull, not a plea; "shoot oneself in the foot" is an idiom.
Each with a negative. Sentences written for these tests (none from a data set or the audit)."""

from __future__ import annotations

PUBLISHED = "2016-06-14"


def _types(extract, text: str) -> set[str]:
    return {e.event for e in extract(text, published=PUBLISHED).events}


def test_a_weapon_word_naming_a_policy_keeps_a_retort_words(extract) -> None:
    assert _types(extract, "House Democrats fired back at Speaker Paul Ryan after his remarks on gun laws.") == {"ACCUSE"}
    # a weapon used stays force
    assert "ASSAULT" in _types(extract, "Soldiers fired back at the militants with rifles, killing three.")


def test_an_act_under_whether_stays_hypothetical(extract) -> None:
    # the spec's modality for the possible (test_events.test_whether_and_guarantees_make_hypotheses): kept
    events = extract("The mayor would not say whether she would endorse the governor next month.",
                     published=PUBLISHED).events
    assert all(e.modality == "hypothetical" for e in events)


def test_force_in_a_contest_ground_is_a_race(extract) -> None:
    assert not _types(extract, "The senator is beating the governor in every statewide poll this month.")
    assert not _types(extract, "She is battling two rivals for the lead in the Iowa caucuses.")
    # force on people in a place stays
    assert "ASSAULT" in _types(extract, "Police beat the protesters in the main square of Minsk on Sunday.")


def test_the_electorate_holding_a_stance_is_opinion(extract) -> None:
    assert not _types(extract, "Independent voters are rejecting the governor by a wide margin.")
    # a party's stance on a candidate stays
    assert "REJECT" in _types(extract, "The Senate Judiciary Committee rejected the president's nominee on Monday.")


def test_a_stance_noun_on_a_war_or_policy_is_a_view(extract) -> None:
    assert not _types(extract, "Her early opposition to the Korean War cost her the seat.")
    assert not _types(extract, "His support for stricter voting rules is well known.")
    # opposition to a party's bid stays
    assert "REJECT" in _types(extract, "Germany voiced strong opposition to Turkey's membership bid on Friday.")


def test_a_past_stance_in_a_who_clause_describes_a_person(extract) -> None:
    assert not _types(extract, "The new chairman, a banker who backed lower corporate taxes, took office today.")
    # a particular measure of a party backed in a "who" clause stays
    assert "SUPPORT" in _types(extract, "The senator, who backed the governor's pension plan on Friday, met reporters.")


def test_an_appeal_to_voters_is_a_pull_and_an_appeal_for_something_a_plea(extract) -> None:
    assert not _types(extract, "The governor's appeal to suburban voters has faded this year.")
    assert "REQUEST" in _types(extract, "The Red Cross made an urgent appeal to Japan for blood supplies.")


def test_shooting_oneself_in_the_foot_is_an_idiom_and_shooting_a_suspect_in_the_foot_an_attack(extract) -> None:
    assert not _types(extract, "The party keeps shooting itself in the foot with its leaked memos.")
    assert "ASSAULT" in _types(extract, "A police officer shot the suspect in the foot during the arrest in Ohio.")


def test_ones_own_conduct_defended_is_talk_and_a_party_defended_support(extract) -> None:
    assert not _types(extract, "The governor defended her decision in a radio interview on Monday.")
    assert not _types(extract, "The White House defended the process on Tuesday.")
    # a party defended stays SUPPORT
    assert "SUPPORT" in _types(extract, "The senator defended the governor against the charges.")


def test_an_idiom_of_criticism_between_named_people_counts_and_a_singer_at_critics_not(extract) -> None:
    events = extract("Donald Trump fired back at Jeb Bush on Saturday.", published=PUBLISHED).events
    assert [e.event for e in events] == ["ACCUSE"]
    assert not _types(extract, "The singer hit back at her critics on Instagram.")
