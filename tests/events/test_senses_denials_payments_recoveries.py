"""Words of events used of facts, money and economies (session 27, events30; rows of event_lexicon.tsv): a denial
that something is so is no REJECT, an economy pulling out of a slump no RETREAT, "shell out" a sum no ASSAULT, a
deportation deferred no COERCE, a party not recognized "as" what one knew no REJECT. Sentences written for
these tests (none from a data set or an audit)."""

from __future__ import annotations

import pytest

from event_rows import lexicon_event as _event


def _no_event(token) -> bool:
    return _event(token) in (None, "-")


def test_denying_that_a_thing_happened_is_a_statement_but_denying_access_a_refusal(build_doc) -> None:
    doc = build_doc("The navy denied that its ships had sailed", heads=[1, 2, 2, 7, 5, 7, 7, 2],
                    deps=["det", "nsubj", "ROOT", "mark", "poss", "nsubj", "aux", "ccomp"],
                    pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "NOUN", "AUX", "VERB"],
                    lemmas="the navy deny that its ship have sail".split())
    assert _no_event(doc[2])
    doc = build_doc("The navy denied the inspectors access", heads=[1, 2, 2, 4, 2, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dative", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN"],
                    lemmas="the navy deny the inspector access".split())
    assert _event(doc[2]) == "REJECT"


def test_an_economy_pulling_out_of_a_slump_recovers_but_troops_pulling_out_retreat(build_doc) -> None:
    doc = build_doc("The economy pulled out of its slump", heads=[1, 2, 2, 2, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "prt", "prep", "poss", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADP", "PRON", "NOUN"],
                    lemmas="the economy pull out of its slump".split())
    assert _no_event(doc[2])
    doc = build_doc("The troops pulled out of the valley", heads=[1, 2, 2, 2, 2, 6, 4],
                    deps=["det", "nsubj", "ROOT", "prt", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"],
                    lemmas="the troop pull out of the valley".split())
    assert _event(doc[2]) == "RETREAT"


def test_shelling_out_a_sum_is_paying_and_shelling_a_town_an_attack(build_doc) -> None:
    doc = build_doc("Donors shelled out millions", heads=[1, 1, 1, 1],
                    deps=["nsubj", "ROOT", "prt", "dobj"], pos=["NOUN", "VERB", "ADP", "NOUN"],
                    lemmas="donor shell out million".split())
    assert _no_event(doc[1])
    doc = build_doc("Gunners shelled the town", heads=[1, 1, 3, 1],
                    deps=["nsubj", "ROOT", "det", "dobj"], pos=["NOUN", "VERB", "DET", "NOUN"],
                    lemmas="gunner shell the town".split())
    assert _event(doc[1]) == "ASSAULT"


@pytest.mark.parametrize("verb", ["defer", "postpone", "suspend"])
def test_a_deportation_deferred_is_none_carried_out(build_doc, verb: str) -> None:
    doc = build_doc(f"a plan to {verb} deportation for migrants", heads=[1, 1, 3, 1, 3, 3, 5],
                    deps=["det", "ROOT", "aux", "acl", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "NOUN", "ADP", "NOUN"],
                    lemmas=["a", "plan", "to", verb, "deportation", "for", "migrant"])
    assert _no_event(doc[4])
    doc = build_doc("a plan to order deportation for migrants", heads=[1, 1, 3, 1, 3, 3, 5],
                    deps=["det", "ROOT", "aux", "acl", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "NOUN", "ADP", "NOUN"],
                    lemmas="a plan to order deportation for migrant".split())
    assert _event(doc[4]) == "COERCE"


def test_recognizing_a_party_as_what_one_knew_is_identifying_but_as_a_government_recognition(build_doc) -> None:
    doc = build_doc("She does not recognize her party as the one she joined", heads=[3, 3, 3, 3, 5, 3, 3, 8, 6, 10, 8],
                    deps=["nsubj", "aux", "neg", "ROOT", "poss", "dobj", "prep", "det", "pobj", "nsubj", "relcl"],
                    pos=["PRON", "AUX", "PART", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "PRON", "VERB"],
                    lemmas="she do not recognize her party as the one she join".split())
    assert _no_event(doc[3])
    doc = build_doc("Norland recognized the council as the government", heads=[1, 1, 3, 1, 1, 6, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas="norland recognize the council as the government".split())
    assert _event(doc[1]) == "SUPPORT"
