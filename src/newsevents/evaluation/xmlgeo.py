"""Reading the XML geoparsing corpora (GeoWebNews, LGL, GeoVirus): parsing and offset repair."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from newsevents.evaluation.geo import parse_int
from newsevents.evaluation.runner import count
from newsevents.ingest import InputError

# How far (in characters) a corpus offset may be off before the span is given up as unusable.
REPAIR_WINDOW = 40


def load_xml(path: str | Path, expected_file: str) -> ET.Element:
    """The root element of a corpus XML file; a folder is searched for ``expected_file``."""
    target = Path(path)
    if target.is_dir():
        found = sorted(target.rglob(expected_file))
        if not found:
            raise InputError(f"{path}: no {expected_file} in this folder")
        target = found[0]
    try:
        return ET.parse(target).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"{target}: cannot read corpus XML: {exc}") from None


def locate(text: str, surface: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The span of ``surface`` in ``text``: the given offsets when they fit, otherwise the
    nearest occurrence within :data:`REPAIR_WINDOW` characters of them (GeoVirus offsets are
    shifted by one; a few GeoWebNews ones by more), else None."""
    if start is not None and end is not None and text[start:end] == surface:
        return start, end
    if not surface or start is None:
        return None
    best: int | None = None
    lo = max(0, start - REPAIR_WINDOW)
    position = text.find(surface, lo)
    while position != -1 and position <= start + REPAIR_WINDOW:
        if best is None or abs(position - start) < abs(best - start):
            best = position
        position = text.find(surface, position + 1)
    return (best, best + len(surface)) if best is not None else None


def located_toponyms(
    article: ET.Element, surface_tag: str, skipped: dict[str, int]
) -> tuple[str, list[tuple[ET.Element, tuple[int, int], str]]] | None:
    """An article's text and its ``<toponym>`` nodes with their repaired spans and surfaces
    (None for an empty article); spans that cannot be found are counted in ``skipped``."""
    text = article.findtext("text") or ""
    if not text.strip():
        count(skipped, "empty article")
        return None
    found = []
    for node in article.iter("toponym"):
        surface = node.findtext(surface_tag) or ""
        span = locate(text, surface, parse_int(node.findtext("start")), parse_int(node.findtext("end")))
        if span is None:
            count(skipped, "span not found in text")
            continue
        found.append((node, span, surface))
    return text, found

