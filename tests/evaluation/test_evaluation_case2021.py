"""The CASE 2021 snippet reader and its PLOVER-mapped scoring, on a hand-made fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluation import DATASETS, case2021
from newsevents.ingest import InputError
from newsevents.record import Article, Event, Party, Record, Span

FIXTURE = Path(__file__).parents[1] / "fixtures" / "eval" / "case2021-mini.tsv"


def _docs():
    skipped: dict[str, int] = {}
    return {d.id: d for d in case2021.read(FIXTURE, skipped)}, skipped


def test_reader_keeps_mapped_and_disaster_snippets_and_names_skips(caplog) -> None:
    docs, skipped = _docs()
    assert {k: d.gold.subtype for k, d in docs.items()} == {
        "10": "ART_MISS_ATTACK", "12": "ARREST", "14": "NATURAL_DISASTER", "20": "DIPLO"}
    assert skipped == {"sub-type without PLOVER counterpart (ORG_CRIME)": 1, "malformed line": 1}
    assert "case2021-mini.tsv:6" in caplog.text  # the bad line is named with its number


def test_folder_and_bad_header(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(case2021.read(tmp_path, {}))
    bad = tmp_path / "x.tsv"
    bad.write_text("a\tb\tc\n1\tx\tARREST\n", encoding="utf-8")
    with pytest.raises(InputError):
        list(case2021.read(tmp_path, {}))


def _record(text: str, *types: str) -> Record:
    whole = Span.of(text, 0, len(text))
    events = [Event(id=f"v{i}", event=t, quad_code=4, trigger=Span.of(text, 0, 3), sentence=whole,
                    actor=[Party(text="a")]) for i, t in enumerate(types)]
    return Record(article=Article(id="x", text=text), pipeline={}, events=events)


def test_tally_accepts_mapped_types_and_flags_conflict_in_disasters() -> None:
    found, disaster = case2021.Tally(), case2021.Tally()
    found.add("ARREST", _record("x", "COERCE", "ACCUSE"))
    found.add("ARREST", _record("x", "ASSAULT"))  # not an accepted type for an arrest
    found.add("DIPLO", _record("x"))
    disaster.add("NATURAL_DISASTER", _record("x", "AID"))  # aid after a flood is fine
    disaster.add("MAN_MADE_DISASTER", _record("x", "ASSAULT"))
    assert (found.snippets, found.found, found.no_event) == (3, 1, 1)
    assert (disaster.snippets, disaster.conflict) == (2, 1)


def test_registered_and_end_to_end(pipeline) -> None:
    assert DATASETS["case2021"] == "case2021"
    report = case2021.evaluate(str(FIXTURE), None, pipeline)
    assert report.documents == 4
    assert report.figures["mapped_snippets"] == 3 and report.figures["disaster_snippets"] == 1
    assert set(report.breakdown) == {"ART_MISS_ATTACK", "ARREST", "NATURAL_DISASTER", "DIPLO"}
    assert report.breakdown["NATURAL_DISASTER"]["coded_as_conflict"] == 0.0
