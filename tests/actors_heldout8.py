"""Reading and scoring of the actors held-out set 8 (tests/data/actors_heldout8.tsv, brief s20-recip20).

Rows as actors_heldout2.tsv and judged as there (tests/actors_heldout2.py). Class S has its own verdict ('class S
split'): right when no party of any event (actor or recipient) is the key alone (`Tobago`, `Herzegovina`): the
second part of a two-part country name is never a party of its own.

``python tests/actors_heldout8.py`` prints every row's verdicts and the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from actors_heldout2 import Row, read_rows
from actors_heldout2 import score as score_rows

PATH = Path(__file__).parent / "data" / "actors_heldout8.tsv"


def _split_counts(row: Row, events, sector: str, counts: dict[str, Counter]) -> str:
    if row.cls != "S":
        return ""
    key = row.key.lower()
    alone = any(p.text.lower().strip() == key for e in events for p in (*e.actor, *e.recipient))
    verdict = "wrong" if alone else "right"
    counts.setdefault("class S split", Counter())[verdict] += 1
    return verdict


def score(extract, rows: list[Row] | None = None, out=None) -> dict[str, Counter]:
    return score_rows(extract, rows if rows is not None else read_rows(PATH), out, more=_split_counts)


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, out=sys.stdout)
    for name in sorted(result):
        print(name, dict(result[name]))
