"""The seed article against its hand-written gold (``spec/seed-gold.json``).

PATH is the spec folder holding ``seed-article.txt``, ``seed-article.meta.json`` and
``seed-gold.json``. Matching follows the rules in the spec README, as implemented by the
project's reference scorer ``tools/score_record.py`` (this is an independent implementation;
a test checks that both give the same numbers):

- entities: an entity named as the gold (case/space/apostrophe-insensitive) with an accepted
  country and sector; each listed mention (n-th occurrence of a text) must overlap a mention of
  an entity with that name;
- quotes: a quote whose content contains the gold text, with the right kind and a speaker
  resolved to the named entity (or whose speaker text contains the given text);
- places: the first place with a mention over the gold mention has an accepted GeoNames id, or
  lies within the given radius at the given level;
- times: the first time over the gold mention has an accepted value;
- figures: same kind, same value, mention text contained;
- events: an event whose sentence contains one of the given snippets and whose type is
  accepted; "all arguments right" also checks countries, sectors, mode, modality, date, place
  and size. Each gold event absorbs up to ``max_matches`` predicted events (default: one per
  snippet); predicted events absorbed by none are spurious and lower event precision.

Items marked ``required: false`` never count as missing.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.evaluation import metrics
from newsevents.evaluation.report import Report
from newsevents.ingest import InputError
from newsevents.pipeline import Pipeline

# The row not included in the overall recall: its items are re-counted, stricter, in the next one.
TYPE_ONLY_ROW = "events (type+sentence)"


def normalise(value: str | None) -> str:
    """Lower case, curly apostrophes straightened, whitespace runs folded, ends trimmed."""
    return " ".join((value or "").replace("\u2019", "'").lower().split())


def fold_accents(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


def nth_occurrence(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the n-th non-overlapping occurrence of ``needle`` (1-based), or None."""
    if not needle:
        return None
    position = -len(needle)
    for _ in range(max(1, occurrence)):
        position = text.find(needle, position + len(needle))
        if position < 0:
            return None
    return position, position + len(needle)


def _spans(items: Iterable[dict[str, Any]]) -> list[tuple[int, int]]:
    return [(m.get("start", 0), m.get("end", 0)) for m in items]


@dataclass
class Row:
    category: str
    found: int = 0
    required: int = 0
    misses: list[str] = field(default_factory=list)

    def tick(self, ok: bool, required: bool = True) -> None:
        if required:
            self.required += 1
            self.found += ok


class SeedScorer:
    """Scores one record (as a JSON dict) against the gold; :meth:`score` gives the summary."""

    def __init__(self, gold: dict[str, Any], record: dict[str, Any], text: str) -> None:
        self.gold = gold
        self.record = record
        self.text = text
        self.entities = {e.get("id"): e for e in record.get("entities") or []}
        self.places = list(record.get("places") or [])
        self.places_by_id = {p.get("id"): p for p in self.places}
        self.times = list(record.get("times") or [])

    def mention_span(self, mention: dict[str, Any]) -> tuple[int, int] | None:
        return nth_occurrence(self.text, mention.get("text", ""), mention.get("occurrence", 1))

    def named(self, names: Iterable[str]) -> list[dict[str, Any]]:
        wanted = {normalise(n) for n in names}
        return [e for e in self.entities.values() if normalise(e.get("name")) in wanted]

    def entities_row(self) -> Row:
        row = Row("entities+mentions")
        for g in self.gold.get("entities", []):
            candidates = self.named(g["name_any_of"])
            sector = g.get("sector_includes")
            coded = [e for e in candidates if e.get("country") in g["country_any_of"]
                     and (sector is None or sector in (e.get("sector") or []))]
            row.tick(bool(coded))
            if not coded:
                row.misses.append(f"entity {g['name_any_of'][0]}: " + ("absent" if not candidates else "wrong codes"))
            for mention in g.get("mentions", []):
                span = self.mention_span(mention)
                linked = span is not None and any(
                    metrics.overlaps(span, m) for e in candidates for m in _spans(e.get("mentions") or []))
                row.tick(linked)
                if not linked:
                    row.misses.append(f"mention {mention['text']!r} not linked to {g['name_any_of'][0]}")
        return row

    def speaker_matches(self, g: dict[str, Any], speaker: dict[str, Any]) -> bool:
        if "speaker_entity" not in g:
            return normalise(g["speaker_text_contains"]) in normalise(speaker.get("text"))
        entity = self.entities.get(speaker.get("entity") or "")
        if entity is None:
            return False
        name = normalise(entity.get("name"))
        # Every name the speaker's gold entity accepts (its name_any_of) names the speaker too.
        names = {g["speaker_entity"]}
        for gold_entity in self.gold.get("entities", []):
            if normalise(g["speaker_entity"]) in {normalise(n) for n in gold_entity.get("name_any_of", [])}:
                names.update(gold_entity["name_any_of"])
        accepted = {normalise(n) for n in names} | {normalise("The " + n) for n in names}
        # Names that differ only by accents (a transliterated first name) are the same person.
        return name in accepted or fold_accents(name) in {fold_accents(a) for a in accepted}

    def quotes_row(self) -> Row:
        row = Row("quotes+speakers")
        quotes = self.record.get("quotes") or []
        for g in self.gold.get("quotes", []):
            wanted = normalise(g["content_contains"])
            ok = any(
                wanted in normalise((q.get("content") or {}).get("text"))
                and self.speaker_matches(g, q.get("speaker") or {})
                and q.get("kind") in g["kind_any_of"]
                for q in quotes
            )
            row.tick(ok)
            if not ok:
                row.misses.append(f"quote {g['content_contains'][:40]!r}")
        return row

    def place_right(self, g: dict[str, Any], place: dict[str, Any]) -> bool:
        if place.get("geonameid") in g["geonameid_any_of"]:
            return True
        if "near" not in g or place.get("lat") is None or place.get("lon") is None:
            return False
        lat, lon, radius = g["near"]
        close = metrics.haversine_km(lat, lon, place["lat"], place["lon"]) <= radius
        return close and place.get("level") == g.get("level")

    def places_row(self) -> Row:
        row = Row("places")
        for g in self.gold.get("places", []):
            span = self.mention_span(g["mention"])
            hit = next((p for p in self.places if span is not None
                        and any(metrics.overlaps(span, m) for m in _spans(p.get("mentions") or []))), None)
            ok = hit is not None and self.place_right(g, hit)
            row.tick(ok, g.get("required", True))
            if not ok:
                row.misses.append(f"place {g['mention']['text']!r}: got {hit.get('geonameid') if hit else 'nothing'}")
        return row

    def times_row(self) -> Row:
        row = Row("times")
        for g in self.gold.get("times", []):
            span = self.mention_span(g["mention"])
            hit = next((t for t in self.times if span is not None
                        and metrics.overlaps(span, (t.get("start", 0), t.get("end", 0)))), None)
            ok = hit is not None and hit.get("value") in g["value_any_of"]
            row.tick(ok, g.get("required", True))
            if not ok:
                row.misses.append(f"time {g['mention']['text']!r}: got {hit.get('value') if hit else 'nothing'}")
        return row

    def figures_row(self) -> Row:
        row = Row("figures")
        figures = self.record.get("figures") or []
        for g in self.gold.get("figures", []):
            kinds = g.get("kind_any_of") or [g["kind"]]
            ok = any(f.get("kind") in kinds and f.get("value") == g["value"]
                     and g["mention_contains"] in (f.get("text") or "") for f in figures)
            row.tick(ok, g.get("required", True))
            if not ok:
                row.misses.append(f"figure {kinds[0]}={g['value']}")
        return row

    def sentence_of(self, event: dict[str, Any]) -> str:
        sentence = event.get("sentence") or {}
        return self.text[sentence.get("start", 0):sentence.get("end", 0)] if sentence else ""

    def event_matches(self, event: dict[str, Any], g: dict[str, Any]) -> bool:
        sentence = self.sentence_of(event)
        return event.get("event") in g["event_any_of"] and any(s in sentence for s in g["sentence_contains_any_of"])

    def wrong_arguments(self, event: dict[str, Any], g: dict[str, Any]) -> list[str]:
        wrong = []

        def countries(role: str) -> list[str | None]:
            # No party at all is judged as one party with no country.
            return [p.get("country") for p in event.get(role) or []] or [None]

        if "actor_country_any_of" in g and not set(countries("actor")) & set(g["actor_country_any_of"]):
            wrong.append("actor")
        if "recipient_country_any_of" in g and not set(countries("recipient")) & set(g["recipient_country_any_of"]):
            wrong.append("recipient")
        if "recipient_sector_includes" in g and not any(
                g["recipient_sector_includes"] in (p.get("sector") or []) for p in event.get("recipient") or []):
            wrong.append("recipient sector")
        modes = event.get("mode") or []
        if "mode_includes" in g and g["mode_includes"] not in modes:
            wrong.append("mode")
        if "mode_any_of" in g and not set(modes) & set(g["mode_any_of"]):
            wrong.append("mode")
        if "modality_any_of" in g and event.get("modality") not in g["modality_any_of"]:
            wrong.append("modality")
        if "date_any_of" in g and (event.get("date") or {}).get("value") not in g["date_any_of"]:
            wrong.append("date")
        if "place_geonameid_any_of" in g:
            place = self.places_by_id.get(event.get("place") or "")
            if place is None or place.get("geonameid") not in g["place_geonameid_any_of"]:
                wrong.append("place")
        size = event.get("size") or {}
        wrong += [f"size.{k}" for k, v in (g.get("size") or {}).items() if size.get(k) != v]
        return wrong

    def events_rows(self) -> tuple[Row, Row, int, int]:
        events = self.record.get("events") or []
        typed, complete = Row(TYPE_ONLY_ROW), Row("events (all arguments right)")
        absorbed: set[int] = set()
        for g in self.gold.get("events", []):
            required = g.get("required", True)
            matching = [i for i, e in enumerate(events) if self.event_matches(e, g)]
            unclaimed = [i for i in matching if i not in absorbed]
            absorbed.update(unclaimed[:g.get("max_matches", len(g["sentence_contains_any_of"]))])
            right = [i for i in matching if not self.wrong_arguments(events[i], g)]
            typed.tick(bool(matching), required)
            complete.tick(bool(right), required)
            if not right:
                problem = "wrong " + ", ".join(self.wrong_arguments(events[matching[0]], g)) if matching else "not found"
                complete.misses.append(f"event {g.get('id')}: {problem}")
        for i in sorted(set(range(len(events))) - absorbed):
            complete.misses.append(f"spurious event {events[i].get('event')} in: {self.sentence_of(events[i])[:70]}")
        return typed, complete, len(events), len(absorbed)

    def score(self) -> dict[str, Any]:
        typed, complete, n_events, n_matched = self.events_rows()
        rows = [self.entities_row(), self.quotes_row(), self.places_row(), self.times_row(),
                self.figures_row(), typed, complete]
        counted = [r for r in rows if r.category != TYPE_ONLY_ROW]
        return {
            "rows": [{"category": r.category, "found": r.found, "required": r.required, "misses": r.misses}
                     for r in rows],
            "recall_required": metrics.ratio(sum(r.found for r in counted), sum(r.required for r in counted)),
            "event_precision": metrics.ratio(n_matched, n_events),
            "n_events": n_events,
        }


def score_record(gold: dict[str, Any], record: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """Score a record dict against the gold; ``text`` defaults to the record's article text."""
    if text is None:
        text = (record.get("article") or {}).get("text") or ""
    return SeedScorer(gold, record, text).score()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    del limit  # one article: nothing to limit
    folder = Path(path)
    if folder.is_file():
        folder = folder.parent
    article = folder / "seed-article.txt"
    try:
        text = article.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{article}: cannot read the seed article: {exc}") from None
    gold = _read_json(folder / "seed-gold.json")
    meta_file = folder / "seed-article.meta.json"
    meta = _read_json(meta_file) if meta_file.is_file() else {}
    record = pipeline.extract(text, published=meta.get("published"), source=meta.get("source"))
    result = score_record(gold, record.to_dict(), text)
    report = Report(dataset="seed", documents=1)
    for row in result["rows"]:
        report.figures[row["category"]] = f"{row['found']}/{row['required']}"
    report.figures["recall_required"] = result["recall_required"]
    report.figures["event_precision"] = result["event_precision"]
    report.figures["events"] = result["n_events"]
    report.breakdown["misses"] = {
        f"{row['category']} {i + 1}": miss for row in result["rows"] for i, miss in enumerate(row["misses"])}
    return report

