"""Probe 2 of held-out set 8 (brief s16-ents16): ``tests/data/mentions_heldout8_probe2.jsonl``, 12
passages of our own on pronouns fronted before the named subject they stand for (cataphora), with
negatives (see mentions_heldout8.README.md).

| measure | first (branch ents16 without ``_cataphora``, probe a782671 + fix of its occurrences) | final (branch ents16) |
| --- | --- | --- |
| links right (of 10) | 3 | 10 |
| links wrong | 0 | 0 |
| no-link kept (of 2) | 2 | 2 |

The first run with the rule linked the object pronoun of L05 (``a letter to him``); the rule was
then limited to subjects and possessives, so the probe is a regression set now.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, read_rows

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout8_probe2.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {}


def test_the_probe_has_its_groups() -> None:
    groups = [row["group"] for row in ROWS]
    assert len(ROWS) == 12 and groups.count("cataphora") == 7 and groups.count("backwards") == 3


outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 10, ("no_links", "kept"): 2},
    exactly={("links", "wrong"): 0})
