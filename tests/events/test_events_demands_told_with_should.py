"""A giving way (RETREAT, CONCEDE) a speaker says another "should" do is the speaker's demand of that party, a
REQUEST, not the giving way (events31; components/events.py, ``advice_modal`` cues). Sentences of our own."""

from __future__ import annotations

PUBLISHED = "2016-05-10"


def _events(extract, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.modality) for e in extract(text, published=PUBLISHED).events]


def test_said_a_justice_should_resign_is_a_request(extract) -> None:
    events = _events(extract, "Republican Senator Tom Walsh said Supreme Court Justice Ana Kaplan should resign.")
    assert events == [("REQUEST", "asserted")]


def test_said_a_justice_will_resign_stays_her_act(extract) -> None:
    events = _events(extract, "Republican Senator Tom Walsh said Supreme Court Justice Ana Kaplan will resign.")
    assert "REQUEST" not in {e for e, _ in events}
