"""Branch speed16: the garbage collector settings that make `newsevents extract` cheaper leave the
process as they found it, and the per-article caches answer as the scans they replace."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import spacy

from newsevents import pipeline as pipeline_module
from newsevents.cli import main
from newsevents.components import events, paragraphs
from newsevents.record import make_article

_BLANK = spacy.blank("en")


def test_extract_puts_the_collector_back(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rescuers pulled three fishermen from the sea off Tromso on Tuesday, the coastguard said.",
                    encoding="utf-8")
    before = gc.get_threshold()
    assert gc.isenabled()
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["origin"] == str(path)
    assert gc.isenabled() and gc.get_threshold() == before


def test_records_are_made_with_fewer_collections_and_the_callers_thresholds_between(pipeline) -> None:
    texts = ["Rescuers pulled three fishermen from the sea off Tromso on Tuesday.", "Police closed the bridge."]
    seen: list[tuple[int, ...]] = []
    made_with: list[int] = []
    real = pipeline_module.build_record

    def recording(*args, **kwargs):
        made_with.append(gc.get_threshold()[0])
        return real(*args, **kwargs)

    before = gc.get_threshold()
    pipeline_module.build_record = recording
    try:
        gc.set_threshold(500, *before[1:])
        for _ in pipeline.process([make_article(t) for t in texts], model_process=False):
            seen.append(gc.get_threshold())
        gc.set_threshold(0, *before[1:])  # automatic collection off: it stays off while records are made
        list(pipeline.process([make_article(texts[0])], model_process=False))
        assert gc.get_threshold()[0] == 0
    finally:
        pipeline_module.build_record = real
        gc.set_threshold(*before)
    assert seen == [(500, *before[1:])] * 2
    assert made_with == [pipeline_module.RECORDS_GC_THRESHOLD] * 2 + [0]


def test_disaster_story_is_worked_out_once_per_article() -> None:
    doc = _BLANK.make_doc("Floods swept through the valley and the river rose.")
    calls = []
    scan = events._reads_as_disaster_story
    try:
        events._reads_as_disaster_story = lambda d, c: calls.append(d) or True
        assert events._disaster_story(doc, None) is True
        assert events._disaster_story(doc, None) is True
    finally:
        events._reads_as_disaster_story = scan
    assert len(calls) == 1


def test_initials_and_asides_found_from_the_word_array() -> None:
    # a middle initial between a given name and a capitalised proper noun, an aside in brackets
    doc = _BLANK.make_doc("Yesterday Marta K. Ostrowska left (why?) and nobody knew.")
    for token in doc:
        token.tag_ = "NNP" if token.text in {"Marta", "Ostrowska"} else "NN"
    doc = paragraphs.join_bracketed_asides(paragraphs.join_middle_initials(doc))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Ostrowska"] is False and starts["and"] is False
    assert starts["left"] is None and starts["nobody"] is None


def test_no_initial_no_mark() -> None:
    # "Plan B. Officials": no given name or proper noun before the capital, nothing is marked
    doc = _BLANK.make_doc("They chose plan B. Officials said so (really) and left.")
    doc = paragraphs.join_bracketed_asides(paragraphs.join_middle_initials(doc))
    assert all(t.is_sent_start is None for t in doc[1:])
