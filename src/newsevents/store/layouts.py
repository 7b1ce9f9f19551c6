"""Event rows in the layouts event-data users already read: ACLED's flat CSV and POLECAT's PLOVER JSON.

Both are built from the stored article records (the contract), not from the flat tables, so every
field the record has (a place's admin1, a party's sector) is available and the two layouts agree
with ``newsevents extract`` on every value.

ACLED's categories are coarser than PLOVER's and cover only political violence, protest and
strategic developments; the mapping below is ours (documented in docs/store.md), with the PLOVER
type kept beside it so nothing is lost.
"""

from __future__ import annotations

from typing import Any

from newsevents.record import Event, Party, Place, Record

ACLED_COLUMNS = (
    "event_id", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso3", "country", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "source", "source_url", "notes", "fatalities", "plover_event", "plover_mode",
    "modality", "article_id",
)

# ACLED's actor categories (inter codes) from CAMEO sector codes, first match wins.
_INTER = (
    ({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}, 1),  # state forces
    ({"REB", "PRE", "INS"}, 2),                      # rebel groups
    ({"OPP", "PTY"}, 3),                             # political militias / parties
    ({"CVL", "REF", "MED", "BUS", "ELI"}, 7),        # civilians
)
_EXTERNAL = {"IGO", "UNO", "NGO", "EUR", "MNC"}      # 8: external/other forces

_PROTEST_MODES_RIOT = {"riot", "violent"}
_REMOTE_MODES = {"aerial", "heavy-weapons", "explosion", "bomb", "drone", "artillery", "shelling", "missile"}


def _inter(parties: list[Party], event: Event, role: str) -> int | None:
    if not parties:
        return None
    sectors = {s for p in parties for s in p.sector}
    if event.event == "PROTEST" and role == "actor":
        return 5 if _PROTEST_MODES_RIOT & set(event.mode) else 6
    for codes, inter in _INTER:
        if sectors & codes:
            return inter
    if any(p.country in _EXTERNAL for p in parties):
        return 8
    return None


def _acled_type(event: Event, inter2: int | None) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) for a PLOVER event."""
    modes = set(event.mode)
    if event.event == "ASSAULT":
        if modes & _REMOTE_MODES:
            return "Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED" \
                if modes & {"explosion", "bomb"} else "Shelling/artillery/missile attack" \
                if modes & {"heavy-weapons", "artillery", "shelling", "missile"} else "Air/drone strike"
        if inter2 == 7:
            return "Political violence", "Violence against civilians", "Attack"
        return "Political violence", "Battles", "Armed clash"
    if event.event == "PROTEST":
        if modes & _PROTEST_MODES_RIOT:
            return "Demonstrations", "Riots", "Violent demonstration"
        return "Demonstrations", "Protests", "Peaceful protest"
    if event.event == "COERCE" and modes & {"arrest", "detain"}:
        return "Strategic developments", "Strategic developments", "Arrests"
    if event.event == "COERCE" and "seize" in modes:
        return "Strategic developments", "Strategic developments", "Looting/property destruction"
    if event.event in ("AGREE", "CONCEDE", "RETREAT") or (event.event == "COOPERATE" and "settle" in modes):
        return "Strategic developments", "Strategic developments", "Agreement"
    return "Strategic developments", "Strategic developments", "Other"


def _names(parties: list[Party]) -> tuple[str, str]:
    names = [p.text for p in parties]
    return (names[0] if names else ""), "; ".join(names[1:])


def _place(record: Record, event: Event) -> Place | None:
    if not event.place:
        return None
    return next((p for p in record.places if p.id == event.place), None)


_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"exact": 1, "city": 1, "landmark": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3,
                  "water": 2}


def acled_row(record: Record, event: Event) -> dict[str, Any]:
    """One event as an ACLED-style row (the columns of :data:`ACLED_COLUMNS`)."""
    place = _place(record, event)
    actor1, assoc1 = _names(event.actor)
    actor2, assoc2 = _names(event.recipient)
    inter1, inter2 = _inter(event.actor, event, "actor"), _inter(event.recipient, event, "recipient")
    disorder, event_type, sub_type = _acled_type(event, inter2)
    day = event.date.value if event.date.value and len(event.date.value) >= 10 and event.date.value[4] == "-" \
        else record.article.published
    precision = getattr(event, "geo_precision", None) or (place.level if place else None)
    return {
        "event_id": f"{record.article.id}-{event.id}",
        "event_date": day[:10] if day else None,
        "year": int(day[:4]) if day else None,
        "time_precision": _TIME_PRECISION.get(event.date.precision, 3),
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": assoc2, "inter2": inter2,
        "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2
        else (inter1 * 10 if inter1 else None),
        "civilian_targeting": "Civilian targeting" if event.event == "ASSAULT" and inter2 == 7 else "",
        "iso3": (place.country if place else None) or next((p.country for p in event.actor if p.country), None),
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": getattr(place, "admin2", None) if place else None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": _GEO_PRECISION.get(precision or ""),
        "source": record.article.source,
        "source_url": record.article.url,
        "notes": event.sentence.text,
        "fatalities": event.size.dead or 0,
        "plover_event": event.event,
        "plover_mode": ";".join(event.mode),
        "modality": event.modality,
        "article_id": record.article.id,
    }


def polecat_event(record: Record, event: Event) -> dict[str, Any]:
    """One event in the layout of POLECAT's PLOVER JSON: type, mode, context, actors, location, evidence."""
    place = _place(record, event)

    def party(p: Party) -> dict[str, Any]:
        return {"name": p.text, "country": p.country, "sector": p.sector, "entity": p.entity}

    return {
        "event_id": f"{record.article.id}-{event.id}",
        "event_date": event.date.value or record.article.published,
        "date_precision": event.date.precision,
        "event_type": event.event,
        "event_mode": event.mode,
        "event_context": event.context,
        "quad_code": event.quad_code,
        "cameo_root": event.cameo,
        "modality": event.modality,
        "actor": [party(p) for p in event.actor],
        "recipient": [party(p) for p in event.recipient],
        "location": None if place is None else {
            "name": place.name, "geonameid": place.geonameid, "feature_code": place.feature_code,
            "country": place.country, "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
        },
        "size": event.size.model_dump(exclude_none=True),
        "attributed_to": event.attributed_to,
        "evidence": {"trigger": event.trigger.model_dump(), "sentence": event.sentence.model_dump()},
        "source": {"article_id": record.article.id, "publisher": record.article.source,
                   "url": record.article.url, "published": record.article.published,
                   "title": record.article.title},
        "pipeline": {"newsevents": record.pipeline.get("version"), "spacy_model": record.pipeline.get("spacy_model")},
    }
