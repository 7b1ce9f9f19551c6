"""Reading and scoring of the actors held-out set 7 (tests/data/actors_heldout7.tsv, brief s19-web19).

Rows as actors_heldout2.tsv and judged as there (tests/actors_heldout2.py), except class D (page furniture: a
picture credit, a dateline's town, a link title's party), which is right only when no party holds the key.

``python tests/actors_heldout7.py`` prints every row's verdicts and the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from actors_heldout2 import Row, judge, read_rows

PATH = Path(__file__).parent / "data" / "actors_heldout7.tsv"


def score(extract, rows: list[Row] | None = None, out=None) -> Counter:
    """Counts of (class, 'right'|'wrong') over the rows: D right when no party holds the key, others when the
    country verdict is right."""
    counts: Counter = Counter()
    for row in rows if rows is not None else read_rows(PATH):
        verdict, _sector, found = judge(row, extract(row.text, published=row.published).events)
        good = verdict == "no party" if row.cls == "D" else verdict == "right"
        counts[row.cls, "right" if good else "wrong"] += 1
        if out is not None:
            print(f"{row.cls} {row.role[:3]} {verdict:8} {row.key!r} want {row.country} found {found} | {row.text}", file=out)
    return counts


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    print(dict(score(shared_pipeline().extract, out=sys.stdout)))
