"""The server's only way into the database: a read-only, sandboxed DuckDB connection whose
every query runs under a time limit and returns at most a capped number of rows.

(The store is growing a shared ``open_readonly``; until it lands this small opener does the
same job here: read-only, no access to any file but the database, no extension loading.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from newsevents.store import StoreBusy, StoreError


class QueryTimeout(StoreError):
    """A query ran past its time limit and was interrupted."""


# Nothing outside the database file can be read or written, and no extension can be fetched
# or loaded; lock_configuration stops any later SET from undoing that.
_SANDBOX = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def open_readonly(path: str | Path) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not path.exists():
        raise StoreError(f"database {path} does not exist (create it with: newsevents ingest --db {path} ...)")
    try:
        return duckdb.connect(str(path), read_only=True, config=dict(_SANDBOX))
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreBusy(f"database {path} is in use by another process") from None
        raise StoreError(f"database {path} cannot be opened: {_first_line(exc)}") from None
    except duckdb.Error as exc:
        raise StoreError(f"database {path} cannot be opened: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Reader:
    """One read-only connection shared by the server's worker threads; each query gets its own
    cursor, and a timer interrupts it when it outlives ``timeout_s``."""

    def __init__(self, path: str | Path, timeout_s: float = 5.0, max_rows: int = 10_000) -> None:
        self.path = Path(path)
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.con = open_readonly(self.path)
        self.columns = {
            table: {name for (name,) in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall()}
            for table in ("events_flat", "events", "merged_events")
        }

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
