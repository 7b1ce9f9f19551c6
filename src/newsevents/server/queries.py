"""The SQL behind each endpoint: filters, keyset pages, facets, timeline and map aggregates.

Every function takes a :class:`Reader` (read-only, time-limited, row-capped) and returns plain
JSON-ready values. Pages use keyset cursors (the last row's sort key), so a page deep in a
million events costs the same as the first.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from newsevents.server.reader import Reader
from newsevents.store import StoreError
from newsevents.store.query import _COUNTRY_CODE, EventFilter, _country_alias, _event_condition, where_clause

# The server's copy of events_flat, built once at start in memory (the store cannot change while
# the server holds it open): the sort key, the place's level, and each role's party codes, texts
# and entity names as one value per event, so no filter has to join at query time (codes as
# ';RUS;RUSMIL;' text: a substring test is several times faster than a list lookup).
EVENTS = "serve_events"
PREPARE = f"""
CREATE TABLE {EVENTS} AS
WITH parties AS (
    SELECT p.article_id, p.event_id, p.role,
           list_distinct(flatten(list([p.country, coalesce(p.country, '') || coalesce(p.sector[1], '')]))) AS keys,
           string_agg(p.text, chr(10)) AS texts, string_agg(en.name, chr(10)) AS names
    FROM event_parties p
    LEFT JOIN entities en ON en.article_id = p.article_id AND en.id = p.entity_id
    GROUP BY ALL
)
SELECT f.*, coalesce(f.date_from, f.published, DATE '0001-01-01') AS sort_key, pl.level AS place_level,
       string_split(coalesce(f.actor_code, f.actor_country, ''), ';') AS actor_codes,
       ';' || array_to_string(list_filter(pa.keys, lambda k: k IS NOT NULL AND k <> ''), ';') || ';' AS actor_keys,
       lower(concat_ws(chr(10), pa.texts, pa.names)) AS actor_words,
       ';' || array_to_string(list_filter(pr.keys, lambda k: k IS NOT NULL AND k <> ''), ';') || ';' AS recipient_keys,
       lower(concat_ws(chr(10), pr.texts, pr.names)) AS recipient_words,
       lower(concat_ws(chr(10), f.title, f.sentence, f.actor, f.recipient, f.place)) AS search_words
FROM events_flat f
LEFT JOIN places pl ON pl.article_id = f.article_id AND pl.id = f.place_id
LEFT JOIN parties pa ON pa.article_id = f.article_id AND pa.event_id = f.event_id AND pa.role = 'actor'
LEFT JOIN parties pr ON pr.article_id = f.article_id AND pr.event_id = f.event_id AND pr.role = 'recipient'
ORDER BY sort_key DESC, f.article_id, f.event_id
"""


def prepare(con: Any) -> None:
    """Build the server's event table (seconds for a million events)."""
    con.execute(PREPARE)

# Columns of an event row in the API (all from the events_flat view).
EVENT_COLUMNS = (
    "article_id", "event_id", "event", "modality", "quad_code", "cameo", "mode", "context",
    "actor", "actor_code", "actor_country", "recipient", "recipient_code", "recipient_country",
    "place_id", "place", "geonameid", "place_country", "lat", "lon",
    "date", "date_precision", "date_from", "date_to", "published", "title", "source", "url",
    "dead", "injured", "arrested", "trigger", "trigger_start", "trigger_end",
)
# Newest first; an undated event sorts by its article's publication date.
_SORT_KEY = "f.sort_key"
# How precisely a place pins an event down, from the place's level (finest first).
GEO_PRECISION = {"landmark": "point", "city": "city", "admin2": "admin2", "admin1": "admin1",
                 "water": "region", "region": "region", "country": "country"}
FACET_FIELDS = ("event", "actor", "country", "modality")
# A facet counts each value once per event; several parties are ';'-joined in the flat view.
_FACET_SQL = {
    "event": "f.event",
    "modality": "f.modality",
    "country": "f.place_country",
    "actor": "unnest(f.actor_codes)",
}
FACET_LIMIT = 50


@dataclass
class Filters(EventFilter):
    """The query command's filters, the country of the place (ISO3), and a text search over
    title, sentence, parties and place."""

    country: str | None = None
    q: str | None = None


def _party_condition(role: str, wanted: str) -> tuple[str, list[Any]]:
    """The query command's party filter (a country or actor code, a country name, or words of a
    party's text or entity name) on the prepared per-event values."""
    codes = {wanted.upper()} if _COUNTRY_CODE.match(wanted) else set()
    alias = _country_alias(wanted)
    if alias:
        codes.add(alias)
    words = wanted.strip().lower()
    # Whole words, on lower-cased text; the plain substring test first spares most rows the regex.
    code_tests = [f"contains(coalesce(f.{role}_keys, ''), ?)" for _ in codes]
    sql = ("(" + " OR ".join([*code_tests, f"(contains(f.{role}_words, ?) AND regexp_matches(f.{role}_words, ?))"]) + ")")
    return sql, [f";{code};" for code in sorted(codes)] + [words, r"\b" + re.escape(words) + r"\b"]


def event_where(reader: Reader, cur: Any, filters: Filters) -> tuple[str, list[Any]]:
    """Conditions on the prepared event table ``f`` (the store's filter semantics)."""
    where, params = where_clause(cur, replace(filters, actor=None, recipient=None, event=None))
    if filters.event:
        _, (names, cameo) = _event_condition(filters.event)  # checks the types, as the command does
        where += " AND (list_contains(?, f.event) OR list_contains(?, f.cameo))"
        params += [names, cameo]
    for role in ("actor", "recipient"):
        wanted = getattr(filters, role)
        if wanted and wanted.strip():
            sql, values = _party_condition(role, wanted)
            where += " AND " + sql
            params += values
    if filters.country:
        where += " AND f.place_country = ?"
        params.append(filters.country.strip().upper())
    if filters.q and filters.q.strip():
        where += " AND contains(f.search_words, ?)"
        params.append(" ".join(filters.q.lower().split()))
    return where, params


def encode_cursor(values: list[Any]) -> str:
    raw = json.dumps([v.isoformat() if isinstance(v, dt.date) else v for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, n: int) -> list[Any]:
    """The sort key a ``next`` token carries; a token this server did not make is a StoreError."""
    try:
        values = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        if not (isinstance(values, list) and len(values) == n and all(isinstance(v, str) for v in values)):
            raise ValueError
        values[0] = dt.date.fromisoformat(values[0])
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise StoreError("next: not a cursor this server gave (pass the 'next' value of the previous page)") from None
    return values


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def events_page(reader: Reader, filters: Filters, limit: int, after: str | None) -> dict[str, Any]:
    with reader.cursor() as cur:
        where, params = event_where(reader, cur, filters)
        total = cur.execute(f"SELECT count(*) FROM {EVENTS} f WHERE {where}", params).fetchone()[0]
        page_where, page_params = where, list(params)
        if after:
            key, article, event = decode_cursor(after, 3)
            page_where += (f" AND ({_SORT_KEY} < ? OR ({_SORT_KEY} = ? AND "
                           "(f.article_id > ? OR (f.article_id = ? AND f.event_id > ?))))")
            page_params += [key, key, article, article, event]
        # The page's row ids first (a narrow sort), then only those rows in full.
        ids = [i for (i,) in cur.execute(
            f"SELECT f.rowid FROM {EVENTS} f WHERE {page_where} "
            f"ORDER BY f.sort_key DESC, f.article_id, f.event_id LIMIT {int(limit) + 1}",
            page_params,
        ).fetchall()]
        columns = ", ".join(f"f.{c}" for c in EVENT_COLUMNS)
        result = cur.execute(
            f"SELECT {columns}, f.sentence, f.place_level, f.sort_key FROM {EVENTS} f "
            f"WHERE f.rowid IN ({', '.join(str(int(i)) for i in ids) or 'NULL'}) "
            "ORDER BY f.sort_key DESC, f.article_id, f.event_id"
        )
        names = [d[0] for d in result.description]
        fetched = result.fetchall()
        more = len(fetched) > limit
        rows = [dict(zip(names, r, strict=True)) for r in fetched[:limit]]
    last = rows[-1] if rows else None
    next_token = encode_cursor([last["sort_key"], last["article_id"], last["event_id"]]) if more and last else None
    for row in rows:
        del row["sort_key"]
        # An article event is one report, placed as precisely as its place's level.
        row["geo_precision"] = GEO_PRECISION.get(row.pop("place_level") or "") if row["place_id"] else None
        row.setdefault("n_articles", 1)
    return {"rows": [{k: _json(v) for k, v in row.items()} for row in rows], "next": next_token, "total": total}


def facet(reader: Reader, field: str, filters: Filters) -> dict[str, Any]:
    expr = _FACET_SQL[field]
    with reader.cursor() as cur:
        where, params = event_where(reader, cur, filters)
        rows = cur.execute(
            f"SELECT value, count(*) AS n FROM (SELECT {expr} AS value FROM {EVENTS} f WHERE {where}) "
            f"WHERE value IS NOT NULL AND value <> '' GROUP BY value ORDER BY n DESC, value LIMIT {FACET_LIMIT}",
            params,
        ).fetchall()
    return {"field": field, "rows": [{"value": v, "count": n} for v, n in rows]}


def timeline(reader: Reader, filters: Filters) -> dict[str, Any]:
    """Events per period by type; the period is a day unless the range is too long to read so
    (then a week, else a month)."""
    day = "coalesce(f.date_from, f.published)"
    with reader.cursor() as cur:
        where, params = event_where(reader, cur, filters)
        low, high = cur.execute(f"SELECT min({day}), max({day}) FROM {EVENTS} f WHERE {where}", params).fetchone()
        if low is None:
            return {"unit": "day", "rows": []}
        span = (high - low).days
        unit = "day" if span <= 120 else "week" if span <= 3 * 365 else "month"
        rows = cur.execute(
            f"SELECT CAST(date_trunc('{unit}', {day}) AS DATE) AS period, f.event, count(*) AS n "
            f"FROM {EVENTS} f WHERE {where} AND {day} IS NOT NULL GROUP BY ALL ORDER BY period, f.event "
            f"LIMIT {reader.max_rows}",
            params,
        ).fetchall()
    return {"unit": unit, "rows": [{"period": p.isoformat(), "event": e, "count": n} for p, e, n in rows]}


MAP_POINTS = 2000


def map_points(reader: Reader, filters: Filters) -> dict[str, Any]:
    """Events grouped by location (one point per coordinate pair, the busiest first), so the map
    draws a few thousand points however many events match."""
    with reader.cursor() as cur:
        where, params = event_where(reader, cur, filters)
        total, located = cur.execute(
            f"SELECT count(*), count(f.lat) FROM {EVENTS} f WHERE {where}", params).fetchone()
        rows = cur.execute(
            f"""WITH pts AS (
                  SELECT f.lat, f.lon, any_value(f.place) AS place, any_value(f.geonameid) AS geonameid,
                         count(*) AS events, count(DISTINCT f.article_id) AS n_articles,
                         any_value(f.place_level) AS level
                  FROM {EVENTS} f WHERE {where} AND f.lat IS NOT NULL AND f.lon IS NOT NULL
                  GROUP BY f.lat, f.lon)
                SELECT * FROM pts ORDER BY events DESC, lat, lon LIMIT {MAP_POINTS}""",
            params,
        ).fetchall()
    points = [
        {"lat": lat, "lon": lon, "place": place, "geonameid": gid, "events": n, "n_articles": na,
         "geo_precision": GEO_PRECISION.get(level or "")}
        for lat, lon, place, gid, n, na, level in rows
    ]
    return {"points": points, "total": total, "located": located, "capped": len(points) >= MAP_POINTS}


def articles_page(reader: Reader, q: str | None, limit: int, after: str | None) -> dict[str, Any]:
    key = "coalesce(a.published, DATE '0001-01-01')"
    where, params = "TRUE", []
    if q and q.strip():
        where += " AND (strpos(lower(coalesce(a.title, '')), ?) > 0 OR strpos(lower(coalesce(a.source, '')), ?) > 0)"
        params += [q.strip().lower()] * 2
    with reader.cursor() as cur:
        total = cur.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]
        if after:
            day, article = decode_cursor(after, 2)
            where += f" AND ({key} < ? OR ({key} = ? AND a.id > ?))"
            params += [day, day, article]
        fetched = cur.execute(
            f"SELECT a.id, a.title, a.source, a.published, a.url, {key} AS k, "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events "
            f"FROM articles a WHERE {where} ORDER BY k DESC, a.id LIMIT {int(limit) + 1}",
            params,
        ).fetchall()
    more = len(fetched) > limit
    fetched = fetched[:limit]
    rows = [{"id": i, "title": t, "source": s, "published": _json(p), "url": u, "n_events": n}
            for i, t, s, p, u, _k, n in fetched]
    next_token = encode_cursor([fetched[-1][5], fetched[-1][0]]) if more and fetched else None
    return {"rows": rows, "next": next_token, "total": total}


def article_record(reader: Reader, article_id: str) -> str | None:
    """The stored ``newsevents/1`` record (JSON text) of one article, or None."""
    _, rows = reader.fetch("SELECT record FROM articles WHERE id = ?", [article_id], max_rows=1)
    return rows[0][0] if rows else None


def merged_page(reader: Reader, filters: Filters, limit: int, after: str | None) -> dict[str, Any]:
    """The merged events of the store (one real-world event across articles), when the store has
    them; an empty page otherwise."""
    empty = {"rows": [], "next": None, "total": 0}
    if not reader.has_table("merged_events"):
        return empty
    from newsevents.store.merged import count_merged, query_merged

    kwargs = {k: v for k, v in vars(filters).items() if v is not None and k not in ("q", "country")}
    with reader.cursor() as cur:
        # One row more than the page says whether there is a next page; its cursor is the last id shown.
        rows = query_merged(cur, **kwargs, limit=limit + 1, after=after)
        total = count_merged(cur, **kwargs)
    following = rows[limit - 1]["id"] if len(rows) > limit else None
    return {"rows": rows[:limit], "next": following, "total": total}


def export_rows(reader: Reader, filters: Filters, timeout_s: float) -> Iterator[tuple[list[str], list[tuple]]]:
    """Every matching flat event row (the events_flat columns, as the export command writes them),
    in chunks (columns, rows): exports are not capped, only timed."""
    columns = ", ".join(f'f."{c}"' for c in reader.columns["events_flat"])
    with reader.cursor(timeout_s) as cur:
        where, params = event_where(reader, cur, filters)
        result = cur.execute(
            f"SELECT {columns} FROM {EVENTS} f WHERE {where} ORDER BY f.sort_key DESC, f.article_id, f.event_id",
            params,
        )
        names = [d[0] for d in result.description]
        chunk = result.fetchmany(2000)
        yield names, chunk  # even when empty: the header still names the columns
        while chunk := result.fetchmany(2000):
            yield names, chunk
