"""Historical modality (issue 14, third audit): an event dated by the event it followed or
accompanied (``after the 2001 election``, ``during the 1994 war``) is as old as that event."""

from __future__ import annotations

from newsevents.eventcoding.lexicon import load_cues
from newsevents.eventcoding.situate import _dates_another_noun, _time_anchor

CUES = load_cues()
PUBLISHED = "2016-05-01"


def test_a_dated_event_after_a_preposition_of_time_dates_the_clause(build_doc):
    # "During the 1994 war , troops attacked the town"
    doc = build_doc("During the 1994 war , troops attacked the town",
                    heads=[6, 3, 3, 0, 6, 6, 6, 8, 6],
                    deps=["prep", "det", "nummod", "pobj", "punct", "nsubj", "ROOT", "det", "dobj"],
                    pos=["ADP", "DET", "NUM", "NOUN", "PUNCT", "NOUN", "VERB", "DET", "NOUN"])
    assert _time_anchor(doc[3], CUES)
    assert not _dates_another_noun(doc[2], doc[6], CUES)


def test_a_year_describing_another_noun_still_dates_only_that_noun(build_doc):
    # "Troops attacked the 1994 memorial": the year is the memorial's, not the attack's
    doc = build_doc("Troops attacked the 1994 memorial",
                    heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "nummod", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NUM", "NOUN"])
    assert not _time_anchor(doc[4], CUES)
    assert _dates_another_noun(doc[3], doc[1], CUES)
    # "despite the 1994 ruling": a preposition of circumstance, not of time
    doc = build_doc("Despite the 1994 ruling , troops attacked the town",
                    heads=[6, 3, 3, 0, 6, 6, 6, 8, 6],
                    deps=["prep", "det", "nummod", "pobj", "punct", "nsubj", "ROOT", "det", "dobj"],
                    pos=["ADP", "DET", "NUM", "NOUN", "PUNCT", "NOUN", "VERB", "DET", "NOUN"])
    assert not _time_anchor(doc[3], CUES)


def test_events_anchored_years_back_are_historical(events_of):
    events = events_of("During the 1994 war, Rwandan troops attacked the town of Goma.")
    attacks = [e for e in events if e.trigger.text == "attacked"]
    assert attacks and attacks[0].modality == "historical" and attacks[0].date.value == "1994"
    events = events_of("After the 2001 election, Beninese officials agreed to raise the fee.")
    agreed = [e for e in events if e.trigger.text == "agreed"]
    assert agreed and agreed[0].modality == "historical"


def test_an_event_anchored_on_a_recent_event_stays_asserted(events_of):
    # an anchor with no date of its own leaves the clause its own date (Monday)
    events = events_of("Rwandan troops attacked the town of Goma on Monday after the election.")
    attacks = [e for e in events if e.trigger.text == "attacked"]
    assert attacks and attacks[0].modality == "asserted"
