"""A held-out set of passages of our own on body, nationality and age descriptions (brief
s16-descs16): ``tests/data/mentions_heldout9.jsonl`` (see its README).

33 short passages written and committed before any rule: ``the company``/``the firm``, ``the
party``, ``the team``/``the club``, ``the group``/``the organization``/``the union`` after the one
body of that kind; ``the Finn``, ``the German``, ``The 19-year-old Dutchman``; ``the teenager``,
``the 45-year-old``; and no link with two candidates, a body of another class or a mismatch.

| measure | first (main 20ed7a3 + set 37a9466) | final (branch descs16) |
| --- | --- | --- |
| links right (of 22) | 12 | 19 |
| links wrong | 1 | 1 |
| no-link kept (of 11) | 10 | 10 |

The rules of brief s16-descs16 were written from these passages' failures, so the final figure is
no measure: from now on this file is a regression set. Still wrong: the rows in ``XFAIL``.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, read_rows

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout9.jsonl"
ROWS = read_rows(PATH)

# Still wrong, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "B04": "the model tags 'Lakeview Dairy' a person, so no company is named before 'The company'",
    "P01": "'party' is linked to the Social Liberal Party, but the harness takes the longest mention over "
           "the word, 'The party's leader' (Marta Quist's)",
    "A02": "the parser tags 'replaces' a plural noun, the head of 'The 45-year-old replaces': no person noun",
}


def test_the_held_out_file_has_its_groups() -> None:
    groups = [row["group"] for row in ROWS]
    assert len(ROWS) == 33 and groups.count("company") == 5 and groups.count("two") == 6
    assert sum(len(row["links"]) for row in ROWS) == 22 and sum(len(row["no_links"]) for row in ROWS) == 11
    assert len({row["text"] for row in ROWS}) == len(ROWS) == len({row["id"] for row in ROWS})


outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 19, ("no_links", "kept"): 10},
    exactly={("links", "wrong"): 1})
