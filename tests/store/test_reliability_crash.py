"""A real ingest process (issue 12): readers query while it runs, then it is killed with
SIGKILL in the middle, and a second run resumes it: no lost, duplicated or orphaned rows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from newsevents.cli import main
from newsevents.ingest import iter_items
from newsevents.pipeline import Pipeline
from newsevents.store import Store, StoreBusy, ingest, open_readonly
from newsevents.store.schema import ARTICLE_TABLES

PLACES = ["Lyon", "Porto", "Gdansk", "Tartu", "Split", "Malaga", "Ghent", "Turku", "Brno", "Cork", "Bari", "Graz"]
# Enough articles that the ingest is still running when the readers have seen it progress: with
# twelve, a fast machine (or a faster pipeline) finished the whole inbox before the kill.
ARTICLES = 48


def _article(n: int, place: str) -> str:
    return (
        f"Dock workers in {place} went on strike on Monday over unpaid wages, union leaders said. "
        f"The port authority said {n + 3} ships were waiting outside the harbour.\n\n"
        f"Police arrested {n + 2} protesters near the main gate on Tuesday, and the mayor of {place} "
        "called for talks between the union and the shipping companies."
    )


def _stored(db: Path) -> int | None:
    """Articles a reader sees now, or None if the writer kept the file locked too long."""
    try:
        with open_readonly(db, lock_wait_s=2.0) as reader:
            return reader.select("SELECT count(*) FROM articles")[1][0][0]
    except StoreBusy:
        return None


def _integrity(db: Path) -> tuple[int, int]:
    """(articles, distinct ids); fails on any row that belongs to no stored article."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        total, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        for table in ARTICLE_TABLES:
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, f"{orphans} orphan rows in {table}"
        return total, distinct
    finally:
        con.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_readers_during_ingest_then_kill_and_resume(tmp_path: Path, pipeline: Pipeline,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(ARTICLES):
        place = PLACES[n % len(PLACES)]
        (inbox / f"{n:02d}.txt").write_text(_article(n, place), encoding="utf-8")
    db = tmp_path / "news.duckdb"
    writer = subprocess.Popen(
        [sys.executable, "-m", "newsevents.cli", "ingest", str(inbox), "--db", str(db), "--batch-size", "1",
         "--no-progress", "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    seen: list[int] = []
    cli_answers = 0
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and writer.poll() is None:
            count = _stored(db) if db.exists() else None
            if count is not None and writer.poll() is None:
                seen.append(count)
                if count >= 2 and main(["query", "--db", str(db), "--sql", "SELECT count(*) FROM articles"]) == 0:
                    cli_answers += 1
            if len([c for c in seen if c >= 2]) >= 2 and cli_answers:
                break
            time.sleep(0.05)
        assert writer.poll() is None, f"the ingest ended before it could be killed: {writer.stderr.read()}"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait(timeout=30)
        writer.stderr.close()
    capsys.readouterr()
    # 18: readers were answered while the ingest ran, and saw it progress.
    assert cli_answers >= 1 and max(seen) >= 2 and max(seen) < ARTICLES, seen
    assert seen == sorted(seen)

    # The killed run left a database that opens, with whole articles only.
    stored, distinct = _integrity(db)
    assert stored == distinct and max(seen) <= stored < ARTICLES

    # Resuming stores the rest, extracting only what is missing.
    with Store(db) as store:
        summary = ingest(store, iter_items([str(inbox)]), pipeline, batch_size=4)
        runs = store.runs()
    assert (summary.added, summary.already_stored, summary.skipped) == (ARTICLES - stored, stored, 0)
    assert _integrity(db) == (ARTICLES, ARTICLES)
    assert len(runs) == 2 and runs[1]["finished_at"] is not None and runs[1]["added"] == ARTICLES - stored
