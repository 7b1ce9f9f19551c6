"""An agency's credit glued to a story's last full stop (``he said.-XNA``) is split from the word
before it by the tokenizer (pipeline.py ``RUN_ON_MARKS``), so the verb of saying is a word of its own
and the credit another (ents27). Sentences written for these tests."""

from __future__ import annotations


def _words(pipeline, text: str) -> list[str]:
    return [t.text for t in pipeline.nlp.tokenizer(text)]


def test_the_stop_dash_and_credit_are_split_off(pipeline) -> None:
    assert _words(pipeline, "The talks went well, he said.-XNA")[-4:] == ["said", ".", "-", "XNA"]


def test_abbreviations_and_lower_case_words_stay_whole(pipeline) -> None:
    assert "a.m.-EST" in _words(pipeline, "It starts at 9 a.m.-EST tomorrow")
    assert "well.-known" in _words(pipeline, "A well.-known case")
