"""Metric functions shared by every reader: counts to P/R/F1, span alignment, distances.

Spans are ``(start, end)`` half-open character offsets. Every function is pure.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence

Spanlike = tuple[int, int]

EARTH_RADIUS_KM = 6371.0
# Half the Earth's circumference: the largest possible great-circle error, used to scale AUC.
MAX_ERROR_KM = 20039.0
# The customary geocoding tolerance: 100 miles.
ACCURACY_KM = 161.0


def ratio(numerator: float, denominator: float) -> float:
    """A rate that is 0.0 (not an error) when nothing was counted."""
    return numerator / denominator if denominator else 0.0


def prf(true_positives: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts; empty sides give 0.0 rather than a division error."""
    precision = ratio(true_positives, n_predicted)
    recall = ratio(true_positives, n_gold)
    f1 = ratio(2 * precision * recall, precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1}


def overlap(a: Spanlike, b: Spanlike) -> int:
    """Characters shared by two half-open spans (0 when they only touch)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps(a: Spanlike, b: Spanlike) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def same_span(a: Spanlike, b: Spanlike) -> bool:
    return a[0] == b[0] and a[1] == b[1]


def align(
    gold: Sequence[Spanlike],
    predicted: Sequence[Spanlike],
    strict: bool = False,
    score: Callable[[int, int], float] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one greedy alignment of gold and predicted spans: ``[(gold index, predicted index)]``.

    Relaxed mode pairs spans that overlap, largest shared length first (ties: earlier spans
    first), so one long prediction cannot claim two gold spans. Strict mode pairs identical
    spans only. ``score(gi, pi)`` may replace the overlap length as the pairing preference
    (pairs scoring 0 are never made).
    """
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if strict and not same_span(g, p):
                continue
            value = score(gi, pi) if score else overlap(g, p)
            if value > 0:
                candidates.append((-value, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def span_prf(gold: Sequence[Spanlike], predicted: Sequence[Spanlike], strict: bool = False) -> dict[str, float]:
    """P/R/F1 of predicted spans against gold spans under one-to-one alignment."""
    return prf(len(align(gold, predicted, strict=strict)), len(predicted), len(gold))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a spherical Earth."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def accuracy_within(errors_km: Sequence[float | None], limit_km: float = ACCURACY_KM) -> float:
    """Share of errors at most ``limit_km``; ``None`` (no prediction) counts as wrong."""
    return ratio(sum(1 for e in errors_km if e is not None and e <= limit_km), len(errors_km))


def mean_or_none(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def median_or_none(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def auc_log_error(errors_km: Sequence[float]) -> float | None:
    """Area under the curve of sorted, log-scaled errors (Gritta et al. 2018); 0 best, 1 worst.

    Each error is scaled to ``ln(1 + km) / ln(1 + 20039)``; with unit-width steps the area
    under the sorted curve divided by its width is the mean of the scaled errors.
    """
    if not errors_km:
        return None
    scale = math.log1p(MAX_ERROR_KM)
    return statistics.fmean(min(1.0, math.log1p(max(0.0, e)) / scale) for e in errors_km)
