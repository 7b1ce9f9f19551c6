"""The contract, the store and the CLI import without spaCy (the package imports lazily)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["newsevents", "newsevents.record", "newsevents.store", "newsevents.cli"])
def test_module_imports_without_spacy(module: str) -> None:
    code = f"import sys, {module}; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_lazy_names_resolve_to_their_modules() -> None:
    import newsevents
    from newsevents.record import Record, make_article

    assert newsevents.Record is Record
    assert newsevents.make_article is make_article
    with pytest.raises(AttributeError):
        _ = newsevents.no_such_name
