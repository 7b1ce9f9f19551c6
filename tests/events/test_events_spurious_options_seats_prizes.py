"""Spurious events of the kinds the twelfth and thirteenth audits left (issue 14, session 12, brief
spur14): options weighed and policy plans on a problem, seats of power held, prizes of votes won,
and a player's contract told on from the sentence before (eventcoding/nonevents.py,
components/events.py). Sentences written for these tests; rules checked on hand-built parses, the
pipeline on a few sentences with the acts that must stay beside them."""

from __future__ import annotations

from newsevents.eventcoding.nonevents import considered_option, prize_won, seat_held

PUBLISHED = "2023-05-02"


def _agreed_to(build_doc, verb: str, obj: str, extra: tuple = ()):
    """"Ministers agreed to VERB the OBJ [with Norland]": a hand-built parse."""
    words = ["Ministers", "agreed", "to", verb, "the", obj, *extra]
    heads = [1, 1, 3, 1, 5, 3] + ([3, 6] if extra else [])
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"] + (["prep", "pobj"] if extra else [])
    pos = ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN"] + (["ADP", "PROPN"] if extra else [])
    tags = ["NNS", "VBD", "TO", "VB", "DT", "NN"] + (["IN", "NNP"] if extra else [])
    lemmas = ["minister", "agree", "to", verb, "the", obj] + ([extra[0], extra[1].lower()] if extra else [])
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_a_consent_to_weigh_an_option_is_no_agreement(build_doc, cues):
    doc = _agreed_to(build_doc, "study", "proposal")
    assert considered_option(doc[1], "AGREE", [], cues)
    # a consent to act stays: "Ministers agreed to cut the tariff"
    doc = _agreed_to(build_doc, "cut", "tariff")
    assert not considered_option(doc[1], "AGREE", [], cues)
    # a study with another party stays: "Ministers agreed to study the proposal with Norland"
    doc = _agreed_to(build_doc, "study", "proposal", ("with", "Norland"))
    assert not considered_option(doc[1], "AGREE", [doc[7]], cues)
    # a threat to reconsider is a threat: no option weighed for THREATEN
    doc = _agreed_to(build_doc, "review", "proposal")
    assert considered_option(doc[1], "AGREE", [], cues)
    assert not considered_option(doc[1], "THREATEN", [], cues)


def test_two_sides_agreeing_to_a_study_stay(build_doc, cues):
    doc = build_doc("Vexland and Norland agreed to study the pipeline", heads=[3, 0, 0, 3, 5, 3, 7, 5],
                    deps=["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "DET", "NOUN"],
                    tags=["NNP", "CC", "NNP", "VBD", "TO", "VB", "DT", "NN"],
                    lemmas=["vexland", "and", "norland", "agree", "to", "study", "the", "pipeline"])
    assert not considered_option(doc[3], "AGREE", [doc[2]], cues)


def test_the_party_whose_demand_is_weighed_is_no_other_side(build_doc, cues):
    doc = build_doc("The government promised to consider the union 's demands", heads=[1, 2, 2, 4, 2, 6, 8, 6, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "poss", "case", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PART", "NOUN"],
                    tags=["DT", "NN", "VBD", "TO", "VB", "DT", "NN", "POS", "NNS"],
                    lemmas=["the", "government", "promise", "to", "consider", "the", "union", "'s", "demand"])
    assert considered_option(doc[2], "AGREE", [doc[6]], cues)
    # a party promised to, outside what is weighed, keeps the promise
    doc = build_doc("The government promised Norland to consider the demands", heads=[1, 2, 2, 2, 5, 2, 7, 5],
                    deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "NNP", "TO", "VB", "DT", "NNS"],
                    lemmas=["the", "government", "promise", "norland", "to", "consider", "the", "demand"])
    assert not considered_option(doc[2], "AGREE", [doc[3]], cues)


def test_a_vow_to_fight_a_problem_is_no_threat_but_a_vow_to_fight_rebels_is(build_doc, cues):
    parse = dict(heads=[1, 2, 2, 4, 2, 4], deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj"],
                 pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN"], tags=["DT", "NN", "VBD", "TO", "VB", "NN"])
    doc = build_doc("The minister vowed to fight inflation",
                    lemmas=["the", "minister", "vow", "to", "fight", "inflation"], **parse)
    assert considered_option(doc[2], "THREATEN", [], cues)
    assert considered_option(doc[2], "AGREE", [], cues)
    doc = build_doc("The minister vowed to fight rebels", lemmas=["the", "minister", "vow", "to", "fight", "rebel"],
                    **parse)
    assert not considered_option(doc[2], "THREATEN", [doc[5]], cues)
    # not every thing of the mind is an ill: "The army vowed to launch an operation" is a threat of war
    doc = build_doc("The army vowed to launch operations", lemmas=["the", "army", "vow", "to", "launch", "operation"],
                    **parse)
    assert not considered_option(doc[2], "THREATEN", [], cues)
    # a party named beside the problem is helped ("promised to help Vexland fight poverty", misparsed)
    doc = build_doc("The minister vowed to fight inflation",
                    lemmas=["the", "minister", "vow", "to", "fight", "inflation"], **parse)
    assert not considered_option(doc[2], "AGREE", [doc[1]], cues)


def test_whoever_will_hold_a_seat_of_power_seizes_nothing(build_doc, cues):
    parse = dict(heads=[1, 1, 1, 5, 5, 1, 8, 8, 5],
                 deps=["nsubj", "ROOT", "acomp", "nsubj", "aux", "ccomp", "det", "compound", "dobj"],
                 pos=["PRON", "AUX", "ADJ", "PRON", "AUX", "VERB", "DET", "PROPN", "PROPN"])
    doc = build_doc("It was unclear who would occupy the Vexland Palace",
                    tags=["PRP", "VBD", "JJ", "WP", "MD", "VB", "DT", "NNP", "NNP"],
                    lemmas=["it", "be", "unclear", "who", "would", "occupy", "the", "vexland", "palace"], **parse)
    assert seat_held(doc[5], "COERCE", [], [], cues)
    # a past act asked of stays: "It was unclear who did occupy ..." read with a past auxiliary
    doc = build_doc("It was unclear who did occupy the Vexland Palace",
                    tags=["PRP", "VBD", "JJ", "WP", "VBD", "VB", "DT", "NNP", "NNP"],
                    lemmas=["it", "be", "unclear", "who", "do", "occupy", "the", "vexland", "palace"], **parse)
    assert not seat_held(doc[5], "COERCE", [], [], cues)


def test_one_person_holding_a_seat_seizes_nothing_but_crowds_and_gunmen_do(build_doc, cues):
    def occupied(subject: str, tag: str, lemma: str):
        doc = build_doc(f"The {subject} occupied the palace", heads=[1, 2, 2, 4, 2],
                        deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                        tags=["DT", tag, "VBD", "DT", "NN"], lemmas=["the", lemma, "occupy", "the", "palace"])
        return seat_held(doc[2], "COERCE", [doc[1]], [], cues)

    assert occupied("chancellor", "NN", "chancellor")
    assert not occupied("protesters", "NNS", "protester")
    assert not occupied("gunman", "NN", "gunman")
    # the troops who would occupy the palace: a relative clause on its doers
    doc = build_doc("the troops who would occupy the palace", heads=[1, 1, 4, 4, 1, 6, 4],
                    deps=["det", "ROOT", "nsubj", "aux", "relcl", "det", "dobj"],
                    pos=["DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN"],
                    tags=["DT", "NNS", "WP", "MD", "VB", "DT", "NN"],
                    lemmas=["the", "troop", "who", "would", "occupy", "the", "palace"])
    assert not seat_held(doc[4], "COERCE", [doc[1]], [], cues)


def test_votes_captured_are_won_but_an_airport_is_seized(build_doc, cues):
    doc = build_doc("The party hopes to capture the youth vote", heads=[1, 2, 2, 4, 2, 7, 7, 4],
                    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "compound", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "NOUN"],
                    tags=["DT", "NN", "VBZ", "TO", "VB", "DT", "NN", "NN"],
                    lemmas=["the", "party", "hope", "to", "capture", "the", "youth", "vote"])
    assert prize_won(doc[4], "COERCE", cues)
    doc = build_doc("Labour captured 40 % of the vote", heads=[1, 1, 3, 1, 3, 6, 4],
                    deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["NNP", "VBD", "CD", "NN", "IN", "DT", "NN"],
                    lemmas=["Labour", "capture", "40", "%", "of", "the", "vote"])
    assert prize_won(doc[1], "COERCE", cues)
    doc = build_doc("Rebels seized control of the airport", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"], tags=["NNS", "VBD", "NN", "IN", "DT", "NN"],
                    lemmas=["rebel", "seize", "control", "of", "the", "airport"])
    assert not prize_won(doc[1], "COERCE", cues)


def test_the_pipeline_codes_no_event_for_options_plans_seats_and_votes(events_of):
    for text in ("The council agreed to study ways of reducing traffic in the city centre.",
                 "The president vowed to fight inflation and poverty.",
                 "The Spanish prime minister has occupied the Moncloa Palace since 2004.",
                 "Labour captured 40% of the vote in the election.",
                 "The opposition hopes to capture the youth vote."):
        assert not events_of(text), text


def test_the_pipeline_keeps_seizures_joint_studies_and_pledges_to_act(events_of):
    for text, kind in (("Rebels seized control of the airport on Monday.", "COERCE"),
                       ("Protesters occupied the ministry of finance on Monday.", "COERCE"),
                       ("France and Germany agreed on Monday to study a joint gas pipeline.", "AGREE"),
                       ("France agreed on Monday to cut tariffs on German goods.", "AGREE"),
                       ("Rebels vowed to fight government troops in the north.", "THREATEN")):
        assert kind in [e.event for e in events_of(text)], text


def test_a_players_agreement_told_on_from_the_sentence_before_is_a_career_matter(events_of):
    text = ("Rovers winger Tom Ashby is close to a new contract.\n\nThe Brazil star joined in 2003 and is a "
            "regular in the first team. \"The board have offered to extend my contract,\" he told a newspaper. "
            "\"My agent has spoken with the club. I think we will reach a good agreement for both sides.\"")
    assert "AGREE" not in [e.event for e in events_of(text)]
    # a government's agreement in a sport-leaning article stays
    text = ("Rovers won the league title on Saturday.\n\nSmith scored twice in the final.\n\nThe Spanish government "
            "said on Monday it had reached an agreement with France on fishing rights.")
    assert "AGREE" in [e.event for e in events_of(text)]


def test_a_need_a_survey_found_is_not_met(build_doc, cues):
    from newsevents.components.events import _not_done

    def found_by(subject: str):
        return build_doc(f"Vexland needed to ease curbs , the {subject} found", heads=[1, 1, 3, 1, 3, 1, 7, 8, 1],
                         deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "det", "nsubj", "parataxis"],
                         pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB"],
                         tags=["NNP", "VBD", "TO", "VB", "NNS", ",", "DT", "NN", "VBD"],
                         lemmas=["vexland", "need", "to", "ease", "curb", ",", "the", subject, "find"])

    assert _not_done(found_by("survey")[3], cues)
    # a need told in the past by no survey or report is met, as "had to resign"
    assert not _not_done(found_by("minister")[3], cues)


def test_the_pipeline_codes_no_act_for_a_need_a_survey_or_report_found(events_of):
    for text in ("A survey released on Monday said Brazil needed to ease restrictions on foreign investment.",
                 "Brazil needed to ease restrictions on foreign investment, the survey found.",
                 "According to the report, Brazil needed to ease restrictions on foreign investment."):
        assert not events_of(text), text
    # a duty met stays an act
    assert "CONCEDE" in [e.event for e in events_of("Brazil had to ease restrictions on foreign investment last year.")]


def test_support_as_the_purpose_of_a_product_is_what_it_does(build_doc, cues):
    from newsevents.components.events import _built_to_support

    def built(thing: str):
        return build_doc(f"Vexsoft built the {thing} to support chat", heads=[1, 1, 3, 1, 5, 1, 5],
                         deps=["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "dobj"],
                         pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "NOUN"],
                         tags=["NNP", "VBD", "DT", "NN", "TO", "VB", "NN"],
                         lemmas=["vexsoft", "build", "the", thing, "to", "support", "chat"])

    assert _built_to_support(built("console")[5], cues)
    assert not _built_to_support(built("bridge")[5], cues)  # no product: the support may be a party's


def test_the_pipeline_codes_no_event_for_features_and_charts_but_keeps_support_and_storming(events_of):
    for text in ("Microsoft built the console to support headset chat and online play.",
                 "U2 stormed the US charts with their new album."):
        assert not events_of(text), text
    assert "SUPPORT" in [e.event for e in events_of("The US sent aircraft to support the government forces.")]
    assert "ASSAULT" in [e.event for e in events_of("Rebels stormed the presidential palace.")]
