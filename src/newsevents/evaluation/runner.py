"""Running the pipeline over gold documents without letting one bad document end the run."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from newsevents.pipeline import Pipeline, make_article
from newsevents.record import Record

log = logging.getLogger(__name__)

GoldT = TypeVar("GoldT")

# Documents handed to spaCy at once: large enough to batch, small enough that a failure in one
# document costs only a short one-by-one retry.
CHUNK = 64


@dataclass
class GoldDoc(Generic[GoldT]):
    """One gold document: its text, publication date and the corpus's annotations."""

    id: str
    text: str
    gold: GoldT
    published: str | None = None


def _records(pipeline: Pipeline, docs: list[GoldDoc[Any]]) -> list[Record]:
    articles = [make_article(d.text, published=d.published, id=d.id) for d in docs]
    return list(pipeline.process(articles))


def run(
    pipeline: Pipeline,
    docs: Iterable[GoldDoc[GoldT]],
    skipped: dict[str, int],
) -> Iterator[tuple[GoldDoc[GoldT], Record]]:
    """Yield ``(gold document, record)``; documents the pipeline fails on are counted in
    ``skipped["pipeline error"]`` instead of raising, so stages still under construction do
    not hide the figures of the others."""
    chunk: list[GoldDoc[GoldT]] = []

    def flush() -> Iterator[tuple[GoldDoc[GoldT], Record]]:
        try:
            yield from zip(chunk, _records(pipeline, chunk), strict=True)
            return
        except Exception:  # noqa: BLE001 - any stage failure must become a count, not a traceback
            pass
        for doc in chunk:
            try:
                yield doc, _records(pipeline, [doc])[0]
            except Exception as exc:  # noqa: BLE001
                log.warning("pipeline failed on %s: %s", doc.id, exc)
                skipped["pipeline error"] = skipped.get("pipeline error", 0) + 1

    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def count(skipped: dict[str, int], reason: str, n: int = 1) -> None:
    """Add ``n`` to a skipped-items counter."""
    if n:
        skipped[reason] = skipped.get(reason, 0) + n


def limited(items: Iterable[GoldT], limit: int | None) -> Iterator[GoldT]:
    """The first ``limit`` items (all when ``limit`` is None or not positive), reading no further."""
    if limit is None or limit <= 0:
        yield from items
    else:
        yield from itertools.islice(items, limit)
