"""newsevents: news articles in, verifiable event data out.

>>> import newsevents
>>> record = newsevents.extract("...", published="2022-09-30", source="BBC")
>>> record.events[0].event
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsevents.pipeline import ModelNotFound, Pipeline, load_model, make_article
    from newsevents.record import Record

__all__ = ["ModelNotFound", "Pipeline", "Record", "extract", "load_model", "make_article"]

# The pipeline (and so spaCy) loads on first use only: the record side of the package (record,
# store, merge, server) is imported by processes that never extract and must start fast.
_LAZY = {"ModelNotFound": "newsevents.pipeline", "Pipeline": "newsevents.pipeline",
         "load_model": "newsevents.pipeline", "make_article": "newsevents.pipeline",
         "Record": "newsevents.record"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")


def extract(text: str, model: str | None = None, **meta: Any) -> Record:
    """Extract one article's record, loading the model once per process."""
    from newsevents.pipeline import shared_pipeline

    return shared_pipeline(model).extract(text, **meta)
