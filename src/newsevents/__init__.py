"""newsevents: news articles in, verifiable event data out.

>>> import newsevents
>>> record = newsevents.extract("...", published="2022-09-30", source="BBC")
>>> record.events[0].event

The package imports lazily (PEP 562): ``import newsevents.record`` or ``newsevents.store``
loads pydantic and DuckDB but not spaCy; the pipeline and its model load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsevents.pipeline import ModelNotFound, Pipeline, load_model
    from newsevents.record import Record, make_article

__all__ = ["ModelNotFound", "Pipeline", "Record", "extract", "load_model", "make_article"]

# Public name -> the module that defines it, imported on first access.
_LAZY = {
    "ModelNotFound": "newsevents.pipeline",
    "Pipeline": "newsevents.pipeline",
    "load_model": "newsevents.pipeline",
    "make_article": "newsevents.record",
    "Record": "newsevents.record",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def extract(text: str, model: str | None = None, **meta: Any) -> Record:
    """Extract one article's record, loading the model once per process."""
    from newsevents.pipeline import shared_pipeline

    return shared_pipeline(model).extract(text, **meta)
