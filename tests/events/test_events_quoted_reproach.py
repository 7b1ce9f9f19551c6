"""Criticism told with a force word of speech that carries a quotation, and the verbs of scolding (events43):
``speech_force.quoted_reproach`` (the cue of a direct or mixed quotation whose verb is a ``speech_force`` word with
a target of its own is ACCUSE, whatever row its object matched or failed) and the DENOUNCE block's verbs of
scolding as lexicon rows (chide, berate, scold ...). Sentences written for these tests: hand-built parses, and the
pipeline on two sentences."""

from __future__ import annotations

from event_rows import lexicon_event, rows_doc
from newsevents.eventcoding.speech_force import quoted_reproach

PUBLISHED = "2019-04-02"


def _doc(build_doc, verb: str = "blasted", lemma: str = "blast", obj: bool = True):
    # "Ruiz blasted Lee for cavorting" / "Ruiz blasted for cavorting"
    rows = [("Ruiz", "ruiz", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1)]
    rows += [("Lee", "lee", "PROPN", "NNP", "dobj", 1)] if obj else []
    n = len(rows)
    rows += [("for", "for", "ADP", "IN", "prep", 1), ("cavorting", "cavorting", "NOUN", "NN", "pobj", n)]
    return rows_doc(build_doc, rows)


def test_a_force_word_that_carries_a_quotation_is_a_reproach(build_doc, cues) -> None:
    doc = _doc(build_doc)
    assert quoted_reproach(doc[1], {doc[1].idx}, cues)


def test_no_quotation_no_target_or_no_force_word_no_rule(build_doc, cues) -> None:
    doc = _doc(build_doc)
    assert not quoted_reproach(doc[1], set(), cues)  # no quotation: the rows decide
    assert not quoted_reproach(_doc(build_doc, obj=False)[1], {doc[1].idx}, cues)  # no one reproached
    told = _doc(build_doc, "told", "tell")
    assert not quoted_reproach(told[1], {told[1].idx}, cues)  # a verb of saying is no force word


def test_verbs_of_scolding_are_accuse_rows(build_doc) -> None:
    for verb, lemma in (("chided", "chide"), ("berated", "berate"), ("scolded", "scold")):
        assert lexicon_event(_doc(build_doc, verb, lemma)[1]) == "ACCUSE"


def test_pipeline_a_force_word_carrying_a_quotation_and_a_scolding(events_of) -> None:
    text = 'At Saturday\'s debate, Governor Mark Tilley blasted Senator Frank Orr for "cavorting" with a lobbyist.'
    assert [e.event for e in events_of(text) if e.trigger.text == "blasted"] == ["ACCUSE"]
    text = "The Vexland Herald had chided President John Carver on Aug. 17 for continuing his vacation."
    assert [e.event for e in events_of(text) if e.trigger.text == "chided"] == ["ACCUSE"]
