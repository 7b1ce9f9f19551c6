"""The offline gazetteer: GeoNames countries, admin1 divisions and cities plus a hand-written table
of seas, rivers, regions and landmarks, built by ``scripts/build_gazetteer.py`` into one gzipped TSV
shipped in ``newsevents/data``. Data: GeoNames (geonames.org), CC BY 4.0.

The file is read once, on first use; name keys are kept sorted (binary search) and rows stay
unparsed until a lookup needs them, so loading is a decompression, one split (the keys) and two
scans for line breaks (rows and postings, decoded a line at a time when read).
"""

from __future__ import annotations

import bisect
import gzip
import re
import unicodedata
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsevents.tables import packaged_dir, shared_load, table_dir

GAZETTEER_FILE = "gazetteer.tsv.gz"
_GZIP_WBITS = 16 + zlib.MAX_WBITS  # zlib reads the gzip container
_NEWLINE = ord("\n")

# Column order of a gazetteer row (the build script writes the same order). ``admin1`` and
# ``admin2`` hold the row numbers of the row's first- and second-level divisions, so their names
# are stored once.
COLUMNS = ("geonameid", "name", "feature_code", "level", "country", "admin1", "lat", "lon", "population",
           "admin2")
# The file has three sections separated by this line: rows; sorted name keys; for each key, its
# comma-separated row numbers (a trailing "~" marks a match on an alternate name).
SECTION_BREAK = "\n%%\n"
_SECTION_BREAK_BYTES = SECTION_BREAK.encode("ascii")
ALTERNATE_MARK = "~"

# Levels that make a name a toponym "of some importance" whatever its population.
IMPORTANT_LEVELS = frozenset({"country", "admin1", "water", "region", "landmark"})
IMPORTANT_CITY_POPULATION = 15_000
# Alternate names are noisier (``Ukraine`` is also a Spanish village's alias), so they count
# only for large places.
IMPORTANT_ALIAS_POPULATION = 100_000

# Names whose parsed entries a gazetteer keeps (it starts afresh when full).
LOOKUP_CACHE_SIZE = 50_000

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "‐": "-", "–": "-"})


_ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREVIATED_WORD = re.compile(r"\b(st|ste|mt|ft)\b")


# Hyphens, underscores and slashes are spaces of a key; dots are dropped.
_SEPARATORS = str.maketrans({"-": " ", "_": " ", "/": " ", ".": None})


@lru_cache(maxsize=100_000)
def normalise(name: str) -> str:
    """The lookup key of a name: case, accents, hyphens, dots and spacing folded away."""
    if name.isascii():
        # most names: no accent to strip and "`" the only apostrophe to fold, so the Unicode
        # decomposition (most of a key's cost, paid by every name the stages look up) is skipped
        text = name.replace("`", "'").lower()
    else:
        text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    # str.split() and re's \s both split at the characters str.isspace() names
    text = " ".join(text.translate(_SEPARATORS).split())
    # "St. Petersburg" / "Saint Petersburg", "Mt. Pleasant" / "Mount Pleasant": one key (each
    # abbreviation holds "st", "mt" or "ft": without them the pattern has nothing to find).
    if "st" in text or "mt" in text or "ft" in text:
        text = _ABBREVIATED_WORD.sub(lambda m: _ABBREVIATED_WORDS[m.group(1)], text)
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    geonameid: int | None
    name: str
    feature_code: str
    level: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    # True when the looked-up name is the entry's own name (not one of its alternate names).
    primary: bool = True
    # The second-level division (county, district) holding the place, or its own name for one.
    admin2: str | None = None

    @property
    def key(self) -> tuple[int | None, str, str]:
        """Identity of the referent (rows without a GeoNames id are told apart by name and level)."""
        return (self.geonameid, self.name, self.level)


class _Lines:
    """One section of the decompressed file as the sequence of its lines, each decoded when read.

    A run reads a few thousand of the ~280,000 rows and ~390,000 postings (a name's candidates,
    once per name): kept as bytes with their line starts, they spare every start decoding ~20 MB
    and splitting it into ~670,000 strings (about 0.07 s of CPU and 60 MB). The keys stay a list
    of strings: the binary search reads them."""

    __slots__ = ("_data", "_starts")

    def __init__(self, data: bytes, start: int, end: int) -> None:
        import numpy as np  # a dependency of spaCy's; it finds the line breaks in C, no str per line

        breaks = np.flatnonzero(np.frombuffer(data, dtype=np.uint8, count=end - start, offset=start) == _NEWLINE)
        starts = np.empty(len(breaks) + 2, dtype=np.int64)
        # line i is data[starts[i]:starts[i + 1] - 1]: the last one ends at ``end``, as if a break followed
        starts[0], starts[-1] = start, end + 1
        starts[1:-1] = breaks + (start + 1)
        self._data = data
        self._starts = array("q", starts.tobytes())  # indexed as plain ints, not numpy scalars

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, index: int | slice) -> str | list[str]:  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("gazetteer line out of range")
        return self._data[self._starts[index]:self._starts[index + 1] - 1].decode("utf-8")


class Gazetteer:
    """Name lookup over the built index."""

    def __init__(self, rows: Sequence[str], keys: list[str], postings: Sequence[str]) -> None:
        if len(keys) != len(postings):
            raise ValueError("corrupt gazetteer: keys and postings differ in length")
        self._rows = rows
        self._keys = keys
        self._postings = postings
        self._parsed: dict[str, tuple[Candidate, ...]] = {}

    @classmethod
    def from_path(cls, path: str | Path) -> Gazetteer:
        raw = Path(path).read_bytes()
        try:  # one pass of zlib over the bytes: faster than reading a GzipFile
            inflater = zlib.decompressobj(_GZIP_WBITS)
            data = inflater.decompress(raw)
            complete = inflater.eof and not inflater.unused_data
        except zlib.error:
            complete = False
        if not complete:  # several gzip members, or a damaged file: gzip reads it or says why not
            data = gzip.decompress(raw)
        # Comment lines and trailing newlines are skipped by offset: slicing ~20 MB of text once
        # per comment line cost more than decoding it.
        start, end = 0, len(data)
        while data.startswith(b"#", start):
            start = data.index(b"\n", start) + 1
        while end > start and data[end - 1] == _NEWLINE:
            end -= 1
        # The three sections are found in the bytes (the break is ASCII, so it never falls inside
        # a character). The keys are decoded and split (str.split keeps it in C: no per-row Python
        # work); rows and postings stay bytes, read a line at a time (_Lines).
        br = _SECTION_BREAK_BYTES
        first = data.index(br, start, end)
        second = data.index(br, first + len(br), end)
        if data.find(br, second + len(br), end) != -1:
            raise ValueError("corrupt gazetteer: more than three sections")
        keys = str(memoryview(data)[first + len(br):second], "utf-8").split("\n")
        return cls(_Lines(data, start, first), keys, _Lines(data, second + len(br), end))

    def __len__(self) -> int:
        return len(self._rows)

    def _parse_row(self, number: int, primary: bool) -> Candidate:
        f = self._rows[number].split("\t")
        if f[3] == "admin1":
            admin1: str | None = f[1]
        else:
            admin1 = self._rows[int(f[5])].split("\t", 2)[1] if f[5] else None
        if f[3] == "admin2":
            admin2: str | None = f[1]
        else:
            admin2 = self._rows[int(f[9])].split("\t", 2)[1] if len(f) > 9 and f[9] else None
        return Candidate(
            geonameid=int(f[0]) if f[0] else None,
            name=f[1],
            feature_code=f[2],
            level=f[3],
            country=f[4] or None,
            admin1=admin1,
            lat=float(f[6]) if f[6] else None,
            lon=float(f[7]) if f[7] else None,
            population=int(f[8] or 0),
            primary=primary,
            admin2=admin2,
        )

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """What :meth:`lookup` returns, as entries shared by every call with the same name: for
        reading only (a recogniser's checks). Parsed once per name."""
        if not isinstance(name, str):
            return ()
        key = normalise(name)
        found = self._parsed.get(key)
        if found is None:
            found = self._parse_key(key)
            if len(self._parsed) >= LOOKUP_CACHE_SIZE:
                self._parsed.clear()
            self._parsed[key] = found
        return found

    def _parse_key(self, key: str) -> tuple[Candidate, ...]:
        i = bisect.bisect_left(self._keys, key)
        if not key or i >= len(self._keys) or self._keys[i] != key:
            return ()
        cands = []
        for item in self._postings[i].split(","):
            primary = not item.endswith(ALTERNATE_MARK)
            cands.append(self._parse_row(int(item.rstrip(ALTERNATE_MARK)), primary))
        cands.sort(key=lambda c: (not c.primary, c.level not in IMPORTANT_LEVELS, -c.population))
        return tuple(cands)

    def lookup(self, name: str) -> list[Candidate]:
        """Every entry the name may refer to, most important first (primary names, then population).

        Each call returns new Candidate objects, as when every call parsed its rows: a resolver
        may tell one mention's candidates from another's by identity."""
        return [_copy(c) for c in self.candidates(name)]

    def is_place_name(self, text: str) -> bool:
        """True for a known toponym of some importance: a country, an admin1 division, a county
        named with its kind ("Orange County"), a sea, region or airport, or a city of at least
        15,000 people (100,000 when the text is only an alias)."""
        # Short aliases without their dot ("Miss", "Ind") are ordinary words, not places.
        short_alias_ok = len(normalise(text or "")) > 4 or (text or "").endswith(".")
        for cand in self.candidates(text):
            if not cand.primary and (not short_alias_ok or cand.feature_code == "AIRP"):
                continue  # "Logan" alone is a name before it is an airport
            threshold = IMPORTANT_CITY_POPULATION if cand.primary else IMPORTANT_ALIAS_POPULATION
            if cand.level in IMPORTANT_LEVELS or cand.population >= threshold and cand.level != "admin2":
                return True
            # "Orange County" is a county, but a one-word county ("Cornwall", "Devon") is also a
            # family or given name: only a town of that name makes it a place word
            if cand.level == "admin2" and cand.primary and " " in normalise(text):
                return True
        return False


def names_major_place_in_part(gaz: Gazetteer | None, text: str, major_city: int = 100_000) -> bool:
    """A plain word that is a major place's name only in part or as one of its alternate names
    ("Federal" for Brazil's Federal District): at the head of a body's name ("the Federal
    Election Commission", "the Federal Reserve") it names no place. A country's short name
    ("US") or an abbreviation ("N.Y.", "NSW") is no such word."""
    if gaz is None or "." in text or text.isupper():
        return False
    key = normalise(text)
    major = [c for c in gaz.candidates(text) if c.level in ("country", "admin1")
             or (c.level == "city" and c.population >= major_city)]
    return bool(major) and all(c.level != "country" and (not c.primary or normalise(c.name) != key) for c in major)


def _copy(candidate: Candidate) -> Candidate:
    """A new Candidate equal to ``candidate`` (what the frozen dataclass's __init__ would build)."""
    new = object.__new__(Candidate)
    new.__dict__.update(candidate.__dict__)
    return new


def default_path() -> Path:
    return packaged_dir() / GAZETTEER_FILE


def _read(directory: Path) -> Gazetteer:
    return Gazetteer.from_path(directory / GAZETTEER_FILE)


def load_gazetteer(directory: str | Path | None = None) -> Gazetteer:
    """The gazetteer in ``directory`` (None: the packaged one), read once per process and shared."""
    return shared_load(_read, table_dir(directory), (GAZETTEER_FILE,))


def get_gazetteer() -> Gazetteer:
    """The packaged gazetteer, for code outside a pipeline (the store's map filters, tests); a
    stage holds the one of its own config."""
    return load_gazetteer()


def packaged_gazetteer_or_none() -> Gazetteer | None:
    """The packaged gazetteer, or None when its index is missing or corrupt: for the checks of other
    stages that only ask whether a name is a place (a dateline's town, a town named like a country).
    The places stage reads the same index and reports the fault to the user; these checks then answer
    "no place" rather than fail each article a second time. Only reading the index is guarded: a fault
    in a lookup is a bug and is raised."""
    try:
        return load_gazetteer()
    except (OSError, ValueError):
        return None
