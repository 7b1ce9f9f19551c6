"""Figures of branch qtp36 (issue 15, from news-dev56's figure classes): a number with a scale word
standing alone after a colon or a dash is a count (``... got in the 2010 race: 3.1 million.``,
``more than 4 million votes - 4.2 million to be exact``); a share is a share even when the
recogniser ran it into a name (``led Roe 52 percent to 40 percent`` with ``Roe 52 percent to``
read as a body). Sentences written for these tests, parses built by hand."""

from __future__ import annotations

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import packaged_words


def _figures(doc) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.text) for f in find_figures(doc, packaged_words())]


def _after_colon(build_doc):
    # "Jones got in the race : 3.1 million ." (a colon announcing the count)
    return build_doc(
        "Jones got in the race : 3.1 million .",
        heads=[1, 1, 1, 4, 2, 1, 7, 1, 1],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct", "compound", "dobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "NUM", "NUM", "PUNCT"],
        tags=["NNP", "VBD", "IN", "DT", "NN", ":", "CD", "CD", "."],
    )


def test_a_scaled_number_after_a_colon_is_a_count(build_doc) -> None:
    assert _figures(_after_colon(build_doc)) == [("count", 3100000, "3.1 million")]


def test_a_bare_number_after_a_colon_stays_no_figure_without_a_scale_word(build_doc) -> None:
    doc = build_doc(
        "Jones got in the race : 31 .",
        heads=[1, 1, 1, 4, 2, 1, 1, 1],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct", "dobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "NUM", "PUNCT"],
        tags=["NNP", "VBD", "IN", "DT", "NN", ":", "CD", "."],
    )
    assert _figures(doc) == []


def test_a_scaled_number_restating_the_one_before_a_dash_is_a_count(build_doc) -> None:
    # "Smith got more than 4 million votes - 4.2 million to be exact ."
    doc = build_doc(
        "Smith got more than 4 million votes - 4.2 million to be exact .",
        heads=[1, 1, 3, 5, 5, 6, 1, 6, 9, 6, 11, 9, 11, 1],
        deps=["nsubj", "ROOT", "amod", "quantmod", "compound", "nummod", "dobj", "punct", "compound", "appos",
              "aux", "relcl", "acomp", "punct"],
        pos=["PROPN", "VERB", "ADJ", "ADP", "NUM", "NUM", "NOUN", "PUNCT", "NUM", "NUM", "PART", "AUX", "ADJ",
             "PUNCT"],
        tags=["NNP", "VBD", "JJR", "IN", "CD", "CD", "NNS", ":", "CD", "CD", "TO", "VB", "JJ", "."],
    )
    assert ("count", 4200000, "4.2 million") in _figures(doc)


def test_a_share_run_into_a_name_is_still_a_share(build_doc) -> None:
    words = "Lee led Roe 52 percent to 40 percent ."
    doc = build_doc(
        words,
        heads=[1, 1, 4, 4, 1, 1, 7, 5, 1],
        deps=["nsubj", "ROOT", "nmod", "nummod", "dobj", "prep", "nummod", "pobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "NUM", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "CD", "NN", "IN", "CD", "NN", "."],
        ents=["B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PERCENT", "I-PERCENT", "O"],
    )
    assert [(kind, value) for kind, value, _ in _figures(doc)] == [("percent", 52), ("percent", 40)]
    # a number inside a name with no share word after it stays no figure ("Roe 52 Group")
    doc = build_doc(
        "Lee led Roe 52 Group .",
        heads=[1, 1, 4, 4, 1, 1], deps=["nsubj", "ROOT", "compound", "nummod", "dobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "NUM", "PROPN", "PUNCT"], tags=["NNP", "VBD", "NNP", "CD", "NNP", "."],
        ents=["B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert _figures(doc) == []



def test_a_number_before_times_and_a_determiner_or_comparative_is_a_multiple(build_doc) -> None:
    # "Attendance was five times the number ." ("times" hung on the number, as the model parses it)
    doc = build_doc(
        "Attendance was five times the number .",
        heads=[1, 1, 5, 2, 5, 1, 1], deps=["nsubj", "ROOT", "nummod", "quantmod", "det", "attr", "punct"],
        pos=["NOUN", "AUX", "NUM", "NOUN", "DET", "NOUN", "PUNCT"], tags=["NN", "VBD", "CD", "NNS", "DT", "NN", "."],
    )
    assert _figures(doc) == []
    doc = build_doc(
        "Four times as many people came .",
        heads=[1, 5, 3, 4, 5, 5, 5], deps=["nummod", "npadvmod", "advmod", "amod", "nsubj", "ROOT", "punct"],
        pos=["NUM", "NOUN", "ADV", "ADJ", "NOUN", "VERB", "PUNCT"], tags=["CD", "NNS", "RB", "JJ", "NNS", "VBD", "."],
    )
    assert _figures(doc) == []
    # "He won five times this year ." : occasions within a time, a count
    doc = build_doc(
        "He won five times this year .",
        heads=[1, 1, 3, 1, 5, 1, 1], deps=["nsubj", "ROOT", "nummod", "npadvmod", "det", "npadvmod", "punct"],
        pos=["PRON", "VERB", "NUM", "NOUN", "DET", "NOUN", "PUNCT"], tags=["PRP", "VBD", "CD", "NNS", "DT", "NN", "."],
        ents=["O", "O", "O", "O", "B-DATE", "I-DATE", "O"],
    )
    assert [(kind, value) for kind, value, _ in _figures(doc)] == [("count", 5)]
