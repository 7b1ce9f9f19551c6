"""Held-out sets of brief s20-recip20, written and committed (dd7fffc) before the code was run on them:

* ``tests/data/recipients_heldout7.tsv``: 25 passages of our own (targets of condemnations, findings of guilt,
  inquiries and dismissals; named groups acted on; two-part country names, a country alone, two countries
  joined by "and"; a meeting's city and the party met; two where '-' is right), scored as recipients set 1
  (type found, actor right, recipient code and text in one event);
* ``tests/data/actors_heldout8.tsv``: 26 rows of our own (a passive's doer in its by-phrase or the other
  clause; co-doers and police; common party names and British-sounding bodies of other countries, with
  British negatives; two-part country names, and their second part never a party alone), scored by
  tests/actors_heldout8.py.

| figure | recipients: type / actor / recipient | actors: right / wrong / no party | class S split right |
| --- | --- | --- | --- |
| first (dd7fffc: main 812fab2 and the sets) | 21 / 21 / 18 | 22 / 1 / 3 | 0 of 2 |
| final (this branch) | 24 / 24 / 21 | 24 / 0 / 2 | 2 of 2 |

The rules (tests/events/test_country_verdict_targets.py) were written from the sixteenth and seventeenth web-news audits' classes
(docs/audit/2026-12-16-web-news-sixteenth.md, 2026-12-17-web-news-seventeenth.md) and tested on other sentences
of our own; these sets' failures were read while they were written, so both are regression sets from now on.
Still wrong or missing: `sacked the head of the national fire service` (a head is no actor word: no event),
`met his counterpart from Venezuela` (the code right, the span the counterpart), `Police in Trinidad arrested
two men` (private men coded TTO; the N row is keyed on 'Trinidad', which the doer 'Police' does not hold: a
fault of the row), `an inquiry into the collapse of a dam in Queensland` (the dam coded AUS from its place),
`was forced to resign by Prime Minister X` (no event: the by-phrase hangs on the infinitive).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from actors_heldout2 import read_rows
from actors_heldout8 import PATH, score
from test_recipients_heldout1 import read_rows as read_recipient_rows
from test_recipients_heldout1 import row_result

PUBLISHED = "2025-05-06"
ROWS = read_rows(PATH)
RECIPIENT_ROWS = read_recipient_rows(Path(__file__).parents[1] / "data" / "recipients_heldout7.tsv")
FIRST = (21, 21, 18)
FINAL = (24, 24, 21)


def test_the_sets_are_as_described() -> None:
    assert len(ROWS) == 26 and {r.cls for r in ROWS} == {"P", "C", "G", "T", "S", "N"}
    assert len(RECIPIENT_ROWS) == 25 and sum(1 for row in RECIPIENT_ROWS if row[2] == "-") == 3


@pytest.fixture(scope="module")
def actor_counts(extract):
    return score(extract, ROWS)


def test_actors_heldout8_figures_do_not_fall(actor_counts) -> None:
    actor = actor_counts["actor country"]
    assert actor["right"] >= 24 and actor.get("wrong", 0) == 0, dict(actor)
    assert actor_counts["class S split"]["right"] == 2, dict(actor_counts["class S split"])


def test_recipients_heldout7_figures_do_not_fall(events_of) -> None:
    results = [row_result(events_of, row) for row in RECIPIENT_ROWS]
    found = tuple(sum(r[i] for r in results) for i in range(3))
    assert all(f >= floor for f, floor in zip(found, FINAL, strict=True)), found
