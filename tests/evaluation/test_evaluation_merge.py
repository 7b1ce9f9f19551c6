"""Scoring the merge against stories (newsevents.evaluation.merge_eval), on hand-built records."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newsevents.evaluation.merge_eval import (
    CLUSTERED_APART,
    NO_COMMON_TYPE,
    NO_EVENT,
    NO_NAME,
    VAGUE_DATE,
    _stories,
    bcubed,
    read_giveme5w1h,
    score,
    why_apart,
)
from newsevents.merge import article_events, contradiction, contradictions
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
    # one pair merged, and right; the story has three pairs; the two apart: other towns, and no name in common
    assert report.breakdown["unmerged pairs"] == {f"place+{NO_NAME}": 2}
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


def test_why_two_articles_of_one_story_are_apart() -> None:
    records = [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE),
        attack_record(ATTACK_B.replace("Townville", "Farville"), "Daily Ledger", "2024-03-04", "attacked", FARVILLE),
    ]
    items = {r.article.id: article_events(r) for r in records}
    a, b = (r.article.id for r in records)
    assert why_apart(items, a, b) == f"place+{NO_NAME}"
    assert why_apart({**items, b: []}, a, b) == NO_EVENT
    protest = dataclasses.replace(items[b][0], event="PROTEST")
    assert why_apart({**items, b: [protest]}, a, b) == NO_COMMON_TYPE
    # a year for a date cannot say which day: too vague, beside the towns
    vague = dataclasses.replace(items[b][0], first="2024-01-01", last="2024-12-31", names=items[a][0].names)
    assert why_apart({**items, b: [vague]}, a, b) == f"{VAGUE_DATE}+place"
    # no veto and no shared name: the evidence is missing
    nameless = dataclasses.replace(items[b][0], place=None, names=frozenset({"hills"}))
    assert why_apart({**items, b: [nameless]}, a, b) == NO_NAME
    same = dataclasses.replace(items[b][0], place=items[a][0].place, names=items[a][0].names)
    assert why_apart({**items, b: [same]}, a, b) == CLUSTERED_APART


def test_the_merge_asks_the_first_of_the_listed_contradictions() -> None:
    records = [
        attack_record(ATTACK_A, "Northern Courier", "2024-03-04", "attacked", TOWNVILLE),
        attack_record(ATTACK_B.replace("Townville", "Farville"), "Daily Ledger", "2024-03-04", "attacked", FARVILLE,
                      modality="negated"),
    ]
    a, b = (article_events(r)[0] for r in records)
    assert list(contradictions(a, b)) == ["negation", "place"]
    assert contradiction(a, b) == "negation"
    assert contradiction(a, dataclasses.replace(b, modality="asserted", place=a.place)) is None
