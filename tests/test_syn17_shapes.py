"""Events said in other sentence shapes (issue 14, session 17, brief s17-syn17; eventcoding/shapes.py and the
``syn17`` rows of event_lexicon.tsv and event_cues.tsv). Each rule on a hand-built Doc of our own with a
negative, then whole sentences of our own (none from a data set nor from phrasings_heldout21.tsv)."""

from __future__ import annotations

import pytest

from newsevents.eventcoding import shapes

PUBLISHED = "2024-06-12"


# -- a noun with its patient in an of-phrase: the possessor does it ---------------------------------------


def test_a_possessor_of_a_noun_with_an_of_patient_acts_and_alone_it_undergoes(build_doc) -> None:
    doc = build_doc("Chile 's expulsion of two envoys", heads=[2, 0, 2, 2, 5, 3],
                    deps=["poss", "case", "ROOT", "prep", "nummod", "pobj"],
                    pos=["PROPN", "PART", "NOUN", "ADP", "NUM", "NOUN"])
    assert shapes.possessor_acts(doc[2])
    doc = build_doc("the envoy 's expulsion", heads=[1, 3, 1, 3], deps=["det", "poss", "case", "ROOT"],
                    pos=["DET", "NOUN", "PART", "NOUN"])
    assert not shapes.possessor_acts(doc[3])


# -- a perfect participle's subject --------------------------------------------------------------------------


def test_a_perfect_participle_on_a_noun_is_done_by_the_noun_and_not_with_a_subject_of_its_own(build_doc) -> None:
    doc = build_doc("The envoy , having met the king , left", heads=[1, 7, 1, 4, 1, 6, 4, 1, 7],
                    deps=["det", "nsubj", "punct", "aux", "relcl", "det", "dobj", "punct", "ROOT"],
                    pos=["DET", "NOUN", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB"],
                    lemmas=["the", "envoy", ",", "have", "meet", "the", "king", ",", "leave"])
    assert [t.text for t in shapes.perfect_participle_subject(doc[4])] == ["envoy"]
    doc = build_doc("The envoy the king met left", heads=[1, 5, 3, 4, 1, 5],
                    deps=["det", "nsubj", "det", "nsubj", "relcl", "ROOT"],
                    pos=["DET", "NOUN", "DET", "NOUN", "VERB", "VERB"])
    assert shapes.perfect_participle_subject(doc[4]) == []


# -- a contact relative clause's object ----------------------------------------------------------------------


def _relative(build_doc, head: str, lemma: str):
    return build_doc(f"the {head} police arrested", heads=[1, 1, 3, 1], deps=["det", "ROOT", "nsubj", "relcl"],
                     pos=["DET", "NOUN", "NOUN", "VERB"], tags=["DT", "NN", "NNS", "VBD"],
                     lemmas=["the", lemma, "police", "arrest"])


def test_a_contact_relative_clause_takes_its_noun_for_object_but_not_a_time_or_a_relative_subject(build_doc, cues) -> None:
    doc = _relative(build_doc, "smugglers", "smuggler")
    assert [t.text for t in shapes.gapped_relative_object(doc[3], cues.period)] == ["smugglers"]
    doc = _relative(build_doc, "day", "day")
    assert shapes.gapped_relative_object(doc[3], cues.period) == []
    doc = build_doc("the men who arrested", heads=[1, 1, 3, 1], deps=["det", "ROOT", "nsubj", "relcl"],
                    pos=["DET", "NOUN", "PRON", "VERB"], tags=["DT", "NNS", "WP", "VBD"])
    assert shapes.gapped_relative_object(doc[3], cues.period) == []


# -- a travel verb's infinitive of purpose ------------------------------------------------------------------------


def test_the_purpose_of_a_flight_is_an_act_of_its_own_and_not_the_content_of_a_request(build_doc, cues) -> None:
    doc = build_doc("The king flew to Rome to meet the pope", heads=[1, 2, 2, 2, 3, 6, 2, 8, 6],
                    deps=["det", "nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["the", "king", "fly", "to", "Rome", "to", "meet", "the", "pope"])
    assert shapes.travel_purpose(doc[6], doc[2], cues.shape_travel)
    doc = build_doc("The king asked Rome to meet the pope", heads=[1, 2, 2, 2, 5, 2, 7, 5],
                    deps=["det", "nsubj", "ROOT", "dobj", "aux", "advcl", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["the", "king", "ask", "Rome", "to", "meet", "the", "pope"])
    assert not shapes.travel_purpose(doc[5], doc[2], cues.shape_travel)


# -- a headline's count before an event noun --------------------------------------------------------------------


def test_a_headline_count_before_a_protest_noun_is_the_crowd_but_not_in_a_clause_with_a_verb(build_doc, cues) -> None:
    doc = build_doc("Hundreds march in Sofia", heads=[1, 1, 1, 2], deps=["nummod", "ROOT", "prep", "pobj"],
                    pos=["NUM", "NOUN", "ADP", "PROPN"], lemmas=["hundred", "march", "in", "Sofia"])
    assert shapes.counted_crowd(doc[1], cues.crowd)
    doc = build_doc("Hundreds watched the march", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NUM", "VERB", "DET", "NOUN"], lemmas=["hundred", "watch", "the", "march"])
    assert not shapes.counted_crowd(doc[3], cues.crowd)


# -- whole sentences of our own ------------------------------------------------------------------------------------

SENTENCES = [
    # (sentence, type, actor country, recipient country or None)
    ("Turkey's expulsion of four Swedish diplomats angered officials in Stockholm.", "SANCTION", "TUR", None),
    ("The deployment of Chinese troops to the border worried officials in New Delhi.", "MOBILIZE", "CHN", None),
    ("The Brazilian foreign minister, having met his Argentine counterpart in Buenos Aires, returned home.",
     "CONSULT", "BRA", None),
    ("The Indonesian president travelled to Canberra on Monday to meet Australia's prime minister.",
     "CONSULT", "IDN", "AUS"),
    ("Crates of rice and blankets were delivered to Haiti by Dominican trucks on Friday.", "AID", "DOM", "HTI"),
    ("Germany's donation of 50 million euros to Jordan was announced on Tuesday.", "AID", "DEU", "JOR"),
    ("Italian troops leave Lebanon", "RETREAT", "ITA", None),
    ("Colombia hands drug lord to United States", "COOPERATE", "COL", "USA"),
    ("Thousands rally in Tbilisi against foreign agents law", "PROTEST", None, None),
]


@pytest.mark.parametrize("text,kind,actor,recipient", SENTENCES, ids=[s[1] + "-" + s[0][:20] for s in SENTENCES])
def test_an_event_said_in_another_shape_is_coded(events_of, text: str, kind: str, actor: str | None,
                                                  recipient: str | None) -> None:
    events = [e for e in events_of(text) if e.event == kind]
    assert events, f"{kind} not in {[e.event for e in events_of(text)]}"
    if actor:
        assert any(actor in [p.country for p in e.actor] for e in events)
    if recipient:
        assert any(recipient in [p.country for p in e.recipient] for e in events)


NON_EVENTS = [
    "Fans flew to Lisbon on Sunday to watch the cup final.",
    "The singer's donation of one million dollars to a children's hospital was praised by fans.",
    "The tourists the storm stranded at the airport slept on benches.",
    "Thousands queue in London for concert tickets",
]


@pytest.mark.parametrize("text", NON_EVENTS, ids=[t[:24] for t in NON_EVENTS])
def test_the_same_shapes_with_no_political_act_code_nothing(events_of, text: str) -> None:
    assert not events_of(text), [(e.event, e.trigger) for e in events_of(text)]
