"""Event senses of branch qtp38 (issue 14, from news-dev61..64's output events): uses of a trigger that
are no PLOVER act -- calling a vote or a debate (holding one), a person's appeal (attractiveness),
donating one's services (unpaid work), a picture or a series that captures a person (shows them) --
and dismissing a person as something, a disparagement (ACCUSE), not a rejection. Each with the use
that stays an event. Sentences written for these tests (rows of event_lexicon.tsv)."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-06-01"


def _types(events_of, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in events_of(text) if e.trigger is not None]


@pytest.mark.parametrize("text,trigger", [
    ("The ministry in Paris called a vote in the assembly on the new treaty with Spain.", "called"),
    ("Critics cited the senator's blue-collar appeal in the mill towns.", "appeal"),
    ("The lawyer is donating his services to the charity.", "donating"),
    ("\"It captures her,\" the Canadian minister said of the video series about the German chancellor.", "captures"),
])
def test_uses_that_are_no_act(events_of, text: str, trigger: str) -> None:
    assert not [t for t in _types(events_of, text) if t[1] == trigger]


@pytest.mark.parametrize("text,expected", [
    ("The union issued an urgent appeal to the minister.", ("REQUEST", "appeal")),
    ("The rebels captured the mayor in March.", ("COERCE", "captured")),
    ("The ministry dismissed the proposal.", ("REJECT", "dismissed")),
])
def test_the_acts_stay(events_of, text: str, expected: tuple[str, str]) -> None:
    assert expected in _types(events_of, text)


def test_dismissing_a_person_as_something_is_a_disparagement(events_of) -> None:
    assert ("ACCUSE", "dismissed") in _types(
        events_of, "While critics dismissed him as a television actor, the governor won twice.")
