"""The PLOVER gold-standard reader and event scoring, on a hand-made fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluation import plover_gsr
from newsevents.ingest import InputError
from newsevents.record import Article, Event, Party, Record, Span

FIXTURE = Path(__file__).parents[1] / "fixtures" / "eval" / "plover-mini.json"


def _docs():
    skipped: dict[str, int] = {}
    return {d.id: d for d in plover_gsr.read(FIXTURE, skipped)}, skipped


def test_reader_maps_labels_and_reports_skips() -> None:
    docs, skipped = _docs()
    assert {k: d.gold.event for k, d in docs.items()} == {
        "T-DEMAND-1": "REQUEST", "T-FIGHT-1": "ASSAULT", "T-AGREE-1": "AGREE"}
    assert skipped == {"DOCUMENT record": 1, "unknown event label COMPLAIN": 1,
                       "record without text": 1, "malformed record": 1}


def test_unknown_codes_and_non_list_targets_give_no_codes() -> None:
    docs, _ = _docs()
    fight = docs["T-FIGHT-1"].gold
    assert fight.actor_codes == set() and fight.recipient_codes == set()
    assert docs["T-DEMAND-1"].gold.actor_codes == {"KEN"}


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "PLOVER_GSR_x.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(InputError):
        plover_gsr.load(tmp_path)
    with pytest.raises(InputError):
        plover_gsr.load(tmp_path / "missing.json")


def _event(text: str, event: str, actor: str | None, recipient: str | None) -> Event:
    whole = Span.of(text, 0, len(text))
    return Event(id="v1", event=event, quad_code=1, trigger=Span.of(text, 0, 5), sentence=whole,
                 actor=[Party(text="a", country=actor)], recipient=[Party(text="r", country=recipient)])


def _record(text: str, events: list[Event]) -> Record:
    return Record(article=Article(id="x", text=text), pipeline={}, events=events)


def test_tally_type_actor_recipient_and_spurious() -> None:
    docs, _ = _docs()
    tally = plover_gsr.TypeTally()
    demand, agree = docs["T-DEMAND-1"], docs["T-AGREE-1"]
    # right type and actor, wrong recipient, plus one spurious event
    tally.add(demand.gold, _record(demand.text, [
        _event(demand.text, "REQUEST", "KEN", "TZA"), _event(demand.text, "ACCUSE", "KEN", "UGA")]))
    # the right countries on the wrong type do not count
    tally.add(agree.gold, _record(agree.text, [_event(agree.text, "CONSULT", "CHL", "PER")]))
    f = tally.figures()
    assert f["event_type_accuracy"] == 0.5
    assert f["actor_country_accuracy"] == 0.5 and f["actor_country_accuracy_given_type"] == 1.0
    assert f["recipient_country_accuracy"] == 0.0
    assert f["spurious_events_per_sentence"] == 1.0


def test_sentence_without_usable_codes_is_not_scored_for_countries() -> None:
    docs, _ = _docs()
    fight = docs["T-FIGHT-1"]
    tally = plover_gsr.TypeTally()
    assert tally.add(fight.gold, _record(fight.text, [])) == (False, False)
    assert tally.actor_scored == 0 and tally.figures()["event_type_accuracy"] == 0.0


def test_evaluate_end_to_end(pipeline) -> None:
    report = plover_gsr.evaluate(str(FIXTURE), None, pipeline)
    assert report.documents == 3
    assert report.skipped["actor not scored (no usable source code)"] == 1
    assert set(report.breakdown) == {"REQUEST", "ASSAULT", "AGREE"}


def test_uno_counts_as_a_gold_igo_but_not_the_reverse():
    from newsevents.evaluation.plover_gsr import same_code

    assert same_code("UNO", {"IGO"}) and same_code("USA", {"USA"})
    assert not same_code("IGO", {"UNO"}) and not same_code(None, {"IGO"})
    assert same_code("EUR", {"IGO"}) and not same_code("NGO", {"IGO"})
