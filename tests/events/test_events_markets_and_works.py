"""Markets, products and works are no parties to political acts (issue 14, ninth audit's classes):
a market's demand is no request, a film shoot no shooting, a word of a name no weapon. Sentences
written for these tests; the rules are checked on hand-built parses, the pipeline on a few
sentences with the acts that must stay beside them."""

from __future__ import annotations

import pytest

from newsevents.components.events import _film_shoot, _market_want, _weapon_mode

PUBLISHED = "2023-05-02"


@pytest.fixture(scope="module")
def cues():
    from newsevents.eventcoding.lexicon import load_cues
    return load_cues()


def test_a_bare_demand_is_a_markets_want(build_doc, cues):
    # "cheap loans boosted demand": bare, singular, no possessor
    doc = build_doc("cheap loans boosted demand", heads=[1, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj"],
                    pos=["ADJ", "NOUN", "VERB", "NOUN"], tags=["JJ", "NNS", "VBD", "NN"],
                    lemmas=["cheap", "loan", "boost", "demand"])
    assert _market_want(doc[3], cues)
    # "Kenyan demand for diesel rose": what is wanted is sold
    doc = build_doc("Kenyan demand for diesel rose", heads=[1, 4, 1, 2, 4], deps=["amod", "nsubj", "prep", "pobj", "ROOT"],
                    pos=["ADJ", "NOUN", "ADP", "NOUN", "VERB"], tags=["JJ", "NN", "IN", "NN", "VBD"],
                    lemmas=["kenyan", "demand", "for", "diesel", "rise"])
    assert _market_want(doc[1], cues)


def test_a_partys_demand_stays_a_request(build_doc, cues):
    # "the union 's demand for talks": a possessor, and what is wanted is no thing sold
    doc = build_doc("the union 's demand for talks", heads=[1, 3, 1, 3, 3, 4],
                    deps=["det", "poss", "case", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "PART", "NOUN", "ADP", "NOUN"], tags=["DT", "NN", "POS", "NN", "IN", "NNS"],
                    lemmas=["the", "union", "'s", "demand", "for", "talk"])
    assert not _market_want(doc[3], cues)
    # "demand for reform grew": bare, but reform is not sold
    doc = build_doc("demand for reform grew", heads=[3, 0, 1, 3], deps=["nsubj", "prep", "pobj", "ROOT"],
                    pos=["NOUN", "ADP", "NOUN", "VERB"], tags=["NN", "IN", "NN", "VBD"],
                    lemmas=["demand", "for", "reform", "grow"])
    assert not _market_want(doc[0], cues)


def test_a_film_shot_in_a_language_or_on_location_is_filming(build_doc, cues):
    doc = build_doc("Harbour Lights was shot in Yoruba and English", heads=[1, 3, 3, 3, 3, 4, 5, 5],
                    deps=["compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj"],
                    pos=["PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "PROPN"],
                    lemmas=["harbour", "lights", "be", "shoot", "in", "yoruba", "and", "english"],
                    ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-LANGUAGE"])
    assert _film_shoot(doc[3], cues)
    doc = build_doc("the drama was shot on location", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"], lemmas=["the", "drama", "be", "shoot", "on", "location"])
    assert _film_shoot(doc[3], cues)
    # "police shot the man in the head": a body part, no film
    doc = build_doc("police shot the man in the head", heads=[1, 1, 3, 1, 1, 6, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["police", "shoot", "the", "man", "in", "the", "head"])
    assert not _film_shoot(doc[1], cues)


def test_a_word_of_a_name_is_no_weapon(build_doc, cues):
    # "Ana Stone beat Joss": the singer's name is no stone thrown
    doc = build_doc("Ana Stone beat Joss", heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "dobj"],
                    pos=["PROPN", "PROPN", "VERB", "PROPN"], ents=["B-PERSON", "I-PERSON", "O", "B-PERSON"])
    assert _weapon_mode([doc[1]], cues) is None
    # "stones hit the police": a common noun names the weapon
    doc = build_doc("stones hit the police", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["stone", "hit", "the", "police"])
    assert _weapon_mode([doc[0]], cues) is not None


def test_the_pipeline_codes_no_market_want_film_shoot_or_award(events_of):
    for text in ("Cheap loans and low interest rates boosted demand at the Kenyan retailer Vexcor.",
                 "Canadian demand for natural gas was expected to rise this winter.",
                 "Lagos Nights has been shot simultaneously in Yoruba and English."):
        assert not events_of(text), text


def test_the_pipeline_keeps_requests_and_shootings_beside_them(events_of):
    assert "REQUEST" in [e.event for e in events_of(
        "The Kenyan union's demand for higher pay was rejected by the government.")]
    assert [e.event for e in events_of("Police shot the protester in the head in Lagos.")] == ["ASSAULT"]
    assert [e.event for e in events_of("Police beat the protesters with stones in Nairobi.")] == ["ASSAULT"]


def test_a_device_that_supports_a_format_makes_a_market_choice(build_doc, cues):
    from newsevents.components.events import _backs_a_product
    # "phones that support Vexsoft latest copy technology": the parser split one phrase into two objects
    doc = build_doc("phones that support Vexsoft latest copy technology", heads=[0, 2, 0, 2, 6, 6, 2],
                    deps=["ROOT", "nsubj", "relcl", "dobj", "amod", "compound", "dobj"],
                    pos=["NOUN", "PRON", "VERB", "PROPN", "ADJ", "NOUN", "NOUN"],
                    tags=["NNS", "WDT", "VBP", "NNP", "JJS", "NN", "NN"],
                    lemmas=["phone", "that", "support", "vexsoft", "late", "copy", "technology"])
    assert _backs_a_product(doc[2], cues)
    # "ministers that support Vexsoft and the union": parties backed
    doc = build_doc("ministers that support Vexsoft and the union", heads=[0, 2, 0, 2, 3, 6, 3],
                    deps=["ROOT", "nsubj", "relcl", "dobj", "cc", "det", "conj"],
                    pos=["NOUN", "PRON", "VERB", "PROPN", "CCONJ", "DET", "NOUN"],
                    tags=["NNS", "WDT", "VBP", "NNP", "CC", "DT", "NN"])
    assert not _backs_a_product(doc[2], cues)
