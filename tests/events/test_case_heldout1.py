"""A first held-out set of ACLED-style snippets of our own (issue 14, brief s14-case),
``tests/data/case_heldout1.tsv``, scored the way ``newsevents evaluate case2021`` scores the CASE 2021
snippets (evaluation/case2021.py): a mapped sub-type is found when some event has a type the data set's
README accepts for it; a disaster snippet is wrong when any event has a conflict type.

102 snippets in wire style (Africa, South Asia, Latin America, Middle East, Europe), each 1-2 sentences,
written and committed (5b2f7f0) before the code was run on them; none is copied from a corpus: 90 of
twelve ACLED-like kinds (peaceful protest; protest with intervention and force against protest; mob
violence and riots; armed clash; attack on civilians; air and drone strikes, shelling, rockets, roadside
bombs, landmines, a suicide bomb; abduction; arrest; looting and property destruction; agreement;
territory seized or regained; non-violent transfer of territory) and 12 disasters or accidents (flood,
landslide, earthquake, cyclone, lightning, forest fire; bus, factory fire, gas explosion, collapse, train
collision, tanker fire) with no conflict in them.

| | first (main at 3fd18cb) | final (this branch) |
| --- | --- | --- |
| accepted type found (of 90) | 79 (0.878) | 87 (0.967) |
| disasters coded as conflict (of 12) | 0 | 0 |

First misses (no event unless named): a candlelight vigil; rival groups "fought for control of" a mine;
"opened fire on a market"; "beheaded three farmers"; "Rockets fired from Gaza landed near"; "has
disappeared after being taken away by men"; "were taken hostage by jihadists"; "picked up an opposition
MP"; "blew up a gas pipeline" (COERCE, not ASSAULT); "retook several villages"; "abandoned the town".

Fixed only by general means (rows in event_lexicon.tsv and cues, the lemmatizer's irregular forms in the
events stage; each tested on other sentences of our own with negatives in test_conflict_news_coverage.py).
Left: the vigil (a vigil row was tried and dropped: one for the dead of a crash is no protest), "taken
away by men in plain clothes", and the pipeline blown up (the project codes destruction as CAMEO's
COERCE, where CASE's mapping wants ASSAULT). From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from newsevents.evaluation import case2021

PATH = Path(__file__).parents[1] / "data" / "case_heldout1.tsv"
FOUND = 87  # floor: snippets of a mapped sub-type with an accepted type (first 79, before any rule)
CONFLICT = 0  # ceiling: disaster snippets coded as conflict


def test_the_file_has_ninety_mapped_and_twelve_disaster_snippets() -> None:
    docs = list(case2021.read(PATH, skipped := {}))
    assert not skipped and len(docs) == 102
    assert sum(d.gold.subtype in case2021.DISASTERS for d in docs) == 12
    assert len({d.text for d in docs}) == 102


def test_held_out_snippets_scored_as_case2021(pipeline) -> None:
    report = case2021.evaluate(str(PATH), None, pipeline)
    figures = report.figures
    assert figures["mapped_snippets"] == 90 and figures["disaster_snippets"] == 12
    assert round(figures["accepted_type_found"] * 90) >= FOUND
    assert round(figures["disaster_coded_as_conflict"] * 12) <= CONFLICT
