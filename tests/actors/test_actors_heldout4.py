"""Held-out sets of brief s18-actors18, written and committed (b8b6d76) before the code was run on them:

* ``tests/data/actors_heldout4.tsv``: 32 rows on passages of our own (party names abroad and at home, titles in
  a coordinated list beside a visitor, headline passives, US local officials), scored by tests/actors_heldout4.py;
* ``tests/data/recipients_heldout4.tsv``: 29 passages of our own (targets named but left out, titles in a
  coordinated list, persons of a party, six where '-' is right), scored as recipients set 1 (type found, actor
  right, recipient code and text in one event).

| figure | actor right | wrong | missing | no party | recipient (set 4 actors) right / wrong | recipients: type / actor / recipient |
| --- | --- | --- | --- | --- | --- | --- |
| first (main's 67696b8) | 13 | 4 | 1 | 6 | 3 / 5 | 26 / 24 / 14 |
| final (this branch) | 17 | 1 | 0 | 6 | 8 / 0 | 26 / 25 / 23 |

Rules were written from the two local-news audits' classes (docs/audit/2026-12-11-..., 2026-12-12-...) and tested
on other sentences of our own (tests/actors/test_actor_codes_local_news.py), but these sets' failures were read while they were
written, so both are regression sets from now on. Still wrong or missing: `Members of the Republican Party` in
Yerevan (the tagger takes Yerevan for a person: no place to move the party to), a school board and a school
district with no event (`fired`, `suspended`), `they are arrested` in a quote
(no event), a Peruvian protest's
minister uncoded (no story country from `the Peruvian capital`), `where he met` after a visit (no event), three
negatives with no event or a road coded as the recipient of a closure (`closed the highway`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from actors_heldout2 import read_rows
from actors_heldout4 import PATH, score
from test_recipients_heldout1 import read_rows as read_recipient_rows
from test_recipients_heldout1 import row_result

PUBLISHED = "2024-06-12"
ROWS = read_rows(PATH)
RECIPIENT_ROWS = read_recipient_rows(Path(__file__).parents[1] / "data" / "recipients_heldout4.tsv")
# first measured at main's 67696b8 before any change of this branch (type, actor, recipient of 29)
FIRST = (26, 24, 14)
FINAL = (26, 25, 23)


def test_the_sets_are_as_described() -> None:
    assert len(ROWS) == 32 and {r.cls for r in ROWS} == {"K", "L", "H", "U"}
    assert len(RECIPIENT_ROWS) == 29 and sum(1 for row in RECIPIENT_ROWS if row[3] == "-") == 6


@pytest.fixture(scope="module")
def actor_counts(extract):
    return score(extract, ROWS)


def test_actors_heldout4_figures_do_not_fall(actor_counts) -> None:
    actor = actor_counts["actor country"]
    assert actor["right"] >= 17 and actor["wrong"] <= 1, dict(actor)
    assert actor_counts["recipient country"]["right"] >= 8, dict(actor_counts["recipient country"])
    assert actor_counts["class H doer"]["wrong"] == 0, dict(actor_counts["class H doer"])


def test_recipients_heldout4_figures_do_not_fall(events_of) -> None:
    results = [row_result(events_of, row) for row in RECIPIENT_ROWS]
    found = tuple(sum(r[i] for r in results) for i in range(3))
    assert all(f >= floor for f, floor in zip(found, FINAL, strict=True)), found
