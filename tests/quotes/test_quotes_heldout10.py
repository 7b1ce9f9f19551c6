"""A tenth held-out set of attribution passages of our own (issue 15, news-dev15's missed quote classes;
brief s19-dev15e): ``tests/data/quotes_heldout10.jsonl``.

25 short local-news passages written for this set, no sentence taken from a corpus: a speaker named with
a title glued to the name (9), a saying whose subject is a gerund clause (5), ``told <people> <clause>``
without ``that`` (5), and 6 passages that attribute nothing with the same words. 19 expected quotes.
Committed (77c632a) before the code was run on it. Scored with the first set's ``score_row``.
Published 2025-03-12.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2025-03-12"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout10.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "gs-01": "'Mattingly said ...' (a surname never named in full) is no entity, so the quote has no speaker",
    "gs-05": "'said repairing the bridge before the harvest is ...': the parser reads 'is' as an adverbial clause "
             "of 'repairing'",
    "ng-05": "'told students to stay home': an instruction read as a quote",
}

FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 18, 14, 1
FOUND = 18
SPEAKER_RIGHT = 17
FALSE_QUOTES = 1

scored, test_each_passage, test_the_figures_hold = module_tests(
    ROWS, XFAIL, PUBLISHED, (FOUND, SPEAKER_RIGHT, FALSE_QUOTES))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 25 and sum(len(r["quotes"]) for r in ROWS) == 19
    assert sum(1 for r in ROWS if not r["quotes"]) == 6
