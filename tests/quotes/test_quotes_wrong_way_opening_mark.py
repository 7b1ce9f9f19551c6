"""A closing mark typed to open a quotation at a paragraph's start (issue 15, session 29, branch qe33;
news-dev49's class table): '” … in the end, the vote was fair,” wrote the paper.' is a direct quotation.
Texts written for these tests."""

from __future__ import annotations

from newsevents.components.quotes import find_quote_spans


def _inner(text: str) -> list[str]:
    return [text[slice(*s.inner)] for s in find_quote_spans(text)]


def test_a_paragraph_opened_by_a_closing_mark_and_an_ellipsis_is_a_quotation() -> None:
    text = "The count ended late.\n\n” … in the end, the vote was fair,” wrote the Daily Example."
    assert _inner(text) == [" … in the end, the vote was fair,"]


def test_a_paragraph_opened_by_a_closing_mark_before_a_word_is_a_quotation() -> None:
    text = "The count ended late.\n”The vote was fair,” the clerk said."
    assert _inner(text) == ["The vote was fair,"]


def test_a_closing_mark_inside_a_line_still_closes() -> None:
    text = "“The vote was fair,” the clerk said. “We counted twice.”"
    assert _inner(text) == ["The vote was fair,", "We counted twice."]


def test_the_pipeline_makes_it_a_direct_quote(extract) -> None:
    text = ("Voters in Riverton chose a new mayor on Tuesday.\n\n"
            "” … in the end, the vote was fair,” wrote the Riverton Gazette.")
    quotes = extract(text, published="2024-03-12").quotes
    assert [(q.kind, q.content.text.strip(" …,")) for q in quotes] == [("direct", "in the end, the vote was fair")]
