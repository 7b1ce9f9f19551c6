"""GeoWebNews (Gritta et al. 2020): toponym recognition and resolution on 200 web news articles.

Read from ``GWN.xml`` rather than the BRAT ``N.txt``/``N.ann`` pairs: the XML is one file and
carries, for every span, the fine-grained type, whether it is a modifier adjective or noun,
and coordinates even where no GeoNames id exists (the BRAT notes carry ids only), so
resolution can be scored on 2,601 spans instead of 2,401.

Which spans count as toponyms (:data:`TOPONYM_TYPES`): proper place names, whatever the
sentence does with them, because a geoparser must find and place all of them — literal
(``Frenchmen Street``), mixed (``Morocco`` as place and polity), metonymic (``Turkey`` said),
embedded in a longer name (``Washington`` in ``University of Washington``), and place names
used as noun modifiers (``a Hamburg resident``, ``Russia talks``). Not counted, and neutral
when predicted: adjectival forms (``French``, ``Syrian``: newsevents codes these as entity
countries, not places), demonyms, languages, homonyms (people named like places),
non-toponyms and coercions (organisations, events), and the common-noun place expressions
(``city``, ``neighborhood``).
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

TOPONYM_TYPES = frozenset({
    "Literal", "Mixed", "Metonymic", "Literal_Modifier", "Non_Literal_Modifier",
    "Embedded_Literal", "Embedded_Non_Lit",
})


def is_toponym(span_type: str, modifier_type: str) -> bool:
    return span_type in TOPONYM_TYPES and modifier_type != "Adjective"


def read_article(article: Element, skipped: dict[str, int]) -> GoldDoc[GeoGold] | None:
    located = located_toponyms(article, "extractedName", skipped)
    if located is None:
        return None
    text, toponyms = located
    gold = GeoGold()
    for node, span, surface in toponyms:
        if not is_toponym(node.findtext("type") or "", node.findtext("modifierType") or ""):
            gold.ignored.append(span)
            continue
        gold.toponyms.append(GoldToponym(
            start=span[0], end=span[1], text=surface,
            lat=parse_float(node.findtext("latitude")), lon=parse_float(node.findtext("longitude")),
            geonameid=parse_int(node.findtext("geonamesID")),
        ))
        if gold.toponyms[-1].lat is None:
            count(skipped, "toponym without coordinates (recognition only)")
    return GoldDoc(id=f"gwn-{article.get('file', '?')}", text=text, gold=gold)


def read(path: str | Path, skipped: dict[str, int]) -> Iterator[GoldDoc[GeoGold]]:
    for article in load_xml(path, "GWN.xml").iter("article"):
        doc = read_article(article, skipped)
        if doc is not None:
            yield doc


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    skipped: dict[str, int] = {}
    report = score("geowebnews", limited(read(path, skipped), limit), pipeline, skipped)
    report.notes.append("toponym types: " + ", ".join(sorted(TOPONYM_TYPES)) + " (adjectival forms excluded)")
    return report
