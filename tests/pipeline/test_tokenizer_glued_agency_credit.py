"""An agency's closing credit glued by a hyphen to an article's last full stop (``..., he
said.-ABC``) is split off by the tokenizer: the stop, the hyphen and the credit are words of their
own, so the cue before them is read. Abbreviations and hyphened names are left whole."""

from __future__ import annotations

import spacy

from newsevents.pipeline import split_run_on_marks


def _words(text: str) -> list[str]:
    nlp = spacy.blank("en")
    split_run_on_marks(nlp)
    return [t.text for t in nlp.tokenizer(text)]


def test_a_credit_in_capitals_glued_to_the_last_stop_is_split_off() -> None:
    assert _words("in training, he said.-NTB") == ["in", "training", ",", "he", "said", ".", "-", "NTB"]
    assert _words("he said.-NTB\n")[:5] == ["he", "said", ".", "-", "NTB"]


def test_abbreviations_and_words_after_a_hyphen_stay_as_they_were() -> None:
    # a credit needs capitals alone after the hyphen and a small letter before the stop
    assert "U.S.-China" in _words("the U.S.-China talks")
    assert "said.-Reuters" in _words("he said.-Reuters")
    assert _words("the ex.-Minister") == [t.text for t in spacy.blank("en").tokenizer("the ex.-Minister")]
