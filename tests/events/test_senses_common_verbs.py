"""Other senses of common verbs found by issue 14's twenty-fourth audit (brief wire24): a text that "calls
for" something, a vehicle carrying people, and a reported "must go to work". Hand-built Docs of our own
sentences, each with a negative (the event sense still codes)."""

from __future__ import annotations

from newsevents.components.events import _no_one_obliged
from newsevents.eventcoding import senses_ordinary as so

# -- a text that "calls for" ----------------------------------------------------------------------------


def test_a_plan_calling_for_cuts_provides_and_a_minister_calling_for_talks_asks(build_doc, cues) -> None:
    doc = build_doc("The plan calls for deep cuts", heads=[1, 2, 2, 2, 5, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "amod", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN"],
                    lemmas=["the", "plan", "call", "for", "deep", "cut"])
    assert so.provision_called_for(doc[2], "REQUEST", cues)
    assert so.no_event(doc[2], "REQUEST", [], [doc[1]], [], cues, False)
    doc = build_doc("The minister called for talks", heads=[1, 2, 2, 2, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj"], pos=["DET", "NOUN", "VERB", "ADP", "NOUN"],
                    lemmas=["the", "minister", "call", "for", "talk"])
    assert not so.provision_called_for(doc[2], "REQUEST", cues)


def test_a_pact_calling_for_defence_is_a_provision_but_critics_of_a_bill_ask(build_doc, cues) -> None:
    doc = build_doc("The pact calls for common defence", heads=[1, 2, 2, 2, 5, 3],
                    deps=["det", "nsubj", "ROOT", "prep", "amod", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN"],
                    lemmas=["the", "pact", "call", "for", "common", "defence"])
    assert so.provision_called_for(doc[2], "REQUEST", cues)
    doc = build_doc("Critics of the bill called for changes", heads=[4, 0, 3, 1, 4, 4, 5],
                    deps=["nsubj", "prep", "det", "pobj", "ROOT", "prep", "pobj"],
                    pos=["NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "NOUN"],
                    lemmas=["critic", "of", "the", "bill", "call", "for", "change"])
    assert not so.provision_called_for(doc[4], "REQUEST", cues)


# -- a vehicle carrying people ----------------------------------------------------------------------------


def test_a_plane_carrying_envoys_is_transport_and_rebels_carrying_a_hostage_are_not(build_doc, cues) -> None:
    doc = build_doc("The plane carrying two envoys landed", heads=[1, 5, 1, 4, 2, 5],
                    deps=["det", "nsubj", "acl", "nummod", "dobj", "ROOT"],
                    pos=["DET", "NOUN", "VERB", "NUM", "NOUN", "VERB"],
                    lemmas=["the", "plane", "carry", "two", "envoy", "land"])
    assert so.vehicle_carrying(doc[2], "AGREE", cues)
    assert not so.vehicle_carrying(doc[2], "AID", cues)  # "the plane carrying aid": aid flown in stays
    assert so.no_event(doc[2], "AGREE", [], [doc[1]], [doc[4]], cues, False)
    doc = build_doc("The rebels carried the hostage away", heads=[1, 2, 2, 4, 2, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "advmod"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADV"],
                    lemmas=["the", "rebel", "carry", "the", "hostage", "away"])
    assert not so.vehicle_carrying(doc[2], "AGREE", cues)
    # the parser may head the phrase with its possessor's noun: "the governor's plane" is still a plane
    doc = build_doc("the governor 's plane carrying aides", heads=[1, 4, 1, 1, 4, 4],
                    deps=["det", "nsubj", "case", "appos", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "PART", "NOUN", "VERB", "NOUN"],
                    lemmas=["the", "governor", "'s", "plane", "carry", "aide"])
    assert so.vehicle_carrying(doc[4], "AGREE", cues)


# -- "must go to work" --------------------------------------------------------------------------------------


def test_must_go_to_work_is_an_errand_and_must_go_to_the_capital_is_a_demand(build_doc, cues) -> None:
    doc = build_doc("He must go to work , his son said", heads=[2, 2, 8, 2, 3, 8, 7, 8, 8],
                    deps=["nsubj", "aux", "ccomp", "prep", "pobj", "punct", "poss", "nsubj", "ROOT"],
                    pos=["PRON", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "PRON", "NOUN", "VERB"],
                    lemmas=["he", "must", "go", "to", "work", ",", "his", "son", "say"])
    assert _no_one_obliged(doc[2], [doc[0]], cues)
    doc = build_doc("The envoy must go to the capital , she said", heads=[1, 3, 3, 9, 3, 6, 4, 9, 9, 9],
                    deps=["det", "nsubj", "aux", "ccomp", "prep", "det", "pobj", "punct", "nsubj", "ROOT"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB"],
                    lemmas=["the", "envoy", "must", "go", "to", "the", "capital", ",", "she", "say"])
    assert not _no_one_obliged(doc[3], [doc[1]], cues)


# -- released from hospital ------------------------------------------------------------------------------------


def test_released_from_hospital_is_a_patient_and_released_from_prison_a_captive(build_doc) -> None:
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import load_lexicon, match_entry

    def match(token):
        return match_entry(token, load_lexicon(), actor_dictionary())  # the packaged tables

    doc = build_doc("The journalist was released from hospital", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
                    lemmas=["the", "journalist", "be", "release", "from", "hospital"])
    found = match(doc[3])
    assert found is None or found[0].event == "-"
    doc = build_doc("The journalist was released from prison", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
                    lemmas=["the", "journalist", "be", "release", "from", "prison"])
    assert match(doc[3])[0].event == "CONCEDE"


# -- a refusal under "if" -----------------------------------------------------------------------------------


def test_a_refusal_under_if_is_supposed_and_a_plain_refusal_is_made(build_doc, cues) -> None:
    from newsevents.components.events import _conditional_clause

    doc = build_doc("if he does not agree", heads=[4, 4, 4, 4, 4], deps=["mark", "nsubj", "aux", "neg", "ROOT"],
                    pos=["SCONJ", "PRON", "AUX", "PART", "VERB"], lemmas=["if", "he", "do", "not", "agree"])
    assert _conditional_clause(doc[4], cues)
    doc = build_doc("he does not agree", heads=[3, 3, 3, 3], deps=["nsubj", "aux", "neg", "ROOT"],
                    pos=["PRON", "AUX", "PART", "VERB"], lemmas=["he", "do", "not", "agree"])
    assert not _conditional_clause(doc[3], cues)


def test_a_refusal_under_if_is_coded_hypothetical(extract) -> None:
    record = extract("Chile will impose sanctions on Peru if Lima does not accept the treaty.", published="2016-06-15")
    refusals = [e for e in record.events if e.event == "REJECT"]
    assert refusals and all(e.modality == "hypothetical" for e in refusals)
    record = extract("Lima did not accept the treaty offered by Chile.", published="2016-06-15")
    refusals = [e for e in record.events if e.event == "REJECT"]
    assert refusals and all(e.modality == "asserted" for e in refusals)


# -- a move for a private purpose ----------------------------------------------------------------------------


def test_leaving_to_start_a_career_is_a_move_and_flying_to_meet_a_president_a_visit(build_doc, cues) -> None:
    doc = build_doc("The pilot is leaving for Canada to start a new career", heads=[1, 3, 3, 3, 3, 4, 7, 3, 10, 10, 7],
                    deps=["det", "nsubj", "aux", "ROOT", "prep", "pobj", "aux", "advcl", "det", "amod", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "VERB", "DET", "ADJ", "NOUN"],
                    lemmas=["the", "pilot", "be", "leave", "for", "Canada", "to", "start", "a", "new", "career"])
    assert so.private_move(doc[3], "CONSULT", cues)
    assert so.no_event(doc[3], "CONSULT", [], [doc[1]], [doc[5]], cues, False)
    doc = build_doc("The envoy flew to Canada to meet the president", heads=[1, 2, 2, 2, 3, 6, 2, 8, 6],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["the", "envoy", "fly", "to", "Canada", "to", "meet", "the", "president"])
    assert not so.private_move(doc[2], "CONSULT", cues)
    doc = build_doc("The minister flew to Canada to work out a deal", heads=[1, 2, 2, 2, 3, 6, 2, 6, 9, 6],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "prt", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB", "ADP", "DET", "NOUN"],
                    lemmas=["the", "minister", "fly", "to", "Canada", "to", "work", "out", "a", "deal"])
    assert not so.private_move(doc[2], "CONSULT", cues)
