"""Exports: records as JSON Lines, events flat as CSV or Parquet, and events as GeoJSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import IO, Any

import duckdb

from newsevents.outputs import check_output, database_paths, open_output, output_path
from newsevents.store import StoreError, open_readonly
from newsevents.store.query import EventFilter, where_clause

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "geojson")
_ORDER = "ORDER BY f.published NULLS LAST, f.article_id, f.event_id"


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def export(db: str | Path, fmt: str, output: str, filters: EventFilter | None = None,
           force: bool = False) -> int:
    """Write the database (or the events matching ``filters``) to ``output``; returns rows written.

    ``jsonl`` writes one article record a line (the ``newsevents/1`` contract); ``csv`` and
    ``parquet`` one event a row (the ``events_flat`` view); ``geojson`` a FeatureCollection
    of the events whose place has coordinates. The output never replaces the database or its
    WAL, replaces an existing file only with ``force``, and appears complete or not at all.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if fmt == "parquet" and output == "-":
        raise StoreError("Parquet cannot go to stdout: give -o FILE")
    protected = database_paths(db)
    check_output(output, protected, force)
    # The export's SQL is the library's own; an export of a big store may take long and be long.
    with open_readonly(db, timeout_s=None, max_rows=None) as reader, reader.time_limit("export"):
        con = reader.con
        where, params = where_clause(con, filters or EventFilter())
        filtered = filters is not None and filters != EventFilter()
        if fmt == "jsonl":
            with open_output(output, protected, force) as out:
                return _export_records(con, out, where if filtered else None, params)
        if fmt == "geojson":
            with open_output(output, protected, force) as out:
                return _export_geojson(con, out, where, params)
        table = con.sql(f"SELECT * FROM events_flat f WHERE {where} {_ORDER}", params=params).to_arrow_table()
        _write_table(table, fmt, output, protected, force)
        return table.num_rows


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


def _export_geojson(con: duckdb.DuckDBPyConnection, out: IO[str], where: str, params: list[Any]) -> int:
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
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
