"""A dateline with no date (a town in capitals before a dash) at a paragraph's start, or right after the paragraph's
first sentence when a page repeats its headline there, is where the story was filed (paragraphs.dateline_before);
one after a later sentence, or a word of a heading, is none. Sentences of our own; blank tokenizer Docs."""

from __future__ import annotations

import spacy

from newsevents.components.paragraphs import dateline_before

NLP = spacy.blank("en")


def _dateline(text: str) -> str | None:
    doc = NLP(text)
    dash = next(t.i for t in doc if t.text in {"-", "--", "\u2013", "\u2014"})
    found = dateline_before(doc, dash)
    return doc[found[0]:found[1]].text if found else None


def test_a_dateline_at_a_paragraphs_start() -> None:
    assert _dateline("Storm closes school\n\nNORWALK \u2014 High winds tore the roof off a school.") == "NORWALK"


def test_a_dateline_after_the_repeated_headline() -> None:
    assert _dateline("Storm closes school\n\nStorm closes school. NORWALK \u2013 High winds tore the roof off.") == "NORWALK"


def test_negative_a_capital_word_after_a_later_sentence() -> None:
    assert _dateline("Storm closes school\n\nWinds rose. Roofs fell. NORWALK \u2013 High winds tore it.") is None


def test_negative_a_headings_word() -> None:
    assert _dateline("Storm closes school\n\nUPDATE \u2014 High winds tore the roof off a school.") is None


def test_a_dateline_town_with_an_abbreviated_saint() -> None:
    # "ST." is the short form inside the town's name, not the stop of a sentence (codes45)
    assert _dateline("Storm closes school\n\nST. HENRY \u2014 High winds tore the roof off a school.") == "ST. HENRY"
    assert _dateline("Storm closes school\n\nStorm closes school. FT. WAYNE \u2014 High winds tore it.") == "FT. WAYNE"
