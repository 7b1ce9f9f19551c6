"""Recipients the article names but the record left out (issue 14, eleventh audit, brief s11):
the one whose thing an act takes or refuses, told by a possessive pronoun; the party behind a
policy protested against; the body a possessed thing belongs to. Sentences of our own."""

from __future__ import annotations

PUBLISHED = "2024-05-01"


def _recipients(events, kind):
    return [[(p.text, p.country) for p in e.recipient] for e in events if e.event == kind]


def test_pipeline_a_pronoun_owner_of_the_thing_refused_is_the_recipient(events_of):
    # the resignation is the minister's: its refusal acts on him
    events = events_of("Indian minister Raj Vexal offered to resign on Monday. "
                       "His resignation was not accepted by the Indian prime minister.")
    assert _recipients(events, "REJECT") == [[("His", "IND")]]


def test_pipeline_a_pronoun_owner_who_is_the_actor_is_no_recipient(events_of):
    # "Mr Vexal ... he would not accept his own resignation" is no act on anyone else
    events = events_of("Indian minister Raj Vexal said on Monday that he would not accept his resignation.")
    assert _recipients(events, "REJECT") == [[]]
