"""A plural subject pronoun of a clause joined by "and" goes on with the plural subject before it, not with a place
named between them (session 26, events29; eventcoding/arguments.py resolve_pronoun). Sentences written for these
tests (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding.arguments import resolve_pronoun

PUBLISHED = "2016-03-15"

_WORDS = "Soldiers will come to Vexland , and some of them will raid towns"


def _doc(build_doc, cc: str):
    words = _WORDS.replace(" and ", f" {cc} ")
    return build_doc(words, heads=[2, 2, 2, 2, 3, 2, 2, 11, 7, 8, 11, 2, 11],
                     deps=["nsubj", "aux", "ROOT", "prep", "pobj", "punct", "cc", "nsubj", "prep", "pobj", "aux",
                           "conj", "dobj"],
                     pos=["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "CCONJ", "PRON", "ADP", "PRON", "AUX",
                          "VERB", "NOUN"],
                     tags=["NNS", "MD", "VB", "IN", "NNP", ",", "CC", "DT", "IN", "PRP", "MD", "VB", "NNS"],
                     ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O"])


def test_some_of_them_after_and_are_the_soldiers(build_doc, cues) -> None:
    doc = _doc(build_doc, "and")
    found = resolve_pronoun(doc[7], doc[0:len(doc)], cues)
    assert found is not None and found.text == "Soldiers"


def test_after_but_the_rule_does_not_apply(build_doc, cues) -> None:
    doc = _doc(build_doc, "but")
    found = resolve_pronoun(doc[7], doc[0:len(doc)], cues)
    assert found is None or found.text != "Soldiers"


def test_pipeline_raids_by_the_soldiers_not_the_country(events_of) -> None:
    events = [e for e in events_of("More British troops will come to Kenya, and some of them will conduct raids "
                                   "in Somalia.") if e.event == "ASSAULT"]
    assert events and all(a.country == "GBR" for e in events for a in e.actor)
    assert all("Kenya" not in a.text for e in events for a in e.actor)


def test_another_party_between_blocks_the_rule(build_doc, cues) -> None:
    doc = build_doc("Protesters clashed with police , and they fired gas", heads=[1, 1, 1, 2, 1, 1, 7, 1, 7],
                    deps=["nsubj", "ROOT", "prep", "pobj", "punct", "cc", "nsubj", "conj", "dobj"],
                    pos=["NOUN", "VERB", "ADP", "NOUN", "PUNCT", "CCONJ", "PRON", "VERB", "NOUN"],
                    tags=["NNS", "VBD", "IN", "NNS", ",", "CC", "PRP", "VBD", "NN"])
    found = resolve_pronoun(doc[6], doc[0:len(doc)], cues)
    assert found is None or found.text != "Protesters"
