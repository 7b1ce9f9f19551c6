"""Which words are initials for ``join_middle_initials`` (read by orth id since speed28, with the same
answers as the text pattern it replaced): one capital letter A to Z and a period, nothing else. Every
name here is invented."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.components.paragraphs import join_middle_initials


def _surname_joined(initial: str) -> bool:
    doc = Doc(English().vocab, words=["Judge", "Carla", initial, "Okafor", "spoke", "."],
              tags=["NNP", "NNP", "NNP", "NNP", "VBD", "."])
    return join_middle_initials(doc)[3].is_sent_start is False


@pytest.mark.parametrize("initial", ["A.", "T.", "Z."])
def test_a_capital_and_a_period_is_an_initial(initial):
    assert _surname_joined(initial)


@pytest.mark.parametrize("initial", ["t.", "Th.", "T", "É.", "T.."])
def test_other_words_are_no_initials(initial):
    assert not _surname_joined(initial)


def test_initials_at_the_edges_of_the_text_are_skipped():
    doc = Doc(English().vocab, words=["T.", "Okafor", "met", "Carla", "K."], tags=["NNP", "NNP", "VBD", "NNP", "NNP"])
    assert [t.is_sent_start for t in join_middle_initials(doc)][1:] == [None, None, None, None]
