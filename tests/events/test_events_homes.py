"""A party's country is its home, never where something was done to it (issue 14, fifth audit):
unnamed victims take the place of the act, named people and bodies do not; a quoted "she" is not
the speaker who tells of her. Sentences written for these tests."""

from __future__ import annotations

from newsevents.components.events import (
    _recipient_country_from_place,
    named_parties,
)
from newsevents.record import Entity, Party
from newsevents.record import Span as RecordSpan

PUBLISHED = "2023-05-02"


def _doc_with(build_doc, entities, kinds):
    doc = build_doc("The singer was held", heads=[1, 3, 3, 3], deps=["det", "nsubjpass", "auxpass", "ROOT"],
                    pos=["DET", "NOUN", "AUX", "VERB"])
    doc._.entities = entities
    doc._.mention_kinds = kinds
    return doc


def test_a_named_party_does_not_take_the_place_of_the_act(build_doc):
    span = RecordSpan(start=0, end=4, text="Brandt")
    entities = [Entity(id="e1", name="Tom Brandt", type="PERSON", mentions=[span]),
                Entity(id="e2", name="protesters", type="NORP", mentions=[span])]
    doc = _doc_with(build_doc, entities, {"e1": ["name"], "e2": ["role"]})
    assert named_parties(doc) == {"e1": {"Brandt"}}
    parties = [Party(entity="e1", text="Brandt"), Party(entity="e2", text="protesters"), Party(text="a village"),
               Party(entity="e1", text="hundreds of Brandt fans")]  # a name modifying the head: not the named one
    placed = _recipient_country_from_place(parties, "ESP", doc)
    assert [p.country for p in placed] == [None, "ESP", "ESP", "ESP"]
    # a party known only by a role ("the singer") is no named one
    doc = _doc_with(build_doc, entities, {"e1": ["role"], "e2": ["role"]})
    assert [p.country for p in _recipient_country_from_place(parties, "ESP", doc)] == ["ESP", "ESP", "ESP", "ESP"]


def test_arrested_abroad_keeps_no_code_of_the_place(extract):
    record = extract("Police arrested the actor Tom Brandt after a fight in a bar in Madrid last week.",
                     published=PUBLISHED)
    coerced = [e for e in record.events if e.event == "COERCE"]
    assert coerced, [e.event for e in record.events]
    brandt = [p for e in coerced for p in e.recipient if "Brandt" in p.text]
    assert brandt and all(p.country is None for p in brandt)


def test_a_quoted_she_is_not_the_speaker_of_a_quotation_over_several_sentences(extract):
    # the attribution opens the quotation two sentences before "She": she is the player, not
    # the (Dutch) official speaking of her
    text = ("The Dutch health minister Anna Vos spoke about the swimmer Maria Lind. Vos said: "
            '"There is a problem. The sample was positive. She can appeal against the ruling."')
    record = extract(text, published=PUBLISHED)
    speaker = next(e for e in record.entities if e.name.endswith("Vos"))
    swimmer = next(e for e in record.entities if e.name.endswith("Lind"))
    assert "She" not in [m.text for m in speaker.mentions]
    assert "She" in [m.text for m in swimmer.mentions]
