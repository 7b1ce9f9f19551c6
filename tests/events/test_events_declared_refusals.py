"""A refusal declared is a REJECT, asserted (events43; eventcoding/refusals.py): in the first person (``I'm not
going to call on you``, ``we will not meet them``) or reported of the sayer (``Ruiz said he would not meet them``).
A third person's ``will not`` said of another, and a past ``did not``, stay a negated act. Sentences written for
these tests: hand-built parses, and the pipeline on sentences of our own."""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.refusals import declared_refusal

PUBLISHED = "2019-04-02"


def _going(build_doc, subject: str = "I", lemma: str = "I"):
    # "<I> am not going to call you"
    return rows_doc(build_doc, [(subject, lemma, "PRON", "PRP", "nsubj", 3), ("am", "be", "AUX", "VBP", "aux", 3),
                                ("not", "not", "PART", "RB", "neg", 3), ("going", "go", "VERB", "VBG", "ROOT", 3),
                                ("to", "to", "PART", "TO", "aux", 5), ("call", "call", "VERB", "VB", "xcomp", 3),
                                ("you", "you", "PRON", "PRP", "dobj", 5)])


def _will(build_doc, subject: str = "We", lemma: str = "we", aux: str = "will"):
    # "<We> <will> not meet them"
    return rows_doc(build_doc, [(subject, lemma, "PRON", "PRP", "nsubj", 3), (aux, aux, "AUX", "MD", "aux", 3),
                                ("not", "not", "PART", "RB", "neg", 3), ("meet", "meet", "VERB", "VB", "ROOT", 3),
                                ("them", "they", "PRON", "PRP", "dobj", 3)])


def test_a_first_person_not_going_to_or_will_not_is_a_refusal(build_doc) -> None:
    assert declared_refusal(_going(build_doc)[5])
    assert declared_refusal(_will(build_doc)[3])


def test_a_third_person_or_a_past_act_is_no_declared_refusal(build_doc) -> None:
    assert not declared_refusal(_going(build_doc, "She", "she")[5])
    assert not declared_refusal(_will(build_doc, "They", "they")[3])
    assert not declared_refusal(_will(build_doc, aux="did")[3])  # "We did not meet them": it did not happen


def _said(build_doc, subject: str = "he", lemma: str = "he", aux: str = "would"):
    # "Ruiz said <he> <would> not meet them"
    return rows_doc(build_doc, [("Ruiz", "ruiz", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                                (subject, lemma, "PRON" if lemma == "he" else "PROPN", "PRP" if lemma == "he" else "NNP", "nsubj", 5),
                                (aux, aux, "AUX", "MD", "aux", 5), ("not", "not", "PART", "RB", "neg", 5),
                                ("meet", "meet", "VERB", "VB", "ccomp", 1), ("them", "they", "PRON", "PRP", "dobj", 5)])


def test_a_refusal_reported_of_its_sayer(build_doc, cues) -> None:
    assert declared_refusal(_said(build_doc)[5], cues.report)
    assert declared_refusal(_said(build_doc, "Ruiz", "ruiz")[5], cues.report)  # the sayer named again
    assert not declared_refusal(_said(build_doc, "Lee", "lee")[5], cues.report)  # said of another
    assert not declared_refusal(_said(build_doc, aux="did")[5], cues.report)  # "said he did not meet them"
    assert not declared_refusal(_said(build_doc)[5])  # no saying verbs given


def test_pipeline_a_refusal_declared_to_a_heckler(events_of) -> None:
    text = '"You are very rude, and I\'m not going to ever call on you," Governor Mark Tilley told Senator Frank Orr.'
    assert [(e.event, e.modality) for e in events_of(text) if e.trigger.text == "call"] == [("REJECT", "asserted")]


def test_pipeline_a_refusal_reported_of_its_sayer(events_of) -> None:
    text = "Governor Mark Tilley said he would not meet Senator Frank Orr before the vote."
    assert [(e.event, e.modality) for e in events_of(text) if e.trigger.text == "meet"] == [("REJECT", "asserted")]
    text = "Governor Mark Tilley said Senator Frank Orr would not meet the delegation."
    assert [(e.event, e.modality) for e in events_of(text) if e.trigger.text == "meet"] == [("CONSULT", "negated")]
