"""A legal action negated with a judicial doer is the decision not to act (events42, session 38;
eventcoding/crime.py ``prosecution_declined``): "the department would not prosecute him" is a REJECT asserted,
not an arrest that did not happen; police who "did not arrest" anyone stay the act negated. Sentences written
for these tests."""

from __future__ import annotations

from newsevents.eventcoding.crime import prosecution_declined

PUBLISHED = "2019-06-11"


def test_a_judicial_body_not_prosecuting_decides() -> None:
    assert prosecution_declined("COERCE", ["arrest"], "negated", ("legal",), [["JUD"]])


def test_other_doers_modalities_or_acts_stay() -> None:
    assert not prosecution_declined("COERCE", ["arrest"], "negated", ("legal",), [["COP"]])  # police
    assert not prosecution_declined("COERCE", ["arrest"], "future", ("legal",), [["JUD"]])  # will prosecute
    assert not prosecution_declined("COERCE", ["arrest"], "negated", (), [["JUD"]])  # no legal row of the backbone
    assert not prosecution_declined("ASSAULT", [], "negated", ("legal",), [["JUD"]])


def test_pipeline_the_decision_not_to_prosecute(events_of) -> None:
    events = events_of("Attorney General Ann Lee announced that the Justice Department would not prosecute Tom Reed.")
    assert [(e.event, e.modality) for e in events] == [("REJECT", "asserted")]
    kept = events_of("Police did not arrest Tom Reed on Monday.")
    assert [(e.event, e.modality) for e in kept] == [("COERCE", "negated")]
