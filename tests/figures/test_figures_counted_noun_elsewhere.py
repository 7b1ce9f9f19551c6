"""Counts whose counted noun stands elsewhere (brief s19-dev15p; news-dev15's population misses and
tests/data/times_heldout6_figures.tsv's classes): a level noun after a group (`a population high
of N`), a group's size through a year's phrase, a part of a possessed whole (`N of X's M counties`),
a level `held firm at N` (no detention), `sits at` / `peaked at`, `up from N`. Sentences of our own."""

from __future__ import annotations

import pytest


def _figures(extract, text: str) -> list[tuple[str, str, float]]:
    return [(f.text, f.kind, f.value) for f in extract(text, published="2026-03-22").figures]


@pytest.mark.parametrize("text,number", [
    ("The borough's population hit a record high of 88,410 in the spring.", 88410),
    ("Membership of the club climbed to a peak of 1,140 before the war.", 1140),
    ("Greene County's population in 2020 of 7,350 was its lowest in a century.", 7350),
    ("Only 9 of Iowa's 99 counties added jobs in the quarter.", 9),
    ("Only 9 of Iowa's 99 counties added jobs in the quarter.", 99),
    ("Pierce County, which has no large town, held firm at 7,260.", 7260),
    ("School enrollment held steady at 3,020 this fall.", 3020),
    ("The town's population peaked at 4,480 in 1920.", 4480),
    ("Its population now sits at roughly 19,000, officials estimate.", 19000),
    ("The clinic treats 410 patients a week, up from 350.", 350),
])
def test_a_count_whose_noun_stands_elsewhere(extract, text: str, number: int) -> None:
    assert any(kind == "count" and value == number for _, kind, value in _figures(extract, text)), _figures(extract, text)


def test_held_in_custody_is_still_an_arrest(extract) -> None:
    kinds = {kind for _, kind, _ in _figures(extract, "Police held 14 protesters overnight at the station.")}
    assert kinds == {"arrested"}


@pytest.mark.parametrize("text", [
    "The temperature reached a high of 31 on Tuesday.",
    "The county's jobless rate peaked at 9.5 percent.",
])
def test_a_level_that_is_no_group_is_no_count(extract, text: str) -> None:
    assert not any(kind == "count" for _, kind, _ in _figures(extract, text)), _figures(extract, text)
