"""Places a comma, a slash or a list pairs with another name (brief s24-places25; rule source: the place
classes of the misses of ``eval/gold/news-dev37`` and ``news-dev38``, tests on invented sentences in
``tests/test_places_pairs_and_calendars.py``).

Rules of the places stage (:mod:`newsevents.components.places`); the pattern is the evidence, the
gazetteer says what the names may be:

- **a county after a name and a comma** (:func:`counties_after_names`): ``21/22 April: Hollin Park, Suffolk.``,
  ``moved to Ripley, Derbyshire.``: a capitalised name closing its phrase right after another name and a
  comma, which the gazetteer knows as a second-level division under that very name (English and Irish
  counties, French departments: GeoNames keeps their bare names) and as no country or first-level
  division (``Paris, Texas`` is the state rule's), is that division, whatever spaCy labelled it (a
  person, nothing). The name before it is a town inside that division when the gazetteer has one
  there (a village of a calendar's circuit, even under 500 people is not: GeoNames lists villages of
  500 and up), and only that town (``Gillingham, Dorset`` is not Gillingham, Kent:
  :func:`towns_in_named_counties`). A span spaCy made of both (``Alderby, Cumbria``) is split.
- **a state's postal abbreviation** (:func:`state_codes`): ``solar panels in WA are``, ``Summerville,
  SC, with``: two or three capitals that are a state's standard abbreviation (``state_code`` of
  ``place_words.tsv``) right after ``in`` (and before no capitalised word: ``in WA Health``), or
  right after a town the gazetteer has in that state and a comma, are that state. After ``in``, only
  a state of a country the article's other names point to (their first candidate, or a candidate in
  that state); ``WA`` (Washington, Western Australia) is resolved by the article's geography.
- **two towns joined by a slash** (:func:`slash_pairs`): ``the Hexton/Barford area``: two capitalised
  names joined by ``/`` that the gazetteer has as towns (or counties) of one first-level division are
  those neighbours, when an area's noun follows (``area_noun``) or neither is an English word.
- **a town after a building in a list** (:func:`towns_after_buildings`): ``the library, Clonmore;
  Oldtown Community Centre, Oldtown;``: a capitalised name after a building's noun (``building_head``)
  and a comma, closing a list item (``;``, ``.``, ``,`` or ``and`` after it), is the town the
  building stands in: a town-level cue (``Virginia`` in a list of an Irish county's buildings is the
  Irish town, weighed by the article's geography), and a town the gazetteer has in a country the
  article's other names point to when spaCy left it out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.components.places_mention import Mention
from newsevents.geo.gazetteer import Candidate, normalise

if TYPE_CHECKING:
    from newsevents.components.places import PlaceFinder

# "Hollin Park, Suffolk." / "Ripley, Derbyshire;": a name, a comma, a capitalised name of one to three
# words that closes the phrase (a full stop, semicolon, colon, bracket, line end or the text's end, or a
# comma the clause goes on after: "Ripley, Derbyshire, where"; not a list's: "Leeds, Bradford, York")
_NAME = r"[A-Z][\w'’.&-]*(?:[ ][A-Z][\w'’.&-]*){0,3}"
COUNTY_AFTER_NAME = re.compile(
    rf"(?P<x>{_NAME}),[ ]+(?P<y>[A-Z][a-z][\w'’-]*(?:[ ][A-Z][a-z][\w'’-]*){{0,2}})"
    r"(?=[ ]*(?:[.;:)\n]|$)|,[ ]+(?!and\b|or\b)[a-z])")
# "in WA are", "Summerville, SC, with": two or three capitals standing as a word
STATE_CODE = re.compile(r"(?<![\w.&/-])[A-Z]{2,3}(?![\w&/-]|\.\w)")
# "the Hexton/Barford area", "Dallas/Fort Worth": two names joined by a slash
SLASH_PAIR = re.compile(
    r"(?<![\w/.-])(?P<a>(?:[A-Z][\w'’.-]*[ ]){0,2}[A-Z][a-z][\w'’-]*)/"
    r"(?P<b>[A-Z][a-z][\w'’-]*(?:[ ][A-Z][\w'’.-]*){0,2})(?![\w/-])")
_WORD_AFTER = re.compile(r"[ ]+([a-z]+)")
# "the library, Clonmore;", "Oldtown Community Centre, Oldtown." : a building's noun, a comma, a name that
# closes the list item
BUILDING_ITEM = re.compile(
    r"(?P<head>[A-Za-z]+),[ ]+(?P<name>[A-Z][a-z][\w'’-]*(?:[ ][A-Z][a-z][\w'’-]*){0,2})"
    r"(?=[ ]*(?:[;.,)\n]|$|[ ]and[ ]))")


def read_state_codes(directory: Path) -> dict[str, list[tuple[int, str]]]:
    """``place_words.tsv`` rows ``state_code<TAB>ABBREVIATION<TAB>GeoNames id<TAB>name``: the
    abbreviation as written -> the states it stands for (``WA``: Washington, Western Australia)."""
    path = Path(directory) / "place_words.tsv"
    codes: dict[str, list[tuple[int, str]]] = {}
    if not path.exists():
        return codes
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and fields[0] == "state_code" and fields[2].strip().isdigit():
            codes.setdefault(fields[1].strip(), []).append((int(fields[2]), fields[3].strip()))
    return codes


def _overlapping(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start < end and start < m.end]


def _a_persons_name(finder: PlaceFinder, start: int, end: int) -> bool:
    """Whether the entities stage made a person's name of several words that holds [start, end)
    (``Marion Hale``: a county's name as a given name)."""
    return any(e.type == "PERSON" and any(m.start <= start and end <= m.end and " " in m.text
                                          and m.text.split(" ", 1)[0].lower() not in finder.building_heads
                                          for m in e.mentions)
               for e in finder.doc._.entities or [])


def _counties(finder: PlaceFinder, name: str) -> list[Candidate]:
    """The second-level divisions the gazetteer has under this very name, when it has no country or
    first-level division so named (those are the state rules'), with the town of that name inside one,
    which a bare name more often means (``Headingley, Leeds``: the city, in its district)."""
    cands = finder.gaz.lookup(name)
    if any(c.level in ("country", "admin1") and c.primary for c in cands):
        return []
    key = normalise(name)
    counties = [c for c in cands if c.level == "admin2" and c.primary and normalise(c.name) == key]
    keys = {(c.country, c.admin1, key) for c in counties}
    towns = [c for c in cands if c.level == "city" and c.primary and (c.country, c.admin1, normalise(c.admin2 or "")) in keys]
    # codes46: ``Mill Road, Cambridge``: a street, then its town. A name that a town outside every such county bears,
    # a town more populous than any of those counties, names that town after the comma, not a small district abroad
    # that shares its name (the pair would leave only the district and its village as candidates)
    largest = max((c.population for c in counties), default=0)
    if any(c.level == "city" and c.primary and c not in towns and c.population > largest for c in cands):
        return []
    return counties + towns


def _towns_in(finder: PlaceFinder, name: str, counties: list[Candidate]) -> list[Candidate]:
    """The towns (or landmarks) of this name the gazetteer has inside one of ``counties``."""
    keys = {(c.country, c.admin1, normalise(c.name)) for c in counties if c.level == "admin2"}
    return [c for c in finder.gaz.lookup(name) if c.level in ("city", "landmark") and c.primary and c.admin2
            and (c.country, c.admin1, normalise(c.admin2)) in keys]


def counties_after_names(finder: PlaceFinder, mentions: list[Mention]) -> list[Mention]:
    """``Hollin Park, Suffolk.``: the county after a name and a comma (module doc). Returns the mentions
    with the county's mention marked ``encloses`` (added when recognition left it out), the name
    before it added when it is a town of that county nobody took, and a span spaCy made of both split."""
    text = finder.text
    if ", " not in text:
        return mentions
    for match in COUNTY_AFTER_NAME.finditer(text):
        ys, ye = match.span("y")
        name = match.group("y")
        counties = _counties(finder, name)
        if not counties or _a_persons_name(finder, ys, ye):
            continue
        xs, xe = match.span("x")
        # the town before the comma: the longest run of its last words the gazetteer has in the county
        words = match.group("x").split(" ")
        town = None
        for k in range(len(words)):
            part = " ".join(words[k:])
            if _towns_in(finder, part, counties):
                town = (xe - len(part), xe, part)
                break
        across = [m for m in _overlapping(mentions, xs, ye) if m.start < ys and m.end > xe]
        for m in across:  # "Alderby, Cumbria" taken as one name: two places
            mentions.remove(m)
        inside = _overlapping(mentions, ys, ye)
        if inside and all(ys <= m.start and m.end <= ye for m in inside):
            for m in inside:
                if (m.start, m.end) == (ys, ye):
                    m.encloses, m.cue, m.strong, m.cands = True, "enclosed", True, counties
        elif not inside:
            mentions.append(Mention(ys, ye, name, "PAIR", cue="enclosed", strong=True, cands=counties, encloses=True))
        else:
            continue
        if town is not None and not _overlapping(mentions, town[0], town[1]):
            mentions.append(Mention(town[0], town[1], town[2], "PAIR"))
    return mentions


def towns_in_named_counties(finder: PlaceFinder, mentions: list[Mention]) -> None:
    """``Gillingham, Dorset``: a name right before a county named after it and a comma (``encloses``) is
    a town (or landmark) of the gazetteer inside that county when there is one; the county is then the
    one holding it."""
    for m, county in zip(mentions, mentions[1:], strict=False):
        if not county.encloses or m.cue or not m.cands or \
                not re.fullmatch(r",[ ]+", finder.text[m.end:county.start]):
            continue
        inside = _towns_in(finder, m.text, county.cands or [])
        if not inside:
            continue
        ids = {c.geonameid for c in inside}
        m.cands = [c for c in m.cands if c.geonameid in ids] or inside
        m.cue, m.strong = "enclosed", True
        holding = {(c.country, c.admin1, normalise(c.admin2 or "")) for c in inside}
        county.cands = [c for c in county.cands or [] if (c.country, c.admin1, normalise(
            c.name if c.level == "admin2" else c.admin2 or "")) in holding] or county.cands


def _country_in_play(finder: PlaceFinder, mentions: list[Mention], state: Candidate) -> bool:
    """Whether the article's other names point to the state's country: the first candidate of one of
    them lies in it, or a candidate of one lies in the state itself."""
    for m in mentions:
        cands = m.cands if m.cands is not None else finder.gaz.candidates(m.text)
        if cands and cands[0].country == state.country:
            return True
        if any(c.country == state.country and c.admin1 == state.name for c in cands):
            return True
    return False


def state_codes(finder: PlaceFinder, mentions: list[Mention], codes: Mapping[str, list[tuple[int, str]]]) -> list[Mention]:
    """``in WA are``, ``Summerville, SC,``: a state's postal abbreviation where a state stands (module
    doc). Returns the new mentions, their candidates set (the states the abbreviation may stand for)."""
    if not codes:
        return []
    found: list[Mention] = []
    text = finder.text
    for match in STATE_CODE.finditer(text):
        states = codes.get(match.group())
        if not states:
            continue
        start, end = match.span()
        if _overlapping(mentions, start, end):
            continue
        cands = [c for geonameid, name in states for c in finder.gaz.lookup(name)
                 if c.geonameid == geonameid]
        before = text[max(0, start - 40):start]
        town = next((m for m in mentions if re.fullmatch(r",[ ]+", text[m.end:start])), None)
        if town is not None:
            # "Summerville, SC": the states the town before it has a namesake in
            town_cands = town.cands if town.cands is not None else finder.gaz.candidates(town.text)
            cands = [s for s in cands if any(c.level == "city" and c.country == s.country and c.admin1 == s.name
                                             for c in town_cands)]
        elif re.search(r"(?<![A-Za-z])in[ ]+$", before) and not re.match(r"[ ]+[A-Z]", text[end:end + 2]):
            cands = [s for s in cands if _country_in_play(finder, mentions, s)]
        else:
            continue
        if not cands:
            continue
        sure = len(cands) == 1
        found.append(Mention(start, end, match.group(), "CODE", cue="admin1" if sure else None, strong=sure,
                             cands=cands))
    return found


def slash_pairs(finder: PlaceFinder, mentions: list[Mention], area_nouns: frozenset[str]) -> list[Mention]:
    """``the Hexton/Barford area``: two towns joined by a slash (module doc). Returns the mentions, the
    two names' mentions holding only their candidates in the division they share."""
    text = finder.text
    if "/" not in text:
        return mentions
    for match in SLASH_PAIR.finditer(text):
        # the longest known run of the words next to the slash on each side ("In Hexton" is "Hexton")
        a_words, b_words = match.group("a").split(" "), match.group("b").split(" ")
        a = next((t for t in (" ".join(a_words[k:]) for k in range(len(a_words))) if _towns(finder, t)), None)
        b = next((t for t in (" ".join(b_words[:k]) for k in range(len(b_words), 0, -1)) if _towns(finder, t)), None)
        if a is None or b is None:
            continue
        a_start, b_start = match.start("b") - 1 - len(a), match.start("b")
        after = _WORD_AFTER.match(text, b_start + len(b))
        if (after is None or after.group(1) not in area_nouns) and (not finder.english_words or any(
                normalise(n).replace(" ", "_") in finder.english_words for n in (a, b))):
            continue
        towns_a, towns_b = _towns(finder, a), _towns(finder, b)
        shared = {(c.country, c.admin1) for c in towns_a} & {(c.country, c.admin1) for c in towns_b}
        if not shared:
            continue
        # neighbours of one division: where both have a namesake, in one county if they have such a pair
        # (the article's geography chooses among several: a town cue whose candidates lie in several
        # states is weighed with it)
        counties = {(c.country, c.admin1, c.admin2) for c in towns_a if c.admin2} & \
            {(c.country, c.admin1, c.admin2) for c in towns_b if c.admin2}
        for start, name, towns in ((a_start, a, towns_a), (b_start, b, towns_b)):
            there = [c for c in towns if (c.country, c.admin1, c.admin2) in counties] if counties else \
                [c for c in towns if (c.country, c.admin1) in shared]
            for m in _overlapping(mentions, start, start + len(name)):
                mentions.remove(m)
            mentions.append(Mention(start, start + len(name), name, "PAIR", cue="city", strong=True, cands=there))
    return mentions


def _towns(finder: PlaceFinder, name: str) -> list[Candidate]:
    """The towns and counties the gazetteer has under this name as their own."""
    return [c for c in finder.gaz.lookup(name) if c.primary and c.level in ("city", "admin2")]


def towns_after_buildings(finder: PlaceFinder, mentions: list[Mention], building_heads: frozenset[str]) -> list[Mention]:
    """``the library, Clonmore;``: the town after a building's noun and a comma (module doc). Marks a
    mention there with the town cue; returns the towns spaCy left out."""
    text = finder.text
    if not building_heads or ", " not in text:
        return []
    found: list[Mention] = []
    for match in BUILDING_ITEM.finditer(text):
        if match.group("head").lower() not in building_heads:
            continue
        start, end = match.span("name")
        name = match.group("name")
        if _a_persons_name(finder, start, end) or normalise(name) in finder.surnames:
            continue
        towns = [c for c in finder.gaz.lookup(name) if c.level == "city" and c.primary]
        if not towns:
            continue
        inside = _overlapping(mentions, start, end)
        exact = [m for m in inside if (m.start, m.end) == (start, end)]
        if exact:
            for m in exact:
                if not m.cue:
                    m.cue, m.strong = "city", True
            continue
        if inside:
            continue
        others = [m for m in mentions if m.start != start]
        towns = [c for c in towns if _country_in_play(finder, others, c)]
        if towns:
            found.append(Mention(start, end, name, "PAIR", cue="city", strong=True, cands=towns))
    return found


# "(I-Vt.)", "(D-N.Y.)", "(R-Texas)": a party's letter, a hyphen and a state's name or abbreviation
PARTY_STATE = re.compile(r"\((?P<party>[A-Z])-(?P<state>[A-Z][A-Za-z]*\.?(?:[ ]?[A-Z][A-Za-z]*\.?)?)\)")


def party_states(finder: PlaceFinder, mentions: list[Mention], party_initials: frozenset[str]) -> list[Mention]:
    """``Sen. Ann Lee (I-Vt.)``: US news writes a legislator's party and state in brackets after the
    name, the party's letter (``party_initial`` of ``place_words.tsv``), a hyphen and the state's name
    or abbreviation. The part after the hyphen names a first-level division, whatever spaCy made of it:
    a mention the stage has there keeps only its first-level candidates (``N.Y.`` the state, not the
    city), and one it lacks is added. Returns the new mentions."""
    found: list[Mention] = []
    for match in PARTY_STATE.finditer(finder.text):
        if match.group("party").lower() not in party_initials:
            continue
        start, end = match.span("state")
        states = [c for c in finder.gaz.candidates(match.group("state")) if c.level == "admin1"]
        if not states:
            continue
        there = _overlapping(mentions, start, end)
        if there:
            for m in there:
                if (m.start, m.end) == (start, end):
                    m.cands, m.cue, m.strong = states, "admin1", True
            continue
        found.append(Mention(start, end, match.group("state"), "CODE", cue="admin1", strong=True, cands=states))
    return found

