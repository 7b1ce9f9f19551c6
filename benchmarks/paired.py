"""In-process speed against bare spaCy on a busy machine: both sides in one process, in turns (run by hand; not a test).

    .venv/bin/python benchmarks/paired.py [-n 200] [--chunk 25] [--dir DIR] [--batch-size 32] [--model M] [--json]

``throughput.py`` runs bare spaCy and newsevents one after the other in fresh processes: when
other jobs share the cores, the load changes between the two runs and moves the ratio (even in
CPU time: a busy sibling core slows every instruction). Here one process loads the model twice
(a bare ``nlp`` and a :class:`newsevents.pipeline.Pipeline`) and gives them the same articles in
chunks, in turns (bare first on even chunks, newsevents first on odd ones), adding up each side's
CPU time (``time.process_time``): a change of load hits both sides alike. Loading is not counted.
The articles are those of ``throughput.py`` (N evenly spread over the sorted files of DIR).

The bare side runs in a process that also holds the newsevents tables, so its memory is not its
own: the ratio is for comparing code on a busy machine; the quiet-machine ``throughput.py`` run
is the reference figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_DIR, DEFAULT_N, sample_files  # noqa: E402 - the sibling benchmark's sample


def measure(texts: list[str], chunk: int, batch_size: int, model: str | None) -> dict[str, Any]:
    from newsevents.pipeline import Pipeline, load_model, make_article

    bare = load_model(model)
    pipeline = Pipeline(model, batch_size=batch_size)
    clock = time.process_time
    seconds = {"spacy": 0.0, "newsevents": 0.0}
    for k, start in enumerate(range(0, len(texts), chunk)):
        part = texts[start:start + chunk]
        for side in ("spacy", "newsevents") if k % 2 == 0 else ("newsevents", "spacy"):
            before = clock()
            if side == "spacy":
                for _ in bare.pipe(part, batch_size=batch_size):
                    pass
            else:
                for _ in pipeline.process(make_article(text) for text in part):
                    pass
            seconds[side] += clock() - before
    return {"articles": len(texts), "chunk": chunk, "cpu_seconds": {k: round(v, 2) for k, v in seconds.items()},
            "ratio": round(seconds["spacy"] / seconds["newsevents"], 3) if seconds["newsevents"] else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=DEFAULT_N, help=f"number of articles (default {DEFAULT_N})")
    parser.add_argument("--chunk", type=int, default=25, help="articles per turn (default 25)")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of .txt articles")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.n < 1 or args.chunk < 1:
        parser.error("-n and --chunk must be at least 1")
    files = sample_files(args.dir, args.n) if args.dir.is_dir() else []
    if not files:
        print(f"paired: no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    result = measure([p.read_text(encoding="utf-8") for p in files], args.chunk, args.batch_size, args.model)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        cpu = result["cpu_seconds"]
        print(f"{result['articles']} article(s) from {args.dir}, in turns of {result['chunk']}, CPU seconds "
              f"(load excluded): spaCy {cpu['spacy']:.2f}, newsevents {cpu['newsevents']:.2f}; "
              f"ratio (newsevents / spaCy speed) {result['ratio']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
