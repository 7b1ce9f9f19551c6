"""scripts/train_event_confidence.py: how gold-labelled (recall-side) events join the audits' verdicts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_event_confidence.py"


@pytest.fixture(scope="module")
def train():
    spec = importlib.util.spec_from_file_location("train_event_confidence", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_a_case_event_is_right_wrong_or_unknown_by_its_snippets_sub_type(train):
    assert train.case_label("ARREST", "COERCE") is True  # an accepted type
    assert train.case_label("ARREST", "AID") is None  # another type: nobody knows
    assert train.case_label("NATURAL_DISASTER", "ASSAULT") is False  # a flood coded as conflict
    assert train.case_label("NATURAL_DISASTER", "AID") is None  # relief after a flood may be right


def test_snippet_format_features_take_the_articles_mean(train):
    judged = [train.Judged("a1", "bbc", "x.txt", "ACCUSE", "accused", "S one.", True),
              train.Judged("a1", "bbc", "x.txt", "AID", "sent", "S two.", False)]
    extracted = {
        "bbc/x.txt": [
            {"type": "ACCUSE", "trigger": "accused", "sentence": "S one.",
             "features": {"bias": 1.0, "date.known": 1.0, "article.events": 0.5}},
            {"type": "AID", "trigger": "sent", "sentence": "S two.",
             "features": {"bias": 1.0, "date.known": 0.0, "article.events": 0.5}},
        ],
        "case/7": {"subtype": "ARREST", "events": [
            {"type": "COERCE", "features": {"bias": 1.0, "actor.none": 1.0}},
            {"type": "AID", "features": {"bias": 1.0}},  # unknown: left out
        ]},
        "gold/dev/abc": {"events": [{"type": "PROTEST", "right": False, "features": {"bias": 1.0}}]},
    }
    examples = train.examples_of(judged, extracted)
    assert [(e.fold, e.domain, e.right) for e in examples] == [
        ("audit:a1", "articles", True), ("audit:a1", "articles", False),
        ("gold:dev", "articles", False), ("case:case2021-dev", "snippets", True)]
    snippet = examples[-1].features
    # three article events: date known in one of them, 0.5 events each
    assert snippet["date.known"] == pytest.approx(1 / 3)
    assert snippet["article.events"] == pytest.approx(1 / 3)  # the gold event has no article.events
    assert snippet["actor.none"] == 1.0  # the event's own features stay


def test_an_example_weighing_two_counts_as_two_copies(train):
    x = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 1.0], [1.0, 0.0]])
    y = np.array([0.0, 1.0, 0.0, 1.0])
    weighed = train.fit(x, y, 1.0, np.array([2.0, 1.0, 1.0, 1.0]))
    copied = train.fit(np.vstack([x, x[:1]]), np.append(y, y[0]), 1.0)
    assert weighed == pytest.approx(copied, abs=1e-6)
    assert not np.allclose(weighed, train.fit(x, y, 1.0))


def test_a_held_out_gold_is_refused(train, tmp_path: Path):
    (tmp_path / f"{train.HELD_OUT[0]}.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit, match="held-out"):
        train.extract_golds([tmp_path])


def test_a_spurious_only_draw_reads_not_spurious_as_right_and_skips_unjudged_rows(train, tmp_path: Path):
    draw = tmp_path / "draw.md"
    draw.write_text(
        "| # | pool | file | type | trigger | sentence | all right | class |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| 1 | bbc-other | bbc_tech_001.txt | ASSAULT | shot | Gunmen  shot a guard. |  | not spurious |\n"
        "| 2 | bbc-other | bbc_sport_002.txt | ASSAULT | beat | The side beat its rivals. |  | spurious |\n"
        "| 3 | bbc-other | bbc_sport_003.txt | COERCE | fined | A club was fined. |  |  |\n",
        encoding="utf-8")
    rows = train.read_spurious(draw)
    assert [(r.file, r.right) for r in rows] == [("bbc_tech_001.txt", True), ("bbc_sport_002.txt", False)]
    assert rows[0].sentence == "Gunmen shot a guard."  # spaces normalised as the audits' sentences
    assert train.read_audit(draw) == []  # no verdict in 'all right': never a training row
