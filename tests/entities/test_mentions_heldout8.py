"""A held-out set of passages of our own on appositions after a person's name (brief s16-ents16):
``tests/data/mentions_heldout8.jsonl`` (see its README).

30 short passages written and committed before any rule: appositions opened by a possessor
(``X, Governor Y's chief of staff,``), with no article (``X, executive director of Y,``), with an
adverb (``X, now a lobbyist,``), with a name among the modifiers (``X, a Hinge user,``), with a
demonym head; and phrases after a name's comma that are no apposition (a list, a fronted
``Like X, a growing number of ... are``).

| measure | first (main 8fc1920 + set f63e4f1) | final (branch ents16) |
| --- | --- | --- |
| links right (of 22) | 13 | 20 |
| links wrong | 1 | 1 |
| no-link kept (of 8) | 4 | 7 |

The rules of brief s16-ents16 were written from these passages' failures, so the final figure is
no measure: from now on this file is a regression set. Still wrong: the rows in ``XFAIL``.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, read_rows

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout8.jsonl"
ROWS = read_rows(PATH)

# Still wrong, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "C01": "the parser hangs 'also once a candidate' on the verb (dep), not on the name: no apposition to read",
    "E01": "the model tags the demonym 'Nebraskan' an organisation of its own; no table of US state demonyms yet",
    "N05": "'the Google engineers' is a group of its own with a capitalised word (the scorer's 'named'), "
           "not a link to Raj Singh",
}


def test_the_held_out_file_has_its_groups() -> None:
    groups = [row["group"] for row in ROWS]
    assert len(ROWS) == 30 and groups.count("possessor") == 6 and groups.count("bare-role") == 5
    assert sum(len(row["links"]) for row in ROWS) == 22 and sum(len(row["no_links"]) for row in ROWS) == 8
    assert len({row["text"] for row in ROWS}) == len(ROWS) == len({row["id"] for row in ROWS})


outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 20, ("no_links", "kept"): 7},
    exactly={("links", "wrong"): 1})
