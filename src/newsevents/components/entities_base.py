"""The entities stage's shared pieces: its mention and cluster records, word sets, patterns and small helpers.

Read by ``EntityResolver`` (components/entities.py) and by each of its rule mixins
(components/entities_*.py); this module imports none of them."""

from __future__ import annotations

import calendar
import contextlib
import functools
import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from newsevents.actors import normalise_name
from newsevents.geo.gazetteer import Gazetteer
from newsevents.temporal.lexicon import packaged_words

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# A person known to be of the pronoun's gender outweighs one of unknown gender a sentence nearer.
GENDER_KNOWN_BONUS = 1.75
# a person of the clause an adverbial clause hangs on, for the adverbial clause's subject pronoun
ADVERBIAL_HOST_BONUS = 3.5
# the person the text arrested or charged, for the passive subject pronoun of a verb of custody ("He is being held")
CUSTODY_BONUS = 3.0
# the person first named in the paragraph just before a quotation paragraph, for the subject pronoun that credits
# the quotation ('... thanks to Lena Ruiz, a delegate. / "We won," she said.'): news brings a source in, then quotes
# it (pron40); less than a subject and the pronoun's role together, so a subject named there still comes first
INTRODUCED_SPEAKER_BONUS = 2.0
# the latest speaker, for the subject pronoun of a verb that goes on with someone's words ('"...," he continued',
# 'She added that ...'): more than a subject of the sentence before (pron40)
CONTINUED_SPEAKER_BONUS = 3.0
# the person a pronoun of the same gender earlier in the sentence was read as, with no one else who could be meant
# named between them ("Such was his nature that he never shouted"): a writer who meant a second man or
# woman within one sentence would name them; a subject named in the sentence before still counts less (pron41)
SENTENCE_PRONOUN_BONUS = 1.0
# a subject named last in a clause buried inside an earlier sentence (a relative, adverbial or participial clause, not a
# complement of the main verb) whose main clause has another person as its subject: that sentence is about its main
# subject, and the buried clause's subject counts as no subject against it (Miltsakaki 2002: the main clause sets the
# topic, a subordinate clause's entities rank below it; a complement of "said", "believes" carries the main point, so
# it is not buried; pron42)
BURIED_SUBJECT_PENALTY = -1.0
# the person an object pronoun of a fronted adverbial clause stands for, for the main clause's subject pronoun, when a
# name is that clause's subject ("Tom Hale spoke. After Jim Cole accused him of lying, he warned ..."): the person
# already carried by a pronoun is the centre the sentence goes on with, the one newly named is not (centering's rule 1:
# Grosz, Joshi and Weinstein 1995); with the sentence's own pronoun term it outweighs the fronted subject (pron43)
FRONTED_OBJECT_PRONOUN_BONUS = 2.0
# a person who is a main-clause subject of the sentence just before a subject pronoun's (before the sentence a
# quotation it credits opens in), with no subject pronoun of its gender between: the sentence before's subject is the
# centre the next sentence goes on with (centering's preferred centre, Grosz, Joshi and Weinstein 1995), so it comes
# ahead of someone named earlier, even one whose gender is known when its own is not ("Ann Lee, the club's founder,
# praised it. '...,' she said" after a woman named sentences before); session 40 (quotes44)
PRECEDING_SUBJECT_BONUS = 2.0
# The score of a candidate antecedent of a pronoun (PronounRules._antecedent): the sum of these
# weights times its features. Sentences back and paragraph breaks cost; a subject, the pronoun's
# own role, a known gender, the host clause of an adverbial clause and an arrest count for it.
HAND_ANTECEDENT_WEIGHTS: dict[str, float] = {
    "distance": -2.0, "paragraph_step": -1.0, "subject": 1.0, "same_role": 1.5, "pobj": -0.5,
    "tokens_back": -0.2, "gender_known": GENDER_KNOWN_BONUS, "adverbial_host": ADVERBIAL_HOST_BONUS,
    "custody": CUSTODY_BONUS, "introduced_speaker": INTRODUCED_SPEAKER_BONUS,
    "continued_speaker": CONTINUED_SPEAKER_BONUS, "sentence_pronoun": SENTENCE_PRONOUN_BONUS,
    "buried_subject": BURIED_SUBJECT_PENALTY, "fronted_object_pronoun": FRONTED_OBJECT_PRONOUN_BONUS,
    "preceding_subject": PRECEDING_SUBJECT_BONUS,
}
ANTECEDENT_WEIGHTS = HAND_ANTECEDENT_WEIGHTS
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
# A line that credits a quotation to a name before a colon ("Reed: 'We will win.'"; ents33)
LINE_CREDIT = re.compile(r"^(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}):[ \t]*['\"\u2018\u201c]", re.M)
# A body's name with its place written as a possessive before it or after "of" ("Ruritania's Liberal
# Party", "Liberal Party of Ruritania"; ents33: _place_name_forms)
PLACE_POSSESSIVE_NAME = re.compile(r"^(?P<place>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['\u2019]s (?P<body>[A-Z][\w.-]*(?: [A-Z][\w.-]*)+)$")
PLACE_OF_NAME = re.compile(r"^(?P<body>[A-Z][\w.-]*(?: [A-Z][\w.-]*)+) of (?P<place>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)$")
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


@functools.cache
def feature_name_openers() -> frozenset[str]:
    """The packaged place_words.tsv ``water_head``/``land_head`` words written ``word _``: a common noun of a
    kind of water or land that opens a feature's proper name (``Lake Erie``, ``Mount Hood``). Such a word before
    another capitalised word is the head of that feature's name, no place of its own (a Swiss district the
    gazetteer also calls ``Lake`` is not where a ``Lake <Name> Development District`` is; codes43)."""
    path = Path(__file__).resolve().parent.parent / "data" / "place_words.tsv"
    with contextlib.suppress(OSError):
        return frozenset(parts[1][:-2].strip() for line in path.read_text(encoding="utf-8").splitlines()
                         if len(parts := line.split("\t")) > 1 and parts[0] in {"water_head", "land_head"}
                         and parts[1].rstrip().endswith(" _"))
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


_INLINE_SPACES = re.compile(r"[^\S\r\n]+")


def plain_spaces(name: str) -> str:
    """A name with each run of spaces on a line as one plain space: a no-break space (``Ann<NBSP>Lee``),
    a thin space or two spaces typed between a name's words write the same name as one space does, and
    names are compared and output in that one form."""
    return name if name.isascii() and "  " not in name else _INLINE_SPACES.sub(" ", name)


def _typed_space(token: Token) -> bool:
    """A token of spaces alone on one line (``Billionaire  Ann Lee``: the second space typed):
    layout, never a word of a name; a line break is not one (it may end a caption's name)."""
    return token.is_space and "\n" not in token.text
