"""A short human-readable summary of a record, for the terminal."""

from __future__ import annotations

from newsevents.record import Record


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    if not rows:
        return []
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    return [f"{title} ({len(rows)})", line(header), line(tuple("-" * w for w in widths)), *map(line, rows), ""]


def render_summary(record: Record) -> str:
    a = record.article
    out = [f"article {a.id}  {a.source or '-'}  {a.published or 'no date'}  {_clip(a.title or a.text, 60)}", ""]
    entities = {e.id: e for e in record.entities}
    places = {p.id: p for p in record.places}
    out += _table(
        "entities",
        ("name", "type", "country", "sector", "mentions"),
        [(e.name, e.type, e.country or "-", ",".join(e.sector) or "-", str(len(e.mentions))) for e in record.entities],
    )
    out += _table(
        "places",
        ("name", "level", "geonameid", "country", "lat,lon", "mentions"),
        [
            (p.name, p.level or "-", str(p.geonameid or "-"), p.country or "-",
             f"{p.lat:.2f},{p.lon:.2f}" if p.lat is not None and p.lon is not None else "-", str(len(p.mentions)))
            for p in record.places
        ],
    )
    out += _table("times", ("text", "type", "value"), [(t.text, t.type, t.value or "-") for t in record.times])
    out += _table(
        "figures", ("kind", "value", "about", "text"),
        [(f.kind, f"{f.value:g}", f.about or "-", _clip(f.text, 40)) for f in record.figures],
    )
    out += _table(
        "quotes",
        ("kind", "speaker", "content"),
        [
            (q.kind, (entities[q.speaker.entity].name if q.speaker and q.speaker.entity in entities
                      else q.speaker.text if q.speaker else "-"), _clip(q.content.text, 70))
            for q in record.quotes
        ],
    )

    def parties(ps) -> str:
        return "+".join(p.country or _clip(p.text, 15) for p in ps) or "-"

    out += _table(
        "events",
        ("type", "actor → recipient", "place", "date", "modality", "size", "evidence"),
        [
            (
                e.event + (f"/{','.join(e.mode)}" if e.mode else ""),
                f"{parties(e.actor)} → {parties(e.recipient)}",
                places[e.place].name if e.place in places else "-",
                e.date.value or "-",
                e.modality,
                ",".join(f"{k}={v}" for k, v in e.size.model_dump().items() if v is not None) or "-",
                _clip(e.trigger.text + ": " + e.sentence.text, 50),
            )
            for e in record.events
        ],
    )
    return "\n".join(out).rstrip() + "\n"
