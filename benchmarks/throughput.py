"""Throughput benchmark: bare spaCy vs newsevents, in process and as whole processes (run by hand; not a test).

    .venv/bin/python benchmarks/throughput.py                 # everything: in-process modes, then whole processes
    .venv/bin/python benchmarks/throughput.py --whole-only    # only the whole-process comparison (300 articles)
    .venv/bin/python benchmarks/throughput.py [-n N] [--dir DIR] [--batch-size 32] [--model M]
                                              [--modes spacy,newsevents,store,whole] [--runs 2] [--json]

Run it alone on a quiet machine: another job sharing the cores lowers the ratios.

N articles are taken evenly spread over the sorted files of DIR (default: the BBC 2004 corpus
at ../shared/corpora/bbc-news-2004 beside the repository), so every section of the corpus is in
the sample; N defaults to 200 for the in-process modes and 300 for the whole-process comparison
(``-n`` sets both). Each in-process mode runs in a fresh Python process so its peak RSS is its own:

- ``spacy``: ``nlp.pipe`` with the same model and batch size, no newsevents stages;
- ``newsevents``: ``Pipeline.process`` (all stages), records built, in one process as the library
  runs by default: its own pipeline against bare ``nlp.pipe``. With ``--model-process`` it asks for
  spaCy's components in a forked process of their own (``newsevents.model_process``, as the CLI
  runs on Linux with a second core): its wall time is then that of two processes and its CPU time
  the sum of both (the child's is read when it has ended);
- ``store``: ``newsevents.store.ingest`` into a new DuckDB file (skipped if there is no store).

For these, model loading is timed apart from processing; the rates are over processing time only.
Each mode's CPU time (``time.process_time``) is reported too, with its ratio to spaCy's: on a
machine other jobs share, wall times (and their ratios) follow the load, CPU times much less.

``whole`` times whole processes as a user meets them, start to exit, model load and output
included. The N articles are written to a JSON Lines file (``text``, ``published`` 2005-01-01,
``source`` BBC, ``id``); then, alternating the two, ``--runs`` times each (default 2, best run kept):

- newsevents: ``newsevents extract FILE.jsonl --format jsonl -o OUT.jsonl`` (the console script
  beside this Python, or ``python -m newsevents.cli``), every record written;
- spaCy: a small script run with the same Python that loads the same model, reads the same file
  and runs ``nlp.pipe`` over the texts, output discarded.

newsevents' modules are byte-compiled first (as ``pip install`` does; see ``compile_package``).
It reports each side's best wall time, articles/s, the ratio (newsevents speed / spaCy speed)
and each process's peak RSS (the highest over its runs, from ``wait4``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"
MODES = ("spacy", "newsevents", "store")
WHOLE = "whole"
DEFAULT_N = 200
DEFAULT_WHOLE_N = 300
# A stand-in publication date for the BBC 2004 articles, which carry none.
PUBLISHED = "2005-01-01"

# The bare spaCy process of the whole-process comparison: model loaded inside, output discarded.
# argv: model name, JSON Lines file, batch size. Prints the number of documents made.
# spaCy's Language() imports every package's `spacy_factories` entry points, so in a venv with
# newsevents installed a "bare" process would import all of newsevents' stage modules too (about
# 0.2 s of CPU with bytecode) and the ratio would flatter newsevents; the bare side turns that
# lookup off: the shipped model needs only spaCy's own factories.
SPACY_SCRIPT = """
import json, sys
import spacy
from spacy.util import registry
registry._entry_point_factories.entry_points = False
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as handle:
    texts = [json.loads(line)["text"] for line in handle if line.strip()]
n = 0
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    n += 1
print(n)
"""


def sample_files(folder: Path, n: int) -> list[Path]:
    """``n`` files evenly spread over the sorted ``*.txt`` files of ``folder`` (README excluded)."""
    files = sorted(p for p in folder.rglob("*.txt") if p.name.lower() != "readme.txt")
    if n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended (the model's own process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_mode(mode: str, files: list[Path], batch_size: int, model: str | None,
             model_process: bool = False) -> dict[str, Any]:
    """Run one mode in this process and measure it."""
    texts = [p.read_text(encoding="utf-8") for p in files]
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    cpu_started = time.process_time()
    children_started = children_cpu()
    if mode == "spacy":
        from newsevents.pipeline import load_model

        nlp = load_model(model)
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    elif mode == "newsevents":
        from newsevents.pipeline import Pipeline, make_article

        pipeline = Pipeline(model, batch_size=batch_size)
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        n = sum(1 for _ in pipeline.process((make_article(t) for t in texts), model_process=model_process))
    else:
        from newsevents import ingest as readers
        from newsevents.pipeline import Pipeline
        from newsevents.store import Store, ingest

        pipeline = Pipeline(model, batch_size=batch_size)
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
            summary = ingest(store, readers.iter_items([str(p) for p in files]), pipeline, batch_size=batch_size)
            n = summary.processed
    done, cpu_done = time.perf_counter(), time.process_time()
    # the model's own process (with --model-process) has ended and been waited
    # for by now: its CPU time counts with this process's
    child_cpu = children_cpu() - children_started
    seconds = done - loaded
    return {
        "mode": mode, "articles": n, "words": words,
        "load_seconds": round(loaded - started, 2), "seconds": round(seconds, 2),
        "load_cpu_seconds": round(cpu_loaded - cpu_started, 2), "cpu_seconds": round(cpu_done - cpu_loaded + child_cpu, 2),
        "child_cpu_seconds": round(child_cpu, 2),
        "articles_per_s": round(n / seconds, 2) if seconds else None,
        "words_per_s": round(words / seconds, 1) if seconds else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def store_available() -> bool:
    try:
        import newsevents.store  # noqa: F401
    except ImportError:
        return False
    return True


def run_child(mode: str, n: int, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", mode, "-n", str(n), "--dir", str(args.dir),
               "--batch-size", str(args.batch_size)]
    if args.model:
        command += ["--model", args.model]
    if args.model_process:
        command.append("--model-process")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"mode": mode, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(lines[-1])


def default_model() -> str | None:
    """The model newsevents would load when none is named: the first installed default package."""
    from newsevents.pipeline import DEFAULT_MODELS

    return next((m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None), None)


def write_jsonl(files: list[Path], target: Path) -> None:
    with target.open("w", encoding="utf-8") as handle:
        for path in files:
            text = path.read_text(encoding="utf-8")
            handle.write(json.dumps({"id": path.stem, "text": text, "source": "BBC", "published": PUBLISHED}) + "\n")


def newsevents_command() -> list[str]:
    """``newsevents`` as a user runs it: the console script installed beside this Python."""
    script = Path(sys.executable).with_name("newsevents")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "newsevents.cli"]


def timed_process(command: list[str]) -> dict[str, Any]:
    """Run ``command`` to its end: wall seconds, its own peak RSS, exit code, stdout and stderr tail."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        # wait4 gives this child's own resource usage (RUSAGE_CHILDREN would mix all children).
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", errors="replace")
        stderr = err.read().decode("utf-8", errors="replace")
    return {"seconds": wall, "peak_rss_mb": usage.ru_maxrss / 1024, "returncode": process.returncode,
            "stdout": stdout, "stderr_tail": (stderr.strip().splitlines() or [""])[-1]}


def count_lines(path: Path) -> int:
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def compile_package() -> bool:
    """Byte-compile newsevents' own modules, as ``pip install`` does for an installed package.

    An editable install run with PYTHONDONTWRITEBYTECODE set (as on the project's shared
    machine) compiles every module from source again in every process (about 0.4 s of CPU),
    while spaCy's modules load from the bytecode pip wrote: a cost of the checkout, not of
    newsevents. Python reads ``__pycache__`` even when it may not write it (git ignores it)."""
    import compileall

    spec = importlib.util.find_spec("newsevents")
    folders = list(spec.submodule_search_locations or []) if spec else []
    return bool(folders) and all(compileall.compile_dir(folder, quiet=1) for folder in folders)


def run_whole(files: list[Path], batch_size: int, model: str | None, runs: int) -> dict[str, Any]:
    """Whole processes, newsevents extract vs bare spaCy, alternated, best of ``runs`` each."""
    model = model or default_model()
    if model is None:
        return {"mode": WHOLE, "error": "no spaCy model installed"}
    compiled = compile_package()
    best: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        output = Path(tmp) / "records.jsonl"
        write_jsonl(files, source)
        commands = {
            "spacy": [sys.executable, "-c", SPACY_SCRIPT, model, str(source), str(batch_size)],
            "newsevents": [*newsevents_command(), "extract", str(source), "--format", "jsonl", "-o", str(output),
                           "--model", model, "--batch-size", str(batch_size), "--no-progress"],
        }
        for run in range(runs):
            for side in ("spacy", "newsevents"):  # alternating: spacy, newsevents, spacy, newsevents...
                output.unlink(missing_ok=True)
                result = timed_process(commands[side])
                made = int(result["stdout"].strip() or 0) if side == "spacy" else count_lines(output)
                if result["returncode"] != 0 or made != len(files):
                    problem = result["stderr_tail"] or f"{made} of {len(files)} articles done"
                    return {"mode": WHOLE, "error": f"{side} run {run + 1} failed "
                                                    f"(exit {result['returncode']}): {problem}"}
                kept = best.get(side)
                peak = max(result["peak_rss_mb"], kept["peak_rss_mb"] if kept else 0.0)
                if kept is None or result["seconds"] < kept["seconds"]:
                    best[side] = {"seconds": result["seconds"]}
                best[side]["peak_rss_mb"] = peak
    summary: dict[str, Any] = {"mode": WHOLE, "articles": len(files), "model": model, "runs": runs,
                               "bytecode": compiled}
    for side, result in best.items():
        seconds = result["seconds"]
        summary[side] = {"seconds": round(seconds, 2), "articles_per_s": round(len(files) / seconds, 2),
                         "peak_rss_mb": round(result["peak_rss_mb"], 1)}
    summary["ratio"] = round(best["spacy"]["seconds"] / best["newsevents"]["seconds"], 3)
    return summary


def render_whole(result: dict[str, Any], folder: Path) -> str:
    if "error" in result:
        return f"whole processes: error: {result['error']}"
    lines = [f"whole processes, {result['articles']} article(s) from {folder} as JSON Lines, model {result['model']}, "
             f"best of {result['runs']} (load and output included)",
             f"{'process':<11} {'wall s':>8} {'articles/s':>10} {'peak RSS MB':>12}"]
    for side in ("spacy", "newsevents"):
        r = result[side]
        lines.append(f"{side:<11} {r['seconds']:>8.2f} {r['articles_per_s']:>10.2f} {r['peak_rss_mb']:>12.0f}")
    lines.append(f"ratio (newsevents / spaCy speed): {result['ratio']:.3f}")
    if not result.get("bytecode"):
        lines.append("(newsevents' modules could not be byte-compiled: its processes compiled them from source)")
    return "\n".join(lines)


def render(results: list[dict[str, Any]], n_files: int, folder: Path) -> str:
    bare = next((r for r in results if r.get("mode") == "spacy" and "error" not in r), None)
    lines = [f"{n_files} article(s) from {folder}",
             f"{'mode':<11} {'articles/s':>10} {'words/s':>9} {'x spaCy':>8} {'CPU s':>7} {'x (CPU)':>8} "
             f"{'load s':>7} {'peak RSS MB':>12}"]
    for r in results:
        if "error" in r:
            lines.append(f"{r['mode']:<11} error: {r['error']}")
            continue
        ratio = r["articles_per_s"] / bare["articles_per_s"] if bare and bare["articles_per_s"] else None
        cpu_ratio = bare["cpu_seconds"] / r["cpu_seconds"] if bare and r["cpu_seconds"] else None
        lines.append(f"{r['mode']:<11} {r['articles_per_s']:>10.2f} {r['words_per_s']:>9.0f} "
                     f"{(f'{ratio:.2f}' if ratio else '-'):>8} {r['cpu_seconds']:>7.1f} "
                     f"{(f'{cpu_ratio:.2f}' if cpu_ratio else '-'):>8} {r['load_seconds']:>7.1f} {r['peak_rss_mb']:>12.0f}")
    for r in results:
        if r.get("child_cpu_seconds"):
            lines.append(f"{r['mode']}: the model ran in a process of its own ({r['child_cpu_seconds']:.1f} s of the CPU s; "
                         f"its peak RSS not counted; without --model-process one process runs all)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, help=f"number of articles (default {DEFAULT_N} in process, "
                                              f"{DEFAULT_WHOLE_N} for whole processes)")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of .txt articles")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model")
    parser.add_argument("--modes", default=",".join((*MODES, WHOLE)),
                        help="comma-separated subset of spacy,newsevents,store,whole")
    parser.add_argument("--whole-only", action="store_true",
                        help="only the whole-process comparison (same as --modes whole)")
    parser.add_argument("--runs", type=int, default=2, help="whole-process runs of each side, best kept (default 2)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--model-process", action="store_true",
                        help="in-process newsevents mode: spaCy's components in a process of their own, as the CLI")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.runs < 1 or (args.n is not None and args.n < 1):
        parser.error("-n and --runs must be at least 1")
    wanted = [WHOLE] if args.whole_only else [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = sorted(set(wanted) - {*MODES, WHOLE})
    if unknown:
        parser.error(f"unknown mode(s) {', '.join(unknown)}; choose from {', '.join((*MODES, WHOLE))}")
    n = args.n or DEFAULT_N
    files = sample_files(args.dir, n) if args.dir.is_dir() else []
    if not files:
        print(f"throughput: no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    if args.child:
        print(json.dumps(run_mode(args.child, files, args.batch_size, args.model, args.model_process)))
        return 0
    modes = [m for m in wanted if m in MODES and (m != "store" or store_available())]
    results = [run_child(mode, n, args) for mode in modes]
    bare = next((r for r in results if r.get("mode") == "spacy" and "error" not in r), None)
    for r in results:
        if bare and "error" not in r and bare["articles_per_s"]:
            r["ratio_to_spacy"] = round(r["articles_per_s"] / bare["articles_per_s"], 3)
            r["cpu_ratio_to_spacy"] = round(bare["cpu_seconds"] / r["cpu_seconds"], 3) if r["cpu_seconds"] else None
    whole = None
    if WHOLE in wanted:
        whole_files = sample_files(args.dir, args.n or DEFAULT_WHOLE_N)
        whole = run_whole(whole_files, args.batch_size, args.model, args.runs)
    if args.json:
        report: dict[str, Any] = {"dir": str(args.dir), "batch_size": args.batch_size}
        if modes:
            report.update(articles=len(files), results=results)
        if whole:
            report["whole"] = whole
        print(json.dumps(report, indent=1))
    else:
        parts = [render(results, len(files), args.dir)] if modes else []
        if whole:
            parts.append(render_whole(whole, args.dir))
        print("\n\n".join(parts))
    return 1 if whole and "error" in whole else 0

if __name__ == "__main__":
    sys.exit(main())
