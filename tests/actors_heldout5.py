"""Reading and scoring of the actors held-out set 5 (tests/data/actors_heldout5.tsv, brief s18-towns14).

Rows as actors_heldout2.tsv and judged as there (tests/actors_heldout2.py); no headlines, no class of its own.

``python tests/actors_heldout5.py`` prints every row's verdicts and the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from actors_heldout2 import Row, read_rows
from actors_heldout2 import score as score_rows

PATH = Path(__file__).parent / "data" / "actors_heldout5.tsv"


def score(extract, rows: list[Row] | None = None, out=None) -> dict[str, Counter]:
    return score_rows(extract, rows if rows is not None else read_rows(PATH), out)


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, out=sys.stdout)
    for name in sorted(result):
        print(name, dict(result[name]))
