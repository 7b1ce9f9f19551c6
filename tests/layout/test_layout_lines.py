"""A headline and a dateline on lines of their own end their sentences (one newline after them)."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.components.paragraphs import mark_layout_boundaries


def _starts(words: list[str]) -> list[str]:
    doc = mark_layout_boundaries(Doc(English().vocab, words=words))
    return [t.text for t in doc if t.is_sent_start and t.i > 0]


def test_headline_and_dateline_lines_are_sentences_of_their_own() -> None:
    words = ["Zentor", "buys", "two", "ferries", "\n", "March", "3", ",", "2011", "\n",
             "Dutch", "shipper", ",", "Zentor", ",", "said", "that", "it", "bought", "them", "."]
    assert _starts(words) == ["March", "Dutch"]


def test_a_line_wrapped_inside_a_sentence_runs_on() -> None:
    # the second line is no date and not the first: a text wrapped by hand stays one sentence
    words = ["Zentor", "said", "on", "Monday", ".", "\n", "The", "firm", "will", "sell", "its",
             "Baltic", "\n", "Ferries", "unit", "to", "a", "rival", "."]
    assert _starts(words) == []
    # a first line that ends with a comma is no headline
    assert _starts(["Zentor", ",", "\n", "Dutch", "shipper", ",", "said", "."]) == []
