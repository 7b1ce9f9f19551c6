"""Connections to the store: the writer's, and the sandboxed read-only one for user SQL.

DuckDB lets one process write a database file, or any number of processes read it, never both
at once. An ingest therefore opens its write connection only to look up ids and to commit a
batch, and closes it while the (much longer) extraction runs; a reader that finds the file
locked retries for a few seconds. Both sides wait for each other instead of failing at once.

The read-only connection (``open_readonly``) is what every query, export and server request
uses. Read-only is not enough on its own: DuckDB's file sandbox still lets ``COPY ... TO``
write the database's own file and WAL, and ``CALL enable_logging(...)`` can abort the process.
So user SQL must also be one plain SELECT (``check_user_sql``), the configuration is locked
(no ``SET memory_limit``, no logging), and each statement runs under a time limit, a memory
limit and a row cap, each failing with one clear line.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from newsevents.ingest.base import InputError

# How long a writer or a reader waits for the other side's lock before giving up (seconds).
# The writer waits longer: a reader's statement is bounded by its time limit.
READER_LOCK_WAIT_S = 10.0
WRITER_LOCK_WAIT_S = 60.0
# Limits for one read-only statement (overridable per connection).
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MEMORY_LIMIT = "1GB"
DEFAULT_THREADS = 2
_RETRY_SLEEP_S = 0.1

# Statement types a user may run: reading only. Everything else (COPY, EXPORT, ATTACH, CALL,
# SET, PRAGMA, INSTALL/LOAD, CREATE, ...) is refused before DuckDB sees it. Not even EXPLAIN:
# EXPLAIN ANALYZE runs the statement it explains, and COPY TO the database's own file with it.
_ALLOWED_STATEMENTS = frozenset({"SELECT"})
_MEMORY_SIZE = re.compile(r"^\d+(\.\d+)?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)


class StoreError(InputError):
    """The database cannot be used as asked: one line to print (the CLI prints InputErrors so)."""


class StoreBusy(StoreError):
    """Another process holds the database's lock for longer than we are willing to wait."""


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _is_lock_error(exc: duckdb.Error) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def open_db(
    path: str | Path,
    read_only: bool = False,
    sandboxed: bool = False,
    lock_wait_s: float = 0.0,
    config: dict[str, Any] | None = None,
) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, with lock and format problems turned into one-line StoreErrors.

    ``sandboxed`` forbids the connection any file access beyond the database itself (no
    read_csv of arbitrary files). A lock held by another process is retried for
    ``lock_wait_s`` seconds before ``StoreBusy`` is raised.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"database {path} does not exist (create it with: newsevents ingest --db {path} ...)")
    settings = dict(config or {})
    if sandboxed:
        settings["enable_external_access"] = False
    deadline = time.monotonic() + max(0.0, lock_wait_s)
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=settings)
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise StoreError(f"database {path} cannot be opened: {first_line(exc)}") from None
            if time.monotonic() >= deadline:
                raise StoreBusy(f"database {path} is in use by another process") from None
        time.sleep(_RETRY_SLEEP_S)


def check_user_sql(sql: str) -> None:
    """Refuse anything but one SELECT (DESCRIBE, SUMMARIZE, FROM ... are SELECTs): the SQL a user
    may run on the store."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise StoreError(f"SQL failed: {first_line(exc)}") from None
    if len(statements) != 1:
        raise StoreError(f"SQL must be one statement, not {len(statements)} (queries are read-only)")
    kind = statements[0].type.name
    if kind not in _ALLOWED_STATEMENTS:
        raise StoreError(f"SQL {kind} statements are not allowed: queries are read-only (SELECT only)")


def _memory_text(limit: str) -> str:
    return limit.replace(" ", "")


class ReadOnlyStore:
    """A read-only, sandboxed connection to a store, with per-statement limits.

    Use ``open_readonly`` to make one. ``select`` runs SQL (user SQL is checked first) and
    returns ``(columns, rows)``; ``con`` is the raw DuckDB connection for library code that
    builds its own statements (it is read-only and configuration-locked as well).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, timeout_s: float | None,
                 max_rows: int | None, memory_limit: str) -> None:
        self.con = con
        self.path = path
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.memory_limit = memory_limit

    def __enter__(self) -> ReadOnlyStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def select(self, sql: str, params: Sequence[Any] | None = None, *, user_sql: bool = False,
               max_rows: int | None = -1, what: str = "query") -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one statement under the time limit and return its columns and rows (at most the row cap).

        ``max_rows=-1`` means the connection's cap; None means no cap (library exports).
        """
        if user_sql:
            check_user_sql(sql)
        cap = self.max_rows if max_rows == -1 else max_rows
        with self.time_limit(what):
            cursor = self.con.execute(sql, list(params or []))
            if cursor.description is None:
                return [], []
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall() if cap is None else cursor.fetchmany(cap + 1)
        if cap is not None and len(rows) > cap:
            raise StoreError(
                f"{what} answer has more than {cap:,} rows (the row limit): add LIMIT or narrower filters, "
                "or raise --max-rows"
            )
        return columns, rows

    def time_limit(self, what: str = "query") -> _TimeLimit:
        """A context in which DuckDB errors become one-line StoreErrors and the time limit applies."""
        return _TimeLimit(self, what)


class _TimeLimit:
    def __init__(self, reader: ReadOnlyStore, what: str) -> None:
        self.reader = reader
        self.what = what
        self.timer: threading.Timer | None = None

    def __enter__(self) -> None:
        if self.reader.timeout_s is not None:
            self.timer = threading.Timer(self.reader.timeout_s, self.reader.con.interrupt)
            self.timer.daemon = True
            self.timer.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if self.timer is not None:
            self.timer.cancel()
        if exc is None or not isinstance(exc, duckdb.Error):
            return False
        if isinstance(exc, duckdb.InterruptException):
            raise StoreError(
                f"{self.what} stopped after {self.reader.timeout_s:g} s (the time limit; raise it with --timeout)"
            ) from None
        if isinstance(exc, duckdb.OutOfMemoryException):
            raise StoreError(
                f"{self.what} needs more than {self.reader.memory_limit} of memory (the memory limit)"
            ) from None
        raise StoreError(f"{self.what} failed: {first_line(exc)}") from None


def open_readonly(
    path: str | Path,
    *,
    timeout_s: float | None = DEFAULT_TIMEOUT_S,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    memory_limit: str = DEFAULT_MEMORY_LIMIT,
    threads: int = DEFAULT_THREADS,
    lock_wait_s: float | None = None,
) -> ReadOnlyStore:
    """Open a store for reading only, safe for SQL written by anyone.

    - read-only, with file access limited to the database itself, extensions never loaded,
      and the configuration locked (``SET``, logging and the like fail);
    - ``timeout_s``: each statement is interrupted after this many seconds (None: no limit);
    - ``max_rows``: ``select`` refuses answers longer than this (None: no cap);
    - ``memory_limit`` (DuckDB size, e.g. ``"1GB"``) and ``threads`` bound what a query may use;
    - while an ingest commits a batch the file is locked: opening retries for ``lock_wait_s``
      seconds (default ``READER_LOCK_WAIT_S``), then raises ``StoreBusy``.

    Pass user SQL to ``select(sql, user_sql=True)``: it admits one SELECT statement only. A
    connection serves one thread at a time: a server opens one per request (opening is cheap)
    and closes it, which also lets an ingest commit between requests.
    """
    if timeout_s is not None and not (math.isfinite(timeout_s) and timeout_s > 0):
        raise StoreError(f"time limit must be a positive number of seconds, not {timeout_s}")
    if max_rows is not None and max_rows < 1:
        raise StoreError(f"row limit must be at least 1, not {max_rows}")
    wait = READER_LOCK_WAIT_S if lock_wait_s is None else lock_wait_s
    # Nothing spills to disk beside the database: a query that needs more memory fails. The
    # temp directory can only be cleared before external access is switched off, so the rest is
    # set statement by statement, in this order, ending with the lock.
    con = open_db(path, read_only=True, lock_wait_s=wait, config={"temp_directory": ""})
    memory = _memory_text(memory_limit)
    if not _MEMORY_SIZE.match(memory):
        con.close()
        raise StoreError(f"memory limit must be a size such as 512MB or 2GB, not {memory_limit!r}")
    settings = [
        f"SET memory_limit = '{memory}'", f"SET threads = {max(1, int(threads))}",
        "SET enable_progress_bar = false", "SET autoload_known_extensions = false",
        "SET autoinstall_known_extensions = false", "SET enable_external_access = false",
        "SET lock_configuration = true",
    ]
    try:
        for statement in settings:
            con.execute(statement)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"database {path}: {statement} failed: {first_line(exc)}") from None
    return ReadOnlyStore(con, Path(path), timeout_s, max_rows, memory_limit)
