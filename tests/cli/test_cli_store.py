"""The ingest, query and export commands end to end, through the real pipeline."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.pipeline import Pipeline
from newsevents.record import Record
from newsevents.store import Store
from store_lock import held_by_another_process

STORY = (
    "Firefighters battled a large forest fire near the town of Nafplio on Sunday, and the Greek "
    "government said it would send two water-bombing aircraft. The mayor told reporters that 40 homes "
    "had been evacuated."
)
PAGE = """<!DOCTYPE html><html><head><title>Storm damage | Island Times</title>
<meta property="og:title" content="Storm damages harbour">
<meta property="article:published_time" content="2022-11-21">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-notice">This site uses cookies. Accept cookies to continue.</div>
<article><h1>Storm damages harbour</h1>
<p>A storm damaged dozens of fishing boats in the harbour of the island's main town on Monday night.</p>
<p>The coast guard said one sailor was injured and that the port would stay closed until Wednesday.</p>
</article></body></html>"""


@pytest.fixture
def shared_model(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> Pipeline:
    """The commands build a Pipeline; give them the session's, so the model loads once."""
    monkeypatch.setattr("newsevents.pipeline.Pipeline", lambda *args, **kwargs: pipeline)
    return pipeline


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "fire.txt").write_text(STORY, encoding="utf-8")
    (folder / "fire.meta.json").write_text('{"published": "2021-08-08", "source": "Wire"}', encoding="utf-8")
    (folder / "storm.html").write_text(PAGE, encoding="utf-8")
    (folder / "broken.rss").write_text("<rss><channel><item><title>cut off", encoding="utf-8")
    return folder


def _ingest(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["ingest", *args])
    return code, capsys.readouterr().err


def test_ingest_summary_and_idempotent_rerun(shared_model: Pipeline, inputs: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "news.duckdb"
    code, err = _ingest(capsys, str(inputs), "--db", str(db), "--no-progress")
    assert code == 3  # one input skipped: the exit status says so
    assert "2 stored, 0 already stored, 1 skipped, 0 errors" in err
    assert "broken.rss: malformed feed" in err
    with Store(db) as store:
        counts = store.counts()
        published = dict(store.con.execute("SELECT source, published::VARCHAR FROM articles").fetchall())
    assert counts["articles"] == 2
    assert published == {"Wire": "2021-08-08", None: "2022-11-21"}

    code, err = _ingest(capsys, str(inputs), "--db", str(db), "--no-progress")
    assert code == 3
    assert "0 stored, 2 already stored" in err
    with Store(db) as store:
        assert store.counts() == counts
        assert [run["added"] for run in store.runs()] == [2, 0]


def test_stored_record_is_the_pipeline_record(pipeline: Pipeline, tmp_path: Path) -> None:
    from newsevents.ingest import iter_items
    from newsevents.store import ingest

    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with Store(tmp_path / "e2e.duckdb") as store:
        summary = ingest(store, iter_items([str(story)], meta={"published": "2021-08-08"}), pipeline)
        expected = pipeline.extract(STORY, published="2021-08-08")
        stored = store.record(expected.article.id)
        assert summary.added == 1
        assert stored.to_dict() == expected.to_dict()  # working-state fields are never stored
        entity_rows = store.counts()["entities"]
    assert entity_rows == len(expected.entities)


def test_query_and_export_commands(shared_model: Pipeline, inputs: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "news.duckdb"
    _ingest(capsys, str(inputs), "--db", str(db), "-q")

    assert main(["query", "--db", str(db), "--sql", "SELECT count(*) AS n FROM articles", "--format", "csv"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [["n"], ["2"]]

    assert main(["query", "--db", str(db), "--since", "2022-01-01", "--format", "jsonl"]) == 0
    for line in capsys.readouterr().out.splitlines():
        assert json.loads(line)["date"] is None or json.loads(line)["date"] >= "2022"

    assert main(["query", "--db", str(db), "--event", "ASSAULT"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:2] == ["date", "event"]

    records = tmp_path / "records.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", str(records)]) == 0
    titles = sorted(Record.model_validate_json(line).article.title or "" for line in records.read_text().splitlines())
    assert titles == ["", "Storm damages harbour"]

    events = tmp_path / "events.parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "-o", str(events)]) == 0
    import pyarrow.parquet as pq

    assert {"event", "actor_code", "recipient_code", "lat", "lon", "sentence"} <= set(pq.read_schema(events).names)
    assert "events to" in capsys.readouterr().err


def test_bad_sql_and_missing_database_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsevents: database") and "does not exist" in err and err.count("\n") == 1


def test_locked_database_message(shared_model: Pipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    with held_by_another_process(db, monkeypatch):
        story = tmp_path / "story.txt"
        story.write_text(STORY, encoding="utf-8")
        assert main(["ingest", str(story), "--db", str(db)]) == 2
        assert capsys.readouterr().err == f"newsevents: database {db} is in use by another process\n"
        assert main(["query", "--db", str(db), "--sql", "SELECT 1"]) == 2
        assert "in use by another process" in capsys.readouterr().err


def test_extract_reads_html_pages(shared_model: Pipeline, inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(inputs / "storm.html"), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["article"]["title"] == "Storm damages harbour"
    assert record["article"]["published"] == "2022-11-21"
    assert "cookies" not in record["article"]["text"]
