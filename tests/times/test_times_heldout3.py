"""Held-out TIMEX3 set 3 (tests/data/times_heldout3.tsv, brief s15-placetimes): 46 sentences of our
own (47 gold times, 2 sentences with none), committed before the system was run on them, scored as
set 1 (tests/times/test_times_heldout1.py: found, exact, type, value, false). ``FIRST`` holds the figures
of the first run; the test holds ``NOW`` as floors (false as a ceiling)."""

from __future__ import annotations

from pathlib import Path

from test_times_heldout1 import assert_floors, print_scores, read_rows

DATA = Path(__file__).parents[1] / "data" / "times_heldout3.tsv"

# First run (code at 8e1a757, before any rule of this branch).
FIRST = {"gold": 47, "found": 47, "exact": 46, "type": 47, "value": 47, "false": 1}
# After the family-name rule written from its one false time ("Coach Mike May"): a regression set
# now. Still inexact: "about 9 p.m. Tuesday" (the hedge stays in the span; TimeBank's annotators
# leave "about" out 11 times and keep it 5, and trimming it lowered TimeBank's strict F1).
NOW = {"gold": 47, "found": 47, "exact": 46, "type": 47, "value": 47, "false": 0}


def test_times_heldout3_counts(extract) -> None:
    assert_floors(extract, read_rows(DATA), NOW)


if __name__ == "__main__":
    print_scores(read_rows(DATA))
