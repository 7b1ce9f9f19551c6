"""The store's tables, and the pure conversion of one record into their rows.

Every table is declared once here (column, DuckDB type, Arrow type): the DDL and the Arrow
batches that fill the tables are both built from this list, so they cannot drift apart.
Character offsets are ``char_start``/``char_end`` (``end`` is an SQL keyword).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pyarrow as pa

from newsevents.record import Party, Record
from newsevents.timeutil import timex_range

STORE_SCHEMA = "4"
# How a database of an older store schema becomes this one: statements run once, in one
# transaction, by the first writable open (a read-only open reads it as it is). They only add.
MIGRATIONS: dict[str, list[str]] = {
    "3": ["ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence DOUBLE"],  # schema 4: Event.confidence
}

_S, _I, _F, _D, _TS = pa.string(), pa.int32(), pa.float64(), pa.date32(), pa.timestamp("us")
_LIST = pa.list_(pa.string())
_TYPES = {_S: "VARCHAR", _I: "INTEGER", _F: "DOUBLE", _D: "DATE", _TS: "TIMESTAMP", _LIST: "VARCHAR[]",
          pa.int64(): "BIGINT"}


def _cols(spec: str, **types: pa.DataType) -> list[tuple[str, pa.DataType]]:
    """Columns from a space-separated list; strings unless a type is given by name."""
    return [(name, types.get(name, _S)) for name in spec.split()]


_SPAN = {"char_start": _I, "char_end": _I}
TABLES: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": _cols(
        "id title source url published language text origin ingested_at run_id pipeline_version spacy_model record",
        published=_D, ingested_at=_TS, run_id=_I,
    ),
    "entities": _cols("article_id id name type country sector title n_mentions", sector=_LIST, n_mentions=_I),
    "mentions": _cols("article_id owner_kind owner_id char_start char_end text", **_SPAN),
    "places": _cols(
        "article_id id name geonameid feature_code level country admin1 admin2 lat lon",
        geonameid=pa.int64(), lat=_F, lon=_F,
    ),
    "times": _cols("article_id id char_start char_end text type value", **_SPAN),
    "quotes": _cols(
        "article_id id kind char_start char_end content cue_start cue_end cue "
        "speaker_entity speaker_start speaker_end speaker",
        **_SPAN, cue_start=_I, cue_end=_I, speaker_start=_I, speaker_end=_I,
    ),
    "figures": _cols("article_id id kind value about char_start char_end text", value=_F, **_SPAN),
    "events": _cols(
        "article_id id event mode context quad_code cameo place_id geo_precision date_value date_precision time_id "
        "date_from date_to modality attributed_to dead injured arrested size "
        "actor actor_code actor_country recipient recipient_code recipient_country "
        "trigger_start trigger_end trigger sentence_start sentence_end sentence confidence",
        mode=_LIST, context=_LIST, quad_code=_I, date_from=_D, date_to=_D, dead=_I, injured=_I, arrested=_I,
        trigger_start=_I, trigger_end=_I, sentence_start=_I, sentence_end=_I, confidence=_F,
    ),
    "event_parties": _cols(
        "article_id event_id role position entity_id text country sector", position=_I, sector=_LIST
    ),
}
PRIMARY_KEYS = {
    "articles": "id", "entities": "article_id, id", "places": "article_id, id", "times": "article_id, id",
    "quotes": "article_id, id", "figures": "article_id, id", "events": "article_id, id",
}
# Tables whose rows belong to one article: deleting an article (--replace) empties these too.
ARTICLE_TABLES = tuple(t for t in TABLES if t != "articles")

# One row per event with everything an analyst filters or plots on; lists become ';'-joined text
# so the view exports unchanged to CSV. Party summaries are stored with the event (computed at
# ingest) because aggregating event_parties at query time costs more than the query itself.
EVENTS_FLAT = """
CREATE OR REPLACE VIEW events_flat AS
SELECT e.article_id, a.source, a.url, a.title, a.published,
       e.id AS event_id, e.event, array_to_string(e.mode, ';') AS mode,
       array_to_string(e.context, ';') AS context, e.quad_code, e.cameo, e.modality, e.attributed_to,
       e.actor, e.actor_code, e.actor_country, e.recipient, e.recipient_code, e.recipient_country,
       e.place_id, pl.name AS place, pl.geonameid, pl.country AS place_country, pl.admin1, pl.admin2,
       pl.lat, pl.lon, e.geo_precision,
       e.date_value AS date, e.date_precision, e.date_from, e.date_to,
       e.dead, e.injured, e.arrested,
       e.trigger, e.trigger_start, e.trigger_end, e.sentence, e.sentence_start, e.sentence_end, e.confidence
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN places pl ON pl.article_id = e.article_id AND pl.id = e.place_id
"""

RUNS_DDL = """
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
    newsevents_version VARCHAR, spacy_model VARCHAR, spacy_version VARCHAR, pipeline VARCHAR,
    added INTEGER DEFAULT 0, replaced INTEGER DEFAULT 0, already_stored INTEGER DEFAULT 0,
    skipped INTEGER DEFAULT 0, errors INTEGER DEFAULT 0
)"""


def ddl() -> list[str]:
    """Statements that create every table and view (idempotent)."""
    statements = ["CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)", RUNS_DDL]
    for table, columns in TABLES.items():
        body = ", ".join(f"{name} {_TYPES[kind]}" for name, kind in columns)
        if table in PRIMARY_KEYS:
            body += f", PRIMARY KEY ({PRIMARY_KEYS[table]})"
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    statements.append(EVENTS_FLAT)
    return statements


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema(TABLES[table])


def party_summary(parties: list[Party]) -> dict[str, str | None]:
    """Several parties as text, codes and countries, each ';'-joined (codes: country + first sector,
    the CAMEO actor-code shape, e.g. RUSMIL); None when there is nothing to say."""
    names = "; ".join(p.text for p in parties) or None
    codes = sorted({(p.country or "") + (p.sector[0] if p.sector else "") for p in parties} - {""})
    countries = sorted({p.country for p in parties if p.country})
    return {"text": names, "code": ";".join(codes) or None, "country": ";".join(countries) or None}


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def record_rows(
    record: Record, origin: str | None, run_id: int | None, now: dt.datetime | None
) -> dict[str, list[dict[str, Any]]]:
    """The rows one record contributes to each table."""
    article = record.article
    aid = article.id
    published = _iso_date(article.published)
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    rows["articles"].append({
        "id": aid, "title": article.title, "source": article.source, "url": article.url,
        "published": published, "language": article.language, "text": article.text, "origin": origin,
        "ingested_at": now, "run_id": run_id,
        "pipeline_version": record.pipeline.get("version"), "spacy_model": record.pipeline.get("spacy_model"),
        "record": record.to_json(),
    })
    for entity in record.entities:
        rows["entities"].append({
            "article_id": aid, "id": entity.id, "name": entity.name, "type": entity.type,
            "country": entity.country, "sector": list(entity.sector), "title": entity.title,
            "n_mentions": len(entity.mentions),
        })
        rows["mentions"].extend(
            {"article_id": aid, "owner_kind": "entity", "owner_id": entity.id,
             "char_start": m.start, "char_end": m.end, "text": m.text}
            for m in entity.mentions
        )
    for place in record.places:
        rows["places"].append({
            "article_id": aid, "id": place.id, "name": place.name, "geonameid": place.geonameid,
            "feature_code": place.feature_code, "level": place.level, "country": place.country,
            "admin1": place.admin1, "admin2": place.admin2, "lat": place.lat, "lon": place.lon,
        })
        rows["mentions"].extend(
            {"article_id": aid, "owner_kind": "place", "owner_id": place.id,
             "char_start": m.start, "char_end": m.end, "text": m.text}
            for m in place.mentions
        )
    for time in record.times:
        rows["times"].append({
            "article_id": aid, "id": time.id, "char_start": time.start, "char_end": time.end,
            "text": time.text, "type": time.type, "value": time.value,
        })
    for quote in record.quotes:
        cue, speaker = quote.cue, quote.speaker
        rows["quotes"].append({
            "article_id": aid, "id": quote.id, "kind": quote.kind, "char_start": quote.content.start,
            "char_end": quote.content.end, "content": quote.content.text,
            "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
            "cue": cue.text if cue else None,
            "speaker_entity": speaker.entity if speaker else None,
            "speaker_start": speaker.start if speaker else None, "speaker_end": speaker.end if speaker else None,
            "speaker": speaker.text if speaker else None,
        })
    for figure in record.figures:
        rows["figures"].append({
            "article_id": aid, "id": figure.id, "kind": figure.kind, "value": float(figure.value),
            "about": figure.about, "char_start": figure.start, "char_end": figure.end, "text": figure.text,
        })
    for event in record.events:
        date_from, date_to = timex_range(event.date.value, published)
        size = event.size.model_dump(exclude_none=True)
        actor, recipient = party_summary(event.actor), party_summary(event.recipient)
        rows["events"].append({
            "actor": actor["text"], "actor_code": actor["code"], "actor_country": actor["country"],
            "recipient": recipient["text"], "recipient_code": recipient["code"],
            "recipient_country": recipient["country"],
            "article_id": aid, "id": event.id, "event": event.event, "mode": list(event.mode),
            "context": list(event.context), "quad_code": event.quad_code, "cameo": event.cameo,
            "place_id": event.place, "geo_precision": event.geo_precision, "date_value": event.date.value, "date_precision": event.date.precision,
            "time_id": event.date.time, "date_from": date_from, "date_to": date_to,
            "modality": event.modality, "attributed_to": event.attributed_to,
            "dead": event.size.dead, "injured": event.size.injured, "arrested": event.size.arrested,
            "size": json.dumps(size) if size else None,
            "trigger_start": event.trigger.start, "trigger_end": event.trigger.end, "trigger": event.trigger.text,
            "sentence_start": event.sentence.start, "sentence_end": event.sentence.end,
            "sentence": event.sentence.text, "confidence": event.confidence,
        })
        for role, parties in (("actor", event.actor), ("recipient", event.recipient)):
            rows["event_parties"].extend(
                {"article_id": aid, "event_id": event.id, "role": role, "position": position,
                 "entity_id": party.entity, "text": party.text, "country": party.country,
                 "sector": list(party.sector)}
                for position, party in enumerate(parties)
            )
    return rows
