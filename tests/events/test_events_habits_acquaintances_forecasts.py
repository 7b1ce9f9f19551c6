"""Habits, acquaintances and forecasts told with words of events (session 27, events30; eventcoding/standings.py):
a deployment reported in the present ("residents say officers patrol the square") is a habit, "people I have met"
says whom one knows, "voters are not likely to help her" forecasts a vote. None is an act at a time. Sentences
written for these tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding import standings


def test_a_patrol_reported_in_the_present_is_a_habit_but_a_dated_one_is_not(build_doc, cues) -> None:
    doc = build_doc("Residents say officers patrol the square", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"],
                    pos=["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN"], tags=["NNS", "VBP", "NNS", "VBP", "DT", "NN"],
                    lemmas="resident say officer patrol the square".split())
    assert standings.reported_habit(doc[3], cues)
    assert standings.no_event(doc[3], "MOBILIZE", [doc[2]], [], cues)
    doc = build_doc("Residents say officers patrol the square tonight", heads=[1, 1, 3, 1, 5, 3, 3],
                    deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "npadvmod"],
                    pos=["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "NOUN"],
                    tags=["NNS", "VBP", "NNS", "VBP", "DT", "NN", "NN"],
                    lemmas="resident say officer patrol the square tonight".split(),
                    ents=["O", "O", "O", "O", "O", "O", "B-TIME"])
    assert not standings.reported_habit(doc[3], cues)


def test_people_one_has_met_are_acquaintances_but_envoys_who_met_rebels_met_them(build_doc) -> None:
    doc = build_doc("the farmers she has met", heads=[1, 1, 4, 4, 1],
                    deps=["det", "ROOT", "nsubj", "aux", "relcl"], pos=["DET", "NOUN", "PRON", "AUX", "VERB"],
                    tags=["DT", "NNS", "PRP", "VBZ", "VBN"], lemmas="the farmer she have meet".split())
    assert standings.acquaintance_described(doc[4])
    doc = build_doc("the envoys who have met the rebels", heads=[1, 1, 4, 4, 1, 6, 4],
                    deps=["det", "ROOT", "nsubj", "aux", "relcl", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN"],
                    tags=["DT", "NNS", "WP", "VBP", "VBN", "DT", "NNS"], lemmas="the envoy who have meet the rebel".split())
    assert not standings.acquaintance_described(doc[4])


def test_what_voters_are_likely_to_do_is_a_forecast_but_a_union_likely_to_back_her_stays(build_doc, cues) -> None:
    doc = build_doc("Voters are not likely to help her", heads=[1, 1, 1, 1, 5, 3, 5],
                    deps=["nsubj", "ROOT", "neg", "acomp", "aux", "xcomp", "dobj"],
                    pos=["NOUN", "AUX", "PART", "ADJ", "PART", "VERB", "PRON"],
                    lemmas="voter be not likely to help she".split())
    assert standings.bloc_forecast(doc[5], cues)
    assert standings.no_event(doc[5], "AID", [doc[0]], [], cues)
    doc = build_doc("The union is likely to back her", heads=[1, 2, 2, 2, 5, 3, 5],
                    deps=["det", "nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "AUX", "ADJ", "PART", "VERB", "PRON"],
                    lemmas="the union be likely to back she".split())
    assert not standings.bloc_forecast(doc[5], cues)
