"""Modality of acts in background and purpose clauses (issue 14, brief s13-modality; the second US-news
audit's modality faults), on hand-built parses of sentences of our own, with the packaged cues."""

from __future__ import annotations

import pytest

from newsevents.eventcoding.lexicon import load_cues
from newsevents.eventcoding.modality import is_negated, modality_of

CUES = load_cues()


def _subject_verb_to(build_doc, governor: str, tag: str, aux: str | None = None):
    """"Rebels <aux> <governor> to attack the town" -> (doc, index of attack)."""
    words = ["Rebels"] + ([aux] if aux else []) + [governor, "to", "attack", "the", "town"]
    g = 2 if aux else 1
    heads = [g] + ([g] if aux else []) + [g, g + 2, g, g + 4, g + 2]
    deps = ["nsubj"] + (["aux"] if aux else []) + ["ROOT", "aux", "xcomp", "det", "dobj"]
    pos = ["NOUN"] + (["AUX"] if aux else []) + ["VERB", "PART", "VERB", "DET", "NOUN"]
    tags = ["NNS"] + (["MD"] if aux else []) + [tag, "TO", "VB", "DT", "NN"]
    lemmas = ["rebel"] + ([aux] if aux else []) + [{"tried": "try", "attempted": "attempt", "try": "try",
                                                     "hope": "hope"}.get(governor, governor),
                                                    "to", "attack", "the", "town"]
    return build_doc(" ".join(words), heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas), g + 2


@pytest.mark.parametrize(("governor", "tag", "aux", "expected"), [
    ("tried", "VBD", None, "asserted"),  # the attempt was made
    ("attempted", "VBD", None, "asserted"),
    ("try", "VB", "will", "future"),  # a modal above the attempt still counts
    ("hope", "VBP", None, "hypothetical"),  # a hope is no attempt
])
def test_an_attempt_made_is_no_hope(build_doc, governor, tag, aux, expected):
    doc, act = _subject_verb_to(build_doc, governor, tag, aux)
    assert modality_of(doc[act], CUES) == expected


def test_an_act_named_as_the_topic_of_views_or_a_question_keeps_its_own_modality(build_doc):
    # "We asked readers for their views on the meeting": the meeting is the topic, not asked for
    doc = build_doc("We asked readers for their views on the meeting",
                    heads=[1, 1, 1, 1, 5, 3, 5, 8, 6],
                    deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "prep", "det", "pobj"],
                    pos=["PRON", "VERB", "NOUN", "ADP", "PRON", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["PRP", "VBD", "NNS", "IN", "PRP$", "NNS", "IN", "DT", "NN"],
                    lemmas=["we", "ask", "reader", "for", "their", "view", "on", "the", "meeting"])
    assert modality_of(doc[8], CUES) == "asserted"
    # "Officials gave their reaction to the meeting"
    doc = build_doc("Officials gave their reaction to the meeting", heads=[1, 1, 3, 1, 3, 6, 4],
                    deps=["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["NNS", "VBD", "PRP$", "NN", "IN", "DT", "NN"],
                    lemmas=["official", "give", "their", "reaction", "to", "the", "meeting"])
    assert modality_of(doc[6], CUES) == "asserted"
    # "Reporters asked the minister about the arrest"
    doc = build_doc("Reporters asked the minister about the arrest",
                    heads=[1, 1, 3, 1, 1, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["NNS", "VBD", "DT", "NN", "IN", "DT", "NN"],
                    lemmas=["reporter", "ask", "the", "minister", "about", "the", "arrest"])
    assert modality_of(doc[6], CUES) == "asserted"


def test_talks_asked_for_on_a_matter_stay_asked_for(build_doc):
    # "The union called for talks on the strike": "talks" is no opinion noun, so the strike inside what
    # is called for stays hypothetical, and so do the talks
    doc = build_doc("The union called for talks on the strike",
                    heads=[1, 2, 2, 2, 3, 4, 7, 5], deps=["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "IN", "NNS", "IN", "DT", "NN"],
                    lemmas=["the", "union", "call", "for", "talk", "on", "the", "strike"])
    assert modality_of(doc[4], CUES) == "hypothetical"
    assert modality_of(doc[7], CUES) == "hypothetical"


def _militias(build_doc, perfect: bool):
    if perfect:
        return build_doc("Militias have often raided farms", heads=[3, 3, 3, 3, 3],
                         deps=["nsubj", "aux", "advmod", "ROOT", "dobj"], pos=["NOUN", "AUX", "ADV", "VERB", "NOUN"],
                         tags=["NNS", "VBP", "RB", "VBN", "NNS"], lemmas=["militia", "have", "often", "raid", "farm"]), 3
    return build_doc("Militias often raided farms", heads=[2, 2, 2, 2], deps=["nsubj", "advmod", "ROOT", "dobj"],
                     pos=["NOUN", "ADV", "VERB", "NOUN"], tags=["NNS", "RB", "VBD", "NNS"],
                     lemmas=["militia", "often", "raid", "farm"]), 2


def test_a_past_habit_is_background_but_a_present_perfect_one_counts_now(build_doc):
    doc, act = _militias(build_doc, perfect=False)
    assert modality_of(doc[act], CUES) == "historical"
    doc, act = _militias(build_doc, perfect=True)
    assert modality_of(doc[act], CUES) == "asserted"


def test_a_past_habit_told_as_a_report_is_that_report_s_news(build_doc):
    # "Militias often raided farms , a court was told": the testimony is the news
    doc = build_doc("Militias often raided farms , a court was told", heads=[2, 2, 2, 2, 2, 6, 8, 8, 2],
                    deps=["nsubj", "advmod", "ROOT", "dobj", "punct", "det", "nsubjpass", "auxpass", "parataxis"],
                    pos=["NOUN", "ADV", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB"],
                    tags=["NNS", "RB", "VBD", "NNS", ",", "DT", "NN", "VBD", "VBN"],
                    lemmas=["militia", "often", "raid", "farm", ",", "a", "court", "be", "tell"])
    assert modality_of(doc[2], CUES) == "asserted"


def test_an_alleged_act_is_a_charge_not_shown(build_doc):
    for verb, lemma, expected in (("allege", "allege", "hypothetical"), ("say", "say", "asserted")):
        doc = build_doc(f"Groups {verb} that soldiers tortured detainees", heads=[1, 1, 4, 4, 1, 4],
                        deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj"],
                        pos=["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "NOUN"],
                        tags=["NNS", "VBP", "IN", "NNS", "VBD", "NNS"],
                        lemmas=["group", lemma, "that", "soldier", "torture", "detainee"])
        assert modality_of(doc[4], CUES) == expected, verb
    # "the alleged attack was condemned": news hedges who did an act that happened, so it stays told
    doc = build_doc("The alleged attack was condemned", heads=[2, 2, 4, 4, 4],
                    deps=["det", "amod", "nsubjpass", "auxpass", "ROOT"], pos=["DET", "ADJ", "NOUN", "AUX", "VERB"],
                    tags=["DT", "JJ", "NN", "VBD", "VBN"], lemmas=["the", "alleged", "attack", "be", "condemn"])
    assert modality_of(doc[2], CUES) == "asserted"


def test_an_act_done_previously_is_background(build_doc):
    doc = build_doc("The navy had previously blockaded the port", heads=[1, 4, 4, 4, 4, 6, 4],
                    deps=["det", "nsubj", "aux", "advmod", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "AUX", "ADV", "VERB", "DET", "NOUN"],
                    tags=["DT", "NN", "VBD", "RB", "VBN", "DT", "NN"],
                    lemmas=["the", "navy", "have", "previously", "blockade", "the", "port"])
    assert modality_of(doc[4], CUES) == "historical"
    doc = build_doc("The navy blockaded the port", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], tags=["DT", "NN", "VBD", "DT", "NN"],
                    lemmas=["the", "navy", "blockade", "the", "port"])
    assert modality_of(doc[2], CUES) == "asserted"


def test_not_before_a_predicate_denies_the_predicate_not_the_event(build_doc):
    # "His meeting with the senator was not political": the meeting took place
    doc = build_doc("His meeting with the senator was not political", heads=[1, 6, 1, 4, 2, 6, 6, 6],
                    deps=["poss", "nsubj", "prep", "det", "pobj", "ROOT", "neg", "acomp"],
                    pos=["PRON", "NOUN", "ADP", "DET", "NOUN", "AUX", "PART", "ADJ"],
                    tags=["PRP$", "NN", "IN", "DT", "NN", "VBD", "RB", "JJ"],
                    lemmas=["his", "meeting", "with", "the", "senator", "be", "not", "political"])
    assert not is_negated(doc[1], CUES)
    # "The meeting was not held": the event itself is denied
    doc = build_doc("The meeting was not held", heads=[1, 4, 4, 4, 4], deps=["det", "nsubjpass", "auxpass", "neg", "ROOT"],
                    pos=["DET", "NOUN", "AUX", "PART", "VERB"], tags=["DT", "NN", "VBD", "RB", "VBN"],
                    lemmas=["the", "meeting", "be", "not", "hold"])
    assert is_negated(doc[1], CUES)
    # "No talks were productive": "no" on the event noun still denies it
    doc = build_doc("No talks were productive", heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "acomp"],
                    pos=["DET", "NOUN", "AUX", "ADJ"], tags=["DT", "NNS", "VBD", "JJ"],
                    lemmas=["no", "talk", "be", "productive"])
    assert is_negated(doc[1], CUES)


def _inquiry(build_doc, failed: bool):
    """"The inquiry (failed to find | found) evidence that the minister ordered raids"."""
    if failed:
        words = "The inquiry failed to find evidence that the minister ordered raids"
        return build_doc(words, heads=[1, 2, 2, 4, 2, 4, 9, 8, 9, 5, 9],
                         deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "mark", "det", "nsubj", "acl", "dobj"],
                         pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "NOUN"],
                         tags=["DT", "NN", "VBD", "TO", "VB", "NN", "IN", "DT", "NN", "VBD", "NNS"],
                         lemmas=["the", "inquiry", "fail", "to", "find", "evidence", "that", "the", "minister",
                                 "order", "raid"]), 9
    return build_doc("The inquiry found evidence that the minister ordered raids", heads=[1, 2, 2, 2, 7, 6, 7, 3, 7],
                     deps=["det", "nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "acl", "dobj"],
                     pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "NOUN"],
                     tags=["DT", "NN", "VBD", "NN", "IN", "DT", "NN", "VBD", "NNS"],
                     lemmas=["the", "inquiry", "find", "evidence", "that", "the", "minister", "order", "raid"]), 7


def test_a_charge_a_failed_finding_did_not_show_is_not_told_as_done(build_doc):
    doc, act = _inquiry(build_doc, failed=True)
    assert is_negated(doc[act], CUES)
    doc, act = _inquiry(build_doc, failed=False)
    assert not is_negated(doc[act], CUES)


def test_an_act_aimed_at_something_is_directed_not_intended(build_doc):
    # "His attacks were aimed at her record": done, only directed; "The talks were planned for May": to come
    doc = build_doc("His attacks were aimed at her record", heads=[1, 3, 3, 3, 3, 6, 4],
                    deps=["poss", "nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj"],
                    pos=["PRON", "NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN"],
                    tags=["PRP$", "NNS", "VBD", "VBN", "IN", "PRP$", "NN"],
                    lemmas=["his", "attack", "be", "aim", "at", "her", "record"])
    assert modality_of(doc[1], CUES) == "asserted"
    doc = build_doc("The talks were planned for May", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"], tags=["DT", "NNS", "VBD", "VBN", "IN", "NNP"],
                    lemmas=["the", "talk", "be", "plan", "for", "may"])
    assert modality_of(doc[1], CUES) == "future"


def test_an_act_of_recent_days_or_weeks_is_news_not_background(extract):
    # "in recent weeks" is a vague past like "recently" (``recent`` cues), not one long over
    for text in ("Russian troops attacked Ukrainian villages in recent days.",
                 "In recent weeks Israeli jets bombed Hezbollah positions in southern Lebanon."):
        events = extract(text, published="2026-05-01").events
        assert events and all(e.modality == "asserted" for e in events), text
