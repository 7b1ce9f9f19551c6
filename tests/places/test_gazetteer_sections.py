"""speed21: the gazetteer file's three sections are found in the bytes and decoded one by one;
the same lists as decoding the whole and splitting the text, and a file without exactly three
sections is still refused. Own small files."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsevents.geo.gazetteer import SECTION_BREAK, Gazetteer, default_path


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gaz.tsv.gz"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


def _by_text_split(text: str) -> tuple[list[str], list[str], list[str]]:
    body = "\n".join(line for line in text.split("\n") if not line.startswith("#")).rstrip("\n")
    rows, keys, postings = body.split(SECTION_BREAK)
    return rows.split("\n"), keys.split("\n"), postings.split("\n")


def test_sections_read_from_the_bytes_equal_the_text_split(tmp_path: Path) -> None:
    # comment lines first, a name with non-ASCII letters, trailing newlines
    text = ("# a comment\n# another\n1\tSão Tomé\tPPLC\tcity\tSTP\t\t0.3\t6.7\t70000\n"
            "2\tÅre\tPPL\tcity\tSWE\t\t63.4\t13.1\t3000" + SECTION_BREAK + "are\nsao tome" + SECTION_BREAK + "1\n0\n\n")
    gaz = Gazetteer.from_path(_write(tmp_path, text))
    assert (list(gaz._rows), gaz._keys, list(gaz._postings)) == _by_text_split(text)
    assert [c.name for c in gaz.candidates("Sao Tome")] == ["São Tomé"]


@pytest.mark.parametrize("text", ["1\tA\n%%\nkeys only", "rows" + SECTION_BREAK + "a" + SECTION_BREAK + "0" + SECTION_BREAK + "x"])
def test_a_file_without_three_sections_is_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(ValueError):
        Gazetteer.from_path(_write(tmp_path, text))


def test_the_packaged_index_reads_as_before() -> None:
    data = gzip.decompress(default_path().read_bytes()).decode("utf-8")
    gaz = Gazetteer.from_path(default_path())
    rows, keys, postings = _by_text_split(data)
    assert (len(gaz._rows), len(gaz._keys), len(gaz._postings)) == (len(rows), len(keys), len(postings))
    assert gaz._rows[:50] == rows[:50] and gaz._keys[-50:] == keys[-50:] and gaz._postings[::997] == postings[::997]
