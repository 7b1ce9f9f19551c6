"""Store locking benchmark: what letting readers in between batches costs the ingest, and how
long a reader waits during an ingest.

    .venv/bin/python benchmarks/store_locking.py [-n 1024] [--batch-size 32] [--extract-s 1.0]

No model: records are empty (the store's cost per batch is what is measured).
(1) ``ingest`` of N synthetic articles with the write connection released before each batch's
extraction (the default) and held for the whole run (``Store.release`` disabled), each in a
fresh process, three times each. (2) A writer process ingesting with a simulated extraction
time per batch (``--extract-s``), while this process opens the store read-only and counts the
articles as fast as it can: reader latency (median, max) and reads refused. Run by hand.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_WRITER = r"""
import sys, time
from newsevents.ingest.base import Item
from newsevents.pipeline import make_article
from newsevents.record import Record
from newsevents.store import Store, ingest

db, n, batch, extract_s, hold = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5] == "hold"

class Records:
    info = {"version": "benchmark"}
    def process(self, articles):
        articles = list(articles)
        time.sleep(extract_s)
        for article in articles:
            yield Record(article=article, pipeline=self.info)

if hold:
    Store.release = lambda self: None
items = [Item(f"a{k}", article=make_article(f"Workers at plant {k} went on strike over pay, union leaders said. " * 20))
         for k in range(n)]
started = time.perf_counter()
with Store(db) as store:
    ingest(store, items, Records(), batch_size=batch)
    if hold and store._con is not None:
        store._con.close()
print(time.perf_counter() - started)
"""


def _writer(db: Path, n: int, batch: int, extract_s: float, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(n), str(batch), str(extract_s), mode],
                            stdout=subprocess.PIPE, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1024)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--extract-s", type=float, default=1.0, help="simulated extraction time per batch")
    args = parser.parse_args(argv)
    batches = -(-args.n // args.batch_size)

    with tempfile.TemporaryDirectory() as tmp:
        times: dict[str, list[float]] = {"release": [], "hold": []}
        for run in range(3):
            for mode in times:
                db = Path(tmp) / f"{mode}{run}.duckdb"
                writer = _writer(db, args.n, args.batch_size, 0.0, mode)
                out, _ = writer.communicate()
                times[mode].append(float(out.strip()))
        for mode, values in times.items():
            print(f"store time, connection {mode:7s}: median {statistics.median(values):.2f} s for {batches} batches "
                  f"({statistics.median(values) / batches * 1000:.0f} ms a batch)")

        from newsevents.store import StoreBusy, open_readonly

        db = Path(tmp) / "readers.duckdb"
        writer = _writer(db, args.n, args.batch_size, args.extract_s, "release")
        latencies, refused = [], 0
        while writer.poll() is None:
            if not db.exists():
                time.sleep(0.05)
                continue
            started = time.perf_counter()
            try:
                with open_readonly(db, lock_wait_s=10.0) as reader:
                    reader.select("SELECT count(*) FROM articles")
                latencies.append(time.perf_counter() - started)
            except StoreBusy:
                refused += 1
            time.sleep(0.02)
        writer.communicate()
        if latencies:
            print(f"reader during ingest: {len(latencies)} reads, median {statistics.median(latencies) * 1000:.0f} ms, "
                  f"max {max(latencies) * 1000:.0f} ms, {refused} refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
