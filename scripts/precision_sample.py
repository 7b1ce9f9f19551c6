"""Events on a fixed sample of BBC 2004 business, entertainment and tech articles (run by hand; not a test).

    .venv/bin/python scripts/precision_sample.py [--dir DIR] [--start 0] [--step 8]
                                                 [--leave-out NAME,NAME...] [--tsv OUT.tsv]

For each section, the ``sorted`` ``bbc_<section>_*.txt`` files of DIR (default: the BBC 2004
corpus beside the repository) are taken every ``--step``-th from the ``--start``-th ([0::8]; the
second sample, docs/audit/2026-12-03-precision-sample2.md, is [4::8] less the articles earlier
audits had read, given by ``--leave-out``), extracted with a stand-in publication date of
2005-01-01, and the events are counted per section and per type.
``--tsv`` writes one event a line (section, file, type, mode, trigger, actor, recipient,
modality, sentence) for reading them as an analyst; the same arguments on the same code give
the same file. Issue 14's precision work measures itself on this sample (docs/events.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"
SECTIONS = ("business", "entertainment", "tech")


def parties(items: list) -> str:
    return "; ".join(f"{p.text[:40]}[{p.country or '-'}]" for p in items) or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--step", type=int, default=8)
    parser.add_argument("--leave-out", default="", help="comma-separated file names to leave out")
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args(argv)

    from newsevents.pipeline import Pipeline, make_article

    leave_out = {name.strip() for name in args.leave_out.split(",") if name.strip()}
    files = [(section, f) for section in SECTIONS
             for f in sorted(args.dir.glob(f"bbc_{section}_*.txt"))[args.start::args.step]
             if f.name not in leave_out]
    if not files:
        print(f"no bbc_<section>_*.txt files in {args.dir}", file=sys.stderr)
        return 1
    articles = [make_article(f.read_text(errors="replace"), published="2005-01-01") for _, f in files]
    records = Pipeline().process(articles)
    per_section: Counter[str] = Counter()
    per_type: Counter[str] = Counter()
    rows = []
    for (section, f), record in zip(files, records, strict=True):
        for event in record.events:
            per_section[section] += 1
            per_type[event.event] += 1
            sentence = event.sentence.text.replace("\n", " ").replace("\t", " ")
            rows.append("\t".join((section, f.name, event.event, ",".join(event.mode) or "-", event.trigger.text,
                                   parties(event.actor), parties(event.recipient), event.modality, sentence)))
    articles_per_section = Counter(section for section, _ in files)
    for section in SECTIONS:
        print(f"{section}: {per_section[section]} events in {articles_per_section[section]} articles")
    print(f"total: {sum(per_section.values())} events in {len(files)} articles")
    print("per type: " + ", ".join(f"{t} {n}" for t, n in per_type.most_common()))
    if args.tsv:
        args.tsv.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
