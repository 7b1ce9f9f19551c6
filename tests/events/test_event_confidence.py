"""Event confidence (eventcoding/confidence.py): features of kinds, the packaged weights, the
record's filter and ``newsevents extract --all-events``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.eventcoding.confidence import (
    article_view,
    event_features,
    load_weights,
    read_weights,
    score,
)
from newsevents.pipeline import MIN_EVENT_CONFIDENCE, build_record
from newsevents.record import Entity, Event, Party, Quote, Record, Span, make_article

POLITICAL = {"gov", "leg", "mil"}


def _entity(eid: str, name: str, start: int, kind: str, country: str | None, sector: list[str]) -> Entity:
    return Entity(id=eid, name=name, type=kind, country=country, sector=sector,
                  mentions=[Span(start=start, end=start + len(name), text=name)])


def _event(doc, trigger_i: int, actor: list[Party], recipient: list[Party], confidence: float | None = None,
           number: int = 1) -> Event:
    token = doc[trigger_i]
    return Event(id=f"v{number}", event="ACCUSE", quad_code=3, actor=actor, recipient=recipient,
                 trigger=Span(start=token.idx, end=token.idx + len(token.text), text=token.text),
                 sentence=Span(start=0, end=len(doc.text), text=doc.text), confidence=confidence)


@pytest.fixture()
def accused(build_doc):
    # "The ministry of Ruritania accused Vexland's army" with the two bodies as entities
    doc = build_doc("Ruritania 's ministry accused Vexland 's army .",
                    heads=[2, 0, 3, 3, 6, 4, 3, 3], deps=["poss", "case", "nsubj", "ROOT", "poss", "case", "dobj", "punct"],
                    pos=["PROPN", "PART", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"])
    doc._.entities = [
        _entity("e1", "Ruritania 's ministry", 0, "ORG", "RUR", ["GOV"]),
        _entity("e2", "Vexland 's army", 30, "ORG", "VEX", ["MIL"]),
    ]
    return doc


MINISTRY = Party(entity="e1", text="Ruritania 's ministry", country="RUR", sector=["GOV"])
ARMY = Party(entity="e2", text="Vexland 's army", country="VEX", sector=["MIL"])
A_PLAN = Party(entity=None, text="the plan", country=None, sector=[])


def test_a_coded_recipient_and_a_thing_as_recipient_are_told_apart(accused):
    view = article_view(accused, [], POLITICAL, n_events=1)
    grounded = event_features(_event(accused, 3, [MINISTRY], [ARMY]), accused[3], 0, "lexicon", view, POLITICAL)
    thing = event_features(_event(accused, 3, [MINISTRY], [A_PLAN]), accused[3], 0, "lexicon", view, POLITICAL)
    assert {"actor.coded", "recipient.coded", "both_coded", "actor.political", "recipient.political",
            "actor.sector.gov", "recipient.sector.mil", "type.ACCUSE", "quad.3"} <= set(grounded)
    assert "recipient.thing" in thing and "recipient.coded" not in thing and "both_coded" not in thing
    assert "row.backbone" not in grounded and "trigger.noun" not in grounded
    # both entities have a political sector and the one sentence names a coded party
    assert grounded["article.political_share"] == 1.0 and grounded["article.coded_sentence_share"] == 1.0
    weights = load_weights()
    assert score(grounded, weights) > score(thing, weights)


def test_nobody_coded_a_backbone_row_a_noun_and_a_quote(build_doc):
    doc = build_doc("Critics voiced criticism of the plan .", heads=[1, 1, 1, 2, 5, 3, 1],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    doc._.entities = []
    quote = Quote(id="q1", kind="direct", content=Span(start=0, end=len(doc.text), text=doc.text))
    view = article_view(doc, [quote], POLITICAL, n_events=1)
    critics = Party(entity=None, text="Critics", country=None, sector=["CVL"])
    event = _event(doc, 2, [critics], [A_PLAN])
    features = event_features(event, doc[2], 0, "backbone", view, POLITICAL)
    assert {"actor.uncoded_party", "actor.sector.cvl", "recipient.thing", "row.backbone", "trigger.noun",
            "in_quote"} <= set(features)
    assert "actor.political" not in features and features["article.coded_sentence_share"] == 0.0


def test_a_passive_trigger_is_told(build_doc):
    doc = build_doc("Vexland was accused by Ruritania .", heads=[2, 2, 2, 2, 3, 2],
                    deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"])
    doc._.entities = []
    view = article_view(doc, [], POLITICAL, n_events=1)
    features = event_features(_event(doc, 2, [], []), doc[2], 0, "lexicon", view, POLITICAL)
    assert features["voice.passive"] == 1.0 and features["actor.none"] == 1.0


def test_the_packaged_weights_load_and_name_the_features(accused):
    weights = load_weights()
    assert weights["bias"] < 0  # most coded events of unread news were wrong (docs/audit)
    assert weights["recipient.coded"] > 0 and weights["recipient.thing"] < 0
    view = article_view(accused, [], POLITICAL, n_events=1)
    features = event_features(_event(accused, 3, [MINISTRY], [ARMY]), accused[3], 0, "lexicon", view, POLITICAL)
    assert set(features) <= set(weights), set(features) - set(weights)
    # every weight a finite number, and a score strictly inside (0, 1): never certain either way
    assert all(isinstance(w, float) and abs(w) < 50 for w in weights.values())
    thing = event_features(_event(accused, 3, [MINISTRY], [A_PLAN]), accused[3], 0, "lexicon", view, POLITICAL)
    for scored in (features, thing, {"bias": 1.0}):
        assert 0.0 < score(scored, weights) < 1.0


def test_a_bad_weights_line_names_the_file_and_line(tmp_path: Path):
    (tmp_path / "event_confidence.tsv").write_text("# comment\nbias\t-1.5\nactor.coded\tmany\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"event_confidence.tsv:3: weight 'many'"):
        read_weights(tmp_path)
    (tmp_path / "event_confidence.tsv").write_text("bias\t-1.5\nactor.coded\t0.5\n", encoding="utf-8")
    assert read_weights(tmp_path) == {"bias": -1.5, "actor.coded": 0.5}


def test_the_record_leaves_out_events_under_the_floor_and_keeps_their_ids(accused):
    accused._.article = make_article(accused.text, published="2023-03-15")
    accused._.events = [_event(accused, 3, [MINISTRY], [A_PLAN], 0.1, 1), _event(accused, 3, [MINISTRY], [ARMY], 0.8, 2),
                        _event(accused, 3, [], [], None, 3)]
    kept = build_record(accused, {"schema": "newsevents/1"}, 0.5)
    assert [e.id for e in kept.events] == ["v2", "v3"]  # an unrated event (None) is kept
    assert kept.pipeline["min_event_confidence"] == 0.5
    every = build_record(accused, {"schema": "newsevents/1"}, 0.0)
    assert [e.id for e in every.events] == ["v1", "v2", "v3"] and every.pipeline["min_event_confidence"] == 0.0


def test_confidence_round_trips_and_old_records_read(accused):
    accused._.article = make_article(accused.text, published="2023-03-15")
    accused._.events = [_event(accused, 3, [MINISTRY], [ARMY], 0.37)]
    record = build_record(accused, {"schema": "newsevents/1"})
    again = Record.model_validate_json(record.to_json())
    assert again == record and again.events[0].confidence == 0.37
    old = json.loads(record.to_json())
    del old["events"][0]["confidence"]
    assert Record.model_validate(old).events[0].confidence is None


# An accusation between two coded states, and an attack with no actor on an uncoded man.
ARTICLE = ("Russia's foreign ministry accused Ukraine of shelling border villages on Monday. "
           "A local man said he had been attacked in a shop.\n")


def test_extract_keeps_events_over_the_floor_and_all_events_keeps_every_one(pipeline, tmp_path: Path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    runs = {}
    for name, flag in (("default", []), ("all", ["--all-events"]), ("floor", ["--min-event-confidence", "0.45"])):
        assert main(["extract", str(path), "--published", "2023-03-15", "--format", "json", *flag]) == 0
        runs[name] = json.loads(capsys.readouterr().out)
    every = runs["all"]["events"]
    assert runs["all"]["pipeline"]["min_event_confidence"] == 0.0
    assert runs["default"]["pipeline"]["min_event_confidence"] == MIN_EVENT_CONFIDENCE
    assert runs["floor"]["pipeline"]["min_event_confidence"] == 0.45
    assert all(0.0 <= e["confidence"] <= 1.0 for e in every)
    accusation = next(e for e in every if e["event"] == "ACCUSE")
    attack = next(e for e in every if e["event"] == "ASSAULT")
    assert accusation["confidence"] > 0.45 > attack["confidence"]  # grounded vs no actor, a pronoun as target
    for name in ("default", "floor"):  # each keeps exactly the events at or over its floor, with the same ids
        floor = runs[name]["pipeline"]["min_event_confidence"]
        assert [e["id"] for e in runs[name]["events"]] == [e["id"] for e in every if e["confidence"] >= floor]


def test_the_python_api_takes_the_floor_per_call(pipeline):
    article = make_article(ARTICLE, published="2023-03-15")
    every = next(pipeline.process([article], min_event_confidence=0.0))
    none = next(pipeline.process([article], min_event_confidence=1.01))
    assert every.events and not none.events and none.pipeline["min_event_confidence"] == 1.01


def test_a_floor_out_of_range_is_one_clear_line(tmp_path: Path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path), "--min-event-confidence", "25"]) == 2
    assert "between 0 and 1, not 25.0" in capsys.readouterr().err


def test_the_cluster_refuses_a_floor_it_would_not_apply(tmp_path: Path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path), "--all-events", "--workers", "2"]) == 2
    assert "run in this process only" in capsys.readouterr().err


def test_a_store_of_schema_3_gets_the_column_and_keeps_its_rows(accused, tmp_path: Path):
    import duckdb

    from newsevents.store import Store

    accused._.article = make_article(accused.text, published="2023-03-15")
    accused._.events = [_event(accused, 3, [MINISTRY], [ARMY], 0.37)]
    old_record = build_record(accused, {"schema": "newsevents/1"})
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.add([old_record])
    con = duckdb.connect(str(path))  # make it a database of the schema before the column
    con.execute("DROP VIEW events_flat")
    con.execute("ALTER TABLE events DROP COLUMN confidence")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'store_schema'")
    con.close()
    with Store(path, read_only=True) as store:  # read as it is
        assert store.con.execute("SELECT count(*) FROM events").fetchone() == (1,)
    with Store(path) as store:  # the first writable open adds the column
        assert store.con.execute("SELECT value FROM meta WHERE key = 'store_schema'").fetchone() == ("4",)
        assert store.con.execute("SELECT id, confidence FROM events").fetchall() == [("v1", None)]
        stored = Record.model_validate_json(store.con.execute("SELECT record FROM articles").fetchone()[0])
        assert stored.events[0].confidence == 0.37  # the full record kept it all along
        store.add([stored], replace=True)
        assert store.con.execute("SELECT confidence FROM events_flat").fetchall() == [(0.37,)]
