"""A quotation continued after a credit that ends in a clause with a quote of its own (issue 15, session 29,
branch qe33; news-dev50's class table): '"We will fix the roads," Ann Moore said at a rally, an hour after
networks declared her the winner. "Nobody will stop us."' -- the second quotation is hers, not the networks'.
Sentences written for these tests."""

from __future__ import annotations


def _quotes(extract, text: str) -> list[tuple[str, str, str | None]]:
    record = extract(text, published="2024-06-05")
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None) for q in record.quotes]


def test_the_quotation_after_the_credit_goes_on_with_the_first_speaker(extract) -> None:
    text = ('"We will fix the roads," Ann Moore said at a rally in Dayton, an hour after television networks '
            'declared her the winner. "Nobody will stop us."')
    quotes = _quotes(extract, text)
    assert ("direct", "Nobody will stop us", "Ann Moore") in quotes
    assert ("indirect", "her the winner", "television networks") in quotes


def test_a_quote_after_a_plain_indirect_quote_still_takes_its_speaker(extract) -> None:
    text = 'Ann Moore told reporters in Dayton that the roads would be fixed. "Nobody will stop us."'
    assert ("direct", "Nobody will stop us", "Ann Moore") in _quotes(extract, text)
