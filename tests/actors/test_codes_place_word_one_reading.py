"""One reading of a place-word per document (eventcoding/named_homes.py, issue 15 item 2).

The entity stage, which runs before the places stage, reads a place-word in a body's name alone: its most
populous namesake of weight (``Delta`` a Nigerian state, ``St. Agnes`` a foreign parish). Once the places
stage has resolved the same word, with the story, to a town of the story's own country, and the article
gives the namesake's country no other way, every entity coded from that reading takes the resolved
place's country, when the entity stage codes some other person or body of that country, not named after the
story's places (both stages agree on the story's country). Hand-built documents and place records (no model, no gazetteer: ``read_alone`` stands for
the entity stage's reading); sentences of our own.
"""

from __future__ import annotations

import pytest
import spacy

import newsevents.components  # noqa: F401 - registers the Doc extensions
from newsevents.actors import load_actor_dictionary
from newsevents.eventcoding.named_homes import recode_entities
from newsevents.record import Entity, Place, Span

# what the entity stage reads each word as, alone (its most populous namesake)
READ_ALONE = {"Delta": "NGA", "Harbor": "AUS"}.get


@pytest.fixture(scope="module")
def actors():
    return load_actor_dictionary()


def _doc(text: str, places: list[tuple[str, str]]):
    """A Doc of ``text`` whose places stage resolved each (word, country): one place per word, a mention at
    every occurrence of the word."""
    doc = spacy.blank("en")(text)
    records = []
    for n, (word, country) in enumerate(places):
        spans, at = [], text.find(word)
        while at >= 0:
            spans.append(Span(start=at, end=at + len(word), text=word))
            at = text.find(word, at + 1)
        records.append(Place(id=f"p{n}", name=word, level="city", country=country, mentions=spans))
    doc._.places = records
    return doc


def _entity(text: str, name: str, country: str, kind: str = "ORG") -> Entity:
    at = text.find(name)
    return Entity(id=name, name=name, type=kind, country=country,
                  mentions=[Span(start=at, end=at + len(name), text=name)])


def test_body_named_after_a_story_town_takes_its_country(actors) -> None:
    text = ("Two officers of the Delta Police Department were praised on Friday. A constable who lives in Delta "
            "said the crash near Surrey had closed the road to Langley for hours, the Coroners Service said.")
    doc = _doc(text, [("Delta", "CAN"), ("Surrey", "CAN"), ("Langley", "CAN")])
    body = _entity(text, "Delta Police Department", "NGA")
    officer = _entity(text, "constable", "NGA", "PERSON")  # coded from the body by the entity stage
    service = _entity(text, "Coroners Service", "CAN")  # the story's country apart from its places' names
    doc._.entities = [body, officer, service]
    out = recode_entities(doc, [body, officer, service], actors, READ_ALONE)
    assert [e.country for e in out] == ["CAN", "CAN", "CAN"]


def test_negative_only_bodies_named_after_the_places_of_that_country(actors) -> None:
    # the only entity of the places' country is named after one of those places: no evidence apart from them
    text = ("Two officers of the Delta Police Department were praised on Friday. A constable who lives in Delta "
            "said the crash near Surrey had closed the road to Langley for hours.")
    doc = _doc(text, [("Delta", "CAN"), ("Surrey", "CAN"), ("Langley", "CAN")])
    body = _entity(text, "Delta Police Department", "NGA")
    doc._.entities = [body, _entity(text, "Langley", "CAN")]
    assert recode_entities(doc, [body], actors, READ_ALONE)[0].country == "NGA"


def test_negative_no_person_or_body_of_the_places_country(actors) -> None:
    # the places stage alone reads the story's towns in one country; the entity stage codes nobody of it
    text = ("Two officers of the Delta Police Department were praised on Friday. A constable who lives in Delta "
            "said the crash near Surrey had closed the road to Langley for hours.")
    doc = _doc(text, [("Delta", "CAN"), ("Surrey", "CAN"), ("Langley", "CAN")])
    body = _entity(text, "Delta Police Department", "NGA")
    doc._.entities = [body]
    assert recode_entities(doc, [body], actors, READ_ALONE)[0].country == "NGA"


def test_without_the_reading_alone_nothing_changes(actors) -> None:
    text = "Two officers of the Delta Police Department were praised near Surrey and Langley."
    doc = _doc(text, [("Delta", "CAN"), ("Surrey", "CAN"), ("Langley", "CAN")])
    out = recode_entities(doc, [_entity(text, "Delta Police Department", "NGA")], actors)
    assert out[0].country == "NGA"


def test_negative_a_town_outside_the_story_country_decides_nothing(actors) -> None:
    # the places stage's reading of a town of another country than most of the story's places is no
    # better than the entity stage's: it is left
    text = ("The Harbor Rowing Club won in Lyon on Sunday after races in Madrid and Seville; "
            "the club trains at Harbor.")
    doc = _doc(text, [("Harbor", "USA"), ("Lyon", "FRA"), ("Madrid", "ESP"), ("Seville", "ESP")])
    doc._.entities = [_entity(text, "Harbor Rowing Club", "AUS"), _entity(text, "Lyon", "USA")]
    out = recode_entities(doc, [_entity(text, "Harbor Rowing Club", "AUS")], actors, READ_ALONE)
    assert out[0].country == "AUS"


def test_negative_the_namesakes_country_named_elsewhere_stays(actors) -> None:
    # the article names the namesake's country by its people's word: that country is of the story
    text = ("The Delta Police Department welcomed two Nigerian officers on an exchange; "
            "they toured Delta, Surrey and Langley.")
    doc = _doc(text, [("Delta", "CAN"), ("Surrey", "CAN"), ("Langley", "CAN")])
    doc._.entities = [_entity(text, "Delta Police Department", "NGA"), _entity(text, "exchange", "CAN")]
    out = recode_entities(doc, [_entity(text, "Delta Police Department", "NGA")], actors, READ_ALONE)
    assert out[0].country == "NGA"


def test_negative_a_body_the_tables_know_as_the_namesakes_countrys(actors) -> None:
    # the article names a body the tables know as the namesake's country's: that country is of the story
    text = ("The Delta Police Department briefed officers on Boko Haram on Friday near Surrey and "
            "Langley, the Coroners Service said.")
    doc = _doc(text, [("Delta", "CAN"), ("Surrey", "CAN"), ("Langley", "CAN")])
    body, agency = _entity(text, "Delta Police Department", "NGA"), _entity(text, "Boko Haram", "NGA")
    doc._.entities = [body, agency, _entity(text, "Coroners Service", "CAN")]
    assert recode_entities(doc, [body], actors, READ_ALONE)[0].country == "NGA"
