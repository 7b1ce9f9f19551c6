"""Places of a local story's own state, and regions under another spelling (issue 15, brief s18-dev13p).

Rules of the places stage (:mod:`newsevents.components.places`) that run after resolution:

- **the story's state decides a shared county name** (:func:`counties_of_the_story_state`): a county
  name many US states share (``Franklin County``, ``Greene County``) in a story that names one state
  more often than any other (at least twice) is that state's county when the state has one of that
  name -- local news names its own state again and again, its neighbours once each. Not when the
  county's state is named right beside it (``Greene County, Ohio``, ``Ohio's Greene County``), nor when
  a town of the story lies in the county first chosen (the towns' evidence stays), nor when the county's
  sentence names the state of the county first chosen (``... found him in northern Kentucky``). A
  county right after a state's possessive (``Ohio's Greene County``) is that state's
  (:func:`county_after_state_possessive`).
- **bare counties in a list of figures** (:func:`bare_counties_in_figure_lists`): ``Adams, 6 percent;
  Wayne, 7.1 percent`` after the sentence speaks of counties (``neighbouring counties``, ``county
  rates``: ``county_word`` of place_words.tsv, a singular only before a plural noun) are the
  counties of that name of the state the sentence names, else of the story's state, else of the one
  state the story's counties and states lie in. Two items at least; a name with no such county there,
  or a person's name of the story, is left as it was.
- **listed counties** (:func:`listed_counties`): ``Adams and Wayne counties``, ``Orange and Riverside
  counties``: names listed right before ``counties`` are the counties ``<name> County`` of one state (the
  sentence's or the story's, else the only state where every name has one).
- **a town's body after the town was named** (:func:`town_before_its_body`): ``Lebanon police ... a
  bank in Lebanon, Pennsylvania``: a bare name read as a country right before a town's own body or
  people (``local_body``) is the town the story names under the same name elsewhere.
- **regions under another spelling** (:func:`region_spellings`): ``Adjara``, ``Ajara``, ``Bashkiria``,
  ``Yakutia``: common English spellings of first-level divisions that GeoNames' names in the project's
  gazetteer lack (``region_spelling`` rows of place_words.tsv: spelling, GeoNames id) give the
  division as the name's first candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.components.places_mention import Mention
from newsevents.geo.gazetteer import Candidate, Gazetteer, normalise
from newsevents.geo.resolve import county_key

if TYPE_CHECKING:
    from newsevents.components.places import PlaceFinder

STORY_STATE_MIN_MENTIONS = 2
# "Adams, 6 percent; Wayne, 7.3 percent; ... and Knox, 10.5 percent", "from Butler, 4.8 percent,
# to Johnson": a capitalised name (one or two words), a comma, then a figure, after list punctuation
# or a list's joining word.
FIGURE_ITEM = re.compile(
    r"(?:(?<=[:;,] )|(?<=\band )|(?<=\bfrom )|(?<=\bto ))([A-Z][a-z]+(?: [A-Z][a-z]+)?)( County)?,[ ]+[$]?\d[\d.,]*")
# "Adams and Wayne counties", "Lake, Porter and LaPorte counties": names joined by commas and a last
# "and"/"or" right before "counties"
FIGURE_COMMA = re.compile(r",[ ]+[$]?\d")  # the comma and figure every FIGURE_ITEM holds
_NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?: [A-Z][a-z]+)?"
LISTED_COUNTIES = re.compile(rf"\b((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) counties\b")
LIST_NAME = re.compile(rf"(?<![A-Za-z]){_NAME}(?![A-Za-z])")
POSSESSIVE_GAP = re.compile(r"(?:'s|’s)\s+")


def story_state(mentions: list[Mention]) -> tuple[str | None, str] | None:
    """The (country, admin1) the story names more often than any other, at least twice; else None."""
    counts = Counter((m.chosen.country, m.chosen.name) for m in mentions
                     if m.chosen is not None and m.chosen.level == "admin1")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < STORY_STATE_MIN_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _possessive_state(finder: PlaceFinder, mentions: list[Mention], m: Mention) -> Candidate | None:
    """``Ohio's Greene County``: the state whose possessive stands right before the mention."""
    before = [o for o in mentions if o.end <= m.start and o.chosen is not None and o.chosen.level == "admin1"]
    if before and POSSESSIVE_GAP.fullmatch(finder.text[max(o.end for o in before):m.start]):
        return max(before, key=lambda o: o.end).chosen
    return None


def _state_beside(finder: PlaceFinder, mentions: list[Mention], i: int) -> bool:
    """``Greene County, Ohio`` or ``Ohio's Greene County``: the county's state named right beside it."""
    return finder._enclosing(mentions, i) is not None or _possessive_state(finder, mentions, mentions[i]) is not None


def county_after_state_possessive(finder: PlaceFinder, mentions: list[Mention]) -> None:
    """``Ohio's Greene County``: a county name right after a state's possessive is that state's county when
    the state has one of that name."""
    for m in mentions:
        if m.chosen is None or m.chosen.level != "admin2":
            continue
        state = _possessive_state(finder, mentions, m)
        if state is None or (m.chosen.country, m.chosen.admin1) == (state.country, state.name):
            continue
        home = [k for k in m.cands or [] if k.level == "admin2" and k.primary and k.country == state.country
                and k.admin1 == state.name and normalise(k.name) == normalise(m.chosen.name)]
        if home:
            m.chosen = home[0]


def counties_of_the_story_state(finder: PlaceFinder, mentions: list[Mention]) -> None:
    """A shared county name resolved to another state's county is the story's state's (module doc)."""
    state = story_state(mentions)
    if state is None:
        return
    for i, m in enumerate(mentions):
        c = m.chosen
        if c is None or c.level != "admin2" or (c.country, c.admin1) == state or _state_beside(finder, mentions, i):
            continue
        if any(o.chosen is not None and o.chosen.level == "city" and county_key(o.chosen) == county_key(c)
               for o in mentions if o is not m):
            continue  # a town of the story lies in the county first chosen
        if _sentence_names_state(finder, mentions, m, (c.country, c.admin1)):
            continue  # "Greene County deputies found him in southern Ohio": the sentence's own state
        home = [k for k in m.cands or [] if k.level == "admin2" and k.primary and (k.country, k.admin1) == state
                and normalise(k.name) == normalise(c.name)]
        if home:
            m.chosen = home[0]


def _sentence_names_state(finder: PlaceFinder, mentions: list[Mention], m: Mention,
                          own: tuple[str | None, str | None]) -> bool:
    """Whether the sentence of ``m`` names the state ``own``."""
    for start, end in _sentence_bounds(finder):
        if start <= m.start < end:
            return any(o.chosen is not None and o.chosen.level == "admin1" and (o.chosen.country, o.chosen.name) == own
                       and start <= o.start and o.end <= end for o in mentions)
    return False


def listed_counties(finder: PlaceFinder, mentions: list[Mention]) -> list[Mention]:
    """``Adams and Wayne counties``, ``Orange and Riverside counties``: capitalised names listed right
    before ``counties`` are the counties ``<name> County`` of one state: the state the sentence or story
    names, if every name has a county there, else the one state where every name has one. Mentions of the
    names are changed in place; names recognition left out are returned as new mentions."""

    found: list[Mention] = []
    if "counties" not in finder.text:
        return found  # the pattern's own word absent: no list (speed18: a substring test before the regex)
    for run in LISTED_COUNTIES.finditer(finder.text):
        items = [(run.start(1) + part.start(), run.start(1) + part.end(), part.group())
                 for part in LIST_NAME.finditer(run.group(1))]
        if len(items) < 2:
            continue
        counties = [[c for c in finder.gaz.candidates(f"{name} County") if c.level == "admin2" and c.primary]
                    for _, _, name in items]
        if not counties[0] and " " in items[0][2]:
            # "Small Garner and Wexby counties": a capitalised word before the first name (dev15p)
            s0, e0, first = items[0]
            last = first.rsplit(" ", 1)[1]
            items[0] = (e0 - len(last), e0, last)
            counties[0] = [c for c in finder.gaz.candidates(f"{last} County") if c.level == "admin2" and c.primary]
        states = set.intersection(*({(c.country, c.admin1) for c in found_here} for found_here in counties))
        if not states:
            continue
        start = max((s for s, _ in _sentence_bounds(finder) if s <= run.start()), default=0)
        end = min((e for _, e in _sentence_bounds(finder) if e >= run.end()), default=len(finder.text))
        context = _list_state(mentions, start, end)
        state = context if context in states else next(iter(states)) if len(states) == 1 else None
        if state is None:
            continue
        for (s, e, name), cands in zip(items, counties, strict=True):
            _county_at(mentions, found, s, e, name, [c for c in cands if (c.country, c.admin1) == state])
    return found


def _county_at(mentions: list[Mention], found: list[Mention], start: int, end: int, name: str,
               counties: list[Candidate]) -> None:
    """The county ``counties[0]`` for the name at [start, end): a mention within the name takes it; a
    mention reaching past the name ("Lake, Porter") is dropped (from ``mentions``, in place) and a
    mention of the name alone is added to ``found``."""
    inside = [m for m in mentions + found if m.start < end and start < m.end]
    if inside and all(start <= m.start and m.end <= end for m in inside):
        for m in inside:
            m.cands, m.chosen = counties, counties[0]
        return
    for m in inside:
        (mentions if m in mentions else found).remove(m)
    found.append(Mention(start, end, name, "GPE", cue="admin2", strong=True, cands=counties, chosen=counties[0]))


def _sentence_bounds(finder: PlaceFinder) -> list[tuple[int, int]]:
    """The sentences' character bounds, made once per finder (its Doc's sentences are set before the
    places stage runs): several rules ask for them per mention or per list (speed18)."""
    made = finder.__dict__.get("_story_sentence_bounds")
    if made is None:
        made = [(s.start_char, s.end_char) for s in finder.doc.sents] if finder.doc.has_annotation("SENT_START") \
            else [(0, len(finder.text))]
        finder.__dict__["_story_sentence_bounds"] = made
    return made


def _list_state(mentions: list[Mention], start: int, end: int) -> tuple[str | None, str] | None:
    """The state a list of counties in text[start:end] is of: the one the sentence names, else the story's,
    else the one state of the story's states and counties."""
    own = {(m.chosen.country, m.chosen.name) for m in mentions
           if m.chosen is not None and m.chosen.level == "admin1" and start <= m.start and m.end <= end}
    if len(own) == 1:
        return next(iter(own))
    if own:
        return None
    state = story_state(mentions)
    if state is not None:
        return state
    areas = {(m.chosen.country, m.chosen.name if m.chosen.level == "admin1" else m.chosen.admin1) for m in mentions
             if m.chosen is not None and m.chosen.level in ("admin1", "admin2")}
    return next(iter(areas)) if len(areas) == 1 else None


def bare_counties_in_figure_lists(finder: PlaceFinder, mentions: list[Mention],
                                  county_words: frozenset[str]) -> list[Mention]:
    """Bare county names in a list of figures after the sentence speaks of counties (module doc): the
    mentions changed in place; the new ones returned."""

    found: list[Mention] = []
    if not county_words:
        return found
    # a plural alone ("neighbouring counties"); a singular as a modifier of a plural noun ("county rates")
    # each item holds a comma, spaces and a figure: a sentence with fewer than two such commas has no
    # list, and is not searched with FIGURE_ITEM's slower look-behinds (speed18)
    commas = [m.start() for m in FIGURE_COMMA.finditer(finder.text)]
    if len(commas) < 2:
        return found
    words = re.compile(r"\b(?:" + "|".join(re.escape(w) if w.endswith("s") else re.escape(w) + r" [a-z]+s"
                                           for w in sorted(county_words)) + r")\b")
    for start, end in _sentence_bounds(finder):
        if bisect_left(commas, end) - bisect_left(commas, start) < 2:
            continue
        sentence = finder.text[start:end]
        items = list(FIGURE_ITEM.finditer(sentence))
        if len(items) < 2:
            continue
        cue = words.search(sentence)
        if cue is None or cue.start() > items[0].start():
            continue
        state = _list_state(mentions, start, end)
        if state is None:
            continue
        for item in items:
            if item.group(2):
                continue  # "Montgomery County, 9.1 percent": a county mention of its own
            name = item.group(1)
            if normalise(name) in finder.surnames or normalise(name) in finder.given_names:
                continue  # a person named in full in the story ("Smith, 52 percent")
            counties = [c for c in finder.gaz.candidates(f"{name} County") if c.level == "admin2" and c.primary
                        and (c.country, c.admin1) == state]
            if not counties:
                continue
            _county_at(mentions, found, start + item.start(1), start + item.end(1), name, counties)
    return found


def town_before_its_body(finder: PlaceFinder, mentions: list[Mention]) -> None:
    """``Lebanon police`` read as the country, ``Lebanon, Pennsylvania`` elsewhere: the town (module doc)."""
    towns: dict[str, Candidate] = {}
    for m in mentions:
        if m.chosen is not None and m.chosen.level == "city":
            towns.setdefault(normalise(m.text), m.chosen)
    if not towns:
        return
    for m in mentions:
        if m.chosen is None or m.chosen.level != "country" or normalise(m.text) not in towns:
            continue
        span = finder.doc.char_span(m.start, m.end)
        if span is not None and finder._before_local_body(span):
            m.chosen = towns[normalise(m.text)]


def read_region_spellings(directory: Path, kind: str = "region_spelling") -> dict[str, tuple[int, str]]:
    """``place_words.tsv`` rows ``kind<TAB>spelling<TAB>GeoNames id<TAB>the gazetteer's name``: normalised
    spelling -> (id, name)."""
    path = Path(directory) / "place_words.tsv"
    if not path.exists():
        return {}
    out: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and fields[0] == kind and fields[2].strip().isdigit():
            out[normalise(fields[1].strip())] = (int(fields[2]), fields[3].strip())
    return out


def region_spellings(gaz: Gazetteer, text: str, cands: list[Candidate],
                     spellings: dict[str, tuple[int, str]]) -> list[Candidate]:
    """The candidates of ``text`` with the region its other spelling names first (module doc)."""
    target = spellings.get(normalise(text))
    if target is None:
        return cands
    region = [c for c in gaz.candidates(target[1]) if c.geonameid == target[0]]
    return region + [c for c in cands if c.geonameid != target[0]] if region else cands
