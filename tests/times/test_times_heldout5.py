"""Held-out TIMEX3 set 5 and its figures (tests/data/times_heldout5.tsv and
times_heldout5_figures.tsv, brief s18-dev13q): passages of our own, committed (cf5f58a) before the
system was run on them, scored as set 4 (tests/times/test_times_heldout4.py)."""

from __future__ import annotations

from pathlib import Path

from test_times_heldout1 import assert_floors, read_rows
from test_times_heldout4 import assert_figure_floors, print_sets

DATA = Path(__file__).parents[1] / "data" / "times_heldout5.tsv"
FIGURES = Path(__file__).parents[1] / "data" / "times_heldout5_figures.tsv"


def time_rows():
    return [(p, s, [(t, k, None if v == "-" else v) for t, k, v in golds]) for p, s, golds in read_rows(DATA)]


def figure_rows():
    return read_rows(FIGURES)


# First run (code at 67696b8, before any rule of this branch): every bare day of a month set in an
# earlier year took the nearest year (9), three weekdays under an infinitive of a past act read as the
# next one; 'two years of work' is a time the set forgot (false 1, a flaw of the set). Figures: the
# counts whose noun stands elsewhere were missed (group after 'of', 'out of work', 'N more than', ...).
FIRST = {"gold": 43, "found": 43, "exact": 43, "type": 43, "value": 30, "false": 1}
FIRST_FIGURES = {"gold": 21, "found": 10, "right": 9, "false": 0}
# After the rules of tests/quotes/test_quotes_two_apostrophes_run_on.py (written from news-dev13's misses and these sets'
# misses): a regression set now. Still wrong: 'The road was closed on June 2' and '... the case
# closed on May 12' after another year (the nearest year, by design: docs/times-and-figures.md,
# measured on TimeBank), and 'took over on November 21' after 'in November 2024' (the nearest date
# is before the article, so the year set is not carried: kept so for 'since March 2020 ... on
# March 15' in a March article). Figures: the set's '40' is first found inside '240' (a flaw of the set: one
# WRONG and one FALSE for a right 'about 40'); 'employs 1,300, down from 1,800', '120 were hired',
# '700 of them' still missed.
NOW = {"gold": 43, "found": 43, "exact": 43, "type": 43, "value": 40, "false": 1}
NOW_FIGURES = {"gold": 21, "found": 17, "right": 16, "false": 1}


def test_times_heldout5_counts(extract) -> None:
    assert_floors(extract, time_rows(), NOW)


def test_times_heldout5_figures(extract) -> None:
    assert_figure_floors(extract, figure_rows(), NOW_FIGURES)


if __name__ == "__main__":
    print_sets(time_rows(), figure_rows())
