"""Reading the XML geoparsing corpora (GeoWebNews, LGL, GeoVirus): parsing and offset repair."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

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
