"""The seed scorer: agrees with the reference ``tools/score_record.py`` on the same records."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.evaluation import seed


def _reference(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("score_record", shared_dir / "tools" / "score_record.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record_from_gold(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """A record built to satisfy most gold items, with a few deliberate mistakes."""
    def span(mention: dict[str, Any]) -> dict[str, Any] | None:
        found = seed.nth_occurrence(text, mention["text"], mention.get("occurrence", 1))
        return None if found is None else {"start": found[0], "end": found[1], "text": text[found[0]:found[1]]}

    entities = []
    for i, g in enumerate(gold["entities"]):
        mentions = [s for s in (span(m) for m in g.get("mentions", [])) if s]
        country = g["country_any_of"][0] if i % 3 else "XXX"  # every third entity miscoded
        entities.append({"id": f"e{i}", "name": g["name_any_of"][0], "type": "PERSON", "country": country,
                         "sector": [g.get("sector_includes") or "GOV"], "mentions": mentions[:-1] if i == 1 else mentions})
    by_name = {e["name"]: e["id"] for e in entities}
    quotes = []
    for i, g in enumerate(gold["quotes"]):
        speaker = ({"entity": by_name.get(g["speaker_entity"]), "start": 0, "end": 1, "text": "x"}
                   if "speaker_entity" in g else {"entity": None, "start": 0, "end": 1, "text": g["speaker_text_contains"]})
        quotes.append({"id": f"q{i}", "kind": g["kind_any_of"][-1] if i % 2 else "direct",
                       "content": {"start": 0, "end": 1, "text": g["content_contains"]}, "cue": None, "speaker": speaker})
    places = []
    for i, g in enumerate(gold["places"]):
        s = span(g["mention"])
        if s is None or i % 4 == 3:
            continue
        lat, lon = (g["near"][0], g["near"][1]) if "near" in g else (0.0, 0.0)
        places.append({"id": f"p{i}", "name": s["text"], "geonameid": (g["geonameid_any_of"] or [None])[0] if i % 2 else None,
                       "level": g.get("level"), "lat": lat, "lon": lon, "mentions": [s]})
    times = []
    for i, g in enumerate(gold["times"]):
        s = span(g["mention"])
        if s:
            times.append({"id": f"t{i}", "start": s["start"], "end": s["end"], "text": s["text"], "type": "DATE",
                          "value": g["value_any_of"][0] if i % 2 == 0 else "1999"})
    figures = [{"id": f"f{i}", "kind": (g.get("kind_any_of") or [g.get("kind")])[0], "value": g["value"],
                "start": 0, "end": 1, "text": g["mention_contains"]} for i, g in enumerate(gold["figures"]) if i != 1]
    events = []
    for i, g in enumerate(gold["events"]):
        pos = text.find(g["sentence_contains_any_of"][0])
        if pos < 0 or i % 5 == 4:
            continue
        sentence = {"start": pos, "end": pos + len(g["sentence_contains_any_of"][0]), "text": g["sentence_contains_any_of"][0]}
        event = {"id": f"v{i}", "event": g["event_any_of"][0], "mode": [g["mode_includes"]] if "mode_includes" in g else [],
                 "actor": [{"text": "a", "country": (g.get("actor_country_any_of") or [None])[0]}],
                 "recipient": [] if i % 3 == 0 else [{"text": "r", "country": (g.get("recipient_country_any_of") or [None])[0],
                                                      "sector": [g.get("recipient_sector_includes", "GOV")]}],
                 "modality": (g.get("modality_any_of") or ["asserted"])[0],
                 "date": {"value": (g.get("date_any_of") or [None])[0]}, "size": g.get("size") or {},
                 "place": None, "sentence": sentence}
        events.append(event)
        if i % 4 == 0:
            events.append(dict(event, id=f"v{i}b"))  # a duplicate: absorbed or spurious
    events.append({"id": "vx", "event": "AID", "sentence": {"start": 0, "end": 40}})
    return {"article": {"text": text}, "entities": entities, "quotes": quotes, "places": places,
            "times": times, "figures": figures, "events": events}


def _summary(result: dict[str, Any]) -> tuple:
    return ([(r["category"], r["found"], r["required"]) for r in result["rows"]],
            round(result["recall_required"], 9), round(result["event_precision"], 9), result["n_events"])


@pytest.fixture(scope="module")
def seed_inputs(shared_dir: Path) -> tuple[dict[str, Any], str]:
    spec = shared_dir / "spec"
    return json.loads((spec / "seed-gold.json").read_text(encoding="utf-8")), (spec / "seed-article.txt").read_text(encoding="utf-8")


def test_agrees_with_reference_scorer_on_constructed_records(shared_dir: Path, seed_inputs) -> None:
    gold, text = seed_inputs
    reference = _reference(shared_dir)
    record = _record_from_gold(gold, text)
    for candidate in (record, {"article": {"text": text}}, {**copy.deepcopy(record), "events": []}):
        ours = seed.score_record(gold, candidate, text)
        theirs = reference.Scorer(gold, candidate, text).run()
        assert _summary(ours) == _summary(theirs)
    # the constructed record is partly right: the comparison is not between two zeros
    assert 0 < seed.score_record(gold, record, text)["recall_required"] < 1


def test_agrees_with_reference_scorer_on_a_pipeline_record(shared_dir: Path, seed_inputs, extract) -> None:
    gold, text = seed_inputs
    record = extract(text, published="2022-09-30", source="BBC").to_dict()
    assert _summary(seed.score_record(gold, record)) == _summary(_reference(shared_dir).Scorer(gold, record, text).run())


def test_nth_occurrence() -> None:
    assert seed.nth_occurrence("a b a b a", "a", 3) == (8, 9)
    assert seed.nth_occurrence("aaaa", "aa", 2) == (2, 4)  # occurrences do not overlap
    assert seed.nth_occurrence("a b", "c") is None
    assert seed.nth_occurrence("a b", "a", 2) is None


def test_normalise_and_accent_folding() -> None:
    assert seed.normalise("  The  Kremlin’s ") == "the kremlin's"
    assert seed.fold_accents("José Martí") == "Jose Marti"


def test_tiny_gold_without_shared(tmp_path: Path) -> None:
    text = "Mr Okafor said the port in Lagos reopened on Monday."
    gold = {"entities": [{"name_any_of": ["Mr Okafor"], "country_any_of": ["NGA"], "mentions": [{"text": "Okafor"}]}],
            "times": [{"mention": {"text": "Monday", "occurrence": 1}, "value_any_of": ["2023-05-01"]}],
            "events": [{"id": "x", "event_any_of": ["AGREE"], "sentence_contains_any_of": ["port"], "required": False}]}
    record = {"entities": [{"id": "e1", "name": "Mr  Okafor", "country": "NGA", "mentions": [{"start": 3, "end": 9}]}],
              "times": [{"id": "t1", "start": 44, "end": 50, "value": "2023-05-01"}],
              "events": [{"event": "ASSAULT", "sentence": {"start": 0, "end": 52}}]}
    result = seed.score_record(gold, record, text)
    assert [(r["found"], r["required"]) for r in result["rows"] if r["required"]] == [(2, 2), (1, 1)]
    assert result["recall_required"] == 1.0 and result["event_precision"] == 0.0
    empty = seed.score_record(gold, {}, text)
    assert empty["recall_required"] == 0.0 and empty["n_events"] == 0
