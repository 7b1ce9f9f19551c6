"""Stock warrants and offices named by act words, a press question, an opinion that seems held, a state's strike, a
"once"-clause's condition, federal officials and the firm a purchase buys (issue 14, session 22, brief wire22; classes
of the twenty-first and twenty-second news-wire audits, rule source of wire22): eventcoding/senses_things.py,
press_calls.py, stances.py, wire_phrasings.py (armed_strike), modality.py, federal_centre.py and commerce.py. Each rule on a
hand-built Doc of our own with a negative, then whole sentences of our own (none from a data set or an audit)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsevents.eventcoding import (
    federal_centre,
    frame_targets,
    press_calls,
    senses_things,
    stances,
    timeless,
    wire_phrasings,
)
from newsevents.eventcoding.commerce import purchase_targets
from newsevents.eventcoding.modality import modality_of
from newsevents.record import Party

# --- a stock warrant ------------------------------------------------------------------------------------------------


def _issued(build_doc, count: str, writ: str):
    # "Vexcorp issued 300,000 Class B warrants ." / "Vexcorp issued two arrest warrants ."
    words = f"Vexcorp issued {count} {writ} warrants ."
    return build_doc(words, heads=[1, 1, 4, 4, 1, 1], deps=["nsubj", "ROOT", "nummod", "compound", "dobj", "punct"],
                     pos=["PROPN", "VERB", "NUM", "NOUN" if writ.islower() else "PROPN", "NOUN", "PUNCT"],
                     tags=["NNP", "VBD", "CD", "NN" if writ.islower() else "NNP", "NNS", "."],
                     lemmas=["vexcorp", "issue", count.lower(), writ.lower(), "warrant", "."])


def test_warrants_counted_in_thousands_are_stock(build_doc, cues) -> None:
    doc = _issued(build_doc, "300,000", "B")
    assert senses_things.stock_warrant(doc[1], doc[4], ["arrest"], cues)


def test_a_class_of_warrants_is_stock_and_an_arrest_warrant_is_a_writ(build_doc, cues) -> None:
    assert senses_things.stock_warrant(_issued(build_doc, "two", "B")[1], None, ["arrest"], cues)  # "Class B"-like
    writ = _issued(build_doc, "two", "arrest")  # "issued two arrest warrants"
    assert not senses_things.stock_warrant(writ[1], writ[4], ["arrest"], cues)


def test_a_few_warrants_for_someone_stay_writs(build_doc, cues) -> None:
    # "Police issued warrants for three men ."
    doc = build_doc("Police issued warrants for three men .", heads=[1, 1, 1, 1, 5, 3, 1],
                    deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "punct"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
                    tags=["NNS", "VBD", "NNS", "IN", "CD", "NNS", "."],
                    lemmas=["police", "issue", "warrant", "for", "three", "man", "."])
    assert not senses_things.stock_warrant(doc[1], doc[2], ["arrest"], cues)


# --- an office's name -----------------------------------------------------------------------------------------------


def test_an_act_noun_naming_an_office(build_doc, cues) -> None:
    # "The fraud investigation department arrested two men ."
    doc = build_doc("The fraud investigation department arrested two men .", heads=[3, 2, 3, 4, 4, 6, 4, 4],
                    deps=["det", "compound", "compound", "nsubj", "ROOT", "nummod", "dobj", "punct"],
                    pos=["DET", "NOUN", "NOUN", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
                    lemmas=["the", "fraud", "investigation", "department", "arrest", "two", "man", "."])
    assert senses_things.office_name(doc[2], cues)


def test_an_office_noun_misread_as_a_conjunct(build_doc, cues) -> None:
    # "the fraud investigation and customs departments could not be reached" (the parser's conjunction)
    doc = build_doc("the fraud investigation and customs departments", heads=[2, 2, 2, 2, 5, 2],
                    deps=["det", "amod", "ROOT", "cc", "compound", "conj"],
                    pos=["DET", "NOUN", "NOUN", "CCONJ", "NOUN", "NOUN"], tags=["DT", "NN", "NN", "CC", "NN", "NNS"],
                    lemmas=["the", "fraud", "investigation", "and", "customs", "department"])
    assert senses_things.office_name(doc[2], cues)


def test_an_investigation_with_its_own_phrase_stays_an_act(build_doc, cues) -> None:
    # "the investigation into the fire and customs departments" : the act's own phrase
    doc = build_doc("the investigation into the fire and customs departments", heads=[1, 1, 1, 4, 2, 1, 7, 1],
                    deps=["det", "ROOT", "prep", "det", "pobj", "cc", "compound", "conj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "NOUN", "NOUN"],
                    tags=["DT", "NN", "IN", "DT", "NN", "CC", "NN", "NNS"],
                    lemmas=["the", "investigation", "into", "the", "fire", "and", "customs", "department"])
    assert not senses_things.office_name(doc[1], cues)


# --- a press question -----------------------------------------------------------------------------------------------


def _asked(build_doc, agent: bool = False):
    if agent:  # "Asked by the court to respond , the minister declined ."
        return build_doc("Asked by the court to respond , the minister declined .",
                         heads=[9, 0, 3, 1, 5, 0, 9, 8, 9, 9, 9],
                         deps=["advcl", "agent", "det", "pobj", "aux", "xcomp", "punct", "det", "nsubj", "ROOT", "punct"],
                         pos=["VERB", "ADP", "DET", "NOUN", "PART", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                         tags=["VBN", "IN", "DT", "NN", "TO", "VB", ",", "DT", "NN", "VBD", "."],
                         lemmas=["ask", "by", "the", "court", "to", "respond", ",", "the", "minister", "decline", "."])
    # "Asked to comment , a spokesman said he had not seen it ."
    return build_doc("Asked to comment , a spokesman said he had not seen it .",
                     heads=[6, 2, 0, 6, 5, 6, 6, 10, 10, 10, 6, 10, 6],
                     deps=["advcl", "aux", "xcomp", "punct", "det", "nsubj", "ROOT", "nsubj", "aux", "neg", "ccomp",
                           "dobj", "punct"],
                     pos=["VERB", "PART", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PRON", "AUX", "PART", "VERB", "PRON",
                          "PUNCT"],
                     tags=["VBN", "TO", "VB", ",", "DT", "NN", "VBD", "PRP", "VBD", "RB", "VBN", "PRP", "."],
                     lemmas=["ask", "to", "comment", ",", "a", "spokesman", "say", "he", "have", "not", "see", "it",
                             "."])


def test_asked_to_comment_is_a_press_question(build_doc, cues) -> None:
    assert press_calls.asked_to_comment(_asked(build_doc)[0], "REQUEST", cues)


def test_asked_by_a_named_party_stays_a_request(build_doc, cues) -> None:
    assert not press_calls.asked_to_comment(_asked(build_doc, agent=True)[0], "REQUEST", cues)


# --- an opinion that seems held ---------------------------------------------------------------------------------------


def _seem(build_doc, opinion: bool = True):
    if opinion:  # "Most lawmakers seem to agree the plan is dead ."
        return build_doc("Most lawmakers seem to agree the plan is dead .", heads=[1, 2, 2, 4, 2, 6, 7, 4, 7, 2],
                         deps=["amod", "nsubj", "ROOT", "aux", "xcomp", "det", "nsubj", "ccomp", "acomp", "punct"],
                         pos=["ADJ", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
                         tags=["JJS", "NNS", "VBP", "TO", "VB", "DT", "NN", "VBZ", "JJ", "."],
                         lemmas=["most", "lawmaker", "seem", "to", "agree", "the", "plan", "be", "dead", "."])
    # "The rebels appeared to reject the offer ."
    return build_doc("The rebels appeared to reject the offer .", heads=[1, 2, 2, 4, 2, 6, 4, 2],
                     deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                     tags=["DT", "NNS", "VBD", "TO", "VB", "DT", "NN", "."],
                     lemmas=["the", "rebel", "appear", "to", "reject", "the", "offer", "."])


def test_seeming_to_agree_is_an_opinion(build_doc, cues) -> None:
    assert stances.seeming_opinion(_seem(build_doc)[4], "AGREE", cues)


def test_appearing_to_reject_an_offer_stays_an_act(build_doc, cues) -> None:
    assert not stances.seeming_opinion(_seem(build_doc, opinion=False)[4], "REJECT", cues)


# --- a state's strike -------------------------------------------------------------------------------------------------


def _strike(build_doc):
    # "Vexland could strike again ."
    return build_doc("Vexland could strike again .", heads=[2, 2, 2, 2, 2],
                     deps=["nsubj", "aux", "ROOT", "advmod", "punct"], pos=["PROPN", "AUX", "VERB", "ADV", "PUNCT"],
                     tags=["NNP", "MD", "VB", "RB", "."], lemmas=["vexland", "could", "strike", "again", "."])


def test_a_state_its_leader_or_its_troops_strike_in_attack(build_doc, cues) -> None:
    doc = _strike(build_doc)
    kinds = {"e1": "GPE", "e2": "PERSON"}
    assert wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(entity="e1", text="Vexland", country="VXL")], cues, kinds)
    assert wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(entity="e2", text="President Quill", country="VXL",
                                                         sector=["GOV"])], cues, kinds)
    assert wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(text="Vexlandic troops", country="VXL", sector=["MIL"])],
                               cues, kinds)


def test_civil_servants_and_state_workers_keep_the_walkout(build_doc, cues) -> None:
    doc = _strike(build_doc)
    assert not wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(text="civil servants", country="VXL", sector=["GOV"])],
                                   cues, {})
    assert not wire_phrasings.armed_strike(doc[2], "PROTEST", [Party(text="state workers", country="VXL",
                                                             sector=["GOV", "LAB"])], cues, {})


# --- a "once"-clause's condition --------------------------------------------------------------------------------------


def _once(build_doc, future: bool = True):
    if future:  # "The offer will be approved once it submits details ."
        return build_doc("The offer will be approved once it submits details .", heads=[1, 4, 4, 4, 4, 7, 7, 4, 7, 4],
                         deps=["det", "nsubjpass", "aux", "auxpass", "ROOT", "mark", "nsubj", "advcl", "dobj", "punct"],
                         pos=["DET", "NOUN", "AUX", "AUX", "VERB", "SCONJ", "PRON", "VERB", "NOUN", "PUNCT"],
                         tags=["DT", "NN", "MD", "VB", "VBN", "IN", "PRP", "VBZ", "NNS", "."],
                         lemmas=["the", "offer", "will", "be", "approve", "once", "it", "submit", "detail", "."])
    # "Once he arrived , he was arrested ."
    return build_doc("Once he arrived , he was arrested .", heads=[2, 2, 6, 6, 6, 6, 6, 6],
                     deps=["mark", "nsubj", "advcl", "punct", "nsubjpass", "auxpass", "ROOT", "punct"],
                     pos=["SCONJ", "PRON", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
                     tags=["IN", "PRP", "VBD", ",", "PRP", "VBD", "VBN", "."],
                     lemmas=["once", "he", "arrive", ",", "he", "be", "arrest", "."])


def test_a_once_clause_under_what_will_follow_is_a_condition(build_doc, cues) -> None:
    assert modality_of(_once(build_doc)[7], cues) == "hypothetical"


def test_a_once_clause_of_a_past_act_tells_a_time(build_doc, cues) -> None:
    assert modality_of(_once(build_doc, future=False)[2], cues) == "asserted"


# --- federal officials --------------------------------------------------------------------------------------------------


def _story(*countries: str):
    entities = [SimpleNamespace(country=c) for c in countries]
    return SimpleNamespace(_=SimpleNamespace(entities=entities, places=[]))


def test_federal_officials_are_the_one_federations(cues) -> None:
    officials = Party(text="federal immigration officials")
    out = federal_centre.federal_officials([officials], [], _story("USA", "CUB"), None, cues)
    assert out[0].country == "USA"


def test_two_federations_or_a_firms_name_leave_it_uncoded(cues) -> None:
    officials = Party(text="federal prosecutors")
    assert federal_centre.federal_officials([officials], [], _story("USA", "CAN"), None, cues)[0].country is None
    firm = Party(text="Federal Vexpress")  # a firm's name, not the adjective
    assert federal_centre.federal_officials([firm], [], _story("USA"), None, cues)[0].country is None


# --- the firm a purchase buys -----------------------------------------------------------------------------------------


def _is_party(token) -> bool:
    return token.pos_ == "PROPN"


def test_a_purchase_told_as_the_purpose_of_a_payment(build_doc, cues) -> None:
    # "Vexcorp agreed to pay cash and shares to acquire Zentrax ." (the parser hangs "to acquire" on the shares)
    doc = build_doc("Vexcorp agreed to pay cash and shares to acquire Zentrax .",
                    heads=[1, 1, 3, 1, 3, 4, 4, 8, 6, 8, 1],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "cc", "conj", "aux", "relcl", "dobj", "punct"],
                    pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "CCONJ", "NOUN", "PART", "VERB", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "TO", "VB", "NN", "CC", "NNS", "TO", "VB", "NNP", "."],
                    lemmas=["vexcorp", "agree", "to", "pay", "cash", "and", "share", "to", "acquire", "zentrax", "."],
                    ents=["B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O"])
    assert [t.text for t in purchase_targets(doc[1], cues, _is_party)] == ["Zentrax"]


def test_a_stake_relativised_off_the_agreement(build_doc, cues) -> None:
    # "the stake it agreed to acquire in Zentrax 's cable business"
    doc = build_doc("the stake it agreed to acquire in Zentrax 's cable business",
                    heads=[1, 1, 3, 1, 5, 3, 5, 10, 7, 10, 6],
                    deps=["det", "ROOT", "nsubj", "relcl", "aux", "xcomp", "prep", "poss", "case", "compound", "pobj"],
                    pos=["DET", "NOUN", "PRON", "VERB", "PART", "VERB", "ADP", "PROPN", "PART", "NOUN", "NOUN"],
                    tags=["DT", "NN", "PRP", "VBD", "TO", "VB", "IN", "NNP", "POS", "NN", "NN"],
                    lemmas=["the", "stake", "it", "agree", "to", "acquire", "in", "zentrax", "'s", "cable", "business"],
                    ents=["O", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O"])
    assert [t.text for t in purchase_targets(doc[3], cues, _is_party)] == ["Zentrax"]


def test_an_agreement_to_pay_no_one_named_finds_no_firm(build_doc, cues) -> None:
    # "Vexcorp agreed to pay a fine ."
    doc = build_doc("Vexcorp agreed to pay a fine .", heads=[1, 1, 3, 1, 5, 3, 1],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                    pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
                    tags=["NNP", "VBD", "TO", "VB", "DT", "NN", "."],
                    lemmas=["vexcorp", "agree", "to", "pay", "a", "fine", "."])
    assert purchase_targets(doc[1], cues, _is_party) == []


# --- whom a request is made of, inside the thing asked for -----------------------------------------------------------


def test_a_from_inside_the_thing_requested(build_doc, cues) -> None:
    # "Vexland requested $ 50 million in aid from Zentria ."
    doc = build_doc("Vexland requested $ 50 million in aid from Zentria .", heads=[1, 1, 4, 4, 1, 4, 5, 6, 7, 1],
                    deps=["nsubj", "ROOT", "quantmod", "compound", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "SYM", "NUM", "NUM", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    lemmas=["vexland", "request", "$", "50", "million", "in", "aid", "from", "zentria", "."])
    assert [t.text for t in frame_targets.request_source(doc[1], _is_party, cues)] == ["Zentria"]


def test_a_request_with_no_from_finds_no_one(build_doc, cues) -> None:
    # "Vexland requested $ 50 million in aid ."
    doc = build_doc("Vexland requested $ 50 million in aid .", heads=[1, 1, 4, 4, 1, 4, 5, 1],
                    deps=["nsubj", "ROOT", "quantmod", "compound", "dobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "SYM", "NUM", "NUM", "ADP", "NOUN", "PUNCT"],
                    lemmas=["vexland", "request", "$", "50", "million", "in", "aid", "."])
    assert frame_targets.request_source(doc[1], _is_party, cues) == []


# --- the side of a condemned attack -----------------------------------------------------------------------------------


def _condemned(build_doc, doer: bool):
    if doer:  # "Vexland condemned Zentria 's attack on the convoy ."
        return build_doc("Vexland condemned Zentria 's attack on the convoy .", heads=[1, 1, 4, 2, 1, 4, 7, 5, 1],
                         deps=["nsubj", "ROOT", "poss", "case", "dobj", "prep", "det", "pobj", "punct"],
                         pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                         lemmas=["vexland", "condemn", "zentria", "'s", "attack", "on", "the", "convoy", "."])
    # "Vexland condemned the bombing of the embassies ."
    return build_doc("Vexland condemned the bombing of the embassies .", heads=[1, 1, 3, 1, 3, 6, 4, 1],
                     deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                     lemmas=["vexland", "condemn", "the", "bombing", "of", "the", "embassy", "."])


def test_the_bombed_are_not_the_target_of_a_condemnation(build_doc, cues) -> None:
    doc = _condemned(build_doc, doer=False)
    assert frame_targets.without_attacked(doc[1], "ACCUSE", [doc[6]], cues) == []


def test_the_attacker_stays_the_target(build_doc, cues) -> None:
    doc = _condemned(build_doc, doer=True)
    assert [t.text for t in frame_targets.without_attacked(doc[1], "ACCUSE", [doc[2], doc[7]], cues)] == ["Zentria"]
    assert frame_targets.without_attacked(doc[1], "ASSAULT", [doc[7]], cues) == [doc[7]]  # only a condemnation


# --- a yearly round ------------------------------------------------------------------------------------------------


def _round(build_doc, verb: str, tag: str, lemma: str):
    # "Farmers protest each July ." / "Farmers protested each July ."
    return build_doc(f"Farmers {verb} each July .", heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "npadvmod", "punct"],
                     pos=["NOUN", "VERB", "DET", "PROPN", "PUNCT"], tags=["NNS", tag, "DT", "NNP", "."],
                     lemmas=["farmer", lemma, "each", "july", "."], ents=["O", "O", "B-DATE", "I-DATE", "O"])


def test_a_custom_in_the_present_is_no_act_at_a_time(build_doc, cues) -> None:
    assert timeless.yearly_round(_round(build_doc, "protest", "VBP", "protest")[1], "PROTEST", cues)


def test_a_past_round_or_force_is_left_alone(build_doc, cues) -> None:
    assert not timeless.yearly_round(_round(build_doc, "protested", "VBD", "protest")[1], "PROTEST", cues)
    assert not timeless.yearly_round(_round(build_doc, "shell", "VBP", "shell")[1], "ASSAULT", cues)


# --- whole sentences of our own ---------------------------------------------------------------------------------------


def _events(pipeline, text: str, published: str = "1995-05-01"):
    return pipeline.extract(text, published=published).events


def test_a_firm_issuing_stock_warrants_arrests_no_one(pipeline) -> None:
    events = _events(pipeline, "About 2.3 million Class B warrants were issued, the company said.")
    assert not any(e.event in ("COERCE", "THREATEN") for e in events)


def test_a_court_issuing_an_arrest_warrant_stays_coercion(pipeline) -> None:
    events = _events(pipeline, "Japanese police issued arrest warrants for 12 Chinese men.")
    assert any(e.event == "COERCE" for e in events)


def test_a_spokesman_asked_to_comment_is_asked_by_no_party(pipeline) -> None:
    text = "Asked to comment on the report, a French foreign ministry spokesman said he had not seen it."
    assert not any(e.event == "REQUEST" for e in _events(pipeline, text))


@pytest.mark.parametrize("text", ["Officials hope that if Vexland strikes again, the allies will crush it.",
                                  "Officials fear Iraqi troops could strike again."])
def test_a_states_strike_is_an_attack(pipeline, text) -> None:
    events = [e for e in _events(pipeline, text) if e.trigger.text.startswith("strike")]
    assert all(e.event != "PROTEST" for e in events)
