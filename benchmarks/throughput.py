"""Throughput benchmark: bare spaCy vs newsevents end to end vs store ingest (run by hand; not a test).

    .venv/bin/python benchmarks/throughput.py [-n 200] [--dir DIR] [--batch-size 32] [--model M] [--json]

N articles are taken evenly spread over the sorted files of DIR (default: the BBC 2004 corpus
at ../shared/corpora/bbc-news-2004 beside the repository), so every section of the corpus is in
the sample. Each mode runs in a fresh Python process so its peak RSS is its own:

- ``spacy``: ``nlp.pipe`` with the same model and batch size, no newsevents stages;
- ``newsevents``: ``Pipeline.process`` (all stages), records built;
- ``store``: ``newsevents.store.ingest`` into a new DuckDB file (skipped if there is no store).

Model loading is timed apart from processing; the rates are over processing time only.
"""

from __future__ import annotations

import argparse
import json
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


def run_mode(mode: str, files: list[Path], batch_size: int, model: str | None) -> dict[str, Any]:
    """Run one mode in this process and measure it."""
    texts = [p.read_text(encoding="utf-8") for p in files]
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    if mode == "spacy":
        from newsevents.pipeline import load_model

        nlp = load_model(model)
        loaded = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    elif mode == "newsevents":
        from newsevents.pipeline import Pipeline, make_article

        pipeline = Pipeline(model, batch_size=batch_size)
        loaded = time.perf_counter()
        n = sum(1 for _ in pipeline.process(make_article(t) for t in texts))
    else:
        from newsevents import ingest as readers
        from newsevents.pipeline import Pipeline
        from newsevents.store import Store, ingest

        pipeline = Pipeline(model, batch_size=batch_size)
        loaded = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
            summary = ingest(store, readers.iter_items([str(p) for p in files]), pipeline, batch_size=batch_size)
            n = summary.processed
    done = time.perf_counter()
    seconds = done - loaded
    return {
        "mode": mode, "articles": n, "words": words,
        "load_seconds": round(loaded - started, 2), "seconds": round(seconds, 2),
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


def run_child(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", mode, "-n", str(args.n), "--dir", str(args.dir),
               "--batch-size", str(args.batch_size)]
    if args.model:
        command += ["--model", args.model]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"mode": mode, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(lines[-1])


def render(results: list[dict[str, Any]], n_files: int, folder: Path) -> str:
    bare = next((r for r in results if r.get("mode") == "spacy" and "error" not in r), None)
    lines = [f"{n_files} article(s) from {folder}",
             f"{'mode':<11} {'articles/s':>10} {'words/s':>9} {'x spaCy':>8} {'load s':>7} {'peak RSS MB':>12}"]
    for r in results:
        if "error" in r:
            lines.append(f"{r['mode']:<11} error: {r['error']}")
            continue
        ratio = r["articles_per_s"] / bare["articles_per_s"] if bare and bare["articles_per_s"] else None
        lines.append(f"{r['mode']:<11} {r['articles_per_s']:>10.2f} {r['words_per_s']:>9.0f} "
                     f"{(f'{ratio:.2f}' if ratio else '-'):>8} {r['load_seconds']:>7.1f} {r['peak_rss_mb']:>12.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="number of articles (default 200)")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of .txt articles")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated subset of spacy,newsevents,store")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    files = sample_files(args.dir, args.n) if args.dir.is_dir() else []
    if not files:
        print(f"throughput: no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    if args.child:
        print(json.dumps(run_mode(args.child, files, args.batch_size, args.model)))
        return 0
    modes = [m for m in args.modes.split(",") if m in MODES and (m != "store" or store_available())]
    results = [run_child(mode, args) for mode in modes]
    bare = next((r for r in results if r.get("mode") == "spacy" and "error" not in r), None)
    for r in results:
        if bare and "error" not in r and bare["articles_per_s"]:
            r["ratio_to_spacy"] = round(r["articles_per_s"] / bare["articles_per_s"], 3)
    if args.json:
        print(json.dumps({"articles": len(files), "dir": str(args.dir), "batch_size": args.batch_size,
                          "results": results}, indent=1))
    else:
        print(render(results, len(files), args.dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
