"""CPU time per stage: where a newsevents process spends its processor time (run by hand; not a test).

    .venv/bin/python benchmarks/stages.py [-n 100] [--dir DIR] [--every 7] [--batch-size 32] [--model M]
                                          [--profile FILE.prof] [--stock-spacy] [--spread] [--json]

Unlike ``throughput.py``, which times wall clocks and wants a quiet machine, this measures CPU
time (``time.process_time``) of this process only, so other jobs sharing the cores change its
figures little: it is the tool for comparing two versions of the code on a busy machine.

The articles are every ``--every``-th file of the sorted ``*.txt`` files of DIR (default: the BBC
2004 corpus), the first N of them (``--spread``: instead the N evenly spread over the whole corpus
that ``throughput.py`` and ``same_output.py`` use). It reports, in CPU seconds:

- load: importing newsevents, loading the spaCy model, making the newsevents stages (their data),
  and one article through the whole pipeline (tables loaded on first use);
- each pipeline component over all the articles (spaCy's and newsevents' own), run one after
  another over the whole batch, in pipeline order;
- building the records and writing them as JSON Lines (to memory).

``--profile FILE`` also writes a cProfile of the stage runs (not of the load) for ``pstats``, timed
in CPU seconds of this process like the stages (its figures include the profiler's own overhead).
``--stock-spacy`` keeps spaCy's own attribute ruler and lemmatizer code (no
:mod:`newsevents.spacy_memo`), to compare the two.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"


def every_nth(folder: Path, every: int, n: int) -> list[Path]:
    files = sorted(p for p in folder.rglob("*.txt") if p.name.lower() != "readme.txt")
    return files[::every][:n]


def measure(files: list[Path], batch_size: int, model: str | None, profile: Path | None,
            memoise: bool = True) -> dict[str, Any]:
    clock = time.process_time
    started = clock()
    from newsevents.pipeline import Pipeline, build_record, load_model, make_article

    imported = clock()
    nlp = load_model(model)
    model_loaded = clock()
    pipeline = Pipeline(nlp, batch_size=batch_size, memoise=memoise)
    stages_made = clock()
    # Tables some stages load on first use are load time too: one article through the whole
    # pipeline before the timed runs (the first article of the sample, again timed below).
    pipeline.nlp(files[0].read_text(encoding="utf-8"))
    warmed = clock()

    texts = [p.read_text(encoding="utf-8") for p in files]
    docs = [pipeline.make_doc(make_article(t, id=p.stem, source="BBC", published="2005-01-01"))
            for p, t in zip(files, texts, strict=True)]
    stage_seconds: dict[str, float] = {}
    # CPU time, like the stage figures: cProfile's default clock is the wall clock, which other jobs
    # sharing the cores stretch
    profiler = cProfile.Profile(clock) if profile else None
    if profiler:
        profiler.enable()
    for name, proc in pipeline.nlp.pipeline:
        before = clock()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        stage_seconds[name] = clock() - before
    before = clock()
    records = [build_record(doc, pipeline.info) for doc in docs]
    stage_seconds["build records"] = clock() - before
    before = clock()
    out = io.StringIO()
    for record in records:
        out.write(record.to_json() + "\n")
    stage_seconds["write JSON Lines"] = clock() - before
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    ours = sum(s for name, s in stage_seconds.items() if name.startswith("newsevents") or " " in name)
    return {
        "articles": len(files),
        "load": {"import": imported - started, "model": model_loaded - imported, "stages": stages_made - model_loaded,
                 "first article": warmed - stages_made},
        "stages": stage_seconds,
        "newsevents_share": ours / sum(stage_seconds.values()),
    }


def render(result: dict[str, Any]) -> str:
    lines = [f"CPU seconds, {result['articles']} article(s)"]
    load = result["load"]
    lines.append(f"load: import {load['import']:.2f}, model {load['model']:.2f}, newsevents stages {load['stages']:.2f}, "
                 f"first article (tables loaded on first use) {load['first article']:.2f}")
    for name, seconds in result["stages"].items():
        lines.append(f"  {name:<24} {seconds:>7.2f}")
    lines.append(f"  {'total':<24} {sum(result['stages'].values()):>7.2f}"
                 f"   (newsevents' own: {result['newsevents_share']:.0%})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of .txt articles")
    parser.add_argument("--every", type=int, default=7, help="take every Nth sorted file (default 7)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the stage runs here")
    parser.add_argument("--stock-spacy", action="store_true", help="spaCy's own attribute ruler and lemmatizer code")
    parser.add_argument("--spread", action="store_true",
                        help="the N articles evenly spread over DIR that throughput.py uses (not every Nth)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.n < 1 or args.every < 1:
        parser.error("-n and --every must be at least 1")
    if not args.dir.is_dir():
        files = []
    elif args.spread:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from throughput import sample_files  # the sibling benchmark's sample

        files = sample_files(args.dir, args.n)
    else:
        files = every_nth(args.dir, args.every, args.n)
    if not files:
        print(f"stages: no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    result = measure(files, args.batch_size, args.model, args.profile, memoise=not args.stock_spacy)
    print(json.dumps(result, indent=1) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
