"""The server's only way into the database: a read-only, sandboxed DuckDB connection whose
every query runs under a time limit and returns at most a capped number of rows.

The store is attached read-only to an in-memory database, where the server keeps its own
table of events prepared for fast filtering (see ``queries.prepare``); after that the
connection is locked down: no access to any other file, no extension loading, no SET.
(The store is growing a shared ``open_readonly``; the server needs its in-memory catalog
beside the store, so it keeps this opener, which gives the same guarantees.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from newsevents.store import StoreBusy, StoreError


class QueryTimeout(StoreError):
    """A query ran past its time limit and was interrupted."""


# No extension is fetched or loaded; once the store is attached, no other file can be read or
# written (enable_external_access) and no later SET can undo that (lock_configuration).
_NO_EXTENSIONS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
_LOCK_DOWN = ("SET enable_external_access = false", "SET lock_configuration = true")


def open_readonly(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A connection whose own (in-memory) catalog holds the server's cache and views of every
    table of the store, which is attached read-only; then sandboxed, so nothing can change the
    store nor touch any other file."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"database {path} does not exist (create it with: newsevents ingest --db {path} ...)")
    con = duckdb.connect(":memory:", config=dict(_NO_EXTENSIONS))
    try:
        literal = str(path).replace("'", "''")
        con.execute(f"ATTACH '{literal}' AS store (READ_ONLY)")
        names = con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'store' AND table_schema = 'main'"
        ).fetchall()
        for (name,) in names:
            quoted = '"' + name.replace('"', '""') + '"'
            con.execute(f"CREATE VIEW {quoted} AS SELECT * FROM store.main.{quoted}")
        for statement in _LOCK_DOWN:
            con.execute(statement)
    except duckdb.IOException as exc:
        con.close()
        if "lock" in str(exc).lower():
            raise StoreBusy(f"database {path} is in use by another process") from None
        raise StoreError(f"database {path} cannot be opened: {_first_line(exc)}") from None
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"database {path} cannot be opened: {_first_line(exc)}") from None
    return con


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Reader:
    """One read-only connection shared by the server's worker threads; each query gets its own
    cursor, and a timer interrupts it when it outlives ``timeout_s``.

    ``prepare`` (a function of the connection) runs once before anything is served: the server
    uses it to build its in-memory event table.
    """

    def __init__(self, path: str | Path, timeout_s: float = 5.0, max_rows: int = 10_000,
                 prepare: Callable[[duckdb.DuckDBPyConnection], None] | None = None) -> None:
        self.path = Path(path)
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.con = open_readonly(self.path)
        try:
            self.columns = {
                table: [name for (name,) in self.con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_catalog = 'store' "
                    "AND table_name = ? ORDER BY ordinal_position", [table]
                ).fetchall()]
                for table in ("events_flat", "events", "merged_events")
            }
            if prepare is not None:
                prepare(self.con)
        except BaseException:
            self.con.close()
            raise

    def close(self) -> None:
        self.con.close()

    def has_table(self, name: str) -> bool:
        return bool(self.columns.get(name))

    @contextmanager
    def cursor(self, timeout_s: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor that is interrupted after ``timeout_s`` (the reader's limit by default)."""
        limit = self.timeout_s if timeout_s is None else timeout_s
        cur = self.con.cursor()
        fired = threading.Event()

        def stop() -> None:
            fired.set()
            cur.interrupt()

        timer = threading.Timer(limit, stop)
        timer.daemon = True
        timer.start()
        try:
            yield cur
        except duckdb.InterruptException:
            if fired.is_set():
                raise QueryTimeout(f"the query took longer than {limit:g} s and was stopped") from None
            raise
        finally:
            timer.cancel()
            cur.close()

    def fetch(self, sql: str, params: Sequence[Any] = (), max_rows: int | None = None) -> tuple[list[str], list[tuple]]:
        """Columns and at most ``max_rows`` rows (the reader's cap by default) of one query."""
        cap = self.max_rows if max_rows is None else min(max_rows, self.max_rows)
        with self.cursor() as cur:
            result = cur.execute(sql, list(params))
            return [d[0] for d in result.description], result.fetchmany(cap)
