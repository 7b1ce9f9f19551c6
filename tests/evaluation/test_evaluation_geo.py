"""Geoparsing readers (GeoWebNews, LGL, GeoVirus) and their scoring, on hand-made fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluation import geo, geovirus, geowebnews, lgl
from newsevents.evaluation.xmlgeo import locate
from newsevents.ingest import InputError

EVAL = Path(__file__).parents[1] / "fixtures" / "eval"


def test_geowebnews_keeps_toponyms_and_ignores_adjectives_and_expressions() -> None:
    skipped: dict[str, int] = {}
    (doc,) = list(geowebnews.read(EVAL / "gwn-mini.xml", skipped))
    names = [t.text for t in doc.gold.toponyms]
    assert names == ["Bristol", "Wales"]
    assert doc.gold.toponyms[0].geonameid == 2654675
    assert doc.gold.toponyms[1].geonameid is None and doc.gold.toponyms[1].lat == 52.5
    # "French" (adjective) and "bridge" (common noun) are neutral spans
    assert sorted(doc.text[s:e] for s, e in doc.gold.ignored) == ["French", "bridge"]


def test_geowebnews_repairs_offsets_that_are_off() -> None:
    (doc,) = list(geowebnews.read(EVAL / "gwn-mini.xml", {}))
    wales = doc.gold.toponyms[1]
    assert doc.text[wales.start:wales.end] == "Wales"


def test_lgl_counts_toponyms_without_gaztag_for_recognition_only() -> None:
    skipped: dict[str, int] = {}
    docs = list(lgl.read(EVAL / "lgl-mini.xml", skipped))
    assert len(docs) == 1 and skipped["empty article"] == 1
    springfield, greene = docs[0].gold.toponyms
    assert springfield.geonameid == 4409896 and springfield.lat == pytest.approx(37.21533)
    assert greene.geonameid is None and greene.lat is None
    assert docs[0].text[greene.start:greene.end] == "Greene County"
    assert skipped["toponym without gaztag (recognition only)"] == 1
    assert docs[0].published == "2010-05-04"


def test_geovirus_shifts_offsets_and_skips_names_not_in_text() -> None:
    skipped: dict[str, int] = {}
    (doc,) = list(geovirus.read(EVAL / "geovirus-mini.xml", skipped))
    assert [doc.text[t.start:t.end] for t in doc.gold.toponyms] == ["Lagos", "Nigeria"]
    assert skipped["span not found in text"] == 1
    assert skipped["repaired: offset shifted to the name"] == 1


def test_locate_gives_up_beyond_the_window() -> None:
    text = "x" * 100 + "Paris"
    assert locate(text, "Paris", 0, 5) is None
    assert locate(text, "Paris", 98, 103) == (100, 105)


def test_missing_corpus_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(lgl.read(tmp_path, {}))
    bad = tmp_path / "lgl-dev.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError):
        list(lgl.read(bad, {}))


def _gold() -> geo.GeoGold:
    return geo.GeoGold(
        toponyms=[
            geo.GoldToponym(0, 6, "Bristol", lat=51.455, lon=-2.597, geonameid=2654675),
            geo.GoldToponym(20, 25, "Wales", lat=52.5, lon=-3.5),
            geo.GoldToponym(30, 36, "Oxford"),
        ],
        ignored=[(40, 46)],
    )


def test_tally_with_no_predictions() -> None:
    tally = geo.GeoTally()
    tally.add(_gold(), [])
    figures = tally.figures()
    assert figures["recognition_recall"] == 0.0 and figures["recognition_precision"] == 0.0
    assert figures["mean_error_km"] is None


def test_tally_scores_recognition_and_resolution() -> None:
    tally = geo.GeoTally()
    tally.add(_gold(), [
        geo.PredictedMention(0, 6, 51.45, -2.59, 2654675),   # right place
        geo.PredictedMention(20, 25, 40.0, -75.0, 1),         # wrong continent
        geo.PredictedMention(40, 46, 0.0, 0.0, None),         # on an ignored span: neutral
        geo.PredictedMention(50, 55, None, None, None),       # spurious
    ])
    f = tally.figures()
    assert (f["gold_toponyms"], f["predicted_mentions"], f["matched"]) == (3, 3, 2)
    assert f["recognition_precision"] == pytest.approx(2 / 3)
    assert f["recognition_recall"] == pytest.approx(2 / 3)
    assert f["accuracy_161km"] == 0.5
    assert f["geonameid_exact"] == 1.0
    assert f["resolved_pairs"] == 2
    assert f["median_error_km"] > 1000


def test_prediction_without_coordinates_is_wrong_for_accuracy() -> None:
    tally = geo.GeoTally()
    tally.add(_gold(), [geo.PredictedMention(0, 6, None, None, None)])
    f = tally.figures()
    assert f["accuracy_161km"] == 0.0 and f["resolved_pairs"] == 0 and f["geonameid_exact"] == 0.0


def test_evaluate_end_to_end_on_fixture(pipeline) -> None:
    report = geowebnews.evaluate(str(EVAL / "gwn-mini.xml"), None, pipeline)
    assert report.documents == 1
    assert report.figures["gold_toponyms"] == 2
    assert "geowebnews" in report.render()
    f = report.to_dict()["figures"]
    # the report's figures agree with its counts, and the pipeline found at least one toponym
    assert f["matched"] >= 1
    assert f["recognition_precision"] == f["matched"] / f["predicted_mentions"]
    assert f["recognition_recall"] == f["matched"] / f["gold_toponyms"]
    p, r = f["recognition_precision"], f["recognition_recall"]
    assert abs(f["recognition_f1"] - 2 * p * r / (p + r)) < 1e-9
