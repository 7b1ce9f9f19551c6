"""Held-out TIMEX3 set 2 (tests/data/times_heldout2.tsv): sentences written after the rules from
set 1 (tests/times/test_times_timetable_present.py) and committed before the system was run on them, scored as set 1
(tests/times/test_times_heldout1.py: found, exact, type, value, false). ``FIRST`` holds the figures of
the first run; the test holds them as floors (false as a ceiling)."""

from __future__ import annotations

from pathlib import Path

from test_times_heldout1 import assert_floors, print_scores, read_rows

DATA = Path(__file__).parents[1] / "data" / "times_heldout2.tsv"

FIRST = {"gold": 41, "found": 41, "exact": 41, "type": 41, "value": 40, "false": 3}
# After the name rules refined from this set's misses (a regression set from then on): the three
# names of people are no times; "Applications close on Friday" (the parser reads "close" as an
# adverb, so no verb tells the tense) is still missed.
NOW = {"gold": 41, "found": 41, "exact": 41, "type": 41, "value": 40, "false": 0}


def test_times_heldout2_counts(extract) -> None:
    assert_floors(extract, read_rows(DATA), NOW)


if __name__ == "__main__":
    print_scores(read_rows(DATA))
