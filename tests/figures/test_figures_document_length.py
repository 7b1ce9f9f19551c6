"""A number hyphened to a part of a document (issue 15, session 29, branch qe33; news-dev50's class table): "the
31-page agreement" counts pages, while other hyphened units stay properties ("a 300-seat ferry"). Sentences
written for these tests."""

from __future__ import annotations


def _counts(extract, text):
    record = extract(text, published="2024-03-12")
    return {(f.value, f.about, f.text) for f in record.figures if f.kind == "count"}


def test_a_number_hyphened_to_pages_or_words_counts_them(extract) -> None:
    counts = _counts(extract, "The council published a 48-page report and a 900-word summary on Monday.")
    assert (48, "page", "48-page") in counts
    assert (900, "word", "900-word") in counts


def test_other_hyphened_units_stay_properties(extract) -> None:
    assert _counts(extract, "The yard launched a 300-seat ferry for the island council on Monday.") == set()
