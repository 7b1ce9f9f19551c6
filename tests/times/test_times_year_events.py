"""Branch tp39 (bbc-dev2's residual time): a year-shaped number right before a plural noun of contests
held once in a year (``yearevent`` of time_words.tsv: ``the 2007 elections``) is a year, while before
another plural noun it still counts it (``1500 homes``). Hand-built Docs of sentences written for
these tests; none is taken from a corpus."""

from __future__ import annotations

from spacy.tokens import Doc


def _doc(pipeline, rows: list[tuple]) -> Doc:
    words, tags, pos, heads, deps = (list(x) for x in zip(*rows, strict=True))
    return Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps,
               lemmas=[w.lower() for w in words], sent_starts=[True] + [False] * (len(words) - 1))


def _lost(noun: str) -> list[tuple]:
    # She lost the 2019 <noun> .
    return [("She", "PRP", "PRON", 1, "nsubj"), ("lost", "VBD", "VERB", 1, "ROOT"), ("the", "DT", "DET", 4, "det"),
            ("2019", "CD", "NUM", 4, "nummod"), (noun, "NNS", "NOUN", 1, "dobj"), (".", ".", "PUNCT", 1, "punct")]


def test_a_year_before_a_plural_of_contests_is_a_year(pipeline, times_of) -> None:
    assert times_of(_doc(pipeline, _lost("elections"))) == ["2019"]
    assert times_of(_doc(pipeline, _lost("playoffs"))) == ["2019"]


def test_a_number_before_another_plural_still_counts_it(pipeline, times_of) -> None:
    assert times_of(_doc(pipeline, _lost("homes"))) == []
