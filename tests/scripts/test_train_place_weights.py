"""scripts/train_place_weights.py: labels, the conditional logit and the paired comparison."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_place_weights.py"


@pytest.fixture(scope="module")
def train():
    spec = importlib.util.spec_from_file_location("train_place_weights", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _cand(cid: int, lat: float, lon: float, x: list[float], chosen: bool = False) -> dict:
    return {"id": cid, "lat": lat, "lon": lon, "name": "n", "level": "city", "x": x, "chosen": chosen}


def _row(corpus: str, cands: list[dict], gold_id: int | None = None, gold_point=(None, None)) -> dict:
    return {"corpus": corpus, "doc": "d", "half": "a", "gold_id": gold_id, "gold_lat": gold_point[0],
            "gold_lon": gold_point[1], "pred_id": None, "cands": cands}


def test_an_id_corpus_labels_by_geonames_id(train):
    cands = [_cand(1, 0, 0, [0.0]), _cand(2, 0, 0, [0.0])]
    assert train.label(_row("lgl", cands, gold_id=2)) == ("kept", 1)
    assert train.label(_row("lgl", cands, gold_id=3)) == ("right candidate absent", None)
    assert train.label(_row("lgl", cands[:1], gold_id=1)) == ("single candidate", 0)
    assert train.label(_row("lgl", cands)) == ("gold without an id", None)
    assert train.label(_row("lgl", None, gold_id=1)) == ("no scoring call", None)


def test_geovirus_labels_the_nearest_candidate_within_161_km(train):
    # two candidates within 161 km of the gold point: the nearer is the right one
    cands = [_cand(1, 10.0, 10.0, [0.0]), _cand(2, 10.5, 10.5, [0.0]), _cand(3, 10.1, 10.1, [0.0])]
    assert train.label(_row("geovirus", cands, gold_point=(10.1, 10.12))) == ("kept", 2)
    far = [_cand(1, 40.0, 10.0, [0.0]), _cand(2, 50.0, 10.0, [0.0])]
    assert train.label(_row("geovirus", far, gold_point=(10.0, 10.0))) == ("right candidate absent", None)


def test_the_fit_learns_the_feature_that_picks_the_right_candidate(train):
    # feature 0 marks the right candidate in 9 mentions of 10, feature 1 is noise
    examples = []
    for i in range(10):
        right_x, other_x = ([1.0, float(i % 2)], [0.0, float((i + 1) % 2)]) if i < 9 else ([0.0, 0.0], [1.0, 0.0])
        cands = [_cand(1, 0, 0, other_x, chosen=True), _cand(2, 0, 0, right_x)]
        examples.append((_row("lgl", cands, gold_id=2), 1))
    data = train.Data(examples)
    w = train.fit(data, l2=0.1)
    assert w[0] > 1.0 and abs(w[1]) < abs(w[0])
    # pulled towards given weights by a strong penalty, the fit stays near them
    near = train.fit(data, l2=1000.0, toward=np.array([-1.0, 0.5]))
    assert abs(near[0] + 1.0) < 0.05 and abs(near[1] - 0.5) < 0.05
    # a per-feature penalty holds one weight and leaves the other free
    held = train.fit(data, l2=np.array([0.1, 1e6]), toward=np.array([0.0, 0.5]))
    assert held[0] > 1.0 and abs(held[1] - 0.5) < 1e-3
    r = train.compare(data, w)
    assert (r["hand"], r["refit"], r["wins"], r["losses"]) == (0, 9, 9, 0)  # the hand choice (the first) is always wrong


def test_sign_test_is_two_sided_and_exact(train):
    assert train.sign_test(0, 0) == 1.0
    assert train.sign_test(5, 5) == 1.0
    assert train.sign_test(6, 0) == pytest.approx(2 / 64)
    assert train.sign_test(0, 6) == pytest.approx(2 / 64)
    assert train.sign_test(9, 1) == pytest.approx(2 * 11 / 1024)
