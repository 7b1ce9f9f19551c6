"""Merge benchmark: merging the events of a corpus, of 100,000 synthetic events, and one update.

    .venv/bin/python benchmarks/merge.py [-n 2225] [--records FILE.jsonl] [--synthetic 100000]

1. Records: read from ``--records`` (``newsevents extract --format jsonl`` output), or extracted
   here from N BBC 2004 files (the corpus has no dates: file i is dated day i mod 366 of 2004, so
   the events spread over a year as a year of news would). Then ``merge.merge`` over them:
   fingerprints, near-duplicates and clustering, timed, with peak Python memory (tracemalloc).
2. Synthetic: the real article events replicated, each copy a different event of the same shape
   (dates shifted a day per copy through a year, places a degree north, names of its own), up to
   ``--synthetic`` items; ``merge.cluster`` timed.
3. Incremental: the records stored in a new database (``Store.add`` in batches of 64), then one
   more article added, timed (the update of its merged events included).
Run by hand; not a test. Extraction is not part of the merge figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"


def bbc_records(folder: Path, n: int) -> list:
    from newsevents import ingest as readers
    from newsevents.pipeline import Pipeline

    files = sorted(folder.glob("*.txt"))[:n]
    articles = []
    for index, item in enumerate(readers.iter_items([str(p) for p in files], meta={"source": "BBC"})):
        if item.ok:
            day = dt.date(2004, 1, 1) + dt.timedelta(days=index % 366)
            articles.append(item.article.model_copy(update={"published": day.isoformat()}))
    return list(Pipeline(batch_size=32).process(articles))


def synthetic(items: list, total: int) -> list:
    """Copies of real article events, each copy another event of the same shape: a day later
    (cycling through a year), its place one degree further north, its names its own."""
    out, copy = [], 0
    while len(out) < total:
        shift = dt.timedelta(days=copy % 366)
        for item in items:
            if len(out) >= total:
                break
            place = item.place
            if place is not None and place[5] is not None:
                place = (None if place[0] is None else place[0] * 1000 + copy, place[1], place[2], place[3],
                         place[4], min(89.0, place[5] + copy % 90), place[6])
            out.append(dataclasses.replace(
                item, article=f"{item.article}-{copy}", first=_moved(item.first, shift),
                last=_moved(item.last, shift), place=place,
                names=frozenset(f"{n}-{copy}" for n in item.names),
                focus=frozenset(f"{n}-{copy}" for n in item.focus)))
        copy += 1
    return out


def _moved(day: str | None, shift: dt.timedelta) -> str | None:
    return (dt.date.fromisoformat(day) + shift).isoformat() if day else None


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, func, *args, trace: bool = True):  # noqa: ANN001, ANN202 - a bench helper
    """Run and report time and memory: peak Python allocations (tracemalloc, which slows Python
    down, so the time is then taken in a second, untraced run) or, with ``trace=False``, the
    growth of the process's peak resident memory."""
    if trace:
        tracemalloc.start()
        func(*args)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        memory = f"peak Python memory {peak / 2**20:.0f} MiB"
    rss = _rss_mib()
    started = time.perf_counter()
    result = func(*args)
    seconds = time.perf_counter() - started
    if not trace:
        memory = f"peak resident memory +{_rss_mib() - rss:.0f} MiB (to {_rss_mib():.0f} MiB)"
    print(f"{label}: {seconds:.2f} s, {memory}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2225, help="BBC articles to extract (default: all)")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--records", type=Path, help="read records (JSON Lines) instead of extracting")
    parser.add_argument("--save", type=Path, help="write the extracted records here (JSON Lines) for --records")
    parser.add_argument("--synthetic", type=int, default=100_000)
    args = parser.parse_args(argv)

    from newsevents.merge import article_events, cluster, merge
    from newsevents.record import Record
    from newsevents.store import Store

    if args.records:
        lines = args.records.read_text(encoding="utf-8").splitlines()
        records = [Record.model_validate(json.loads(line).get("record", json.loads(line))) for line in lines]
    else:
        started = time.perf_counter()
        records = bbc_records(args.dir, args.n)
        print(f"extracted {len(records)} articles in {time.perf_counter() - started:.0f} s (not part of the merge)")
        if args.save:
            args.save.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    n_events = sum(len(r.events) for r in records)
    result = timed(f"merge of {len(records)} articles, {n_events} article events", merge, records)
    multi = [e for e in result.events if e["n_articles"] > 1]
    print(f"  {len(result.events)} merged events, {len(multi)} of 2+ articles, {len(result.copies)} near-duplicates")

    items = [i for r in records for i in article_events(r)]
    many = synthetic(items, args.synthetic)
    groups = timed(f"cluster of {len(many)} synthetic article events", cluster, many, trace=False)
    print(f"  {len(groups)} merged events")

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        started = time.perf_counter()
        for start in range(0, len(records) - 1, 64):
            store.add(records[start:min(start + 64, len(records) - 1)])
        print(f"store of {len(records) - 1} articles with merged events: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        store.add(records[-1:])
        print(f"incremental: one more article stored and merged in {time.perf_counter() - started:.3f} s")
    print(f"max resident memory of the process: {_rss_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
