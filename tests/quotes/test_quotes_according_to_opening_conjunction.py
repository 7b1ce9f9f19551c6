"""A conjunction opening a sentence attributed by "according to" is the reporter's link to the
sentence before, no word of the source's: the content starts after it, as it does for verbs of
saying (docs/quotes.md, "according to X"). Sentences of our own."""

from __future__ import annotations


def _contents(extract, text: str) -> list[str]:
    return [q.content.text for q in extract(text).quotes if q.cue is not None and q.cue.text.startswith("according")]


def test_and_opening_the_sentence_is_no_part_of_the_content(extract) -> None:
    text = "Rents rose again in May. And turnout fell sharply in the north, according to the county's own survey."
    assert _contents(extract, text) == ["turnout fell sharply in the north"]


def test_but_before_a_phrase_set_off_inside_the_sentence(extract) -> None:
    text = "The vote was close. But the mayor, according to two aides, had planned to resign."
    assert _contents(extract, text) == ["the mayor, according to two aides, had planned to resign"]


def test_a_sentence_without_a_conjunction_keeps_its_first_word(extract) -> None:
    text = "Turnout fell sharply in the north, according to the county's own survey."
    assert _contents(extract, text) == ["Turnout fell sharply in the north"]
