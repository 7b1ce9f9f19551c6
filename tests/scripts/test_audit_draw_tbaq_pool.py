"""audit18: the ``tbaq`` pool of scripts/audit_draw.py (TimeBank/AQUAINT .tml documents), on a tiny
made-up .tml document (tests/fixtures/audit/tbaq-tiny.tml): halving, naming, text, date, source."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_draw.py"
TML = Path(__file__).resolve().parents[1] / "fixtures" / "audit" / "tbaq-tiny.tml"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("audit_draw_tbaq", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


@pytest.mark.parametrize("stem", ["wsj_0006", "APW19980807.0261", "ea980120.1830.0071", "ZZW19991231.0001"])
def test_half_is_the_first_hex_digit_of_the_stems_sha1(audit, stem) -> None:
    digit = int(hashlib.sha1(stem.encode("utf-8")).hexdigest()[0], 16)
    assert audit.tbaq_half(stem) == ("a" if digit < 8 else "b")


def test_naming_and_source(audit) -> None:
    assert audit.tbaq_name(Path("x/AQUAINT/APW19980807.0261.tml")) == "tbaq-APW19980807.0261"
    assert audit.tbaq_source("wsj_0006") == "WSJ"
    assert audit.tbaq_source(" APW19980807.0261 ") == "APW"
    assert audit.tbaq_source("1234") is None


def test_names_are_found_in_the_audit_folder(audit, tmp_path: Path) -> None:
    (tmp_path / "read-articles.txt").write_text("# audit18: x\ntbaq-wsj_0006\ntbaq-AP900815-0044\n"
                                                "tbaq-ABC19980108.1830.0711\n", encoding="utf-8")
    assert {"tbaq-wsj_0006", "tbaq-AP900815-0044", "tbaq-ABC19980108.1830.0711"} <= audit.already_read(tmp_path)


def test_text_date_and_source_of_a_tml(audit) -> None:
    art = audit.tbaq_article(TML)
    assert art.name == "tbaq-tbaq-tiny"
    assert art.published == "1999-12-31"
    assert art.source == "ZZW"
    assert "<" not in art.text and "board of Pellworth approved a new pier yesterday." in art.text
    assert "Made-up wire story" not in art.text  # the TITLE element is outside TEXT


# Made-up boards, so that the twelve documents below are different stories (copies are left out).
BOARDS = ["harbour", "school", "water", "parks", "library", "transit", "housing", "fire", "health", "roads",
          "museum", "market"]


def write_stories(folder: Path, stems: list[str]) -> None:
    """One made-up document per stem, each about another board (the fixture's text, its nouns changed)."""
    text = TML.read_text(encoding="utf-8")
    for stem, board in zip(stems, BOARDS, strict=False):
        story = text.replace("harbour board of Pellworth", f"{board} board of Pellworth")
        story = story.replace("work would start in spring", f"the {board} work would start in spring")
        (folder / f"{stem}.tml").write_text(story, encoding="utf-8")


def test_pool_lists_one_half_and_leaves_read_documents_out(audit, tmp_path: Path) -> None:
    stems = [f"ZZW1999{n:04d}" for n in range(12)]
    write_stories(tmp_path, stems)
    half_a = [s for s in stems if audit.tbaq_half(s) == "a"]
    half_b = [s for s in stems if audit.tbaq_half(s) == "b"]
    assert half_a and half_b
    listed = audit.pool_files("tbaq", tmp_path, tmp_path, frozenset(), tbaq=tmp_path, tbaq_half="a")
    assert [p.name.removesuffix(".tml") for p in listed] == sorted(half_a)
    read = frozenset({f"tbaq-{half_b[0]}"})
    listed_b = audit.pool_files("tbaq", tmp_path, tmp_path, read, tbaq=tmp_path, tbaq_half="b")
    assert [p.name.removesuffix(".tml") for p in listed_b] == sorted(half_b[1:])


def test_half_option(audit) -> None:
    assert audit.build_parser().parse_args(["--pools", "tbaq"]).tbaq_half == "a"
    assert audit.build_parser().parse_args(["--tbaq-half", "b"]).tbaq_half == "b"
    with pytest.raises(SystemExit):
        audit.build_parser().parse_args(["--tbaq-half", "c"])


def test_a_version_of_a_read_story_in_the_other_half_is_left_out(audit, tmp_path: Path) -> None:
    # The wire sends one story in several versions; a version whose sentences a read document of either
    # half holds is read too.
    stems = [f"ZZW1999{n:04d}" for n in range(12)]
    write_stories(tmp_path, stems)
    half_a = [s for s in stems if audit.tbaq_half(s) == "a"]
    half_b = [s for s in stems if audit.tbaq_half(s) == "b"]
    shutil.copy(tmp_path / f"{half_a[0]}.tml", tmp_path / f"{half_b[0]}.tml")  # half b's first: a's first again
    read = frozenset({f"tbaq-{half_a[0]}"})
    listed_b = audit.pool_files("tbaq", tmp_path, tmp_path, read, tbaq=tmp_path, tbaq_half="b")
    assert [p.name.removesuffix(".tml") for p in listed_b] == sorted(half_b[1:])
