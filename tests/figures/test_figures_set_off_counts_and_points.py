"""A bare count set off by dashes after its counted noun (``the fewest delegates — 14 in all — at
stake``) counts that noun; ``0.2 percentage points`` is a change of a share (percent), no count of
points. quotes31, from news-dev45's figure classes; sentences written for these tests."""

from __future__ import annotations

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import packaged_words


def _figures(doc) -> list[tuple[str, object, str | None, str]]:
    return [(f.kind, f.value, f.about, f.text) for f in find_figures(doc, packaged_words())]


def _delegates(build_doc, closing: str):
    # "The island had the fewest delegates — 14 in all <closing> at stake ."
    return build_doc(f"The island had the fewest delegates — 14 in all {closing} at stake .",
                     heads=[1, 2, 2, 5, 5, 2, 5, 5, 7, 8, 5, 2, 11, 2],
                     deps=["det", "nsubj", "ROOT", "det", "amod", "dobj", "punct", "appos", "prep", "pobj", "punct",
                           "prep", "pobj", "punct"],
                     pos=["DET", "PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT", "NUM", "ADP", "DET", "PUNCT", "ADP",
                          "NOUN", "PUNCT"],
                     tags=["DT", "NNP", "VBD", "DT", "JJS", "NNS", ":", "CD", "IN", "DT", ":", "IN", "NN", "."],
                     lemmas=["the", "island", "have", "the", "few", "delegate", "—", "14", "in", "all", closing, "at",
                             "stake", "."])


def test_a_count_set_off_by_dashes_counts_the_noun_before(build_doc) -> None:
    assert _figures(_delegates(build_doc, "—")) == [("count", 14, "delegate", "14")]


def test_without_the_closing_dash_no_count(build_doc) -> None:
    # "— 14 in all , at stake": no pair of dashes sets the number off
    assert _figures(_delegates(build_doc, ",")) == []


def test_percentage_points_are_a_percent(build_doc) -> None:
    doc = build_doc("Her lead grew by about 0.2 percentage points .",
                    heads=[1, 2, 2, 2, 5, 7, 7, 3, 2], deps=["poss", "nsubj", "ROOT", "prep", "advmod", "nummod",
                                                           "compound", "pobj", "punct"],
                    pos=["PRON", "NOUN", "VERB", "ADP", "ADV", "NUM", "NOUN", "NOUN", "PUNCT"],
                    tags=["PRP$", "NN", "VBD", "IN", "RB", "CD", "NN", "NNS", "."])
    assert _figures(doc) == [("percent", 0.2, None, "about 0.2 percentage points")]
