"""Held-out sets of brief s19-recip19, written and committed (88139e4) before the code was run on them:

* ``tests/data/recipients_heldout6.tsv``: 25 passages of our own (owners of things acted on, persons an order
  binds, targets of phrasal verbs and addressees, passive subjects, humanitarian help as AID, four where '-' is
  right), scored as recipients set 1 (type found, actor right, recipient code and text in one event);
* ``tests/data/actors_heldout6.tsv``: 26 rows of our own (a passive's by-phrase as its doer, a passive's subject
  never the doer, a possessive before a kinship noun never the doer, active negatives), scored by
  tests/actors_heldout6.py.

| figure | recipients: type / actor / recipient | actors: right / wrong / missing / no party | class V doer right | class K doer right / wrong |
| --- | --- | --- | --- | --- |
| first (88139e4: main 2baf87e and the sets) | 15 / 15 / 11 | 8 / 1 / 1 / 12 | 9 of 9 | 3 / 1 |
| final (this branch) | 20 / 20 / 19 | 8 / 0 / 1 / 13 | 9 of 9 | 4 / 0 |

The rules (tests/events/test_targets.py) were written from the fourteenth local-news audit's classes
(docs/audit/2026-12-14-local-news-fourteenth.md) and tested on other sentences of our own; these sets' failures
were read while they were written, so both are regression sets from now on. Still wrong or missing: `told the
crowd outside the statehouse ... to go home` (the parser hangs the infinitive on the statehouse: no event),
`urged those in attendance` (a demonstrative is no party), `turned on Superintendent X` (a superintendent is no
political party: the row asks for one), the negatives with no event at all (`found a loaded handgun`, `opened a
shelter`, `seized 40 pounds of marijuana`), `the Lake County Sheriff's Office` of an Ohio story uncoded, `Ruiz, a
native of Honduras` arrested in Utah coded HND.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from actors_heldout2 import read_rows
from actors_heldout6 import PATH, score
from test_recipients_heldout1 import read_rows as read_recipient_rows
from test_recipients_heldout1 import row_result

PUBLISHED = "2025-04-02"
ROWS = read_rows(PATH)
RECIPIENT_ROWS = read_recipient_rows(Path(__file__).parents[1] / "data" / "recipients_heldout6.tsv")
FIRST = (15, 15, 11)
FINAL = (20, 20, 19)


def test_the_sets_are_as_described() -> None:
    assert len(ROWS) == 26 and {r.cls for r in ROWS} == {"P", "V", "K", "N"}
    assert len(RECIPIENT_ROWS) == 25 and sum(1 for row in RECIPIENT_ROWS if row[2] == "-") == 4


@pytest.fixture(scope="module")
def actor_counts(extract):
    return score(extract, ROWS)


def test_actors_heldout6_figures_do_not_fall(actor_counts) -> None:
    actor = actor_counts["actor country"]
    assert actor["right"] >= 8 and actor.get("wrong", 0) == 0, dict(actor)
    assert actor_counts["class V doer"]["right"] == 9, dict(actor_counts["class V doer"])
    assert actor_counts["class K doer"]["right"] == 4, dict(actor_counts["class K doer"])


def test_recipients_heldout6_figures_do_not_fall(events_of) -> None:
    results = [row_result(events_of, row) for row in RECIPIENT_ROWS]
    found = tuple(sum(r[i] for r in results) for i in range(3))
    assert all(f >= floor for f, floor in zip(found, FINAL, strict=True)), found
