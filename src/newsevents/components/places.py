"""The places stage: find toponyms, resolve each to a GeoNames entry, group mentions per referent.

Recognition takes spaCy's GPE/LOC/FAC entities, spaCy PERSON/ORG/NORP spans whose text is a
known place (the small model calls some oblasts and Kyiv PERSON), and capitalised proper-noun runs
spaCy missed that the gazetteer knows. Demonyms (``Ukrainian``) are not places.

Resolution (see :mod:`newsevents.geo.resolve`) runs in two passes: first the mentions with hard
evidence (a cue word such as ``region`` or ``city``, a list of admin1 names, a country name);
then bare mentions, which reuse the referent an earlier strong mention of the same name got
("one sense per discourse") or else are scored with the article's dominant countries.
Nominals (``the main city``, ``the regional capital``) join the city of the admin1 region just
mentioned.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_LOWER, IS_UPPER, ORTH, POS
from spacy.language import Language
from spacy.strings import StringStore
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from newsevents.actors import ACTOR_FILES, ActorDictionary, load_actor_dictionary
from newsevents.components import places_again, places_country, places_local, places_pairs, places_story
from newsevents.components.base import TableStage
from newsevents.components.entities_base import _gazetteer_country
from newsevents.components.paragraphs import dateline_before
from newsevents.components.places_hyphen import hyphen_widen
from newsevents.components.places_mention import Mention
from newsevents.components.quotes import CUES_FILE, load_cue_lexicon
from newsevents.docquery import doc_span, doc_text, string_memo
from newsevents.geo.gazetteer import (
    GAZETTEER_FILE,
    Candidate,
    Gazetteer,
    load_gazetteer,
    names_major_place_in_part,
    normalise,
)
from newsevents.geo.resolve import (
    ADMIN2_CUES,
    CUE_LEVELS,
    LANDMARK_CUES,
    best_candidate,
    county_key,
    cue_level,
    filter_by_cue,
    is_plural_cue,
    main_names_only,
    named_like_home_region,
    region_over_namesake_city,
    seat_of,
)
from newsevents.record import Place
from newsevents.record import Span as SpanRecord
from newsevents.tables import kind_words
from newsevents.temporal.lexicon import WORD_FILES, load_words

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels the small model gives toponyms by mistake; kept only when the gazetteer knows the name.
MISLABELS = {"PERSON", "ORG", "NORP"}
# Words before a name that make it a person even when a place has that name ("Mr Kyiv").
PERSON_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president", "minister", "general",
                 "gen", "king", "queen", "prince", "princess", "pope", "senator", "sen", "rep", "judge",
                 "governor", "mayor", "chancellor", "secretary", "prof", "professor", "st", "saint"}
# Compass words name blocs or directions ("the West says"), not a place to geocode.
COMPASS = {"west", "east", "north", "south", "western", "eastern", "northern", "southern", "midwest",
           "northeast", "northwest", "southeast", "southwest", "central"}
# Leading words inside an entity span that are not part of the name ("the southern Crimea").
LEADING_MODIFIERS = COMPASS | {"the", "occupied", "annexed", "breakaway", "rebel", "separatist", "eastern",
                               "greater", "downtown", "rural", "upstate", "war", "torn", "war-torn"}
# "the main city", "the regional capital", "the provincial capital", "the city"
NOMINAL = re.compile(r"\b[Tt]he (?:(?:main|regional|provincial|region's|state|oblast) )?(?:city|capital)\b")
POSSESSIVE_CAPITAL = re.compile(r"^(?:'s|’s) (?:(?:regional|provincial|state) )?capital\b")
# "Ohio's 8th congressional district", "New York's 22nd District": a state's numbered electoral districts
NUMBERED_DISTRICT = re.compile(r"^(?:'s|’s) (?:\d+(?:st|nd|rd|th)|at-large) (?:congressional |legislative |senate |house )?district\b",
                               re.IGNORECASE)
MAJOR_CITY = 100_000
# "Kan.", "Pa.", "Calif.": an abbreviated name (a capital, a few letters, a final dot)
ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.")
# "upstate New York", "the state of Washington": the region, not its namesake city
UPSTATE = re.compile(r"\b(?:upstate|downstate|state of)\s+$")
# "California's", "Greene County’s": a possessive ending is not part of the name
POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")
# A word after one of these is read as a place when the gazetteer knows it ("flights to Lviv").
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "from", "to", "outside", "across", "around", "towards", "toward",
                         "into", "through", "within", "between"}
# A run of capitalised words ("Rocky Mountain National Park", "Mt. Hood"), for land features.
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*(?<!\.)")
# Other prepositions of space: "across the Rockies", "over the Alps" (a plural name after them is a place).
SPATIAL_PREPOSITIONS = {"over", "above", "below", "beyond", "along", "throughout", "under", "inside"}
# A game's score ("112-104", "4-2", "28-7")
SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")
# Words joining the members of a list of names ("Branson and Joplin").
COORDINATORS = {"and", "or"}
# Prepositions before which a name is a place whatever else it names ("in Gallup", "near Obama"):
# not "between", "from", "to", which persons and bodies take as well (qtp34)
STRICT_LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "across", "around", "into", "through", "within",
                                "throughout", "towards", "toward"}
# The capitalised word right after or before a mention ("Bay| City", "New |Braunfels").
WIDEN_STATE_MIN_POPULATION = 10_000
NEXT_WORD = re.compile(r"[ ]([A-Z][A-Za-z'-]*[a-z]|[A-Z]+)\b")
PREVIOUS_WORD = re.compile(r"\b([A-Z][A-Za-z'.-]*)[ ]$")
# Patterns the rules below match at each mention, compiled once here (not looked up in the
# re module's cache at every call)
_DEMONYM_SHAPE = re.compile(r"[a-z]+(?:ian|ians|ese|ish|ans|i|is)")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_WORD_AFTER_SPACE = re.compile(r"^\s+([A-Za-z]+)")
_SETTLEMENT_OF_BEFORE = re.compile(r"\b(city|town|village|province|region|state|county|oblast|district|port) of\s+$")
# "states such as", "provinces still held by rebels, including", "cities like": a plural kind noun
# of places, then (within a clause) a word that introduces examples of it; the examples are of that
# kind (tp39). The last kind noun before the example word counts ("cities in states such as").
_KIND_NOUN = re.compile(r"\b(regions|provinces|oblasts|states|counties|cities|towns|villages)\b")  # lower case: not "the United States"
_EXAMPLES_AFTER_KIND = re.compile(r"^[^.;:!?()\n]*\b(?:such as|including|like)\s+$")
KIND_EXAMPLES_REACH = 70  # characters from the kind noun to the first example at most


def kind_of_examples(before: str) -> str | None:
    """The place level a text ending right before a name gives it as an example of a plural kind
    noun (``mega-states still on the calendar, such as `` -> admin1), or None."""
    kinds = list(_KIND_NOUN.finditer(before))
    if not kinds or not _EXAMPLES_AFTER_KIND.match(before[kinds[-1].end():]):
        return None
    return cue_level(kinds[-1].group(1))


_COMMA_GAP = re.compile(r",\s*")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&)\s*")
_AND_OR_GAP = re.compile(r",?\s+(?:and|or)\s+")
# The head nouns of infrastructure named after the town it stands in, and GeoNames' feature code
# for each kind ("Rotterdam Port", "Port of Felixstowe", "Chornobyl Power Plant"). Not bridges
# and dams: they are as often named after a person or a feature ("Hoover Dam", "Golden Gate
# Bridge"), and a namesake town then lies far away.
INFRASTRUCTURE = {"port": "PRT", "harbour": "HBR", "harbor": "HBR", "prison": "PRN", "jail": "PRN",
                  "penitentiary": "PRN", "refinery": "OILR", "power plant": "PS", "power station": "PS",
                  "nuclear plant": "PS"}
INFRASTRUCTURE_HEAD = re.compile(
    r"^(?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}?)(?: Nuclear| Oil| Coal)?"
    r" (?P<kind>Port|Harbou?r|Prison|Jail|Penitentiary|Refinery|Power Plant|Power Station|Nuclear Plant)$"
    r"|^Port of (?P<port>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})$")
# "Democratic Republic of (the) ", "Kingdom of ": capitalised words and "of" right before a name (geo20)
OFFICIAL_NAME_LEAD = re.compile(r"\b((?:[A-Z][\w'’]*\s+){1,3}of\s+(?:the\s+)?)$")
# "the Alberta government", "Nova Scotia Department of Health", "the Government of Queensland": a body's noun
# right after a division's name (one capitalised word may come between) or before it with "of" (places22)
BODY_AFTER = re.compile(r"[ ]([A-Za-z]+)(?:[ ]([A-Za-z]+))?")
BODY_BEFORE = re.compile(r"\b([A-Za-z]+) of (?:the )?$")
# roles.tsv sectors of public bodies (government, legislature)
PUBLIC_SECTORS = frozenset({"GOV", "LEG"})
# Prepositions after a verb of going that lead to its destination ("driving to X"; places22)
DESTINATION_PREPOSITIONS = {"to", "into", "toward", "towards"}
# "Crumbs and Co (Bridport)": a capitalised name alone in brackets after a capitalised word (places22)
BRACKETED_NAME = re.compile(r"(?P<before>[A-Z][\w'’&.-]*)[ ]\((?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\)")
NOMINAL_WINDOW = 400  # characters back to look for the region a nominal refers to
MAX_SCAN_TOKENS = 4


def _demonym_words(ad: ActorDictionary) -> set[str]:
    return set(ad.adjectives) | set(ad.demonyms)


def is_demonym(text: str, demonyms: set[str]) -> bool:
    """'Ukrainian', 'Russians', 'Punjabi': words for people or adjectives, not places."""
    key = normalise(text)
    if key in demonyms:
        return True
    return bool(_DEMONYM_SHAPE.fullmatch(key)) and key.endswith(("ian", "ians", "ese", "ish"))


def capitalised_untagged_words(doc: Doc) -> list[int]:
    """The indices of the words outside every entity that are alphabetic, not all in capitals and
    start with a capital ("Lititz", "McKee"; not "NASA", "iPhone", "town"), found in the Doc's arrays:
    a Token only for them (speed20). An alphabetic word in lower case (IS_LOWER) has no capital at
    all, so only the other words' texts are read (speed28)."""
    strings = string_memo(doc.vocab)
    rows = doc.to_array([ENT_TYPE, IS_ALPHA, IS_UPPER, IS_LOWER, ORTH]).tolist()
    return [i for i, (ent, alpha, upper, lower, orth) in enumerate(rows)
            if not ent and alpha and not upper and not lower and strings[orth][:1].isupper()]


# A dateline town whose largest namesake is this many times larger than the next is read as that one on its size
# alone, so its state may decide the story's other namesakes (PlaceFinder._dateline_regions).
DATELINE_CLEAR_RATIO = 3.0


class PlaceFinder:
    """Recognition and resolution for one Doc."""

    # place_words.tsv feature_head: "Silicon Valley" is no mention of a place called "Valley" (qtp35)
    feature_heads: frozenset[str] = frozenset()

    def __init__(self, doc: Doc, gaz: Gazetteer, demonyms: set[str],
                 result_verbs: frozenset[str] = frozenset(), water_heads: frozenset[str] = frozenset(),
                 person_given_names: frozenset[str] = frozenset(), land_heads: frozenset[str] = frozenset(),
                 sport_words: frozenset[str] = frozenset(), region_heads: frozenset[str] = frozenset(),
                 facility_heads: frozenset[str] = frozenset(), local_bodies: frozenset[str] = frozenset(),
                 body_words: frozenset[str] = frozenset(), county_words: frozenset[str] = frozenset(),
                 region_spellings: dict[str, tuple[int, str]] | None = None,
                 settlements: re.Pattern[str] | None = None,
                 common_word_regions: frozenset[str] = frozenset(),
                 english_words: frozenset[str] = frozenset(), building_heads: frozenset[str] | None = None) -> None:
        self.doc = doc
        self._dateline_cache: list[tuple[int, int]] | None = None
        if building_heads is not None:  # place_words.tsv building_head (places25)
            self.building_heads = building_heads
        self.english_words = english_words
        # place_words.tsv common_word_region: "Centre" is a region only in a story naming its country
        self.common_word_regions = common_word_regions
        # place_words.tsv settlement_kind_noun/adjective (components/places_local.py)
        self.settlements = settlements
        # place_words.tsv county_word and region_spelling (components/places_story.py)
        self.county_words = county_words
        self.region_spellings = region_spellings or {}
        # place_words.tsv facility_head: "Dallas Avenue", "Lincoln High School" name no town
        self.facility_heads = facility_heads
        # place_words.tsv local_body: "Reading police", "a Barre man": a town's own bodies and people
        self.local_bodies = local_bodies
        # place_words.tsv body_word: "Union officials" are a union's, not Union, N.J.'s
        self.body_words = body_words
        # given names of people (given_names.tsv): "Tyler Jones" labelled an organisation is a person
        self.person_given_names = person_given_names
        # names of land features (place_words.tsv land_head: "X National Park", "Mount X"): kept
        # whole and unresolved when the gazetteer does not know them
        self.land_heads = land_heads
        # words of sport (place_words.tsv sport_word): "the Bears" is a team only in their sentence
        self.sport_words = sport_words
        # place_words.tsv region_head: "Niger Delta", "Congo Basin": a region named after a country's name
        self.region_heads = region_heads
        self.result_verbs = result_verbs
        # head nouns of water bodies (place_words.tsv): a name with one the gazetteer does not know
        # ("Ohio River", "Lake Erie": a head written first is listed as "lake _") is kept whole and
        # unresolved, never read as the place inside it
        self.water_heads = water_heads
        self.text = doc_text(doc)
        self.gaz = gaz
        self.demonyms = demonyms
        # Last names of people named in full: a later lone "Bush" is the person, not a town.
        self.ents = doc.ents  # built anew on every access
        # Not a major place's name after a word that is no given name: "the Children's Village Malakal",
        # labelled a person, names no Mr Malakal (places21).
        self.surnames = {normalise(e[-1].text) for e in self.ents if e.label_ == "PERSON" and len(e) > 1
                         and not self._place_not_surname(e)}
        # First names of people named in full: a later lone "Victoria" is the person, unless the
        # text puts it where places go ("in Victoria").
        self.given_names = {normalise(e[0].text) for e in self.ents if e.label_ == "PERSON" and len(e) > 1}

    def _place_read_as_date(self, ent: Span) -> Mention | None:
        """'spoke at his victory party in Lyon, two hours after ...': the model may label a city's name a
        date when a time phrase follows. One to three capitalised proper nouns that begin a DATE or TIME
        span right after a locative preposition, end it or stand before a comma, are no time word (month,
        weekday, season, named day: time_words.tsv) and name a major place (a country, a first-level
        division, a city of 100,000+) are that place (session 29, news-dev50's class table)."""
        doc = self.doc
        if ent.start == 0 or doc[ent.start - 1].lower_ not in LOCATIVE_PREPOSITIONS:
            return None
        end = ent.start
        while end < ent.end and end - ent.start < 3 and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and not doc[end].is_upper:
            end += 1
        if end == ent.start or (end < ent.end and doc[end].text != ","):
            return None
        if any(t.lower_ in words for t in doc[ent.start:end] for words in self.time_names):
            return None
        name = doc[ent.start:end]
        if not self._is_major_place(name.text):
            return None
        return Mention(name.start_char, name.end_char, name.text, "GPE")

    def _surname_of_person_named(self, span: Span, key: str) -> bool:
        """'Former Governor Ann Kalin had been due to speak ... why Kalin will not be present': a lone last
        name of a person the text names in full, labelled a place by the model, which the entities stage
        made a mention of that person, names the person, not a town of that name -- unless it stands
        where places go ('in Kalin') or is a country's or a first-level division's name (session 29,
        news-dev49's seen items)."""
        if len(span) > 2 or key not in self.surnames or self._locative_context(span):
            return False
        if any(c.level in ("country", "admin1") for c in self.gaz.candidates(self._text_of(span))):
            return False
        start, end = span.start_char, span.end_char
        return any(e.type == "PERSON" and any(m.start == start and m.end in (end, end - 2) for m in e.mentions)
                   for e in self.doc._.entities or [])

    def _place_not_surname(self, ent: Span) -> bool:
        """A 'person' of two words whose first word is a common English word (``english_words``), no given
        name (``given_names.tsv``) and no title, and whose last word is a country, a first-level division or
        a city of 100,000+ (``Village Kisumu``, ``Camp Kigali``): the last word is that place, not a family
        name that would hide the place's other mentions. A first word that is no English word may be a given
        name the table lacks (``Deshaun Jackson``): the family name stays."""
        first = ent[0].lower_.rstrip(".")
        if len(ent) >= 2 and first in self.building_heads and ent[-1].text[:1].isupper():
            return True  # "Courthouse Clonmore", "Library Kells": a building and its town, no person (places25)
        return len(ent) == 2 and first in self.english_words and first not in self.person_given_names and \
            first not in PERSON_TITLES and ent[0].text[:1].isupper() and self._is_major_place(ent[-1].text)

    # --- recognition ---------------------------------------------------------------
    def _text_of(self, span: Span) -> str:
        """``span.text`` read from the article's text: spaCy makes a Token per word of the span on every
        access (speed20)."""
        return self.text[span.start_char:span.end_char] if len(span) else ""

    def _trim(self, span: Span) -> tuple[Span | None, str | None]:
        """Drop leading determiners/modifiers and a trailing cue word; return the name and the cue."""
        start, end = span.start, span.end
        # "West Virginia", "South Carolina": a leading compass word may be part of the name.
        while start < end and (self.doc[start].lower_ in LEADING_MODIFIERS or not self.doc[start].text[:1].isupper()):
            # ("South Carolina's": the possessive ending is not part of the name)
            if end - start == 1 or (self.doc[start].text[:1].isupper() and
                                    self.gaz.candidates(POSSESSIVE_END.sub("", self._text_of(self.doc[start:end])))):
                break
            start += 1
        cue = None
        if end - start > 1 and cue_level(self.doc[end - 1].text):
            full = self.doc[start:end]
            # "Kharkiv Oblast", "New York City", "Gaza City" are names in their own right.
            if not any(c.primary for c in self.gaz.candidates(self._text_of(full))):
                cue = cue_level(self.doc[end - 1].text)
                end -= 1
        if start >= end:
            return None, None
        return doc_span(self.doc, start, end), cue

    def _person_title_before(self, span: Span) -> bool:
        if span.start == 0:
            return False
        return self.doc[span.start - 1].lower_.rstrip(".") in PERSON_TITLES

    def _dotted_state(self, text: str) -> bool:
        """'N.J.', 'N.Y.': a state's dotted abbreviation (gazetteer_admin1_aliases.tsv)."""
        letters = text.replace(".", "")
        return "." in text and letters.isupper() and len(letters) <= 4 and any(
            c.level == "admin1" for c in self.gaz.candidates(text))

    def _is_acronym_non_country(self, text: str) -> bool:
        """'UN', 'NICE': short capitals-only words are places only as country abbreviations ('US'),
        or with their dots as a state's ('N.J.')."""
        letters = text.replace(".", "")
        return letters.isupper() and len(letters) <= 4 and not self._dotted_state(text) and not any(
            c.level == "country" for c in self.gaz.candidates(text))

    def _accept(self, span: Span, label: str) -> bool:
        text = self._text_of(span)
        key = normalise(text)
        if not key or key in COMPASS or self._is_acronym_non_country(text):
            return False
        # "German", "Texan": words for people, even where a parish or hamlet bears the word; only
        # a country spelled so stays a place
        if is_demonym(text, self.demonyms) and not any(
                c.primary and c.level == "country" for c in self.gaz.candidates(text)):
            return False
        if key in self.given_names and not self._locative_context(span):
            return False
        if label not in MISLABELS and self._told_as_person(span) and not self.gaz.is_place_name(text):
            return False  # "Rebecca Okafor sat": a place span the entities stage read as a person, no place known (names46)
        # "Kalin's withdrawal": the possessive of a last name is the name's
        owner_key = normalise(POSSESSIVE_END.sub("", text)) if len(span) <= 2 else key
        if label not in MISLABELS and self._surname_of_person_named(span, owner_key):
            return False
        if label in MISLABELS:
            if self._person_title_before(span) or key in self.surnames or owner_key in self.surnames:
                return False
            top = self.gaz.candidates(text)[:1]
            # "The Kremlin says", "the White House said": a seat of power speaking is an actor.
            if top and top[0].level == "landmark":
                return False
            if key in self.region_spellings:  # "Adjara" labelled a person (dev13p)
                return True
            if label == "PERSON" and self._destination(span):
                return True
            # An organisation named exactly like a town is usually the town's people or council.
            if self._locative_context(span) or (label == "ORG" and not text.isupper()):
                return self.gaz.is_place_name(text)
            return self._is_major_place(text) or self._named_water_or_region(span)
        return True

    def _infrastructure(self, ent: Span) -> Mention | None:
        """'the Rotterdam Port', 'Port of Felixstowe': a port, prison, refinery or power plant named
        after a town the gazetteer knows is a landmark at that town's point (GeoNames has no such
        features offline; the town is within a few km of what is named after it)."""
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        if start >= ent.end:
            return None
        span = doc_span(self.doc, start, ent.end)
        match = INFRASTRUCTURE_HEAD.match(self._text_of(span))
        if match is None:
            return None
        place = match.group("place") or match.group("port")
        kind = (match.group("kind") or "port").lower()
        # A town's point is where its dam or port is, give or take a few km; a county's or
        # region's centre is not ("Henderson County Jail" stays a mention of the county).
        if not any(c.primary and c.level == "city" for c in self.gaz.candidates(place)):
            return None
        # named after a town more often than after a region ("Attica Prison" is in Attica, New York)
        return Mention(span.start_char, span.end_char, span.text, "FAC", cue="city", strong=True,
                       infra=(INFRASTRUCTURE[kind], place))

    def _place_prefix(self, ent: Span) -> Span | None:
        """'the Ohio Department of Development', 'Texas A&M': an organisation or building named after
        a state, country or big city mentions that place (the name's first one or two words)."""
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        if self._told_as_person(ent):
            return None
        if ent.end - start == 2 and POSSESSIVE_END.fullmatch(ent[-1].text) and normalise(self.doc[start].text) in self.surnames:
            return None  # "Kalin's" labelled an organisation: a person's last name with its possessive, no prefix
        for n in (2, 1):
            if ent.end - start <= n:
                continue  # the whole span is the name: handled as a (mislabelled) place
            head = self.doc[start:start + n]
            if not all(t.text[:1].isupper() for t in head):
                continue
            if self.doc[start + n].lower_ in self.region_heads:
                continue  # "the Congo Basin Development Authority": the basin's body, not the country's (ents26)
            # "the Henderson County Sheriff's Office": a county's own name is specific enough
            if n == 2 and any(c.level == "admin2" and c.primary for c in self.gaz.candidates(head.text)):
                return head
            # "the Warwickshire council", "Norfolk police": a county's one-word name before the noun of
            # its own body is the county the story is set in (places22)
            if n == 1 and self.doc[start + 1].lower_ in self.local_bodies and \
                    any(c.level == "admin2" and c.primary for c in self.gaz.candidates(head.text)):
                return head
            if self._is_major_place(head.text) and not names_major_place_in_part(self.gaz, head.text, MAJOR_CITY) and \
                    not any(c.level in ("landmark", "water", "region") for c in self.gaz.candidates(head.text)[:1]):
                return head
        return None

    def _told_as_person(self, ent: Span) -> bool:
        """'Tyler Jones' labelled an organisation: a given name (``given_names.tsv``) and one more
        capitalised word that the entities stage took for a person is a person's name, not an
        organisation named after a town."""
        if len(ent) != 2 or not all(t.text[:1].isupper() and t.is_alpha for t in ent):
            return False
        if ent[0].lower_ not in self.person_given_names:
            return False
        return any(e.type == "PERSON" and any((m.start, m.end) == (ent.start_char, ent.end_char) for m in e.mentions)
                   for e in self.doc._.entities or [])

    def _locative_context(self, span: Span) -> bool:
        """'in Torrington', 'near Dublin', 'Dublin, Ohio', 'Branson and Joplin': positions where a
        name is a place."""
        doc = self.doc
        if span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE_PREPOSITIONS:
            return True
        if self._residence(span):
            return True
        if self._coordinated_with_place(span):
            return True
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            nxt = doc[span.end + 1]
            return any(c.level in ("admin1", "country") for c in self.gaz.candidates(nxt.text)[:1]) or any(
                c.level in ("admin1", "country") for c in self.gaz.candidates(doc[span.end + 1:span.end + 3].text)[:1]
            )
        return False

    def _residence(self, span: Span) -> bool:
        """'Jane Doe, 34, of Hayes, was charged': news gives a person's home town in an apposition set off
        by commas and opened by 'of' (brief s21-places21); the name there is a place even when spaCy calls
        it a person. The apposition ends at a comma, a full stop or the text's end."""
        doc = self.doc
        if span.start < 2 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].text != ",":
            return False
        return span.end >= len(doc) or doc[span.end].text in (",", ".", ";")

    def _coordinated_with_place(self, span: Span) -> bool:
        """'Branson and Joplin', 'Valdosta and Albany': a name joined by 'and'/'or' to a name spaCy
        labelled a place (GPE) is listed with it, so a place too."""
        doc = self.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ in COORDINATORS and doc[span.end + 1].ent_type_ == "GPE":
            return True
        return span.start >= 2 and doc[span.start - 1].lower_ in COORDINATORS and doc[span.start - 2].ent_type_ == "GPE"

    def _is_major_place(self, text: str) -> bool:
        """A country, an admin1 division or a city of 100,000+ people: evidence enough to overrule
        spaCy's PERSON/ORG label or to take an unlabelled word as a place ("Obama" is also a town)."""
        if normalise(text) in COMPASS or not self.gaz.is_place_name(text):
            return False
        return any(c.level in ("country", "admin1") or (c.level == "city" and c.population >= MAJOR_CITY)
                   for c in self.gaz.candidates(text))

    def recognise(self) -> list[Mention]:
        mentions: list[Mention] = []
        covered = [False] * len(self.doc)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                covered[i] = True  # a labelled span (a DATE "March" too) is not rescanned
            if ent.label_ in ("DATE", "TIME") and (read_as_date := self._place_read_as_date(ent)) is not None:
                mentions.append(read_as_date)
                continue
            if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
                continue
            infra = self._infrastructure(ent)
            if infra is not None:
                mentions.append(infra)
                continue
            if ent.label_ in ("ORG", "FAC"):
                prefix = self._place_prefix(ent)
                if prefix is not None:
                    mentions.append(Mention(prefix.start_char, prefix.end_char, prefix.text, "PREFIX"))
                    continue
            name, cue = self._trim(ent)
            if name is None or not self._accept(name, ent.label_):
                continue
            if cue is None and self._dotted_state(name.text):
                cue = "admin1"  # "Utica, N.Y.": the state, not New York City
            if ent.label_ in MISLABELS and name.start != ent.start and not self.gaz.is_place_name(name.text):
                continue
            end_char = name.end_char - len(POSSESSIVE_END.search(name.text).group()) \
                if POSSESSIVE_END.search(name.text) and len(name) > 0 else name.end_char
            text = self.text[name.start_char:end_char]
            if not text.strip():
                continue
            mentions.append(Mention(name.start_char, end_char, text, ent.label_, cue=cue, strong=bool(cue)))
        mentions += self._scan_uncovered(covered)
        mentions += self._dateline_towns(covered)
        mentions = self._county_names(mentions)
        mentions = self._abbreviated_saints_and_forts(mentions)
        mentions = self._land_features(mentions)
        mentions += self._in_brackets(mentions)
        mentions = [m for m in mentions if not self._not_a_toponym_here(m, mentions)]
        mentions = self._not_in_names(mentions)
        mentions = [m for m in mentions if not self._names_a_disease(m)]
        mentions = [m for m in mentions if not self._names_a_team(m) and not self._team_nickname(m)]
        # names a comma, a slash or a list pairs with a place (components/places_pairs.py; places25)
        mentions = places_pairs.counties_after_names(self, mentions)
        mentions = places_pairs.slash_pairs(self, mentions, self.area_nouns)
        mentions += places_pairs.towns_after_buildings(self, mentions, self.building_heads)
        mentions += places_pairs.state_codes(self, mentions, self.state_codes)
        mentions += places_pairs.party_states(self, mentions, self.party_initials)
        mentions.sort(key=lambda m: m.start)
        self._widen(mentions)
        self._official_names(mentions)
        hyphen_widen(self.text, mentions, self.gaz.is_place_name)  # "Baden" of "Baden-Wurttemberg" (dev16m)
        return mentions

    # actor_words.tsv company_word (legal forms: "Inc", "LLC", "P.A") and the actor dictionary's
    # role lookup (set by the component; places22)
    legal_forms: frozenset[str] = frozenset()
    # actor_words.tsv motion: verbs of going ("drive", "return"), whose to-phrase is a destination
    motion_words: frozenset[str] = frozenset()
    # abbreviated titles and the role each stands for ("sen" -> "senator": actor_words.tsv abbreviated_title)
    abbreviated_role: dict[str, str] = {}  # noqa: RUF012 - replaced per finder, never mutated
    # month, weekday, season and named-day words of time_words.tsv (set by the component; qe33)
    time_names: tuple[frozenset[str], ...] = ()
    role_word = staticmethod(lambda word: None)

    def _destination(self, span: Span) -> bool:
        """'was driving to Wimborne', 'returns to Keswick' (the model: a person): the name a motion verb
        (``motion`` of actor_words.tsv) goes to is a place when the gazetteer knows a town or county of
        that name (any town it holds under its own name, one of 15,000+ by an alternate name: GeoNames
        keeps only those), and it is no English word, given name or titled person (brief s22-places22)."""
        doc = self.doc
        if not self.motion_words or not self.english_words or span.start == 0 or len(span) > 3 \
                or doc[span.start - 1].lower_ not in DESTINATION_PREPOSITIONS:
            return False
        head = doc[span.start - 1].head
        if head.pos_ in ("ADV", "PART") and head.head is not head:  # "moved back to X"
            head = head.head
        if head.lemma_.lower() not in self.motion_words:
            return False
        key = normalise(self._text_of(span))
        if key.replace(" ", "_") in self.english_words or span[0].lower_ in self.person_given_names:
            return False
        return any(c.level in ("city", "admin2") for c in self.gaz.candidates(self._text_of(span)))

    def _in_brackets(self, mentions: list[Mention]) -> list[Mention]:
        """'Crumbs and Co (Bridport)', 'the Harbour Inn (Lyme Regis)': a name alone in brackets right after a
        body's or shop's name (a capitalised word no person's name holds) gives where it is, so a town the
        gazetteer knows there is a place even when the model left it out (brief s22-places22). Not an
        abbreviation (``(WHO)``), an English word or well-known name of something else (``(Labour)``,
        ``english_words``), a given name or a legal form; the town is resolved like any bare name."""
        if "(" not in self.text:
            return []
        found = []
        for match in BRACKETED_NAME.finditer(self.text):
            start, end = match.span("name")
            name = match.group("name")
            if any(m.start < end and start < m.end for m in mentions):
                continue
            before = self.doc.char_span(*match.span("before"), alignment_mode="expand")
            if before is None or not len(before) or any(t.ent_type_ == "PERSON" for t in before):
                continue
            key = normalise(name)
            if not self.english_words or key.replace(" ", "_") in self.english_words or key in self.person_given_names \
                    or self._legal_form(name) or key in self.surnames:
                continue
            cands = [c for c in self.gaz.candidates(name) if c.primary and c.level in ("city", "admin2", "admin1")]
            if cands:
                found.append(Mention(start, end, name, "BRACKET"))
        return found

    def _entity_name_spans(self) -> list[tuple[int, int, str, str]]:
        """The spans of names the entities stage made of several words, in which a place's name is no
        place of its own (brief s22-places22): every mention of a person (``Michael J. Dillon``, ``Man
        City manager``) and every mention of a body whose name carries a legal form (``Metz Fresh LLC``,
        ``Kent & Hollis, P.A.``: the form may follow the name after a comma), with the name's text."""
        found = []
        for entity in self.doc._.entities or []:
            if entity.type not in ("PERSON", "ORG"):
                continue
            spans = [(m.start, m.end) for m in entity.mentions if " " in m.text or "-" in m.text]
            if entity.type == "ORG":
                legal = any(self._legal_form(m.text.rsplit(None, 1)[-1]) or self._legal_form(
                    self.text[m.end:m.end + 12].lstrip(", ").split(" ", 1)[0].rstrip(",;")) for m in entity.mentions)
                if not legal:
                    continue
            found += [(s, e, self.text[s:e], entity.type) for s, e in spans]
        return found

    def _not_causes_of_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """``Democracy for America``, ``Committee for a Free Ukraine``: a place's name after ``for``
        inside a body's name the entities stage made names the body's cause, no place the story is
        in (names39; a body named for where it is, ``Reading Police Department``, keeps its town)."""
        causes = []
        for entity in self.doc._.entities or []:
            if entity.type != "ORG":
                continue
            for mm in entity.mentions:
                k = self.text.rfind(" for ", mm.start, mm.end)
                if k > mm.start:
                    causes.append((k + 5, mm.end))
        if not causes:
            return mentions
        return [m for m in mentions if m.infra or not any(s <= m.start and m.end <= e for s, e in causes)]

    def _legal_form(self, word: str) -> bool:
        """'Inc.', 'P.A.', 'LLC': a company's legal form (``company_word``), dots and case folded."""
        return bool(word) and word.lower().rstrip(".,") in self.legal_forms

    def _not_in_names(self, mentions: list[Mention]) -> list[Mention]:
        """Names that are not places (brief s22-places22): a legal form alone (``Inc.`` is an alternate
        name of Yinchuan, ``P.A.`` of Pennsylvania), and a place's name that is the first word(s) of a
        longer name the entities stage made a person's or a company's (``Michael J. Dillon``, ``Metz Fresh
        LLC``, ``Preston Vale``), there or where the same words stand again (``Preston Vale won``). A
        person's name holding a role is a title, whose place stays (``Denver District Judge Ann Cole``;
        so ``Bolton Town manager`` keeps its ``Bolton``). The name's next word decides: it is a capitalised part of the name (``City``, ``J.``) or a
        hyphen (``Navarro-Valls``), not a role (``Paris Mayor Jane Doe``) nor a town's own body (``Reading
        Police Department``: a place-named body mentions its town)."""
        if not mentions:
            return mentions
        if self.legal_forms:
            mentions = [m for m in mentions if m.infra or not self._legal_form(m.text)]
        mentions = self._not_causes_of_bodies(mentions)
        names = self._entity_name_spans()
        if not names:
            return mentions
        return [m for m in mentions if m.infra or m.label == "LAND" or not self._inside_entity_name(m, names)]

    def _name_goes_on(self, rest: str) -> str | None:
        """The rest of a name after a place's name, up to its next word, when that word is a
        capitalised part of the name that is no role or town's body (``City``, ``J.``, ``& Hollis``) or
        a hyphen joining another name (``-Valls``); else None."""
        word = re.match(r"(?:-|[ ]+(?:&[ ]+|and[ ]+)?)([A-Z][\w.]*)", rest)
        if word is None:
            return None
        key = word.group(1).lower().rstrip(".")
        if key in self.local_bodies or key in PERSON_TITLES or self.role_word(key) is not None:
            return None
        return word.group()

    def _holds_role(self, rest: str) -> bool:
        """Whether a name's words after a place hold a role (``State Senator``, ``Health Ministry official``)."""
        return any(self.role_word(w.lower().rstrip(".,")) is not None for w in rest.split())

    def _inside_entity_name(self, m: Mention, names: list[tuple[int, int, str, str]]) -> bool:
        """Whether mention ``m`` begins one of ``names`` (inside it, or where its first words recur),
        the longer run not being a place's name itself (``Schleswig-Holstein's transport minister``) nor a
        title held in that place (a role among the name's words: ``California State Senator Joe Dunn``)."""
        n = m.end - m.start
        for s, e, name, kind in names:
            if not name.startswith(m.text):
                continue
            goes_on = self._name_goes_on(name[n:])
            # "California State Senator Joe Dunn", "Denver District Judge": a title's place is a place
            if goes_on is None or kind == "PERSON" and self._holds_role(name[n:]) or not (s <= m.start and m.end < e or self.text.startswith(m.text + goes_on, m.start)):
                continue
            if not self.gaz.candidates(m.text + goes_on):
                return True
        return False

    # place_words.tsv building_head, area_noun and state_code (set by the component; places25)
    building_heads: frozenset[str] = frozenset()
    degree_words: frozenset[str] = frozenset()
    area_nouns: frozenset[str] = frozenset()
    # place_words.tsv national_gathering: "the convention in Denver" (set by the component; quotes30)
    national_gatherings: frozenset[str] = frozenset()
    state_codes: Mapping[str, list[tuple[int, str]]] = MappingProxyType({})  # none until the component sets its table
    party_initials: frozenset[str] = frozenset()  # place_words.tsv party_initial (set by the component; qtp34)
    firm_sectors: frozenset[str] = frozenset()  # place_words.tsv firm_sector, lower case (set by the component; qtp34)
    state_offices: frozenset[str] = frozenset()  # place_words.tsv state_office (set by the component; names38)
    # speech_cues.tsv addressee: verbs whose object is the one spoken to ("told", "asked"; qtp34)
    addressed_verbs: frozenset[str] = frozenset()
    # speech_cues.tsv: the lemmas of the verbs of saying ("said", "added"; set by the component; ents42)
    speech_verbs: frozenset[str] = frozenset()

    # place_words.tsv disease_head / disease_name (set by the component)
    disease_heads: frozenset[str] = frozenset()
    disease_names: frozenset[str] = frozenset()

    def _names_a_disease(self, m: Mention) -> bool:
        """'West Nile virus', 'Lassa fever', 'Ebola': a place's name that, with the word after it
        (``disease_head``) or the capitalised word before it, or alone (``disease_name``),
        is a disease's name names no place."""
        if m.infra:
            return False
        nxt = _WORD_AFTER.match(self.text[m.end:m.end + 30])
        if nxt and nxt.group(1).lower() in self.disease_heads:
            return True
        before = _CAPITALISED_BEFORE.search(self.text[max(0, m.start - 30):m.start])
        name = m.text.lower()
        return name in self.disease_names or bool(before) and f"{before.group(1).lower()} {name}" in self.disease_names

    def _names_a_team(self, m: Mention) -> bool:
        """'Dallas beat Boston 112-104', 'Phoenix scored twice to beat Denver 4-2': a town's name as
        the subject or object of a game's result verb (``place_words.tsv``), in a sentence holding
        a score, names its team."""
        if not self.result_verbs or m.infra:
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        # the verb test first: it fails for nearly every place, and the score test reads the
        # whole sentence (span.sent finds its boundaries anew)
        if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or root.head.lemma_.lower() not in self.result_verbs:
            return False
        if not SCORE.search(span.sent.text):
            return False
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        # not "beat London goalie Trevor Cann": there the name modifies a noun (parsed or not)
        return not (nxt is not None and root.dep_ == "dobj" and (nxt.pos_ in ("NOUN", "PROPN") or (
            nxt.is_alpha and nxt.is_lower and nxt.pos_ not in ("ADP", "CCONJ", "ADV", "PART", "SCONJ"))))

    def _land_features(self, mentions: list[Mention]) -> list[Mention]:
        """'Rocky Mountain National Park' (labelled an organisation), 'Mount Rainier' (not labelled):
        a run of capitalised words ending in a land feature's head ('National Park', 'State Forest')
        or opening with one ('Mount', 'Mt.'), listed as ``land_head`` in ``place_words.tsv``, is a
        toponym, kept whole; a run that goes on with more capitalised words ('Mount Sinai
        Hospital') is a building's or an organisation's name, and 'Mount X' that the gazetteer
        knows as a town ('Mount Vernon') is left as it was found. Mentions inside it give way."""
        if not self.land_heads:
            return mentions
        heads = sorted((h for h in self.land_heads if not h.endswith(" _")), key=len, reverse=True)
        openers = [h[:-2] for h in self.land_heads if h.endswith(" _")]
        for run in CAPITALISED_RUN.finditer(self.text):
            whole = run.group().lower()
            if not any(h in whole for h in heads) and not any(o + " " in whole for o in openers):
                continue
            start, end = run.start(), run.end()
            words = run.group().split()
            # "Utah's Zion National Park": the owner is a place of its own; "Mount Hood's slopes"
            # and a capitalised word that opens the sentence ("In Glacier National Park", "Near
            # Mount Hood"): a function word or a word the tagger reads as no proper noun
            while words and (POSSESSIVE_END.search(words[0]) or self._not_a_name_word(start)):
                start += len(words[0]) + 1
                words = words[1:]
            if words and POSSESSIVE_END.search(words[-1]):
                end -= len(POSSESSIVE_END.search(words[-1]).group())
            if not words:
                continue
            lowered = self.text[start:end].lower()
            head = next((h for h in heads if lowered.endswith(" " + h) and len(lowered) > len(h) + 1), None)
            opener = next((o for o in openers if lowered.startswith(o + " ") and (
                len(words) == 2 or (len(words) == 3 and words[1] in ("St.", "Saint")))), None)
            if head is None and opener is None:
                continue
            if head is None and any(c.level in ("city", "admin2") for c in self.gaz.candidates(self.text[start:end])):
                continue  # "Mount Vernon", "Mount Pleasant": a town of that name is left as it was found
            if any(m.start < start or m.end > end for m in mentions if m.start < end and start < m.end):
                continue  # a longer name holds it
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            mentions.append(Mention(start, end, self.text[start:end], "LAND"))
        return mentions

    def _not_a_name_word(self, char: int) -> bool:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        return token is not None and (token.is_stop or token.pos_ not in ("PROPN", "NOUN", "ADJ"))

    def _team_nickname(self, m: Mention) -> bool:
        """'The Eagles rallied', 'against the Bears': one capitalised plural word after 'the' that
        the gazetteer does not know, in a sentence about sport (a result verb or a ``sport_word``
        of ``place_words.tsv``), names a team, not a place, unless it stands where
        places go ('snow across the Rockies', 'hiking in the Catskills') or is a place name's plural
        ('the Americas', 'the Carolinas')."""
        if m.infra or m.cue:
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.start < 1 or span[0].lower_ == "the":
            return False
        word = span[0]
        if not (word.text[:1].isupper() and word.text.endswith("s") and word.text[1:].islower()):
            return False
        if self.doc[span.start - 1].lower_ != "the" or self.gaz.candidates(word.text):
            return False
        singular = word.text[:-3] + "y" if word.text.endswith("ies") else word.text[:-1]
        if any(c.primary and (c.level in ("country", "admin1", "region") or c.population >= MAJOR_CITY)
               for c in self.gaz.candidates(singular)):
            return False  # "the Americas", "the Carolinas", "the Dakotas": a place name's plural
        before = self.doc[span.start - 2].lower_ if span.start >= 2 else ""
        if before in LOCATIVE_PREPOSITIONS or before in SPATIAL_PREPOSITIONS:
            return False
        # only in a sentence about sport ("The Falklands were invaded" is no team)
        return any(t.lemma_.lower() in self.result_verbs or t.lemma_.lower() in self.sport_words
                   or t.lower_ in self.sport_words for t in span.sent)

    def _widen(self, mentions: list[Mention]) -> None:
        """A capitalised word next to a mention that makes a longer known name belongs to it:
        'Bay City', 'New Braunfels' are places of their own, not 'Bay' or 'Braunfels' (spaCy
        often leaves such a word out of the entity)."""
        for i, m in enumerate(mentions):
            if m.cue:
                continue  # "Kharkiv region": the word after is a cue, not part of the name
            # A state's or country's name stands on its own unless the longer name is a real
            # town ("Texas City"): "the Virginia Gardens" is more often a garden than the village.
            least = WIDEN_STATE_MIN_POPULATION if any(
                c.primary and c.level in ("country", "admin1") for c in self.gaz.candidates(m.text)) else 0
            lo = mentions[i - 1].end if i > 0 else 0
            hi = mentions[i + 1].start if i + 1 < len(mentions) else len(self.text)
            right = NEXT_WORD.match(self.text, m.end, hi)
            left = PREVIOUS_WORD.search(self.text, lo, m.start)
            spans = [(m.start, right.end(1))] if right else []
            if left and left.group(1).lower() != "the":
                spans.append((left.start(1), m.end))
            for start, end in spans:
                longer = self.text[start:end]
                if any(c.primary and c.level in ("city", "admin2") and c.population >= least
                       for c in self.gaz.candidates(longer)):
                    m.start, m.end, m.text = start, end, longer
                    break

    def _official_names(self, mentions: list[Mention]) -> None:
        """'the Democratic Republic of Congo', 'the Republic of Korea': capitalised words and 'of'
        (with or without 'the') before a name that make a country's or first-level division's
        official name belong to it; the gazetteer's spelling may have 'the' where the text has
        none ('Democratic Republic of the Congo'), or the reverse."""
        for i, m in enumerate(mentions):
            lo = mentions[i - 1].end if i > 0 else 0
            left = OFFICIAL_NAME_LEAD.search(self.text, lo, m.start)
            if left is None:
                continue
            longer = self.text[left.start(1):m.end]
            if self._of_the_spelling(longer):
                m.start, m.text = left.start(1), longer

    def _of_the_spelling(self, name: str) -> list[Candidate]:
        """The primary countries and first-level divisions a name of the form 'X of (the) Y' names,
        as written or with 'the' after 'of' put in or left out."""
        for spelling in (name, re.sub(r"\bof the ", "of ", name), re.sub(r"\bof (?!the )", "of the ", name)):
            found = [c for c in self.gaz.candidates(spelling) if c.primary and c.level in ("country", "admin1")]
            if found:
                return found
        return []

    def _datelines(self) -> list[tuple[int, int]]:
        """The token ranges of the story's datelines with no date (``TORRINGTON —``, ``SALEM, Ore. --``: capitals
        before a dash at a paragraph's start or after its repeated headline; ``paragraphs.dateline_before``)."""
        if self._dateline_cache is None:
            found = []
            for match in re.finditer(r"(?<=\s)(?:--|[-\u2013\u2014])(?=\s)", self.text):
                span = self.doc.char_span(match.start(), match.end())
                if span is None or len(span) != 1:
                    continue
                if span.end >= len(self.doc) or not self.doc[span.end].text[:1].isupper():
                    continue  # "PARIS - the striker": a dateline's dash opens a sentence (paragraphs.split_datelines)
                dateline = dateline_before(self.doc, span.start)
                if dateline is not None:
                    found.append(dateline)
            self._dateline_cache = found
        return self._dateline_cache

    def _dateline_towns(self, covered: list[bool]) -> list[Mention]:
        """codes44: a dateline's town the tagger left unlabelled (``TORRINGTON — A fire destroyed ...``) is
        where the story was filed: a place, resolved with the story's other places like any (its region after a
        comma, ``SALEM, Ore.``, is read as the pair it is)."""
        found: list[Mention] = []
        for dateline in self._datelines():
            if any(covered[dateline[0]:dateline[1]]):
                continue
            town = [t for t in self.doc[dateline[0]:dateline[1]] if t.is_upper and t.is_alpha]
            end = town[-1].i + 1
            while end < dateline[1] and self.doc[end].is_upper and self.doc[end].is_alpha:
                end += 1
            name = self.doc[dateline[0]:end]
            # a dateline names a town, however small: the layout, not the town's size, makes it a place (codes45)
            if name.text.strip() and (self.gaz.is_place_name(name.text) or any(
                    c.level == "city" and c.primary for c in self.gaz.candidates(name.text))):
                # a dateline names the town the story was filed from, never a country ("MALTA –" is a town's)
                found.append(Mention(name.start_char, name.end_char, name.text, "GPE", cue="city"))
        return found

    def _scan_uncovered(self, covered: list[bool]) -> list[Mention]:
        """Capitalised proper-noun runs spaCy did not label that the gazetteer knows as important."""
        found: list[Mention] = []
        doc = self.doc
        # Parts of speech and word ids as plain lists: no Token object for the many tokens skipped.
        tags = doc.to_array(POS).tolist()
        orths = doc.to_array(ORTH).tolist()
        strings = doc.vocab.strings
        i = 0
        while i < len(doc):
            if covered[i] or tags[i] != PROPN or not _capitalised(orths[i], strings):
                i += 1
                continue
            if i > 0 and doc[i - 1].lower_.rstrip(".") in PERSON_TITLES:
                i += 1  # "Mr Kyiv": no run starting here is a place
                continue
            for n in range(MAX_SCAN_TOKENS, 0, -1):
                end = min(i + n, len(doc))
                if any(covered[i:end]):
                    continue
                if not all(_capitalised(orth, strings) or strings[orth] in {"-", "of"} for orth in orths[i:end]):
                    continue
                span = doc[i:end]
                spelling = normalise(span.text) in self.region_spellings  # "Adjara" (dev13p)
                if not spelling and not self.gaz.is_place_name(span.text):
                    continue
                if not spelling and not self._locative_context(span) and not self._is_major_place(span.text):
                    continue
                if normalise(span.text) in self.surnames:
                    continue
                if is_demonym(span.text, self.demonyms) or normalise(span.text) in COMPASS or \
                        self._is_acronym_non_country(span.text):
                    continue
                found.append(Mention(span.start_char, span.end_char, span.text, "SCAN"))
                i += n - 1
                break
            i += 1
        return found

    # --- context cues ----------------------------------------------------------------
    def _cues(self, mentions: list[Mention]) -> None:
        """Cue words around each mention ("the city of X", "X province", "X's regional capital")."""
        for i, m in enumerate(mentions):
            if m.cue:
                continue
            if i and self._state_after_town(mentions[i - 1], m):
                # "Monsey, New York": the state the town is in, not the city of that name
                m.cands = [c for c in m.cands or [] if c.level == "admin1"]
            before = self.text[max(0, m.start - 20):m.start].lower()
            after = self.text[m.end:m.end + 40]
            tail = _WORD_AFTER_SPACE.match(after)
            head = _SETTLEMENT_OF_BEFORE.search(before)
            word = tail.group(1).lower() if tail else ""
            if ABBREVIATION.fullmatch(m.text):
                m.cue = "abbreviation"
            elif head:
                m.cue = cue_level(head.group(1))
            elif UPSTATE.search(before):
                m.cue = "admin1"  # "upstate New York", "the state of Washington"
            elif word in LANDMARK_CUES and any(c.level == "landmark" for c in m.cands or []):
                m.cue = "landmark"  # "Gatwick airport"
            elif word in ADMIN2_CUES and any(c.level == "admin2" for c in m.cands or []):
                m.cue = "admin2"
            elif tail and cue_level(tail.group(1)) and not is_plural_cue(tail.group(1)) and (
                not tail.group(1)[:1].isupper() or tail.group(1).lower() in {"oblast", "province", "region"}
                # "Enugu State", "New York State": a capitalised State after a division's name is that
                # division, not the city of the name (figcodes41); "Kent State", a university, names none
                or (tail.group(1) == "State" and any(c.level == "admin1" for c in m.cands or []))
            ) and not (cue_level(tail.group(1)) == "city" and self._names_a_country(m)):
                # Singular only: "Kharkiv region" names a region, "U.S. cities" are cities *in* the U.S.
                m.cue = cue_level(tail.group(1))  # type: ignore[union-attr]
                m.state_word = tail.group(1) == "State"
            elif POSSESSIVE_CAPITAL.match(after) or (
                    NUMBERED_DISTRICT.match(after) and any(c.level == "admin1" for c in m.cands or [])):
                m.cue = "admin1"  # "X's regional capital", "X's 22nd congressional district"
            elif self._owns_state_office(m):
                m.cue = "admin1"  # "X's junior senator", "governor of X"
            m.strong = m.cue is not None

    def _owns_state_office(self, m: Mention) -> bool:
        """``one of <State>'s U.S. Senate seats``, ``<State>'s junior senator``, ``governor of <State>``,
        ``a <State> senator``: a name that owns an office of a first-level division (place_words.tsv
        ``state_office``), is the ``of`` object of one, or modifies one written in lower case names the
        division when the gazetteer has one of that name (an office of a state names the state, not its
        largest city)."""
        if not self.state_offices or not any(c.level == "admin1" for c in m.cands or []):
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        head = root.head
        if root.dep_ == "poss" and head.i >= span.end:
            # the owned noun, or a compound before it ("Senate seats")
            return any(self._state_office_word(t) for t in (head, *head.children)
                       if t is head or (t.dep_ == "compound" and t.i > root.i))
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
            return self._state_office_word(head.head)
        if root.dep_ == "compound" and head.i == span.end and head.text.islower():
            return self._state_office_word(head)
        return False

    def _state_office_word(self, token: Token) -> bool:
        return token.lemma_.lower() in self.state_offices or token.lower_ in self.state_offices

    def _state_after_town(self, town: Mention, m: Mention) -> bool:
        """``Monsey, New York``: a name right after a town and a comma that is the name of an
        admin1 division some namesake of the town lies in is that division."""
        if not _COMMA_GAP.fullmatch(self.text[town.end:m.start]) or not town.cands or not m.cands:
            return False
        states = {(c.country, c.name) for c in m.cands if c.level == "admin1" and c.primary}
        return any(c.level == "city" and (c.country, c.admin1) in states for c in town.cands)

    def _names_enclosing_state(self, town: Mention, m: Mention) -> bool:
        """``Kingston, N.Y.``, ``Salem, Ore.``, ``Monsey, New York``: a state's abbreviation, or a
        state some namesake of the town lies in, right after it and a comma."""
        if not _COMMA_GAP.fullmatch(self.text[town.end:m.start]):
            return False
        return m.cue == "abbreviation" or m.encloses or self._dotted_state(m.text) or self._state_after_town(town, m)

    def _names_a_country(self, m: Mention) -> bool:
        """'U.S. city officials': a country's name before 'city' or 'town' modifies the noun; it
        does not name a town (full names such as 'Kuwait City' are looked up whole)."""
        return any(c.level == "country" and c.primary for c in m.cands or [])

    def _lists(self, mentions: list[Mention]) -> None:
        """Coordinated toponyms ("A, B, C and D"): a list of admin1 names makes every member admin1."""
        groups: list[list[Mention]] = []
        state_breaks: set[int] = set()  # groups opened by a full state name after a town and a comma
        for m in mentions:
            if groups:
                prev = groups[-1][-1]
                gap = self.text[prev.end:m.start]
                if self._names_enclosing_state(prev, m):
                    if not (m.cue == "abbreviation" or self._dotted_state(m.text)):
                        state_breaks.add(len(groups))
                    groups.append([m])  # "Kingston, N.Y.", "Salem, Ore.": the town's state, no list member
                    continue
                if _LIST_GAP.fullmatch(gap):
                    groups[-1].append(m)
                    continue
            groups.append([m])
        groups = self._rejoin_state_lists(groups, state_breaks)
        for gid, group in enumerate(groups):
            kind = kind_of_examples(self.text[max(0, group[0].start - KIND_EXAMPLES_REACH):group[0].start])
            if kind:
                # "mega-states still on the calendar, such as New York or California": examples of a
                # plural kind noun are places of that kind, one name or a list (tp39, news-dev66)
                for m in group:
                    if not m.cue and any(c.level in CUE_LEVELS.get(kind, {kind}) for c in m.cands or []):
                        m.cue, m.strong = kind, True
            if len(group) < 2:
                continue
            for m in group:
                m.list_id = gid
            # "Sulphur, La.": an abbreviation says nothing of its neighbours' level
            cue = next((m.cue for m in group if m.cue and m.cue != "abbreviation"), None)
            after = self.text[group[-1].end:group[-1].end + 30]
            before = self.text[max(0, group[0].start - 30):group[0].start]
            plural = re.match(r"^\s+(regions|provinces|oblasts|states|counties|cities|towns|villages)\b", after) or \
                re.search(r"\b(regions|provinces|oblasts|states|counties|cities|towns|villages) (?:of )?$", before)
            if plural:
                cue = cue_level(plural.group(1))
            elif cue is None and len(group) >= 3:
                self._admin1_list_cues(group)
            if cue:
                for m in group:
                    if not m.cue:
                        m.cue, m.strong = cue, True

    @staticmethod
    def _rejoin_state_lists(groups: list[list[Mention]], state_breaks: set[int]) -> list[list[Mention]]:
        """A list of one country's first-level divisions is no town and its state: "Washington,
        Pennsylvania and Ohio", "Utah, Oregon, Kansas, Nevada and Iowa" (each a town in the next
        state too). A group opened by a full state name after a comma is joined back to the group
        before it when the two together make three or more names that all have a first-level
        division of one country among their readings ("Dayton, Ohio, and Tulsa, Oklahoma" stays apart:
        Dayton is no division)."""
        joined: list[list[Mention]] = []
        for i, group in enumerate(groups):
            if i in state_breaks and joined:
                merged = joined[-1] + group
                common = set.intersection(*({c.country for c in m.cands or [] if c.level == "admin1"}
                                            for m in merged))
                if len(merged) >= 3 and common:
                    joined[-1] = merged
                    continue
            joined.append(group)
        return joined

    def _admin1_list_cues(self, group: list[Mention]) -> None:
        """A list of three or more names that are all first-level division names takes admin1
        ("Ohio, Indiana and Kentucky", "Kharkiv, Sumy and Poltava") when at least two of them are
        divisions of one country; a country's name whose divisions of that name lie elsewhere is
        then the country ("Mexico, Texas and Arizona": México state is Mexican, the others are US
        states; "Georgia, Alabama and Florida" keeps the US state). Names whose divisions lie in
        as many countries as there are names ("Tokyo, Seoul and Taipei", each a city and the
        division around it) are no list of divisions: each is resolved on its own."""
        by_member = [{c.country for c in m.cands or [] if c.level == "admin1"} for m in group]
        if not all(by_member):
            return
        common, shared = Counter(cc for countries in by_member for cc in countries).most_common(1)[0]
        if shared < 2:
            return
        for m, countries in zip(group, by_member, strict=True):
            if m.cue:
                continue
            abroad = common not in countries and self._names_a_country(m)
            m.cue, m.strong = ("country" if abroad else "admin1"), True

    # --- resolution ----------------------------------------------------------------
    def _drop_common_word_regions(self, mentions: list[Mention]) -> None:
        """A division whose name is a common word (place_words.tsv ``common_word_region``: "Centre",
        Burkina Faso's, France's, Cameroon's and Haiti's first-level regions) is that place only in a story
        that names its country ("France's Centre region"); elsewhere the word is no place ("the Centre",
        India's Union government; "the Eastgate No. 2 Detention Centre"). A name with a cue of its own
        ("Centre, Ala.") is kept (brief s19-web19, the fifteenth audit)."""
        words = self.common_word_regions
        if not words:
            return
        named = {c.country for m in mentions for c in (m.cands or [])[:1] if c.level == "country"}
        for m in mentions:
            if m.cands and not m.strong and normalise(m.text) in words:
                m.cands = [c for c in m.cands if c.country in named]

    def _known_part(self, m: Mention) -> None:
        """A span the gazetteer does not know may hold a name it does ("Building Ireland",
        "Montgomery County Democrats", "St. Louis Police"): the longest known run of its words,
        first from the left, becomes the mention."""
        words = list(re.finditer(r"[^\s,]+", m.text))
        if len(words) > 1 and (words[-1].group().lower() in self.water_heads
                               or f"{words[0].group().lower()} _" in self.water_heads):
            return  # "Ohio River" is no mention of Ohio, "Lake Erie" none of Erie
        if m.label == "LAND" or self._facility_head_at(m.text, len(words[0].group()) + 1 if words else 0):
            return  # "Yellowstone National Park" stays whole; "Dallas Avenue" is no mention of Dallas
        if len(words) > 1 and words[-1].group().lower() in self.region_heads and any(
                c.level == "country" and c.primary for c in self.gaz.candidates(m.text[:words[-1].start()].strip())):
            return  # "Niger Delta", "Jordan Valley": a region named after a river, no mention of the country
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                start, end = words[i].start(), words[i + n - 1].end()
                part = m.text[start:end]
                if m.label == "FAC" and n == 1 and i == len(words) - 1 and i > 0 and words[i - 1].group()[:1].isupper():
                    continue  # "Tarrant Hill Bend", "Elm Tree Corner": a structure's last word is its kind (places25)
                if n == 1 and i == len(words) - 1 and i > 0 and part.lower() in self.feature_heads:
                    continue  # "Silicon Valley": the kind of land heading a name is no place of its own (qtp35)
                # Only names that stand out: "Soviet Union" is no mention of a town called Union.
                # A one-word division name counts only first ("Cornwall Museum", "Kilkenny Town
                # Hall": buildings are named after their place); last, it is mostly the common
                # word that heads the name ("Soviet Union", "Student Union").
                known = self._is_major_place(part) or ((i == 0 or n > 1) and any(
                    c.level == "admin2" and c.primary for c in self.gaz.candidates(part)))
                if part[:1].isupper() and known and not is_demonym(part, self.demonyms):
                    m.start, m.end, m.text = m.start + start, m.start + end, part
                    m.cands = self.gaz.lookup(part)
                    return

    def resolve(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.cands is None:  # a pairing rule may have set them (components/places_pairs.py)
                m.cands = self.gaz.lookup(m.infra[1] if m.infra else m.text)
            if self.region_spellings and not m.infra:  # "Adjara", "Yakutia" (dev13p)
                m.cands = places_story.region_spellings(self.gaz, m.text, m.cands, self.region_spellings)
            if m.label == "LAND":  # a mountain or park, not the town named after it ("Mount Rainier", Md.)
                m.cands = [c for c in m.cands if c.level in ("landmark", "region", "water")]
            if not m.cands and " of " in m.text:  # "Democratic Republic of Congo" (geo20)
                m.cands = self._of_the_spelling(m.text)
            if not m.cands and " " in m.text:
                self._known_part(m)
        self._drop_common_word_regions(mentions)
        self._cues(mentions)
        self._lists(mentions)
        self._town_in_named_state(mentions)
        places_pairs.towns_in_named_counties(self, mentions)
        countries = Counter(m.cands[0].country for m in mentions if m.cands and m.cands[0].level == "country")
        # Counties the article's names may be, and the counties of the towns they may be: a name
        # finds support in the *other* names only.
        counties: dict[str, set] = {}
        towns: dict[str, set] = {}
        for m in mentions:
            name = normalise(m.text)
            for c in m.cands or []:
                if c.primary and c.admin2 and not named_like_home_region(c, m.cands or []):
                    (counties if c.level == "admin2" else towns).setdefault(name, set()).add(county_key(c))

        union_cache: dict[tuple[int, str], set] = {}

        def others(table: dict[str, set], name: str) -> set:
            key = (id(table), name)
            found = union_cache.get(key)
            if found is None:
                found = union_cache[key] = set().union(*(v for k, v in table.items() if k != name))
            return found

        # Pass 1: names with textual evidence, and country names (unambiguous in practice).
        deferred: list[Mention] = []
        for m in mentions:
            if m.strong and m.cands and not any(c.level in CUE_LEVELS.get(m.cue or "", ()) for c in m.cands):
                # "Mason County": the gazetteer has no such county; the name is resolved as if bare.
                m.strong = False
            if m.cands and (m.strong or m.cands[0].level == "country"):
                name = normalise(m.text)
                if not m.strong and any(c.level == "city" and c.primary and c.admin2 and
                                        county_key(c) in others(counties, name) for c in m.cands):
                    continue  # "Palestine" in a story naming Anderson County: the Texas town, in pass 2
                cands = filter_by_cue(m.cands, m.cue)
                if m.strong and m.cue in ("admin2", "city") and \
                        len({(c.country, c.admin1) for c in main_names_only(cands)}) > 1:
                    # "Washington County", "the city of Paris": the cue gives the level, not the state;
                    # pass 2 weighs the article's geography too.
                    deferred.append(m)
                    continue
                m.chosen = best_candidate(cands, self._weights(countries),
                                          named_counties=others(counties, name), named_towns=others(towns, name))
        # The article's geography: where its places would be on the prior alone. Local news names
        # its state and nearby towns; their country and admin1 then favour namesakes there.
        base = Counter(countries)
        first_guess = self._weights(countries)
        votes, guesses = self._votes(mentions, lambda name: (first_guess, None), counties, towns, others)
        # A second round: each name guessed again in the light of the *other* names' first
        # guesses ("Albany ... south Georgia": Georgia is the US state once Albany votes for the
        # US, and then Albany the Georgia town).
        countries, admin1s = Counter(base), Counter()
        for country_vote, admin1_vote in votes.values():
            countries.update(country_vote)
            admin1s.update(admin1_vote)
        first_countries, first_admin1s = Counter(countries), Counter(admin1s)

        def second_weights(name: str) -> tuple[dict, dict]:
            own_countries, own_admin1s = votes.get(name, (Counter(), Counter()))
            return self._weights(first_countries - own_countries), self._weights(first_admin1s - own_admin1s)

        votes, guesses = self._votes(mentions, second_weights, counties, towns, others)
        home = self._home_regions(mentions, guesses) | self._dateline_regions(mentions, guesses)
        countries, admin1s = Counter(base), Counter()
        for country_vote, admin1_vote in votes.values():
            countries.update(country_vote)
            admin1s.update(admin1_vote)
        waiting = {id(m) for m in deferred}
        for i, m in enumerate(mentions):
            if id(m) in waiting:
                own_countries, own_admin1s = votes.get(normalise(m.text), (Counter(), Counter()))
                name = normalise(m.text)
                m.chosen = best_candidate(filter_by_cue(m.cands or [], m.cue), self._weights(countries - own_countries),
                                          self._enclosing(mentions, i), self._weights(admin1s - own_admin1s),
                                          others(counties, name), others(towns, name), home)
        strong_by_name: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.chosen and m.strong:
                strong_by_name.setdefault(normalise(m.text), []).append(m)
        # Pass 2: bare names.
        for i, m in enumerate(mentions):
            if m.chosen or not m.cands:
                continue
            # "in Enugu ... a former governor of Enugu State": the writer tells the division apart by its State,
            # so the bare name is not that division (it is resolved on its own, the city of the name)
            strong = [s for s in strong_by_name.get(normalise(m.text), []) if not s.state_word]
            earlier = [s for s in strong if s.start < m.start]
            later = [s for s in strong if s.start > m.start]
            if earlier or later:
                m.chosen = (earlier[-1] if earlier else later[0]).chosen
                continue
            # The context is the *other* names: a name's own guess must not confirm itself.
            own_countries, own_admin1s = votes.get(normalise(m.text), (Counter(), Counter()))
            name = normalise(m.text)
            national = self._hosts_national_gathering(m)
            m.chosen = best_candidate(m.cands, self._weights(countries - own_countries),
                                      self._enclosing(mentions, i),
                                      None if national else self._weights(admin1s - own_admin1s),
                                      others(counties, name), others(towns, name), () if national else home)
            m.chosen = region_over_namesake_city(m.chosen, m.cands, [g for n, g in guesses.items() if n != name])
        self._list_members_together(mentions)

    def _hosts_national_gathering(self, m: Mention) -> bool:
        """A bare name right after ``<gathering> in`` (``the Democratic convention in Denver``;
        place_words.tsv ``national_gathering``): a party's convention is held in a large city of
        the country, so the state the story keeps naming gives no town of its own the edge over
        the large namesake elsewhere (quotes30)."""
        if not self.national_gatherings:
            return False
        words = self.text[max(0, m.start - 40) : m.start].split()
        return len(words) >= 2 and words[-1] == "in" and words[-2].lower() in self.national_gatherings

    def _home_regions(self, mentions: list[Mention], guesses: dict[str, Candidate]) -> set[tuple]:
        """The first-level divisions whose own government bodies the story names: a division's name
        right before a body's noun (``the Alberta government``, ``Nova Scotia Department of Health``,
        one capitalised word may come between: ``Ontario Provincial Government``) or after one and ``of``
        (``the Government of Queensland``). Body nouns are the roles of kind ``org`` of the government
        and legislature sectors in roles.tsv (government, department, ministry, agency, council,
        assembly); not groups of people (``Indiana officials`` helping out say nothing of where the
        story is set)."""
        home = set()
        for m in mentions:
            guess = m.chosen or guesses.get(normalise(m.text))
            if guess is None or guess.level != "admin1":
                continue
            after = BODY_AFTER.match(self.text, m.end)
            before = BODY_BEFORE.search(self.text[max(0, m.start - 40):m.start])
            if after and (self._public_body(after.group(1)) or after.group(1).istitle() and after.group(2)
                          and self._public_body(after.group(2))) \
                    or before and self._public_body(before.group(1)):
                home.add((guess.country, guess.name))
        return home

    def _dateline_regions(self, mentions: list[Mention], guesses: dict[str, Candidate]) -> set[tuple]:
        """The first-level division of the town a dateline names (``URBANDALE --``, ``SALEM, Ore. --``): the story
        was filed there, so its namesakes (a county or town many states share, ``Champaign County``) are first
        those of that division, as the home region of a public body is. The town's guess counts only when the
        gazetteer's towns of that name lie in that one division, or the town is far larger than its namesakes
        (:data:`DATELINE_CLEAR_RATIO`), or the dateline names the division itself (``SALEM, Ore.``): an ambiguous
        dateline town guessed from the other names would only echo them."""
        home = set()
        datelines = self._datelines()
        if not datelines:
            return home
        spans = [(self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1])) for a, b in datelines]
        inside = [m for m in mentions if any(a <= m.start and m.end <= b for a, b in spans)]
        for m in inside:
            guess = m.chosen or guesses.get(normalise(m.text))
            if guess is None or guess.level != "city" or not guess.admin1:
                continue
            towns = sorted((c for c in m.cands or [] if c.level == "city" and c.primary), key=lambda c: -c.population)
            regions = {(c.country, c.admin1) for c in towns}
            # the town the name means on its size alone: far larger than any namesake ("EFFINGHAM", Illinois)
            clear = towns and towns[0].geonameid == guess.geonameid and (
                len(towns) == 1 or towns[0].population >= DATELINE_CLEAR_RATIO * towns[1].population)
            named = any(o is not m and o.chosen is not None and o.chosen.level == "admin1"
                        and (o.chosen.country, o.chosen.name) == (guess.country, guess.admin1) for o in inside)
            if regions == {(guess.country, guess.admin1)} or clear or named:
                home.add((guess.country, guess.admin1))
        return home

    def _public_body(self, word: str) -> bool:
        role = self.role_word(word.lower())
        return role is not None and role.kind == "org" and role.sector in PUBLIC_SECTORS

    def _list_members_together(self, mentions: list[Mention]) -> None:
        """'the villages of San Pedro, Quillabamba and Santa Rosa': towns listed together lie together.
        A bare listed name resolved into a country the article never names goes to its namesake town
        in the province of the list's unambiguous members (towns the gazetteer knows in one province
        only, all in one) when the gazetteer has one there and the article names that country."""
        named = {m.chosen.country for m in mentions if m.chosen and m.chosen.level == "country"}
        groups: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.list_id is not None:
                groups.setdefault(m.list_id, []).append(m)
        for group in groups.values():
            for m in group:
                if (m.strong and m.cue != "city") or m.chosen is None or m.chosen.level not in ("city", "admin1") or \
                        m.chosen.country in named:
                    continue
                # members the gazetteer knows as towns of one province only
                sure = [o for o in group if o is not m and o.chosen is not None and o.chosen.level == "city"
                        and len({(c.country, c.admin1) for c in o.cands or []}) == 1]
                homes = {(o.chosen.country, o.chosen.admin1) for o in sure}
                if len(homes) != 1:
                    continue
                home = next(iter(homes))
                if home[0] not in named:
                    continue
                there = [c for c in m.cands or [] if c.level == "city" and (c.country, c.admin1) == home]
                if there:
                    m.chosen = max(there, key=lambda c: c.population)

    def _votes(self, mentions: list[Mention], weights_of, counties: dict, towns: dict,
               others) -> tuple[dict[str, tuple[Counter, Counter]], dict[str, Candidate]]:
        """Each name's guess (its resolved referent, else its best candidate under the weights
        ``weights_of(name)`` gives) and the country and admin1 votes the guess casts."""
        votes: dict[str, tuple[Counter, Counter]] = {}
        guesses: dict[str, Candidate] = {}
        provenance = self._provenance_only(mentions)
        for i, m in enumerate(mentions):
            # One vote per name: a namesake repeated ten times ("Dublin") must not outvote the rest.
            name = normalise(m.text)
            if name in votes:
                continue
            votes[name] = (Counter(), Counter())
            country_weights, admin1_weights = weights_of(name)
            guess = m.chosen or best_candidate(filter_by_cue(m.cands or [], m.cue), country_weights,
                                               self._enclosing(mentions, i), admin1_weights,
                                               named_counties=others(counties, name), named_towns=others(towns, name))
            if guess is None:
                continue
            guesses[name] = guess
            if guess.country and guess.level != "country":
                votes[name][0][guess.country] += 1
            if guess.level == "admin1" and name in provenance:
                pass  # "Sen. Ann Lee of Texas": where a person comes from, not where the story is (tp39)
            elif guess.level == "admin1":
                votes[name][1][(guess.country, guess.name)] += 2
            elif guess.admin1:
                votes[name][1][(guess.country, guess.admin1)] += 1
        return votes, guesses

    def _provenance_only(self, mentions: list[Mention]) -> set[str]:
        """Names every mention of which tells only where a named person comes from: ``<Person> of
        <State>`` (``Sen. Ann Lee of Ohio``) or ``<State> <Title> <Person>`` (``Ohio Sen. Ann Lee``),
        the state's name hung on the person's. Such a state casts no vote for the story's first-level
        division: a namesake town there should not win over a big city the story is set in
        (``the convention in Cleveland``; tp39, news-dev67's place class)."""
        seen: dict[str, bool] = {}
        for m in mentions:
            name = normalise(m.text)
            seen[name] = seen.get(name, True) and self._names_a_persons_home(m)
        return {name for name, only in seen.items() if only}

    def _names_a_persons_home(self, m: Mention) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
            owner = head.head  # "Sen. Ann Lee of Ohio": a state office's title before the name
            titled = lambda person: person.start > 0 and self._state_title(self.doc[person.start - 1])  # noqa: E731
        elif root.dep_ in ("compound", "nmod") and head.i >= span.end and any(
                self._state_title(t) for t in self.doc[span.end:head.i + 1]):
            owner = head  # "Ohio Sen. Ann Lee": the title between the state and the name
            while self._state_title(owner) and owner.dep_ == "compound" and owner.head.i > owner.i:
                owner = owner.head  # the parser may hang the state on the title
            titled = lambda person: True  # noqa: E731
        else:
            return False
        person = next((e for e in self.ents if e.label_ == "PERSON" and e.start <= owner.i < e.end), None)
        # a name of two words at least ("Ann Lee"): a title-case headline's "Mass. Concert Promoter" is none
        return person is not None and len(person) >= 2 and owner.pos_ == "PROPN" and titled(person) \
            and span.root.i not in range(person.start, person.end)

    def _state_title(self, token: Token) -> bool:
        """A title of a state's office (``Sen.``, ``Gov.``, ``Governor``: state_office of place_words.tsv,
        directly or through an abbreviation); not a sports role (``England striker Michael Owen``)."""
        word = token.lower_.rstrip(".")
        return word in self.state_offices or self.abbreviated_role.get(word) in self.state_offices

    def _enclosing(self, mentions: list[Mention], i: int) -> Candidate | None:
        """The admin1 or country named right after a place ("Springfield, Illinois", "Salem, Ore."),
        or after the last of the names listed with it ("Portland and Salem, Ore.")."""
        j = i
        while j + 1 < len(mentions) and not self._names_enclosing_state(mentions[j], mentions[j + 1]) and \
                _AND_OR_GAP.fullmatch(self.text[mentions[j].end:mentions[j + 1].start]):
            j += 1
        if j + 1 >= len(mentions):
            return None
        nxt = mentions[j + 1]
        if not _COMMA_GAP.fullmatch(self.text[mentions[j].end:nxt.start]) or not nxt.cands:
            return None
        return self._state_named(nxt)

    @staticmethod
    def _state_named(m: Mention) -> Candidate | None:
        """The admin1 or country a mention names: its own name, or an abbreviation's expansion
        ("Ore.", "N.Y."), which the gazetteer holds as an alternate name."""
        abbreviated = m.cue in ("abbreviation", "admin1")
        top = [c for c in m.cands or [] if c.level in ("admin1", "country") and (c.primary or abbreviated)]
        return top[0] if top else None

    def _town_in_named_state(self, mentions: list[Mention]) -> None:
        """``Paris, Texas``, ``Mexico, Mo.``, ``Berlin, N.H.``: a name right after which a comma and
        a state come is a place inside that state when the gazetteer has one there (hard evidence,
        like a cue word). Not in a list of one country's states ("Texas, Oklahoma"); a country's
        name ("Mexico", "Lebanon") only before an abbreviated state or a state that ends the
        phrase ("Lebanon, Pennsylvania, will"), not before a list of states ("Mexico, Texas and Arizona")."""
        for i, m in enumerate(mentions[:-1]):
            nxt = mentions[i + 1]
            if m.cue or not m.cands or not self._names_enclosing_state(m, nxt):
                continue
            state = self._state_named(nxt)
            if state is None or state.level != "admin1":
                continue
            if any(c.level == "admin1" and c.primary and c.country == state.country for c in m.cands):
                continue  # "Texas, Oklahoma": a list of states
            if any(c.level == "country" and c.primary for c in m.cands) and not (
                    nxt.cue == "abbreviation" or self._dotted_state(nxt.text) or
                    re.match(r"\s*(?:,\s*(?!and\b|or\b)[a-z]|[.;:)])", self.text[nxt.end:nxt.end + 12])):
                continue
            inside = [c for c in m.cands if c.level in ("city", "admin2", "landmark")
                      and c.country == state.country and c.admin1 == state.name]
            if inside:
                m.cands, m.cue, m.strong = inside, "enclosed", True

    @staticmethod
    def _weights(counts: Counter) -> dict:
        """Counts scaled so the most mentioned country or region weighs 1: local news names its
        own state a few times among many foreign-looking namesakes."""
        top = max(counts.values(), default=0)
        return {k: v / top for k, v in counts.items()} if top else {}

    def nominals(self, mentions: list[Mention]) -> list[Mention]:
        """'the main city' / 'the regional capital' after an admin1 region -> that region's city."""
        out: list[Mention] = []
        for match in NOMINAL.finditer(self.text):
            start = match.start() + 4  # keep "the" out of the span: the noun phrase's head is enough
            prior = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= NOMINAL_WINDOW
                     and m.chosen is not None and m.chosen.level in ("admin1", "city")]
            if not prior:
                continue
            ref = prior[-1].chosen
            # After a city, "the city" is that city again: a coreference, not a new toponym.
            if ref is None or ref.level != "admin1":
                continue
            ref = seat_of(ref, self._city_lookups(ref))
            if ref is None:
                continue
            out.append(Mention(start, match.end(), self.text[start:match.end()], "NOMINAL", chosen=ref))
        for match in re.finditer(r"(?:'s|’s) ((?:regional|provincial) capital)\b", self.text):
            owner = [m for m in mentions if m.end == match.start() and m.chosen is not None and m.chosen.level == "admin1"]
            if owner and owner[0].chosen is not None:
                city = seat_of(owner[0].chosen, self._city_lookups(owner[0].chosen))
                if city is not None:
                    out.append(Mention(match.start(1), match.end(1), match.group(1), "NOMINAL", chosen=city))
        return out

    def _city_lookups(self, admin1: Candidate) -> list[Candidate]:
        cities: list[Candidate] = []
        for name in {admin1.name, *_short_names(admin1.name)}:
            cities += self.gaz.lookup(name)
        return cities

    # --- local and wire news (brief s17-places17) ----------------------------------------
    def _facility_head_at(self, text: str, start: int) -> bool:
        """Whether ``text[start:]`` opens with a street's or school's head word ("Avenue", "High
        School"; ``facility_head`` of ``place_words.tsv``), capitalised as in a name."""
        words = text[start:].split(" ", 3)
        if not words or not words[0][:1].isupper():
            return False

        def ends(n: int) -> bool:  # "Lincoln School", not "Boston School Committee" (the town's own body)
            return len(words) <= n or not words[n][:1].isupper() or words[n - 1][-1:] in ".,;:"

        if len(words) > 1 and words[1][:1].isupper() and \
                f"{words[0]} {words[1]}".rstrip(".,;:").lower() in self.facility_heads and ends(2):
            return True
        return words[0].rstrip(".,;:").lower() in self.facility_heads and ends(1)

    def _county_names(self, mentions: list[Mention]) -> list[Mention]:
        """'Lafourche Parish', 'Cranberry Township': a run of capitalised words ending in a second-level
        cue ('County', 'Parish', 'Borough', 'Township') that the gazetteer knows whole is one
        toponym, whatever spaCy labelled its parts (the small model calls 'Lafourche' an
        organisation and 'Parish' a nationality). Mentions inside it give way; a longer mention
        holding it stays."""
        for run in re.finditer(r"\b((?:[A-Z][\w'.-]*[ ]){1,3})(County|Parish|Borough|Township)\b", self.text):
            words = run.group(1).split()
            for k in range(len(words)):
                name = " ".join(words[k:]) + " " + run.group(2)
                start = run.end() - len(name)
                end = run.end()
                if not any(c.primary and c.level in ("admin2", "city") and normalise(c.name) == normalise(name)
                           for c in self.gaz.candidates(name)):
                    continue
                inside = [m for m in mentions if m.start < end and start < m.end]
                if any(m.start < start or m.end > end for m in inside) or \
                        any((m.start, m.end) == (start, end) for m in inside):
                    break  # a longer name holds it, or it was found whole
                mentions = [m for m in mentions if m not in inside]
                mentions.append(Mention(start, end, name, "GPE"))
                break
        return mentions

    def _abbreviated_saints_and_forts(self, mentions: list[Mention]) -> list[Mention]:
        """'Ft. Worth', 'St. Paul', 'Mt. Airy': spaCy may label only the abbreviation ('Ft'); the name
        goes on after the dot when the gazetteer knows the longer name (lookups fold 'Ft.' into
        'Fort'). A lone 'Ft' or 'St' is no place."""
        kept: list[Mention] = []
        for m in mentions:
            if m.text in ("Ft", "St", "Mt", "Ste", "Pt", "Ft.", "St.", "Mt.", "Ste.", "Pt."):
                rest = re.match(r"\.? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", self.text[m.end:m.end + 40])
                if rest is None:
                    continue
                for n in (2, 1):
                    longer = self.text[m.start:m.end] + rest.group()[:len(rest.group()) - len(rest.group(1))] + \
                        " ".join(rest.group(1).split()[:n])
                    if len(rest.group(1).split()) >= n and any(c.primary and c.level in ("city", "admin2")
                                                              for c in self.gaz.candidates(longer)):
                        m.end = m.start + len(longer)
                        m.text = longer
                        break
                else:
                    continue
            kept.append(m)
        return kept

    def _not_a_toponym_here(self, m: Mention, mentions: list[Mention]) -> bool:
        """Town names in positions where they name no place:

        - a title word alone ('Mrs.' is Marseille's code among GeoNames' alternate names);
        - a given name (``given_names.tsv``) right before a surname: 'Orlando Ruiz, the trainer',
          'Nurse Florence Carter' (the next word a capitalised proper noun the gazetteer does not
          know, no cue or head word);
        - the name before a street's or school's head ('Dallas Avenue', 'Lincoln High School':
          named after a town elsewhere or a person), unless the article names that place
          elsewhere on its own ('Springfield High School' in a Springfield story);
        - a landmark that is a capitol or the like after a state's name: 'the Texas Capitol' is not
          Capitol Hill."""
        if m.infra or m.label == "LAND":
            return False
        key = normalise(m.text)
        if key.rstrip(".") in PERSON_TITLES and len(m.text) <= 5 and re.match(r"\s+[A-Z]", self.text[m.end:m.end + 3]) \
                and not re.search(r",\s*$", self.text[max(0, m.start - 3):m.start]):
            return True  # "Mrs. Sharon Hamilton", not "Jackson, Miss. --"
        after = self.text[m.end:m.end + 40]
        if self._facility_head_at(after, 1) and after.startswith(" "):
            return not any(normalise(o.text) == key and not (o.end + 1 < len(self.text) and
                                                            self._facility_head_at(self.text[o.end:o.end + 40], 1))
                           for o in mentions if o is not m)
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        if len(span) == 1 and key in self.person_given_names and span.end < len(self.doc):
            nxt = self.doc[span.end]
            if nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.text.isupper() \
                    and not self.gaz.is_place_name(nxt.text) and not cue_level(nxt.text) \
                    and nxt.lower_ not in self.facility_heads and nxt.lower_ not in self.water_heads \
                    and span[0].dep_ == "compound" and span[0].head.i == nxt.i:
                return True
        if m.label == "FAC" and span.start > 0 and self.doc[span.start - 1].ent_type_ == "GPE":
            top = self.gaz.candidates(m.text)[:1]
            before = self.gaz.candidates(self.doc[span.start - 1].text)[:1]
            return bool(top and top[0].level == "landmark" and before and before[0].level in ("admin1", "city"))
        return False

    def _named_water_or_region(self, span: Span) -> bool:
        """'The Danube rose': a river, sea or region of the project's table after 'the' that spaCy
        labelled a person or organisation is that feature (such names are matched whole only)."""
        if span.start == 0 or self.doc[span.start - 1].lower_ != "the":
            return False
        top = self.gaz.candidates(span.text)[:1]
        return bool(top and top[0].primary and top[0].level in ("water", "region"))

    def _town_listed_with_town(self, mentions: list[Mention]) -> None:
        """'damaged homes in Athens and Palestine' (Texas): a name resolved as a country, listed
        with a town, is the town of that name in the same state when the gazetteer has one there
        (a list of places names things of one kind and one area)."""
        groups: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.list_id is not None:
                groups.setdefault(m.list_id, []).append(m)
        for group in groups.values():
            areas = {(m.chosen.country, m.chosen.admin1) for m in group
                     if m.chosen and m.chosen.level == "city" and m.chosen.admin1}
            for m in group:
                if m.chosen is None or m.chosen.level != "country" or m.strong:
                    continue
                towns = [c for c in m.cands or [] if c.level == "city" and c.primary and (c.country, c.admin1) in areas]
                if towns:
                    m.chosen = max(towns, key=lambda c: c.population)

    def _towns_of_the_story(self, mentions: list[Mention]) -> list[Mention]:
        """Small towns of the story's own state or county that recognition left out: 'in Lititz and
        Ephrata' (spaCy: an organisation), 'Montpelier and Barre' (a person), 'Reading police' and
        'Independence police' at a sentence's start (a verb, a noun). A capitalised name in a
        place's position (after a preposition of place, listed with a place, or before a town's
        own body or people: ``local_body``) that is the main name of a town of 5,000+
        people inside a first-level division another resolved place of the article lies in (or
        is) is that town. Person titles, given names, surnames and demonyms are left alone."""
        areas = set()
        for m in mentions:
            c = m.chosen
            if c is None or c.level not in ("admin1", "admin2", "city"):
                continue
            areas.add((c.country, c.name if c.level == "admin1" else c.admin1))
        countries = {m.chosen.country for m in mentions if m.chosen is not None and m.chosen.level == "country"}
        if not areas and not countries:
            return []
        taken = [(m.start, m.end) for m in mentions]
        found: list[Mention] = []

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in taken)

        spans: list[Span] = []
        for ent in self.ents:
            if ent.label_ in MISLABELS and len(ent) <= 3 and ent[0].text[:1].isupper() and (
                    self._locative_context(ent) or self._before_local_body(ent) or self._listed_with(ent, mentions)):
                spans.append(ent)
        for i in capitalised_untagged_words(self.doc):
            tok = self.doc[i]
            if tok.ent_type_ or not tok.is_alpha or not tok.text[:1].isupper() or tok.is_upper:
                continue
            for n in (2, 1):
                span = doc_span(self.doc, tok.i, tok.i + n)
                if len(span) == n and all(t.text[:1].isupper() and t.is_alpha and not t.ent_type_ for t in span) \
                        and (self._before_local_body(span) or self._untagged_after_preposition(span)):
                    spans.append(span)
                    break
        for span in spans:
            if not free(span.start_char, span.end_char):
                continue
            key = normalise(span.text)
            if key in self.person_given_names or key in self.surnames or key in self.given_names or key in self.body_words or \
                    is_demonym(span.text, self.demonyms) or self._person_title_before(span) or key in COMPASS:
                # a given name before a town's body ('Lawrence police') that a county of the story holds (police17)
                named = [] if key in self.body_words or is_demonym(span.text, self.demonyms) or \
                    self._person_title_before(span) or not self._before_local_body(span) else \
                    self._towns_in_named_county(span, mentions)
                if named:
                    town = max(named, key=lambda c: c.population)
                    found.append(Mention(span.start_char, span.end_char, span.text, "STORY", cands=named, chosen=town))
                    taken.append((span.start_char, span.end_char))
                continue
            towns = [c for c in self.gaz.candidates(span.text) if c.level == "city" and c.primary
                     and c.population >= 5_000 and (c.country, c.admin1) in areas]
            if not towns:
                towns = self._small_towns(span, areas, countries)
            if not towns:
                towns = self._towns_in_named_county(span, mentions)  # police17
            if not towns:
                continue
            town = max(towns, key=lambda c: c.population)
            found.append(Mention(span.start_char, span.end_char, span.text, "STORY", cands=towns, chosen=town))
            taken.append((span.start_char, span.end_char))
        return found

    def _small_towns(self, span: Span, areas: set, countries: set) -> list[Candidate]:
        """Towns under the 5,000 floor and towns known by another spelling, in a place's position (brief
        s21-places21: villages and small towns of the story's own area): a town of any size of the gazetteer
        whose first-level division another resolved place of the article lies in (``near Tarnowo`` in a story
        naming its province), a town of 15,000+ that bears the name as an alternate spelling there, or a town
        of 5,000+ (15,000+ by an alternate spelling) in a country the article names. Never a name that is
        also an English word or a well-known name of something else (``english_words``: ``at Harvard``,
        ``in Congress``) or a family name: without the word list the rule is off."""
        key = normalise(span.text)
        if not self.english_words or key.replace(" ", "_") in self.english_words:
            return []
        found = []
        for c in self.gaz.candidates(span.text):
            if c.level != "city":
                continue
            least = 15_000 if not c.primary else 0
            in_area = (c.country, c.admin1) in areas and c.population >= least
            if in_area or (c.country in countries and c.population >= max(least, 5_000)):
                found.append(c)
        return found

    def _untagged_after_preposition(self, span: Span) -> bool:
        """'stabbed in Reading town centre' (spaCy: a verb): one capitalised word no entity holds right after
        a preposition of place (so never a sentence's first word; police17)."""
        return len(span) == 1 and span.start > 0 and self.doc[span.start - 1].lower_ in LOCATIVE_PREPOSITIONS

    def _towns_in_named_county(self, span: Span, mentions: list[Mention]) -> list[Candidate]:
        """'Lawrence police ... Douglas County prosecutors': a town and a county of the same story that meet in
        one state only (a county of that name in several states, resolved by population to another) are
        that town and that county: the county mention is resolved again to the one holding the town, as
        the named-counties score does for recognised towns (docs/places.md; police17). [] when the town
        lies in no candidate county, or in those of several states."""
        if not self._before_local_body(span) and not self._untagged_after_preposition(span):
            return []
        counties: dict[tuple, tuple[Mention, Candidate]] = {}
        for m in mentions:
            if m.chosen is None or m.chosen.level != "admin2" or not m.cands:
                continue
            for c in m.cands:
                if c.level == "admin2" and normalise(c.name) == normalise(m.chosen.name):
                    counties[(c.country, c.admin1, c.admin2)] = (m, c)
        if not counties:
            return []
        # any town of the gazetteer (cities500): a county named in the story is narrow evidence ("A Clarkson
        # woman ... Colfax County prosecutors", a village of 600; dev13p)
        towns = [c for c in self.gaz.candidates(span.text) if c.level == "city" and c.primary
                 and (c.country, c.admin1, c.admin2) in counties]
        if len({(c.country, c.admin1) for c in towns}) != 1:
            return []
        mention, county = counties[(towns[0].country, towns[0].admin1, towns[0].admin2)]
        mention.chosen = county
        return towns

    def _listed_with(self, span: Span, mentions: list[Mention]) -> bool:
        """'Terrebonne Parish and Houma': a name joined by 'and'/'or' to a resolved place mention."""
        joint = _AND_OR_GAP
        # The gap is matched in place (pos, endpos), not sliced: each mention of the article is tried, and
        # the text between it and a name far off is long. A reversed range matches nothing, as an empty
        # slice does (the gap has a space at least).
        return any(m.chosen is not None and (joint.fullmatch(self.text, m.end, span.start_char) or
                                             joint.fullmatch(self.text, span.end_char, m.start))
                   for m in mentions if m.end <= span.start_char or m.start >= span.end_char)

    def _before_local_body(self, span: Span) -> bool:
        """'Reading police', 'a Barre man': the name right before a town's body or people."""
        return span.end < len(self.doc) and self.doc[span.end].lower_ in self.local_bodies

    def _one_spoken_to(self, m: Mention) -> bool:
        """``<Name> told Bloomberg in late May``: the object of a verb whose object is the one spoken to
        (``addressee`` of speech_cues.tsv) is a person or a body, and a name the gazetteer does not know
        standing there names no place."""
        token = next((t for t in self.doc if t.idx == m.start), None)
        if token is None or not self.doc.has_annotation("DEP"):
            return False
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() in self.addressed_verbs

    def _no_place_unknown(self, m: Mention) -> bool:
        """A name the gazetteer does not know that is no place (places25): the family name of a person the
        entities stage named in full (``Dana Kowalczyk ... Kowalczyk said``, which the model may label a
        place), the subject of a degree after its noun (``degree_word``: ``a Master of Divinity``), or
        the one a verb of telling speaks to (qtp34)."""
        key = normalise(m.text)
        before = re.search(r"([A-Za-z']+) (?:of|in) $", self.text[max(0, m.start - 30):m.start])
        if before and before.group(1).lower() in self.degree_words:
            return True
        if self._one_spoken_to(m):
            return True
        return " " not in key and any(
            e.type == "PERSON" and any(" " in s.text and normalise(s.text.rsplit(" ", 1)[-1]) == key
                                       for s in e.mentions)
            for e in self.doc._.entities or [])

    # --- output ----------------------------------------------------------------------
    def _entity_named_like_a_town(self, m: Mention, mentions: list[Mention]) -> bool:
        """``Gallup's own tracking poll``, ``approved of Obama``, ``Google's parent company``: a name the
        entities stage made a mention of a person or a body, which the gazetteer knows only as a town (no
        country or first-level division; a town under its own name of under 100,000 people, or any town
        by an alternate name), is that person or body, not the town -- unless the text puts the name
        where places go at least once (``in X``, ``X-based``, ``X, <State>``). A person counts when the
        article names him in full (the entity's name is longer than the word) or the word is his
        family name, or when he is known by the word alone and it is the subject of a verb of saying
        (``..., Marwick said``: a town does not speak; ents42); a firm or an outlet when every mention of the name is one of it."""
        c = m.chosen
        if c is None or m.infra or m.strong or c.level != "city" \
                or (c.primary and c.population >= MAJOR_CITY):
            return False
        key = normalise(m.text)
        same = [o for o in mentions if normalise(o.text) == key]
        if any(self._place_syntax(o) for o in same):
            return False
        for entity in self.doc._.entities or []:
            if entity.type not in ("PERSON", "ORG"):
                continue
            spans = {(s.start, s.end) for s in entity.mentions}
            if (m.start, m.end) not in spans:
                continue
            if entity.type == "PERSON":
                if normalise(entity.name) == key:
                    # "..., Marwick said": a person known by this one word who speaks (ents42)
                    return any(self._speaks(s) for s in entity.mentions if normalise(s.text) == key)
                return normalise(entity.name).endswith(key)
            # a body coded as a firm or a news outlet (place_words.tsv firm_sector): a town's
            # council, team or government ("win over <Town>") keeps the town
            return bool({s.lower() for s in entity.sector} & self.firm_sectors) and all(
                (o.start, o.end) in spans for o in same)
        return False

    def _speaks(self, span) -> bool:
        """Whether a mention's word is the subject of a verb of saying (``Marwick said``, ``said Marwick``)."""
        token = next((t for t in self.doc if t.idx == span.start), None)
        return token is not None and self.doc.has_annotation("DEP") and token.dep_ == "nsubj" \
            and token.head.lemma_.lower() in self.speech_verbs

    def _place_syntax(self, m: Mention) -> bool:
        """The name stands where only places go: after ``in``, ``at``, ``near`` and the like (not
        ``between``, ``from`` or ``to``, which persons and bodies take as well), hyphened to
        ``based``, or followed by a comma and a state or country."""
        before = re.search(r"(\w+)\s+$", self.text[max(0, m.start - 20):m.start])
        if before and before.group(1).lower() in STRICT_LOCATIVE_PREPOSITIONS:
            return True
        after = self.text[m.end:m.end + 40]
        if re.match(r"-based\b", after):
            return True
        following = re.match(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", after)
        return bool(following) and any(
            c.level in ("admin1", "country") for c in self.gaz.candidates(following.group(1))[:1])

    def places(self) -> list[Place]:
        mentions = self.recognise()
        self.resolve(mentions)
        mentions = [m for m in mentions if not self._entity_named_like_a_town(m, mentions)]
        self._town_listed_with_town(mentions)
        # the story's own state, a town's body, bare counties in a list of figures (dev13p)
        places_story.county_after_state_possessive(self, mentions)
        places_story.counties_of_the_story_state(self, mentions)
        places_story.town_before_its_body(self, mentions)
        mentions += places_story.listed_counties(self, mentions)
        mentions += places_story.bare_counties_in_figure_lists(self, mentions, self.county_words)
        mentions += places_local.local_places(self, mentions, self.settlements)  # dev15p
        mentions += self._towns_of_the_story(mentions)
        mentions += places_again.names_again(self, mentions)  # places25
        mentions += self.nominals(mentions)
        mentions.sort(key=lambda m: m.start)
        groups: dict[tuple, list[Mention]] = {}
        for m in mentions:
            if m.infra and m.chosen:
                key: tuple = ("infra", normalise(m.text))
            else:
                key = m.chosen.key if m.chosen else ("?", normalise(m.text), m.label)
            groups.setdefault(key, []).append(m)
        places: list[Place] = []
        body_names: set[tuple[int, int]] | None = None
        for group in groups.values():
            c = group[0].chosen
            spans = [SpanRecord.of(self.text, m.start, m.end) for m in group]
            if c is None:
                if group[0].label == "FAC":
                    continue  # unknown buildings and roads are too many and rarely geocodable
                if self._no_place_unknown(group[0]):
                    continue
                if body_names is None:
                    body_names = {(m.start, m.end) for e in self.doc._.entities or [] if e.type == "ORG" for m in e.mentions}
                if " " not in group[0].text and all((m.start, m.end) in body_names for m in group):
                    continue  # one word no gazetteer row knows, each time a body's name (ents26: "rivals including Zentel")
                places.append(Place(id=f"p{len(places) + 1}", name=group[0].text, mentions=spans))
                continue
            if group[0].infra:
                # the landmark at its town's point: no GeoNames id of its own
                places.append(Place(
                    id=f"p{len(places) + 1}", name=group[0].text, feature_code=group[0].infra[0], level="landmark",
                    country=c.country, admin1=c.admin1, admin2=c.admin2, lat=c.lat, lon=c.lon, mentions=spans,
                ))
                continue
            places.append(Place(
                id=f"p{len(places) + 1}", name=c.name, geonameid=c.geonameid, feature_code=c.feature_code,
                level=c.level, country=c.country, admin1=c.admin1, admin2=c.admin2,  # type: ignore[arg-type]
                lat=c.lat, lon=c.lon,
                mentions=spans,
            ))
        if self.doc._.entities:
            # codes46: a body named after a place of the story is of the country the places were read in
            places_country.bodies_after_story_places(self.gaz, self.doc._.entities, places,
                                                     lambda name: _gazetteer_country(self.gaz, name))
        return places


_CAPITALISED: dict[int, bool] = {}


def _capitalised(orth: int, strings: StringStore) -> bool:
    """Whether the word with this id starts with a capital letter (cached by id)."""
    found = _CAPITALISED.get(orth)
    if found is None:
        if len(_CAPITALISED) >= 200_000:
            _CAPITALISED.clear()
        found = _CAPITALISED[orth] = strings[orth][:1].isupper()
    return found


def _short_names(admin1_name: str) -> list[str]:
    """'Kharkiv Oblast' -> ['Kharkiv']: the name its seat city usually bears."""
    words = admin1_name.split()
    return [" ".join(words[:-1])] if len(words) > 1 and cue_level(words[-1]) else []


PLACE_WORDS_FILE = "place_words.tsv"


def _place_words(directory: Path, kind: str) -> frozenset[str]:
    """The words of one kind in ``place_words.tsv`` (none when a saved pipeline predates the file)."""
    return kind_words(Path(directory) / PLACE_WORDS_FILE, kind)


class PlacesStage(TableStage):
    """spaCy component: sets ``doc._.places``. Owns the gazetteer and the actor dictionary's
    country words (its ``data_dir``)."""

    extension = "places"
    tables = (GAZETTEER_FILE, PLACE_WORDS_FILE, *WORD_FILES, *ACTOR_FILES, CUES_FILE)

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        super().__init__(name, data_dir)
        self._nlp = nlp
        self._words: frozenset[str] | None = None

    def _english_words(self) -> frozenset[str]:
        """Every word of the model's lemmatizer index (lower case, multiword names joined by ``_``), read
        once; empty when the model has no such index."""
        if self._words is None:
            words: set[str] = set()
            with contextlib.suppress(KeyError, ValueError, AttributeError):
                index = self._nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
                for listed in index.values():
                    words.update(listed)
            self._words = frozenset(words)
        return self._words

    def load_tables(self, directory: Path) -> None:
        # The tables load with the pipeline, not inside the first article (the gazetteer takes
        # about a quarter of a second).
        actors = load_actor_dictionary(directory)
        self._demonyms = _demonym_words(actors)
        self._actors = actors
        self._legal_forms = frozenset(actors.words.company_word)
        self._motion_words = frozenset(actors.words.motion)
        self._given_names = frozenset(actors.given_names)
        self._land_heads = _place_words(directory, "land_head")
        self._sport_words = _place_words(directory, "sport_word")
        self._result_verbs = _place_words(directory, "result_verb")
        self._water_heads = _place_words(directory, "water_head")
        self._region_heads = _place_words(directory, "region_head")
        self._feature_heads = _place_words(directory, "feature_head")
        self._facility_heads = _place_words(directory, "facility_head")
        self._local_bodies = _place_words(directory, "local_body")
        self._body_words = _place_words(directory, "body_word")
        self._county_words = _place_words(directory, "county_word")
        self._common_word_regions = _place_words(directory, "common_word_region")
        self._disease_heads = _place_words(directory, "disease_head")
        self._disease_names = _place_words(directory, "disease_name")
        self._building_heads = _place_words(directory, "building_head")
        self._degree_words = _place_words(directory, "degree_word")
        self._area_nouns = _place_words(directory, "area_noun")
        self._national_gatherings = _place_words(directory, "national_gathering")
        self._state_codes = places_pairs.read_state_codes(directory)
        self._party_initials = _place_words(directory, "party_initial")
        self._firm_sectors = _place_words(directory, "firm_sector")
        self._state_offices = _place_words(directory, "state_office")
        cues = load_cue_lexicon(directory)
        self._addressed_verbs = cues.addressees
        self._speech_verbs = frozenset(lemma for lemma, cue in cues.verbs.items() if cue.speech)
        # names of months, weekdays, seasons and named days (time_words.tsv): a DATE span they begin is a date
        self._time_names = tuple(frozenset(words) for kind, words in load_words(directory).time.items()
                                 if kind in ("month", "weekday", "season", "namedday"))
        self._region_spellings = places_story.read_region_spellings(directory)
        self._settlements = places_local.settlement_pattern(places_local.read_words(directory, PLACE_WORDS_FILE))
        self.gazetteer: Gazetteer | None = None
        with contextlib.suppress(OSError, ValueError):  # __call__ loads it again and reports the error there
            self.gazetteer = load_gazetteer(directory)

    def __call__(self, doc: Doc) -> Doc:
        try:
            gazetteer = self.gazetteer or load_gazetteer(self.data_dir)
            finder = PlaceFinder(doc, gazetteer, self._demonyms, self._result_verbs,
                                 self._water_heads, self._given_names, self._land_heads,
                                 self._sport_words, self._region_heads, self._facility_heads,
                                 self._local_bodies, self._body_words, self._county_words,
                                 self._region_spellings, self._settlements, self._common_word_regions,
                                 self._english_words(), self._building_heads)
            finder.disease_heads, finder.disease_names = self._disease_heads, self._disease_names
            finder.feature_heads = self._feature_heads
            finder.legal_forms, finder.role_word = self._legal_forms, self._actors.role
            finder.motion_words = self._motion_words
            finder.abbreviated_role = self._actors.words.abbreviated_role
            finder.time_names = self._time_names
            finder.area_nouns = self._area_nouns
            finder.national_gatherings = self._national_gatherings
            finder.state_codes, finder.degree_words = self._state_codes, self._degree_words
            finder.party_initials, finder.firm_sectors = self._party_initials, self._firm_sectors
            finder.state_offices = self._state_offices
            finder.addressed_verbs, finder.speech_verbs = self._addressed_verbs, self._speech_verbs
            doc._.places = finder.places()
        except (OSError, ValueError) as exc:  # a missing or corrupt index: no places, not a crash
            logging.getLogger(__name__).warning("places stage skipped: %s", exc)
            doc._.places = []
        return doc


@Language.factory("newsevents_places", default_config={"data_dir": None}, requires=["doc.ents"],
                  assigns=["doc._.places"])
def make_places_stage(nlp: Language, name: str, data_dir: str | None) -> PlacesStage:
    """``data_dir``: a folder with the gazetteer and actor tables named as in ``newsevents/data``
    (None: the packaged ones)."""
    return PlacesStage(nlp, name, data_dir)
