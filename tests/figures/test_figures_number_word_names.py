"""A number word written with a capital opens a name, not a count: after a possessive inside a sentence
(``Sunday's Six Nations clash``), or opening a sentence before a capitalised plural and one more
capitalised word (``Six Flags Harbor Bay reopened``: a count's noun is written in lower case, ``Six
flags flew``). Sentences written for these tests, parses built by hand."""

from __future__ import annotations

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import packaged_words


def _counts(doc) -> list[tuple[float, str]]:
    return [(f.value, f.text) for f in find_figures(doc, packaged_words())]


def test_a_capitalised_number_after_a_possessive_names_a_tournament(build_doc) -> None:
    doc = build_doc("Crowds filled the ground for Sunday 's Seven Nations clash with the visitors .",
                    heads=[1, 1, 3, 1, 1, 9, 5, 8, 9, 4, 9, 13, 11, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "poss", "case", "nummod", "compound", "pobj", "prep",
                          "det", "pobj", "punct"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "NUM", "PROPN", "NOUN", "ADP", "DET",
                         "NOUN", "PUNCT"],
                    tags=["NNS", "VBD", "DT", "NN", "IN", "NNP", "POS", "CD", "NNPS", "NN", "IN", "DT", "NNS", "."])
    assert _counts(doc) == []


def _opening(build_doc, second: str, tag: str, pos: str):
    # "Six <second> Harbor Bay reopened after a long winter ."
    return build_doc(f"Six {second} Harbor Bay reopened after a long winter .",
                     heads=[1, 3, 3, 4, 4, 4, 8, 8, 5, 4],
                     deps=["nummod", "compound", "compound", "nsubj", "ROOT", "prep", "det", "amod", "pobj", "punct"],
                     pos=["NUM", pos, "PROPN", "PROPN", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                     tags=["CD", tag, "NNP", "NNP", "VBD", "IN", "DT", "JJ", "NN", "."])


def test_a_number_opening_a_name_of_capitalised_words_is_no_count(build_doc) -> None:
    assert _counts(_opening(build_doc, "Flags", "NNPS", "PROPN")) == []


def test_a_number_before_a_lower_case_plural_is_a_count(build_doc) -> None:
    doc = build_doc("Six flags flew over the hall on Friday .", heads=[1, 2, 2, 2, 5, 3, 2, 6, 2],
                    deps=["nummod", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                    pos=["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["CD", "NNS", "VBD", "IN", "DT", "NN", "IN", "NNP", "."])
    assert [value for value, _ in _counts(doc)] == [6]
