"""Held-out set of brief s18-fix13: ``tests/data/recipients_heldout5.tsv``, written and committed (7259d53)
before the code was run on it: 25 passages of our own, scored as recipients set 1 (type found, actor right,
recipient code and text in one event), plus two checks of its own: no party of any event of a dateline row
holds the dateline's word, and no party of a time-phrase row holds the time phrase.

| figure (25 rows; 7 datelines, 6 time phrases) | type | actor | recipient | datelines clean | time phrases clean |
| --- | --- | --- | --- | --- | --- |
| first (7259d53: main 73c8d0d and the set) | 19 | 18 | 16 | 6 | 5 |
| final (this branch) | 20 | 19 | 20 | 7 | 6 |

The rules (tests/events/test_titles_datelines_parties.py) were written from the thirteenth local-news audit's classes
(docs/audit/2026-12-13-local-news-thirteenth.md) and tested on other sentences of our own; this set's failures
were read while they were written, so it is a regression set from now on. Still wrong: `An inmate attacked Cpl.
Rita Vance` (no event: two private parties), `For the past three months ... have investigated` coded ACCUSE,
`accused the former clerk` with no recipient, `searched the woods for a week` and `Sgt. Amy Cole ... said officers
seized` (no event), the Fresno arrest with no doer.
"""

from __future__ import annotations

import re
from pathlib import Path

from test_recipients_heldout1 import read_rows, row_result

PUBLISHED = "2025-03-14"
PATH = Path(__file__).parents[1] / "data" / "recipients_heldout5.tsv"
ROWS = read_rows(PATH)
DATELINE = re.compile(r"^([A-Z]{3,})(?:, [A-Z][a-z]+\.)? (?:—|–|--) ")
TIME_PHRASE = re.compile(r"\b(short time|hours later|three months|next morning|two years|a week)\b")


def _parties(events) -> list[str]:
    return [p.text for e in events for p in (*e.actor, *e.recipient)]


def counts(events_of) -> tuple[int, int, int, int, int]:
    results = [row_result(events_of, row) for row in ROWS]
    found = [sum(r[i] for r in results) for i in range(3)]
    dateline_rows = [row for row in ROWS if DATELINE.match(row[4])]
    clean_datelines = sum(
        1 for row in dateline_rows
        if not any(DATELINE.match(row[4]).group(1).lower() in t.lower() for t in _parties(events_of(row[4]))))
    time_rows = [row for row in ROWS if TIME_PHRASE.search(row[4])]
    clean_times = sum(
        1 for row in time_rows
        if not any(TIME_PHRASE.search(t) for t in _parties(events_of(row[4]))))
    return (*found, clean_datelines, clean_times)  # type: ignore[return-value]


# first measured at 7259d53 (main 73c8d0d + the set) before any rule of this branch
FIRST = (19, 18, 16, 6, 5)
FINAL = (20, 19, 20, 7, 6)


def test_the_held_out_file_has_its_rows() -> None:
    assert len(ROWS) == 25 and sum(1 for row in ROWS if row[3] == "-") == 7
    assert len({row[4] for row in ROWS}) == len(ROWS)
    assert sum(1 for row in ROWS if DATELINE.match(row[4])) == 7


def test_held_out_recipients(events_of) -> None:
    found = counts(events_of)
    print("recipients_heldout5", found)
    assert all(f >= floor for f, floor in zip(found, FINAL, strict=True)), found
