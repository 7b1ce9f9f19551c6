"""LGL, the Local-Global Lexicon corpus (Lieberman et al. 2010): local US news, GeoNames-tagged.

Every ``<toponym>`` counts for recognition; those without a ``<gaztag>`` (the corpus leaves
some unresolved) have no coordinates or id, so they are left out of the resolution figures
and counted in ``skipped``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element

from newsevents.evaluation.geo import GeoGold, GoldToponym, parse_float, parse_int, score
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, limited
from newsevents.evaluation.xmlgeo import load_xml, located_toponyms
from newsevents.pipeline import Pipeline


def read_article(article: Element, skipped: dict[str, int]) -> GoldDoc[GeoGold] | None:
    located = located_toponyms(article, "phrase", skipped)
    if located is None:
        return None
    text, toponyms = located
    gold = GeoGold()
    for node, span, surface in toponyms:
        gaztag = node.find("gaztag")
        toponym = GoldToponym(start=span[0], end=span[1], text=surface)
        if gaztag is None:
            count(skipped, "toponym without gaztag (recognition only)")
        else:
            toponym.geonameid = parse_int(gaztag.get("geonameid"))
            toponym.lat = parse_float(gaztag.findtext("lat"))
            toponym.lon = parse_float(gaztag.findtext("lon"))
        gold.toponyms.append(toponym)
    # dltime is when the feed was crawled: the best stand-in for a publication date.
    published = (article.findtext("dltime") or "")[:10] or None
    return GoldDoc(id=f"lgl-{article.get('docid', '?')}", text=text, gold=gold, published=published)


def read(path: str | Path, skipped: dict[str, int]) -> Iterator[GoldDoc[GeoGold]]:
    for article in load_xml(path, "lgl-dev.xml").iter("article"):
        doc = read_article(article, skipped)
        if doc is not None:
            yield doc


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    skipped: dict[str, int] = {}
    return score("lgl", limited(read(path, skipped), limit), pipeline, skipped)
