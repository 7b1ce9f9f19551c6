"""A person named only as "Mr. N" or "N", left uncoded, takes the country of the one coded person the article
names in full with that surname (the twenty-eighth US-news audit's class of titled names left uncoded).
Entities built by hand for names invented here."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.eventcoding.named_homes import namesake_homes
from newsevents.record import Entity, Span

HONORIFIC = {"mr.", "ms.", "mrs."}


def _entity(eid: str, country: str | None, *names: str) -> Entity:
    return Entity(id=eid, name=names[0], type="PERSON", country=country,
                  mentions=[Span(start=i, end=i + 1, text=n) for i, n in enumerate(names)])


def _doc(build_doc, entities: list[Entity]) -> Doc:
    doc = build_doc("Text", heads=[0], deps=["ROOT"], pos=["NOUN"])
    doc._.mention_kinds = {e.id: ["name"] * len(e.mentions) for e in entities}
    return doc


def test_a_titled_surname_takes_the_full_names_country(build_doc):
    entities = [_entity("e1", "USA", "Carla Roe", "Roe"), _entity("e2", None, "Mr. Roe", "Roe")]
    assert namesake_homes(_doc(build_doc, entities), entities, HONORIFIC) == {"e2": "USA"}


def test_an_uncoded_kin_named_in_full_does_not_block_it(build_doc):
    entities = [_entity("e1", "USA", "Carla Roe"), _entity("e2", None, "Mr. Roe"), _entity("e3", None, "Tom Roe")]
    assert namesake_homes(_doc(build_doc, entities), entities, HONORIFIC) == {"e2": "USA"}


def test_two_coded_namesakes_or_a_full_name_of_its_own_leave_it_open(build_doc):
    entities = [_entity("e1", "USA", "Carla Roe"), _entity("e2", None, "Mr. Roe"), _entity("e3", "GBR", "Tom Roe")]
    assert namesake_homes(_doc(build_doc, entities), entities, HONORIFIC) == {}
    entities = [_entity("e1", "USA", "Carla Roe"), _entity("e2", None, "Roe", "Frank Roe")]
    assert namesake_homes(_doc(build_doc, entities), entities, HONORIFIC) == {}
