"""Merged events in the DuckDB store: incremental updates, recomputation, queries, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.record import Record
from newsevents.store import Store, StoreError, open_db
from newsevents.store.merged import query_merged, recompute
from test_merge import ATTACK_A, ATTACK_B, FARVILLE, TOWNVILLE, attack_record

REPRINT = ATTACK_A + "\n\nThis story first appeared in the Northern Courier."
FAR = ATTACK_B.replace("Townville", "Farville")


@pytest.fixture
def records() -> list[Record]:
    return [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE, (12, "12 people")),
        attack_record(ATTACK_B, "Daily Ledger", "2024-03-05", "attacked", TOWNVILLE, (15, "15 people")),
        attack_record(REPRINT, "Evening Gazette", "2024-03-05", "attacked", TOWNVILLE, (12, "12 people")),
        attack_record(FAR, "Daily Ledger", "2024-03-04", "attacked", FARVILLE, (15, "15 people")),
    ]


def _merged(db: Path) -> list[dict]:
    con = open_db(db, read_only=True)
    try:
        return query_merged(con)
    finally:
        con.close()


def test_ingest_order_and_batches_do_not_change_the_merged_events(tmp_path: Path, records: list[Record]) -> None:
    with Store(tmp_path / "one.duckdb") as store:
        store.add(records)
    with Store(tmp_path / "many.duckdb") as store:
        for record in reversed(records):  # one article at a time, the other way round
            store.add([record])
    once, one_by_one = _merged(tmp_path / "one.duckdb"), _merged(tmp_path / "many.duckdb")
    assert json.dumps(once) == json.dumps(one_by_one)
    assert sorted(e["n_articles"] for e in once) == [1, 3]
    with Store(tmp_path / "many.duckdb") as store:
        recompute(store.con)
    assert json.dumps(_merged(tmp_path / "many.duckdb")) == json.dumps(once)


def test_a_new_article_joins_a_stored_merged_event(tmp_path: Path, records: list[Record]) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.add(records[:1])
        store.add(records[3:])
    assert sorted(e["n_articles"] for e in _merged(db)) == [1, 1]
    with Store(db) as store:
        store.add(records[1:2])
    townville = [e for e in _merged(db) if e["place"]["name"] == "Townville"]
    assert len(townville) == 1 and townville[0]["n_articles"] == 2
    assert townville[0]["size"]["killed"]["disputed"] is True


def test_a_reprint_is_marked_in_the_store(tmp_path: Path, records: list[Record]) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.add(records)
        copies = store.con.execute("SELECT article_id, duplicate_of FROM article_copies").fetchall()
    assert copies == [(records[2].article.id, records[0].article.id)]
    townville = next(e for e in _merged(db) if e["n_articles"] == 3)
    assert townville["n_sources"] == 2
    # the reprint first: when the original arrives, it becomes the copy's original
    with Store(tmp_path / "reverse.duckdb") as store:
        for record in reversed(records):
            store.add([record])
        assert store.con.execute("SELECT article_id, duplicate_of FROM article_copies").fetchall() == copies
        recompute(store.con)
        assert store.con.execute("SELECT article_id, duplicate_of FROM article_copies").fetchall() == copies


def test_replacing_an_original_with_other_text_frees_its_copy(tmp_path: Path, records: list[Record]) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.add(records)
        rewritten = records[0].model_copy(deep=True)
        # the same id, now another text: no longer the reprint's source
        rewritten.article.text = "Farmers in Townville opened the harvest fair on Monday with music and games."
        store.add([rewritten], replace=True)
        assert store.con.execute("SELECT count(*) FROM article_copies").fetchone()[0] == 0


def test_replacing_an_article_splits_what_it_joined(tmp_path: Path, records: list[Record]) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.add(records[:2])
        moved = records[1].model_copy(deep=True)
        moved.places[0] = moved.places[0].model_copy(update=dict(
            geonameid=FARVILLE["geonameid"], lat=FARVILLE["lat"], lon=FARVILLE["lon"]))
        store.add([moved], replace=True)
    assert sorted(e["n_articles"] for e in _merged(db)) == [1, 1]
    with Store(tmp_path / "fresh.duckdb") as store:
        store.add([records[0], moved])
    assert json.dumps(_merged(db)) == json.dumps(_merged(tmp_path / "fresh.duckdb"))


def test_query_merged_filters_and_pages(tmp_path: Path, records: list[Record]) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.add(records)
    con = open_db(db, read_only=True)
    try:
        everything = query_merged(con)
        assert len(everything) == 2
        assert [e["n_articles"] for e in query_merged(con, place="Townville")] == [3]
        near = query_merged(con, place=str(FARVILLE["geonameid"]), within_km=50)
        assert [e["place"]["name"] for e in near] == ["Farville"]
        assert query_merged(con, event="ASSAULT", since="2024-03-04", until="2024-03-04") == everything
        assert query_merged(con, event="PROTEST") == []
        assert query_merged(con, actor="Gunmen") == everything
        first = query_merged(con, limit=1)
        assert query_merged(con, after=first[0]["id"]) == everything[1:]
        with pytest.raises(StoreError):
            query_merged(con, event="NOT-A-TYPE")
    finally:
        con.close()


def test_cli_merge_and_merged(tmp_path: Path, records: list[Record], capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.add(records)
    assert main(["merged", "--db", str(db), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and {json.loads(line)["n_articles"] for line in lines} == {1, 3}
    assert main(["merge", "--db", str(db), "-q"]) == 0
    assert main(["merged", "--db", str(db), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out.splitlines() == lines
    assert main(["merged", "--db", str(db), "--format", "csv", "--place", "Townville"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("id,event,") and len(rows) == 2 and ",12,15," in rows[1]
    out = tmp_path / "merged.geojson"
    assert main(["merged", "--db", str(db), "--format", "geojson", "-o", str(out)]) == 0
    features = json.loads(out.read_text())["features"]
    assert sorted(f["properties"]["n_articles"] for f in features) == [1, 3]
    import pyarrow.parquet as pq

    table = tmp_path / "merged.parquet"
    assert main(["merged", "--db", str(db), "--format", "parquet", "-o", str(table)]) == 0
    assert sorted(pq.read_table(table).column("n_sources").to_pylist()) == [1, 2]
    assert main(["merged", "--db", str(db), "--format", "parquet"]) == 2  # not to a terminal
    assert main(["merged", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert main(["merge", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert not (tmp_path / "missing.duckdb").exists()


def test_a_database_without_merged_events_says_how_to_get_them(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "old.duckdb"
    duckdb.connect(str(db)).close()
    con = open_db(db, read_only=True)
    try:
        with pytest.raises(StoreError, match="newsevents merge"):
            query_merged(con)
    finally:
        con.close()
