"""Reading and scoring of the actors held-out set (tests/data/actors_heldout1.tsv).

Each row: published date, key (words the actor party's text must hold), expected country ('-' none
may be given, 'A|B' either), expected sector ('*' not judged, '-' none may be given, 'A|B' any of),
passage. A row is judged on the events coded from its passage whose actor holds a party with the
key in its text: ``right`` when one such party has the expected country (for '-': no such party
has any), ``wrong`` when such a party has another country, ``missing`` when the parties found have
none, ``no party`` when no event has the key among its actors.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

IGO_CODES = {"IGO", "UNO", "EUR"}


class Row(NamedTuple):
    published: str
    key: str
    country: str
    sector: str
    text: str


def read_rows(path: Path) -> list[Row]:
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if not line.startswith("#")]
    return [Row(*line.split("\t")) for line in lines[1:] if line]


def party_verdicts(parties, country: str, sector: str) -> tuple[str, str, list[str]]:
    """(country verdict, sector verdict, the parties as 'text[COUNTRY:SECTORS]') of the parties found for a
    row: ``country`` '-' none may be given, 'A|B' any of ('-' may be one of them); ``sector`` '*' not judged,
    '-' none may be given, 'A|B' any of. Shared by the actor sets 1 to 3."""
    found = [f"{p.text}[{p.country or '-'}:{'|'.join(p.sector) or '-'}]" for p in parties]
    if not parties:
        return "no party", "no party", found
    countries = {p.country for p in parties}
    wanted = set(country.split("|"))
    if wanted & IGO_CODES:
        wanted |= IGO_CODES
    if ("-" in wanted and countries == {None}) or wanted & countries:
        verdict = "right"
    elif countries - {None}:
        verdict = "wrong"
    else:
        verdict = "missing"
    sectors = [set(p.sector) for p in parties]
    if sector == "*":
        judged = "not judged"
    elif sector == "-":
        judged = "right" if not any(sectors) else "wrong"
    else:
        judged = "right" if any(set(sector.split("|")) & s for s in sectors) else "wrong"
    return verdict, judged, found


def judge(row: Row, events) -> tuple[str, str, list[str]]:
    """(country verdict, sector verdict, the parties found as 'text[COUNTRY:SECTORS]')."""
    key = row.key.lower()
    return party_verdicts([p for e in events for p in e.actor if key in p.text.lower()], row.country, row.sector)
