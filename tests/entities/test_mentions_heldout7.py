"""A held-out set of passages of our own on descriptions and part names (brief s16-dev11e):
``tests/data/mentions_heldout7.jsonl`` (see its README): two people under one determiner, a
rival candidate, a part of the name after the full name, lists of candidates, nicknames, names in
all-caps heads, outlets. Scored by tests/mentions_heldout.py.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, read_rows

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout7.jsonl"
ROWS = read_rows(PATH)

# Still wrong, with the reason (kept visible, not deleted).
# (D02 and N06 are right since s19-dev15e: 'councilwoman' is a role of roles.tsv; X04 since ents38: the
# actor dictionary says which of the two holds a senate seat on the publication day)
XFAIL: dict[str, str] = {
    "D01": "'Rubio and Kasich' (surnames alone) are tagged no one, so the two descriptions have no pair of names",
    "N05": "'Tom' is linked though two people named Tom were named",
    "X01": "'The former senator' is linked to a sitting senator",
    "X03": "'the real estate mogul' with two candidates named: not linked",
    "M02": "'The Hill': the mention leaves out 'The' (the contract's span question; no table row: 'Hill' is a surname)",
    "M03": "'The Nation': as M02",
}


def test_the_held_out_file_has_its_groups() -> None:
    assert len(ROWS) == 32 and len({row["text"] for row in ROWS}) == len(ROWS) == len({row["id"] for row in ROWS})
    assert sum(len(row["links"]) for row in ROWS) == 21 and sum(len(row["no_links"]) for row in ROWS) == 5


outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 15, ("countries", "right"): 9, ("names", "right"): 4,
                           ("no_links", "kept"): 3, ("not_names", "kept"): 2},
    exactly={})
