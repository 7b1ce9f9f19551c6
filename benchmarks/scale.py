"""Scale benchmark: `newsevents ingest` in one process, on a local Dask cluster, and on a cluster
of `dask scheduler` + `dask worker` processes, timed as a user runs them (whole processes, model
loads included).

    .venv/bin/python benchmarks/scale.py [-n 500] [--dir DIR] [--workers 1 2] [--no-scheduler]

For each mode: wall time, articles/s, the speed-up over one process, the peak resident memory
of the busiest worker process, and CPU seconds: the driver's (the `newsevents` process: reading,
storing, merging, and for a local cluster Dask's scheduler) and the workers' per article (every
other process of the tree: workers and their nannies). Memory and CPU are sampled every 0.2 s over
the process tree, so each process's CPU is short by at most 0.2 s. CPU seconds hardly depend on
how busy the machine is; wall times do. The stores are
compared afterwards: every mode must give the same records. Run by hand on a quiet machine; not a
test. Needs the ``dask`` extra and the BBC 2004 corpus (``../shared/corpora/bbc-news-2004``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import psutil

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"
BIN = Path(sys.executable).parent


def sample_files(folder: Path, n: int) -> list[Path]:
    """N files spread evenly over the sorted corpus, so every section is represented."""
    files = sorted(folder.glob("*.txt"))
    if n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


class PeakMemory:
    """The largest RSS seen in any one process of a tree, and each process's CPU seconds (user +
    system, the last value seen), sampled in a thread."""

    def __init__(self, root_pids: list[int], skip: set[int]) -> None:
        self.roots, self.skip, self.peak, self.peak_total = root_pids, skip, 0, 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for pid in self.roots:
                try:
                    procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
                except psutil.NoSuchProcess:
                    continue
                for proc in procs:
                    try:
                        rss = proc.memory_info().rss
                        times = proc.cpu_times()
                    except psutil.NoSuchProcess:
                        continue
                    self.cpu[proc.pid] = times.user + times.system
                    total += rss
                    if proc.pid not in self.skip:
                        self.peak = max(self.peak, rss)
            self.peak_total = max(self.peak_total, total)
            self._stop.wait(0.2)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_ingest(corpus: Path, db: Path, extra: list[str], watch: list[int] | None = None) -> dict[str, float]:
    cmd = [str(BIN / "newsevents"), "ingest", str(corpus), "--db", str(db), "--published", "2005-01-01",
           "--source", "BBC", "--quiet", *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd)
    # The driver's own memory is not a worker's: only its children (local workers) or the
    # separately started workers count as workers.
    with PeakMemory([proc.pid, *(watch or [])], skip={proc.pid}) as peak:
        code = proc.wait()
    seconds = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {code}")
    driver_cpu = peak.cpu.get(proc.pid, 0.0)
    return {"seconds": seconds, "peak_worker_mb": peak.peak / 2**20, "driver_cpu": driver_cpu,
            "worker_cpu": sum(peak.cpu.values()) - driver_cpu}


def records(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(json.dumps(json.loads(r[0]), sort_keys=True)
                      for r in con.execute("SELECT record FROM articles").fetchall())
    finally:
        con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def quiet_env() -> dict[str, str]:
    """The housekeeping settings of the clusters newsevents starts, as Dask environment variables
    (what docs/scale.md tells users to give workers they start themselves)."""
    from newsevents.cluster import QUIET_DASK

    return {**os.environ, **{"DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(value)
                             for key, value in QUIET_DASK.items()}}


def with_scheduler(corpus: Path, db: Path, n_workers: int) -> dict[str, float]:
    """Start `dask scheduler` and N `dask worker` processes on loopback, ingest through them, stop them."""
    port = free_port()
    env = quiet_env()
    address = f"tcp://127.0.0.1:{port}"
    logs = tempfile.TemporaryFile()  # noqa: SIM115 - the servers write to it until stopped below
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0"], stdout=logs, stderr=logs, env=env)]
    try:
        time.sleep(3)
        procs += [subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--nworkers", "1",
                                    "--memory-limit", "2GiB", "--no-dashboard"], stdout=logs, stderr=logs,
                                   env=env)
                  for _ in range(n_workers)]
        time.sleep(5)
        result = run_ingest(corpus, db, ["--scheduler", address], watch=[p.pid for p in procs[1:]])
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-scheduler", action="store_true", help="skip the run against a started scheduler")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="newsevents-scale-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for path in sample_files(args.dir, args.n):
        shutil.copy(path, corpus / path.name)
    print(f"{args.n} articles, {os.cpu_count()} cores; whole processes, model loads included")
    results: dict[str, dict[str, float]] = {}
    results["one process"] = run_ingest(corpus, work / "single.duckdb", [])
    for n in args.workers:
        results[f"--workers {n}"] = run_ingest(corpus, work / f"workers{n}.duckdb", ["--workers", str(n)])
    if not args.no_scheduler:
        results["--scheduler (2 dask workers)"] = with_scheduler(corpus, work / "scheduler.duckdb", 2)

    base = results["one process"]["seconds"]
    print(f"{'mode':32s} {'seconds':>8s} {'art/s':>7s} {'speed-up':>9s} {'peak MB/worker':>15s} "
          f"{'driver CPU s':>13s} {'worker CPU ms/art':>18s}")
    for mode, r in results.items():
        single = mode == "one process"
        worker_mb = "-" if single else f"{r['peak_worker_mb']:.0f}"
        worker_cpu = "-" if single else f"{1000 * r['worker_cpu'] / args.n:.0f}"
        print(f"{mode:32s} {r['seconds']:8.1f} {args.n / r['seconds']:7.2f} {base / r['seconds']:8.2f}x "
              f"{worker_mb:>15s} {r['driver_cpu']:13.1f} {worker_cpu:>18s}")
    reference = records(work / "single.duckdb")
    same = all(records(db) == reference for db in work.glob("*.duckdb"))
    print(f"every mode stored the same {len(reference)} records: {same}")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
