"""An eighth held-out set of quote layouts of our own (issue 15, news-dev13's quote misses; brief
s18-dev13q): ``tests/data/quotes_heldout8.jsonl``.

30 short passages written for this set, no sentence taken from a corpus: quotations closed with two
curly apostrophes (``\u201c...,\u2019\u2019 Lee said``), opened with two curly singles or typewriter
backquotes (9), quotations whose source misplaced a closing mark at the start of the next sentence so
that the narrator's sentence and the next speaker's saying sit between run-on marks (5, one where the
saying inside is the speaker's own account and no break is wanted), a last ``she said`` / ``he said``
after a quotation with another person named before (6), mixed quotes in a relative (``in what X said
was a "..."``, 4, and a scare quote in a relative), speakers named after a fronted saying with a title
(3), and 2 passages without a quote (a title, inch marks). 57 expected quotes. The file was
committed (cf5f58a) before the code was run on it. Scored with the first set's ``score_row``.
Published 2025-11-20.

First measured (code at 67696b8, the branch point, before any change): found 57/57, speaker right
45/57, false quotes 0; 21 of 30 passages right. First misses: every two-apostrophe quotation ran on
over its attribution (5 speakers), the run-on quotations swallowed the narrator's sentence and were
given to the next speaker (4), ``in what their lawyer said was a "..."`` (the indirect quote ``what``).

Final (branch dev13q): found 57/57, speaker right 57/57, false quotes 0; 30 of 30 passages right, by
general rules tested on other sentences of ours (tests/quotes/test_quotes_two_apostrophes_run_on.py). From now on this file is
a regression set, not a measure. No row is still wrong.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2025-11-20"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout8.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
}

FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 57, 45, 0
FOUND = 57
SPEAKER_RIGHT = 57
FALSE_QUOTES = 0

scored, test_each_passage, test_the_figures_hold = module_tests(
    ROWS, XFAIL, PUBLISHED, (FOUND, SPEAKER_RIGHT, FALSE_QUOTES))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 30 and sum(len(r["quotes"]) for r in ROWS) == 57
    assert sum(1 for r in ROWS if not r["quotes"]) == 3  # mx-05, ng-01, ng-02
