"""The article record (schema ``newsevents/1``): the one typed model every output carries.

Pipeline components put these objects on the spaCy ``Doc`` (``doc._.entities``, ...);
:func:`build_record` assembles them once, at the end. The models hold only what the record
says; working state shared between components stays on the Doc (see newsevents.components).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsevents.controls import strip_controls
from newsevents.timeutil import parse_published

SCHEMA = "newsevents/1"

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "OTHER"]
PlaceLevel = Literal["country", "admin1", "admin2", "city", "landmark", "water", "region"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]
FigureKind = Literal["killed", "injured", "arrested", "missing", "displaced", "percent", "money", "count"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
Modality = Literal["asserted", "future", "hypothetical", "negated", "historical"]
Precision = Literal["day", "week", "month", "year", "unknown"]
# How finely an event's place locates it: a town or landmark, a county, a province or state, a country.
GeoPrecision = Literal["exact", "admin2", "admin1", "country"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A half-open character span ``[start, end)`` of ``article.text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=text[start:end])


class Article(_Model):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = "en"
    text: str
    # Where the article came from: a file path, "file.jsonl:LINE", a WARC record or a URL.
    origin: str | None = None


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    country: str | None = None
    sector: list[str] = Field(default_factory=list)
    title: str | None = None
    mentions: list[Span]


class Place(_Model):
    id: str
    name: str
    geonameid: int | None = None
    feature_code: str | None = None
    level: PlaceLevel | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: list[Span]


class Time(_Model):
    id: str
    start: int
    end: int
    text: str
    type: TimeType
    value: str | None = None


class Speaker(_Model):
    entity: str | None = None
    start: int
    end: int
    text: str


class Quote(_Model):
    id: str
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker: Speaker | None = None


class Figure(_Model):
    id: str
    kind: FigureKind
    value: float | int
    about: str | None = None
    start: int
    end: int
    text: str


class Party(_Model):
    entity: str | None = None
    text: str
    country: str | None = None
    sector: list[str] = Field(default_factory=list)


class EventDate(_Model):
    value: str | None = None
    precision: Precision = "unknown"
    time: str | None = None


class Size(_Model):
    model_config = ConfigDict(extra="allow")
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None


class Event(_Model):
    id: str
    event: EventType
    mode: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    quad_code: Literal[1, 2, 3, 4]
    cameo: str | None = None
    actor: list[Party] = Field(default_factory=list)
    recipient: list[Party] = Field(default_factory=list)
    place: str | None = None
    # None when the event has no place, or one that is no administrative unit (a sea, a region).
    geo_precision: GeoPrecision | None = None
    date: EventDate = Field(default_factory=EventDate)
    modality: Modality = "asserted"
    attributed_to: str | None = None
    size: Size = Field(default_factory=Size)
    trigger: Span
    sentence: Span
    # Optional extra evidence: other sentences stating the same event (see README, "One event once").
    also_in: list[Span] = Field(default_factory=list)
    # Ours, not the contract's: how far the event is to be trusted, 0-1 (docs/events.md, "Confidence");
    # None in records made before it existed.
    confidence: float | None = None


class Record(_Model):
    # serialize_by_alias: model_dump_json() writes "schema", as the CLI and the contract do.
    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)
    schema_: str = Field(default=SCHEMA, alias="schema")
    article: Article
    pipeline: dict[str, Any]
    entities: list[Entity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    # Ours, not the contract's: what the article is about, each topic's share of its cue words, the
    # cue count and the cues per 100 words (eventcoding/topic.py); None in records made before it.
    topic: dict[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def normalise_for_id(text: str) -> str:
    """The text an article id is computed from: NFC, whitespace runs folded, trimmed, control
    characters dropped (a copy of a text with a stray control character is the same article)."""
    return " ".join(unicodedata.normalize("NFC", strip_controls(text)).split())


def article_id(text: str) -> str:
    """A stable id: the same article text (up to whitespace) always gets the same id."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def make_article(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: str | dt.date | None = None,
    id: str | None = None,  # noqa: A002 - the contract's field name
    language: str | None = "en",
) -> Article:
    """An article from its text and metadata; the id is the text's hash unless given."""
    pub = parse_published(published)
    return Article(
        id=id or article_id(text),
        title=title,
        source=source,
        url=url,
        published=pub.isoformat() if pub else None,
        language=language,
        text=text,
    )
