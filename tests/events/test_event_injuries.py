"""A quote's speaker is no doer of an act told in the passive inside the quote, and an injury told
of its victim alone is no attack (issue 14, the tenth audit's #30). Sentences written for these
tests; the rule is also checked on hand-built parses."""

from __future__ import annotations

from newsevents.components.events import _injury_alone

PUBLISHED = "2023-05-02"


def test_an_injury_with_no_attack_told_is_no_assault(build_doc, cues):
    doc = build_doc("the driver was badly hurt", heads=[1, 4, 4, 4, 4], deps=["det", "nsubjpass", "auxpass", "advmod", "ROOT"],
                    pos=["DET", "NOUN", "AUX", "ADV", "VERB"], tags=["DT", "NN", "VBD", "RB", "VBN"])
    assert _injury_alone(doc[4], doc[:], cues)
    doc = build_doc("the driver was hurt in the blast", heads=[1, 3, 3, 3, 3, 6, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"], tags=["DT", "NN", "VBD", "VBN", "IN", "DT", "NN"])
    assert not _injury_alone(doc[3], doc[:], cues)  # an attack word: the blast hurt him
    doc = build_doc("the driver was hurt by gunmen", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"], tags=["DT", "NN", "VBD", "VBN", "IN", "NNS"],
                    lemmas=["the", "driver", "be", "hurt", "by", "gunman"])
    assert not _injury_alone(doc[3], doc[:], cues)


def test_a_spokesman_reporting_an_injury_is_no_attacker(events_of):
    text = '"She was shaken but not seriously hurt," said the club\'s spokesman.'
    assert not [e for e in events_of(text) if e.event == "ASSAULT"]
    text = '"He was attacked outside the stadium on Saturday," said the club\'s spokesman.'
    assaults = [e for e in events_of(text) if e.event == "ASSAULT"]
    assert assaults and all("spokesman" not in p.text for e in assaults for p in e.actor)
