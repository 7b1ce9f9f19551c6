"""Held-out sets of brief s19-dev15p, written and committed (826e969) before the code was run on them:

* ``tests/data/places_heldout6.tsv``: 30 passages of our own (US and UK local news), 81 rows (75 toponyms, 3
  of them absent from the gazetteer, and 6 non-places): bare counties before ``counties``, ``X Co.``, a town in
  parentheses after a county's possessive, villages after their noun, namesakes, and negatives (companies
  ``Co.``, ``Village People``, ``A Town Called Malice``) (scored as places_heldout3.tsv);
* ``tests/data/times_heldout6.tsv``: 31 sentences (27 with 28 holidays, 4 negatives) and
  ``tests/data/times_heldout6_figures.tsv``: 21 sentences (23 counts whose noun stands elsewhere, 3 controls).

| figure | places found (of 75) | id (of 72) | 161 km | false | extra | times found / value (of 28) | time false | figures found / right (of 23) | figure false |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| first (826e969 = main 2baf87e plus the sets) | 63 | 57 | 57 | 0 | 0 | 7 / 0 | 1 | 13 / 10 | 0 |
| final (this branch) | 73 | 67 | 67 | 0 | 0 | 28 / 28 | 1 | 23 / 23 | 0 |

The rules (components/places_local.py, places_story.listed_counties, temporal/holidays.py with
data/holidays.tsv, figures.py's counts elsewhere) were written from these sets' failure classes and news-dev15's
misses and tested on other sentences of our own (tests/places/test_places_small_towns.py, test_times_holidays.py,
test_figures_counted_noun_elsewhere.py): all three sets are regression sets now. Still wrong: ``Newmarket`` with no other
English place in its passage read as the Ontario town (18, 20), ``Tarporley`` a place with no id (its
passage names no other place, so which namesake the text does not tell: kept so for ``the town of Gali`` in
tests/actors/test_actor_codes_world_wire.py, whose only namesake is abroad), ``Lavenham`` and ``Burwell`` not recognised,
the time set's one false time (``a Sunday service``: the weekday of a kind of service).
"""

from __future__ import annotations

from pathlib import Path

from test_places_heldout1 import read_rows as read_place_rows
from test_places_heldout3 import score as score_places
from test_times_heldout1 import assert_floors, read_rows
from test_times_heldout4 import assert_figure_floors

DATA = Path(__file__).parents[1] / "data"
PLACE_ROWS = read_place_rows(DATA / "places_heldout6.tsv")
NOW_TIMES = {"gold": 28, "found": 28, "exact": 28, "type": 28, "value": 28, "false": 1}
NOW_FIGURES = {"gold": 23, "found": 23, "right": 23, "false": 0}


def test_the_sets_are_as_described() -> None:
    assert len(PLACE_ROWS) == 81 and len({r[0] for r in PLACE_ROWS}) == 30
    assert sum(r[3] == "-" for r in PLACE_ROWS) == 6 and sum(r[3] == "?" for r in PLACE_ROWS) == 3


def test_places_heldout6_figures_do_not_fall(extract) -> None:
    counts, misses = score_places(extract, PLACE_ROWS)
    assert counts["found"] >= 73 and counts["id"] >= 67 and counts["161"] >= 67, (counts, misses)
    assert counts["false"] == 0 and counts["extra"] == 0, (counts, misses)


def test_times_heldout6_counts(extract) -> None:
    rows = [(p, s, [(t, k, None if v == "-" else v) for t, k, v in g]) for p, s, g in read_rows(DATA / "times_heldout6.tsv")]
    assert_floors(extract, rows, NOW_TIMES)


def test_times_heldout6_figures(extract) -> None:
    assert_figure_floors(extract, read_rows(DATA / "times_heldout6_figures.tsv"), NOW_FIGURES)
