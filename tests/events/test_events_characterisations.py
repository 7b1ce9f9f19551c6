"""An event noun that says what a party is, not what it did (events43; eventcoding/characterisations.py): a verb of
posing gives its subject the property ("pose a threat", "the threat posed by"), a copula or an ``as``-phrase
predicates a risk noun ("is a threat", "regarded as a danger"). A threat made ("issued a threat") and an attack
told with a copula ("the blast was an attack") stay events. Sentences written for these tests; the rule is checked
on hand-built parses, and once through the pipeline."""

from __future__ import annotations

from event_rows import rows_doc
from newsevents.eventcoding.characterisations import characterised

PUBLISHED = "2019-04-02"


def test_a_threat_posed_is_a_property(build_doc, cues) -> None:
    # "Militias pose a threat to the town"
    doc = rows_doc(build_doc, [("Militias", "militia", "NOUN", "NNS", "nsubj", 1), ("pose", "pose", "VERB", "VBP", "ROOT", 1),
                               ("a", "a", "DET", "DT", "det", 3), ("threat", "threat", "NOUN", "NN", "dobj", 1),
                               ("to", "to", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
                               ("town", "town", "NOUN", "NN", "pobj", 4)])
    assert characterised(doc[3], cues)
    # "the threat posed by militias"
    doc = rows_doc(build_doc, [("the", "the", "DET", "DT", "det", 1), ("threat", "threat", "NOUN", "NN", "ROOT", 1),
                               ("posed", "pose", "VERB", "VBN", "acl", 1), ("by", "by", "ADP", "IN", "agent", 2),
                               ("militias", "militia", "NOUN", "NNS", "pobj", 3)])
    assert characterised(doc[1], cues)


def test_a_risk_noun_predicated_by_a_copula_or_as(build_doc, cues) -> None:
    # "The regime is a threat"
    doc = rows_doc(build_doc, [("The", "the", "DET", "DT", "det", 1), ("regime", "regime", "NOUN", "NN", "nsubj", 2),
                               ("is", "be", "AUX", "VBZ", "ROOT", 2), ("a", "a", "DET", "DT", "det", 4),
                               ("threat", "threat", "NOUN", "NN", "attr", 2)])
    assert characterised(doc[4], cues)
    # "Voters regarded him as a danger"
    doc = rows_doc(build_doc, [("Voters", "voter", "NOUN", "NNS", "nsubj", 1), ("regarded", "regard", "VERB", "VBD", "ROOT", 1),
                               ("him", "he", "PRON", "PRP", "dobj", 1), ("as", "as", "ADP", "IN", "prep", 1),
                               ("a", "a", "DET", "DT", "det", 5), ("danger", "danger", "NOUN", "NN", "pobj", 3)])
    assert characterised(doc[5], cues)


def test_a_threat_made_and_an_attack_told_with_a_copula_stay(build_doc, cues) -> None:
    # "Rebels issued a threat"
    doc = rows_doc(build_doc, [("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("issued", "issue", "VERB", "VBD", "ROOT", 1),
                               ("a", "a", "DET", "DT", "det", 3), ("threat", "threat", "NOUN", "NN", "dobj", 1)])
    assert not characterised(doc[3], cues)
    # "The blast was an attack": a copula makes a risk noun a property, not every event noun
    doc = rows_doc(build_doc, [("The", "the", "DET", "DT", "det", 1), ("blast", "blast", "NOUN", "NN", "nsubj", 2),
                               ("was", "be", "AUX", "VBD", "ROOT", 2), ("an", "an", "DET", "DT", "det", 4),
                               ("attack", "attack", "NOUN", "NN", "attr", 2)])
    assert not characterised(doc[4], cues)


def test_pipeline_a_party_said_to_pose_a_threat_made_none(events_of) -> None:
    text = ("To him, Republicans pose such a big threat to the future of Vexland that it is not an option to stay "
            "home.")
    assert not [e for e in events_of(text) if e.event == "THREATEN"]
