"""A day number written against an abbreviated month's stop with no space (``Sept.30, 2016``) is
split from the month by the tokenizer (pipeline.py ``RUN_ON_MARKS``), so the whole date is one
TIMEX3 DATE, not just its year (quotes29). Sentences written for these tests."""

from __future__ import annotations


def _words(pipeline, text: str) -> list[str]:
    return [t.text for t in pipeline.nlp.tokenizer(text)]


def test_the_day_is_split_from_the_month(pipeline) -> None:
    assert _words(pipeline, "The hall shut on Nov.14, 2019, for repairs.")[4:8] == ["Nov.", "14", ",", "2019"]
    assert _words(pipeline, "The vote is on Sept.3.")[-3:] == ["Sept.", "3", "."]


def test_other_words_with_stops_stay_whole(pipeline) -> None:
    assert "No.5" in _words(pipeline, "She ranked No.5 in the world")
    assert "Dec.2016" in _words(pipeline, "a file named Dec.2016 was lost")


def test_the_full_date_is_read(pipeline) -> None:
    record = pipeline.extract("The hall shut on Nov.14, 2019, for repairs.", published="2020-01-10")
    dates = [(t.text, t.value) for t in record.times]
    assert ("Nov.14, 2019", "2019-11-14") in dates
