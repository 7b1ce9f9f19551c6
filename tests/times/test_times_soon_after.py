"""``soon`` right before ``after`` or ``before`` (``soon after the storm``) tells how near another
time is: no FUTURE_REF of its own; ``soon`` alone (``will return soon``) stays one (qtp36, from
news-dev55's notes). Sentences written for these tests, parses built by hand."""

from __future__ import annotations


def test_soon_before_after_is_no_time(build_doc, times_of) -> None:
    doc = build_doc("He spoke soon after the storm .", heads=[1, 1, 3, 1, 5, 3, 1],
                    deps=["nsubj", "ROOT", "advmod", "prep", "det", "pobj", "punct"],
                    pos=["PRON", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT"], tags=["PRP", "VBD", "RB", "IN", "DT", "NN", "."])
    assert times_of(doc) == []


def test_soon_alone_stays_a_time(build_doc, times_of) -> None:
    doc = build_doc("He will return soon .", heads=[2, 2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "advmod", "punct"],
                    pos=["PRON", "AUX", "VERB", "ADV", "PUNCT"], tags=["PRP", "MD", "VB", "RB", "."])
    assert times_of(doc) == ["soon"]
