"""speed16b: the shared per-Doc helpers that spare the stages repeated work (no model involved).

``doc_sentences`` gives ``doc.sents`` once per Doc.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.docquery import doc_sentences


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    return spacy.blank("en").vocab


def two_sentences(vocab: Vocab) -> Doc:
    # "Rain fell . Crews waited ." segmented by hand
    return Doc(vocab, words=["Rain", "fell", ".", "Crews", "waited", "."],
               sent_starts=[True, False, False, True, False, False])


def test_doc_sentences_are_the_docs_sentences(vocab: Vocab) -> None:
    doc = two_sentences(vocab)
    found = doc_sentences(doc)
    assert [(s.start, s.end) for s in found] == [(s.start, s.end) for s in doc.sents] == [(0, 3), (3, 6)]


def test_doc_sentences_made_once_per_doc(vocab: Vocab) -> None:
    doc = two_sentences(vocab)
    assert doc_sentences(doc) is doc_sentences(doc)  # the same list: the stages share it
    other = two_sentences(vocab)
    assert doc_sentences(other) is not doc_sentences(doc)  # each Doc its own


def test_doc_sentences_unsegmented_doc_raises_like_sents(vocab: Vocab) -> None:
    doc = Doc(vocab, words=["Rain", "fell"])
    with pytest.raises(ValueError):
        doc_sentences(doc)
    doc[1].is_sent_start = False  # segmented afterwards: nothing stale was kept
    assert [(s.start, s.end) for s in doc_sentences(doc)] == [(0, 2)]

