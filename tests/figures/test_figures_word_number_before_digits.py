"""A number written in letters right before one written in digits (``three 911 callers``, ``two 747 jets``)
counts the noun; the digits name the kind of thing (a line, a model), no figure of their own: no number is
written so (branch figcodes41; sentences of our own)."""

from __future__ import annotations


def _figures(pipeline, text: str) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.text) for f in pipeline.extract(text).figures]


def test_the_word_number_counts_the_noun_after_the_digits(pipeline) -> None:
    figures = _figures(pipeline, "Deputies arrived after three 911 callers reported smoke near the mill.")
    assert ("count", 3, "three 911 callers") in figures
    assert not any(value == 911 for _, value, _ in figures)


def test_two_jets_of_a_numbered_model(pipeline) -> None:
    figures = _figures(pipeline, "The airline will retire two 747 jets next spring.")
    assert [value for _, value, _ in figures] == [2]


def test_digits_then_a_scale_word_stay_one_number(pipeline) -> None:
    # negative: "3 million" and "three million" are numbers as written
    figures = _figures(pipeline, "The fund lost 3 million dollars and three million euros.")
    assert {value for _, value, _ in figures} == {3_000_000}
