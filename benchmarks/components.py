"""CPU time of every pipeline component as it runs inside a stream (run by hand; not a test).

    .venv/bin/python benchmarks/components.py [-n 200] [--dir DIR] [--batch-size 32] [--model M]
                                              [--modes spacy,newsevents] [--rounds 1] [--json]

``stages.py`` runs each component over the whole batch on its own; ``throughput.py`` times the two
streams the bar compares (bare ``nlp.pipe`` and ``Pipeline.process``) but only as wholes. This
script runs the same two streams and splits their CPU time (``time.process_time``) by component,
so spaCy's components inside newsevents' pipeline can be set beside the same components in bare
``nlp.pipe`` on the same texts: is the gap spaCy's components run differently, or our stages?

How: spaCy's ``nlp.pipe`` chains one generator per component (``spacy.util._pipe``, looked up by
``spacy.language`` at each call). Each is wrapped so that the CPU time spent inside a ``next()``
of a component's generator counts for that component, minus the time its own ``next()`` on the
component before it takes (that is the earlier component's). What the stream's consumer does
between Docs (``Pipeline.process``: building the record) counts as ``(outside)``; the Docs'
making (tokenizer, ``make_doc``) as ``(make docs)``. The clock is read twice per Doc per
component (about 0.3 us a read: some 10 ms per 200 articles and 15 components).

Each mode runs in a fresh Python process (as ``throughput.py``'s); ``--rounds`` alternates them.
The articles are ``throughput.py``'s sample (N evenly spread over the sorted files of DIR).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_DIR, sample_files  # noqa: E402 - the sibling benchmark's sample

MODES = ("spacy", "newsevents")


class Clock:
    """Exclusive CPU time per label, with a stack of labels: time goes to the innermost one."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.stack = ["(outside)"]
        self.last = time.process_time()

    def enter(self, label: str) -> None:
        now = time.process_time()
        self.seconds[self.stack[-1]] += now - self.last
        self.last = now
        self.stack.append(label)

    def leave(self) -> None:
        now = time.process_time()
        self.seconds[self.stack.pop()] += now - self.last
        self.last = now


def timed(items: Iterable[Any], label: str, clock: Clock) -> Iterator[Any]:
    """``items`` with the time of each ``next()`` counted for ``label``."""
    it = iter(items)
    while True:
        clock.enter(label)
        try:
            item = next(it)
        except StopIteration:
            clock.leave()
            return
        clock.leave()
        yield item


def install(clock: Clock) -> None:
    """Wrap every component's generator of every ``nlp.pipe`` call from now on."""
    import spacy.language
    import spacy.util

    stock = spacy.util._pipe

    def _pipe(docs: Iterable[Any], proc: Any, name: str, default_error_handler: Any, kwargs: Any) -> Iterator[Any]:
        return timed(stock(docs, proc, name, default_error_handler, kwargs), name, clock)

    spacy.language._pipe = _pipe


def run_mode(mode: str, files: list[Path], batch_size: int, model: str | None) -> dict[str, Any]:
    texts = [p.read_text(encoding="utf-8") for p in files]
    clock = Clock()
    if mode == "spacy":
        from newsevents.pipeline import load_model

        nlp = load_model(model)
        install(clock)
        started = time.process_time()
        clock.last = started
        made = (_timed_call(nlp.make_doc, t, clock) for t in texts)  # the tokenizer, counted apart
        n = sum(1 for _ in nlp.pipe(made, batch_size=batch_size))
    else:
        from newsevents.pipeline import Pipeline, make_article

        pipeline = Pipeline(model, batch_size=batch_size)
        install(clock)
        make_doc = pipeline.make_doc
        # the Docs are made inside the stream's first generator: counted apart
        pipeline.make_doc = lambda article: _timed_call(make_doc, article, clock)  # type: ignore[method-assign]
        started = time.process_time()
        clock.last = started
        n = sum(1 for _ in pipeline.process(make_article(t) for t in texts))
    total = time.process_time() - started
    clock.seconds[clock.stack[-1]] += time.process_time() - clock.last
    return {"mode": mode, "articles": n, "cpu_seconds": round(total, 3),
            "components": {k: round(v, 3) for k, v in clock.seconds.items()}}


def _timed_call(function: Any, argument: Any, clock: Clock) -> Any:
    clock.enter("(make docs)")
    try:
        return function(argument)
    finally:
        clock.leave()


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


def render(results: list[dict[str, Any]]) -> str:
    names: list[str] = []
    for r in results:
        for name in r.get("components", {}):
            if name not in names:
                names.append(name)
    heads = [f"{r['mode'][:10]}#{i + 1}" for i, r in enumerate(results)]
    lines = [f"{'CPU s':<26}" + "".join(f"{h:>14}" for h in heads)]
    for name in names:
        lines.append(f"{name:<26}" + "".join(f"{r.get('components', {}).get(name, 0.0):>14.3f}" for r in results))
    lines.append(f"{'total':<26}" + "".join(f"{r.get('cpu_seconds', 0.0):>14.3f}" for r in results))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    files = sample_files(args.dir, args.n) if args.dir.is_dir() else []
    if not files:
        print(f"components: no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    if args.child:
        print(json.dumps(run_mode(args.child, files, args.batch_size, args.model)))
        return 0
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    results = [run_child(mode, args) for _ in range(args.rounds) for mode in modes]
    print(json.dumps(results, indent=1) if args.json else render(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
