"""A held-out set of passages of our own on descriptive mentions (issue 15, part 1, brief s15-descs):
``tests/data/mentions_heldout6.jsonl`` (see its README).

36 short passages written and committed before any rule: ``the GOP front-runner`` linked to the
candidate named as leading (never to a rival of that party named just before, nor to anyone when
none is said to lead), role and occupation descriptions (``the spy chief``, ``the real estate
magnate``, ``the tycoon``, ``X, a real estate developer`` -> ``the developer``), two people who fit
``the senator`` or ``the candidate`` (no link), party and state after a legislator's name
(``Rep. X (D-Ga.)``, ``Sen. X, R-Texas``: USA, LEG), and relatives named after a comma. Published
2025-09-10. Scored by tests/mentions_heldout.py.

| measure | first (main 1341bc6 + set db8d4b2) | final (branch descs) |
| --- | --- | --- |
| links right (of 21) | 13 | 13 |
| links wrong | 2 | 2 |
| no-link kept (of 10) | 7 | 7 |
| country right (of 7) | 2 | 2 |
| sector right (of 7) | 6 | 6 |
| names right (of 5) | 5 | 5 |
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, read_rows

PATH = Path(__file__).parent / "data" / "mentions_heldout6.jsonl"
ROWS = read_rows(PATH)

# Still wrong, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "F01": "'The GOP front-runner': not linked to the one candidate said to lead",
    "F02": "'The Democratic front-runner': not linked to the one candidate said to hold a lead",
    "F03": "'The frontrunner': not linked to the one candidate said to be the favorite",
    "F04": "'The Democratic front-runner' linked to the Democrat named just before, not the leader",
    "F05": "'The GOP front-runner' linked to the Republican named just before, not the leader",
    "F06": "'The GOP front-runner' linked to the only Republican named, who trails",
    "R01": "'The spy chief' after 'the director of national intelligence'",
    "R02": "'The real estate magnate' after 'Property developer X'",
    "R08": "'The teacher' after 'X, a retired teacher'",
    "R12": "'The developer' linked to a retired nurse",
    "T01": "'Sen. X, D-Ore.': no country",
    "P01": "'Representative X of Georgia': no country, no sector",
    "P03": "'Sen. X, R-Texas': country CHN from a later word",
    "P04": "'Rep. X, D-Calif.': no country",
    "S05": "'The couple' linked to one of the two",
}


def test_the_held_out_file_has_its_groups() -> None:
    groups = [row["group"] for row in ROWS]
    assert len(ROWS) == 36 and groups.count("frontrunner") == 5 and groups.count("two") == 4
    assert sum(len(row["no_links"]) for row in ROWS) == 10
    assert len({row["text"] for row in ROWS}) == len(ROWS) == len({row["id"] for row in ROWS})


outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 13, ("countries", "right"): 2, ("sectors", "right"): 6,
                           ("names", "right"): 5},
    exactly={("links", "wrong"): 2, ("no_links", "kept"): 7})
