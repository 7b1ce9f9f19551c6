"""Non-acts and background of the thirteenth audit (issue 14): acts forecast of others, acts
denied by "there is no", pledges told as background, and a state's spending on its own fields
(eventcoding/nonevents.py). Sentences written for these tests; rules checked on hand-built parses,
the pipeline on a few sentences with the acts that must stay beside them."""

from __future__ import annotations

from newsevents.eventcoding.nonevents import (
    background_pledge,
    existential_negation,
    forecast_of_another,
    plan_on_own_economy,
)

PUBLISHED = "2023-05-02"


def test_an_act_forecast_of_another_is_not_done(build_doc, cues):
    # "Traders had expected Vexcorp to accept the offer" (the clause has its own subject)
    doc = build_doc("Traders had expected Vexcorp to accept the offer", heads=[2, 2, 2, 5, 5, 2, 7, 5],
                    deps=["nsubj", "aux", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"],
                    pos=["NOUN", "AUX", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN"],
                    tags=["NNS", "VBD", "VBN", "NNP", "TO", "VB", "DT", "NN"],
                    lemmas=["trader", "have", "expect", "vexcorp", "to", "accept", "the", "offer"])
    assert forecast_of_another(doc[5], cues)
    # a party's forecast of an act it has a hand in stays: "Organisers had expected Vexcorp to accept ..."
    doc = build_doc("Organisers had expected Vexcorp to accept the offer", heads=[2, 2, 2, 5, 5, 2, 7, 5],
                    deps=["nsubj", "aux", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"],
                    pos=["NOUN", "AUX", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN"],
                    tags=["NNS", "VBD", "VBN", "NNP", "TO", "VB", "DT", "NN"],
                    lemmas=["organiser", "have", "expect", "vexcorp", "to", "accept", "the", "offer"])
    assert not forecast_of_another(doc[5], cues)
    # "Vexcorp expects to accept the offer": its own plan, stays
    doc = build_doc("Vexcorp expects to accept the offer", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    tags=["NNP", "VBZ", "TO", "VB", "DT", "NN"],
                    lemmas=["vexcorp", "expect", "to", "accept", "the", "offer"])
    assert not forecast_of_another(doc[3], cues)


def test_a_past_passive_forecast_is_no_act_but_a_present_one_stays(build_doc, cues):
    parse = dict(heads=[1, 4, 4, 4, 4, 6, 4, 8, 6], deps=["det", "nsubjpass", "auxpass", "advmod", "ROOT", "aux",
                                                           "xcomp", "det", "dobj"],
                 pos=["DET", "NOUN", "AUX", "ADV", "VERB", "PART", "VERB", "DET", "NOUN"],
                 lemmas=["the", "envoy", "be", "widely", "expect", "to", "sign", "the", "pact"])
    doc = build_doc("The envoy was widely expected to sign the pact",
                    tags=["DT", "NN", "VBD", "RB", "VBN", "TO", "VB", "DT", "NN"], **parse)
    assert forecast_of_another(doc[6], cues)
    doc = build_doc("The envoy is widely expected to sign the pact",
                    tags=["DT", "NN", "VBZ", "RB", "VBN", "TO", "VB", "DT", "NN"], **parse)
    assert not forecast_of_another(doc[6], cues)


def test_there_is_no_act_is_no_event_but_a_party_denied_acting_stays(build_doc, cues):
    doc = build_doc("There have been no raids on the port", heads=[2, 2, 2, 4, 2, 4, 7, 5],
                    deps=["expl", "aux", "ROOT", "det", "attr", "prep", "det", "pobj"],
                    pos=["PRON", "AUX", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["EX", "VBP", "VBN", "DT", "NNS", "IN", "DT", "NN"],
                    lemmas=["there", "have", "be", "no", "raid", "on", "the", "port"])
    assert existential_negation(doc[4], cues)
    # "There have been two raids": no negation
    doc = build_doc("There have been two raids", heads=[2, 2, 2, 4, 2], deps=["expl", "aux", "ROOT", "nummod", "attr"],
                    pos=["PRON", "AUX", "AUX", "NUM", "NOUN"], tags=["EX", "VBP", "VBN", "CD", "NNS"],
                    lemmas=["there", "have", "be", "two", "raid"])
    assert not existential_negation(doc[4], cues)
    # "The rebels made no raid": a named party's act denied, not existential
    doc = build_doc("The rebels made no raid", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], tags=["DT", "NNS", "VBD", "DT", "NN"],
                    lemmas=["the", "rebel", "make", "no", "raid"])
    assert not existential_negation(doc[4], cues)


def test_a_pledge_in_the_past_perfect_is_background(build_doc, cues):
    parse = dict(heads=[6, 2, 0, 6, 6, 6, 6, 6], deps=["prep", "amod", "pobj", "punct", "nsubj", "aux", "ROOT", "dobj"],
                 pos=["ADP", "ADJ", "NOUN", "PUNCT", "NOUN", "AUX", "VERB", "NOUN"])
    doc = build_doc("In earlier years , ministers had pledged millions", tags=["IN", "JJ", "NNS", ",", "NNS", "VBD",
                                                                              "VBN", "NNS"],
                    lemmas=["in", "early", "year", ",", "minister", "have", "pledge", "million"], **parse)
    assert background_pledge(doc[6], "AGREE", cues)
    doc = build_doc("In earlier years , ministers have pledged millions", tags=["IN", "JJ", "NNS", ",", "NNS", "VBP",
                                                                               "VBN", "NNS"],
                    lemmas=["in", "early", "year", ",", "minister", "have", "pledge", "million"], **parse)
    assert not background_pledge(doc[6], "AGREE", cues)
    # with no frame of its own occasion the past perfect may be the story's news and stays
    doc = build_doc("Ministers had pledged millions", heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
                    pos=["NOUN", "AUX", "VERB", "NOUN"], tags=["NNS", "VBD", "VBN", "NNS"],
                    lemmas=["minister", "have", "pledge", "million"])
    assert not background_pledge(doc[2], "AGREE", cues)
    # reported after a verb of saying, it is news of the speaker's
    doc = build_doc("He said ministers had pledged millions", heads=[1, 1, 4, 4, 1, 4],
                    deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"],
                    pos=["PRON", "VERB", "NOUN", "AUX", "VERB", "NOUN"], tags=["PRP", "VBD", "NNS", "VBD", "VBN", "NNS"],
                    lemmas=["he", "say", "minister", "have", "pledge", "million"])
    assert not background_pledge(doc[4], "AGREE", cues)


def test_a_pledge_in_a_clause_of_time_is_background(build_doc, cues):
    doc = build_doc("The party won after it pledged to cut taxes", heads=[1, 2, 2, 5, 5, 2, 7, 5, 7],
                    deps=["det", "nsubj", "ROOT", "mark", "nsubj", "advcl", "aux", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "PART", "VERB", "NOUN"],
                    tags=["DT", "NN", "VBD", "IN", "PRP", "VBD", "TO", "VB", "NNS"],
                    lemmas=["the", "party", "win", "after", "it", "pledge", "to", "cut", "tax"])
    assert background_pledge(doc[5], "AGREE", cues)
    # the pledge as the main clause's news stays
    doc = build_doc("The party pledged to cut taxes", heads=[1, 2, 2, 4, 2, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN"], tags=["DT", "NN", "VBD", "TO", "VB", "NNS"],
                    lemmas=["the", "party", "pledge", "to", "cut", "tax"])
    assert not background_pledge(doc[2], "AGREE", cues)


def test_spending_on_an_unnamed_field_is_a_plan_on_ones_own_economy(build_doc, cues):
    doc = build_doc("Vexland will raise spending on rural clinics", heads=[2, 2, 2, 2, 3, 6, 4],
                    deps=["nsubj", "aux", "ROOT", "dobj", "prep", "amod", "pobj"],
                    pos=["PROPN", "AUX", "VERB", "NOUN", "ADP", "ADJ", "NOUN"],
                    tags=["NNP", "MD", "VB", "NN", "IN", "JJ", "NNS"],
                    lemmas=["vexland", "will", "raise", "spending", "on", "rural", "clinic"])
    assert plan_on_own_economy(doc[2], "AGREE", [doc[6]], cues)
    assert not plan_on_own_economy(doc[2], "AGREE", [doc[0]], cues)  # a party outside the object


def test_the_pipeline_codes_no_event_for_forecasts_and_denials(events_of):
    for text in ("Analysts had expected Norland to agree to a price rise of 40%.",
                 "So far there have been no attacks on the pipeline, said the minister."):
        assert not events_of(text), text


def test_the_pipeline_keeps_a_denied_act_of_a_named_party(events_of):
    events = events_of("Norland did not attack the pipeline on Monday, the minister said.")
    assert "ASSAULT" in [e.event for e in events]
