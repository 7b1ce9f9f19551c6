"""A held-out set of passages of our own on who is who in US news (issue 15, brief s13-ents):
``tests/data/mentions_heldout2.jsonl`` (see its README).

72 short passages in US broadsheet, TV, tabloid, business, sports and entertainment styles, written
and committed (94be762) before the code was run on them: titles and descriptions before names,
descriptions after names, relations, demonym-looking given names, group names the model splits,
state roles (candidates) against private people, ``<Demonym> Americans``, headline verbs and
two-candidate cases. Published 2025-09-10. Scored by tests/mentions_heldout.py.

| measure | first (main d83293e) | final (branch ents) |
| --- | --- | --- |
| links right (of 31) | 20 | 25 |
| links wrong | 0 | 0 |
| no-link kept (of 6) | 6 | 6 |
| country right (of 41) | 28 | 35 |
| sector right (of 12) | 12 | 12 |
| names right (of 23) | 14 | 19 |
| not-names kept (of 5) | 5 | 5 |
| parties right (of 5) | 3 | 5 |

The rules of brief s13-ents were written from these passages' failures (and news-dev7's, already
read), so the final figure is no measure: from now on this file is a regression set. Still wrong:
the rows in ``XFAIL``.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, read_rows

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout2.jsonl"
ROWS = read_rows(PATH)

# Still wrong at the end of brief s13-ents, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "A05": "'The host' after 'Comedian X, who hosts a late-night show': a verb's noun is no description read",
    "B04": "'Fair Maps Michigan': adjective and noun before a place, no slogan word; the model tags nothing",
    "B05": "'Two Rivers Together': no place inside; tagged a person 'Rivers Together'",
    "B07": "'Better Georgia Today' coded GEO: a country word glued inside an unknown body's name between "
           "words that are no proper nouns",
    "B08": "'Citizens for a Fair Wisconsin', 'Main Street Now': names with lower-case words or no place",
    # F03 passes since brief s19-dev15e ("Her husband" after "X married Y" links Y)
    "R05": "'The head of the Federal Reserve, X,': 'head' is an office only with a body (body_office) and "
           "no role cluster is made before the name",
    # R09 passes since brief s17-dev12e: "Lydia" is a given name of given_names.tsv, so "Lydia Graves" is a person
    "S09": "'The Republican nominee for governor, X,': no place in the story, so no country to take",
}


def test_the_held_out_file_has_its_groups() -> None:
    groups = [row["group"] for row in ROWS]
    assert len(ROWS) == 72 and groups.count("two") == 6 and groups.count("demonym") == 11
    assert len({row["text"] for row in ROWS}) == len(ROWS) == len({row["id"] for row in ROWS})


# the final figures of the table above (a floor: a change that loses links or codes fails)
outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 27, ("countries", "right"): 35, ("sectors", "right"): 12, ("names", "right"): 19},
    exactly={("links", "wrong"): 0, ("no_links", "kept"): 6, ("not_names", "kept"): 5, ("parties", "right"): 5})
