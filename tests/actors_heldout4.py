"""Reading and scoring of the actors held-out set 4 (tests/data/actors_heldout4.tsv, brief s18-actors18).

Rows as actors_heldout2.tsv and judged as there (tests/actors_heldout2.py). A passage holding ' || ' is a headline
and its body: the article's text is the headline, a blank line and the body, and its title the headline (as
``--title-line`` gives). Class H has its own verdict ('class H doer'): right when no actor party holds the key
(the arrested person of a headline's passive is never the doer).

``python tests/actors_heldout4.py`` prints every row's verdicts and the counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from actors_heldout2 import Row, read_rows
from actors_heldout2 import score as score_rows

PATH = Path(__file__).parent / "data" / "actors_heldout4.tsv"
HEADLINE = " || "


def with_headlines(extract):
    """extract(text, published=...) that reads 'HEADLINE || BODY' as an article with its title line."""
    def run(text: str, **meta):
        if HEADLINE in text:
            title, body = text.split(HEADLINE, 1)
            return extract(f"{title}\n\n{body}", title=title, **meta)
        return extract(text, **meta)
    return run


def _set4_counts(row: Row, events, sector: str, counts: dict[str, Counter]) -> str:
    if row.cls != "H":
        return ""
    doer = any(row.key.lower() in p.text.lower() for e in events for p in e.actor)
    verdict = "wrong" if doer else "right"
    counts.setdefault("class H doer", Counter())[verdict] += 1
    return verdict


def score(extract, rows: list[Row] | None = None, out=None) -> dict[str, Counter]:
    return score_rows(with_headlines(extract), rows if rows is not None else read_rows(PATH), out,
                      more=_set4_counts)


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, out=sys.stdout)
    for name in sorted(result):
        print(name, dict(result[name]))
