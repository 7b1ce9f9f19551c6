"""Dismissing or deriding a party's efforts is disapproval (ACCUSE, CAMEO DISMISS 110); dismissing a proposal,
demand or claim stays a REJECT (targets31). Sentences written for these tests (none from a data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2016-03-15"


def _of_type(events_of, text: str, trigger: str):
    events = [e for e in events_of(text) if e.trigger.text == trigger]
    assert events
    return events[0]


def test_pipeline_dismissed_efforts_by_a_party_is_disapproval_of_it(events_of) -> None:
    event = _of_type(events_of, "Senator Jim Tate dismissed efforts by some Republicans to distance themselves "
                                "from the nominee.", "dismissed")
    assert event.event == "ACCUSE"
    assert [r.text for r in event.recipient] == ["some Republicans"]


def test_pipeline_derided_the_efforts_of_a_party(events_of) -> None:
    event = _of_type(events_of, "Senator Jim Tate derided the efforts of some Republicans.", "derided")
    assert event.event == "ACCUSE"
    assert [r.text for r in event.recipient] == ["some Republicans"]


def test_pipeline_ridiculing_a_party_is_disapproval(events_of) -> None:
    event = _of_type(events_of, "Senator Jim Tate ridiculed Governor Al Stone on Monday.", "ridiculed")
    assert event.event == "ACCUSE"


def test_pipeline_a_proposal_dismissed_stays_a_rejection(events_of) -> None:
    event = _of_type(events_of, "Russia dismissed the proposal from Norway.", "dismissed")
    assert event.event == "REJECT"
