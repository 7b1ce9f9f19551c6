"""Questions to the store: event filters (actor, recipient, event, place, dates, modality),
read-only SQL, and the table/JSON Lines/CSV writers for their answers."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, get_args

import duckdb

from newsevents.controls import strip_controls
from newsevents.record import EventType
from newsevents.store import StoreError, check_user_sql, open_readonly

EVENT_TYPES = get_args(EventType)
EARTH_RADIUS_KM = 6371.0088
# Columns a query answer carries (from the events_flat view), in this order.
QUERY_COLUMNS = (
    "article_id", "event_id", "date", "event", "modality", "actor", "actor_code", "recipient",
    "recipient_code", "place", "geonameid", "trigger", "sentence", "title", "source", "url",
)
# The narrower set a terminal table shows.
TABLE_COLUMNS = ("date", "event", "modality", "actor", "actor_code", "recipient", "recipient_code", "place", "trigger")
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{3}(?:[A-Za-z]{3})?$")
_MAX_REFERENCE_POINTS = 50


@dataclass
class EventFilter:
    """What to look for; every field left None matches everything."""

    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    place: str | None = None
    within_km: float | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None


def _country_alias(name: str) -> str | None:
    """ISO3 code for a country name or adjective ("Russia", "Ukrainian"), if the actor dictionary knows it."""
    from newsevents.actors import actor_dictionary  # here: spaCy loads only when a filter needs it

    return actor_dictionary().country_of(name)


def _party_condition(role: str, wanted: str) -> tuple[str, list[Any]]:
    """An event has a party in ``role`` that is this country/actor code or this name (whole words)."""
    codes = {wanted.upper()} if _COUNTRY_CODE.match(wanted) else set()
    alias = _country_alias(wanted)
    if alias:
        codes.add(alias)
    pattern = r"(?i)\b" + re.escape(wanted.strip()) + r"\b"
    sql = (
        "EXISTS (SELECT 1 FROM event_parties p LEFT JOIN entities en "
        "ON en.article_id = p.article_id AND en.id = p.entity_id "
        "WHERE p.article_id = f.article_id AND p.event_id = f.event_id AND p.role = ? AND ("
        "p.country IN (SELECT unnest(?)) "
        "OR coalesce(p.country, '') || coalesce(p.sector[1], '') IN (SELECT unnest(?)) "
        "OR regexp_matches(p.text, ?) OR regexp_matches(coalesce(en.name, ''), ?)))"
    )
    code_list = sorted(codes)
    return sql, [role, code_list, code_list, pattern, pattern]


def _date(value: str, flag: str) -> dt.date:
    from newsevents.timeutil import parse_date

    try:
        parsed = parse_date(value, flag)
    except ValueError as exc:
        raise StoreError(str(exc)) from None
    assert parsed is not None
    return parsed


def _event_condition(wanted: str) -> tuple[str, list[Any]]:
    names, cameo = [], []
    for part in (p.strip() for p in wanted.split(",") if p.strip()):
        if part.isdigit():
            cameo.append(part.zfill(2))
        elif part.upper() in EVENT_TYPES:
            names.append(part.upper())
        else:
            raise StoreError(f"--event: unknown event type {part!r} (PLOVER types: {', '.join(EVENT_TYPES)})")
    return "(f.event IN (SELECT unnest(?)) OR f.cameo IN (SELECT unnest(?)))", [names, cameo]


def _place_condition(con: duckdb.DuckDBPyConnection, wanted: str, within_km: float | None) -> tuple[str, list[Any]]:
    by_id = wanted.strip().isdigit()
    match_sql = "pl.geonameid = ?" if by_id else "lower(pl.name) = lower(?)"
    match_value: Any = int(wanted) if by_id else wanted.strip()
    if within_km is None:
        return (f"EXISTS (SELECT 1 FROM places pl WHERE pl.article_id = f.article_id AND pl.id = f.place_id "
                f"AND {match_sql})"), [match_value]
    if within_km < 0:
        raise StoreError("--within-km must not be negative")
    points = con.execute(
        f"SELECT DISTINCT pl.lat, pl.lon FROM places pl WHERE {match_sql} AND pl.lat IS NOT NULL AND pl.lon IS NOT NULL LIMIT ?",
        [match_value, _MAX_REFERENCE_POINTS],
    ).fetchall()
    if not points and not by_id:
        points = _gazetteer_point(wanted.strip())
    if not points:
        raise StoreError(f"--place {wanted!r}: no place of that name or GeoNames id with coordinates in the database")
    distance = (
        f"2 * {EARTH_RADIUS_KM} * asin(sqrt(pow(sin(radians(f.lat - ?) / 2), 2) + "
        "cos(radians(?)) * cos(radians(f.lat)) * pow(sin(radians(f.lon - ?) / 2), 2)))"
    )
    parts, params = [], []
    for lat, lon in points:
        parts.append(f"{distance} <= ?")
        params += [lat, lat, lon, within_km]
    return f"(f.lat IS NOT NULL AND ({' OR '.join(parts)}))", params


def _gazetteer_point(name: str) -> list[tuple[float, float]]:
    """Coordinates of the likeliest gazetteer place of this name (the largest, by the resolver's
    prior), for a reference place that no stored article mentions."""
    try:
        from newsevents.geo.gazetteer import get_gazetteer
        from newsevents.geo.resolve import best_candidate

        found = best_candidate([c for c in get_gazetteer().lookup(name) if c.lat is not None and c.lon is not None])
    except (OSError, ValueError):  # a missing or corrupt gazetteer: the caller reports "no place"
        return []
    return [(found.lat, found.lon)] if found is not None else []


def where_clause(con: duckdb.DuckDBPyConnection, filters: EventFilter) -> tuple[str, list[Any]]:
    """SQL conditions on the ``events_flat f`` view for these filters, and their parameters."""
    conditions, params = ["TRUE"], []

    def add(sql: str, values: Sequence[Any]) -> None:
        conditions.append(sql)
        params.extend(values)

    for flag, value in (("--actor", filters.actor), ("--recipient", filters.recipient), ("--event", filters.event),
                        ("--place", filters.place), ("--since", filters.since), ("--until", filters.until),
                        ("--modality", filters.modality)):
        # An empty filter would match everything: a typo must not turn a question into "all".
        if value is not None and not value.strip():
            raise StoreError(f"{flag} must not be empty")
    if filters.within_km is not None and not math.isfinite(filters.within_km):
        raise StoreError(f"--within-km must be a finite number of kilometres, not {filters.within_km}")
    if filters.actor is not None:
        add(*_party_condition("actor", filters.actor))
    if filters.recipient is not None:
        add(*_party_condition("recipient", filters.recipient))
    if filters.event is not None:
        add(*_event_condition(filters.event))
    if filters.place is not None:
        add(*_place_condition(con, filters.place, filters.within_km))
    elif filters.within_km is not None:
        raise StoreError("--within-km needs --place")
    if filters.since or filters.until:
        # A dated event matches when its possible dates overlap the asked range.
        conditions.append("(f.date_from IS NOT NULL OR f.date_to IS NOT NULL)")
    if filters.since:
        add("coalesce(f.date_to, DATE '9999-12-31') >= ?", [_date(filters.since, "--since")])
    if filters.until:
        add("coalesce(f.date_from, DATE '0001-01-01') <= ?", [_date(filters.until, "--until")])
    if filters.modality:
        add("f.modality = ?", [filters.modality])
    return " AND ".join(conditions), params


def query_events(
    db: str | Path, filters: EventFilter, limit: int | None = None, **limits: Any
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Events matching ``filters`` (columns, rows), oldest first.

    ``limits`` (timeout_s, max_rows, memory_limit) go to ``open_readonly``.
    """
    if limit is not None and limit < 0:
        raise StoreError(f"--limit must not be negative, not {limit}")
    with open_readonly(db, **limits) as reader:
        with reader.time_limit("query"):
            where, params = where_clause(reader.con, filters)
        sql = (
            f"SELECT {', '.join(QUERY_COLUMNS)} FROM events_flat f WHERE {where} "
            "ORDER BY f.date_from NULLS LAST, f.article_id, f.event_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return reader.select(sql, params, what="query")


def run_sql(db: str | Path, sql: str, **limits: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One SELECT over a read-only, sandboxed connection: nothing can be changed or written.

    Anything but a single SELECT is refused; ``limits`` (timeout_s, max_rows, memory_limit)
    go to ``open_readonly``.
    """
    check_user_sql(sql)
    with open_readonly(db, **limits) as reader:
        return reader.select(sql, user_sql=True, what="SQL")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _cell(value: Any, width: int | None) -> str:
    # Stored text may hold terminal escape codes (from an older ingest or user SQL): never print them.
    text = "" if value is None else " ".join(strip_controls(str(_plain(value))).split())
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def write_rows(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, out: IO[str],
    table_columns: Sequence[str] | None = None, width: int | None = 32,
) -> None:
    """Print an answer as an aligned table (values cut at ``width``; None: whole), JSON Lines or CSV."""
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: _plain(v) for c, v in zip(columns, row, strict=True)}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([_plain(v) for v in row] for row in rows)
    else:
        shown = [c for c in (table_columns or columns) if c in columns]
        index = [list(columns).index(c) for c in shown]
        cells = [[_cell(row[i], width) for i in index] for row in rows]
        widths = [max([len(c)] + [len(r[k]) for r in cells]) for k, c in enumerate(shown)]
        out.write("  ".join(c.ljust(w) for c, w in zip(shown, widths, strict=True)).rstrip() + "\n")
        for row_cells in cells:
            out.write("  ".join(v.ljust(w) for v, w in zip(row_cells, widths, strict=True)).rstrip() + "\n")
        cut = width is not None and any(c.endswith("…") for r in cells for c in r)
        note = "; values cut to fit: --wide for whole values, --format csv|jsonl for piping" if cut else ""
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{note})\n")
