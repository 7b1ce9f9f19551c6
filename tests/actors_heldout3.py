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

from actors_heldout2 import Row, read_rows
from actors_heldout2 import score as score_rows

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


def _set3_counts(row: Row, events, sector: str, counts: dict[str, Counter]) -> str:
    """Set 3's own counts: sectors of the police and service classes, and class T's recipient text."""
    if row.cls in ("P", "N", "Q", "U"):
        counts.setdefault(f"class {row.cls} sector", Counter())[sector] += 1
    if row.cls != "T":
        return ""
    text = text_verdict(row, events)
    counts.setdefault("recipient text", Counter())[text] += 1
    return text


def score(extract, rows: list[Row] | None = None, out=None) -> dict[str, Counter]:
    return score_rows(extract, rows if rows is not None else read_rows(PATH), out, more=_set3_counts)


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, out=sys.stdout)
    for name in sorted(result):
        print(name, dict(result[name]))
