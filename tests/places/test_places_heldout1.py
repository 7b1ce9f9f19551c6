"""A held-out set of US local and regional news toponyms of our own (brief s14-places):
``tests/data/places_heldout1.tsv``.

60 passages (1-2 sentences) written for this set, none copied from a corpus: "City, ST" and
"City, State" pairs with AP abbreviations (``Ga.``, ``N.Y.``), small towns sharing a bigger
namesake's name (``Paris, Texas``, ``Athens, Tenn.``, ``Moscow, Idaho``, ``Lebanon, Pa.``), bare
towns whose state the story names elsewhere, counties, rivers and lakes (the offline gazetteer has
no GeoNames id for most: scored for recognition only), ``Georgia`` the state and the country, and
13 non-places (people named Austin, Jackson, Washington, Jordan, Houston, Charlotte, Cleveland;
teams ``Dallas beat Boston``; the demonym ``Texans``). 152 rows: 132 toponyms with a GeoNames id,
7 without, 13 non-places. The file was written before the code was run on it; the first figures were
taken by one run of this harness (counts only, no failure read) just before the commit that added them.

Measures: a toponym row is *found* when a place mention overlaps its span; *id right* when that
place has the gold GeoNames id; *within 161 km* when its point lies within 161 km of the gold's;
*false* counts non-place rows a place mention overlaps; *extra* counts place mentions that overlap
no row at all (streets such as ``Interstate 5``, buildings).

The rules of s14-places were written from the failure classes of this set (read after the first
figures were committed) and tested on other sentences of our own (tests/places/test_places_us_local.py):
it is a regression set now, not a measure. Still wrong: ``The Twin Cities`` (no such name offline),
``Charlotte schools`` after ``Charlotte Brown`` (a lone first name of a person named earlier is
kept out; letting a first name that modifies a noun through cost LGL dev precision: ``Bush
administration``, ``the Marsh home``), ``the Eagles`` taken for a place (an extra).

| measure | first (before any rule of this branch) | final (regression set) |
| --- | --- | --- |
| found (of 139) | 135 | 137 |
| id right (of 132) | 119 | 131 |
| within 161 km (of 132) | 120 | 131 |
| false (of 13) | 4 | 0 |
| extra | 1 | 1 |
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

PATH = Path(__file__).parents[1] / "data" / "places_heldout1.tsv"
PUBLISHED = "2025-06-02"


def read_rows(path: Path = PATH) -> list[tuple[str, ...]]:
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines[1:] if line]


ROWS = read_rows()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def _span(passage: str, span: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = passage.index(span, start + 1)
    return start, start + len(span)


def score(extract, rows=ROWS, published: str = PUBLISHED) -> tuple[dict[str, int], list[str]]:
    """The counts of a set of toponym rows (found, id, 161, false, extra) and a line for each miss.

    A row whose gold is ``-`` holds no place (a place mention there is *false*); ``?`` a place with no
    GeoNames id (scored for recognition only); ``x`` a street, a road or a school, kept by the
    contract as an unresolved landmark, so only a mention there that resolves to an id is *false*.
    One scorer for every held-out place set (sets 2 and 3 and the later ones import it)."""
    passages: dict[str, str] = {}
    for row in rows:
        passages.setdefault(row[0], row[7])
    places = {pid: extract(text, published=published).places for pid, text in passages.items()}
    counts = {"found": 0, "id": 0, "161": 0, "false": 0, "extra": 0}
    misses: list[str] = []
    covered: dict[str, list[tuple[int, int]]] = {}
    for pid, span, nth, gold, _level, lat, lon, passage in rows:
        start, end = _span(passage, span, int(nth))
        covered.setdefault(pid, []).append((start, end))
        hits = [p for p in places[pid] for m in p.mentions if m.start < end and start < m.end]
        hit = hits[0] if hits else None
        if gold == "x":
            wrong = next((p for p in hits if p.geonameid is not None), None)
            counts["false"] += wrong is not None
            if wrong is not None:
                misses.append(f"FALSE {pid} {span!r} -> {wrong.name} {wrong.level}")
            continue
        if gold == "-":
            counts["false"] += hit is not None
            if hit is not None:
                misses.append(f"FALSE {pid} {span!r} -> {hit.name} {hit.level}")
            continue
        counts["found"] += hit is not None
        if hit is None:
            misses.append(f"MISSED {pid} {span!r}")
        if gold == "?" or hit is None:
            continue
        counts["id"] += str(hit.geonameid) == gold
        near = hit.lat is not None and _km(float(lat), float(lon), hit.lat, hit.lon) <= 161
        counts["161"] += near
        if str(hit.geonameid) != gold:
            misses.append(
                f"WRONG {pid} {span!r} -> {hit.name} {hit.level} {hit.country} {hit.admin1} "
                f"{hit.geonameid} (gold {gold}{'' if near else ', far'})"
            )
    for pid, found in places.items():
        for p in found:
            for m in p.mentions:
                if not any(m.start < e and s < m.end for s, e in covered[pid]):
                    counts["extra"] += 1
                    misses.append(f"EXTRA {pid} {m.text!r} -> {p.name} {p.level}")
    return counts, misses


@pytest.fixture(scope="module")
def counts(extract) -> dict[str, int]:
    return score(extract)[0]


def test_the_set_is_as_described() -> None:
    assert len(ROWS) == 152
    assert sum(r[3] == "-" for r in ROWS) == 13 and sum(r[3] == "?" for r in ROWS) == 7


def test_heldout_figures_do_not_fall(counts) -> None:
    assert counts["found"] >= 137 and counts["id"] >= 131 and counts["161"] >= 131
    assert counts["false"] <= 0 and counts["extra"] <= 1
