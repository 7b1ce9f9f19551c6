"""A database held open by another process, for the tests of the one-clear-line lock message."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# opens the database (DuckDB's file lock), says so, and keeps it open until its stdin closes
HOLDER = "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()"


@contextmanager
def held_by_another_process(db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While inside, ``db`` is locked by a second process; the store's lock waits are cut to half a
    second so that the test does not wait the production timeouts."""
    monkeypatch.setattr("newsevents.store.connection.WRITER_LOCK_WAIT_S", 0.5)
    monkeypatch.setattr("newsevents.store.connection.READER_LOCK_WAIT_S", 0.5)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
