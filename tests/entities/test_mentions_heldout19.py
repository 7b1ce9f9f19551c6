"""Held-out set 19 (brief s20-dev16m): ``tests/data/mentions_heldout19.jsonl``, 22 web-news passages of
our own: a possessive name inside a description apposition, a headline's bare subject noun and trailing
title label, ``He`` as the body's first word, a demonstrative description, an opinion piece's ``The
writer/contributor is``, ``The company has informed that``; each with negatives (two fitting persons);
see mentions_heldout19.README.md.

First measured (code at 812fab2, the branch point; set committed in dcb314f before any run): links right
8/20 (wrong 6, missed 6), no-links kept 5/7, names 5/5. Final (branch dev16m): links right 14/20 (wrong 5,
missed 1), no-links kept 5/7, names 5/5, by the rules tested on other sentences of ours in
tests/entities/test_headline_labels_demonstratives.py. From now on a regression set. Still wrong, kept as strict XFAIL below.
"""

from __future__ import annotations

from pathlib import Path

from mentions_heldout import module_tests, print_links, read_rows

PATH = Path(__file__).parents[1] / "data" / "mentions_heldout19.jsonl"
ROWS = read_rows(PATH)

_SET_FLAW = ("a flaw of the set: the scorer takes the wanted entity at the first 'NAME' occurrence, which lies "
             "inside the longer apposition mention 'NAME's niece' (the other person's); the system keeps the "
             "possessor a person of his own, with the later surname")
XFAIL: dict[str, str] = {
    "A01": _SET_FLAW,
    "A02": _SET_FLAW,
    "A03": _SET_FLAW,
    "H01": "the lead's subject 'Sofia Marek' makes no entity of its own (its surname joins the father's): the "
           "headline noun stays a person 'Daughter'",
    "P01": "the headline's possessive 'Cook's' is tagged a name, so 'He' joins that named 'Cook'",
    "D02": "the model tags 'Mina Sato' an ORG: no person to link to",
    "N01": "an older rule links the headline's 'Daughter' to the first of two daughters of the lead",
    "N03": "the headline's bare 'Teacher' is made a person of its own, which the scorer counts as named",
}


def test_the_set_has_its_groups() -> None:
    links = sum(len(row["links"]) for row in ROWS)
    no_links = sum(len(row["no_links"]) for row in ROWS)
    assert len(ROWS) == 22 and links == 20 and no_links == 7


outcome, test_held_out_row, test_held_out_figures = module_tests(
    ROWS, XFAIL, at_least={("links", "right"): 14, ("no_links", "kept"): 5, ("names", "right"): 5},
    exactly={})


if __name__ == "__main__":
    print_links(ROWS)
