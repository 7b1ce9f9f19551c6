"""A verb of asking or telling right after a quotation's closing mark, with no subject of its own and a
noun phrase after it that ends the sentence, is a credit in inverted order: the noun phrase is the
speaker (``"Are you lost?" asks the guard.``), not the one addressed, who comes after a subject
(``she asked the guard``). The READ half's news-dev21 miss. Sentences written for these tests; the
model's pipeline."""

from __future__ import annotations


def _quotes(extract, text: str) -> list[tuple[str, str | None, str | None]]:
    record = extract(text, published="2024-06-05")
    return [(q.content.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
            for q in record.quotes]


def test_the_noun_phrase_after_an_inverted_asking_verb_is_the_speaker(extract) -> None:
    quotes = _quotes(extract, 'A man arrives at the station, tired and cold. "Are you lost?" asks the guard.')
    assert ("Are you lost?", "asks", "the guard") in quotes


def test_the_one_asked_after_a_subject_is_no_speaker(extract) -> None:
    quotes = _quotes(extract, '"Are you lost?" she asked the guard.')
    assert ("Are you lost?", "asked", "she") in quotes
