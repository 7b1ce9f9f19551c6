"""Events with no named doer, headline verbs read as nouns, hyphenated words and charges a report tells (issue 14,
session 17, brief s17-passive17; eventcoding/doerless.py and the ``passive17`` rows of event_lexicon.tsv and
event_cues.tsv). Each rule on a hand-built Doc of our own with a negative, then whole sentences of our own (none
from a data set nor from phrasings_heldout24.tsv)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.eventcoding import doerless

PUBLISHED = "2025-03-10"


def _passive(build_doc, verb: str, lemma: str, agent: bool = False):
    words = f"Two envoys were {verb}" + (" by Peru" if agent else "")
    heads = [1, 3, 3, 3] + ([3, 4] if agent else [])
    deps = ["nummod", "nsubjpass", "auxpass", "ROOT"] + (["agent", "pobj"] if agent else [])
    pos = ["NUM", "NOUN", "AUX", "VERB"] + (["ADP", "PROPN"] if agent else [])
    tags = ["CD", "NNS", "VBD", "VBN"] + (["IN", "NNP"] if agent else [])
    lemmas = ["two", "envoy", "be", lemma] + (["by", "peru"] if agent else [])
    return build_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_an_agentless_passive_of_a_doerless_verb_is_an_act_but_not_with_an_agent_or_another_verb(build_doc, cues) -> None:
    assert doerless.agentless_act(_passive(build_doc, "expelled", "expel")[3], cues.doerless_verb)
    assert not doerless.agentless_act(_passive(build_doc, "expelled", "expel", agent=True)[3], cues.doerless_verb)
    assert not doerless.agentless_act(_passive(build_doc, "praised", "praise")[3], cues.doerless_verb)


def _told(build_doc, teller: str, patient_det: str):
    words = f"{teller} said {patient_det} men were arrested"
    return build_doc(words, heads=[1, 1, 3, 5, 5, 1], deps=["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp"],
                     pos=["NOUN", "VERB", "DET" if patient_det != "its" else "PRON", "NOUN", "AUX", "VERB"],
                     tags=["NNS", "VBD", "CD" if patient_det != "its" else "PRP$", "NNS", "VBD", "VBN"],
                     lemmas=[teller.lower(), "say", patient_det, "man", "be", "arrest"])


def test_a_state_force_that_tells_a_passive_state_act_did_it_but_not_its_own_people_nor_a_civil_teller(build_doc, cues) -> None:
    sector = {"police": "COP", "army": "MIL", "residents": "CVL"}.get
    doc = _told(build_doc, "police", "two")
    assert [t.text for t in doerless.telling_force(doc[5], cues.telling_verb, sector, cues.repressing_sector)] == ["police"]
    doc = _told(build_doc, "police", "its")
    assert doerless.telling_force(doc[5], cues.telling_verb, sector, cues.repressing_sector) == []
    doc = _told(build_doc, "residents", "two")
    assert doerless.telling_force(doc[5], cues.telling_verb, sector, cues.repressing_sector) == []


def _hyphen_doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[w.lower() for w in words])


def test_the_joined_forms_of_a_hyphenated_word_and_none_for_a_spaced_dash() -> None:
    doc = _hyphen_doc(["a", "walk", "-", "out"], [True, False, False, False])
    assert doerless.hyphen_forms(doc[3]) == ["walk-out", "walkout"]
    doc = _hyphen_doc(["the", "walk", "-", "out"], [True, True, True, False])  # "walk - out": a dash, two words
    assert doerless.hyphen_forms(doc[3]) == []
    assert doerless.hyphen_forms(doc[1]) == []


def test_a_headline_noun_in_s_after_a_name_that_is_a_lexicon_verb_is_made_the_verb(build_doc) -> None:
    doc = build_doc("Peru expels Bolivian consul", heads=[1, 3, 3, 3], deps=["compound", "nmod", "amod", "ROOT"],
                    pos=["PROPN", "NOUN", "ADJ", "NOUN"], tags=["NNP", "NNS", "JJ", "NN"],
                    lemmas=["Peru", "expel", "bolivian", "consul"])
    assert doerless.headline_verb(doc, lambda form: form == "expel") == 1
    assert (doc[1].pos_, doc[1].dep_, doc[0].dep_, doc[0].head.i, doc[3].dep_, doc[3].head.i) == \
        ("VERB", "ROOT", "nsubj", 1, "dobj", 1)
    doc = build_doc("Peru sells Bolivian copper", heads=[1, 3, 3, 3], deps=["compound", "nmod", "amod", "ROOT"],
                    pos=["PROPN", "NOUN", "ADJ", "NOUN"], tags=["NNP", "NNS", "JJ", "NN"])
    assert doerless.headline_verb(doc, lambda form: form == "expel") == 0


def test_a_nationals_object_is_the_patient_but_not_forces_moved_nor_a_thing(build_doc) -> None:
    doc = build_doc("expelled Bolivian consuls", heads=[0, 2, 0], deps=["ROOT", "amod", "dobj"],
                    pos=["VERB", "ADJ", "NOUN"], lemmas=["expel", "bolivian", "consul"],
                    ents=["O", "B-NORP", "O"])
    someone = lambda t: t.lemma_ == "consul"  # noqa: E731
    assert doerless.people_of_a_country(doc[2], "SANCTION", someone)
    assert not doerless.people_of_a_country(doc[2], "MOBILIZE", someone)
    assert not doerless.people_of_a_country(doc[2], "SANCTION", lambda t: False)


def test_a_charge_in_the_agentless_passive_tells_the_act_but_not_an_accusation_with_an_accuser(build_doc) -> None:
    doc = build_doc("rebels were accused of looting", heads=[2, 2, 2, 2, 3],
                    deps=["nsubjpass", "auxpass", "ROOT", "prep", "pcomp"],
                    pos=["NOUN", "AUX", "VERB", "ADP", "VERB"], tags=["NNS", "VBD", "VBN", "IN", "VBG"])
    assert doerless.charge_told(doc[4], doc[2], "ACCUSE")
    doc = build_doc("rebels were accused by Peru of looting", heads=[2, 2, 2, 2, 3, 2, 5],
                    deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "prep", "pcomp"],
                    pos=["NOUN", "AUX", "VERB", "ADP", "PROPN", "ADP", "VERB"],
                    tags=["NNS", "VBD", "VBN", "IN", "NNP", "IN", "VBG"])
    assert not doerless.charge_told(doc[6], doc[2], "ACCUSE")


SENTENCES = [
    ("Fresh sanctions were imposed on Venezuelan oil officials last week.", "SANCTION", None, "VEN"),
    ("Three Swedish diplomats were expelled on Monday.", "SANCTION", None, "SWE"),
    ("Wheat and rice were sent to northern Yemen after the cyclone.", "AID", None, "YEM"),
    ("A Belarusian blogger was sentenced to six years in prison.", "COERCE", None, "BLR"),
    ("Ugandan police said five students were detained after the march.", "COERCE", "UGA", None),
    ("Ghana expels Nigerian envoy", "SANCTION", "GHA", "NGA"),
    ("French soldiers quit the base at Gao on Sunday.", "RETREAT", "FRA", None),
    ("Georgian troops launched a counter-attack on the rebels.", "ASSAULT", "GEO", None),
    ("Cuban troops are accused of shelling farms, a human rights report said.", "ASSAULT", "CUB", None),
]


@pytest.mark.parametrize("text,kind,actor,recipient", SENTENCES, ids=[s[1] + "-" + s[0][:20] for s in SENTENCES])
def test_an_event_with_no_named_doer_or_in_a_split_word_is_coded(events_of, text: str, kind: str, actor: str | None,
                                                                 recipient: str | None) -> None:
    events = [e for e in events_of(text) if e.event == kind]
    assert events, f"{kind} not in {[e.event for e in events_of(text)]}"
    if actor:
        assert any(actor in [p.country for p in e.actor] for e in events)
    else:
        assert any(not e.actor for e in events)
    if recipient:
        assert any(recipient in [p.country for p in e.recipient] for e in events)


def test_a_charge_a_report_tells_is_hypothetical_and_the_report_no_actor(events_of) -> None:
    events = [e for e in events_of("Cuban troops are accused of shelling farms, a human rights report said.")
              if e.event == "ASSAULT"]
    assert events and all(e.modality == "hypothetical" for e in events)
    assert not any(e.event == "ACCUSE" for e in events_of("Cuban troops are accused of shelling farms, a human rights report said."))


NON_EVENTS = [
    "The album was released on Friday.",
    "The band's new single was rejected by radio stations.",
    "Two players were sent off in the second half.",
    "Three walkers were killed when a rockslide hit the path.",
    "The minister quit the government.",
    "Apple unveils new phones",
    "The manager was accused of lying about his record.",
]


@pytest.mark.parametrize("text", NON_EVENTS, ids=[t[:24] for t in NON_EVENTS])
def test_the_same_shapes_with_no_political_act_code_nothing(events_of, text: str) -> None:
    assert not events_of(text), [(e.event, e.trigger) for e in events_of(text)]
