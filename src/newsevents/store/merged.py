"""Merged events in the store: kept up to date by every ``Store.add``, recomputed on demand.

Tables (created with the store's own):

- ``merge_items``: one row per article event, with what :mod:`newsevents.merge` compares
  (so an update never re-reads whole records);
- ``article_prints``: each article's source, publication date and MinHash signature;
- ``article_copies``: near-duplicate articles, ``duplicate_of`` their original;
- ``merged_events`` (one row per merged event, with the contract's object in ``object`` and
  the columns the filters use) and ``merged_members`` (which article event is in which).

An update starts from the new (and the orphaned) article events and follows links through
the stored events of the same type and neighbouring days until nothing more joins: that
connected part is all a new article can change, so it is re-clustered and everything else
stays. Clustering a connected part gives the same groups as clustering everything, which is
why ingesting in any order, in any number of runs, ends with the same merged events.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from newsevents.merge import (
    DUPLICATE_JACCARD,
    ArticleEvent,
    ArticleInfo,
    article_events,
    band_keys,
    cluster,
    contradiction,
    duplicates,
    fingerprint,
    link_score,
    merged_event,
    minhash_of,
    originals,
)
from newsevents.record import Record

MERGED_TABLES = ("merge_items", "article_prints", "article_bands", "article_copies", "merged_events",
                 "merged_members")
# Columns of a merged event as a flat row (CSV, Parquet, table): lists joined with ';'.
FLAT_COLUMNS = (
    "id", "event", "cameo", "modality", "date_earliest", "date_latest", "n_articles", "n_sources",
    "actor", "actor_code", "recipient", "recipient_code", "place", "geonameid", "lat", "lon",
    "killed_min", "killed_max", "injured_min", "injured_max", "disputed", "first_seen", "last_seen", "articles",
)
TABLE_COLUMNS = ("date_earliest", "event", "n_articles", "n_sources", "actor_code", "recipient_code", "place",
                 "killed_min", "killed_max", "disputed")
MERGED_FORMATS = ("table", "jsonl", "csv", "parquet", "geojson")


def ddl() -> list[str]:
    """Statements that create the merged-event tables (idempotent). No primary keys: an update
    deletes and re-inserts the same merged ids in one transaction."""
    return [
        "CREATE TABLE IF NOT EXISTS merge_items (article_id VARCHAR, event_id VARCHAR, event VARCHAR, "
        "first DATE, last DATE, item VARCHAR)",
        "CREATE TABLE IF NOT EXISTS article_prints (article_id VARCHAR, source VARCHAR, published VARCHAR, "
        "minhash BIGINT[])",
        "CREATE TABLE IF NOT EXISTS article_bands (article_id VARCHAR, band INTEGER, key VARCHAR)",
        "CREATE TABLE IF NOT EXISTS article_copies (article_id VARCHAR, duplicate_of VARCHAR)",
        "CREATE TABLE IF NOT EXISTS merged_events (id VARCHAR, event VARCHAR, cameo VARCHAR, modality VARCHAR, "
        "date_from DATE, date_to DATE, first_seen DATE, last_seen DATE, n_articles INTEGER, n_sources INTEGER, "
        "actor_codes VARCHAR[], recipient_codes VARCHAR[], actor_names VARCHAR[], recipient_names VARCHAR[], "
        "geonameid BIGINT, place VARCHAR, lat DOUBLE, lon DOUBLE, object VARCHAR)",
        "CREATE TABLE IF NOT EXISTS merged_members (merged_id VARCHAR, article_id VARCHAR, event_id VARCHAR)",
        "CREATE INDEX IF NOT EXISTS merge_items_article ON merge_items (article_id)",
        "CREATE INDEX IF NOT EXISTS merge_items_event ON merge_items (event, first)",
        "CREATE INDEX IF NOT EXISTS merged_members_article ON merged_members (article_id)",
        "CREATE INDEX IF NOT EXISTS article_bands_key ON article_bands (key)",
    ]


# -- writing ----------------------------------------------------------------------------------------


@dataclass
class MergeRows:
    """What the merge keeps of a batch of articles, computed without the database (so a Dask
    worker can do it beside the extraction): their article events, as objects (the seeds of
    :func:`update`) and as ``merge_items`` rows, and their MinHash signatures and LSH bands."""

    ids: list[str]
    items: list[ArticleEvent]
    tables: dict[str, Any]  # merge_items, article_prints, article_bands: pyarrow Tables

    def only(self, keep: set[str]) -> MergeRows:
        """The rows of these articles only (the others are already stored)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        wanted = pa.array(sorted(keep), pa.string())
        return MergeRows(
            [aid for aid in self.ids if aid in keep], [i for i in self.items if i.article in keep],
            {name: table.filter(pc.is_in(table["article_id"], value_set=wanted))
             for name, table in self.tables.items()},
        )


def merge_rows(records: Sequence[Record]) -> MergeRows:
    """The merge's rows for these records (one per article id: the caller removes repeats)."""
    items, prints, bands = [], [], []
    for record in records:
        article = record.article
        items.extend(article_events(record))
        minhash = fingerprint(article.text)
        prints.append((article.id, article.source, article.published, [int(v) for v in minhash.hashvalues]))
        bands.extend((article.id, band, key) for band, key in enumerate(band_keys(minhash)))
    schemas = _schemas()
    rows = {
        "article_prints": prints,
        "article_bands": bands,
        "merge_items": [(i.article, i.event_id, i.event, _iso(i.first), _iso(i.last), i.to_json()) for i in items],
    }
    return MergeRows([r.article.id for r in records], items,
                     {name: _arrow(schemas[name], table_rows) for name, table_rows in rows.items()})


def _store_articles(con: duckdb.DuckDBPyConnection, rows: MergeRows) -> list[ArticleEvent]:
    for name in ("article_prints", "article_bands", "merge_items"):
        _insert_table(con, name, rows.tables[name])
    return rows.items


def _iso(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass
class Forgotten:
    """What removing articles leaves to redo: the article events that shared a merged event
    with them, and the other articles of their near-duplicate groups."""

    keys: list[tuple[str, str]] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


def forget(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> Forgotten:
    """Remove these articles from the merge tables (before they are replaced); the next
    :func:`update` re-clusters what they leave behind."""
    ids = list(article_ids)
    if not ids:
        return Forgotten()
    orphans = con.execute(
        "SELECT DISTINCT m.article_id, m.event_id FROM merged_members m WHERE m.merged_id IN "
        "(SELECT merged_id FROM merged_members WHERE article_id IN (SELECT unnest(?))) "
        "AND m.article_id NOT IN (SELECT unnest(?))", [ids, ids],
    ).fetchall()
    group = con.execute(
        "WITH origin AS (SELECT duplicate_of AS id FROM article_copies WHERE article_id IN (SELECT unnest(?)) "
        "UNION SELECT unnest(?)) "
        "SELECT article_id FROM article_copies WHERE duplicate_of IN (SELECT id FROM origin) "
        "UNION SELECT id FROM origin", [ids, ids],
    ).fetchall()
    _delete_merged_of(con, ids)
    for table, column in (("merge_items", "article_id"), ("article_prints", "article_id"),
                          ("article_bands", "article_id"),
                          ("article_copies", "article_id"), ("article_copies", "duplicate_of")):
        con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [ids])
    left = sorted({row[0] for row in group} - set(ids))
    if left:
        con.execute("DELETE FROM article_copies WHERE article_id IN (SELECT unnest(?)) "
                    "OR duplicate_of IN (SELECT unnest(?))", [left, left])
    return Forgotten(keys=sorted({tuple(row) for row in orphans}), articles=left)


def _keys_of_articles(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[tuple[str, str]]:
    rows = con.execute(
        "SELECT article_id, event_id FROM merge_items WHERE article_id IN (SELECT unnest(?))", [list(article_ids)]
    ).fetchall()
    return [tuple(row) for row in rows]


def _delete_merged_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    """Delete the merged events that have a member in these articles."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _gone AS SELECT DISTINCT merged_id FROM merged_members "
        "WHERE article_id IN (SELECT unnest(?))", [list(article_ids)],
    )
    _delete_gone(con)


def _delete_merged_keys(con: duckdb.DuckDBPyConnection, keys: Sequence[tuple[str, str]]) -> None:
    """Delete the merged events that have one of these article events as a member."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _gone AS SELECT DISTINCT m.merged_id FROM merged_members m "
        "JOIN (SELECT unnest(?) AS a, unnest(?) AS e) k ON m.article_id = k.a AND m.event_id = k.e",
        [[k[0] for k in keys], [k[1] for k in keys]],
    )
    _delete_gone(con)


def _delete_gone(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM merged_events WHERE id IN (SELECT merged_id FROM _gone)")
    con.execute("DELETE FROM merged_members WHERE merged_id IN (SELECT merged_id FROM _gone)")
    con.execute("DROP TABLE _gone")


def _items_of_keys(con: duckdb.DuckDBPyConnection, keys: Sequence[tuple[str, str]]) -> list[ArticleEvent]:
    return _fetch_items(
        con, "SELECT i.item FROM merge_items i JOIN (SELECT unnest(?) AS a, unnest(?) AS e) k "
        "ON i.article_id = k.a AND i.event_id = k.e", [[k[0] for k in keys], [k[1] for k in keys]],
    )


def _load_prints(con: duckdb.DuckDBPyConnection, ids: Sequence[str] | None = None,
                 minhashes: bool = True) -> tuple[dict[str, ArticleInfo], dict[str, Any]]:
    """Source and date of each article, and its MinHash (or with ``minhashes=False`` the bare
    signature, which is all :func:`_jaccard` needs: no datasketch, and no SciPy behind it, to
    import in an ingest's driver)."""
    sql = "SELECT article_id, source, published, minhash FROM article_prints"
    rows = (con.execute(sql).fetchall() if ids is None
            else con.execute(sql + " WHERE article_id IN (SELECT unnest(?))", [list(ids)]).fetchall())
    articles, hashes = {}, {}
    for aid, source, published, signature in rows:
        articles[aid] = ArticleInfo(aid, source, published)
        hashes[aid] = minhash_of(signature) if minhashes else signature
    return articles, hashes


def _jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """The Jaccard estimate of two signatures of the same permutations, as MinHash.jaccard
    computes it: the share of equal positions."""
    return float(sum(x == y for x, y in zip(a, b, strict=True))) / float(len(a))


def _write_copies(con: duckdb.DuckDBPyConnection, copies: dict[str, str]) -> None:
    _insert(con, "article_copies", _schemas()["article_copies"], sorted(copies.items()))


def _all_copies(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, ArticleInfo], dict[str, str]]:
    """Near-duplicates over every stored article (MinHash LSH), written anew."""
    articles, hashes = _load_prints(con)
    copies = duplicates(articles, hashes)
    con.execute("DELETE FROM article_copies")
    _write_copies(con, copies)
    return articles, copies


def _update_copies(con: duckdb.DuckDBPyConnection, seeds: Sequence[str]) -> set[str]:
    """Near-duplicate groups of these articles, found through stored LSH bands (the same
    candidates MinHashLSH gives) and the same Jaccard test; returns the articles whose
    ``duplicate_of`` changed."""
    found, frontier = set(seeds), set(seeds)
    articles, hashes = _load_prints(con, sorted(found), minhashes=False)
    edges = set()
    while frontier:
        pairs = con.execute(
            "SELECT DISTINCT a.article_id, b.article_id FROM article_bands a JOIN article_bands b "
            "ON a.band = b.band AND a.key = b.key AND a.article_id <> b.article_id "
            "WHERE a.article_id IN (SELECT unnest(?))", [sorted(frontier)],
        ).fetchall()
        fresh = sorted({b for _, b in pairs} - set(hashes))
        if fresh:
            more_articles, more_hashes = _load_prints(con, fresh, minhashes=False)
            articles.update(more_articles)
            hashes.update(more_hashes)
        frontier = set()
        for a, b in pairs:
            if _jaccard(hashes[a], hashes[b]) >= DUPLICATE_JACCARD:
                edges.add((min(a, b), max(a, b)))
                if b not in found:
                    found.add(b)
                    frontier.add(b)
    parent = {a: a for a in found}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in sorted(edges):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = {}
    for a in found:
        groups.setdefault(root(a), set()).add(a)
    copies = originals(groups.values(), articles)
    ids = sorted(found)
    stored = dict(con.execute(
        "SELECT article_id, duplicate_of FROM article_copies WHERE article_id IN (SELECT unnest(?)) "
        "OR duplicate_of IN (SELECT unnest(?))", [ids, ids]).fetchall())
    changed = {a for a in set(copies) | set(stored) if copies.get(a) != stored.get(a)}
    if changed:
        con.execute("DELETE FROM article_copies WHERE article_id IN (SELECT unnest(?)) "
                    "OR duplicate_of IN (SELECT unnest(?))", [ids, ids])
        _write_copies(con, copies)
    return changed


def _infos(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> tuple[
        dict[str, ArticleInfo], dict[str, str]]:
    """Source and date of these articles and of their originals, and which of them are copies."""
    copies = dict(con.execute("SELECT article_id, duplicate_of FROM article_copies WHERE article_id IN "
                              "(SELECT unnest(?))", [list(article_ids)]).fetchall())
    rows = con.execute("SELECT article_id, source, published FROM article_prints WHERE article_id IN "
                       "(SELECT unnest(?))", [sorted(set(article_ids) | set(copies.values()))]).fetchall()
    return {aid: ArticleInfo(aid, source, published) for aid, source, published in rows}, copies


def _fetch_items(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[ArticleEvent]:
    return [ArticleEvent.from_json(row[0]) for row in con.execute(sql, params).fetchall()]


def _neighbours(con: duckdb.DuckDBPyConnection, items: Sequence[ArticleEvent]) -> dict[int, list[ArticleEvent]]:
    """Stored article events of the same type a day apart at most, for each item (by position):
    one query for all of them."""
    windows = [(n, i.event, d[0] - dt.timedelta(days=1), d[1] + dt.timedelta(days=1))
               for n, i in enumerate(items) if (d := i.days()) is not None]
    if not windows:
        return {}
    rows = con.execute(
        "SELECT w.n, i.article_id, i.event_id, i.item FROM merge_items i JOIN "
        "(SELECT unnest(?) AS n, unnest(?) AS event, unnest(?) AS low, unnest(?) AS high) w "
        "ON i.event = w.event AND i.first <= w.high AND i.last >= w.low AND i.last - i.first < 31",
        [[w[0] for w in windows], [w[1] for w in windows], [w[2] for w in windows], [w[3] for w in windows]],
    ).fetchall()
    parsed: dict[tuple[str, str], ArticleEvent] = {}
    found: dict[int, list[ArticleEvent]] = {}
    for n, article, event, text in rows:
        item = parsed.get((article, event)) or parsed.setdefault((article, event), ArticleEvent.from_json(text))
        found.setdefault(n, []).append(item)
    return found


def _component(con: duckdb.DuckDBPyConnection, seeds: list[ArticleEvent]) -> list[ArticleEvent]:
    """Every stored article event linked to the seeds, directly or through others."""
    found = {s.key: s for s in seeds}
    frontier = list(seeds)
    while frontier:
        following = []
        neighbours = _neighbours(con, frontier)
        for n, item in enumerate(frontier):
            for other in sorted(neighbours.get(n, []), key=ArticleEvent.sort_key):
                if other.key in found or contradiction(item, other) is not None or link_score(item, other) <= 0:
                    continue
                found[other.key] = other
                following.append(other)
        frontier = following
    return list(found.values())


def _arrow(schema: Any, rows: list[tuple[Any, ...]]) -> Any:
    """Rows as a pyarrow Table of this schema (built column by column: executemany is row by row)."""
    import pyarrow as pa

    if not rows:
        return schema.empty_table()
    columns = zip(*rows, strict=True)
    return pa.Table.from_arrays(
        [pa.array(list(col), type=f.type) for col, f in zip(columns, schema, strict=True)], schema=schema
    )


def _insert_table(con: duckdb.DuckDBPyConnection, table: str, batch: Any) -> None:
    if not batch.num_rows:
        return
    con.register("_merged_batch", batch)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM _merged_batch")
    finally:
        con.unregister("_merged_batch")


def _insert(con: duckdb.DuckDBPyConnection, table: str, schema: Any, rows: list[tuple[Any, ...]]) -> None:
    """Many rows at once through Arrow."""
    if rows:
        _insert_table(con, table, _arrow(schema, rows))


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    s, i, d, f, ls = pa.string(), pa.int32(), pa.date32(), pa.float64(), pa.list_(pa.string())
    return {
        "merge_items": pa.schema([("article_id", s), ("event_id", s), ("event", s), ("first", d), ("last", d),
                                  ("item", s)]),
        "article_prints": pa.schema([("article_id", s), ("source", s), ("published", s),
                                     ("minhash", pa.list_(pa.int64()))]),
        "merged_events": pa.schema([
            ("id", s), ("event", s), ("cameo", s), ("modality", s), ("date_from", d), ("date_to", d),
            ("first_seen", d), ("last_seen", d), ("n_articles", i), ("n_sources", i), ("actor_codes", ls),
            ("recipient_codes", ls), ("actor_names", ls), ("recipient_names", ls), ("geonameid", pa.int64()),
            ("place", s), ("lat", f), ("lon", f), ("object", s)]),
        "merged_members": pa.schema([("merged_id", s), ("article_id", s), ("event_id", s)]),
        "article_bands": pa.schema([("article_id", s), ("band", i), ("key", s)]),
        "article_copies": pa.schema([("article_id", s), ("duplicate_of", s)]),
    }


def _write_merged(con: duckdb.DuckDBPyConnection, groups: list[list[ArticleEvent]],
                  articles: dict[str, ArticleInfo], copies: dict[str, str]) -> int:
    rows, members = [], []
    for group in groups:
        obj = merged_event(group, articles, copies)
        rows.append(_row(obj))
        members.extend((obj["id"], m["article"], m["event"]) for m in obj["members"])
    schemas = _schemas()
    _insert(con, "merged_events", schemas["merged_events"], rows)
    _insert(con, "merged_members", schemas["merged_members"], members)
    return len(rows)


def _day(value: str | None) -> dt.date | None:
    from newsevents.timeutil import timex_range

    return timex_range(value, None)[0] if value else None


def _last_day(value: str | None) -> dt.date | None:
    from newsevents.timeutil import timex_range

    return timex_range(value, None)[1] if value else None


def _codes(parties: list[dict[str, Any]]) -> list[str]:
    return sorted({(p["country"] or "") + (p["sector"][0] if p["sector"] else "") for p in parties} - {""})


def _row(obj: dict[str, Any]) -> tuple[Any, ...]:
    place = obj["place"] or {}
    return (
        obj["id"], obj["event"], obj["cameo"], obj["modality"],
        _day(obj["date"]["earliest"]), _last_day(obj["date"]["latest"]),
        _iso(obj["first_seen"]), _iso(obj["last_seen"]), obj["n_articles"], obj["n_sources"],
        _codes(obj["actor"]) + sorted({p["country"] for p in obj["actor"] if p["country"]}),
        _codes(obj["recipient"]) + sorted({p["country"] for p in obj["recipient"] if p["country"]}),
        [p["name"] for p in obj["actor"]], [p["name"] for p in obj["recipient"]],
        place.get("geonameid"), place.get("name"), place.get("lat"), place.get("lon"),
        json.dumps(obj, ensure_ascii=False),
    )


def update(con: duckdb.DuckDBPyConnection, rows: MergeRows, forgotten: Forgotten | None = None) -> int:
    """Add these (newly stored) articles' rows (:func:`merge_rows`) to the merged events; returns
    merged events rewritten.

    Runs inside the caller's transaction (``Store.add``); ``forgotten`` is what :func:`forget`
    returned for the articles these records replace.
    """
    forgotten = forgotten or Forgotten()
    if not rows.ids and not forgotten.keys and not forgotten.articles:
        return 0
    new_items = _store_articles(con, rows)
    changed = _update_copies(con, sorted(set(rows.ids) | set(forgotten.articles)))
    seed_keys = set(forgotten.keys) | set(_keys_of_articles(con, sorted(changed)))
    seeds = {i.key: i for i in new_items}
    if seed_keys - set(seeds):
        stored = _items_of_keys(con, sorted(seed_keys - set(seeds)))
        seeds.update((i.key, i) for i in stored)
    if not seeds:
        return 0
    component = _component(con, sorted(seeds.values(), key=ArticleEvent.sort_key))
    # every member of a merged event that shares a member with the component is in it (members
    # are joined by links, and links do not change), so these deletions leave no one out
    _delete_merged_keys(con, [i.key for i in component])
    articles, copies = _infos(con, sorted({i.article for i in component}))
    return _write_merged(con, cluster(component), articles, copies)


def recompute(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild every merge table from the stored records; returns the number of merged events."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table in MERGED_TABLES:
            con.execute(f"DELETE FROM {table}")
        ids = [row[0] for row in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        items: list[ArticleEvent] = []
        for start in range(0, len(ids), 500):
            chunk = con.execute("SELECT record FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY id",
                                [ids[start:start + 500]]).fetchall()
            items += _store_articles(con, merge_rows([Record.model_validate_json(row[0]) for row in chunk]))
        articles, copies = _all_copies(con)
        written = _write_merged(con, cluster(items), articles, copies)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return written


# -- reading ----------------------------------------------------------------------------------------


def _where(con: duckdb.DuckDBPyConnection, actor: str | None, recipient: str | None, event: str | None,
           place: str | None, within_km: float | None, since: str | None, until: str | None,
           modality: str | None) -> tuple[str, list[Any]]:
    """SQL conditions on ``merged_events m`` for the filters of ``newsevents query``."""
    import re

    from newsevents.store import StoreError
    from newsevents.store.query import (
        EARTH_RADIUS_KM,
        _country_alias,
        _date,
        _event_condition,
        _gazetteer_point,
    )

    conditions, params = ["TRUE"], []
    for codes_column, names_column, wanted in (("actor_codes", "actor_names", actor),
                                               ("recipient_codes", "recipient_names", recipient)):
        if not wanted:
            continue
        codes = {wanted.upper()} if re.match(r"^[A-Za-z]{3}(?:[A-Za-z]{3})?$", wanted) else set()
        if alias := _country_alias(wanted):
            codes.add(alias)
        conditions.append(
            f"(len(list_intersect(m.{codes_column}, ?)) > 0 OR "
            f"regexp_matches(array_to_string(m.{names_column}, '; '), ?))"
        )
        params += [sorted(codes), r"(?i)\b" + re.escape(wanted.strip()) + r"\b"]
    if event:
        sql, values = _event_condition(event)
        conditions.append(sql.replace("f.", "m."))
        params += values
    if place:
        by_id = place.strip().isdigit()
        if within_km is None:
            conditions.append("m.geonameid = ?" if by_id else "lower(m.place) = lower(?)")
            params.append(int(place) if by_id else place.strip())
        else:
            if within_km < 0:
                raise StoreError("--within-km must not be negative")
            match = "geonameid = ?" if by_id else "lower(place) = lower(?)"
            points = con.execute(
                f"SELECT DISTINCT lat, lon FROM merged_events WHERE {match} AND lat IS NOT NULL LIMIT 50",
                [int(place) if by_id else place.strip()],
            ).fetchall() or ([] if by_id else _gazetteer_point(place.strip()))
            if not points:
                raise StoreError(f"--place {place!r}: no merged event at a place of that name or id with coordinates")
            distance = (f"2 * {EARTH_RADIUS_KM} * asin(sqrt(pow(sin(radians(m.lat - ?) / 2), 2) + "
                        "cos(radians(?)) * cos(radians(m.lat)) * pow(sin(radians(m.lon - ?) / 2), 2)))")
            conditions.append("(m.lat IS NOT NULL AND (" + " OR ".join(f"{distance} <= ?" for _ in points) + "))")
            for lat, lon in points:
                params += [lat, lat, lon, within_km]
    elif within_km is not None:
        raise StoreError("--within-km needs --place")
    if since:
        conditions.append("coalesce(m.date_to, m.date_from) >= ?")
        params.append(_date(since, "--since"))
    if until:
        conditions.append("coalesce(m.date_from, m.date_to) <= ?")
        params.append(_date(until, "--until"))
    if modality:
        conditions.append("m.modality = ?")
        params.append(modality)
    return " AND ".join(conditions), params


def query_merged(con: duckdb.DuckDBPyConnection, *, actor: str | None = None, recipient: str | None = None,
                 event: str | None = None, place: str | None = None, within_km: float | None = None,
                 since: str | None = None, until: str | None = None, modality: str | None = None,
                 limit: int | None = None, after: str | None = None) -> list[dict[str, Any]]:
    """Merged events (the contract's objects) matching the filters of ``query``, oldest first
    (ties by id); ``after`` is the id of the last event of the previous page."""
    from newsevents.store import StoreError

    if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'merged_events'"
                       ).fetchone()[0]:
        raise StoreError("this database has no merged events yet (run: newsevents merge --db DB)")
    where, params = _where(con, actor, recipient, event, place, within_km, since, until, modality)
    order = "coalesce(m.date_from, DATE '9999-12-31'), m.id"
    if after is not None:
        where += (f" AND ({order}) > (SELECT (coalesce(date_from, DATE '9999-12-31'), id) "
                  "FROM merged_events WHERE id = ?)")
        params.append(after)
    sql = f"SELECT m.object FROM merged_events m WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    try:
        rows = con.execute(sql, params).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"merged-event query failed: {str(exc).strip().splitlines()[0]}") from None
    return [json.loads(row[0]) for row in rows]


def count_merged(con: duckdb.DuckDBPyConnection, **filters: Any) -> int:
    """How many merged events match the filters of :func:`query_merged`."""
    from newsevents.store import StoreError

    names = ("actor", "recipient", "event", "place", "within_km", "since", "until", "modality")
    where, params = _where(con, *(filters.get(n) for n in names))
    try:
        return int(con.execute(f"SELECT count(*) FROM merged_events m WHERE {where}", params).fetchone()[0])
    except duckdb.Error as exc:
        raise StoreError(f"merged-event query failed: {str(exc).strip().splitlines()[0]}") from None


def flat(obj: dict[str, Any]) -> dict[str, Any]:
    """A merged event as one flat row (FLAT_COLUMNS)."""
    place = obj["place"] or {}
    size = obj["size"]

    def names(parties: list[dict[str, Any]]) -> str | None:
        return "; ".join(p["name"] for p in parties) or None

    return {
        "id": obj["id"], "event": obj["event"], "cameo": obj["cameo"], "modality": obj["modality"],
        "date_earliest": obj["date"]["earliest"], "date_latest": obj["date"]["latest"],
        "n_articles": obj["n_articles"], "n_sources": obj["n_sources"],
        "actor": names(obj["actor"]), "actor_code": ";".join(_codes(obj["actor"])) or None,
        "recipient": names(obj["recipient"]), "recipient_code": ";".join(_codes(obj["recipient"])) or None,
        "place": place.get("name"), "geonameid": place.get("geonameid"), "lat": place.get("lat"),
        "lon": place.get("lon"),
        "killed_min": size.get("killed", {}).get("min"), "killed_max": size.get("killed", {}).get("max"),
        "injured_min": size.get("injured", {}).get("min"), "injured_max": size.get("injured", {}).get("max"),
        "disputed": any(s["disputed"] for s in size.values()),
        "first_seen": obj["first_seen"], "last_seen": obj["last_seen"], "articles": ";".join(obj["articles"]),
    }


def write_merged(objects: list[dict[str, Any]], fmt: str, output: str = "-",
                 protected: list[Path] | None = None, force: bool = False) -> int:
    """Write merged events as a table, JSON Lines, CSV, Parquet or GeoJSON (with ``n_articles``),
    through the safe outputs: never over ``protected`` paths, over a file only with ``force``."""
    from newsevents.outputs import open_output, output_path
    from newsevents.store import StoreError

    if fmt not in MERGED_FORMATS:
        raise StoreError(f"unknown format {fmt!r} (choose from {', '.join(MERGED_FORMATS)})")
    protected = protected or []
    if fmt == "parquet":
        if output == "-":
            raise StoreError("Parquet cannot go to stdout: give -o FILE")
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat(o) for o in objects]
        table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in FLAT_COLUMNS})
        with output_path(output, protected, force) as target:
            pq.write_table(table, target)
        return len(rows)
    with open_output(output, protected, force) as out:
        if fmt == "jsonl":
            for obj in objects:
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        elif fmt == "geojson":
            features = [
                {"type": "Feature", "id": o["id"],
                 "geometry": {"type": "Point", "coordinates": [o["place"]["lon"], o["place"]["lat"]]},
                 "properties": {k: v for k, v in flat(o).items() if k not in ("lat", "lon")}}
                for o in objects if o["place"] and o["place"]["lat"] is not None and o["place"]["lon"] is not None
            ]
            json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
            out.write("\n")
            return len(features)
        elif fmt == "csv":
            writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
            writer.writeheader()
            writer.writerows(flat(o) for o in objects)
        else:
            from newsevents.store.query import write_rows

            rows = [tuple(flat(o).values()) for o in objects]
            write_rows(FLAT_COLUMNS, rows, "table", out, table_columns=TABLE_COLUMNS, width=28)
    return len(objects)


def merged_command(db: str | Path, fmt: str, output: str = "-", limit: int | None = None,
                   force: bool = False, **filters: Any) -> int:
    """``newsevents merged``: the merged events of a database, filtered, in one format."""
    from newsevents.outputs import check_output, database_paths
    from newsevents.store import open_db

    protected = database_paths(db)
    check_output(output, protected, force)
    con = open_db(db, read_only=True)
    try:
        objects = query_merged(con, limit=limit, **filters)
    finally:
        con.close()
    return write_merged(objects, fmt, output, protected, force)


def merge_command(db: str | Path) -> int:
    """``newsevents merge``: recompute every merged event of a database (one that existed before
    merged events were kept gets them here)."""
    from newsevents.store import Store, StoreError

    if not Path(db).exists():
        raise StoreError(f"database {db} does not exist (create it with: newsevents ingest --db {db} ...)")
    with Store(db) as store:
        return recompute(store.con)
