"""The object of "accused N of ..." is the target also when N is a debate's moderators, journalists of the show
(session 26, events29; roles.tsv ``moderator``). Sentences written for these tests (none from a data set or an
audit)."""

from __future__ import annotations

PUBLISHED = "2016-03-15"


def test_moderators_accused_are_the_target(events_of) -> None:
    events = [e for e in events_of("Senator Jack Harlow accused the debate moderators of asking unfair questions.")
              if e.event == "ACCUSE"]
    assert events and any("moderators" in r.text for e in events for r in e.recipient)
