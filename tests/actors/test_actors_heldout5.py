"""Held-out set of brief s18-towns14, written and committed (43d45e3) before the code was run on it:
``tests/data/actors_heldout5.tsv``, 22 passages of our own (US towns named like countries, the US state
Georgia's bodies, datelines of US towns named like capitals, and negatives abroad), scored by
tests/actors_heldout5.py.

| figure | actor right / wrong / missing / no party | recipient right / wrong / missing |
| --- | --- | --- |
| first (this branch's base 55c4b62, before any rule) | 8 / 3 / 1 / 2 | 3 / 3 / 2 |
| final (this branch) | 10 / 1 / 1 / 2 | 6 / 1 / 1 |

The rules were written from the fourteenth local-news audit's classes and tested on other sentences of our own
(tests/actors/test_codes_us_places_like_countries.py), but this set's failures were read while they were written: it is a regression
set from now on. Still wrong: `of Mexico` beside Audrain County (the places stage resolves the country),
`Georgia lawmakers` with no other US place (the places stage keeps the country); no event for `Grant had
threatened` and `The city sued`; `City officials` and `Mark Dunn` of a US dateline or town left uncoded.
"""

from __future__ import annotations

from actors_heldout2 import read_rows
from actors_heldout5 import PATH, score

ROWS = read_rows(PATH)


def test_the_set_is_as_described() -> None:
    assert len(ROWS) == 22 and {r.cls for r in ROWS} == {"T", "C", "G", "N"}


def test_actors_heldout5_figures_do_not_fall(extract) -> None:
    counts = score(extract, ROWS)
    assert counts["actor country"]["right"] >= 10 and counts["actor country"]["wrong"] <= 1, dict(counts["actor country"])
    assert counts["recipient country"]["right"] >= 6, dict(counts["recipient country"])
    assert counts["class N"]["right"] == 7, dict(counts["class N"])
