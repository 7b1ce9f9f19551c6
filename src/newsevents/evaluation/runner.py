"""Running the pipeline over gold documents without letting one bad document end the run."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import logging
import signal
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from newsevents.pipeline import Pipeline, make_article
from newsevents.record import Record

log = logging.getLogger(__name__)

GoldT = TypeVar("GoldT")

# Documents handed to spaCy at once: large enough to batch, small enough that a failure in one
# document costs only a short one-by-one retry.
CHUNK = 16
# Wall-clock allowance before the pipeline is taken to hang: a fixed part plus one second per
# WORDS_PER_SECOND words, about 20 times the measured cost on a busy 2-core machine, so only a
# stage stuck in a loop ever reaches it, and one such document costs a minute or two, not the run.
BASE_SECONDS = 30.0
WORDS_PER_SECOND = 100.0


class Overtime(Exception):
    """The pipeline ran past its deadline."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Overtime` in the block after ``seconds`` (a no-op where SIGALRM is unusable:
    other threads, other platforms)."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise Overtime(f"no result after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class GoldDoc(Generic[GoldT]):
    """One gold document: its text, publication date and the corpus's annotations."""

    id: str
    text: str
    gold: GoldT
    published: str | None = None


def allowance(docs: list[GoldDoc[Any]]) -> float:
    """Seconds the pipeline may take over ``docs`` before it is taken to hang."""
    return BASE_SECONDS + sum(len(d.text.split()) for d in docs) / WORDS_PER_SECOND


def _records(pipeline: Pipeline, docs: list[GoldDoc[Any]]) -> list[Record]:
    articles = [make_article(d.text, published=d.published, id=d.id) for d in docs]
    with deadline(allowance(docs)):
        return list(pipeline.process(articles))


def run(
    pipeline: Pipeline,
    docs: Iterable[GoldDoc[GoldT]],
    skipped: dict[str, int],
) -> Iterator[tuple[GoldDoc[GoldT], Record]]:
    """Yield ``(gold document, record)``; documents the pipeline fails on (or hangs on, past
    :func:`allowance`) are counted in ``skipped`` instead of raising, so stages still under
    construction do not hide the figures of the others. A stage that fails on a document is
    logged by the pipeline and counted here too: that document is scored without the stage's
    result, and the report says so."""
    chunk: list[GoldDoc[GoldT]] = []
    failures_before = pipeline.failure_count

    def flush() -> Iterator[tuple[GoldDoc[GoldT], Record]]:
        try:
            records = _records(pipeline, chunk)
        except Exception:  # noqa: BLE001 - any stage failure must become a count, not a traceback
            records = None
        if records is not None:
            yield from zip(chunk, records, strict=True)
            return
        for doc in chunk:
            try:
                record = _records(pipeline, [doc])[0]
            except Overtime:
                log.warning("pipeline hung on %s", doc.id)
                count(skipped, "pipeline timeout")
                continue
            except Exception as exc:  # noqa: BLE001
                log.warning("pipeline failed on %s: %s", doc.id, exc)
                count(skipped, "pipeline error")
                continue
            yield doc, record

    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()
    count(skipped, "stage failures (documents scored without that stage)", pipeline.failure_count - failures_before)


def digest(key: str) -> str:
    """SHA-1 hex digest of a document's key: the one home of the fixed halving of data sets."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def half_ab(key: str) -> str:
    """``a`` when the first hex digit of the key's SHA-1 is below 8, else ``b``."""
    return "a" if int(digest(key)[0], 16) < 8 else "b"


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
