"""The shared metric functions: counts to rates, span alignment, distances."""

from __future__ import annotations

import pytest

from newsevents.evaluation import metrics


def test_prf_from_counts() -> None:
    assert metrics.prf(2, 4, 8) == pytest.approx({"precision": 0.5, "recall": 0.25, "f1": 1 / 3})


def test_prf_with_nothing_predicted_or_nothing_gold_is_zero_not_an_error() -> None:
    assert metrics.prf(0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert metrics.prf(0, 3, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_overlap_is_half_open() -> None:
    assert metrics.overlap((0, 5), (5, 9)) == 0
    assert not metrics.overlaps((0, 5), (5, 9))
    assert metrics.overlap((0, 6), (5, 9)) == 1


def test_relaxed_alignment_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [(0, 10), (12, 20)]
    # the long prediction overlaps both gold spans but may take only one: the larger overlap
    predicted = [(0, 20), (14, 18)]
    assert metrics.align(gold, predicted) == [(0, 0), (1, 1)]


def test_one_long_prediction_cannot_match_two_gold_spans() -> None:
    assert metrics.span_prf([(0, 4), (5, 9)], [(0, 9)]) == pytest.approx(
        {"precision": 1.0, "recall": 0.5, "f1": 2 / 3})


def test_strict_alignment_needs_identical_spans() -> None:
    gold = [(0, 10), (12, 20)]
    predicted = [(0, 10), (12, 19)]
    assert metrics.align(gold, predicted, strict=True) == [(0, 0)]
    assert metrics.span_prf(gold, predicted, strict=True)["f1"] == pytest.approx(0.5)


def test_all_wrong_predictions_score_zero() -> None:
    assert metrics.span_prf([(0, 3)], [(5, 8), (10, 12)]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_haversine_known_distance() -> None:
    # London to Paris is about 344 km
    assert metrics.haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=3)
    assert metrics.haversine_km(10, 10, 10, 10) == 0.0


def test_accuracy_within_counts_missing_predictions_as_wrong() -> None:
    assert metrics.accuracy_within([10.0, 500.0, None, 161.0]) == 0.5
    assert metrics.accuracy_within([]) == 0.0


def test_mean_median_and_auc() -> None:
    assert metrics.mean_or_none([1.0, 3.0, 8.0]) == 4.0
    assert metrics.median_or_none([1.0, 3.0, 8.0]) == 3.0
    assert metrics.mean_or_none([]) is None
    assert metrics.auc_log_error([]) is None
    assert metrics.auc_log_error([0.0, 0.0]) == 0.0
    assert metrics.auc_log_error([metrics.MAX_ERROR_KM]) == pytest.approx(1.0)
    assert 0 < metrics.auc_log_error([100.0, 5.0]) < 1
