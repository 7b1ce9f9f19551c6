"""Times of branch qtp34 (issue 15): a bare month under a booking verb's participle names the
period booked (no past reading forced by the reduced passive), and a range of days in one month
is valued at its first day; "the day before" counts back from the last date the text named.

Every sentence is written for these tests; the tense rule test uses hand-built parses.
"""

from __future__ import annotations

import datetime as dt

from newsevents.components.times import governing_tense
from newsevents.temporal.normalise import normalise


def _seats(build_doc, verb: str, lemma: str):
    words = f"Most seats {verb} in July go to tourists ."
    return build_doc(
        words,
        heads=[1, 5, 1, 2, 3, 5, 5, 6, 5],
        deps=["amod", "nsubj", "acl", "prep", "pobj", "ROOT", "prep", "pobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "ADP", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
        tags=["JJS", "NNS", "VBN", "IN", "NNP", "VBP", "IN", "NNS", "."],
        lemmas=["most", "seat", lemma, "in", "July", "go", "to", "tourist", "."],
    )


def test_a_month_under_a_booking_participle_is_not_read_as_past(build_doc) -> None:
    doc = _seats(build_doc, "booked", "book")
    tense = governing_tense(doc[4:5])
    assert tense != "past"
    # in a June article the July booked is the coming one
    assert normalise("July", dt.date(2020, 6, 20), tense).value == "2020-07"


def test_a_month_under_another_reduced_passive_stays_past(build_doc) -> None:
    doc = _seats(build_doc, "sold", "sell")
    tense = governing_tense(doc[4:5])
    assert tense == "past"
    assert normalise("July", dt.date(2020, 6, 20), tense).value == "2019-07"


def test_a_range_of_days_in_one_month_is_valued_at_its_first_day() -> None:
    anchor = dt.date(2021, 5, 20)
    assert normalise("May 3-5", anchor, "past").value == "2021-05-03"
    assert normalise("3-5 May", anchor, "past").value == "2021-05-03"
    assert normalise("Aug. 10-12", anchor, "future").value == "2021-08-10"
    assert normalise("May 5", anchor, "past").value == "2021-05-05"


def test_the_day_before_counts_back_from_the_last_date_named(build_doc) -> None:
    from newsevents.components.times import _from_last_date
    from newsevents.temporal.normalise import Timex

    doc = build_doc("rates fell from 2 percent the day before .", heads=[1, 1, 1, 4, 2, 6, 1, 6, 1],
                    deps=["nsubj", "ROOT", "prep", "nummod", "pobj", "det", "npadvmod", "advmod", "punct"],
                    pos=["NOUN", "VERB", "ADP", "NUM", "NOUN", "DET", "NOUN", "ADV", "PUNCT"])
    span = doc[5:8]
    by_article_date = Timex("DATE", "2021-05-08")  # the day before a Sunday article's date
    # the report told of Friday's trading (the last date named): the day before is the Thursday
    assert _from_last_date(span, by_article_date, "2021-05-07").value == "2021-05-06"
    # no date named before: the article's date stays the anchor
    assert _from_last_date(span, by_article_date, None).value == "2021-05-08"
    after = build_doc("the month after", heads=[1, 1, 1], deps=["det", "ROOT", "advmod"], pos=["DET", "NOUN", "ADV"])
    assert _from_last_date(after[0:3], Timex("DATE", None), "2021-12-14").value == "2022-01"
