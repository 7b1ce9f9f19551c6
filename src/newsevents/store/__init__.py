"""The embedded event database (DuckDB): ingest records idempotently, batch by batch.

>>> with Store("news.duckdb") as store:
...     store.add(records)            # one transaction; the same article id twice is skipped

A batch is one transaction: an exception or Ctrl-C in the middle of it leaves the database
as it was before that batch, so an interrupted ingest is resumed by running it again.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from newsevents.outputs import DEFAULT_DB
from newsevents.record import Record
from newsevents.store.connection import (
    ReadOnlyStore,
    StoreBusy,
    StoreError,
    check_user_sql,
    open_db,
    open_readonly,
)
from newsevents.store.connection import first_line as _first_line
from newsevents.store.rows import RowBatch
from newsevents.store.schema import ARTICLE_TABLES, MIGRATIONS, STORE_SCHEMA, TABLES, ddl

if TYPE_CHECKING:
    from newsevents.ingest.base import Item
    from newsevents.pipeline import Pipeline

__all__ = [
    "DEFAULT_DB", "AddResult", "IngestSummary", "ReadOnlyStore", "RowBatch", "Store", "StoreBusy", "StoreError",
    "check_user_sql", "ingest", "open_db", "open_readonly",
]


@dataclass
class AddResult:
    added: int = 0
    replaced: int = 0
    already_stored: int = 0


class Store:
    """A newsevents database; open it once, add records in batches, close it.

    The write connection is opened when needed and can be let go with ``release()`` (the
    ingest loop does so while it extracts a batch), so readers can open the file between
    commits. Reopening waits up to ``lock_wait_s`` seconds for readers to finish.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False,
                 lock_wait_s: float | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.lock_wait_s = lock_wait_s
        self._con: duckdb.DuckDBPyConnection | None = None
        con = self.con
        try:
            if read_only:
                self._check_schema()
            else:
                self._create()
        except BaseException:
            con.close()
            self._con = None
            raise

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, reopened (waiting for readers) if ``release()`` closed it."""
        if self._con is None:
            from newsevents.store import connection

            wait = connection.WRITER_LOCK_WAIT_S if self.lock_wait_s is None else self.lock_wait_s
            self._con = open_db(self.path, read_only=self.read_only, lock_wait_s=0.0 if self.read_only else wait)
        return self._con

    def release(self) -> None:
        """Close the connection (and with it the file lock) until it is next needed."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.release()

    def _create(self) -> None:
        found = self._check_schema()
        # One transaction: one sync to disk instead of one per statement.
        self.con.execute("BEGIN TRANSACTION")
        try:
            if found is not None and found != STORE_SCHEMA:  # an older schema: add what it lacks
                for statement in MIGRATIONS[found]:
                    self.con.execute(statement)
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'store_schema'", [STORE_SCHEMA])
            for statement in ddl():
                self.con.execute(statement)
            from newsevents.store import merged  # merged events live beside the article tables

            for statement in merged.ddl():
                self.con.execute(statement)
            self.con.execute(
                "INSERT INTO meta VALUES ('store_schema', ?), ('created_at', ?) ON CONFLICT DO NOTHING",
                [STORE_SCHEMA, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _check_schema(self) -> str | None:
        """The database's store schema (None for a new file); StoreError when it is not ours or
        is one this newsevents can neither read nor migrate."""
        try:
            found = self.con.execute("SELECT value FROM meta WHERE key = 'store_schema'").fetchone()
        except duckdb.Error:
            found = None
        if found is None:
            # No newsevents marker: a new, empty file is ours to fill; anything else belongs to
            # another application, and newsevents tables must not appear among its own.
            others = [row[0] for row in self.con.execute(
                "SELECT table_name FROM information_schema.tables ORDER BY 1 LIMIT 4").fetchall()]
            if self.read_only or others:
                listed = f" (it has {', '.join(others[:3])}{', ...' if len(others) > 3 else ''})" if others else ""
                raise StoreError(f"database {self.path} is not a newsevents database{listed}; choose another --db")
            return None
        if found[0] != STORE_SCHEMA and found[0] not in MIGRATIONS:
            raise StoreError(
                f"database {self.path} has store schema {found[0]}; this newsevents writes {STORE_SCHEMA}"
            )
        return str(found[0])

    # -- writing -----------------------------------------------------------------------------

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already in the database."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return {row[0] for row in rows}

    def stored_texts(self, ids: Iterable[str]) -> dict[str, str]:
        """The stored text of each of these article ids that is in the database."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        rows = self.con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return dict(rows)

    def begin_run(self, pipeline_info: dict[str, Any]) -> int:
        """Register an ingest run with the pipeline and model versions that produce its records."""
        run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, newsevents_version, spacy_model, spacy_version, pipeline) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, _now(), pipeline_info.get("version"), pipeline_info.get("spacy_model"),
             pipeline_info.get("spacy"), json.dumps(pipeline_info)],
        )
        return int(run_id)

    def add(
        self,
        records: Iterable[Record] | RowBatch,
        replace: bool = False,
        origins: dict[str, str] | None = None,
        run_id: int | None = None,
        run_counts: dict[str, int] | None = None,
        _fail_after_table: str | None = None,
    ) -> AddResult:
        """Store a batch of records, or their rows made beforehand (``RowBatch.of``: what a Dask
        worker sends), in one transaction.

        An article already stored is skipped, or replaced with ``replace=True``; never
        duplicated. ``run_counts`` (skipped, errors, already_stored) are added to the run's row in the same
        transaction, so the run log never disagrees with the tables. ``_fail_after_table``
        raises after writing that table: it exists for tests of the rollback.
        """
        batch = records if isinstance(records, RowBatch) else RowBatch.of(records)
        result = AddResult()
        now = _now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            existing = self.stored_ids(batch.ids)
            from newsevents.store import merged

            orphans = None
            if existing and replace:
                orphans = merged.forget(self.con, sorted(existing))
                self._delete(sorted(existing))
                result.replaced = len(existing)
            elif existing:
                result.already_stored = len(existing)
                batch = batch.without(existing)
            result.added = len(batch) - result.replaced
            for table in TABLES:
                self._insert(table, batch.stamped(table, origins, run_id, now))
                if table == _fail_after_table:
                    raise RuntimeError(f"injected failure after writing {table}")
            merged.update(self.con, batch.merge, orphans)
            if run_id is not None:
                counts = run_counts or {}
                self.con.execute(
                    "UPDATE runs SET added = added + ?, replaced = replaced + ?, already_stored = already_stored + ?, "
                    "skipped = skipped + ?, errors = errors + ?, finished_at = ? WHERE run_id = ?",
                    [result.added, result.replaced, result.already_stored + counts.get("already_stored", 0),
                     counts.get("skipped", 0), counts.get("errors", 0), _now(), run_id],
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return result

    def finish_run(self, run_id: int, summary: IngestSummary) -> None:
        """Write a run's final counts (the summary's, exactly) and its end time, in one statement."""
        self.con.execute(
            "UPDATE runs SET added = ?, replaced = ?, already_stored = ?, skipped = ?, errors = ?, "
            "finished_at = ? WHERE run_id = ?",
            [summary.added, summary.replaced, summary.already_stored, summary.skipped, summary.errors,
             _now(), run_id],
        )

    def _insert(self, table: str, batch: pa.Table) -> None:
        if not batch.num_rows:
            return
        self.con.register("_newsevents_batch", batch)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _newsevents_batch")
        finally:
            self.con.unregister("_newsevents_batch")

    def _delete(self, article_ids: list[str]) -> None:
        for table in ARTICLE_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [article_ids])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [article_ids])

    # -- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def record(self, article_id: str) -> Record | None:
        row = self.con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchone()
        return Record.model_validate_json(row[0]) if row else None

    def runs(self) -> list[dict[str, Any]]:
        cursor = self.con.execute("SELECT * FROM runs ORDER BY run_id")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# -- the ingest loop ---------------------------------------------------------------------------


@dataclass
class IngestSummary:
    """What one ingest run did; ``problems`` lists every input that gave no stored article."""

    added: int = 0
    replaced: int = 0
    already_stored: int = 0
    skipped: int = 0
    errors: int = 0
    stage_failures: int = 0  # stored articles that a stage failed on (logged; see Pipeline.failures)
    problems: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    run_id: int | None = None

    @property
    def processed(self) -> int:
        return self.added + self.replaced

    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def status_line(self) -> str:
        return (
            f"{self.processed} stored, {self.already_stored} already stored, {self.skipped} skipped, "
            f"{self.errors} errors, {self.rate():.1f} articles/s"
        )


def _batches(items: Iterable[Item], size: int, summary: IngestSummary, store: Store, replace: bool,
             on_progress: Callable[[IngestSummary], None] | None) -> Iterator[list[tuple[str, Any]]]:
    """Good articles in lists of ``size``; problems and already-stored articles are counted here,
    before any extraction, which is what makes a rerun resume cheaply.

    An id is the article's identity: the same id with the same text is the same article (stored
    once), but an id reused for a different text is reported, never silently dropped.
    """
    seen: dict[str, tuple[str, str]] = {}
    pending: list[tuple[str, Any]] = []

    def problem(origin: str, reason: str) -> None:
        summary.skipped += 1
        summary.problems.append((origin, reason))
        if on_progress:
            on_progress(summary)

    def flush() -> list[tuple[str, Any]]:
        if replace:
            return list(pending)
        known = store.stored_texts(a.id for _, a in pending)
        fresh = []
        for origin, article in pending:
            if article.id not in known:
                fresh.append((origin, article))
            elif known[article.id] == article.text:
                summary.already_stored += 1
            else:
                problem(origin, f"article id {article.id!r} is already stored for a different text "
                                "(give this article its own id, or --replace to overwrite)")
        return fresh

    for item in items:
        if not item.ok:
            problem(item.origin, item.problem or "no article")
            continue
        article = item.article
        if article.id in seen:
            first_origin, first_text = seen[article.id]
            if first_text == article.text:
                summary.already_stored += 1
            else:
                problem(item.origin, f"article id {article.id!r} is already used by {first_origin} "
                                     "for a different text (give each article its own id)")
            continue
        seen[article.id] = (item.origin, article.text)
        pending.append((item.origin, article))
        if len(pending) >= size:
            fresh = flush()
            pending = []
            if fresh:
                yield fresh
    if pending:
        fresh = flush()
        if fresh:
            yield fresh


def _extract_batch(pipeline: Pipeline, batch: list[tuple[str, Any]],
                   summary: IngestSummary) -> tuple[list[Record], int]:
    """Records for a batch; if the batch fails, article by article, so one bad article costs only itself."""
    try:
        return list(pipeline.process(article for _, article in batch)), 0
    except Exception:  # noqa: BLE001 - isolate the culprit below
        pass
    records, errors = [], 0
    for origin, article in batch:
        try:
            records.extend(pipeline.process([article]))
        except Exception as exc:  # noqa: BLE001 - one article's failure is reported, not fatal
            errors += 1
            summary.problems.append((origin, f"extraction failed: {type(exc).__name__}: {_first_line(exc)}"))
    return records, errors


def ingest(
    store: Store,
    items: Iterable[Item],
    pipeline: Pipeline,
    batch_size: int = 64,
    replace: bool = False,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Extract and store every article of ``items``; one transaction per batch.

    Bad inputs and failing articles are counted and listed in the summary, never raised. The
    store's write connection is released while a batch is extracted, so queries can read the
    last committed batch during a long ingest.
    """
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}")
    summary = IngestSummary()
    started = time.perf_counter()
    summary.run_id = store.begin_run(pipeline.info)
    failures_before = getattr(pipeline, "failure_count", 0)
    counted = IngestSummary()  # what the run's row already says
    for batch in _batches(items, batch_size, summary, store, replace, on_progress):
        store.release()
        records, errors = _extract_batch(pipeline, batch, summary)
        summary.errors += errors
        summary.stage_failures = getattr(pipeline, "failure_count", 0) - failures_before
        origins = {article.id: origin for origin, article in batch}
        result = store.add(
            records, replace=replace, origins=origins, run_id=summary.run_id,
            run_counts={"skipped": summary.skipped - counted.skipped, "errors": errors,
                        "already_stored": summary.already_stored - counted.already_stored},
        )
        summary.added += result.added
        summary.replaced += result.replaced
        summary.already_stored += result.already_stored
        counted.skipped, counted.already_stored = summary.skipped, summary.already_stored
        summary.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(summary)
    summary.seconds = time.perf_counter() - started
    store.finish_run(summary.run_id, summary)
    store.release()
    return summary


def summary_text(summary: IngestSummary, db: str | Path, max_listed: int = 20) -> str:
    """The end-of-run report: counts, the problems grouped by reason, and the first few inputs."""
    lines = [f"ingested into {db}: {summary.status_line()} in {summary.seconds:.1f} s (run {summary.run_id})"]
    if summary.stage_failures:
        lines.append(f"stage failures: {summary.stage_failures} (stored without that stage's results; logged above)")
    if summary.problems:
        reasons: dict[str, int] = {}
        for _, problem in summary.problems:
            reason = problem.split(" (", 1)[0] if problem.startswith("skipped WARC record") else problem
            reasons[reason] = reasons.get(reason, 0) + 1
        lines.append("problems by reason:")
        lines += [f"  {count:6d}  {reason}" for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1])]
        shown = summary.problems if max_listed < 0 else summary.problems[:max_listed]
        lines.append("inputs with problems:" if len(shown) == len(summary.problems)
                     else f"inputs with problems (first {len(shown)} of {len(summary.problems)}; --list-problems -1 for all):")
        lines += [f"  {origin}: {problem}" for origin, problem in shown]
    return "\n".join(lines)
