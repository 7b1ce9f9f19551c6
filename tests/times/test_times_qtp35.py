"""Times of branch qtp35 (issues 14/15, from news-dev53/54's time classes): a clipped year after an
apostrophe (``in '16``); a bare season of an act ahead already over this year (next year's) or of a
done act not begun this year (last year's); a month and day a period ends on, told in the simple
present (still ahead); a modal with an open ``if``-clause (ahead); a weekday on a gerund after
``ahead of`` under a past of going on (ahead); a weekday on the infinitive after ``urged <them>``
(the act urged, ahead).

Every sentence is written for these tests; the tense rules use hand-built parses.
"""

from __future__ import annotations

import datetime as dt

from newsevents.components.times import governing_tense
from newsevents.temporal.normalise import Timex, normalise


def test_a_clipped_year_after_an_apostrophe_is_read() -> None:
    anchor = dt.date(2021, 3, 2)
    assert normalise("'22", anchor).value == "2022"
    assert normalise("’19", anchor).value == "2019"
    assert normalise("'90s", anchor).value == "199"  # a decade stays a decade


def test_a_clipped_year_in_a_headline_is_found(pipeline) -> None:
    record = pipeline.extract("Bakery Chain to Double Its Stores in '22\n\nThe chain said so.", published="2021-03-02")
    assert [(t.text, t.value) for t in record.times] == [("'22", "2022")]


def test_a_bare_season_follows_the_tense_across_the_turn_of_the_year() -> None:
    december, january = dt.date(2021, 12, 10), dt.date(2022, 1, 12)
    assert normalise("the summer", december, "future").value == "2022-SU"  # this year's is over
    assert normalise("the summer", january, "past").value == "2021-SU"  # this year's has not begun
    assert normalise("the summer", december, "past").value == "2021-SU"
    assert normalise("the summer", january, "future").value == "2022-SU"
    assert normalise("this summer", december, "future").value == "2021-SU"  # "this" names this year's
    assert normalise("the winter", december, "future").value == "2021-WI"  # across the turn: kept


def _condition(build_doc, tag: str):
    return build_doc(
        "The storm could flood the valley in March if the dam fails .",
        heads=[1, 3, 3, 3, 5, 3, 3, 6, 11, 10, 11, 3, 3],
        deps=["det", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "mark", "det", "nsubj", "advcl", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["DT", "NN", "MD", "VB", "DT", "NN", "IN", "NNP", "IN", "DT", "NN", tag, "."],
    )


def test_a_modal_with_an_open_condition_looks_ahead(build_doc) -> None:
    assert governing_tense(_condition(build_doc, "VBZ")[7:8]) == "future"
    # "if the dam failed": no open condition, the modal alone decides nothing
    assert governing_tense(_condition(build_doc, "VBD")[7:8]) != "future"


def _ahead(build_doc, verb: str, lemma: str):
    return build_doc(
        f"Crews {verb} repairs ahead of voting Friday .",
        heads=[1, 1, 1, 1, 3, 4, 5, 1],
        deps=["nsubj", "ROOT", "dobj", "advmod", "prep", "pobj", "npadvmod", "punct"],
        pos=["NOUN", "VERB", "NOUN", "ADV", "ADP", "VERB", "PROPN", "PUNCT"],
        tags=["NNS", "VBD", "NNS", "RB", "IN", "VBG", "NNP", "."],
        lemmas=["crew", lemma, "repair", "ahead", "of", "vote", "Friday", "."],
    )


def test_a_weekday_on_a_gerund_ahead_of_an_act_going_on_is_ahead(build_doc) -> None:
    assert governing_tense(_ahead(build_doc, "continued", "continue")[6:7]) == "future"
    # a closed simple past: the event may be gone, the tense reads it (recur34)
    assert governing_tense(_ahead(build_doc, "finished", "finish")[6:7]) == "past"


def _urged(build_doc, verb: str, lemma: str):
    return build_doc(
        f"She {verb} them to vote Sunday .",
        heads=[1, 1, 1, 4, 1, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "npadvmod", "punct"],
        pos=["PRON", "VERB", "PRON", "PART", "VERB", "PROPN", "PUNCT"],
        tags=["PRP", "VBD", "PRP", "TO", "VB", "NNP", "."],
        lemmas=["she", lemma, "they", "to", "vote", "Sunday", "."],
    )


def test_a_weekday_of_an_act_urged_is_not_forced_past(pipeline, build_doc) -> None:
    stage = pipeline.nlp.get_pipe("newsevents_times")
    assert not stage._weekday_under_past_infinitive(_urged(build_doc, "urged", "urge")[5:6])
    assert stage._weekday_under_past_infinitive(_urged(build_doc, "ordered", "order")[5:6])


def _term(build_doc, verb: str, lemma: str, tag: str):
    return build_doc(
        f"The term , which {verb} May 2 , was short .",
        heads=[1, 8, 1, 4, 1, 4, 5, 1, 8, 8, 8],
        deps=["det", "nsubj", "punct", "nsubj", "relcl", "npadvmod", "nummod", "punct", "ROOT", "acomp", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PRON", "VERB", "PROPN", "NUM", "PUNCT", "AUX", "ADJ", "PUNCT"],
        tags=["DT", "NN", ",", "WDT", tag, "NNP", "CD", ",", "VBD", "JJ", "."],
        lemmas=["the", "term", ",", "which", lemma, "May", "2", ",", "be", "short", "."],
    )


def test_a_period_that_ends_on_a_day_gone_by_this_year_ends_next_year(pipeline, build_doc) -> None:
    stage = pipeline.nlp.get_pipe("newsevents_times")
    anchor = dt.date(2021, 6, 10)
    nearest = Timex("DATE", "2021-05-02")
    assert stage._end_ahead(_term(build_doc, "ends", "end", "VBZ")[5:7], nearest, anchor)
    assert not stage._end_ahead(_term(build_doc, "ended", "end", "VBD")[5:7], nearest, anchor)
    assert not stage._end_ahead(_term(build_doc, "starts", "start", "VBZ")[5:7], nearest, anchor)
    assert not stage._end_ahead(_term(build_doc, "ends", "end", "VBZ")[5:7], Timex("DATE", "2021-07-02"), anchor)


def _season_doc(build_doc, verb: str, tag: str):
    return build_doc(
        f"Delays {verb} it hard to finish work in the summer .",
        heads=[1, 1, 3, 1, 5, 3, 5, 5, 9, 7, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp", "dobj", "prep", "det", "pobj", "punct"],
        pos=["NOUN", "VERB", "PRON", "ADJ", "PART", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["NNS", tag, "PRP", "JJ", "TO", "VB", "NN", "IN", "DT", "NN", "."],
        lemmas=["delay", "make", "it", "hard", "to", "finish", "work", "in", "the", "summer", "."],
    )


def test_a_season_on_an_infinitive_under_a_past_is_not_pushed_ahead(pipeline, build_doc) -> None:
    stage = pipeline.nlp.get_pipe("newsevents_times")
    assert stage._season_under_past_infinitive(_season_doc(build_doc, "made", "VBD")[8:10])
    assert not stage._season_under_past_infinitive(_season_doc(build_doc, "make", "VBP")[8:10])
