"""A third held-out set of recipient forms of our own (issue 14, brief s16-recips16):
``tests/data/recipients_heldout3.tsv``.

20 passages in the recipient forms the eighth US-news audit (docs/audit/2026-12-08-us-news-eighth.md)
found wrong, 5 of them where '-' is right. Written and committed (5d19978) before the code was run on it;
no passage is taken from a corpus or the audit. Published 2016-05-10. Scored as set 1 (type found, actor
right, recipient code and text in one event).

| measure (20 rows; 15 with a party as recipient) | first (main's 8fc1920) | final (this branch) |
| --- | --- | --- |
| type found | 10 | 17 |
| actor right | 7 | 12 |
| recipient right (code and text) | 9 | 15 |

First misses: a line of attack with its target in the saying clause (none, or ACCUSE with '-'), "hit X on
health care" (none), "warned X not to" (THREATEN), "a call echoed by Italy" (ACCUSE, '-'), "vowed to
ignore" (AGREE). The rules that moved it (eventcoding/calls_vows.py) were written from the eighth audit's
classes and tested on other sentences of our own, but this set's failures were read while they were
written, so from now on it is a regression set, not a measure.

Still wrong: persons with no country in a lone sentence ("Senator Joe Hill", "The shadow minister", the
chancellor; "Governor Tom Price ... hit Senator Eva Sanchez" gives no event: private persons), "One group,
Human Rights Watch, called on ..." (the parse: no event), "warned against drilling" (no event), "The
senator" coded SAU from the only country of its sentence.
"""

from __future__ import annotations

from pathlib import Path

from test_recipients_heldout1 import read_rows, row_result

PUBLISHED = "2016-05-10"
PATH = Path(__file__).parents[1] / "data" / "recipients_heldout3.tsv"
ROWS = read_rows(PATH)


def counts(events_of) -> tuple[int, int, int]:
    results = [row_result(events_of, row) for row in ROWS]
    return tuple(sum(r[i] for r in results) for i in range(3))  # type: ignore[return-value]


# first measured at main's 8fc1920 before any change of this branch (type, actor, recipient of 20)
FIRST = (10, 7, 9)
# the floor this branch ends at (a change that loses one fails)
FINAL = (17, 12, 15)


def test_the_held_out_file_has_its_rows() -> None:
    assert len(ROWS) == 20 and sum(1 for row in ROWS if row[3] == "-") == 5
    assert len({row[4] for row in ROWS}) == len(ROWS)


def test_held_out_recipients(events_of) -> None:
    found = counts(events_of)
    print("recipients_heldout3", found)
    assert all(f >= floor for f, floor in zip(found, FINAL, strict=True)), found
