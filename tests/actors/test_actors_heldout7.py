"""Held-out actors set of brief s19-web19, written and committed (5fa897b) before the code was run on it:
``tests/data/actors_heldout7.tsv``, 16 rows on passages of our own (`the Centre` in Indian stories, Centre regions
and centres' names elsewhere, picture credits and datelines before a sentence), scored by tests/actors_heldout7.py.

| figure | C (IND) right | N right | D no party | E right |
| --- | --- | --- | --- | --- |
| first (this branch's base 4ec62f2, before any rule) | 0 of 5 (all BFA) | 3 of 4 | 2 of 5 | 2 of 2 |
| final (this branch) | 4 of 5 (one uncoded) | 3 of 4 | 5 of 5 | 2 of 2 |

The rules were written from the fifteenth audit's classes and tested on other sentences of our own
(tests/events/test_web_news_senses_credits.py), but this set's failures were read while they were written: it is a regression set
from now on. Still wrong: `the Centre` accused by `Tamil Nadu's chief minister` is left uncoded (no place or party
of the one-sentence story is resolved to India: `Tamil Nadu's` is no place mention there); `Staff at the hospital
in Orleans ... protested` codes no event (no party for `Staff`).
"""

from __future__ import annotations

from actors_heldout2 import read_rows
from actors_heldout7 import PATH, score

ROWS = read_rows(PATH)


def test_the_set_is_as_described() -> None:
    assert len(ROWS) == 16 and {r.cls for r in ROWS} == {"C", "N", "D", "E"}


def test_actors_heldout7_figures_do_not_fall(extract) -> None:
    counts = score(extract, ROWS)
    assert counts["C", "right"] >= 4 and counts["N", "right"] >= 3, dict(counts)
    assert counts["D", "right"] == 5 and counts["E", "right"] == 2, dict(counts)


def test_no_centre_is_read_as_burkina_faso_in_an_indian_story(extract) -> None:
    for row in ROWS:
        if row.cls == "C":
            parties = [p for e in extract(row.text, published=row.published).events
                       for p in (*e.actor, *e.recipient)]
            assert all(p.country != "BFA" for p in parties), row.text
