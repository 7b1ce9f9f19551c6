#!/usr/bin/env python3
"""Build newsevents' dictionary actors and agents from the Phoenix dictionaries of PETRARCH2.

Inputs (build time only, never read at run time), from ../shared/lexicons/petrarch2:
  - Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt:
    named people and bodies with CAMEO actor codes (country + sectors) and date ranges;
  - Phoenix.agents.txt: role and group nouns with CAMEO sector codes.
These files are MIT-licensed, copyright Open Event Data Alliance, built by the Computational Event
Data System project with funding from the US National Science Foundation; the licence and the
credits are copied into src/newsevents/data/PHOENIX-LICENSE.txt next to the derived tables.

Outputs (src/newsevents/data/):
  - dictionary_actors.tsv: name, keys, country, sectors, start, end (one row per actor and
    date range; keys are the name and its aliases as lookup keys (newsevents.actors.normalise_name);
    an empty start/end is open; a row with both empty is the actor's default code);
  - dictionary_agents.tsv: role, sector, kind (person or org).
The project's own tables (leaders.tsv, organisations.tsv, roles.tsv, person_nouns.tsv) are not
changed: the loader reads them first and their rows win wherever both know a name.

usage: scripts/build_actor_dictionary.py [--source DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsevents" / "data"
SOURCE = ROOT.parent / "shared" / "lexicons" / "petrarch2"
sys.path.insert(0, str(ROOT / "src"))

from newsevents.actors import normalise_name  # noqa: E402  (the run-time lookup key)

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"

# CAMEO sector codes the project uses as they are, and CAMEO codes folded into one of them.
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "CVL", "REF", "MED", "BUS", "OPP", "PTY",
           "ELI", "EDU", "HLH", "LAB", "CRM", "AGR", "DEV", "ENV", "HRI", "REL"}
FOLDED = {
    # religions are one sector here
    "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "CTH": "REL", "ORT": "REL",
    "PRO": "REL", "SUN": "REL", "SHI": "REL", "JAN": "REL", "SIK": "REL", "DOX": "REL", "ITH": "REL",
    "NGO": "CVL",  # a charity as a noun
}
# Codes for bodies that are no state (docs/actor-dictionary.md, "Non-state codes").
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "UNO", "EUR"}
# CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_COUNTRIES = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KOS": "XKX", "SER": "SRB"}

ENTRY = re.compile(r"^([^\s\[#+][^\[#]*?)\s*(\[[^\]]*\])?\s*(#.*)?$")
ALIAS = re.compile(r"^\+([^\[#]+?)\s*(\[[^\]]*\])?\s*(#.*)?$")
CODE = re.compile(r"\[\s*~?([A-Z]{3,})\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]")
# Person-like noun endings: an agent ending so is one person (a plural is a group); others are bodies.
PERSON_ENDINGS = ("er", "or", "ist", "man", "men", "ian", "ant", "ent", "person", "woman", "official",
                  "member", "chief", "head", "leader", "guard", "cadet", "aide", "envoy", "judge", "monk",
                  "priest", "nun", "imam", "mullah", "rabbi", "pastor", "bishop", "cleric", "worker",
                  "student", "pupil", "teen", "child", "youth", "victim", "hostage", "refugee", "migrant",
                  "soldier", "trooper", "militant", "rebel", "insurgent", "fighter", "gunman", "thug",
                  "surgeon", "nurse", "boss", "chef")
# Endings of nouns of a thing or an act, never of one person, though "-ment" ends like "-ent"
# ("settlement", "government", "movement" beside "president", "resident").
THING_ENDINGS = ("ment", "ments")
# Prepositions that end a role's head noun: "member of parliament" is a member, a person.
HEAD_ENDERS = {"of", "for", "in"}


@dataclass
class Actor:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, date range text)


def clean_name(raw: str) -> str:
    """``HAMID_KARZAI_`` -> ``Hamid Karzai``; ``ADEN_ISLAMIC_ARMY_(AAIA)_`` -> ``Aden Islamic Army``."""
    text = re.sub(r"\([^)]*\)", " ", raw)
    text = text.replace("_", " ").replace("+", " ")
    text = " ".join(text.split()).strip(" .,;-")
    if " " not in text and len(text) <= 5:
        return text  # an acronym ("ANSF", "U.N.")
    # Title case for display only: matching is case-insensitive.
    return " ".join(word if "." in word else word.capitalize() for word in text.split())


def read_lines(path: Path) -> list[str]:
    """The files are mostly ASCII, Latin-1 in places: decode UTF-8 where valid, else Latin-1."""
    lines = []
    for raw in path.read_bytes().split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("latin-1"))
    return lines


def parse_actors(lines: list[str]) -> list[Actor]:
    actors: list[Actor] = []
    current: Actor | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" and stripped.startswith("["):
            if current is not None:
                current.codes += CODE.findall(stripped.split("#")[0])
            continue
        if stripped.startswith("+"):
            match = ALIAS.match(stripped)
            if current is not None and match:
                current.aliases.append(match.group(1))
                if match.group(2):
                    current.codes += CODE.findall(match.group(2))
            continue
        match = ENTRY.match(stripped)
        if not match:
            continue
        current = Actor(match.group(1))
        actors.append(current)
        if match.group(2):
            current.codes += CODE.findall(match.group(2))
    return actors


def split_code(code: str, countries: set[str]) -> tuple[str | None, list[str]]:
    """``AFGGOVBUS`` -> ("AFG", ["GOV", "BUS"]); ``IGOUNO`` -> ("UNO", []); unknown -> (None, [])."""
    chunks = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if not chunks:
        return None, []
    head, rest = chunks[0], chunks[1:]
    if head == "IGO" and rest and rest[0] in {"UNO", "EUR"}:
        head, rest = rest[0], rest[1:]
    elif head == "MNC" and rest and CAMEO_COUNTRIES.get(rest[0], rest[0]) in countries:
        # "MNCUSA": a company with its home country (Viacom is American): the country, and
        # business as its first sector, as an analyst codes a firm
        return CAMEO_COUNTRIES.get(rest[0], rest[0]), sector_list(["BUS", *rest[1:]])
    elif head in NON_STATE:
        rest = [c for c in rest if c not in NON_STATE]
    else:
        head = CAMEO_COUNTRIES.get(head, head)
        if head not in countries:
            # a bare sector code ("[ELI]") has no country; other codes (former states) are skipped
            return (None, [head]) if len(chunks) == 1 and head in SECTORS else (None, [])
    return head, sector_list(rest)


def sector_list(chunks: list[str]) -> list[str]:
    out: list[str] = []
    for chunk in chunks:
        sector = chunk if chunk in SECTORS else FOLDED.get(chunk)
        if sector and sector not in out:
            out.append(sector)
    return out


def parse_date(text: str) -> str:
    """CAMEO dates: YYMMDD (two-digit years before 30 are 20xx) or YYYYMMDD; '' when unreadable."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year < 30 else 1900
        month, day = text[2:4], text[4:6]
    elif len(text) == 8:
        year, month, day = int(text[:4]), text[4:6], text[6:8]
    else:
        return ""
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return ""
    return f"{year:04d}-{month}-{day}"


def date_range(text: str) -> tuple[str, str] | None:
    """``320101-331108`` / ``>011222`` / ``<990101`` / '' -> (start, end); None when malformed."""
    if not text:
        return "", ""
    if text[0] == ">":
        start = parse_date(text[1:])
        return (start, "") if start else None
    if text[0] == "<":
        end = parse_date(text[1:])
        return ("", end) if end else None
    first, _, last = text.partition("-")
    start, end = parse_date(first), parse_date(last)
    return (start, end) if start and end else None


def build_actors(paths: list[Path], countries: set[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    alias_owners: dict[str, set[str]] = defaultdict(set)
    parsed = []
    for path in paths:
        for actor in parse_actors(read_lines(path)):
            name = clean_name(actor.name)
            aliases = [a for a in dict.fromkeys(clean_name(a) for a in actor.aliases) if a and a != name]
            if not name or not actor.codes:
                continue
            parsed.append((name, aliases, actor.codes))
            for alias in [name, *aliases]:
                alias_owners[alias.lower()].add(name)
    for name, aliases, codes in parsed:
        # An alias that names two different actors ("President Karzai" aside) is left out.
        aliases = [a for a in aliases if len(alias_owners[a.lower()]) == 1]
        default: tuple[str | None, list[str]] = (None, [])
        kept = 0
        for code, when in codes:
            country, sectors = split_code(code, countries)
            span = date_range(when)
            if span is None or (country is None and not sectors):
                continue
            if country is None and not span[0] and not span[1]:
                default = (None, sectors)  # "[ELI]": a sector for dates no range covers
                continue
            rows.append([name, keys_of(name, aliases), country or "", "|".join(sectors), *span])
            kept += 1
        if default[1] and kept:
            # the default sector goes with the country of the actor's other rows
            country = next(r[2] for r in reversed(rows) if r[0] == name)
            rows.append([name, keys_of(name, aliases), country, "|".join(default[1]), "", ""])
    return rows


def keys_of(name: str, aliases: list[str]) -> str:
    """The lookup keys of a name and its aliases, normalised at build time (loading stays fast)."""
    return "|".join(dict.fromkeys(k for k in (normalise_name(a) for a in [name, *aliases]) if k))


def expand_agent(raw: str, macros: dict[str, list[str]]) -> list[str]:
    """``CATTLE!PERSON!`` -> cattleman, cattlemen, cattlewoman, ...; ``FIRE_CHIEF`` -> fire chief."""
    forms = [raw]
    for macro, words in macros.items():
        if f"!{macro}!" in raw:
            forms = [f.replace(f"!{macro}!", w) for f in forms for w in words]
    return [" ".join(f.replace("_", " ").split()).lower() for f in forms if "!" not in f]


def project_kinds() -> dict[str, str]:
    """The kind (person, group, org) of each last word of the project's own roles ("ministry" org)."""
    kinds: dict[str, str] = {}
    lines = (DATA / "roles.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        role, _, kind = (line.split("\t") + ["", ""])[:3]
        if role and kind:
            kinds.setdefault(role.split()[-1].lower(), "person" if kind == "group" else kind)
    return kinds


def build_agents(path: Path) -> list[list[str]]:
    kinds = project_kinds()
    macros: dict[str, list[str]] = {}
    rows: dict[str, list[str]] = {}
    for line in read_lines(path):
        text = line.split("#")[0].strip()
        if not text:
            continue
        macro = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", text)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        code = CODE.search(text)
        if not code:
            continue
        head = text[: text.index("[")]
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", " ", head).strip()
        sectors = sector_list([code.group(1)[i:i + 3] for i in range(0, len(code.group(1)), 3)])
        if not sectors:
            continue
        for form in expand_agent(head, macros) + [p for group in plurals for p in expand_agent(group, macros)]:
            if not re.fullmatch(r"[a-z][a-z' .-]*[a-z]", form):
                continue
            last = form.split()[-1]
            kind = kinds.get(last) or kinds.get(last.rstrip("s")) or (
                "person" if last.endswith(PERSON_ENDINGS) and not (
                    last.endswith(THING_ENDINGS) and not set(form.split()) & HEAD_ENDERS) else "org")
            rows.setdefault(form, [form, sectors[0], kind])
    return sorted(rows.values())


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    missing = [name for name in (*ACTOR_FILES, AGENT_FILE) if not (args.source / name).is_file()]
    if missing:
        print(f"build_actor_dictionary: missing in {args.source}: {', '.join(missing)}", file=sys.stderr)
        return 1
    countries = {line.split("\t")[0] for line in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    actors = build_actors([args.source / name for name in ACTOR_FILES], countries)
    agents = build_agents(args.source / AGENT_FILE)
    write_tsv(args.out / "dictionary_actors.tsv", ["name", "keys", "country", "sectors", "start", "end"], actors)
    write_tsv(args.out / "dictionary_agents.tsv", ["role", "sector", "kind"], agents)
    licence = (args.source / "LICENSE").read_text(encoding="utf-8")
    (args.out / "PHOENIX-LICENSE.txt").write_text(
        "dictionary_actors.tsv and dictionary_agents.tsv are derived by scripts/build_actor_dictionary.py\n"
        "from the Phoenix actor and agent dictionaries distributed with PETRARCH2\n"
        "(openeventdata/petrarch2, petrarch2/data/dictionaries), copyright Open Event Data Alliance,\n"
        "produced by the Computational Event Data System Project (http://eventdata.parusanalytics.com).\n"
        "Funding for CountryInfo and CAMEO was provided by the US National Science Foundation\n"
        "(SES-0096086, SES-0455158, SES-0527564, SES-1004414, SES-1259190) and the University of Kansas.\n"
        "They are used under the MIT licence below.\n\n" + licence,
        encoding="utf-8",
    )
    print(f"{len(actors)} actor rows, {len(agents)} agent rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
