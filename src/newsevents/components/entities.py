"""Entities resolved within the article, with actor codes.

Every mention of one referent becomes one entity: names (``President Joe Biden``, ``Mr Biden``,
``Biden``), role descriptions (``the Russian president``, resolved through the article or the
actor dictionary for the publication date), government metonyms (``the Kremlin``, ``Kyiv has
said``), groups (``Russian troops``, ``civilians``) and third-person pronouns. Codes come from
the title and modifiers in the text first, then from the actor dictionary.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents.actors import ACTOR_FILES, ActorDictionary, key_opening, load_actor_dictionary, normalise_name
from newsevents.components.base import TableStage
from newsevents.components.entities_framed import FramedNameRules
from newsevents.components.entities_lookalikes import LookalikeNameRules
from newsevents.components.quotes import CUES_FILE, POST_SIGNATURE, find_quote_spans, load_cue_lexicon
from newsevents.docquery import clause_verb, doc_sentences, doc_span, doc_text, entity_at, sentence_paragraphs  # noqa: F401 - entity_at re-exported
from newsevents.eventcoding import topic
from newsevents.eventcoding.home_codes import PARTY_HOMES, argument_side
from newsevents.geo.gazetteer import GAZETTEER_FILE, Gazetteer, load_gazetteer, names_major_place_in_part
from newsevents.geo.resolve import cue_level
from newsevents.record import Entity
from newsevents.record import Span as SpanRecord
from newsevents.temporal.lexicon import packaged_words
from newsevents.timeutil import parse_published

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# the tags of a finite verb (a verb with a tense of its own, not "to say", "saying")
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# A person known to be of the pronoun's gender outweighs one of unknown gender a sentence nearer.
GENDER_KNOWN_BONUS = 1.75
# a person of the clause an adverbial clause hangs on, for the adverbial clause's subject pronoun
ADVERBIAL_HOST_BONUS = 3.5
# the person the text arrested or charged, for the passive subject pronoun of a verb of custody ("He is being held")
CUSTODY_BONUS = 3.0
# Sentences back (from its own) in which a description with several fitting people looks for one.
DESCRIPTION_WINDOW = 2
# "Tom Reed (R-Ohio)": a party's letter, a hyphen and a state in a bracket right after a name
PARTY_BRACKET = re.compile(r"\s*\(\s*([A-Z])\s*[-\u2010\u2011\u2013]\s*([A-Z][A-Za-z. ]{0,20})\)")
# "Sen. Ann Lee, R-Texas, said", "Rep. Tom Reed, D-N.Y.": the party and state of a US legislator set off by
# commas after the name (a one-letter party, a hyphen, a state's name or short form of one or two words)
PARTY_COMMA = re.compile(r",\s*([A-Z])[-\u2010\u2011\u2013]([A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.?)?)(?=[\s,;:)]|$)")
# Quantities and coordination inside a noun chunk say how many, not who ("at least 12 people").
NON_DESCRIPTIVE_DEPS = {"nummod", "quantmod", "advmod", "preconj", "cc", "npadvmod"}
NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# tags of a verb's forms whose lemma may be a role's noun ("starring": "star")
VERB_FORM_TAGS = frozenset({"VBG", "VBN", "VBD", "VBZ", "VBP"})
# the model's labels that no proper name of a person or a body carries
CALENDAR_NAMES = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
NON_NAME_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "DATE", "TIME", "MONEY", "CARDINAL",
                   "QUANTITY", "PERCENT", "ORDINAL"}
# a game's score ("35-31", "6–3"): with a verb of a result, its subject and object are teams
SCORE = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,%])")
# A press release's speaker line: a name in capitals (two to four words) opening a line or a
# sentence, a spaced dash, and the words of the line up to a quotation mark (its role).
SPEAKER_LINE = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>[A-Z][A-Z'\u2019-]*[A-Z](?:[ \t]+[A-Z][A-Z'\u2019-]*[A-Z]){1,3})[ \t]+[-\u2013\u2014][ \t]+"
    r"(?P<role>[^\n\"\u201c]{1,80}?)[ \t]*(?=\n|[\"\u201c])", re.M)
# A spaced dash ends a name ("Gerard Jugnot - star", a caption's "Jane Roe - Racing Stripes").
NAME_BREAKS = frozenset({"-", "–", "—", "|"})
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# "Maria Delgado, 45, works nights": a name introduced with an age set off by commas (quotes24)
AGE_APPOSITION = re.compile(r",\s*\d{1,3},")
# Compiled once, not looked up in the re module's cache at every call: what an outlet's name
# keeps of its letters (``_masthead_words``), a caption's first word ending in a stop and a dash
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_SIGNED_WORD = re.compile(r"[^\W\d_]+[.!?][-–—]")


# doc.user_data key of the story's country as its people and bodies show it, counted once by the
# entity stage from evidence only (country words, the tables, the dictionaries), before any code is
# presumed from it; the event stage reads it.
STORY_COUNTRY = "newsevents_story_country"
# The dependencies of a clause's subject and objects: two of them are two parties of one verb.
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_OBJECTS = frozenset({"dobj", "iobj", "dative"})
CLAUSE_ARGUMENTS = CLAUSE_SUBJECTS | CLAUSE_OBJECTS


def clear_focus(mentions_by_country: dict[str, int], sentences: int) -> str | None:
    """The country a story is clearly about: mentioned at least twice as often as the next, and
    more than once unless the story is a sentence or two ("in the US" once is no focus)."""
    ranked = sorted(mentions_by_country.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None  # no clear focus: better no country than a guess
    if ranked[0][1] < 2 and sentences > 2:
        return None
    return ranked[0][0]


# Gazetteer levels of a place of weight that a name may be in whole (a place, not a body).
REGION_LEVELS = frozenset({"country", "admin1", "region"})
# People in a city whose name alone, at the head of a firm's name, stands for it ("Tokyo Electric").
PROMINENT_CITY = 1_000_000
# A place a city's other name may mean when it is an office's home ("the mayor of Frankfurt"):
# a city or region of this many people, so a short name is read as the great city, not a hamlet.
PROMINENT_HOME = 100_000


def _reporting_clause(verb: Token, speech_verbs: Container[str]) -> Token | None:
    """The clause right under a verb of saying that holds ``verb``: ``verb`` itself when it is
    that verb's ``ccomp``, or the clause it is nested in through at most two more
    ``ccomp``/``xcomp`` steps (``Ann Hale said Tom Lee was expecting Jo Moore to stay``: ``Moore``
    is a subject of what she reported too; dev13q, news-dev13's last ``she said``)."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
            return None
        if node.head.lemma_.lower() in speech_verbs:
            return node if node.dep_ == "ccomp" else None
        node = node.head
    return None


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # name, title, role, group, metonym, pronoun
    head: Token
    sent: int


@dataclass
class Description:
    """A person described rather than named: ``the singer``, ``her husband``, ``the 45-year-old``."""

    start: int  # token range
    end: int
    noun: str | None  # normalised head noun ("singer"), None for a bare age
    kind: str  # identity, relation, plain, role or age (see data/person_nouns.tsv)
    gender: str | None
    age: int | None
    country: str | None
    sectors: list[str]
    marks: set[str]  # capitalised modifiers that must match ("Democratic", "FBI")
    owner: int | None  # token index of a possessor ("her husband")
    # "a neighbour": someone new, who may be named after (a boy, named X) but is nobody named before
    introduced: bool = False
    # the gender of a pronoun the description's person took ("The whistleblower said she ..."):
    # it only chooses among several who fit nearby, never excludes anyone
    pronoun_gender: str | None = None


@dataclass
class Cluster:
    type: str
    name: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    title: str | None = None
    role: str | None = None  # normalised role noun of the title ("president")
    gender: str | None = None
    needs_country: bool = False  # a governmental title with no country in the text
    # Why descriptions were linked to this person ("the singer" <- "Singer Jane Roe").
    evidence: list[str] = field(default_factory=list)
    # Introduced by an indefinite ("a Chinese boy"): a new person, never a description of one named.
    introduced: bool = False
    # Nouns the text calls a named body by ("Acme Foods, the company which ..." -> "company").
    nouns: set[str] = field(default_factory=set)
    # Capitalised words of an unnamed person's description ("the Democratic candidate").
    marks: frozenset[str] = frozenset()

    def first(self) -> int:
        return min(m.start for m in self.mentions)


def _gazetteer_is_place(gaz: Gazetteer | None, text: str) -> bool:
    # no gazetteer (a missing or corrupt index, which the places stage reports): no place
    return gaz is not None and gaz.is_place_name(text)


@functools.cache
def _common_word_regions() -> frozenset[str]:
    """web19: the packaged place_words.tsv ``common_word_region`` names ("Centre"): divisions named by a
    common word, which the places stage resolves only in a story naming their country; here no name of them
    gives a party or a story its country ("the Centre" of Indian news is no Burkinabe region)."""
    path = Path(__file__).resolve().parent.parent / "data" / "place_words.tsv"
    with contextlib.suppress(OSError):
        return frozenset(line.split("\t")[1].strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
                         if line.startswith("common_word_region\t"))
    return frozenset()


def _gazetteer_country(gaz: Gazetteer | None, text: str) -> str | None:
    """The country of the place a name most likely means (the most populous of the places so
    named, counting only regions and cities of some size), or None when it names no place."""
    if text.strip().lower() in _common_word_regions():
        return None
    candidates = gaz.candidates(text) if gaz is not None else ()
    places = [c for c in candidates if c.primary and c.country and (c.level in {"admin1", "country"} or c.population >= 15_000)]
    return max(places, key=lambda c: c.population).country if places else None


def _gazetteer_city_country(gaz: Gazetteer | None, text: str) -> str | None:
    """The country of the most populous city or region a name may mean, by any of its names
    (``Frankfurt`` for Frankfurt am Main); only for a name the tagger took for a place and the
    sentence makes an office's or a body's home ("the mayor of Frankfurt")."""
    candidates = gaz.candidates(text) if gaz is not None else ()
    places = [c for c in candidates if c.country and c.level in {"admin1", "city"} and c.population >= PROMINENT_HOME]
    return max(places, key=lambda c: c.population).country if places else None


def _gazetteer_prominent(gaz: Gazetteer | None, text: str) -> bool:
    """A name that is a country's or a city's of a million people: a firm named after it is
    named after that place ("Tokyo Electric"), not after a region or a town that shares a
    common word ("Delta", a Nigerian state)."""
    candidates = gaz.candidates(text) if gaz is not None else ()
    # a city's other name counts ("New York" for New York City); a region's must be its own
    return any(c.primary and c.level == "country" or c.level == "city" and c.population >= PROMINENT_CITY
               for c in candidates)


def _gazetteer_region(gaz: Gazetteer | None, text: str) -> bool:
    """A name the gazetteer knows as a country, a first-order division or a region (``the West
    Bank``, ``Kurdistan``): a place, not a body, whatever word it ends in."""
    candidates = gaz.candidates(text) if gaz is not None else ()
    return any(c.primary and c.level in REGION_LEVELS for c in candidates)


_CONTROLLED_DEPS = frozenset({"conj", "pcomp", "xcomp", "advcl"})


def understood_subject(verb: Token) -> Token | None:
    """The subject a non-finite verb with no subject of its own takes from the clause it hangs on
    ("Tom answered by calling Ann a liar and accusing him": Tom, for "accusing"), else None."""
    node = verb
    for _ in range(6):
        if any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return next(c for c in node.children if c.dep_ in SUBJECT_DEPS) if node.i != verb.i else None
        if node.tag_ not in ("VBG", "VB", "VBN") or node.dep_ not in _CONTROLLED_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "ADP":  # "by calling": the verb the preposition hangs on
            node = node.head
    return None


def grammatical_role(token: Token) -> str:
    # Possessive forms ("his", "hers", "her" as determiner) may co-refer with their clause's subject.
    if token.tag_ == "PRP$" or token.lower_ in {"his", "hers"}:
        return "poss"
    if token.dep_ in SUBJECT_DEPS:
        return "subj"
    if token.dep_ == "appos" and _apposition_host(token).dep_ in SUBJECT_DEPS:
        return "subj"
    if token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS and _of_complement(_apposition_host(token), token.head):
        return "subj"  # "The chief of police, Ann Lee, agrees with ...": the name is the subject's, not "police" (ents21)
    if token.dep_ == "poss":
        return "poss"
    if token.dep_ == "pobj" or (token.dep_ == "appos" and _apposition_host(token).dep_ == "pobj"):
        return "pobj"
    return "obj"


def _of_complement(noun: Token, head: Token) -> bool:
    """Whether ``noun`` is the object of an ``of`` phrase of ``head`` (``police`` in ``chief of police``)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.i == head.i


def _apposition_host(token: Token) -> Token:
    """The word an apposition describes. The parser may hang a name in apposition on a word
    further back (``Proposals from the front-runner, Ann Lee, to ...`` on ``Proposals``); a common
    noun right before the apposition's comma, after that word, is what the name describes."""
    first = token.left_edge.i
    while first < token.i and token.doc[first].is_punct:
        first += 1  # the comma may hang on the name itself
    if first >= 2 and token.doc[first - 1].text == ",":
        host = token.doc[first - 2]
        if host.pos_ == "NOUN" and token.head.i < host.i < first:
            return host
    return token.head


class EntityResolver(FramedNameRules, LookalikeNameRules):
    """Builds the entity clusters of one Doc (one instance per Doc: it holds working state)."""

    def __init__(self, doc: Doc, actors: ActorDictionary, gazetteer: Gazetteer | None,
                 statements: Container[str], nouns: Container[str] = frozenset(),
                 speech_verbs: Container[str] = frozenset(), inverted_verbs: Container[str] = frozenset(),
                 framing_verbs: Container[str] = frozenset()) -> None:
        """``actors``, ``gazetteer``: the stage's tables; ``statements``: the nouns of a
        statement ("tweet", "statement"), whose possessor is a speaker; ``nouns``: the common
        nouns the model's lemmatizer knows (its noun index), to tell "Records" from "Okafor";
        ``speech_verbs``: the lemmas of the verbs of saying (a person's surname that names a
        country too is the person as their subject: "Jordan said"); ``inverted_verbs``: the
        forms of saying that open an inverted attribution (``Said Farrow: ...``); ``framing_verbs``:
        the verbs of framing cues (``put`` of ``as she put it``)."""
        self.doc = doc
        self.speech_verbs = speech_verbs
        self.inverted_verbs = inverted_verbs
        self.framing_verbs = framing_verbs
        self._chunks: list[Span] | None = None
        self._positions: dict[str, list[int]] | None = None  # word -> token indices, made when first needed
        self._lower_positions: dict[str, list[int]] | None = None  # lower-case form -> token indices (_with_lower)
        self._lemma_positions: dict[str, list[int]] | None = None  # lower-case lemma -> token indices (_with_lemma)
        self._capitals: list[Token] | None = None  # capitalised tokens (_capitalised)
        self._honorific_keys: set[str] | None = None  # words after honorifics, made when first needed
        self._cores: dict[tuple[int, int], Span | None] = {}  # token range -> its core (see _core)
        self._role_ends: dict[tuple[int, int], tuple[int, str] | None] = {}  # see _role_ending_at
        self._sponsor_ranges: dict[tuple[int, int], bool] = {}  # character range -> a sponsor's mention? (_sponsor_mention)
        self._demonym_names: set[str] | None = None  # nationality words used as given names here
        self._title_case_lines: dict[tuple[int, int], bool] = {}  # line's character range -> title case?
        self._people_and_surnames: set[str] | None = None  # person spans and their last words, made when first needed
        self._bracket_acronyms: list[Span] = []  # "(TB" cut off a body's span: the body's acronym, a name of its own
        self.nouns = nouns
        self.ad = actors
        self.gaz = gazetteer
        self.statements = statements
        article = doc._.article
        try:
            self.published: dt.date | None = parse_published(article.published) if article else None
        except ValueError:
            self.published = None
        self.sents = doc_sentences(doc)  # shared with the later stages: read, never changed
        self.tokens = list(doc)  # Token objects are costly to make: make them once
        self.ents = list(doc.ents)  # the model's spans, built anew on every access of doc.ents
        self.words = [t.text for t in self.tokens]
        self.lemmas = [t.lemma_ for t in self.tokens]
        text = doc_text(doc)
        self.sent_of: list[int] = [0] * len(doc)
        self.paragraph_of: list[int] = sentence_paragraphs(text, self.sents)
        self.brackets = _bracket_spans(text)
        for i, sent in enumerate(self.sents):
            for k in range(sent.start, sent.end):
                self.sent_of[k] = i
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, Cluster] = {}
        self.claimed: set[int] = set()  # token indices already part of a mention or a title
        self.evidence: dict[str, list[str]] = {}  # entity id -> why descriptions joined it
        self.quotations: list[tuple[int, int]] | None = None  # inner spans, found when first needed
        self.quoted_sents: list[bool] | None = None  # sentences wholly inside quotation marks, when first needed
        self.title_sectors: dict[int, list[str]] = {}  # name start token -> sectors of a body in its title
        # name start token -> token range of a named body inside the person's title ("Acme Board chairman")
        self.title_bodies: dict[int, tuple[int, int]] = {}
        self.employer: dict[int, Cluster] = {}  # id of a person's cluster -> the body its title names
        self.person_spans: set[str] | None = None  # texts of the model's person spans, found when first needed
        self.names_gone_by: dict[tuple[str, ...], int] = {}  # words of a name someone goes by -> its first token
        # Clusters whose country was presumed from the story, not read in the text or the tables:
        # they never count towards the story's country (it is counted once, from evidence only).
        self.presumed: set[int] = set()
        self.listed_given_names: set[int] = set()  # tokens of given names listed with people (_listed_given_names)
        self.result_teams: set[tuple[int, int]] = set()  # token ranges of teams named by a game's result (_result_teams)
        # works' titles, awards and firms named like people, read off the model's spans before any rule (ents22)
        self.firms_named_like_people: set[tuple[int, int]] = set()  # token ranges of the firms ents22 found named like people
        self.place_bodies: set[tuple[int, int]] = set()  # token ranges of bodies named like places (ents22)
        self.ents = self._lookalike_spans(self.ents)

    # --- helpers ------------------------------------------------------------------------------
    def _add(self, cluster: Cluster, start_tok: int, end_tok: int, kind: str, head: Token) -> None:
        span = doc_span(self.doc, start_tok, end_tok)
        cluster.mentions.append(Mention(span.start_char, span.end_char, kind, head, self.sent_of[head.i]))
        self.claimed.update(range(start_tok, end_tok))

    def _cluster(self, key: str, type_: str, name: str) -> Cluster:
        if key not in self.by_key:
            cluster = Cluster(type_, name, key)
            self.by_key[key] = cluster
            self.clusters.append(cluster)
        return self.by_key[key]

    def _role_ending_at(self, j: int, lower_bound: int) -> tuple[int, str] | None:
        """The longest role phrase ending at token j (its first token index and the role)."""
        words, lemmas = self.words, self.lemmas
        last = self.ad.role_last_words
        if normalise_name(words[j]) not in last and normalise_name(lemmas[j]) not in last:
            return None
        # the same (j, bound) is asked by several rules: the answer depends on the words alone
        key = (j, max(lower_bound, j + 1 - self.ad.max_role_words))
        found = self._role_ends.get(key, self)
        if found is self:
            found = self._role_ends[key] = self._longest_role_ending_at(j, lower_bound)
        return found

    def _longest_role_ending_at(self, j: int, lower_bound: int) -> tuple[int, str] | None:
        words, lemmas = self.words, self.lemmas
        openings = self.ad.role_first_words
        for n in range(min(self.ad.max_role_words, j - lower_bound + 1), 0, -1):
            first = j - n + 1
            if n > 1 and (opening := key_opening(words[first])) is not None and opening not in openings:
                continue  # no role of two or more words opens with this word (as written or with the lemma last)
            text = " ".join(words[first: j + 1])
            if self.ad.role(text):
                return first, normalise_name(text)
            # "starring Tom Reed": a verb's form is no role, though its lemma is one ("star")
            if lemmas[j] != words[j] and self.tokens[j].tag_ not in VERB_FORM_TAGS:
                lemma = " ".join([*words[first:j], lemmas[j]])
                if self.ad.role(lemma):
                    return first, normalise_name(lemma)
        return None

    def _is_actor_position(self, token: Token) -> bool:
        if token.dep_ in SUBJECT_DEPS | {"poss"}:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in self.ad.words.actor_preposition:
            governor = token.head.head
            return governor.lemma_.lower() not in self.ad.words.motion
        if token.dep_ == "dobj":
            return governor_is_not_motion(token, self.ad.words.motion)
        return False

    # --- phase A: names ---------------------------------------------------------------------
    def _title_before(self, ent: Span) -> tuple[int, int | None, str | None, str | None, str | None, str | None]:
        """Scan left of a person name for honorifics, roles and country modifiers.

        Returns (mention_start_tok, title_start_tok, title_text, role, country, gender).
        """
        sent = self.sents[self.sent_of[ent.start]]
        j = ent.start - 1
        mention_start = ent.start
        gender = None
        # "First lady X": the honorific's word ends a longer role, which is the title
        role_here = self._role_ending_at(j, sent.start) if j >= sent.start else None
        if j >= sent.start and self.doc[j].lower_ in self.ad.words.honorific and (role_here is None or role_here[0] == j):
            gender = self.ad.words.honorific[self.doc[j].lower_]
            mention_start = j
            j -= 1
        title_end = j + 1
        title_start: int | None = None
        lower = self._rank_lower_bound(sent.start)
        role: str | None = None
        country: str | None = None
        possessed = False
        while j >= lower:
            tok = self.doc[j]
            stands = self.ad.words.title_role.get(tok.lower_) if j == title_end - 1 and tok.text[:1].isupper() else None
            if stands and self.ad.role(stands) is not None and self._bare_title_word(j, sent.start):
                # "Representative Ann Lee of Georgia": the role the title word stands for
                role, title_start = stands, j
                j -= 1
                continue
            # "Sen. Ann Lee", "Army Capt. Tom Reed", "1st Lt. Jo Hart": an abbreviated rank (its
            # dot a token of its own or not) is the role it stands for; an ordinal grades it
            if tok.text == "." and j - 1 >= lower and self.doc[j - 1].lower_ in self.ad.words.abbreviated_role:
                j -= 1
                tok = self.doc[j]
            abbreviated = self.ad.words.abbreviated_role.get(tok.lower_.rstrip(".")) if tok.text[:1].isupper() else None
            if abbreviated is not None and self.ad.role(abbreviated) is not None:
                role = role or abbreviated
                title_start = j
                j -= 1
                continue
            if title_start is not None and ORDINAL.fullmatch(tok.lower_) and role is not None:
                title_start = j
                j -= 1
                continue
            if j < sent.start or tok.is_punct or tok.lower_ in self.ad.words.title_stop:
                break
            found = self._role_ending_at(j, sent.start)
            body_start = self._body_name_in_title(found[0], j, sent.start) if found and title_start is not None else None
            if body_start is not None:
                # "Electoral Commission boss X": the body the person serves is named before the
                # title; it stays a mention of that body and gives the person its codes later
                self.title_bodies[ent.start] = (body_start, j + 1)
                title_start = body_start
                j = body_start - 1
                continue
            if found and self.ad.no_role_here(self.doc[j]):
                break  # "indie group Bloc Party": the kind of body named, no title
            if found:
                start, name = found
                role = role or name
                title_start = start
                j = start - 1
                continue
            if tok.tag_ == "POS" and j - 1 >= sent.start:
                j -= 1
                possessed = True
                continue
            if tok.text[:1].isupper() and (tok.lower_ in self.ad.words.contest_word or self.ad.in_contest_name(tok)):
                break  # "US Open champion X", "Tour de France winner X": a contest's home is nobody's
            if possessed and self.ad.glued_country(tok):
                break  # "Force India's driver X": a team or firm named with a country word is no home
            # "Nigerian junior foreign minister", "former Prime Minister": rank words in a title
            # (not the possessor of the title: "Acme International's editor" names a body)
            if title_start is not None and not possessed and tok.lower_ in self.ad.words.actor_modifier | self.ad.words.rank:
                title_start = j
                j -= 1
                continue
            code = self.ad.country_of(tok.text) if tok.text[:1].isupper() else None
            if j > sent.start and self.doc[j - 1].text == "New":
                code = None  # "New Jersey Gov. X": a place named "New" after another is not that other
            # "North Korea's X", "South Sudan's president X": a country named in two or three words
            # is that country, not the one its last word names
            for n in (3, 2):
                if tok.text[:1].isupper() and j - n + 1 >= sent.start and (
                        full := self.ad.country_name_of(self.doc[j - n + 1: j + 1].text)):
                    code, j = full, j - n + 1
                    break
            host = self._host_preposition(j) if code else None
            if host is not None:
                j = host - 1  # "Ambassador of X to Norway Ann Lee": the state she is sent to is no home
                continue
            if code and title_start is not None and tok.lower_.endswith("s") and not self.ad.country_name_of(tok.text) \
                    and normalise_name(tok.text) not in self.ad.adjectives:
                break  # "Indians manager X": a plural nationality noun before a title is a club's name
            org = self.ad.organisation(tok.text) if tok.text[:1].isupper() and not self._capitals_line_word(tok) else None
            if (code or (org and org.country)) and self._place_object_before_name(tok, title_start, possessed):
                break
            if not code and self._envoy_to(org, role):
                j -= 1  # "U.N. Ambassador X": the body he is sent to gives him no code of its own
                continue
            if code or (org and org.country):
                country = country or code or (org.country if org else None)
                if org is not None and title_start is not None:
                    # "FBI Director": the person serves in the body the title names
                    self.title_sectors[ent.start] = list(org.sectors)
                j -= 1
                continue
            # "Council secretary", "Defence Secretary": a capitalised body name inside the title
            # "Democratic candidate": a capitalised party or body adjective too
            if title_start is not None and tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}:
                if tok.ent_type_ == "ORG" and self.ad.role(tok.text) is None:
                    # "Cubs manager X": the team stays a mention of its own; a body the tables know,
                    # its country word tagged apart ("UK" + "Independence Party"), gives its country
                    country = country or self._known_body_before(tok, sent.start)
                    break
                title_start = j
                j -= 1
                continue
            break
        office = getattr(self, "office_titles", {}).get(ent.start)
        if office is not None and title_start is None:  # "Director of Student Services Ann Lee" (_office_of_names)
            return ent.start, office[0], self.doc[office[0]:ent.start].text, office[1], None, gender
        title = None
        if title_start is not None and title_start < title_end:
            title = self.doc[title_start:title_end].text.lstrip("-–— ") or None
            if country is None and role is not None and self.ad.sector_of(role) in self.ad.words.state_sector:
                country = self._office_place_country(title_start, title_end)
        return mention_start, title_start, title, role, country, gender

    def _host_preposition(self, j: int) -> int | None:
        """The index of ``to`` or ``in`` right before the country that starts at ``j`` (``the`` between
        them allowed) when a country's or a body's name stands before that preposition in the same
        title (``Ambassador of Peru to Norway``, ``Head of the Embassy of Peru in
        See``): the country after it is the host of an envoy or a mission, not the person's home
        (news-dev18's misses; brief s20-dev16m). None otherwise."""
        k = j - 1
        if k >= 0 and self.doc[k].lower_ == "the":
            k -= 1
        if k < 1 or self.doc[k].lower_ not in self.ad.words.host_preposition:
            return None
        sent = self.sents[self.sent_of[j]]
        for i in range(k - 1, max(sent.start, k - 8) - 1, -1):
            tok = self.doc[i]
            if tok.is_punct:
                return None
            if tok.text[:1].isupper() and self.ad.country_of(tok.text) and self.doc[i - 1].lower_ in {"of", "the"}:
                return k
        return None

    def _capitals_line_word(self, tok: Token) -> bool:
        """``WHO IS NAME?`` in a heading set in capitals: a short word of the language written in
        capitals beside another such word is that word, not an acronym of a body (``IS``)."""
        if not (tok.text.isupper() and tok.is_alpha and tok.is_stop):
            return False
        near = [self.doc[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(self.doc)]
        return any(t.is_alpha and t.text.isupper() and len(t.text) > 1 and t.is_stop for t in near)

    def _place_object_before_name(self, tok: Token, title_start: int | None, possessed: bool) -> bool:
        """``... after he won in Brazil Hamilton led the race`` (a caption run into the next one):
        a country right after a preposition is that preposition's object, not a word of the
        name's title; a title (``in Brazil striker X``) or a possessive still gives the country."""
        if title_start is not None or possessed or tok.i == 0 or tok.i + 1 >= len(self.doc):
            return False
        return self.doc[tok.i - 1].tag_ == "IN" and self.doc[tok.i + 1].ent_type_ == "PERSON"

    def _bare_title_word(self, j: int, sent_start: int) -> bool:
        """A title word (``title_role``: ``Representative``) with no capitalised noun or adjective of
        another title before it: at the sentence's start, after a word in lower case or a mark, a
        party word or a place (``Democratic Representative``, ``Georgia Representative``); not
        ``Trade Representative``, ``Special Representative`` (other offices)."""
        if j - 1 < sent_start:
            return True
        before = self.doc[j - 1]
        if before.is_punct or not before.text[:1].isupper():
            return True
        return before.lower_ in self.ad.words.party_word or before.ent_type_ in {"GPE", "NORP", "LOC"} \
            or self.ad.country_of(before.text) is not None

    def _known_body_before(self, tok: Token, lower: int) -> str | None:
        """The country of the body named by the ORG span holding ``tok`` in a title (``UK
        Independence Party leader X``, the model tagging ``UK`` a place and the rest a body), read
        with the place words tagged right before it when the tables know the longer name; a body
        of a state only (not UNO, IGO: ``U.N. Ambassador`` is read by ``_envoy_to``)."""
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end and e.label_ == "ORG"), None)
        if ent is None:
            return None
        start = ent.start
        while start - 1 >= lower and self.doc[start - 1].ent_type_ in {"GPE", "NORP"}:
            start -= 1
        for begin in sorted({start, ent.start}):
            org = self.ad.organisation(self.doc[begin: ent.end].text)
            if org is not None and org.country and len(org.country) == 3 and org.country not in {"UNO", "IGO", "NGO", "EUR"}:
                return org.country
        return None

    def _envoy_to(self, org, role: str | None) -> bool:
        """``Former U.N. Ambassador X``, ``NATO ambassador X``: a state's envoy to a body of states
        (``member_envoy`` of actor_words.tsv; the body coded UNO or IGO) is of his state, not of the
        body; the EU's code (EUR) is kept, for an EU ambassador is the Union's own."""
        return org is not None and role is not None and role.lower() in self.ad.words.member_envoy \
            and org.country in {"UNO", "IGO"}

    def _office_place_after(self, name: Span) -> str | None:
        """The country of the place named by "of" right after a state office holder's name
        (``Senator Ann Lee of Minnesota``, ``Governor Tom Reed of Georgia``): where the office
        serves, read as the title's place is (the most populous place of that name)."""
        if name.end + 1 >= len(self.doc) or self.doc[name.end].lower_ != "of":
            return None
        place = next((e for e in self.doc.ents if e.start == name.end + 1 and e.label_ in {"GPE", "LOC"}), None)
        return self._office_place_country(place.start, place.end) if place is not None else None

    def _seat_division_after(self, role: str, name: Span) -> str | None:
        """``Senator Ann Lee of Georgia``: an office that serves a first-order division
        (``division_seat``) read with the place after its holder's name as that division when the
        gazetteer knows one of that name, before any country of the name (one such division only)."""
        if role.lower() not in self.ad.words.division_seat or self.gaz is None \
                or name.end + 1 >= len(self.doc) or self.doc[name.end].lower_ != "of":
            return None
        place = next((e for e in self.doc.ents if e.start == name.end + 1 and e.label_ in {"GPE", "LOC"}), None)
        if place is None:
            return None
        countries = {c.country for c in self.gaz.candidates(place.text) if c.level == "admin1" and c.country}
        return countries.pop() if len(countries) == 1 else None

    def _office_place_country(self, start: int, end: int) -> str | None:
        """The country of a place named in a state office's title (``New York Attorney General``,
        ``Kano State governor``): the office serves there. Only a place the tagger marked and the
        gazetteer knows as a country, a first-order division or a town of weight."""
        run: list[Token] = []
        for tok in [*self.doc[start:end], None]:
            if tok is not None and tok.ent_type_ in {"GPE", "LOC"} and tok.text[:1].isupper():
                run.append(tok)
                continue
            if run:
                name = " ".join(t.text for t in run)
                found = self.ad.country_name_of(name) or self.ad.country_of(name) or _gazetteer_country(self.gaz, name)
                if found and (town := self.ad.town_of_region(run[-1], found, name)) is not None:
                    return town  # "Judge Ann Lee of Lebanon, Indiana": a town of that state (fix13)
                if found and found not in self.ad.words.not_state:
                    return found
            run = []
        return None

    def _rank_piece(self, k: int) -> bool:
        """Token k is an abbreviated rank (``Capt``, ``Sen.``) or the dot written after one."""
        tok = self.doc[k]
        if tok.text == ".":
            return k > 0 and self.doc[k - 1].lower_ in self.ad.words.abbreviated_role
        return tok.text[:1].isupper() and tok.lower_.rstrip(".") in self.ad.words.abbreviated_role

    def _rank_lower_bound(self, start: int) -> int:
        """Where a title may begin for a name whose sentence begins at ``start``: the parser may end
        a sentence at a rank's dot (``Sgt. | Tom Reed``) or between an ordinal and the rank it
        grades (``Air Force 1st | Lt. Tom Reed``); the rank words before the break still count."""
        k = start
        while k > 0 and (self._rank_piece(k - 1) or (
                ORDINAL.fullmatch(self.doc[k - 1].lower_) and k < len(self.doc) and self._rank_piece(k))):
            k -= 1
        return k

    def _body_name_in_title(self, start: int, end: int, lower_bound: int) -> int | None:
        """Where the body's proper name starts whose role phrase (``commission``, ``board``) the
        tokens start..end are, left of a person's role: capitalised words tagged as an
        organisation, at least two (``Electoral Commission``, ``Acme Water Board``; not
        ``Commission`` of ``Commission chief``). A country word stays the title's
        (``Russian Foreign Ministry spokesman``: the person's country)."""
        role = self.ad.role(" ".join(self.words[start: end + 1]))
        if role is None or role.kind != "org":
            return None
        first = start
        while first - 1 >= lower_bound and self.tokens[first - 1].ent_type_ == "ORG" \
                and self.tokens[first - 1].text[:1].isupper() and not self.ad.country_of(self.words[first - 1]):
            first -= 1
        words = self.tokens[first: end + 1]
        if len(words) < 2 or not all(t.text[:1].isupper() and t.ent_type_ == "ORG" for t in words) \
                or self.ad.country_of(words[0].text):
            return None
        return first

    def _title_body(self, start: int, end: int) -> Cluster:
        """The body named inside a person's title, as the role phase names it elsewhere in the
        article (``the Electoral Commission``), with this mention."""
        tokens = self.tokens[start:end]
        country, sectors = self.ad.code_tokens(tokens)
        label = self.doc[start:end].text
        cluster = self._cluster(f"org:{country}:{normalise_name(label)}", "ORG", label)
        cluster.country = cluster.country or country
        cluster.sectors = cluster.sectors or sectors
        self._add(cluster, start, end, "group", tokens[-1])
        return cluster

    def _listed(self, cluster: Cluster) -> bool:
        """``cluster in self.clusters`` (still a cluster, not folded into another), answered by
        identity first: ``in`` calls the dataclass ``__eq__`` (a tuple of every field) on each
        cluster before the one it finds, and the merge rules ask this for every pair of bodies.
        A cluster found by identity is one ``in`` finds too; only when it is not there is the
        answer left to ``in`` itself, so the result is always the same."""
        for listed in self.clusters:
            if listed is cluster:
                return True
        return cluster in self.clusters

    def _fold(self, other: Cluster, into: Cluster) -> None:
        """One body told under two names: ``other``'s mentions and codes join ``into``, and its
        key leads there from now on."""
        into.mentions += other.mentions
        into.country = into.country or other.country
        into.sectors += [x for x in other.sectors if x not in into.sectors]
        into.nouns |= other.nouns  # what the text called either name
        self.clusters.remove(other)
        self.by_key[other.key] = into

    def _merge_title_bodies(self) -> None:
        """A body named in a title and the same name elsewhere (by the name or by the role
        phase) are one body, when their codes do not differ."""
        for body in {id(c): c for c in self.employer.values()}.values():
            if not self._listed(body):
                continue
            name = normalise_name(body.name)
            for other in list(self.clusters):
                if other is body or other.type != "ORG" or normalise_name(other.name) != name:
                    continue
                if None not in (other.country, body.country) and other.country != body.country:
                    continue
                self._fold(other, into=body)

    def _merge_short_tails(self) -> None:
        """A body named again by the last words of its name (``the Tilbury Evening Times`` ...
        ``the Times``, ``the Acme Water Commission`` ... ``the Commission``) is that body, when it is
        the only body named before whose name ends so; the short name is written in capitals and
        is no body or country of its own (``the Post`` after two Posts is nobody)."""
        bodies = [c for c in self.clusters if c.type == "ORG" and c.mentions]
        for short in bodies:
            words = normalise_name(short.name).split()
            if not words or not all(w[:1].isupper() for w in short.name.split()) \
                    or self.ad.organisation(short.name) or self.ad.country_of(short.name):
                continue
            owners = [c for c in bodies if c is not short and self._listed(c) and c.first() < short.first()
                      and c.name.split()[0][:1].isupper() and c.name.split()[-1][:1].isupper()  # a proper name
                      and len(normalise_name(c.name).split()) > len(words)
                      and normalise_name(c.name).split()[-len(words):] == words]
            if len(owners) != 1 or None not in (short.country, owners[0].country) and short.country != owners[0].country:
                continue
            self._fold(short, into=owners[0])

    def _untagged_initials(self) -> None:
        """``the Harbor Merchants Guild met ... With the HMG, ...``: capitals the model tagged as
        no name, that are the initials of exactly one body named before them, are that body (a
        short name the article uses without spelling it out). Not in a line of capitals (a
        headline's words are no acronyms)."""
        bodies = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")
                  and any(m.kind == "name" for m in c.mentions)]
        if not bodies:
            return  # no body named: no initials to fit
        # the word's shape first, from the words alone: few words are two to six capitals
        for tok in [self.tokens[i] for i, word in enumerate(self.words)
                    if word.isalpha() and word.isupper() and 2 <= len(word) <= 6]:
            word = self.words[tok.i]
            if tok.ent_type_ or tok.i in self.claimed or tok.tag_ not in {"NN", "NNP", "NNPS"}:
                continue
            near = [self.words[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(self.tokens)]
            if any(w.isalpha() and w.isupper() and len(w) > 1 for w in near):
                continue
            fits = [c for c in bodies if word in _initials(c.name)
                    and any(m.kind == "name" and m.end <= tok.idx for m in c.mentions)]
            if len(fits) == 1:
                fits[0].evidence.append(f"{word!r}: the initials of {fits[0].name}")
                self._add(fits[0], tok.i, tok.i + 1, "name", tok)

    def _acronyms_defined_here(self) -> None:
        """An acronym the article spells out is the article's body, not a table row of another
        body with the same letters (``the Fenland Safety Agency (FSA)`` or ``the Fenland Safety
        Agency ... the FSA`` is no ``Free Syrian Army``): the table's codes are dropped and the
        acronym joins the body whose name it abbreviates (in brackets right after it, or the one
        body named whose initials it is)."""
        text = doc_text(self.doc)
        for acronym in [c for c in self.clusters if c.type == "ORG" and c.mentions]:
            letters = {text[m.start:m.end].removeprefix("the ").removeprefix("The ") for m in acronym.mentions}
            if len(letters) != 1:
                continue
            short = letters.pop()
            if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6):
                continue
            known = self.ad.organisation(short)
            if normalise_name(acronym.name) != normalise_name(short) and (known is None or known.name != acronym.name):
                continue  # not a body named by its acronym alone
            bracketed = [self._cluster_at(m.head.i - 2) for m in acronym.mentions
                         if m.head.i >= 2 and self.tokens[m.head.i - 1].text == "("
                         and m.head.i + 1 < len(self.tokens) and self.tokens[m.head.i + 1].text == ")"]
            longs = [c for c in bracketed if c is not None and c is not acronym and c.type == "ORG"
                     and c.name[:1].upper() == short[0]]
            if not longs:
                longs = [c for c in self.clusters if c is not acronym and c.type == "ORG" and c.mentions
                         and short in _initials(c.name)]
            if len({id(c) for c in longs}) != 1 or known is not None and normalise_name(longs[0].name) == normalise_name(known.name):
                continue
            if known is not None and known.name == acronym.name:
                acronym.country, acronym.sectors = None, []  # another body's codes
            elif None not in (acronym.country, longs[0].country) and acronym.country != longs[0].country:
                continue
            self._fold(acronym, into=longs[0])

    def _names_with_legal_form(self) -> None:
        """``Aer Lingus`` and ``Aer Lingus Group PLC``, ``Ford`` and ``Ford Motor Company``: a body
        named once by a name and elsewhere by that name followed by capitalised words ending in a
        company's word (``company_word`` of actor_words.tsv, or a business noun of roles.tsv:
        ``Company``, ``Corporation``) is one body, in either order, when that is the only longer
        body's name that begins so and the two have no different countries (``Kelbro`` and ``Kelbro
        Motors`` stay two: ``Motors`` is no legal form)."""
        bodies = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:") and c.mentions
                  and any(m.kind == "name" for m in c.mentions)]
        for short in list(bodies):
            words = normalise_name(short.name).split()
            if not words or not self._listed(short):
                continue
            longer, legal = [], []
            for other in bodies:
                theirs = normalise_name(other.name).split()
                rest = other.name.split()[len(words):]
                if other is short or not self._listed(other) or len(theirs) <= len(words) \
                        or theirs[:len(words)] != words or not rest:
                    continue
                longer.append(other)  # ("Kelbro Motors" and "Kelbro Corp": "Kelbro" is neither)
                last = rest[-1].lower().rstrip(".")
                role = self.ad.role(last)
                # ("Acme plc": a legal form in lower case is one too; dev16e)
                if all(w[:1].isupper() or w.lower().rstrip(".") in self.ad.words.company_word for w in rest) and (
                        last in self.ad.words.company_word or role is not None and role.sector == "BUS" and role.kind == "org"):
                    legal.append(other)
            if len(longer) != 1 or len(legal) != 1 \
                    or None not in (short.country, legal[0].country) and short.country != legal[0].country:
                continue
            # one body under its fuller name; the longer name's words ("Group") give no sector
            # when the shorter one has codes
            long = legal[0]
            long.evidence.append(f"{short.name!r}: the name of {long.name} without its legal form")
            sectors = short.sectors or long.sectors
            self._fold(short, into=long)
            long.sectors = list(sectors)

    def _merge_acronyms(self) -> None:
        """``the National Association of Bakers (NAB)``: capitals in brackets right after a
        body's name, beginning with its first letter, are that body's short name, here and after."""
        for tok in self.tokens[1:-2]:
            if self.words[tok.i] != "(" or self.words[tok.i + 2] != ")":
                continue  # (read from the word list: a Token's text is made anew on each access)
            short = self.tokens[tok.i + 1]
            if not short.text.isupper() or len(short.text) < 2:
                continue
            long = self._cluster_at(tok.i - 1)
            acronym = self._cluster_at(short.i)
            if long is None or acronym is None or long is acronym or long.type != "ORG" or acronym.type != "ORG" \
                    or not any(m.end == self.tokens[tok.i - 1].idx + len(self.words[tok.i - 1]) for m in long.mentions) \
                    or normalise_name(acronym.name) != short.lower_ or long.name[:1].upper() != short.text[0] \
                    or None not in (long.country, acronym.country) and long.country != acronym.country:
                continue
            self._fold(acronym, into=long)

    def _title_acronyms(self) -> None:
        """``Chief of Naval Staff (CNS), Admiral Farid Osmani ... The CNS also met``: capitals in brackets that
        spell the initials of a title opening with a person's role (``roles.tsv``, kind person), right before a
        person's name (a rank between them allowed), stand for that person: the short title, written alone
        elsewhere, is a mention of them, not a body (``the National Association of Bakers (NAB)`` opens with no
        role and stays a body; ents21)."""
        tokens, words = self.tokens, self.words
        for k in range(1, len(tokens) - 3):
            if words[k] != "(" or words[k + 2] != ")":
                continue
            short = words[k + 1]
            if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
                continue
            acronym = self._cluster_at(k + 1)
            if acronym is None or acronym.type == "PERSON" or normalise_name(acronym.name) != short.lower():
                continue
            start, floor = k, tokens[k].sent.start
            while start - 1 >= floor and (words[start - 1][:1].isupper() or (
                    words[start - 1] in {"of", "for", "the"} and start - 2 >= floor and words[start - 2][:1].isupper())):
                start -= 1
            title = words[start:k]
            if not title or (role := self.ad.role(title[0])) is None or role.kind != "person":
                continue
            if short not in {"".join(w[0] for w in title).upper(), "".join(w[0] for w in title if w[:1].isupper())}:
                continue
            person = None
            for i in range(k + 3, min(k + 7, len(tokens))):
                if words[i] == "," and i == k + 3:
                    continue
                found = self._cluster_at(i)
                if found is not None and found.type == "PERSON" and found.key.startswith("person:"):
                    person = found
                    break
                if not words[i][:1].isupper():
                    break  # a lower-case word: no name follows the title
            if person is not None and person is not acronym:
                self._fold(acronym, into=person)
                person.evidence.append(f"{short!r}: the short title of {person.name}")

    def _initials_after_or(self) -> None:
        """``the Eastgate Crew or EGC``, ``a gang known as Dockers or DKS``: capitals after ``or`` right after a
        group's or body's name, holding the first letter of each of its capitalised words and naming no other body
        the tables know (``Labour or SNP`` are two), are that group's other name, here and wherever written alone
        (ents21)."""
        tokens, words = self.tokens, self.words
        for k in range(1, len(tokens) - 1):
            if words[k] != "or":
                continue
            short = words[k + 1]
            if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 5):
                continue
            if k + 2 < len(tokens) and words[k + 2][:1].isupper() and tokens[k + 2].pos_ == "PROPN":
                continue  # "Acme or IBM Research": the capitals begin a longer name
            body = self._cluster_at(k - 1)
            if body is None or body.type not in {"ORG", "NORP"} or self.ad.organisation(short) is not None \
                    or self.ad.country_of(short) is not None:
                continue
            end = tokens[k - 1].idx + len(words[k - 1])
            mention = next((m for m in body.mentions if m.end == end), None)
            if mention is None:
                continue
            initials = {w[0] for w in self.doc.text[mention.start:mention.end].split() if w[:1].isupper()}
            if not initials or not initials <= set(short):
                continue
            other = self._cluster_at(k + 1)
            if other is body or other is not None and (normalise_name(other.name) != short.lower() or other.type == "PERSON"):
                continue
            for same in [c for c in self.clusters if c is not body and c.type != "PERSON" and normalise_name(c.name) == short.lower()]:
                self._fold(same, into=body)  # the capitals here, and written alone elsewhere
            for tok in tokens:
                if tok.text == short and tok.i not in self.claimed and self._cluster_at(tok.i) is None:
                    self._add(body, tok.i, tok.i + 1, "name", tok)
            body.evidence.append(f"{short!r}: the other name of {body.name}")

    def _body_descriptions(self) -> None:
        """``voting watchdog the Electoral Commission``, ``carmaker firm Acme``: a bare singular
        noun phrase (no article nor possessor, so it cannot stand alone as an argument) whose head
        is a body's noun, right before a body's name, is that body's title and a mention of it;
        ``told the watchdog the Commission ...`` names two."""
        for cluster in [c for c in self.clusters if c.type == "ORG"]:
            if not self._listed(cluster):
                continue
            for m in [m for m in cluster.mentions if m.kind in {"name", "group"}]:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                sent = self.sents[self.sent_of[span.start]]
                j = span.start - 1
                if j >= sent.start and self.tokens[j].lower_ == "the":
                    j -= 1
                if j < sent.start or self.tokens[j].tag_ != "NN":
                    continue
                found = self._body_noun_at(j, sent.start)
                if found is None:
                    continue
                start = found[0]
                if self.tokens[start].tag_ in {"DT", "PRP$"}:
                    continue  # a role phrase's match skips "the": "the watchdog" is no bare phrase
                while start - 1 >= sent.start and self.tokens[start - 1].tag_ in {"NN", "JJ", "VBG"} \
                        and self.tokens[start - 1].text.islower():
                    start -= 1
                if start - 1 >= sent.start and self.tokens[start - 1].tag_ in {"DT", "PRP$", "POS", "WP$", "CD"}:
                    continue  # "the watchdog": an argument of its own
                first, last = self.tokens[start].idx, self.tokens[j].idx + len(self.words[j])
                # the role phase may have made the phrase a body of its own: it is this one's
                others = [c for c in self.clusters if c is not cluster and any(
                    x.start < last and first < x.end for x in c.mentions)]
                if any(not all(first <= x.start and x.end <= last for x in c.mentions) for c in others):
                    continue  # words also of another entity's mention elsewhere: not ours to take
                for other in others:
                    self.clusters.remove(other)
                    self.by_key[other.key] = cluster
                self._add(cluster, start, j + 1, "title", self.tokens[j])

    def _looks_like_person(self, ent: Span) -> bool:
        """An ORG/GPE span that is really a name after a role word ("secretary Oleksiy X")."""
        tokens = [t for t in ent if not t.is_punct]
        if not 2 <= len(tokens) <= 4 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in tokens):
            return False
        if self.ad.organisation(ent.text) or any(self.ad.country_of(t.text) for t in tokens):
            return False
        j = ent.start - 1
        found = self._role_ending_at(j, max(0, j - 3)) if j >= 0 else None
        # "mortgage firm Fannie Mae": a body's noun before the name says it names a body
        return found is not None and getattr(self.ad.role(found[1]), "kind", None) != "org"

    def _person(self, ent: Span, family: str | None = None) -> None:
        """A person's name span; ``family``: the family name a coordinated given name shares
        (``Ozzy`` in ``Ozzy and Sharon Osbourne``)."""
        tokens = self._name_tokens(ent)
        owner = [t for t in self.tokens[ent.start:ent.end] if tokens and t.i < tokens[0].i and t.tag_ not in {"DT", "POS"}
                 and not t.is_punct]
        if owner and all(t.text[:1].isupper() for t in owner) and self.tokens[tokens[0].i - 1].tag_ == "POS":
            # "Toro Rosso's Carlos Sainz" as one person span: the possessor is a body (or a place)
            label = "GPE" if _gazetteer_is_place(self.gaz, " ".join(t.text for t in owner)) else "ORG"
            self._non_person(Span(self.doc, owner[0].i, owner[-1].i + 1, label=label))
        if len(tokens) >= 3 and _gazetteer_is_place(self.gaz, tokens[0].text) and any(
                c.type == "PERSON" and normalise_name(c.name) == normalise_name(self.doc[tokens[1].i: tokens[-1].i + 1].text)
                for c in self.clusters):
            tokens.pop(0)  # "Virginia Donald Trump": a caption's place glued to a name the article has
        if not tokens:
            return
        name_span = self.doc[tokens[0].i: tokens[-1].i + 1]
        name = self._name_text(tokens)
        if not normalise_name(name).split():
            return  # nothing of a name is left ("'s")
        if family and normalise_name(family) not in normalise_name(name).split():
            name = f"{name} {family}"
        mention_start, title_start, title, role, country, gender = self._title_before(name_span)
        cluster = self._match_person(name, gender)
        if cluster is None:
            holder = self.ad.holder_named(name, self.published)
            canonical = holder.name if holder and len(name.split()) < len(holder.name.split()) else name
            key = f"person:{normalise_name(canonical)}"
            if key in self.by_key and normalise_name(self.by_key[key].name) != normalise_name(canonical):
                key += ":shared"  # the entity first so named has a longer name that does not fit now
            elif key in self.by_key and gender and self.by_key[key].gender not in {None, gender}:
                key += f":{gender}"  # "Mrs Sato" beside "Mr Sato": two people of one name
            cluster = self._cluster(key, "PERSON", canonical)
        elif len(name.split()) > len(cluster.name.split()) \
                or (cluster.name.isupper() and not name.isupper() and normalise_name(name) == normalise_name(cluster.name)):
            cluster.name = name  # a fuller name, or the name as written in the body after a line in capitals
        holder = self.ad.holder_named(cluster.name, self.published)
        if holder and not country and not cluster.country:
            cluster.country = holder.country
        if not country and holder is None and role and (office := self.ad.role(role)) is not None:
            country = office.country  # "Treasury Secretary X" in Beijing: a US office (roles.tsv)
        if not country and role and self.ad.sector_of(role) in self.ad.words.state_sector:
            country = self._seat_division_after(role, name_span) or self._office_place_after(name_span)
        if title and not cluster.title:
            cluster.title, cluster.role = title, role
        if country and not cluster.country:
            cluster.country = country
        body_sectors = self.title_sectors.get(name_span.start, [])
        cluster.sectors += [x for x in body_sectors if x not in cluster.sectors]
        if role:
            sector = self.ad.sector_of(role)
            if body_sectors and sector == "BUS":
                sector = None  # a chairman of a party or an agency is no businessman
            if sector is not None and self._past_occupation(title_start, mention_start, sector):
                sector = None  # "Retired neurosurgeon X": no surgeon now (issue 15, s16-dev11e)
            if sector and sector not in cluster.sectors:
                cluster.sectors.append(sector)
            if not cluster.country and (sector in self.ad.words.state_sector or sector == "ELI"):
                # an office of a state ("Cabinet minister") is the story's country's; an
                # archbishop or a professor may come from anywhere
                cluster.needs_country = True
        if gender and not cluster.gender:
            cluster.gender = gender
        if not cluster.gender and (len(tokens) > 1 or family):
            # "Mary Cole" is "she": a given name of one gender, when a surname follows it
            cluster.gender = self.ad.given_names.get(tokens[0].lower_)
        body = self.title_bodies.get(name_span.start)
        if body is not None and not any(i in self.claimed for i in range(*body)):
            employer = self._title_body(*body)
            self.employer[id(cluster)] = employer
            cluster.sectors += [x for x in employer.sectors if x not in cluster.sectors]
        if title_start is not None and role is not None and mention_start > title_start:
            # The title is a mention of the person too ("The Federal Minister for Interior X
            # allowed ..."): a clause's subject may be parsed as the title alone.
            self._add(cluster, title_start, mention_start, "title", self.doc[mention_start - 1])
        elif title_start is not None:
            self.claimed.update(range(title_start, mention_start))
        self._add(cluster, mention_start, name_span.end, "name", name_span.root)

    def _given_names_of_family(self) -> None:
        """``the Clintons ... Bill, Hillary and Chelsea``: a person named by a given name alone, in
        an article that names a family in the plural (``the Clintons``), is that family's member
        when the tables know the given name with the family name as one person (``Bill Clinton``):
        the full name and its country (issue 15, s16-dev11e). Nothing when two families fit."""
        families = {self.words[k][:-1] for k in range(1, len(self.tokens))
                    if self.lemmas[k - 1].lower() == "the" and self.words[k][:1].isupper() and self.words[k].endswith("s")
                    and not self.words[k].isupper() and len(self.words[k]) > 3}
        if not families:
            return
        for cluster in self.clusters:
            words = cluster.name.split()
            if cluster.type != "PERSON" or not cluster.key.startswith("person:") or len(words) != 1 \
                    or cluster.country is not None or words[0].lower() not in self.ad.given_names:
                continue
            known = []
            for family in sorted(families):
                full = f"{words[0]} {family}"
                holder = self.ad.holder_named(full, self.published)
                found = self.ad.dictionary_actor(full, self.published)
                country = holder.country if holder else (found.country if found else None)
                if country is not None:
                    known.append((holder.name if holder else found.name, country))
            if len(known) == 1:
                cluster.evidence.append(f"{cluster.name}: of the family the text names, known as {known[0][0]}")
                cluster.name, cluster.country = known[0]
                cluster.needs_country = False

    def _past_occupation(self, title_start: int | None, mention_start: int, sector: str) -> bool:
        """``Retired neurosurgeon X``, ``former software executive X``: a title that says the person
        left an occupation of no state (``former_word``) gives no sector of it; a past office of a
        state keeps its sector (``former Gov. X`` is coded as the office's, as the tables do)."""
        if title_start is None or sector in self.ad.words.state_sector:
            return False
        return any(self.tokens[k].lower_ in self.ad.words.former_word for k in range(title_start, mention_start))

    def _name_tokens(self, ent: Span) -> list[Token]:
        """The words of a person span that are the name: without what the model glued to it
        (``Broadcaster Chris Evans``, ``Spaniard Tom Silva``, ``Sgt Ann Lee``, ``The Zhao Wen``,
        ``6 Liu Wen``, ``-- Jane Roe``, ``Gerard Jugnot - star``, ``Lisa Raymond 7-5``,
        ``Roe's``). Peerage and royal titles stay (``Lord Rennard``, ``Prince Harry``), and so
        does a given name that is also a role word (``Hunter Biden``)."""
        tokens = _post_signer_tokens(self.tokens[ent.start:ent.end])  # the Token objects made once (speed19)
        for k in range(1, len(tokens)):
            if tokens[k].text in NAME_BREAKS and tokens[k - 1].whitespace_:
                tokens = tokens[:k]  # a spaced dash ends the name ("Jay-Z" has none)
                break
        while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or any(c.isdigit() for c in tokens[-1].text)):
            tokens.pop()
        owner = self._name_owner_end(tokens)
        if owner is not None:
            tokens = tokens[owner:]  # "Toro Rosso's Carlos Sainz": the team is no part of his name
        if len(tokens) >= 3 and tokens[-1].text[:1].isupper() and tokens[-1].lower_.rstrip(".") not in self.ad.words.name_suffix \
                and normalise_name(self.doc[tokens[0].i: tokens[-1].i].text) in self._person_spans():
            tokens.pop()  # a caption's "Kimi Raikkonen Ferrari crash", where the text names him in full
        while tokens and (tokens[0].is_punct or (tokens[0].lower_ in self.ad.words.honorific and tokens[0].lower_ not in self.ad.words.titled_name)
                          or tokens[0].tag_ in {"DT", "CD"} or tokens[0].like_num
                          or (len(tokens) > 1 and self._title_word(tokens[0], tokens[1]))):
            tokens.pop(0)  # "-- Jane Roe" (a signature), "Mr Roe", "The Zhao Wen", "6 Liu Wen": not the name
        if len(tokens) >= 2 and self._picture_credit(tokens[0], tokens[1]):
            tokens.pop(0)  # "GETTY Max Reed": a picture credit in capitals before a caption's name
        del tokens[:self._masthead_words(tokens)]  # "DAILY NEWS Max Reed": the outlet's own name
        if len(tokens) >= 3 and tokens[0].tag_ == "VB" and tokens[0].dep_ == "ROOT" \
                and tokens[-1].dep_ == "dobj" and tokens[-1].head.i == tokens[0].i:
            tokens.pop(0)  # "Follow Ann Lee on Twitter": an imperative verb and its object, the name
        return tokens

    def _g2rest_venue_names(self, ents: list[Span]) -> list[Span]:
        """``owner of local pub the Crooked Lantern``, ``city bar the Velvet Ox``: a venue's noun
        (``g2rest_venue_noun``), a lower-case ``the`` and one to four capitalised words inside the
        sentence name a body the model often leaves untagged or cuts short; that name and its
        repetitions (``The Crooked Lantern stayed open``) are a body's, over what the model tagged
        there (not over a person's span). Not ``the bar The players ...`` (a sentence run on), nor
        ``the bar the moment ...`` (issue 15, s19-g2rest)."""
        venue = self.ad.words.g2rest_venue_noun
        names: set[tuple[str, ...]] = set()
        tokens = self.tokens
        for tok in tokens:
            if tok.lower_ not in venue or tok.i + 2 >= len(tokens) or tokens[tok.i + 1].text != "the":
                continue
            k = tok.i + 2
            while k < len(tokens) and k - tok.i - 2 < 4 and tokens[k].is_alpha and tokens[k].text[:1].isupper() \
                    and not tokens[k].text.isupper() and not tokens[k].is_sent_start:
                k += 1
            if k > tok.i + 2:
                names.add(tuple(t.text for t in tokens[tok.i + 2 : k]))
        if not names:
            return ents
        people = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        found: list[Span] = []
        for name in names:
            n = len(name)
            for i in range(len(tokens) - n + 1):
                if tuple(t.text for t in tokens[i : i + n]) != name or people & set(range(i, i + n)):
                    continue
                if i + n < len(tokens) and tokens[i + n].text[:1].isupper() and tokens[i + n].is_alpha:
                    continue  # a longer name goes on
                found.append(Span(self.doc, i, i + n, label="ORG"))
        if not found:
            return ents
        covered = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in ents if not covered & set(range(e.start, e.end))]
        return sorted(kept + found, key=lambda e: e.start)

    def _credited_surname(self, ent: Span) -> Span:
        """``... on the podium REUTERS Lee had started ...``: a caption run into the text with a
        picture agency's credit in capitals glued before a lone surname, which the model tags
        with the credit as a body: the surname alone is a person's mention when a person span of
        the text ends with that word (``Ann Lee``); else the span as it was (issue 15, s19-g2rest)."""
        if ent.label_ == "PERSON" or len(ent) != 2 or not self.words[ent.start].isupper() \
                or not self._picture_credit(self.tokens[ent.start], self.tokens[ent.start + 1]):
            return ent  # the word's case read first, from the word list (speed19)
        surname = self.tokens[ent.start + 1]
        if not (surname.is_alpha and surname.text[:1].isupper() and not surname.text.isupper()):
            return ent
        if not any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == surname.text and e.start != ent.start + 1
                   for e in self.ents):
            return ent
        return Span(self.doc, ent.start + 1, ent.end, label="PERSON")

    def _picture_credit(self, word: Token, following: Token) -> bool:
        """A picture agency's name in capitals before a name that is not (``GETTY Tom Reed``):
        page furniture that captions run into the name."""
        return word.text.isupper() and word.lower_ in self.ad.words.credit_word and not following.text.isupper()

    @cached_property
    def _source_letters(self) -> str:
        """The letters and digits of the article's source (``usatoday``), read once: every name asks."""
        return _NOT_ALNUM.sub("", (getattr(self.doc._.article, "source", None) or "").lower())

    def _masthead_words(self, tokens: list[Token]) -> int:
        """How many first words of a span are the publishing outlet's own name written in capitals
        (``USA TODAY``, ``DAILY NEWS`` for the source ``usatoday``, ``dailynews``), before a name
        written otherwise (``USA TODAY Acme bars come in ...``): the page's credit line run into
        a caption, no part of the name after it (as a picture agency's ``GETTY`` is not). None
        when the span is the outlet's name alone, or the outlet is not known; none for an
        outlet named by one acronym (``BBC Wales`` is the outlet's own branch), nor before a
        common noun (``USA TODAY Sports``, ``DAILY NEWS Network``: the outlet's own name goes on)."""
        source = self._source_letters
        if len(source) < 3:
            return 0
        letters = ""
        for k, tok in enumerate(tokens[:-1]):
            if not tok.text.isupper():
                return 0
            letters += _NOT_ALNUM.sub("", tok.lower_)
            if letters == source:
                after = tokens[k + 1]
                return k + 1 if k >= 1 and after.text[:1].isupper() and not after.text.isupper() \
                    and after.lower_ not in self.nouns else 0
            if not source.startswith(letters):
                return 0
        return 0

    @staticmethod
    def _name_owner_end(tokens: list[Token]) -> int | None:
        """Where the name starts after a possessor the model took into a person span (``Toro
        Rosso's Carlos Sainz``, ``Mercedes' Lewis Hamilton``): after the last possessive mark
        that capitalised words follow; None when there is none."""
        for k in range(len(tokens) - 2, 0, -1):
            if tokens[k].tag_ == "POS" and all(t.text[:1].isupper() for t in tokens[k + 1:]):
                return k + 1
        return None

    def _person_spans(self) -> set[str]:
        """The normalised texts of the spans the model tagged as people (found once)."""
        if self.person_spans is None:
            self.person_spans = {normalise_name(e.text) for e in self.ents if e.label_ == "PERSON"}
        return self.person_spans

    def _title_word(self, word: Token, following: Token) -> bool:
        """A word before a capitalised name that says what the person is rather than who:
        an abbreviated rank (``Sgt``, ``Det``, ``Cllr``), a person's role or occupation
        (``Broadcaster``, ``Rapper``), a nationality noun (``Spaniard``)."""
        if not following.text[:1].isupper() or word.lower_ in self.ad.words.naming_title:
            return False
        key = word.lower_.rstrip(".")
        if key in self.ad.words.abbreviated_title:
            return True
        if word.text[:1].isupper() and key in self.ad.given_names and key in self.ad.demonyms:
            # "Scot Ross": a nationality noun that is also a given name, before one capitalised
            # word, is the given name; before a full name ("Scot Andy Murray") it says what he is
            after = self.tokens[following.i + 1] if following.i + 1 < len(self.tokens) else None
            return after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
        if not word.text[:1].isupper() or key in self.ad.given_names or key in self.ad.family_names:
            return False
        role = self.ad.role(key)
        if (role is not None and role.kind == "person") or self.ad.person_noun(key) is not None:
            return True
        return key in self.ad.demonyms and not self.ad.country_name_of(word.text) and key not in self._demonyms_as_names()

    def _demonym_name_before(self, ent: Span) -> Span:
        """``German Ortega says ...`` with only ``Ortega`` tagged a person: a nationality word the
        text uses as a given name (``_demonyms_as_names``), right before a person's span and in
        no span of its own, is the first word of the name."""
        if ent.label_ != "PERSON" or ent.start == 0:
            return ent
        before = self.tokens[ent.start - 1]
        if before.ent_type_ or not before.text[:1].isupper() or before.lower_ not in self._demonyms_as_names():
            return ent
        return Span(self.doc, ent.start - 1, ent.end, label="PERSON")

    def _demonyms_as_names(self) -> set[str]:
        """Nationality words the text uses as a person's given name: one owning something with
        no article before it (``Freddy Ortega, German's brother,``: a nationality word is an
        adjective and owns nothing; ``a German's rights`` has its article)."""
        if self._demonym_names is None:
            found = set()
            for tok in self._with_lower(self.ad.demonyms):
                key = tok.lower_
                if tok.i + 1 < len(self.tokens) and tok.text[:1].isupper() and self.words[tok.i + 1] in {"'s", "’s"} \
                        and (tok.i == 0 or self.tokens[tok.i - 1].tag_ not in {"DT", "PRP$", "JJ", "CD"}):
                    found.add(key)
            self._demonym_names = found
        return self._demonym_names

    @staticmethod
    def _name_text(tokens: list[Token]) -> str:
        """The name the words spell, without a nickname in quotes or brackets between the given
        and the family name (``Tom "The Hammer" Banks`` is Tom Banks)."""
        kept, inside = [], False
        for k, tok in enumerate(tokens):
            opens = tok.is_quote or tok.text == "("
            if not inside and opens and 0 < k < len(tokens) - 1:
                inside = True
                continue
            if inside:
                if tok.is_quote or tok.text == ")":
                    inside = False
                continue
            kept.append(tok)
        kept = kept if kept and not inside else tokens
        return "".join(t.text_with_ws for t in kept[:-1]) + kept[-1].text

    def _match_person(self, name: str, gender: str | None = None) -> Cluster | None:
        """The person a name repeats; ``gender`` (from ``Mr``/``Mrs``): ``Mrs Clinton`` is not the
        Clinton known to be a man, though he was named last. A part of a name that two people
        named so far share (``Verstappen`` after Max and Jos Verstappen) repeats neither."""
        parts = _name_words(name, self.ad.words.name_suffix)
        found: list[Cluster] = []
        for cluster in reversed(self.clusters):
            if cluster.type != "PERSON" or not cluster.key.startswith("person:"):
                continue
            if gender and cluster.gender and cluster.gender != gender:
                continue
            theirs = _name_words(cluster.name, self.ad.words.name_suffix)
            if parts == theirs:
                return cluster
            theirs = self._own_name(parts, theirs)  # "Khalid bin Hamad": Khalid's own name (ents22)
            if _same_name(parts, theirs) or self._reversed_name(parts, theirs):
                found.append(cluster)
        if len(found) > 1:
            # "Moyes" after a caption's "Moyes U-turn" and "David Moyes": a family name it ends
            # outweighs a first word it begins, unless that is a family name written first ("Kim"
            # of Andrew Kim and of Kim Jong-un names neither)
            ends = [c for c in found if _name_words(c.name, self.ad.words.name_suffix)[-len(parts):] == parts]
            if ends and not any(len(parts) == 1 and _name_words(c.name, self.ad.words.name_suffix)[0] == parts[0]
                                and parts[0] in self.ad.family_names for c in found if c not in ends):
                found = ends
        if len(found) == 1:
            return found[0]
        if found:
            return self._principal_of(found)
        holder = self.ad.holder_named(name, self.published)
        if holder:
            key = f"person:{normalise_name(holder.name)}"
            return self.by_key.get(key)
        return None

    @staticmethod
    def _modifier_name(mention: Mention) -> bool:
        """A name used as a common noun's modifier (``a former Walter Brandt aide``, ``the Walter
        Brandt years``): the name's head hangs on a noun after it, outside the name."""
        head = mention.head
        return head.dep_ in {"compound", "nmod", "amod"} and head.head.pos_ == "NOUN" \
            and head.head.i > head.i and head.head.idx >= mention.end

    @staticmethod
    def _principal_of(found: list[Cluster]) -> Cluster | None:
        """``Verstappen`` after Tom Verstappen, named again and again, and his father Jan
        Verstappen, named once in passing: a surname two people share repeats the one the story
        is about (named by name at least three times) when each other was named only once;
        otherwise neither. First, the one person named otherwise than as a noun's modifier, when
        each other was named only so (``a former Walter Brandt aide ... Lydia Brandt ... Brandt``:
        Lydia Brandt; issue 15, s17-dev12e)."""
        people = [c for c in found if any(m.kind == "name" and not EntityResolver._modifier_name(m) for m in c.mentions)]
        if len(people) == 1:
            return people[0]
        counts = [sum(1 for m in c.mentions if m.kind == "name") for c in found]
        top = max(counts)
        if top >= 3 and counts.count(top) == 1 and all(n <= 1 for n in counts if n != top):
            return found[counts.index(top)]
        return None

    def _reversed_name(self, parts: list[str], theirs: list[str]) -> bool:
        """``Abe Shinzo`` and ``Shinzo Abe``: one person's two words in either order, when one
        order writes a family name first (``family_names.tsv``) or neither first word is a
        known given name (``Douglas Scott`` and ``Scott Douglas`` are two people)."""
        if not (len(parts) == len(theirs) == 2 and parts == theirs[::-1]):
            return False
        return bool(self.ad.family_names & {parts[0], theirs[0]}) or not (
            self.ad.given_names.keys() & {parts[0], theirs[0]})

    def _named(self) -> None:
        # People first, so that their titles ("Council secretary") are claimed before the
        # words of a title can be read as organisations of their own.
        text = doc_text(self.doc)
        # "#mindthegap", "@janeroe": a hashtag or a handle is a label, not a name in the story
        # "The finance minister jabbed back": a span of lower-case words only is no one's name
        ents = [self._demonym_name_before(self._name_after_role(self._medium_title(self._without_run_on_tail(
                    self._without_inverted_verb(e))))) for e in self.ents
                if not (e.start_char > 0 and text[e.start_char - 1] in "#@")
                and not (e.label_ == "PERSON" and all(t.is_lower for t in e if t.is_alpha))]
        if self._bracket_acronyms:
            ents = sorted(ents + self._bracket_acronyms, key=lambda e: e.start)
        ents = [self._town_title_name(e) for e in ents]
        ents = [self._credited_surname(e) for e in ents]
        # dev16e: caption words glued to names, regnal numerals, saints of a place, names with a legal form
        ents = self._legal_form_names(self._saint_names(self._regnal_names(
            self._handle_and_acronym_spans(self._field_labels(self._caption_glued(ents))))))
        ents = self._g2rest_venue_names(ents)
        ents = self._partner_names(self._dev15e_local_bodies(self._office_of_names(ents)))
        ents = self._slogan_bodies(ents)
        ents = self._result_teams(self._listed_given_names(self._split_slashed_bodies(ents)))
        ents = self._town_clubs(self._owner_after_of(self._split_run_ons(self._glued_company_words(self._split_routes(ents)))))
        ents = self._known_bodies_mislabelled(self._people_in_person_lists(self._hyphened_name_pieces(ents)))
        ents = self._followed_accounts(self._lower_case_dictionary_bodies(ents))
        ents = self._possessor_descriptions(ents)
        ents = self._possessor_bodies(self._untagged_body_repeats(self._untagged_dictionary_bodies(self._untagged_acronyms(
            self._untagged_names([e for e in ents if e.label_ in NAMED_LABELS])))))
        ents = self._counted_acronyms(self._for_names(self._programme_owners(ents)))
        ents = self._web_names(ents)
        ents = self._untagged_as_speakers(ents)
        ents = self._bodies_that_say(self._untagged_outlets(self._bracket_credits(ents)))
        ents = self._office_names(ents)
        ents = self._bodies_at_bodies(ents)
        ents = self._nicknamed_names(ents)
        short_bodies = self._short_body_names(ents)
        # "US mortgage giant Fanny Brook ... Fanny Brook said": a name the text once calls a
        # body's is a body's wherever it stands (the model may tag a later mention a person)
        # (also where the model read a place the gazetteer does not know: "Russian gas giant Zentor",
        # "Acme-owned Zentor")
        self.described_bodies = {normalise_name(core.text) for e in ents if e.label_ in {"ORG", "PERSON", "GPE"}
                                 and (core := self._core(e)) is not None
                                 and (e.label_ != "GPE" or self._unknown_place(core))
                                 and (self._body_descriptor(core) is not None or self._apposed_body_noun(core)
                                      or self._owned_name(core))}
        gone_by = set(self.names_gone_by.values())  # "calls himself Zantor": a person, whatever the tagger read
        people = [e for e in ents if e.start in gone_by or e.start not in short_bodies and (
            self._person_like(e) or self._named_person_noun(e))]
        people = [self._with_initials(e) for e in people]
        by_start = {e.start: e for e in people}
        for ent in people:
            for part, family in self._coordinated_names(ent, by_start):
                self._person(part, family)
        self._honorific_names()
        self._merge_name_parts()
        surnames = self._surnames()
        for ent in ents:
            if ent.start in short_bodies and ent.start not in gone_by:
                continue
            if ent not in people and (self._surname_of_named(ent, surnames) or tuple(self.words[ent.start:ent.end]) in self.names_gone_by
                                      or self._office_holder_tagged_body(ent, surnames)):
                self._person(ent)  # "Weiner" tagged ORG after "Anthony Weiner"
                continue
            self._non_person(ent)
        for cluster in [c for c in self.clusters if c.type == "ORG" and normalise_name(c.name) in self.described_bodies]:
            self._every_mention_of(cluster, normalise_name(cluster.name))
        by_start = {e.start: e for e in ents}
        for start, words in short_bodies.items():
            if start in gone_by:
                continue
            bodies = [c for c in self.clusters if c.type == "ORG" and normalise_name(c.name) == words] or [
                c for c in self.clusters if c.type == "ORG" and normalise_name(c.name).split()[:1] == [words]]
            core = self._core(by_start[start]) or by_start[start]  # "the Bank": the name's word
            if len(bodies) == 1 and core.start not in self.claimed:
                self._add(bodies[0], core.start, core.end, "name", self.tokens[core.start])
            elif by_start[start].label_ == "ORG" and core.start not in self.claimed:
                self._non_person(by_start[start])  # no one body of that name to shorten: a body of its own
        self._name_words_alone()
        self._nicknames_alone()
        self._names_gone_by_alone()
        self._post_signers()
        self._body_name_repeats()
        self._repeated_full_names()
        self._nicknames_in_apposition()

    def _nickname_mention(self, m: Mention) -> bool:
        """A mention that reads as a nickname, not a name: written in quotation marks, or an honorific
        and English nouns none of which is a known given or family name (``Mr Lollipop``)."""
        tokens = self.tokens
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        quoted = span.start > 0 and tokens[span.start - 1].is_quote or span.end < len(tokens) and tokens[span.end].is_quote
        words = [t for t in tokens[span.start:span.end] if t.lower_.rstrip(".") not in self.ad.words.honorific]
        plain = 0 < len(words) < len(span) and all(t.lower_ in self.nouns for t in words) and not any(
            t.lower_ in self.ad.given_names or t.lower_ in self.ad.family_names for t in words)
        return quoted or plain

    def _nicknames_in_apposition(self) -> None:
        """``ASHFORD’S Mr Lollipop, Ann Lee, has died``, ``Ann Lee, 'The Baker', ...``: a person
        entity whose mention stands in apposition right before or after another person's full name
        (a comma between, quotation marks allowed) and reads as a nickname (_nickname_mention)
        is that person: its mentions (the headline's too) join the named person (issue 15, s19-dev15e)."""
        text = doc_text(self.doc)

        def between(a: int, b: int) -> bool:  # character offsets: only a comma and quotation marks
            gap = text[a:b].replace(" ", "")
            return 0 <= a <= b and gap.strip("'\"‘’“”") == ","

        for nick in [c for c in self.clusters if c.type == "PERSON"]:
            if not self._listed(nick) or not nick.mentions:
                continue
            into = None
            for m in nick.mentions:
                if m.kind != "name" or not self._nickname_mention(m):
                    continue
                for other in self.clusters:
                    if other is nick or other.type != "PERSON":
                        continue
                    # the cheap test of the apposition's comma first, the nickname's words after it (speed19)
                    if any(p.kind == "name" and " " in text[p.start:p.end] and (between(p.end, m.start) or between(m.end, p.start))
                           and not self._nickname_mention(p) for p in other.mentions):
                        into = other
                        break
                if into is not None:
                    break
            if into is not None and all(self._nickname_mention(m) for m in nick.mentions if m.kind == "name"):
                into.mentions += nick.mentions
                self.clusters.remove(nick)
                self.by_key[nick.key] = into

    def _slogan_bodies(self, ents: list[Span]) -> list[Span]:
        """``One Wisconsin Now``, ``Always Texas First``, ``Never Again Utah``: three or four
        capitalised words in a row, one of them a place's name and every other a slogan's adverb or
        number word (actor_words.tsv ``slogan_word``), are one group's name, however the model cut
        or tagged them (a number, a place and a body)."""
        tokens, n = self.tokens, len(self.tokens)
        words = self.ad.words.slogan_word
        found: list[Span] = []
        i = 0
        while i < n:
            k = i
            # (a line break is a token of its own; the parser may start a sentence inside the run)
            while k < n and self.words[k][:1].isupper() and self.words[k].isalpha():  # words: no Token read
                k += 1
            if k == i:
                i += 1
                continue
            run = tokens[i:k]
            places = [t for t in run if t.lower_ not in words]
            if 3 <= len(run) <= 4 and len(places) == 1 and any(t.lower_ in words for t in run[:1] + run[-1:]) \
                    and (self.ad.country_name_of(places[0].text) or _gazetteer_is_place(self.gaz, places[0].text)):
                found.append(Span(self.doc, i, k, label="ORG"))
            i = k
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in found)]
        return sorted(kept + found, key=lambda e: e.start)
    def _unknown_place(self, core: Span) -> bool:
        """A name the model read as a place that is no country, capital or gazetteer place."""
        return not (self.ad.country_name_of(core.text) or self.ad.capital_of(core.text)
                    or normalise_name(core.text) in self.ad.adjectives or _gazetteer_is_place(self.gaz, core.text))

    def _owned_name(self, core: Span) -> bool:
        """``Acme-owned Zentor``, ``state-run Zentor``: a name after a participle of ownership
        (actor_words.tsv owned_word) joined by a hyphen to its owner is a body's."""
        return any(c.dep_ == "amod" and c.lower_ in self.ad.words.owned_word and c.i < core.start
                   and c.i >= 2 and self.words[c.i - 1] == "-" for c in core.root.children)

    def _nickname_words(self, i: int) -> tuple[int, int] | None:
        """``"Magic"``, ``'The Rock'`` starting at token ``i`` (the opening quote): the end of the
        one to three capitalised words inside and of the closing quote, when a capitalised
        name follows it (``Earvin "Magic" Johnson``)."""
        tokens, n = self.tokens, len(self.tokens)
        if not tokens[i].is_quote:
            return None
        k = i + 1
        while k < n and k - i <= 3 and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha():
            k += 1
        if k == i + 1 or k + 1 >= n or not tokens[k].is_quote or tokens[k].text != tokens[i].text and \
                {tokens[i].text, tokens[k].text} - {"\u2018", "\u2019", "\u201c", "\u201d", "'", '"'}:
            return None
        after = tokens[k + 1]
        if not (after.pos_ in {"PROPN", "NOUN"} and after.text[:1].isupper() and after.text.isalpha()):
            return None
        return i + 1, k

    def _nicknamed_names(self, ents: list[Span]) -> list[Span]:
        """``Earvin "Magic" Johnson``, ``Dwayne 'The Rock' Johnson``: a given name, a nickname of
        one to three capitalised words in quotes and a family name are one person's name, however
        the model cut or tagged it, when the first word is a known given name, the model read a
        person or one name there, or the text calls someone by the family name (``Mr Johnson``) (the nickname is no part of the canonical name, see
        ``_name_text``). The nickname written alone later is that person (``_nicknames_alone``):
        the model's spans there are left for it."""
        self.nicknames: dict[tuple[str, ...], list[int]] = {}  # nickname words -> family-name tokens
        tokens, n = self.tokens, len(self.tokens)
        found: list[Span] = []
        honoured = {self.words[k + 1] for k in range(n - 1) if tokens[k].lower_ in self.ad.words.honorific}
        for tok in tokens[:-4]:
            given = tok
            if not (given.pos_ == "PROPN" and given.text[:1].isupper() and given.text.isalpha()) \
                    or given.lower_ in self.ad.words.honorific or self.ad.role(given.text) or self.ad.person_noun(given.lower_):
                continue
            inside = self._nickname_words(given.i + 1)
            if inside is None or self.sent_of[inside[1] + 1] != self.sent_of[given.i]:
                continue
            first, close = inside
            end = close + 2
            while end < n and end - close <= 2 and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper() \
                    and tokens[end].text.isalpha() and self.sent_of[end] == self.sent_of[given.i]:
                end += 1
            family = tokens[close + 1: end]
            one_span = bool(given.ent_type_) and all(t.ent_type_ == given.ent_type_ and t.ent_iob_ == "I"
                                                     for t in tokens[given.i + 1: end])
            if self.ad.organisation(given.text) or self.ad.country_of(given.text) or not (
                    given.lower_ in self.ad.given_names or one_span or family[-1].text in honoured
                    or any(t.ent_type_ == "PERSON" for t in [given, *family])):
                continue  # a slogan between two names of bodies ('Labour "Must Win" Campaign')
            found.append(Span(self.doc, given.i, end, label="PERSON"))
            words = tuple(w for w in self.words[first:close] if w.lower() != "the")
            if words:
                self.nicknames.setdefault(words, []).append(end - 1)
        if not found:
            return ents
        covered = {i for span in found for i in range(span.start, span.end)}
        nicks = {normalise_name(" ".join(words)) for words in self.nicknames}
        kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))
                and not (e.start >= found[0].end and (core := self._core(e)) is not None and normalise_name(core.text) in nicks)]
        return sorted(kept + found, key=lambda e: e.start)

    def _nicknames_alone(self) -> None:
        """A nickname given in quotes inside one person's name, written alone after it (``Magic
        said``, ``The Rock told reporters``) is that person; a nickname two people were given
        names neither. Written with the family name (``Magic Johnson``), it is the person too."""
        for words, owners in getattr(self, "nicknames", {}).items():
            if len(owners) != 1:
                continue
            person = self._cluster_at(owners[0])
            if person is None or person.type != "PERSON":
                continue
            family = self.words[owners[0]]
            alias = normalise_name(" ".join([*words, family]))
            for other in [c for c in self.clusters if c is not person and c.type == "PERSON" and normalise_name(c.name) == alias]:
                self._fold(other, into=person)
            size = len(words)
            for start in range(owners[0] + 1, len(self.tokens) - size + 1):
                if tuple(self.words[start:start + size]) != words or any(k in self.claimed for k in range(start, start + size)):
                    continue
                end = start + size
                if self.tokens[start - 1].is_quote or (end < len(self.tokens) and self.tokens[end].pos_ == "PROPN"
                                                      and self.words[end][:1].isupper()):
                    continue  # quoted again, or part of a longer name
                first = start - 1 if self.tokens[start - 1].lower_ == "the" and start - 1 not in self.claimed else start
                self._add(person, first, end, "name", self.tokens[end - 1])

    def _repeated_full_names(self) -> None:
        """A name of two or more words the article has given a person or a body, written again
        where the model tagged nothing (``Congratulations to the 2016 Acme Rovers...``): the
        same one, unless capitalised words around it make it part of a longer name."""
        names: dict[tuple[str, ...], Cluster] = {}
        for cluster in self.clusters:
            words = tuple(cluster.name.split())
            if cluster.type in {"PERSON", "ORG"} and len(words) >= 2 and all(w[:1].isupper() for w in words):
                names.setdefault(words, cluster)
        if not names:
            return
        n = len(self.words)
        by_first: dict[str, list[tuple[tuple[str, ...], Cluster]]] = {}
        for words, cluster in names.items():
            by_first.setdefault(words[0], []).append((words, cluster))
        for start in range(n):
            for words, cluster in by_first.get(self.words[start], ()):
                end = start + len(words)
                if end > n or tuple(self.words[start:end]) != words:
                    continue
                if any(k in self.claimed or self.tokens[k].ent_type_ for k in range(start, end)):
                    continue
                if (start > 0 and self.words[start - 1][:1].isupper() and self.sent_of[start - 1] == self.sent_of[start]) or (
                        end < n and self.words[end][:1].isupper() and self.sent_of[end] == self.sent_of[start]):
                    continue  # part of a longer name
                self._add(cluster, start, end, "name", self.tokens[end - 1])

    def _post_signers(self) -> None:
        """The name that signs a post embedded in a page (``... -- Jane Roe (@janeroe) May 4,
        2018``) is an account holder's, a person's or a body's, whether or not the model tagged
        it: the one the article names so elsewhere, else a person when it starts with a given
        name, else a body."""
        text = doc_text(self.doc)
        for match in POST_SIGNATURE.finditer(text):
            span = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
            if span is None or any(k in self.claimed for k in range(span.start, span.end)):
                continue
            if not all(t.text[:1].isupper() or t.is_punct for t in span) or len(span) > 4:
                continue
            key = normalise_name(span.text)
            known = [c for c in self.clusters if normalise_name(c.name) == key and c.type in {"PERSON", "ORG"}]
            if known:
                cluster = known[0]
            elif len(span) > 1 and span[0].lower_ in self.ad.given_names:
                cluster = self._cluster(f"person:{key}", "PERSON", span.text)
            else:
                cluster = self._cluster(f"org:{key}", "ORG", span.text)
            self._add(cluster, span.start, span.end, "name", span.root)

    def _body_name_repeats(self) -> None:
        """``Zentro cut the size of its bars ... Zentro can you tell me why?``: a body's name of one
        word (a brand, a firm: capitalised, no acronym, no common noun of the model's vocabulary,
        no country's or people's name) named as that body at least twice (a span the model tagged,
        one whose core it is: ``NEWS Zentro``, a post's signature; one tag alone may be the
        model's slip, as ``_untagged_body_repeats`` holds) is that body where the same word stands
        untagged as a clause's subject, object or possessor, and no name word (a capitalised word
        that is no common noun) is joined to it; never where the model tagged it as a person or a
        place somewhere. (``_untagged_body_repeats`` reads the model's tags only, and only when
        they agree; this reads the bodies as resolved.)"""
        names: dict[str, Cluster] = {}
        for cluster in self.clusters:
            name = cluster.name
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or " " in name or not name.isalpha() \
                    or not name[:1].isupper() or name.isupper() or name.lower() in self.nouns \
                    or self.ad.country_of(name) or normalise_name(name) in self.ad.demonyms \
                    or len({m.start for m in cluster.mentions if m.kind == "name"}) < 2:
                continue
            names[name] = cluster
        if not names:
            return
        other = {e.text for e in self.ents if e.label_ in {"PERSON", "GPE", "LOC", "FAC"}}
        n = len(self.tokens)
        for tok in self._tokens_at(self._word_positions(), names):  # only the names' own words
            cluster = names.get(tok.text)
            if cluster is None or tok.text in other or tok.ent_type_ or tok.i in self.claimed \
                    or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr"}:
                continue
            joined = [self.tokens[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < n]
            if any(t.text[:1].isupper() and t.is_alpha and t.lower_ not in self.nouns and t.pos_ == "PROPN" for t in joined):
                continue  # "Zentro Foods", "Ann Zentro": a longer name
            cluster.evidence.append(f"{tok.text!r} at {tok.idx}: the body's one-word name, untagged")
            self._add(cluster, tok.i, tok.i + 1, "name", tok)

    def _split_routes(self, ents: list[Span]) -> list[Span]:
        """``a move from Arsenal to Real Madrid`` tagged as one name: after the word that opens a
        route (``route_link`` of actor_words.tsv: ``from`` ... ``to``), a lower-case link between
        capitalised words joins two names, the route's two ends, each a name of its own."""
        found: list[Span] = []
        for ent in ents:
            opener = self.tokens[ent.start - 1].lower_ if ent.start > 0 else ""
            link = next((k for k in range(ent.start + 1, ent.end - 1)
                         if self.tokens[k].text in self.ad.words.route_link
                         and self.ad.words.route_link[self.tokens[k].text] == opener
                         and self.tokens[k - 1].text[:1].isupper() and self.tokens[k + 1].text[:1].isupper()), None)
            if link is None:
                found.append(ent)
                continue
            found += [Span(self.doc, ent.start, link, label=ent.label_), Span(self.doc, link + 1, ent.end, label=ent.label_)]
        return found

    def _split_run_ons(self, ents: list[Span]) -> list[Span]:
        """Captions set without a full stop run into the text, and the model may tag two names
        as one span: ``the Brazil Grand Prix Christian Horner`` (a contest, then a person the
        article names on their own elsewhere), ``Reed Reed`` (one name twice). Each part is
        a name of its own."""
        people = self._person_spans()
        found: list[Span] = []
        for ent in ents:
            words = [t for t in ent if t.tag_ != "POS"]
            half = len(words) // 2
            if ent.label_ == "PERSON" and half and len(words) == 2 * half and all(
                    a.text == b.text and a.text[:1].isupper() for a, b in zip(words[:half], words[half:], strict=True)):
                found += [Span(self.doc, ent.start, words[half].i, label="PERSON"),
                          Span(self.doc, words[half].i, ent.end, label="PERSON")]
                continue
            if ent.label_ != "PERSON":
                tail = next((k for k in range(ent.start + 1, ent.end - 1)
                             if all(t.text[:1].isupper() for t in self.tokens[k: ent.end])
                             and normalise_name(self.doc[k: ent.end].text) in people), None)
                if tail is not None:
                    found += [Span(self.doc, ent.start, tail, label=ent.label_),
                              Span(self.doc, tail, ent.end, label="PERSON")]
                    continue
            found.append(ent)
        return found

    def _bodies_at_bodies(self, ents: list[Span]) -> list[Span]:
        """``the Zorvex Institute of Politics at Hale University`` tagged as one body: a body's
        name, ``at`` and the full name of another body, capitalised and ending in a body's noun
        (a role of kind ``org``: ``University``, ``College``; a ``company_word``; a ``club_word``),
        are two bodies (a unit housed at an institution, an event at a venue)."""
        found: list[Span] = []
        for ent in ents:
            at = next((t.i for t in ent if t.lower_ == "at" and t.i > ent.start + 1), None) if ent.label_ == "ORG" else None
            if at is None or at + 1 >= ent.end:
                found.append(ent)
                continue
            left = [t for t in self.tokens[ent.start: at] if t.tag_ != "DT"]
            right = [t for t in self.tokens[at + 1: ent.end] if t.tag_ not in {"DT", "POS"}]
            last = right[-1].lower_.rstrip(".") if right else ""
            noun = self.ad.role(last)
            if len(left) >= 2 and right and all(t.text[:1].isupper() for t in right) and left[-1].text[:1].isupper() \
                    and (noun is not None and noun.kind == "org" or last in self.ad.words.company_word
                         or last in self.ad.words.club_word):
                found += [Span(self.doc, ent.start, at, label="ORG"), Span(self.doc, at + 1, ent.end, label="ORG")]
                continue
            found.append(ent)
        return found

    def _owner_after_of(self, ents: list[Span]) -> list[Span]:
        """``the Aston Martin of Lance Walker`` tagged as one body: a team's, a car's or a horse's
        name and, after ``of``, the person it belongs to (a given name and one or two capitalised
        words). The words before ``of`` name no institution (``the University of Mary Hale``:
        an office or a body's noun such as ``University``, ``Church``, ``club`` keeps its name)."""
        found: list[Span] = []
        for ent in ents:
            of = next((t.i for t in ent if t.lower_ == "of"), None)
            if ent.label_ not in {"ORG", "PRODUCT"} or of is None:
                found.append(ent)
                continue
            owned = [t for t in self.tokens[ent.start: of] if t.tag_ != "DT"]
            person = self.doc[of + 1: ent.end]
            if owned and 2 <= len(person) <= 3 and person[0].lower_ in self.ad.given_names \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in [*owned, *person]) \
                    and not any(self.ad.role(t.text) or t.lower_ in self.ad.words.body_kind for t in owned) \
                    and not self._names_a_body(person):
                found += [Span(self.doc, owned[0].i, of, label=ent.label_), Span(self.doc, person.start, person.end, label="PERSON")]
                continue
            found.append(ent)
        return found

    def _town_clubs(self, ents: list[Span]) -> list[Span]:
        """``the Denver Indians`` where the model tagged the town alone (or the town and a
        nationality): a town's name and a plural nationality noun after ``the`` name a club, as
        a club the model did tag (``_nickname_after_home`` then gives it the town's country)."""
        by_start = {e.start: e for e in ents}
        joined: dict[int, Span] = {}
        dropped: set[int] = set()
        for ent in ents:
            end = ent.end
            if ent.label_ != "GPE" or ent.start == 0 or self.tokens[ent.start - 1].lower_ != "the" or end >= len(self.tokens):
                continue
            nick = self.tokens[end]
            other = by_start.get(end)
            if not (nick.text[:1].isupper() and nick.lower_.endswith("s") and self.ad.country_of(nick.text)) \
                    or self.ad.country_name_of(nick.text) or normalise_name(nick.text) in self.ad.adjectives:
                continue
            if nick.ent_type_ and (other is None or other.label_ != "NORP" or len(other) != 1):
                continue
            home = ent.text
            if self.ad.country_of(home) or self.ad.country_name_of(home) or _gazetteer_country(self.gaz, home) is None:
                continue
            joined[ent.start] = Span(self.doc, ent.start, end + 1, label="ORG")
            if other is not None:
                dropped.add(other.start)
        return [joined.get(e.start, e) for e in ents if e.start not in dropped]

    def _office_names(self, ents: list[Span]) -> list[Span]:
        """``the Department for Education and Skills``, ``the Ministry of Trade and Industry`` cut
        at ``and``: an office's name (a body's noun, a preposition, capitalised words) goes on over
        ``and`` and capitalised words that end in a common noun (``Skills``, ``Industry``), written
        without an article and naming no body, country or place of their own."""
        by_start = {e.start: e for e in ents}
        joined: dict[int, Span] = {}
        dropped: set[int] = set()
        for ent in ents:
            core = self._core(ent)
            if ent.label_ != "ORG" or core is None or len(core) < 3 or ent.end + 1 >= len(self.tokens):
                continue
            head = self.ad.role(core[0].text)
            if head is None or head.kind != "org" or core[1].tag_ != "IN" or not core[-1].text[:1].isupper() \
                    or self.tokens[ent.end].lower_ != "and":
                continue
            start = ent.end + 1
            end = start
            while end < len(self.tokens) and self.tokens[end].text[:1].isupper() and self.tokens[end].pos_ == "PROPN" \
                    and self.sent_of[end] == self.sent_of[ent.start]:
                end += 1
            if end == start:
                continue
            other = by_start.get(start)
            if other is not None and other.end != end:
                continue  # the model's span says the words go on differently
            words = self.doc[start:end]
            last = words[-1].lower_
            noun = last in self.nouns or last.endswith("s") and last[:-1] in self.nouns \
                or last.endswith("ies") and last[:-3] + "y" in self.nouns
            if not noun or self.ad.organisation(words.text) or self.ad.country_of(words.text) \
                    or _gazetteer_is_place(self.gaz, words.text):
                continue
            joined[ent.start] = Span(self.doc, ent.start, end, label="ORG")
            if other is not None:
                dropped.add(other.start)
        return [joined.get(e.start, e) for e in ents if e.start not in dropped]

    def _with_initials(self, ent: Span) -> Span:
        """``PK Wrigley``, ``J. Edgar Hoover`` where the model tagged only the words after the
        initials: the initials written right before a person's name are part of it (one to three
        capitals with dots, or two capitals without: not an acronym such as ``FBI`` or ``US``, nor
        an abbreviated rank or a body)."""
        if ent.label_ != "PERSON" or ent.start == 0:
            return ent
        before = self.tokens[ent.start - 1]
        text = before.text
        dotted = 2 <= len(text) <= 6 and len(text) % 2 == 0 and all(
            (c.isupper() if k % 2 == 0 else c == ".") for k, c in enumerate(text))
        # an undotted pair of capitals is initials ("TJ Reed"), not a function word of a line in
        # capitals ("... TURN ON JANE DOE")
        if not (dotted or (len(text) == 2 and text.isalpha() and text.isupper() and not before.is_stop)):
            return self._with_given_name(ent)
        if before.ent_type_ not in {"", "PERSON"} or text.lower().rstrip(".") in self.ad.words.abbreviated_title \
                or self.ad.country_of(text) or self.ad.organisation(text):
            return ent
        return Span(self.doc, ent.start - 1, ent.end, label="PERSON")

    def _with_given_name(self, ent: Span) -> Span:
        """``Sadiq Khan`` tagged as a place and a person (``Sadiq``/GPE, ``Khan``/PERSON), or with
        ``Sadiq`` untagged: a capitalised proper noun, a one-word place or body span or an untagged
        word the parser glued to it, right before a one-word person span is its given name, when it
        is no honorific, rank, country, body, role or place the gazetteer knows."""
        before = self.tokens[ent.start - 1]
        tagged = before.ent_type_ in {"GPE", "ORG", "NORP"} and before.ent_iob_ == "B"
        glued = before.ent_type_ == "" and before.dep_ == "compound" and before.head.i == ent.start
        if len(ent) != 1 or not (tagged or glued) or not before.whitespace_ or before.pos_ != "PROPN" \
                or not before.text[:1].isupper() or not before.text.isalpha() or before.lower_ in self.ad.words.honorific \
                or before.lower_.rstrip(".") in self.ad.words.abbreviated_title \
                or self._inverted_verb_before(before.i, ent[-1]):
            return ent
        if ent.start - 2 >= 0 and self.tokens[ent.start - 2].ent_type_ == before.ent_type_ and self.tokens[ent.start - 2].ent_iob_ != "O":
            return ent
        text = before.text
        if self.ad.country_of(text) or self.ad.organisation(text) or self.ad.role(text) or self.ad.capital_of(text) \
                or _gazetteer_is_place(self.gaz, text):
            return ent
        return Span(self.doc, ent.start - 1, ent.end, label="PERSON")

    def _capitalised_run(self, i: int) -> int:
        """The end of a run of capitalised words from token ``i``, with ``and``/``of``/``the``
        between two of them (``Responsibility and Ethics``); ``i`` when token ``i`` is not one."""
        end = i
        k = i
        while k < len(self.tokens):
            tok = self.tokens[k]
            if tok.text[:1].isupper() and tok.is_alpha:
                end = k = k + 1
            elif tok.lower_ in {"and", "of", "the", "&"} and k > i and k + 1 < len(self.tokens) \
                    and self.tokens[k + 1].text[:1].isupper() and self.tokens[k + 1].is_alpha:
                k += 1
            else:
                break
        return end

    def _for_names(self, ents: list[Span]) -> list[Span]:
        """``Club for Growth``, ``the Fund for Working Families``, ``Citizens for Responsibility and
        Ethics in Washington (CREW)``: a capitalised body noun (``for_body_noun``) then
        ``for`` and capitalised words is one body's name, however the model cut it; ``in PLACE``
        after it is part of the name when a bracketed acronym right after spells the place's
        initial too (issue 15, s17-dev12e). Not when the words after ``for`` are a person's name
        (``Voters for Trump``)."""
        nouns = self.ad.words.for_body_noun
        found: list[Span] = []
        for tok in self._with_lower(nouns):
            i = tok.i
            if i >= len(self.tokens) - 2 or not tok.text[:1].isupper() or self.tokens[i + 1].lower_ != "for":
                continue
            end = self._capitalised_run(i + 2)
            if end == i + 2 or any(e.label_ == "PERSON" and e.start <= i + 2 and end <= e.end for e in ents):
                continue
            start = i
            while start > 0 and self.tokens[start - 1].text[:1].isupper() and self.tokens[start - 1].pos_ == "PROPN" \
                    and self.sent_of[start - 1] == self.sent_of[i]:
                start -= 1
            if end + 4 < len(self.tokens) and self.tokens[end].lower_ == "in" and self.tokens[end + 1].text[:1].isupper():
                place_end = self._capitalised_run(end + 1)
                if place_end + 2 < len(self.tokens) and self.tokens[place_end].text == "(" \
                        and self.tokens[place_end + 2].text == ")":
                    short = self.tokens[place_end + 1].text
                    if short in _initials(self.doc[start:place_end].text) and short not in _initials(self.doc[start:end].text):
                        end = place_end
            found.append(Span(self.doc, start, end, label="ORG"))
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        return sorted(kept + found, key=lambda e: e.start)

    def _programme_owners(self, ents: list[Span]) -> list[Span]:
        """``on Fox News Channel’s Hannity`` tagged as one body: a body's span that holds a
        possessive after a body the tables know (organisations.tsv) names that body's programme or
        part; the known body is the name (the programme, often named after its host, is no
        mention of the host; issue 15, s17-dev12e)."""
        out = []
        for ent in ents:
            if ent.label_ in {"ORG", "WORK_OF_ART"}:
                k = next((k for k in range(1, len(ent) - 1) if ent[k].tag_ == "POS"
                          or ent[k].lower_ in {"'s", "’s"}), None)
                if k is not None and self.ad.organisation(ent[:k].text) is not None:
                    ent = Span(self.doc, ent.start, ent.start + k, label="ORG")
            out.append(ent)
        return out

    def _possessor_descriptions(self, ents: list[Span]) -> list[Span]:
        """``Ann Lee, Tom’s niece, said``: the model may tag a possessive name and the lower-case
        description after it as one person (``Tom’s niece``, with a curly apostrophe most often); the
        person is the possessor, named before its mark; the description after it is someone else's,
        read as any description is (news-dev16's miss; brief s20-dev16m)."""
        out = []
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) >= 3:
                k = next((k for k in range(1, len(ent) - 1) if ent[k].tag_ == "POS" or ent[k].lower_ in {"'s", "’s"}), None)
                rest = ent[k + 1:] if k is not None else None
                if rest is not None and all(t.is_lower and t.is_alpha for t in rest) \
                        and (self.ad.person_noun(rest[-1].lemma_) or self.ad.role(rest[-1].lemma_)) \
                        and all(t.text[:1].isupper() for t in ent[:k]):
                    trimmed = Span(self.doc, ent.start, ent.start + k, label="PERSON")
                    # the description's words are no name's: the rules reading token labels see so too
                    self.doc.set_ents([trimmed], outside=[self.doc[ent.start + k: ent.end]], default="unmodified")
                    ent = trimmed
            out.append(ent)
        return out

    def _possessor_bodies(self, ents: list[Span]) -> list[Span]:
        """``Toro Rosso's`` tagged as a person right before a person's name (``Toro Rosso's Carlos
        Sainz``): a possessor written before a full name is the person's team or body, unless
        the article names a person so elsewhere."""
        people = {normalise_name(e.text) for e in ents if e.label_ == "PERSON" and e[-1].tag_ != "POS"}
        starts = {e.start for e in ents if e.label_ == "PERSON" and len(e) > 1}
        out = []
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].tag_ == "POS" and ent.end in starts \
                    and normalise_name(ent[:-1].text) not in people:
                ent = Span(self.doc, ent.start, ent.end, label="ORG")
            out.append(ent)
        return out

    def _coordinated_names(self, ent: Span, by_start: dict[int, Span]) -> list[tuple[Span, str | None]]:
        """``Bill and Hillary Clinton``, ``Matt Lucas & David Walliams``: a person span the model
        made of two names joined by ``and`` is two people; a given name alone before ``and`` and a
        full name (one span or two) shares the family name that ends it (Bill Clinton). Each
        part comes with the family name it takes, if any."""
        words = list(ent)
        joint = next((k for k, t in enumerate(words) if t.lower_ in {"and", "&"} and 0 < k < len(words) - 1), None)
        if joint is not None:
            first, second = ent[:joint], ent[joint + 1:]
            family = second[-1].text if len(first) == 1 and len(second) > 1 and not self._known_surname(first[0]) else None
            return [(first, family), (second, None)]
        after = by_start.get(ent.end + 1)
        if len(ent) == 1 and ent.end < len(self.doc) and self.tokens[ent.end].lower_ in {"and", "&"} \
                and after is not None and after.label_ == "PERSON" and len(after) > 1 \
                and self.ad.given_names.keys() & {ent[0].lower_, after[0].lower_} \
                and not any(name.split()[-1] == ent[0].lower_ for name in self._person_spans() if " " in name) \
                and not self._known_surname(ent[0]):
            return [(ent, after[-1].text)]  # "Ozzy and Sharon Osbourne" tagged as two spans
        return [(ent, None)]

    def _known_surname(self, tok: Token) -> bool:
        """A word that alone names a known person (``Biden`` in "Panetta and Biden and Susan
        Rice", the actor dictionary's alias) and is no given name: a name of its own before
        ``and``, not a given name sharing the next person's family name."""
        return tok.lower_ not in self.ad.given_names and self.ad.holder_named(tok.text, self.published) is not None

    def _merge_name_parts(self) -> None:
        """A person first named by a part of their name (a caption's ``Sir Paul``, ``De Niro``
        before ``Robert De Niro``, a quote's ``Steven``) is the one person named in full whose
        family name or given name that part is; when two people have it, nobody."""
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        words = {id(c): _name_words(c.name, self.ad.words.name_suffix) for c in people}
        for short in people:
            mine = words[id(short)]
            owners = [c for c in people if c is not short and len(words[id(c)]) > len(mine) and (
                words[id(c)][-len(mine):] == mine or (len(mine) == 1 and words[id(c)][0] == mine[0]))]
            if len(owners) != 1 or (short.gender and owners[0].gender and short.gender != owners[0].gender):
                continue
            if len(mine) == 1 and any(c is not owners[0] and mine[0] in words[id(c)] for c in people if c is not short):
                continue  # a word another person's name has too
            target = owners[0]
            if short.country and target.country and short.country != target.country:
                continue
            target.mentions += short.mentions
            target.title, target.role = target.title or short.title, target.role or short.role
            target.country, target.gender = target.country or short.country, target.gender or short.gender
            target.sectors += [x for x in short.sectors if x not in target.sectors]
            target.needs_country = target.country is None and (target.needs_country or short.needs_country)
            self.clusters.remove(short)
            self.by_key[short.key] = target
            people = [c for c in people if c is not short]

    def _glued_company_words(self, ents: list[Span]) -> list[Span]:
        """``Acme LLC`` tagged as two bodies, ``Acme`` and ``LLC``: a body's span of one company
        word (``company_word`` of actor_words.tsv: ``LLC``, ``Inc``, ``Holdings``) right after
        another body's span ends that body's name; a place's span ending in one is a body's name."""
        out: list[Span] = []
        for e in sorted(ents, key=lambda e: e.start):
            before = out[-1] if out else None
            if before is not None and e.label_ == before.label_ == "ORG" and e.start == before.end and len(e) == 1 \
                    and e[0].lower_.rstrip(".") in self.ad.words.company_word and e[0].text[:1].isupper():
                out[-1] = Span(self.doc, before.start, e.end, label="ORG")
                continue
            if e.label_ in {"GPE", "LOC"} and len(e) > 1 and e[-1].text[:1].isupper() \
                    and e[-1].lower_.rstrip(".") in self.ad.words.company_word:
                # "Las Vegas Sands Corp" tagged a place: a name ending in a company's word is a body's
                e = Span(self.doc, e.start, e.end, label="ORG")
            out.append(e)
        return out

    def _short_body_names(self, ents: list[Span]) -> dict[int, str]:
        """``Mondelez`` tagged a person in an article that names ``Mondelez International``: a
        one-word person span that is the first word of a body named in the article (and of no
        person's longer name) is that body, by the short form of its name.

        Likewise a town's name used as the short form of a body named after it (``Leicester City``
        ... ``Leicester's second goal``, ``Leicester won``): a one-word place span that begins a
        body's name is that body when it is not used as a place, i.e. not the object of a
        preposition (``in Leicester``) nor a modifier of another noun (``the Leicester area``). A
        country's name is never a club's short form (``China`` beside ``China Telecom``).

        A one-word body span after a longer body's name that begins with it (``Acme Motors ...
        Acme said``, ``the Bank of Wessex ... the Bank``) is that body when only one body so named
        came before it: after ``Acme Motors`` and ``Acme Corp`` the bare ``Acme`` is neither (a
        body of its own)."""
        firsts = {normalise_name(c.text).split()[0] for e in ents if e.label_ == "ORG" and (c := self._core(e)) is not None
                  and len(c) > 1}
        longer: dict[str, set[str]] = {}  # first word -> the longer bodies' names, as named before
        found: dict[int, str] = {}
        names = {w for e in ents if e.label_ == "PERSON" and len(e) > 1 for w in normalise_name(e.text).split()}
        for e in sorted(ents, key=lambda e: e.start):
            core = self._core(e)
            if core is None:
                continue
            words = normalise_name(core.text).split()
            org = self.ad.organisation(core.text) if e.label_ == "ORG" and len(core) == 1 else None
            if e.label_ == "ORG" and len(core) == 1 and len(longer.get(words[0], ())) == 1 \
                    and words[0] not in names and not self.ad.country_of(core.text) and not self.ad.capital_of(core.text) \
                    and (org is None or normalise_name(org.name) in longer[words[0]]):
                # a body the tables know by the short name is a body of its own (``BBC`` beside
                # ``BBC Sport``: the parent, not its unit), unless that is the longer name's
                found[e.start] = words[0]
            elif e.label_ == "ORG" and len(core) > 1 and words:
                longer.setdefault(words[0], set()).add(" ".join(words))
        # "Ford posts profits" (a headline) ... "Ford Motor Company said": a one-word body name in
        # the text's first sentence, when it is a headline (no full stop ends it), before the only longer body's name that begins with it in
        # the whole article, is that body too (a headline shortens the name the story gives in
        # full); not when the story itself uses the short name before the longer one (``Acme cut
        # jobs ... the Acme Roadster``: a product or a unit named after the body)
        everywhere: dict[str, set[str]] = {}
        first_at: dict[str, int] = {}  # first word -> where the first longer name so beginning starts
        for e in ents:
            if e.label_ == "ORG" and (core := self._core(e)) is not None and len(core) > 1:
                words = normalise_name(core.text).split()
                if words:
                    everywhere.setdefault(words[0], set()).add(" ".join(words))
                    first_at[words[0]] = min(first_at.get(words[0], e.start), e.start)
        words_0 = [t for t in self.sents[0] if not t.is_space] if self.sents else []
        headline = len(self.sents) > 1 and bool(words_0) and words_0[-1].text not in {".", "!", "?"}
        for e in ents:
            core = self._core(e)
            if not headline or e.start in found or e.label_ != "ORG" or core is None or len(core) != 1 \
                    or self.sent_of[e.start] > 0:
                continue
            word = normalise_name(core.text)
            org = self.ad.organisation(core.text)
            if len(everywhere.get(word, ())) == 1 and e.start < first_at[word] and word not in names \
                    and not any(self.sent_of[x.start] > 0 and x.start < first_at[word] and x.label_ == "ORG"
                                and normalise_name(x.text) == word for x in ents) \
                    and not self.ad.country_of(core.text) and not self.ad.capital_of(core.text) \
                    and (org is None or normalise_name(org.name) in everywhere[word]):
                found[e.start] = word
        found.update({e.start: normalise_name(e.text) for e in ents
                      if len(e) == 1 and normalise_name(e.text) in firsts - names
                      and (e.label_ == "PERSON" or (e.label_ == "GPE" and self._place_name_as_body(e[0])))})
        # "Ryanair" tagged a body in one sentence and a person in the next: a one-word name the
        # model also tags as a body, that is no word of a person's longer name nor a known given
        # name, is that body
        singles = {normalise_name(c.text) for e in ents if e.label_ == "ORG" and (c := self._core(e)) is not None
                   and len(c) == 1}
        # (a name described as a body somewhere, "plane maker Acme", is a body's already, with the
        # description's codes: see described_bodies in _named)
        singles -= {normalise_name(c.text) for e in ents if e.label_ in {"ORG", "PERSON"}
                    and (c := self._core(e)) is not None and self._body_descriptor(c) is not None}
        found.update({e.start: normalise_name(e.text) for e in ents
                      if e.label_ == "PERSON" and len(e) == 1 and normalise_name(e.text) in singles - names
                      and normalise_name(e.text) not in self.ad.given_names})
        found.update(self._business_short_names(ents, found, names))
        return found

    def _business_short_names(self, ents: list[Span], found: dict[int, str], names: set[str]) -> dict[int, str]:
        """``She was suspended by Delta ... a Delta spokesperson ... Delta Airlines said``: a
        one-word name that begins the name of the one business the article names in full (its last
        word a legal form or a business noun of roles.tsv: ``Airlines``, ``Bank``, ``Corp``) is that
        business, before or after the full name and whatever the model tagged it (a place: Delta is
        a Nigerian state), unless the article puts the word where places go (``in Delta``, a
        ``gazetteer_preposition``; ``Delta state``, a place's cue word after it) or it is a country, a
        capital, a place of weight or a word of a person's name, or the article names the country of
        the place it may be: a place word inside a firm's name is no home for the firm."""
        businesses: dict[str, set[str]] = {}
        for e in ents:
            core = self._core(e) if e.label_ == "ORG" else None
            if core is not None and len(core) > 1 and self._business_name(core):
                words = normalise_name(core.text).split()
                businesses.setdefault(words[0], set()).add(" ".join(words))
        singles = [(e, core) for e in ents if e.label_ in {"ORG", "GPE", "LOC"}
                   and (core := self._core(e)) is not None and len(core) == 1]
        as_place = {normalise_name(core.text) for _, core in singles
                    if core.start > 0 and self.tokens[core.start - 1].lower_ in self.ad.words.gazetteer_preposition
                    or core.end < len(self.tokens) and cue_level(self.tokens[core.end].text)}  # "Delta state"
        named_countries = {self.ad.country_of(e.text) for e in ents if e.label_ in {"GPE", "NORP"}} - {None}
        more: dict[int, str] = {}
        for e, core in singles:
            word = normalise_name(core.text)
            if e.start in found or len(businesses.get(word, ())) != 1 or word in names or word in as_place \
                    or word in self.ad.given_names or self.ad.country_of(core.text) or self.ad.capital_of(core.text) \
                    or _gazetteer_prominent(self.gaz, core.text) or self.ad.organisation(core.text) \
                    or _gazetteer_country(self.gaz, core.text) in named_countries:  # "Delta ... in Nigeria"
                continue
            more[e.start] = word
        return more

    def _business_firsts(self) -> frozenset[str]:
        """First words of the names of businesses the article names in full (``Delta`` of ``Delta
        Airlines``), each begun by one such name only (see ``_business_short_names``)."""
        cached = self.__dict__.get("_firsts_of_businesses")
        if cached is None:
            counts: dict[str, set[str]] = {}
            for e in self.ents:
                core = self._core(e) if e.label_ == "ORG" else None
                if core is not None and len(core) > 1 and self._business_name(core):
                    words = normalise_name(core.text).split()
                    counts.setdefault(words[0], set()).add(" ".join(words))
            cached = frozenset(w for w, names in counts.items() if len(names) == 1 and not self.ad.country_of(w)
                               and not self.ad.capital_of(w) and not _gazetteer_prominent(self.gaz, w))
            self.__dict__["_firsts_of_businesses"] = cached
        return cached

    def _counted_acronym(self, tok: Token) -> bool:
        """``2 RBI``, ``88 RBIs``, ``an RBI``: an acronym counted by a number or an indefinite article
        is a thing counted (a statistic), not a body; so is one joined to a counted thing's plural
        with no article (``home runs and RBI``) in a sport story."""
        if any(c.dep_ == "nummod" or c.like_num for c in tok.lefts) or (
                tok.i > 0 and (self.doc[tok.i - 1].like_num or self.doc[tok.i - 1].lower_ in {"a", "an"})):
            return True
        if any(c.dep_ == "det" for c in tok.children) or tok.dep_ != "conj":
            return False
        other = tok.head
        return other.tag_ == "NNS" and other.is_lower and not any(c.dep_ in {"det", "poss"} for c in other.children) \
            and self._sport_story()

    def _sport_story(self) -> bool:
        """The article's topic cue words are mostly of sport (``topic_words.tsv``)."""
        counts, _ = topic.doc_cue_counts(self.doc)
        best = max(topic.TOPICS, key=lambda t: (counts.get(t, 0), t == topic.POLITICS))
        return best == "sport" and counts.get(best, 0) > 0

    def _counted_acronyms(self, ents: list[Span]) -> list[Span]:
        """Bodies of the dictionary named by an acronym (``RBI``, or its plural ``RBIs``) that the
        sentence counts (``_counted_acronym``) are no names (brief s15-ents15)."""
        kept = []
        for e in ents:
            word = e.text.removesuffix("s") if len(e) == 1 else ""
            if len(word) >= 2 and word.isupper() and word.isalpha() and self.ad.organisation(word) is not None \
                    and self._counted_acronym(e[0]):
                continue
            kept.append(e)
        return kept

    def _business_name(self, core: Span) -> bool:
        """A body's name ending in a legal form or a business noun (``Acme Airlines``, ``Acme Corp``)."""
        last = core[-1].lower_.rstrip(".")
        role = self.ad.role(last)
        return core[-1].text[:1].isupper() and (
            last in self.ad.words.company_word or role is not None and role.sector == "BUS" and role.kind == "org")

    def _place_name_as_body(self, token: Token) -> bool:
        """A place's one-word name in a body's role: a possessor, or a subject or object of a
        verb, never after a preposition nor modifying a noun, and not a country's name."""
        if self.ad.country_of(token.text):
            return False
        nxt = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None
        if nxt is not None and nxt.tag_ == "POS":
            return True
        return token.dep_ in {"nsubj", "nsubjpass", "dobj"} and token.head.pos_ in {"VERB", "AUX"}

    def _medium_title(self, ent: Span) -> Span:
        """``The Beijing News`` tagged as a work of art: a title of capitalised words ending in a
        newspaper's word is a body (the reporting medium)."""
        words = [t for t in ent if not t.is_punct]
        if ent.label_ not in {"WORK_OF_ART", "PRODUCT"} or len(words) < 2 or words[-1].lower_ not in self.ad.words.media_title:
            return ent
        if not all(t.text[:1].isupper() for t in words):
            return ent
        return Span(self.doc, ent.start, ent.end, label="ORG")

    def _untagged_names(self, ents: list[Span]) -> list[Span]:
        """People's names the model missed or cut short:

        - a family name that is also an English pronoun (``He Yuming said``, ``told He Yuming``):
          a capitalised pronoun followed by capitalised words is a name when it stands inside
          the sentence (a pronoun is never capitalised there) or the parser took it for a part
          of the name after it;
        - two or three capitalised words with no entity label that stand in apposition to a
          person noun (``a local official, Liu Wen,``) or follow a person's title
          (``official Liu Wen``)."""
        doc, tokens = self.doc, self.tokens
        tagged = {i for e in ents for i in range(e.start, e.end)}
        by_start = {e.start: e for e in ents}
        found: list[Span] = []
        # every test below wants a capitalised word: the others are passed over first (speed20)
        for tok in [tokens[i] for i, word in enumerate(self.words) if word[:1].isupper()]:
            family = self._family_name_first(tok)
            if family is not None:
                found.append(family)
                continue
            given = self._name_gone_by(tok, tagged, by_start) or self._kin_given_name(tok, tagged)
            if given is not None:
                found.append(given)
                continue
            if tok.tag_ == "PRP" and tok.text[:1].isupper() and tok.text.isalpha() \
                    and (end := self._name_run_end(tok.i + 1)) > tok.i + 1:
                inside = tok.i > self.sents[self.sent_of[tok.i]].start and not (
                    tokens[tok.i - 1].is_punct or tokens[tok.i - 1].is_quote)
                glued = tok.dep_ == "compound" or tokens[tok.i + 1].tag_ in {"NNP", "NNPS"}
                following = by_start.get(tok.i + 1)
                if (inside or glued) and (following is None or following.label_ == "PERSON"):
                    end = max(end, following.end) if following is not None else end
                    found.append(Span(doc, tok.i, end, label="PERSON"))
                continue
            if tok.i in tagged or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
                continue
            capital_title = self._capitalised_title_before(tok, tagged) and self._plain_name_run(tok)
            if tok.i > 0 and tokens[tok.i - 1].pos_ == "PROPN" and tokens[tok.i - 1].text[:1].isupper() \
                    and tok.i - 1 not in tagged and not capital_title and self.ad.role(tokens[tok.i - 1].text) is None:
                # not the start of a run (a tagged word before it, "Democrats", ends one); a title's last word
                # before it does not make it one ("NYPD Chief of Department Tom Reed ... said Reed"; ents21)
                continue
            end = self._name_run_end(tok.i)
            if not 2 <= end - tok.i <= 3 or any(i in tagged for i in range(tok.i, end)):
                continue
            span = doc[tok.i:end]
            if self.ad.organisation(span.text) or any(self.ad.country_of(t.text) for t in span) \
                    or _gazetteer_is_place(self.gaz, span.text):
                continue
            root = span.root
            apposed = root.dep_ == "appos" and self._person_word(root.head)
            titled = tok.i > 0 and self._person_word(tokens[tok.i - 1]) and not tokens[tok.i - 1].text[:1].isupper()
            if apposed or titled or self._described_after(span) or capital_title or self._family_name_repeated(span) \
                    or self._joined_to_person(span, by_start, ents) or self._given_name_family_repeated(span) \
                    or self._office_apposition_after(span):
                found.append(Span(doc, tok.i, end, label="PERSON"))
        found = self._without_title_runs(found)
        if not found:
            return ents
        covered = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
        return sorted(kept + found, key=lambda e: e.start)

    def _without_title_runs(self, found: list[Span]) -> list[Span]:
        """``Superintendent Ann Lee said``: the run of capitalised words from the title and the name after
        the title were both found; the run that opens with a person's title (roles.tsv kind person, or a
        person noun) and ends where the name ends is no name (issue 15, s19-dev15e)."""
        ends = {(span.start, span.end) for span in found}
        kept = []
        for span in found:
            inner = [(s, e) for s, e in ends if span.start < s and e == span.end]
            if inner:
                title = " ".join(t.lower_ for t in self.tokens[span.start:inner[0][0]])
                role = self.ad.role(title)
                if role is not None and role.kind == "person" or self.ad.person_noun(title) is not None:
                    continue
            kept.append(span)
        return kept

    def _described_after(self, span: Span) -> bool:
        """``Dolores Quint, a retired teacher from Toledo, won``: two or three untagged capitalised
        words followed by a comma and an indefinite apposition whose noun names a person (a role of
        one person that is no occupation firms share, ``teacher``, or a plain or relation noun,
        ``woman``, ``mother``; with a known given name first, any noun of a kind of person) are that
        person's name (brief s15-descs); not ``Acme Homes, a developer`` (person_nouns.tsv kind
        identity: firms are called so too), nor ``Acme Holdings, ...`` (a company word)."""
        root = span.root
        if span.end >= len(self.tokens) or self.tokens[span.end].text != "," \
                or any(t.lower_ in self.ad.words.company_word for t in span):
            return False
        given = span[0].lower_ in self.ad.given_names
        for noun in (c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.tag_ == "NN"):
            if not any(d.dep_ == "det" and d.lower_ in self.ad.words.indefinite_article for d in noun.children):
                continue
            role = self.ad.role(noun.lemma_)
            person = self.ad.person_noun(noun.lemma_)
            if given and self._person_word(noun) or person is None and role is not None and role.kind == "person" \
                    or person is not None and person.kind in {"plain", "relation"}:
                return True
        return False

    def _office_apposition_after(self, span: Span) -> bool:
        """``..., said Ann Voss, commissioner of the State Department of Labor.``: two or three untagged
        capitalised words opening with a known given name, then a comma and an apposition whose noun
        is a role of one person with no article (``commissioner of``, ``director of``) or after
        ``the`` are that person's name (the office names the one who holds it; issue 15,
        s18-dev13e). Not a company's name (``Acme Holdings, ...``)."""
        if span[0].lower_ not in self.ad.given_names or span.end >= len(self.tokens) \
                or self.tokens[span.end].text != "," or any(t.lower_ in self.ad.words.company_word for t in span):
            return False
        root = span.root
        for noun in (c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.tag_ == "NN"):
            dets = [d.lower_ for d in noun.children if d.dep_ == "det"]
            role = self.ad.role(noun.lemma_) or self.ad.role(noun.lower_)
            if role is not None and role.kind == "person" and set(dets) <= {"the"}:
                return True
        return False

    def _capitalised_title_before(self, tok: Token, tagged: set[int]) -> bool:
        """``Governor Wade Pettibone tweeted``, ``Student Ann Lee said``, ``Police Superintendent
        Ann Lee``, ``Mum-of-two Ann Lee``: a person's title written with a capital (a role or person
        noun of the lexicon, one word or two, or such a noun with ``-of-`` and a number) right before ``tok``, untagged, and not itself inside a longer name: it
        opens its sentence or follows a word that is no capitalised name (``said Governor ...``)."""
        tokens = self.tokens
        if tok.i == 0:
            return False
        sent_start = self.sents[self.sent_of[tok.i]].start
        if tok.i - 5 >= sent_start and [t.text for t in tokens[tok.i - 4 : tok.i - 1]] == ["-", "of", "-"] \
                and tokens[tok.i - 1].like_num and tokens[tok.i - 5].text[:1].isupper() \
                and self.ad.person_noun(tokens[tok.i - 5].lower_) is not None \
                and not any(i in tagged for i in range(tok.i - 5, tok.i)):
            # "Mum-of-two Ann Lee", "Father-of-three Tom Reed": a title of the tabloids
            first = tok.i - 5
            before = tokens[first - 1] if first > sent_start else None
            return before is None or not (before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN"))
        # the longer title first: "Assistant Superintendent Ann Lee" is one title, not a capitalised
        # word before the title "Superintendent" (s19-dev15e)
        for width in (2, 1):
            first = tok.i - width
            if first < sent_start or any(i in tagged for i in range(first, tok.i)):
                continue
            words = tokens[first:tok.i]
            if not all(w.text[:1].isupper() and w.text.isalpha() for w in words):
                continue
            phrase = " ".join(w.lower_ for w in words)
            role = self.ad.role(phrase)
            if (role is None or role.kind != "person") and self.ad.person_noun(phrase) is None:
                continue
            before = tokens[first - 1] if first > sent_start else None
            # ("U.S. Trade Representative Nina Carrow": a country before the title is no longer name)
            return before is None or not (before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN")) \
                or before.ent_type_ == "GPE" and self.ad.country_name_of(before.text) is not None
        return False

    def _plain_name_run(self, tok: Token) -> bool:
        """The run of capitalised words from ``tok`` reads as a person's name after a title: two
        or three words, ending before a word in lower case that they do not modify, none of them a
        role or person noun (``Union Bar Manager``) or a place (``America Civil War``)."""
        end = self._name_run_end(tok.i)
        if not 2 <= end - tok.i <= 3 or end >= len(self.tokens) or self.tokens[end].text[:1].isupper():
            return False
        if tok.i > 0:
            title = self.ad.role(f"{self.tokens[tok.i - 1].lower_} {tok.lower_}")
            if title is not None and title.kind == "person":
                return False  # "Chief Superintendent Ann Lee": the run starts inside the title
        last = self.tokens[end - 1]
        if last.dep_ == "compound" and last.head.i >= end:
            return False  # "Student Loan Company officials": the run names a kind of people
        # (or a run that is a verb's subject: "Superintendent Morgan Ames told")
        given_first = tok.lower_ in self.ad.given_names or self.tokens[end].pos_ in {"VERB", "AUX"} \
            and self.tokens[end - 1].dep_ in {"nsubj", "nsubjpass"}
        for word in self.tokens[tok.i:end]:
            role = self.ad.role(word.lower_)
            if (role is not None and role.kind == "person") or self.ad.person_noun(word.lower_) is not None \
                    or self.ad.country_of(word.text):
                return False
            # after a title, a run opening with a known given name (or a subject's) is a name though its
            # words may name towns too ("Gloria", "Pike"; the caller checks the whole run; s19-dev15e)
            if not given_first and _gazetteer_is_place(self.gaz, word.text):
                return False
        return True

    def _kin_given_name(self, tok: Token, tagged: set[int]) -> Span | None:
        """``Amber`` of ``his wife Amber`` or ``her husband, Graham,``: one capitalised word the model
        left untagged, right after a lower-case relation noun (``person_nouns.tsv``; or after it and
        a comma, with a comma or a full stop after the word) and known as a given name, with no
        capitalised word after it, is the relative's name."""
        if tok.i in tagged or tok.i == 0 or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                or tok.lower_ not in self.ad.given_names:
            return None
        before = self.tokens[tok.i - 1]
        after = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
        if before.text == "," and tok.i >= 2 and (after is None or after.text in {",", "."}):
            before = self.tokens[tok.i - 2]  # "her husband, Graham, welcomed": set off by commas
        noun = self.ad.person_noun(before.lower_) if before.text.islower() else None
        if noun is None or noun.kind != "relation" or (after is not None and after.text[:1].isupper()):
            return None
        return Span(self.doc, tok.i, tok.i + 1, label="PERSON")

    def _name_gone_by(self, tok: Token, tagged: set[int], by_start: dict[int, Span]) -> Span | None:
        """``Zantor`` of ``a young hacker goes by the online name Zantor`` or ``one volunteer calls
        himself Zantor``: one to three capitalised words starting at ``tok`` that a person noun
        takes as its name (``_named_as``) are a person's name, whether the model tagged nothing
        there or a thing (a product, a work, a body)."""
        text = tok.text  # asked of every word: the cheap tests first
        if not (text[:1].isupper() and text.isalpha()):
            return None
        pos = tok.pos_
        if pos != "PROPN" and not (pos in {"NOUN", "ADJ"} and tok.i > self.sents[self.sent_of[tok.i]].start):
            return None  # a capitalised noun or adjective inside a sentence may be a name the tagger missed
        if tok.i > 0 and self.tokens[tok.i - 1].pos_ == "PROPN" and self.tokens[tok.i - 1].text[:1].isupper():
            return None  # not the start of a run
        end = self._name_run_end(tok.i, any_label=True)
        if not 1 <= end - tok.i <= 3:
            return None
        model = by_start.get(tok.i)
        if model is not None and model.label_ == "PERSON" or any(
                i in tagged for i in range(tok.i, end)) and (model is None or model.end != end):
            return None  # the model's person, or a span that is not just these words
        span = doc_span(self.doc, tok.i, end)
        text = doc_text(self.doc)[span.start_char:span.end_char]  # span.text without a Token per word (speed20)
        # the parse first: few runs hang on a noun of naming, and the table and gazetteer look-ups
        # are dearer (all are questions only: the order changes no answer)
        noun = self._named_as(span.root)
        if noun is None or not self._names_a_person(noun):
            return None
        if self.ad.organisation(text) or self.ad.country_of(text) or _gazetteer_is_place(self.gaz, text):
            return None
        self.names_gone_by.setdefault(tuple(self.words[tok.i:end]), tok.i)
        return Span(self.doc, tok.i, end, label="PERSON")

    def _names_gone_by_alone(self) -> None:
        """A name someone goes by (``_name_gone_by``) written again where the model tagged
        nothing (``Zantor posted maps``, ``Zantor's message``) is that person, unless
        capitalised words around it make it part of a longer name."""
        n = len(self.words)
        for words, first in self.names_gone_by.items():
            person = self._cluster_at(first)
            if person is None or person.type != "PERSON":
                continue
            size = len(words)
            for start in range(first + size, n - size + 1):
                end = start + size
                if tuple(self.words[start:end]) != words or any(k in self.claimed for k in range(start, end)):
                    continue
                sent = self.sent_of[start]
                before = start > 0 and self.sent_of[start - 1] == sent and self.tokens[start - 1].pos_ == "PROPN" \
                    and self.words[start - 1][:1].isupper()
                after = end < n and self.sent_of[end] == sent and self.tokens[end].pos_ == "PROPN" and self.words[end][:1].isupper()
                if not (before or after):
                    self._add(person, start, end, "name", self.tokens[end - 1])

    def _untagged_acronyms(self, ents: list[Span]) -> list[Span]:
        """A body's acronym the model took for a common noun and left untagged (``ECOWAS and the junta
        agreed``, tagged a plural noun ``ecowa``): one word of two to eight capital letters that the
        actor dictionary knows as an organisation's name or alias, inside a line that is not shouted
        (a line in capitals has every word in capitals: ``WHO`` there may be the pronoun)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        # the word's shape first, from the words alone: few words are capitals only
        for tok in [self.tokens[i] for i, word in enumerate(self.words)
                    if 2 <= len(word) <= 8 and word.isalpha() and word.isupper()]:
            if tok.i in tagged or tok.pos_ == "PROPN":
                continue  # a proper noun left untagged is the name rules' to judge
            sent = self.sents[self.sent_of[tok.i]]
            words = [t for t in sent if t.is_alpha and t.i != tok.i]
            if words and sum(t.text.isupper() for t in words) * 2 > len(words):
                continue  # a shouted line
            if self.ad.organisation(tok.text) is not None:
                found.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _untagged_as_speakers(self, ents: list[Span]) -> list[Span]:
        """``As Pitchwire put it, "..."``, ``as Nordmark noted, ...``: a capitalised name the model
        left untagged, the subject of a verb of saying in a clause opened by ``as``, is a speaker:
        a person when it opens with a given name and has two or three words, else a body (a
        magazine, an agency). Not a word the dictionaries know as a country, place or role."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for tok in self._capitalised():
            if tok.i in tagged or tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                    or not tok.text.isalpha():
                continue
            verb = tok.head  # a new Token each time: made only for the few words that pass the tests above
            if verb.i <= tok.i \
                    or verb.lemma_.lower() not in self.speech_verbs and verb.lemma_.lower() not in self.framing_verbs \
                    or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
                continue
            start = tok.i
            while start > 0 and (prev := self.tokens[start - 1]).dep_ == "compound" and prev.head.i in range(start, tok.i + 1) \
                    and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i not in tagged:
                start -= 1
            if tok.i - start > 2:
                continue
            words = self.doc[start : tok.i + 1]
            if any(self.ad.country_of(t.text) or self.ad.role(t.lower_) or _gazetteer_is_place(self.gaz, t.text) for t in words):
                continue
            person = len(words) >= 2 and words[0].lower_ in self.ad.given_names
            found.append(Span(self.doc, start, tok.i + 1, label="PERSON" if person else "ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _web_names(self, ents: list[Span]) -> list[Span]:
        """``told Acmenews.co.uk``: one capitalised word made of a name and the ending of a web
        address (``web_domain_ending`` of actor_words.tsv), not inside a link (no ``/`` or ``@``
        beside it, no ``www.``), is the name of the site's body, however the model read it."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        text = doc_text(self.doc)
        found: list[Span] = []
        for tok in self._capitalised():
            name, dot, ending = tok.text.partition(".")
            if tok.i in tagged or not dot or ending.lower() not in self.ad.words.web_domain_ending \
                    or not name[:1].isupper() or not name.replace("-", "").isalnum() or name.lower() == "www":
                continue
            before = text[tok.idx - 1] if tok.idx else " "
            after = text[tok.idx + len(tok.text)] if tok.idx + len(tok.text) < len(text) else " "
            if before in "/@." or after in "/@":
                continue
            found.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _split_slashed_bodies(self, ents: list[Span]) -> list[Span]:
        """``a University of Kansas/Kansas City Star poll``: a body's span with a slash between
        two capitalised words names two bodies (joint pollsters, sponsors), one each side; a
        slash left dangling at the span's end (``University of Texas/``) is no part of the name
        (issue 15, s16-dev11e)."""
        out: list[Span] = []
        for e in ents:
            slashes = [t.i for t in e if t.text == "/"] if e.label_ in {"ORG", "FAC"} else []
            if len(slashes) != 1:
                out.append(e)
                continue
            k = slashes[0]
            left, right = self.doc[e.start:k], self.doc[k + 1:e.end]
            if not left or not left[-1].text[:1].isupper() or (
                    len(right) and not (right[0].text[:1].isupper() and right[-1].text[:1].isupper())):
                out.append(e)  # lower-case words beside the slash: left as the model read it
                continue
            out.append(Span(self.doc, left.start, left.end, label=e.label_))
            if len(right):
                out.append(Span(self.doc, right.start, right.end, label=e.label_))
        return out

    def _paired_descriptions(self) -> None:
        """``Ann Lee and Tom Dunn ..., the Texas senator and business mogul``: two people's
        descriptions joined by ``and`` under one determiner (one mention, or two the parser split),
        left unlinked, after two people named as ``X and Y`` in the same or the previous sentence:
        the first description is the first person's, the second the second's, in the order the
        text named them (issue 15, s16-dev11e). Nothing when the names are not exactly two."""
        unnamed = [c for c in self.clusters if c.type == "PERSON" and not c.key.startswith("person:")]
        for cluster in unnamed:
            for m in list(cluster.mentions):
                if m.kind in {"name", "pronoun"}:
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span[0].tag_ != "DT":
                    continue
                joins = [t for t in span if t.lower_ == "and" and t.dep_ == "cc"]
                if len(joins) == 1 and span.start < joins[0].i < span.end - 1:
                    parts = [(span.start, joins[0].i), (joins[0].i + 1, span.end)]
                    others: list[tuple[Cluster, Mention]] = []
                else:
                    # the parser's two chunks: "the Florida senator" + "and" + "Ohio governor"
                    after = span.end
                    if after + 1 >= len(self.tokens) or self.tokens[after].lower_ != "and":
                        continue
                    nxt = [(c, x) for c in unnamed if c is not cluster for x in c.mentions
                           if x.kind not in {"name", "pronoun"} and x.start == self.tokens[after + 1].idx]
                    if len(nxt) != 1 or self.tokens[after + 1].tag_ == "DT":
                        continue
                    second = self.doc.char_span(nxt[0][1].start, nxt[0][1].end, alignment_mode="expand")
                    if second is None:
                        continue
                    parts = [(span.start, span.end), (second.start, second.end)]
                    others = nxt
                if not all(self._person_head(self.tokens[end - 1]) for _, end in parts):
                    continue
                pair = self._named_pair_before(span.start)
                if pair is None:
                    continue
                for person, (start, end) in zip(pair, parts, strict=True):
                    head = self.tokens[end - 1]
                    person.mentions.append(Mention(self.tokens[start].idx, head.idx + len(head.text), "role",
                                                   head, self.sent_of[head.i]))
                    person.evidence.append(f"{self.doc[start:end].text!r}: one of two descriptions in the order "
                                           f"of the two people named before")
                cluster.mentions.remove(m)
                for other, x in others:
                    other.mentions.remove(x)

    def _rival_descriptions(self) -> None:
        """``Pruitt said her rival candidate had missed votes``, ``Cope told supporters that his
        rival ...``: a person's rival (``contest_rival_noun``, alone or before ``candidate``), owned by
        a person of the story, is the one other person named in that sentence or the three before
        it; nothing when none or several are (issue 15, s16-dev11e)."""
        text = doc_text(self.doc)
        for tok in self._with_lower(self.ad.words.contest_rival_noun):
            if tok.lower_ not in self.ad.words.contest_rival_noun or tok.tag_ not in {"NN", "JJ"}:
                continue
            head = tok.head if tok.dep_ in {"compound", "amod"} and tok.head.tag_ == "NN" else tok
            if head.tag_ != "NN":
                continue
            poss = [c for c in head.children if c.dep_ == "poss"]
            if len(poss) != 1:
                continue
            owner = self._cluster_at(poss[0].i)
            if owner is None or owner.type != "PERSON":
                continue
            start, end = poss[0].left_edge.i, head.i + 1
            if any(self._cluster_at(k) is not None for k in range(tok.i, end)):
                continue
            sent = self.sent_of[tok.i]
            others = [c for c in self.clusters if c is not owner and c.type == "PERSON" and c.key.startswith("person:")
                      and any(m.kind in {"name", "title"} and 0 <= sent - m.sent <= 3 and m.end <= tok.idx
                              for m in c.mentions)]
            if len(others) != 1:
                continue
            last = self.tokens[end - 1]
            others[0].mentions.append(Mention(self.tokens[start].idx, last.idx + len(last.text), "role", last, sent))
            others[0].evidence.append(f"{text[self.tokens[start].idx: last.idx + len(last.text)]!r}: "
                                      f"{owner.name}'s rival, the one other person named nearby")

    def _clipped_surnames(self) -> None:
        """``Rob Gronkowski ... Gronk``, ``Justin Bieber ... the Biebs``: one capitalised word that is
        the first four or more letters of the family name of one person named in full before it (with
        ``s``, ``y`` or ``ie`` after them, or none), and no noun, given name, body or place of its own,
        is that person's nickname (issue 15, s16-dev11e)."""
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")
                  and len(c.name.split()) >= 2]
        if not people:
            return  # nobody's family name to clip
        # A word fits a family name only by a stem of four letters or more that begins it, so the
        # word's first four letters begin that name: words whose four begin no family name are passed
        # by before the table and gazetteer look-ups (None: a name of no words, where no filter is safe).
        family = [normalise_name(c.name).split() for c in people]
        openings = None if not all(family) else {words[-1][:4] for words in family}
        for tok in self._capitalised():
            word = self.words[tok.i]
            if len(word) < 4 or not word.isalpha() or not word[:1].isupper() or word.isupper() \
                    or openings is not None and tok.lower_[:4] not in openings \
                    or tok.lower_ in self.nouns or tok.lower_ in self.ad.given_names \
                    or self.ad.organisation(word) or self.ad.country_of(word) or _gazetteer_is_place(self.gaz, word):
                continue
            holder = self._cluster_at(tok.i)
            if holder is not None and not (holder.type in {"PERSON", "ORG"} and normalise_name(holder.name) == tok.lower_):
                continue
            stems = {tok.lower_}
            for end in ("s", "y", "ie"):
                if tok.lower_.endswith(end):
                    stems.add(tok.lower_[: -len(end)])
            fits = [c for c in people if c is not holder and any(
                len(stem) >= 4 and normalise_name(c.name).split()[-1].startswith(stem)
                and normalise_name(c.name).split()[-1] != stem for stem in stems)
                and any(m.end <= tok.idx for m in c.mentions)]
            if len(fits) != 1:
                continue
            if holder is not None:
                holder.mentions = [m for m in holder.mentions if not (m.start <= tok.idx < m.end)]
            fits[0].mentions.append(Mention(tok.idx, tok.idx + len(word), "name", tok, self.sent_of[tok.i]))
            fits[0].evidence.append(f"{word!r}: the first letters of {fits[0].name}'s family name, a nickname")

    def _person_head(self, token: Token) -> bool:
        """A common noun that describes a person (the tagger may call ``mogul`` a proper noun): a
        role of a person or a person noun (``senator``, ``mogul``)."""
        role = self.ad.role(token.lemma_) or self.ad.role(token.text)
        return token.pos_ in {"NOUN", "PROPN"} and token.text.islower() and (role is not None and role.kind == "person"
                                         or self.ad.person_noun(token.lemma_) is not None)

    def _named_pair_before(self, i: int) -> tuple[Cluster, Cluster] | None:
        """The two people named as ``X and Y`` (two names joined by ``and``, no third) in the
        sentence of token ``i`` before it, or in the sentence before; None when two such pairs are
        there (the later one was taken before s19-guess19: a recency tie-break)."""
        sent = self.sent_of[i]
        text = doc_text(self.doc)
        best: tuple[int, tuple[Cluster, Cluster]] | None = None
        pairs: set[tuple[int, int]] = set()
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        for a in people:
            for ma in a.mentions:
                if ma.kind != "name" or ma.head.i >= i or sent - ma.sent not in (0, 1):
                    continue
                conj = [t for t in ma.head.conjuncts]
                if len(conj) != 1 or conj[0].i < ma.head.i:
                    continue
                mb = next(((c, x) for c in people if c is not a for x in c.mentions
                           if x.kind == "name" and x.head.i == conj[0].i), None)
                if mb is None or text[ma.end:mb[1].start].strip() != "and":
                    continue  # "X, Y and Z": a list of more than two
                first = self.doc.char_span(ma.start, ma.end, alignment_mode="expand")
                if first is None or (first.start > 0 and self.tokens[first.start - 1].text in {",", "and", "&"}):
                    continue
                b = mb[0]
                pairs.add((id(a), id(b)))
                if best is None or ma.head.i > best[0]:
                    best = (ma.head.i, (a, b))
        if len(pairs) > 1:
            return None  # two pairs in reach: the later is no evidence (issue 15, s19-guess19)
        return best[1] if best else None

    def _bracket_credits(self, ents: list[Span]) -> list[Span]:
        """``... officials said. [Reuters.]``, ``[Dana Whitfield.]``: one to four capitalised words
        alone in brackets at a paragraph's end credit the outlet or the reporter of the paragraph:
        a body the tables know (``organisations.tsv``) is that body, two or three words opening
        with a given name are a person, whatever the model read (issue 15, s16-dev11e)."""
        text = doc_text(self.doc)
        found: list[Span] = []
        for start, end in self.brackets:
            if text[end:].split("\n", 1)[0].strip():
                continue  # words after the bracket on its line: no credit closing a paragraph
            inner = self.doc.char_span(start + 1, end - 1, alignment_mode="contract")
            if inner is None:
                continue
            words = [t for t in inner if not (t.is_punct and t.i == inner.end - 1 and t.text == ".")]
            if not 1 <= len(words) <= 4 or not all(t.text[:1].isupper() and not t.is_punct for t in words):
                continue
            name = self.doc[words[0].i: words[-1].i + 1]
            if self.ad.organisation(name.text) is not None:
                found.append(Span(self.doc, name.start, name.end, label="ORG"))
            elif 2 <= len(words) <= 3 and words[0].lower_ in self.ad.given_names:
                found.append(Span(self.doc, name.start, name.end, label="PERSON"))
        return self._with_spans(ents, found)

    def _untagged_outlets(self, ents: list[Span]) -> list[Span]:
        """``first week on Hulu``, ``told Vox``: one capitalised word inside a sentence, left
        untagged, that the tables know as an outlet's or a medium's name (an organisation of sector
        MED in ``organisations.tsv``) is that body; never a sentence's first word, nor a word of a
        longer capitalised run (issue 15, s16-dev11e)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for tok in self._capitalised():
            if tok.i in tagged or tok.is_sent_start or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            if tok.i > 0 and self.tokens[tok.i - 1].text[:1].isupper() and self.tokens[tok.i - 1].is_alpha:
                continue
            if tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].text[:1].isupper() and self.tokens[tok.i + 1].is_alpha:
                continue
            org = self.ad.organisation(tok.text)
            if org is not None and "MED" in org.sectors and org.type == "ORG":
                found.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return self._with_spans(ents, found)

    def _bodies_that_say(self, ents: list[Span]) -> list[Span]:
        """``the Sunday Chronicle claimed``, ``the Old Bailey heard``: one to four capitalised proper nouns
        after ``the``, left untagged (a weekday in them may be tagged a date), whose last word is the subject
        of a verb of saying (or ``hear``: a court hears a case) are a body's name: a person's name takes no
        article, and a place or a body the tables know is left to the other rules (ents21)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens, found = self.tokens, []
        for tok in tokens:
            if tok.dep_ not in {"nsubj"} or tok.tag_ != "NNP" or not tok.text[:1].isupper() or tok.i in tagged:
                continue
            verb = tok.head
            if verb.lemma_.lower() not in self.speech_verbs and verb.lemma_.lower() != "hear":
                continue
            start = tok.i
            while start - 1 >= 0 and tok.i - start < 3 and tokens[start - 1].tag_ == "NNP" \
                    and tokens[start - 1].text[:1].isupper() and (start - 1 not in tagged or tokens[start - 1].ent_type_ == "DATE"):
                start -= 1
            if start == 0 or tokens[start - 1].lower_ != "the" or (tok.i + 1 < len(tokens) and tokens[tok.i + 1].tag_ == "NNP"):
                continue
            span = Span(self.doc, start, tok.i + 1, label="ORG")
            if any(self.ad.country_of(t.text) for t in span) or _gazetteer_is_place(self.gaz, span.text) \
                    or self.ad.person_noun(tok.lower_) or self.ad.role(tok.lower_):
                continue  # "the Netherlands said", "the President said": the other rules' (a place, a title)
            found.append(span)
        if not found:
            return ents
        covered = {i for span in found for i in range(span.start, span.end)}
        return sorted([e for e in ents if not any(i in covered for i in range(e.start, e.end))] + found, key=lambda e: e.start)

    @staticmethod
    def _with_spans(ents: list[Span], found: list[Span]) -> list[Span]:
        """``ents`` with the ``found`` spans in place of every span they overlap."""
        if not found:
            return ents
        covered = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
        return sorted(kept + found, key=lambda e: e.start)

    def _untagged_dictionary_bodies(self, ents: list[Span]) -> list[Span]:
        """``the Islamic State`` left untagged where the model tagged the body's acronym or nothing:
        a run of two to five capitalised words, none tagged, that the actor dictionary knows as an
        organisation's name or alias, whole (no capitalised proper noun adjoins it: not a part of a
        longer name), inside a line that is not shouted. A one-word name is left to the acronym
        and repeat rules (``Apple``, ``Congress`` may be words of another kind)."""
        # a demonym the model tagged alone inside the name ("Islamic" of "the Islamic State") is no stop
        tagged = {i for e in ents if e.label_ != "NORP" for i in range(e.start, e.end)}
        tokens, found = self.tokens, []
        i, n = 0, len(tokens)
        while i < n:
            end = i
            while end < n and end - i < 5 and end not in tagged and self.words[end][:1].isupper() \
                    and self.words[end].replace("-", "").isalpha() and tokens[end].pos_ in {"PROPN", "ADJ", "NOUN"} \
                    and self.sent_of[end] == self.sent_of[i]:
                end += 1
            if end - i < 2:
                i = max(end, i + 1)
                continue
            before = i > 0 and self.sent_of[i - 1] == self.sent_of[i] and tokens[i - 1].pos_ == "PROPN" \
                and tokens[i - 1].text[:1].isupper()
            after = end < n and self.sent_of[end] == self.sent_of[i] and tokens[end].pos_ == "PROPN" \
                and tokens[end].text[:1].isupper()
            if not (before or after) and self.ad.organisation(self.doc[i:end].text) is not None \
                    and all(e.start >= i and e.end <= end for e in ents if e.start < end and e.end > i):
                # whether the line is shouted only for a name the tables know (a walk over its sentence)
                sent = self.sents[self.sent_of[i]]
                words = [t for t in sent if t.is_alpha]
                if not (bool(words) and sum(t.text.isupper() for t in words) * 2 > len(words)):
                    found.append(Span(self.doc, i, end, label="ORG"))
            i = end
        if not found:
            return ents
        covered = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
        return sorted(kept + found, key=lambda e: e.start)

    def _untagged_body_repeats(self, ents: list[Span]) -> list[Span]:
        """``Zingo, the dating app, ... Zingo suspended her account``: a one-word name the model
        tags a body at least twice in the article, and never anything else, is that body's name
        where it left the same word untagged as a noun phrase of its own (a subject, an object,
        a possessor, a preposition's object: "not on Zingo", "Zingo's ban"); never as a
        modifier ("a Zingo user")."""
        labels: dict[str, list[str]] = {}
        for e in self.ents:
            if len(e) == 1:
                labels.setdefault(e.text, []).append(e.label_)
        bodies = {text for text, found in labels.items()
                  if len(found) >= 2 and set(found) == {"ORG"} and text[:1].isupper() and not text.isupper()}
        if not bodies:
            return ents
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found_spans = [Span(self.doc, tok.i, tok.i + 1, label="ORG") for tok in self.tokens
                       if tok.text in bodies and tok.i not in tagged and tok.pos_ in {"PROPN", "NOUN"}
                       and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}]
        return sorted(ents + found_spans, key=lambda e: e.start) if found_spans else ents

    def _glued_hyphen(self, i: int) -> bool:
        """Token ``i`` is a hyphen written with no space on either side (``Ana-Lucia``)."""
        tokens = self.tokens
        return 0 < i < len(tokens) - 1 and tokens[i].text == "-" and not tokens[i - 1].whitespace_ \
            and not tokens[i].whitespace_

    def _name_piece(self, tok: Token) -> bool:
        """A capitalised proper noun that is no role, body, country or company word."""
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha() and not tok.text.isupper() \
            and not (self.ad.role(tok.text) or self.ad.organisation(tok.text) or self.ad.country_of(tok.text)
                     or tok.lower_ in self.ad.words.company_word)

    def _hyphened_name_pieces(self, ents: list[Span]) -> list[Span]:
        """A person's name the model cut at a hyphen: ``Ana-Lucia Ferreyra`` tagged from ``Lucia``
        (the piece glued before the hyphen is the name's too), ``Dan-el Padilla Peralta`` tagged
        ``Dan-el`` alone (one or two untagged capitalised proper nouns after a hyphened given name,
        that the parser joins to it as compounds, finish it) (brief s16-names16)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens, out = self.tokens, []
        for e in ents:
            start, end = e.start, e.end
            if e.label_ == "PERSON":
                while start >= 2 and self._glued_hyphen(start - 1) and start - 2 not in tagged \
                        and self._name_piece(tokens[start - 2]) and self.sent_of[start - 2] == self.sent_of[e.start]:
                    start -= 2
                hyphened = any(self._glued_hyphen(i) for i in range(start, end))
                last = tokens[end - 1]
                run = end
                while hyphened and run < len(tokens) and run - end < 2 and run not in tagged \
                        and self._name_piece(tokens[run]) and self.sent_of[run] == self.sent_of[e.start] \
                        and tokens[run - 1].whitespace_:
                    run += 1
                if run > end and last.dep_ == "compound" and end <= last.head.i < run \
                        and all(tokens[k].dep_ == "compound" and tokens[k].head.i < run for k in range(end, run - 1)):
                    end = run
            out.append(e if (start, end) == (e.start, e.end) else Span(self.doc, start, end, label="PERSON"))
        return out

    def _followed_accounts(self, ents: list[Span]) -> list[Span]:
        """``Follow Jo Reyes on Twitter``: two or three untagged capitalised words between the verb
        ``follow`` and ``on`` plus a social network (``social_network``) are the name of the
        person whose account it is, unless a word is a body's, a role's or a country's, or the run
        is a body the dictionary knows (brief s16-names16)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens, found = self.tokens, []
        for tok in tokens:
            if tok.lower_ != "follow" or tok.i + 3 >= len(tokens):
                continue
            end = self._name_run_end(tok.i + 1)
            if not 2 <= end - tok.i - 1 <= 3 or end + 1 >= len(tokens) or tokens[end].lower_ != "on" \
                    or tokens[end + 1].lower_ not in self.ad.words.social_network:
                continue
            span = self.doc[tok.i + 1:end]
            if any(i in tagged for i in range(span.start, span.end)) or not all(self._name_piece(t) for t in span) \
                    or any(t.lower_ in self.ad.words.media_title for t in span) or self.ad.organisation(span.text):
                continue
            found.append(Span(self.doc, span.start, span.end, label="PERSON"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _lower_case_dictionary_bodies(self, ents: list[Span]) -> list[Span]:
        """``said that al qaeda was responsible``: a body's name the writer put in lower case, the
        whole run of two or three untagged words opening with the Arabic article ``al`` (glued by
        a hyphen or not), that the actor dictionary knows as an organisation (brief s16-names16)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens, found = self.tokens, []
        for tok in tokens:
            if tok.text != "al" or tok.i in tagged:
                continue
            for end in (tok.i + 3, tok.i + 2):
                if end > len(tokens) or any(i in tagged for i in range(tok.i, end)):
                    continue
                span = self.doc[tok.i:end]
                if self.sent_of[end - 1] == self.sent_of[tok.i] and span[-1].is_alpha \
                        and self.ad.organisation(span.text) is not None:
                    found.append(Span(self.doc, tok.i, end, label="ORG"))
                    break
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _hyphened_given_name_first(self, ent: Span) -> bool:
        """``Jean-Baptiste Moreau-Lefort`` tagged a body: two or three words, each one capitalised
        proper noun or several glued by hyphens, the first piece a given name, none a role, body,
        country or company word, no article before, no place's name (``_given_name_first`` with
        hyphened words counted as one) (brief s16-names16)."""
        if not any(self._glued_hyphen(i) for i in range(ent.start, ent.end)):
            return False
        pieces = [t for t in ent if t.text != "-"]
        if not pieces or pieces[0].lower_ not in self.ad.given_names or not all(self._name_piece(t) for t in pieces):
            return False
        words = len(pieces) - sum(1 for i in range(ent.start, ent.end) if self._glued_hyphen(i))
        if not 2 <= words <= 3 or (ent.start > 0 and self.tokens[ent.start - 1].tag_ == "DT"):
            return False
        return not (self.ad.organisation(ent.text) or _gazetteer_is_place(self.gaz, ent.text))

    def _people_in_person_lists(self, ents: list[Span]) -> list[Span]:
        """``Hillary and Obama and Kerrigan and Biden told me``: one capitalised proper noun the
        model gave a label no name has (a product, a work, a date, a sum; a place the gazetteer does
        not know) inside a list joined by
        ``and``/``or`` whose next or previous member the model tagged a person is a person's name
        too: a list of people holds people (brief s16-names16)."""
        person_at = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        out = []
        for e in ents:
            tok = e[0]
            odd_label = e.label_ in NON_NAME_LABELS or e.label_ in {"GPE", "LOC"} and not _gazetteer_is_place(self.gaz, tok.text) \
                and self.ad.country_of(tok.text) is None and self.ad.organisation(tok.text) is None
            one_word = len(e) == 1 and odd_label and tok.pos_ == "PROPN" and tok.text.isalpha() \
                and tok.text[:1].isupper() and not tok.text.isupper() and tok.text not in CALENDAR_NAMES \
                and (tok.dep_ == "conj" and tok.head.i in person_at
                     or any(c.dep_ == "conj" and c.i in person_at for c in tok.children))
            if one_word or self._two_word_name_among_people(e, person_at):
                out.append(Span(self.doc, e.start, e.end, label="PERSON"))
            else:
                out.append(e)
        return out

    def _two_word_name_among_people(self, e: Span, person_at: set[int]) -> bool:
        """``founded by Tom Reed, Yannick Bertaux and Ann Lee`` with the middle name tagged a body or
        a place the gazetteer does not know: two or three capitalised words, none an English common
        noun (a body's own words are: ``Reed Finance``, ``Lee Group``) nor known as a body or a
        country, coordinated with names the model tagged people and with nothing else, is a person
        too: a list of people holds people (brief s23-ents24)."""
        if not 2 <= len(e) <= 3 or e.label_ not in {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}:
            return False
        words = list(e)
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                   and t.lower_ not in self.nouns for t in words):
            return False
        if e.label_ != "ORG" and _gazetteer_is_place(self.gaz, e.text) or self.ad.organisation(e.text) is not None \
                or self.ad.country_of(e.text) is not None or any(self.ad.country_of(t.text) is not None for t in words):
            return False
        root = e.root
        members = [c for c in root.conjuncts if not (e.start <= c.i < e.end)]
        if not members and root.dep_ == "appos" and root.head.i in person_at:
            # "Tom Reed, Yann Larrieu, and Ann Lee": the parser hangs the middle name on the first
            # as an apposition and the last on the first as a conjunct
            members = [root.head, *root.head.conjuncts]
        return len(members) >= (1 if root.dep_ == "conj" or root.conjuncts else 2) \
            and all(c.i in person_at for c in members)

    def _known_bodies_mislabelled(self, ents: list[Span]) -> list[Span]:
        """``They are not fond of the NRA`` with ``NRA`` tagged a place: a span the model tagged a
        place, a product or a work whose whole text the actor dictionary knows as an organisation
        (an acronym only as written in capitals) and the gazetteer knows as no place is that body
        (brief s16-names16)."""
        out = []
        for e in ents:
            if e.label_ in {"GPE", "LOC", "PRODUCT", "WORK_OF_ART"} and self.ad.organisation(e.text) is not None \
                    and not _gazetteer_is_place(self.gaz, e.text) and self.ad.country_of(e.text) is None:
                out.append(Span(self.doc, e.start, e.end, label="ORG"))
            else:
                out.append(e)
        return out

    def _given_name_family_repeated(self, span: Span) -> bool:
        """``Two days before Omar Kadeer shot ... Kadeer had ... he saw Kadeer``: a known given name
        and one or two capitalised proper nouns, untagged, are a person's name when the article
        then calls someone by the last word alone, as a clause's subject or a possessor, at least
        twice, outside a sport story (where ``Aston Villa ... Villa won`` is a club); the last
        word no given name, no place, no body and never tagged a place or body alone
        (brief s16-names16: the model may give the repeats labels no name has)."""
        words = [t for t in span if not t.is_punct]
        if not 2 <= len(words) <= 3 or words[0].lower_ not in self.ad.given_names:
            return False
        if not all(t.text[:1].isupper() and t.pos_ == "PROPN" and t.text.isalpha() and not t.text.isupper() for t in words):
            return False
        last = words[-1]
        if last.lower_ in self.ad.given_names or _gazetteer_is_place(self.gaz, last.text) \
                or self.ad.organisation(last.text) or self.ad.country_of(last.text) or self.ad.role(last.text) \
                or last.lower_ in self.ad.words.company_word:
            return False
        if any(e.label_ in {"GPE", "LOC", "ORG", "FAC", "NORP"} and e.text == last.text for e in self.ents):
            return False
        if self._sport_story():
            return False
        same_word = [self.tokens[i] for i in self._word_positions().get(last.text, ())]
        alone = [t for t in same_word if not (span.start <= t.i < span.end) and self._standalone_person_word(t)]
        return len(alone) >= 2

    def _sport_player_named_as_town(self, core: Span) -> bool:
        """``scoring Almeda with the run``: in a sport story, one word the model tagged a person that
        the gazetteer knows only as a town of no prominence, written where no place goes (no
        locative preposition, no settlement noun), is a player's name (brief s16-names16); called
        on a span the model tagged a person only."""
        if len(core) != 1 or not self._sport_story():
            return False
        tok = core[0]
        if _gazetteer_prominent(self.gaz, tok.text) or _gazetteer_region(self.gaz, tok.text) \
                or self.ad.country_of(tok.text) or self._used_as_place(tok):
            return False
        return tok.dep_ in SUBJECT_DEPS | {"dobj", "poss", "conj", "appos"}

    def _joined_to_person(self, span: Span, by_start: dict[int, Span], ents: list[Span]) -> bool:
        """``Democrats Nancy Price and Ruth Gale`` where the model tagged only the second: two or
        three untagged capitalised words opening with a known given name, joined by ``and`` to a
        span the model tagged as a person (either side), are a person's name too."""
        if span[0].lower_ not in self.ad.given_names:
            return False
        after = span.end < len(self.tokens) and self.tokens[span.end].lower_ in {"and", "&"} \
            and (other := by_start.get(span.end + 1)) is not None and other.label_ == "PERSON"
        before = span.start > 1 and self.tokens[span.start - 1].lower_ in {"and", "&"} \
            and any(e.end == span.start - 1 and e.label_ == "PERSON" for e in ents)
        return bool(after or before)

    def _family_name_repeated(self, span: Span) -> bool:
        """``Theresa May`` left untagged (``May`` read as a verb's word), ``Reince Priebus`` tagged
        a body: two or three capitalised proper nouns, none a role, body, company or country
        word and no article before them, are a person's name when the article calls a person by
        the last of them alone: tagged a person alone, or after an honorific (``Mrs May``); or,
        when the first word is no place's name either, as a clause's subject or a possessor
        (``Priebus said``, ``Priebus's office``)."""
        words = [t for t in span if not t.is_punct]
        if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
            return False
        if any(t.tag_ == "DT" for t in span) or (span.start > 0 and self.tokens[span.start - 1].tag_ == "DT"):
            return False
        if any(self.ad.role(t.text) or self.ad.organisation(t.text) or self.ad.country_of(t.text)
               or t.lower_ in self.ad.words.company_word or t.lower_ in self.ad.words.honorific for t in words):
            return False
        if self.ad.organisation(span.text) or _gazetteer_is_place(self.gaz, span.text):
            return False
        last = words[-1]
        key = normalise_name(last.text)
        same_word = [self.tokens[i] for i in self._word_positions().get(last.text, ())]
        if words[0].lower_ not in self.ad.given_names and any(
                t.i != last.i and t.i > 0 and self.tokens[t.i - 1].text != words[0].text
                and self.tokens[t.i - 1].pos_ == "PROPN" and self.tokens[t.i - 1].text[:1].isupper() for t in same_word):
            return False  # a headline's "Edgy Agassi" beside "Andre Agassi": the word before is no name
        if any(e.label_ == "PERSON" and normalise_name(e.text) == key for e in self.ents if e.start != last.i):
            return True
        if key in self._after_honorifics():
            return True
        if words[0].lower_ in self.ad.given_names or _gazetteer_is_place(self.gaz, words[0].text):
            return False  # "Aston Villa ... Villa won": a club's or a place's name, not a person's
        if self.ad.capital_of(last.text) and any(e.label_ in {"GPE", "LOC"} and len(e) == 1 and e.start != last.i
                                                 and normalise_name(e.text) == key for e in self.ents):
            return False  # "Real Oslo ... Oslo scored": a capital the model tags a place alone (_city_body)
        return any(not (span.start <= t.i < span.end) and self._standalone_person_word(t) for t in same_word)

    def _word_positions(self) -> dict[str, list[int]]:
        """Token indices by word as written, made once: a name's repetitions are looked up, not
        searched for over the whole Doc at every candidate name."""
        if self._positions is None:
            self._positions = {}
            for i, word in enumerate(self.words):
                self._positions.setdefault(word, []).append(i)
        return self._positions

    def _with_lower(self, words: Container[str]) -> list[Token]:
        """The tokens whose lower-case form is one of ``words``, in text order. The rules that
        start from a few trigger words ("its", "the club", an honorific) look them up in an index
        of the article's forms made once, instead of each walking every Token of the Doc."""
        if self._lower_positions is None:
            strings = self.doc.vocab.strings
            self._lower_positions = {}
            for i, key in enumerate(self.doc.to_array([LOWER]).ravel().tolist()):
                self._lower_positions.setdefault(strings[key], []).append(i)
        return self._tokens_at(self._lower_positions, words)

    def _with_lemma(self, lemmas: Container[str]) -> list[Token]:
        """The tokens whose lower-case lemma is one of ``lemmas``, in text order (see ``_with_lower``)."""
        if self._lemma_positions is None:
            self._lemma_positions = {}
            for i, lemma in enumerate(self.lemmas):
                self._lemma_positions.setdefault(lemma.lower(), []).append(i)
        return self._tokens_at(self._lemma_positions, lemmas)

    def _capitalised(self) -> list[Token]:
        """The tokens whose first letter is a capital, in text order, found once from the words:
        the rules that read only capitalised words (names, their parts) start from these."""
        if self._capitals is None:
            self._capitals = [self.tokens[i] for i, word in enumerate(self.words) if word[:1].isupper()]
        return self._capitals

    def _after_the(self) -> list[Token]:
        """The tokens right after a "the", in text order: three description rules start there
        (``the 45-year-old``, ``the father of two``), found from the index of forms (``_with_lower``)."""
        last = len(self.tokens) - 1
        return [self.tokens[t.i + 1] for t in self._with_lower({"the"}) if t.i < last]

    def _tokens_at(self, positions: dict[str, list[int]], words: Container[str]) -> list[Token]:
        # an article has a few hundred distinct forms: each is tested once, not once per token;
        # a smaller set of words (most callers ask for one to a few; a mapping's keys are its words)
        # is looked up in the index instead
        if isinstance(words, (set, frozenset, dict)) and len(words) < len(positions):
            found = sorted(i for word in words for i in positions.get(word, ()))
        else:
            found = sorted(i for word, where in positions.items() if word in words for i in where)
        return [self.tokens[i] for i in found]

    def _after_honorifics(self) -> set[str]:
        """The keys of the words written after a capitalised honorific (``Mrs May``), made once."""
        if self._honorific_keys is None:
            tokens = self.tokens
            self._honorific_keys = {normalise_name(tokens[t.i + 1].text) for t in tokens
                                    if t.i + 1 < len(tokens) and t.lower_ in self.ad.words.honorific
                                    and t.text[:1].isupper()}
        return self._honorific_keys

    def _standalone_person_word(self, tok: Token) -> bool:
        """A capitalised word standing alone where a person stands: a subject or a possessor,
        with no article and no capitalised proper noun beside it."""
        if tok.dep_ not in SUBJECT_DEPS | {"poss"} or any(c.dep_ == "det" for c in tok.children):
            return False
        sent = self.sents[self.sent_of[tok.i]]
        beside = [self.tokens[k] for k in (tok.i - 1, tok.i + 1) if sent.start <= k < sent.end]
        return not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in beside)

    def _family_name_first(self, tok: Token) -> Span | None:
        """``Zhao Zicong``, ``Park Geun-hye``: a family name of a language that writes it first
        (``family_names.tsv``), tagged a proper noun, then one or two capitalised given-name
        words, is a person's name whatever label the model gave it (a work of art with
        ``The``, a number before it, none), unless it names a known body or place."""
        if tok.lower_ not in self.ad.family_names or not tok.text[:1].isupper() or tok.tag_ not in {"NNP", "NNPS"}:
            return None
        if tok.ent_type_ == "PERSON" and len(next(e for e in self.ents if e.start <= tok.i < e.end)) > 1:
            return None  # a name the model found whole ("Anna Li", "Zhao Zicong")
        end = self._name_run_end(tok.i + 1, any_label=True)
        if not tok.i + 1 < end <= tok.i + 3:
            return None
        given = self.tokens[tok.i + 1:end]
        if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"} or self.ad.role(t.text)
               or self.ad.country_of(t.text) or t.lower_ in self.ad.family_names and t.tag_ != "NNP" for t in given):
            return None
        span = self.doc[tok.i:end]
        if self.ad.organisation(span.text) or _gazetteer_is_place(self.gaz, span.text):
            return None
        return Span(self.doc, tok.i, end, label="PERSON")

    def _name_run_end(self, start: int, any_label: bool = False) -> int:
        """The end of the run of capitalised proper-noun-like words starting at ``start`` (at most
        three): the model tags a foreign given name as a noun or a verb as often as a name."""
        end = start
        while end < len(self.tokens) and end - start < 3:
            tok = self.tokens[end]
            if not (tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()) or tok.tag_ == "PRP" \
                    or not (any_label or tok.ent_type_ in {"", "PERSON"}):
                break
            if tok.pos_ not in {"PROPN", "NOUN", "VERB", "ADJ"}:
                break
            end += 1
        return end

    def _person_word(self, token: Token) -> bool:
        """A noun that names a kind of person (``official``, ``boy``, ``spokesman``)."""
        role = self.ad.role(token.lemma_) or self.ad.role(token.text)
        return token.pos_ == "NOUN" and (self.ad.person_noun(token.lemma_) is not None
                                         or (role is not None and role.kind == "person"))

    def _honorific_names(self) -> None:
        """``Mr Ruto`` where the model tagged no PERSON: an honorific and capitalised names."""
        doc = self.doc
        for tok in self._with_lower(self.ad.words.honorific):
            if tok.lower_ not in self.ad.words.honorific or tok.i in self.claimed or not tok.text[:1].isupper():
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and doc[end].text[:1].isupper() and (
                    doc[end].pos_ == "PROPN" or (end == tok.i + 1 and doc[end].tag_ == "PRP" and self._capitalised_inside(doc[end]))):
                end += 1  # "Mr He": a family name the tagger read as a pronoun
            if end > tok.i + 1 and not any(i in self.claimed for i in range(tok.i, end)):
                self._person(doc[tok.i + 1: end])

    def _surnames(self) -> dict[str, list[Cluster]]:
        """Each word that alone may name a person of the article, with the people it may name:
        the last word of a name of two or more words (``Banks`` for Tom Banks), and the first
        word when it is nobody's last word and no other name begins with it (``Wang`` for Wang
        Jianlin, a family name written first; ``Max`` for Max Reed): a first word two people
        share (``Zhao`` of Zhao Wen and Zhao Lei) names neither (see ``_owner_at``)."""
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:") and " " in c.name]
        found: dict[str, list[Cluster]] = {}
        first: dict[str, list[Cluster]] = {}
        for cluster in people:
            words = _name_words(cluster.name, self.ad.words.name_suffix)
            found.setdefault(words[-1], []).append(cluster)
            if words[0] not in self.ad.words.honorific and self.ad.role(words[0]) is None and len(words[0]) > 1:
                first.setdefault(words[0], []).append(cluster)
        for word, owners in first.items():
            if word not in found and len(owners) == 1:
                found[word] = owners
            elif word in found and word in self.ad.family_names:
                # "Kim" of Andrew Kim and of Kim Jong-un: a family name written first names its
                # bearer as readily as one written last, so the word names neither
                found[word] = found[word] + [c for c in owners if c not in found[word]]
        return found

    @staticmethod
    def _owner_at(owners: list[Cluster] | None, offset: int) -> Cluster | None:
        """The one person a name word at ``offset`` names: of the people with that word named
        before it, or when none is (a headline), of all of them; when two are, the one the story
        is about (``_principal_of``), else None."""
        if not owners:
            return None
        before = [c for c in owners if c.first() < offset]
        pool = before or owners
        return pool[0] if len(pool) == 1 else EntityResolver._principal_of(pool)

    def _place_words(self) -> set[str]:
        """Words the article uses in the name of a place or a body (``Hamilton`` of ``Hamilton
        Island``, or of ``in Hamilton``): such a word before the person's full name is not
        read as theirs."""
        words: set[str] = set()
        # "a quote not from Reed" with the surname alone tagged a body: the person's, not a place's
        surnames = {span.split()[-1] for span in self._person_spans() if len(span.split()) > 1}
        for ent in self.ents:
            if len(ent) == 1 and ent.label_ == "ORG" and normalise_name(ent.text) in surnames:
                continue
            if ent.label_ in {"GPE", "LOC", "FAC", "ORG"} and (len(ent) > 1 or (
                    ent.start > 0 and self.tokens[ent.start - 1].lower_ in self.ad.words.place_preposition)):
                words |= {normalise_name(t.text) for t in ent if t.text[:1].isupper()}
        return words

    def _office_holder_tagged_body(self, ent: Span, surnames: dict[str, list[Cluster]]) -> bool:
        """A one-word span the model tagged a body that is the family name of an office holder of
        the leaders table (``was ridiculed by Trump``, the name alone tagged ORG), when the article
        names no one else so, and the word is no known body, country, capital or place: the
        person (brief s15-actors7; the sixth US-news audit's ``mocked by Trump[-]``)."""
        words = [t for t in ent if t.tag_ != "POS" and not t.is_punct]
        if len(words) != 1 or ent.label_ != "ORG" or ent.start in self.claimed or not words[0].text[:1].isupper():
            return False
        text = words[0].text
        key = normalise_name(text)
        holder = self.ad.holder_named(text, self.published)
        if holder is None or normalise_name(holder.name).split()[-1] != key or surnames.get(_fold_accents(key)):
            return False
        return not (self.ad.organisation(text) or self.ad.country_of(text) or self.ad.capital_of(text)
                    or _gazetteer_is_place(self.gaz, text))

    def _surname_of_named(self, ent: Span, surnames: dict[str, list[Cluster]]) -> bool:
        """A one-word ORG/GPE span that is the surname of one person of the article (named
        before it, or in full only later: a headline), and no known body, country or place:
        the model's mistake on a surname."""
        words = [t for t in ent if t.tag_ != "POS" and not t.is_punct]  # "Comey's" too
        if len(words) != 1 or ent.label_ not in {"ORG", "GPE", "NORP", "PERSON"} or ent.start in self.claimed:
            return False
        key = normalise_name(words[0].text)
        cluster = self._owner_at(surnames.get(_fold_accents(key)), ent.start_char)
        if cluster is None or (ent.start_char <= cluster.first() and key in self._place_words()):
            return False
        text = words[0].text
        if self.ad.organisation(text) or self.ad.country_of(text) or self.ad.capital_of(text):
            # "Tom Jordan ... Jordan said": a known country's, capital's or body's name is the
            # person only after the full name and where only a person stands
            return ent.start_char > cluster.first() and self._person_context(words[0])
        if not _gazetteer_is_place(self.gaz, text):
            return True
        if ent.start_char > cluster.first() and self._in_person_of(words[0]):
            return True  # "upsetting the party favorite in Clinton": in the person of
        # A person's name that a place bears too ("Gao said" after "Gao Wenqing"): the person
        # where a person stands (a subject, a possessor), after the full name, never where a
        # place goes ("in Gao")
        return ent.start_char > cluster.first() and not self._used_as_place(words[0]) \
            and words[0].dep_ not in {"compound", "amod", "nmod"}

    def _in_person_of(self, tok: Token) -> bool:
        """``the party favorite (as the polls show) in Clinton``: a name right after ``in`` that
        follows a noun of a race's leader or a candidate (``favorite``, ``nominee``), a bracket
        between them allowed (not ``voters in Clinton``), names that person ("in the person of"), though a town bears the
        name too (issue 15, s17-dev12e)."""
        k = tok.i - 1
        if k < 1 or self.tokens[k].lower_ != "in":
            return False
        j = k - 1
        if self.tokens[j].text == ")":
            while j > 0 and self.tokens[j].text != "(" and self.sent_of[j] == self.sent_of[tok.i]:
                j -= 1
            j -= 1
        noun = self.tokens[j]
        return self.sent_of[j] == self.sent_of[tok.i] and noun.pos_ == "NOUN" and (
            noun.lower_ in self.ad.words.lead_noun or noun.lower_ in self.ad.words.candidacy_noun)

    def _person_context(self, tok: Token) -> bool:
        """Where a name can only be a person's: the subject of a verb of saying (``Jordan
        said``), the possessor of a person noun (``Jordan's lawyer``; not ``Jordan's capital``),
        after a person's role word (``coach Chad``). An honorific (``Mr Jordan``) makes a name
        of its own before this is asked."""
        if tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in self.speech_verbs:
            return True
        if tok.dep_ == "nsubj" and self._as_a_person(tok.head):
            return True  # "while Georgia worked as a nurse": only a person works as a nurse (ents23)
        nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
        if tok.dep_ == "poss" or (nxt is not None and nxt.tag_ == "POS"):
            return self._person_word(tok.head) and tok.head.i > tok.i
        if tok.i > 0 and self.sent_of[tok.i - 1] == self.sent_of[tok.i]:
            found = self._role_ending_at(tok.i - 1, self.sents[self.sent_of[tok.i]].start)
            return found is not None and getattr(self.ad.role(found[1]), "kind", None) == "person" \
                and not self.tokens[tok.i - 1].text[:1].isupper()
        return False

    def _as_a_person(self, verb: Token) -> bool:
        """A verb whose ``as`` phrase names a kind of person (``worked as a nurse``, ``served as
        mayor``, ``trained as a lawyer``): its subject is a person, never a country or a town
        (issue 15, ents23)."""
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        return any(prep.dep_ == "prep" and prep.lower_ == "as"
                   and any(obj.dep_ == "pobj" and self._person_word(obj) for obj in prep.children)
                   for prep in verb.children)

    def _name_words_alone(self) -> None:
        """A surname written alone (``Banks said``, ``Banks's lawyer``) or a first name of a person
        the article names, when the model tagged it no person: a proper noun anywhere,
        another capitalised word inside a sentence (the tagger reads a foreign name as a noun or
        a verb) that heads its phrase. A first name is the person's only where the word stands alone (not inside a
        run of capitalised words, which is another name) and is not tagged a place or a body.
        Before the person's full name (a headline) the word counts only when the article names
        no place or body with it."""
        surnames = self._surnames()
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        last_words = {_name_words(c.name, self.ad.words.name_suffix)[-1] for c in people}
        place_words = self._place_words()
        tokens = self.tokens
        for tok in tokens:
            if tok.i in self.claimed or not tok.text[:1].isupper():
                continue
            sentence_start = tok.i == self.sents[self.sent_of[tok.i]].start
            if tok.tag_ == "PRP":
                if not self._capitalised_inside(tok):
                    continue  # "He said": a pronoun, unless a capital inside a sentence says a name
            elif tok.pos_ != "PROPN" and (tok.pos_ not in {"NOUN", "VERB", "ADJ"} or not tok.is_alpha
                                          or tok.dep_ in {"compound", "amod", "nmod"}
                                          or (sentence_start and not self._bare_subject(tok))):
                continue  # "the Clinton campaign": a modifier, read with its noun
            key = normalise_name(tok.text)
            cluster = self._owner_at(surnames.get(_fold_accents(key)), tok.idx)
            if cluster is None or (tok.idx <= cluster.first() and key in place_words) or self._used_as_place(tok):
                continue
            if sentence_start and tok.pos_ != "PROPN" and tok.idx <= cluster.first():
                continue  # a sentence's first word read as a noun is a name only after the name
            if _fold_accents(key) not in last_words or tok.pos_ != "PROPN":
                if tok.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"}:
                    continue
                neighbours = [tokens[k] for k in (tok.i - 1, tok.i + 1)
                              if 0 <= k < len(tokens) and self.sent_of[k] == self.sent_of[tok.i]]
                if any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in self.claimed for t in neighbours):
                    continue  # "Zhao Lei": another person's name
            self._add(cluster, tok.i, tok.i + 1, "name", tok)

    def _bare_subject(self, tok: Token) -> bool:
        """A word that begins a sentence and is its clause's subject on its own, with nothing
        that makes it a common noun (``Sanders thanked voters``, read as a plural noun; not
        ``Long queues formed`` nor ``Bush fires spread``): may be a name word."""
        if tok.dep_ not in SUBJECT_DEPS or any(c.dep_ in {"det", "amod", "compound", "nummod", "poss"} for c in tok.children):
            return False
        return not (self.ad.role(tok.text) or self.ad.organisation(tok.text) or self.ad.person_noun(tok.lemma_))

    def _capitalised_inside(self, tok: Token) -> bool:
        """A pronoun-like word written with a capital inside a sentence (``Police said He had
        paid``, ``Mr He``): only a name is so written (not ``I``; not after a quote or a colon,
        where a quoted sentence starts)."""
        if tok.text == "I" or not tok.text[:1].isupper() or not tok.text[1:].islower():
            return False
        if tok.i == self.sents[self.sent_of[tok.i]].start:
            return False
        before = self.tokens[tok.i - 1]
        return before.lower_ in self.ad.words.honorific or not (before.is_punct or before.is_quote)

    def _used_as_place(self, tok: Token, name: Span | None = None) -> bool:
        """A word (or the ``name`` it heads) the gazetteer knows as a place, written where a place
        goes: after a locative preposition (``fighting in Gao``), ``from``/``to`` after a verb of
        going (``fled from Gao``), in apposition to or in the of-phrase of a settlement noun (``the
        town of Gao``, ``Gao city``). There it is the place, not a person who bears its name."""
        first = name.start if name is not None else tok.i
        last = name.end - 1 if name is not None else tok.i
        if not _gazetteer_is_place(self.gaz, name.text if name is not None else tok.text):
            return False
        head = tok.head
        if tok.dep_ == "pobj":
            if head.lower_ in self.ad.words.gazetteer_preposition and head.head.lemma_.lower() not in self.ad.words.attitude_in:
                return True
            if head.lower_ in {"from", "to"} and head.head.lemma_.lower() in self.ad.words.motion:
                return True
            if head.lower_ == "of" and head.head.lemma_.lower() in self.ad.words.settlement_noun:
                return True
        owner = tok.dep_ in {"poss", "compound", "nmod", "amod"} or (
            last + 1 < len(self.tokens) and self.tokens[last + 1].tag_ == "POS")
        before = self.tokens[first - 1] if first > 0 else None
        if before is not None and before.lower_ in self.ad.words.gazetteer_preposition and not owner \
                and before.head.lemma_.lower() not in self.ad.words.attitude_in:
            return True  # the parser attached the name elsewhere (not "in Hale's campaign")
        nxt = self.tokens[last + 1] if last + 1 < len(self.tokens) else None
        if nxt is not None and nxt.lower_ in self.ad.words.settlement_noun and tok.dep_ in {"compound", "nmod", "amod"}:
            return True
        return tok.dep_ == "appos" and head.lemma_.lower() in self.ad.words.settlement_noun

    def _core(self, ent: Span) -> Span | None:
        # several phases ask for the core of the same span: worked out once per token range
        key = (ent.start, ent.end)
        if key not in self._cores:
            self._cores[key] = self._find_core(ent)
        return self._cores[key]

    def _find_core(self, ent: Span) -> Span | None:
        tokens = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
        # "Image copyright Beijing News Image caption ...": a picture credit's layout word
        while tokens and tokens[-1].text == "Image" and tokens[-1].i + 1 < len(self.doc) \
                and self.doc[tokens[-1].i + 1].lower_ in self.ad.words.layout_word:
            tokens.pop()
        if len(tokens) >= 2 and self._picture_credit(tokens[0], tokens[1]):
            tokens.pop(0)
        del tokens[:self._masthead_words(tokens)]
        return doc_span(self.doc, tokens[0].i, tokens[-1].i + 1) if tokens else None

    def _without_run_on_tail(self, ent: Span) -> Span:
        """A name span the model ran into the words after it ends before them: a participle glued
        with a hyphen (``the Tom Reed-led field``), a quoted word after a possessive (``Reed's
        'pivot'``), a figure with its unit (``favored Reed 46 percent to 32``), an opening bracket
        it never closes (``Trade Bank (TB``). Only lower-case words after the cut (but for the
        bracket): ``Apollo 11`` and ``Formula 1`` stay whole."""
        if ent.label_ not in {"PERSON", "ORG", "NORP", "GPE"}:
            return ent
        words = self.tokens[ent.start:ent.end]  # the Doc's Token objects made once (speed20)
        for k in range(1, len(words)):
            tok, rest = words[k], words[k:]
            if not words[k - 1].text[:1].isupper() and words[k - 1].tag_ != "POS":
                continue
            lowered = any(t.is_alpha and t.is_lower for t in rest)
            glued = tok.text in NAME_BREAKS and not words[k - 1].whitespace_ and k + 1 < len(words) and words[k + 1].is_lower \
                and (words[k + 1].tag_ in {"VBN", "VBD", "VBG"} or words[k + 1].text.endswith(("ed", "ing")))  # "-led", not "-corp"
            quoted = tok.is_quote and k + 1 < len(words) and words[k + 1].is_lower
            figure = tok.like_num and lowered and all(not t.text[:1].isupper() for t in rest)
            # "the Inter-Island Trade Bank (ITB": a name runs into the other name in brackets after
            # it, not through the bracket, so the span ends at an opening bracket it never closes
            bracket = tok.text == "(" and all(t.text != ")" for t in rest)
            if glued or quoted or figure or bracket:
                if bracket and ent.label_ == "ORG" and len(rest) == 2 and rest[1].is_alpha and rest[1].is_upper:
                    self._bracket_acronyms.append(Span(self.doc, rest[1].i, rest[1].i + 1, label="ORG"))
                return Span(self.doc, ent.start, ent.start + k, label=ent.label_)
        after = self.tokens[ent.end] if ent.end < len(self.tokens) else None
        if ent.label_ == "ORG" and len(ent) >= 3 and after is not None and after.tag_ in {"VBD", "VBZ", "VBP", "MD"} \
                and words[-1].tag_ == "NNP" and normalise_name(words[-1].text) in {
                    span.split()[-1] for span in self._person_spans() if len(span.split()) > 1}:
            # "the Office of Rural Affairs Doe had announced": a body's name run into the surname of
            # a person named in full, the subject of a clause that follows without "that"
            return Span(self.doc, ent.start, ent.end - 1, label=ent.label_)
        return self._name_before_headline_words(ent)

    def _name_before_headline_words(self, ent: Span) -> Span:
        """In a headline line written in title case (``Lee To Voters: It Will Be Fine``) the model may
        run a name into the capitalised words after it (``Lee To Voters Worried``, ``Lee's Support
        Twice``): a span starting with a name the article gives a person alone elsewhere ends after
        that name (or its last word) when a function word follows it, or a common noun its
        possessive."""
        if len(ent) < 2 or not self._title_case_line(ent):
            return ent
        if self._people_and_surnames is None:
            self._people_and_surnames = self._person_spans() | {
                span.split()[-1] for span in self._person_spans() if span.split()}
        people = self._people_and_surnames
        # "... TAKE ON JANE DOE PLAN": a function word before the name ("ON", "To", "FROM") run into
        # it is no part of it when the words after it name a person the article gives elsewhere
        lead = 0
        while lead < len(ent) - 1 and ent[lead].is_stop and ent[lead].is_alpha:
            lead += 1
        if lead and normalise_name(ent[lead:].text) in people:
            ent = Span(self.doc, ent.start + lead, ent.end, label="PERSON")
        for k in range(len(ent) - 1, 0, -1):
            name = [t for t in ent[:k] if t.tag_ != "POS"]
            after = ent[k]
            if after.tag_ == "POS" or not name or normalise_name(" ".join(t.text for t in name)) not in people:
                continue
            # a function word after the name, or a common noun after its possessive: not a body's
            # own name word ("Reed Foundation To Fund ..." keeps "Reed Foundation")
            if after.is_stop or (ent[k - 1].tag_ == "POS" and after.lower_ in self.nouns):
                return Span(self.doc, ent.start, ent.start + k, label="PERSON")
            # "Lee Calls On Voters To ...": a last word that no other person's span of the article
            # holds, after a name the article gives alone, when the article never writes the two
            # together again, is a headline's verb (not a role's or a body's word: "Lee Aide")
            if k == len(ent) - 1 and after.is_alpha and self._headline_word_after_name(ent, after):
                return Span(self.doc, ent.start, ent.start + k, label="PERSON")
        return ent

    def _headline_word_after_name(self, ent: Span, after: Token) -> bool:
        key = normalise_name(after.text)
        if key in self.ad.role_last_words or key in self.ad.given_names or key in self.ad.family_names \
                or doc_text(self.doc).count(ent.text) > 1:
            return False
        own = normalise_name(ent.text)
        return not any(key in span.split() for span in self._person_spans() if span != own)

    def _title_case_line(self, ent: Span) -> bool:
        """Whether the line ``ent`` stands on is written in title case: four words or more, four in
        five of them capitalised (worked out once per line: a paragraph is one line, and each of
        its names asks)."""
        text = doc_text(self.doc)
        line_end = text.find("\n", ent.end_char)
        key = (text.rfind("\n", 0, ent.start_char) + 1, len(text) if line_end < 0 else line_end)
        if key not in self._title_case_lines:
            line = self.doc.char_span(key[0], key[1], alignment_mode="expand")
            alpha = [t for t in self.tokens[line.start:line.end] if t.is_alpha] if line is not None else []
            self._title_case_lines[key] = len(alpha) >= 4 and sum(t.text[:1].isupper() for t in alpha) >= 0.8 * len(alpha)
        return self._title_case_lines[key]

    def _without_inverted_verb(self, ent: Span) -> Span:
        """``Said Farrow: "..."``, ``Stated Osei:``, ``Wrote Nandakumar in a note:``: an inverted
        attribution opening a sentence, its verb of saying (``quote_inverted_verb`` rows of
        ``data/speech_cues.tsv``) tagged as a given name. The verb is no part of the name when a
        colon follows in the sentence and the rest is the family name of a person the text names
        elsewhere (an inverted attribution refers back to someone introduced)."""
        if len(ent) < 2 or not self._inverted_verb_before(ent.start, ent[-1]):
            return ent
        return Span(self.doc, ent.start + 1, ent.end, label="PERSON")

    def _inverted_verb_before(self, i: int, last: Token) -> bool:
        """Whether token ``i`` is the verb of an inverted attribution before the name ending with
        ``last`` (see ``_without_inverted_verb``)."""
        verb = self.doc[i]
        if verb.lower_ not in self.inverted_verbs or not verb.text[:1].isupper():
            return False
        sent = verb.sent
        if i != sent.start and not (i > 0 and (self.doc[i - 1].is_quote or self.doc[i - 1].is_space)):
            return False
        if not any(t.text == ":" for t in self.doc[last.i + 1 : sent.end]):
            return False
        return any(other.label_ == "PERSON" and not other.start <= last.i < other.end and len(other) >= 2
                   and other[-1].lower_ == last.lower_ and other[0].lower_ not in self.inverted_verbs
                   for other in self.doc.ents)

    def _surname_after_role(self, ent: Span) -> bool:
        """``Rovers boss Pellingham said``: one or two capitalised words the model tagged a body,
        right after a person's role written in lower case (``boss``, ``manager``, ``chief``), are the
        holder's name: a role noun is followed by its holder, not by a body (``Acme boss`` puts the
        body first). Not a word known as a body, a country or a place (brief s23-ents24)."""
        j = ent.start - 1
        if j < 0 or not self.tokens[j].is_lower \
                or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in ent):
            return False
        found = self._role_ending_at(j, max(0, j + 1 - self.ad.max_role_words))
        if found is None or self.ad.role(found[1]).kind != "person":
            return False
        # "manager Drexley Town": a second word that is a common noun ends a club's or a body's name
        return not (len(ent) > 1 and ent[-1].lower_ in self.nouns) and not self._names_a_body(ent) \
            and self.ad.country_of(ent.text) is None and not _gazetteer_is_place(self.gaz, ent.text)

    def _name_after_role(self, ent: Span) -> Span:
        """"Fire chief Tom Banks" tagged as one ORG: the role words are a title, the capitalised
        words after them a person's name (two to three words, none a known body or country)."""
        if ent.label_ == "PERSON" and 3 <= len(ent) <= 4 and ent[0].lower_ in self.ad.words.title_role \
                and ent[0].text[:1].isupper() and self._bare_title_word(ent.start, self.sents[self.sent_of[ent.start]].start) \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[1:]):
            return Span(self.doc, ent.start + 1, ent.end, label="PERSON")  # "Representative Ann Cole" tagged whole
        if ent.label_ == "ORG" and len(ent) <= 2 and self._surname_after_role(ent):
            return Span(self.doc, ent.start, ent.end, label="PERSON")
        if ent.label_ in {"PERSON", "ORG"} and len(ent) >= 3 and ent.start > 0 and (
                ent[0].lower_ in self.ad.words.honorific or ent[0].lower_ not in self.ad.given_names):
            # "First Lady Melania Trump" tagged "Lady Melania Trump", "Secretary of State Ann Lee"
            # tagged "State Ann Lee" (a person or a body): the first word (an honorific's, or no
            # given name) ends a role written before the span, which is the title, not the name
            found = self._role_ending_at(ent.start, max(0, ent.start - self.ad.max_role_words))
            name = ent[1:]
            if found is not None and found[0] < ent.start and self.ad.role(found[1]).kind == "person" and (
                    ent.label_ == "PERSON" or len(name) <= 3 and not self._names_a_body(name)
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name)):
                return Span(self.doc, name.start, name.end, label="PERSON")
        if ent.label_ != "ORG" or len(ent) < 3 or ent[-1].lower_ in self.ad.words.occasion_name_word:
            return ent  # (an occasion's name: "Nurse Practitioner Week", "Police Memorial Day")
        name = ent[1:]
        # "Frenchman Lucien Marceau", "Rapper Jo Hart", "German Paul Braun" tagged as one body: a
        # nationality or an occupation noun before two or three names that are no English nouns
        # (an adjective only before a known given name: "German Football Association" is a body)
        noun_before = self._title_word(ent[0], ent[1])
        named = name[0].lower_ in self.ad.given_names or noun_before and not any(t.lower_ in self.nouns for t in name)
        if (noun_before or normalise_name(ent[0].text) in self.ad.adjectives) and named and len(name) <= 3 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) and not self._names_a_body(name) \
                and not _gazetteer_is_place(self.gaz, name.text):
            return Span(self.doc, name.start, name.end, label="PERSON")
        if normalise_name(ent[0].text) in self.ad.demonyms and normalise_name(ent[0].text) not in self.ad.adjectives \
                and len(name) <= 3 \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) and not self._names_a_body(name) \
                and not self.ad.country_of(name.text):
            return Span(self.doc, name.start, name.end, label="PERSON")  # "Irishmen Tom Dolan": a title and a name
        for k in range(len(ent) - 2, 0, -1):
            found = self._role_ending_at(ent.start + k - 1, ent.start)
            if found is None or found[0] != ent.start:
                continue
            role = self.ad.role(found[1])
            name = ent[k:]
            if role is None or role.kind != "person" or not 2 <= len(name) <= 3:
                return ent
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) and not self._names_a_body(name):
                return Span(self.doc, name.start, name.end, label="PERSON")
            return ent
        return ent

    def _name_in_title_run(self, ent: Span) -> int | None:
        """Where the person's name starts inside ``ent`` (a span after ``<Role> of``): a known given name
        at word k >= 1 opening two or three capitalised proper nouns that end the span, with no given
        name before it; else the last two proper nouns when the first is no English noun and the word
        before them is one."""
        for k in range(1, len(ent) - 1):
            name = ent[k:]
            if ent[k].lower_ in self.ad.given_names and 2 <= len(name) <= 3 \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in name) \
                    and all(t.text[:1].isupper() and t.lower_ not in self.ad.given_names for t in ent[:k]) \
                    and not self._names_a_body(name):
                return ent.start + k
        # a given name the tables lack: the last two words, the first no English noun, after a noun
        # of the office ("Student Services Ann Lee")
        k = len(ent) - 2
        name = ent[k:]
        if k >= 1 and ent[k].lower_ not in self.nouns and ent[k - 1].lower_ in self.nouns \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in name) \
                and not self._names_a_body(name):
            return ent.start + k
        return None

    def _office_of_names(self, ents: list[Span]) -> list[Span]:
        """Titles glued to a person's name (issue 15, s19-dev15e):

        - ``Director of Student Services Ann Lee said``: a span (a person's or a body's) of capitalised
          words ending in a known given name and one or two more names, right after ``<Role> of`` and
          capitalised words (the office's name, roles.tsv kind person for the role): the person is
          the name; the office's words before it and the role word (tagged a person of its own) are
          no names;
        - ``Transportation Director Ann Lee``: one common noun tagged a body right before a person's
          title (roles.tsv kind person) and the person's name is the title's first word, no body."""
        tokens = self.tokens
        drop: set[int] = set()
        out: list[Span] = []
        self.office_titles: dict[int, tuple[int, str]] = {}
        for e in ents:
            j = e.start - 1
            while j >= 0 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
                    and tokens[j].lower_ not in self.ad.given_names:
                j -= 1
            # the name inside the span is looked for only after "<Office> of" (speed19: the cheap tests first)
            start = self._name_in_title_run(e) if e.label_ in {"PERSON", "ORG"} and len(e) >= 3 and j >= 1 \
                and tokens[j].lower_ == "of" and tokens[j - 1].text[:1].isupper() else None
            found = self._role_ending_at(j - 1, max(0, j - 1 - self.ad.max_role_words)) if start is not None else None
            if found is not None and self.ad.role(found[1]).kind == "person":
                drop.update(range(found[0], e.start))
                self.office_titles[start] = (found[0], found[1])
                out.append(Span(self.doc, start, e.end, label="PERSON"))
                continue
            if e.label_ == "PERSON" and 2 <= len(e) <= 3 and j >= 1 and j < e.start - 1 and tokens[j].lower_ == "of" \
                    and tokens[j - 1].text[:1].isupper() and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in e):
                # the model tagged the name alone after the office: the office is its title
                office = self._role_ending_at(j - 1, max(0, j - 1 - self.ad.max_role_words))
                if office is not None and self.ad.role(office[1]).kind == "person":
                    drop.update(range(office[0], e.start))
                    self.office_titles[e.start] = office
            if e.label_ == "ORG" and len(e) == 1 and e[0].lower_ in self.nouns and not self.ad.organisation(e.text) \
                    and e.end + 1 < len(tokens) and tokens[e.end].text[:1].isupper():
                role = self.ad.role(tokens[e.end].lower_)
                after = [x for x in ents if x.start == e.end + 1 and x.label_ == "PERSON"]
                if role is not None and role.kind == "person" and after:
                    continue
            out.append(e)
        return [e for e in out if not (e.start in drop and e.end - 1 in drop)]

    def _partner_names(self, ents: list[Span]) -> list[Span]:
        """``married the love of his life, Antonia, in 1958``, ``his wife of 50 years, Teresa.``: one
        capitalised word (untagged, or tagged anything but a person) in apposition after a comma to
        a noun phrase whose head is a relation noun (person_nouns.tsv) or a partner's noun
        (``partner_noun``) owned by ``his``/``her``/``their`` (in the phrase), with no
        capitalised word after it, is that person's name (issue 15, s19-dev15e)."""
        tokens = self.tokens
        by_start = {e.start: e for e in ents if len(e) == 1}
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        words = self.words
        for tok in [tokens[i] for i in range(2, len(words)) if words[i - 1] == ","]:  # after a comma only (speed19)
            if tok.i < 2 or tok.dep_ != "appos" or not tok.text[:1].isupper() or not tok.text.isalpha() \
                    or tokens[tok.i - 1].text != "," or tok.i in tagged and (tok.i not in by_start or by_start[tok.i].label_ == "PERSON"):
                continue
            after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
            if after is not None and after.text[:1].isupper():
                continue
            head = tok.head
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
                head = head.head.head  # the parser hangs the name on "life" of "the love of his life"
            noun = self.ad.person_noun(head.lemma_.lower())
            partner = head.lower_ in self.ad.words.partner_noun
            owned = any(t.lower_ in {"his", "her", "their"} for t in head.subtree if t.i < tok.i)
            if head.i < tok.i and owned and (partner or noun is not None and noun.kind == "relation"):
                found.append(Span(self.doc, tok.i, tok.i + 1, label="PERSON"))
        if not found:
            return ents
        starts = {f.start for f in found}
        return sorted([e for e in ents if e.start not in starts] + found, key=lambda e: e.start)

    def _dev15e_local_bodies(self, ents: list[Span]) -> list[Span]:
        """Local bodies the model tagged wrong or not at all (issue 15, s19-dev15e; words of
        ``dev15e_*`` in actor_words.tsv):

        - ``X School District students``: a span ending in a lower-case noun of a body's people after
          a body's last word is the body without that noun;
        - ``X Elementary's request``: a span tagged a person ending in a school's or a body's last word
          that owns something is a body, and so is one tagged a building that owns or is a subject;
        - ``the Census bureau``: a body's name of one or two capitalised words tagged before a
          lower-case head of a body takes the head in;
        - ``the Census bureau said``: one or two capitalised words after ``the`` (or a possessive, or
          ``state``/``county``/``city``) before a lower-case head of a body, untagged, are the body's
          name with its head."""
        words = self.ad.words
        out: list[Span] = []
        for e in ents:
            inside = self.tokens[e.start:e.end]  # the Token objects made once, not new ones per span (speed19)
            core = [t for t in inside if t.tag_ != "POS"]
            if len(e) >= 3 and inside[-1].lower_ in words.body_people_noun and inside[-1].is_lower \
                    and inside[-2].text[:1].isupper() and inside[-2].lower_ in words.body_last_word:
                out.append(Span(self.doc, e.start, e.end - 1, label="ORG"))
                continue
            after = self.tokens[e.end] if e.end < len(self.tokens) else None
            owns = inside[-1].tag_ == "POS" or after is not None and after.tag_ == "POS"
            if e.label_ == "PERSON" and len(core) >= 2 and core[-1].text[:1].isupper() \
                    and core[-1].lower_ in words.body_last_word and owns:
                out.append(Span(self.doc, e.start, e.end, label="ORG"))
                continue
            if e.label_ == "FAC" and len(core) >= 2 and core[-1].lower_ in words.body_last_word and (
                    owns or e.root.dep_ in {"nsubj", "nsubjpass"}):
                out.append(Span(self.doc, e.start, e.end, label="ORG"))  # "X Elementary's request": the school acts
                continue
            if e.label_ in {"LOC", "GPE"} and self._body_of_something([t for t in core if t.lower_ != "the"]):
                out.append(Span(self.doc, e.start, e.end, label="ORG"))  # "the X Area Development District"
                continue
            if e.label_ == "ORG" and len(core) <= 2 and after is not None and after.is_lower \
                    and after.lower_ in words.generic_body_head and all(t.text[:1].isupper() for t in core):
                out.append(Span(self.doc, e.start, e.end + 1, label="ORG"))  # "the Census bureau"
                continue
            out.append(e)
        tagged = {i for e in out for i in range(e.start, e.end)}
        tokens = self.tokens
        heads = words.generic_body_head
        # only the words that can be such a head, read from the word list, not every Token (speed19): a word in
        # lower case is its own lower-case form
        for i in [i for i, w in enumerate(self.words) if w in heads]:
            tok = tokens[i]
            if not tok.is_lower or tok.lower_ not in heads or tok.i in tagged:
                continue
            first = tok.i
            while first - 1 >= 0 and tok.i - first < 2 and tokens[first - 1].text[:1].isupper() \
                    and tokens[first - 1].text.isalpha() and tokens[first - 1].pos_ in {"PROPN", "NOUN"} \
                    and first - 1 not in tagged and tokens[first - 1].lower_ not in {"the", "a", "an"}:
                first -= 1
            if first == tok.i or first == 0:
                continue
            before = tokens[first - 1]
            if before.lower_ == "the" or before.tag_ == "POS" or before.lower_ in {"state", "county", "city"}:
                if self.ad.country_of(tokens[first].text) or any(
                        self.ad.role(t.lower_) is not None for t in tokens[first:tok.i]):
                    continue
                out.append(Span(self.doc, first, tok.i + 1, label="ORG"))
        return sorted(out, key=lambda e: e.start)

    def _town_title_name(self, ent: Span) -> Span:
        """``Dayton Investigator Carla Munro``, ``Lincoln County Deputy Sara Milne`` tagged as one body: a
        place's name (the gazetteer's, with ``County`` after it or not), then a title of one person
        (roles.tsv kind person), then two or three capitalised names opening with a known given name,
        is the town's officer: the name is a person's (the title before it is read as any title;
        issue 15, s18-dev13e). Not when the words after the title are a body's name."""
        if ent.label_ != "ORG" or len(ent) < 4:
            return ent
        for k in range(len(ent) - 2, 1, -1):
            name = ent[k:]
            if not 2 <= len(name) <= 3 or name[0].lower_ not in self.ad.given_names:
                continue
            found = self._role_ending_at(ent.start + k - 1, ent.start + 1)
            if found is None or self.ad.role(found[1]).kind != "person":
                continue
            town = [t for t in ent[: found[0] - ent.start] if t.lower_ not in self.ad.words.town_part_word]
            if not town or not _gazetteer_is_place(self.gaz, " ".join(t.text for t in town)):
                continue
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in name) \
                    and not self._names_a_body(name):
                return Span(self.doc, name.start, name.end, label="PERSON")
        return ent

    def _person_like(self, ent: Span) -> bool:
        if (ent.start, ent.end) in self.firms_named_like_people or (ent.start, ent.end) in self.place_bodies:
            return False  # "an analyst at Raymond Jones": a firm, whatever its words look like (ents22)
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start in self.listed_given_names:
            return True  # "Bill, Hillary and Chelsea": no place (s16-dev11e)
        core = self._core(ent)
        if core is None:
            return False
        core_text = core.text  # read up to four times below; Span.text makes a Token per word each time
        if self.ad.organisation(core_text) or self.ad.country_of(core_text):
            return False
        if ent.label_ == "PERSON" and self._occupation_before(core, tagged_person=True):
            return True
        if normalise_name(core_text) in getattr(self, "described_bodies", ()):
            return False  # "electronics firm Sonex" somewhere: the text calls the name a body's
        if self.ad.capital_of(core_text):
            return False
        if ent.label_ == "PERSON":
            last = core[-1]
            plural = self.ad.role(last.text) if last.lower_.endswith("s") else None
            # "Lib Dem MPs" is a group; "Tom Banks" is a person whose name is a plural of "bank"
            plural_role = plural is not None and plural.kind != "org" and self.ad.role(last.lower_[:-1])
            if plural_role:  # "Lib Dem MPs": a group, not a name
                return False
            if self._plural_thing_name(core):
                return False  # "Acme Studios"
            if self._plural_group_name(core):
                return False  # "Many Latinos voted": a people, not a person
            return (self._sport_player_named_as_town(core) or not self._is_place_not_person(core)) \
                and not self._names_a_body(core) and not self._body_tagged_person(core)
        if ent.label_ == "NORP" and core[-1].tag_ == "NNPS" and core[-1].text.endswith("s"):
            return False  # "immigrant New Yorkers": a people in the plural, however its words look
        if ent.label_ in {"ORG", "NORP"} and (self._looks_like_person(core) or self._given_name_first(ent)
                                              or self._hyphened_given_name_first(ent)
                                              or self._the_late(core)):
            return True
        if ent.label_ in {"ORG", "NORP", "GPE", "FAC"} and (self._aged_name(core) or self._object_of_person_verb(core)):
            return True  # "police arrested Derek Holt, 29,", "sentenced Tyler Banks to 15 years": a person (crime17)
        return ent.label_ in {"ORG", "NORP", "GPE", "FAC"} and self._family_name_repeated(core)

    def _object_of_person_verb(self, core: Span) -> bool:
        """``a judge sentenced Tyler Banks to 15 years``, ``Ann Lee was jailed``: two or three capitalised
        words that are the object (or passive subject) of a verb done only to people (actor_words.tsv
        crime_person_verb)."""
        if not 2 <= len(core) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in core):
            return False
        root = core.root
        return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" \
            and root.head.lemma_.lower() in self.ad.words.crime_person_verb

    def _aged_name(self, core: Span) -> bool:
        """``Derek Holt, 29,`` / ``Ann Lee (45)``: two or three capitalised words followed by an age
        between commas or brackets, as local news names people; a place or a body is given no age."""
        if not 2 <= len(core) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in core):
            return False
        after = self.words[core.end: core.end + 3]
        return len(after) == 3 and after[0] in {",", "("} and after[1].isdigit() and 1 <= int(after[1]) <= 110 \
            and after[2] in {",", ")"}

    def _body_tagged_person(self, core: Span) -> bool:
        """A name the model tagged a person that is a body's: several words ending in the last
        word of a club's or a company's name (``Acme United``, ``Zorvex Holdings``:
        ``club_word``, ``company_word``), or one word the actor dictionary codes, under that very
        name (not an alias), as a business of no state sector (``Ryanair``). Never when a
        gendered given name opens it, a courtesy title or a person's title stands before it, or
        the word ends the name of a person the model tagged in full (``Tom Mattel``)."""
        words = normalise_name(core.text).split()
        if not words or words[0] in self.ad.given_names:
            return False
        before = self.tokens[core.start - 1] if core.start > 0 else None
        if before is not None and (before.lower_.rstrip(".") in self.ad.words.honorific
                                   or (before.text[:1].isupper() and self.ad.person_noun(before.lower_))
                                   or (role := self.ad.role(before.lower_)) is not None and role.kind == "person"):
            return False
        if words[-1] in {span.split()[-1] for span in self._person_spans() if len(span.split()) > 1
                         and span != " ".join(words)}:
            return False
        if len(core) > 1:
            last = core[-1].lower_.rstrip(".")
            return core[-1].text[:1].isupper() and (last in self.ad.words.club_word or last in self.ad.words.company_word)
        row = self.ad.dictionary_actor(core.text, self.published)
        return row is not None and normalise_name(row.name) == words[0] and "BUS" in row.sectors \
            and not self.ad.words.state_sector & set(row.sectors)

    def _plural_group_name(self, core: Span) -> bool:
        """``Many Latinos voted``, ``Latinos and Democrats``, ``millions of Evangelicals``: one
        capitalised word ending in "s" that the model tagged a person but the sentence uses as a
        plural: with a determiner, quantity or adjective of its own (a name takes none), as the
        subject of a plural present verb (``Latinos are``), beside a plural or a group it is
        coordinated with, or counted (``millions of``). Never the family name of someone the
        article names in full (``Tom Sanders ... Sanders says``)."""
        if len(core) != 1 or not core.text.endswith("s") or not core.text.isalpha() or not core.text[:1].isupper():
            return False
        tok = core[0]
        if tok.lower_ in {span.split()[-1] for span in self._person_spans() if len(span.split()) > 1}:
            return False
        if tok.lower_ in self.ad.words.honorific or any(
                t.lower_.rstrip(".") in self.ad.words.honorific for t in self.tokens[max(0, tok.i - 1): tok.i]):
            return False  # "Mr Williams"
        if any(c.dep_ in {"det", "amod", "nummod", "quantmod"} and c.i < tok.i and c.lower_ != "the" for c in tok.children):
            return True
        head = tok.head
        if tok.dep_ == "nsubj" and head.tag_ == "VBP":
            return True
        partners = [c for c in tok.children if c.dep_ == "conj"] + ([head] if tok.dep_ == "conj" else [])
        if any(p.tag_ in {"NNS", "NNPS"} or p.ent_type_ == "NORP" for p in partners):
            return True
        return tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.tag_ == "CD" or head.head.like_num)

    def _the_late(self, core: Span) -> bool:
        """``the late Ernie Banks``, ``her late Tom Reed`` tagged as a body: "late" before a name
        of two or three capitalised words says a person who has died."""
        words = [t for t in core if not t.is_punct]
        if not 2 <= len(words) <= 3 or core.start < 2 or self.tokens[core.start - 1].lower_ != "late" \
                or not (self.tokens[core.start - 2].lower_ == "the" or self.tokens[core.start - 2].tag_ in {"PRP$", "POS"}):
            return False
        if core.end < len(self.tokens) and self.tokens[core.end].pos_ in {"NOUN", "PROPN"}:
            return False  # "the late Acme Foods payment": the name modifies a noun
        return words[-1].lower_ not in self.ad.words.company_word and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) \
            and not (self.ad.organisation(core.text) or self.ad.country_of(core.text))

    def _result_teams(self, ents: list[Span]) -> list[Span]:
        """``Clemson beat Alabama 35-31``, ``Auburn upset Alabama 26-14``: the subject and the object
        of a verb of a game's result (``game_result_verb``) with a score in its clause are teams,
        where a place's name names them (a body's name stays as its rules code it); a person named so stays a person (``Nadal
        beat Federer 6-3``) (issue 15, s16-dev11e)."""
        found: list[Span] = []
        for verb in self._with_lemma(self.ad.words.game_result_verb):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.ad.words.game_result_verb:
                continue
            sent = self.sents[self.sent_of[verb.i]]
            if not SCORE.search(self.doc[verb.i: sent.end].text):
                continue
            for arg in verb.children:
                if not (arg.dep_ in {"nsubj", "dobj"} or arg.dep_ == "npadvmod" and arg.i == verb.i + 1) \
                        or arg.pos_ != "PROPN" or not arg.text[:1].isupper():
                    continue
                start = arg.left_edge.i
                while start < arg.i and not (self.tokens[start].text[:1].isupper() and self.tokens[start].pos_ == "PROPN"):
                    start += 1
                name = self.doc[start: arg.i + 1]
                if not all(t.text[:1].isupper() for t in name):
                    continue
                tagged = [e for e in ents if e.start < name.end and name.start < e.end]
                if any(e.label_ in {"PERSON", "NORP"} for e in tagged):
                    continue
                if any(e.label_ == "ORG" for e in tagged):
                    continue  # a body already ("the Boston Indians"): its own rules code it
                if _gazetteer_is_place(self.gaz, name.text):
                    found.append(Span(self.doc, name.start, name.end, label="ORG"))
                    self.result_teams.add((name.start, name.end))
        return self._with_spans(ents, found)

    def _listed_given_names(self, ents: list[Span]) -> list[Span]:
        """``Bill, Hillary and Chelsea``, ``her parents, Tom and Chelsea,``: one capitalised word, a
        given name (``given_names.tsv``), coordinated with given names alone that the model tagged
        people, is a person too, untagged or read as a club or a place (issue 15, s16-dev11e)."""
        people = {e.start for e in ents if e.label_ == "PERSON" and len(e) == 1
                  and e[0].lower_ in self.ad.given_names}
        found: list[Span] = []
        for e in ents:
            if e.start not in people:
                continue
            for tok in e[0].conjuncts:
                if tok.i in people and tok.lower_ in self.ad.given_names:
                    self.listed_given_names.add(tok.i)  # a person among people, whatever place has the name
                    continue
                if len(tok.text) < 2 or not tok.text[:1].isupper() or tok.text.isupper() \
                        or tok.lower_ not in self.ad.given_names or tok.pos_ != "PROPN":
                    continue
                tagged = [x for x in ents if x.start <= tok.i < x.end]
                if all(len(x) == 1 for x in tagged):
                    found.append(Span(self.doc, tok.i, tok.i + 1, label="PERSON"))
                    self.listed_given_names.add(tok.i)
        return self._with_spans(ents, list({f.start: f for f in found}.values()))

    def _given_name_first(self, ent: Span) -> bool:
        """``Sean Connery``, ``Sweden's Marcus Ericsson`` tagged as a body: two or three
        capitalised proper nouns, the first a given name (``given_names.tsv``), none a role,
        a body or a country, with no article before them (``the George Soros Foundation``,
        ``The Beverly Hillbillies`` are bodies and works) and not a place's name."""
        words = [t for t in ent if not t.is_punct]
        if not 2 <= len(words) <= 3 or words[0].lower_ not in self.ad.given_names:
            return False
        if any(t.tag_ == "DT" for t in ent) or (ent.start > 0 and self.tokens[ent.start - 1].tag_ == "DT"):
            return False
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            return False
        if any(self.ad.role(t.text) or self.ad.country_of(t.text) or self.ad.organisation(t.text) for t in words[1:]):
            return False
        if ent.start > 0 and self.tokens[ent.start - 1].pos_ == "NOUN" and self._body_descriptor(ent) is not None:
            return False  # "US mortgage firm Fannie Mae": the text calls the name a body's
        return not (self.ad.organisation(ent.text) or _gazetteer_is_place(self.gaz, ent.text))

    def _body_descriptor(self, name: Span) -> tuple[str | None, list[str], str] | None:
        """(country, sectors, noun) of the description a body's name follows without a comma:
        ``US mortgage giant Fannie Mae``, ``Japanese electronics firm Sonex``, ``Texas oil company
        Acme``: a body's noun (a role of kind org in roles.tsv) right before the name, with the
        words before it that modify it (no article, verb or punctuation between). The country is
        a country word or a place among those words (never a body's name: ``Microsoft rival
        Acme`` is no American firm by that); None when no body's noun precedes the name."""
        sent = self.sents[self.sent_of[name.start]]
        j = name.start - 1
        found = self._body_noun_at(j, sent.start) if j >= sent.start else None
        if found is None and name.root.dep_ == "conj":
            # "US firms Acme and Zenco": a plural description before the first of names joined
            # by "and" describes each of them
            first = self._first_conjunct(name.root)
            if first.i > 0 and self.doc[first.i - 1].tag_ != "NNS":
                start = first.left_edge.i
                if start > 0 and self.doc[start - 1].tag_ == "NNS" and first.i < name.start:
                    return self._body_descriptor(self.doc[start: first.i + 1])
            return None
        if found is None or self.doc[j].text[:1].isupper():
            return None  # "Fire Brigade X" is a longer name, not a description of it
        k = found[0] - 1
        while k >= sent.start and self.doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} \
                and self.doc[k].tag_ not in {"POS"} and self.doc[k].head.i in range(k + 1, name.end):
            k -= 1
        words = [t for t in self.doc[k + 1: found[0]]]
        noun = normalise_name(" ".join(self.words[found[0]: j + 1]))
        return self._description_country(words, noun), [found[1]] if found[1] else [], noun

    def _body_noun_at(self, j: int, lower_bound: int) -> tuple[int, str | None] | None:
        """(first token, sector) of a body's noun ending at token j: a role of kind org
        (``mortgage giant``, ``carmaker``), or a noun that names a business only after a word of
        its trade (``banking group``, ``retail chain``, ``fashion house``: ``trade_body`` and
        ``trade_word`` of actor_words.tsv; ``rebel group`` is none); None when neither."""
        found = self._role_ending_at(j, lower_bound)
        role = self.ad.role(found[1]) if found else None
        if role is not None and role.kind == "org":
            return found[0], role.sector
        words = self.ad.words
        if self.tokens[j].lower_ not in words.trade_body:
            return None
        # the trade word may lead a compound of plain nouns ("luxury goods group")
        for k in range(j - 1, max(lower_bound, j - 3) - 1, -1):
            if self.tokens[k].lower_ in words.trade_word:
                return k, "BUS"
            if not (self.tokens[k].text.islower() and self.tokens[k].tag_ in {"NN", "NNS"}):
                break
        return None

    def _description_country(self, words: list[Token], noun: str) -> str | None:
        """The country the words of a body's description give: a country word or a place among
        them, never a body's name (``Microsoft rival`` is no American firm by that)."""
        country = None
        for t in words:
            if t.text[:1].isupper() and not self.ad.glued_country(t) and not self.ad.in_contest_name(t):
                country = country or self.ad.country_of(t.text)
        return country or self._place_country(words, noun) if words else country

    @staticmethod
    def _first_conjunct(token: Token) -> Token:
        """The head of the first of coordinated words (``Acme`` of ``Acme, Zenco and Titan``)."""
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        return token

    def _shared_descriptions(self) -> None:
        """``Irishmen Tom Dolan and John Carrick``, ``Democratic senators Ann Lee and Kim Vale``:
        a plural description right before the first of names joined by "and" describes each of
        them: a person named after the first takes its country and sectors when the text gives
        them none of their own."""
        for cluster in [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")]:
            # "US firms Acme and Zenco": the plural title the first body took is a mention of each
            for m in [m for m in cluster.mentions if m.kind == "name" and m.head.dep_ == "conj"]:
                first = self._first_conjunct(m.head)
                owner = next((c for c in self.clusters if c is not cluster and c.type == "ORG" and any(
                    x.head.i == first.i and x.kind == "name" for x in c.mentions)), None)
                titles = [x for x in owner.mentions if x.kind in {"title", "group"} and x.head.tag_ == "NNS"
                          and x.head.i < first.i] if owner is not None else []
                for title in titles:
                    if not any((x.start, x.end) == (title.start, title.end) for x in cluster.mentions):
                        cluster.mentions.append(Mention(title.start, title.end, "title", title.head, title.sent))
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]:
            for m in [m for m in cluster.mentions if m.kind == "name" and m.head.dep_ == "conj"]:
                first = self._first_conjunct(m.head)
                owner = next((c for c in self.clusters if c is not cluster and c.type == "PERSON" and any(
                    x.head.i == first.i and x.kind == "name" for x in c.mentions)), None)
                if owner is None:
                    continue
                mention = next(x for x in owner.mentions if x.head.i == first.i and x.kind == "name")
                name = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                k = name.start - 1 if name is not None else -1
                plural = self.tokens[k].tag_ in {"NNS", "NNPS"} or self.words[k].lower().endswith(("s", "men"))
                noun = (self.ad.person_noun(self.tokens[k].lemma_) or self.ad.person_noun(self.words[k][:-1])) \
                    if k >= 0 and plural else None  # "winners" (which the tagger may read as a verb)
                described = noun is not None and noun.kind == "identity"
                if k < 0 or not plural or not (
                        self.ad.role(self.words[k]) or normalise_name(self.words[k]) in self.ad.demonyms or described):
                    continue
                sent_start = self.sents[self.sent_of[k]].start
                start = k
                while start - 1 >= sent_start and self.tokens[start - 1].pos_ in {"ADJ", "PROPN", "NOUN"} \
                        and self.tokens[start - 1].head.i in range(start, name.end) and start - 1 not in self.claimed:
                    start -= 1
                party = self._parties_named({normalise_name(self.words[k]), normalise_name(self.words[k][:-1])})
                if described or party:
                    # "Oscar winners Emma Dale and Lucy Grant", "Democrats Nancy Price and Ruth
                    # Gale": what (or of which party) each of them is, so that "the Oscar winner"
                    # or "the Democratic hopeful" fits both (no guess) rather than the first alone
                    j = k
                    while j - 1 >= sent_start and self.tokens[j - 1].dep_ in {"compound", "amod"} \
                            and self.tokens[j - 1].head.i in range(j, k + 1):
                        j -= 1  # its modifiers, also a name the model tagged ("Oscar")
                    said = {noun.noun if noun else normalise_name(self.words[k][:-1])} | {
                        normalise_name(t.text) for t in self.tokens[j:k] if t.pos_ in {"PROPN", "NOUN", "ADJ"}}
                    owner.nouns |= said
                    cluster.nouns |= said
                country, sectors = self.ad.code_tokens(self.tokens[start: k + 1])
                if country is None and not sectors:
                    continue
                if cluster.country is None:
                    cluster.country = country
                    cluster.needs_country = False
                cluster.sectors = cluster.sectors or sectors
                cluster.evidence.append(f"{self.doc[start: k + 1].text!r}: said of {owner.name} and {cluster.name}")
                break

    def _anaphor_count(self, chunk: Span) -> int:
        """How many a plural anaphor counts: ``both firms``, ``the two companies`` (a written
        number), ``the pair`` (a counting noun after "the"); 0 for any other phrase."""
        root, counting = chunk.root, self.ad.words.counting_word
        words = self.tokens[chunk.start:chunk.end]  # the Doc's Token objects made once (speed20)
        if root.tag_ == "NN" and words[0].lower_ == "the" and len(chunk) == 2:
            return counting.get(root.lower_, 0)
        if root.tag_ != "NNS" or any(t.pos_ in {"ADJ", "PROPN"} or t.dep_ == "poss" for t in words if t.i < root.i):
            return 0
        for t in words:
            if t.i < root.i and t.dep_ in {"det", "predet", "preconj"} and t.lower_ in counting:
                return counting[t.lower_]
            if t.i < root.i and t.dep_ == "nummod" and words[0].lower_ == "the":
                value = packaged_words().numbers.get(t.lower_) or (float(t.text) if t.text.isdigit() else 0)
                return int(value) if value == int(value) else 0
        return 0

    def _anaphor_candidates(self, chunk: Span) -> list[Cluster]:
        """The named people or bodies a counted plural anaphor may stand for: bodies of its
        noun's kind (``firms``: a business or a body of no known sector), people of its noun's
        gender (``men``) or title (``the two ministers``); for ``the pair`` people, or bodies
        when no person is named."""
        root = chunk.root
        noun = root.lemma_.lower()
        if noun in self.ad.words.counting_word:
            people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
            return people or [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")
                              and not c.key.startswith("org:None:")]
        role = self.ad.role(root.text) or self.ad.role(noun)
        if role is None:
            return []
        if role.kind == "org":
            return [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:") and not c.key.startswith("org:None:")
                    and (not c.sectors or role.sector in c.sectors
                         or normalise_name(c.name).split()[-1] in self.ad.words.company_word)]
        plain = self.ad.person_noun(noun)
        found = []
        for c in self.clusters:
            if c.type != "PERSON" or not c.key.startswith("person:"):
                continue
            if plain is not None and plain.kind == "plain" and plain.gender:
                if c.gender in (None, plain.gender):
                    found.append(c)  # "the two men"
            elif c.role == noun:
                found.append(c)  # "the two ministers"
        return found

    def _plural_anaphors(self) -> None:
        """``Both firms``, ``the two companies``, ``the pair``, ``the two men``: a counted plural
        anaphor is a mention of each of the people or bodies of its kind named in the nearest
        stretch before it (its own sentence up to it, then each of the two sentences before)
        that names any, when that stretch names exactly as many; else of nobody (no guess)."""
        for chunk in self._noun_chunks():
            count = self._anaphor_count(chunk)
            if count < 2:
                continue
            candidates = self._anaphor_candidates(chunk)
            here = self.sent_of[chunk.root.i]
            found: list[Cluster] = []
            for sent in range(here, max(-1, here - 3), -1):
                lower = self.sents[sent].start_char
                found = [c for c in candidates if any(m.kind != "pronoun" and lower <= m.start and m.end <= chunk.start_char
                                                      for m in c.mentions)]
                if found:
                    break
            if len(found) != count:
                continue
            first, last = chunk.start_char, chunk.end_char
            for cluster in self.clusters:  # the group "firms" the role phase made of the words
                cluster.mentions = [m for m in cluster.mentions if not (first <= m.start and m.end <= last)]
            for cluster in found:
                self._add(cluster, chunk.start, chunk.end, "description", chunk.root)
                cluster.evidence.append(f"{chunk.text!r}: one of the {count} told of just before")

    def _plural_thing_name(self, core: Span) -> bool:
        """``Blackground Records``, ``Acme Studios``: a name ending in the plural (NNPS) of a
        common noun names a firm or a group, not one person, unless its first word is a given
        name or its last a family name (``Tom Banks``); ``Okafor`` is no plural of a noun."""
        words = [t for t in core if not t.is_punct and t.tag_ != "POS"]
        last = words[-1].lower_ if words else ""
        if len(words) < 2 or words[-1].tag_ != "NNPS" or not (
                last.endswith("s") and (last[:-1] in self.nouns or last.endswith("ies") and last[:-3] + "y" in self.nouns)):
            return False
        if any(t.lower_ in self.ad.words.honorific and t.i + 1 < len(self.tokens) and self.tokens[t.i + 1].lower_ == last
               for t in self.tokens):
            return False  # "Ed Balls ... Mr Balls": a family name after all
        return words[0].lower_ not in self.ad.given_names and words[-1].lower_ not in self.ad.family_names

    def _names_a_body(self, core: Span) -> bool:
        """A "PERSON" span that contains an organisation or country word ("Lib Dem MPs")."""
        words = [t.text for t in core]
        for n in range(min(len(words), self.ad.max_org_words), 0, -1):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i:i + n])
                if self.ad.organisation(phrase) or (n == len(words) and self.ad.country_of(phrase)):
                    return True
        return False

    def _longer_organisation(self, core: Span) -> Span:
        """"Liberal Democrats" where the model tagged only "Democrats": a known body's name that
        the capitalised words just before the entity complete."""
        for extra in (2, 1):
            start = core.start - extra
            if start < 0 or any(j in self.claimed or not self.doc[j].text[:1].isupper()
                                for j in range(start, core.start)):
                continue
            longer = self.doc[start: core.end]
            if self.ad.organisation(longer.text):
                return longer[1:] if longer[0].lower_ == "the" else longer
        return core

    def _non_person(self, ent: Span) -> None:
        if any(i in self.claimed for i in range(ent.start, ent.end)):
            return
        if (ent.start, ent.end) in self.result_teams or (ent.start, ent.end) in self.place_bodies:
            # "Clemson beat Alabama 35-31": a team named by its place, no place nor country here;
            # "chain Acmeland have announced": a body named like a country (ents22)
            cluster = self._cluster(f"org:{normalise_name(ent.text)}", "ORG", ent.text)
            self._add(cluster, ent.start, ent.end, "name", ent.root)
            return
        core = self._core(ent)
        if core is None:
            return
        if ent.label_ == "PERSON" and self._plural_group_name(core):
            # "Many Latinos voted": a group of people (NORP), like a demonym standing as a noun;
            # its country and sector the word does not tell
            cluster = self._cluster(f"group:{normalise_name(core.text)}", "NORP", core.text)
            self._add(cluster, core.start, core.end, "group", core.root)
            return
        core = self._longer_organisation(core)
        core_text = core.text  # read up to nine times below; Span.text makes a Token per word each time
        org = self.ad.organisation(core_text)
        if org is not None and not org.exists_on(self.published):
            # a body founded after the article was written ("FSA" in 2004 is no Free Syrian
            # Army): a body of that name the tables do not know
            cluster = self._cluster(f"org:{normalise_name(core_text)}", "ORG", core_text)
            self._add(cluster, core.start, core.end, "name", core.root)
            return
        country_name = self.ad.country_name_of(core_text)
        owner = self._possessor_country(core.root, seat_owns=False) \
            if org and org.country in self.ad.words.international_code else None
        if owner:
            # "Russia's Security Council": a country's own body, not the international one.
            possessors = [c for c in core.root.children if c.dep_ == "poss"]
            name = self.doc[possessors[0].left_edge.i: core.end].text if possessors else core_text
            cluster = self._cluster(f"org:{owner}:{normalise_name(core_text)}", "ORG", name)
            cluster.country = owner
            cluster.sectors = cluster.sectors or list(org.sectors)
            self._add(cluster, core.start, core.end, "name", core.root)
            return
        if org:
            # A building named for its occupant ("the Kremlin") is the institution here.
            cluster = self._cluster(f"org:{normalise_name(org.name)}", "ORG", org.name)
            cluster.country = cluster.country or org.country
            cluster.sectors = cluster.sectors or list(org.sectors)
            self._add(cluster, core.start, core.end, "name", core.root)
            return
        if (country_name or normalise_name(core_text) in self.ad.adjectives) and self.ad.in_contest_name(core[0], core[-1]):
            return  # "US" of "the US Open": a contest's name, no mention of the country
        if country_name and self._town_of_region(core, country_name):
            return  # "Lebanon, Indiana": a town of the region written after it, the places stage's (fix13)
        if country_name:
            self._country(core, country_name)
            return
        if normalise_name(core_text) in self.ad.adjectives or normalise_name(core_text) in self.ad.demonyms:
            self._demonym(core)
            return
        capital = self.ad.capital_of(core_text)
        if capital:
            if self._is_actor_position(core.root):
                self._metonym(core, capital)
            return
        called_body = normalise_name(core_text) in self.described_bodies
        if ent.label_ in {"LOC", "FAC"} or ent.label_ == "GPE" and not called_body:
            return  # places belong to the places stage (a name the text calls a body's is a body's)
        if ent.label_ == "ORG" and self._is_place_description(core):
            return
        if ent.label_ == "ORG" and _gazetteer_region(self.gaz, core_text) and not any(
                (role := self.ad.role(t.text)) is not None and role.kind == "org" for t in core):
            return  # a region tagged as a body ("Kurdistan"): the places stage's
        found = self._role_ending_at(core.end - 1, max(0, core.start - self.ad.max_role_words))
        if found and found[0] < core.start and not all(t.lower_ == "the" for t in self.doc[found[0]: core.start]):
            return  # "State" in "Secretary of State" is part of a title ("The Ministry of Health" is no title: the body's name)
        if ent.label_ == "ORG" or ent.label_ == "GPE" and called_body or ent.label_ == "PERSON" and (
                self._plural_thing_name(core) or called_body or self._body_tagged_person(core)):
            first = self.ad.role(core[0].text) if len(core) > 1 else None
            if first is not None and first.kind == "person" and all(
                    t.text[:1].isupper() and self.ad.role(t.text) is None for t in core[1:]):
                # "General Motors", "Marshall Aerospace": a person's title opening a body's proper
                # name is a word of the name, not the body's sector
                country, sectors = self.ad.code_span(core[1:])
            else:
                country, sectors = self.ad.code_span(core)
            country = country or self._possessor_country(core.root) or self._place_country(list(core))
            if country and self._nickname_after_home(core, country):
                # "the Cleveland Indians", "the Denver Mexicans": a club's nickname after its
                # town is no nationality; the club is the town's
                country = _gazetteer_country(self.gaz, self.doc[core.start: core.end - 1].text)
            described = self._body_descriptor(core)
            if described is not None:
                country, sectors = country or described[0], sectors or described[1]
            if not sectors and core[-1].lower_ in self.ad.words.media_title and core[-1].text[:1].isupper():
                sectors = ["MED"]  # "The Beijing News": a newspaper's title
            name = core_text
            cluster = self._cluster(f"org:{normalise_name(name)}", "ORG", name)
            cluster.country = cluster.country or country
            cluster.sectors = cluster.sectors or sectors
            if described is not None:
                cluster.nouns.add(described[2])  # "Irish national airline Acme": called an airline
            self._add(cluster, core.start, core.end, "name", core.root)

    def _nickname_after_home(self, core: Span, country: str) -> bool:
        """A body named by a town and a plural nationality noun (``Cleveland Indians``): the
        nationality is the given country's only through that last word, and the words before
        it name a town, not a country."""
        if len(core) < 2 or not core[-1].text.endswith("s") or self.ad.country_of(core[-1].text) != country:
            return False
        home = self.doc[core.start: core.end - 1].text
        return not self.ad.country_of(home) and not self.ad.country_name_of(home) \
            and _gazetteer_country(self.gaz, home) is not None

    def _is_place_not_person(self, core: Span) -> bool:
        before = self.doc[core.start - 1] if core.start > 0 else None
        if before is not None and (before.lower_ in self.ad.words.honorific or self.ad.role(before.lemma_)):
            return False
        if self.ad.holder_named(core.text, self.published):
            return False
        kin = self.ad.person_noun(core.root.head.lemma_.lower()) if core.root.dep_ == "appos" else None
        if kin is not None and kin.kind == "relation" and core.root.head.i < core.start:
            return False  # "her husband, Graham,": a relative's name, though a town has it too
        if len(core) > 1 and core[0].lower_ in self.ad.family_names and core.root.dep_ in SUBJECT_DEPS | {"appos", "poss"}:
            return False  # "Lin Yu told reporters": a person, though a place has that name too
        if len(core) > 1 and core[0].lower_ in self.ad.family_names and _gazetteer_country(self.gaz, core.text) is None \
                and not self._used_as_place(core.root, core):
            return False  # "pulled Liu Yang from the rubble": a place's other name, or a hamlet's
        return _gazetteer_is_place(self.gaz, core.text)

    def _body_of_something(self, core) -> bool:
        """``X Area Development District``, ``X County School District``: a body's last word after a
        common noun that is no place word nor a place (a district of development, of schools)."""
        return len(core) >= 3 and core[-1].lower_ in self.ad.words.body_last_word \
            and core[-1].text[:1].isupper() and core[-2].lower_ in self.nouns \
            and core[-2].lower_ not in self.ad.words.place_word and not _gazetteer_is_place(self.gaz, core[-2].text)

    def _is_place_description(self, core: Span) -> bool:
        last = core[-1].lower_
        if self._body_of_something(core):
            return False  # "the X Area Development District": a district of something, a body (s19-dev15e)
        return last in self.ad.words.place_word and any(_gazetteer_is_place(self.gaz, t.text) or self.ad.country_of(t.text) for t in core[:-1])

    def _town_of_region(self, core: Span, iso3: str) -> bool:
        """fix13: ``Lebanon, Indiana``: a country's name written as a town's with its region (actors.py)."""
        return self.ad.town_of_region(core[-1], iso3, core.text) is not None

    def _country(self, core: Span, iso3: str) -> None:
        name = self.ad.country_names.get(iso3, core.text)
        cluster = self._cluster(f"country:{iso3}", "GPE", name)
        cluster.country = iso3
        self._add(cluster, core.start, core.end, "name", core.root)

    def _demonym(self, core: Span) -> None:
        root = core.root
        # An adjective ("Ukrainian President", "Russian troops") codes another phrase; only a
        # demonym standing as a noun ("Ukrainians rushed") is a group of its own.
        if root.dep_ in {"amod", "compound", "nmod"} or root.tag_ in {"JJ", "NNP"} and root.dep_ != "nsubj":
            return
        if root.tag_ not in {"NNPS", "NNS"} and not root.text.endswith("s"):
            return
        iso3 = self.ad.country_of(core.text)
        cluster = self._cluster(f"group:{normalise_name(core.text)}", "NORP", core.text)
        cluster.country = iso3
        cluster.sectors = cluster.sectors or ["CVL"]
        self._add(cluster, core.start, core.end, "group", root)

    def _metonym(self, core: Span, iso3: str) -> None:
        club = self._city_body(core)
        if club is not None:
            club.evidence.append(f"{core.text!r}: the one body named before with that city in its name")
            self._add(club, core.start, core.end, "name", core.root)
            return
        seat = self.ad.words.seat_city_body.get(normalise_name(core.text))
        body = self.ad.organisation(seat) if seat else None
        if body is not None:
            # "Brussels warned London": the body seated there acts, not the host's government (actors17)
            cluster = self._cluster(f"org:{normalise_name(body.name)}", "ORG", body.name)
            cluster.country = cluster.country or body.country
            cluster.sectors = cluster.sectors or list(body.sectors)
            self._add(cluster, core.start, core.end, "metonym", core.root)
            return
        cluster = self._cluster(f"capital:{iso3}", "ORG", core.text)
        cluster.country = iso3
        cluster.sectors = cluster.sectors or ["GOV"]
        self._add(cluster, core.start, core.end, "metonym", core.root)

    def _sport_or_business_story(self) -> bool:
        """The article's topic cue words (``topic_words.tsv``, :mod:`newsevents.eventcoding.topic`)
        are mostly of sport or business (entities not counted: they are being found)."""
        cached = self.__dict__.get("_sport_or_business")
        if cached is None:
            counts, _ = topic.doc_cue_counts(self.doc)  # counted once: the events stage reads them too
            best = max(topic.TOPICS, key=lambda t: (counts.get(t, 0), t == topic.POLITICS))
            cached = counts.get(best, 0) > 0 and best in {"sport", "business"}
            self.__dict__["_sport_or_business"] = cached
        return cached

    def _city_body(self, core: Span) -> Cluster | None:
        """``Real Madrid beat ... Madrid scored twice``: a city's name standing alone for the one
        body named before whose name holds that city's name among other words (a club, a firm),
        when that body is of no state sector and the story is one of sport or business (a
        capital there is no government). Two such bodies (``Real Madrid``, ``Atletico Madrid``):
        neither."""
        words = normalise_name(core.text).split()
        if not words or not self._sport_or_business_story():
            return None
        n = len(words)
        state = self.ad.words.state_sector
        found = [c for c in self.clusters if c.type == "ORG" and c.mentions and not state & set(c.sectors)
                 and len(name := normalise_name(c.name).split()) > n
                 and any(name[k: k + n] == words for k in range(len(name) - n + 1))]
        return found[0] if len(found) == 1 else None

    def _capitals_outside_ents(self) -> None:
        """Capital cities spaCy did not tag, used as actors ("aid to Kyiv")."""
        for tok in self._capitalised():
            if tok.i in self.claimed or not self.words[tok.i][:1].isupper() or tok.ent_type_ in {"PERSON", "ORG"}:
                continue
            iso3 = self.ad.capital_of(tok.text)
            if iso3 and self._is_actor_position(tok):
                self._metonym(self.doc[tok.i: tok.i + 1], iso3)

    def _speaker_line_names(self) -> None:
        """A press release's speaker line: a name in capitals opening a line (or a sentence), a
        spaced dash and the person's role with no verb (``JANE ROE - Chief Executive of Acme``),
        then the person's words. The name is a person's whether or not the model tagged it."""
        text = doc_text(self.doc)
        if " -" not in text and "\u2013" not in text and "\u2014" not in text:
            return
        for match in SPEAKER_LINE.finditer(text):
            span = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
            rest = self.doc.char_span(match.start("role"), match.end("role"), alignment_mode="contract")
            if span is None or rest is None or any(k in self.claimed for k in range(span.start, span.end)):
                continue
            if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in rest) or not any(
                    self.ad.role(t.lower_) is not None or self.ad.person_noun(t.lower_) is not None
                    for t in rest if t.is_alpha):
                continue  # a clause, or no role: "ACME FOODS - Annual Report"
            key = normalise_name(span.text)
            if any(normalise_name(c.name) == key and c.type != "PERSON" for c in self.clusters):
                continue  # a body the article names so elsewhere
            cluster = self._cluster(f"person:{key}", "PERSON", span.text)
            self._add(cluster, span.start, span.end, "name", span.root)

    # --- phase B: role descriptions and groups ---------------------------------------------------
    def _roles(self) -> None:
        for chunk in self._chunks_and_possessors():
            root = chunk.root
            if root.ent_type_ == "PERSON" and root.is_lower and root.i > chunk.start and self._lower_case_name_at(root):
                # "The Chinese finance minister jabbed back": the verb the model read as a name
                # is no part of the noun phrase before it
                chunk = self.doc[chunk.start: root.i]
                root = chunk.root
            if root.i in self.claimed or root.pos_ == "PRON":
                continue
            if root.lower_ in self.ad.words.clock_word and root.ent_type_ == "TIME":
                continue  # "at 5pm GMT": a clock's label, no prime minister (ents22)
            chunk_words = self.tokens[chunk.start:chunk.end]  # the Doc's Token objects made once (speed20)
            if any(t.text in NAME_BREAKS and t.i > chunk.start and t.i < root.i and t.i - 1 in self.claimed
                   and self.tokens[t.i - 1].whitespace_ for t in chunk_words):
                continue  # "JANE ROE - Chief Executive": a name's speaker line, the role no person of its own
            found = self._role_ending_at(root.i, chunk.start)
            if not found:
                continue
            role_start, role_name = found
            end = root.i + 1
            # "the former secretary of state": the parser ends the noun phrase at the office's
            # noun; an office named with "of" after it (roles.tsv) is the whole phrase
            # (only after a determiner: "as secretary of state" says what someone was, and names
            # no holder)
            if chunk_words[0].tag_ == "DT" and root.i + 2 < len(self.tokens) and self.tokens[root.i + 1].lower_ == "of":
                # "the secretary of the Treasury": "of the" and a body's name, one office too
                for stop in (root.i + 3, root.i + 4):
                    if stop > len(self.tokens) or self.tokens[stop - 1].head.i != root.i + 1:
                        continue
                    if stop == root.i + 3 and stop - 1 in self.claimed:
                        continue  # "of state" only when "state" is no mention of its own
                    if stop == root.i + 4 and self.tokens[root.i + 2].lower_ != "the":
                        continue
                    longer = normalise_name(" ".join(self.words[role_start: stop]))
                    if self.ad.role(longer) is not None and self.ad.role(longer).kind == "person":
                        role_name, end = longer, stop
                        break
            role = self.ad.role(role_name)
            if role is None:
                continue
            if chunk_words[0].tag_ == "WP$" and any(t.i in self.claimed for t in chunk_words[1:] if t.i < role_start):
                continue  # "whose Zentor subsidiary": the name inside is the mention (ents22)
            # Part of a name's title ("President Joe Biden"): handled with the name.
            nxt = self.tokens[end] if end < len(self.tokens) else None
            if nxt is not None and nxt.ent_type_ == "PERSON" and not self._lower_case_name_at(nxt):
                continue
            tokens = [t for t in chunk_words if t.i <= root.i and t.tag_ not in {"DT", "PRP$", "POS", "CD"}
                      and not t.is_punct and t.dep_ not in NON_DESCRIPTIVE_DEPS]
            # A person who owns the role ("the boy's" in "the boy's father") is a mention of their own.
            owners = [t for t in chunk_words if t.dep_ == "poss" and t.head.i == root.i and self._person_possessor(t)]
            for owner in owners:
                tokens = [t for t in tokens if not owner.left_edge.i <= t.i <= owner.i + 1]
            # "Tom Jordan ... Jordan's lawyer": a person's name (a country's too) is no home of the role
            tokens = [t for t in tokens if not (t.dep_ == "poss" and t.i < role_start and self.ad.country_of(t.text)
                                                and (self._full_named_person_at(t) or t.lower_ in self._demonyms_as_names()))]
            # The role words must be free; a possessor ("Lebanon's") may already be a mention.
            if not tokens or any(t.i in self.claimed for t in tokens if t.i >= role_start):
                continue
            kind = "group" if role.kind == "person" and root.tag_ in {"NNS", "NNPS"} else role.kind
            if kind == "org" and root.ent_type_ in {"GPE", "LOC"} and root.text[:1].isupper() and _gazetteer_region(
                    self.gaz, self.doc[tokens[0].i: root.i + 1].text):
                continue  # "the West Bank": a region whose name ends in a body's word
            # "Dutch shipper, Zentor, said": a description with no article before the name it is in
            # apposition to names the body as "the" would (a mention of it, not a predicate)
            bare = kind == "org" and root.tag_ in {"NN", "NNP"} and chunk_words[0].tag_ != "DT" and root.dep_ != "attr" \
                and any(c.dep_ == "appos" and c.i > root.i for c in root.children)
            if kind == "org" and chunk_words[0].lower_ != "the" and not bare and self._predicate_of_body(root, role_name, chunk):
                continue  # "Acme is a Japanese car firm", "Acme, a Dutch retailer,": said of Acme
            # "Acme, the only major Japanese car firm without a partner,": one body, however described
            # "Acme is the world's largest carmaker": one body too (a definite predicate)
            apposed = kind == "org" and (chunk_words[0].lower_ == "the" or bare) and (
                self._apposed_body(root) is not None or chunk_words[0].lower_ == "the" and self._copula_body(root) is not None)
            if kind == "person" and chunk_words[0].lower_ in self.ad.words.indefinite_article and root.tag_ in {"NN", "NNP"}:
                named = self._apposed_person(root)
                if named is not None:
                    # "Tom Reed, a former official in Ann Lee's government,": an indefinite
                    # apposition says what the named person is; it is a mention of them, and
                    # gives no codes (what it says may be past or loose: "a former adviser").
                    named.evidence.append(f"{chunk.text!r}: an apposition to {named.name}")
                    self._add(named, chunk.start, end, "role", root)
                    continue
            if not apposed and self._generic(chunk, [t for t in tokens if t.i < role_start]):
                continue
            owner = [t for t in chunk_words if t.tag_ == "PRP$"]
            if kind != "person" and owner and not any(t.dep_ == "amod" for t in tokens):
                continue  # "his opposition": an abstract noun, not a body
            # the possessive marker stays: a possessor's country is its people's only when it is a
            # country or a known body ("Russia's envoy"; not "Force India's driver")
            kept = {t.i for t in tokens}
            country, sectors = self.ad.code_tokens([t for t in chunk_words if t.i in kept or (
                t.tag_ == "POS" and tokens[0].i < t.i < root.i)])
            if country is None:
                # "Lebanon's health ministry", "Seattle police", "the Kano state assembly"
                country = self._possessor_country(root) or self._place_country([t for t in tokens if t.i < role_start], role_name)
            if country is None and kind == "person":
                country = role.country  # "the secretary of the Treasury": one country's office (roles.tsv)
            # Keep "the" in a person's description, but let a possessive pronoun stay free for the
            # pronoun resolver ("his national security council"), and leave numbers to figures.
            start = chunk.start if kind == "person" and chunk_words[0].tag_ == "DT" else tokens[0].i
            if owners:
                start = max(start, max(o.i for o in owners) + 1)
                while start < root.i and self.tokens[start].tag_ == "POS":
                    start += 1
            named = self._apposed_person(root)
            subject = self._subject_of_copula(root, chunk) if named is None and kind == "person" else None
            if subject is not None:
                cluster = subject  # "Tom Hale was the man who ended the drought"
                cluster.evidence.append(f"{chunk.text!r}: the text says {cluster.name} is")
            elif named is not None:
                cluster = named  # "the US Secretary of State, Antony Blinken,"
                cluster.country = cluster.country or country
                cluster.sectors += [x for x in sectors if x not in cluster.sectors]
                if cluster.title is None:
                    cluster.title, cluster.role = self.doc[role_start: end].text, role_name
                # a state's office or a first lady (as the title path reads them)
                cluster.needs_country = cluster.country is None and bool(
                    ({*self.ad.words.state_sector, "ELI"}) & set(cluster.sectors))
                noun = self.ad.person_noun(role_name)
                if cluster.gender is None and noun is not None:
                    cluster.gender = noun.gender  # "the girl's uncle, Tom Pryce," is a man
            elif kind == "person" and not owners and end == root.i + 1 \
                    and (body := self._owning_body(root)) is not None:
                # "the company's president", "Apple's chairman", "the governor of the bank": an
                # officer of that body, never a state's office holder of the same title
                cluster = self._body_officer(role_name, country, sectors, chunk, *body)
            elif kind == "person":
                cluster = self._resolve_role(role_name, country, sectors, chunk)
            elif kind == "org" and (described := self._described_body(root, role_name, country, chunk)) is not None:
                cluster = described  # "Acme Foods, the company which ...", then "the company"
            elif kind == "group" and country is None and (earlier := self._earlier_group(root, tokens, chunk)):
                cluster = earlier  # "West African mediators ... The mediators": the group told of
            else:
                label = self.doc[tokens[0].i: root.i + 1].text
                type_ = "NORP" if kind == "group" else "ORG"
                cluster = self._cluster(f"{kind}:{country}:{normalise_name(label)}", type_, label)
                cluster.country = cluster.country or country
                cluster.sectors = cluster.sectors or sectors
            self._add(cluster, start, end, "role" if kind == "person" else "group", root)

    def _club_anaphors(self) -> None:
        """``the club``, ``the side`` (``club_noun``), plain and standing where a body stands: the
        one sports club named before it (a body whose name ends in a ``club_word``, ``Acme
        United``, or one the text called a club), when the article named before it no other body
        that may be a club (one of no known sector that names no contest): ``Acme United beat
        Zenco ... the club`` names two, so no one."""
        words = self.ad.words
        for tok in self._with_lower(words.club_noun):
            if tok.lower_ not in words.club_noun or tok.tag_ != "NN" or tok.i == 0 or tok.i in self.claimed:
                continue
            det = self.tokens[tok.i - 1]
            if det.lower_ != "the" or det.head.i != tok.i or det.i in self.claimed \
                    or any(c.dep_ not in {"det", "punct", "relcl", "acl", "cc", "conj"} for c in tok.children):
                continue  # "the other side", "the side of the road", "the home team"
            if not (tok.dep_ in SUBJECT_DEPS | {"poss", "dobj"}
                    or (tok.dep_ == "pobj" and tok.head.lower_ in words.actor_preposition)):
                continue
            clubs, others = [], []
            for cluster in self.clusters:
                if cluster.type != "ORG" or not any(m.end <= det.idx for m in cluster.mentions):
                    continue
                last = normalise_name(cluster.name).split()[-1:]
                if (last and last[0] in words.club_word) or cluster.nouns & words.club_noun \
                        or self._place_team_name(cluster):
                    clubs.append(cluster)
                elif not cluster.sectors and not (last and last[0] in words.contest_word):
                    others.append(cluster)
            # a club the model tagged otherwise (``Exeter City`` as a place) or a name it tagged a
            # product (``Kelbro 3-0``) may be the other side: no guess then
            names = {normalise_name(c.name) for c in clubs}
            others += [e for e in self.doc.ents if e.end <= det.i and (e.label_ == "PRODUCT" or (
                normalise_name(e.text).split()[-1:] and normalise_name(e.text).split()[-1] in words.club_word
                and normalise_name(e.text) not in names))]
            if len(clubs) != 1 or others or self._untagged_team_before(det.i, clubs[0]):
                continue
            clubs[0].evidence.append(f"'{det.text} {tok.text}': the only club named before")
            self._add(clubs[0], det.i, tok.i + 1, "group", tok)

    def _place_team_name(self, cluster: Cluster) -> bool:
        """``Denver Nuggets``, ``the Harlow Hawks``: a body named by a place and a capitalised
        plural noun is a sports club (as ``Acme United`` is); a newspaper's word (``Times``) or a
        company's (``Industries``) is no team's."""
        words = self.ad.words
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            tokens = [t for t in span if t.lower_ != "the"] if span is not None else []
            if len(tokens) < 2 or tokens[-1].tag_ != "NNPS" or not tokens[-1].text[:1].isupper() \
                    or tokens[-1].lower_ in words.media_title | words.company_word | words.descs_firm_word:
                continue
            place = " ".join(t.text for t in tokens[:-1])
            if _gazetteer_is_place(self.gaz, place) or self.ad.country_of(place):
                return True
        return False

    def _untagged_team_before(self, limit: int, club: Cluster) -> bool:
        """``the Chicago Bears`` the model tagged as nothing, before ``limit``: a place's word and a
        capitalised plural noun (``Bears``) outside ``club``'s mentions, which may be the other side."""
        words = self.ad.words
        for tok in self._capitalised():  # only capitalised words are tested below
            if not 1 <= tok.i < limit:
                continue
            before = self.tokens[tok.i - 1]
            if tok.ent_type_ or not tok.text[:1].isupper() or not tok.text.endswith("s") \
                    or tok.tag_ not in {"NNP", "NNPS"} or tok.lower_ in words.media_title | words.company_word | words.descs_firm_word \
                    or any(m.start <= tok.idx < m.end for m in club.mentions):
                continue
            if before.text[:1].isupper() and (_gazetteer_is_place(self.gaz, before.text) or self.ad.country_of(before.text)):
                return True
        return False

    def _generic_body_anaphors(self) -> None:
        """``Harbour Watch staged a protest ... The group said``: ``the`` and a noun that any kind of
        body may be called by (``descs_body_noun``: group, organization), plain and standing where
        a body stands, is the one named body before it that is not a state's nor an outlet's (a
        ministry, the police or a newspaper is not called so), unless ``a group`` was introduced
        before: two such bodies, or a body named only in the same sentence, and
        no one is (the noun stays what the other phases make of it)."""
        words = self.ad.words
        for tok in self._with_lower(words.descs_body_noun):
            if tok.lower_ not in words.descs_body_noun or tok.tag_ != "NN" or tok.i == 0 or tok.i in self.claimed:
                continue
            det = self.tokens[tok.i - 1]
            if det.lower_ != "the" or det.head.i != tok.i or det.i in self.claimed \
                    or any(c.dep_ not in {"det", "punct", "relcl", "cc", "conj"} for c in tok.children):
                continue  # "the group of protesters", "the militant group": more said than the noun
            if not (tok.dep_ in SUBJECT_DEPS | {"poss", "dobj"}
                    or (tok.dep_ == "pobj" and tok.head.lower_ in words.actor_preposition)):
                continue
            if any(t.lower_ == tok.lower_ and any(c.lower_ in words.indefinite_article for c in t.children)
                   for t in self.tokens[:tok.i]):
                continue  # "a group of activists ... the group": the noun's own referent, introduced before
            here = self.sent_of[tok.i]
            bodies = []
            for cluster in self.clusters:
                if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                        or not any(m.end <= det.idx and m.kind == "name" for m in cluster.mentions):
                    continue
                coded = set(cluster.sectors or getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
                if coded & (words.state_sector | {"MED"}):
                    continue  # a state's body, or an outlet that reports ("told Reuters"), is not called so
                bodies.append(cluster)
            if len(bodies) != 1 or not any(m.sent < here for m in bodies[0].mentions):
                continue
            bodies[0].evidence.append(f"'{det.text} {tok.text}': the only body not a state's named before")
            self._add(bodies[0], det.i, tok.i + 1, "group", tok)

    def _full_named_person_at(self, tok: Token) -> bool:
        """A word already a mention of a person the article names in full (``Jordan`` of Tom
        Jordan), not of a one-word "person" (a country the model tagged a person)."""
        if tok.i not in self.claimed:
            return False
        owner = self._cluster_at(tok.i)
        return owner is not None and owner.type == "PERSON" and " " in owner.name

    def _earlier_group(self, root: Token, tokens: list[Token], chunk: Span) -> Cluster | None:
        """A bare definite plural (``the mediators``) is the one group the article named before
        with that noun and more words (``West African mediators``), with its code; two such
        groups, or none, and it stays a group of its own."""
        if tokens != [root] or chunk[0].lower_ != "the" or root.tag_ not in {"NNS", "NNPS"}:
            return None
        lemma = root.lemma_.lower()
        found = [c for c in self.clusters if c.key.startswith("group:") and c.country and any(
            m.head.lemma_.lower() == lemma and m.end - m.start > len(m.head.text) and m.head.i < root.i
            for m in c.mentions)]
        return found[0] if len(found) == 1 else None

    def _plain_appositions(self) -> None:
        """``Ann Pike, a philanthropist, said``, ``Tom Rade, the hard-right Ohioan who ...``,
        ``Tom Rade, one of the signatories,``, ``the Harbor Guild, the civic organization she
        founded``: a noun phrase with an article (or ``one of ...``) set off by a comma right after
        a person's name, or with ``the`` after a body's, in apposition to it, says what that one
        is; it is a mention of the name whether or not its noun is a known role (known roles were
        read before, with their codes; this gives none)."""
        for cluster in [c for c in self.clusters if c.key.startswith(("person:", "org:"))]:
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                name = m.head
                for appos in (c for c in name.children if c.dep_ == "appos" and c.i > name.i):
                    span = self._plain_apposition(appos)
                    # "Acme, a Dutch retailer,": what an indefinite says of a body is a predicate
                    # (``_predicate_of_body``); only "the ..." is a mention of it
                    if span is not None and (cluster.type == "PERSON" or span[0].lower_ == "the"):
                        cluster.evidence.append(f"{span.text!r}: an apposition to {cluster.name}")
                        self._add(cluster, span.start, span.end, "role", appos)

    def _plain_apposition(self, appos: Token) -> Span | None:
        """The words of an apposition that describe (article or ``one of`` to the head noun), or
        None when it is a name, a pronoun, a number or words already read."""
        first = appos.left_edge
        if first.i < 1 or self.tokens[first.i - 1].text != ",":
            return None
        if appos.lower_ == "one":  # "one of the signatories"
            pobj = next((g for p in appos.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
            if pobj is None:
                return None
            end = pobj.i + 1
        elif appos.tag_ == "NN" or appos.tag_ == "NNP" and appos.ent_type_ == "NORP":
            if first.lower_ not in self.ad.words.indefinite_article and first.lower_ != "the" \
                    and not self._possessive_determiner(first, appos):
                return None
            end = appos.i + 1
        elif self._possessive_determiner(first, appos) and appos.tag_ in {"JJ", "JJR"}:
            end = appos.i + 1  # "Omar Vance, his closer,": a possessive makes a noun of "closer"
        else:
            return None
        if any(i in self.claimed for i in range(first.i, end)) or first.i != appos.left_edge.i:
            return None
        if any(t.ent_type_ in {"PERSON", "ORG", "GPE"} for t in self.doc[first.i: end]):
            return None
        if not self._closed_apposition(appos) or self._listed_apposition(appos):
            return None
        return self.doc[first.i: end]

    def _closed_apposition(self, appos: Token) -> bool:
        """An apposition is set off on both sides: after its last word comes a comma, a dash, a
        bracket, a quotation mark or the sentence's end (``Ann Pike, a nurse, said``). A noun
        phrase the parser hung on a fronted name that runs straight on into a verb is the
        sentence's subject, no apposition (``Like Tom Hale, a growing number of farmers are
        selling``; ``For Ann Pike, a nurse's salary no longer covers ...``)."""
        after = appos.right_edge.i + 1
        # "executive director of One Wisconsin Now,": the parser may cut a name short
        while after < len(self.tokens) and (self.tokens[after].ent_iob_ == "I" or self.tokens[after].is_title
                                            and self.tokens[after - 1].tag_ in {"NNP", "NNPS"}):
            after += 1
        if after >= len(self.tokens) or self.tokens[after].is_sent_start:
            return True
        nxt = self.tokens[after]
        return nxt.is_punct or nxt.text in {"--", "—", "–"}

    @staticmethod
    def _listed_apposition(appos: Token) -> bool:
        """``She thanked Ann Pike, the mayor's office and the fire department``: a noun phrase after
        a name's comma joined by ``and`` to another with its own determiner is a member of a list
        of three, no description of the name."""
        return any(c.dep_ == "conj" and c.left_edge.tag_ in {"DT", "PRP$"} and c.left_edge.i > appos.i
                   for c in appos.children) and any(c.dep_ == "cc" for c in appos.children)

    def _open_appositions(self) -> None:
        """``Peter Lane, Governor Ann Moss's chief of staff,``, ``Ann Pike, executive director of the
        Harbor Fund,``, ``Tom Rade, also once a candidate for governor,``, ``Ann Pike, 27, a Hinge
        user,``: an apposition after a person's name that opens with a possessor, with no article
        (a role noun with its preposition), with an adverb, or with a name among its modifiers
        says what that one is, as one with a bare article does (``_plain_appositions``). The
        mention is the words after any name inside (``chief of staff``'s ``chief``, ``user``), so
        it never takes the possessor's or the company's name; it gives no code."""
        for cluster in [c for c in self.clusters if c.key.startswith("person:")]:
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                for appos in (c for c in m.head.children if c.dep_ == "appos" and c.i > m.head.i):
                    span = self._open_apposition(appos)
                    if span is not None:
                        cluster.evidence.append(f"{span.text!r}: an apposition to {cluster.name}")
                        self._add(cluster, span.start, span.end, "role", appos)

    def _named_after_comma(self) -> None:
        """``Staff alerted Clinton's chief of staff, Cheryl Mills, to ...``: a singular description
        of one person (a role's cluster) written right before ``, NAME,`` (a person's name closed by
        a comma or the sentence's end) is that person, with the description's other mentions,
        however the parser hung the name (issue 15, s17-dev12e)."""
        starts = {}
        for cluster in self.clusters:
            if cluster.type == "PERSON" and cluster.key.startswith("person:"):
                for m in cluster.mentions:
                    if m.kind == "name":
                        starts[m.start] = (cluster, m)
        for cluster in [c for c in self.clusters if c.key.startswith("role:") and c.type == "PERSON" and c.mentions]:
            for m in list(cluster.mentions):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.root.tag_ != "NN":
                    continue
                k = span.end
                if k + 1 < len(self.tokens) and self.tokens[k].lower_ == "of" and self.tokens[k + 1].pos_ == "NOUN":
                    k += 2  # "chief of staff" cut at "chief"
                if k + 1 >= len(self.tokens) or self.tokens[k].text != "," or self.tokens[k + 1].idx not in starts:
                    continue
                person, name = starts[self.tokens[k + 1].idx]
                after = self.doc.char_span(name.start, name.end, alignment_mode="expand")
                if after is None or self.sent_of[after.start] != self.sent_of[span.start]:
                    continue
                closed = after.end >= len(self.tokens) or self.tokens[after.end].text in {",", ".", ";"} \
                    or self.sent_of[after.end] != self.sent_of[after.start]
                if not closed or (person.gender and cluster.gender and person.gender != cluster.gender):
                    continue
                person.evidence.append(f"{span.text!r}: written right before {person.name} in apposition")
                person.mentions += [Mention(x.start, x.end, "description", x.head, x.sent) for x in cluster.mentions]
                cluster.mentions.clear()
                break

    def _open_apposition(self, appos: Token) -> Span | None:
        """The describing words of an apposition ``_plain_apposition`` leaves (see
        ``_open_appositions``), or None."""
        if appos.tag_ != "NN" or appos.i in self.claimed or appos.ent_type_:
            return None
        first = appos.left_edge
        if first.i < 1 or self.tokens[first.i - 1].text != ",":
            return None
        if not self._closed_apposition(appos) or self._listed_apposition(appos):
            return None
        words = list(self.doc[first.i: appos.i + 1])
        # "now a lobbyist", "also once a hopeful": adverbs before the article
        adverbs = 0
        while adverbs < len(words) - 1 and words[adverbs].tag_ == "RB" and words[adverbs].dep_ == "advmod":
            adverbs += 1
        words = words[adverbs:]
        article = words[0].lower_ in self.ad.words.indefinite_article or words[0].lower_ == "the"
        possessor = [j for j, t in enumerate(words) if t.tag_ == "POS" and t.head.dep_ == "poss"
                     and t.head.head.i == appos.i]
        named = [j for j, t in enumerate(words[:-1]) if t.ent_type_ in {"PERSON", "ORG", "GPE"} or t.i in self.claimed]
        if possessor:
            words = words[possessor[-1] + 1:]  # "Microsoft's former head" -> "former head"
        elif named and (article or adverbs):
            words = words[named[-1] + 1:]  # "a Hinge user" -> "user"
        elif adverbs and article:
            pass
        elif not article and not adverbs:
            # a bare role: "executive director of the Harbor Fund", "senior fellow at the institute"
            nxt = self.tokens[appos.i + 1] if appos.i + 1 < len(self.tokens) else None
            if nxt is None or nxt.dep_ != "prep" or nxt.head.i != appos.i or nxt.lower_ not in {"of", "at", "for"}:
                return None
            if any(t.tag_ not in {"JJ", "JJS", "NN", "VBN", "HYPH"} for t in words):
                return None
        else:
            return None
        if not words or any(t.i in self.claimed or t.ent_type_ in {"PERSON", "ORG", "GPE"} for t in words):
            return None
        return self.doc[words[0].i: appos.i + 1]

    @staticmethod
    def _possessive_determiner(first: Token, appos: Token) -> bool:
        """``Sam Field, his personal catcher,``: an apposition opened by a possessive determiner
        of a person (``his``, ``her``, ``their``) that belongs to its head noun says what the
        named one is to someone (a mention of the name, as ``the ...`` is)."""
        return first.tag_ == "PRP$" and first.lower_ in {"his", "her", "their"} and first.dep_ == "poss" \
            and first.head.i == appos.i

    def _merge_introduced(self) -> None:
        """A definite ``the boy`` written before ``a Chinese boy`` (a caption above the story)
        is the boy the article introduces, when it introduces exactly one with that noun."""
        unnamed = [c for c in self.clusters if c.key.startswith("role:") and c.type == "PERSON" and c.mentions]
        for role in {c.role for c in unnamed if c.introduced}:
            same = [c for c in unnamed if c.role == role]
            introduced = [c for c in same if c.introduced]
            if len(introduced) != 1:
                continue
            target = introduced[0]
            for other in same:
                if other is target or (other.country and target.country and other.country != target.country):
                    continue
                if not other.marks <= target.marks:
                    continue  # "the club's spokesperson" is not "a Delta spokesperson"
                target.mentions += other.mentions
                target.country = target.country or other.country
                other.mentions = []

    def _merge_named_subjects(self) -> None:
        """``A young blogger goes by the online name Zantor``, ``One volunteer calls himself
        Zantor``: the person the subject describes is the one so named (``_name_gone_by``)."""
        for words, first in self.names_gone_by.items():
            person = self._cluster_at(first)
            noun = self._named_as(self.doc[first:first + len(words)].root)
            if person is None or noun is None:
                continue
            subject = self._cluster_at(noun.i)
            if subject is not None and subject is not person and subject.type == "PERSON" \
                    and subject.key.startswith("role:"):
                self._fold(subject, into=person)

    def _noun_chunks(self) -> list[Span]:
        """The Doc's noun chunks, worked out once: spaCy computes them anew on every access (a
        walk over the whole parse), and two phases read them. Nothing here retokenizes the Doc."""
        if self._chunks is None:
            self._chunks = list(self.doc.noun_chunks)
        return self._chunks

    def _chunks_and_possessors(self) -> list[Span]:
        """Noun chunks, and the owner of a statement inside them ("the senator's" in "the
        senator's tweet", "the company's" in "the company's statement"), which spaCy leaves
        inside the possessed noun's chunk: a speaker the quotes stage will look for; and a body
        described as the owner of anything ("the automaker's losses"), for the descriptions."""
        statements = self.statements
        spans: list[Span] = []
        for chunk in self._noun_chunks():
            statement = chunk.root.lemma_.lower() in statements
            for token in self.tokens[chunk.start:chunk.end]:  # made once: no new Token per word
                if token.dep_ == "poss" and token.pos_ == "NOUN" and token.i < chunk.root.i and (
                        statement or self._person_possessor(token) or self._body_possessor(token)
                        or self._titled_possessor(token)):
                    spans.append(self.doc[token.left_edge.i: token.i + 1])
            spans.append(chunk)
        return spans

    def _titled_possessor(self, token: Token) -> bool:
        """``the president's`` in ``the president's refusal``, after ``President Ann Lee``: a
        definite singular person's role owning the phrase, when a person named before holds that
        title, is a description of someone in the story (the one it resolves to)."""
        if token.tag_ != "NN" or self.tokens[token.left_edge.i].lower_ != "the" or token.left_edge.i != token.i - 1:
            return False
        role = self.ad.role(token.lemma_) or self.ad.role(token.text)
        if role is None or role.kind != "person":
            return False
        key = normalise_name(token.lemma_)
        return any(c.type == "PERSON" and c.key.startswith("person:") and c.role == key
                   and any(m.start < token.idx for m in c.mentions) for c in self.clusters)

    def _body_possessor(self, token: Token) -> bool:
        """``the automaker's`` in ``the automaker's losses``: a definite singular body's noun
        (a role of kind org) owning the phrase is a description of a body of its own."""
        found = self._role_ending_at(token.i, token.left_edge.i)
        role = self.ad.role(found[1]) if found else None
        return role is not None and role.kind == "org" and token.tag_ == "NN" \
            and self.tokens[token.left_edge.i].lower_ == "the"

    def _person_possessor(self, token: Token) -> bool:
        """``the boy's`` in ``the boy's father``: a person named through their relative (or
        their spokesperson); ``the activist's arrest`` is left to the event stage."""
        role = self.ad.role(token.lemma_) or self.ad.role(token.text)
        owned = self.ad.role(token.head.lemma_) or self.ad.role(token.head.text)
        if role is not None and role.kind == "person" and token.tag_ == "NN" and owned is None:
            # "the singer's last album": a definite occupation owning anything is one person,
            # described (person_nouns.tsv kind identity)
            noun = self.ad.person_noun(token.lemma_) or self.ad.person_noun(token.text)
            return noun is not None and noun.kind == "identity" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        return (role is not None and role.kind == "person" and token.tag_ == "NN"
                and owned is not None and owned.kind == "person")

    def _described_body(self, root: Token, noun: str, country: str | None, chunk: Span) -> Cluster | None:
        """A named organisation a noun phrase stands in apposition to (``Acme Foods, the company
        which makes it,``), which the text thereby calls ``noun``; and a later plain definite
        (``the company``) when exactly one named body has been called so. Never a guess: with no
        such apposition, or two bodies called so, the phrase stays an entity of its own."""
        # the description's own country words, not a body it names ("the Microsoft rival")
        country = self._description_country([t for t in chunk if t.i < root.i and t.pos_ in {"ADJ", "PROPN", "NOUN"}], noun)
        apposed = self._apposed_body(root)
        if apposed is not None:
            apposed.evidence.append(f"{chunk.text!r}: the article calls {apposed.name} so")
            if root.tag_ in {"NN", "NNP"}:  # ("Acme, one of three rating agencies,": no code of one)
                self._describe_body(apposed, noun, country)
            else:
                apposed.nouns.add(noun)
            return apposed
        if chunk[0].lower_ == "the" and root.tag_ in {"NN", "NNP"} and (subject := self._copula_body(root)) is not None:
            # "Acme is the world's largest carmaker": a definite predicate of an affirmed "be" is
            # the named body it is said of (as "Tom Hale was the man who ..." is Tom Hale)
            subject.evidence.append(f"{chunk.text!r}: the text says {subject.name} is")
            self._describe_body(subject, noun, country)
            return subject
        if (tail := self._name_tail_body(chunk)) is not None:
            return tail  # "the Welsh Assembly Government ... the assembly government"
        if chunk[0].lower_ != "the" or root.tag_ not in {"NN", "NNP"}:
            return None
        plain = len([t for t in chunk if not t.is_punct]) == 2
        role = self.ad.role(noun)
        # "the auto company", "the car maker": a company's noun led by plain nouns of its trade
        # only, the whole a noun of the kind table (kind_nouns.tsv), says no more than "the
        # company" does ("the aviation industry", "the state gas firm" are not read so)
        words = [t for t in chunk[1:] if t.i <= root.i]
        trade = role is not None and role.sector == "BUS" and country is None and len(words) > 1 and all(
            t.tag_ == "NN" and t.text.islower() and t.dep_ == "compound" for t in words[:-1]) \
            and bool(self.ad.kinds_named(" ".join(t.text for t in words)))
        plain = plain or trade
        # Only a description that gives a country ("The Dutch retailer") stands for a body named
        # before: "the regional giant" may be a country too; "the US government" is a state's own
        # body, never a named one guessed.
        if not plain and (country is None or role is None or role.sector is None
                          or role.sector in self.ad.words.state_sector or not self._definite_description(chunk, country)):
            return None
        # "The Dutch retailer said": a body of the noun's kind and of no other country
        # ... or whose name ends in the noun ("Home Life magazine ... The magazine said"), or called by
        # the noun with words before it ("Irish national airline Acme ... The airline"), for a noun of
        # a kind of the kind table ("the little-known firm" is no "state gas firm")
        kinded = bool(self.ad.kinds_named(noun))
        party: Cluster | None = None
        called = [c for c in self.clusters
                  if (any(n == noun or kinded and n.endswith(" " + noun) for n in c.nouns)
                      or self._name_ends_in(c, noun))
                  and c.country in (None, country or c.country) and any(m.end <= chunk.start_char for m in c.mentions)]
        if not called:
            called = self._only_company_before(noun, chunk) if plain else self._bodies_of_kind_before(noun, chunk, country)
            if plain:
                # a company is no other argument of its own clause ("Acme gave control of the
                # company to Zenco": the company is not Acme; an owner may be: "Acme released a
                # version of the company's software", as "its" would)
                verb = next((a for a in chunk.root.ancestors if a.pos_ in {"VERB", "AUX"}), None) \
                    if chunk.root.dep_ != "poss" else None
                called = [c for c in called if verb is None or not any(
                    m.head.dep_ in SUBJECT_DEPS and m.head.head.i == verb.i for m in c.mentions)]
            if plain and len(called) > 1:
                called = self._company_meant(noun, chunk, called)
                # right after a sentence whose one party of the kind is a company: read as "it" is
                party = self._sole_party(noun, chunk, called) if len(called) > 1 else None
                called = [party] if party is not None else called
        if len(called) != 1 or (party is None and self._other_body_nearer(called[0], noun, chunk, country)):
            return None
        if not plain:
            called[0].evidence.append(f"{chunk.text!r}: the only body of that kind named before")
            self._describe_body(called[0], noun, country)
        return called[0]

    def _name_tail_body(self, chunk: Span) -> Cluster | None:
        """``the Welsh Assembly Government ... the assembly government``: ``the`` and two or more
        lower-case words that are the last words of the name of the one body named before (a
        longer name, opening with a capitalised word left out here) are that body."""
        words = [t.lower_ for t in chunk[1:] if not t.is_punct]
        if chunk[0].lower_ != "the" or len(words) < 2 or not all(t.text.islower() for t in chunk[1:] if not t.is_punct):
            return None
        found = [c for c in self.clusters if c.type == "ORG" and any(m.end <= chunk.start_char for m in c.mentions)
                 and len(name := normalise_name(c.name).split()) > len(words) and name[-len(words):] == words
                 and c.name.split()[-len(words) - 1][:1].isupper()]
        if len(found) != 1:
            return None
        found[0].evidence.append(f"{chunk.text!r}: the last words of the name of the one body so named before")
        return found[0]

    def _name_ends_in(self, cluster: Cluster, noun: str) -> bool:
        """A body whose name ends in ``noun`` after a word of a name (``Home Life magazine`` for
        ``the magazine``): a capitalised word before the noun that is no country's. A body the
        text only described (an earlier ``the company``, ``the American company``, left an entity
        of its own) has no such name: its noun is no evidence that a later ``the company`` is it,
        and taking it so joined descriptions of different firms into one entity and kept the
        named firm meant from being found (MEANTIME test half, issue 15, session 12)."""
        words = cluster.name.split()
        return cluster.type == "ORG" and len(words) > 1 and normalise_name(words[-1]) == noun and any(
            w[:1].isupper() and not self.ad.country_of(w) for w in words[:-1])

    def _bodies_of_kind_before(self, noun: str, chunk: Span, country: str | None) -> list[Cluster]:
        """The named bodies before a described one (``the Italian car maker``) that may be it:
        of the noun's sector or of none known (a body coded otherwise is another kind: a
        party is no car maker), and of the description's country or none. More than one: no
        link."""
        role = self.ad.role(noun)
        found = []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.end <= chunk.start_char for m in cluster.mentions):
                continue
            if country is not None and cluster.country not in (None, country):
                continue
            sectors = cluster.sectors or list(getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            if not sectors or (role is not None and role.sector in sectors) \
                    or normalise_name(cluster.name).split()[-1] in self.ad.words.company_word:
                found.append(cluster)
        return found

    def _apposed_body(self, root: Token) -> Cluster | None:
        """The named body a noun phrase stands in apposition to (``Acme Foods, the company which
        makes it,``, ``Acme, a Dutch retailer,``)."""
        partners = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            partners.append(root.head)
        for token in partners:
            for cluster in self.clusters:
                if cluster.type == "ORG" and not cluster.key.startswith("org:None:") and any(
                        m.head.i == token.i for m in cluster.mentions):
                    return cluster
        return None

    def _describe_body(self, cluster: Cluster, noun: str, country: str | None) -> None:
        """What a description says of a named body: the noun it is called by, its country (a
        country the body has from its name or the tables wins) and the noun's sector."""
        cluster.nouns.add(noun)
        cluster.country = cluster.country or country
        role = self.ad.role(noun)
        if not cluster.sectors and role is not None and role.sector:
            cluster.sectors = [role.sector]

    def _definite_description(self, chunk: Span, country: str | None) -> bool:
        """``the Italian car maker``, ``the only major Japanese car firm``: a definite singular
        body noun with words before it, none of them capitalised but a country's adjective (a
        capitalised word names a body of its own: ``the Fiat car maker``), nor a number."""
        before = [t for t in chunk if t.i < chunk.root.i and t.i > chunk.start]
        if any(t.like_num or t.tag_ in {"POS", "PRP$"} for t in before):
            return False
        return country is not None and all(self.ad.country_of(t.text) for t in before if t.text[:1].isupper())

    def _copula_body(self, root: Token) -> Cluster | None:
        """The named body (not a place or a state's body) whose affirmed ``be`` has ``root`` as
        its predicate (``Acme is the largest carmaker``; not ``Acme is not ...``)."""
        verb = root.head
        if root.dep_ != "attr" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
            return None
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            body = next((c for c in self.clusters if c.type == "ORG" and not c.key.startswith("org:None:")
                         and not self.ad.words.state_sector & set(c.sectors)
                         and any(m.head.i == subject.i and m.kind == "name" for m in c.mentions)), None)
            if body is not None:
                return body
        return None

    def _predicate_of_body(self, root: Token, noun: str, chunk: Span) -> bool:
        """``Acme is a Japanese car firm``, ``Acme, a Dutch retailer, said``: an indefinite body
        noun said of a named body (the predicate of an affirmed ``be`` or an apposition) gives
        the body its country and sector and the noun it is called by; no mention of its own."""
        body = None
        verb = root.head
        if root.dep_ == "attr" and verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children):
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                body = next((c for c in self.clusters if c.type == "ORG" and not c.key.startswith("org:None:")
                             and any(m.head.i == subject.i for m in c.mentions)), None)
                if body is not None:
                    break
        elif root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
            body = self._apposed_body(root)
        if body is None or root.tag_ not in {"NN", "NNP"}:
            return False
        country = self._description_country([t for t in chunk if t.i < root.i and t.pos_ in {"ADJ", "PROPN", "NOUN"}], noun)
        body.evidence.append(f"{chunk.text!r}: the article says {body.name} is one")
        self._describe_body(body, noun, country)
        return True

    def _only_company_before(self, noun: str, chunk: Span) -> list[Cluster]:
        """``the company`` that no apposition names: the one business the article has named
        before it (a body the tables code BUS, or uncoded with a company's word ending its
        name: ``Acme Holdings``, ``Titan Inc``); ``the newspaper``, ``the broadcaster``: the one
        medium (MED) named before it. Two such bodies: both, so no link."""
        if noun in self.ad.words.agency_noun:
            return self._only_agency_before(noun, chunk)
        role = self.ad.role(noun)
        if role is None or role.sector not in {"BUS", "MED"}:
            return []
        found = []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.end <= chunk.start_char for m in cluster.mentions):
                continue
            sectors = cluster.sectors or list(getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            if role.sector in sectors or (role.sector == "BUS" and not sectors
                                          and cluster.country not in self.ad.words.international_code
                                          and normalise_name(cluster.name).split()[-1]
                                          in self.ad.words.company_word | self.ad.words.descs_firm_word):
                found.append(cluster)
        if not found and role.sector == "BUS":
            found = self._sole_uncoded_body(chunk)
        if len(found) == 1 and role.sector == "BUS":
            found += self._partner_bodies(found[0], chunk)
        if len(found) == 1:
            found[0].evidence.append(f"{chunk.text!r}: the only {'company' if role.sector == 'BUS' else 'medium'} named before")
        return found

    def _partner_bodies(self, company: Cluster, chunk: Span) -> list[Cluster]:
        """``Harlow Motors and Pexton Steel announced a venture``, ``Acme Foods agreed to buy
        Bellmont Dairies``: a body no table codes and whose name ends in no company's word, named
        before the description joined by ``and`` to the company or as the object of the company's
        verb (or of a verb under it: ``agreed to buy``), is a partner or a target of the deal and
        may be a company as well; it fits ``the company`` alike, so no link (issue 15, s19-guess19)."""
        heads = [m.head for m in company.mentions if m.end <= chunk.start_char and m.kind == "name"]
        joined = {c.i for h in heads for c in h.conjuncts}
        objects: set[int] = set()
        for h in heads:
            if h.dep_ not in SUBJECT_DEPS:
                continue
            verbs = [h.head, *(c for c in h.head.children if c.dep_ in {"xcomp", "conj"})]
            for verb in verbs:
                for c in verb.children:
                    if c.dep_ == "dobj":
                        objects.add(c.i)
                    elif c.dep_ == "prep":
                        objects |= {g.i for g in c.children if g.dep_ == "pobj"}
        found = []
        for other in self.clusters:
            if other is company or other.type != "ORG" or not other.key.startswith("org:") \
                    or other.key.startswith("org:None:") or other.sectors \
                    or other.country in self.ad.words.international_code \
                    or self.ad.dictionary_actor(other.name, self.published) is not None:
                continue
            if any(m.end <= chunk.start_char and m.kind == "name" and (m.head.i in joined or m.head.i in objects)
                   for m in other.mentions):
                found.append(other)
        return found

    def _only_agency_before(self, noun: str, chunk: Span) -> list[Cluster]:
        """``the FBI's review of the case ... the agency concluded``: ``the agency``, ``the bureau``
        (``agency_noun`` in actor_words.tsv) that no apposition names is the one named body of an
        agency's sectors (a state's executive, police or intelligence body: no legislature, party,
        firm or medium) the article named before it. Two such bodies, or one and a department of
        justice or an army (a state's body that may be called so too): no link."""
        sectors = self.ad.words.agency_noun[noun]
        found, rivals = [], []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:") \
                    or not any(m.end <= chunk.start_char and m.kind == "name" for m in cluster.mentions):
                continue
            coded = set(cluster.sectors or getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            if coded and coded <= sectors:
                found.append(cluster)
            elif coded & (self.ad.words.state_sector - {"LEG", "PTY", "OPP"}):
                rivals.append(cluster)
        found += rivals if found else []
        if len(found) == 1:
            found[0].evidence.append(f"{chunk.text!r}: the only {noun} named before")
        return found

    def _sole_uncoded_body(self, chunk: Span) -> list[Cluster]:
        """``Zentrova said its profits fell. The firm blamed ...``: a body no table codes, the only
        body the article has named before the description, the subject of its sentence or the one
        before: the description says what it is (none when any other body was named before, or
        when the body was only an object: ``X agreed to buy Novacore. The firm`` is X)."""
        before = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")
                  and any(m.end <= chunk.start_char for m in c.mentions)]
        if len(before) != 1:
            return []
        body = before[0]
        here = self.sent_of[chunk.root.i]
        if body.key.startswith("org:None:") or body.sectors or body.country in self.ad.words.international_code \
                or self.ad.dictionary_actor(body.name, self.published) is not None \
                or not any(here - 1 <= m.sent <= here and self._body_subject(m.head)
                           for m in body.mentions if m.end <= chunk.start_char):
            return []
        return [body]

    def _company_meant(self, noun: str, chunk: Span, companies: list[Cluster]) -> list[Cluster]:
        """Of several companies named before ``the company``, ``the airline``, ``the automaker``:
        those of the noun's kind when any is (the text called them by the noun or a noun of its
        kind, ``kind_nouns.tsv``: ``the automaker`` after ``carmaker Acme``; or the noun ends
        their name, as the table says: ``Zenco Airlines`` for ``the airline``); then of those, the one that is
        the subject of a clause holding the description in its own sentence (``Acme said the company
        will grow``, as for ``its``). Else all: the one named last is no evidence (issue 15,
        s19-guess19: the subject of the latest sentence is no longer taken); the caller then asks
        :meth:`_sole_party` whether the sentence just before is about one of them (``Acme
        cut jobs. Zenco hired. The company said`` is Zenco, as ``it`` would be; ``Acme sued Zenco.
        The company said``: no link)."""
        fitting = [c for c in companies if self._of_kind(noun, c)] or companies
        if len(fitting) < 2:
            return fitting
        here = self.sent_of[chunk.root.i]
        governing = {a.i for a in chunk.root.ancestors}
        subjects = [c for c in fitting if any(
            m.sent == here and m.end <= chunk.start_char and self._body_subject(m.head)
            and self._subject_verb(m.head) in governing for m in c.mentions)]
        if len(subjects) == 1:
            subjects[0].evidence.append(f"{chunk.text!r}: the company of its kind that is the subject of the clause "
                                        f"holding it")
            return subjects
        return fitting

    def _sole_party(self, noun: str, chunk: Span, fitting: list[Cluster]) -> Cluster | None:
        """``Tarsen Holdings and Velko Industries bid. Velko Industries won the contract. The company
        said``: a plain company noun (``the company``, ``the firm``, ``the carmaker``) that opens no
        clause of a company's own is read as ``it`` would be right after a sentence about one company:
        the one body of those that fit (``fitting``) that is a party of the sentence just before (its
        subject, one of its objects, the agent of its passive, or the possessor of its subject), when
        no other body that may be a company is named there but as a modifier of a noun (``bought
        forty Kestrel Motors trucks``) or in a title of a work, and none is named in the
        description's own sentence before it. Two such parties (``Velko Industries sued Tarsen
        Holdings. The company said``), or none: no link (issue 15, brief s19-company19). A body named
        only in an earlier sentence does not compete: the sentence before is about the one."""
        here = self.sent_of[chunk.root.i]
        role = self.ad.role(noun)
        if here == 0 or noun in self.ad.words.agency_noun or role is None or role.sector != "BUS":
            return None  # a company's noun only ("the agency", "the newspaper" stay as they were)
        kinded = bool(self.ad.kinds_named(noun))
        rivals = list(fitting)
        if not kinded:
            # an uncoded body no table knows (``Regulators fined Brannock and Ostrey``) may be a company
            rivals += [c for c in self.clusters if c not in rivals and c.type == "ORG" and c.key.startswith("org:")
                       and not c.key.startswith("org:None:") and not c.sectors
                       and c.country not in self.ad.words.international_code
                       and self.ad.dictionary_actor(c.name, self.published) is None]
        named_before: list[Cluster] = []
        parties: list[Cluster] = []
        for cluster in rivals:
            seen = [m for m in cluster.mentions if m.end <= chunk.start_char and m.sent in (here - 1, here)
                    and not self._body_name_as_modifier(m)]
            if any(m.sent == here for m in seen):
                return None  # "After Corbel Foods cut its prices, the firm said": either
            if seen:
                named_before.append(cluster)
                if any(self._company19_party(m.head) for m in seen):
                    parties.append(cluster)
        if len(named_before) != 1 or parties != named_before or parties[0] not in fitting:
            return None
        parties[0].evidence.append(f"{chunk.text!r}: the only company of its kind that is a party of the sentence before")
        return parties[0]

    def _body_name_as_modifier(self, mention: Mention) -> bool:
        """A body's name that only modifies a noun (``Kestrel Motors trucks``, not ``carmaker Acme``
        nor ``the Acme company``) or stands in a title of a work: no party of its sentence."""
        head = mention.head
        if head.ent_type_ == "WORK_OF_ART":
            return True
        if head.dep_ not in {"compound", "amod", "nmod"}:
            return False
        noun = head.head
        found = self._role_ending_at(noun.i, noun.left_edge.i)
        role = self.ad.role(found[1]) if found else None
        return role is None or role.kind != "org"

    def _company19_party(self, head: Token) -> bool:
        """A body's name (its head word) that is a party of its clause: a subject (or one of subjects
        joined by "and", or a name within the subject), a direct or indirect object (or one of
        several), the agent of a passive (``bought by Acme``), or the possessor of a subject (``Acme's profits
        doubled``)."""
        if self._subject_verb(head) is not None:
            return True
        for _ in range(2):
            if head.dep_ in ("compound", "appos") and head.head.tag_ not in {"NNS", "NNPS"}:
                head = head.head
        if head.dep_ == "conj":
            head = head.head
        if head.dep_ in {"dobj", "dative", "nsubj", "nsubjpass"}:
            return True
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            return True
        owned = head.head.head if head.head.dep_ == "conj" else head.head
        return head.dep_ == "poss" and owned.dep_ in SUBJECT_DEPS

    def _of_kind(self, noun: str, cluster: Cluster) -> bool:
        """The text called the body by ``noun`` or a noun of its kind (``kind_nouns.tsv``), or its
        name ends in a word the table names for the noun (``Airlines``, ``Airways`` for
        ``airline``; ``Acme Company`` is of no more kind than any company)."""
        others = set(self.ad.kinds_named(noun))
        kinds = {normalise_name(noun)} | others
        last = normalise_name(cluster.name).split()[-1:] or [""]
        called = {n.split()[-1] for n in cluster.nouns if n} | cluster.nouns
        return bool(called & (kinds | {k + "s" for k in kinds})) or last[0] in others

    def _other_body_nearer(self, called: Cluster, noun: str, chunk: Span, country: str | None = None) -> bool:
        """``Tesco and Unilever clashed after the company said``: another body of the noun's
        kind (a company for ``the company``) named in the same or the previous sentence, after
        the last mention of the body called so, may be the one meant: no guess. A body of
        another country than the description gives is not (``Acme's orders with the US maker``
        after a Dutch Acme), nor one of another kind when the body called so is of the noun's
        kind and the noun has kinds in ``kind_nouns.tsv`` (:meth:`_of_kind`: ``Zenco Airlines
        bought Acme jets. The airline said``; any company may be ``the company``)."""
        role = self.ad.role(noun)
        if role is None or role.sector is None:
            return False
        here = self.sent_of[chunk.root.i]
        start = chunk.start_char
        last = max((m.start for m in called.mentions if m.start < start), default=-1)
        for other in self.clusters:
            if other is called or other.type != "ORG" or not other.key.startswith("org:") \
                    or country is not None and other.country not in (None, country) \
                    or self.ad.kinds_named(noun) and self._of_kind(noun, called) and not self._of_kind(noun, other):
                continue
            sectors = other.sectors or list(getattr(self.ad.dictionary_actor(other.name, self.published), "sectors", ()))
            if role.sector in sectors and any(last < m.start < start and here - m.sent <= 1 for m in other.mentions):
                return True
        return False

    def _apposed_person(self, root: Token) -> Cluster | None:
        """The named person a role description stands in apposition to, if any (none for a
        plural: ``Two former FBI directors, X and Y,`` are two people)."""
        if root.tag_ in {"NNS", "NNPS"}:
            return None
        partners = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            partners.append(root.head)
            # "Sebastian Vettel, the four-time world champion whom ...": the parser may hang the
            # apposition on a word further back; the name right before its comma is its partner
            first = root.left_edge.i
            if first >= 2 and self.tokens[first - 1].text == ",":
                before = self.tokens[first - 2]
                if self._apposition_of_conjunct(root):
                    partners.insert(0, before)  # "Tom Reed and Ann Moss, Mark Moss's wife,": Moss's
                else:
                    partners.append(before)
            # "Senator Ann Lee of Ohio, a Democrat,": hung on the place that names where she is from
            host = root.head
            if host.dep_ == "pobj" and host.head.lower_ in {"of", "from"} and host.head.head.ent_type_ == "PERSON":
                partners.append(host.head.head)
        # "from the Democratic front-runner, Ann Lee, to ...": the name hung on a word further back
        after = root.i + 2
        if after < len(self.tokens) and self.tokens[root.i + 1].text == ",":
            name = self.tokens[after]
            while name.dep_ == "compound" and name.head.i > name.i:
                name = name.head
            if name.dep_ == "appos" and name.ent_type_ == "PERSON" and _apposition_host(name).i == root.i:
                partners.append(name)
        # "The mayor of Springfield, Ann Lee,": the parser hangs the name on the place.
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ != "PERSON"):
                partners += [c for c in pobj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        surface = self._name_between_commas(root)
        for token in partners:
            for cluster in self.clusters:
                if cluster.type == "PERSON" and any(m.head.i == token.i for m in cluster.mentions):
                    return cluster
        if surface is not None:
            for cluster in self.clusters:
                if cluster.key.startswith("person:") and any(
                        m.start <= surface.start_char and surface.end_char <= m.end for m in cluster.mentions):
                    return cluster
        return None

    def _lower_case_name_at(self, tok: Token) -> bool:
        """A span the model tagged a person whose words are all lower case ("The finance minister
        jabbed back": a verb), which ``_named`` reads as no name."""
        k = tok.i + 1
        while k < len(self.tokens) and self.tokens[k].ent_iob_ == "I":
            k += 1
        return all(t.is_lower for t in self.tokens[tok.i:k] if t.is_alpha)

    def _name_between_commas(self, root: Token) -> Span | None:
        """"complaints by the secretary of the Treasury, Jacob J. Lew, that ...": a definite role
        description (with its of- or for-phrase), a comma and a person's name closed by a comma or
        the sentence's end are an apposition, however the parser hung the name (a conjunct, an
        adverbial)."""
        if root.dep_ == "conj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return None
        end = root.i
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i > root.i):
            end = max(end, prep.right_edge.i)
        n = len(self.tokens)
        if end + 2 >= n or self.tokens[end + 1].text != "," or any(t.text in {",", ";"} or t.pos_ in {"VERB", "AUX"}
                                                                       for t in self.tokens[root.i + 1: end + 1]):
            return None
        first = self.tokens[end + 2]
        if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
            return None
        k = first.i + 1
        while k < n and self.tokens[k].ent_iob_ == "I":
            k += 1
        if k < n and not (self.tokens[k].text in {",", ".", ";"} or self.tokens[k].is_sent_start):
            return None
        return self.doc[first.i:k]

    def _subject_of_copula(self, root: Token, chunk: Span) -> Cluster | None:
        """``Tom Hale was the man who ended the drought``: a definite description that is the
        predicate of an affirmed ``be`` is the named person who is its subject."""
        verb = root.head
        if chunk[0].lower_ != "the" or root.dep_ != "attr" or verb.lemma_ != "be" \
                or any(c.dep_ == "neg" for c in verb.children):
            return None
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            for cluster in self.clusters:
                if cluster.type == "PERSON" and cluster.key.startswith("person:") and any(
                        m.head.i == subject.i for m in cluster.mentions):
                    return cluster
        return None

    def _generic(self, chunk: Span, tokens: list[Token]) -> bool:
        """"a party", "what people", "strong opposition": descriptions, not actors in the story."""
        if self._infinitive_subject(chunk):
            return True
        if self._introduces_person(chunk):
            return False
        if any(t.dep_ in {"det", "predet"} and t.lower_ in self.ad.words.generic_determiner for t in chunk):
            return True
        if self._described_individual(chunk):
            return False
        # "the new health minister": a definite singular office holder is one person, whenever
        # they took the office (tenure_word)
        tenure = chunk[0].lower_ == "the" and chunk.root.tag_ == "NN"
        for t in tokens:
            if t.dep_ == "amod" and t.i < chunk.root.i and not self.ad.country_of(t.text) \
                    and t.lower_ not in self.ad.words.actor_modifier and not t.text[:1].isupper() \
                    and not (tenure and t.lower_ in self.ad.words.tenure_word):
                return True
        return False

    @staticmethod
    def _infinitive_subject(chunk: Span) -> bool:
        """``It is rare for a candidate to visit Ohio``: an indefinite subject of a ``for ... to``
        clause is anyone of that kind, nobody in the story."""
        root = chunk.root
        verb = root.head
        return chunk[0].lower_ in {"a", "an"} and root.dep_ == "nsubj" and verb.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)

    def _described_individual(self, chunk: Span) -> bool:
        """``the Grammy-winning singer``, ``the retired teacher``: a definite singular noun of
        who someone is, whose modifiers say more about that one person (an age is read with the
        age descriptions)."""
        root = chunk.root
        noun = self.ad.person_noun(root.lemma_)
        role = self.ad.role(root.lemma_)
        past = role is not None and role.kind == "person" and any(t.lower_ in self.ad.words.former_word for t in chunk)
        return (chunk[0].lower_ == "the" and root.tag_ == "NN" and (past or (noun is not None and noun.kind == "identity"))
                and not any(t.like_num for t in chunk))

    def _introduces_person(self, chunk: Span) -> bool:
        """``A Chinese boy fell into a well``, ``according to a rescue official``: a singular
        indefinite person who is an argument of a verb brings someone new into the story (the
        predicate of ``He is a boy`` and an apposition only describe someone already there)."""
        root = chunk.root
        if chunk[0].lower_ not in self.ad.words.indefinite_article or root.tag_ not in {"NN", "NNP"}:
            return False
        if root.dep_ not in SUBJECT_DEPS | {"dobj", "pobj"}:
            return False
        found = self._role_ending_at(root.i, chunk.start)
        role = self.ad.role(found[1]) if found else None
        return role is not None and role.kind == "person"

    def _possessor_country(self, root: Token, seat_owns: bool = True) -> str | None:
        """"Lebanon's health ministry", "police in Kenya", "the government of Sudan". With
        ``seat_owns`` false (a body of many states: ``the European Commission in Brussels``,
        ``the UN office in Geneva``) a place after ``in`` is where the body sits, not whose it is:
        only a possessor or an ``of`` phrase makes it a country's own (``Russia's Security
        Council``; issue 15, ents23)."""
        for child in root.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                # "Air France's pilots": a country word in a body's name is no home of its people
                # "Tom Jordan ... Jordan's lawyer": a person's name (claimed as one) neither
                if self.ad.glued_country(child) or self._full_named_person_at(child) \
                        or child.lower_ in self._demonyms_as_names():  # "German's brother": a name
                    return None
                return self.ad.country_of(child.text)
            if child.dep_ == "prep" and child.lower_ in self.ad.words.owner_preposition \
                    and (seat_owns or child.lower_ not in self.ad.words.place_preposition):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        name = self.doc[obj.left_edge.i: obj.i + 1].text
                        # "the governor of New Mexico": a country's name that ends a longer proper
                        # name (a US state's) is no country there; the whole name goes to the gazetteer
                        longer = any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in obj.children)
                        found = self.ad.country_name_of(name) or (None if longer else self.ad.country_name_of(obj.text))
                        if found and (town := self.ad.town_of_region(obj, found, name)) is not None:
                            return town  # "a woman in Peru, Indiana": a town of that state (fix13)
                        if not found and obj.ent_type_ in {"GPE", "LOC"}:
                            # "police in Seattle"; "the mayor of Frankfurt": a city's common
                            # short name is no primary name of GeoNames, yet names the city
                            found = self._namesake_in_story(obj, name) or _gazetteer_country(self.gaz, name) \
                                or _gazetteer_city_country(self.gaz, name)
                        if found:
                            return found
        return None

    def _namesake_in_story(self, obj: Token, name: str) -> str | None:
        """``a clinic in Lebanon`` in a story of Ohio towns, ``police in Durham`` beside Raleigh: a town
        whose name places of weight bear in several countries is the one of the country the story's other
        places are in, when exactly one of those countries is among them (the most populous namesake, a
        county in England, is read otherwise; issue 15, s18-dev13e)."""
        if self.gaz is None:
            return None
        countries = {c.country for c in self.gaz.candidates(name) if c.country and (
            c.level in {"admin1", "country"} or c.population >= 15_000)}
        if len(countries) < 2:
            return None
        elsewhere: set[str] = set()
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and not ent.start <= obj.i < ent.end and ent.text != name:
                found = self.ad.country_of(ent.text) or _gazetteer_country(self.gaz, ent.text)
                if not found:  # "Neb.", "Wash.": a state's short name (an alias of the gazetteer's)
                    states = {c.country for c in self.gaz.candidates(ent.text) if c.level == "admin1" and c.country}
                    found = states.pop() if len(states) == 1 else None
                if found:
                    elsewhere.add(found)
        shared = countries & elsewhere
        return shared.pop() if len(shared) == 1 else None

    def _place_country(self, tokens: list[Token], head: str | None = None) -> str | None:
        """A body named after a place takes that place's country: the longest run of capitalised
        proper nouns at the start of its name that the gazetteer knows ("Seattle Police
        Department", "Kano State House of Assembly"), when the rest of the name (or ``head``, the
        body noun it modifies) says the place is the body's home (see ``_home_by_name``)."""
        run = []
        for t in tokens:
            if t.lower_ == "the" and not run:
                continue
            # (a place the model tagged so counts however it read the word: "Lagos police", Lagos an ADJ)
            if not (t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC"}) or not t.text[:1].isupper() \
                    or t.ent_type_ not in {"GPE", "LOC", "ORG", "FAC", "WORK_OF_ART", ""}:
                break
            if t.i in self.claimed and (owner := self._cluster_at(t.i)) is not None and owner.type == "PERSON":
                break  # "Bo's wife": a person's name, though a town bears it
            run.append(t)
        whole = [t for t in tokens if t.lower_ != "the"]
        if run and head is None and len(run) == len(whole) and (
                known := self.ad.dictionary_actor(" ".join(t.text for t in run), self.published)) is not None \
                and "BUS" in known.sectors:
            return None  # "Honda is coming": a firm the field's dictionary knows, not a town's body
        for n in range(len(run), 0, -1):
            name = " ".join(t.text for t in run[:n])
            if self.ad.organisation(name) or self.ad.role(name):
                return None
            if n == 1 and head is not None and (role := self.ad.role(head)) is not None and role.kind == "person" \
                    and normalise_name(name) in self._business_firsts():
                return None  # "a Delta spokesperson" beside "Delta Airlines": the firm's, not the region's
            if n == 1 and len(run) > 1 and run[0].lower_ in self.ad.words.crime_compass_word:
                return None  # "West Yorkshire Police": the compass word is part of a longer name (crime17)
            # "the Federal Election Commission": "Federal" is Brazil's Federal District only in part
            found = None if names_major_place_in_part(self.gaz, name) else _gazetteer_country(self.gaz, name)
            if found:
                rest = [t.text for t in tokens if t.i > run[n - 1].i] + ([head] if head else [])
                home = self._home_by_name(rest)
                if home is None and len(rest) == 1 and not self._after_article(tokens[0]):
                    return None  # "Milan Baros": a given name and a surname, a person's name
                if home is None and self._after_article(tokens[0]):
                    home = "body"  # "the Sindh Rangers": an article marks a body named after its home
                return found if home == "body" or not rest or (
                    _gazetteer_prominent(self.gaz, name) or self.ad.capital_of(name)) else None
        return None

    def _after_article(self, first: Token) -> bool:
        before = self.doc[first.i - 1] if first.i > 0 else None
        return first.lower_ == "the" or before is not None and before.lower_ == "the"

    def _home_by_name(self, words: list[str]) -> str | None:
        """What the words after a place in a body's name make of the place. "body": a public
        body's, a club's, a paper's or an office's noun ("Police", "Assembly", "Times", "mayor"),
        whose place is its home. "trade": a firm's trade word ("Airlines", "Bank", "Holdings"),
        named after anything (a river, a region's common word): only a prominent place is its
        home. None: no body word, a firm's name too when longer ("Tokyo Electric Power", only a
        prominent place), a person's when one word ("Milan Baros", though Milan is a city)."""
        trade = False
        for word in words:
            role = self.ad.role(word)
            if word.lower() in self.ad.words.company_word or role is not None and role.sector == "BUS":
                trade = True
            elif role is not None or word.lower() in self.ad.words.media_title:
                return "body"
        return "trade" if trade else None

    def _resolve_role(self, role: str, country: str | None, sectors: list[str], chunk: Span) -> Cluster:
        """``the Russian president`` -> the person the article or the dictionary says holds it."""
        if self._introduces_person(chunk) or self._owned_relation(role, chunk):
            # "a woman leader", "a spokesman": someone new, never an office holder named before;
            # "her husband": whose husband, only the pronouns (resolved later) can say
            return self._unnamed_role(role, country, sectors, chunk)
        if self._someone_else(role, chunk):
            # "One senator said", "the mayor of a small town", "the senator who chairs the
            # committee": someone new or no one in particular, never a holder named before
            return self._unnamed_role(role, country, sectors, chunk, new=True)
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        holders = [c for c in people if c.role == role and (c.country == country or country is None)
                   and not self._held_before_only(c, chunk)]
        party = self._parties_named({t.lower_ for t in chunk if chunk.start < t.i < chunk.root.i and t.text[:1].isupper()})
        if party:
            # "Sen. Ann Lee ... the Republican senator": only a holder the text gives that party
            holders = [c for c in holders if self._parties_of(c, self._person_facts(c)[0]) == party]
        if len(holders) > 1:
            # Two people with this role: only the words of the description may choose
            # ("the Democratic candidate"); never a guess between them.
            marks = {t.lower_ for t in chunk if t.i > chunk.start and t.text[:1].isupper() and t.i < chunk.root.i}
            holders = [c for c in holders if marks and marks <= {w.lower() for w in (c.title or "").split()}]
            if len(holders) != 1:
                return self._unnamed_role(role, country, sectors, chunk)
        if len(holders) == 1 and self._other_titled(role, holders[0]):
            # "Mayor Ann Lee of Fairview and Mayor Ines Carver of Lakeport met. The mayor said":
            # a second person titled so, however the tagger typed the name: no guess
            return self._unnamed_role(role, country, sectors, chunk, new=True)
        if holders:
            holders[0].evidence.append(f"{chunk.text!r}: the article gives {holders[0].name} that title")
            return holders[0]
        if any(t.lower_ in self.ad.words.former_word for t in chunk if t.i < chunk.root.i):
            # "the former secretary of state": whoever held it before, never the holder now
            return self._unnamed_role(role, country, sectors, chunk)
        presumed = country is None
        if country is None:
            country = self._host_of_title(chunk)  # "met ... Foreign Minister, X, in Riga" (actors18)
            presumed = presumed and country is None
        if country is None:
            # "the prime minister" with no country: the office of the country the story is about.
            country = self._dominant_country()
            if country is None or self.ad.office_holder(country, role, self.published) is None:
                country = None
        if country:
            holder = self.ad.office_holder(country, role, self.published)
            if holder:
                key = f"person:{normalise_name(holder.name)}"
                for cluster in people:
                    if self._same_person(cluster.name, holder):
                        key = cluster.key
                        break
                cluster = self.by_key.get(key) or self._cluster(key, "PERSON", holder.name)
                if presumed and cluster.country is None:
                    self.presumed.add(id(cluster))
                cluster.country = cluster.country or holder.country
                cluster.sectors = cluster.sectors or list(holder.sectors)
                return cluster
        return self._unnamed_role(role, country, sectors, chunk)

    def _held_before_only(self, cluster: Cluster, chunk: Span) -> bool:
        """``former driver Jan Barker`` is no longer ``the driver``: a person whose title says the
        role was held in the past holds no present description of it (``the former driver`` may
        still be them)."""
        former = self.ad.words.former_word
        past = any(w.lower() in former for w in (cluster.title or "").split())
        return past and not any(t.lower_ in former for t in chunk)

    def _owning_body(self, root: Token) -> tuple[str, Cluster | None] | None:
        """The body a person's role belongs to, when it is no state: its possessor (``the
        company's president``, ``Apple's chairman``) or the object of an ``office_preposition``
        (``the governor of the bank``, ``the spokesman for the club``) that is a named organisation of no state sector or a body's noun of no state
        sector (``company``, ``club``, ``bank``, ``party``: roles.tsv kind ``org``). A country, a
        place, a state's body (``the government's spokesman``, ``the Federal Reserve's chairman``
        when the tables code it GOV), a person or a pronoun is no such body. Returns the body's
        key and its entity when it has one already (a name, or a description linked before)."""
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is None:
            prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in self.ad.words.office_preposition), None)
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        state = self.ad.words.state_sector
        if owner is None:
            # "an Acme spokesman", "a Hamas spokeswoman": a body's name written before the role
            # (a compound the model tags ORG) owns it as a possessor would
            owner = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1
                          and c.ent_type_ == "ORG" and c.tag_ == "NNP"), None)
            if owner is not None and self._cluster_at(owner.i) is None:
                name = self.doc[owner.left_edge.i: owner.i + 1]
                if self.ad.country_of(name.text) or any(t.ent_type_ != "ORG" for t in name):
                    return None
                known = self.ad.dictionary_actor(name.text, self.published)
                if known is not None and state & set(known.sectors):
                    return None
                return f"org:{normalise_name(name.text)}", None
        if owner is None or owner.pos_ == "PRON" or owner.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"} \
                or self.ad.country_of(owner.text):
            return None
        cluster = self._cluster_at(owner.i)
        if cluster is not None:
            sectors = cluster.sectors or list(getattr(self.ad.dictionary_actor(cluster.name, self.published), "sectors", ()))
            if cluster.type != "ORG" or state & set(sectors):
                return None
            return cluster.key, cluster
        # the longest body noun there ("the central bank" is a state's, "the bank" a firm)
        found = self._role_ending_at(owner.i, owner.left_edge.i)
        body = self.ad.role(found[1]) if found else None
        if owner.ent_type_ == "ORG" or body is None or body.kind != "org" or body.sector in state \
                or owner.tag_ not in {"NN", "NNP"}:
            return None
        return f"org:{found[1]}", None

    def _body_officer(self, role: str, country: str | None, sectors: list[str], chunk: Span,
                      key: str, body: Cluster | None) -> Cluster:
        """The officer of a body that is no state (:meth:`_owning_body`): the one person the text
        titled with that role and the body's name (``Acme president Tom Reed`` for ``Acme's
        president``), else an unnamed officer of that body, one per body (``Apple's chairman`` and
        ``the club's chairman`` are two), with the body's country and no state sector."""
        state = self.ad.words.state_sector
        sectors = [s for s in sectors if s not in state] or [s for s in (body.sectors if body else []) if s not in state]
        if body is not None:
            country = body.country or (country if country and country not in self.ad.words.not_state else None)
            named = set(normalise_name(body.name).split())
            # "Ann Lee, the mayor of Fairview, ... The mayor of Fairview" (desc17): the words the text names her in
            titled = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:") and c.role == role
                      and (named <= self._person_facts(c)[0] or named <= self._said_words(c))]
            if len(titled) == 1:
                titled[0].evidence.append(f"{chunk.text!r}: the article titles {titled[0].name} so for {body.name}")
                return titled[0]
        return self._unnamed_role(role, country, sectors, chunk, owner=key)

    def _someone_else(self, role: str, chunk: Span) -> bool:
        """A description of a person that says it is someone new, or no one in particular, rather
        than a person the text named before (issue 15, brief s17-desc17):

        - a determiner or number of another (``other_determiner``: ``One senator said``,
          ``Another official``, ``Every senator``) or a generic modifier (``generic_modifier``:
          ``the average voter``) on the noun;
        - a restrictive relative clause (no comma before it) in the present (``the senator who
          chairs the committee``: which holder now) whose verb the text never said of a named person
          (a past deed, ``the candidate who launched his campaign by ...``, tells of someone known);
        - a restrictive complement (``complement_preposition``) whose object is indefinite
          (``the mayor of a small town``) or a proper name that nothing said of any named person of
          that role contains (``the senator from Kansas`` beside ``Senator Ann Lee of Ohio``)."""
        words = self.ad.words
        root = chunk.root
        before = [t for t in chunk if t.i < root.i]
        if any(t.lower_ in words.other_determiner for t in before[:1]) or any(
                t.lower_ in words.generic_modifier for t in before):
            return True
        if not before or before[0].lower_ != "the" or root.tag_ not in {"NN", "NNP"}:
            return False
        for child in root.children:
            if child.dep_ == "relcl" and child.i > root.i and self.tokens[child.left_edge.i - 1].text != "," \
                    and child.tag_ in {"VBZ", "VBP"} and not self._said_of_named(child):
                return True
            if child.dep_ != "prep" or child.lower_ not in words.complement_preposition or child.i != root.i + 1:
                continue
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            det = next((c for c in obj.children if c.dep_ in {"det", "nummod"}), None)
            if det is not None and (det.lower_ in words.indefinite_article or det.lower_ in words.other_determiner):
                return True  # "the mayor of a small town", "the senator from another state"
            if obj.tag_ != "NNP" or self.ad.country_of(obj.text):
                continue  # "the president of France": the country's office (the tables look it up)
            name = {t.lower_ for t in obj.subtree if t.tag_ == "NNP"}
            holders = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")
                       and (c.role == role or role in self._person_facts(c)[0])]
            if holders and not any(name <= self._said_words(c) for c in holders):
                return True
        return False

    def _other_titled(self, role: str, holder: Cluster) -> bool:
        """Whether the text gives the title ``role`` to a name that is no mention of ``holder``:
        the capitalised role noun right before a proper noun (``Mayor Ines Carver``), wherever
        the tagger put the name (a body's, or none)."""
        for t in self._with_lower({role}):
            if t.i + 1 >= len(self.tokens) or not t.text[:1].isupper() or self.tokens[t.i + 1].pos_ != "PROPN":
                continue
            if any(m.start <= t.idx < m.end for m in holder.mentions):
                continue
            # a named person's own title ("Republican Senator Greg Moss") was weighed among the holders
            other = self._cluster_at(t.i + 1)
            if other is None or not (other.type == "PERSON" and other.key.startswith("person:")):
                return True
        return False

    def _said_words(self, cluster: Cluster) -> set[str]:
        """The words of the noun phrases the text names a person in (``Senator Ann Lee of Ohio``,
        ``Ann Lee, the mayor of Fairview,``), lower-cased."""
        found: set[str] = set()
        for m in cluster.mentions:
            if m.kind == "name":
                found |= {t.lower_ for t in m.head.subtree if not (t.dep_ == "relcl" and t.head.i == m.head.i)}
        return found

    def _said_of_named(self, clause: Token) -> bool:
        """Whether the verb of a relative clause (``the senator who chairs ...``) is one the text
        said before of a named person (its subject or object: ``Ann Lee chairs the committee``)."""
        for verb in self.tokens[: clause.i]:
            if verb.lemma_ != clause.lemma_ or verb.i == clause.i:
                continue
            args = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"dobj"}]
            if verb.dep_ in {"relcl", "acl"}:
                args.append(verb.head)
            for arg in args:
                cluster = self._cluster_at(arg.i)
                if cluster is not None and cluster.type == "PERSON" and cluster.key.startswith("person:"):
                    return True
        return False

    def _owned_relation(self, role: str, chunk: Span) -> bool:
        """``her husband``, ``Ann's son``: a relation noun with its possessor, one person per owner."""
        noun = self.ad.person_noun(role)
        return noun is not None and noun.kind == "relation" and any(c.dep_ == "poss" for c in chunk.root.children)

    def _unnamed_role(self, role: str, country: str | None, sectors: list[str], chunk: Span,
                      owner: str | None = None, new: bool = False) -> Cluster:
        """An entity for an official or a person the article describes but does not name.

        An indefinite (``a Chinese boy``) is someone new; a later definite with the same noun
        (``the boy``) is that person when the article has introduced exactly one so. ``new``: the
        description says it is someone new whatever its article (:meth:`_someone_else`)."""
        introduced = self._introduces_person(chunk) or new
        # "The Democratic candidate" and "The Republican candidate" are two people: the
        # capitalised words before the noun are part of who is meant.
        marks = frozenset(t.lower_ for t in chunk if chunk.start < t.i < chunk.root.i and t.text[:1].isupper()
                          and t.pos_ in {"PROPN", "ADJ", "NOUN"} and not self.ad.country_of(t.text))
        if owner is not None:
            marks |= {f"of {owner}"}  # the officer of one body ("the club's chairman") is no other's
        key = f"role:{country}:{role}" + "".join(f":{m}" for m in sorted(marks))
        if introduced or self._owned_relation(role, chunk):
            key += f":{chunk.start}"
        else:
            same = [c for c in self.clusters if c.key.startswith("role:") and c.role == role and c.mentions
                    and (country is None or c.country in (None, country)) and marks <= c.marks]
            if key not in self.by_key and len(same) == 1:
                same[0].country = same[0].country or country
                return same[0]
        owned = [t.i for t in chunk if t.dep_ == "poss" and self._person_possessor(t)]
        words = [t for t in chunk if not owned or t.i > max(owned)]
        adjective = " ".join(t.text for t in words if t.tag_ not in {"DT", "PRP$", "POS"} and not t.is_punct)
        cluster = self._cluster(key, "PERSON", adjective or role)
        cluster.country = cluster.country or country
        cluster.sectors = cluster.sectors or sectors
        cluster.role = role
        cluster.marks = marks
        cluster.introduced = cluster.introduced or introduced
        noun = self.ad.person_noun(role)
        if cluster.gender is None and noun is not None:
            cluster.gender = noun.gender  # "the boy" is "he", "his mother" is "she"
        return cluster

    def _dominant_country(self) -> str | None:
        """The country most mentioned so far through names, people and bodies (ISO3 only)."""
        return self._focus_with_people({}, set())

    def _focus_with_people(self, counts: dict[str, int], anchored: set[str]) -> str | None:
        """The clear focus of ``counts`` (places already counted, or none) with every mention of a
        coded person or body added. "Greek sprinters X and Y" in a British column: a nation named
        only through private people (the country itself, its places, bodies, groups and officials
        never) is where they come from, not where the story is set, so the focus must be in
        ``anchored`` or be anchored by a cluster that is no private person."""
        anchored = set(anchored)
        for cluster in self.clusters:
            if cluster.country and len(cluster.country) == 3 and cluster.country not in self.ad.words.not_state \
                    and id(cluster) not in self.presumed:
                mentions = [m for m in cluster.mentions if not self._sponsor_mention(m)]
                if not mentions:
                    continue  # "US-backed fighters": a sponsor or a cause, not where the story is (actors17)
                counts[cluster.country] = counts.get(cluster.country, 0) + len(mentions)
                if not self._private_person(cluster):
                    anchored.add(cluster.country)
        focus = clear_focus(counts, len(self.sents))
        return focus if focus in anchored else None

    def _sponsor_mention(self, mention: Mention) -> bool:
        """A country word that names a sponsor or a cause, not a home: "US-backed", "pro-Russian"
        (``backer_word``, ``stance_prefix``)."""
        # the story's country is counted again for every description and role it may give a country
        # (~35 asks per mention): the answer depends on the mention's characters alone, kept per range
        key = (mention.start, mention.end)
        found = self._sponsor_ranges.get(key)
        if found is None:
            found = self._sponsor_ranges[key] = self._sponsor_range(*key)
        return found

    def _sponsor_range(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        first, last = span[0], span[-1]
        return bool(self.ad.backer(last) or self.ad.stance_prefixed(first) or (
            first.lower_ in self.ad.words.stance_prefix and first.i + 1 < len(self.doc)
            and self.doc[first.i + 1].text == "-"))

    def _private_person(self, cluster: Cluster) -> bool:
        """A person with no sector (an athlete, an entertainer, a private person): their nation says
        where they come from (as the story's country gives them none: rule 7 of docs/entities.md)."""
        return cluster.type == "PERSON" and not cluster.sectors

    def _same_person(self, name: str, holder) -> bool:
        names = {normalise_name(n) for n in (holder.name, *holder.aliases)}
        key = normalise_name(name)
        return key in names or key.split()[-1] == normalise_name(holder.name).split()[-1]

    # --- phase C: pronouns -----------------------------------------------------------------------
    def _pronouns(self) -> None:
        people = [c for c in self.clusters if c.type == "PERSON"]
        if not people:
            return
        for cluster in people:
            noun = self.ad.person_noun(cluster.role or "")
            # an abbreviation says no gender: "Rep. Ann Lee" is read as a congressman
            short = (cluster.title or "").split()[-1:] and (cluster.title or "").split()[-1].lower().rstrip(".") \
                in self.ad.words.abbreviated_title
            if cluster.gender is None and noun is not None and noun.gender and not short:
                cluster.gender = noun.gender  # "Clinton spokesman Brian Fallon" is a man
        for tok in self._with_lower(self.ad.words.pronoun):
            gender = self.ad.words.pronoun.get(tok.lower_)
            if gender is None or tok.pos_ != "PRON" or tok.i in self.claimed:
                continue
            speaker = self._trailing_speaker(tok, people) or self._fresh_quote_speaker(tok, people)
            cluster = self._antecedent(tok, gender, [p for p in people if p is not speaker]) if speaker else None
            if cluster is not None:
                cluster.evidence.append(f"{tok.text!r}: a subject not {speaker.name}, who only spoke just before")
            else:
                cluster = self._antecedent(tok, gender, people)
            if cluster is not None and self._coordinated_rival(cluster, tok, gender, people):
                cluster = None
            if cluster is not None:
                if cluster.gender is None:
                    cluster.gender = gender
                self._add(cluster, tok.i, tok.i + 1, "pronoun", tok)

    def _fresh_quote_speaker(self, pron: Token, people: list[Cluster]) -> Cluster | None:
        """``Dale Rourke rose ...`` / ``"...," said Neil Ludlow, a pollster.`` / ``He was helped
        ...``: the speaker of a quotation paragraph, first named in it, when a subject pronoun of a
        verb not of saying opens the next paragraph: a source brought in to comment, not the one
        the story goes on about (``He added ...`` is still the speaker; issue 15, s17-dev12e)."""
        here = self.sent_of[pron.i]
        if pron.dep_ not in SUBJECT_DEPS or here == 0 or self.sents[here].start != pron.i \
                or self.paragraph_of[here - 1] == self.paragraph_of[here]:
            return None
        verb = pron.head
        if verb.lemma_.lower() in self.speech_verbs:
            return None
        previous = self.paragraph_of[here - 1]
        first = min(k for k in range(here) if self.paragraph_of[k] == previous)
        if self.sents[first].text.lstrip()[:1] not in {'"', "“"}:
            return None
        start = self.sents[first].start_char
        fresh = [c for c in people if c.key.startswith("person:")
                 and any(m.kind == "name" and start <= m.start < pron.idx for m in c.mentions)
                 and min(m.start for m in c.mentions) >= start]
        return fresh[0] if len(fresh) == 1 else None

    def _trailing_speaker(self, pron: Token, people: list[Cluster]) -> Cluster | None:
        """``In a general election, he could win ..., Sabato said``: the person named as the subject
        of a verb of saying after a subject pronoun, whose reported clause (no quotation marks) holds
        it; the pronoun is read as someone else the speaker talks of, when there is one (issue 15,
        s17-dev12e)."""
        if pron.dep_ not in SUBJECT_DEPS or self._quotation_at(pron.idx) is not None:
            return None
        clause = pron.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        said = clause.head
        if clause.dep_ not in {"ccomp", "parataxis"} or said.i < clause.i or said.lemma_.lower() not in self.speech_verbs:
            return None
        subject = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i < said.i - 1 and subject.i < clause.i:
            return None
        return next((c for c in people if c.key.startswith("person:")
                     for m in c.mentions if m.kind == "name" and m.head.i == subject.i), None)

    def _cataphora(self) -> None:
        """``Asked what he would change, Tom Hale said``, ``In his speech, Ann Lee thanked ...``,
        ``But as he slid off the track, Tom Hale kept control``: a personal pronoun inside a phrase
        or clause fronted before its sentence's subject, when that subject is a person's name (of
        the pronoun's gender, or of none known), is that person, said before the name (cataphora).
        Not when anyone is named before the pronoun in the sentence (``After Tom met Ann, she
        ...``), nor when a quotation holds it, nor when another person of that gender was named in
        the sentence before within the same paragraph (``Cruz spoke. As he left, Tom Hale
        laughed.``): then the pronoun is read backwards as any other (``_pronouns``). A subject or
        a possessive only (``In a letter to him, Senator Ann Lee urged the governor``: not her)."""
        people = [c for c in self.clusters if c.type == "PERSON"]
        for tok in self._with_lower(self.ad.words.pronoun):
            gender = self.ad.words.pronoun.get(tok.lower_)
            if gender is None or tok.pos_ != "PRON" or tok.i in self.claimed or tok.lower_.endswith("self"):
                continue
            # a subject or a possessive only: "In a letter to him, Senator X urged the governor"
            if tok.dep_ not in SUBJECT_DEPS and tok.dep_ != "poss":
                continue
            if self._quotation_at(tok.idx) is not None:
                continue
            subject = self._fronted_before_subject(tok)
            if subject is None:
                continue
            here = self.sent_of[tok.i]
            owner = next((c for c in people for m in c.mentions if m.kind == "name" and m.head.i == subject.i), None)
            if owner is None or owner.gender not in {None, gender}:
                continue
            start = self.sents[here].start_char
            if any(start <= m.start < tok.idx for c in people for m in c.mentions):
                continue
            previous = here - 1
            if previous >= 0 and self.paragraph_of[previous] == self.paragraph_of[here] and any(
                    c is not owner and c.gender in {None, gender} and m.sent == previous and m.kind != "pronoun"
                    for c in people for m in c.mentions):
                continue
            owner.evidence.append(f"{tok.text!r}: fronted before its sentence's subject {owner.name}")
            self._add(owner, tok.i, tok.i + 1, "pronoun", tok)

    @staticmethod
    def _fronted_before_subject(tok: Token) -> Token | None:
        """The subject of the clause a fronted phrase holding ``tok`` opens (``Asked what he ...,
        Tom Hale said``: ``Hale``), or None when ``tok`` is in no phrase before a subject."""
        node = tok
        while node.head.i != node.i:
            head = node.head
            if node.dep_ in {"advcl", "prep", "npadvmod", "advmod"} and node.i < head.i and head.pos_ in {"VERB", "AUX"}:
                subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None and node.right_edge.i < subject.i and tok.i < subject.i \
                        and subject.tag_ in {"NNP", "NNPS"}:
                    return subject
                return None
            node = head
        return None

    def _body_pronouns(self) -> None:
        """``Acme made announcements. It has agreed a deal``: a subject "it" stands for the named
        body (ORG, GPE) that was a subject in the latest of its own or the two sentences before that
        has one, when exactly one was there; with two such bodies, or none, it stays no one. A
        person is never "it"."""
        bodies = [c for c in self.clusters if c.type in ("ORG", "GPE")]
        for tok in self._with_lower(self.ad.words.body_pronoun):
            if tok.lower_ not in self.ad.words.body_pronoun or tok.pos_ != "PRON" or tok.i in self.claimed \
                    or tok.dep_ not in SUBJECT_DEPS or self._impersonal_it(tok):
                continue
            here = self.sent_of[tok.i]
            for sent in range(here, here - 3, -1):  # the latest sentence with a body as a subject
                # an organisation's name inside the subject counts ("Dutch shipper, Zentor, said it
                # ..."; :meth:`_subject_verb`), a country's does not ("The US carmaker Acme"); and
                # "companies" are "they", not "it"
                fits = [c for c in bodies if any(
                    m.sent == sent and m.end <= tok.idx and (
                        self._body_subject(m.head) if c.type == "ORG"
                        else m.head.dep_ in SUBJECT_DEPS and m.head.tag_ != "NNS")
                    for m in c.mentions)]
                if fits:
                    if len(fits) == 1:
                        self._add(fits[0], tok.i, tok.i + 1, "pronoun", tok)
                    break

    def _body_reflexives(self) -> None:
        """``Acme has divested itself of the unit``: a reflexive ``itself`` is the body that is
        the subject of its clause (a name or a pronoun already linked to it)."""
        for tok in self._with_lower({"itself"}):
            if tok.lower_ != "itself" or tok.i in self.claimed:
                continue
            verb = tok.head
            while verb.dep_ in {"prep", "pobj", "agent"} and verb.head.i != verb.i:
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if len(subjects) != 1:
                continue
            owner = next((c for c in self.clusters if c.type == "ORG" and any(
                m.head.i == subjects[0].i for m in c.mentions)), None)
            if owner is not None:
                self._add(owner, tok.i, tok.i + 1, "pronoun", tok)

    def _body_possessives(self) -> None:
        """``Acme said its profits rose``: a possessive "its" stands for the named organisation
        that is the singular subject of a clause holding it (or the object a clause's understood
        subject is: ``forced Acme to lower its prices``, :meth:`_controlled_verb`), before it,
        when exactly one is and no
        other possible owner stands between them (``Acme sold the unit with its staff`` may be the
        unit's: no link; :meth:`_owner_candidate`). ``Its shares fell``, opening its sentence, is the body of the sentence
        before as for a subject "it" (:meth:`_body_pronouns`). The "its" of a country or a state's
        body is left alone: an event's party read through it would be the state itself
        (``Venezuela deployed troops to its border`` has no recipient)."""
        bodies = [c for c in self.clusters if c.type == "ORG" and not self.ad.words.state_sector & set(c.sectors)]
        for tok in self._with_lower(self.ad.words.body_possessive):
            if tok.lower_ not in self.ad.words.body_possessive or tok.dep_ != "poss" or tok.i in self.claimed:
                continue
            here = self.sent_of[tok.i]
            governing = {a.i for a in tok.ancestors}
            fits = [(c, m) for c in bodies for m in c.mentions
                    if m.sent == here and m.end <= tok.idx and (self._subject_verb(m.head) in governing
                                                                or self._controlled_verb(m.head) in governing)]
            if fits:
                if len({id(c) for c, _ in fits}) == 1:
                    cluster, mention = max(fits, key=lambda cm: cm[1].end)
                    own = {(m.start, m.end) for m in cluster.mentions}
                    between = [t for t in self.doc[mention.head.i + 1:tok.i]
                               if self._owner_candidate(t) and not any(a <= t.idx < b for a, b in own)]
                    if not between:
                        self._add(cluster, tok.i, tok.i + 1, "pronoun", tok)
                continue
            sent = self.doc[tok.i].sent
            if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in self.doc[sent.start:tok.i]):
                continue  # not the first words of its sentence: another noun may own it
            for back in (here - 1, here - 2):
                before = [c for c in bodies if any(
                    m.sent == back and self._subject_verb(m.head) is not None for m in c.mentions)]
                if before:
                    if len(before) == 1:
                        self._add(before[0], tok.i, tok.i + 1, "pronoun", tok)
                    break

    def _body_plurals(self) -> None:
        """``Arsenal said they would appeal``, ``Acme said their profits rose``: British news writes
        a club or a firm as a collective, in the plural. A ``they`` or ``their``
        (``body_plural_pronoun``) stands for the named organisation (of no state sector, as for
        ``its``) that is the singular subject of a clause holding it, before it in its sentence,
        when exactly one body is so (``Acme and Zenco said they ...``: two, no link) and no plural
        group may be meant nearer: no plural noun, people's name, person or other named body
        stands between them (``Acme said its players felt they ...``, ``Acme told Zenco they
        ...``), and the pronoun is not quoted where the body is not (``Acme said: "they lied"``
        is someone else). A person's ``they`` is never read so: a person is no organisation."""
        bodies = [c for c in self.clusters if c.type == "ORG" and not self.ad.words.state_sector & set(c.sectors)]
        for tok in self._with_lower(self.ad.words.body_plural_pronoun):
            if tok.lower_ not in self.ad.words.body_plural_pronoun or tok.pos_ != "PRON" or tok.i in self.claimed:
                continue
            here = self.sent_of[tok.i]
            governing = {a.i for a in tok.ancestors}
            fits = [(c, m) for c in bodies for m in c.mentions
                    if m.sent == here and m.end <= tok.idx and self._body_subject(m.head)
                    and self._subject_verb(m.head) in governing]
            if len({id(c) for c, _ in fits}) != 1:
                continue
            cluster, mention = max(fits, key=lambda cm: cm[1].end)
            quoted = self._quotation_at(tok.idx)
            if quoted is not None and not quoted[0] <= mention.start < quoted[1]:
                continue
            own = [(m.start, m.end) for m in cluster.mentions]
            between = [t for t in self.doc[mention.head.i + 1:tok.i] if not any(a <= t.idx < b for a, b in own) and (
                t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}
                or (t.i in self.claimed and (other := self._cluster_at(t.i)) is not None and other is not cluster
                    and other.type in {"PERSON", "NORP", "ORG"}))]
            if not between:
                cluster.evidence.append(f"{tok.text!r}: {cluster.name} is the subject of the clause holding it")
                self._add(cluster, tok.i, tok.i + 1, "pronoun", tok)

    @staticmethod
    def _owner_candidate(tok: Token) -> bool:
        """A word that could own an "its" as well as the subject: a singular noun with a determiner
        (``the unit``), or a named body, place or product; not a bare mass noun (``filed for
        bankruptcy``), a figure's unit (``%``) or a date."""
        if tok.tag_ == "NN" and tok.is_alpha:
            return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in tok.children)
        return tok.tag_ == "NNP" and tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")

    def _body_subject(self, head: Token) -> bool:
        """A body's name is a subject: itself (one of subjects joined by "and" too, each a
        candidate), in apposition to the subject (``Dutch carmaker, Zentor, said``), or a word
        of a subject whose head is a body's noun (``The US carmaker Zentor``); not a name that
        merely modifies another noun (``the Dow Jones index gaining``)."""
        if head.tag_ == "NNS":
            return False
        if head.dep_ == "compound":
            noun = head.head
            found = self._role_ending_at(noun.i, noun.left_edge.i)
            role = self.ad.role(found[1]) if found else None
            if role is None or role.kind != "org":
                return False
        return self._subject_verb(head) is not None

    @staticmethod
    def _controlled_verb(head: Token) -> int | None:
        """``The regulator forced Acme to lower its prices``: the verb of the clause after a verb
        (``xcomp``) whose understood subject is the verb's object ``head`` (a singular one)."""
        if head.tag_ in {"NNS", "NNPS"}:
            return None
        if head.dep_ == "compound" and head.head.tag_ not in {"NNS", "NNPS"}:
            head = head.head
        if head.dep_ != "dobj":
            return None
        clauses = [c for c in head.head.children if c.dep_ == "xcomp" and c.i > head.i]
        return clauses[0].i if len(clauses) == 1 else None

    @staticmethod
    def _subject_verb(head: Token) -> int | None:
        """The verb whose singular subject ``head`` is, or one of whose subjects it is when they are
        joined by "and" (each a candidate, so that two link nothing); else None. A name inside the
        subject (``carmaker Acme said``: a compound or an apposition of it) counts as the subject."""
        if head.tag_ == "NNS":
            return None  # "companies" are "their", not "its"
        for _ in range(2):
            if head.dep_ in ("compound", "appos") and head.head.tag_ != "NNS":
                head = head.head
        if head.dep_ == "conj" and head.head.dep_ in SUBJECT_DEPS:
            return head.head.head.i
        return head.head.i if head.dep_ in SUBJECT_DEPS else None

    def _impersonal_it(self, tok: Token) -> bool:
        """An "it" that stands for nothing: "it seems", "it emerged that", "it rained" (the
        impersonal verbs), "it is likely that/to", "it is time to", "it was reported that"."""
        verb = tok.head
        if verb.lemma_.lower() in self.ad.words.impersonal_verb:
            return True
        clause = ("ccomp", "xcomp", "csubj", "advcl")
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        clauses = [c for c in verb.children if c.dep_ in clause and c.i > tok.i]
        clauses += [g for c in complements for g in c.children if g.dep_ in clause]
        if verb.lemma_ == "be" and complements and clauses:
            return True
        return tok.dep_ == "nsubjpass" and bool(clauses)

    def _quotation_at(self, offset: int) -> tuple[int, int] | None:
        if self.quotations is None:
            self.quotations = [q.inner for q in find_quote_spans(doc_text(self.doc))]
        return next(((a, b) for a, b in self.quotations if a <= offset < b), None)

    def _quoted_sentences_between(self, first: int, last: int) -> int:
        """How many sentences strictly between two lie wholly inside one quotation (their first and
        last words inside the same quotation marks)."""
        if self.quoted_sents is None:
            self.quoted_sents = []
            for sent in self.sents:
                words = [t for t in sent if not (t.is_punct or t.is_space)]
                inside = self._quotation_at(words[0].idx) if words else None
                self.quoted_sents.append(inside is not None and inside == self._quotation_at(words[-1].idx))
        return sum(self.quoted_sents[first + 1 : last])

    def _quotation_sents(self, quoted: tuple[int, int], here: int) -> set[int]:
        """The sentences where a quotation opens and closes, and the pronoun's own."""
        found = {here}
        for offset in (quoted[0], quoted[1] - 1):
            span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and len(span):
                found.add(self.sent_of[span[0].i])
        return found

    @staticmethod
    def _subject_of_relative(head: Token, pron: Token) -> bool:
        """The pronoun stands inside a relative clause of ``head`` whose subject is the relative
        pronoun (``Ann Hale, who ... for saying she ...``): ``head`` is that clause's subject."""
        for clause in pron.ancestors:
            if clause.dep_ == "relcl" and clause.head.i == head.i:
                return any(c.dep_ in SUBJECT_DEPS and c.tag_ in {"WP", "WDT"} for c in clause.children)
        return False

    def _antecedent(self, pron: Token, gender: str, people: list[Cluster]) -> Cluster | None:
        here = self.sent_of[pron.i]
        verb = clause_verb(pron)
        role_p = grammatical_role(pron)
        quoted = self._quotation_at(pron.idx)
        host = self._adverbial_host(pron, verb)
        opened = self._attributed_quotation_opens(pron, here) if quoted is None else None
        # the same for every mention of every cluster below: worked out once (two char_span calls)
        quotation_sents = self._quotation_sents(quoted, here) if quoted is not None else set()
        best: tuple[float, Cluster] | None = None
        custody = pron.dep_ == "nsubjpass" and verb.lemma_.lower() in self.ad.words.custody_verb
        # '"We want a judge to rule." He added: ...': the subject of a verb of saying outside quotation
        # marks is someone the narrative named, not one the quoted words talk of (quotes22)
        narrated = quoted is None and pron.dep_ in SUBJECT_DEPS and verb.lemma_.lower() in self.speech_verbs
        for cluster in people:
            if cluster.gender and cluster.gender != gender:
                continue
            # "[Read more: Jim Cole's great night]": a name in square brackets outside the
            # pronoun's (a link to another story, an editor's insertion) is not what it stands for
            inside = next((b for b in self.brackets if b[0] <= pron.idx < b[1]), None)
            before = [m for m in cluster.mentions if m.end <= pron.idx and next(
                (b for b in self.brackets if b[0] <= m.start < b[1]), inside) == inside]
            if narrated:
                # the subject of a finite verb of saying stays: a narrator's saying that the quotation
                # marks of a run-on quotation seem to enclose ('"... Swimmer Tom Lee said ...')
                before = [m for m in before if self._quotation_at(m.start) is None or (
                    m.head.dep_ in SUBJECT_DEPS and m.head.head.tag_ in FINITE_TAGS
                    and m.head.head.lemma_.lower() in self.speech_verbs)]
            if not before:
                continue
            # "She is above the law," Tom Ryan said: quoted words say "I" of their speaker, so a
            # quoted "she" is not the subject of the attribution outside the quotation.
            # Nor, when the quotation runs over several sentences, of the attribution where it
            # opens or closes (Tom Ryan said: "... She is above the law.").
            if quoted is not None and any(
                    m.sent in quotation_sents and not quoted[0] <= m.start < quoted[1]
                    and m.head.dep_ in SUBJECT_DEPS for m in cluster.mentions):
                continue
            # A pronoun does not co-refer with another argument of its own verb ("He called on X").
            if role_p != "poss" and any(
                m.sent == here and m.head.dep_ != "poss" and clause_verb(m.head) == verb for m in cluster.mentions
            ):
                continue
            # "Tom Lee answered by calling Ann Hale a liar and accusing him of ...": an object pronoun of a
            # verb with no subject of its own is not the subject that verb takes from the clause above it
            # (binding principle B through the understood subject; recips16, the eighth US-news audit's #22)
            understood = understood_subject(verb) if role_p in ("obj", "pobj") else None
            if understood is not None and any(m.sent == here and m.head.i == understood.i for m in cluster.mentions):
                continue
            # "He suggested that Tom Lee was wrong", "'Tom Lee is wrong,' he said": a subject
            # pronoun is not anyone named or described in the clause its verb governs (binding
            # principle C: "'... why Tom Lee should be mayor,' she said" is not the "mayor")
            if pron.dep_ in SUBJECT_DEPS and any(
                    m.sent == here and m.kind != "pronoun" and self._governed_by(verb, pron, m.head)
                    for m in cluster.mentions):
                continue
            last = max(before, key=lambda m: m.end)
            distance = here - last.sent
            if opened is not None and last.sent < opened:
                # '"A. B. C. D," she said': the quoted sentences are one step, not four (prons16)
                distance = opened - last.sent + 1
            if distance > 3 and last.head.dep_ in SUBJECT_DEPS and clause_verb(last.head).lemma_.lower() in self.speech_verbs:
                # 'She said: "A. B. C. D." She added that ...': her own quoted sentences after she
                # was last named as a speaker keep her the topic; only sentences of the narrative
                # count towards the limit (quotes24)
                distance -= self._quoted_sentences_between(last.sent, here)
            if distance > 3:
                continue
            role_m = grammatical_role(last.head)
            if role_m != "subj" and any(m.sent == last.sent and m.end <= pron.idx and m.head.dep_ in SUBJECT_DEPS
                                        for m in before):
                # the subject of its latest sentence, though named last in an object ("Fans greeted
                # Massa as he waved to his family - his son Tom, whereupon he wept"): still the topic
                role_m = "subj"
            if role_p == "subj" and self._subject_of_relative(last.head, pron):
                role_m = "subj"  # "Ann Hale, who was fined for saying she ...": "who" is her, a subject
            subjects = [m for m in before if m.sent == last.sent and m.head.dep_ in SUBJECT_DEPS]
            if role_m == "subj" and verb.lemma_.lower() in self.speech_verbs and subjects and all(
                    self._reported_subject(m.head) for m in subjects):
                # "Ann Hale said Tom Lee was wrong. '...,' she said": the next speaker is the one who
                # spoke, not the subject of what she reported
                role_m = "reported"
            # Closer is likelier; a paragraph break is a stronger boundary than a sentence.
            score = -2.0 * distance - (self.paragraph_of[here] - self.paragraph_of[last.sent])
            if role_m == "subj":
                score += 1.0
            if role_m == role_p or (role_p == "poss" and role_m == "subj"):
                score += 1.5
            if role_m == "pobj":
                score -= 0.5
            score -= 0.002 * (pron.i - last.head.i)
            if cluster.gender == gender:
                # "she" goes to the one woman in reach before anyone whose gender is unknown
                score += GENDER_KNOWN_BONUS
            if host is not None and any(m.sent == here and m.end <= pron.idx and clause_verb(m.head) == host
                                        for m in before):
                score += ADVERBIAL_HOST_BONUS
            if custody and any(here - m.sent <= 2 and m.head.dep_ in {"dobj", "nsubjpass"}
                               and m.head.head.lemma_.lower() in self.ad.words.crime_person_verb for m in before):
                score += CUSTODY_BONUS  # "Police arrested Tom Reed ... He is being held on bail" (ents21)
            if best is None or score > best[0]:
                best = (score, cluster)
        return best[1] if best else None

    @staticmethod
    def _coordinated_rival(cluster: Cluster, pron: Token, gender: str, people: list[Cluster]) -> bool:
        """``Tom Hale and Jim Rhodes met on Monday. He said ...``: the antecedent was last named
        joined by ``and``/``or`` to another person of the pronoun's known gender, also last named
        there: two candidates of one gender and one role, so the pronoun is left to no one (prons16)."""
        def latest(c: Cluster):
            before = [m for m in c.mentions if m.end <= pron.idx]
            return max(before, key=lambda m: m.end) if before else None
        mine = latest(cluster)
        if mine is None or mine.kind == "pronoun":
            return False
        head = mine.head
        joined = {c.i for c in head.children if c.dep_ == "conj"}
        if head.dep_ == "conj":
            joined.add(head.head.i)
        for other in people:
            if other is cluster or other.gender != gender:
                continue
            theirs = latest(other)
            if theirs is not None and theirs.kind != "pronoun" and theirs.head.i in joined:
                return True
        return False

    def _attributed_quotation_opens(self, pron: Token, here: int) -> int | None:
        """``"Many people did. It was not unusual. No one else can say that," she said``: the
        sentence where a quotation closed right before the subject pronoun of its attribution
        (only punctuation between them) opened, when that is before the pronoun's own sentence;
        else None. The speaker is sought before the quotation, however many sentences it ran
        (prons16; the pooled regression-gold misses)."""
        if pron.dep_ not in SUBJECT_DEPS:
            return None
        self._quotation_at(0)
        text = doc_text(self.doc)
        start = self.sents[here].start_char
        for a, b in self.quotations or []:
            if start <= b <= pron.idx and not any(ch.isalnum() for ch in text[b:pron.idx]):
                span = self.doc.char_span(a, a + 1, alignment_mode="expand")
                if span is not None and len(span) and self.sent_of[span[0].i] < here:
                    return self.sent_of[span[0].i]
        return None

    @staticmethod
    def _adverbial_host(pron: Token, verb: Token) -> Token | None:
        """``While Tom was one of many who crashed, things were simpler for Sam as he won``: the
        subject of a clause opened by a subordinating word (``as``, ``when``, ``after``) hung on
        another clause is first someone of that clause (``Sam``), before anyone of a clause
        beside it or of a sentence before; its subject still comes first among them."""
        if pron.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        if not any(c.dep_ == "mark" and c.i < pron.i for c in verb.children):
            return None
        return verb.head

    def _reported_subject(self, tok: Token) -> bool:
        """``Tom Lee`` in "Ann Hale said Tom Lee was wrong": the subject of a clause reported by a
        verb of saying that has a subject of its own."""
        if tok.dep_ not in SUBJECT_DEPS:
            return False
        verb = _reporting_clause(tok.head, self.speech_verbs)
        if verb is None:
            return False
        return any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)

    def _governed_by(self, verb: Token, pron: Token, name: Token) -> bool:
        """Whether the name ``name`` (not a possessor) is in the clause that the subject ``pron``
        of ``verb`` commands: under the verb after the pronoun (not in a clause coordinated with
        the verb's), or before it only inside a quotation the verb reports ("'Tom Lee is wrong,'
        he said"); a clause put before the subject ("When Tom Lee arrived, he ...", "Tom Lee
        finished, then he ...") is not commanded by it."""
        if verb.i == name.i or name.dep_ == "poss" or verb not in name.ancestors:
            return False  # "he said ... Tom Lee's plan": a possessor is often the subject again
        node = name
        path = []
        while node.head.i != verb.i:
            node = node.head
            path.append(node)
        if name.i > pron.i and pron.dep_ == "nsubjpass" and any(n.dep_ == "relcl" for n in path):
            # "He was helped by super PACs that sided with Cruz": a name deep in a relative clause
            # of a passive's agent is written of the subject in news (issue 15, s17-dev12e)
            return False
        if name.i > pron.i:
            return node.dep_ not in {"conj", "cc", "parataxis"}  # a clause of its own, not commanded
        return node.dep_ in {"ccomp", "parataxis"} and self._quotation_at(name.idx) is not None

    # --- phase C2: descriptions ------------------------------------------------------------------
    def _link_descriptions(self) -> None:
        """``the singer``, ``the former FBI chief``, ``her husband``, ``the 45-year-old``: a
        description of someone the article names joins that person's entity when exactly one
        named person fits it; with two that fit, it stays an entity of its own."""
        named = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        facts = {id(c): self._person_facts(c) for c in named}
        for cluster in [c for c in self.clusters if c.key.startswith("role:") and c.mentions]:
            first = min(cluster.mentions, key=lambda m: m.start)
            span = self.doc.char_span(first.start, first.end, alignment_mode="expand")
            if span is None or cluster.role is None:
                continue
            description = self._description_of(span, cluster)
            target = self._only_fit(description, named, facts)
            if target is not None and self._coordinated_with(span.root, target):
                # "the retired surgeon and the businessman": two descriptions joined by "and"
                # are two people; the second is someone else, or nobody
                target = self._only_fit(description, [c for c in named if c is not target], facts)
            if target is None:
                target = self._named_next(description, span, named, facts)
            if target is not None:
                target.mentions += [Mention(m.start, m.end, "description", m.head, m.sent) for m in cluster.mentions]
                # a past office ("the retired teacher") gives none of its sectors
                given = description.sectors if description.kind == "identity" else cluster.sectors
                if target.sectors and self._seat_office_said(description, facts[id(target)][0]):
                    given = []  # "the Pentagon chief": the seat's sectors are not the secretary's
                if description.kind == "role" and facts[id(target)][0] & self.ad.words.former_word \
                        and not self.ad.words.state_sector & set(description.sectors):
                    given = []  # "Ann Lee, a retired teacher ... The teacher": a past trade, no sector now
                target.sectors += [x for x in given if x not in target.sectors]
                target.country = target.country or cluster.country  # "a Chinese boy" is Chinese
                if target.country is None and self.ad.words.state_sector & set(description.sectors):
                    target.needs_country = True  # "Tom Hale ... the mayor": a state's office
                cluster.mentions.clear()
        for description in self._parent_descriptions():
            target = self._only_fit(description, named, facts)
            if target is not None:
                self._add(target, description.start, description.end, "description", self.tokens[description.start + 1])
        for description in self._age_descriptions() + self._age_noun_descriptions():
            target = self._only_fit(description, named, facts) or self._only_unnamed_fit(description)
            if target is not None:
                head = self.tokens[description.end - 1]
                self._add(target, description.start, description.end, "description", head)
                target.country = target.country or description.country  # "the 30-year-old Czech rider"
        for description in self._lead_descriptions():
            target = self._race_leader(description, named, facts)
            if target is not None:
                self._add(target, description.start, description.end, "description", self.tokens[description.end - 1])
        # After the other descriptions, which may give a person the nationality ("the 30-year-old
        # Czech rider ... the Czech")
        for description in self._nationality_descriptions() + self._qualified_nationality_descriptions():
            target = self._only_of_country(description, named) or self._nationality_nearby(description, named)
            if target is not None:
                self._add(target, description.start, description.end, "description", self.tokens[description.end - 1])

    def _legislature_seats(self) -> None:
        """``X won a seat in the U.S. Senate``, ``X was elected to the House``, ``X joined the
        Senate in 2013``: a named person, subject (or understood subject) of a verb of taking or
        holding a seat (``seat_verb``) whose object, ``seat in`` phrase or ``to``/``in``
        phrase is a named legislature (a body whose name ends in a ``legislature_name_end`` word), is
        that legislature's member: its country when the person has none, and its member's noun
        (``the senator``) among what the text says the person is (issue 15, s17-dev12e)."""
        words = self.ad.words
        for verb in self._with_lemma(words.seat_verb):
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in words.seat_verb:
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) or understood_subject(verb)
            if subject is None or subject.dep_ == "expl":
                continue
            if subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                subject = verb.head  # "X, who was elected to the Senate"
            person = self._cluster_at(subject.i)
            if person is None or person.type != "PERSON" or not person.key.startswith("person:"):
                continue
            places = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or (
                c.dep_ == "prep" and c.lower_ in {"to", "in", "into"})]
            # "a seat in the Senate": the seat's "in" phrase
            places += [g for c in list(places) if c.lower_ in words.candidacy_object
                       for g in c.children if g.dep_ == "prep" and g.lower_ in {"in", "on"}]
            nouns = [g for c in places for g in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"])]
            for noun in nouns:
                member = words.legislature_name_end.get(noun.lower_)
                body = self._cluster_at(noun.i) if member else None
                if body is None or body.type != "ORG" or body is person:
                    continue
                if person.country is None and body.country is not None:
                    person.country = body.country
                    person.evidence.append(f"{person.name}: a member of {body.name}")
                person.nouns.add(member)
                break

    def _described_subjects_of_copula(self) -> None:
        """``The teenager is the son of a former driver``: a definite description that is the
        predicate of an affirmed ``be`` whose subject the descriptions have since linked to a
        named person (``The teenager``) is that person too, with the pronouns it took."""
        named = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        for cluster in [c for c in self.clusters if c.key.startswith("role:") and c.type == "PERSON" and c.mentions]:
            roles = [m for m in cluster.mentions if m.kind == "role"]
            owners: set[int] = set()
            target = None
            for m in roles:
                root, verb = m.head, m.head.head
                first = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if first is None or first[0].lower_ != "the" or root.dep_ != "attr" or verb.lemma_ != "be" \
                        or any(c.dep_ == "neg" for c in verb.children):
                    owners.add(0)
                    continue
                subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
                found = [p for p in named if any(x.head.i in subjects for x in p.mentions)]
                owners.add(id(found[0]) if len(found) == 1 else 0)
                target = found[0] if len(found) == 1 else None
            if target is None or owners != {id(target)}:
                continue
            target.evidence.append(f"{cluster.name!r}: said of {target.name} by 'be'")
            target.mentions += cluster.mentions
            cluster.mentions = []

    def _lead_sentence(self) -> int:
        """The index of the story's first sentence: the first, or the second when the first is a
        headline (no full stop ends it)."""
        if len(self.sents) > 1:
            last = [t for t in self.sents[0] if not t.is_space and not (t.is_punct and t.text not in {".", "!", "?"}
                                                                          and t.is_quote)]
            if last and last[-1].text not in {".", "!", "?"}:
                return 1
        return 0

    def _named_next(self, description: Description, span: Span, named: list[Cluster],
                    facts: dict[int, tuple[set[str], int | None]]) -> Cluster | None:
        """``The new health minister for Wales says waiting lists will fall. Dr Ann Lee told
        AMs ...``: a lead that opens with a definite description and names the person only in
        the next sentence (British and wire style). A description in the story's first sentence,
        with no person named before it, is the one person named in the next sentence when that
        person fits it (gender, country, sectors, and nothing the text calls them that is
        another occupation or role); two people named there: no link."""
        here = self.sent_of[description.start]
        # "The mayor of a small Italian town has banned ... Giulia Ferrante said": a definite description
        # that says it is someone new (desc17) is nobody named before, and may be the one named next.
        # "A nurse says she has not slept for a month. Maria Delgado, 45, works nights ...": an
        # indefinite one too, when the next sentence opens by introducing the person with an age
        # set off by commas (quotes24)
        indefinite = span[0].lower_ in {"a", "an"}
        if (span[0].lower_ != "the" and not indefinite) or description.owner is not None \
                or description.kind not in {"role", "identity"} or here != self._lead_sentence() \
                or here + 1 >= len(self.sents):
            return None
        start_char = self.tokens[description.start].idx
        if any(m.end <= start_char for c in named for m in c.mentions):
            return None  # someone named before: the description looks back (_only_fit)
        nxt = self.sents[here + 1]
        there = [c for c in self.clusters if c.type == "PERSON" and c.mentions and any(
            m.kind == "name" and nxt.start_char <= m.start < nxt.end_char for m in c.mentions)]
        if len(there) != 1 or there[0] not in named:
            return None
        target = there[0]
        if min(m.start for m in target.mentions if m.kind == "name") < nxt.start_char:
            return None  # named before (in a headline): not the lead's forward naming
        if indefinite and not any(m.kind == "name" and m.start == nxt.start_char
                                  and AGE_APPOSITION.match(doc_text(self.doc)[m.end : nxt.end_char]) for m in target.mentions):
            return None  # "a nurse" may be anyone: only a name opening the next sentence with an age introduces her
        if self._name_coordinated(target, nxt):
            return None  # "X and Y both welcomed it": two people, however the model tagged Y
        words, _ = facts[id(target)]
        gender = description.gender or description.pronoun_gender
        if gender and target.gender and gender != target.gender:
            return None
        if description.country and target.country and description.country != target.country:
            return None
        if description.sectors and target.sectors and not set(description.sectors) & set(target.sectors):
            return None
        # "Tom Lewis, a builder", "Farmer Lucy Benton", "Mother Karen Evans": the text calls the
        # person something else than the description does
        noun = description.noun or ""
        own = {noun, *noun.split(), *self.ad.kinds_named(noun)}
        for word in words - own:
            other = self.ad.person_noun(word) or self.ad.role(word)
            if other is not None and word not in self.ad.words.honorific:
                return None
        target.evidence.append(f"{self._text(description)!r}: the lead's description of the one person named "
                               f"in the next sentence, {target.name}, who fits")
        return target

    def _name_coordinated(self, target: Cluster, sent: Span) -> bool:
        """Whether a name of ``target`` in ``sent`` is joined by a conjunction to another proper
        name (``Ann Lee and Maeve Doherty``, the second tagged a body or nothing by the model)."""
        for m in target.mentions:
            if m.kind != "name" or not sent.start_char <= m.start < sent.end_char:
                continue
            head = m.head
            partners = [c for c in head.children if c.dep_ == "conj"]
            if head.dep_ == "conj":
                partners.append(head.head)
            if any(p.tag_ in {"NNP", "NNPS"} and not (m.start <= p.idx < m.end) for p in partners):
                return True
        return False

    @staticmethod
    def _coordinated_with(root: Token, target: Cluster) -> bool:
        """Whether a description's head is joined by a conjunction to a mention of ``target``."""
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        return any(m.head.i == p.i for m in target.mentions for p in partners)

    def _description_of(self, span: Span, cluster: Cluster) -> Description:
        noun = self.ad.person_noun(cluster.role or "")
        role = self.ad.role(cluster.role or "")
        marks = {t.lower_ for t in span if t.i > span.start and t.text[:1].isupper() and t.pos_ in {"PROPN", "ADJ", "NOUN"}
                 and not self.ad.country_of(t.text)}
        owner = next((t.i for t in span.root.children if t.dep_ == "poss"), None)
        kind = noun.kind if noun else "role"
        sectors = [role.sector] if role and role.sector else list(cluster.sectors)
        if any(m.startswith("of ") for m in cluster.marks):
            # "the company's president" (_body_officer): the body's officer holds no state office,
            # so no one whose only sectors are a state's is meant
            sectors = list(cluster.sectors)
        if kind == "role" and any(t.lower_ in self.ad.words.former_word for t in span if t.i < span.root.i):
            # "the former police officer": a past office says who someone is (like an
            # occupation), and holds none of the office's sectors now
            kind, sectors = "identity", []
        if kind == "role" and normalise_name(cluster.role or "") in self.ad.words.party_word:
            # "the Democrat", "the Kentucky Republican": a party's member says who someone is
            # (like an occupation), whatever office they hold
            kind, sectors = "identity", []
        if kind == "relation" and owner is None and self._parent_of_number(span.root):
            # "the mother of three", "a father-of-two": how many children a person has says who
            # they are (like an age), not whose relative they are
            kind = "identity"
        return Description(
            start=span.start, end=span.end, noun=cluster.role, kind=kind,
            gender=noun.gender if noun else None, age=None, country=cluster.country,
            sectors=sectors, marks=marks, owner=owner,
            introduced=cluster.introduced, pronoun_gender=cluster.gender,
        )

    def _regional_title_said(self, description: Description, words: set[str]) -> bool:
        """``the Vermont senator`` of ``Senator Tom Reed``: an office of a state or province,
        its noun the person's own title noun; the division's name need not be among the
        person's words (a senator's state is seldom written beside the title)."""
        if description.kind != "role" or not description.noun or description.noun not in words \
                or not self._regional_office(description):
            return False
        division = {t.lower_ for t in self.tokens[description.start: description.end] if t.text[:1].isupper()
                    and self.gaz is not None and any(c.primary and c.level == "admin1" for c in self.gaz.candidates(t.text))}
        return bool(division) and description.marks - division <= words

    def _regional_office(self, description: Description) -> bool:
        """A description of an office whose capitalised words name a first-order division of a
        country and no country (``the Oregon senator``, ``the Kansas governor``)."""
        words = [t for t in self.tokens[description.start: description.end] if t.text[:1].isupper()
                 and t.lower_ in description.marks]
        candidates = [c for t in words for c in (self.gaz.candidates(t.text) if self.gaz is not None else ())]
        return any(c.primary and c.level == "admin1" for c in candidates) \
            and not any(self.ad.country_of(t.text) for t in words)

    def _parent_of_number(self, noun: Token) -> bool:
        """``mother of three``, ``father-of-two``: a relation noun followed by "of" and a number
        (hyphens allowed between), with no possessor: a person described by their children."""
        words = [t for t in self.tokens[noun.i + 1: noun.i + 5] if t.text not in {"-", "\u2010", "\u2011"}]
        return len(words) >= 2 and words[0].lower_ == "of" and words[1].like_num

    def _parent_descriptions(self) -> list[Description]:
        """``the mum-of-two``, ``the father-of-three`` that the parser did not make a noun
        phrase of (it hangs the words on the number): a person described by their children."""
        found = []
        for tok in self._after_the():
            if tok.i == 0 or self.words[tok.i - 1].lower() != "the":
                continue  # (the cheap test first: most words follow no "the")
            noun = self.ad.person_noun(tok.lemma_) or self.ad.person_noun(tok.text)
            if noun is None or noun.kind != "relation":
                continue
            if not self._parent_of_number(tok):
                continue
            end = tok.i + 1
            while end < len(self.tokens) and not self.tokens[end].like_num:
                end += 1
            if any(k in self.claimed for k in range(tok.i - 1, end + 1)):
                continue
            found.append(Description(tok.i - 1, end + 1, noun.noun, "identity", noun.gender, None, None, [], set(), None))
        return found

    def _age_descriptions(self) -> list[Description]:
        """``the 45-year-old`` (optionally followed by a gendered noun: ``the 45-year-old woman``)."""
        found = []
        tokens = self.tokens
        for tok in self._after_the():  # the number after a "the"
            i = tok.i
            if not (i < len(tokens) - 4 and tok.like_num and tokens[i + 1].lower_ == "-"
                    and tokens[i + 2].lower_ in {"year", "years"} and tokens[i + 3].lower_ == "-" and tokens[i + 4].lower_ == "old"):
                continue
            years = _age_value(self.words[i])
            if years is None or any(k in self.claimed for k in range(i - 1, i + 5)):
                continue
            end, gender, country = i + 5, None, None
            said_noun, sectors, marks = None, [], set()
            head = self._age_head_noun(end)
            if head is not None:
                role_start, role_name = self._role_ending_at(head.i, end) or (head.i, head.lemma_)
                noun = self.ad.person_noun(role_name)
                role = self.ad.role(role_name)
                kind = noun.kind if noun is not None else None
                if kind == "relation" and self._parent_of_number(head) and not any(
                        c.dep_ == "poss" for c in head.children):
                    kind = "identity"  # "the 34-year-old mother of two": who she is, not whose
                if kind not in {None, "plain", "identity"}:
                    continue  # "the 12-year-old son of ..."
                if noun is None and (role is None or role.kind != "person") and not (
                        role is None and self._speaks(head)):
                    # "the 45-year-old building"; but the subject of a verb of saying is a person
                    # whatever the noun ("The 52-year-old electrician said ...", quotes24)
                    continue
                modifiers = self.tokens[end: role_start]
                if any(k in self.claimed for k in range(end, head.i + 1)):
                    continue
                gender = noun.gender if noun is not None else None
                # "the 35-year-old driver", "the 34-year-old former police officer": what the
                # person is; a plain "woman" says only the gender
                said_noun = role_name if kind in {None, "identity"} else None
                former = any(t.lower_ in self.ad.words.former_word for t in modifiers)
                if role is not None and role.sector and not former:
                    sectors = [role.sector]
                marks = {normalise_name(t.text) for t in modifiers if t.text[:1].isupper()
                         and not self.ad.country_of(t.text)}
                country = next((c for t in modifiers if t.text[:1].isupper() and (c := self.ad.country_of(t.text))), None)
                end = head.i + 1
            elif (demonym := self._age_demonym_after(end)) is not None:
                end, country = demonym  # "the 19-year-old Dutchman"
                gender = self._demonym_gender(self.words[end - 1])
            found.append(Description(i - 1, end, said_noun, "age", gender, years, country, sectors, marks, None))
        return found

    def _age_noun_descriptions(self) -> list[Description]:
        """``the teenager``, ``the octogenarian`` (``age_noun`` of actor_words.tsv): a person of an
        age in a range. Read like ``the 45-year-old``: linked to the one named person of a stated
        age in the range (or the one who fits), else no mention at all, so that an unlinked one
        draws no pronoun away from the person it stands for."""
        found = []
        for tok in self._after_the():
            if tok.i == 0 or tok.i in self.claimed or tok.tag_ not in {"NN", "NNP"} or self.words[tok.i - 1].lower() != "the":
                continue
            noun = normalise_name(tok.lemma_)
            if noun not in self.ad.words.age_noun or tok.i - 1 in self.claimed:
                continue
            if tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
                continue  # "the teenager's" is fine; "the teen years" is no person
            gender = "m" if noun.endswith("boy") else "f" if noun.endswith("girl") else None
            found.append(Description(tok.i - 1, tok.i + 1, noun, "age", gender, None, None, [], set(), None))
        return found

    def _speaks(self, tok: Token) -> bool:
        """Whether a noun is the subject of a verb of saying (outside quotation marks)."""
        return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in self.speech_verbs \
            and self._quotation_at(tok.idx) is None

    def _age_head_noun(self, first: int) -> Token | None:
        """The noun an age modifier describes (``officer`` in ``the 34-year-old former police
        officer from Leeds``): the noun right after ``-old``, or after modifiers of it."""
        j = first
        while j < len(self.tokens) and j - first < 6 and self.tokens[j].head.i > j and (
                self.tokens[j].dep_ in {"amod", "compound", "nmod", "npadvmod"} or self.tokens[j].tag_ == "HYPH"):
            j += 1
        if j < len(self.tokens) and self.tokens[j].pos_ == "NOUN":
            return self.tokens[j]
        return None

    def _nationality_descriptions(self) -> list[Description]:
        """``the Brazilian``, ``the Dutchman``, ``the Brit``: a singular nationality noun heading
        its own noun phrase (not ``the Brazilian team``) describes one person of that country."""
        found = []
        for tok in self._after_the():
            if tok.i == 0 or tok.i in self.claimed or self.words[tok.i - 1].lower() != "the":
                continue
            if tok.pos_ not in {"PROPN", "NOUN"} or tok.tag_ in {"NNS", "NNPS"} or not tok.text[:1].isupper():
                continue
            if tok.dep_ in {"compound", "amod"} or (tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN"}):
                continue
            country = self.ad.country_of(tok.text)
            if country is None or self.ad.country_name_of(tok.text):
                continue  # "the Netherlands" is the country itself
            gender = self._demonym_gender(tok.text)
            found.append(Description(tok.i - 1, tok.i + 1, None, "identity", gender, None, country, [], set(), None))
        return found

    def _demonym_gender(self, word: str) -> str | None:
        """``Dutchman`` m, ``Frenchwoman`` f: a nationality noun made of a country's adjective and
        ``man``/``woman``; ``German``, ``Roman`` end in the letters only and say no gender."""
        lower = word.lower()
        if lower.endswith("woman") and self.ad.country_of(word[:-5]):
            return "f"
        if lower.endswith("man") and self.ad.country_of(word[:-3]):
            return "m"
        return None

    def _age_demonym_after(self, end: int) -> tuple[int, str] | None:
        """``the 19-year-old Dutchman``: a singular capitalised nationality noun right after an age
        modifier heads the phrase (the parser tags it a name, so no age head noun is found):
        the end of the phrase and the country. None for a country's name (``the 19-year-old
        Netherlands striker``) or a noun after it (``the 19-year-old Dutch rider``)."""
        if end >= len(self.tokens):
            return None
        tok = self.tokens[end]
        if tok.i in self.claimed or not tok.text[:1].isupper() or tok.tag_ in {"NNS", "NNPS"} \
                or tok.pos_ not in {"PROPN", "NOUN"} or self.ad.country_name_of(tok.text):
            return None
        if end + 1 < len(self.tokens) and self.tokens[end + 1].pos_ in {"NOUN", "PROPN"}:
            return None
        country = self.ad.country_of(tok.text)
        return (end + 1, country) if country else None

    def _only_of_country(self, description: Description, named: list[Cluster]) -> Cluster | None:
        """The one named person before the description whom the text gives that country."""
        start_char = self.tokens[description.start].idx
        fits = [c for c in named if c.country == description.country and any(m.end <= start_char for m in c.mentions)
                and not (description.gender and c.gender and c.gender != description.gender)]
        if len(fits) != 1:
            return None
        fits[0].evidence.append(f"{self._text(description)!r}: the only person of that country named before")
        return fits[0]

    def _qualified_nationality_descriptions(self) -> list[Description]:
        """``the young Dutchman``, ``the veteran Brazilian``: a singular nationality noun heading its
        noun phrase after ``the`` and lower-case adjectives of its own (``the 30-year-old Czech
        driver`` is an age description, read before)."""
        found = []
        for tok in self._capitalised():
            if tok.i in self.claimed or tok.pos_ not in {"PROPN", "NOUN"} or tok.tag_ in {"NNS", "NNPS"} \
                    or not tok.text[:1].isupper() or tok.dep_ in {"compound", "amod"}:
                continue
            if tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
                continue
            k = tok.i - 1
            while k >= 0 and self.tokens[k].pos_ == "ADJ" and self.tokens[k].text.islower() \
                    and self.tokens[k].is_alpha and self.tokens[k].head.i == tok.i:
                k -= 1
            if k == tok.i - 1 or k < 0 or self.words[k].lower() != "the" or any(i in self.claimed for i in range(k, tok.i)):
                continue
            country = self.ad.country_of(tok.text)
            if country is None or self.ad.country_name_of(tok.text):
                continue
            gender = self._demonym_gender(tok.text)
            found.append(Description(k, tok.i + 1, None, "identity", gender, None, country, [], set(), None))
        return found

    def _nationality_nearby(self, description: Description, named: list[Cluster]) -> Cluster | None:
        """``Tom Reed's car crashed as the Welshman struggled``: nobody named before is given that
        country, and one named person of no country (or of that one) was mentioned in the same or
        the sentences just before it (not as a modifier: ``Reed's Lotus car`` is no mention of a
        Lotus): the nationality noun continues that person's story and gives the nationality; two
        there: no guess."""
        start_char = self.tokens[description.start].idx
        here = self.sent_of[description.start]
        near = [c for c in named if c.country in {None, description.country}
                and not (description.gender and c.gender and c.gender != description.gender)
                and any(0 <= here - m.sent <= DESCRIPTION_WINDOW and m.end <= start_char
                        and m.head.dep_ != "compound" for m in c.mentions)]  # "X's Williams car" names a car
        if len(near) != 1:
            return None
        near[0].evidence.append(f"{self._text(description)!r}: the only person of no other country mentioned just before")
        near[0].country = near[0].country or description.country  # the noun says the person's nationality
        return near[0]

    def _only_unnamed_fit(self, description: Description) -> Cluster | None:
        """``the six-year-old`` after ``a Chinese boy`` and no named person of that age: the one
        unnamed man, woman, boy or girl the article has brought in before (of the same gender)."""
        start_char = self.tokens[description.start].idx
        fits = []
        for cluster in self.clusters:
            noun = self.ad.person_noun(cluster.role or "") if cluster.key.startswith("role:") else None
            if noun is None or noun.kind != "plain" or cluster.type != "PERSON":
                continue
            if not any(m.end <= start_char for m in cluster.mentions):
                continue
            if description.gender and cluster.gender and description.gender != cluster.gender:
                continue
            fits.append(cluster)
        if len(fits) != 1:
            return None
        fits[0].evidence.append(f"{self._text(description)!r}: the only unnamed person of that kind before it")
        return fits[0]

    def _person_facts(self, cluster: Cluster) -> tuple[set[str], int | None]:
        """What the text says a named person is: title and role words, appositions (``Tom Hardy,
        a fisherman``), predicates (``Roe is a singer``) and age (``Roe, 45,``, ``45-year-old Roe``)."""
        words: set[str] = set()
        if cluster.title:
            # "The boy's father Zhao Jun" is a father, not a boy: a possessor's words say nothing of him
            title = cluster.title.replace("’", "'").rsplit("'s ", 1)[-1]
            words |= {normalise_name(w) for w in title.split()}
        if cluster.role:
            words.add(cluster.role)
        words |= cluster.nouns  # "Oscar winners Emma Dale and Lucy Grant" (_shared_descriptions)
        age: int | None = None
        for m in cluster.mentions:
            if m.kind == "title":
                words |= self._capitalised_before(m)  # "Chelsea manager Tom Reed": "the Chelsea boss"
            if m.kind != "name":
                continue
            words |= self._capitalised_before(m)
            head = m.head
            described = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "conj":
                # "Danny Cruz and Mike Tanner, both former world champions,": a plural apposition
                # the parser hung on the first name describes each
                first = self._first_conjunct(head)
                # "Piet Dekker and Jonas Brink, both 19,": an age after "both" is each one's (s19-guess19)
                described += [c for c in first.children if c.dep_ == "appos" and (c.tag_ == "NNS" or (
                    c.like_num and any(g.dep_ == "preconj" for g in c.children)))]
            if head.dep_ == "appos":
                described.append(head.head)
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":
                described += [c for c in head.head.children if c.dep_ == "attr"]
            named_as = self._named_as(head)
            if named_as is not None:
                described.append(named_as)  # "the boy, named Tom Reed", "a girl called Ann Lee"
            for noun in described:
                if noun.like_num and noun.text.isdigit():
                    age = age or int(noun.text)
                elif noun.pos_ in {"NOUN", "PROPN"}:
                    age = age or self._age_inside(noun)  # "Doris Hale, a 94-year-old grandmother,"
                    words.add(normalise_name(noun.lemma_))
                    words |= {normalise_name(c.text) for c in noun.children if c.dep_ in {"compound", "amod"}}
            age = age or self._age_next_to(m)
        for m in cluster.mentions:
            # "her tenure as secretary of state", "his post as CEO": an office held "as"
            office = self._capacity_held(m.head) if m.kind in {"name", "pronoun"} else None
            if office is not None:
                words.add(normalise_name(office.lemma_))
                words |= {normalise_name(c.text) for c in office.children if c.dep_ in {"compound", "amod"}}
        return words, age

    def _age_range(self, cluster: Cluster) -> tuple[int, int] | None:
        """The ages the text gives a named person by an adjective of age (``age_adjective``:
        ``teenage``) on a noun said of them: the predicate of ``be`` (``X is a teenage star``, ``X is
        one of the hottest teenage talents``) or an apposition (``X, a teenage prodigy,``); else None.
        Evidence for ``the 19-year-old``, so that X is not merely the one named last (s19-guess19)."""
        table = self.ad.words.age_adjective
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            head = m.head
            nouns = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "nsubj":  # an "attr" is the predicate of a copula
                nouns += [c for c in head.head.children if c.dep_ == "attr"]
            # "one of the hottest teenage talents": the noun of the "of" phrase
            nouns += [g for n in list(nouns) if n.lower_ == "one" for p in n.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            for noun in nouns:
                for c in noun.children:
                    if c.dep_ == "amod" and normalise_name(c.lower_) in table:
                        return table[normalise_name(c.lower_)]
        return None

    def _only_past_holder(self, description: Description, cluster: Cluster, words: set[str], past: bool) -> bool:
        """``Two former FBI directors, X and Y, ... The FBI chief``: an office said with no word of
        the past is not held by a person the text gives no title and calls only a former holder."""
        # an occupation of no state and no body ("Ann Lee, a retired teacher ... The teacher") still
        # says what the person is
        trade = not description.marks and bool(description.sectors) \
            and not self.ad.words.state_sector & set(description.sectors)
        return description.kind == "role" and not past and cluster.title is None and not trade \
            and bool(words & self.ad.words.former_word)
    @staticmethod
    def _capacity_of(noun: Token) -> Token | None:
        """The word ``as`` governing a bare noun of office (``as secretary of state``, ``as mayor``):
        the capacity someone held, said of them (``_capacity_held``)."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and not any(
                c.dep_ in {"det", "poss"} for c in noun.children):
            return noun.head
        return None

    def _capacity_held(self, head: Token) -> Token | None:
        """The office noun of ``her tenure as secretary of state``, ``his post as CEO``: the
        possessor of a noun with "as" and a bare office. (Not the subject of a verb with it: "Tom
        Cole will succeed Reed as CEO", "take over as CEO" tell an office one is to hold, while the
        predecessor may be the one "the CEO" still means.)"""
        holder = head.head if head.dep_ == "poss" else None
        if holder is None or holder.i == head.i:
            return None
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "as"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                role = self.ad.role(noun.lemma_) or self.ad.role(noun.text)
                if self._capacity_of(noun) is not None and role is not None and role.kind == "person":
                    return noun
        return None

    def _capitalised_before(self, m: Mention) -> set[str]:
        """The capitalised words just before a name (``FBI Director James Comey``): the body of
        a title, which the title itself leaves out when the body is a mention of its own."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        found: set[str] = set()
        k = span.start - 1 if span is not None else -1
        while k >= 0 and len(found) < 3 and self.sent_of[k] == self.sent_of[span.start]:
            tok = self.tokens[k]
            if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN", "ADJ"}:
                break
            found.add(normalise_name(tok.text))
            k -= 1
        return found

    def _named_person_noun(self, ent: Span) -> bool:
        """A name the model tagged as a place or a body but that the text gives to a person noun
        (``the boy, named Zhang Wei,``, ``a girl called Li Na``, ``the boy, Zhang Wei,``)."""
        if ent.label_ == "PERSON" or not 1 <= len(ent) <= 4 or not all(t.pos_ == "PROPN" for t in ent):
            return False
        if self.ad.organisation(ent.text) or self.ad.country_of(ent.text):
            return False
        head = ent.root
        noun = self._named_as(head)
        if noun is None and head.dep_ == "appos" and head.head.pos_ == "NOUN":
            noun = head.head
        if noun is None:
            # "Derek Simms, a former bank manager,": a person noun in apposition to the name;
            # "Reality star Chloe Banks": an occupation right before a name opening with a given name
            noun = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                         and c.tag_ == "NN" and c.i > head.i), None)
            if noun is None and self._occupation_before(ent):
                return True
        if noun is None:
            return False
        return self._names_a_person(noun)

    def _names_a_person(self, noun: Token) -> bool:
        """A noun of a person a name may be given to: a person noun (``boy``, ``singer``) or a
        role of one person (``blogger``, ``volunteer``)."""
        found = self.ad.person_noun(noun.lemma_)
        if found is not None:
            return found.kind in {"plain", "relation", "identity"}
        role = self.ad.role(noun.lemma_)
        return role is not None and role.kind == "person"

    def _occupation_before(self, core: Span, tagged_person: bool = False) -> bool:
        """``Reality star Chloe Banks``, ``Veteran broadcaster Michael Ashby``: a singular
        occupation noun (``person_nouns.tsv`` kind identity) right before two or three capitalised
        words opening with a known given name says they are a person's name, though the noun may
        also be a body's (``broadcaster``) or the last word a plural thing's (``Banks``); a span
        the model tagged a person needs no known given name."""
        words = [t for t in core if not t.is_punct]
        if not 2 <= len(words) <= 3 or core.start == 0:
            return False
        if words[0].lower_ not in self.ad.given_names and not tagged_person:
            return False  # the model's tag or a known given name: a person's name
        before = self.tokens[core.start - 1]
        if before.pos_ != "NOUN" or before.tag_ != "NN" or not all(t.text[:1].isupper() for t in words):
            return False
        found = self.ad.person_noun(before.lemma_)
        return found is not None and found.kind == "identity"

    def _named_as(self, head: Token) -> Token | None:
        """The noun a name is given to: ``boy`` in ``the boy, named Tom Reed``, ``a girl
        called Ann Lee`` or ``the boy, named by local media as Tom Reed`` (a participle of
        naming that hangs on the noun)."""
        verb = head.head
        if head.dep_ == "oprd" and verb.lemma_.lower() in self.ad.words.naming_verb and any(
                c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children):
            return self._clause_subject_noun(verb)  # "one volunteer calls himself Brightwater"
        if self._name_noun_object(head):
            # "by the name Zantor" (the name hung on the preposition, or on the noun), "by the name of Zantor"
            prep = head.head.head.head if head.head.lower_ == "of" else head.head.head if head.dep_ == "appos" else head.head
            return self._clause_subject_noun(prep.head)
        if head.dep_ == "pobj" and verb.lower_ == "as":
            verb = verb.head  # "the boy, named by local media as Tom Reed", "identified as"
        elif head.dep_ not in {"oprd", "dobj", "attr"}:
            return None
        if verb.lemma_.lower() in self.ad.words.naming_verb and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head
        return None

    def _name_noun_object(self, head: Token) -> bool:
        """``Zantor`` of ``goes by the online name Zantor``, ``writes under the pseudonym Zantor``,
        ``known by the name of Zantor``: a name governed by a noun of a name someone goes by
        (actor_words.tsv name_noun), inside a prepositional phrase of the clause."""
        if head.dep_ == "appos" and head.head.lemma_.lower() in self.ad.words.name_noun:
            return head.head.dep_ == "pobj" and head.head.head.dep_ == "prep"  # "by the online name, Zantor"
        if head.dep_ != "pobj":
            return False
        if any(c.dep_ in {"compound", "nmod"} and c.lemma_.lower() in self.ad.words.name_noun for c in head.children):
            return head.head.dep_ == "prep"  # "by the online name Zantor"
        of = head.head  # "by the name of Zantor"
        return of.lower_ == "of" and of.head.lemma_.lower() in self.ad.words.name_noun and of.head.dep_ == "pobj" \
            and of.head.head.dep_ == "prep"

    @staticmethod
    def _clause_subject_noun(verb: Token) -> Token | None:
        """The common noun that is the subject of ``verb`` (``volunteer`` of ``one volunteer calls
        himself ...``), if any."""
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return subject if subject is not None and subject.pos_ == "NOUN" else None

    def _age_inside(self, noun: Token) -> int | None:
        """``94`` of ``a 94-year-old grandmother``: an age written before the noun of a phrase."""
        lower = [t.lower_ for t in self.tokens[noun.left_edge.i: noun.i]]
        for k in range(len(lower) - 4):
            if lower[k + 1: k + 5] == ["-", "year", "-", "old"]:
                return _age_value(self.words[noun.left_edge.i + k])
        return None

    def _age_next_to(self, m: Mention) -> int | None:
        """``Jane Roe, 45,`` / ``Jane Roe (45)`` / ``45-year-old Jane Roe``."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        after = self.words[span.end: span.end + 3]
        if len(after) == 3 and after[0] in {",", "("} and after[1].isdigit() and after[2] in {",", ")", "."}:
            return int(after[1])
        before = [w.lower() for w in self.words[max(0, span.start - 5): span.start]]
        if len(before) == 5 and before[1:] == ["-", "year", "-", "old"]:
            return _age_value(before[0])
        return None

    def _other_argument(self, description: Description, cluster: Cluster) -> bool:
        """A description that is the subject or object of a verb whose other argument is a name of the
        person (``Pop star Ann Lee endorsed the Democratic candidate``): one clause's subject and
        object are two people, as a pronoun is never another argument of its own verb (brief
        s15-actors7). A predicate (``Lee is the candidate``) or an apposition links as before."""
        span = self.doc[description.start: description.end]
        head = span.root
        if head.dep_ not in CLAUSE_ARGUMENTS:
            return False
        verb = clause_verb(head)
        # a subject and an object: two subjects of one verb are a parse run over a caption, not two people
        wanted = CLAUSE_OBJECTS if head.dep_ in CLAUSE_SUBJECTS else CLAUSE_SUBJECTS
        return any(m.kind == "name" and m.head.i != head.i and m.head.dep_ in wanted
                   and clause_verb(m.head) == verb and self.sent_of[m.head.i] == self.sent_of[head.i]
                   for m in cluster.mentions)

    def _plain_next(self, description: Description, cluster: Cluster) -> bool:
        """``Dale Prescott ... . The man was taken into custody``: a bare ``the man`` / ``the woman`` (no
        phrase after it says which: not ``the woman driving the car``) opening the sentence right after one
        that names the person, with no unnamed person of that noun brought in before (``a man``)."""
        head = self.tokens[description.end - 1]
        # "The city woman is accused ...": a word of the paper's own town says no more who (s18-dev13e)
        local = description.end - description.start == 3 \
            and self.tokens[description.start + 1].lower_ in self.ad.words.local_modifier
        if (description.end - description.start != 2 and not local) or head.dep_ not in ("nsubj", "nsubjpass"):
            return False  # "The Pentagon spokesman", "The boy's mother": more than a bare noun, or no subject
        if (description.start != self.doc[description.start].sent.start and not self._reported_opening(description)) \
                or any(c.i > head.i and c.dep_ in ("acl", "relcl", "prep", "appos") for c in head.children):
            return False
        here = self.sent_of[head.i]
        if not any(m.kind == "name" and m.sent == here - 1 for m in cluster.mentions):
            return False
        # of the people named there, those who may be "the man" ("Ann Cole told the court that Tom Reed took
        # her car. The man denied it": Ann Cole is a woman; s18-dev13e)
        named_there = {id(c) for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")
                       and self._person_gender(c) in (None, description.gender) and not c.title
                       for m in c.mentions if m.sent == here - 1}
        if cluster.title or self._name_coordinated(cluster, self.sents[here - 1]):
            return False  # "Judge Ann Lee" is "the judge"; "Ann Lee and Mia Orr were arrested": two (s18-dev13e)
        start_char = self.tokens[description.start].idx
        unnamed_before = any(
            c.key.startswith("role:") and c.type == "PERSON" and (noun := self.ad.person_noun(c.role or "")) is not None
            and noun.kind == "plain" and any(m.end <= start_char for m in c.mentions) for c in self.clusters)
        return len(named_there) == 1 and not unnamed_before

    def _reported_opening(self, description: Description) -> bool:
        """``Police said the woman had been driving ...``: the description is the subject of what the
        sentence's opening verb of saying reports, right after it (or after its ``that``), and that
        verb's subject is no named person (police, officers): the sentence tells of the description's
        person as if it opened with it (issue 15, s18-dev13e)."""
        head = self.tokens[description.end - 1]
        verb = head.head
        if verb.dep_ != "ccomp" or verb.head.dep_ != "ROOT":
            return False
        root = verb.head
        if root.lemma_.lower() not in self.speech_verbs or root.i >= description.start:
            return False
        between = self.tokens[root.i + 1: description.start]
        if any(t.lower_ != "that" for t in between):
            return False
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        sent_start = self.sents[self.sent_of[root.i]].start
        return len(subjects) == 1 and subjects[0].ent_type_ != "PERSON" and subjects[0].tag_ != "PRP" \
            and all(t.i == subjects[0].i or t.head.i == subjects[0].i for t in self.tokens[sent_start: root.i])

    def _common_noun_off_names(self) -> None:
        """``the Free Citizens party``: a body's capitalised name the model took with the lower-case common
        noun after it (``trailing_body_noun``: ``party``) is named without it (``the X Party``, the
        noun capitalised, is the name whole); its codes stay (issue 15, s18-dev13e)."""
        text = doc_text(self.doc)
        trimmed: list[Cluster] = []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.mentions:
                continue
            for k, m in enumerate(cluster.mentions):
                words = text[m.start:m.end].split()
                if len(words) < 2 or words[-1] not in self.ad.words.trailing_body_noun \
                        or not words[-2][:1].isupper():
                    continue
                end = m.start + text[m.start:m.end].rstrip().rfind(" ")
                cluster.mentions[k] = Mention(m.start, end, m.kind, m.head, m.sent)
                if normalise_name(cluster.name) == normalise_name(" ".join(words)):
                    cluster.name = " ".join(words[:-1])
                    trimmed.append(cluster)
        for cluster in trimmed:
            same = next((c for c in self.clusters if c is not cluster and c.type == "ORG" and c.mentions
                         and normalise_name(c.name) == normalise_name(cluster.name)), None)
            if same is not None:
                self._fold(cluster, same)  # "Free Citizens" and "Free Citizens party": one body

    def _person_gender(self, cluster: Cluster) -> str | None:
        """A person's gender: the cluster's (a given name, a courtesy title, a gendered noun), else the
        one gender of the pronouns the text gave the person (``Janae Orr ... her conviction``), else none."""
        if cluster.gender:
            return cluster.gender
        told = {self.ad.words.pronoun.get(m.head.lower_) for m in cluster.mentions if m.kind == "pronoun"} - {None}
        return told.pop() if len(told) == 1 else None

    def _introduced_people(self) -> None:
        """Local news introduces a private person by a description and names them after: the headline's
        bare ``Woman rescued from pond``, the lead's ``A 27-year-old Elmwood woman was fined ...``, then
        ``Ann Orr paid ...``; or calls a person ``the Elmwood man`` whom it names ``Tom Reed of Elmwood``.
        An unnamed description of a plain gendered noun (``man``, ``woman``: person_nouns.tsv kind
        plain) joins, with all its mentions, the one named person who fits: (1) the one untitled person
        of no other gender named first in the sentence right after a headline's bare description or the
        lead's indefinite subject description (a sentence that names nobody passes to the next
        introducing mention; one that names two who fit ends the search); (2) else the one person of no
        other gender the text says is ``of`` the town the description names. A person two descriptions
        would take is left to neither (issue 15, s18-dev13e)."""
        lead = self._lead_sentence()
        named = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:") and c.mentions]
        offers: dict[int, list[tuple[Cluster, Cluster, str]]] = {}
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("role:") and c.mentions]:
            noun = self.ad.person_noun(cluster.role or "")
            if noun is None or noun.kind != "plain" or not noun.gender:
                continue
            found = self._named_after_introduction(cluster, noun.gender, lead, named)
            if found is not None:
                offers.setdefault(id(found), []).append((cluster, found, "the person named right after it"))
                continue
            found = self._of_same_town(cluster, noun.gender, named)
            if found is not None:
                offers.setdefault(id(found), []).append((cluster, found, "the one person of that town"))
        for pairs in offers.values():
            if len(pairs) != 1:
                continue
            cluster, target, why = pairs[0]
            first = min(cluster.mentions, key=lambda m: m.start)
            target.evidence.append(f"{doc_text(self.doc)[first.start:first.end]!r}: {why}, {target.name}, who fits")
            target.mentions += [Mention(m.start, m.end, "pronoun" if m.kind == "pronoun" else "description", m.head, m.sent)
                                for m in cluster.mentions]
            target.gender = target.gender or self.ad.person_noun(cluster.role or "").gender
            target.country = target.country or cluster.country
            cluster.mentions.clear()

    # --- dev16m (session 20): links the web-news golds missed (news-dev16/17) -------------------------

    def _link_unnamed_persons(self) -> None:
        """Four links of one person to one named person, each only when exactly one named person fits
        (never a guess between two; issue 15, brief s20-dev16m):
        (1) a headline's trailing title label (``Talks to resume: FM``, a word of
        ``headline_speaker_label``) is the one person named in the lead whose title there holds what
        the label stands for; (2) a headline's bare person noun as its subject (``Daughter of X says``,
        ``Kenyan sprinter becomes``) is the lead's named subject, or else the one person the lead names,
        when of no other gender; (3) a demonstrative description as a subject (``This particular
        athlete has ...``: ``lookback_determiner``) is the one person named in the sentence before;
        (4) ``He`` or ``She`` as the body's first word is the one person of no other gender named first
        after it (in the lead or the two sentences after). Unnamed mentions those links take leave
        the unnamed person they were given to."""
        if len(self.sents) < 2:
            return
        persons = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:") and c.mentions]
        if not persons:
            return
        lead = self._lead_sentence()
        if lead == 1:
            self._headline_label(persons)
            self._headline_subject(persons)
            self._first_word_pronoun(persons, lead)
        self._demonstrative_subjects(persons)

    def _persons_named_in(self, persons: list[Cluster], sent: int) -> list[Cluster]:
        return [c for c in persons if any(m.kind == "name" and m.sent == sent for m in c.mentions)]

    def _take_description(self, target: Cluster, start: int, end: int, head: Token, sent: int, why: str,
                     kind: str = "description") -> None:
        """``start:end`` (chars) becomes a mention of ``target``, leaving the unnamed person that had it."""
        for c in self.clusters:
            if c is not target and not c.key.startswith("person:"):
                c.mentions = [m for m in c.mentions if not (m.start < end and start < m.end)]
        if not any(m.start == start and m.end == end for m in target.mentions):
            target.mentions.append(Mention(start, end, kind, head, sent))
        target.evidence.append(f"{doc_text(self.doc)[start:end]!r}: {why}, {target.name}")

    def _unnamed_at(self, token: Token) -> bool:
        """No named person or body holds ``token`` (an unnamed person's description may)."""
        owner = self._cluster_at(token.i)
        if owner is not None and owner.type == "PERSON" and " " not in owner.name.strip() \
                and all(m.start <= token.idx < m.end or m.kind == "pronoun" for m in owner.mentions) \
                and (self.ad.person_noun(owner.name) or self.ad.role(owner.name)):
            return True  # a headline's capitalised "Daughter" the model took for a name: a noun still
        return owner is None or (owner.type == "PERSON" and not owner.key.startswith("person:")
                                 and not any(m.kind == "name" for m in owner.mentions))

    def _gender_fits(self, cluster: Cluster, gender: str | None) -> bool:
        return gender is None or self._person_gender(cluster) in (None, gender)

    def _sentence_index_of(self, i: int) -> int:
        return next(s for s, sent in enumerate(self.sents) if sent.start <= i < sent.end)

    def _headline_words(self) -> list[Token]:
        """The headline line's tokens (up to the first line break: the parser may run a label after
        a colon into the next sentence)."""
        words: list[Token] = []
        for t in self.doc:
            if t.is_space and "\n" in t.text:
                break
            if not t.is_space:
                words.append(t)
        return words if len(words) < len(self.doc) else []

    def _headline_label(self, persons: list[Cluster]) -> None:
        labels = self.ad.words.headline_speaker_label
        words = self._headline_words()
        colons = [i for i, t in enumerate(words) if t.text == ":"]
        if not colons:
            return
        after = [t for t in words[colons[-1] + 1:] if not t.is_punct]
        if len(after) != 1 or after[0].lower_ not in labels or not self._unnamed_at(after[0]):
            return
        label = after[0]
        stands_for = (labels[label.lower_] or label.lower_).lower()
        text = doc_text(self.doc).lower()
        body = words[-1].i + 1
        while body < len(self.doc) and self.doc[body].is_space:
            body += 1
        if body >= len(self.doc):
            return
        lead = last = self._sentence_index_of(body)
        # the lead runs to its first sentence with a verb (the parser may cut a title off: "Finance")
        while last < len(self.sents) - 1 and not any(t.pos_ in {"VERB", "AUX"} for t in self.sents[last]):
            last += 1
        fit = []
        for c in persons:
            names = [m for m in c.mentions if m.kind == "name" and lead <= m.sent <= last]
            if not names or any(m.start < self.doc[body].idx for m in c.mentions):
                continue
            titled = any(stands_for in text[max(self.doc[body].idx, m.start - 60): m.end] for m in names) \
                or stands_for in (c.title or "").lower()
            if titled:
                fit.append(c)
        if len(fit) == 1:
            self._take_description(fit[0], label.idx, label.idx + len(label.text), label, self._sentence_index_of(label.i),
                              f"the headline's label {label.text!r}: the one person of the lead so titled")

    def _headline_subject(self, persons: list[Cluster]) -> None:
        head = self.sents[0]
        subject = next((t for t in head if t.dep_ in ("nsubj", "nsubjpass") and t.head == head.root), None)
        if head[0].tag_ == "NN" and head[0].dep_ in ("nsubj", "nsubjpass") and head[0].text[:1].isupper():
            subject = head[0]  # "Daughter of ex-envoy hurt in crash says ...": the parser may hang it lower
        if subject is None or subject.tag_ != "NN" or subject.pos_ != "NOUN":
            return
        if self.doc[subject.left_edge.i].tag_ in ("DT", "PRP$", "CD", "WDT", "WP") or \
                any(c.dep_ in ("poss", "conj") for c in subject.children):
            return
        noun = self.ad.person_noun(subject.lemma_)
        if (noun is None and self.ad.role(subject.lemma_) is None) or not self._unnamed_at(subject):
            return
        gender = noun.gender if noun is not None else None
        target = None
        # the lead, or when it names nobody the first of the next two sentences that names someone
        for k in range(1, min(4, len(self.sents))):
            named = [c for c in self._persons_named_in(persons, k)
                     if not any(m.sent < k and m.kind == "name" for m in c.mentions)]
            if not named:
                continue
            sent = self.sents[k]
            lead_subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root), None)
            if k == 1 and lead_subject is not None and not any(c.dep_ == "conj" for c in lead_subject.children):
                owner = self._cluster_at(lead_subject.i)
                if owner in named:
                    target = owner
            if target is None and len(named) == 1:
                target = named[0]
            break
        if target is None or not self._gender_fits(target, gender):
            return
        start = self.doc[subject.left_edge.i].idx if subject.left_edge.i >= head.start else subject.idx
        end = subject.idx + len(subject.text)  # the description up to its noun, not its "of" phrase
        owner = self._cluster_at(subject.i)
        first_name = min(m.start for m in target.mentions if m.kind == "name")
        if owner is not None and owner is not target and not owner.key.startswith("person:") \
                and all(m.start < first_name for m in owner.mentions):
            # the unnamed person the headline brought in, with the pronouns given to it before the
            # name, is the one named
            target.mentions += owner.mentions
            target.evidence.append(f"{doc_text(self.doc)[start:end]!r}: the headline's bare subject noun, "
                                   f"the person the lead names, {target.name}")
            owner.mentions = []
            return
        self._take_description(target, start, end, subject, 0, "the headline's bare subject noun: the person the lead names")

    def _demonstrative_subjects(self, persons: list[Cluster]) -> None:
        demonstratives = self.ad.words.lookback_determiner
        tokens = self.tokens
        for s, sent in enumerate(self.sents):
            if s == 0:
                continue
            for t in tokens[sent.start:sent.end]:  # made once: iterating the sentence makes a Token per word
                if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN":
                    continue
                first = tokens[t.left_edge.i]
                if first.lower_ not in demonstratives or first.dep_ != "det" or first.head != t:
                    continue
                if any(self.doc[k].pos_ not in ("ADJ", "ADV") for k in range(first.i + 1, t.i)):
                    continue
                noun = self.ad.person_noun(t.lemma_)
                if (noun is None and self.ad.role(t.lemma_) is None) or not self._unnamed_at(t):
                    continue
                before = self._persons_named_in(persons, s - 1)
                if len(before) != 1 or not self._gender_fits(before[0], noun.gender if noun else None):
                    continue
                self._take_description(before[0], first.idx, t.idx + len(t.text), t, s,
                                  "a demonstrative description: the one person named in the sentence before")

    def _first_word_pronoun(self, persons: list[Cluster], lead: int) -> None:
        first = next((t for t in self.sents[lead] if not t.is_space and not t.is_punct), None)
        if first is None or first.lower_ not in ("he", "she") or not first.text[:1].isupper():
            return
        gender = self.ad.words.pronoun.get(first.lower_)
        if not self._unnamed_at(first):
            return
        for s in range(lead, min(lead + 3, len(self.sents))):
            named = [c for c in self._persons_named_in(persons, s)
                     if min(m.start for m in c.mentions if m.kind == "name") > first.idx]
            if not named:
                continue
            fit = [c for c in named if self._gender_fits(c, gender)]
            if len(fit) == 1 and len(named) == len(fit) or len(fit) == 1 and \
                    all(not self._gender_fits(c, gender) for c in named if c is not fit[0]):
                if any(m.start < first.idx for m in fit[0].mentions):
                    return
                self._take_description(fit[0], first.idx, first.idx + len(first.text), first, lead,
                                  "the body's first word: the one person of that gender named after it", "pronoun")
            return

    def _coordinated_descriptions(self) -> None:
        """``The Elmwood man and city woman met ...``: two descriptions joined by ``and`` that the parser made
        one person's description. Each part (its words without the article) that a person's entity already
        holds as a description (``the Elmwood man``, ``City woman``), in exactly one entity, is a mention of
        that person; the joined description is dropped when both parts are placed (issue 15, s18-dev13e)."""
        text = doc_text(self.doc)
        held: dict[str, set[int]] = {}
        for c in self.clusters:
            if c.type == "PERSON" and c.key.startswith("person:"):
                for m in c.mentions:
                    if m.kind == "description":
                        words = [w for w in text[m.start:m.end].lower().split() if w not in {"the", "a", "an"}]
                        held.setdefault(" ".join(words), set()).add(id(c))
        by_id = {id(c): c for c in self.clusters}
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("role:") and len(c.mentions) == 1]:
            m = cluster.mentions[0]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            cc = [t for t in span if t.dep_ == "cc" and t.lower_ == "and"]
            if len(cc) != 1:
                continue
            first = self.doc[span.start: cc[0].i]
            second = self.doc[cc[0].i + 1: span.end]
            places = []
            for part in (first, second):
                words = [t.lower_ for t in part if t.lower_ not in {"the", "a", "an"}]
                owners = held.get(" ".join(words), set())
                if len(part) == 0 or len(owners) != 1 or self.ad.person_noun(part[-1].lemma_) is None:
                    break
                start = part.start + (1 if part[0].lower_ in {"the", "a", "an"} and part is second else 0)
                places.append((by_id[next(iter(owners))], self.doc[start: part.end]))
            if len(places) != 2 or places[0][0] is places[1][0]:
                continue
            for target, part in places:
                target.mentions.append(Mention(part.start_char, part.end_char, "description", part[-1], m.sent))
            cluster.mentions.clear()

    def _represented_clients(self) -> None:
        """``Defense attorney Ann Lee, who represented Tom Reed, ... said her former client ...``: ``her
        client`` (a noun of ``client_noun``) whose possessive pronoun is a named person's is the one
        named person the text says that person represented or defended (a verb of
        ``lawyer_represent_verb`` with the owner as subject, ``who`` of a relative clause on the owner's
        name included); none or two: no link (issue 15, s18-dev13e)."""
        words = self.ad.words
        owner_of = {m.head.i: c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")
                    for m in c.mentions if m.kind == "pronoun"}
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("role:") and c.mentions]:
            if cluster.role not in words.client_noun:
                continue
            for m in list(cluster.mentions):
                poss = [t for t in m.head.children if t.dep_ == "poss" and t.tag_ == "PRP$"]
                owner = owner_of.get(poss[0].i) if poss else None
                if owner is None:
                    continue
                clients: list[Cluster] = []
                for om in owner.mentions:
                    if om.kind != "name":
                        continue
                    verbs = [v for v in om.head.children if v.dep_ == "relcl"]
                    if om.head.dep_ == "nsubj":
                        verbs.append(om.head.head)
                    for verb in verbs:
                        if verb.lemma_.lower() not in words.lawyer_represent_verb:
                            continue
                        for obj in (c for c in verb.children if c.dep_ == "dobj"):
                            client = self._cluster_at(obj.i)
                            if client is not None and client.type == "PERSON" and client is not owner \
                                    and client not in clients:
                                clients.append(client)
                if len(clients) != 1:
                    continue
                target = clients[0]
                target.mentions.append(Mention(m.start, m.end, "description", m.head, m.sent))
                target.evidence.append(f"{doc_text(self.doc)[m.start:m.end]!r}: the one {owner.name} represented")
                cluster.mentions.remove(m)

    def _named_after_introduction(self, cluster: Cluster, gender: str, lead: int,
                                         named: list[Cluster]) -> Cluster | None:
        # the lead: the first sentence with a verb after the headline ("COLUMBUS --", a dateline cut off as a
        # sentence of its own, is passed over)
        last = lead + 1
        while last < len(self.sents) - 1 and not any(t.pos_ in {"VERB", "AUX"} for t in self.sents[last]):
            last += 1
        for m in sorted(cluster.mentions, key=lambda m: m.start):
            if m.sent > last:
                return None
            if m.kind == "pronoun":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            subject = m.head.dep_ in {"nsubj", "nsubjpass"}
            indefinite = span[0].lower_ in self.ad.words.indefinite_article and subject
            bare = span.start == self.sents[m.sent].start and span[0].tag_ not in {"DT", "PRP$", "CD"} \
                and (subject or m.head.dep_ == "ROOT")
            if not (indefinite or bare):
                continue
            nxt = m.sent + 1
            if nxt >= len(self.sents):
                return None
            there = [c for c in named if any(x.kind == "name" and x.sent == nxt for x in c.mentions)]
            if not there:
                continue
            fit = [c for c in there if self._person_gender(c) in (None, gender) and not c.title
                   and not self._dev13e_called_otherwise(c)]
            if len(fit) != 1:
                return None
            target = fit[0]
            if any(x.start < m.start or x.kind == "name" and x.sent < nxt for x in target.mentions):
                return None  # named before: the description is someone else (or looks back)
            return target
        return None

    def _dev13e_called_otherwise(self, cluster: Cluster) -> bool:
        """Whether the text calls the named person by a noun of a kind of person or a role (``Foreman Ray
        Tibbs``, ``Her sister, Ann Fry``, ``a neighbor, Beth Gould``): someone the text brings in as that,
        not the one the lead's ``a woman`` introduced."""
        words, _ = self._person_facts(cluster)
        if any(w not in self.ad.words.honorific and (self.ad.person_noun(w) or self.ad.role(w)) for w in words):
            return True
        for m in cluster.mentions:
            if m.kind == "name" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in m.head.children):
                return True  # "a neighbor, Beth Gould,": the parser hangs the name on the noun or the noun on it
            if m.kind == "name" and m.head.dep_ == "appos" and m.head.head.pos_ == "NOUN":
                return True
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "name" else None
            # "Foreman Ray Tibbs" tagged whole: an English noun opens a name of three words
            if span is not None and len(span) >= 3 and span[0].lower_ in self.nouns \
                    and span[0].lower_ not in self.ad.given_names:
                return True
        return False

    def _modifiers_said(self, description: Description, words: set[str]) -> bool:
        """Whether the description has lower-case modifiers of its noun (``the defense attorney``) and the
        text calls the person by every one of them (``Defense attorney Ann Lee``)."""
        head = self.tokens[description.end - 1]
        mods = {normalise_name(t.text) for t in self.tokens[description.start: description.end - 1]
                if t.dep_ in {"compound", "amod"} and t.head.i == head.i and t.text.islower()
                and t.lower_ not in self.ad.words.former_word}
        return bool(mods) and mods <= words

    def _of_same_town(self, cluster: Cluster, gender: str, named: list[Cluster]) -> Cluster | None:
        towns: set[str] = set()
        for m in cluster.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.kind == "pronoun" or span is None:
                continue
            words = [t.text for t in span if t.i < m.head.i and t.pos_ == "PROPN" and t.text[:1].isupper()]
            if words:
                towns.add(" ".join(words).lower())
        if len(towns) != 1:
            return None
        town = towns.pop()
        fit = [c for c in named if self._person_gender(c) in (None, gender)
               and any(self._town_after(x) == town for x in c.mentions if x.kind == "name")]
        return fit[0] if len(fit) == 1 else None

    def _town_after(self, m: Mention) -> str | None:
        """``Tom Reed of Elmwood``, ``Tom Reed, 38, of Elmwood``: the capitalised words after ``of``."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        i = span.end
        if i + 2 < len(self.tokens) and self.tokens[i].text == "," and self.tokens[i + 1].like_num \
                and self.tokens[i + 2].text == ",":
            i += 3
        if i >= len(self.tokens) or self.tokens[i].lower_ != "of":
            return None
        j = i + 1
        while j < len(self.tokens) and self.tokens[j].pos_ == "PROPN" and self.tokens[j].text[:1].isupper():
            j += 1
        return " ".join(t.text for t in self.tokens[i + 1: j]).lower() or None

    def _crime_role_clash(self, description: Description, cluster: Cluster) -> bool:
        """``Dwayne Ellis stabbed a neighbour ... The victim``: a named person the text makes the doer of
        violence (the subject of a verb of harm) is not "the victim"; one it makes the harmed (its object or
        passive subject) is not "the gunman" or "the attacker" (actor_words.tsv crime_* kinds)."""
        noun = description.noun or ""
        words = self.ad.words
        if noun not in words.crime_victim_noun and noun not in words.crime_doer_noun:
            return False
        wanted = {"nsubj"} if noun in words.crime_victim_noun else {"dobj", "nsubjpass"}
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            head = m.head
            if head.dep_ in wanted and head.head.pos_ == "VERB" and head.head.lemma_.lower() in words.crime_harm_verb:
                return True
        return False

    def _harmed(self, cluster: Cluster) -> bool:
        """Whether the text makes this person the harmed of a verb of violence: any mention of theirs the
        object or passive subject of a ``crime_harm_verb`` (``Kim Dale was stabbed``, ``they shot her``)."""
        verbs = self.ad.words.crime_harm_verb
        for m in cluster.mentions:
            head = m.head.head if m.head.dep_ == "appos" else m.head  # "Her neighbour Tom Baines, 40, was punched"
            if head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in verbs:
                return True
        return False

    def _serves_another_body(self, description: Description, cluster: Cluster) -> bool:
        """``a spokesman for the transport ministry`` ... ``Green Party spokesman Tom Hale``: an
        indefinite description whose office phrase (``for``/``of``/``at``, actor_words.tsv
        office_preposition) names the body the person serves is not a person named later whose
        title names another body by its capitalised words, none of them in that phrase (quotes22)."""
        root = self.doc[description.start: description.end].root
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in self.ad.words.office_preposition), None)
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if body is None:
            return False
        served = {t.lower_ for t in body.subtree if t.pos_ in {"PROPN", "NOUN", "ADJ"}}
        noun = description.noun or root.lower_
        titled = {w.lower() for w in (cluster.title or "").split()
                  if w[:1].isupper() and w.lower() not in {noun, *noun.split()} and w.lower() not in self.ad.words.honorific}
        return bool(titled) and not titled & served

    def _only_fit(
        self, description: Description, named: list[Cluster], facts: dict[int, tuple[set[str], int | None]]
    ) -> Cluster | None:
        start_char = self.tokens[description.start].idx
        if description.introduced and description.kind == "role":
            return None  # "a woman leader": an office's noun after "a" is nobody's title
        if self._lead_description(description) and not description.introduced:
            return self._race_leader(description, named, facts)
        owner = self._cluster_at(description.owner) if description.owner is not None else None
        # "the Republican candidate", "the GOP frontrunner": a party named in the description
        # (actor_words.tsv party_word) is the party the text gives the person, or nobody
        party = self._parties_named(description.marks)
        office = description.kind == "role" and bool(self.ad.words.state_sector & set(description.sectors))
        fits, explicit, of_party = [], [], []
        # a past office ("the former FBI chief"): its holder may keep a state's codes
        past = any(t.lower_ in self.ad.words.former_word for t in self.tokens[description.start: description.end])
        for cluster in named:
            words, age = facts[id(cluster)]
            if cluster is owner:
                continue  # the possessor of "her husband"
            if self._other_argument(description, cluster):
                continue  # "Pop star X endorsed the Democratic candidate": the one endorsed is not X
            if self._crime_role_clash(description, cluster):
                continue  # "X stabbed a neighbour ... The victim": the victim is not X (crime17)
            theirs = self._parties_of(cluster, words) if party else frozenset()
            if theirs and theirs != party:
                continue  # "Democrat Ann Lee" is not "the Republican candidate"
            if description.kind == "relation" and owner is not None:
                theirs = self._relation_owners(cluster)
                if theirs and id(owner) not in theirs:
                    continue  # "Ann Lee's husband Tom Dunn" is not the husband of "her" who is Kim Vale
            # Described before being named ("The boy ..." in a caption, then "Tom Reed, six"):
            # only what the text says of the person may link them, never a mere fit.
            named_before = any(m.end <= start_char for m in cluster.mentions)
            if named_before and description.introduced:
                continue
            if description.introduced and self._serves_another_body(description, cluster):
                continue  # "a spokesman for the ministry" is not "Green Party spokesman Tom Hale" named later
            if description.gender and cluster.gender and description.gender != cluster.gender:
                continue
            if description.country and cluster.country and description.country != cluster.country:
                continue
            if self._only_past_holder(description, cluster, words, past):
                continue
            if named_before and self._called_otherwise(description, words) and not self._said_so(description, words, age):
                continue  # "Lena Ostrow, a retired nurse, ... The developer": someone else
            if self._seat_office_said(description, words):
                explicit.append(cluster)  # "the Pentagon chief" / "Defense Secretary X" (sectors apart)
                continue
            if self._sector_head_said(description, cluster, words):
                explicit.append(cluster)  # "the spy chief" / "CIA Director X"
                continue
            if description.age and age and description.age != age:
                continue
            said_range = self._age_range(cluster) if description.age and age is None else None
            if said_range and not said_range[0] <= description.age <= said_range[1]:
                continue  # "X is one of the teenage talents" is no "45-year-old"
            ages = self.ad.words.age_noun.get(description.noun or "")
            if ages and age is not None and not ages[0] <= age <= ages[1]:
                continue  # "the teenager" is nobody the text says is 45
            state = [x for x in cluster.sectors if x in self.ad.words.state_sector]
            wanted = [x for x in description.sectors if x in self.ad.words.state_sector]
            if (theirs or description.noun in self.ad.words.party_word) and description.kind == "identity":
                pass  # "the Democratic candidate" may hold any office now ("Sen. Ann Lee (D-N.Y.)")
            elif (wanted and cluster.sectors and not set(wanted) & set(cluster.sectors)) or (
                    not wanted and state and len(state) == len(cluster.sectors)):
                # "the president" is no singer; "the singer" is no police chief (but "the
                # Democratic nominee" may be a party's or a state's person). A past office ("the
                # former FBI chief") may be a state's person the text describes so ("Former FBI
                # director Tom Reed", coded COP), never one who merely fits.
                if past and not wanted and self._said_so(description, words, age):
                    explicit.append(cluster)
                    if named_before:
                        fits.append(cluster)
                continue
            if named_before:
                fits.append(cluster)
                same_office = description.noun is not None and (
                    description.noun in words or self._party_bracket(cluster) is not None)
                if party and theirs and (not office or same_office):
                    of_party.append(cluster)
            # Named so: the same noun ("the singer" / "singer Jane Roe"), or the same capitalised
            # words ("the former FBI chief" / "FBI director Ann Lee", "the Democratic candidate" /
            # "Democratic nominee Jane Roe"); every capitalised word of the description must be
            # among the person's.
            # or a noun of a kind the description's noun names ("the comic" / "comedian Tom Reed")
            if self._said_so(description, words, age) or self._regional_title_said(description, words) or said_range:
                explicit.append(cluster)
        if of_party:
            # the one person named before whom the text gives that party (and, for a state
            # office, "the Republican senator", that office: "Sen. Tom Reed", "Tom Reed (R-Ohio)");
            # two of them: no guess (not even the one named nearby). When nobody named before is
            # given that party (and office), the description is read as any other, among those
            # of no other party.
            if len(of_party) != 1:
                return None
            target = of_party[0]
            if [id(c) for c in explicit] == [id(target)]:
                target.evidence.append(f"{self._text(description)!r}: the article describes {target.name} so")
            else:
                target.evidence.append(f"{self._text(description)!r}: the only person named before of that party who fits")
            return target
        if fits and explicit and not set(map(id, explicit)) & set(map(id, fits)):
            # "Tom Reed crashed. The 37-year-old driver lost control ... Later, Mark Dellow was the
            # last driver": someone named before fits; a person named only after it does not
            # take the description, however the text calls them later
            explicit = []
        if len(explicit) > 1:
            # "Defense attorney Ann Lee ... County Attorney Tom Reed ... the defense attorney": of several
            # the text calls so, the one it calls by every word of the description (s18-dev13e)
            # "... the defense attorney said. ... Defense attorney Tom Reed" : one named only after is not
            # looked back to
            before = [c for c in explicit if any(m.end <= start_char for m in c.mentions)]
            explicit = before if len(before) == 1 else explicit
            narrowed = [c for c in explicit if self._modifiers_said(description, facts[id(c)][0])]
            explicit = narrowed if len(narrowed) == 1 else explicit
        if len(explicit) == 1:
            target = explicit[0]
            target.evidence.append(f"{self._text(description)!r}: the article describes {target.name} so")
            return target
        if not explicit and (description.noun or "") in self.ad.words.crime_victim_noun:
            # "Kim Dale, 24, was stabbed ... Prosecutor Tom Reed said the victim ...": the one person named
            # before whom the text makes the harmed; two harmed, no guess (ents21)
            harmed = [c for c in fits if self._harmed(c)]
            if len(harmed) > 1:
                return None
            if harmed:
                harmed[0].evidence.append(f"{self._text(description)!r}: the only person named before the text makes the harmed")
                return harmed[0]
        if not explicit and self._relative_of_someone(description):
            return None  # "Ann Lee, the daughter of the Acme founder": the founder is Ann Lee's kin, not a guess
        if not explicit and description.kind == "relation" and owner is not None and description.noun:
            # "Ann Lee's son Tom ... Ann Lee's son was hurt": the one person named before whom the text calls
            # the owner's relative by that noun (one named only later, another son, is not looked forward to; ents21)
            kin = [c for c in fits if id(owner) in self._relation_owners(c, description.noun)]
            if len(kin) == 1:
                kin[0].evidence.append(f"{self._text(description)!r}: the one person named before called so")
                return kin[0]
        if not explicit and description.kind == "relation" and owner is not None:
            kin = self._kin_by_family_name(description, owner, named) or self._spouse_by_verb(description, owner, named)
            if kin is not None:
                return kin
        if not explicit and description.noun in self.ad.words.observer_noun:
            # "Ann Lee led by four points. The pollster said ...": one who reads a race or
            # advises in it is the person the text calls so, never the one named merely fitting
            # (issue 15, s17-dev12e)
            return None
        if not explicit and len(fits) == 1 and description.kind == "plain" and self._plain_next(description, fits[0]):
            fits[0].evidence.append(f"{self._text(description)!r}: the one person named in the sentence before")
            return fits[0]  # "Officers found Dale Prescott, 47, ... The man was taken into custody" (crime17)
        if not explicit and len(fits) == 1 and description.kind in {"identity", "age"}:
            target = fits[0]
            target.evidence.append(f"{self._text(description)!r}: the only named person who fits")
            return target
        # A role of no state ("the Chelsea boss", "the Acme founder") may also be someone just
        # named; a state office is looked up as an office, never guessed from the story.
        private_role = description.kind == "role" and not self.ad.words.state_sector & set(description.sectors) \
            and not description.introduced
        if not explicit and self.ad.words.state_sector & set(description.sectors) and len(fits) == 1 and not fits[0].title and not fits[0].sectors \
                and not description.introduced and self._regional_office(description):
            # "Walter Brennick drew a crowd ... The Oregon senator said": an office of a state or
            # province (no country's, which the tables look up) and the one person named before,
            # untitled and of no sector, who fits: read as a role of no state, nearby only
            private_role = True
        if not explicit and fits and (len(fits) > 1 or private_role) and (
                description.kind in {"identity", "age"} or private_role):
            # "Tom Reed was jailed ... the 34-year-old former police officer said": of several
            # who fit, the one named in the sentences just before (a description continues the
            # story of someone just mentioned); two there: no guess.
            here = self.sent_of[description.start]
            near = [c for c in fits if any(0 <= here - m.sent <= DESCRIPTION_WINDOW and m.end <= start_char
                                           for m in c.mentions)]
            if len(near) > 1 and description.pronoun_gender and description.gender is None:
                # one of two named together, the other of unknown gender, is no choice ("Dean Rolf and Ken
                # Mabry were charged. The defendant said he ...": either may be "he"; s18-dev13e)
                # a person of unknown gender may be "she" as well: only one known to be of the other
                # gender is out ("Carla Fenwick beat Joanna Lisle. The reigning champion said she ...":
                # no link while Carla's gender is unknown; issue 15, s19-guess19)
                near = [c for c in near if c.gender in (None, description.pronoun_gender)
                        and not any(self._name_coordinated(c, self.sents[m.sent]) for m in c.mentions
                                    if m.kind == "name" and 0 <= here - m.sent <= DESCRIPTION_WINDOW)]
                near = near if all(c.gender == description.pronoun_gender for c in near) else []
                if len(near) == 1:
                    near[0].evidence.append(
                        f"{self._text(description)!r}: the only named person nearby of the gender of its pronoun")
                    return near[0]
            if len(near) == 1:
                near[0].evidence.append(f"{self._text(description)!r}: the only named person who fits nearby")
                return near[0]
            # two or more nearby who fit alike: no link, not the one named last (issue 15, s19-guess19:
            # "A won the first set. B levelled. The 24-year-old took the decider" may be either)
        return None

    @staticmethod
    def _squeezed(text: str) -> str:
        """A word with its hyphens and spaces taken out (``front-runner``, ``front runner``: ``frontrunner``)."""
        return text.lower().replace("-", "").replace(" ", "")

    @cached_property
    def _lead_nouns(self) -> frozenset[str]:
        """The ``lead_noun`` words squeezed (``_squeezed``), made once per resolver: the two
        readers below are asked of every noun of the article."""
        return frozenset(self._squeezed(w) for w in self.ad.words.lead_noun)

    @cached_property
    def _lead_noun_ends(self) -> frozenset[str]:
        """Every ending of a squeezed ``lead_noun`` word (``runner`` of ``frontrunner``): words
        joined and squeezed end in the last one squeezed, so a noun whose own squeezed form is
        none of these ends no leader's noun."""
        return frozenset(noun[k:] for noun in self._lead_nouns for k in range(len(noun) + 1))

    def _lead_description(self, description: Description) -> bool:
        """``the GOP front-runner``, ``the frontrunner`` (actor_words.tsv ``lead_noun``)."""
        lead = self._lead_nouns
        if description.kind not in {"identity", "role"}:
            return False
        return self._squeezed(description.noun or "") in lead \
            or self._lead_noun_at(self.doc[description.start: description.end].root)

    def _lead_noun_at(self, tok: Token) -> bool:
        """A noun of the leader of a race, written in one token or more (``favorite``, ``front-runner``)."""
        return self._lead_noun_start(tok) is not None

    def _lead_noun_start(self, tok: Token) -> int | None:
        """The first token of a noun of the leader of a race ending at ``tok`` (``front`` of
        ``front-runner``; ``tok`` itself for ``frontrunner``), if one ends there."""
        lead = self._lead_nouns
        if self._squeezed(tok.text) not in self._lead_noun_ends:
            return None  # most nouns end no leader's noun: no joins of the words before them
        return next((k for k in range(max(0, tok.i - 2), tok.i + 1)
                     if self._squeezed("".join(t.text for t in self.tokens[k: tok.i + 1])) in lead), None)

    def _lead_descriptions(self) -> list[Description]:
        """``The GOP front-runner told supporters``: a leader's description the parser made no noun
        phrase of (it hangs ``front-runner`` on the verb after it), read on the surface: ``the``,
        then capitalised or adjective modifiers (``GOP``, ``Democratic``, ``presidential``), then a
        ``lead_noun`` no mention holds, with no noun after it."""
        found = []
        for tok in self.tokens:
            if tok.i in self.claimed or tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"}:
                continue
            first = self._lead_noun_start(tok)
            if first is None or any(k in self.claimed for k in range(first, tok.i + 1)):
                continue
            after = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
            if after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.ent_type_ == "PERSON"):
                continue  # "the front-runner status", "front-runner Ann Lee" (a title)
            k = first - 1
            while k > self.sents[self.sent_of[tok.i]].start and first - k <= 3 and (
                    self.tokens[k].text[:1].isupper() and self.tokens[k].pos_ in {"PROPN", "ADJ", "NOUN"}
                    or self.tokens[k].pos_ == "ADJ"):
                k -= 1
            if k < 0 or self.tokens[k].lower_ != "the" or any(self.tokens[j].ent_type_ == "PERSON" for j in range(k, tok.i)):
                continue
            marks = {t.lower_ for t in self.tokens[k + 1: first] if t.text[:1].isupper()}
            found.append(Description(k, tok.i + 1, normalise_name(self.doc[first: tok.i + 1].text), "identity",
                                     None, None, None, [], marks, None))
        return found

    def _race_standing(self, m: Mention) -> tuple[str, Token] | None:
        """Whether the clause of a mention's subject says that person leads a race (``X leads the
        field``, ``X is leading the race``, ``X holds a 15-point lead``, ``X is the clear favorite``,
        ``X pulled ahead``; of an object: ``polls show X well ahead``) or trails (``X trails badly``,
        ``X is far behind``): ("lead" or "trail", the clause's verb)."""
        head = m.head
        words = self.ad.words
        if head.dep_ == "dobj":
            # "polls show X well ahead", "polls put X behind": a small clause of the object
            for child in head.head.children:
                if child.dep_ in {"advmod", "acomp", "oprd"} and child.i > head.i and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
                    if child.lower_ in words.lead_adverb:
                        return "lead", head.head
                    if child.lower_ in words.trail_adverb:
                        return "trail", head.head
            return None
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        verb = head.head
        lemma = verb.lemma_.lower()
        if verb.pos_ in {"VERB", "AUX"} and lemma in words.trail_verb or any(
                c.dep_ in {"advmod", "acomp", "prep"} and c.lower_ in words.trail_adverb for c in verb.children):
            return "trail", verb
        if verb.pos_ in {"VERB", "AUX"} and lemma in words.lead_verb:
            return "lead", verb
        for child in verb.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in words.lead_object:
                return "lead", verb  # "holds a 15-point lead", "has opened a lead"
            if child.dep_ in {"attr", "oprd"} and self._lead_noun_at(child):
                return "lead", verb  # "is the clear favorite", "remains the front-runner"
            if child.dep_ in {"advmod", "acomp"} and child.lower_ in words.lead_adverb and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
                return "lead", verb  # "pulled ahead" (not "spoke ahead of the debate")
        return None

    def _race_leader(self, description: Description, named: list[Cluster],
                     facts: dict[int, tuple[set[str], int | None]]) -> Cluster | None:
        """``the GOP front-runner``, ``the frontrunner`` (``_lead_description``): the one person named
        before it whom the text says leads (``_race_standing``, or called so: ``front-runner X``), of the
        description's party when it names one (the party the text gives the person, or a party word
        in the clause of the lead: ``leads among Democratic voters``); with nobody said to lead, the
        one person named before it, of no other party, whom the text says stands for an office
        (``_candidate``; not the donor the story is about), named three times or more and half as
        often as anyone else of no other party, never one said to trail. Two who stand: nobody (the
        one named far more often was taken until s19-guess19: salience is no evidence of who leads).
        Else nobody: the only Republican named just before may be a rival of the leader (no link
        rather than a wrong one)."""
        start_char = self.tokens[description.start].idx
        party = self._parties_named(description.marks)
        leaders: list[Cluster] = []
        pool: list[Cluster] = []
        for cluster in named:
            before = [m for m in cluster.mentions if m.end <= start_char]
            if not before:
                continue
            words, _ = facts[id(cluster)]
            theirs = self._parties_of(cluster, words)
            if party and theirs and theirs != party:
                continue  # "Democrat Ann Lee" is not "the GOP front-runner"
            standings = [found for m in before if m.kind in {"name", "pronoun"}
                         and (found := self._race_standing(m)) is not None]
            if any(kind == "trail" for kind, _ in standings):
                continue  # "X trails badly": not the front-runner, whoever is
            clauses = [verb for kind, verb in standings if kind == "lead"]
            said = any(self._lead_noun_at(self.doc[m.head.i: m.head.i + 1][0]) for m in before if m.kind == "title") \
                or bool({self._squeezed(w) for w in words} & {self._squeezed(w) for w in self.ad.words.lead_noun})
            if said or any(not party or theirs == party
                           or party <= self._parties_named({t.lower_ for t in verb.subtree}) for verb in clauses):
                leaders.append(cluster)
            pool.append(cluster)
        if len(leaders) == 1:
            leaders[0].evidence.append(f"{self._text(description)!r}: the one person named before whom the text says "
                                       f"leads, {leaders[0].name}")
            return leaders[0]
        if leaders or not pool:
            return None
        # a donor or an official named most is no front-runner: only those the text says stand count.
        # Two or more who stand: no link (the one named far more often was taken until s19-guess19:
        # salience, no evidence of who leads; issue 15)
        running = [c for c in pool if self._candidate(c) or facts[id(c)][0] & self.ad.words.candidacy_noun]
        if len(running) != 1:
            return None
        top = running[0]
        count = sum(1 for m in top.mentions if m.kind in {"name", "pronoun"})
        others = max((sum(1 for m in c.mentions if m.kind in {"name", "pronoun"}) for c in pool if c is not top), default=0)
        if count >= 3 and 2 * count >= others:
            top.evidence.append(f"{self._text(description)!r}: the one person of no other party named before whom the "
                                f"text says stands, {top.name}")
            return top
        return None

    def _trade_sector(self, noun: str) -> str | None:
        """The sector of a trade (a person's role of a sector no state holds and not the plain
        civilians': ``nurse`` HLH, ``teacher`` EDU, ``developer`` BUS), if ``noun`` names one."""
        role = self.ad.role(noun)
        if role is None or role.kind != "person" or not role.sector or role.sector == "CVL" \
                or role.sector in self.ad.words.state_sector:
            return None
        return role.sector

    def _called_otherwise(self, description: Description, words: set[str]) -> bool:
        """``Lena Ostrow, a retired nurse, ... The developer``: a trade's description (``_trade_sector``)
        is not said of a person the text calls by a trade of another sector (the nurse's HLH is no
        developer's BUS), unless one of the two nouns names the other's kind (kind_nouns.tsv)."""
        noun = description.noun or ""
        sector = self._trade_sector(noun)
        if description.kind not in {"identity", "role"} or sector is None or description.marks:
            return False
        own = {noun, *noun.split(), *self.ad.kinds_named(noun)}
        for word in words - own:
            other = self._trade_sector(word)
            if other is not None and other != sector and noun not in self.ad.kinds_named(word):
                return True
        return False

    def _relative_of_someone(self, description: Description) -> bool:
        """``the Acme founder`` of ``the daughter of the Acme founder``, ``the late senator`` of ``the
        widow of the late senator``: a description governed by "of" after a relation noun
        (person_nouns.tsv kind relation) is someone's relative, a person of their own whom only what
        the text says of them may link to anyone named (never the one who merely fits)."""
        root = self.doc[description.start: description.end].root
        if root.dep_ != "pobj" or root.head.lower_ != "of":
            return False
        noun = self.ad.person_noun(root.head.head.lemma_.lower())
        return noun is not None and noun.kind == "relation"

    def _said_so(self, description: Description, words: set[str], age: int | None) -> bool:
        """Whether the text describes a person (their ``words`` and ``age``, ``_person_facts``) as
        the description does: the same noun or one of its kind, or the same body, with every
        capitalised word of the description among theirs; the same age; an age noun's age."""
        same_noun = description.noun is not None and (
            description.noun in words or bool(self.ad.kinds_named(description.noun) & words))
        same_body = description.kind != "relation" and bool(description.marks)
        ages = self.ad.words.age_noun.get(description.noun or "")
        in_range = bool(ages) and age is not None and ages[0] <= age <= ages[1]
        return ((same_noun or same_body) and description.marks <= words) or (
            description.age is not None and description.age == age) or (
            in_range and description.marks <= words)  # "Emma Shaw, 16," / "the teenager"

    def _marks_said(self, marks: set[str] | frozenset[str], words: set[str]) -> bool:
        """Every capitalised word of a description among a person's words, a body named by its seat
        (``seat_body``: ``the Pentagon chief``) by a word of its office (``Defense Secretary X``)."""
        seat = self.ad.words.seat_body
        return all(mark in words or bool(seat.get(mark, frozenset()) & words) for mark in marks)

    def _seat_office_said(self, description: Description, words: set[str]) -> bool:
        """A role description naming a body by its seat (``the Pentagon chief``) said of a person
        whose words hold that body's office words (``Defense Secretary X``): the seat's sectors
        (the Pentagon's military) need not be the office's (a civilian secretary's)."""
        seat = self.ad.words.seat_body
        return description.kind == "role" and any(mark in seat for mark in description.marks) \
            and self._marks_said(description.marks, words) and (description.noun or "") in self.ad.words.head_noun

    def _sector_head_said(self, description: Description, cluster: Cluster, words: set[str]) -> bool:
        """``The spy chief`` of ``CIA Director X`` or ``X, the director of national intelligence``: a
        role description whose noun is a sector's word and a ``head_noun`` (``spy chief``, roles.tsv),
        naming no body, said of a person whose office heads a body (``head_office``, no ``deputy_word``)
        and whose codes hold that sector (the title's body gave them: the CIA is SPY)."""
        noun = (description.noun or "").split()
        if description.kind != "role" or len(noun) < 2 or noun[-1] not in self.ad.words.head_noun \
                or description.marks or not description.sectors:
            return False
        if not words & self.ad.words.head_office or words & self.ad.words.deputy_word:
            return False
        return set(description.sectors) <= set(cluster.sectors) | self._headed_sectors(cluster)

    def _headed_sectors(self, cluster: Cluster) -> set[str]:
        """The sectors of the bodies a person is said to head in an apposition with "of" (``X, the
        director of national intelligence``: the body tagged ``national intelligence`` is SPY)."""
        found: set[str] = set()
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            nouns = [c for c in m.head.children if c.dep_ == "appos"]
            if m.head.dep_ == "appos":
                nouns.append(m.head.head)
            for noun in nouns:
                if noun.lemma_.lower() not in self.ad.words.head_office:
                    continue
                for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for body in (c for c in prep.children if c.dep_ == "pobj"):
                        owner = self._cluster_at(body.i)
                        if owner is not None and owner.type == "ORG":
                            found |= set(owner.sectors)
        return found

    def _parties_named(self, words: Container[str] | set[str]) -> frozenset[str]:
        """The parties that words name (``republican``, ``gop``: Republican); one-letter party
        words count only in a name's bracket (``(R-Texas)``)."""
        party_word = self.ad.words.party_word
        return frozenset(party_word[w] for w in words if len(w) > 1 and w in party_word)

    def _parties_of(self, cluster: Cluster, words: set[str]) -> frozenset[str]:
        """The parties the text gives a named person: a party word in their title, before their
        name or in an apposition (``Republican Tom Reed``, ``Democrat Ann Lee``, ``Tom Reed, a
        Republican,``) or a bracket after their name (``Tom Reed (R-Ohio)``)."""
        found = set(self._parties_named(words))
        bracket = self._party_bracket(cluster)
        if bracket is not None:
            found.add(bracket)
        return frozenset(found)

    def _party_bracket(self, cluster: Cluster) -> str | None:
        """``Tom Reed (R-Ohio)``, ``Ann Lee (D-N.Y.)``: the party of a US legislator written in a
        bracket after the name (a one-letter party_word, a hyphen, the state)."""
        text = doc_text(self.doc)  # not doc.text: spaCy joins every token on each access
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            found = self._party_tag(text, m.end)
            if found and found.group(1).lower() in self.ad.words.party_word:
                return self.ad.words.party_word[found.group(1).lower()]
        return None

    def _party_tag(self, text: str, end: int) -> re.Match[str] | None:
        """The party tag of a US legislator right after a name ending at ``end``: a bracket
        (``(R-Texas)``) or, set off by commas, a one-letter party and a state the gazetteer knows as
        a first-order division (``, D-Ore.,``; not ``, D-Day veteran``)."""
        found = PARTY_BRACKET.match(text, end)
        if found is not None:
            return found
        found = PARTY_COMMA.match(text, end)
        if found is None or self.gaz is None:
            return None
        state = found.group(2).strip()
        for name in (state, state.rstrip(".")):
            if any(c.level == "admin1" and c.country for c in self.gaz.candidates(name)):
                return found
        return None

    def _bracket_homes(self) -> None:
        """``Tom Reed (R-Ohio)``, ``Ann Lee (D-Mass.)``: a legislator whose name is followed by a
        party bracket is of the country of the first-level division the bracket names (by its name
        or its short form in the gazetteer), where nothing else gave the person a country; every
        later mention ("Reed", "he") then carries it."""
        text = doc_text(self.doc)
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None:
                continue
            for m in cluster.mentions:
                found = self._party_tag(text, m.end) if m.kind == "name" else None
                if found is None or found.group(1).lower() not in self.ad.words.party_word:
                    continue
                state = found.group(2).strip()
                countries = {c.country for c in (self.gaz.candidates(state) if self.gaz is not None else ())
                             if c.level == "admin1" and c.country}
                if not countries and state.endswith("."):
                    # "R-Texas." at a sentence's end: the full stop is the sentence's
                    countries = {c.country for c in (self.gaz.candidates(state[:-1]) if self.gaz is not None else ())
                                 if c.level == "admin1" and c.country}
                if len(countries) == 1:
                    cluster.country = countries.pop()
                    cluster.needs_country = False
                    break

    def _party_apposition_homes(self) -> None:
        """``Rep. Tom Reed, a Texas Republican,``, ``Ann Lee, a Democrat from Ohio,``: a person
        called a party's member (``party_word``) of a place, in apposition to the name, is of the
        country of that place (a country word, or the one country of a first-level division of
        that name), where nothing else gave the person a country, as a party bracket does (brief
        s15-actors7: a legislator of no country took a foreign story's)."""
        words = self.ad.words
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None:
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                country = next((found for party in m.head.children
                                if party.dep_ == "appos" and len(party.text) > 1 and party.lower_ in words.party_word
                                for place in self._party_places(party)
                                if (found := self._division_country(place))), None)
                if country is not None:
                    cluster.country = country
                    cluster.needs_country = False
                    cluster.evidence.append(f"{cluster.name}: a party's member of a place of {country}")
                    break

    @staticmethod
    def _party_places(party: Token) -> list[Token]:
        """The place words of a party noun: its compound (``a Texas Republican``) or the object of
        its ``from``/``of`` (``a Democrat from Ohio``), tagged as places."""
        found = [c for c in party.children if c.dep_ in ("compound", "amod") and c.ent_type_ in {"GPE", "LOC"}]
        for prep in (c for c in party.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}):
            found += [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"}]
        return found

    def _division_country(self, tok: Token) -> str | None:
        """The country a place word names: a country's name or adjective, else the one country of the
        first-level divisions of that name the gazetteer knows."""
        span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        text = span.text if span is not None else tok.text
        code = self.ad.country_of(text)
        if code:
            return code
        countries = {c.country for c in (self.gaz.candidates(text) if self.gaz is not None else ())
                     if c.level == "admin1" and c.country}
        return countries.pop() if len(countries) == 1 else None

    def _kin_by_family_name(self, description: Description, owner: Cluster, named: list[Cluster]) -> Cluster | None:
        """``Jane Doe ... her husband`` with ``John Doe`` named: a relative of someone is the one
        other person named with their family name (of the relation noun's gender, or of none
        known); none when two are, or the owner has no family name of their own."""
        family = normalise_name(owner.name).split()
        if owner.type != "PERSON" or len(family) < 2:
            return None
        kin = [c for c in named if c is not owner and len(normalise_name(c.name).split()) >= 2
               and normalise_name(c.name).split()[-1] == family[-1]
               and (description.gender is None or c.gender in (None, description.gender))]
        if len(kin) != 1 or (description.gender is None and kin[0].gender is None):
            return None
        theirs = self._relation_owners(kin[0])
        if theirs and id(owner) not in theirs:
            return None
        kin[0].evidence.append(f"{self._text(description)!r}: the only other person named {family[-1].title()}")
        return kin[0]

    def _spouse_by_verb(self, description: Description, owner: Cluster, named: list[Cluster]) -> Cluster | None:
        """``Clara Voss married Julian Ortega ... Her husband``: a spouse noun owned by someone the
        text says married (``marriage_verb``) exactly one named person, before the description, is
        that person (of the noun's gender or none known); two marriages told: no link."""
        if (description.noun or "") not in self.ad.words.spouse_noun:
            return None
        start = self.tokens[description.start].idx
        found: dict[int, Cluster] = {}
        for verb in (t for t in self._with_lemma(self.ad.words.marriage_verb) if t.idx < start):
            # read on the surface (the parser often hangs "married" as a modifier): the one who
            # marries is named before the verb in its sentence, the spouse is the first name after
            # it, with only nouns, adjectives, articles and commas between ("married the novelist Y")
            sent = self.sent_of[verb.i]
            before = [c for c in self.clusters if any(m.sent == sent and m.end <= verb.idx for m in c.mentions)]
            if owner not in before:
                continue
            k = verb.i + 1
            while k < len(self.tokens) and self.sent_of[k] == sent and (
                    self.tokens[k].pos_ in {"NOUN", "ADJ", "DET", "PRON", "ADV"} or self.tokens[k].text == ","):
                k += 1
            spouse = self._cluster_at(k) if k < len(self.tokens) and self.sent_of[k] == sent else None
            if spouse is not None and spouse is not owner and spouse in named and spouse.type == "PERSON":
                found[id(spouse)] = spouse
        if len(found) != 1:
            return None
        spouse = next(iter(found.values()))
        if description.gender and spouse.gender not in (None, description.gender):
            return None
        spouse.evidence.append(f"{self._text(description)!r}: the one person the text says {owner.name} married")
        return spouse

    def _apposition_of_conjunct(self, appos: Token) -> bool:
        """``Tom Reed and Ann Moss, Mark Moss's wife,``: an apposition the parser hung on the first
        of two coordinated names, which describes the name right before its comma."""
        first = appos.left_edge.i
        if first < 2 or self.tokens[first - 1].text != ",":
            return False
        before = self.tokens[first - 2]
        return before.dep_ == "conj" and before.head.i == appos.head.i

    def _relation_owners(self, cluster: Cluster, relation: str | None = None) -> set[int]:
        """Whose relative the text says a person is: the possessor of the relation noun in their
        title or apposition (``Ann Lee's estranged husband Tom Dunn``, ``her husband, Tom Dunn``);
        with ``relation``, only of that noun (``son``)."""
        owners: set[int] = set()
        for m in cluster.mentions:
            if m.kind == "title":
                nouns = [m.head]
            elif m.kind == "name":
                nouns = [c for c in m.head.children if c.dep_ in {"appos", "compound"} and c.i < m.head.i
                         or c.dep_ == "appos" and not self._apposition_of_conjunct(c)]
                if m.head.dep_ == "appos":
                    nouns.append(m.head.head)
            else:
                continue
            for noun in nouns:
                person = self.ad.person_noun(noun.lemma_)
                if person is None or person.kind != "relation" or relation is not None and noun.lemma_.lower() != relation:
                    continue
                for poss in (c for c in noun.children if c.dep_ == "poss"):
                    found = self._cluster_at(poss.i)
                    if found is not None:
                        owners.add(id(found))
        return owners

    def _cluster_at(self, i: int) -> Cluster | None:
        token = self.tokens[i]
        for cluster in self.clusters:
            if any(m.start <= token.idx < m.end for m in cluster.mentions):
                return cluster
        return None

    def _text(self, description: Description) -> str:
        return self.doc[description.start: description.end].text

    # --- phase D: codes ------------------------------------------------------------------------
    def _finish_codes(self) -> None:
        self._given_names_of_family()
        self._stated_homes()
        self._bracket_homes()
        self._party_apposition_homes()
        for cluster in self.clusters:
            if cluster.type == "PERSON" and cluster.key.startswith("person:"):
                holder = self.ad.holder_named(cluster.name, self.published)
                if holder and self.published is not None and not holder.holds_on(self.published):
                    # a past or future office (a candidate in 2016 who is president later): the
                    # person's country, not the office's sector or title on this date
                    cluster.country = cluster.country or holder.country
                    cluster.needs_country = cluster.needs_country and cluster.country is None
                    continue
                if holder and (cluster.country in (None, holder.country)):
                    cluster.country = holder.country
                    for sector in holder.sectors:
                        if sector not in cluster.sectors:
                            cluster.sectors.append(sector)
                    if not cluster.title:
                        cluster.title = holder.office.title()
                    cluster.needs_country = False
        self._dictionary_codes()
        self._common_party_homes()  # actors18
        self._homes_after_of()
        self._staff_of_bodies()
        self._police_story_roles()  # police17
        # One pass: the story's country is counted before any code is presumed from it, and the
        # event stage reads the count of its people and bodies rather than counting the codes
        # given here again (a story's places alone make no home for the event stage's parties:
        # "the two presidents met in Geneva" are no Swiss presidents).
        self.doc.user_data[STORY_COUNTRY] = self._dominant_country()
        dominant = self._story_country()
        self._coordinated_people(dominant)
        for cluster in self.clusters:
            if cluster.country is None and not cluster.needs_country and self._candidate(cluster):
                # a candidate for office stands in a state's contest: a state role (issue 15)
                cluster.needs_country = True
                cluster.evidence.append(f"{cluster.name}: a candidate for office")
        for cluster in self.clusters:
            if cluster.country is None and self._foreign(cluster):
                continue  # "foreign firms", "overseas investors": of any country but the story's
            if cluster.needs_country and cluster.country is None:
                cluster.country = self._nearby_country(cluster) or dominant or self._local_office_country(cluster)
                if cluster.country is not None:
                    self.presumed.add(id(cluster))
            elif cluster.country is None and dominant and (
                    cluster.key.startswith("org:None:") and set(cluster.sectors) != {"CVL"}  # no aid group or NGO
                    or (cluster.key.startswith("group:None:") and (self.ad.words.local_sector & set(cluster.sectors)
                                                                   or cluster.key[len("group:None:"):] in self.ad.words.local_group))
                    or (cluster.key.startswith("role:None:") and cluster.type == "PERSON"
                        and set(cluster.sectors) & self.ad.words.unnamed_state_sector)):
                # "the government", "parliament", "police", "a rescue official": in a story about
                # one country, that country's (a story set in Seattle is about the United States).
                cluster.country = dominant
                self.presumed.add(id(cluster))
        self._named_state_bodies(dominant)
        for cluster in self.clusters:
            employer = self.employer.get(id(cluster))
            if cluster.country is None and employer is not None and employer.country is not None:
                own = self.ad.sector_of(cluster.role) if cluster.role else None
                if id(employer) in self.presumed and own is not None and own not in self.ad.words.state_sector:
                    continue  # a professor at a body of the story's country may come from anywhere
                # "Electoral Commission boss X": the person serves that body, of its country
                cluster.country = employer.country
                if id(employer) in self.presumed:
                    self.presumed.add(id(cluster))

    def _police_story_roles(self) -> None:
        """Officers, deputies, troopers, agents and detectives of no other service named beside them serve the
        police in a police story (police17): ``Deputies with the county sheriff's office arrested a man``,
        ``Officers arrested two teenagers``, ``shot at officers who came to serve a warrant`` take the police
        sector, not the role table's (``officer`` MIL, ``deputy`` LEG, ``agent`` SPY). A police story: a
        sentence of the noun holds a word of police work (actor_words.tsv ``police_story_word``: an arrest, a
        warrant, a sheriff, a chase) or the text names a police body. A word of another service beside the noun
        or in its sentences keeps the table's sector (``army officers arrested the president``, ``deputies in
        the assembly``, ``police_other_service``)."""
        words = self.ad.words
        if not words.police_role_noun:
            return
        police_body = any(c.key.startswith("org:") and "COP" in c.sectors for c in self.clusters)
        for cluster in self.clusters:
            if cluster.type not in ("NORP", "PERSON") or cluster.key.startswith(("person:", "org:", "country:")):
                continue
            if "COP" in cluster.sectors or set(cluster.sectors) - {"MIL", "LEG", "SPY", "GOV"}:
                continue
            heads = {m.head.lemma_.lower() for m in cluster.mentions} | {m.head.lower_ for m in cluster.mentions}
            if not cluster.mentions or not heads & words.police_role_noun:
                continue
            story = police_body
            other = False
            for m in cluster.mentions:
                span = self.doc[m.start:m.end]
                if any(t.lower_ in words.police_other_service or t.lemma_.lower() in words.police_other_service
                       for t in span if t.i != m.head.i):
                    other = True
                    break
                sent = m.head.sent
                lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
                if lemmas & words.police_other_service:
                    other = True
                    break
                story = story or bool(lemmas & words.police_story_word)
            if other or not story:
                continue
            cluster.sectors = ["COP"]
            cluster.evidence.append(f"{cluster.name}: police in a police story")

    def _candidate(self, cluster: Cluster) -> bool:
        """A named person standing for an office: ``Senate hopeful X`` (title), ``X, a candidate for
        mayor``, ``X, a surgeon running for the nomination``, ``X, who is running for the Senate``
        (actor_words.tsv ``candidacy_*``). A candidate of no country named takes the story's, as an
        official does; a private person does not (docs/entities.md, rule 7)."""
        if cluster.type != "PERSON" or not cluster.key.startswith("person:"):
            return False
        words = self.ad.words
        if cluster.title and any(w in words.candidacy_noun for w in cluster.title.lower().split()):
            return True
        for m in cluster.mentions:
            if m.kind != "name":
                if m.head.lower_ in words.candidacy_noun and m.head.pos_ == "NOUN":
                    return True
                continue
            described = [m.head, *(c for c in m.head.children if c.dep_ == "appos")]
            if any(c.lower_ in words.candidacy_noun for c in described[1:]):
                return True
            for noun in described:
                for verb in noun.children:
                    if verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in words.candidacy_verb \
                            and any(self._office_object(o) for o in self._verb_objects(verb)):
                        return True
        return False

    @staticmethod
    def _verb_objects(verb: Token) -> list[Token]:
        """A verb's direct objects and the objects of its "for" ("seeking the nomination", "running for governor")."""
        found = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            found += [c for c in prep.children if c.dep_ == "pobj"]
        return found

    def _office_object(self, tok: Token) -> bool:
        """An office one stands for: a candidacy word (``nomination``, ``seat``), a role (``governor``)
        or a named body (``the Senate``)."""
        return tok.lower_ in self.ad.words.candidacy_object or self.ad.sector_of(tok.lower_) is not None \
            or tok.ent_type_ == "ORG"

    def _coordinated_people(self, dominant: str | None) -> None:
        """``Ann Lee and Tom Rade are both progressives``, ``a race between Lee and Rade``: a named
        person with no country, coordinated by name with people of the story's own country (read
        in the text or the tables, not presumed) and with nobody of another, is of that country
        too, when something else in the story is of it as well. The count of the story's country was taken before; this presumes nothing else."""
        if dominant is None:
            return
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        for cluster in people:
            if cluster.country is not None:
                continue
            partners: set[int] = set()
            for m in (m for m in cluster.mentions if m.kind == "name"):
                head = m.head
                tokens = [c for c in head.children if c.dep_ == "conj"]
                if head.dep_ == "conj":
                    tokens += [head.head, *(c for c in head.head.children if c.dep_ == "conj" and c.i != head.i)]
                for tok in tokens:
                    partners.update(id(c) for c in people if c is not cluster and any(
                        x.kind == "name" and x.head.i == tok.i for x in c.mentions))
            countries = {c.country for c in people if id(c) in partners and id(c) not in self.presumed}
            # the story is of that country by more than the partners' own words ("Irishman Sean
            # Dolan and John Carrick": a nationality said of one man is his alone)
            elsewhere = any(c.country == dominant and id(c) not in partners and c is not cluster
                            and id(c) not in self.presumed for c in self.clusters)
            if countries == {dominant} and elsewhere:
                cluster.country = dominant
                cluster.evidence.append(f"{cluster.name}: named together with people of {dominant}")

    def _foreign(self, cluster: Cluster) -> bool:
        """A body or group every mention of which is called foreign ("foreign firms", "overseas
        investors"): the words say it is not of the country the story is about."""
        return bool(cluster.mentions) and all(
            any(c.dep_ == "amod" and c.lower_ in self.ad.words.foreign_word for c in m.head.children)
            for m in cluster.mentions)

    def _home_of_place(self, place: Token) -> str | None:
        """The country of a place named as a body's home: a country, or a gazetteer place of
        weight (never a village: ``_gazetteer_country``). A name of several words is read whole
        (``New York-based``: New York, not York)."""
        words = [c for c in place.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if place.dep_ == "pobj":
            name = self.doc[place.left_edge.i: place.i + 1].text
        else:
            name = self.doc[words[0].i: place.i + 1].text if words else place.text
        if words and place.dep_ != "pobj":  # "New Mexico-based": no word of the name alone is the place
            return self.ad.country_name_of(name) or _gazetteer_country(self.gaz, name)
        return self.ad.country_name_of(name) or self.ad.country_of(place.text) or _gazetteer_country(self.gaz, name)

    def _stated_home(self, name: Token) -> str | None:
        """The country the text says a named body is at home in: ``Titan, a California-based
        company``, ``Acme, a Texas firm``, ``Acme Corp, based in Nairobi``, ``Acme, which is
        headquartered in Lagos``."""
        partners = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "appos":
            partners.append(name.head)
        for mod in name.children:  # "US-based Acme International"
            if mod.dep_ == "amod" and mod.lemma_.lower() in self.ad.words.home_word and mod.i < name.i:
                for place in mod.children:
                    if place.dep_ in {"npadvmod", "compound", "nmod"} and place.pos_ == "PROPN":
                        found = self._home_of_place(place)
                        if found:
                            return found
        for noun in partners:
            role = self.ad.role(noun.lemma_)
            if role is None or role.kind != "org":
                continue
            for mod in noun.children:
                if mod.dep_ == "amod" and mod.lemma_.lower() in self.ad.words.home_word:  # "California-based"
                    for place in mod.children:
                        if place.dep_ in {"npadvmod", "compound", "nmod"} and place.pos_ == "PROPN":
                            found = self._home_of_place(place)
                            if found:
                                return found
                elif mod.dep_ in {"compound", "nmod", "amod"} and mod.pos_ == "PROPN" and mod.i < noun.i \
                        and mod.ent_type_ in {"GPE", "LOC"}:  # "a Texas company"
                    found = self._home_of_place(mod)
                    if found:
                        return found
        for holder in [name, *partners]:
            for clause in holder.children:  # "based in Nairobi", "which is headquartered in Lagos"
                if clause.dep_ in {"acl", "relcl"} and clause.lemma_.lower() in self.ad.words.home_word:
                    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
                        for place in (c for c in prep.children if c.dep_ == "pobj"):
                            found = self._home_of_place(place)
                            if found:
                                return found
        return None

    def _stated_homes(self) -> None:
        """A named body the text says is at home somewhere takes that country, over a match of
        its name with a place (``Titan`` is also a hamlet of GeoNames); every mention of the
        name is then the body, also those the tagger took for a place."""
        homes: dict[str, tuple[str, Token]] = {}
        for tok in self._capitalised():
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ == "compound":
                continue
            found = self._stated_home(tok)
            if found:
                words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
                homes.setdefault(normalise_name(" ".join(t.text for t in words)), (found, tok))
        for cluster in list(self.clusters):
            # "the Titan corporation": the bare name elsewhere is that body too, unless it is a
            # place of weight ("the Texas company" does not make Texas a company)
            words = cluster.name.split()
            role = self.ad.role(words[-1]) if cluster.type == "ORG" and len(words) > 1 else None
            if role is None or role.sector != "BUS" or not all(w[:1].isupper() for w in words[:-1]):
                continue  # a company's name, not an assembly's ("the Fenwick Assembly" is Fenwick's)
            bare = " ".join(words[:-1])
            if self.ad.country_of(bare) or _gazetteer_country(self.gaz, bare) or self.ad.organisation(bare):
                continue
            first = min(cluster.mentions, key=lambda m: m.start).head if cluster.mentions else None
            if first is not None:
                homes.setdefault(normalise_name(bare), (cluster.country, first))
        if not homes:
            return
        for name, (country, tok) in homes.items():
            owners = [c for c in self.clusters if c.type == "ORG" and c.key.startswith(("org:", "group:")) and (
                normalise_name(c.name) == name or normalise_name(c.name).split()[:-1] == name.split()
                and self.ad.role(c.name.split()[-1]) is not None)]
            known = self.ad.organisation(name)
            if known is not None and known.country:
                continue  # the project's table knows the body
            size = len(name.split())
            longer = [c for c in self.clusters if c.type == "ORG" and len(normalise_name(c.name).split()) > size
                      and normalise_name(c.name).split()[:size] == name.split()]
            if len(longer) > 1 and not any(normalise_name(c.name) == name for c in owners):
                continue  # "Zentra" after both Zentra Motors and Zentra Bank: either one's, so neither's
            cluster = owners[0] if owners else self._cluster(f"org:{name}", "ORG", self.doc[tok.left_edge.i: tok.i + 1].text)
            cluster.country = country or cluster.country
            self._every_mention_of(cluster, name)

    def _every_mention_of(self, cluster: Cluster, name: str) -> None:
        """Every free capitalised occurrence of a body's name (normalised) is a mention of it,
        also where the model tagged nothing or a place."""
        size = len(name.split())
        last = name.split()[-1] if size else ""
        for t in self._capitalised():
            start = t.i - size + 1
            if start < 0 or t.i in self.claimed or not t.text[:1].isupper():
                continue
            # (a cheap test first: the name's last word must be this token's)
            if normalise_name(t.text).split()[-1:] != [last] or normalise_name(self.doc[start: t.i + 1].text) != name:
                continue
            if any(i in self.claimed for i in range(start, t.i + 1)) or not t.text[:1].isupper():
                continue
            self._add(cluster, start, t.i + 1, "name", t)

    def _named_state_bodies(self, dominant: str | None) -> None:
        """A named body whose name says it is a state's (``the Croydon County Court``, ``the
        Riverside Police Department``) and names no country is the story's country's."""
        if dominant is None:
            return
        for cluster in self.clusters:
            if cluster.country is None and cluster.key.startswith("org:") and set(cluster.sectors) & self.ad.words.named_state_sector \
                    and not set(normalise_name(cluster.name).split()) & self.ad.words.international_word:
                # ("the World Anti-Doping Agency" serves many states: never the story's country's)
                cluster.country = dominant
                self.presumed.add(id(cluster))

    def _dictionary_codes(self) -> None:
        """People and bodies the project's tables do not know: the field's actor dictionary, with
        the code valid on the article's date."""
        for cluster in self.clusters:
            if cluster.country is not None or not cluster.key.startswith(("person:", "org:")):
                continue
            found = self.ad.dictionary_actor(cluster.name, self.published)
            if found is None or found.country is None:
                continue
            cluster.country = found.country
            if not cluster.sectors:
                cluster.sectors = list(found.sectors)
            cluster.needs_country = False

    def _common_party_homes(self) -> None:
        """actors18: a party's name that many countries' parties bear (``common_party``: "the
        Conservative Party", "Labour", "the Republican Party") says nothing of its country; the tables' code
        (Britain's, the US's) holds only where the story names nothing of another country. Where the places
        and the other coded bodies of the story have a clear focus on one other country, and none is of the
        tables' country, the party is that country's ("Levan Gelashvili of the Conservative Party ... in
        Tbilisi"); the event stage reads the change (``PARTY_HOMES``) for the parties it codes itself."""
        common = self.ad.words.common_party
        parties = [c for c in self.clusters if c.type == "ORG" and c.country and normalise_name(c.name) in common]
        if not parties:
            return
        counts: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and ent.start not in self.claimed \
                    and not self.ad.in_contest_name(ent[0], ent[-1]):
                found = self.ad.country_of(ent.text) or _gazetteer_country(self.gaz, ent.text)
                if found:
                    counts[found] = counts.get(found, 0) + 1
        for cluster in self.clusters:
            if cluster.type != "PERSON" and cluster.country and len(cluster.country) == 3 \
                    and cluster.country not in self.ad.words.not_state and all(cluster is not p for p in parties):
                counts[cluster.country] = counts.get(cluster.country, 0) + len(cluster.mentions)
        focus = clear_focus(counts, len(self.sents))
        if focus is None:
            return
        homes: dict[str, tuple[str, str]] = self.doc.user_data.setdefault(PARTY_HOMES, {})
        for cluster in parties:
            if cluster.country != focus and cluster.country not in counts:
                homes[normalise_name(cluster.name)] = (cluster.country, focus)
                cluster.evidence.append(f"{cluster.name}: a party name many countries have, in a story of {focus}")
                cluster.country = focus

    def _story_country(self) -> str | None:
        """The country the story is clearly about: from its people and bodies, or when they
        name none, from the places it names (a story set in Seattle is about the US)."""
        dominant = self._dominant_country()
        if dominant is not None:
            return dominant
        counts: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and ent.start not in self.claimed \
                    and not self.ad.in_contest_name(ent[0], ent[-1]):  # "the US Open" is held there, no more
                found = _gazetteer_country(self.gaz, ent.text)
                if found and self._town_of_region(ent, found):
                    continue  # "Peru, Indiana": a town, not the country of its name (fix13)
                if found:
                    counts[found] = counts.get(found, 0) + 1
        places = clear_focus(counts, len(self.sents))
        if places is not None:
            return places
        # The places count with the people and bodies when neither gave a clear focus alone:
        # "protested in Lima ... Peru is the world's second-largest copper producer" is Peruvian
        return self._focus_with_people(counts, set(counts))

    def _local_office_country(self, cluster: Cluster) -> str | None:
        """``Provincial Governor Ramon Dizon`` in a story whose places all lie in one country: an office below
        the state's (a title word of ``local_office_word``: a province's, a county's, a city's, a
        mayor, a sheriff) held by a person of no country is of that country; with places of two countries,
        or none, no guess (ents21)."""
        if cluster.type != "PERSON" or not cluster.title:
            return None
        local = self.ad.words.local_office_word
        if not any(w in local for w in normalise_name(cluster.title).split()) and (cluster.role or "") not in local:
            return None
        found = set()
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"} and not self.ad.in_contest_name(ent[0], ent[-1]):
                country = _gazetteer_country(self.gaz, ent.text) or _gazetteer_city_country(self.gaz, ent.text)
                if country:
                    found.add(country)
        if len(found) != 1:
            return None
        country = found.pop()
        cluster.evidence.append(f"{cluster.name}: a local office in a story whose places are all of {country}")
        return country

    def _nearby_country(self, cluster: Cluster) -> str | None:
        """A governmental title without a country ("Council secretary X") takes the country of the
        nearest coded person or body in the same or the previous sentence."""
        if not cluster.mentions:
            return None  # emptied into another cluster by a merge: it is left out of the record
        first = min(cluster.mentions, key=lambda m: m.start)
        best: tuple[int, str] | None = None
        nearest = first
        for other in self.clusters:
            # Only people and bodies: a country merely named nearby says nothing about an office.
            if other is cluster or not other.country or other.type == "GPE" or other.country in {"UNO", "IGO", "NGO"}:
                continue
            for m in other.mentions:
                if m.start < first.start and first.sent - m.sent <= 1:
                    gap = first.start - m.end
                    if best is None or gap < best[0]:
                        best = (gap, other.country)
                        nearest = m
        if best is not None:
            host = self._host_across_verb(nearest.head, first.head, best[1])  # actors18
            if host is not None:
                return host
        return best[1] if best else None

    def _host_across_verb(self, near: Token, title: Token, near_country: str) -> str | None:
        """actors18: "The US envoy will meet with President Tomas Berzins and Foreign Minister, Ilze Kalnina,
        in Riga": a title on the other side of the verb from the nearest coded party (its subject, the title
        an object or a conjunct of one, or the other way round) is not of that party's country; where the
        clause names a place of another country ("in Riga"), the title is that country's (the host's)."""
        verb_near, verb_title = argument_side(near), argument_side(title)
        if verb_near is None or verb_title is None or verb_near[0].i != verb_title[0].i \
                or verb_near[1] == verb_title[1]:
            return None
        found = self._clause_host(verb_near[0])
        return found if found != near_country else None

    def _clause_host(self, verb: Token) -> str | None:
        """actors18: the country of the place a verb's own place phrase names ("met ... in Vilnius"), a country
        or a gazetteer place of weight, however the tagger typed the name (it takes "Vilnius" for a body)."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "held talks ... in Seoul"
        for prep in (c for head in heads for c in head.children):
            if prep.dep_ != "prep" or prep.lower_ not in self.ad.words.place_preposition:
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or place.pos_ != "PROPN":
                    continue
                words = [c for c in place.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [place]
                text = " ".join(t.text for t in words)
                found = self.ad.country_of(text) or _gazetteer_country(self.gaz, text)
                if found:
                    return found
        return None

    def _host_of_title(self, chunk: Span) -> str | None:
        """actors18: "A British general met President Ruta Vaitkus and Defence Minister, Jonas Petraitis, in
        Vilnius": a title with no country of its own on the object side of a verb whose clause names where it
        happens is of that place's country, when it is not the story's (a visitor's hosts are of the place)."""
        found = argument_side(chunk.root)
        if found is None or found[1]:
            return None
        host = self._clause_host(found[0])
        return host if host is not None and host != self._dominant_country() else None

    # --- homes of people and bodies the text ties to a body or a place (issues 14/15) ----------------
    def _g2rest_people_of_country(self) -> None:
        """``Ann Lee of Finland beat ...``: a named person of no country yet whose name is followed
        by ``of`` and a country's name (the sports page's way of giving a nationality) is of that
        country, so that a later ``the Finn`` finds her; not before a possessive or a noun (``of
        Finland's team``, ``of Finland Airways``), not a place that is no country's name (issue
        15, s19-g2rest)."""
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.key.startswith("person:"):
                continue
            for m in (m for m in cluster.mentions if m.kind == "name"):
                k = m.head.i + 1
                if k >= len(self.tokens) or self.tokens[k].idx < m.end or self.tokens[k].lower_ != "of":
                    continue
                k += 1
                starts = {k, k + 1} if k < len(self.tokens) and self.tokens[k].lower_ == "the" else {k}
                place = next((e for e in self.doc.ents if e.start in starts and e.label_ == "GPE"), None)
                if place is None:
                    continue
                after = self.tokens[place.end] if place.end < len(self.tokens) else None
                if after is not None and (after.tag_ == "POS" or after.pos_ in {"NOUN", "PROPN"}):
                    continue
                country = self.ad.country_name_of(place.text)
                if country is None or country in self.ad.words.not_state:
                    continue
                cluster.country = country
                cluster.evidence.append(f"{cluster.name}: named with 'of {place.text}'")
                break

    def _homes_after_of(self) -> None:
        """A named body whose name ends in ``of`` and a country or a place of weight (``the Bank of
        Zembla``, ``Brackwell of London``, ``the University of Leeds``) is at home there, when neither
        the tables nor the text gave it a country; not a contest (``the Tour of Britain``) nor a
        body of several states (``the Council of Europe`` names a region, not a country's place)."""
        words = self.ad.words
        for cluster in self.clusters:
            if cluster.type != "ORG" or cluster.country is not None or not cluster.key.startswith("org:"):
                continue
            parts = cluster.name.split()
            if "of" not in parts[1:-1]:
                continue
            cut = len(parts) - 1 - parts[::-1].index("of")
            place = " ".join(p for p in parts[cut + 1:] if p.lower() != "the")
            lowered = set(normalise_name(cluster.name).split())
            if not place[:1].isupper() or lowered & (words.contest_word | words.international_word):
                continue
            country = self.ad.country_name_of(place) or (
                _gazetteer_country(self.gaz, place)
                if _gazetteer_prominent(self.gaz, place) or self.ad.capital_of(place) else None)
            if country is None or country in words.not_state:
                continue
            cluster.country = country
            cluster.evidence.append(f"{cluster.name!r}: a body named after its home, {place}")

    def _apposed_body_noun(self, core: Span) -> bool:
        """A name in apposition to a singular body's noun (``Zentrix Holdings, Britain's biggest
        bank,``, ``Japan's largest carmaker, Zentrix Corp,``) is a body's name, however the model
        tagged it; a person's noun (``the firm's founder``) says nothing of the kind, nor does any
        noun beside a name that opens with a known given name or follows an honorific
        (``Professor Dennis Lee, dean of ...``: the field's dictionary lists ``dean`` as a body)."""
        before = self.tokens[core.start - 1] if core.start > 0 else None
        if core[0].lower_ in self.ad.given_names or before is not None and before.lower_ in self.ad.words.honorific:
            return False
        root = core.root
        partners = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            partners.append(root.head)
        for noun in partners:
            if noun.tag_ != "NN" or noun.i in range(core.start, core.end):
                continue
            sent = self.sents[self.sent_of[noun.i]]
            found = self._body_noun_at(noun.i, sent.start)
            if found is not None and self.tokens[found[0]].text.islower():
                return True
        return False

    def _office_bodies(self, mention: Mention) -> list[tuple[Token, str | None]]:
        """The words naming the body a person's office ties them to in one mention: ``Acme boss Tom
        Reed`` and ``Acme's chief executive`` (the role's possessor or modifier), ``Tom Reed, head
        of Acme`` and ``the head of Acme, Tom Reed`` (the role's ``of``/``at``/``for`` phrase, in apposition
        to the name or in the mention), each with the sector of the office's noun; only a body's
        name (a capitalised word), not a description or a pronoun linked to it."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return []
        heads = list(span)
        heads += [c for c in mention.head.children if c.dep_ == "appos"]
        if mention.head.dep_ == "appos":
            heads.append(mention.head.head)
            if mention.head.head.dep_ == "pobj":
                # "a spokesman for Acme, Tom Hill,": the parser hangs the name on the body
                heads.append(mention.head.head.head.head)
        found: list[tuple[Token, str | None]] = []
        for tok in heads:
            sent = self.sents[self.sent_of[tok.i]]
            role = self._role_ending_at(tok.i, sent.start)
            person_role = role is not None and getattr(self.ad.role(role[1]), "kind", None) == "person"
            if not person_role and tok.lower_ not in self.ad.words.body_office:
                continue
            first = role[0] if person_role and role is not None else tok.i
            sector = self.ad.sector_of(role[1]) if person_role and role is not None else None
            for child in tok.children:
                if child.dep_ == "poss" or child.dep_ in {"compound", "nmod"} and child.i < first:
                    found.append((child, sector))
                elif child.dep_ == "prep" and child.lower_ in self.ad.words.office_preposition:
                    found += [(c, sector) for c in child.children if c.dep_ == "pobj"]
        # the body by its name only: "a spokesman for the company" or "its chief" rest on a link
        # made by other rules, which may be wrong
        return [(t, sector) for t, sector in found if t.text[:1].isupper() and t.pos_ not in {"PRON", "DET"}]

    def _body_named_at(self, tok: Token) -> Cluster | None:
        """The named body a word stands for: the body of the mention it is part of, or when that
        body has no country, the one coded body whose name begins with the same words (``Lloyd's``
        for ``Lloyd's of London``)."""
        here = next((c for c in self.clusters if c.type == "ORG" and any(
            m.start <= tok.idx < m.end for m in c.mentions)), None)
        if here is not None and here.country is not None:
            return here
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
        name = [w.removesuffix("'s") for w in normalise_name(" ".join(t.text for t in [*left, tok])).split()]
        if not name:
            return None
        fits = [c for c in self.clusters if c.type == "ORG" and c.country is not None and c.key.startswith("org:")
                and [w.removesuffix("'s") for w in normalise_name(c.name).split()][:len(name)] == name]
        return fits[0] if len(fits) == 1 else None

    def _staff_of_bodies(self) -> None:
        """A person the text ties to a named body by their office (``Acme boss Tom Reed``, ``Tom
        Reed, Acme's chief executive``, ``Tom Reed, head of Acme``) and gives no country otherwise
        takes the body's country, and its sectors when they have none: a business's or a state
        body's (or any body's, for an office of business: ``Acme's chief executive``), never an
        international body's or one whose own country was presumed; a club's boss or manager may
        come from anywhere."""
        words = self.ad.words
        business = {"BUS"} | words.state_sector
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None:
                continue
            for mention in cluster.mentions:
                bodies = [(self._body_named_at(t), sector) for t, sector in self._office_bodies(mention)]
                body = next((b for b, sector in bodies if b is not None and b is not cluster and b.country
                             and b.country not in words.not_state and id(b) not in self.presumed
                             and (set(b.sectors) & business or sector == "BUS")), None)
                if body is None:
                    continue
                cluster.country = body.country
                cluster.needs_country = False
                if not cluster.sectors:
                    cluster.sectors = [x for x in body.sectors if x == "BUS" or x in words.state_sector]
                cluster.evidence.append(f"{cluster.name}: an office of {body.name} ({body.country})")
                break

    # --- a body's head (brief s15-ents15) ---------------------------------------------------------
    def _body_head_person(self, head: Token) -> Cluster | None:
        """The named person a body head's noun describes: the name it stands before (``Hawks
        president Dan Merrill``) or in apposition with (``Nora Blake, the team's president``,
        ``The president of the club, Hugh Barnes,``)."""
        people = [head.head] if head.dep_ in {"compound", "appos"} else []
        people += [c for c in head.children if c.dep_ == "appos"]
        # "The president of the Acme Club, Hugh Barnes,": the parser hangs the name on the body
        people += [a for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"]
        for tok in people:
            if tok.pos_ == "PROPN" and tok.text[:1].isupper():
                cluster = self._cluster_at(tok.i)
                if cluster is not None and cluster.type == "PERSON" and cluster.key.startswith("person:"):
                    return cluster
        return None

    def _body_of_head(self, head: Token) -> tuple[bool, list[str]] | None:
        """The body a head's noun (``president``) is the head of, named before it or after ``of``:
        (whether it is a state's, its sectors). None when no body is named or the word before it
        is a country, a place, a state body or a pronoun (``the country's president``, ``its
        president``): the office stays a state's."""
        words = self.ad.words
        before = [c for c in head.lefts if c.dep_ in {"compound", "poss", "nmod"} and c.lower_ not in words.deputy_word]
        after = [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        found = before[-1:] or after[:1]
        if not found:
            return None
        body = found[0]
        if body.pos_ == "PRON" or body.ent_type_ in {"GPE", "NORP", "LOC"} or self.ad.country_of(body.text):
            return None
        role = self.ad.role(body.lower_)
        if role is not None and role.kind == "org":
            return role.sector in words.state_sector, [role.sector] if role.sector else []
        if body.lower_ in words.body_kind or body.lower_ in words.club_noun:
            return False, []
        if _gazetteer_is_place(self.gaz, body.text) and body.ent_type_ != "ORG" and body.text[:1].isupper():
            return None  # "Ohio president": a place's
        cluster = self._cluster_at(body.i)
        if cluster is not None and cluster.type == "ORG":
            if cluster.sectors:
                return bool(set(cluster.sectors) & words.state_sector), list(cluster.sectors)
            name = next((e for e in self.doc.ents if e.start <= body.i < e.end), None)
            return False, ["BUS"] if name is not None and self._business_name(name) else []
        if body.text[:1].isupper() and body.pos_ == "PROPN":
            return False, []  # "Hawks president X": a team's or a firm's name
        return None

    def _body_heads(self) -> None:
        """``Hawks president Dan Merrill``, ``the club president, Ana Ruiz``, ``Mark Ellis, the
        company's president``: a head's noun of a state office (``body_head`` of actor_words.tsv)
        with a body that is not a state's named before it or after ``of`` is that body's head: the
        person has the body's sectors (a firm's BUS, a union's LAB, a club's none), not the state's
        office."""
        words = self.ad.words
        for tok in self._with_lower(words.body_head):  # the few heads, looked up (speed23)
            if tok.lower_ not in words.body_head:
                continue
            body = self._body_of_head(tok)
            person = self._body_head_person(tok) if body is not None else None
            if body is None or person is None or body[0]:
                continue
            own = self.ad.sector_of(tok.lower_)
            person.sectors = [s for s in person.sectors if s != own]
            for sector in body[1]:
                if sector not in person.sectors:
                    person.sectors.append(sector)
            person.needs_country = False
            person.evidence.append(f"{person.name}: the head of a body that is not a state's ({tok.sent.text[:60]})")

    # --- all -------------------------------------------------------------------------------------
    def resolve(self) -> list[Entity]:
        self._named()
        self._firm_product_names()
        self._body_word_repeats()
        self._handles()
        self._capitals_outside_ents()
        self._speaker_line_names()
        self._club_anaphors()
        self._generic_body_anaphors()
        # a body named by its acronym and its name ("GM ... General Motors") is one before the
        # descriptions are read, so that "the firm" sees one company, not two; again after them
        self._acronyms_defined_here()
        self._names_with_legal_form()
        self._roles()
        self._merge_title_bodies()
        self._merge_short_tails()
        self._untagged_initials()
        self._initials_named_later()
        self._acronyms_defined_here()
        self._merge_acronyms()
        self._title_acronyms()
        self._initials_after_or()
        self._body_descriptions()
        self._shared_descriptions()
        self._plural_anaphors()
        self._merge_introduced()
        self._merge_named_subjects()
        self._plain_appositions()
        self._open_appositions()
        self._named_after_comma()
        self._body_appositions()
        self._cataphora()
        self._pronouns()
        self._body_pronouns()
        self._body_reflexives()
        self._body_possessives()
        self._body_plurals()
        self._legislature_seats()
        self._g2rest_people_of_country()
        self._link_descriptions()
        self._introduced_people()
        self._coordinated_descriptions()
        self._represented_clients()
        self._link_unnamed_persons()
        self._described_subjects_of_copula()
        self._paired_descriptions()
        self._rival_descriptions()
        self._clipped_surnames()
        self._body_heads()
        self._titles_joined()
        self._finish_codes()
        self._regional_governments()
        self._acronym_city_codes()
        self._saint_codes()
        self._subsidiary_countries()
        self._missions_of_states()
        self._common_noun_off_names()
        text = doc_text(self.doc)
        entities: list[Entity] = []
        kinds_of: dict[str, list[str]] = {}
        for cluster in sorted((c for c in self.clusters if c.mentions), key=Cluster.first):
            seen: set[tuple[int, int]] = set()
            spans, kinds = [], []
            for m in sorted(cluster.mentions, key=lambda m: m.start):
                if (m.start, m.end) in seen:
                    continue
                seen.add((m.start, m.end))
                spans.append(SpanRecord.of(text, m.start, m.end))
                kinds.append(m.kind)
            if cluster.evidence:
                self.evidence[f"e{len(entities) + 1}"] = list(cluster.evidence)
            entities.append(Entity(
                id=f"e{len(entities) + 1}", name=cluster.name, type=cluster.type, country=cluster.country,
                sector=cluster.sectors, title=cluster.title, mentions=spans,
            ))
            kinds_of[entities[-1].id] = kinds
        self.doc._.mention_kinds = kinds_of
        return entities


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """The character ranges of the text's square-bracketed passages (``[...]``, not nested)."""
    spans: list[tuple[int, int]] = []
    start = text.find("[")
    while start != -1:
        end = text.find("]", start + 1)
        if end == -1:
            break
        spans.append((start, end + 1))
        start = text.find("[", end + 1)
    return spans


def _initials(name: str) -> set[str]:
    """The acronyms a body's name may be shortened to: the initials of its words, with or
    without its small words (``Department of Justice`` DOJ, ``Bank of England`` BE or BOE)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    every = "".join(w[0].upper() for w in words if w.lower() != "the")
    capitals = "".join(w[0] for w in words if w[0].isupper() and w.lower() != "the")
    return {every, capitals} if len(capitals) >= 2 else {every}


def _fold_accents(word: str) -> str:
    """A word without its accents (``calderón`` -> ``calderon``); other letters kept."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _name_words(name: str, suffixes: Container[str]) -> list[str]:
    """A person's name as normalised words, without a generation suffix (``Carlos Sainz Jr.``
    is called ``Sainz``); the name itself when nothing else is left. Accents are dropped:
    English text often writes ``Felipe Calderón`` as ``Calderon``, and they are one name."""
    words = _fold_accents(normalise_name(name)).split()
    while len(words) > 1 and words[-1].rstrip(".") in suffixes:
        words.pop()
    return words or [name.lower()]


def _same_name(parts: list[str], theirs: list[str]) -> bool:
    """Whether the name words ``parts`` may repeat a person named ``theirs`` (both normalised):
    one word that is their family or given name (``Banks``, ``Tom``), a family name of several
    words (``De Niro`` of Robert De Niro), or the same family name with the same given name,
    its initial or its short form, a middle name or initial added or left out (``George W.
    Bush``, ``G. Bush``, ``Rob Banks`` / ``Robert Banks``; not ``Mark Banks`` / ``Mary Banks``,
    nor two different middle names: ``George H.W. Bush`` / ``George W. Bush``)."""
    if len(parts) == 1:
        return parts[0] in (theirs[-1], theirs[0])
    if len(theirs) == 1:
        return theirs[0] == parts[-1]
    shorter, longer = sorted((parts, theirs), key=len)
    if len(shorter) < len(longer) and longer[-len(shorter):] == shorter:
        return True
    if parts[-1] != theirs[-1]:
        return False
    # "George H.W. Bush" and "George W. Bush": both give middle names, and they differ: two people
    middles = [_middle_initials(p[1:-1]) for p in (parts, theirs)]
    if all(middles) and middles[0] != middles[1]:
        return False
    mine, other = parts[0].rstrip("."), theirs[0].rstrip(".")
    return mine.startswith(other) or other.startswith(mine)


def _middle_initials(words: list[str]) -> str:
    """The initials of middle names (normalised words): ``hw.`` and ``h. w.`` are ``hw``,
    ``walker`` is ``w``."""
    return "".join(w.rstrip(".") if w.endswith(".") else w[:1] for w in words)


def _age_value(word: str) -> int | None:
    """``45`` or ``six`` (in ``the six-year-old``): whole years, else None."""
    if word.isdigit():
        return int(word)
    value = packaged_words().numbers.get(word.lower())
    return int(value) if value is not None and value == int(value) and 1 < value < 130 else None


def governor_is_not_motion(token: Token, motion: Container[str]) -> bool:
    return token.head.lemma_.lower() not in motion


EVIDENCE_KEY = "newsevents.entity_evidence"


class EntitiesStage(TableStage):
    """spaCy component: sets ``doc._.entities``. Owns the actor dictionary, the gazetteer (place
    words) and the statement nouns of the speech cues (its ``data_dir``)."""

    extension = "entities"
    tables = (*ACTOR_FILES, GAZETTEER_FILE, CUES_FILE)

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        super().__init__(name, data_dir)
        self.nouns: Container[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names and hasattr(lemmatizer := nlp.get_pipe("lemmatizer"), "lookups"):
            self.nouns = frozenset(lemmatizer.lookups.get_table("lemma_index", {}).get("noun", ()))

    def load_tables(self, directory: Path) -> None:
        self.actors = load_actor_dictionary(directory)
        # The Phoenix names load on first use: with the stage, not in the first article's time
        # (and so before the pipeline freezes its tables out of the garbage collector's walks).
        _ = self.actors.dictionary_actors
        _ = self.actors._joined_keys
        cues = load_cue_lexicon(directory)
        self.statements = cues.nouns
        self.speech_verbs = frozenset(lemma for lemma, cue in cues.verbs.items() if cue.speech)
        self.inverted_verbs = cues.quote_inverted_verb
        self.framing_verbs = frozenset(verb for (verb, _), cue in cues.phrasal.items() if cue.kind == "framing")
        self.gazetteer: Gazetteer | None = None
        with contextlib.suppress(OSError, ValueError):  # a missing or corrupt index: the places stage reports it
            self.gazetteer = load_gazetteer(directory)

    def __call__(self, doc: Doc) -> Doc:
        resolver = EntityResolver(doc, self.actors, self.gazetteer, self.statements, self.nouns, self.speech_verbs,
                                  self.inverted_verbs, self.framing_verbs)
        doc._.entities = resolver.resolve()
        # Kept beside the record (not in it): why each description was linked to a person.
        doc.user_data[EVIDENCE_KEY] = resolver.evidence
        return doc


@Language.factory(
    "newsevents_entities",
    default_config={"data_dir": None},
    requires=["doc.ents", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.entities", "doc._.mention_kinds", "doc._.topic_cues"],
)
def make_entities_stage(nlp: Language, name: str, data_dir: str | None) -> EntitiesStage:
    """``data_dir``: a folder with the actor, gazetteer and speech-cue tables named as in
    ``newsevents/data`` (None: the packaged ones)."""
    return EntitiesStage(nlp, name, data_dir)


def _post_signer_tokens(tokens: list[Token]) -> list[Token]:
    """A post's signer as the model spans it (``-- Ann Lee (@annlee)``, ``decision.- Ann Lee``:
    the last word of the post glued to one hyphen of the signature): the name ends before a
    bracket opening the account's handle, and starts after a first word that ends in a full stop
    and a hyphen (issue 15, s19-g2rest)."""
    for k in range(1, len(tokens)):
        if tokens[k].text == "(" and k + 1 < len(tokens) and tokens[k + 1].text.startswith("@"):
            tokens = tokens[:k]
            break
    if len(tokens) >= 2 and _SIGNED_WORD.fullmatch(tokens[0].text):
        tokens = tokens[1:]
    return tokens
