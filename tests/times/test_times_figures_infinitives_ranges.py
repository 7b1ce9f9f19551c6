"""Times and figures of branch dev12q (session 17, issue 15), from news-dev12's misses (read this
session: a regression set now) and tested here on sentences of our own, with written-out parses
where a rule reads the parse: a time under an infinitive of a past-perfect verb is past (``had
raised $5m to fund the bid by the end of June``); ``next``/``last`` + a month in that same month
is the next/last year's; a named day (``Super Tuesday``) is a time with no value; a year before a
plural that modifies a singular noun after ``a`` (``a 2019 records request``) is a year, not a
count; both ends of a range are figures."""

from __future__ import annotations

import datetime as dt

from newsevents.components.figures import find_figures
from newsevents.components.times import governing_tense
from newsevents.temporal import normalise
from newsevents.temporal.lexicon import packaged_words

NOVEMBER = dt.date(2025, 11, 20)


def _times(pipeline, doc):
    return [(t.text, t.type, t.value) for t in pipeline.nlp.get_pipe("newsevents_times").find(doc)]


# "Donors had raised $5m to fund the bid by the end of June ."
def _raised(build_doc, had: str):
    return build_doc(f"Donors {had} raised money to fund the bid by the end of June .",
                     heads=[2, 2, 2, 2, 5, 2, 7, 5, 5, 10, 8, 10, 11, 2],
                     deps=["nsubj", "aux", "ROOT", "dobj", "aux", "advcl", "det", "dobj", "prep", "det", "pobj",
                           "prep", "pobj", "punct"],
                     pos=["NOUN", "AUX", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN",
                          "ADP", "PROPN", "PUNCT"],
                     tags=["NNS", "VBD", "VBN", "NN", "TO", "VB", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "."])


def test_a_time_under_an_infinitive_of_a_past_perfect_is_past(build_doc) -> None:
    doc = _raised(build_doc, "had")
    assert governing_tense(doc[9:13]) == "past"
    assert normalise("the end of June", NOVEMBER, governing_tense(doc[9:13])).value == "2025-06"


def test_a_time_under_an_infinitive_of_a_present_perfect_stays_ahead(build_doc) -> None:
    # "Donors have raised money to fund the bid by the end of June": the purpose still ahead
    doc = _raised(build_doc, "have")
    assert governing_tense(doc[9:13]) == "future"


def test_next_and_last_month_in_that_same_month() -> None:
    assert normalise("next November", NOVEMBER).value == "2026-11"
    assert normalise("last November", NOVEMBER).value == "2024-11"
    assert normalise("next November", dt.date(2025, 12, 3)).value == "2026-11"
    # before or after the article's month, as before
    assert normalise("next November", dt.date(2025, 3, 10)).value == "2025-11"
    assert normalise("last November", dt.date(2025, 3, 10)).value == "2024-11"
    assert normalise("last October", NOVEMBER).value == "2025-10"
    assert normalise("next December", NOVEMBER).value == "2025-12"
    # a day named with the month keeps the old reading
    assert normalise("next November 25", NOVEMBER).value == "2025-11-25"


def test_a_named_day_is_a_time_with_no_value(build_doc, pipeline) -> None:
    doc = build_doc("Stores expect crowds on Black Friday .", heads=[1, 1, 1, 1, 5, 3, 1],
                    deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "punct"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNS", "VBP", "NNS", "IN", "NNP", "NNP", "."])
    assert _times(pipeline, doc) == [("Black Friday", "DATE", None)]


def test_a_weekday_after_another_capitalised_word_is_the_weekday(build_doc, pipeline) -> None:
    # "Sales rose on Friday": no name; "Delegates met Tuesday" after a capitalised word that names no day
    doc = build_doc("In Ohio , delegates met Tuesday .", heads=[4, 0, 4, 4, 4, 4, 4],
                    deps=["prep", "pobj", "punct", "nsubj", "ROOT", "npadvmod", "punct"],
                    pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PROPN", "PUNCT"],
                    tags=["IN", "NNP", ",", "NNS", "VBD", "NNP", "."])
    assert [t[0] for t in _times(pipeline, doc)] == ["Tuesday"]


def _records(build_doc, det: str):
    return build_doc(f"They filed {det} 2019 records request .", heads=[1, 1, 5, 5, 5, 1, 1],
                     deps=["nsubj", "ROOT", "det", "nummod", "compound", "dobj", "punct"],
                     pos=["PRON", "VERB", "DET", "NUM", "NOUN", "NOUN", "PUNCT"],
                     tags=["PRP", "VBD", "DT", "CD", "NNS", "NN", "."])


def test_a_year_modifying_a_noun_after_a_is_a_year_not_a_count(build_doc, pipeline) -> None:
    doc = _records(build_doc, "a")
    assert _times(pipeline, doc) == [("2019", "DATE", "2019")]
    doc._.times = pipeline.nlp.get_pipe("newsevents_times").find(doc)
    assert find_figures(doc, packaged_words()) == []


def test_a_number_counting_a_plural_stays_a_count(build_doc, pipeline) -> None:
    # "They filed 2019 records": no "a", the plural is what is counted
    doc = build_doc("They filed 2019 records .", heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
                    pos=["PRON", "VERB", "NUM", "NOUN", "PUNCT"], tags=["PRP", "VBD", "CD", "NNS", "."])
    assert _times(pipeline, doc) == []
    doc._.times = []
    assert [(f.kind, f.value) for f in find_figures(doc, packaged_words())] == [("count", 2019)]


def _range(build_doc, gap: str):
    return build_doc(f"Around 30 {gap} 70 people came .", heads=[1, 4, 3, 1, 5, 5, 5],
                     deps=["advmod", "nummod", "quantmod", "nummod", "nsubj", "ROOT", "punct"],
                     pos=["ADV", "NUM", "ADP", "NUM", "NOUN", "VERB", "PUNCT"], tags=["RB", "CD", "IN", "CD", "NNS", "VBD", "."],
                     lemmas=["around", "30", gap, "70", "person", "come", "."])


def test_both_ends_of_a_range_are_figures(build_doc) -> None:
    doc = _range(build_doc, "to")
    doc._.times = []
    found = [(f.text, f.kind, f.value, f.about) for f in find_figures(doc, packaged_words())]
    assert found == [("Around 30", "count", 30, "person"), ("70 people", "count", 70, "person")]
    assert set(doc._.figure_qualifiers.values()) == {"range", "range upper"}


def test_a_change_from_one_value_to_another_is_no_range(pipeline) -> None:
    from newsevents.record import make_article

    [doc] = pipeline.docs([make_article("The number of nurses fell from 800 to 600 last year.", published="2025-11-20")])
    assert sorted(f.value for f in doc._.figures) == [600, 800]
    assert "range" not in doc._.figure_qualifiers.values()
