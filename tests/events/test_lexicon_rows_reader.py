"""speed22: the lexicon's table rows read with csv.reader and the header once are the rows csv.DictReader gave."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsevents.eventcoding.lexicon import _data_rows
from newsevents.tables import packaged_dir


def _by_dict_reader(path: Path) -> list[dict[str, str]]:
    """The former reading, kept here to compare with."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


@pytest.mark.parametrize("name", ["event_lexicon.tsv", "event_backbone.tsv", "event_cues.tsv"])
def test_the_packaged_tables_read_as_before(name: str) -> None:
    assert _data_rows(packaged_dir(), name) == _by_dict_reader(packaged_dir() / name)


def test_short_long_and_unnamed_cells_read_as_before(tmp_path: Path) -> None:
    # a row short of the header (missing cells are ""), one longer (extra cells dropped), an unnamed
    # column, a repeated column name, quotes kept as written, comments and blank lines skipped
    text = ("# a comment\nkind\tword\t\tvalue\tword\n\n"
            "a\t  one \tx\t\"2\"\tlast\n"
            "b\ttwo\n"
            "c\tthree\ty\t4\tfive\tsix\tseven\n"
            " \t\n")
    (tmp_path / "t.tsv").write_text(text, encoding="utf-8")
    rows = _data_rows(tmp_path, "t.tsv")
    assert rows == _by_dict_reader(tmp_path / "t.tsv")
    assert rows[0] == {"kind": "a", "word": "last", "value": '"2"'}
    assert rows[1] == {"kind": "b", "word": "", "value": ""}


def test_a_table_of_comments_alone_has_no_rows(tmp_path: Path) -> None:
    (tmp_path / "t.tsv").write_text("# nothing yet\n", encoding="utf-8")
    assert _data_rows(tmp_path, "t.tsv") == [] == _by_dict_reader(tmp_path / "t.tsv")
