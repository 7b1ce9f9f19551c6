"""A held-out set of passages of our own on offices that carry a country (issue 15, brief
s13-ents2): ``tests/data/mentions_heldout3.jsonl`` (see its README).

32 short passages written and committed (f115357) before any rule: state-office descriptions
after an untitled name (``The Oregon senator``), national offices with no country word in
stories abroad (``Treasury Secretary X`` in Beijing, ``Home Secretary X`` in Calais), first
ladies, ``Senator X of <state>``, and descriptions read from a title, a verb or a marriage.
Published 2025-09-10. Scored by tests/mentions_heldout.py.

| measure | first (main 00d80b5) | final (branch ents2) |
| --- | --- | --- |
| links right (of 19) | 7 | 12 |
| links wrong | 0 | 0 |
| no-link kept (of 2) | 2 | 2 |
| country right (of 22) | 6 | 17 |
| sector right (of 8) | 7 | 8 |

The rules of brief s13-ents2 were written from these passages' failures, so the final figure is
no measure: from now on this file is a regression set. Still wrong: the rows in ``XFAIL``.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, read_rows

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout3.jsonl"
ROWS = read_rows(PATH)

# Still wrong at the end of brief s13-ents2, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "T04": "'Nadia Fairbanks' tagged a body by the model: no person to link 'The Maine senator' to",
    "N04": "'The head of the Federal Reserve, X,': 'head' is an office only with a body; no role cluster",
    "N08": "'Attorney General X' in a story naming Russia: many countries have one; the story's country wins",
    "L02": "'First lady X' touring Kenya takes KEN: a first lady is no one country's office (the gold's "
           "USA is one reading of an ambiguous passage)",
    "D02": "'The veteran diplomat' makes no description (no role cluster for 'veteran diplomat')",
    "D03": "'The host' after 'who hosts': 'host' is no person noun ('the hosts' of sport is a team)",
    "D06": "'His wife' after 'X married Y': marriage told by a verb links no relation",
}


def test_the_held_out_file_has_its_groups() -> None:
    groups = [row["group"] for row in ROWS]
    assert len(ROWS) == 32 and groups.count("stateoffice") == 7 and groups.count("office") == 11
    assert len({row["text"] for row in ROWS}) == len(ROWS) == len({row["id"] for row in ROWS})


# the final figures of the table above (a floor: a change that loses links or codes fails)
outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 14, ("countries", "right"): 19, ("sectors", "right"): 8},
    exactly={("links", "wrong"): 0, ("no_links", "kept"): 2})
