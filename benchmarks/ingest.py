"""Store benchmark: what the DuckDB store costs on top of extraction, its size, and query latency.

    .venv/bin/python benchmarks/ingest.py [-n 500] [--dir DIR] [--db PATH] [--batch-size 32]

In one process and with one loaded model: (1) bare extraction of N articles
(``Pipeline.process``, records built and dropped), then (2) ``newsevents.store.ingest`` of the
same articles into a new database, with the time spent inside the store (id look-ups and
batch transactions) measured apart. Then the database size on disk, and the median latency
of a query by actor (``--actor GBR``; cold = first query in a new connection) over it.
Run by hand; not a test. ``benchmarks/throughput.py`` compares the modes in separate processes.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"


def sample_files(folder: Path, n: int) -> list[Path]:
    """N files spread evenly over the sorted corpus, so every section is represented."""
    files = sorted(folder.glob("*.txt"))
    if n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--db", type=Path, help="keep the database here (default: a temporary file)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--actor", default="GBR", help="actor for the timed query")
    args = parser.parse_args(argv)

    from newsevents import ingest as readers
    from newsevents.pipeline import Pipeline
    from newsevents.store import Store, ingest
    from newsevents.store.query import EventFilter, query_events

    files = sample_files(args.dir, args.n)
    meta = {"published": "2005-01-01", "source": "BBC"}
    articles = [i.article for i in readers.iter_items([str(p) for p in files], meta=meta) if i.ok]
    pipeline = Pipeline(batch_size=args.batch_size)
    sum(1 for _ in pipeline.process(articles[:10]))  # warm-up: first batches pay one-off costs

    started = time.perf_counter()
    bare = sum(1 for _ in pipeline.process(articles))
    bare_seconds = time.perf_counter() - started

    in_store = 0.0
    original_add, original_ids = Store.add, Store.stored_ids

    def timed(method):  # noqa: ANN001, ANN202 - a benchmark's own instrumentation
        def wrapper(*a, **k):  # noqa: ANN002, ANN003, ANN202
            nonlocal in_store
            t = time.perf_counter()
            try:
                return method(*a, **k)
            finally:
                in_store += time.perf_counter() - t
        return wrapper

    Store.add, Store.stored_ids = timed(original_add), timed(original_ids)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if db.exists():
            db.unlink()
        started = time.perf_counter()
        with Store(db) as store:
            summary = ingest(store, readers.iter_items([str(p) for p in files], meta=meta), pipeline,
                             batch_size=args.batch_size)
            counts = store.counts()
        store_seconds = time.perf_counter() - started
        Store.add, Store.stored_ids = original_add, original_ids
        size_mb = db.stat().st_size / 1e6
        wal = db.with_name(db.name + ".wal")
        size_mb += wal.stat().st_size / 1e6 if wal.exists() else 0.0

        latencies, found = [], 0
        for _ in range(7):
            t = time.perf_counter()
            _, rows = query_events(db, EventFilter(actor=args.actor))
            latencies.append(time.perf_counter() - t)
            found = len(rows)

    print(f"{len(files)} files from {args.dir}: {bare} articles")
    print(f"bare extraction : {bare / bare_seconds:6.2f} articles/s ({bare_seconds:.1f} s)")
    print(f"ingest to store : {summary.processed / store_seconds:6.2f} articles/s ({store_seconds:.1f} s, "
          f"{summary.skipped} skipped, {summary.errors} errors)")
    print(f"time inside the store: {in_store:.2f} s = {100 * in_store / store_seconds:.1f}% of the ingest; "
          f"wall-clock difference {100 * (store_seconds - bare_seconds) / bare_seconds:+.1f}% (noisy on shared CPUs)")
    print(f"database: {size_mb:.1f} MB on disk; rows: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    print(f"query --actor {args.actor}: {found} events; cold {1000 * latencies[0]:.0f} ms, "
          f"median {1000 * statistics.median(latencies):.0f} ms (open connection + query)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
