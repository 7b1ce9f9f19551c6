"""The "would" of a fact felt about or judged ("ashamed that X would endorse Y": the endorsement made) is
asserted, not hypothetical (targets31; eventcoding/modality.py). Sentences written for these tests (none from a
data set or an audit)."""

from __future__ import annotations

PUBLISHED = "2016-03-15"


def _support(events_of, text: str):
    events = [e for e in events_of(text) if e.event == "SUPPORT"]
    assert events
    return events[0]


def test_pipeline_a_fact_felt_about_is_asserted(events_of) -> None:
    event = _support(events_of, "I am surprised that Governor Al Stone would endorse Senator Frank Dole.")
    assert event.modality == "asserted"


def test_pipeline_a_perfect_or_a_condition_stays_unasserted(events_of) -> None:
    event = _support(events_of, "I am surprised that Governor Al Stone would have endorsed Senator Frank Dole.")
    assert event.modality != "asserted"
    events = [e for e in events_of("I am surprised that Governor Al Stone would endorse Senator Frank Dole if he "
                                   "won.") if e.event == "SUPPORT"]
    assert all(e.modality != "asserted" for e in events)


def test_pipeline_an_announcement_keeps_its_would(events_of) -> None:
    event = _support(events_of, "Governor Al Stone said he would endorse Senator Frank Dole.")
    assert event.modality == "future"
