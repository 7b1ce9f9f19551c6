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

from newsevents.ingest.base import InputError
from newsevents.record import Record
from newsevents.store.schema import ARTICLE_TABLES, STORE_SCHEMA, TABLES, arrow_schema, ddl, record_rows

if TYPE_CHECKING:
    from newsevents.ingest.base import Item
    from newsevents.pipeline import Pipeline

DEFAULT_DB = "newsevents.duckdb"

__all__ = ["DEFAULT_DB", "AddResult", "IngestSummary", "Store", "StoreBusy", "StoreError", "ingest", "open_db"]


class StoreError(InputError):
    """The database cannot be used as asked: one line to print (the CLI prints InputErrors so)."""


class StoreBusy(StoreError):
    """Another process holds the database's write lock."""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_db(path: str | Path, read_only: bool = False, sandboxed: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, with lock and format problems turned into one-line StoreErrors.

    ``sandboxed`` forbids the connection any file access beyond the database itself (for
    user-written SQL: no COPY TO, no read_csv of arbitrary files).
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"database {path} does not exist (create it with: newsevents ingest --db {path} ...)")
    config = {"enable_external_access": False} if sandboxed else {}
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreBusy(f"database {path} is in use by another process") from None
        raise StoreError(f"database {path} cannot be opened: {_first_line(exc)}") from None
    except duckdb.Error as exc:
        raise StoreError(f"database {path} cannot be opened: {_first_line(exc)}") from None


@dataclass
class AddResult:
    added: int = 0
    replaced: int = 0
    already_stored: int = 0


class Store:
    """A newsevents database; open it once, add records in batches, close it."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.con = open_db(self.path, read_only=read_only)
        try:
            if read_only:
                self._check_schema()
            else:
                self._create()
        except BaseException:
            self.con.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create(self) -> None:
        self._check_schema()
        # One transaction: one sync to disk instead of one per statement.
        self.con.execute("BEGIN TRANSACTION")
        try:
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

    def _check_schema(self) -> None:
        try:
            found = self.con.execute("SELECT value FROM meta WHERE key = 'store_schema'").fetchone()
        except duckdb.CatalogException:
            if self.read_only:
                raise StoreError(f"database {self.path} is not a newsevents database (no meta table)") from None
            return
        if found and found[0] != STORE_SCHEMA:
            raise StoreError(
                f"database {self.path} has store schema {found[0]}; this newsevents writes {STORE_SCHEMA}"
            )

    # -- writing -----------------------------------------------------------------------------

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already in the database."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return {row[0] for row in rows}

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
        records: Iterable[Record],
        replace: bool = False,
        origins: dict[str, str] | None = None,
        run_id: int | None = None,
        run_counts: dict[str, int] | None = None,
        _fail_after_table: str | None = None,
    ) -> AddResult:
        """Store a batch of records in one transaction.

        An article already stored is skipped, or replaced with ``replace=True``; never
        duplicated. ``run_counts`` (skipped, errors) are added to the run's row in the same
        transaction, so the run log never disagrees with the tables. ``_fail_after_table``
        raises after writing that table: it exists for tests of the rollback.
        """
        batch: dict[str, Record] = {}
        for record in records:
            batch.setdefault(record.article.id, record)
        result = AddResult()
        now = _now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            existing = self.stored_ids(batch)
            from newsevents.store import merged

            orphans = []
            if existing and replace:
                orphans = merged.forget(self.con, sorted(existing))
                self._delete(sorted(existing))
                result.replaced = len(existing)
            elif existing:
                result.already_stored = len(existing)
                batch = {aid: rec for aid, rec in batch.items() if aid not in existing}
            result.added = len(batch) - result.replaced
            columns: dict[str, dict[str, list[Any]]] = {t: {c: [] for c, _ in TABLES[t]} for t in TABLES}
            for aid, record in batch.items():
                origin = (origins or {}).get(aid)
                for table, rows in record_rows(record, origin, run_id, now).items():
                    for row in rows:
                        for name, values in columns[table].items():
                            values.append(row.get(name))
            for table in TABLES:
                self._insert(table, columns[table])
                if table == _fail_after_table:
                    raise RuntimeError(f"injected failure after writing {table}")
            merged.update(self.con, list(batch.values()), orphans)
            if run_id is not None:
                counts = run_counts or {}
                self.con.execute(
                    "UPDATE runs SET added = added + ?, replaced = replaced + ?, already_stored = already_stored + ?, "
                    "skipped = skipped + ?, errors = errors + ?, finished_at = ? WHERE run_id = ?",
                    [result.added, result.replaced, result.already_stored,
                     counts.get("skipped", 0), counts.get("errors", 0), _now(), run_id],
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return result

    def _insert(self, table: str, columns: dict[str, list[Any]]) -> None:
        if not next(iter(columns.values())):
            return
        batch = pa.table(columns, schema=arrow_schema(table))
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
    before any extraction, which is what makes a rerun resume cheaply."""
    seen: set[str] = set()
    pending: list[tuple[str, Any]] = []

    def flush() -> list[tuple[str, Any]]:
        known = set() if replace else store.stored_ids(a.id for _, a in pending)
        summary.already_stored += len(known)
        return [(origin, article) for origin, article in pending if article.id not in known]

    for item in items:
        if not item.ok:
            summary.skipped += 1
            summary.problems.append((item.origin, item.problem or "no article"))
            if on_progress:
                on_progress(summary)
            continue
        if item.article.id in seen:
            summary.already_stored += 1
            continue
        seen.add(item.article.id)
        pending.append((item.origin, item.article))
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

    Bad inputs and failing articles are counted and listed in the summary, never raised.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    summary.run_id = store.begin_run(pipeline.info)
    skipped_before = 0
    failures_before = getattr(pipeline, "failure_count", 0)
    for batch in _batches(items, batch_size, summary, store, replace, on_progress):
        records, errors = _extract_batch(pipeline, batch, summary)
        summary.errors += errors
        summary.stage_failures = getattr(pipeline, "failure_count", 0) - failures_before
        origins = {article.id: origin for origin, article in batch}
        result = store.add(
            records, replace=replace, origins=origins, run_id=summary.run_id,
            run_counts={"skipped": summary.skipped - skipped_before, "errors": errors},
        )
        skipped_before = summary.skipped
        summary.added += result.added
        summary.replaced += result.replaced
        summary.already_stored += result.already_stored
        summary.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(summary)
    if summary.skipped > skipped_before:
        store.add([], run_id=summary.run_id, run_counts={"skipped": summary.skipped - skipped_before})
    summary.seconds = time.perf_counter() - started
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
