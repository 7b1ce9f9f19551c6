"""A heading run into its sentence, found by a name written twice in a row
(``paragraphs.split_repeated_names``): which runs of words count as the name. The search was made
cheaper (speed28) with the same matches; these pin the edges of what it matches. Every text here is
invented.
"""

from __future__ import annotations

import pytest
import spacy

from newsevents.components.paragraphs import split_repeated_names

NLP = spacy.blank("en")


def _starts(text: str) -> list[str]:
    doc = split_repeated_names(NLP(text))
    return [t.text for t in doc if t.is_sent_start is True and t.i > 0]


def test_name_with_apostrophe_and_hyphen():
    assert _starts("NEW OWNER FOR O'NEILL-BRAY LTD O'Neill-Bray Ltd makes boats .")[:1] == ["O'Neill"]


def test_copies_apart_by_a_tab_or_several_spaces():
    assert _starts("About Vexmoor Mills\tVexmoor Mills is a maker of flour .") == ["Vexmoor"]
    assert _starts("SALE OF VEXMOOR MILLS   Vexmoor Mills has been sold .") == ["Vexmoor"]


def test_four_words_at_most():
    assert _starts("OUR FRIENDS AT RED HILL FARM Red Hill Farm sells eggs .") == ["Red"]
    assert _starts("ACME NORTH SEA OIL GAS Acme North Sea Oil Gas said so .") == []


@pytest.mark.parametrize("text", [
    "About Vexmoor  Mills Vexmoor Mills is a maker of flour .",  # the spaces inside differ
    "The firm's Acme Acme brand sold well .",  # no name of its own: one word in one case
    "ACME NORTHWINDS Northwind has lost its chief .",  # the second copy only part of a word
])
def test_not_the_same_words(text):
    assert _starts(text) == []
