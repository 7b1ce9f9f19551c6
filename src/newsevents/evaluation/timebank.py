"""TimeBank / AQUAINT (TempEval-3 training data): TIMEX3 recognition and normalisation.

PATH is a ``.tml`` file or a folder searched recursively (e.g. ``tempeval3/Training/TBAQ-cleaned``
holds both TimeBank/ and AQUAINT/). The article text is the TEXT element's text content with its
inline tags removed; the DCT's value is the publication date. Figures, TempEval-3 style:

- strict and relaxed span P/R/F1 (relaxed = any overlap; both one-to-one);
- type accuracy and value accuracy over the relaxed matches (exact string equality);
- value F1 = relaxed F1 x value accuracy, and type F1 likewise.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.evaluation import metrics
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, half_ab, limited, run
from newsevents.ingest import InputError
from newsevents.pipeline import Pipeline
from newsevents.record import Record


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None


def flatten(element: ET.Element) -> tuple[str, list[GoldTimex]]:
    """The element's text content and every TIMEX3 inside it, with offsets into that text."""
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3" and node is not element:
            text = "".join(pieces)[start:length]
            timexes.append(GoldTimex(start, length, text, node.get("type", ""), node.get("value")))

    walk(element)
    return "".join(pieces), timexes


def creation_date(root: ET.Element) -> str | None:
    """The document creation time (the DCT TIMEX3's value), as YYYY-MM-DD when it has one."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value") or ""
            return value[:10] if len(value) >= 10 and value[4] == "-" else None
    return None


def read_file(path: Path, skipped: dict[str, int]) -> GoldDoc[list[GoldTimex]] | None:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        count(skipped, "unreadable .tml file")
        return None
    text_element = root.find(".//TEXT")
    if text_element is None:
        count(skipped, "no TEXT element")
        return None
    text, timexes = flatten(text_element)
    published = creation_date(root)
    if published is None:
        count(skipped, "no usable DCT (relative values unscorable)")
    return GoldDoc(id=path.stem, text=text, gold=timexes, published=published)


def tml_files(path: str | Path) -> list[Path]:
    target = Path(path)
    if target.is_file():
        return [target]
    if not target.is_dir():
        raise InputError(f"{path}: no such file or folder")
    files = sorted(target.rglob("*.tml"))
    if not files:
        raise InputError(f"{path}: no .tml files here")
    return files


HALVES = ("a", "b")


def tbaq_half(stem: str) -> str:
    """The half (``a`` or ``b``) a TimeBank/AQUAINT document belongs to, fixed by its file stem alone:
    the SHA-1 of the stem (UTF-8) whose first hex digit is below 8 is half ``a``, else ``b``.
    Half ``a`` is a rule source (session 20, branch times20); half ``b`` is scored for figures only."""
    return half_ab(stem)


def chosen_half() -> str | None:
    """The half asked for with ``evaluate timebank --half a|b`` (NEWSEVENTS_TIMEBANK_HALF), or None: all."""
    half = os.environ.get("NEWSEVENTS_TIMEBANK_HALF") or None
    if half is not None and half not in HALVES:
        raise InputError(f"timebank half {half!r}: choose a or b")
    return half


def read(path: str | Path, skipped: dict[str, int], half: str | None = None) -> Iterator[GoldDoc[list[GoldTimex]]]:
    for file in tml_files(path):
        if half is not None and tbaq_half(file.stem) != half:
            continue
        doc = read_file(file, skipped)
        if doc is not None:
            yield doc


@dataclass
class TimexTally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_right: int = 0
    value_right: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type -> [gold, found, value right]

    def add(self, gold: list[GoldTimex], predicted: list[tuple[int, int, str, str | None]]) -> None:
        gold_spans = [(g.start, g.end) for g in gold]
        pred_spans = [(p[0], p[1]) for p in predicted]
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.strict += len(metrics.align(gold_spans, pred_spans, strict=True))
        pairs = metrics.align(gold_spans, pred_spans)
        self.relaxed += len(pairs)
        for g in gold:
            self.by_type.setdefault(g.type, [0, 0, 0])[0] += 1
        for gi, pi in pairs:
            g, (_, _, ptype, pvalue) = gold[gi], predicted[pi]
            self.type_right += ptype == g.type
            self.value_right += pvalue == g.value
            self.by_type[g.type][1] += 1
            self.by_type[g.type][2] += pvalue == g.value

    def figures(self) -> dict[str, float | int]:
        strict = metrics.prf(self.strict, self.predicted, self.gold)
        relaxed = metrics.prf(self.relaxed, self.predicted, self.gold)
        type_accuracy = metrics.ratio(self.type_right, self.relaxed)
        value_accuracy = metrics.ratio(self.value_right, self.relaxed)
        return {
            "gold_timexes": self.gold,
            "predicted_times": self.predicted,
            "strict_precision": strict["precision"],
            "strict_recall": strict["recall"],
            "strict_f1": strict["f1"],
            "relaxed_precision": relaxed["precision"],
            "relaxed_recall": relaxed["recall"],
            "relaxed_f1": relaxed["f1"],
            "type_accuracy": type_accuracy,
            "type_f1": relaxed["f1"] * type_accuracy,
            "value_accuracy": value_accuracy,
            "value_f1": relaxed["f1"] * value_accuracy,
        }

    def breakdown(self) -> dict[str, dict[str, float | int]]:
        return {
            t: {"gold": n, "recall_relaxed": metrics.ratio(found, n), "value_right": metrics.ratio(right, n)}
            for t, (n, found, right) in sorted(self.by_type.items())
        }


def predicted_times(record: Record) -> list[tuple[int, int, str, str | None]]:
    return [(t.start, t.end, t.type, t.value) for t in record.times]


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    skipped: dict[str, int] = {}
    tally = TimexTally()
    n = 0
    half = chosen_half()
    for doc, record in run(pipeline, limited(read(path, skipped, half), limit), skipped):
        n += 1
        tally.add(doc.gold, predicted_times(record))
    report = Report(dataset="timebank", documents=n, figures=tally.figures(), skipped=skipped)
    for timex_type, row in tally.breakdown().items():
        report.breakdown[f"gold type {timex_type}"] = row
    if half is not None:
        report.notes.append(f"half {half} only (SHA-1 of the file stem, first hex digit < 8: a, else b)")
    report.notes.append("relaxed = overlap, strict = same span, both one-to-one; type/value accuracy over relaxed matches")
    return report
