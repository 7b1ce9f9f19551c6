"""Held-out set 11 (brief s19-g2rest): ``tests/data/quotes_heldout11.jsonl``, 12 passages of our own
on the tabloid and broadsheet sports page: posts of several sentences embedded in a paragraph of
their own (double hyphen, one hyphen, em dash), a post signature after the article's own sentences,
quotes interrupted by their attribution or continued in the next paragraph (see
quotes_heldout11.README.md). Published 2025-06-01.

First measured (code at 2baf87e, the branch point; set committed in 302406a before any run): found
11/14, speaker right 10/14, false quotes 2. Misses: three posts of several sentences cut to their last
sentence (double hyphen, one hyphen, em dash), a signer named with his handle (``Dean Okafor
(@deanokafor``) so the quote's entity is not his name.

Final (branch g2rest): found 14/14, speaker right 14/14, false quotes 2, by general rules tested on
other sentences of ours (tests/quotes/test_quotes_tabloid_broadsheet.py). The two false quotes are errors of the set,
not of the code (kept as strict XFAIL below, the set is not edited after its first run). From now on
this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2025-06-01"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout11.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "po-04": "the set's non-quote 'The league said it would review the incident' is itself an indirect quote of "
             "the league (an error of the set: the code is right)",
    "iq-n1": "'called the track 'safe'': the set calls it a scare quote, but the project's golds (giveme5w1h-dev3) "
             "count a framed 'calling X 'Y'' as the caller's quote; the code follows the golds",
}

FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 11, 10, 2
FOUND = 14
SPEAKER_RIGHT = 14
FALSE_QUOTES = 2

scored, test_each_passage, test_the_figures_hold = module_tests(
    ROWS, XFAIL, PUBLISHED, (FOUND, SPEAKER_RIGHT, FALSE_QUOTES))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 12 and sum(len(r["quotes"]) for r in ROWS) == 14


if __name__ == "__main__":
    from newsevents.pipeline import shared_pipeline
    from test_quotes_heldout1 import score_row

    extract = shared_pipeline().extract
    for row in ROWS:
        print(row["id"], score_row(row, extract(row["text"], published=PUBLISHED)))
