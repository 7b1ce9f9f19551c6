"""Draw events at random from BBC politics articles for a hand audit (run by hand; not a test).

    .venv/bin/python scripts/audit_sample.py [--dir DIR] [--start 300] [--articles 100] [--n 40] [--seed 2026]

Takes the sorted ``bbc_politics_*.txt`` files of DIR (default: the BBC 2004 corpus beside the
repository), keeps ``--articles`` of them from ``--start``, extracts them with a stand-in
publication date of 2005-01-01 and prints ``--n`` events drawn with ``--seed``: type, trigger,
actor and recipient with their countries, modality, file, and the sentence. The same arguments
on the same code give the same sample. For draws outside politics and from giveme5w1h-dev, see
scripts/audit_draw.py.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"


def parties(items: list) -> str:
    return "; ".join(f"{p.text[:40]}[{p.country}]" for p in items) or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    from newsevents.pipeline import Pipeline, make_article

    files = sorted(args.dir.glob("bbc_politics_*.txt"))[args.start: args.start + args.articles]
    if not files:
        print(f"no bbc_politics_*.txt files in {args.dir}", file=sys.stderr)
        return 1
    articles = [make_article(f.read_text(errors="replace"), published="2005-01-01") for f in files]
    records = Pipeline().process(articles)
    drawn = [(f.name, e) for f, record in zip(files, records, strict=True) for e in record.events]
    print(f"{len(drawn)} events in {len(files)} articles")
    random.seed(args.seed)
    for k, (name, event) in enumerate(random.sample(drawn, min(args.n, len(drawn))), 1):
        print(f"{k}. {event.event} | '{event.trigger.text}' | A={parties(event.actor)} | "
              f"R={parties(event.recipient)} | {event.modality} | {name}")
        print("   S:", event.sentence.text[:260].replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
