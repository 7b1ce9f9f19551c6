"""Extraction on Dask: the same store as one process, whatever the workers do."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from corpus import articles as corpus_articles
from corpus import write_jsonl
from newsevents import ingest as readers
from newsevents.cluster import ClusterOptions, ShardOutcome, ShardResult, make_shards, run_shards
from newsevents.ingest import InputError
from newsevents.pipeline import make_article
from newsevents.store import Store
from newsevents.store import ingest as ingest_single

distributed = pytest.importorskip("distributed")


def _records(db: Path) -> list[str]:
    """Every stored record and merged event as canonical JSON, sorted: what must not depend on how
    it was made."""
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT record FROM articles").fetchall()
        merged = store.con.execute("SELECT object FROM merged_events").fetchall()
        counts = store.counts()
    canonical = sorted(json.dumps(json.loads(r[0]), sort_keys=True) for r in rows)
    canonical += sorted(json.dumps(json.loads(r[0]), sort_keys=True) for r in merged)
    return canonical + [json.dumps({t: n for t, n in counts.items() if t != "runs"}, sort_keys=True)]


@pytest.fixture(scope="module")
def corpus60(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "sixty.jsonl", 60)


@pytest.fixture(scope="module")
def single_db(corpus60: Path, pipeline, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("single") / "one.duckdb"
    with Store(db) as store:
        ingest_single(store, readers.iter_items([str(corpus60)], "auto", {}, None), pipeline)
    return db


@pytest.fixture(scope="module")
def local_client():
    from newsevents.cluster import connect

    with connect(ClusterOptions(workers=2)) as client:
        yield client


def test_two_workers_give_the_single_process_store(corpus60, single_db, local_client, tmp_path):
    from newsevents.cluster import ingest_on_cluster

    db = tmp_path / "two.duckdb"
    options = ClusterOptions(workers=2, shard_size=7)
    with Store(db) as store:
        summary = ingest_on_cluster(store, readers.iter_items([str(corpus60)], "auto", {}, None), options,
                                    client=local_client)
    assert summary.added == 60 and summary.errors == 0
    assert _records(db) == _records(single_db)
    # Run again: everything is already stored, nothing is extracted twice.
    with Store(db) as store:
        again = ingest_on_cluster(store, readers.iter_items([str(corpus60)], "auto", {}, None), options,
                                  client=local_client)
    assert (again.added, again.already_stored) == (0, 60)
    assert _records(db) == _records(single_db)


def test_a_killed_worker_loses_and_doubles_nothing(corpus60, single_db, local_client, tmp_path):
    from newsevents.cluster import ingest_on_cluster

    killed: list[int] = []

    def kill_one_worker(outcome: ShardOutcome) -> None:
        # After the first shard comes back, kill the other worker mid-shard (SIGKILL: no clean-up);
        # its nanny starts a new one and the scheduler hands the lost shard to a worker again.
        if killed:
            return
        pids = local_client.run(os.getpid)
        victim = next(pid for pid in pids.values() if pid != outcome.result.worker_pid)
        os.kill(victim, signal.SIGKILL)
        killed.append(victim)

    db = tmp_path / "killed.duckdb"
    with Store(db) as store:
        summary = ingest_on_cluster(store, readers.iter_items([str(corpus60)], "auto", {}, None),
                                    ClusterOptions(workers=2, shard_size=3), client=local_client,
                                    on_shard=kill_one_worker)
    assert killed
    assert summary.added == 60 and summary.problems == []
    assert _records(db) == _records(single_db)
    with Store(db, read_only=True) as store:
        ids = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
    assert len(ids) == len(set(ids)) == 60


def test_shards_are_sorted_by_id_and_named_by_content():
    arts = [make_article(a["text"]) for a in corpus_articles(10)]
    shards = make_shards([("x", a) for a in reversed(arts)] + [("dup", arts[0])], 4)
    ids = [aid for s in shards for aid in s.ids]
    assert ids == sorted(a.id for a in arts)
    assert [len(s.articles) for s in shards] == [4, 4, 2]
    assert shards[0].key != make_shards([("x", a) for a in arts[1:]], 4)[0].key
    # The first origin of a repeated article wins.
    assert all(origin == "x" for s in shards for origin, _ in s.articles)


def test_shards_for_several_workers_come_in_rounds_of_equal_size():
    arts = [make_article(a["text"]) for a in corpus_articles(11)]
    # 11 articles in shards of 4 would be 3 shards, one worker doing two: 4 shards of 2-3 instead
    shards = make_shards([("x", a) for a in arts], 4, workers=2)
    assert [len(s.articles) for s in shards] == [2, 3, 3, 3]
    assert [aid for s in shards for aid in s.ids] == sorted(a.id for a in arts)
    assert [len(s.articles) for s in make_shards([("x", a) for a in arts], 4, workers=3)] == [3, 4, 4]
    assert [len(s.articles) for s in make_shards([("x", a) for a in arts[:2]], 4, workers=3)] == [1, 1]


def test_the_cluster_reports_its_threads_and_loads_the_model_ahead(local_client):
    from distributed import wait

    from newsevents.cluster import warm_up, worker_threads

    # the killed-worker test before this one leaves its nanny restarting the worker, which can take
    # a while on a loaded machine: wait for both to be back before counting them
    local_client.wait_for_workers(2, timeout=300)
    assert worker_threads(local_client) == 2
    loads = warm_up(local_client, None)
    wait(loads, timeout=300)
    pids = local_client.run(os.getpid)
    # one load on each worker, each in that worker's process
    assert sorted(f.result() for f in loads) == sorted(pids.values())


def _worker_settings() -> tuple:
    import dask

    return (dask.config.get("distributed.worker.profile.enabled"), dask.config.get("distributed.admin.tick.interval"))


def test_local_workers_run_with_less_housekeeping(local_client):
    # the settings are the driver's at start-up, handed to the worker processes by their nannies
    assert set(local_client.run(_worker_settings).values()) == {(False, "500ms")}


def _fails_on_poison(articles, model, batch_size):
    if any("POISON" in a.text for a in articles):
        raise RuntimeError("this shard always fails")
    return ShardResult(records=[], worker_pid=os.getpid())


def test_a_shard_that_fails_twice_is_reported_and_the_rest_goes_on():
    from distributed import Client, LocalCluster

    arts = [make_article(f"Article number {i} says little. POISON" if i == 3 else f"Article number {i} says little.")
            for i in range(8)]
    shards = make_shards([(f"a{i}", a) for i, a in enumerate(arts)], 2)
    attempts: list[int] = []
    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster, Client(cluster) as client:
        outcomes = list(run_shards(client, shards, ClusterOptions(workers=1), task=_fails_on_poison,
                                   on_done=lambda o: attempts.append(o.shard.index)))
    assert [o.shard.index for o in outcomes] == [0, 1, 2, 3]
    failed = [o for o in outcomes if o.result is None]
    assert len(failed) == 1 and "failed twice" in failed[0].problem
    assert any("POISON" in a.text for _, a in failed[0].shard.articles)


@pytest.mark.parametrize("options, message", [
    (ClusterOptions(workers=0), "at least 1"),
    (ClusterOptions(workers=2, scheduler="tcp://127.0.0.1:8786"), "not both"),
    (ClusterOptions(scheduler="127.0.0.1:8786"), "tcp://"),
    (ClusterOptions(workers=2, shard_size=0), "--shard-size"),
])
def test_impossible_cluster_settings_are_refused(options, message):
    with pytest.raises(InputError, match=message):
        options.check()


def test_cli_refuses_bad_workers_before_loading_anything(tmp_path, capsys):
    from newsevents.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Police arrested two men in Leeds on Monday.", encoding="utf-8")
    assert main(["ingest", str(path), "--db", str(tmp_path / "x.duckdb"), "--workers", "0"]) == 2
    assert "--workers must be at least 1" in capsys.readouterr().err
    assert not (tmp_path / "x.duckdb").exists()
