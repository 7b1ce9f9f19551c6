"""web19: "the Centre", the federal government of a country that calls it so (India's Union government: "the
Centre's scheme", "accused the Centre"), from the fifteenth audit (web news), where it was read as Burkina Faso's
Centre region. A party named ``the Centre`` (capitalised, definite, alone or with its possessive) and left uncoded
takes that country and the government sector when the story is of that country: its country is the story's, or a
place or a coded party of the story is of it. The countries and words are data (event_cues.tsv
``federal_centre_code``: "ind centre"); elsewhere ("France's Centre region") nothing changes.

wire22 (the twenty-second news-wire audit's #8): "federal immigration officials", "federal prosecutors": an uncoded
party named as federal (``federal_word``, a common word, not a firm's name such as "Federal Express") is an
organ of a federation's government; when exactly one of the story's countries is a federation (``federation_country``)
it is of that country: the countries of its named parties first, then of its places. A story of two federations
leaves it uncoded."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_DEFINITE = re.compile(r"(?:the|The)\s+(?P<word>[A-Z][a-z]+)(?:['’]s)?")
# "federal officials", "Federal prosecutors said": the adjective, lower case or opening the phrase before a common noun
_FEDERAL = re.compile(r"(?:^|\s)(?:(?P<low>[a-z]+)|(?P<cap>[A-Z][a-z]+)(?=\s+[a-z]))\s")


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
    rows = [word.split() for word in cues.federal_centre_code]
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


def federal_officials(parties: list[Party], others: list[Party], doc: Doc, home: str | None, cues: Cues) -> list[Party]:
    """``parties`` with an uncoded party named as federal ("federal immigration officials") coded as the one
    federation among the story's countries (see the module)."""
    if not any(p.country is None and _federal(p.text, cues) for p in parties):
        return parties
    # the countries of the story's parties first (a body named is surer than a place geocoded), then its places
    named = ({home} if home else set()) | {p.country for p in parties + others if p.country} | {
        e.country for e in (doc._.entities or []) if getattr(e, "country", None)}
    here = sorted(c for c in named if c.lower() in cues.federation_country)
    if not here:
        here = sorted(c for c in _story_countries(doc, home, parties + others) if c.lower() in cues.federation_country)
    if len(here) != 1:
        return parties
    return [p.model_copy(update={"country": here[0]}) if p.country is None and _federal(p.text, cues) else p
            for p in parties]


def _federal(text: str, cues: Cues) -> bool:
    return any((m.group("low") or m.group("cap") or "").lower() in cues.federal_word
               for m in _FEDERAL.finditer(" " + text + " "))
