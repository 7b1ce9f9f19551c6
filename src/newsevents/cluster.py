"""Extraction on a Dask cluster, with exactly the results of one process.

The driver connects (or starts a local cluster) and has every worker load the pipeline at once;
meanwhile it reads the inputs, drops problems and articles already stored, sorts the articles by
id and cuts them into shards, in rounds of one shard per worker. Each Dask worker loads the
pipeline once (``shared_pipeline`` is a per-process cache, so the second shard a worker gets costs
no model load), extracts a shard with a fixed batch size and, for the store, turns the records
into the store's rows (:class:`newsevents.store.RowBatch`), so the driver, which shares the cores
with the workers, only inserts. The driver takes the shards back in id order, whatever order they
finish in, and writes each one in one store transaction. The store therefore holds the same rows
for 1, 2 or 20 workers, and an interrupted run resumes like a single-process one: stored shards
are skipped.

Faults: a worker that dies (killed, over its memory limit) loses its shard to the scheduler, which
hands it to another worker; a shard whose workers died twice, or whose task raised twice, is
reported with its article ids and the rest of the run goes on. A failing article inside a shard
costs only itself (the shard is retried article by article on the worker).

This module imports Dask lazily: ``newsevents`` works without the ``dask`` extra installed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsevents.ingest.base import InputError
from newsevents.progress import Progress
from newsevents.record import Article, Record

if TYPE_CHECKING:
    from newsevents.ingest.base import Item
    from newsevents.store import IngestSummary, RowBatch, Store

log = logging.getLogger(__name__)

# Articles per shard: large enough that Dask's per-task overhead (about 20 ms, see the README) is
# lost in the ~5 s a shard takes, small enough that a lost worker costs little and the shards of
# a few hundred articles still spread over the workers.
DEFAULT_SHARD_SIZE = 48
# What a worker may use before its nanny restarts it: the pipeline peaks near 600 MB.
DEFAULT_WORKER_MEMORY = "2GiB"
# A shard is tried this many times in all when its worker dies under it (Dask's allowed-failures
# counts the deaths a task may survive) or when the task itself raises (retries).
ATTEMPTS = 2
# Dask's housekeeping, which competes with the workers for the cores: the event-loop health tick
# every 0.5 s instead of 20 ms, the system monitor (the dashboard's CPU and network plots) every
# 5 s instead of 0.5 s, and no statistical profiler sampling each worker's stack every 10 ms. A
# local cluster of 2 idle workers then costs its driver 0.25 s of CPU in 20 s instead of 0.9 s,
# and its workers 0.27 s instead of 1.3 s (docs/scale.md). The nanny still checks each worker's
# memory every 0.1 s (distributed.worker.memory.monitor-interval), so the memory limit holds.
QUIET_DASK = {
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.profile.enabled": False,
}


class ClusterUnavailable(InputError):
    """Dask is not installed, or the scheduler cannot be reached: one line to print."""


@dataclass(frozen=True)
class ClusterOptions:
    """Where and how to run: a local cluster of ``workers`` processes, or an existing ``scheduler``."""

    workers: int | None = None
    scheduler: str | None = None
    shard_size: int = DEFAULT_SHARD_SIZE
    batch_size: int = 32
    worker_memory: str = DEFAULT_WORKER_MEMORY
    model: str | None = None

    def check(self) -> None:
        """Refuse impossible settings before anything is started (and before the model loads)."""
        if self.workers is not None and self.scheduler:
            raise InputError("give either --workers or --scheduler, not both")
        if self.workers is not None and self.workers < 1:
            raise InputError(f"--workers must be at least 1 (got {self.workers})")
        if self.shard_size < 1:
            raise InputError(f"--shard-size must be at least 1 (got {self.shard_size})")
        if self.batch_size < 1:
            raise InputError(f"--batch-size must be at least 1 (got {self.batch_size})")
        if self.scheduler and "://" not in self.scheduler:
            raise InputError(f"--scheduler needs an address such as tcp://HOST:8786 (got {self.scheduler!r})")


@dataclass(frozen=True)
class Shard:
    """Articles with consecutive ids; ``key`` names the shard by its content."""

    index: int
    articles: tuple[tuple[str, Article], ...]  # (origin, article), sorted by article id

    @property
    def ids(self) -> list[str]:
        return [a.id for _, a in self.articles]

    @property
    def key(self) -> str:
        digest = hashlib.sha256("\n".join(self.ids).encode()).hexdigest()[:16]
        return f"newsevents-shard-{self.index:06d}-{digest}"


@dataclass
class ShardResult:
    """What a worker sends back: the records (or, for the store, their rows), and the articles that
    failed with their reasons."""

    records: list[Record] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)
    worker_pid: int | None = None
    rows: RowBatch | None = None


def make_shards(articles: Iterable[tuple[str, Article]], shard_size: int, workers: int | None = None) -> list[Shard]:
    """Articles sorted by id (the first origin of a repeated id wins) and cut into shards.

    With ``workers``, the shards are as many as ``shard_size`` asks for, rounded up to a multiple
    of the workers, and of equal sizes (to one article): every worker gets the same number of
    articles, instead of one worker finishing a last full shard while the others wait (11 shards
    of 48 on 2 workers leave a core idle for a whole shard, 12 of 42 do not).
    """
    by_id: dict[str, tuple[str, Article]] = {}
    for origin, article in articles:
        by_id.setdefault(article.id, (origin, article))
    ordered = [by_id[aid] for aid in sorted(by_id)]
    if not workers or workers < 2 or not ordered:
        return [Shard(i, tuple(ordered[start:start + shard_size]))
                for i, start in enumerate(range(0, len(ordered), shard_size))]
    count = -(-len(ordered) // shard_size)
    count = min(len(ordered), -(-count // workers) * workers)
    bounds = [len(ordered) * i // count for i in range(count + 1)]
    return [Shard(i, tuple(ordered[bounds[i]:bounds[i + 1]])) for i in range(count)]


def extract_shard(articles: list[Article], model: str | None, batch_size: int) -> ShardResult:
    """Run on a worker: the pipeline, loaded once per worker process, over one shard."""
    import os

    from newsevents.pipeline import shared_pipeline

    pipe = shared_pipeline(model)
    pipe.batch_size = batch_size
    result = ShardResult(worker_pid=os.getpid())
    try:
        result.records = list(pipe.process(articles))
        return result
    except Exception:  # noqa: BLE001 - find the culprit below, article by article
        log.warning("a shard failed as a whole; retrying its %d articles one by one", len(articles))
    for article in articles:
        try:
            result.records.extend(pipe.process([article]))
        except Exception as exc:  # noqa: BLE001 - one article's failure is reported, not fatal
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            result.failed.append((article.id, f"extraction failed: {type(exc).__name__}: {reason}"))
    return result


def extract_shard_rows(articles: list[Article], model: str | None, batch_size: int) -> ShardResult:
    """Run on a worker for ``ingest``: a shard's records turned into the store's rows, so the
    driver, which shares the machine's cores with the workers, only inserts them (and pickled
    Arrow tables cost it a twentieth of what unpickling pydantic records does)."""
    from newsevents.store import RowBatch

    result = extract_shard(articles, model, batch_size)
    result.rows, result.records = RowBatch.of(result.records), []
    return result


@contextlib.contextmanager
def connect(options: ClusterOptions) -> Iterator[Any]:
    """A ``distributed.Client``: to the scheduler named, or to a new local cluster (closed after)."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterUnavailable(
            "Dask is not installed: pip install 'newsevents[dask]' (dask[distributed])"
        ) from None
    if options.scheduler:
        try:
            with dask.config.set(QUIET_DASK):
                client = Client(options.scheduler, timeout="10s")
        except OSError as exc:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {options.scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    # One thread per worker: spaCy holds the GIL, so a second thread would only add memory.
    # The settings reach the worker processes too: their nannies hand them the driver's config.
    with dask.config.set({"distributed.scheduler.allowed-failures": ATTEMPTS - 1, **QUIET_DASK}), \
            LocalCluster(n_workers=options.workers or 1, threads_per_worker=1, processes=True,
                         memory_limit=options.worker_memory, dashboard_address=":0",
                         silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        yield client


def _load_model(model: str | None) -> int:
    """Run on a worker: load the pipeline into the worker's cache (``shared_pipeline``)."""
    import os

    from newsevents.pipeline import shared_pipeline

    shared_pipeline(model)
    return os.getpid()


def warm_up(client: Any, model: str | None) -> list[Any]:
    """Have every worker load the model now, before any shard is ready, without waiting for it;
    returns the futures, to cancel when the run ends (a load pinned to a worker that died would
    otherwise wait for it on the scheduler for good).

    The loads are tasks pinned one to each worker; a shard queued behind one starts on a loaded
    model. A load that fails (no model installed) is not reported here: the shards fail the same
    way and are reported with their article ids.
    """
    return [client.submit(_load_model, model, workers=[address], allow_other_workers=False, pure=False)
            for address in sorted(client.scheduler_info()["workers"])]


def worker_threads(client: Any) -> int:
    """How many tasks the cluster runs at once (its workers' threads), as it stands now."""
    return sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()) or 1


@dataclass
class ShardOutcome:
    shard: Shard
    result: ShardResult | None
    problem: str | None = None


def run_shards(client: Any, shards: list[Shard], options: ClusterOptions,
               on_done: Callable[[ShardOutcome], None] | None = None,
               task: Callable[..., ShardResult] = extract_shard) -> Iterator[ShardOutcome]:
    """Submit every shard and yield the outcomes in shard order (not completion order).

    ``on_done`` sees each outcome as soon as it arrives (for progress); the iterator holds back a
    shard that finished early until every shard before it is out. ``task`` is what runs on the
    workers (tests swap in one that fails).
    """
    from distributed import as_completed

    if not shards:
        return
    futures = {}
    for shard in shards:
        articles = [article for _, article in shard.articles]
        future = client.submit(task, articles, options.model, options.batch_size,
                               key=shard.key, retries=ATTEMPTS - 1, pure=False)
        futures[future] = shard
    ready: dict[int, ShardOutcome] = {}
    next_index = 0
    for future in as_completed(list(futures)):
        shard = futures[future]
        try:
            outcome = ShardOutcome(shard, future.result())
        except Exception as exc:  # noqa: BLE001 - a shard lost twice is reported, the run goes on
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            outcome = ShardOutcome(shard, None, f"shard failed twice: {type(exc).__name__}: {reason}")
        future.release()
        if on_done:
            on_done(outcome)
        ready[shard.index] = outcome
        while next_index in ready:
            yield ready.pop(next_index)
            next_index += 1


def _good_articles(items: Iterable[Item], summary_problems: list[tuple[str, str]]) -> Iterator[tuple[str, Article]]:
    for item in items:
        if item.ok:
            yield item.origin, item.article
        else:
            summary_problems.append((item.origin, item.problem or "no article"))


def _split(outcome: ShardOutcome) -> tuple[list[Record], list[tuple[str, str]]]:
    """A shard's records, and its failed articles with their reasons (all of them if the shard was lost)."""
    if outcome.result is None:
        return [], [(aid, outcome.problem or "shard failed") for aid in outcome.shard.ids]
    return outcome.result.records, list(outcome.result.failed)


def _run_info(rows: RowBatch | None, options: ClusterOptions) -> dict[str, Any]:
    if rows is not None and rows.pipeline is not None:
        return dict(rows.pipeline)
    from newsevents.pipeline import newsevents_version

    return {"version": newsevents_version(), "spacy_model": options.model, "note": "no article was extracted"}


def ingest_on_cluster(store: Store, items: Iterable[Item], options: ClusterOptions, replace: bool = False,
                      progress: bool = False, client: Any = None,
                      on_shard: Callable[[ShardOutcome], None] | None = None) -> IngestSummary:
    """``newsevents ingest --workers/--scheduler``: like :func:`newsevents.store.ingest`, on Dask.

    ``client`` lets a caller (a test, a notebook) bring its own ``distributed.Client``.
    """
    from newsevents.store import IngestSummary

    options.check()
    summary = IngestSummary()
    started = time.perf_counter()
    bar: Progress | None = None
    skipped_pending = 0
    try:
        with contextlib.ExitStack() as stack:
            if client is None:
                client = stack.enter_context(connect(options))
            # The workers load the model while the driver reads the inputs.
            loads = warm_up(client, options.model)
            stack.callback(client.cancel, loads)
            problems: list[tuple[str, str]] = []
            candidates = list(_good_articles(items, problems))
            summary.skipped = skipped_pending = len(problems)
            summary.problems.extend(problems)
            unique = {a.id for _, a in candidates}
            summary.already_stored += len(candidates) - len(unique)
            known = set() if replace else store.stored_ids(unique)
            summary.already_stored += len(known)
            shards = make_shards(((o, a) for o, a in candidates if a.id not in known), options.shard_size,
                                 worker_threads(client))
            origins = {a.id: o for shard in shards for o, a in shard.articles}
            bar = Progress(sum(len(s.articles) for s in shards), progress)

            def done(outcome: ShardOutcome) -> None:
                bar.advance(len(outcome.shard.articles))
                if on_shard:
                    on_shard(outcome)

            for outcome in run_shards(client, shards, options, done, task=extract_shard_rows):
                _, failed = _split(outcome)
                rows = outcome.result.rows if outcome.result is not None else None
                summary.problems += [(origins[aid], f"{reason} (article {aid})") for aid, reason in failed]
                summary.errors += len(failed)
                if summary.run_id is None:
                    # The run is registered with the versions the workers really ran (the
                    # driver never loads the model).
                    summary.run_id = store.begin_run(_run_info(rows, options))
                added = store.add(rows if rows is not None else [], replace=replace, origins=origins,
                                  run_id=summary.run_id,
                                  run_counts={"skipped": skipped_pending, "errors": len(failed)})
                skipped_pending = 0
                # Let readers in between shards, as the single-process ingest does between batches.
                store.release()
                summary.added += added.added
                summary.replaced += added.replaced
                summary.already_stored += added.already_stored
                summary.seconds = time.perf_counter() - started
    finally:
        if bar is not None:
            bar.close()
    if summary.run_id is None:
        summary.run_id = store.begin_run(_run_info(None, options))
    if skipped_pending:
        store.add([], run_id=summary.run_id, run_counts={"skipped": skipped_pending})
    summary.seconds = time.perf_counter() - started
    return summary


def extract_on_cluster(items: Iterable[Item], options: ClusterOptions, progress: bool = False,
                       on_problem: Callable[[str, str], None] | None = None) -> Iterator[Record]:
    """``newsevents extract --workers/--scheduler``: records in article-id order."""
    options.check()
    problems: list[tuple[str, str]] = []
    shards = make_shards(_good_articles(items, problems), options.shard_size)
    for origin, problem in problems:
        if on_problem:
            on_problem(origin, problem)
    origins = {a.id: o for shard in shards for o, a in shard.articles}
    bar = Progress(sum(len(s.articles) for s in shards), progress)
    try:
        with connect(options) as client:
            for outcome in run_shards(client, shards, options, lambda o: bar.advance(len(o.shard.articles))):
                records, failed = _split(outcome)
                for aid, reason in failed:
                    if on_problem:
                        on_problem(origins[aid], f"{reason} (article {aid})")
                yield from records
    finally:
        bar.close()
