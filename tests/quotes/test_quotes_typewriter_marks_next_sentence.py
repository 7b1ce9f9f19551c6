"""A short quoted sentence right after a quotation and its attribution goes on with that quote
also when the quotation marks are typed as two apostrophes (''...''), the layout of many newspaper
archives (docs/quotes.md, "Interrupted quotations"). Sentences of our own."""

from __future__ import annotations

from newsevents.components.quotes import Attribution, _attribution_sentence, _short_next_sentence


def _quotes(extract, text: str) -> list[tuple[str, str | None]]:
    record = extract(text)
    return [(q.content.text, q.speaker.text if q.speaker else None) for q in record.quotes]


def test_two_apostrophes_closing_the_first_part_are_one_mark() -> None:
    assert _attribution_sentence("'' the mayor added. ")
    assert _attribution_sentence("\u201d the mayor added. ")
    assert not _attribution_sentence("'' the mayor added. And then ")


def test_short_sentence_after_the_attribution_in_typewriter_marks_is_joined(extract) -> None:
    text = "''We are not a weight on the town,'' the mayor added. ''We stay.''"
    assert _quotes(extract, text) == [
        ("We are not a weight on the town,'' the mayor added. ''We stay", "the mayor")]


def test_typewriter_marks_join_as_curly_marks_do(extract) -> None:
    typed = _quotes(extract, "''Nobody asked the farmers,'' Ann Lee said. ''Ask them.''")
    curly = _quotes(extract, "\u201cNobody asked the farmers,\u201d Ann Lee said. \u201cAsk them.\u201d")
    assert [speaker for _, speaker in typed] == [speaker for _, speaker in curly] == ["Ann Lee"]
    assert typed[0][0].endswith("Ask them")


def test_a_quotation_in_the_next_paragraph_is_not_joined(extract) -> None:
    text = "''We are not a weight on the town,'' the mayor added.\n\n''We stay.''"
    assert _quotes(extract, text)[0] == ("We are not a weight on the town", "the mayor")


def test_short_next_sentence_reads_typewriter_marks() -> None:
    text = "''We are not a weight,'' the mayor added. ''We stay.''"
    second = Attribution(content=(text.index("We stay"), text.index("We stay") + 7), cue=None, speaker=None)
    assert _short_next_sentence(text, ",'' the mayor added. ''", second)
    # a first part closed by a full stop ended its sentence: the next quotation is no part of it
    assert not _short_next_sentence(text, ".'' the mayor added. ''", second)
