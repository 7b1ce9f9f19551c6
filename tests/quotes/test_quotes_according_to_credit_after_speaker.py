"""An ``according to <Outlet>`` credit after a named speaker's ``said`` (``"...," Mark Duffy said,
according to the Dayton Herald.``) names where the words were printed: the quotation after it, in
the next paragraph or the same one, goes on with the person, not the outlet (quotes30, from
news-dev44's class description). Sentences written for these tests."""

from __future__ import annotations

OPENING = "The senator spoke to donors in a hotel ballroom on Monday.\n\n"


def _speaker_of(record, start: str) -> str | None:
    found = [q for q in record.quotes if q.content.text.startswith(start)]
    assert found, [q.content.text for q in record.quotes]
    return found[-1].speaker.text if found[-1].speaker is not None else None


def test_the_next_paragraph_stays_with_the_person(pipeline) -> None:
    text = (OPENING + '"We will win this state," Mark Duffy said, according to the Dayton Herald.\n\n'
            '"Nobody in this room should doubt it for one minute."')
    assert _speaker_of(pipeline.extract(text), "Nobody in this room") == "Mark Duffy"


def test_the_same_paragraph_stays_with_the_person(pipeline) -> None:
    text = (OPENING + '"We will win this state," Mark Duffy said, according to the Dayton Herald. '
            '"Nobody in this room should doubt it for one minute."')
    record = pipeline.extract(text)
    holding = [q for q in record.quotes if "Nobody in this room" in q.content.text and q.kind == "direct"]
    assert holding and all(q.speaker is not None and q.speaker.text == "Mark Duffy" for q in holding)


def test_the_credit_first_keeps_the_person(pipeline) -> None:
    text = (OPENING + 'According to the Dayton Herald, Mark Duffy said, "We will win this state."\n\n'
            '"Nobody in this room should doubt it for one minute."')
    assert _speaker_of(pipeline.extract(text), "Nobody in this room") == "Mark Duffy"
