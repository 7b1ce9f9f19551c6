"""Police and military title abbreviations (``Const.``, ``Cdr.``, ``Lieut.``, ``Msgr.``; actor_words.tsv
``abbreviated_title``) end no sentence before the name they title, as ``Sgt.`` and ``Cpl.`` do. Sentences
written for these tests, Docs built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.components.paragraphs import join_abbreviated_titles

VOCAB = spacy.blank("en").vocab


def _titled(title: str) -> Doc:
    # "A witness said <title> . Ivo Marr fired twice", before the parser (which would open a sentence at the name)
    words = ["A", "witness", "said", title, ".", "Ivo", "Marr", "fired", "twice"]
    doc = Doc(VOCAB, words=words, spaces=[True, True, True, False, True, True, True, True, False],
              tags=["DT", "NN", "VBD", "NNP", ".", "NNP", "NNP", "VBD", "RB"])
    return join_abbreviated_titles(doc)


def test_a_constable_s_abbreviation_ends_no_sentence() -> None:
    for title in ("Const", "Cdr", "Lieut", "Msgr", "Spc", "Pfc", "Tpr"):
        doc = _titled(title)
        assert doc[5].is_sent_start is False, title


def test_a_word_that_is_no_title_still_ends_its_sentence() -> None:
    assert _titled("Constant")[5].is_sent_start is None  # left to the parser
