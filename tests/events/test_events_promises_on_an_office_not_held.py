"""A promise conditioned on an office not yet held, told by an inverted "should" (session 26, brief senses29;
eventcoding/campaign.py ``if_elected``): campaign talk, no AGREE; an unconditioned promise stays. Sentences
written for these tests (none from a data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2017-03-15"


def _types(events_of, text: str) -> list[str]:
    return [e.event for e in events_of(text)]


def test_a_promise_should_he_win_the_presidency_is_campaign_talk(events_of) -> None:
    assert "AGREE" not in _types(events_of, "The senator promised to take bold action on housing should he win the "
                                            "presidency.")
    assert "AGREE" in _types(events_of, "The governor promised to pardon the strikers on Monday.")


def test_a_promise_to_act_as_president_is_campaign_talk_and_a_presidents_promise_stays(events_of) -> None:
    assert "AGREE" not in _types(events_of, "The senator promised to send more aid to Israel as president.")
    assert "AGREE" in _types(events_of, "The president promised to send more aid to Israel on Monday.")
