"""qtp37 (figure classes of news-dev58 and news-dev60, on sentences of our own): a written fraction
before ``a dozen``/``a million`` takes that share of it; a bare number with no noun after it counts
what the text named before when it is the object of ``among`` or the whole of a part (``N of the M``)."""

from __future__ import annotations

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import load_words


def _figures(doc):
    return [(f.text, f.value, f.kind) for f in find_figures(doc, load_words())]


def test_half_a_dozen_is_six_and_half_a_million_half_of_it(build_doc) -> None:
    doc = build_doc("Only half a dozen farmers came and half a million sheep stayed",
                    heads=[4, 4, 4, 4, 5, 6, 6, 10, 10, 10, 11, 6],
                    deps=["advmod", "quantmod", "quantmod", "nummod", "nsubj", "ROOT", "cc", "quantmod", "quantmod",
                          "nummod", "nsubj", "conj"],
                    pos=["ADV", "ADJ", "DET", "NUM", "NOUN", "VERB", "CCONJ", "ADJ", "DET", "NUM", "NOUN", "VERB"],
                    tags=["RB", "PDT", "DT", "CD", "NNS", "VBD", "CC", "PDT", "DT", "CD", "NNS", "VBD"])
    found = _figures(doc)
    assert ("Only half a dozen farmers", 6, "count") in found
    assert ("half a million sheep", 500000, "count") in found


def test_a_dozen_alone_stays_twelve(build_doc) -> None:
    doc = build_doc("A dozen farmers came",
                    heads=[1, 2, 3, 3], deps=["quantmod", "nummod", "nsubj", "ROOT"],
                    pos=["DET", "NUM", "NOUN", "VERB"], tags=["DT", "CD", "NNS", "VBD"])
    assert _figures(doc) == [("A dozen farmers", 12, "count")]


def test_a_bare_number_after_among_counts_the_set(build_doc) -> None:
    # the parser's misreading of the contact clause kept: "the navy" hangs on the verb
    doc = build_doc("The boats were among 40 the navy sold",
                    heads=[1, 2, 2, 2, 3, 6, 2, 6], deps=["det", "nsubj", "ROOT", "prep", "pobj", "det", "attr", "acl"],
                    pos=["DET", "NOUN", "AUX", "ADP", "NUM", "DET", "NOUN", "VERB"],
                    tags=["DT", "NNS", "VBD", "IN", "CD", "DT", "NN", "VBN"])
    assert ("40", 40, "count") in _figures(doc)


def test_the_part_of_a_bare_whole_is_a_count(build_doc) -> None:
    doc = build_doc("he said that 12 of the 19 hold secret data",
                    heads=[1, 1, 7, 7, 3, 6, 4, 1, 9, 7],
                    deps=["nsubj", "ROOT", "mark", "nsubj", "prep", "det", "pobj", "ccomp", "amod", "dobj"],
                    pos=["PRON", "VERB", "SCONJ", "NUM", "ADP", "DET", "NUM", "VERB", "ADJ", "NOUN"],
                    tags=["PRP", "VBD", "IN", "CD", "IN", "DT", "CD", "VBP", "JJ", "NN"])
    assert ("12", 12, "count") in _figures(doc)


def test_a_part_of_a_whole_with_its_noun_still_counts_the_noun(build_doc) -> None:
    doc = build_doc("Five of the 20 boats sank",
                    heads=[5, 0, 4, 4, 1, 5], deps=["nsubj", "prep", "det", "nummod", "pobj", "ROOT"],
                    pos=["NUM", "ADP", "DET", "NUM", "NOUN", "VERB"], tags=["CD", "IN", "DT", "CD", "NNS", "VBD"])
    assert ("Five of the 20 boats", 5, "count") in _figures(doc)
