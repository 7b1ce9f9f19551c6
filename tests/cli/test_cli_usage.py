"""The command line as a new user meets it: help, examples, option checks before the model loads."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from newsevents.cli import build_parser, main


def test_bare_call_prints_the_help(capsys) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "usage: newsevents" in out and "extract" in out and "ingest" in out


@pytest.mark.parametrize("command", ["extract", "ingest", "query", "export", "evaluate"])
def test_every_option_has_help_and_every_command_an_example(command: str) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    assert sub.epilog and f"newsevents {command}" in sub.epilog
    missing = [a.option_strings or a.dest for a in sub._actions if a.dest != "help" and not a.help]
    assert missing == []


def test_query_since_names_the_option_not_a_publication_date(tmp_path: Path, capsys) -> None:
    assert main(["query", "--db", str(tmp_path / "none.duckdb"), "--since", "01/02/2005"]) == 2
    err = capsys.readouterr().err
    assert "--since" in err and "ambiguous" in err and "publication" not in err


def test_progress_is_off_when_stderr_is_not_a_terminal(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Police arrested two men in Leeds on Monday, a spokesman said.", encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # no bar, no loading line, no summary when nothing went wrong
    record = json.loads(captured.out)
    assert record["article"]["origin"] == str(path)


def test_title_line_takes_the_headline_and_keeps_the_text(tmp_path: Path, capsys) -> None:
    text = "Dock strike ends in Antwerp\n\nStriking dock workers in Antwerp ended their walkout on Monday."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl", "--title-line"]) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    assert article["title"] == "Dock strike ends in Antwerp" and article["text"] == text


def test_verbose_configures_only_newsevents_logging(capsys) -> None:
    other = logging.getLogger("duckdb_or_any_other_library")
    before = other.level
    main(["-vv"])
    assert logging.getLogger("newsevents").level == logging.DEBUG
    assert other.level == before
    main([])
    capsys.readouterr()


def test_evaluate_without_the_gold_data_says_what_it_is(tmp_path: Path, capsys) -> None:
    assert main(["evaluate", "seed", str(tmp_path / "no-such-folder")]) == 2
    err = capsys.readouterr().err
    assert "not part of the package" in err and "docs/evaluation.md" in err


def test_an_empty_output_file_is_filled_but_a_full_one_needs_force(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Police arrested two men in Leeds on Monday, a spokesman said.", encoding="utf-8")
    empty = tmp_path / "made-by-mktemp.json"
    empty.touch()  # what `-o "$(mktemp)"` gives: nothing in it to lose
    assert main(["extract", str(article), "--format", "json", "-o", str(empty)]) == 0
    assert json.loads(empty.read_text(encoding="utf-8"))["schema"] == "newsevents/1"
    before = empty.read_bytes()
    assert main(["extract", str(article), "--format", "json", "-o", str(empty)]) == 2
    assert "pass --force" in capsys.readouterr().err and empty.read_bytes() == before
