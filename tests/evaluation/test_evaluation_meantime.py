"""Scoring entities and in-article coreference on MEANTIME (newsevents.evaluation.meantime), on a
hand-made MEANTIME-like document (tests/data/meantime) and hand-built records."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluation.meantime import (
    Tally,
    figures,
    head_token,
    mention_kind,
    read_meantime,
    score_document,
    split_of,
)
from newsevents.evaluation.merge_eval import bcubed
from newsevents.ingest import InputError
from newsevents.record import Entity, Place, Record, Span, make_article

TOY = Path(__file__).parents[1] / "data" / "meantime"
TEXT = "Zenco hires Ann Lee\nThe company said she starts in Oslo ."


def toy():
    docs = list(read_meantime(TOY, "all", {}))
    assert len(docs) == 1
    return docs[0]


def test_reader_rebuilds_the_text_with_its_tokens_and_keeps_instances_with_mentions() -> None:
    doc = toy()
    assert doc.text == TEXT and doc.published == "2008-03-06" and doc.gold.topic == "toy"
    by_id = {i.id: i for i in doc.gold.instances}
    assert set(by_id) == {"ORG1", "PER1", "LOC1"}  # PER2 has no mention
    company = by_id["ORG1"].mentions[1]
    # an untyped mention starting with a determiner is a description; its head is its noun
    assert company.kind == "description" and TEXT[company.start:company.end] == "The company"
    assert TEXT[slice(*company.head)] == "company"
    assert [m.kind for m in by_id["PER1"].mentions] == ["name", "pronoun"]


def test_split_is_by_doc_id_and_the_halves_partition_the_documents() -> None:
    assert split_of("1") == split_of("1") and {split_of(str(n)) for n in range(20)} == {"dev", "test"}
    halves = [d.id for split in ("dev", "test") for d in read_meantime(TOY, split, {})]
    assert halves == [d.id for d in read_meantime(TOY, "all", {})]


def test_mention_kinds_of_untyped_mentions_and_heads() -> None:
    assert mention_kind(None, ["its"]) == "pronoun"
    assert mention_kind("", ["US", "automaker"]) == "description"
    assert mention_kind("", ["Bank", "of", "America"]) == "name"
    assert mention_kind("APP", ["Acme", ",", "a", "firm"]) == "other"
    assert head_token("", ["the", "chief", "of", "Acme"]) == 1
    assert head_token("owners", ["iPhone", "owners", "in", "Oslo"]) == 1


def record(entities: list[Entity], places: list[Place] | None = None) -> Record:
    return Record(article=make_article(TEXT, id="meantime-1"), pipeline={}, entities=entities,
                  places=places or [])


def entity(eid: str, etype: str, *spans: tuple[int, int]) -> Entity:
    return Entity(id=eid, name=TEXT[slice(*spans[0])], type=etype, mentions=[Span.of(TEXT, *s) for s in spans])


ZENCO, COMPANY, ANN, SHE, OSLO = (0, 5), (20, 31), (12, 19), (37, 40), (51, 55)


def score(rec: Record) -> tuple[Tally, dict, dict, list[str]]:
    tally, predicted, truth = Tally(), {}, {}
    misses = score_document(toy().gold, rec, tally, (predicted, truth), "meantime-1")
    return tally, predicted, truth, misses


def test_anaphors_linked_to_the_entity_of_their_names() -> None:
    tally, predicted, truth, misses = score(record([entity("e1", "ORG", ZENCO, COMPANY),
                                                    entity("e2", "PERSON", ANN, SHE)],
                                                   [Place(id="p1", name="Oslo", mentions=[Span.of(TEXT, *OSLO)])]))
    shown = figures(tally)
    assert shown["ORG anaphors linked"] == "1.000 (1/1)" and shown["PER anaphors linked"] == "1.000 (1/1)"
    assert shown["PER anaphors wrong"] == "0.000 (0/1)" and misses == []
    assert shown["LOC named found typed"] == "1.000 (1/1)" and shown["PER named found strict"] == "1.000 (1/1)"
    assert bcubed(predicted, truth) == (1.0, 1.0, 1.0)


def test_a_pronoun_joined_to_another_entity_is_wrong_and_a_description_alone_is_unlinked() -> None:
    tally, predicted, truth, misses = score(record([entity("e1", "ORG", ZENCO, SHE),
                                                    entity("e2", "PERSON", ANN),
                                                    entity("e3", "OTHER", COMPANY)]))
    shown = figures(tally)
    assert shown["PER pronouns wrong"] == "1.000 (1/1)"
    assert shown["ORG descriptions linked"] == "0.000 (0/1)" and shown["ORG descriptions wrong"] == "0.000 (0/1)"
    assert shown["LOC named found"] == "0.000 (0/1)"  # Oslo: no system mention
    assert len(misses) == 2 and any("'she' wrong -> e1" in m for m in misses)
    precision, recall, _ = bcubed(predicted, truth)
    assert precision < 1.0 and recall < 1.0


def test_overlap_is_counted_on_the_head_and_strict_needs_the_same_span() -> None:
    # "enco" and "company" (the head, without "The") are found by overlap, not by strict span
    tally, *_ = score(record([entity("e1", "ORG", (1, 5), (24, 31))]))
    shown = figures(tally)
    assert shown["ORG named found"] == "1.000 (1/1)" and shown["ORG named found strict"] == "0.000 (0/1)"
    assert shown["ORG anaphors linked"] == "1.000 (1/1)"


def test_evaluate_runs_the_pipeline_on_the_chosen_half(pipeline, monkeypatch) -> None:
    from newsevents.evaluation.meantime import evaluate

    monkeypatch.setenv("NEWSEVENTS_MEANTIME_SPLIT", "all")
    report = evaluate(str(TOY), None, pipeline)
    assert report.documents == 1 and "topic toy (1 docs)" in report.breakdown
    assert report.figures["ORG named found"].endswith("(1/1)")
    monkeypatch.setenv("NEWSEVENTS_MEANTIME_SPLIT", "test" if split_of("1") == "dev" else "dev")
    assert evaluate(str(TOY), None, pipeline).documents == 0
    monkeypatch.setenv("NEWSEVENTS_MEANTIME_SPLIT", "train")
    with pytest.raises(InputError, match="choose from"):
        evaluate(str(TOY), None, pipeline)
