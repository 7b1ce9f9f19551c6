"""The words the places stage reads as possible small towns of the story
(``places.capitalised_untagged_words``): outside every entity, alphabetic, not all capitals, first
letter a capital. Since speed28 a word in lower case is passed over without its text being read;
the words chosen are the same. Every name here is invented."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from newsevents.components.places import capitalised_untagged_words


def _doc(words: list[str], entity: tuple[int, int] | None = None) -> Doc:
    doc = Doc(English().vocab, words=words)
    if entity is not None:
        doc.ents = [Span(doc, *entity, label="ORG")]
    return doc


def test_capitalised_words_outside_entities():
    doc = _doc(["Police", "in", "Dunmarsh", "and", "McKee", "met", "Vexcorp", "staff", "."], entity=(6, 7))
    assert capitalised_untagged_words(doc) == [0, 2, 4]


def test_lower_case_capitals_and_mixed_words_are_left_out():
    doc = _doc(["the", "NASA", "iPhone", "town", "Ébrel", "élan", "x2", "O'Hara", "."])
    assert capitalised_untagged_words(doc) == [4]  # "O'Hara" is not alphabetic


def test_empty_doc():
    assert capitalised_untagged_words(_doc([])) == []
