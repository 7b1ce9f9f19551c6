"""Spurious events of US political news (issue 14, session 12, brief usaudit: the first US-news
audit, docs/audit/2026-12-04-us-news-first.md): an act only talked of in a campaign, force named
as a figure of politics or law, a remark "seized upon" (eventcoding/nonevents.py, event_lexicon.tsv).
Sentences written for these tests; rules checked on hand-built parses, the pipeline on a few
sentences with the acts that must stay beside them."""

from __future__ import annotations

from newsevents.eventcoding.nonevents import figure_of_politics, talked_of, time_of_clause

PUBLISHED = "2016-05-02"


def _talking(build_doc, verb: str, prep: str = "about"):
    """"The senator is VERB-ing PREP deporting the migrants": a hand-built parse."""
    return build_doc(f"The senator is {verb} {prep} deporting the migrants", heads=[1, 3, 3, 3, 3, 4, 7, 5],
                     deps=["det", "nsubj", "aux", "ROOT", "prep", "pcomp", "det", "dobj"],
                     pos=["DET", "NOUN", "AUX", "VERB", "ADP", "VERB", "DET", "NOUN"],
                     tags=["DT", "NN", "VBZ", "VBG", "IN", "VBG", "DT", "NNS"],
                     lemmas=["the", "senator", "be", verb.removesuffix("ing"), prep, "deport", "the", "migrant"])


def test_an_act_only_talked_of_is_not_done(build_doc, cues):
    assert talked_of(_talking(build_doc, "talking")[5], cues)
    assert talked_of(_talking(build_doc, "talking", "of")[5], cues)
    # a gerund a verb of insisting or warning takes is the act's content, not a topic of talk
    assert not talked_of(_talking(build_doc, "insisting", "on")[5], cues)
    assert not talked_of(_talking(build_doc, "warning", "about")[5], cues)


def test_a_conjoined_act_talked_of_is_not_done_either(build_doc, cues):
    doc = build_doc("He spoke of deporting migrants and closing the border",
                    heads=[1, 1, 1, 2, 3, 3, 3, 8, 6],
                    deps=["nsubj", "ROOT", "prep", "pcomp", "dobj", "cc", "conj", "det", "dobj"],
                    pos=["PRON", "VERB", "ADP", "VERB", "NOUN", "CCONJ", "VERB", "DET", "NOUN"],
                    tags=["PRP", "VBD", "IN", "VBG", "NNS", "CC", "VBG", "DT", "NN"],
                    lemmas=["he", "speak", "of", "deport", "migrant", "and", "close", "the", "border"])
    assert talked_of(doc[3], cues) and talked_of(doc[6], cues)


def _fighting(build_doc, adjective: str):
    return build_doc(f"He condemned the {adjective} fighting in the capital", heads=[1, 1, 4, 4, 1, 4, 7, 5],
                     deps=["nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "pobj"],
                     pos=["PRON", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"],
                     tags=["PRP", "VBD", "DT", "JJ", "NN", "IN", "DT", "NN"])


def test_force_told_as_a_figure_of_politics_is_no_attack(build_doc, cues):
    assert figure_of_politics(_fighting(build_doc, "political")[4], "ASSAULT", cues)
    assert figure_of_politics(_fighting(build_doc, "partisan")[4], "ASSAULT", cues)
    assert not figure_of_politics(_fighting(build_doc, "heavy")[4], "ASSAULT", cues)
    assert not figure_of_politics(_fighting(build_doc, "ethnic")[4], "ASSAULT", cues)
    # a political accusation stays an accusation: the rule is about force only
    assert not figure_of_politics(_fighting(build_doc, "political")[4], "ACCUSE", cues)


def test_the_pipeline_codes_no_event_for_campaign_talk_and_figures(events_of):
    for text in ("Senator Hal Vexby is talking about deporting thousands of Norland migrants, his aides said on Monday.",
                 "The mayor declined to comment on the continued political fighting in the capital over the bombing.",
                 "It was a gaffe immediately seized upon by the opposition party."):
        assert not events_of(text), text


def test_the_pipeline_keeps_real_seizures_fighting_and_talks(events_of):
    for text, kind in (("Troops seized the town of Qarat on Monday.", "COERCE"),
                       ("Heavy fighting broke out between the army and the rebels in the north on Monday.", "ASSAULT"),
                       ("The senator insisted on meeting the Norland ambassador on Monday.", "CONSULT"),
                       ("The president talked with the Norland prime minister about trade on Monday.", "CONSULT")):
        assert kind in [e.event for e in events_of(text)], text


def _during(build_doc, possessor: bool):
    words = "He was a senator during the rebels ' attacks".split() if possessor else \
        "He was a senator during the attacks".split()
    if possessor:
        return build_doc(" ".join(words), heads=[1, 1, 3, 1, 3, 6, 8, 6, 4],
                         deps=["nsubj", "ROOT", "det", "attr", "prep", "det", "poss", "case", "pobj"],
                         pos=["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "PART", "NOUN"],
                         tags=["PRP", "VBD", "DT", "NN", "IN", "DT", "NNS", "POS", "NNS"])
    return build_doc(" ".join(words), heads=[1, 1, 3, 1, 3, 6, 4],
                     deps=["nsubj", "ROOT", "det", "attr", "prep", "det", "pobj"],
                     pos=["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN"],
                     tags=["PRP", "VBD", "DT", "NN", "IN", "DT", "NNS"])


def test_force_named_as_the_time_of_a_clause_has_no_doer_there(build_doc, cues):
    doc = _during(build_doc, possessor=False)
    assert time_of_clause(doc[6], "ASSAULT", [doc[0]])
    # its own doer keeps it: "during the rebels' attacks"
    doc = _during(build_doc, possessor=True)
    assert not time_of_clause(doc[8], "ASSAULT", [doc[6]])
    # talks "during" which one speaks keep the speaker: the rule is about force only
    doc = _during(build_doc, possessor=False)
    assert not time_of_clause(doc[6], "CONSULT", [doc[0]])


def test_the_pipeline_gives_the_clause_subject_no_attack_of_its_time(events_of):
    assert not events_of("The governor was a senator from Ohio during the 2001 attacks on the capital.")
    kinds = [e.event for e in events_of("Rebel fighters looted shops during the occupation of Vexton in March.")]
    assert kinds == ["ASSAULT"], kinds


def test_an_act_a_campaign_courts_of_others_is_not_done(build_doc, cues):
    from newsevents.eventcoding.nonevents import wanted_of_another

    def courting(verb: str, lemma: str):
        return build_doc(f"The campaign is {verb} delegates to back the senator", heads=[1, 3, 3, 3, 3, 6, 3, 8, 6],
                         deps=["det", "nsubj", "aux", "ROOT", "dobj", "aux", "xcomp", "det", "dobj"],
                         pos=["DET", "NOUN", "AUX", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN"],
                         tags=["DT", "NN", "VBZ", "VBG", "NNS", "TO", "VB", "DT", "NN"],
                         lemmas=["the", "campaign", "be", lemma, "delegate", "to", "back", "the", "senator"])
    assert wanted_of_another(courting("wooing", "woo")[6], cues)
    assert wanted_of_another(courting("lobbying", "lobby")[6], cues)
    # a verb that makes them do it is no wish: "forcing delegates to back the senator"
    assert not wanted_of_another(courting("forcing", "force")[6], cues)


def test_the_pipeline_codes_no_support_the_campaign_only_seeks(events_of):
    assert "SUPPORT" not in [e.event for e in events_of("His campaign is lobbying Republican delegates to back the senator.")]
