"""The evaluation runner: failures and hangs in a stage become counts, not tracebacks."""

from __future__ import annotations

import time

import pytest

from newsevents.evaluation import runner
from newsevents.pipeline import build_record
from newsevents.record import Article


class FlakyPipeline:
    """Stands in for Pipeline.process: raises on texts containing BOOM, loops on LOOP."""

    failure_count = 0  # stages never fail here: the whole process call does

    def process(self, articles):
        for article in articles:
            if "BOOM" in article.text:
                raise ValueError("stage failed")
            while "LOOP" in article.text:
                time.sleep(0.01)
            yield build_record(_FakeDoc(article), {})


class _FakeDoc:
    def __init__(self, article: Article) -> None:
        self._ = type("Underscore", (), {"article": article, "entities": [], "places": [], "times": [],
                                         "quotes": [], "figures": [], "events": [], "topic": None,
                                         "topic_held": None})()


def _docs(*texts: str) -> list[runner.GoldDoc[int]]:
    return [runner.GoldDoc(id=f"d{i}", text=t, gold=i) for i, t in enumerate(texts)]


def test_failing_document_is_counted_and_the_others_still_scored() -> None:
    skipped: dict[str, int] = {}
    out = list(runner.run(FlakyPipeline(), _docs("Rain fell.", "BOOM here", "Sun shone."), skipped))
    assert [doc.gold for doc, _ in out] == [0, 2]
    assert out[1][1].article.text == "Sun shone."
    assert skipped == {"pipeline error": 1}


def test_hanging_document_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "BASE_SECONDS", 0.3)
    skipped: dict[str, int] = {}
    out = list(runner.run(FlakyPipeline(), _docs("Calm day.", "LOOP forever"), skipped))
    assert [doc.gold for doc, _ in out] == [0]
    assert skipped == {"pipeline timeout": 1}


def test_limited_reads_no_further_than_needed() -> None:
    pulled: list[int] = []

    def source():
        for i in range(10):
            pulled.append(i)
            yield i

    assert list(runner.limited(source(), 3)) == [0, 1, 2]
    assert pulled == [0, 1, 2]
    assert list(runner.limited(range(4), None)) == [0, 1, 2, 3]
    assert list(runner.limited(range(4), 0)) == [0, 1, 2, 3]
