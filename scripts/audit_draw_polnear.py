"""Draw events at random for a hand audit from a half of the PolNeAR train split (run by hand; not a test).

    .venv/bin/python scripts/audit_draw_polnear.py --publishers usa-today,wash-post,west-journal \
        --n 40 --seed 20261227 [--half heldout] [-o audit.md]

The pool: texts of ``/work/shared/eval/polnear/data/train/text`` whose publisher (the file name's
first part) is one of ``--publishers`` (``all``: the seven) and whose half is ``--half`` (SHA-1 of the
file stem, ``newsevents.evaluation.polnear.half_of``; ``dev`` by default, as the first ten audits
drew), minus every text named in docs/audit (read-articles.txt and the audits) or in an
``eval/gold/*/README.md``. By session 25 the dev half was nearly all read, so the twenty-seventh
audit draws from the held-out half: each text it reads is then named in read-articles.txt, and
``newsevents evaluate polnear --half heldout`` skips it from then on. Every
text of the pool is extracted as ``newsevents extract --title-line`` would (the first line the
title, the publication date and publisher from the file name), then ``--n`` events are drawn at
random with ``--seed``. The table has the same columns as ``audit_draw.py``'s.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audit_draw import Drawn, near_copy_texts, parties, render, write_table  # noqa: E402

from newsevents.evaluation.polnear import half_of  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SPLIT = REPO.parent / "shared" / "eval" / "polnear" / "data" / "train" / "text"
PUBLISHERS = {"usa-today": "USA Today", "wash-post": "Washington Post", "west-journal": "Western Journalism",
              "breitbart": "Breitbart", "nyt": "New York Times", "politico": "Politico",
              "huff-post": "Huffington Post"}
STEM = re.compile(r"\b(?:" + "|".join(map(re.escape, PUBLISHERS)) + r")_\d{4}-\d{2}-\d{2}_[\w-]+")


def named_elsewhere() -> set[str]:
    """Text stems named in docs/audit or in an eval/gold README (read already)."""
    files = [p for p in (REPO / "docs" / "audit").iterdir() if p.is_file()]
    files += sorted((REPO / "eval" / "gold").glob("*/README.md"))
    return {m.group(0).removesuffix(".txt") for p in files for m in STEM.finditer(p.read_text(encoding="utf-8"))}


def pool(publishers: tuple[str, ...], half: str = "dev", split: Path = SPLIT) -> list[Path]:
    read = named_elsewhere()
    unread = sorted(p for p in split.glob("*.txt")
                    if p.stem.split("_")[0] in publishers and half_of(p.stem) == half and p.stem not in read)
    # Publishers print the same agency story (an AFP or AP text under two mastheads): a text most of
    # whose sentences a read text holds is read too (audit_draw.py's rule for its pools).
    copies = near_copy_texts({p.stem: p.read_text(encoding="utf-8", errors="replace") for p in unread},
                             {p.stem: p.read_text(encoding="utf-8", errors="replace")
                              for p in sorted(split.glob("*.txt")) if p.stem in read})
    for stem, (source, shared, total) in sorted(copies.items()):
        print(f"audit_draw_polnear: {stem} shares {shared} of its {total} sentences with the read {source}; "
              "left out as a near-copy", file=sys.stderr)
    return [p for p in unread if p.stem not in copies]


def article(path: Path) -> Any:
    """The text as ``newsevents extract --title-line`` reads it, with the date and publisher of its
    file name (a bare name is looked up in the split)."""
    from newsevents.record import make_article

    path = path if path.is_file() else SPLIT / path.name
    publisher, date, _slug = path.stem.split("_", 2)
    text = path.read_text(encoding="utf-8", errors="replace")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return make_article(text, title=title, source=PUBLISHERS[publisher], published=date, id=path.stem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--publishers", default="usa-today,wash-post,west-journal")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--half", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--model")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    names = tuple(p.strip() for p in args.publishers.split(",") if p.strip())
    files = pool(tuple(PUBLISHERS) if names == ("all",) else names, args.half)
    label = "polnear-dev" if args.half == "dev" else "polnear-heldout"

    from newsevents.pipeline import Pipeline

    pipeline = Pipeline(args.model)
    events: list[Drawn] = []
    for path in files:
        record = next(pipeline.process([article(path)]))
        events.extend(Drawn(pool=label, file=path.name, published=record.article.published,
                            source=record.article.source, type=e.event, mode=",".join(e.mode) or "-",
                            trigger=e.trigger.text, actor=parties(e.actor), recipient=parties(e.recipient),
                            modality=e.modality, sentence=" ".join(e.sentence.text.split()))
                      for e in record.events)
    drawn = random.Random(f"{args.seed}:events:{label}").sample(events, min(args.n, len(events)))
    print(f"{len(drawn)} events drawn (seed {args.seed}) from {len(events)} events in {len(files)} articles\n")
    print(render(drawn))
    if args.output:
        write_table(drawn, args.output)
        print(f"table written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
