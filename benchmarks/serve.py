"""How fast the HTTP API answers on a store of a million events (issue 18).

Builds (once, kept at --db) a store of N events by replicating the rows of a real store: each
replica of an article gets a new id, its dates moved by up to two years and its places moved by
up to about 10 degrees, so filters, facets and map groups see many dates and locations. Replicas
keep the columns the API reads (articles without their text and record JSON, entities that
parties point to, places events point to); the original articles stay whole.

Then times each request in-process (FastAPI's test client: the app, JSON encoding and DuckDB,
no network) and prints the 50th and 95th percentile of the wall time per request, and the
median CPU time (all threads of the process: what a request costs, whatever else runs). Aims (the issue's): a filtered
/api/events page <= 150 ms and /api/facets <= 500 ms at the 95th percentile on 2 cores.

    python benchmarks/serve.py --source demo.duckdb [--events 1000000] [--db /tmp/bench-1m.duckdb] [--runs 20]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time
from pathlib import Path

import duckdb

from newsevents.store import Store

# Per replica k: a shift in days and in degrees (deterministic, spread, not random).
DAYS = "((k % 1461) - 730)"
DLAT = "(((k // 7) % 21) - 10) * 0.8"
DLON = "(((k // 3) % 41) - 20) * 1.5"
CASES = [
    ("events: event=ASSAULT", "/api/events", {"event": "ASSAULT"}),
    ("events: event=ACCUSE,REJECT + since/until", "/api/events",
     {"event": "ACCUSE,REJECT", "since": "2022-01-01", "until": "2022-12-31"}),
    ("events: actor=GBR (code or name)", "/api/events", {"actor": "GBR"}),
    ("events: country=UKR", "/api/events", {"country": "UKR"}),
    ("events: modality=future, limit 100", "/api/events", {"modality": "future", "limit": 100}),
    ("events: q=minister", "/api/events", {"q": "minister"}),
    ("events: no filter", "/api/events", {}),
    ("facets: event", "/api/facets", {"field": "event"}),
    ("facets: actor", "/api/facets", {"field": "actor"}),
    ("facets: country", "/api/facets", {"field": "country"}),
    ("facets: modality, event=ASSAULT", "/api/facets", {"field": "modality", "event": "ASSAULT"}),
    ("timeline: no filter", "/api/timeline", {}),
    ("map: no filter", "/api/map", {}),
    ("map: event=ACCUSE", "/api/map", {"event": "ACCUSE"}),
]


def build(source: Path, db: Path, target: int) -> None:
    src = duckdb.connect(str(source), read_only=True)
    n_events = src.execute("SELECT count(*) FROM events").fetchone()[0]
    src.close()
    if not n_events:
        raise SystemExit(f"{source} has no events to replicate")
    replicas = math.ceil(target / n_events)
    print(f"building {db}: {n_events} events of {source} x {replicas} replicas", flush=True)
    started = time.perf_counter()
    with Store(db):
        pass  # creates the tables and the events_flat view
    con = duckdb.connect(str(db))
    con.execute(f"ATTACH '{source}' AS src (READ_ONLY)")
    con.execute(f"CREATE TEMP TABLE reps AS SELECT range AS k FROM range({replicas})")
    rid = "CASE WHEN k = 0 THEN {col} ELSE {col} || '-' || k END"
    con.execute("BEGIN TRANSACTION")
    con.execute(f"""INSERT INTO articles SELECT a.* REPLACE (
        {rid.format(col='a.id')} AS id, a.published + CAST({DAYS} AS INTEGER) AS published,
        CASE WHEN k = 0 THEN a.text END AS text, CASE WHEN k = 0 THEN a.record END AS record)
        FROM src.articles a, reps""")
    con.execute(f"""INSERT INTO entities SELECT en.* REPLACE ({rid.format(col='en.article_id')} AS article_id)
        FROM src.entities en, reps
        WHERE k = 0 OR (en.article_id, en.id) IN (SELECT (article_id, entity_id) FROM src.event_parties)""")
    con.execute(f"""INSERT INTO places SELECT p.* REPLACE (
        {rid.format(col='p.article_id')} AS article_id,
        greatest(-85.0, least(85.0, p.lat + {DLAT})) AS lat,
        ((p.lon + {DLON} + 540) % 360) - 180 AS lon)
        FROM src.places p, reps
        WHERE k = 0 OR (p.article_id, p.id) IN (SELECT (article_id, place_id) FROM src.events)""")
    con.execute(f"""INSERT INTO events SELECT e.* REPLACE (
        {rid.format(col='e.article_id')} AS article_id,
        e.date_from + CAST({DAYS} AS INTEGER) AS date_from, e.date_to + CAST({DAYS} AS INTEGER) AS date_to,
        CASE WHEN e.date_precision = 'day' AND e.date_from IS NOT NULL
             THEN strftime(e.date_from + CAST({DAYS} AS INTEGER), '%Y-%m-%d') ELSE e.date_value END AS date_value)
        FROM src.events e, reps""")
    con.execute(f"""INSERT INTO event_parties SELECT ep.* REPLACE ({rid.format(col='ep.article_id')} AS article_id)
        FROM src.event_parties ep, reps""")
    con.execute("COMMIT")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "events", "event_parties", "places", "entities")}
    con.execute("CHECKPOINT")
    con.close()
    print(f"built in {time.perf_counter() - started:.0f} s: {counts}; {db.stat().st_size / 1e6:.0f} MB", flush=True)


def measure(db: Path, runs: int) -> list[tuple[str, float, float, int]]:
    from fastapi.testclient import TestClient

    from newsevents.server import create_app

    results = []
    started = time.perf_counter()
    app = create_app(db, timeout_s=30)
    print(f"server ready (events table prepared in memory) in {time.perf_counter() - started:.1f} s", flush=True)
    with TestClient(app) as client:
        for name, path, params in CASES:
            times, cpu = [], []
            for i in range(runs + 2):
                c0 = time.process_time()
                t0 = time.perf_counter()
                response = client.get(path, params=params)
                elapsed = (time.perf_counter() - t0) * 1000
                used = (time.process_time() - c0) * 1000
                if response.status_code != 200:
                    raise SystemExit(f"{name}: HTTP {response.status_code}: {response.text[:200]}")
                if i >= 2:  # two warm-up requests
                    times.append(elapsed)
                    cpu.append(used)
            body = response.json()
            size = body.get("total", len(body.get("rows", body.get("points", []))))
            times.sort()
            p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
            results.append((name, statistics.median(times), p95, size))
            # CPU time (all threads) says what the request costs whatever else the machine runs.
            print(f"{name:45s} p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms  "
                  f"cpu p50 {statistics.median(cpu):7.1f} ms  ({size} matching)", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, help="a real store to replicate (e.g. make demo's, or a BBC ingest)")
    parser.add_argument("--db", default="/tmp/newsevents-bench-serve.duckdb", help="the big store (built if absent)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20, help="timed requests per case (after 2 warm-up)")
    args = parser.parse_args()
    db = Path(args.db)
    if not db.exists():
        build(Path(args.source), db, args.events)
    print(f"cpus: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}", flush=True)
    measure(db, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
