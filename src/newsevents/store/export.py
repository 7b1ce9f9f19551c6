"""Exports: articles or events, as JSON Lines, CSV, Parquet, GeoJSON, ACLED-style CSV, POLECAT-style
JSON Lines, or a SQLite database (which datasette opens)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb

from newsevents.outputs import EXPORT_FORMATS, check_output, database_paths, open_output, output_path
from newsevents.store import StoreError, open_readonly
from newsevents.store.query import EventFilter, where_clause

WHAT = ("events", "articles")
# Formats whose rows are events by nature.
_EVENTS_ONLY = {"geojson", "acled", "polecat"}


@dataclass
class ExportResult:
    """What an export wrote: rows of ``unit``, and events left out (GeoJSON: no coordinates)."""

    written: int
    unit: str
    left_out: int = 0

    def describe(self, output: str) -> str:
        text = f"wrote {self.written} {self.unit} to {output}"
        if self.left_out:
            text += f"; {self.left_out} matching events left out for want of coordinates"
        return text
_ORDER = "ORDER BY f.published NULLS LAST, f.article_id, f.event_id"


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def export(db: str | Path, fmt: str, output: str, filters: EventFilter | None = None,
           what: str | None = None, force: bool = False) -> ExportResult:
    """Write the database (or what matches ``filters``) to ``output``.

    ``what`` is ``events`` (one row per event; the default except for ``jsonl``) or ``articles``
    (for ``jsonl``: one ``newsevents/1`` record a line, the default; for csv/parquet: one row per
    article). ``geojson`` writes the events whose place has coordinates and counts the others;
    ``acled`` an ACLED-style flat CSV; ``polecat`` one PLOVER event a line; ``sqlite`` every table.
    The output never replaces the database or its WAL, replaces an existing file only with
    ``force``, and appears complete or not at all.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if what is not None and what not in WHAT:
        raise StoreError(f"--what must be one of {', '.join(WHAT)} (got {what!r})")
    what = what or ("articles" if fmt == "jsonl" else "events")
    if fmt in _EVENTS_ONLY and what != "events":
        raise StoreError(f"{fmt} export holds events; --what {what} is not possible with it")
    if fmt in ("parquet", "sqlite") and output == "-":
        raise StoreError(f"{fmt} cannot go to stdout: give -o FILE")
    filtered = filters is not None and filters != EventFilter()
    if fmt == "sqlite" and (filtered or what != "events"):
        raise StoreError("sqlite export copies the whole store: it takes no filters and no --what")
    protected = database_paths(db)
    check_output(output, protected, force)
    # The export's SQL is the library's own; an export of a big store may take long and be long.
    with open_readonly(db, timeout_s=None, max_rows=None) as reader, reader.time_limit("export"):
        return _export(reader.con, fmt, output, filters, filtered, what, protected, force)


def _export(con: duckdb.DuckDBPyConnection, fmt: str, output: str, filters: EventFilter | None, filtered: bool,
            what: str, protected: list[Path], force: bool) -> ExportResult:
    def opened() -> Any:
        return open_output(output, protected, force)

    try:
        if fmt == "sqlite":
            with output_path(output, protected, force) as target:
                return ExportResult(_export_sqlite(con, target), "tables")
        where, params = where_clause(con, filters or EventFilter())
        if what == "articles":
            if fmt == "jsonl":
                with opened() as out:
                    return ExportResult(_export_records(con, out, where if filtered else None, params), "records")
            sql = ("SELECT a.id, a.title, a.source, a.url, a.published, a.origin, a.language, "
                   "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events FROM articles a")
            if filtered:
                sql += f" WHERE a.id IN (SELECT f.article_id FROM events_flat f WHERE {where})"
            table = con.sql(sql + " ORDER BY a.published NULLS LAST, a.id", params=params if filtered else None)
            arrow = table.to_arrow_table()
            _write_table(arrow, fmt, output, protected, force)
            return ExportResult(arrow.num_rows, "articles")
        if fmt == "geojson":
            with opened() as out:
                written, left_out = _export_geojson(con, out, where, params)
            return ExportResult(written, "events", left_out)
        if fmt in ("acled", "polecat"):
            with opened() as out:
                return ExportResult(_export_layout(con, fmt, out, where, params), "events")
        if fmt == "jsonl":
            with opened() as out:
                return ExportResult(_export_event_lines(con, out, where, params), "events")
        table = con.sql(f"SELECT * FROM events_flat f WHERE {where} {_ORDER}", params=params).to_arrow_table()
        _write_table(table, fmt, output, protected, force)
        return ExportResult(table.num_rows, "events")
    except duckdb.Error as exc:
        raise StoreError(f"export failed: {str(exc).strip().splitlines()[0]}") from None


def _export_event_lines(con: duckdb.DuckDBPyConnection, out: IO[str], where: str, params: list[Any]) -> int:
    cursor = con.execute(f"SELECT * FROM events_flat f WHERE {where} {_ORDER}", params)
    names = [d[0] for d in cursor.description]
    written = 0
    while chunk := cursor.fetchmany(1000):
        for row in chunk:
            out.write(json.dumps({n: _json_value(v) for n, v in zip(names, row, strict=True)},
                                 ensure_ascii=False) + "\n")
            written += 1
    return written


def _export_layout(con: duckdb.DuckDBPyConnection, fmt: str, out: IO[str], where: str, params: list[Any]) -> int:
    """ACLED rows or POLECAT events, built from the stored records of the matching events."""
    from newsevents.record import Record
    from newsevents.store.layouts import ACLED_COLUMNS, acled_row, polecat_event

    wanted = con.execute(f"SELECT f.article_id, f.event_id FROM events_flat f WHERE {where} {_ORDER}",
                         params).fetchall()
    order = {key: i for i, key in enumerate(wanted)}
    by_article: dict[str, list[str]] = {}
    for article_id, event_id in wanted:
        by_article.setdefault(article_id, []).append(event_id)
    rows: list[tuple[int, Any]] = []
    ids = list(by_article)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for (text,) in con.execute("SELECT record FROM articles WHERE id IN (SELECT unnest(?))", [chunk]).fetchall():
            record = Record.model_validate_json(text)
            keep = set(by_article[record.article.id])
            for event in record.events:
                if event.id in keep:
                    made = acled_row(record, event) if fmt == "acled" else polecat_event(record, event)
                    rows.append((order[(record.article.id, event.id)], made))
    rows.sort(key=lambda pair: pair[0])
    if fmt == "acled":
        writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(row for _, row in rows)
    else:
        for _, event in rows:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
    return len(rows)


def _export_sqlite(con: duckdb.DuckDBPyConnection, target: Path | str) -> int:
    """Every table (and the flat event view, as a table) into a new SQLite file at ``target``."""
    from newsevents.store.schema import TABLES

    tables = [*TABLES, "events_flat"]
    made = Path(target)
    if made.is_file() and made.stat().st_size == 0:
        made.unlink()  # the empty temporary file output_path made: SQLite creates its own
    lite = sqlite3.connect(target)
    try:
        for table in tables:
            cursor = con.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            quoted = ", ".join(f'"{n}"' for n in names)
            lite.execute(f'CREATE TABLE "{table}" ({quoted})')
            marks = ", ".join("?" for _ in names)
            while chunk := cursor.fetchmany(2000):
                lite.executemany(f'INSERT INTO "{table}" VALUES ({marks})',
                                 [[_sqlite_value(v) for v in row] for row in chunk])
        lite.commit()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write the SQLite export: {exc}") from None
    finally:
        lite.close()
    return len(tables)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _write_table(table: Any, fmt: str, output: str, protected: list[Path], force: bool) -> None:
    if output == "-":
        import pyarrow.csv as pacsv

        with open_output(output, binary=True) as out:
            pacsv.write_csv(table, out)
        return
    with output_path(output, protected, force) as target:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, target)
        else:
            import pyarrow.csv as pacsv

            pacsv.write_csv(table, target)


def _export_records(con: duckdb.DuckDBPyConnection, out: IO[str], where: str | None, params: list[Any]) -> int:
    sql = "SELECT record FROM articles"
    if where:
        sql += f" WHERE id IN (SELECT f.article_id FROM events_flat f WHERE {where})"
    cursor = con.execute(sql + " ORDER BY published NULLS LAST, id", params if where else [])
    written = 0
    while chunk := cursor.fetchmany(500):
        for (record,) in chunk:
            out.write(record + "\n")
            written += 1
    return written


def _export_geojson(con: duckdb.DuckDBPyConnection, out: IO[str], where: str,
                    params: list[Any]) -> tuple[int, int]:
    left_out = con.execute(
        f"SELECT count(*) FROM events_flat f WHERE {where} AND (f.lat IS NULL OR f.lon IS NULL)", params
    ).fetchone()[0]
    cursor = con.execute(
        f"SELECT * FROM events_flat f WHERE {where} AND f.lat IS NOT NULL AND f.lon IS NOT NULL {_ORDER}", params
    )
    names = [d[0] for d in cursor.description]
    features = []
    for row in cursor.fetchall():
        properties = {n: _json_value(v) for n, v in zip(names, row, strict=True) if n not in ("lat", "lon")}
        values = dict(zip(names, row, strict=True))
        features.append({
            "type": "Feature",
            "id": f"{values['article_id']}/{values['event_id']}",
            # GeoJSON (RFC 7946) orders coordinates longitude first.
            "geometry": {"type": "Point", "coordinates": [values["lon"], values["lat"]]},
            "properties": properties,
        })
    json.dump({"type": "FeatureCollection", "features": features,
               "newsevents": {"events_without_coordinates": left_out}}, out, ensure_ascii=False)
    out.write("\n")
    return len(features), left_out
