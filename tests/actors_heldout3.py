"""Reading and scoring of the actors held-out set 3 (tests/data/actors_heldout3.tsv, brief s17-police17).

Rows as actors_heldout2.tsv and judged as there (tests/actors_heldout2.py), with one more verdict for class T:
the recipient's text must be the key itself (case-insensitive, a leading article allowed), not the key with
the charge (`Marcus Hale of murder`).

``python tests/actors_heldout3.py`` prints every row's verdicts and the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from actors_heldout2 import Row, judge, read_rows

PATH = Path(__file__).parent / "data" / "actors_heldout3.tsv"
ARTICLES = ("the ", "a ", "an ")


def _bare(text: str) -> str:
    text = text.lower().strip()
    for article in ARTICLES:
        if text.startswith(article):
            return text[len(article):]
    return text


def text_verdict(row: Row, events) -> str:
    parties = [p for e in events for p in getattr(e, row.role) if row.key.lower() in p.text.lower()]
    if not parties:
        return "no party"
    return "right" if all(_bare(p.text) == row.key.lower() for p in parties) else "wrong"


def score(extract, rows: list[Row] | None = None, out=None) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    cache: dict[tuple[str, str], list] = {}
    for row in rows if rows is not None else read_rows(PATH):
        if (row.text, row.published) not in cache:
            cache[row.text, row.published] = extract(row.text, published=row.published).events
        events = cache[row.text, row.published]
        verdict, sector, found = judge(row, events)
        counts.setdefault(f"{row.role} country", Counter())[verdict] += 1
        counts.setdefault(f"{row.role} sector", Counter())[sector] += 1
        counts.setdefault(f"class {row.cls}", Counter())[verdict] += 1
        if row.cls in ("P", "N", "Q", "U"):
            counts.setdefault(f"class {row.cls} sector", Counter())[sector] += 1
        text = ""
        if row.cls == "T":
            text = text_verdict(row, events)
            counts.setdefault("recipient text", Counter())[text] += 1
        if out is not None:
            print(f"{row.cls} {row.role[:3]} {verdict:8} {sector:10} {text:8} {row.key!r} want {row.country}:{row.sector} "
                  f"found {found} | {row.text}", file=out)
    return counts


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, out=sys.stdout)
    for name in sorted(result):
        print(name, dict(result[name]))
