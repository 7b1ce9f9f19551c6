"""Scoring the merge against stories (newsevents.evaluation.merge_eval), on hand-built records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluation.merge_eval import _stories, bcubed, read_giveme5w1h, score
from test_merge import ATTACK_A, ATTACK_B, FARVILLE, TOWNVILLE, attack_record


def test_bcubed_of_a_perfect_and_of_a_lumped_clustering() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed({"a": 1, "b": 1, "c": 2}, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed({"a": 1, "b": 1, "c": 1}, gold)
    assert recall == 1.0 and precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_score_counts_article_pairs_against_stories() -> None:
    townville = [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE),
        attack_record(ATTACK_B, "Daily Ledger", "2024-03-04", "attacked", TOWNVILLE),
    ]
    far = attack_record(ATTACK_B.replace("Townville", "Farville"), "Daily Ledger", "2024-03-04", "attacked",
                        FARVILLE)
    story = {townville[0].article.id: "market", townville[1].article.id: "market", far.article.id: "market"}
    report = score([*townville, far], story, [set(story)], "test")
    # one pair merged, and right; the story has three pairs
    assert report.figures["pairwise_precision"] == 1.0
    assert report.figures["pairwise_recall"] == pytest.approx(1 / 3)
    assert report.figures["largest_cross_story"] == 0
    assert report.breakdown["story market"]["main_event"] == "ASSAULT 2/3"
    story[far.article.id] = "elsewhere"
    report = score([*townville, far], story, [set(list(story)[:2]), {far.article.id}], "test")
    assert report.figures["inflation"] == 1.0  # two stories, two merged events


def test_giveme5w1h_reader_and_the_readme_story_of_uncategorised_articles(tmp_path: Path) -> None:
    for name, category in (("a1", "harbour fire"), ("b2", None)):
        (tmp_path / f"{name}.json").write_text(json.dumps({
            "title": "Fire at the harbour", "text": "A fire broke out at the harbour on Tuesday.",
            "category": category, "publisher": "courier", "date_publish": "2021-05-04 10:00:00"}))
    docs = list(read_giveme5w1h(tmp_path, {}))
    assert [d.published for d in docs] == ["2021-05-04", "2021-05-04"]
    assert docs[0].text.startswith("Fire at the harbour\n\nA fire")
    gold = {d.id: d.gold for d in docs}
    assert _stories(tmp_path, gold) == {"a1": "harbour fire", "b2": "alone:b2"}
    (tmp_path / "README.txt").write_text('one uncategorised article (null) that belongs\nwith "harbour fire".')
    assert _stories(tmp_path, gold) == {"a1": "harbour fire", "b2": "harbour fire"}
