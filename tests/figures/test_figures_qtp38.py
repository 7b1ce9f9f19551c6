"""Figures of branch qtp38 (issue 15, from news-dev61/63/64's figure classes): bare counts whose noun
stands elsewhere -- an audience's size after ``of`` and a number joined to it by ``and`` (``followings
of more than 45 million and 12 million``), a scaled number after ``comes in at`` (and the gapped
clause after it), a number named as such (``the magic number of 1,234 needed to ...``), and a number
standing alone as a paragraph with the next one saying what it counts. Sentences written for these
tests, parses built by hand where a rule reads the parse."""

from __future__ import annotations

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import packaged_words


def _figures(doc) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.text) for f in find_figures(doc, packaged_words())]


def _followings(build_doc, noun: str):
    return build_doc(
        f"The band built {noun} of more than 45 million and 12 million .",
        heads=[1, 2, 2, 2, 3, 8, 8, 8, 4, 8, 11, 8, 2],
        deps=["det", "nsubj", "ROOT", "dobj", "prep", "amod", "quantmod", "compound", "pobj", "cc", "compound", "conj",
              "punct"],
        pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "ADJ", "ADP", "NUM", "NUM", "CCONJ", "NUM", "NUM", "PUNCT"],
        tags=["DT", "NN", "VBD", "NNS", "IN", "JJR", "IN", "CD", "CD", "CC", "CD", "CD", "."],
        lemmas=["the", "band", "build", "following" if noun == "followings" else noun, "of", "more", "than", "45",
                "million", "and", "12", "million", "."],
    )


def test_an_audience_size_and_the_number_joined_to_it_are_counts(build_doc) -> None:
    assert _figures(_followings(build_doc, "followings")) == [
        ("count", 45000000, "more than 45 million"), ("count", 12000000, "12 million")]
    # a noun that names no group counted: no figure (the words could be money, votes, anything)
    assert _figures(_followings(build_doc, "debts")) == []


def _comes_in(build_doc, verb: str, lemma: str):
    return build_doc(
        f"Hers {verb} in at 34.6 million and his at 31 million .",
        heads=[1, 1, 1, 1, 5, 3, 1, 1, 7, 10, 8, 1],
        deps=["nsubj", "ROOT", "prt", "prep", "compound", "pobj", "cc", "conj", "prep", "compound", "pobj", "punct"],
        pos=["PRON", "VERB", "ADP", "ADP", "NUM", "NUM", "CCONJ", "PRON", "ADP", "NUM", "NUM", "PUNCT"],
        tags=["PRP", "VBZ", "RP", "IN", "CD", "CD", "CC", "PRP", "IN", "CD", "CD", "."],
        lemmas=["hers", lemma, "in", "at", "34.6", "million", "and", "his", "at", "31", "million", "."],
    )


def test_a_scaled_number_a_total_comes_in_at_is_a_count(build_doc) -> None:
    assert _figures(_comes_in(build_doc, "comes", "come")) == [
        ("count", 34600000, "34.6 million"), ("count", 31000000, "31 million")]
    # "looks in at": no verb of reaching a level
    assert _figures(_comes_in(build_doc, "looks", "look")) == []


def _named_number(build_doc, noun: str):
    return build_doc(
        f"She is short of the magic {noun} of 1,234 needed to win .",
        heads=[1, 1, 1, 2, 6, 6, 3, 6, 7, 8, 11, 9, 1],
        deps=["nsubj", "ROOT", "acomp", "prep", "det", "amod", "pobj", "prep", "pobj", "acl", "aux", "xcomp", "punct"],
        pos=["PRON", "AUX", "ADJ", "ADP", "DET", "ADJ", "NOUN", "ADP", "NUM", "VERB", "PART", "VERB", "PUNCT"],
        tags=["PRP", "VBZ", "JJ", "IN", "DT", "JJ", "NN", "IN", "CD", "VBN", "TO", "VB", "."],
    )


def test_the_number_of_a_bare_number_is_a_count(build_doc) -> None:
    assert _figures(_named_number(build_doc, "number")) == [("count", 1234, "1,234")]
    assert _figures(_named_number(build_doc, "word")) == []


def test_a_number_alone_as_a_paragraph_is_what_the_next_one_counts(pipeline) -> None:
    text = ("Figures from the flood season\n\nThe rains were heavy this year.\n\n60.\n\n"
            "The number of rivers that burst their banks, according to the agency.\n\n1,200.\n\n"
            "The number of homes the water reached in the valley.")
    figures = [(f.kind, f.value, f.text) for f in pipeline.extract(text, published="2021-06-01").figures]
    assert ("count", 60, "60") in figures and ("count", 1200, "1,200") in figures
    # the next paragraph says nothing of a number: no figure
    text = "Figures from the flood season\n\nThe rains were heavy this year.\n\n60.\n\nThe rivers burst their banks."
    assert not [f for f in pipeline.extract(text, published="2021-06-01").figures if f.value == 60]
