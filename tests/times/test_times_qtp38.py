"""Times of branch qtp38 (issues 14/15, from news-dev61..64's time classes): ``this past week`` (the
week just gone, a date, not a stretch of time); a time on the infinitive after a past implicative verb
(``prompted the council to hold a hearing in May``: the act caused was done, so the month is the last
one); a bare weekday on an infinitive of purpose under a past act (``moved her rally to be in Ohio on
Thursday``: the last Thursday).

Every sentence is written for these tests; the tense rules use hand-built parses.
"""

from __future__ import annotations

import datetime as dt

from newsevents.components.times import governing_tense
from newsevents.temporal.normalise import normalise


def test_this_past_unit_is_the_unit_just_gone() -> None:
    saturday = dt.date(2019, 5, 18)  # ISO week 20
    assert normalise("this past week", saturday, "past").value == "2019-W19"
    assert normalise("this past weekend", saturday, "past").value == "2019-W19-WE"
    assert normalise("this past month", saturday, "past").value == "2019-04"
    # without "this" the phrase stays a stretch of time
    assert normalise("the past week", saturday, "past").value == "P1W"
    assert normalise("this week", saturday, "past").value == "2019-W20"


def _caused(build_doc, verb: str, lemma: str):
    return build_doc(
        f"The vote {verb} the council to hold a hearing in May .",
        heads=[1, 2, 2, 4, 2, 6, 2, 8, 6, 6, 9, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "det", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "IN", "NNP", "."],
        lemmas=["the", "vote", lemma, "the", "council", "to", "hold", "a", "hearing", "in", "May", "."],
    )


def test_a_time_on_the_infinitive_after_a_past_implicative_verb_is_past(build_doc) -> None:
    assert governing_tense(_caused(build_doc, "prompted", "prompt")[10:11]) == "past"
    assert governing_tense(_caused(build_doc, "forced", "force")[10:11]) == "past"
    # asking leaves the act ahead of the asking
    assert governing_tense(_caused(build_doc, "asked", "ask")[10:11]) == "future"


def test_a_month_after_a_prompted_act_is_the_last_one(pipeline) -> None:
    record = pipeline.extract("The report prompted the city council to hold a hearing in March on the budget.",
                              published="2022-09-14")
    assert ("March", "2022-03") in [(t.text.replace("in ", ""), t.value) for t in record.times]


def _purpose(build_doc, verb: str):
    return build_doc(
        f"She {verb} her rally to be in Ohio on Thursday .",
        heads=[1, 1, 3, 1, 5, 1, 5, 6, 5, 8, 1],
        deps=["nsubj", "ROOT", "poss", "dobj", "aux", "advcl", "prep", "pobj", "prep", "pobj", "punct"],
        pos=["PRON", "VERB", "PRON", "NOUN", "PART", "AUX", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        tags=["PRP", "VBD" if verb == "moved" else "VBZ", "PRP$", "NN", "TO", "VB", "IN", "NNP", "IN", "NNP", "."],
    )


def test_a_weekday_on_an_infinitive_of_purpose_under_a_past_act_is_the_last_one(pipeline) -> None:
    # Friday 2023-03-10: the Thursday of a rally moved and held is the day before
    record = pipeline.extract("The senator moved her rally to be in Ohio on Thursday rather than in Iowa.",
                              published="2023-03-10")
    assert [(t.text, t.value) for t in record.times if "Thursday" in t.text] == [("Thursday", "2023-03-09")]
    record = pipeline.extract("The senator will move her rally to be in Ohio on Thursday rather than in Iowa.",
                              published="2023-03-10")
    assert [t.value for t in record.times if "Thursday" in t.text] == ["2023-03-16"]


def test_the_purpose_weekday_rule_reads_the_parse(build_doc, pipeline) -> None:
    stage = pipeline.nlp.get_pipe("newsevents_times")
    assert stage._weekday_under_past_infinitive(_purpose(build_doc, "moved")[9:10])
    # a present main verb: the rally is still ahead
    assert not stage._weekday_under_past_infinitive(_purpose(build_doc, "moves")[9:10])


def test_a_holiday_the_model_may_call_an_organisation_is_a_date(pipeline) -> None:
    record = pipeline.extract("On Cinco de Mayo, the mayor served tamales at a street fair.", published="2018-06-20")
    assert ("Cinco de Mayo", "2018-05-05") in [(t.text, t.value) for t in record.times]
