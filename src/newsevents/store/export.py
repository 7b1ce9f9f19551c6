"""Exports: records as JSON Lines, events flat as CSV or Parquet, and events as GeoJSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import IO, Any

import duckdb

from newsevents.store import StoreError, open_db
from newsevents.store.query import EventFilter, where_clause

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "geojson")
_ORDER = "ORDER BY f.published NULLS LAST, f.article_id, f.event_id"


def _open_text(path: str) -> IO[str]:
    if path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise StoreError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def export(db: str | Path, fmt: str, output: str, filters: EventFilter | None = None) -> int:
    """Write the database (or the events matching ``filters``) to ``output``; returns rows written.

    ``jsonl`` writes one article record a line (the ``newsevents/1`` contract); ``csv`` and
    ``parquet`` one event a row (the ``events_flat`` view); ``geojson`` a FeatureCollection
    of the events whose place has coordinates.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if fmt == "parquet" and output == "-":
        raise StoreError("Parquet cannot go to stdout: give -o FILE")
    con = open_db(db, read_only=True, sandboxed=True)
    try:
        where, params = where_clause(con, filters or EventFilter())
        filtered = filters is not None and filters != EventFilter()
        if fmt == "jsonl":
            return _export_records(con, output, where if filtered else None, params)
        if fmt == "geojson":
            return _export_geojson(con, output, where, params)
        table = con.sql(f"SELECT * FROM events_flat f WHERE {where} {_ORDER}", params=params).to_arrow_table()
        _write_table(table, fmt, output)
        return table.num_rows
    except duckdb.Error as exc:
        raise StoreError(f"export failed: {str(exc).strip().splitlines()[0]}") from None
    finally:
        con.close()


def _write_table(table: Any, fmt: str, output: str) -> None:
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, output)
        else:
            import pyarrow.csv as pacsv

            if output == "-":
                pacsv.write_csv(table, sys.stdout.buffer)
            else:
                pacsv.write_csv(table, output)
    except OSError as exc:
        raise StoreError(f"{output}: cannot write: {exc}") from None


def _export_records(con: duckdb.DuckDBPyConnection, output: str, where: str | None, params: list[Any]) -> int:
    sql = "SELECT record FROM articles"
    if where:
        sql += f" WHERE id IN (SELECT f.article_id FROM events_flat f WHERE {where})"
    cursor = con.execute(sql + " ORDER BY published NULLS LAST, id", params if where else [])
    out = _open_text(output)
    written = 0
    try:
        while chunk := cursor.fetchmany(500):
            for (record,) in chunk:
                out.write(record + "\n")
                written += 1
    finally:
        if out is not sys.stdout:
            out.close()
    return written


def _export_geojson(con: duckdb.DuckDBPyConnection, output: str, where: str, params: list[Any]) -> int:
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
    out = _open_text(output)
    try:
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return len(features)
