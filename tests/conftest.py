"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline, shared_pipeline

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return shared_pipeline()


@pytest.fixture(scope="session")
def extract(pipeline: Pipeline):
    """extract(text, published=...) -> Record, with the session's one pipeline."""
    return pipeline.extract


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "spec").is_dir():
        pytest.skip("../shared is not present (fresh clone)")
    return SHARED
