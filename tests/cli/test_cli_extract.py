"""`newsevents extract`: inputs, outputs and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.record import article_id

ARTICLE = (
    "Chilean President Gabriel Boric announced new water restrictions on Monday. "
    "Mr Boric said the drought was the worst in a decade.\n"
)


@pytest.fixture(autouse=True)
def _model_loaded(pipeline):
    """The CLI reuses the session's pipeline (one model load per process)."""


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_is_one_record_with_metadata(tmp_path: Path, capsys):
    path = tmp_path / "boric.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(
        [
            "extract", str(path), "--published", "2022-06-06", "--source", "Example Wire",
            "--title", "Water limits", "--url", "https://example.org/a", "--format", "json",
        ],
        capsys,
    )
    assert code == 0, err
    record = json.loads(out)
    assert record["schema"] == "newsevents/1"
    assert record["article"]["text"] == ARTICLE  # unchanged, so offsets line up with the file
    assert record["article"]["published"] == "2022-06-06"
    assert record["article"]["source"] == "Example Wire"
    assert record["article"]["id"] == article_id(ARTICLE)
    assert record["pipeline"]["spacy_model"].endswith("3.8.0")
    assert any(e["name"] == "Gabriel Boric" for e in record["entities"])


def test_article_ids_are_stable_and_ignore_whitespace_changes():
    assert article_id("A  storm hit.\n") == article_id("A storm hit.")
    assert article_id("A storm hit.") != article_id("A storm missed.")


def test_record_validates_against_the_contract_schema(tmp_path: Path, capsys, shared_dir: Path):
    jsonschema = pytest.importorskip("jsonschema")
    path = tmp_path / "boric.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(["extract", str(path), "--published", "2022-06-06", "--format", "json"], capsys)
    schema = json.loads((shared_dir / "spec" / "article.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(out), schema)


def test_jsonl_batch_keeps_good_lines_and_names_the_bad_one(tmp_path: Path, capsys):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2022-06-06", "source": "Wire"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"id": "a2", "text": "Police in Lagos arrested 12 protesters on Friday, officials said."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(["extract", str(path), "--format", "jsonl"], capsys)
    assert code == 3  # some lines skipped: the exit status says so
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["id"] for r in records] == ["a1", "a2"]
    assert records[0]["article"]["source"] == "Wire"
    assert f"{path}:2: malformed JSON" in err
    assert f"{path}:3: no 'text'" in err


def test_directory_input_reads_every_text_file(tmp_path: Path, capsys):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "two.txt").write_text("The army said two soldiers were killed near the border on Sunday.", encoding="utf-8")
    code, out, _ = run(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 0 and len(out.splitlines()) == 2


def test_stdin_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    code, out, _ = run(["extract", "-", "--format", "json", "--published", "2022-06-06"], capsys)
    assert code == 0 and json.loads(out)["article"]["text"] == ARTICLE


def test_table_output_is_readable(tmp_path: Path, capsys):
    path = tmp_path / "boric.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(["extract", str(path)], capsys)
    assert code == 0 and "entities" in out and "Gabriel Boric" in out


def test_output_file(tmp_path: Path, capsys):
    path = tmp_path / "boric.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "out.json"
    code, out, _ = run(["extract", str(path), "--format", "json", "-o", str(target)], capsys)
    assert code == 0 and out == "" and json.loads(target.read_text(encoding="utf-8"))["schema"] == "newsevents/1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty text"),
        (b"   \n\t  ", "empty text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("Le président a annoncé mardi une réforme des retraites très contestée par les syndicats "
         "et une grande partie de la population française.".encode("cp1252"), "not UTF-8"),
        (b"Der Bundeskanzler hat am Dienstag eine neue Regierung gebildet, nachdem die Koalition "
         b"zerbrochen war und die Opposition Neuwahlen gefordert hatte.", "not English"),
        ("Президент объявил во вторник о новых мерах поддержки экономики страны.".encode(), "not English"),
    ],
)
def test_bad_input_gives_one_clear_line_and_a_failing_exit(tmp_path: Path, capsys, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(["extract", str(path), "--format", "json"], capsys)
    assert code == 1 and out == ""
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and message in lines[0] and str(path) in lines[0]
    assert "Traceback" not in err


def test_wrong_encoding_can_be_named(tmp_path: Path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("The café owner said prices rose by 5% in Zürich last week.".encode("cp1252"))
    code, out, err = run(["extract", str(path), "--encoding", "cp1252", "--format", "json"], capsys)
    assert code == 0, err
    assert "café" in json.loads(out)["article"]["text"]


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path, capsys):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, no disk used
    code, _, err = run(["extract", str(path)], capsys)
    assert code == 1 and "too large" in err and "Traceback" not in err


def test_missing_path(tmp_path: Path, capsys):
    code, _, err = run(["extract", str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and "no such file" in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_path(tmp_path: Path, capsys):
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        code, _, err = run(["extract", str(locked)], capsys)
        assert code == 1 and "cannot read" in err
    finally:
        locked.chmod(0o644)


def test_unreadable_directory_entry_is_reported(tmp_path: Path, capsys):
    (tmp_path / "sub").mkdir()
    code, _, err = run(["extract", str(tmp_path / "sub")], capsys)
    assert code == 1 and "no files" in err


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, out, err = run(["extract", str(bad), str(good), "--format", "jsonl"], capsys)
    assert code == 3 and len(out.splitlines()) == 1 and "empty text" in err


def test_bad_publication_date_is_refused_once_naming_the_option(tmp_path: Path, capsys, monkeypatch):
    import newsevents.pipeline

    def no_model(*args, **kwargs):
        raise AssertionError("the model must not load for a bad date")

    monkeypatch.setattr(newsevents.pipeline, "shared_pipeline", no_model)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(["extract", str(path), str(path), "--published", "01/02/2005"], capsys)
    assert code == 2 and err.count("--published '01/02/2005' is ambiguous") == 1
    code, _, err = run(["extract", str(path), "--published", "2022-09-30T25:99"], capsys)
    assert code == 2 and "--published" in err and "not a real date" in err


def test_common_date_forms_are_accepted(tmp_path: Path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    for given in ("30/09/2022", "30 September 2022", "2022/09/30"):
        code, out, _ = run(["extract", str(path), "--published", given, "--format", "jsonl"], capsys)
        assert code == 0 and json.loads(out)["article"]["published"] == "2022-09-30"


def test_missing_model_is_one_line(tmp_path: Path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(["extract", str(path), "--model", "no_such_model_pkg"], capsys)
    assert code == 2 and "pip install" in err and "Traceback" not in err
