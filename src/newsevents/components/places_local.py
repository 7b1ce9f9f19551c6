"""Places of small-town news the general recogniser misses or misplaces (branch dev15p, session 19;
news-dev15's place misses and tests/data/places_heldout6.tsv's classes). Called by
:meth:`PlaceFinder.places` after the story rules of :mod:`places_story`:

- **a county abbreviated** (:func:`abbreviated_counties`): ``Garner Co. passes 40,000``: ``<Name> Co.`` is
  ``<Name> County`` when the text names that county in full, or the state of the sentence or story has
  a county of that name; a company (``The Hershey Co.``, ``Ford Motor Co.``) names no such county there.
- **a town in parentheses after a county's possessive** (:func:`towns_in_parentheses`): ``Lincoln
  County's population (North Garner)``: the town of that name that lies in that county.
- **villages after their noun** (:func:`villages`): ``the (small) village of X``, ``the hamlet of X``,
  ``a town called X`` (nouns and adjectives: ``place_words.tsv`` ``settlement_kind_noun``,
  ``settlement_adjective``): X is a place, the gazetteer's town of that name nearest the
  story's other places; one the gazetteer lacks is a place with no id.
- **parts and neighbours of a town** (:func:`parts_and_neighbours`): ``north Ashford, including A and
  B`` and ``at X, near Y``: a name the gazetteer lacks there (or has only far away: a namesake in another
  county) is a place at the town's point with no id; one it has within reach is that place.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.components.places_mention import Mention
from newsevents.components.places_story import _list_state, _sentence_bounds
from newsevents.geo.gazetteer import Candidate, normalise
from newsevents.geo.resolve import county_key

if TYPE_CHECKING:
    from newsevents.components.places import PlaceFinder

WORD_KINDS = ("settlement_kind_noun", "settlement_adjective")
# a part or a neighbour of a town lies within this many km of it; a namesake further away is another place
NEAR_KM = 25.0
# A name's words: Latin letters with accents ("Låsby", "Bieżuń") and an Irish or Scottish "O'" ("O'Leary")
# as well as plain ones (places21)
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_WORD = rf"(?:[OD]['’])?[{_UP}][{_LOW}]+"
_NAME = rf"{_WORD}(?:[{_UP}][{_LOW}]+)?(?:[ -](?:{_WORD}))?"
ABBREVIATED_COUNTY = re.compile(rf"(?<![A-Za-z&] )(?<![A-Za-z])({_NAME}) Co\.(?=\s|$)")
TOWN_IN_PARENTHESES = re.compile(rf"\b({_NAME}) County['’]s (?:[a-z]+ ){{1,6}}\(({_NAME}(?: {_NAME})?)\)")
INCLUDING = re.compile(rf"\b({_NAME}), including ((?:{_NAME}, )*{_NAME}(?:,? and {_NAME})?)\b")
NEAR = re.compile(rf"\b(?:at|in|from|of) ({_NAME}), near ({_NAME})\b")
LIST_NAME = re.compile(_NAME)


def read_words(directory: Path | str, filename: str = "place_words.tsv") -> dict[str, frozenset[str]]:
    """The settlement nouns and adjectives of ``place_words.tsv`` (none when the file lacks them)."""
    words: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    path = Path(directory) / filename
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and fields[0] in words:
                words[fields[0]].add(fields[1].strip().lower())
    return {kind: frozenset(found) for kind, found in words.items()}


def settlement_pattern(words: dict[str, frozenset[str]]) -> re.Pattern[str] | None:
    nouns = sorted(words.get("settlement_kind_noun", ()))
    adjectives = sorted(words.get("settlement_adjective", ()))
    if not nouns:
        return None
    adjective = rf"(?:(?:{'|'.join(map(re.escape, adjectives))}) ){{0,2}}" if adjectives else ""
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?) {adjective}(?:{'|'.join(map(re.escape, nouns))}) "
                      rf"(?:of|called|named) ({_NAME})(?![{_UP}{_LOW}])")


def local_places(finder: PlaceFinder, mentions: list[Mention], settlements: re.Pattern[str] | None) -> list[Mention]:
    """Every rule of the module; mentions changed in place, new ones returned."""
    found: list[Mention] = []
    abbreviated_counties(finder, mentions, found)
    towns_in_parentheses(finder, mentions, found)
    if settlements is not None:
        villages(finder, mentions, found, settlements)
    parts_and_neighbours(finder, mentions, found)
    bare_county_names(finder, mentions, found)
    return found


def bare_county_names(finder: PlaceFinder, mentions: list[Mention], found: list[Mention]) -> None:
    """``ranks Garner among the state's largest counties``: a capitalised name standing alone
    whose county (``Garner County``, ``Garner Co.``) the story names, in a sentence that calls it a
    county (a ``county_word`` after it), is that county."""
    counties: dict[str, Candidate] = {}
    for m in mentions + found:
        if m.chosen is not None and m.chosen.level == "admin2" and m.chosen.country == "USA":
            name = re.sub(r"\s+(?:County|Co\.)$", "", m.text)
            if name != m.text or normalise(name) == normalise(m.chosen.name.replace(" County", "")):
                counties.setdefault(name, m.chosen)
    if not counties or not finder.county_words:
        return
    words = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(finder.county_words))) + r")\b")
    taken = [(m.start, m.end) for m in mentions + found]
    for name, county in counties.items():
        for match in re.finditer(rf"(?<![A-Za-z.]){re.escape(name)}(?! ?[A-Z])(?![A-Za-z.])", finder.text):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken) or start == 0:
                continue
            sent_start, sent_end = _sentence(finder, start, end)
            before = finder.text[max(sent_start, start - 30):start].split()
            if start == sent_start or (before and before[-1][:1].isupper()) or not words.search(finder.text, end, sent_end):
                continue  # "North Garner": another name's last word
            _place_at(mentions, found, start, end, name, county, [county])


def _km(a: Candidate, b: Candidate) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _place_at(mentions: list[Mention], found: list[Mention], start: int, end: int, name: str,
              chosen: Candidate | None, cands: list[Candidate]) -> None:
    """``chosen`` for the name at [start, end): mentions within it take it; mentions reaching past it are
    dropped and one mention of the name alone is added to ``found``."""
    inside = [m for m in mentions + found if m.start < end and start < m.end]
    if inside and all(start <= m.start and m.end <= end for m in inside):
        for m in inside:
            m.cands, m.chosen = cands, chosen
        return
    for m in inside:
        (mentions if m in mentions else found).remove(m)
    found.append(Mention(start, end, name, "GPE", cue="city", strong=True, cands=cands, chosen=chosen))


def _sentence(finder: PlaceFinder, start: int, end: int) -> tuple[int, int]:
    bounds = _sentence_bounds(finder)
    return (max((s for s, _ in bounds if s <= start), default=0),
            min((e for _, e in bounds if e >= end), default=len(finder.text)))


def abbreviated_counties(finder: PlaceFinder, mentions: list[Mention], found: list[Mention]) -> None:
    """``Garner Co.`` (module doc)."""
    if " Co." not in finder.text:
        return
    for match in ABBREVIATED_COUNTY.finditer(finder.text):
        name = match.group(1)
        counties = [c for c in finder.gaz.candidates(f"{name} County") if c.level == "admin2" and c.primary]
        if not counties:
            continue
        full = [m.chosen for m in mentions + found if m.chosen is not None and m.chosen.level == "admin2"
                and normalise(m.text) == normalise(f"{name} County")]
        if full:
            chosen = full[0]
        else:
            state = _list_state(mentions, *_sentence(finder, match.start(), match.end()))
            home = [c for c in counties if state is not None and (c.country, c.admin1) == state]
            if not home:
                continue
            chosen = home[0]
        _place_at(mentions, found, match.start(1), match.end(), match.group(0), chosen, [chosen])


def towns_in_parentheses(finder: PlaceFinder, mentions: list[Mention], found: list[Mention]) -> None:
    """``X County's population (Town)`` (module doc)."""
    if "County" not in finder.text or "(" not in finder.text:
        return
    for match in TOWN_IN_PARENTHESES.finditer(finder.text):
        county = next((m.chosen for m in mentions + found if m.chosen is not None and m.chosen.level == "admin2"
                       and m.start <= match.start(1) < m.end), None)
        if county is None:
            continue
        towns = [c for c in finder.gaz.candidates(match.group(2)) if c.level == "city"
                 and county_key(c) == county_key(county)]
        if towns:
            _place_at(mentions, found, match.start(2), match.end(2), match.group(2), towns[0], towns)


def _context(mentions: list[Mention], start: int, end: int) -> list[Candidate]:
    """The places chosen in the story outside [start, end)."""
    return [m.chosen for m in mentions if m.chosen is not None and not (start <= m.start < end)]


def _nearest(cands: list[Candidate], context: list[Candidate]) -> Candidate | None:
    """The town among ``cands`` of the story's countries nearest its other places, else the most populous;
    None when the story names no other place (which X the text does not tell)."""
    if not cands or not context:
        return None  # "the town of X" in a story that names no other place: which X the text does not tell
    countries = {c.country for c in context}
    home = [c for c in cands if c.country in countries]
    if not home:
        return max(cands, key=lambda c: c.population)  # "born in the village of X" abroad
    return min(home, key=lambda c: min(_km(c, o) for o in context))


def villages(finder: PlaceFinder, mentions: list[Mention], found: list[Mention], settlements: re.Pattern[str]) -> None:
    """``the small village of X``, ``a town called X`` (module doc)."""
    for match in settlements.finditer(finder.text):
        start, end = match.start(1), match.end(1)
        name = match.group(1)
        if len(name) <= 3 and finder.text[end:end + 1] == ".":
            continue  # "the parish of St. Mary": an abbreviation opening a longer name
        cands = [c for c in finder.gaz.lookup(name) if c.level == "city"]
        if not cands and any(m.chosen is not None and m.start <= start and end <= m.end for m in mentions + found):
            continue  # a place the recogniser resolved otherwise ("the town of X County")
        chosen = _nearest(cands, _context(mentions + found, start, end))
        _place_at(mentions, found, start, end, name, chosen, cands if chosen is not None else [])
        if chosen is not None:
            _neighbours_follow(finder, mentions + found, chosen, start, end)


def _neighbours_follow(finder: PlaceFinder, mentions: list[Mention], village: Candidate, start: int, end: int) -> None:
    """``a small town called Exning, just outside Newmarket``: a town of the village's sentence resolved
    far away from it (another country's namesake) takes its namesake within reach of the village."""
    sent_start, sent_end = _sentence(finder, start, end)
    for m in mentions:
        if not (sent_start <= m.start < sent_end) or m.start == start or m.chosen is None \
                or m.chosen.level != "city" or _km(m.chosen, village) <= 4 * NEAR_KM:
            continue
        close = [c for c in finder.gaz.lookup(m.text) if c.level == "city" and _km(c, village) <= NEAR_KM]
        if close:
            m.cands, m.chosen = close, min(close, key=lambda c: _km(c, village))


def _part_of(finder: PlaceFinder, town: Candidate, name: str) -> tuple[Candidate, list[Candidate]]:
    """The gazetteer's place of that name within reach of ``town``; else a place at the town's point."""
    cands = [c for c in finder.gaz.lookup(name) if c.level == "city" and _km(c, town) <= NEAR_KM]
    if cands:
        chosen = min(cands, key=lambda c: _km(c, town))
        return chosen, cands
    here = Candidate(geonameid=None, name=name, feature_code="PPLX", level="city", country=town.country,
                     admin1=town.admin1, lat=town.lat, lon=town.lon, population=0, admin2=town.admin2)
    return here, [here]


def parts_and_neighbours(finder: PlaceFinder, mentions: list[Mention], found: list[Mention]) -> None:
    """``north Ashford, including A and B``; ``at X, near Y`` (module doc)."""
    text = finder.text
    if ", including " not in text and ", near " not in text:
        return
    people = finder.surnames | finder.given_names | finder.person_given_names
    for match in INCLUDING.finditer(text):
        town = next((m.chosen for m in mentions + found if m.chosen is not None and m.chosen.level == "city"
                     and m.start == match.start(1)), None)
        if town is None:
            continue
        base = match.start(2)
        for part in LIST_NAME.finditer(match.group(2)):
            name = part.group()
            if normalise(name) in people or name in ("And",):
                continue
            known = next((m for m in mentions + found if m.start == base + part.start() and m.end == base + part.end()
                          and m.chosen is not None and _km(m.chosen, town) <= NEAR_KM), None)
            if known is not None:
                continue
            chosen, cands = _part_of(finder, town, name)
            _place_at(mentions, found, base + part.start(), base + part.end(), name, chosen, cands)
    for match in NEAR.finditer(text):
        town = next((m.chosen for m in mentions + found if m.chosen is not None and m.chosen.level == "city"
                     and m.start == match.start(2)), None)
        name = match.group(1)
        if town is None or normalise(name) in people:
            continue
        known = next((m for m in mentions + found if m.start < match.end(1) and match.start(1) < m.end
                      and m.chosen is not None), None)
        if known is not None and _km(known.chosen, town) <= NEAR_KM:  # type: ignore[arg-type]
            continue
        chosen, cands = _part_of(finder, town, name)
        _place_at(mentions, found, match.start(1), match.end(1), name, chosen, cands)
