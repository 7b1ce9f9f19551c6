"""Toponym recognition and resolution, shared by the GeoWebNews, LGL and GeoVirus readers.

Each reader turns its corpus into :class:`GoldDoc` objects whose gold is a :class:`GeoGold`;
:func:`score` aligns gold toponyms with the mentions of ``record.places`` and computes:

- recognition P/R/F1: a predicted place mention matches a gold toponym when the spans overlap
  (one-to-one, largest overlap first); mentions overlapping an *ignored* gold span (a span the
  corpus marks but that is not a toponym under our definition, e.g. a demonym) count neither
  way;
- resolution on the matched pairs: accuracy@161 km (gold has coordinates; a prediction without
  coordinates is wrong), exact GeoNames id rate (gold has an id), mean/median error in km and
  AUC of log error (pairs with coordinates on both sides).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newsevents.evaluation import metrics
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, run
from newsevents.pipeline import Pipeline
from newsevents.record import Record


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class GeoGold:
    toponyms: list[GoldToponym] = field(default_factory=list)
    # Spans marked in the corpus that are not toponyms for this evaluation.
    ignored: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class PredictedMention:
    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None


def predicted_mentions(record: Record) -> list[PredictedMention]:
    """Every mention of every place, carrying the place's resolution."""
    return [
        PredictedMention(m.start, m.end, p.lat, p.lon, p.geonameid)
        for p in record.places
        for m in p.mentions
    ]


def parse_float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def parse_int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


@dataclass
class GeoTally:
    """Running counts over documents; :meth:`figures` turns them into rates."""

    gold: int = 0
    predicted: int = 0
    ignored_predictions: int = 0
    matched: int = 0
    with_gold_coords: int = 0
    within_161: int = 0
    with_gold_id: int = 0
    same_id: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, gold: GeoGold, predicted: list[PredictedMention]) -> None:
        kept = [
            p for p in predicted
            if not any(metrics.overlaps((p.start, p.end), span) for span in gold.ignored)
            or any(metrics.overlaps((p.start, p.end), (g.start, g.end)) for g in gold.toponyms)
        ]
        self.ignored_predictions += len(predicted) - len(kept)
        self.gold += len(gold.toponyms)
        self.predicted += len(kept)
        pairs = metrics.align([(g.start, g.end) for g in gold.toponyms], [(p.start, p.end) for p in kept])
        self.matched += len(pairs)
        for gi, pi in pairs:
            g, p = gold.toponyms[gi], kept[pi]
            if g.geonameid is not None:
                self.with_gold_id += 1
                self.same_id += p.geonameid == g.geonameid
            if g.lat is None or g.lon is None:
                continue
            self.with_gold_coords += 1
            if p.lat is None or p.lon is None:
                continue
            error = metrics.haversine_km(g.lat, g.lon, p.lat, p.lon)
            self.errors_km.append(error)
            self.within_161 += error <= metrics.ACCURACY_KM

    def figures(self) -> dict[str, float | int | None]:
        recognition = metrics.prf(self.matched, self.predicted, self.gold)
        return {
            "gold_toponyms": self.gold,
            "predicted_mentions": self.predicted,
            "matched": self.matched,
            "recognition_precision": recognition["precision"],
            "recognition_recall": recognition["recall"],
            "recognition_f1": recognition["f1"],
            "accuracy_161km": metrics.ratio(self.within_161, self.with_gold_coords),
            "geonameid_exact": metrics.ratio(self.same_id, self.with_gold_id),
            "resolved_pairs": len(self.errors_km),
            "mean_error_km": metrics.mean_or_none(self.errors_km),
            "median_error_km": metrics.median_or_none(self.errors_km),
            "auc_log_error": metrics.auc_log_error(self.errors_km),
        }


def score(dataset: str, docs: Iterable[GoldDoc[GeoGold]], pipeline: Pipeline, skipped: dict[str, int]) -> Report:
    """Run the pipeline over ``docs`` and score its places."""
    tally = GeoTally()
    n = 0
    for doc, record in run(pipeline, docs, skipped):
        n += 1
        tally.add(doc.gold, predicted_mentions(record))
    # "repaired: ..." counters describe fixed-up gold, not lost gold: report them as notes.
    repaired = {k: v for k, v in skipped.items() if k.startswith("repaired: ")}
    report = Report(dataset=dataset, documents=n, figures=tally.figures(),
                    skipped={k: v for k, v in skipped.items() if k not in repaired})
    report.notes += [f"{v} gold span(s) {k.removeprefix('repaired: ')}" for k, v in repaired.items()]
    report.notes.append(
        "recognition: overlap, one-to-one; accuracy_161km over matched pairs whose gold has coordinates "
        "(no predicted coordinates = wrong); errors over pairs with coordinates on both sides"
    )
    if tally.ignored_predictions:
        report.notes.append(f"{tally.ignored_predictions} predicted mention(s) fell on non-toponym gold spans and were ignored")
    return report
