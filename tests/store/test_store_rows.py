"""Rows made apart from the database (what a Dask worker sends) store exactly what records do."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import duckdb

from newsevents.store import RowBatch, Store
from test_store import accusation, arrests, shelling

# Columns that say when a row was written, not what it holds.
CLOCK_COLUMNS = {"ingested_at", "started_at", "finished_at", "value"}


def _dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows in stored order, clock columns left out."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_type = 'BASE TABLE' AND table_name <> 'meta' ORDER BY 1"
                                            ).fetchall()]
        dump = {}
        for table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c not in CLOCK_COLUMNS]
            dump[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        return dump
    finally:
        con.close()


def _fill(db: Path, as_rows: bool) -> None:
    first, second = [shelling(), accusation()], [accusation(), arrests(), arrests()]
    origins = {r.article.id: f"file-{n}.txt" for n, r in enumerate(first + second)}  # the last of an id wins

    def batch(records):
        # through pickle, as a worker's result travels to the driver
        return pickle.loads(pickle.dumps(RowBatch.of(records))) if as_rows else records

    with Store(db) as store:
        run = store.begin_run({"version": "test"})
        store.add(batch(first), origins=origins, run_id=run)
        store.add(batch(second), origins=origins, run_id=run)  # one stored already, one repeated
        store.add(batch([shelling()]), origins=origins, run_id=run, replace=True)


def test_rows_made_elsewhere_store_what_records_store(tmp_path: Path) -> None:
    _fill(tmp_path / "records.duckdb", as_rows=False)
    _fill(tmp_path / "rows.duckdb", as_rows=True)
    from_records, from_rows = _dump(tmp_path / "records.duckdb"), _dump(tmp_path / "rows.duckdb")
    assert from_rows == from_records
    assert len(from_rows["articles"]) == 3 and len(from_rows["merged_members"]) >= 3
    assert {row[-1] for row in from_rows["runs"]} == {0}  # errors column: nothing failed
    assert sorted(row[7] for row in from_rows["articles"]) == ["file-0.txt", "file-2.txt", "file-4.txt"]


def test_a_batch_without_stored_articles_drops_them_from_every_table() -> None:
    batch = RowBatch.of([shelling(), accusation(), shelling()])
    assert len(batch) == 2  # the repeated article once
    gone = shelling().article.id
    rest = batch.without({gone})
    assert rest.ids == [accusation().article.id]
    for table, rows in rest.tables.items():
        key = "id" if table == "articles" else "article_id"
        assert gone not in rows[key].to_pylist(), table
    assert rest.tables["events"].num_rows == 2 and rest.tables["places"].num_rows == 1  # accusation's
    assert {i.article for i in rest.merge.items} == {accusation().article.id}
    for table in rest.merge.tables.values():
        assert set(table["article_id"].to_pylist()) <= {accusation().article.id}
    assert rest.merge.tables["article_prints"].num_rows == 1


def test_stamping_fills_where_and_when_an_article_was_stored() -> None:
    batch = RowBatch.of([shelling(), accusation()])
    now = dt.datetime(2026, 1, 2, 3, 4, 5)
    articles = batch.stamped("articles", {shelling().article.id: "a.txt"}, 7, now).to_pylist()
    assert [(a["origin"], a["run_id"], a["ingested_at"]) for a in articles] == [("a.txt", 7, now), (None, 7, now)]
    assert batch.tables["articles"]["run_id"].to_pylist() == [None, None]  # the batch itself is unchanged
    assert batch.stamped("events", None, 7, now) is batch.tables["events"]


def test_the_store_compares_bare_signatures_as_minhash_does() -> None:
    from newsevents.merge import fingerprint, minhash_of
    from newsevents.store.merged import _jaccard

    base = ("The council voted on Tuesday to close the old bridge over the river after engineers found "
            "cracks in two of its supports, and traffic will be sent through the town centre until May.")
    texts = [base, base.replace("Tuesday", "Wednesday"), base.replace("until May", "until the end of June"),
             base + " Shops in the centre welcomed the decision.", "Fishermen landed a record catch of cod."]
    signatures = [[int(v) for v in fingerprint(t).hashvalues] for t in texts]
    estimates = {(i, j): _jaccard(signatures[i], signatures[j]) for i in range(5) for j in range(5)}
    for (i, j), value in estimates.items():
        assert value == minhash_of(signatures[i]).jaccard(minhash_of(signatures[j]))
    assert estimates[0, 0] == 1.0 and 0.5 < estimates[0, 3] < 1.0 and estimates[0, 4] < 0.1
