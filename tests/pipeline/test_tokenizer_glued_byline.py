"""A writer's byline after a double dash glued to a brief's last stop or closing quotation mark (``...
wounded.--Ann Lee.``, ``... in Peru."--Ann Lee.``) is split off by the tokenizer: the stop, the mark, the
dash and the name are words of their own (branch codes40; sentences of our own). spaCy splits a double
dash between two letters already; a dash inside a sentence stays as it was."""

from __future__ import annotations

import spacy

from newsevents.pipeline import split_run_on_marks


def _words(text: str) -> list[str]:
    nlp = spacy.blank("en")
    split_run_on_marks(nlp)
    return [t.text for t in nlp.tokenizer(text)]


def test_a_byline_glued_to_a_stop_is_split_off() -> None:
    assert _words("and nine were wounded.--Ann Lee.") == ["and", "nine", "were", "wounded", ".", "--", "Ann", "Lee", "."]


def test_a_byline_glued_to_a_closing_quotation_mark_is_split_off() -> None:
    assert _words('she said was "the best in Peru."--Ann Lee.')[-7:] == ["Peru", ".", '"', "--", "Ann", "Lee", "."]
    assert _words("the best in Peru.\u201d--Ann Lee.")[-7:] == ["Peru", ".", "\u201d", "--", "Ann", "Lee", "."]


def test_dashes_inside_a_sentence_stay_as_they_were() -> None:
    blank = spacy.blank("en").tokenizer
    for text in ("it was a long day--and night.", "a score of 3--2 at home", "the well-known--if late--reply"):
        assert _words(text) == [t.text for t in blank(text)]
