"""scripts/build_census_given_names.py: which names of the census first-name lists say a gender, on
made-up lists (no census file needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_census_given_names.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_census_given_names", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_a_name_of_both_lists_needs_a_share_of_one_gender_of_99_in_100(build) -> None:
    male = {"oren": 0.500, "quill": 0.050, "last": 0.004}
    female = {"oren": 0.002, "quill": 0.040, "wren": 0.200, "tiny": 0.001}
    kept = build.census_genders(male, female)
    assert kept["oren"][0] == "m" and kept["oren"][1] >= 0.99
    assert "quill" not in kept  # given to both
    assert kept["wren"] == ("f", 1.0)  # in one list only, commoner than the other list's last entry
    assert "tiny" not in kept  # rarer than the male list reaches: unknown among men
    assert kept["last"] == ("m", 1.0)


def test_the_lists_are_read_from_an_unpacked_folder(build, tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "dist.male.first").write_text("OREN           0.500  0.500      1\n", encoding="ascii")
    (folder / "dist.female.first").write_text("WREN           0.200  0.200      1\n", encoding="ascii")
    lists = build._read_lists(tmp_path)
    assert build._frequencies(lists["m"]) == {"oren": 0.5}
    assert build._frequencies(lists["f"]) == {"wren": 0.2}
