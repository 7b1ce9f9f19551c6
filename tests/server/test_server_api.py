"""The HTTP API over a small store: shapes, filters, paging, exports, and its refusals."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from newsevents.cli import main
from newsevents.server.reader import QueryTimeout, Reader


def _all_events(client, **params) -> list[dict]:
    rows, cursor = [], None
    while True:
        query = dict(params, limit=2, **({"next": cursor} if cursor else {}))
        page = client.get("/api/events", params=query).json()
        rows += page["rows"]
        cursor = page["next"]
        if cursor is None:
            return rows


def test_events_page_shape_and_defaults(client, seed_record):
    page = client.get("/api/events", params={"limit": 5}).json()
    assert set(page) == {"rows", "next", "total"}
    assert page["total"] == len(seed_record.events) + 2
    assert len(page["rows"]) == 5 and page["next"]
    row = page["rows"][0]
    assert {"article_id", "event_id", "event", "trigger", "trigger_start", "lat", "lon"} <= set(row)
    # Article events are single reports, placed as precisely as their place's level.
    assert all(r["n_articles"] == 1 for r in page["rows"])
    lyon = client.get("/api/events", params={"country": "FRA"}).json()["rows"][0]
    assert lyon["geo_precision"] == "city" and lyon["place"] == "Lyon"


def test_paging_visits_every_event_once_newest_first(client):
    total = client.get("/api/events").json()["total"]
    rows = _all_events(client)
    keys = [(r["article_id"], r["event_id"]) for r in rows]
    assert len(keys) == total == len(set(keys))
    dates = [r["date_from"] or r["published"] for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_filters(client):
    coerce = client.get("/api/events", params={"event": "COERCE"}).json()
    assert coerce["total"] >= 2 and {r["event"] for r in coerce["rows"]} == {"COERCE"}
    french = client.get("/api/events", params={"actor": "FRA"}).json()
    assert [r["trigger"] for r in french["rows"]] == ["arrested"]
    found = client.get("/api/events", params={"q": "PROTESTERS"}).json()
    assert [r["place"] for r in found["rows"]] == ["Lyon"]
    in_2024 = client.get("/api/events", params={"since": "2024-01-01", "until": "2024-12-31"}).json()
    assert [r["event"] for r in in_2024["rows"]] == ["ASSAULT"]
    near = client.get("/api/events", params={"place": "Lyon", "within_km": 50}).json()
    assert near["total"] == 1


def test_articles_list_and_record(client, seed_record):
    page = client.get("/api/articles", params={"limit": 2}).json()
    assert page["total"] == 3 and len(page["rows"]) == 2 and page["next"]
    assert set(page["rows"][0]) >= {"id", "title", "source", "published", "url"}
    rest = client.get("/api/articles", params={"limit": 2, "next": page["next"]}).json()
    ids = [r["id"] for r in page["rows"] + rest["rows"]]
    assert len(set(ids)) == 3 and rest["next"] is None
    record = client.get(f"/api/articles/{seed_record.article.id}").json()
    assert record["schema"] == seed_record.to_dict()["schema"]
    assert record["article"]["text"] == seed_record.article.text
    assert len(record["events"]) == len(seed_record.events)
    missing = client.get("/api/articles/0000")
    assert missing.status_code == 404 and "0000" in missing.json()["error"]


def test_facets_count_the_filtered_events(client, seed_record):
    events = client.get("/api/facets", params={"field": "event"}).json()
    assert sum(r["count"] for r in events["rows"]) == len(seed_record.events) + 2
    counts = [r["count"] for r in events["rows"]]
    assert counts == sorted(counts, reverse=True)
    countries = client.get("/api/facets", params={"field": "country", "event": "COERCE,ASSAULT"}).json()
    values = {r["value"] for r in countries["rows"]}
    assert {"FRA", "UKR"} <= values
    modality = client.get("/api/facets", params={"field": "modality", "country": "FRA"}).json()
    assert modality["rows"] == [{"value": "asserted", "count": 1}]


def test_timeline_and_map_aggregate(client):
    timeline = client.get("/api/timeline").json()
    assert timeline["unit"] in ("day", "week", "month")
    total = client.get("/api/events").json()["total"]
    assert sum(r["count"] for r in timeline["rows"]) <= total
    days = client.get("/api/timeline", params={"since": "2023-01-01"}).json()
    assert {(r["period"][:7], r["event"]) for r in days["rows"]} >= {("2023-03", "COERCE"), ("2024-05", "ASSAULT")}
    answer = client.get("/api/map").json()
    points = answer["points"]
    assert sum(p["events"] for p in points) == answer["located"]
    assert len({(p["lat"], p["lon"]) for p in points}) == len(points)  # one point per location
    lyon = next(p for p in points if p["place"] == "Lyon")
    assert lyon == {"lat": 45.75, "lon": 4.85, "place": "Lyon", "geonameid": 2996944, "events": 1,
                    "n_articles": 1, "geo_precision": "city"}


def test_merged_events_come_in_the_contract_shape(client):
    answer = client.get("/api/merged", params={"limit": 2}).json()
    assert answer["total"] >= 2 and len(answer["rows"]) == 2 and answer["next"]
    for row in answer["rows"]:
        assert {"id", "event", "actor", "recipient", "place", "date", "modality", "articles", "n_articles",
                "n_sources", "members", "size"} <= set(row)
        assert row["n_articles"] == len(row["articles"]) >= 1
    rest = client.get("/api/merged", params={"limit": 2, "next": answer["next"]}).json()
    assert not {r["id"] for r in rest["rows"]} & {r["id"] for r in answer["rows"]}


def test_exports_stream_the_whole_filtered_set(client):
    total = client.get("/api/events").json()["total"]
    response = client.get("/api/events.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total and rows[0]["article_id"]
    only = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params={"country": "FRA"}).text)))
    assert [r["trigger"] for r in only] == ["arrested"]
    empty = client.get("/api/events.csv", params={"q": "no such words anywhere"}).text
    assert empty.splitlines()[0].startswith("article_id,") and len(empty.splitlines()) == 1
    geo = client.get("/api/events.geojson").json()
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == client.get("/api/map").json()["located"]
    lyon = next(f for f in geo["features"] if f["properties"]["place"] == "Lyon")
    assert lyon["geometry"]["coordinates"] == [4.85, 45.75]


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/api/events", "/api/articles/x", "/", "/nowhere"])
def test_write_verbs_are_refused(client, method, path):
    response = client.request(method, path)
    assert response.status_code == 405
    assert method in response.json()["error"] and "GET" in response.headers["allow"]


@pytest.mark.parametrize(("params", "named"), [
    ({"limit": 0}, "limit"), ({"limit": "ten"}, "limit"), ({"limit": 100000}, "limit"),
    ({"event": "FOO"}, "event"), ({"since": "last tuesday-ish"}, "since"), ({"next": "not-a-cursor"}, "next"),
    ({"modality": "maybe"}, "modality"), ({"within_km": -1, "place": "Lyon"}, "within_km"),
    ({"within_km": 10}, "within_km"), ({"country": "France"}, "country"),
])
def test_malformed_parameters_get_422_naming_the_parameter(client, params, named):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    message = response.json()["error"]
    assert message.startswith(named) and "\n" not in message


def test_facet_field_is_checked(client):
    response = client.get("/api/facets", params={"field": "password"})
    assert response.status_code == 422 and response.json()["error"].startswith("field:")


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/")
    assert response.status_code == 200 and "<title>newsevents</title>" in response.text
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/articles/whatever").status_code == 200
    assert client.get("/static/vendor/world-atlas/countries-110m.json").json()["type"] == "Topology"
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_reader_refuses_writes_and_other_files(server_db, tmp_path):
    other = tmp_path / "secret.csv"
    other.write_text("a,b\n1,2\n")
    before = server_db.read_bytes()
    reader = Reader(server_db)
    try:
        with reader.cursor() as cur:
            for write in ("CREATE TABLE store.stolen (x INTEGER)", "DELETE FROM store.events",
                          "UPDATE store.articles SET title = 'x'", "DROP TABLE store.places"):
                with pytest.raises(duckdb.Error, match="(?i)read.only"):
                    cur.execute(write)
            with pytest.raises(duckdb.Error):
                cur.execute("DELETE FROM events")  # the server's names for the store's tables are views
            with pytest.raises(duckdb.PermissionException):
                cur.execute(f"SELECT * FROM read_csv('{other}')").fetchall()
            with pytest.raises(duckdb.Error):
                cur.execute(f"COPY (SELECT 1) TO '{tmp_path / 'out.csv'}'")
            with pytest.raises(duckdb.Error):
                cur.execute("SET enable_external_access = true")
    finally:
        reader.close()
    assert not (tmp_path / "out.csv").exists()
    assert server_db.read_bytes() == before


def test_a_query_that_would_run_for_ever_is_cut_off(server_db):
    reader = Reader(server_db, timeout_s=0.5)
    try:
        with pytest.raises(QueryTimeout, match="longer than 0.5 s"):
            reader.fetch("SELECT count(*) FROM range(1000000000000) t(i) WHERE i % 7 = 3")
        # The reader is still usable afterwards.
        assert reader.fetch("SELECT count(*) FROM articles")[1] == [(3,)]
    finally:
        reader.close()


def test_row_cap(server_db):
    reader = Reader(server_db, max_rows=4)
    try:
        assert len(reader.fetch("SELECT * FROM range(100)")[1]) == 4
    finally:
        reader.close()


def test_serve_command_reports_a_missing_database(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsevents: database") and "does not exist" in err and "\n" not in err


def test_openapi_lists_every_endpoint(client):
    paths = set(json.loads(client.get("/openapi.json").text)["paths"])
    assert paths >= {"/api/events", "/api/merged", "/api/articles", "/api/articles/{article_id}",
                     "/api/facets", "/api/events.csv", "/api/events.geojson"}


@pytest.mark.parametrize("params", [
    {"actor": "RUS"}, {"actor": "Ukraine"}, {"recipient": "UKR"}, {"actor": "president"}, {"recipient": "protesters"},
    {"event": "COERCE,19"}, {"modality": "future"}, {"place": "Kharkiv"}, {"place": "Lyon", "within_km": 600},
    {"since": "2022-09-30", "until": "2022-10-31"}, {"actor": "FRA", "event": "COERCE"},
])
def test_server_filters_mean_what_the_query_command_means(client, server_db, params):
    from newsevents.store.query import EventFilter, query_events

    _, rows = query_events(server_db, EventFilter(**params))
    expected = {(r[0], r[1]) for r in rows}
    served = {(r["article_id"], r["event_id"]) for r in _all_events(client, **params)}
    assert served == expected and expected
