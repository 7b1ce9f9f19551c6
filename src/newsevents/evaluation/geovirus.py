"""GeoVirus (Gritta et al. 2018): WikiNews disease-outbreak articles with toponym coordinates.

The gold has coordinates and Wikipedia pages but no GeoNames ids, so ``geonameid_exact`` is
always 0 here (nothing to compare). The corpus's offsets are shifted by one character; spans
are re-anchored on the nearest occurrence of the toponym's name (see ``xmlgeo.locate``).
Buildings, streets and rivers are not annotated, so predicting them costs precision.

``--half a|b`` (environment variable ``NEWSEVENTS_GEOVIRUS_HALF``) scores one fixed half: an
article is in half ``a`` when the first hex digit of the SHA-1 of its source URL (its position's
string when it has none) is below 8 (``runner.half_ab``). Half a is a rule source (branch geo20);
half b is the generalisation figure: only its summary figures are read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from newsevents.evaluation.geo import GeoGold, GoldToponym, parse_float, parse_int, score
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, half_ab, limited
from newsevents.evaluation.xmlgeo import load_xml, locate
from newsevents.pipeline import Pipeline

HALF_ENV = "NEWSEVENTS_GEOVIRUS_HALF"


def article_key(article: Element, index: int) -> str:
    """The article's id for halving: its source URL, else its position's string."""
    return (article.findtext("source") or "").strip() or str(index)


def read_article(article: Element, index: int, skipped: dict[str, int]) -> GoldDoc[GeoGold] | None:
    text = article.findtext("text") or ""
    if not text.strip():
        count(skipped, "empty article")
        return None
    gold = GeoGold()
    for node in article.iter("location"):
        surface = node.findtext("name") or ""
        start, end = parse_int(node.findtext("start")), parse_int(node.findtext("end"))
        span = locate(text, surface, start, end)
        if span is None:
            count(skipped, "span not found in text")
            continue
        if span != (start, end):
            count(skipped, "repaired: offset shifted to the name")
        gold.toponyms.append(GoldToponym(
            start=span[0], end=span[1], text=surface,
            lat=parse_float(node.findtext("lat")), lon=parse_float(node.findtext("lon")),
        ))
    return GoldDoc(id=f"geovirus-{index}", text=text, gold=gold)


def read(path: str | Path, skipped: dict[str, int], half: str | None = None) -> Iterator[GoldDoc[GeoGold]]:
    for index, article in enumerate(load_xml(path, "GeoVirus.xml").iter("article")):
        if half and half_ab(article_key(article, index)) != half:
            continue
        doc = read_article(article, index, skipped)
        if doc is not None:
            yield doc


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    skipped: dict[str, int] = {}
    half = os.environ.get(HALF_ENV) or None
    report = score("geovirus", limited(read(path, skipped, half), limit), pipeline, skipped)
    report.notes.append("GeoVirus has no GeoNames ids: geonameid_exact is not meaningful here")
    if half:
        report.notes.append(f"half {half} only (first hex digit of the SHA-1 of the source URL < 8: a)")
    return report
