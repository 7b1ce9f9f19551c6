"""A third-person pronoun inside a speaker's own direct quotation is never that speaker (events43;
eventcoding/quoted_speakers.py): a link of such a pronoun to the quotation's speaker is dropped, so the event has no
usable doer from it; a pronoun linked to someone else, an indirect quotation, and a first-person pronoun stay.
Sentences written for these tests, on hand-built parses."""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.quoted_speakers import not_the_speaker
from newsevents.record import Party, Quote, Span, Speaker


def _doc(build_doc):
    # '"She backed me," Ruiz said.' (quotation marks left out of the parse: the quote gives the span)
    return rows_doc(build_doc, [("She", "she", "PRON", "PRP", "nsubj", 1), ("backed", "back", "VERB", "VBD", "ccomp", 4),
                                ("me", "I", "PRON", "PRP", "dobj", 1), ("Ruiz", "ruiz", "PROPN", "NNP", "nsubj", 4),
                                ("said", "say", "VERB", "VBD", "ROOT", 4)])


def _quote(doc, kind: str = "direct") -> Quote:
    content = doc[0:3]
    speaker = doc[3:4]
    return Quote(id="q1", kind=kind, content=Span(start=content.start_char, end=content.end_char, text=content.text),
                 speaker=Speaker(entity="e1", start=speaker.start_char, end=speaker.end_char, text=speaker.text))


def test_a_quotation_s_she_linked_to_its_speaker_is_unlinked(build_doc) -> None:
    doc = _doc(build_doc)
    parties = [Party(entity="e1", text="She", country="USA", sector=["GOV"])]
    assert not_the_speaker(parties, [doc[0]], [_quote(doc)]) == [Party(text="She")]


def test_other_links_and_indirect_quotations_stay(build_doc) -> None:
    doc = _doc(build_doc)
    other = [Party(entity="e2", text="She", country="USA")]
    assert not_the_speaker(other, [doc[0]], [_quote(doc)]) == other
    speaker = [Party(entity="e1", text="She", country="USA")]
    assert not_the_speaker(speaker, [doc[0]], [_quote(doc, "indirect")]) == speaker
    assert not_the_speaker(speaker, [doc[0]], []) == speaker
