"""audit16: the ``--gwn-range`` option of scripts/audit_draw.py (the ``gwn`` pool's article numbers),
on the tiny XML of made-up articles audit15 added."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_draw.py"
GWN_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "audit" / "gwn-tiny.xml"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("audit_draw_gwn_range", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_gwn_range_default_stays_0_149(audit) -> None:
    args = audit.build_parser().parse_args([])
    assert args.gwn_numbers == "0-149"
    assert audit.parse_numbers(args.gwn_numbers) == frozenset(range(150))


@pytest.mark.parametrize("option", ["--gwn-range", "--gwn-numbers"])
def test_gwn_range_and_its_older_spelling_set_the_numbers(audit, option) -> None:
    args = audit.build_parser().parse_args(["--pools", "gwn", option, "200-319"])
    assert audit.parse_numbers(args.gwn_numbers) == frozenset(range(200, 320))


def test_gwn_range_chooses_the_pool_articles(audit, tmp_path: Path) -> None:
    def pool(spec: str) -> list[str]:
        numbers = audit.parse_numbers(audit.build_parser().parse_args(["--gwn-range", spec]).gwn_numbers)
        return [p.name for p in audit.pool_files("gwn", tmp_path, tmp_path, gwn=GWN_FIXTURE, gwn_numbers=numbers)]

    assert pool("200-319") == []  # the fixture has no article past 150
    assert pool("100-319") == ["gwn-150"]
    assert pool("0-2,150") == ["gwn-0", "gwn-2", "gwn-150"]  # gwn-3 and gwn-10 are outside it
