"""Campaign talk and campaign verbs used as acts (issue 14, session 13, brief s13-campaign; the third
US-news audit): support pledged to someone is SUPPORT; rallying someone is no demonstration; pulling
out of an agreement with a party is SANCTION with that party; a candidate leaving a race is no event; a
stance on a policy in the simple present is no event; an act one tries to persuade another into is
not done. Sentences written for these tests (none from a data set)."""

from __future__ import annotations

PUBLISHED = "2016-05-10"


def _events(extract, text: str) -> list:
    return extract(text, published=PUBLISHED).events


def test_support_pledged_to_someone_is_support_and_a_bare_pledge_stays_a_promise(extract) -> None:
    events = _events(extract, "Former Ohio Governor Ted Strickland pledged his support to Hillary Clinton on Friday.")
    assert any(e.event == "SUPPORT" for e in events) and not any(e.event == "AGREE" for e in events)
    events = _events(extract, "The Japanese government pledged $50 million to rebuild the port in Haiti.")
    assert not any(e.event == "SUPPORT" for e in events)


def test_rallying_someone_is_no_protest_and_a_crowd_rallying_is(extract) -> None:
    assert not any(e.event == "PROTEST" for e in _events(
        extract, "The governor rallied hundreds of volunteers at a school gym in Iowa on Sunday."))
    assert not any(e.event == "PROTEST" for e in _events(
        extract, "The minister urged rallying European partners behind the plan."))
    assert any(e.event == "PROTEST" for e in _events(
        extract, "Thousands of teachers rallied outside parliament in Nairobi against the pay cuts."))


def test_pulling_out_of_an_agreement_with_a_party_is_a_sanction_on_it(extract) -> None:
    events = _events(extract, "Canada pulled out of a trade agreement with Venezuela over the disputed election.")
    sanctions = [e for e in events if e.event == "SANCTION"]
    assert sanctions and any("Venezuela" in p.text for e in sanctions for p in e.recipient)
    assert not any(e.event == "RETREAT" for e in events)
    # troops pulled out of a town stay a retreat
    assert any(e.event == "RETREAT" for e in _events(
        extract, "Russian troops pulled out of the Syrian town of Palmyra on Tuesday."))


def test_a_candidate_leaving_a_race_is_no_event(extract) -> None:
    assert not _events(extract, "The Green Party candidate withdrew from the mayoral race on Monday.")
    assert not _events(extract, "The businessman pulled out of the Senate race after a poor poll.")


def test_a_stance_on_a_policy_in_the_present_is_no_event_but_a_party_backed_is(extract) -> None:
    assert not _events(extract, "The congresswoman opposes new offshore drilling and favours higher fuel taxes.")
    assert not _events(extract, "Most Democratic voters support a higher minimum wage, the survey found.")
    # a party as object, or the past with a dated act, stays
    assert any(e.event == "SUPPORT" for e in _events(extract, "The Teamsters union backs Hillary Clinton."))


def test_what_one_tries_to_persuade_others_to_do_is_not_done(extract) -> None:
    assert not any(e.event == "SUPPORT" for e in _events(
        extract, "She is trying to persuade older voters to support her campaign for governor."))


def test_a_refusal_to_provide_is_a_rejection_not_negated_aid(extract) -> None:
    events = _events(extract, "Japan will not provide weapons to Ukraine, the defence minister said.")
    assert any(e.event == "REJECT" for e in events) and not any(e.event == "AID" for e in events)
    # provided, it stays aid
    assert any(e.event == "AID" for e in _events(extract, "Japan provided medicine to Ukraine on Monday."))


def test_a_suicide_is_no_attack_and_others_killed_with_him_are(extract) -> None:
    assert not _events(extract, "The mayor's brother shot himself at his home in Ohio last year.")
    assert any(e.event == "ASSAULT" for e in _events(
        extract, "A bomber killed himself and nine policemen at a checkpoint in Kandahar."))


def test_help_to_someone_s_family_is_private_life(extract) -> None:
    assert not _events(extract, "The congressman helped her family after the flood.")
    assert any(e.event == "AID" for e in _events(extract, "Qatar sent food aid to Sudan on Monday."))
