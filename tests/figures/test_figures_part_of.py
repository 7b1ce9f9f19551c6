"""A part of a counted whole (``21 of 71 laps``, ``three of the five hostages``) counts the same things."""

from __future__ import annotations


def test_a_part_of_a_counted_whole_is_a_count_of_the_same_things(extract) -> None:
    record = extract("The race was stopped with 21 of 71 laps completed.", published="2018-05-05")
    figures = {(f.kind, f.value, f.about) for f in record.figures}
    assert ("count", 21, "lap") in figures and ("count", 71, "lap") in figures
    record = extract("Three of the five hostages were freed on Monday.", published="2018-05-05")
    assert ("count", 3, "hostage") in {(f.kind, f.value, f.about) for f in record.figures}


def test_one_of_is_still_no_figure(extract) -> None:
    record = extract("One of the 12 climbers reached the top.", published="2018-05-05")
    assert [f.value for f in record.figures] == [12]
