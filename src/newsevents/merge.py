"""Events across articles: which article events tell the same real-world event, and the merged
event they make. Pure functions over record objects: no spaCy, no Doc, no database.

Two steps share the comparison code here:

- *one event once* inside an article (``components/events.py`` calls :func:`same_event_in_article`);
- merging across articles (:func:`merge`): events are blocked on type and date, and a pair
  is linked only when nothing contradicts (:func:`contradiction`) and the evidence texts
  agree (:func:`link_score`).

Merging is deterministic: items are sorted, candidate links are taken best first with ties
broken by ids, and a merged event's id is a hash of its members, so the same articles in any
order, from any number of processes, give the same merged events with the same ids.
Near-duplicate articles (reprints) are found with MinHash LSH (datasketch) over word shingles.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from newsevents.record import Event, Party, Place, Record
from newsevents.timeutil import timex_range

# -- the comparison shared by "one event once" and the cross-article merge ------------------------

MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
# the verbal types: acts of words, which two doers in one sentence make apart (two_doers_of_words)
VERBAL_EVENTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def countries(parties: Iterable[Party]) -> frozenset[str]:
    """The coded countries among some parties."""
    return frozenset(p.country for p in parties if p.country)


def compatible_parties(a: Sequence[Party], b: Sequence[Party]) -> bool:
    """Either side names nobody, or both name the same countries."""
    return not a or not b or countries(a) == countries(b)


def compatible_countries(a: frozenset[str], b: frozenset[str]) -> bool:
    """Coded countries that do not contradict: one side uncoded, or the same set."""
    return not a or not b or a == b


@dataclass(frozen=True)
class Telling:
    """One telling of an event inside an article, as the within-article step compares them."""

    event: str
    actor: tuple[Party, ...]
    recipient: tuple[Party, ...]
    sentences: tuple[int, ...]  # numbers of the sentences that tell it
    lemma: str  # the trigger's lemma
    themes: frozenset[str]  # lemmas of what it is about (recipients, object, clause)


def two_doers_of_words(kept: Telling, new: Telling) -> bool:
    """Two verbal acts of one type in one sentence by doers of different countries ("Germany urged
    Russia to withdraw, a call echoed by Poland"): two acts, not a verb and its own noun (recips16)."""
    if kept.event in MATERIAL_CONFLICT or kept.event not in VERBAL_EVENTS:
        return False
    one, other = countries(kept.actor), countries(new.actor)
    return bool(one and other and not one & other)


def same_event_in_article(kept: Telling, new: Telling) -> bool:
    """Does ``new`` (read later in the text) restate ``kept``?

    - same sentence, same type: one event (a verb and its own event noun, "killed in an attack");
    - adjacent sentences, same material-conflict type, actors compatible: the follow-up
      sentence tells more about the same attack;
    - anywhere, same type, same trigger lemma, same coded actor and recipient countries and
      the same subject matter: a headline claim and its direct quote.
    """
    if kept.event != new.event:
        return False
    if set(new.sentences) & set(kept.sentences):
        return not two_doers_of_words(kept, new)
    near = any(0 <= n - k <= 1 for n in new.sentences for k in kept.sentences)
    if near and new.event in MATERIAL_CONFLICT and compatible_parties(kept.actor, new.actor):
        return True
    actor = countries(kept.actor)
    # a restatement tells the same act of the same doer to the same party about the same thing:
    # two promises by one government on different subjects stay two events
    return bool(
        kept.lemma == new.lemma
        and actor and actor == countries(new.actor)
        and countries(kept.recipient) == countries(new.recipient)
        and (bool(countries(kept.recipient)) or bool(kept.themes & new.themes))
    )


# -- article events as the cross-article merge sees them ----------------------------------------

# Dates vaguer than this say nothing about which occasion is meant ("this year", "in the past").
MAX_RANGE_DAYS = 31
# The slack on dates: a night attack is reported on the next day's date.
DATE_SLACK = dt.timedelta(days=1)
# Places closer than this are the same place (a town and its suburb, an airport and its city).
NEAR_KM = 25.0
EARTH_RADIUS_KM = 6371.0088
_LOCAL_LEVELS = frozenset({"city", "landmark", "admin2", "admin1"})
_LEVEL_RANK = {"landmark": 0, "city": 1, "admin2": 2, "admin1": 3, "water": 4, "region": 5, "country": 6}
# Figures an event's size holds, under the names of the merged contract.
SIZE_KINDS = {"dead": "killed", "injured": "injured", "arrested": "arrested"}
_MODALITY_ORDER = ("asserted", "future", "hypothetical", "historical", "negated")

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*", re.UNICODE)
# Function words and reporting verbs: they are in every article and say nothing about the event.
_STOP = frozenset(
    "the a an of to in and or but is are was were be been being has have had it its this that these those "
    "for on at by with from as not no he she they we you i his her their our will would can could may might "
    "must shall should said says say told tells also after before about over into than then there which who "
    "whom what when where while why how all any some more most other such only own same so too very just "
    "him them us me my your one two new last first year years day days week weeks month months time times "
    "mr mrs ms dr according reported report reports news people including however because during against "
    "between under again further once here both each few out off up down".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow".split()
)
_STEM = 6  # words compared by their first letters: "attacked" and "attacks" agree


@dataclass(frozen=True)
class SizeValue:
    kind: str  # contract name: killed, injured, arrested, ...
    value: float | int
    span: dict[str, Any] | None  # the figure's {"start", "end", "text"} in its article


@dataclass(frozen=True)
class ArticleEvent:
    """One event of one stored article, with what merging compares and what it reports."""

    article: str
    event_id: str
    event: str
    source: str | None
    published: str | None
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    quad_code: int = 0
    cameo: str | None = None
    actor: tuple[tuple[str | None, tuple[str, ...], str], ...] = ()  # (country, sectors, text)
    recipient: tuple[tuple[str | None, tuple[str, ...], str], ...] = ()
    place: tuple[Any, ...] | None = None  # (geonameid, name, level, country, admin1, lat, lon)
    date_value: str | None = None
    first: str | None = None  # ISO days the date can mean (None: open or unknown)
    last: str | None = None
    modality: str = "asserted"
    victims: frozenset[str] = frozenset()  # surnames of named people the event was done to
    names: frozenset[str] = frozenset()  # capitalised words of the evidence (not sentence-initial)
    words: frozenset[str] = frozenset()  # content-word stems of the evidence
    focus: frozenset[str] = frozenset()  # what the whole article is most about (article_focus)
    sizes: tuple[SizeValue, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.article, self.event_id)

    # computed once per item: the comparison asks for them millions of times on large corpora
    @functools.cached_property
    def actor_countries(self) -> frozenset[str]:
        return frozenset(c for c, _, _ in self.actor if c)

    @functools.cached_property
    def recipient_countries(self) -> frozenset[str]:
        return frozenset(c for c, _, _ in self.recipient if c)

    def days(self) -> tuple[dt.date, dt.date] | None:
        """The days the event can be on, when that is known closely enough to compare."""
        return self._days

    @functools.cached_property
    def _days(self) -> tuple[dt.date, dt.date] | None:
        if self.first is None or self.last is None:
            return None
        first, last = dt.date.fromisoformat(self.first), dt.date.fromisoformat(self.last)
        if (last - first).days >= MAX_RANGE_DAYS:
            return None
        return first, last

    def sort_key(self) -> tuple[str, str, str]:
        return (self.first or "9999-99-99", self.article, self.event_id)

    def to_json(self) -> str:
        data = asdict(self)
        for name in ("victims", "names", "words", "focus"):
            data[name] = sorted(data[name])
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ArticleEvent:
        data = json.loads(text)
        data["mode"], data["context"] = tuple(data["mode"]), tuple(data["context"])
        for role in ("actor", "recipient"):
            data[role] = tuple((c, tuple(s), t) for c, s, t in data[role])
        data["place"] = tuple(data["place"]) if data["place"] is not None else None
        for name in ("victims", "names", "words", "focus"):
            data[name] = frozenset(data.get(name, ()))
        data["sizes"] = tuple(SizeValue(**s) for s in data["sizes"])
        return cls(**data)


def _evidence_texts(event: Event) -> list[str]:
    return [event.sentence.text, *(s.text for s in event.also_in)]


def evidence_names(texts: Iterable[str], known: frozenset[str] = frozenset()) -> frozenset[str]:
    """Capitalised words of the evidence sentences: the names an account of the event uses.

    A sentence's first word is capitalised anyway; it counts only when it is a word of a name
    the article knows (``known``: its entities and places). Days and months are left to the
    date comparison.
    """
    found = set()
    for text in texts:
        for line in text.splitlines():
            for position, word in enumerate(_WORD.findall(line)):
                name = re.sub(r"['\u2019]s$", "", word).lower()
                if not word[0].isupper() or name in _STOP or name in _CALENDAR:
                    continue
                if position > 0 or name in known:
                    found.add(name)
    return frozenset(found)


def _place_names(place: Place | None) -> frozenset[str]:
    """A town's or province's name is evidence even when the event's sentence does not say it
    (the place was found nearby): two accounts of one attack name the same town."""
    if place is None or place.level not in _LOCAL_LEVELS:
        return frozenset()
    return frozenset(w.lower() for w in _WORD.findall(place.name))


def _known_names(record: Record) -> frozenset[str]:
    return frozenset(w.lower() for thing in [*record.entities, *record.places] for w in _WORD.findall(thing.name))


def article_focus(record: Record, top: int = 3) -> frozenset[str]:
    """The last words of the names an article mentions most (people and organisations): what the
    story is about, shared by the outlets that tell it."""
    ranked = sorted((e for e in record.entities if e.type in ("PERSON", "ORG")),
                    key=lambda e: (-len(e.mentions), e.name))
    return frozenset(e.name.split()[-1].lower() for e in ranked[:top] if e.name.split())


def evidence_words(texts: Iterable[str]) -> frozenset[str]:
    """Content-word stems of some sentences (lower case, function words left out)."""
    return frozenset(
        w.lower()[:_STEM] for text in texts for w in _WORD.findall(text) if len(w) > 3 and w.lower() not in _STOP
    )


def _party(party: Party) -> tuple[str | None, tuple[str, ...], str]:
    return (party.country, tuple(party.sector), party.text)


def _place_tuple(place: Place | None) -> tuple[Any, ...] | None:
    if place is None:
        return None
    return (place.geonameid, place.name, place.level, place.country, place.admin1, place.lat, place.lon)


def _size_values(record: Record, event: Event) -> tuple[SizeValue, ...]:
    """Each size the event reports, with the figure (and so the span) that says it: the figure of
    that kind and value inside the event's sentences first, else anywhere in the article."""
    sentences = [(event.sentence.start, event.sentence.end)] + [(s.start, s.end) for s in event.also_in]
    found = []
    for name, value in sorted(event.size.model_dump(exclude_none=True).items()):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        kind = SIZE_KINDS.get(name, name)
        matching = [f for f in record.figures if f.kind == kind and float(f.value) == float(value)]
        inside = [f for f in matching if any(s <= f.start < e for s, e in sentences)]
        figure = (inside or matching or [None])[0]
        span = {"start": figure.start, "end": figure.end, "text": figure.text} if figure else None
        found.append(SizeValue(kind=kind, value=value, span=span))
    return tuple(found)


def article_events(record: Record) -> list[ArticleEvent]:
    """What the merge needs of each event of one article."""
    article = record.article
    published = dt.date.fromisoformat(article.published[:10]) if article.published else None
    places = {p.id: p for p in record.places}
    people = {e.id: e.name for e in record.entities if e.type == "PERSON"}
    known, focus = _known_names(record), article_focus(record)
    items = []
    for event in record.events:
        first, last = timex_range(event.date.value, published)
        victims = frozenset(
            people[p.entity].split()[-1].lower() for p in event.recipient if people.get(p.entity, "").split()
        ) if event.event in MATERIAL_CONFLICT else frozenset()
        texts = _evidence_texts(event)
        place = places.get(event.place) if event.place else None
        items.append(ArticleEvent(
            article=article.id, event_id=event.id, event=event.event, source=article.source,
            published=published.isoformat() if published else None,
            mode=tuple(event.mode), context=tuple(event.context), quad_code=event.quad_code, cameo=event.cameo,
            actor=tuple(_party(p) for p in event.actor), recipient=tuple(_party(p) for p in event.recipient),
            place=_place_tuple(place),
            date_value=event.date.value,
            first=first.isoformat() if first else None, last=last.isoformat() if last else None,
            modality=event.modality, victims=victims,
            names=evidence_names(texts, known) | _place_names(place), words=evidence_words(texts), focus=focus,
            sizes=_size_values(record, event),
        ))
    return items


# -- contradictions and evidence ------------------------------------------------------------------


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """The same GeoNames place, the same admin1 when one of them is no finer, or within NEAR_KM."""
    (id_a, name_a, level_a, country_a, admin1_a, lat_a, lon_a) = a
    (id_b, name_b, level_b, country_b, admin1_b, lat_b, lon_b) = b
    if id_a is not None and id_a == id_b:
        return True
    if id_a is None and id_b is None and name_a.lower() == name_b.lower():
        return True
    if country_a and country_b and country_a != country_b:
        return False
    if level_a == "country" or level_b == "country":
        return bool(country_a and country_a == country_b)
    if (level_a == "admin1" or level_b == "admin1") and admin1_a and admin1_a == admin1_b:
        return True
    if None not in (lat_a, lon_a, lat_b, lon_b):
        return distance_km((lat_a, lon_a), (lat_b, lon_b)) <= NEAR_KM
    return False


def _overlapping_days(a: ArticleEvent, b: ArticleEvent) -> bool:
    days_a, days_b = a.days(), b.days()
    if days_a is None or days_b is None:
        return False
    return days_a[0] - DATE_SLACK <= days_b[1] and days_b[0] - DATE_SLACK <= days_a[1]


def contradiction(a: ArticleEvent, b: ArticleEvent, every: list[str] | None = None) -> str | None:
    """Why two article events cannot be one real-world event, or None when nothing says so.

    With ``every`` (a list), every reason is appended to it, in this order, and None returned: the
    evaluation's account of unmerged pairs (:func:`contradictions`); without it the first reason
    ends the comparison (the merge asks this millions of times).
    """
    if a.event != b.event:
        if every is None:
            return "type"
        every.append("type")
    if a.article == b.article:  # one event once already joined what one article tells twice
        if every is None:
            return "same article"
        every.append("same article")
    if (a.modality == "negated") != (b.modality == "negated"):
        if every is None:
            return "negation"
        every.append("negation")
    if not _overlapping_days(a, b):
        if every is None:
            return "date"
        every.append("date")
    if not compatible_countries(a.actor_countries, b.actor_countries):
        if every is None:
            return "actor"
        every.append("actor")
    if not compatible_countries(a.recipient_countries, b.recipient_countries):
        if every is None:
            return "recipient"
        every.append("recipient")
    if a.place is not None and b.place is not None and not same_place(a.place, b.place):
        if every is None:
            return "place"
        every.append("place")
    if a.victims and b.victims and not a.victims & b.victims:
        if every is None:
            return "victim"
        every.append("victim")
    return None


def contradictions(a: ArticleEvent, b: ArticleEvent) -> list[str]:
    """Every reason two article events cannot be one event (:func:`contradiction`'s, in its order)."""
    every: list[str] = []
    contradiction(a, b, every)
    return every


def _local(place: tuple[Any, ...] | None) -> bool:
    return place is not None and place[2] in _LOCAL_LEVELS


def link_score(a: ArticleEvent, b: ArticleEvent) -> float:
    """How strongly the evidence says two compatible article events are one event (0: not at all).

    Names shared by the two accounts are the main evidence (the same people, places and
    organisations); shared content words, the same place, the same coded parties and articles
    about the same people add to it. A link needs two shared names, or one with other agreement.
    """
    shared_names = len(a.names & b.names)
    smaller = min(len(a.words), len(b.words))
    words = len(a.words & b.words) / smaller if smaller else 0.0
    # a country or a sea is where half the news happens: only a town or a province agrees
    place = _local(a.place) and _local(b.place)
    parties = bool(a.actor_countries) and a.actor_countries == b.actor_countries and (
        bool(a.recipient_countries) and a.recipient_countries == b.recipient_countries
    )
    story = len(a.focus & b.focus) >= 2
    if shared_names >= 2 or (shared_names == 1 and (place or parties or story or words >= 0.3)):
        return shared_names + words + place + parties + story
    return 0.0


# -- near-duplicate articles ----------------------------------------------------------------------

MINHASH_SEED = 1
MINHASH_PERM = 128
MINHASH_SCHEME = "affine32"  # datasketch >= 2 names the permutation scheme; stored signatures need it
SHINGLE = 5  # words per shingle
DUPLICATE_JACCARD = 0.8  # estimated shingle overlap from which two texts are copies


def fingerprint(text: str) -> Any:
    """A MinHash of the text's word 5-grams (lower case), with the project's fixed seed."""
    from datasketch import MinHash

    words = [w.lower() for w in _WORD.findall(text)]
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    # CRC-32 (C speed, the same in every process) instead of datasketch's SHA-1 per shingle: the
    # seeded permutations do the mixing, and a fingerprint costs a tenth as much
    minhash = MinHash(num_perm=MINHASH_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, hashfunc=zlib.crc32,
                      permutations=_permutations())
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return minhash


@functools.lru_cache(maxsize=1)
def _permutations() -> Any:
    """The seeded permutations, drawn once per process (drawing them costs more than hashing)."""
    from datasketch import MinHash

    return MinHash(num_perm=MINHASH_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations


def minhash_of(signature: Sequence[int]) -> Any:
    """A stored signature back as a MinHash."""
    from datasketch import MinHash

    return MinHash(num_perm=MINHASH_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, hashfunc=zlib.crc32,
                   hashvalues=signature, permutations=_permutations())


@functools.lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    """Bands and rows for DUPLICATE_JACCARD (datasketch optimises them by numerical integration:
    done once per process)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=MINHASH_PERM)
    return lsh.b, lsh.r


@dataclass(frozen=True)
class ArticleInfo:
    """What merging needs of an article itself."""

    id: str
    source: str | None
    published: str | None


def duplicates(articles: Mapping[str, ArticleInfo], hashes: Mapping[str, Any]) -> dict[str, str]:
    """``{copy id: original id}``: texts whose estimated shingle Jaccard reaches DUPLICATE_JACCARD.

    Copies are grouped transitively; the original is the earliest published (ties: smallest
    id), so the answer depends only on the set of articles.
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(num_perm=MINHASH_PERM, params=_lsh_params())
    ids = sorted(hashes)
    for aid in ids:
        lsh.insert(aid, hashes[aid])
    parent = {aid: aid for aid in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for aid in ids:
        for other in sorted(lsh.query(hashes[aid])):
            if other != aid and hashes[aid].jaccard(hashes[other]) >= DUPLICATE_JACCARD:
                ra, rb = root(aid), root(other)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in ids:
        groups[root(aid)].append(aid)
    return originals(groups.values(), articles)


def originals(groups: Iterable[Iterable[str]], articles: Mapping[str, ArticleInfo]) -> dict[str, str]:
    """``{copy id: original id}`` for groups of copies: the original is the earliest published
    (ties: the smallest id)."""
    copies = {}
    for group in groups:
        members = sorted(group)
        if len(members) < 2:
            continue
        original = min(members, key=lambda m: ((articles[m].published if m in articles else None) or "9999", m))
        copies.update({m: original for m in members if m != original})
    return copies


def band_keys(minhash: Any) -> list[str]:
    """The signature's LSH bands (as many as MinHashLSH uses for DUPLICATE_JACCARD), each as a
    short key: two articles are LSH candidates exactly when one of their bands is equal, which is
    what lets the store find an article's candidates with one SQL join."""
    bands, rows = _lsh_params()
    values = [int(v) for v in minhash.hashvalues]
    return [
        hashlib.blake2b(",".join(map(str, values[i * rows:(i + 1) * rows])).encode(), digest_size=8).hexdigest()
        for i in range(bands)
    ]


# -- merging --------------------------------------------------------------------------------------


def candidate_pairs(items: Sequence[ArticleEvent]) -> list[tuple[float, ArticleEvent, ArticleEvent]]:
    """Linked pairs (score > 0). A link needs a shared name, so items are blocked by type, day
    and name: only events of one type, a day apart at most, that use one name are compared."""
    blocks: dict[tuple[str, dt.date, str], list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        days = item.days()
        if days is None:
            continue
        day = days[0]
        while day <= days[1]:
            for name in item.names:
                blocks[(item.event, day, name)].append(index)
            day += DATE_SLACK
    seen: set[tuple[int, int]] = set()
    pairs = []
    for (event, day, name), members in blocks.items():
        # the slack: neighbours on the next day are compared too
        others = members + blocks.get((event, day + DATE_SLACK, name), [])
        for i in members:
            for j in others:
                low, high = (i, j) if i < j else (j, i)
                if low == high or (low, high) in seen:
                    continue
                seen.add((low, high))
                a, b = items[low], items[high]
                if contradiction(a, b) is None and (score := link_score(a, b)) > 0:
                    pairs.append((score, a, b) if a.key < b.key else (score, b, a))
    return pairs


def cluster(items: Sequence[ArticleEvent]) -> list[list[ArticleEvent]]:
    """Groups of article events that tell one event; every item is in exactly one group.

    Links are taken best first (ties by ids); two groups join only when no member of one
    contradicts a member of the other, so a chain of near-matches cannot join two towns.
    """
    ordered = sorted(items, key=ArticleEvent.sort_key)
    group_of = {item.key: i for i, item in enumerate(ordered)}
    groups: dict[int, list[ArticleEvent]] = {i: [item] for i, item in enumerate(ordered)}
    pairs = sorted(candidate_pairs(ordered), key=lambda p: (-p[0], p[1].key, p[2].key))
    for _, a, b in pairs:
        ga, gb = group_of[a.key], group_of[b.key]
        if ga == gb:
            continue
        if any(contradiction(x, y) for x in groups[ga] for y in groups[gb]):
            continue
        keep, drop = min(ga, gb), max(ga, gb)
        for item in groups[drop]:
            group_of[item.key] = keep
        groups[keep].extend(groups.pop(drop))
    return sorted((sorted(g, key=ArticleEvent.sort_key) for g in groups.values()), key=lambda g: g[0].sort_key())


def merged_id(members: Iterable[ArticleEvent]) -> str:
    """The same members give the same id."""
    keys = "\n".join(sorted(f"{m.article}/{m.event_id}" for m in members))
    return hashlib.sha256(keys.encode("utf-8")).hexdigest()[:16]


def _parties(members: Sequence[ArticleEvent], role: str) -> list[dict[str, Any]]:
    """The parties the members name: one per country and sector, named as most members name it."""
    names: dict[tuple[str | None, tuple[str, ...]], Counter[str]] = defaultdict(Counter)
    for member in members:
        for country, sector, text in getattr(member, role):
            names[(country, sector)][text] += 1
    coded = {k: v for k, v in names.items() if k[0] or k[1]}
    chosen = coded or names
    parties = []
    for (country, sector), texts in sorted(chosen.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        name = sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        parties.append({"country": country, "sector": list(sector), "name": name})
    return parties if coded else parties[:3]


def _place(members: Sequence[ArticleEvent]) -> dict[str, Any] | None:
    """The finest place the members give (ties: the one most members give, then the smallest id)."""
    places = [m.place for m in members if m.place is not None]
    if not places:
        return None
    counts = Counter(places)
    best = min(counts, key=lambda p: (_LEVEL_RANK.get(p[2] or "", 9), -counts[p], p[0] or 0, p[1]))
    geonameid, name, level, country, admin1, lat, lon = best
    return {"geonameid": geonameid, "name": name, "level": level, "country": country, "admin1": admin1,
            "lat": lat, "lon": lon}


def _sizes(members: Sequence[ArticleEvent]) -> dict[str, Any]:
    """Every reported figure with its article and span; the lowest, the highest, and the dispute."""
    values: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for member in members:
        for size in member.sizes:
            span = size.span and {"start": size.span["start"], "end": size.span["end"], "text": size.span["text"]}
            values[size.kind].append({"value": size.value, "article": member.article, "span": span})
    out = {}
    for kind in sorted(values):
        reported = sorted(values[kind], key=lambda v: (v["article"], v["value"]))
        numbers = [v["value"] for v in reported]
        out[kind] = {"values": reported, "min": min(numbers), "max": max(numbers),
                     "disputed": min(numbers) != max(numbers)}
    return out


def _date_bounds(members: Sequence[ArticleEvent]) -> dict[str, str | None]:
    dated = [m for m in members if m.first is not None]
    if not dated:
        return {"earliest": None, "latest": None}
    earliest = min(dated, key=lambda m: (m.first, m.date_value or m.first))
    latest = max((m for m in members if m.last is not None), key=lambda m: (m.last, m.date_value or m.last),
                 default=earliest)
    return {"earliest": earliest.date_value or earliest.first, "latest": latest.date_value or latest.last}


def merged_event(members: Sequence[ArticleEvent], articles: Mapping[str, ArticleInfo],
                 copies: Mapping[str, str]) -> dict[str, Any]:
    """The merged-event object of the contract (spec README, "Merged events")."""
    members = sorted(members, key=lambda m: m.key)
    first = members[0]
    article_ids = sorted({m.article for m in members})
    info = {aid: articles.get(aid) or ArticleInfo(aid, None, None) for aid in article_ids}
    published = sorted(i.published for i in info.values() if i.published)

    def outlet(aid: str) -> str:
        original = copies.get(aid, aid)
        source = (articles.get(original) or info[aid]).source
        return source or original

    types = Counter(m.cameo for m in members if m.cameo)
    modes = sorted({x for m in members for x in m.mode})
    contexts = sorted({x for m in members for x in m.context})
    return {
        "id": merged_id(members),
        "event": first.event,
        "mode": modes,
        "context": contexts,
        "quad_code": first.quad_code,
        "cameo": sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if types else None,
        "actor": _parties(members, "actor"),
        "recipient": _parties(members, "recipient"),
        "place": _place(members),
        "date": _date_bounds(members),
        "modality": min((m.modality for m in members), key=_MODALITY_ORDER.index),
        "articles": article_ids,
        "n_articles": len(article_ids),
        # a reprint counts as its original's outlet, so copies are not independent confirmation
        "n_sources": len({outlet(aid) for aid in article_ids}),
        "first_seen": published[0] if published else None,
        "last_seen": published[-1] if published else None,
        "members": [{"article": m.article, "event": m.event_id} for m in members],
        "size": _sizes(members),
        "duplicate_of": {aid: copies[aid] for aid in article_ids if aid in copies},
    }


@dataclass
class MergeResult:
    events: list[dict[str, Any]] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)


def merge(records: Iterable[Record]) -> MergeResult:
    """Merged events of some records (every article event is in exactly one merged event)."""
    items: list[ArticleEvent] = []
    articles: dict[str, ArticleInfo] = {}
    hashes: dict[str, Any] = {}
    for record in records:
        article = record.article
        if article.id in articles:
            continue
        articles[article.id] = ArticleInfo(article.id, article.source, article.published)
        hashes[article.id] = fingerprint(article.text)
        items.extend(article_events(record))
    copies = duplicates(articles, hashes)
    events = [merged_event(group, articles, copies) for group in cluster(items)]
    return MergeResult(events=events, copies=copies)
