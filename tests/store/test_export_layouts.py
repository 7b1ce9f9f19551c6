"""Exports in the layouts event-data users know: --what, ACLED-style CSV, POLECAT JSON, SQLite."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from newsevents.store import StoreError
from newsevents.store.export import export
from newsevents.store.layouts import ACLED_COLUMNS
from newsevents.store.query import EventFilter
from test_store import db  # noqa: F401 - the three-article store fixture


def test_acled_csv_has_acled_columns_and_categories(db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "acled.csv"
    assert export(db, "acled", str(out)).written == 4
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = {row["plover_event"]: row for row in reader}
        assert tuple(reader.fieldnames) == ACLED_COLUMNS
    shelling = rows["ASSAULT"]
    # Troops (state forces, inter 1) killing civilians (inter 7): violence against civilians.
    assert (shelling["event_type"], shelling["inter1"], shelling["inter2"]) == ("Violence against civilians", "1", "7")
    assert (shelling["fatalities"], shelling["location"], shelling["country"]) == ("3", "Kharkiv", "UKR")
    assert shelling["event_date"] == "2024-05-06" and shelling["time_precision"] == "1"
    assert shelling["notes"].startswith("Russian troops shelled Kharkiv")
    assert (shelling["latitude"], shelling["longitude"]) == ("49.98", "36.25")
    assert rows["COERCE"]["sub_event_type"] == "Other" or rows["COERCE"]["event_type"] == "Strategic developments"
    # A verbal event keeps its PLOVER type beside ACLED's catch-all category.
    assert rows["ACCUSE"]["event_type"] == "Strategic developments" and rows["ACCUSE"]["location"] == ""


def test_polecat_lines_carry_plover_fields_and_evidence(db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "polecat.jsonl"
    assert export(db, "polecat", str(out), EventFilter(event="REQUEST")).written == 1
    (event,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert event["event_type"] == "REQUEST" and event["modality"] == "future"
    assert event["recipient"][0]["country"] == "UNO"
    assert event["location"]["name"] == "Kyiv"
    text = event["evidence"]["sentence"]["text"]
    assert text[event["evidence"]["trigger"]["start"]:event["evidence"]["trigger"]["end"]] == "ask"


def test_what_articles_and_what_events_on_one_format(db: Path, tmp_path: Path) -> None:  # noqa: F811
    articles = tmp_path / "articles.csv"
    assert export(db, "csv", str(articles), what="articles").written == 3
    header = articles.read_text(encoding="utf-8").splitlines()[0]
    assert "n_events" in header and "sentence" not in header
    events = tmp_path / "events.jsonl"
    assert export(db, "jsonl", str(events), what="events").written == 4
    assert {json.loads(line)["event"] for line in events.read_text(encoding="utf-8").splitlines()} == {
        "ASSAULT", "ACCUSE", "REQUEST", "COERCE"}
    with pytest.raises(StoreError, match="holds events"):
        export(db, "geojson", str(tmp_path / "x.geojson"), what="articles")


def test_sqlite_export_opens_in_sqlite_with_every_table(db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "news.sqlite"
    export(db, "sqlite", str(out))
    con = sqlite3.connect(out)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"articles", "events", "events_flat", "places"} <= tables
        assert con.execute("SELECT count(*) FROM events_flat").fetchone()[0] == 4
        modes = con.execute("SELECT mode FROM events WHERE event = 'ASSAULT'").fetchone()[0]
        assert json.loads(modes) == []
    finally:
        con.close()
    assert not list(tmp_path.glob(".*.partial"))
    with pytest.raises(StoreError, match="whole store"):
        export(db, "sqlite", str(out), EventFilter(actor="RUS"))


def test_export_what_merged_and_merged_never_overwrite_the_database(db: Path, tmp_path: Path, capsys) -> None:  # noqa: F811
    from newsevents.cli import main

    out = tmp_path / "merged.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", "--what", "merged", "-o", str(out)]) == 0
    objects = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert objects and all({"id", "event", "articles", "n_articles", "size"} <= set(o) for o in objects)
    before = db.read_bytes()
    assert main(["merged", "--db", str(db), "--format", "csv", "-o", str(db), "--force"]) == 2
    assert main(["export", "--db", str(db), "--format", "csv", "--what", "merged", "-o", str(db)]) == 2
    assert db.read_bytes() == before
    assert "refusing to write over" in capsys.readouterr().err
