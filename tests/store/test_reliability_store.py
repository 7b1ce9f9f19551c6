"""Reliability of the store (issue 12): hostile queries, outputs that must not overwrite, ids,
run log, limits. Records come from a stand-in pipeline (no model) so these tests are fast."""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import main
from newsevents.ingest.base import Item
from newsevents.outputs import OutputError, open_output, output_path
from newsevents.pipeline import make_article
from newsevents.record import Record
from newsevents.store import Store, StoreError, check_user_sql, ingest, open_readonly
from newsevents.store.query import EventFilter, query_events, run_sql

INFO = {"version": "0.1.0", "spacy_model": "en_core_web_sm==3.8.0", "spacy": "3.8.18"}
TEXTS = [f"Dock workers in port number {n} went on strike on Monday over unpaid wages, union leaders said."
         for n in range(5)]


class EmptyRecords:
    """Stands in for the spaCy pipeline: an empty record per article."""

    info = INFO

    def __init__(self) -> None:
        self.seen: list[str] = []

    def process(self, articles: Iterable) -> Iterator[Record]:
        for article in articles:
            self.seen.append(article.id)
            yield Record(article=article, pipeline=self.info)


def _items(texts: list[str], **meta: str) -> list[Item]:
    return [Item(f"input{n}.txt", article=make_article(t, **meta)) for n, t in enumerate(texts)]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store for the tests that must leave it unchanged (each checks that it did)."""
    path = tmp_path_factory.mktemp("store") / "news.duckdb"
    with Store(path) as store:
        ingest(store, _items(TEXTS), EmptyRecords(), batch_size=2)
    return path


def _fingerprint(path: Path) -> tuple[str, int]:
    """The database's content as a reader sees it, and the number of stored articles."""
    with open_readonly(path) as reader:
        _, rows = reader.select("SELECT id, text FROM articles ORDER BY id")
    return hashlib.sha256(repr(rows).encode()).hexdigest(), len(rows)


# -- 1-3: hostile SQL ----------------------------------------------------------------------------

HOSTILE_SQL = [
    # 1: COPY TO the database's own file or WAL (DuckDB's sandbox allows the database's paths).
    ("COPY (SELECT 'x') TO '{db}' (FORMAT csv, USE_TMP_FILE false)", "COPY"),
    ("COPY (SELECT 'x') TO '{db}.wal' (FORMAT csv, USE_TMP_FILE false)", "COPY"),
    ("SELECT 1; COPY (SELECT 'x') TO '{db}' (FORMAT csv)", "one statement"),
    ("EXPLAIN ANALYZE COPY (SELECT 'x') TO '{db}' (FORMAT csv, USE_TMP_FILE false)", "EXPLAIN"),
    ("EXPORT DATABASE '{tmp}/dump'", "EXPORT"),
    ("ATTACH '{tmp}/other.duckdb' AS other", "ATTACH"),
    ("CREATE TABLE evil AS SELECT 1", "CREATE"),
    ("DELETE FROM articles", "read-only"),
    ("INSTALL httpfs", "not allowed"),
    # 2: logging to a file aborted the process.
    ("CALL enable_logging(storage='file', storage_path='{tmp}/logs')", "CALL"),
    ("SELECT * FROM enable_logging(storage='file', storage_path='{tmp}/logs')", "locked"),
    # 3: settings that lift the limits.
    ("SET memory_limit='1000GB'", "SET"),
    ("SET threads=64", "SET"),
    ("PRAGMA threads=64", "not allowed"),
    ("PRAGMA table_info('articles')", "PRAGMA"),
    ("SELECT * FROM read_text('/etc/hostname')", "disabled"),
]


@pytest.mark.parametrize(("sql", "message"), HOSTILE_SQL)
def test_hostile_sql_is_refused_and_changes_nothing(db: Path, tmp_path: Path, sql: str, message: str) -> None:
    before = _fingerprint(db)
    files_before = sorted(p.name for p in [*tmp_path.iterdir(), *db.parent.iterdir()])
    with pytest.raises(StoreError, match=message):
        run_sql(db, sql.format(db=db, tmp=tmp_path))
    assert _fingerprint(db) == before
    assert sorted(p.name for p in [*tmp_path.iterdir(), *db.parent.iterdir()]) == files_before


def test_hostile_sql_through_the_cli_is_one_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    size = db.stat().st_size
    sql = f"COPY (SELECT 'x') TO '{db}' (FORMAT csv, USE_TMP_FILE false)"
    assert main(["query", "--db", str(db), "--sql", sql]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err
    assert db.stat().st_size == size and _fingerprint(db)[1] == len(TEXTS)


@pytest.mark.parametrize("sql", [
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
    "SELECT count(*) FROM range(100000000) a, range(100000000) b",
])
def test_runaway_query_stops_at_the_time_limit(db: Path, sql: str) -> None:
    with pytest.raises(StoreError, match=r"stopped after 0.5 s \(the time limit"):
        run_sql(db, sql, timeout_s=0.5)


def test_huge_answer_stops_at_the_row_cap(db: Path) -> None:
    with pytest.raises(StoreError, match="more than 1,000 rows"):
        run_sql(db, "SELECT * FROM range(5000000)", max_rows=1000)
    columns, rows = run_sql(db, "SELECT * FROM range(1000)", max_rows=1000)
    assert columns == ["range"] and len(rows) == 1000


def test_memory_hungry_query_stops_at_the_memory_limit(db: Path) -> None:
    with pytest.raises(StoreError, match="more than 64MB of memory"):
        run_sql(db, "SELECT list(range) FROM range(20000000)", memory_limit="64MB")


def test_read_only_connection_keeps_its_limits(db: Path) -> None:
    with open_readonly(db, memory_limit="256MB", threads=1) as reader:
        _, [(memory,)] = reader.select("SELECT current_setting('memory_limit')")
        assert memory.startswith(("244", "256"))
        for statement in ("SET memory_limit='1000GB'", "SET threads=64", "SET enable_external_access=true"):
            with pytest.raises(duckdb.Error, match="locked"):
                reader.con.execute(statement)
    assert not db.with_name(db.name + ".tmp").exists()


@pytest.mark.parametrize("sql", ["SELECT 1", "DESCRIBE articles", "SUMMARIZE articles", "FROM articles",
                                 "WITH t AS (SELECT 1 AS x) SELECT x FROM t"])
def test_plain_reading_statements_are_allowed(sql: str) -> None:
    check_user_sql(sql)


# -- 4-6, 14: outputs ------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["{db}", "{db}.wal"])
def test_export_never_overwrites_the_database(db: Path, capsys: pytest.CaptureFixture[str], target: str) -> None:
    before = _fingerprint(db)
    wal = db.with_name(db.name + ".wal")
    wal_bytes = wal.read_bytes() if wal.exists() else None
    for force in ([], ["--force"]):
        code = main(["export", "--db", str(db), "--format", "jsonl", "-o", target.format(db=db), *force])
        assert code == 2
        assert "refusing to write over" in capsys.readouterr().err
    assert _fingerprint(db) == before
    assert (wal.read_bytes() if wal.exists() else None) == wal_bytes


def test_export_needs_force_to_replace_a_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "events.csv"
    out.write_text("precious\n", encoding="utf-8")
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out)]) == 2
    assert "file exists; pass --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", str(out), "--force", "-q"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(TEXTS)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_extract_never_overwrites_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(TEXTS[0], encoding="utf-8")
    for force in ([], ["--force"]):
        assert main(["extract", str(article), "-o", str(article), *force]) == 2
        assert "refusing to write over" in capsys.readouterr().err
        assert article.read_text(encoding="utf-8") == TEXTS[0]
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS[1], encoding="utf-8")
    assert main(["extract", str(folder), "-o", str(folder / "a.txt"), "--force"]) == 2
    assert (folder / "a.txt").read_text(encoding="utf-8") == TEXTS[1]


def test_failed_output_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), open_output(str(out), force=True) as handle:
        handle.write("half of the new\n")
        raise RuntimeError("crash in the middle")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_output_that_appears_meanwhile_is_not_clobbered(tmp_path: Path) -> None:
    out = tmp_path / "late.csv"
    with pytest.raises(OutputError, match="file exists"), output_path(str(out)) as temp:
        Path(temp).write_text("new\n", encoding="utf-8")
        out.write_text("someone else's\n", encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "someone else's\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_full_disk_is_one_line(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", "/dev/full"]) == 2
    err = capsys.readouterr().err
    assert err == "newsevents: /dev/full: cannot write: No space left on device\n"
    article = tmp_path / "a.txt"
    article.write_text(TEXTS[0], encoding="utf-8")
    with pytest.raises(OutputError, match="No space left"), open_output("/dev/full") as handle:
        handle.write("x" * 100_000)


# -- 9, 10, 17: ids, batch sizes, filters, run log, foreign databases -----------------------------


def test_reused_id_for_a_different_text_is_reported_not_dropped(tmp_path: Path) -> None:
    items = [Item("batch.jsonl:1", article=make_article(TEXTS[0], id="a1")),
             Item("batch.jsonl:2", article=make_article(TEXTS[1], id="a1")),
             Item("batch.jsonl:3", article=make_article(TEXTS[0], id="a1"))]
    with Store(tmp_path / "ids.duckdb") as store:
        summary = ingest(store, items, EmptyRecords(), batch_size=8)
        assert (summary.added, summary.already_stored, summary.skipped) == (1, 1, 1)
        assert summary.problems == [("batch.jsonl:2", "article id 'a1' is already used by batch.jsonl:1 for a "
                                                      "different text (give each article its own id)")]
        again = ingest(store, [Item("more.jsonl:1", article=make_article(TEXTS[2], id="a1"))], EmptyRecords())
        assert again.skipped == 1 and "already stored for a different text" in again.problems[0][1]
        assert store.record("a1").article.text == TEXTS[0]


@pytest.mark.parametrize("size", ["0", "-1", "x"])
def test_batch_size_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str], size: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--batch-size", size])
    assert stopped.value.code == 2 and "--batch-size" in capsys.readouterr().err
    with Store(tmp_path / "y.duckdb") as store, pytest.raises(StoreError, match="at least 1"):
        ingest(store, _items(TEXTS), EmptyRecords(), batch_size=0)


@pytest.mark.parametrize("filters", [
    EventFilter(actor=""), EventFilter(actor="  "), EventFilter(recipient=""), EventFilter(event=""),
    EventFilter(place=""), EventFilter(place="Paris", within_km=math.nan),
    EventFilter(place="Paris", within_km=math.inf),
])
def test_empty_or_unbounded_filters_are_refused(db: Path, filters: EventFilter) -> None:
    with pytest.raises(StoreError, match="must not be empty|finite"):
        query_events(db, filters)


def test_within_km_nan_is_refused_by_the_cli(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(db), "--place", "Paris", "--within-km", "nan"]) == 2
    assert "finite" in capsys.readouterr().err


def test_run_log_counts_every_input_and_always_finishes(tmp_path: Path) -> None:
    items = _items(TEXTS[:3]) + [Item("bad.html", problem="page has no main text")] + _items(TEXTS[:1])
    with Store(tmp_path / "runs.duckdb") as store:
        first = ingest(store, items, EmptyRecords(), batch_size=2)
        second = ingest(store, items, EmptyRecords(), batch_size=2)
        nothing = ingest(store, [], EmptyRecords())
        runs = store.runs()
    for summary, run in zip((first, second, nothing), runs, strict=True):
        assert (run["added"], run["already_stored"], run["skipped"], run["errors"]) == (
            summary.added, summary.already_stored, summary.skipped, summary.errors)
        assert run["finished_at"] is not None
    assert [(r["added"], r["already_stored"], r["skipped"]) for r in runs] == [(3, 1, 1), (0, 4, 1), (0, 0, 0)]


def test_another_applications_database_is_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / "crm.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE customers (id INTEGER, name VARCHAR)")
    con.close()
    with pytest.raises(StoreError, match=r"not a newsevents database \(it has customers\)"):
        Store(foreign)
    con = duckdb.connect(str(foreign), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["customers"]
    con.close()


def test_locked_file_is_retried_by_readers(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_connect = duckdb.connect

    def busy_twice(*args: object, **kwargs: object) -> duckdb.DuckDBPyConnection:
        calls.append(1)
        if len(calls) <= 2:
            raise duckdb.IOException('Could not set lock on file "x": Conflicting lock is held')
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(duckdb, "connect", busy_twice)
    columns, rows = run_sql(db, "SELECT count(*) AS n FROM articles")
    assert rows == [(len(TEXTS),)] and len(calls) == 3
    assert os.path.exists(db)
