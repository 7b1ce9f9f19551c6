"""Modality rules (eventcoding/modality.py) on hand-built parses, with cue lists written here."""

from __future__ import annotations

import pytest

from newsevents.eventcoding.lexicon import Cues, load_cues
from newsevents.eventcoding.modality import is_negated, is_prediction, modality_of

CUES = Cues(future={"plan", "vow", "will", "wo"}, hypothetical={"hope", "threaten", "could", "might", "ca"},
            historical={"recall"}, prediction={"expect"}, request={"call"}, presuppose={"end"})


def rebels(build_doc, aux: str | None):
    """"Rebels <aux> attack the town" (no auxiliary when aux is None)."""
    if aux is None:
        return build_doc("Rebels attacked the town", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                         pos=["NOUN", "VERB", "DET", "NOUN"], tags=["NNS", "VBD", "DT", "NN"]), 1
    return build_doc(f"Rebels {aux} attack the town", heads=[2, 2, 2, 4, 2],
                     deps=["nsubj", "aux", "ROOT", "det", "dobj"], pos=["NOUN", "AUX", "VERB", "DET", "NOUN"],
                     tags=["NNS", "MD", "VB", "DT", "NN"]), 2


@pytest.mark.parametrize(("aux", "expected"), [(None, "asserted"), ("will", "future"), ("could", "hypothetical"),
                                               ("might", "hypothetical")])
def test_auxiliaries(build_doc, aux, expected):
    doc, trigger = rebels(build_doc, aux)
    assert modality_of(doc[trigger], CUES) == expected


def test_an_auxiliary_modality_comes_from_the_cue_table(build_doc):
    # the rule knows no modal of its own: a table without "could" leaves "could attack" asserted
    doc, trigger = rebels(build_doc, "could")
    assert modality_of(doc[trigger], Cues(future={"will"}, hypothetical={"hope"})) == "asserted"
    assert modality_of(doc[trigger], Cues(future={"will"}, hypothetical={"could"})) == "hypothetical"


def test_the_packaged_cues_hold_the_modal_auxiliaries():
    from newsevents.eventcoding.lexicon import load_cues

    cues = load_cues()
    assert {"will", "shall", "'ll", "wo"} <= cues.future  # "wo" of "won't"
    assert {"could", "may", "might", "would", "should", "can", "ca", "must", "ought"} <= cues.hypothetical


def test_a_governing_plan_or_hope(build_doc):
    for verb, expected in (("plan", "future"), ("hope", "hypothetical"), ("try", "asserted")):
        doc = build_doc(f"Rebels {verb} to attack", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "aux", "xcomp"],
                        pos=["NOUN", "VERB", "PART", "VERB"], tags=["NNS", "VBP", "TO", "VB"])
        assert modality_of(doc[3], CUES) == expected, verb


def test_a_condition_makes_it_hypothetical(build_doc):
    doc = build_doc("if rebels attack", heads=[2, 2, 2], deps=["mark", "nsubj", "ROOT"],
                    pos=["SCONJ", "NOUN", "VERB"])
    # the clause marks are the table's hypothetical words too: without "if" the clause is asserted
    assert modality_of(doc[2], CUES) == "asserted"
    assert modality_of(doc[2], Cues(hypothetical={"if"})) == "hypothetical"
    doc = build_doc("whether rebels attack", heads=[2, 2, 2], deps=["mark", "nsubj", "ROOT"],
                    pos=["SCONJ", "NOUN", "VERB"])
    assert modality_of(doc[2], load_cues()) == "hypothetical"


def test_a_failure_or_inability_negates_the_act_it_governs(build_doc):
    doc = build_doc("Rebels were unable to attack", heads=[1, 1, 1, 4, 2],
                    deps=["nsubj", "ROOT", "acomp", "aux", "xcomp"], pos=["NOUN", "AUX", "ADJ", "PART", "VERB"])
    assert is_negated(doc[4], load_cues())
    assert not is_negated(doc[4], Cues(negation={"fail"}))


def test_a_coordinated_verb_keeps_its_own_auxiliary(build_doc):
    # "The union cannot accept and will oppose the plan": the opposing is promised, not doubted
    doc = build_doc("The union ca n't accept and will oppose the plan",
                    heads=[1, 4, 4, 4, 4, 4, 7, 4, 9, 7],
                    deps=["det", "nsubj", "aux", "neg", "ROOT", "cc", "aux", "conj", "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "PART", "VERB", "CCONJ", "AUX", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "MD", "RB", "VB", "CC", "MD", "VB", "DT", "NN"])
    assert modality_of(doc[7], CUES) == "future"
    assert modality_of(doc[4], CUES) == "hypothetical"


def test_an_existing_state_stays_asserted_under_a_plan(build_doc):
    # "They plan to end the embargo": the embargo itself is no plan
    doc = build_doc("They plan to end the embargo", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["PRON", "VERB", "PART", "VERB", "DET", "NOUN"])
    assert modality_of(doc[5], CUES) == "asserted"
    assert modality_of(doc[3], CUES) == "future"


def test_expected_to_is_a_prediction(build_doc):
    doc = build_doc("Troops are expected to withdraw", heads=[2, 2, 2, 4, 2],
                    deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp"], pos=["NOUN", "AUX", "VERB", "PART", "VERB"],
                    lemmas=["troop", "be", "expect", "to", "withdraw"])
    assert is_prediction(doc[4], CUES)
    doc = build_doc("Troops vowed to withdraw", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "aux", "xcomp"],
                    pos=["NOUN", "VERB", "PART", "VERB"], lemmas=["troop", "vow", "to", "withdraw"])
    assert not is_prediction(doc[3], CUES)
    assert modality_of(doc[3], CUES) == "future"


def test_a_phrase_of_time_is_not_what_the_clause_asks_for(build_doc):
    # "Police ordered patrols after protests": the protests happened; only the patrols are ordered
    doc = build_doc("Police ordered patrols after protests", heads=[1, 1, 1, 1, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["NOUN", "VERB", "NOUN", "ADP", "NOUN"],
                    lemmas=["police", "order", "patrol", "after", "protest"])
    assert modality_of(doc[4], Cues(hypothetical={"order"}, adjunct_prep={"after"})) == "asserted"
    assert modality_of(doc[4], Cues(hypothetical={"order"})) == "hypothetical"  # "after" not known as one
