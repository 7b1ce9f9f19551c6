"""newsevents: news articles in, verifiable event data out.

>>> import newsevents
>>> record = newsevents.extract("...", published="2022-09-30", source="BBC")
>>> record.events[0].event
"""

from __future__ import annotations

from typing import Any

from newsevents.pipeline import ModelNotFound, Pipeline, load_model, make_article, shared_pipeline
from newsevents.record import Record

__all__ = ["ModelNotFound", "Pipeline", "Record", "extract", "load_model", "make_article"]


def extract(text: str, model: str | None = None, **meta: Any) -> Record:
    """Extract one article's record, loading the model once per process."""
    return shared_pipeline(model).extract(text, **meta)
