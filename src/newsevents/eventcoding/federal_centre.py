"""web19: "the Centre", the federal government of a country that calls it so (India's Union government: "the
Centre's scheme", "accused the Centre"), from the fifteenth audit (web news), where it was read as Burkina Faso's
Centre region. A party named ``the Centre`` (capitalised, definite, alone or with its possessive) and left uncoded
takes that country and the government sector when the story is of that country: its country is the story's, or a
place or a coded party of the story is of it. The countries and words are data (event_cues.tsv
``web19_federal_centre``: "ind centre"); elsewhere ("France's Centre region") nothing changes."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_DEFINITE = re.compile(r"(?:the|The)\s+(?P<word>[A-Z][a-z]+)(?:['’]s)?")


def _story_countries(doc: Doc, home: str | None, parties: list[Party]) -> set[str]:
    found = {home} if home else set()
    found |= {p.country for p in (doc._.places or []) if getattr(p, "country", None)}
    found |= {e.country for e in (doc._.entities or []) if getattr(e, "country", None)}
    found |= {p.country for p in parties if p.country}
    return found


def federal_centre(parties: list[Party], others: list[Party], doc: Doc, home: str | None, cues: Cues) -> list[Party]:
    """``parties`` with an uncoded ``the Centre`` coded as its country's government where the story is of that
    country (``others``: the event's other parties, evidence too)."""
    if not any(p.country is None for p in parties):
        return parties  # every party coded: the table is not read (speed19)
    rows = [word.split() for word in cues.web19_federal_centre]
    by_word: dict[str, list[str]] = {}
    for row in rows:
        if len(row) == 2:
            by_word.setdefault(row[1], []).append(row[0].upper())
    if not by_word or not any(p.country is None for p in parties):
        return parties
    out = []
    countries: set[str] | None = None
    for party in parties:
        match = _DEFINITE.fullmatch(party.text.strip())
        codes = by_word.get(match.group("word").lower(), []) if match and party.country is None else []
        if codes:
            if countries is None:
                countries = _story_countries(doc, home, parties + others)
            here = [code for code in codes if code in countries]
            if len(here) == 1:
                party = party.model_copy(update={"country": here[0], "sector": sorted({*party.sector, "GOV"})})
        out.append(party)
    return out
