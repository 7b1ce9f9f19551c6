"""Two shares written as a score with a hyphen or an en dash (``a 58%-31% lead``) are split by the
tokenizer into two numbers, each before its own ``%``: spaCy keeps ``58%-31`` one word otherwise, so
neither share is a number. Sentences of our own; a range of numbers before one sign stays as it was."""

from __future__ import annotations

import spacy

from newsevents.pipeline import split_run_on_marks


def _words(text: str) -> list[str]:
    nlp = spacy.blank("en")
    split_run_on_marks(nlp)
    return [t.text for t in nlp.tokenizer(text)]


def test_a_score_of_two_shares_is_four_words_and_a_dash() -> None:
    assert _words("Her 58%-31% edge over the mayor") == ["Her", "58", "%", "-", "31", "%", "edge", "over", "the", "mayor"]
    assert _words("the plan won 52%\u201348% on Tuesday")[2:8] == ["won", "52", "%", "\u2013", "48", "%"]


def test_a_range_before_one_sign_stays_as_it_was() -> None:
    blank = spacy.blank("en").tokenizer
    for text in ("rates of 5-10% a year", "up 5%.", "a 12.5% cut"):
        assert _words(text) == [t.text for t in blank(text)]
