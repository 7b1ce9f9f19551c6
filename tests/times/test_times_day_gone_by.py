"""A month and day with no year that the nearest year would put after the publication day, told as the time of
a verb in the simple past with no auxiliary, is the last such day gone by (codes45); with an auxiliary
(``was set for``, ``would end``) or in the present the nearest reading stays. Sentences written for these tests,
parses built by hand."""

from __future__ import annotations

import datetime as dt

from newsevents.components.times import _day_gone_by
from newsevents.temporal.normalise import Timex

ANCHOR = dt.date(2021, 3, 10)
AHEAD = Timex("DATE", "2021-06-30")


def _season(build_doc, verb: str, lemma: str, tag: str, aux: str | None = None):
    # "The season , which [aux] <verb> June 30 , was long ."
    words = ["The", "season", ",", "which"] + ([aux] if aux else []) + [verb, "June", "30", ",", "was", "long", "."]
    k = 1 if aux else 0
    v = 4 + k
    heads = [1, 9 + k, 1, v] + ([v] if aux else []) + [1, v, v + 1, 1, 9 + k, 9 + k, 9 + k]
    deps = ["det", "nsubj", "punct", "nsubj"] + (["aux"] if aux else []) + [
        "relcl", "npadvmod", "nummod", "punct", "ROOT", "acomp", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PRON"] + (["AUX"] if aux else []) + [
        "VERB", "PROPN", "NUM", "PUNCT", "AUX", "ADJ", "PUNCT"]
    tags = ["DT", "NN", ",", "WDT"] + (["MD"] if aux else []) + [tag, "NNP", "CD", ",", "VBD", "JJ", "."]
    lemmas = ["the", "season", ",", "which"] + ([aux] if aux else []) + [lemma, "June", "30", ",", "be", "long", "."]
    doc = build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    return doc[v + 1:v + 3]


def test_a_day_told_in_the_simple_past_has_gone_by(build_doc) -> None:
    assert _day_gone_by(_season(build_doc, "closed", "close", "VBD"), AHEAD, ANCHOR)


def test_negative_a_day_told_in_the_present_or_with_a_modal_stays_ahead(build_doc) -> None:
    assert not _day_gone_by(_season(build_doc, "closes", "close", "VBZ"), AHEAD, ANCHOR)
    assert not _day_gone_by(_season(build_doc, "close", "close", "VB", aux="would"), AHEAD, ANCHOR)


def test_negative_a_day_already_before_publication_is_left(build_doc) -> None:
    assert not _day_gone_by(_season(build_doc, "closed", "close", "VBD"), Timex("DATE", "2021-02-28"), ANCHOR)


def _closed_in(build_doc, year: str):
    # "It closed June 30 , in <year> ."
    doc = build_doc(f"It closed June 30 , in {year} .", heads=[1, 1, 1, 2, 1, 1, 5, 1],
                    deps=["nsubj", "ROOT", "npadvmod", "nummod", "punct", "prep", "pobj", "punct"],
                    pos=["PRON", "VERB", "PROPN", "NUM", "PUNCT", "ADP", "NUM", "PUNCT"],
                    tags=["PRP", "VBD", "NNP", "CD", ",", "IN", "CD", "."],
                    lemmas=["it", "close", "June", "30", ",", "in", year, "."])
    return doc[2:4]


def test_a_year_the_sentence_names_anchors_the_day_gone_by(build_doc) -> None:
    assert _day_gone_by(_closed_in(build_doc, "2020"), AHEAD, ANCHOR)
    # another year named: the day is that year's event, not the one gone by (left to the nearest reading)
    assert not _day_gone_by(_closed_in(build_doc, "2021"), AHEAD, ANCHOR)
