"""Old acts told in a profile: a paragraph narrated in the past that goes on to a date years back dates the act
before it too (the twenty-eighth US-news audit's class of old acts in profiles). Texts written for these tests."""

from __future__ import annotations

PUBLISHED = "2016-08-02"


def _modality(events_of, text: str, trigger: str) -> str:
    return next(e.modality for e in events_of(text) if e.trigger.text == trigger)


def test_a_paragraph_dated_years_back_further_on_makes_the_act_history(events_of):
    text = ("Senator Anne Roe of Ohio spoke in Columbus on Thursday.\n\n"
            "Ultimately, the Vexland president ignored the advice and refused to sign the trade agreement, which Russia "
            "vehemently opposed. The decision led to protests that culminated in riots in February 2009.")
    assert _modality(events_of, text, "opposed") == "historical"


def test_a_past_perfect_ahead_tells_an_earlier_time_not_the_acts(events_of):
    text = ("Senator Anne Roe of Ohio spoke in Columbus on Thursday.\n\n"
            "Ohio police arrested the governor of Ohio. He had been convicted of fraud in 2009.")
    assert _modality(events_of, text, "arrested") == "asserted"


def test_a_new_paragraph_breaks_the_thread(events_of):
    text = ("Senator Anne Roe of Ohio spoke in Columbus on Thursday.\n\n"
            "Ultimately, the Vexland president refused to sign the trade agreement, which Russia vehemently opposed.\n\n"
            "The decision led to protests that culminated in riots in February 2009.")
    assert _modality(events_of, text, "opposed") == "asserted"
