"""The DuckDB store, with records built here (no model): idempotence, rollback, lock, queries, exports."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsevents.ingest.base import Item
from newsevents.pipeline import make_article
from newsevents.record import Entity, Event, EventDate, Party, Place, Record, Size, Span, Time
from newsevents.store import Store, StoreBusy, StoreError, ingest, summary_text
from newsevents.store.export import export
from newsevents.store.query import EventFilter, query_events, run_sql
from newsevents.store.schema import timex_range
from store_lock import held_by_another_process

INFO = {"version": "0.1.0", "spacy_model": "en_core_web_sm==3.8.0", "spacy": "3.8.18"}


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span.of(text, start, start + len(phrase))


def _event(text: str, eid: str, kind: str, quad: int, trigger: str, actor: Party, recipient: Party,
           place: str | None, date: str | None, modality: str = "asserted", **extra: object) -> Event:
    return Event(
        id=eid, event=kind, quad_code=quad, actor=[actor], recipient=[recipient], place=place,
        date=EventDate(value=date, precision="day" if date and len(date) == 10 else "unknown"),
        modality=modality, trigger=_span(text, trigger), sentence=Span.of(text, 0, len(text)), **extra,
    )


def shelling() -> Record:
    text = "Russian troops shelled Kharkiv on Monday, killing three civilians, officials said."
    return Record(
        article=make_article(text, published="2024-05-07", source="Wire", url="https://wire.example/1"),
        pipeline=INFO,
        entities=[Entity(id="e1", name="Russian troops", type="NORP", country="RUS", sector=["MIL"],
                         mentions=[_span(text, "Russian troops")])],
        places=[Place(id="p1", name="Kharkiv", geonameid=706483, level="city", country="UKR",
                      lat=49.98, lon=36.25, mentions=[_span(text, "Kharkiv")])],
        times=[Time(id="t1", start=31, end=40, text=text[31:40], type="DATE", value="2024-05-06")],
        events=[_event(text, "v1", "ASSAULT", 4, "shelled",
                       Party(entity="e1", text="Russian troops", country="RUS", sector=["MIL"]),
                       Party(text="civilians", sector=["CVL"]), "p1", "2024-05-06", cameo="19",
                       size=Size(dead=3))],
    )


def accusation() -> Record:
    text = ("The Ukrainian foreign minister accused Moscow of blocking grain exports and said Kyiv "
            "would ask the UN for help next week.")
    minister = Party(entity="e1", text="The Ukrainian foreign minister", country="UKR", sector=["GOV"])
    return Record(
        article=make_article(text, published="2024-06-10", source="Courier"),
        pipeline=INFO,
        entities=[
            Entity(id="e1", name="Ukrainian foreign minister", type="PERSON", country="UKR", sector=["GOV"],
                   mentions=[_span(text, "The Ukrainian foreign minister")]),
            Entity(id="e2", name="Kremlin", type="ORG", country="RUS", sector=["GOV"],
                   mentions=[_span(text, "Moscow")]),
        ],
        places=[Place(id="p1", name="Kyiv", geonameid=703448, level="city", country="UKR",
                      lat=50.45, lon=30.52, mentions=[_span(text, "Kyiv")])],
        events=[
            _event(text, "v1", "ACCUSE", 3, "accused", minister,
                   Party(entity="e2", text="Moscow", country="RUS", sector=["GOV"]), None, "2024-06-10"),
            _event(text, "v2", "REQUEST", 3, "ask", minister, Party(text="the UN", country="UNO"),
                   "p1", "2024-W25", modality="future"),
        ],
    )


def arrests() -> Record:
    text = "Police in Lyon arrested 12 protesters after clashes outside the town hall in 2019."
    return Record(
        article=make_article(text, published="2023-11-02", source="Gazette"),
        pipeline=INFO,
        places=[Place(id="p1", name="Lyon", geonameid=2996944, level="city", country="FRA",
                      lat=45.75, lon=4.85, mentions=[_span(text, "Lyon")])],
        events=[_event(text, "v1", "COERCE", 4, "arrested", Party(text="Police", country="FRA", sector=["COP"]),
                       Party(text="12 protesters", sector=["CVL"]), "p1", "2019", modality="historical",
                       size=Size(arrested=12))],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.add([shelling(), accusation(), arrests()])
    return path


def _counts(path: Path) -> dict[str, int]:
    with Store(path) as store:
        return store.counts()


def test_tables_are_filled(db: Path) -> None:
    counts = _counts(db)
    assert counts["articles"] == 3
    assert counts["events"] == 4
    assert counts["event_parties"] == 8
    assert counts["entities"] == 3
    assert counts["mentions"] == 3 + 3  # entity mentions + place mentions
    assert counts["places"] == 3
    assert counts["times"] == 1


def test_record_round_trips(db: Path) -> None:
    original = accusation()
    with Store(db, read_only=True) as store:
        assert store.record(original.article.id) == original


def test_reingest_is_idempotent(db: Path) -> None:
    before = _counts(db)
    with Store(db) as store:
        result = store.add([shelling(), accusation(), arrests()])
    assert (result.added, result.already_stored) == (0, 3)
    assert _counts(db) == before


def test_replace_rewrites_without_duplicating(db: Path) -> None:
    before = _counts(db)
    changed = shelling()
    changed.article.title = "Shelling in the north-east"
    with Store(db) as store:
        result = store.add([changed], replace=True)
        assert result.replaced == 1
        assert store.record(changed.article.id).article.title == "Shelling in the north-east"
    assert _counts(db) == before


@pytest.mark.parametrize("table", ["articles", "entities", "events"])
def test_failure_mid_batch_leaves_no_partial_article(db: Path, table: str) -> None:
    before = _counts(db)
    fresh = Record(article=make_article("Protesters blocked the main road to the airport on Friday."),
                   pipeline=INFO)
    with Store(db) as store:
        with pytest.raises(RuntimeError, match="injected"):
            store.add([fresh, shelling()], replace=True, _fail_after_table=table)
        assert store.stored_ids([fresh.article.id]) == set()
    # The replaced article's deletion was rolled back too.
    assert _counts(db) == before


def test_interrupt_mid_batch_rolls_back(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _counts(db)
    original_insert = Store._insert

    def interrupted_insert(self: Store, table: str, columns: dict) -> None:
        original_insert(self, table, columns)
        if table == "events":
            raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_insert", interrupted_insert)
    changed = arrests()
    changed.article.title = "changed"
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        store.add([changed], replace=True)
    monkeypatch.undo()
    assert _counts(db) == before
    with Store(db, read_only=True) as store:
        assert store.record(changed.article.id).article.title is None


def test_second_writer_gets_one_clear_line(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with held_by_another_process(db, monkeypatch):
        with pytest.raises(StoreBusy) as caught:
            Store(db)
        assert str(caught.value) == f"database {db} is in use by another process"
        with pytest.raises(StoreBusy):
            query_events(db, EventFilter())


def test_missing_or_foreign_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "none.duckdb", read_only=True)
    foreign = tmp_path / "notes.duckdb"
    foreign.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot be opened"):
        Store(foreign)


def _events(db: Path, **filters: object) -> list[tuple[str, str]]:
    columns, rows = query_events(db, EventFilter(**filters))
    event, trigger = columns.index("event"), columns.index("trigger")
    return sorted((row[event], row[trigger]) for row in rows)


def test_query_by_actor(db: Path) -> None:
    assert _events(db, actor="RUS") == [("ASSAULT", "shelled")]
    assert _events(db, actor="rusmil") == [("ASSAULT", "shelled")]
    assert _events(db, actor="foreign minister") == [("ACCUSE", "accused"), ("REQUEST", "ask")]
    assert _events(db, actor="police") == [("COERCE", "arrested")]
    assert _events(db, actor="min") == []  # whole words only


def test_query_by_recipient(db: Path) -> None:
    assert _events(db, recipient="RUS") == [("ACCUSE", "accused")]
    assert _events(db, recipient="Kremlin") == [("ACCUSE", "accused")]  # the entity's name
    assert _events(db, recipient="UNO") == [("REQUEST", "ask")]


def test_query_by_event_type_and_cameo(db: Path) -> None:
    assert _events(db, event="assault,coerce") == [("ASSAULT", "shelled"), ("COERCE", "arrested")]
    assert _events(db, event="19") == [("ASSAULT", "shelled")]
    with pytest.raises(StoreError, match="unknown event type"):
        _events(db, event="BOMBING")


def test_query_by_place(db: Path) -> None:
    assert _events(db, place="kharkiv") == [("ASSAULT", "shelled")]
    assert _events(db, place="2996944") == [("COERCE", "arrested")]
    # Kharkiv to Kyiv is about 410 km.
    assert _events(db, place="Kyiv", within_km=100) == [("REQUEST", "ask")]
    assert _events(db, place="703448", within_km=500) == [("ASSAULT", "shelled"), ("REQUEST", "ask")]
    with pytest.raises(StoreError, match="no place"):
        _events(db, place="Atlantisxyz", within_km=10)


def test_query_near_a_place_no_article_mentions(db: Path) -> None:
    # Geneva is about 110 km from Lyon; its coordinates come from the gazetteer.
    assert _events(db, place="Geneva", within_km=150) == [("COERCE", "arrested")]
    assert _events(db, place="Geneva", within_km=50) == []


def test_query_by_dates(db: Path) -> None:
    assert _events(db, since="2024-06-01") == [("ACCUSE", "accused"), ("REQUEST", "ask")]
    # 2024-W25 runs from 17 to 23 June.
    assert _events(db, since="2024-06-20", until="2024-06-20") == [("REQUEST", "ask")]
    assert _events(db, until="2019-12-31") == [("COERCE", "arrested")]
    with pytest.raises(StoreError, match="--since"):
        _events(db, since="last week")


def test_query_by_modality(db: Path) -> None:
    assert _events(db, modality="future") == [("REQUEST", "ask")]
    assert _events(db, modality="historical") == [("COERCE", "arrested")]


def test_sql_is_read_only(db: Path, tmp_path: Path) -> None:
    columns, rows = run_sql(db, "SELECT event, count(*) AS n FROM events GROUP BY event ORDER BY event")
    assert columns == ["event", "n"]
    assert rows[0] == ("ACCUSE", 1)
    with pytest.raises(StoreError, match="read-only"):
        run_sql(db, "DELETE FROM events")
    with pytest.raises(StoreError):
        run_sql(db, f"COPY events TO '{tmp_path / 'out.csv'}'")
    assert not (tmp_path / "out.csv").exists()
    assert _counts(db)["events"] == 4


def test_export_jsonl_records(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    assert export(db, "jsonl", str(out)).written == 3
    records = [Record.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r.article.id for r in records) == sorted(r.article.id for r in (shelling(), accusation(), arrests()))
    assert export(db, "jsonl", str(out), EventFilter(actor="police"), force=True).written == 1


def test_export_csv_events_flat(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export(db, "csv", str(out)).written == 4
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assault = next(r for r in rows if r["event"] == "ASSAULT")
    assert assault["actor_code"] == "RUSMIL"
    assert assault["recipient_code"] == "CVL"
    assert assault["place"] == "Kharkiv" and assault["geonameid"] == "706483"
    assert assault["date"] == "2024-05-06" and assault["dead"] == "3"
    assert assault["trigger"] == "shelled" and assault["url"] == "https://wire.example/1"
    assert assault["sentence"].startswith("Russian troops shelled")


def test_export_parquet_events_flat(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export(db, "parquet", str(out), EventFilter(modality="future")).written == 1
    table = pq.read_table(out).to_pylist()
    assert [(r["event"], r["actor_code"], r["recipient_code"], r["date"]) for r in table] == [
        ("REQUEST", "UKRGOV", "UNO", "2024-W25")
    ]
    assert table[0]["date_from"] == dt.date(2024, 6, 17)


def test_export_geojson(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    result = export(db, "geojson", str(out))
    assert (result.written, result.left_out) == (3, 1)  # the accusation has no place
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    by_event = {f["properties"]["event"]: f for f in collection["features"]}
    assert by_event["COERCE"]["geometry"] == {"type": "Point", "coordinates": [4.85, 45.75]}
    assert by_event["ASSAULT"]["properties"]["published"] == "2024-05-07"


class FakePipeline:
    """Stands in for the spaCy pipeline: an empty record per article; fails on a marker word."""

    info = INFO

    def __init__(self) -> None:
        self.seen: list[str] = []

    def process(self, articles: Iterable) -> Iterator[Record]:
        for article in articles:
            if "EXPLODE" in article.text:
                raise ValueError("cannot parse this one")
            self.seen.append(article.id)
            yield Record(article=article, pipeline=self.info)


def _items(texts: list[str]) -> list[Item]:
    return [Item(f"input{n}.txt", article=make_article(t)) for n, t in enumerate(texts)]


TEXTS = [f"Workers at plant number {n} went on strike on Tuesday over unpaid wages." for n in range(7)]


def test_ingest_counts_problems_and_isolates_failures(tmp_path: Path) -> None:
    items = _items(TEXTS[:3]) + [Item("broken.html", problem="page has no main text")]
    items += _items(["EXPLODE: a text the pipeline chokes on, said officials."]) + _items(TEXTS[3:])
    with Store(tmp_path / "run.duckdb") as store:
        summary = ingest(store, items, FakePipeline(), batch_size=3)
        assert (summary.added, summary.skipped, summary.errors) == (7, 1, 1)
        assert store.counts()["articles"] == 7
        [run] = store.runs()
        assert (run["added"], run["skipped"], run["errors"]) == (7, 1, 1)
        assert run["spacy_model"] == "en_core_web_sm==3.8.0"
    origins = [origin for origin, _ in summary.problems]
    assert origins == ["broken.html", "input0.txt"]
    text = summary_text(summary, "run.duckdb")
    assert "7 stored" in text and "page has no main text" in text


def test_ingest_resumes_without_reextracting(tmp_path: Path) -> None:
    path = tmp_path / "resume.duckdb"
    with Store(path) as store:
        ingest(store, _items(TEXTS[:4]), FakePipeline(), batch_size=2)
    pipe = FakePipeline()
    with Store(path) as store:
        summary = ingest(store, _items(TEXTS + TEXTS[:1]), pipe, batch_size=2)
        assert store.counts()["articles"] == 7
    assert (summary.added, summary.already_stored) == (3, 5)
    assert len(pipe.seen) == 3  # stored articles are never extracted again


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-10", ("2024-06-10", "2024-06-10")),
        ("2024-W25", ("2024-06-17", "2024-06-23")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-12", ("2023-12-01", "2023-12-31")),
        ("2019", ("2019-01-01", "2019-12-31")),
        (None, ("2024-06-30", "2024-06-30")),
        ("PAST_REF", (None, "2024-06-30")),
        ("FUTURE_REF", ("2024-06-30", None)),
        ("P5D", (None, None)),
        ("2024-13", (None, None)),
    ],
)
def test_timex_range(value: str | None, expected: tuple[str | None, str | None]) -> None:
    first, last = timex_range(value, dt.date(2024, 6, 30))
    assert (first and first.isoformat(), last and last.isoformat()) == expected


def test_party_summary_codes() -> None:
    from newsevents.store.schema import party_summary

    parties = [Party(text="Turkey", country="TUR"), Party(text="the UN", country="UNO"),
               Party(text="rebel fighters", sector=["REB"]), Party(text="Turkish troops", country="TUR", sector=["MIL"])]
    assert party_summary(parties) == {
        "text": "Turkey; the UN; rebel fighters; Turkish troops", "code": "REB;TUR;TURMIL;UNO", "country": "TUR;UNO",
    }
    assert party_summary([]) == {"text": None, "code": None, "country": None}
