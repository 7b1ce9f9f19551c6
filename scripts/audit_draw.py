"""Draw events at random for a hand audit, from news no rule was written from (run by hand; not a test).

    .venv/bin/python scripts/audit_draw.py [--pools bbc-other,giveme5w1h] [--n 40] [--articles 40]
                                           [--seed 2026] [--bbc DIR] [--giveme DIR] [--lgl XML]
                                           [--gwn XML] [--gwn-range 0-149]
                                           [--tbaq DIR] [--tbaq-half a|b]
                                           [-o audit.md | audit.tsv]

Pools of articles (``--pools``, comma-separated):

- ``bbc-other``: BBC 2004 articles outside the politics section (``bbc_business_NNN.txt``,
  ``bbc_entertainment_*``, ``bbc_sport_*``, ``bbc_tech_*``); ``bbc-SECTION`` takes one section.
  They carry no date: the stand-in publication date is 2005-01-01, the source BBC, the first
  line the title (the text stays whole, as with ``newsevents extract --title-line``).
- ``giveme5w1h``: the Giveme5W1H dev articles (JSON: text, title, publisher, date_publish), each
  with its own title, publisher and real publication date. The project's held-out gold articles
  are left out by file name and never opened: the six prefixes below and any prefix named by a
  ``*.gold.json`` file in ``eval/gold/giveme5w1h``.
- ``lgl``: the LGL dev articles (``--lgl``, default ``../shared/eval/lgl/lgl-dev.xml``: local US and
  world newspapers, 2009), each named ``lgl-DOCID`` and read as ``scripts/lgl_article.py`` writes
  it (the title as the first line, a blank line, the text), with the ``dltime`` date as the
  publication date and the ``domain`` as the source (as ``scripts/score_lgl_golds.sh`` extracts).
- ``gwn``: GeoWebNews (``--gwn``, default ``../shared/eval/geowebnews/GWN.xml``: 200 web news
  articles of 2018, many outlets, world-wide), the articles whose number (the ``file`` attribute,
  as the BRAT files ``data/GeoWebNews/N.txt`` and ``newsevents evaluate geowebnews`` name them) is
  in ``--gwn-range`` (also spelt ``--gwn-numbers``; default ``0-149``; 150-199 are kept for gold
  sets, 200-319 for the sixteenth audit: ``--gwn-range 200-319``), each named ``gwn-N``
  and read as the title line, a blank line and the ``<text>``; the publication date is the link's
  date when it has one (``YYYY/MM/DD``, ``YYYY/mon/DD``, ``YYYY-MM-DD`` or ``YYYYMMDD``), else
  none; the source is the link's host without ``www.``.
- ``tbaq``: the TimeBank and AQUAINT news-wire documents of TempEval-3 (``--tbaq``, default
  ``../shared/eval/tempeval3/Training/TBAQ-cleaned``: WSJ, AP, NYT, ABC, CNN, PRI, VOA, Xinhua of
  1989-2000), each ``.tml`` named ``tbaq-<file stem>`` and read as the timebank evaluation reads it
  (``newsevents.evaluation.timebank``: the ``<TEXT>`` element's text with its inline tags removed, the
  DCT's value the publication date); the source is the DOCID's outlet prefix (its leading letters,
  upper case: ``APW``, ``WSJ``), there is no title line. The pool is split in two halves fixed by the
  SHA-1 of the stem (first hex digit below 8: half ``a``, else ``b``); ``--tbaq-half`` chooses one
  (default ``a``: the eighteenth audit's; ``b`` is kept unread for the nineteenth).

From each pool ``--articles`` articles are drawn (all when the pool is smaller) and extracted;
the ``--n`` events are shared evenly between the pools (a pool with too few events gives them
all and the others make up the rest) and drawn at random within each pool. ``--seed`` decides
every draw: the same arguments on the same code and data give the same sample.

Each event is printed with its type, mode, trigger, actor and recipient with their countries,
modality, source file and sentence. ``-o FILE`` also writes them to a Markdown (``.md``) or
tab-separated (``.tsv``) table with empty verdict columns (type, actor, recipient, modality,
all right, class of error, note) to fill in by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.evaluation.timebank import tbaq_half  # one home: the timebank evaluation's halves

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_BBC = SHARED / "corpora" / "bbc-news-2004"
DEFAULT_GIVEME = SHARED / "eval" / "giveme5w1h-dev"
DEFAULT_LGL = SHARED / "eval" / "lgl" / "lgl-dev.xml"
DEFAULT_GWN = SHARED / "eval" / "geowebnews" / "GWN.xml"
# GeoWebNews articles numbered 150-199 are kept for gold sets (news-dev16): audits draw from 0-149.
DEFAULT_GWN_NUMBERS = "0-149"
DEFAULT_TBAQ = SHARED / "eval" / "tempeval3" / "Training" / "TBAQ-cleaned"
TBAQ_HALVES = ("a", "b")
GOLDS = REPO / "eval" / "gold" / "giveme5w1h"
# Earlier audits and the list of articles opened while writing rules: an audit counts only on
# articles nobody has read, so every article named there is left out of the draw.
AUDITS = REPO / "docs" / "audit"
ARTICLE_NAME = re.compile(r"\b(?:bbc_[a-z]+_\d+\.txt|[0-9a-f]{40,64}\.json|lgl-\d+|gwn-\d+"
                          r"|tbaq-[A-Za-z]+[\w.-]*\d)\b")
BBC_PUBLISHED = "2005-01-01"
BBC_SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
# The politics section is where the rules were written and audited so far.
BBC_OTHER = tuple(s for s in BBC_SECTIONS if s != "politics")
# The project's held-out gold articles (file-name prefixes): never opened here.
HELD_OUT = ("4f38a182b7", "95590d7d65", "93a37a20d2", "cbc0951362", "5ea070bd70", "1e471fa684")
DEFAULT_POOLS = ("bbc-other", "giveme5w1h")
VERDICT_COLUMNS = ("type ok", "actor ok", "recipient ok", "modality ok", "all right", "class", "note")


@dataclass
class Drawn:
    """One event drawn for the audit, flattened for printing and for the table."""

    pool: str
    file: str
    published: str | None
    source: str | None
    type: str
    mode: str
    trigger: str
    actor: str
    recipient: str
    modality: str
    sentence: str


def held_out_prefixes(golds: Path = GOLDS) -> tuple[str, ...]:
    """The fixed prefixes plus those named by the gold files (their names only are read)."""
    named = [p.name.split(".")[0] for p in golds.glob("*.gold.json")] if golds.is_dir() else []
    return tuple(sorted({*HELD_OUT, *named}))


def already_read(audits: Path = AUDITS) -> frozenset[str]:
    """Article file names named anywhere in the audit folder (earlier audits, read-articles.txt)."""
    if not audits.is_dir():
        return frozenset()
    return frozenset(m.group(0) for p in sorted(audits.iterdir()) if p.is_file()
                     for m in ARTICLE_NAME.finditer(p.read_text(encoding="utf-8")))


def bbc_files(folder: Path, sections: tuple[str, ...]) -> list[Path]:
    """The sorted ``bbc_<section>_NNN.txt`` files of ``folder`` for the given sections."""
    return sorted(p for s in sections for p in folder.glob(f"bbc_{s}_*.txt") if p.is_file())


def giveme_files(folder: Path, excluded: tuple[str, ...]) -> list[Path]:
    """The sorted article files of ``folder`` whose names start with none of ``excluded``."""
    return sorted(p for p in folder.glob("*.json") if p.is_file() and not p.name.startswith(excluded))


@dataclass
class LglArticle:
    """One LGL article as ``scripts/lgl_article.py`` writes it for ``newsevents extract --title-line``."""

    name: str  # lgl-DOCID, as read-articles.txt and the audits name it
    title: str
    text: str  # the title line, a blank line, then the <text> exactly as in its CDATA
    published: str | None  # the dltime date (YYYY-MM-DD)
    source: str | None  # the domain


def lgl_articles(xml_path: Path) -> dict[str, LglArticle]:
    """Every article of an LGL XML file, by name (``lgl-DOCID``), in the file's order."""
    import xml.etree.ElementTree as ET

    found: dict[str, LglArticle] = {}
    for art in ET.parse(xml_path).getroot().iter("article"):
        title = " ".join((art.findtext("title") or "").split())
        date = (art.findtext("dltime") or "").strip()[:10]
        domain = (art.findtext("domain") or "").strip()
        name = f"lgl-{art.get('docid')}"
        found[name] = LglArticle(name=name, title=title, text=f"{title}\n\n{art.findtext('text') or ''}",
                                 published=date or None, source=domain or None)
    return found


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LINK_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?!\d)"),  # 2018/03/31, 2018-04-05
    re.compile(r"(?<!\d)((?:19|20)\d\d)/(" + "|".join(_MONTHS) + r")/(\d\d)(?!\d)", re.IGNORECASE),  # 2018/mar/28
    re.compile(r"(?<![\d.])((?:19|20)\d\d)(\d\d)(\d\d)"),  # 20180401-270851, 20180405100025
)


def link_date(link: str) -> str | None:
    """The first real date (``YYYY-MM-DD``) a link's path holds, or None (a year and month alone
    is no date)."""
    import datetime

    path = re.sub(r"^[a-z]+://[^/]*", "", link.strip(), flags=re.IGNORECASE)
    for pattern in _LINK_DATES:
        for m in pattern.finditer(path):
            year, month, day = m.groups()
            month = str(_MONTHS.index(month.lower()) + 1) if month.isalpha() else month
            try:
                return datetime.date(int(year), int(month), int(day)).isoformat()
            except ValueError:
                continue
    return None


def link_host(link: str) -> str | None:
    """The link's host without ``www.`` (``https://www.dw.com/en/...`` -> ``dw.com``)."""
    m = re.match(r"^[a-z]+://([^/:?#]+)", link.strip(), flags=re.IGNORECASE)
    return m.group(1).lower().removeprefix("www.") if m else None


def parse_numbers(spec: str) -> frozenset[int]:
    """``0-149`` or ``0-9,20,30-39`` -> the numbers it names."""
    numbers: set[int] = set()
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        low, _, high = part.partition("-")
        numbers.update(range(int(low), int(high or low) + 1))
    return frozenset(numbers)


def gwn_articles(xml_path: Path, numbers: frozenset[int] | None = None) -> dict[str, LglArticle]:
    """The GeoWebNews articles numbered in ``numbers`` (all when None), by name (``gwn-N``), in the
    file's order: the title (whitespace runs made one space), a blank line, the ``<text>`` as it is."""
    import xml.etree.ElementTree as ET

    found: dict[str, LglArticle] = {}
    for art in ET.parse(xml_path).getroot().iter("article"):
        number = art.get("file") or ""
        if not number.isdigit() or (numbers is not None and int(number) not in numbers):
            continue
        title = " ".join((art.findtext("title") or "").split())
        link = art.findtext("link") or ""
        name = f"gwn-{int(number)}"
        found[name] = LglArticle(name=name, title=title, text=f"{title}\n\n{art.findtext('text') or ''}",
                                 published=link_date(link), source=link_host(link))
    return found


def tbaq_name(path: Path) -> str:
    """``tbaq-<file stem>`` (``.../AQUAINT/APW19980807.0261.tml`` -> ``tbaq-APW19980807.0261``)."""
    return f"tbaq-{path.name.removesuffix('.tml')}"


def tbaq_source(docid: str) -> str | None:
    """The outlet prefix of a DOCID, upper case (``wsj_0006`` -> ``WSJ``, ``APW19980807.0261`` ->
    ``APW``), or None when it starts with no letters."""
    m = re.match(r"[A-Za-z]+", docid.strip())
    return m.group(0).upper() if m else None


def tbaq_article(path: Path) -> LglArticle | None:
    """One ``.tml`` document as the timebank evaluation reads it (its text and DCT date), or None
    when it cannot be read or has no ``<TEXT>``."""
    import xml.etree.ElementTree as ET

    from newsevents.evaluation.timebank import creation_date
    from newsevents.evaluation.timebank import flatten as flatten_tml

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return None
    text_element = root.find(".//TEXT")
    if text_element is None:
        return None
    text, _ = flatten_tml(text_element)
    return LglArticle(name=tbaq_name(path), title="", text=text, published=creation_date(root),
                      source=tbaq_source(root.findtext(".//DOCID") or ""))


def tbaq_files(folder: Path, half: str) -> list[Path]:
    """The ``.tml`` files under ``folder`` (searched recursively) of the given half, sorted by name."""
    if half not in TBAQ_HALVES:
        raise ValueError(f"unknown tbaq half {half!r}: choose a or b")
    return sorted((p for p in folder.rglob("*.tml") if p.is_file() and tbaq_half(p.name.removesuffix(".tml")) == half),
                  key=lambda p: p.name)


def near_copy_texts(candidates: dict[str, str], read: dict[str, str]) -> dict[str, tuple[str, int, int]]:
    """``near_copies`` for articles held as texts by name (the XML pools)."""
    holders: dict[str, set[str]] = {}
    for name, text in read.items():
        for key in sentence_keys(text):
            holders.setdefault(key, set()).add(name)
    found: dict[str, tuple[str, int, int]] = {}
    for cand, text in candidates.items():
        keys = sentence_keys(text)
        counts: dict[str, int] = {}
        for key in keys:
            for name in holders.get(key, ()):
                counts[name] = counts.get(name, 0) + 1
        if not counts:
            continue
        name, shared = max(sorted(counts.items()), key=lambda item: item[1])
        if shared >= 2 and shared >= NEAR_COPY_SHARE * len(keys):
            found[cand] = (name, shared, len(keys))
    return found


def gwn_pool(xml_path: Path, read: frozenset[str], numbers: frozenset[int]) -> list[Path]:
    """The unread ``gwn-N`` articles of ``numbers``: named in docs/audit, or a copy or near-copy of a
    read GeoWebNews article (web outlets print the same wire story), left out."""
    every = gwn_articles(xml_path)
    chosen = {name: art.text for name, art in every.items()
              if int(name.removeprefix("gwn-")) in numbers and name not in read}
    seen = {name: every[name].text for name in sorted(read) if name in every}
    copies = near_copy_texts(chosen, seen)
    for name, (source, shared, total) in sorted(copies.items()):
        print(f"audit_draw: {name} shares {shared} of its {total} sentences with the read {source}; "
              "left out as a near-copy", file=sys.stderr)
    return [Path(name) for name in sorted(chosen, key=lambda n: int(n.removeprefix("gwn-"))) if name not in copies]


def tbaq_pool(folder: Path, half: str, read: frozenset[str]) -> list[Path]:
    """The unread documents of one TimeBank/AQUAINT half, near-copies of read documents (of either half)
    left out: the wire carries one story in several versions (the twenty-sixth audit drew a half-b
    version of an AP story the twenty-first had read in half a, two sentences word for word)."""
    unread = [p for p in tbaq_files(folder, half) if tbaq_name(p) not in read]
    read_paths = [p for p in sorted(folder.rglob("*.tml")) if p.is_file() and tbaq_name(p) in read]

    def texts(paths: list[Path]) -> dict[str, str]:
        found = {}
        for path in paths:
            art = tbaq_article(path)
            if art is not None:
                found[art.name] = art.text
        return found

    copies = near_copy_texts(texts(unread), texts(read_paths))
    for name, (source, shared, total) in sorted(copies.items()):
        print(f"audit_draw: {name} shares {shared} of its {total} sentences with the read {source}; "
              "left out as a near-copy", file=sys.stderr)
    return [p for p in unread if tbaq_name(p) not in copies]


def pool_files(pool: str, bbc: Path, giveme: Path, read: frozenset[str] = frozenset(),
               lgl: Path = DEFAULT_LGL, gwn: Path = DEFAULT_GWN,
               gwn_numbers: frozenset[int] = parse_numbers(DEFAULT_GWN_NUMBERS),
               tbaq: Path = DEFAULT_TBAQ, tbaq_half: str = "a") -> list[Path]:
    """The articles of ``pool`` that may be drawn: held-out golds and ``read`` ones left out. An LGL
    article is named by a bare path ``lgl-DOCID`` (its text is in the XML, see ``lgl_articles``), a
    GeoWebNews one by ``gwn-N`` (see ``gwn_articles``)."""
    if pool == "gwn":
        return gwn_pool(gwn, read, gwn_numbers)
    if pool == "tbaq":
        # Only the half asked for is listed; read documents are left out.
        return tbaq_pool(tbaq, tbaq_half, read)
    if pool == "lgl":
        # Every article named in docs/audit (read-articles.txt names news-dev13's three) is left out.
        return [Path(name) for name in sorted(lgl_articles(lgl)) if name not in read]
    if pool == "giveme5w1h":
        files = giveme_files(giveme, held_out_prefixes())
    elif pool == "bbc-other":
        files = bbc_files(bbc, BBC_OTHER)
    elif pool.startswith("bbc-") and pool.removeprefix("bbc-") in BBC_SECTIONS:
        files = bbc_files(bbc, (pool.removeprefix("bbc-"),))
    else:
        raise ValueError(f"unknown pool {pool!r}: choose giveme5w1h, lgl, gwn, tbaq, bbc-other or bbc-<section> "
                         f"({', '.join(BBC_SECTIONS)})")
    unread = [p for p in files if p.name not in read]
    # The BBC corpus holds byte-identical articles under two names (bbc_business_356 is _258): a
    # copy of a read article is read too (the thirteenth audit drew three such copies).
    folder = giveme if pool == "giveme5w1h" else bbc
    seen = {_digest(folder / name) for name in read if (folder / name).is_file()}
    unread = [p for p in unread if _digest(p) not in seen]
    # It also holds near-copies, a few words changed (the fourteenth audit drew bbc_sport_438, all 13
    # of its sentences those of the read bbc_sport_432): an article most of whose sentences a read
    # article holds is read too.
    copies = near_copies(unread, [folder / name for name in sorted(read) if (folder / name).is_file()])
    for path, (source, shared, total) in sorted(copies.items()):
        print(f"audit_draw: {path.name} shares {shared} of its {total} sentences with the read {source}; "
              "left out as a near-copy", file=sys.stderr)
    return [p for p in unread if p not in copies]


def _digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


# An article sharing at least this share of its sentences (normalised) with a read article is a
# near-copy of it; sentences of fewer words than the minimum (a dateline, "Photo: ...") do not count.
NEAR_COPY_SHARE = 0.6
NEAR_COPY_MIN_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+|\n+")
_NOT_WORD = re.compile(r"[^\w\s]")


def sentence_keys(text: str) -> set[str]:
    """The article's sentences, normalised (lower case, punctuation dropped, spaces collapsed)."""
    keys = set()
    for sentence in _SENTENCE_END.split(text):
        words = _NOT_WORD.sub(" ", sentence.lower()).split()
        if len(words) >= NEAR_COPY_MIN_WORDS:
            keys.add(" ".join(words))
    return keys


def near_copies(candidates: list[Path], read: list[Path]) -> dict[Path, tuple[str, int, int]]:
    """Candidates sharing at least ``NEAR_COPY_SHARE`` of their sentences (and two at least) with one
    read article: candidate -> (that article's name, sentences shared, the candidate's sentences)."""
    def text(path: Path) -> str:
        return path.read_text(encoding="utf-8", errors="replace")

    by_name = {path.name: path for path in candidates}
    found = near_copy_texts({path.name: text(path) for path in candidates}, {path.name: text(path) for path in read})
    return {by_name[name]: hit for name, hit in found.items()}


def draw_articles(files: list[Path], k: int, rng: random.Random) -> list[Path]:
    """``k`` files drawn at random (all of them when there are fewer), in sorted order."""
    return sorted(rng.sample(files, k)) if k < len(files) else list(files)


def shares(available: list[int], n: int) -> list[int]:
    """``n`` split as evenly as possible over pools holding ``available`` events each; a pool with
    too few gives all it has and the rest goes to the others (earlier pools take any remainder)."""
    taken = [0] * len(available)
    left = n
    while left > 0:
        open_pools = [i for i, a in enumerate(available) if taken[i] < a]
        if not open_pools:
            break
        each, extra = divmod(left, len(open_pools))
        for rank, i in enumerate(open_pools):
            give = min(each + (1 if rank < extra else 0), available[i] - taken[i])
            taken[i] += give
            left -= give
    return taken


def parties(items: list[Any]) -> str:
    return "; ".join(f"{p.text}[{p.country or '-'}]" for p in items) or "-"


def flatten(pool: str, path: Path, record: Any, event: Any) -> Drawn:
    return Drawn(
        pool=pool, file=tbaq_name(path) if pool == "tbaq" else path.name, published=record.article.published, source=record.article.source,
        type=event.event, mode=",".join(event.mode) or "-", trigger=event.trigger.text,
        actor=parties(event.actor), recipient=parties(event.recipient), modality=event.modality,
        sentence=" ".join(event.sentence.text.split()),
    )


def extract_pool(pool: str, files: list[Path], pipeline: Any, lgl: Path = DEFAULT_LGL,
                 gwn: Path = DEFAULT_GWN) -> list[Drawn]:
    """Every event of ``files``; a file that cannot be read is named on stderr and skipped."""
    from newsevents.evaluation.golds import extract_article, read_article
    from newsevents.ingest import InputError

    events: list[Drawn] = []
    xml_texts = lgl_articles(lgl) if pool == "lgl" else gwn_articles(gwn) if pool == "gwn" else {}
    for path in files:
        try:
            if pool == "tbaq":
                art = tbaq_article(path)
                if art is None:
                    raise InputError("no readable <TEXT> element")
                record = pipeline.extract(art.text, title=None, source=art.source, published=art.published,
                                          id=art.name)
            elif pool in ("lgl", "gwn"):
                art = xml_texts[path.name]
                record = pipeline.extract(art.text, title=art.title, source=art.source, published=art.published,
                                          id=art.name)
            elif pool == "giveme5w1h":
                record = extract_article(read_article(path), pipeline)
            else:
                text = path.read_text(encoding="utf-8", errors="replace")
                title = next((line.strip() for line in text.splitlines() if line.strip()), None)
                record = pipeline.extract(text, title=title, source="BBC", published=BBC_PUBLISHED, id=path.stem)
        except (OSError, InputError) as exc:
            print(f"{path}: skipped: {exc}", file=sys.stderr)
            continue
        events.extend(flatten(pool, path, record, e) for e in record.events)
    return events


def draw(pools: dict[str, list[Drawn]], n: int, seed: int) -> list[Drawn]:
    """``n`` events shared evenly between the pools, drawn at random within each (see ``shares``)."""
    names = list(pools)
    counts = shares([len(pools[p]) for p in names], n)
    drawn: list[Drawn] = []
    for name, k in zip(names, counts, strict=True):
        drawn.extend(random.Random(f"{seed}:events:{name}").sample(pools[name], k))
    return drawn


def render(drawn: list[Drawn]) -> str:
    lines = []
    for k, d in enumerate(drawn, 1):
        lines += [
            f"{k}. {d.type} (mode {d.mode})  trigger '{d.trigger}'  modality {d.modality}",
            f"   actor:     {d.actor}",
            f"   recipient: {d.recipient}",
            f"   file:      {d.pool}/{d.file} ({d.source or '-'}, {d.published or 'no date'})",
            f"   sentence:  {d.sentence}",
            "",
        ]
    return "\n".join(lines)


COLUMNS = ("#", "pool", "file", "published", "type", "mode", "trigger", "actor", "recipient", "modality", "sentence")


def _cells(k: int, d: Drawn) -> list[str]:
    return [str(k), d.pool, d.file, d.published or "", d.type, d.mode, d.trigger, d.actor, d.recipient,
            d.modality, d.sentence]


def write_table(drawn: list[Drawn], target: Path) -> None:
    """A Markdown (``.md``) or tab-separated (any other suffix) table with empty verdict columns."""
    header = [*COLUMNS, *VERDICT_COLUMNS]
    rows = [[*_cells(k, d), *([""] * len(VERDICT_COLUMNS))] for k, d in enumerate(drawn, 1)]
    if target.suffix.lower() == ".md":
        def line(cells: list[str]) -> str:
            # A party's name can begin with a line break (a headline glued to the lead): one row per event.
            return "| " + " | ".join(" ".join(c.split()).replace("|", "\\|") for c in cells) + " |"

        text = "\n".join([line(header), line(["---"] * len(header)), *(line(r) for r in rows)])
    else:
        text = "\n".join("\t".join(" ".join(c.split()) for c in r) for r in [header, *rows])
    target.write_text(text + "\n", encoding="utf-8")


def build_parser() -> argparse.ArgumentParser:
    """The command line's options (kept apart from ``main`` so they can be tested without a model)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pools", default=",".join(DEFAULT_POOLS),
                        help="comma-separated: giveme5w1h, lgl, gwn, tbaq, bbc-other, bbc-<section> (default bbc-other,giveme5w1h)")
    parser.add_argument("--n", type=int, default=40, help="events to draw in all (default 40)")
    parser.add_argument("--articles", type=int, default=40, help="articles drawn from each pool (default 40)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help="the BBC 2004 corpus folder")
    parser.add_argument("--giveme", type=Path, default=DEFAULT_GIVEME, help="the giveme5w1h-dev folder")
    parser.add_argument("--lgl", type=Path, default=DEFAULT_LGL, help="the LGL XML file (pool lgl)")
    parser.add_argument("--gwn", type=Path, default=DEFAULT_GWN, help="the GeoWebNews XML file (pool gwn)")
    parser.add_argument("--gwn-range", "--gwn-numbers", dest="gwn_numbers", default=DEFAULT_GWN_NUMBERS,
                        help="GeoWebNews article numbers to draw from, as 200-319 or 0-9,20 "
                             f"(default {DEFAULT_GWN_NUMBERS})")
    parser.add_argument("--tbaq", type=Path, default=DEFAULT_TBAQ,
                        help="the TimeBank/AQUAINT folder of .tml files (pool tbaq)")
    parser.add_argument("--tbaq-half", choices=TBAQ_HALVES, default="a",
                        help="the half of the tbaq pool to draw from (SHA-1 of the stem; default a)")
    parser.add_argument("--model")
    parser.add_argument("--audits", type=Path, default=AUDITS,
                        help="articles named in files of this folder are left out (default docs/audit)")
    parser.add_argument("-o", "--output", type=Path, help="also write a table here (.md Markdown, else TSV)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.n < 1 or args.articles < 1:
        parser.error("--n and --articles must be at least 1")

    chosen: dict[str, list[Path]] = {}
    read = already_read(args.audits)
    for pool in (p.strip() for p in args.pools.split(",") if p.strip()):
        try:
            files = pool_files(pool, args.bbc, args.giveme, read, args.lgl, args.gwn, parse_numbers(args.gwn_numbers),
                               args.tbaq, args.tbaq_half)
        except ValueError as exc:
            parser.error(str(exc))
        if not files:
            # A pool every article of which has been read (giveme5w1h since session 10) is skipped
            # with a note, so the default command still draws from the pools that have news left.
            print(f"audit_draw: no unread articles for pool {pool} (looked in "
                  f"{ {'giveme5w1h': args.giveme, 'lgl': args.lgl, 'gwn': args.gwn, 'tbaq': args.tbaq}.get(pool, args.bbc)}); skipped",
                  file=sys.stderr)
            continue
        chosen[pool] = draw_articles(files, args.articles, random.Random(f"{args.seed}:articles:{pool}"))
    if not chosen:
        print("audit_draw: no pool has unread articles", file=sys.stderr)
        return 1

    from newsevents.pipeline import Pipeline

    pipeline = Pipeline(args.model)
    pools = {pool: extract_pool(pool, files, pipeline, args.lgl, args.gwn) for pool, files in chosen.items()}
    drawn = draw(pools, args.n, args.seed)
    summary = ", ".join(f"{pool}: {len(events)} events in {len(chosen[pool])} articles" for pool, events in pools.items())
    print(f"{len(drawn)} events drawn (seed {args.seed}) from {summary}\n")
    print(render(drawn))
    if args.output:
        write_table(drawn, args.output)
        print(f"table written to {args.output}")
        # Every article the draw opened, events or not: put this file beside the earlier parts when
        # drawing a supplement, so a draw that gave no events is not drawn again unchanged.
        listing = args.output.with_name(args.output.stem + ".articles.txt")
        listing.write_text("".join(f"{pool}/{tbaq_name(path) if pool == 'tbaq' else path.name}\n"
                                   for pool, files in chosen.items() for path in files),
                           encoding="utf-8")
        print(f"articles drawn listed in {listing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
