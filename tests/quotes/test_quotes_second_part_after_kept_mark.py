"""A quotation after its attribution sentence goes on with the speaker's quote when the first part
ends with a closing mark its content keeps: the mark of a quotation inside the quotation, or the
mark of a quoted fragment that ends a mixed quote (docs/quotes.md, "Interrupted quotations").
Sentences of our own."""

from __future__ import annotations

from newsevents.components.quotes import _before_kept_closing_mark, _split_by_attribution


def _quotes(extract, text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None) for q in extract(text).quotes]


def test_the_gap_starts_at_the_comma_before_a_kept_closing_mark() -> None:
    text = "\u201cYou say you \u2018accept it,\u2019\u201d Ann Lee said."
    assert _before_kept_closing_mark(text, text.index("\u201d")) == text.index(",\u2019")
    plain = "\u201cWe accept it,\u201d Ann Lee said."
    assert _before_kept_closing_mark(plain, plain.index(",")) == plain.index(",")


def test_two_closing_marks_before_the_attribution_split_it_as_one() -> None:
    assert _split_by_attribution(",\u2019\u201d Ann Lee said. \u201c") == "sentence"
    assert _split_by_attribution(",\u2019\u201d Ann Lee said, \u201c") == "comma"
    assert _split_by_attribution(",\u2019\u201d Ann Lee said. He paused. \u201c") is None


def test_a_quotation_ending_with_a_quotation_inside_it_goes_on_after_the_attribution(extract) -> None:
    text = ("\u201cYou say you \u2018accept the blame, and it was the fault of those clerks,\u2019\u201d Ann Lee said. "
            "\u201cThat is not accepting the blame.\u201d")
    assert _quotes(extract, text) == [("direct", text[1:text.rindex(".")], "Ann Lee")]


def test_a_mixed_quote_goes_on_with_the_quoted_sentence_after_its_attribution(extract) -> None:
    text = "The plan achieved \u201ctoo little,\u201d she added on Twitter. \u201cWithout changing course, the town risks a lot.\u201d"
    assert _quotes(extract, text) == [("mixed", text[:text.rindex(".")], "she")]


def test_in_the_next_paragraph_the_quotation_stays_a_quote_of_its_own(extract) -> None:
    text = "The plan achieved \u201ctoo little,\u201d she added on Twitter.\n\n\u201cWithout changing course, the town risks a lot.\u201d"
    found = _quotes(extract, text)
    assert [kind for kind, _, _ in found] == ["mixed", "direct"]
    assert found[0][1] == "The plan achieved \u201ctoo little,\u201d"
