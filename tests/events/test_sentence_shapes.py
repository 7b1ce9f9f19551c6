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


# -- a warning about a topic, a light verb's prepositions, a headline's comma, a threat's target, an of-doer --------


def test_a_warning_about_a_topic_to_no_one_is_no_threat_but_to_a_party_it_is(build_doc, cues) -> None:
    doc = build_doc("The bank issued a warning about prices", heads=[1, 2, 2, 4, 2, 4, 5],
                    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN"])
    assert shapes.topic_warning("THREATEN", doc[4], [], cues.shape_warning_noun, cues.ask_topic_prep)
    assert not shapes.topic_warning("THREATEN", doc[4], [doc[6]], cues.shape_warning_noun, cues.ask_topic_prep)
    assert not shapes.topic_warning("REQUEST", doc[4], [], cues.shape_warning_noun, cues.ask_topic_prep)


def test_the_prepositions_after_a_light_verbs_object_noun_are_the_nouns_but_not_another_verbs_or_a_subjects(build_doc, cues) -> None:
    def made(verb: str):
        return build_doc(f"Chad {verb} a request to Niger", heads=[1, 1, 3, 1, 1, 4],
                         deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                         pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                         lemmas=["Chad", {"made": "make", "headed": "head"}[verb], "a", "request", "to", "Niger"])
    assert [t.text for t in shapes.light_verb_preps(made("made")[3], cues.shape_light_verb)] == ["to"]
    assert shapes.light_verb_preps(made("headed")[3], cues.shape_light_verb) == []
    doc = build_doc("In May the request reached Niger", heads=[4, 0, 3, 4, 4, 4],
                    deps=["prep", "pobj", "det", "nsubj", "ROOT", "dobj"],
                    pos=["ADP", "PROPN", "DET", "NOUN", "VERB", "PROPN"])
    assert shapes.light_verb_preps(doc[3], cues.shape_light_verb) == []


def test_a_headline_comma_before_a_plural_verb_joins_two_names_but_not_a_title(build_doc) -> None:
    doc = build_doc("Ghana , Togo sign pact", heads=[3, 0, 0, 3, 3], deps=["nsubj", "punct", "appos", "ROOT", "dobj"],
                    pos=["PROPN", "PUNCT", "PROPN", "VERB", "NOUN"], tags=["NNP", ",", "NNP", "VBP", "NN"],
                    ents=["B-GPE", "O", "B-GPE", "O", "O"])
    assert [t.text for t in shapes.headline_partners(doc[0], doc[3])] == ["Togo"]
    doc = build_doc("Ghana , Togo signs pact", heads=[3, 0, 0, 3, 3], deps=["nsubj", "punct", "appos", "ROOT", "dobj"],
                    pos=["PROPN", "PUNCT", "PROPN", "VERB", "NOUN"], tags=["NNP", ",", "NNP", "VBZ", "NN"],
                    ents=["B-GPE", "O", "B-GPE", "O", "O"])
    assert shapes.headline_partners(doc[0], doc[3]) == []


def test_a_threat_nouns_infinitive_object_is_its_target_and_a_bare_threat_has_none(build_doc) -> None:
    doc = build_doc("a threat to punish Lithuania", heads=[1, 1, 3, 1, 3], deps=["det", "ROOT", "aux", "acl", "dobj"],
                    pos=["DET", "NOUN", "PART", "VERB", "PROPN"])
    assert [t.text for t in shapes.infinitive_targets(doc[1])] == ["Lithuania"]
    doc = build_doc("a threat from Lithuania", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN"])
    assert shapes.infinitive_targets(doc[1]) == []


def test_a_visits_of_phrase_is_its_doer_and_its_to_phrase_there_its_destination_but_a_donations_of_is_no_doer(build_doc, cues) -> None:
    doc = build_doc("the visit of the king to Rome", heads=[1, 1, 1, 4, 2, 4, 5],
                    deps=["det", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    assert [t.text for t in shapes.of_subject(doc[1], cues.shape_of_subject)] == ["king"]
    assert [t.text for t in shapes.amount_owner_preps(doc[1], {"to"}, cues.shape_of_subject)] == ["Rome"]
    doc = build_doc("the donation of blankets to Rome", heads=[1, 1, 1, 2, 3, 4],
                    deps=["det", "ROOT", "prep", "pobj", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"])
    assert shapes.of_subject(doc[1], cues.shape_of_subject) == []
    assert shapes.amount_owner_preps(doc[1], {"to"}, cues.shape_of_subject) == []


def test_a_movement_noun_that_arrives_names_the_people_moved_not_the_act(build_doc, cues) -> None:
    doc = build_doc("the deployment arrived", heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"], pos=["DET", "NOUN", "VERB"],
                    lemmas=["the", "deployment", "arrive"])
    assert shapes.names_the_arrivals(doc[1], cues.arrival_verb)
    doc = build_doc("the deployment alarmed", heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"], pos=["DET", "NOUN", "VERB"],
                    lemmas=["the", "deployment", "alarm"])
    assert not shapes.names_the_arrivals(doc[1], cues.arrival_verb)


def test_a_verbless_headlines_noun_with_a_subject_and_an_object_is_retagged_a_verb_but_not_a_noun_phrase(build_doc) -> None:
    doc = build_doc("Rebels storm prison", heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "NOUN", "NOUN"],
                    tags=["NNS", "NN", "NN"])
    assert shapes.retag_headline_verbs(doc) == 1 and doc[1].pos_ == "VERB" and doc[1].tag_ == "VBP"
    doc = build_doc("Rebel storm warning", heads=[2, 2, 2], deps=["compound", "compound", "ROOT"],
                    pos=["NOUN", "NOUN", "NOUN"], tags=["NN", "NN", "NN"])
    assert shapes.retag_headline_verbs(doc) == 0


def test_a_fronted_participle_clause_is_an_act_of_its_own_but_a_trailing_one_tells_the_main_act(build_doc) -> None:
    doc = build_doc("Retreating west , the army burned bridges", heads=[5, 0, 5, 4, 5, 5, 5],
                    deps=["advcl", "advmod", "punct", "det", "nsubj", "ROOT", "dobj"],
                    pos=["VERB", "ADV", "PUNCT", "DET", "NOUN", "VERB", "NOUN"], tags=["VBG", "RB", ",", "DT", "NN", "VBD", "NNS"])
    assert shapes.participle_clause(doc[0])
    doc = build_doc("The army rioted , burning bridges", heads=[1, 2, 2, 2, 2, 4],
                    deps=["det", "nsubj", "ROOT", "punct", "advcl", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PUNCT", "VERB", "NOUN"], tags=["DT", "NN", "VBD", ",", "VBG", "NNS"])
    assert not shapes.participle_clause(doc[4])
    doc = build_doc("Backed west , the army burned bridges", heads=[5, 0, 5, 4, 5, 5, 5],
                    deps=["advcl", "advmod", "punct", "det", "nsubj", "ROOT", "dobj"],
                    pos=["VERB", "ADV", "PUNCT", "DET", "NOUN", "VERB", "NOUN"], tags=["VBN", "RB", ",", "DT", "NN", "VBD", "NNS"])
    assert not shapes.participle_clause(doc[0])


def test_a_place_or_day_that_saw_an_event_noun_is_its_scene_but_a_film_or_team_is_not(build_doc, cues) -> None:
    doc = build_doc("The capital saw protests", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN"], lemmas=["the", "capital", "see", "protest"])
    assert shapes.scene_of(doc[3], cues.shape_scene_verb, cues.period, cues.shape_scene_place)
    doc = build_doc("The team saw protests", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "VERB", "NOUN"], lemmas=["the", "team", "see", "protest"])
    assert not shapes.scene_of(doc[3], cues.shape_scene_verb, cues.period, cues.shape_scene_place)


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
    ("Shops stayed shut in Goma amid clashes between Congolese troops and Rwandan soldiers.", "ASSAULT", None, None),
    ("Egypt gave a stern warning to Ethiopia over the dam on the Nile.", "THREATEN", "EGY", "ETH"),
    ("Chad made an urgent request to France for air support.", "REQUEST", "TCD", "FRA"),
    ("Talks were held between Armenia and Azerbaijan in Almaty on Friday.", "CONSULT", "ARM", "AZE"),
    ("The visit of the Indian prime minister to Moscow ended on Tuesday.", "CONSULT", "IND", "RUS"),
    ("Ghana, Togo sign border security pact", "AGREE", "TGO", "GHA"),  # a mutual act: the sides either way
    ("China's threat to punish Lithuania angered officials in Brussels.", "THREATEN", "CHN", "LTU"),
    ("The capture of the town of Bakhmut by Russian forces was announced on Saturday.", "COERCE", "RUS", None),
    ("The killing of two protesters by Kenyan police sparked outrage.", "ASSAULT", "KEN", None),
    ("Chinese and Indian troops clashed in the Galwan valley.", "ASSAULT", "CHN", "IND"),
    ("Ukrainian forces mounted an attack on Russian positions near Izium.", "ASSAULT", "UKR", "RUS"),
    ("Protesters storm parliament in Baghdad", "PROTEST", None, None),
    ("Japan, South Korea agree to share intelligence", "AGREE", "KOR", None),
    ("Endorsing the Saudi plan, Egypt called for an immediate ceasefire.", "SUPPORT", "EGY", "SAU"),
    ("Retreating from Izium, Russian forces blew up the bridge.", "RETREAT", "RUS", None),
    ("Armenia made concessions to Azerbaijan on the border demarcation.", "CONCEDE", "ARM", "AZE"),
    ("The extradition of the drug lord to the United States by Colombia took place on Friday.", "COOPERATE", "COL", "USA"),
    ("The pullout of Ethiopian troops from Tigray began on Sunday.", "RETREAT", "ETH", None),
    ("The Kenyan capital saw protests against the finance bill.", "PROTEST", None, None),
    ("Sudan's army and the RSF have been fighting each other since April.", "ASSAULT", "SDN", None),
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
    "The weather office gave a warning about heavy rain in the north.",
    "The first deployment of Kenyan police officers has arrived in the capital.",
    "The visit of the museum's new wing was cancelled because of the rain.",
    "The capture of carbon from power plants remains expensive.",
    "The two ministers clashed over the budget at the cabinet meeting.",
    "Tourists crowd beaches in Antalya",
    "Citing security concerns, the organisers postponed the concert.",
    "The striker made concessions to the club on his wages.",
]


@pytest.mark.parametrize("text", NON_EVENTS, ids=[t[:24] for t in NON_EVENTS])
def test_the_same_shapes_with_no_political_act_code_nothing(events_of, text: str) -> None:
    assert not events_of(text), [(e.event, e.trigger) for e in events_of(text)]
