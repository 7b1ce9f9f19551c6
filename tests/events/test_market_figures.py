"""Force and contest words said of a market are figures of speech, no events (issue 14, the sixth
audit's largest class): "slowdowns could hit exports", "without killing off demand", "a rally in
the dollar", a seat "defended" at an election. Sentences written for these tests; the rule is
checked on hand-built parses, the pipeline on whole sentences."""

from __future__ import annotations

import pytest

PUBLISHED = "2023-05-02"


def _cues():
    from newsevents.eventcoding.lexicon import load_cues
    return load_cues()


def _currencies():
    from newsevents.temporal.lexicon import load_words
    return load_words().currencies


def _figure(token, force: bool = True) -> bool:
    from newsevents.components.events import _market_figure
    return _market_figure(token, force, _cues(), _currencies())


def test_a_market_quantity_as_doer_or_object_of_force_is_a_figure(build_doc):
    # the doer: "a downturn battered the carmakers"
    doc = build_doc("a downturn battered the carmakers", heads=[1, 2, 2, 4, 2],
                    deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                    lemmas=["a", "downturn", "batter", "the", "carmaker"])
    assert _figure(doc[2])
    # the object, and its conjunct: "the strike could hurt wheat sales and output"
    doc = build_doc("the strike could hurt wheat sales and output", heads=[1, 3, 3, 3, 5, 3, 5, 5],
                    deps=["det", "nsubj", "aux", "ROOT", "compound", "dobj", "cc", "conj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "NOUN", "CCONJ", "NOUN"],
                    lemmas=["the", "strike", "could", "hurt", "wheat", "sale", "and", "output"])
    assert _figure(doc[3])
    # a currency word or ISO code, and a market named by a quantity ("the bond market")
    doc = build_doc("the yen crushed rivals", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN"], lemmas=["the", "yen", "crush", "rival"])
    assert _figure(doc[2])
    doc = build_doc("traders hammered the USD", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "PROPN"], lemmas=["trader", "hammer", "the", "USD"])
    assert _figure(doc[1])
    doc = build_doc("panic hit the bond market", heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "compound", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "NOUN"], lemmas=["panic", "hit", "the", "bond", "market"])
    assert _figure(doc[1])


def test_a_noun_owned_by_a_market_quantity_is_a_figure(build_doc):
    # "a rally in the dollar": the in-phrase; "the euro 's rally": the owner
    doc = build_doc("a rally in the dollar", heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert _figure(doc[1], force=False)
    doc = build_doc("the euro 's rally", heads=[1, 3, 1, 3], deps=["det", "poss", "case", "ROOT"],
                    pos=["DET", "NOUN", "PART", "NOUN"])
    assert _figure(doc[3], force=False)
    # the object of a verb whose doer is one: "shares extended their rally"
    doc = build_doc("shares extended their rally", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "poss", "dobj"],
                    pos=["NOUN", "VERB", "PRON", "NOUN"], lemmas=["share", "extend", "their", "rally"])
    assert _figure(doc[3], force=False)


def test_people_acting_on_people_and_protest_about_prices_are_no_figure(build_doc):
    doc = build_doc("militiamen hit the village", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["militiaman", "hit", "the", "village"])
    assert not _figure(doc[1])
    # protesting prices: the object test is for force only
    doc = build_doc("farmers protested low prices", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "amod", "dobj"],
                    pos=["NOUN", "VERB", "ADJ", "NOUN"], lemmas=["farmer", "protest", "low", "price"])
    assert _figure(doc[1])  # as force it would be one ...
    assert not _figure(doc[1], force=False)  # ... as a protest it is not
    # "a rally in the capital": a place, no market word
    doc = build_doc("a rally in the capital", heads=[1, 1, 1, 4, 2], deps=["det", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert not _figure(doc[1], force=False)


def _types(events) -> set[str]:
    return {e.event for e in events}


@pytest.mark.parametrize("text", [
    "Weak demand in Europe could hit Japanese car exports this year, the ministry warned.",
    "The central bank wants to cool prices without killing off demand for new homes.",
    "Shares in the carmaker staged a rally after the results.",
])
def test_force_said_of_a_market_is_no_event(events_of, text: str) -> None:
    assert not {"ASSAULT", "COERCE", "PROTEST", "THREATEN"} & _types(events_of(text))


def test_force_on_people_and_a_protest_about_prices_stay_events(events_of):
    assert "ASSAULT" in _types(events_of("Rebels attacked the town of Goma on Monday."))
    assert "PROTEST" in _types(events_of("Thousands of farmers protested low milk prices outside parliament in Paris."))


def test_a_seat_defended_at_an_election_is_no_support(build_doc):
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import load_lexicon, match_entry

    def event_of(doc, i):
        found = match_entry(doc[i], load_lexicon(), actor_dictionary())
        return found[0].event if found else None

    doc = build_doc("the MP will defend the Tory stronghold", heads=[1, 3, 3, 3, 6, 6, 3],
                    deps=["det", "nsubj", "aux", "ROOT", "det", "compound", "dobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "DET", "PROPN", "NOUN"],
                    lemmas=["the", "mp", "will", "defend", "the", "tory", "stronghold"])
    assert event_of(doc, 3) == "-"
    doc = build_doc("the minister defended the army", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], lemmas=["the", "minister", "defend", "the", "army"])
    assert event_of(doc, 2) == "SUPPORT"


def _lexicon_event(doc, i):
    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import load_lexicon, match_entry

    found = match_entry(doc[i], load_lexicon(), actor_dictionary())
    return found[0].event if found else None


def test_a_rally_extended_is_a_market_climb(build_doc):
    doc = build_doc("stocks failed to extend the rally", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["stock", "fail", "to", "extend", "the", "rally"])
    assert _lexicon_event(doc, 5) == "-"
    doc = build_doc("supporters held a rally", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["supporter", "hold", "a", "rally"])
    assert _lexicon_event(doc, 3) == "PROTEST"


def test_refusing_to_rule_out_is_no_rejection(build_doc):
    # "Spain refused to rule out a bid": neither the refusal nor the ruling out is a REJECT
    doc = build_doc("Spain refused to rule out a bid", heads=[1, 1, 3, 1, 3, 6, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "prt", "det", "dobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "ADP", "DET", "NOUN"],
                    lemmas=["spain", "refuse", "to", "rule", "out", "a", "bid"])
    assert _lexicon_event(doc, 1) == "-"
    assert _lexicon_event(doc, 3) == "-"
    # a refusal to act stays a REJECT, and ruling out on its own is one
    doc = build_doc("Spain refused to sign the pact", heads=[1, 1, 3, 1, 5, 3],
                    deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["spain", "refuse", "to", "sign", "the", "pact"])
    assert _lexicon_event(doc, 1) == "REJECT"


@pytest.mark.parametrize("text", [
    "On Friday, the French government refused to rule out a bid for the steelmaker.",
    "The Kenyan government declined to deny the report on Monday.",
])
def test_a_double_negation_gives_no_reject(events_of, text: str) -> None:
    assert "REJECT" not in _types(events_of(text))


def test_ruling_out_and_refusing_stay_rejections(events_of):
    assert "REJECT" in _types(events_of("The French government ruled out a bid for the steelmaker."))
    assert "REJECT" in _types(events_of("Iran refused to allow inspectors into the plant."))
