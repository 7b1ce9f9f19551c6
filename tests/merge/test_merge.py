"""Merging events across articles (newsevents.merge) on hand-built records: no model needed."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.merge import (
    ArticleEvent,
    Telling,
    article_events,
    contradiction,
    link_score,
    merge,
    merged_id,
    same_event_in_article,
    same_place,
)
from newsevents.record import (
    Article,
    Entity,
    Event,
    EventDate,
    Figure,
    Party,
    Place,
    Record,
    Size,
    Span,
    article_id,
)

TOWNVILLE = {"geonameid": 9000001, "name": "Townville", "lat": 10.0, "lon": 10.0}
# about 300 km north of Townville (2.7 degrees of latitude)
FARVILLE = {"geonameid": 9000002, "name": "Farville", "lat": 12.7, "lon": 10.0}

ATTACK_A = (
    "Gunmen attack market in Townville\n\n"
    "Gunmen attacked the central market in Townville on Monday, killing 12 people and wounding 30, "
    "the regional governor said. Traders in Townville said the gunmen arrived on motorbikes shortly "
    "after dawn and fired into the crowd before fleeing towards the hills. The governor ordered an "
    "inquiry and closed the market until further notice, while hospitals in the province appealed "
    "for blood donors to help treat the wounded."
)
ATTACK_B = (
    "At least 15 dead in Townville market raid\n\n"
    "At least 15 people were killed on Monday when gunmen attacked the central market in Townville, "
    "a local hospital director told reporters. Witnesses described panic as the attackers opened fire."
)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start=start, end=start + len(needle), text=needle)


def _sentence(text: str, needle: str) -> Span:
    """The sentence (up to the full stop) holding ``needle``."""
    at = text.index(needle)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    end = text.index(".", at) + 1
    return Span(start=start, end=end, text=text[start:end])


def attack_record(text: str, source: str, published: str, trigger: str, place: dict | None,
                  dead: tuple[int, str] | None = None, victim: str | None = None,
                  modality: str = "asserted") -> Record:
    """An article reporting one attack, with its place, date and death toll."""
    places, figures, entities, recipient = [], [], [], []
    if place is not None:
        places.append(Place(id="p1", name=place["name"], geonameid=place["geonameid"], feature_code="PPL",
                            level="city", country="XYZ", admin1="North", lat=place["lat"], lon=place["lon"],
                            mentions=[_span(text, place["name"])]))
    if dead is not None:
        value, words = dead
        span = _span(text, words)
        figures.append(Figure(id="f1", kind="killed", value=value, start=span.start, end=span.end, text=words))
    if victim is not None:
        entities.append(Entity(id="e1", name=victim, type="PERSON", mentions=[_span(text, victim)]))
        recipient.append(Party(entity="e1", text=victim))
    event = Event(
        id="v1", event="ASSAULT", quad_code=4, cameo="18", actor=[Party(text="Gunmen")], recipient=recipient,
        place="p1" if place else None, date=EventDate(value="2024-03-04", precision="day"),
        modality=modality, size=Size(dead=dead[0] if dead else None),
        trigger=_span(text, trigger), sentence=_sentence(text, trigger),
    )
    article = Article(id=article_id(text), source=source, published=published, text=text)
    return Record(article=article, pipeline={"version": "test"}, entities=entities, places=places,
                  figures=figures, events=[event])


@pytest.fixture
def two_outlets() -> list[Record]:
    return [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE, (12, "12 people")),
        attack_record(ATTACK_B, "Daily Ledger", "2024-03-05", "attacked", TOWNVILLE, (15, "15 people")),
    ]


def test_two_outlets_one_attack_different_tolls_make_one_disputed_event(two_outlets: list[Record]) -> None:
    result = merge(two_outlets)
    assert len(result.events) == 1
    merged = result.events[0]
    assert merged["n_articles"] == 2 and merged["n_sources"] == 2
    killed = merged["size"]["killed"]
    assert (killed["min"], killed["max"], killed["disputed"]) == (12, 15, True)
    by_article = {v["article"]: v for v in killed["values"]}
    for record in two_outlets:
        value = by_article[record.article.id]
        span = value["span"]
        # every reported value points at its own words in its own article
        assert record.article.text[span["start"]:span["end"]] == span["text"]
        assert str(value["value"]) in span["text"]
    assert merged["place"]["geonameid"] == TOWNVILLE["geonameid"]
    assert merged["date"] == {"earliest": "2024-03-04", "latest": "2024-03-04"}
    assert (merged["first_seen"], merged["last_seen"]) == ("2024-03-04", "2024-03-05")
    assert merged["id"] == merged_id(ArticleEvent(article=r.article.id, event_id="v1", event="ASSAULT",
                                                  source=None, published=None) for r in two_outlets)


def test_agreeing_tolls_are_not_disputed() -> None:
    records = [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE, (12, "12 people")),
        attack_record(ATTACK_B.replace("At least 15", "At least 12"), "Daily Ledger", "2024-03-04", "attacked",
                      TOWNVILLE, (12, "12 people")),
    ]
    killed = merge(records).events[0]["size"]["killed"]
    assert killed["disputed"] is False and killed["min"] == killed["max"] == 12


def test_same_day_towns_300_km_apart_stay_two_events() -> None:
    far = ATTACK_B.replace("Townville", "Farville")
    records = [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE, (12, "12 people")),
        attack_record(far, "Daily Ledger", "2024-03-04", "attacked", FARVILLE, (15, "15 people")),
    ]
    items = [i for r in records for i in article_events(r)]
    assert contradiction(items[0], items[1]) == "place"
    assert [e["n_articles"] for e in merge(records).events] == [1, 1]


def test_a_place_within_25_km_is_the_same_place() -> None:
    town = (1, "Townville", "city", "XYZ", "North", 10.0, 10.0)
    suburb = (2, "Townville Heights", "city", "XYZ", "North", 10.1, 10.05)  # about 12 km away
    province = (3, "North", "admin1", "XYZ", "North", 11.0, 11.0)
    far = (4, "Farville", "city", "XYZ", "South", 12.7, 10.0)
    assert same_place(town, suburb)
    assert same_place(town, province)  # the town lies in that province
    assert not same_place(town, far)
    assert not same_place(far, province)


def test_names_and_focus_of_an_account() -> None:
    from newsevents.merge import evidence_names

    known = frozenset({"kemal", "orhan"})
    assert evidence_names(["Orhan said on Friday that Mr. Kemal met the Trade Minister."], known) == {
        "orhan", "kemal", "trade", "minister"}
    assert evidence_names(["Police said the Trade Minister resigned."], known) == {"trade", "minister"}


def test_articles_about_the_same_people_link_on_one_shared_name() -> None:
    base = ArticleEvent(article="a", event_id="v1", event="ACCUSE", source=None, published=None,
                        first="2024-05-02", last="2024-05-02", names=frozenset({"kemal"}))
    other = dataclasses.replace(base, article="b")
    assert link_score(base, other) == 0  # one shared name and nothing else: not enough
    about = frozenset({"kemal", "orhan", "senate"})
    assert link_score(dataclasses.replace(base, focus=about), dataclasses.replace(other, focus=about)) > 0


def test_the_town_of_the_event_is_evidence_even_when_its_sentence_does_not_name_it() -> None:
    # the town is in the headlines only; each event's sentence does not name it
    first = "Blast in Townville\n\nA bomb exploded at the bus station at noon, killing 7 people."
    second = "Townville bomb\n\nSeven people died when a bomb went off at a crowded bus station at noon."
    records = [attack_record(first, "Northern Courier", "2024-03-04", "exploded", TOWNVILLE),
               attack_record(second, "Daily Ledger", "2024-03-04", "went off", TOWNVILLE)]
    items = [i for r in records for i in article_events(r)]
    assert "townville" in items[0].names and "townville" in items[1].names
    assert [e["n_articles"] for e in merge(records).events] == [2]


def test_a_country_is_no_agreement_on_place() -> None:
    country = (1, "Utopia", "country", "UTO", None, 5.0, 5.0)
    base = ArticleEvent(article="a", event_id="v1", event="PROTEST", source=None, published=None,
                        first="2024-05-02", last="2024-05-02", names=frozenset({"kemal"}), place=country)
    other = dataclasses.replace(base, article="b")
    assert contradiction(base, other) is None
    assert link_score(base, other) == 0  # one name and "somewhere in the country": not enough
    town = (2, "Harbourtown", "city", "UTO", "Coast", 5.0, 5.0)
    assert link_score(dataclasses.replace(base, place=town), dataclasses.replace(other, place=town)) > 0


def test_a_different_named_victim_vetoes() -> None:
    records = [
        attack_record(ATTACK_A.replace("the central market", "the mayor Ann Bole"), "Northern Courier",
                      "2024-03-04", "attacked", TOWNVILLE, victim="Ann Bole"),
        attack_record(ATTACK_B.replace("the central market", "the judge Carl Mend"), "Daily Ledger",
                      "2024-03-04", "attacked", TOWNVILLE, victim="Carl Mend"),
    ]
    items = [i for r in records for i in article_events(r)]
    assert contradiction(items[0], items[1]) == "victim"
    assert len(merge(records).events) == 2


def test_a_denied_attack_is_not_the_attack() -> None:
    records = [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE),
        attack_record(ATTACK_B, "Daily Ledger", "2024-03-04", "attacked", TOWNVILLE, modality="negated"),
    ]
    items = [i for r in records for i in article_events(r)]
    assert contradiction(items[0], items[1]) == "negation"


def test_a_reprint_is_a_duplicate_and_one_outlet(two_outlets: list[Record]) -> None:
    reprint_text = ATTACK_A + "\n\nThis story first appeared in the Northern Courier."
    reprint = attack_record(reprint_text, "Evening Gazette", "2024-03-05", "attacked", TOWNVILLE,
                            (12, "12 people"))
    result = merge([*two_outlets, reprint])
    original = two_outlets[0].article.id
    assert result.copies == {reprint.article.id: original}
    merged = result.events[0]
    assert merged["n_articles"] == 3
    assert merged["n_sources"] == 2  # the reprint counts as the Courier's
    assert merged["duplicate_of"] == {reprint.article.id: original}


def test_any_order_gives_the_same_merged_events(two_outlets: list[Record]) -> None:
    far = attack_record(ATTACK_B.replace("Townville", "Farville"), "Daily Ledger", "2024-03-04", "attacked",
                        FARVILLE)
    records = [*two_outlets, far]
    forward = json.dumps(merge(records).events, sort_keys=True)
    assert json.dumps(merge(list(reversed(records))).events, sort_keys=True) == forward
    assert json.dumps(merge([records[1], records[2], records[0]]).events, sort_keys=True) == forward


def test_article_events_keep_what_merging_compares(two_outlets: list[Record]) -> None:
    item = article_events(two_outlets[0])[0]
    assert item.first == item.last == "2024-03-04"
    assert "townville" in item.names
    assert "gunmen" not in item.names  # opens the sentence: not evidence of a name
    assert "monday" not in item.names  # days are for the date comparison
    assert ArticleEvent.from_json(item.to_json()) == item


# -- the within-article comparison ----------------------------------------------------------------


def _telling(event: str, sentence: int, lemma: str = "attack", actor: tuple[Party, ...] = (),
             recipient: tuple[Party, ...] = (), themes: frozenset[str] = frozenset()) -> Telling:
    return Telling(event=event, actor=actor, recipient=recipient, sentences=(sentence,), lemma=lemma, themes=themes)


def test_one_event_once_same_sentence_same_type() -> None:
    assert same_event_in_article(_telling("ASSAULT", 3), _telling("ASSAULT", 3, lemma="kill"))
    assert not same_event_in_article(_telling("ASSAULT", 3), _telling("COERCE", 3))


def test_one_event_once_follow_up_sentence_of_an_attack() -> None:
    rebels = (Party(text="rebels", country="XYZ", sector=["REB"]),)
    army = (Party(text="the army", country="ABC", sector=["MIL"]),)
    assert same_event_in_article(_telling("ASSAULT", 3, actor=rebels), _telling("ASSAULT", 4))
    assert not same_event_in_article(_telling("ASSAULT", 3, actor=rebels), _telling("ASSAULT", 4, actor=army))
    assert not same_event_in_article(_telling("ACCUSE", 3), _telling("ACCUSE", 4))  # only material conflict
    assert not same_event_in_article(_telling("ASSAULT", 3), _telling("ASSAULT", 5))


def test_one_event_once_restated_claim_needs_the_same_subject() -> None:
    government = (Party(text="the government", country="ABC", sector=["GOV"]),)
    promise = _telling("AGREE", 1, lemma="promise", actor=government, themes=frozenset({"road"}))
    assert same_event_in_article(promise, _telling("AGREE", 9, lemma="promise", actor=government,
                                                   themes=frozenset({"road", "build"})))
    assert not same_event_in_article(promise, _telling("AGREE", 9, lemma="promise", actor=government,
                                                       themes=frozenset({"school"})))


def test_importing_merge_loads_no_spacy() -> None:
    code = "import sys, newsevents.merge, newsevents.record; print('spacy' in sys.modules)"
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(src)})
    assert out.stdout.strip() == "False"
