"""benchmarks/throughput.py: the bare spaCy side of the whole-process comparison stays bare."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "throughput.py"


@pytest.fixture(scope="module")
def throughput():
    spec = importlib.util.spec_from_file_location("throughput_bench", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_the_bare_spacy_process_never_imports_newsevents(throughput, tmp_path: Path) -> None:
    # spaCy imports every installed package's factory entry points when it builds a Language; with
    # newsevents installed beside it the baseline would carry newsevents' own import cost.
    model = throughput.default_model()
    if model is None:
        pytest.skip("no spaCy model installed")
    source = tmp_path / "two.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in ("One line.", "Another one.")),
                      encoding="utf-8")
    probe = throughput.SPACY_SCRIPT + "\nprint('newsevents' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", probe, model, str(source), "8"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2", "False"]
