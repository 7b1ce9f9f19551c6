"""Reading and scoring of the actors held-out set 6 (tests/data/actors_heldout6.tsv, brief s19-recip19).

Rows as actors_heldout2.tsv and judged as there (tests/actors_heldout2.py); a passage holding ' || ' is a headline
and its body, read as tests/actors_heldout4.py reads them. Classes V and K have their own verdict ('class V doer',
'class K doer'): right when no actor party of any event holds the key (a passive's subject, or a possessive
before a kinship or role noun, is never the doer).

``python tests/actors_heldout6.py`` prints every row's verdicts and the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from actors_heldout2 import Row, read_rows
from actors_heldout2 import score as score_rows
from actors_heldout4 import with_headlines

PATH = Path(__file__).parent / "data" / "actors_heldout6.tsv"
NOT_DOER = ("V", "K")


def _not_doer_counts(row: Row, events, sector: str, counts: dict[str, Counter]) -> str:
    if row.cls not in NOT_DOER:
        return ""
    key = row.key.lower()
    doer = any(key == p.text.lower() or key in p.text.lower().split() or (len(key) > 3 and key in p.text.lower())
               for e in events for p in e.actor)
    verdict = "wrong" if doer else "right"
    counts.setdefault(f"class {row.cls} doer", Counter())[verdict] += 1
    return verdict


def score(extract, rows: list[Row] | None = None, out=None) -> dict[str, Counter]:
    return score_rows(with_headlines(extract), rows if rows is not None else read_rows(PATH), out,
                      more=_not_doer_counts)


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, out=sys.stdout)
    for name in sorted(result):
        print(name, dict(result[name]))
