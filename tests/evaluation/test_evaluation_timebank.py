"""The TimeML reader and TempEval-3 style scoring, on hand-made .tml fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluation import timebank
from newsevents.ingest import InputError

TML = Path(__file__).parents[1] / "fixtures" / "eval" / "tml"


def _docs() -> tuple[dict, dict[str, int]]:
    skipped: dict[str, int] = {}
    return {d.id: d for d in timebank.read(TML, skipped)}, skipped


def test_reader_strips_tags_and_keeps_offsets_of_timexes() -> None:
    docs, skipped = _docs()
    wire = docs["wire1"]
    assert wire.text.strip() == "Shares fell & rallied yesterday after three weeks of losses."
    assert [(t.text, t.type, t.value) for t in wire.gold] == [
        ("yesterday", "DATE", "2003-03-13"), ("three weeks", "DURATION", "P3W")]
    assert all(wire.text[t.start:t.end] == t.text for t in wire.gold)
    assert wire.published == "2003-03-14"


def test_reader_reports_broken_files_and_missing_dct() -> None:
    docs, skipped = _docs()
    assert set(docs) == {"wire1", "nodct"}  # found recursively, broken one skipped
    assert skipped == {"unreadable .tml file": 1, "no usable DCT (relative values unscorable)": 1}
    assert docs["nodct"].published is None


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        timebank.tml_files(tmp_path / "nowhere")
    with pytest.raises(InputError):
        timebank.tml_files(tmp_path)


def test_tally_strict_relaxed_and_values() -> None:
    docs, _ = _docs()
    gold = docs["wire1"].gold
    y, w = gold
    tally = timebank.TimexTally()
    tally.add(gold, [
        (y.start, y.end, "DATE", "2003-03-13"),            # exact span, right value
        (w.start + 6, w.end + 3, "DURATION", "P2W"),      # overlapping span, wrong value
        (0, 6, "DATE", "2003"),                            # spurious
    ])
    f = tally.figures()
    assert f["strict_precision"] == pytest.approx(1 / 3) and f["strict_recall"] == 0.5
    assert f["relaxed_precision"] == pytest.approx(2 / 3) and f["relaxed_recall"] == 1.0
    assert f["type_accuracy"] == 1.0 and f["value_accuracy"] == 0.5
    assert f["value_f1"] == pytest.approx(f["relaxed_f1"] * 0.5)
    assert tally.breakdown()["DURATION"] == {"gold": 1, "recall_relaxed": 1.0, "value_right": 0.0}


def test_tally_with_no_predictions() -> None:
    docs, _ = _docs()
    tally = timebank.TimexTally()
    tally.add(docs["wire1"].gold, [])
    assert tally.figures()["relaxed_f1"] == 0.0 and tally.figures()["value_accuracy"] == 0.0


def test_evaluate_end_to_end(pipeline) -> None:
    report = timebank.evaluate(str(TML), None, pipeline)
    assert report.documents == 2 and report.figures["gold_timexes"] == 3
    assert report.skipped["unreadable .tml file"] == 1
