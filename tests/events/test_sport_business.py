"""Acts told the way sport and business news tells them (issue 14, session 22, brief events23): event_lexicon.tsv rows
under ``# events23:`` and eventcoding/sport_business.py. Each rule on a hand-built Doc of our own with a negative, then whole
sentences of our own (none from a data set, an audit article or a gold)."""

from __future__ import annotations

import pytest

from event_rows import lexicon_event as _event
from newsevents.eventcoding import sport_business
from newsevents.record import Party

PUBLISHED = "2005-03-02"


def _events(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.modality) for e in pipeline.extract(text, published=PUBLISHED).events]


# --- rows: an apology made, given or offered; advice to act; a win denied ----------------------------------------

@pytest.mark.parametrize("verb,lemma", [("made", "make"), ("gave", "give"), ("offered", "offer")])
def test_an_apology_made_or_offered_is_an_apology(build_doc, verb, lemma) -> None:
    # "Vexcorp <verb> an apology to its customers ."
    doc = build_doc(f"Vexcorp {verb} an apology to its customers .", heads=[1, 1, 3, 1, 1, 6, 4, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "poss", "pobj", "punct"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NN", "IN", "PRP$", "NNS", "."],
                    lemmas=["vexcorp", lemma, "an", "apology", "to", "its", "customer", "."])
    assert _event(doc[1]) == "CONCEDE"


def test_talks_offered_stay_an_offer(build_doc) -> None:
    doc = build_doc("Vexcorp offered talks to the union .", heads=[1, 1, 1, 1, 5, 3, 1],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                    pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                    tags=["NNP", "VBD", "NNS", "IN", "DT", "NN", "."],
                    lemmas=["vexcorp", "offer", "talk", "to", "the", "union", "."])
    assert _event(doc[1]) == "AGREE"


def _advised(build_doc, obj: str):
    # "The minister advised the <obj> to resign ."
    return build_doc(f"The minister advised the {obj} to resign .", heads=[1, 2, 2, 4, 2, 6, 2, 2],
                     deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                     tags=["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "."],
                     lemmas=["the", "minister", "advise", "the", obj, "to", "resign", "."])


def test_advising_an_official_to_resign_is_a_request(build_doc) -> None:
    assert _event(_advised(build_doc, "governor")[2]) == "REQUEST"


def test_advice_with_no_one_advised_is_no_request(build_doc) -> None:
    # "The minister advised caution ." : no one asked to act
    doc = build_doc("The minister advised caution .", heads=[1, 2, 2, 2, 2],
                    deps=["det", "nsubj", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "NN", "."], lemmas=["the", "minister", "advise", "caution", "."])
    assert _event(doc[2]) != "REQUEST"


def _denied(build_doc, prize: str):
    # "Vexland denied Zemia a <prize> ."
    return build_doc(f"Vexland denied Zemia a {prize} .", heads=[1, 1, 1, 4, 1, 1],
                     deps=["nsubj", "ROOT", "dative", "det", "dobj", "punct"],
                     pos=["PROPN", "VERB", "PROPN", "DET", "NOUN", "PUNCT"], tags=["NNP", "VBD", "NNP", "DT", "NN", "."],
                     lemmas=["vexland", "deny", "zemia", "a", prize, "."])


@pytest.mark.parametrize("prize", ["win", "title", "try", "medal"])
def test_a_win_denied_is_a_result(build_doc, prize) -> None:
    assert _event(_denied(build_doc, prize)[1]) == "-"


def test_a_visa_denied_stays_a_refusal(build_doc) -> None:
    assert _event(_denied(build_doc, "visa")[1]) == "REJECT"


# --- a charge laid by a body that is no state's ---------------------------------------------------------------------

def _charged(build_doc):
    return build_doc("Velpa charged Zorn with misconduct .", heads=[1, 1, 1, 1, 3, 1],
                     deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                     pos=["PROPN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"], tags=["NNP", "VBD", "NNP", "IN", "NN", "."],
                     lemmas=["velpa", "charge", "zorn", "with", "misconduct", "."])


def test_a_federation_charge_is_an_accusation(build_doc, cues) -> None:
    doc = _charged(build_doc)
    federation = [Party(entity="e1", text="Velpa", country="NGO", sector=[])]
    assert sport_business.disciplinary_charge(doc[1], "COERCE", federation, {"NGO", "IGO"}, {}, cues)
    association = [Party(entity="e1", text="Velpa", country="GBR", sector=[])]
    assert sport_business.disciplinary_charge(doc[1], "COERCE", association, {"NGO"}, {"e1": "ORG"}, cues)


def test_a_charge_by_police_or_a_state_stays_legal_action(build_doc, cues) -> None:
    doc = _charged(build_doc)
    police = [Party(entity="e1", text="Velpa police", country="GBR", sector=["COP"])]
    assert not sport_business.disciplinary_charge(doc[1], "COERCE", police, {"NGO"}, {"e1": "ORG"}, cues)
    state = [Party(entity="e1", text="Velpa", country="GBR", sector=[])]
    assert not sport_business.disciplinary_charge(doc[1], "COERCE", state, {"NGO"}, {"e1": "GPE"}, cues)


# --- a stance as the reason of praise ------------------------------------------------------------------------------

def _praised(build_doc, noun: str, verb: str = "praise"):
    # "The mayor was praised for his <noun> to the plan ."
    return build_doc(f"The mayor was praised for his {noun} to the plan .", heads=[1, 3, 3, 3, 3, 6, 4, 6, 9, 7, 3],
                     deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj", "prep", "det", "pobj",
                           "punct"],
                     pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                     tags=["DT", "NN", "VBD", "VBN", "IN", "PRP$", "NN", "IN", "DT", "NN", "."],
                     lemmas=["the", "mayor", "be", verb, "for", "his", noun, "to", "the", "plan", "."])


def test_a_stance_praised_is_no_act(build_doc, cues) -> None:
    assert sport_business.reason_for_judging(_praised(build_doc, "opposition")[6], cues)


def test_a_stance_under_another_verb_is_not_this_rule(build_doc, cues) -> None:
    assert not sport_business.reason_for_judging(_praised(build_doc, "opposition", "know")[6], cues)


# --- leaving office as a term ends ---------------------------------------------------------------------------------

def _step_down(build_doc, noun: str):
    # "He will step down at the end of his <noun> ."
    return build_doc(f"He will step down at the end of his {noun} .", heads=[2, 2, 2, 2, 2, 6, 4, 6, 9, 7, 2],
                     deps=["nsubj", "aux", "ROOT", "prt", "prep", "det", "pobj", "prep", "poss", "pobj", "punct"],
                     pos=["PRON", "AUX", "VERB", "ADP", "ADP", "DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT"],
                     tags=["PRP", "MD", "VB", "RP", "IN", "DT", "NN", "IN", "PRP$", "NN", "."])


def test_stepping_down_at_the_end_of_a_term_is_no_withdrawal(build_doc, cues) -> None:
    assert sport_business.leaving_at_term_end(_step_down(build_doc, "term")[2], cues)


def test_stepping_down_at_the_end_of_a_meeting_is_not_this_rule(build_doc, cues) -> None:
    assert not sport_business.leaving_at_term_end(_step_down(build_doc, "meeting")[2], cues)


def test_retiring_when_a_contract_expires(build_doc, cues) -> None:
    # "She will retire when her contract expires ."
    doc = build_doc("She will retire when her contract expires .", heads=[2, 2, 2, 6, 5, 6, 2, 2],
                    deps=["nsubj", "aux", "ROOT", "advmod", "poss", "nsubj", "advcl", "punct"],
                    pos=["PRON", "AUX", "VERB", "SCONJ", "PRON", "NOUN", "VERB", "PUNCT"],
                    tags=["PRP", "MD", "VB", "WRB", "PRP$", "NN", "VBZ", "."],
                    lemmas=["she", "will", "retire", "when", "her", "contract", "expire", "."])
    assert sport_business.leaving_at_term_end(doc[2], cues)


# --- a habit denied ------------------------------------------------------------------------------------------------

def _not_ask(build_doc, aux: str, tag: str):
    # "The coach <aux> not ask his players to attack ."
    return build_doc(f"The coach {aux} not ask his players to attack .", heads=[1, 4, 4, 4, 4, 6, 4, 8, 4, 4],
                     deps=["det", "nsubj", "aux", "neg", "ROOT", "poss", "dobj", "aux", "xcomp", "punct"],
                     pos=["DET", "NOUN", "AUX", "PART", "VERB", "PRON", "NOUN", "PART", "VERB", "PUNCT"],
                     tags=["DT", "NN", tag, "RB", "VB", "PRP$", "NNS", "TO", "VB", "."],
                     lemmas=["the", "coach", "do", "not", "ask", "his", "player", "to", "attack", "."])


def test_a_present_negation_is_a_habit(build_doc) -> None:
    assert sport_business.habit_denied(_not_ask(build_doc, "does", "VBZ")[4], "negated")


def test_a_past_negation_stays_negated(build_doc) -> None:
    assert not sport_business.habit_denied(_not_ask(build_doc, "did", "VBD")[4], "negated")


# --- whole sentences of our own ------------------------------------------------------------------------------------

def test_sentences(pipeline) -> None:
    assert ("CONCEDE", "asserted") in _events(pipeline, "Tesco made a full apology to its customers on Monday.")
    assert not any(t == "REJECT" for t, _ in _events(pipeline, "France denied England a win in Paris."))
    assert not _events(pipeline, "President Chirac said he would step down at the end of his term.")
    assert not any(t == "REJECT" for t, _ in _events(
        pipeline, "President Chirac was praised for his opposition to the war in Iraq."))
    assert not _events(pipeline, "Mr Blair doesn't ask Mr Bush to change course.")
    assert ("REQUEST", "negated") in _events(pipeline, "The minister did not ask the bank to lower its rates.")
    assert ("ACCUSE", "asserted") in _events(pipeline, "FIFA has charged Arsenal with improper conduct after the match.")
    assert ("COERCE", "asserted") in _events(pipeline, "Scotland Yard has charged two men with fraud.")
    assert ("ACCUSE", "asserted") in _events(pipeline, "FIFA has brought charges against Arsenal.")
    assert ("COERCE", "asserted") in _events(pipeline, "Police brought charges against two men.")
    assert not _events(pipeline, "He faces a charge of murder.")
    assert ("ACCUSE", "asserted") in _events(pipeline, "Investors have accused Shell of hiding its losses.")
    assert not _events(pipeline, "Analysts accused Shell of hiding its losses.")
