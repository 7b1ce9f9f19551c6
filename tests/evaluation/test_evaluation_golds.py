"""The project's held-out golds (eval/gold/giveme5w1h): reader, scoring, and the real run."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.evaluation import golds, seed
from newsevents.ingest import InputError

FIXTURE = Path(__file__).parents[1] / "fixtures" / "eval" / "giveme5w1h"
ARTICLES, GOLDS = FIXTURE / "articles", FIXTURE / "gold"
GOOD = ARTICLES / "a1b2c3d4e5f60718293a4b5c6d7e8f90.json"


def _reference(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("score_record", shared_dir / "tools" / "score_record.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _summary(result: dict[str, Any]) -> tuple:
    return ([(r["category"], r["found"], r["required"]) for r in result["rows"]],
            round(result["recall_required"], 9), round(result["event_precision"], 9), result["n_events"])


def test_reader_takes_text_title_publisher_and_date() -> None:
    article = golds.read_article(GOOD)
    assert article.text.startswith("Harbour officials in Lagos said on Monday")
    assert article.title == "Lagos port to reopen after strike"
    assert article.source == "examplepost"
    assert article.published == "2023-05-03"  # the date of "2023-05-03 10:15:00"
    assert article.id == "a1b2c3d4e5f60718293a4b5c6d7e8f90"


def test_reader_names_the_bad_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="b0b0b0b0b0ffffffff.json"):
        golds.read_article(ARTICLES / "b0b0b0b0b0ffffffff.json")
    no_text = tmp_path / "notext.json"
    no_text.write_text(json.dumps({"title": "A title only", "text": "  "}), encoding="utf-8")
    with pytest.raises(InputError, match="notext.json.*text"):
        golds.read_article(no_text)


def test_find_article_needs_exactly_one_file(tmp_path: Path) -> None:
    assert golds.find_article(ARTICLES, "a1b2c3d4e5") == GOOD
    with pytest.raises(InputError, match="found none"):
        golds.find_article(ARTICLES, "c9c9c9c9c9")
    for name in ("ab01.json", "ab02.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="found 2"):
        golds.find_article(tmp_path, "ab0")


def test_speaker_named_by_any_name_of_its_gold_entity() -> None:
    text = 'Adaeze Okafor said: "We reopen."'
    gold = {"entities": [{"name_any_of": ["Adaeze Okafor", "Okafor"], "country_any_of": ["NGA"], "mentions": []}],
            "quotes": [{"speaker_entity": "Adaeze Okafor", "content_contains": "We reopen", "kind_any_of": ["direct"]}]}
    record = {"entities": [{"id": "e1", "name": "Okafor", "country": "NGA", "mentions": []}],
              "quotes": [{"kind": "direct", "content": {"text": "We reopen."}, "speaker": {"entity": "e1"}}]}
    rows = {r["category"]: (r["found"], r["required"]) for r in seed.score_record(gold, record, text)["rows"]}
    assert rows["quotes+speakers"] == (1, 1)
    record["entities"][0]["name"] = "Okoro"  # another person: not the speaker
    rows = {r["category"]: (r["found"], r["required"]) for r in seed.score_record(gold, record, text)["rows"]}
    assert rows["quotes+speakers"] == (0, 1)


def test_evaluate_scores_each_article_and_goes_on_past_bad_ones(pipeline, monkeypatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_GOLDS_DIR", str(GOLDS))
    report = golds.evaluate(str(ARTICLES), None, pipeline)
    assert report.documents == 1
    assert report.skipped == {"articles": 2}
    assert any("b0b0b0b0b0ffffffff.json" in note for note in report.notes)
    assert any("c9c9c9c9c9" in note for note in report.notes)

    # The same figures as the seed scorer on the record extracted with the article's metadata.
    article = golds.read_article(GOOD)
    record = golds.extract_article(article, pipeline)
    assert (record.article.source, record.article.title, record.article.published) == (
        "examplepost", "Lagos port to reopen after strike", "2023-05-03")
    gold = json.loads((GOLDS / "a1b2c3d4e5.gold.json").read_text(encoding="utf-8"))
    expected = seed.score_record(gold, record.to_dict(), article.text)
    row = report.breakdown["a1b2c3d4e5 (examplepost)"]
    assert row["recall_required"] == expected["recall_required"]
    assert report.figures["mean_recall_required"] == expected["recall_required"]
    for category in expected["rows"]:
        assert row[category["category"]] == f"{category['found']}/{category['required']}"
    assert report.figures["events"] == expected["n_events"]

    assert golds.evaluate(str(ARTICLES), 1, pipeline).documents == 1  # --limit counts gold files
    with pytest.raises(InputError, match="not a folder"):
        golds.evaluate(str(GOOD), None, pipeline)


def test_missing_gold_folder_is_one_clear_error(pipeline, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSEVENTS_GOLDS_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="gold folder not found"):
        golds.evaluate(str(ARTICLES), None, pipeline)
    monkeypatch.setenv("NEWSEVENTS_GOLDS_DIR", str(tmp_path))
    with pytest.raises(InputError, match="no \\*.gold.json"):
        golds.evaluate(str(ARTICLES), None, pipeline)


# --- the project's six held-out golds (need ../shared for the article texts) ----------------

@pytest.fixture(scope="module")
def dev_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "eval" / "giveme5w1h-dev"
    if not folder.is_dir() or not golds.REPO_GOLDS.is_dir():
        pytest.skip("giveme5w1h-dev or eval/gold/giveme5w1h is not present")
    return folder


def test_every_gold_item_points_into_its_article(dev_dir: Path) -> None:
    """A typo in a gold would silently count as a miss: every text it names must be there."""
    gold_files = sorted(golds.REPO_GOLDS.glob("*.gold.json"))
    assert len(gold_files) == 6
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = golds.read_article(golds.find_article(dev_dir, gold_file.name.split(".")[0])).text
        mentions = [m for e in gold["entities"] for m in e["mentions"]]
        mentions += [g["mention"] for g in gold["places"] + gold["times"]]
        for m in mentions:
            assert seed.nth_occurrence(text, m["text"], m["occurrence"]), (gold_file.name, m)
        snippets = [g["content_contains"] for g in gold["quotes"]] + [g["mention_contains"] for g in gold["figures"]]
        snippets += [s for g in gold["events"] for s in g["sentence_contains_any_of"]]
        for snippet in snippets:
            assert snippet in text, (gold_file.name, snippet)


def test_golds_run_and_agree_with_the_reference_scorer(dev_dir: Path, shared_dir: Path, pipeline) -> None:
    report = golds.evaluate(str(dev_dir), None, pipeline)
    assert report.documents == 6 and not report.skipped and not report.notes
    reference = _reference(shared_dir)
    recalls = []
    for gold_file in sorted(golds.REPO_GOLDS.glob("*.gold.json")):
        prefix = gold_file.name.split(".")[0]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = golds.read_article(golds.find_article(dev_dir, prefix))
        record = golds.extract_article(article, pipeline).to_dict()
        ours = seed.score_record(gold, record, article.text)
        assert _summary(ours) == _summary(reference.Scorer(gold, record, article.text).run()), prefix
        assert report.breakdown[f"{prefix} ({article.source})"]["recall_required"] == ours["recall_required"]
        recalls.append(ours["recall_required"])
    assert report.figures["mean_recall_required"] == pytest.approx(sum(recalls) / 6)


def test_cli_golds_option_names_the_gold_folder(pipeline, monkeypatch, capsys) -> None:
    from newsevents.cli import main

    # The option sets the variable the evaluation reads; monkeypatch restores it afterwards.
    monkeypatch.setenv("NEWSEVENTS_GOLDS_DIR", "unset-by-the-option")
    assert main(["evaluate", "golds", str(ARTICLES), "--golds", str(GOLDS), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1 and "a1b2c3d4e5 (examplepost)" in report["breakdown"]
    # --golds is only for the golds data set: one clear line, nothing run.
    assert main(["evaluate", "seed", str(ARTICLES), "--golds", str(GOLDS)]) == 2
    assert "--golds" in capsys.readouterr().err


def test_only_an_unusable_date_becomes_the_articles_input_error() -> None:
    class Failing:
        """A pipeline whose extraction raises ValueError, as a bug of ours would."""

        def extract(self, *args, **kwargs):
            raise ValueError("a bug inside a stage")

    article = golds.read_article(GOOD)
    bad_date = golds.GoldArticle(path=article.path, text=article.text, title=None, source=None,
                                 published="2023-02-30", url=None, id=None)
    with pytest.raises(InputError, match=f"{GOOD.name}.*not a real date"):
        golds.extract_article(bad_date, Failing())
    # A good date: the extraction's own ValueError is not dressed up as the file's fault.
    with pytest.raises(ValueError, match="a bug inside a stage") as caught:
        golds.extract_article(article, Failing())
    assert not isinstance(caught.value, InputError)
