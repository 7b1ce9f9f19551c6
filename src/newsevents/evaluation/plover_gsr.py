"""PLOVER gold standard records: one sentence, one event, with actor and recipient codes.

PATH is ``PLOVER_GSR_dev.json`` (or its folder). Each record's ``text`` becomes an article of
its own with no publication date (the sentences come from a coding manual and have none; only
event dates would need one, and they are not scored here). Labels are PLOVER draft 0.5b1,
mapped to the current sixteen types by :data:`LABEL_MAP`; the DOCUMENT record is skipped.

Figures:

- event type accuracy: the gold type is among the types of the sentence's predicted events;
- actor (recipient) country accuracy: among the predicted events of the gold type, some actor
  (recipient) country equals one of the gold source (target) codes. Sentences whose gold side
  has no usable code (missing, empty, ``---``) are not scored for that side and are counted in
  ``skipped``; a sentence whose gold type was not predicted counts as wrong. The ``_given_type``
  variants score only sentences where the type was found;
- spurious events per sentence: predicted events whose type is not the gold type;
- a per-type breakdown of the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from newsevents.evaluation import metrics
from newsevents.evaluation.report import Report
from newsevents.evaluation.runner import GoldDoc, count, limited, run
from newsevents.ingest import InputError
from newsevents.pipeline import Pipeline
from newsevents.record import EventType, Record

LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
EVENT_TYPES = frozenset(get_args(EventType))
UNKNOWN_CODES = frozenset({"", "---"})


@dataclass
class GoldEvent:
    event: str
    actor_codes: set[str] = field(default_factory=set)
    recipient_codes: set[str] = field(default_factory=set)


def codes(actors: Any) -> set[str]:
    """The usable codes of a gold actor list (anything else, e.g. a bare string, gives none)."""
    if not isinstance(actors, list):
        return set()
    found = {str(a.get("code") or "").strip().upper() for a in actors if isinstance(a, dict)}
    return found - UNKNOWN_CODES


# The GSR predates the UNO and EUR codes: it codes the UN, the European Community and their
# agencies as IGO. Our contract keeps UNO and EUR (kinds of IGO), so they count as matching a
# gold IGO, never the other way round.
_KINDS_OF_IGO = frozenset({"UNO", "EUR"})


def same_code(predicted: str | None, gold: set[str]) -> bool:
    return predicted in gold or (predicted in _KINDS_OF_IGO and "IGO" in gold)


def gold_event(item: Any, skipped: dict[str, int]) -> GoldEvent | None:
    if not isinstance(item, dict):
        count(skipped, "malformed record")
        return None
    label = str(item.get("event") or "")
    if label == "DOCUMENT":
        count(skipped, "DOCUMENT record")
        return None
    event = LABEL_MAP.get(label, label)
    if event not in EVENT_TYPES:
        count(skipped, f"unknown event label {label or '(none)'}")
        return None
    if not str(item.get("text") or "").strip():
        count(skipped, "record without text")
        return None
    return GoldEvent(event, codes(item.get("source")), codes(item.get("target")))


def load(path: str | Path) -> list[Any]:
    target = Path(path)
    if target.is_dir():
        found = sorted(target.glob("PLOVER_GSR*.json"))
        if not found:
            raise InputError(f"{path}: no PLOVER_GSR*.json here")
        target = found[0]
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{target}: cannot read PLOVER records: {exc}") from None
    if not isinstance(data, list):
        raise InputError(f"{target}: expected a JSON array of records")
    return data


def read(path: str | Path, skipped: dict[str, int]) -> Iterator[GoldDoc[GoldEvent]]:
    for index, item in enumerate(load(path)):
        gold = gold_event(item, skipped)
        if gold is not None:
            yield GoldDoc(id=str(item.get("id") or f"plover-{index}"), text=str(item["text"]), gold=gold)


@dataclass
class TypeTally:
    sentences: int = 0
    type_found: int = 0
    actor_scored: int = 0
    actor_right: int = 0
    actor_right_given_type: int = 0
    actor_scored_given_type: int = 0
    recipient_scored: int = 0
    recipient_right: int = 0
    recipient_right_given_type: int = 0
    recipient_scored_given_type: int = 0
    spurious: int = 0

    def add(self, gold: GoldEvent, record: Record) -> tuple[bool, bool]:
        """Count one sentence; returns whether its actor and recipient were scorable."""
        same_type = [e for e in record.events if e.event == gold.event]
        found = bool(same_type)
        self.sentences += 1
        self.type_found += found
        self.spurious += len(record.events) - len(same_type)
        actor_ok = any(same_code(p.country, gold.actor_codes) for e in same_type for p in e.actor)
        recipient_ok = any(same_code(p.country, gold.recipient_codes) for e in same_type for p in e.recipient)
        if gold.actor_codes:
            self.actor_scored += 1
            self.actor_right += actor_ok
            self.actor_scored_given_type += found
            self.actor_right_given_type += actor_ok
        if gold.recipient_codes:
            self.recipient_scored += 1
            self.recipient_right += recipient_ok
            self.recipient_scored_given_type += found
            self.recipient_right_given_type += recipient_ok
        return bool(gold.actor_codes), bool(gold.recipient_codes)

    def figures(self) -> dict[str, float | int]:
        return {
            "sentences": self.sentences,
            "event_type_accuracy": metrics.ratio(self.type_found, self.sentences),
            "actor_country_accuracy": metrics.ratio(self.actor_right, self.actor_scored),
            "recipient_country_accuracy": metrics.ratio(self.recipient_right, self.recipient_scored),
            "actor_country_accuracy_given_type": metrics.ratio(self.actor_right_given_type, self.actor_scored_given_type),
            "recipient_country_accuracy_given_type": metrics.ratio(
                self.recipient_right_given_type, self.recipient_scored_given_type),
            "spurious_events_per_sentence": metrics.ratio(self.spurious, self.sentences),
        }


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    skipped: dict[str, int] = {}
    total = TypeTally()
    by_type: dict[str, TypeTally] = {}
    for doc, record in run(pipeline, limited(read(path, skipped), limit), skipped):
        actor_scorable, recipient_scorable = total.add(doc.gold, record)
        by_type.setdefault(doc.gold.event, TypeTally()).add(doc.gold, record)
        if not actor_scorable:
            count(skipped, "actor not scored (no usable source code)")
        if not recipient_scorable:
            count(skipped, "recipient not scored (no usable target code)")
    report = Report(dataset="plover-gsr", documents=total.sentences, figures=total.figures(), skipped=skipped)
    for event, tally in sorted(by_type.items()):
        f = tally.figures()
        report.breakdown[event] = {
            "sentences": f["sentences"],
            "type_accuracy": f["event_type_accuracy"],
            "actor_accuracy": f["actor_country_accuracy"],
            "recipient_accuracy": f["recipient_country_accuracy"],
            "spurious_per_sentence": f["spurious_events_per_sentence"],
        }
    report.notes.append("labels mapped: " + ", ".join(f"{k}->{v}" for k, v in LABEL_MAP.items()) + "; no publication date")
    return report
