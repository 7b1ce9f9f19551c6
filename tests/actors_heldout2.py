"""Reading and scoring of the actors held-out set 2 (tests/data/actors_heldout2.tsv, brief s17-actors17).

Each row: class, role (actor or recipient), published date, key, expected country ('-' none may be
given, 'A|B' any of, '-' may be one of them), expected sector ('*' not judged, '-' none may be given,
'A|B' any of), passage. A row is judged on the events coded from its passage whose actor (or
recipient) holds a party with the key in its text, as tests/actors_heldout.py judges set 1.

``python tests/actors_heldout2.py`` prints every row's verdicts and the counts by class.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from actors_heldout import party_verdicts

PATH = Path(__file__).parent / "data" / "actors_heldout2.tsv"


class Row(NamedTuple):
    cls: str
    role: str
    published: str
    key: str
    country: str
    sector: str
    text: str


def read_rows(path: Path = PATH) -> list[Row]:
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if not line.startswith("#")]
    return [Row(*line.split("\t")) for line in lines[1:] if line]


def judge(row: Row, events) -> tuple[str, str, list[str]]:
    """(country verdict, sector verdict, the parties found as 'text[COUNTRY:SECTORS]'), of the row's role."""
    key = row.key.lower()
    return party_verdicts([p for e in events for p in getattr(e, row.role) if key in p.text.lower()],
                          row.country, row.sector)


def score(extract, rows: list[Row] | None = None, out=None, more=None) -> dict[str, Counter]:
    """Counts of verdicts: 'actor country', 'actor sector', 'recipient country', 'recipient sector',
    and 'class X' (country verdicts of either role) per class. ``more(row, events, sector, counts)``, when
    given, adds a set's own counts and returns a column for the printed line (set 3's recipient text)."""
    counts: dict[str, Counter] = {}
    cache: dict[tuple[str, str], list] = {}
    for row in rows if rows is not None else read_rows():
        if (row.text, row.published) not in cache:
            cache[row.text, row.published] = extract(row.text, published=row.published).events
        events = cache[row.text, row.published]
        verdict, sector, found = judge(row, events)
        counts.setdefault(f"{row.role} country", Counter())[verdict] += 1
        counts.setdefault(f"{row.role} sector", Counter())[sector] += 1
        counts.setdefault(f"class {row.cls}", Counter())[verdict] += 1
        column = more(row, events, sector, counts) if more is not None else None
        if out is not None:
            extra = f"{column:8} " if column is not None else ""
            print(f"{row.cls} {row.role[:3]} {verdict:8} {sector:10} {extra}{row.key!r} want {row.country}:{row.sector} "
                  f"found {found} | {row.text}", file=out)
    return counts


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline

    result = score(shared_pipeline().extract, out=sys.stdout)
    for name in sorted(result):
        print(name, dict(result[name]))
