"""A place's name standing for a team in a story about sport (issue 15, brief s21-sport21).

In sport reports a town, state or country names its side: ``Northby beat Southam 2-1``, ``Westvale
face Eastport on Saturday``, ``the Northby manager``, ``a draw against Southam``, ``Northby v
Southam``. The places stage reads such names as places and the entities stage makes no body of
them (or a country's government). This stage runs after both and, only in a story whose topic cue
words (``topic_words.tsv``, :mod:`newsevents.eventcoding.topic`) are mostly of sport:

- **a team slot** makes a place's mention a team: the subject or object of a game's verb
  (``result_verb`` of place_words.tsv, ``team_verb`` here), the object of ``against``/``v``/``vs``
  (``team_preposition``), ``over/to/against/with X`` after a game's noun (``contest_noun``: ``a
  win over X``, ``the defeat to X``), ``for X`` after a verb or noun of playing (``play_verb``:
  ``his debut for X``), ``from X`` after a word of a player's move (``transfer_word``: ``on loan
  from X``, ``signed from X``; not a country), a side of a score line (``X 2-1 Y``) or of ``X v Y``, a name owning or
  modifying a side's person or part (``team_role``: ``X's manager``, ``the X coach``, ``X fans``,
  ``X boss Tom Reed`` where the parser hangs the town on the person; a country only through the parse;
  a town owning a person too, ``X's Tom Reed``, not a country: ``France's Ann Lee`` is her
  nationality), and a singular name as the subject of a plural verb (British usage for a side:
  ``X are top``, ``X have refused``);
- **its other mentions**: a name once in a team slot is the team wherever the text does not put it
  where places go (``in X``, ``at X``, ``near X``, ``X, <state>``) and (for a country) not as the
  owner of a person (``France's Ann Lee``); ``at X`` hung on a noun or pronoun is where one works,
  the club (``the vacant post at X``, ``nobody at X``), hung on a verb where a game was (``won at X``);
- **a club's name that begins with a place** (``X United``, ``X City``, ``X Park Rangers``, ``X
  State``; ``club_word`` of actor_words.tsv and ``club_tail`` here) or ends with one after a
  ``club_head`` (``Real X``) is one body with the whole name; its tail alone (``City`` after ``X
  City``, when one club of the story ends so) and its initials (``XPR`` for ``X Park Rangers``) are
  more of its mentions.

A team is an organisation (ORG) with its town's country (the convention of a club named by its town,
docs/entities.md), no sector; a country's side keeps the country's code. Team mentions leave any
entity that held them (an entity left with no mention goes); the places keep them (a metonymic
toponym is still a toponym, as ``Turkey said`` is both an actor and a place). Everything is gated
on the story's topic: other stories are returned as they came.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.components.base import TableStage
from newsevents.eventcoding import topic
from newsevents.record import Entity, Place
from newsevents.record import Span as SpanRecord

TEAM_FILE = "sport_teams.tsv"
PLACE_WORDS_FILE = "place_words.tsv"
ACTOR_WORDS_FILE = "actor_words.tsv"
KINDS = ("team_verb", "team_role", "contest_noun", "play_verb", "team_preposition", "club_tail", "club_head",
         "transfer_word")
# a story is about sport when sport has the most topic cue words, and at least this many
SPORT_MIN_CUES = 5
# levels of a place that may stand for a side (not a landmark, water or region)
TEAM_LEVELS = frozenset({"city", "admin1", "admin2", "country"})
# a score between two sides' names: "Northby 2-1 Southam", "Westvale 21-19 Eastport"
SCORE = r"\d{1,3}\s?[-–]\s?\d{1,3}"
SCORE_AFTER = re.compile(rf"[ \t]+{SCORE}[ \t]+[A-Z]")
SCORE_BEFORE = re.compile(rf"[A-Za-z][ \t]+{SCORE}[ \t]+$")
# "Northby v Southam", "Northby vs. Southam"
VERSUS_AFTER = re.compile(r"[ \t]+(?:v|vs|versus)\.?[ \t]+[A-Z]")
VERSUS_BEFORE = re.compile(r"[A-Za-z][ \t]+(?:v|vs|versus)\.?[ \t]+$")
# a name the model ran across a score or a "v" between two sides
RUN_ACROSS = re.compile(rf"[ \t]{SCORE}[ \t]|[ \t](?:v|vs|versus)\.?[ \t]")
# lower-case words inside a proper name ("the Northby and Galdia Board of Control")
NAME_JOINERS = frozenset({"and", "of", "the", "for", "de", "&"})
# where a name is a place, whatever the story: "in Northby", "at Southam", "near Westvale"
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
# tags of a verb (or its auxiliary) agreeing with a plural subject in the present or past
PLURAL_VERB = frozenset({"are", "were", "have", "'re", "’re", "'ve", "’ve"})


@dataclass(frozen=True)
class TeamWords:
    """The words the rules read, one set per kind (lower case)."""

    team_verb: frozenset[str]
    team_role: frozenset[str]
    contest_noun: frozenset[str]
    play_verb: frozenset[str]
    transfer_word: frozenset[str]
    team_preposition: frozenset[str]
    club_tail: tuple[tuple[str, ...], ...]  # word sequences, longest first
    club_head: frozenset[str]


def _rows(path: Path) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#") and cells[0] != "kind":
            rows.append((cells[0].strip(), cells[1].strip().lower()))
    return rows


def read_team_words(directory: Path) -> TeamWords:
    """The kinds of ``sport_teams.tsv`` with place_words.tsv's ``result_verb`` (also team verbs) and
    actor_words.tsv's ``club_word`` (also club tails); an unknown kind fails at load."""
    kinds: dict[str, set[str]] = {k: set() for k in KINDS}
    for kind, word in _rows(directory / TEAM_FILE):
        if kind not in kinds:
            raise ValueError(f"{directory / TEAM_FILE}: unknown kind {kind!r}")
        kinds[kind].add(word)
    kinds["team_verb"] |= {w for k, w in _rows(directory / PLACE_WORDS_FILE) if k == "result_verb"}
    kinds["club_tail"] |= {w for k, w in _rows(directory / ACTOR_WORDS_FILE) if k == "club_word"}
    tails = tuple(sorted((tuple(w.split()) for w in kinds["club_tail"]), key=len, reverse=True))
    return TeamWords(
        team_verb=frozenset(kinds["team_verb"]), team_role=frozenset(kinds["team_role"]),
        contest_noun=frozenset(kinds["contest_noun"]), play_verb=frozenset(kinds["play_verb"]),
        team_preposition=frozenset(kinds["team_preposition"]), club_tail=tails,
        transfer_word=frozenset(kinds["transfer_word"]),
        club_head=frozenset(kinds["club_head"]),
    )


def is_sport_story(doc: Doc) -> bool:
    """Sport has the most topic cue words of the story (ties lost), at least ``SPORT_MIN_CUES``;
    counted once per article (the entities and events stages read the same counts)."""
    counts, _ = topic.doc_cue_counts(doc)
    sport = counts.get("sport", 0)
    return sport >= SPORT_MIN_CUES and all(sport > counts.get(t, 0) for t in topic.TOPICS if t != "sport")


class TeamFinder:
    """The rules over one Doc (see the module doc)."""

    def __init__(self, doc: Doc, words: TeamWords) -> None:
        self.doc, self.words = doc, words
        self.text = doc.text
        # mentions of states and countries: "X, <state>" puts a town where places go
        self.place_starts = [m for p in doc._.places or [] if p.level in ("admin1", "country") for m in p.mentions]

    # --- the place a mention names, as tokens --------------------------------------------------
    def _root(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _before(self, start: int) -> str:
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return ""
        return self.doc[span.start - 1].lower_

    def locative(self, start: int, end: int, town: bool) -> bool:
        """``in X``, ``at X``, ``near X``; a town before its state or country (``X, <Place>``)."""
        if self._before(start) in LOCATIVE:
            return True
        return town and any(m.start > end and not self.text[end:m.start].strip(", \t") for m in self.place_starts)

    def _at_a_body(self, start: int) -> bool:
        """``at X`` hung on a noun or pronoun (``a post at X``, ``nobody at X``): X is where one works,
        a body; hung on a verb (``played at X``) it is where something happened."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        at = self.doc[span.start - 1]
        return at.dep_ == "prep" and at.head.pos_ in ("NOUN", "PRON")

    def _owns_person(self, root: Token) -> bool:
        """``X's Tom Reed``: the name owns a person's name."""
        head = root.head
        return root.dep_ == "poss" and head.pos_ == "PROPN" and head.ent_type_ == "PERSON"

    def slot(self, start: int, end: int, country: bool) -> bool:
        """Whether the mention ``[start, end)`` stands in a team's slot (module doc)."""
        text, w = self.text, self.words
        if SCORE_AFTER.match(text, end) or SCORE_BEFORE.search(text[max(0, start - 20):start]) \
                or VERSUS_AFTER.match(text, end) or VERSUS_BEFORE.search(text[max(0, start - 12):start]):
            return True
        root = self._root(start, end)
        if root is None:
            return False
        if self._before(start) in LOCATIVE:
            return False
        # a coordinated name takes the slot of the first conjunct ("host X, Y and Z")
        first = root
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        head, dep = first.head, first.dep_
        if dep in SUBJECTS | OBJECTS and head.lemma_.lower() in w.team_verb:
            return True
        if dep == "pobj":
            prep = head.lower_
            if prep in w.team_preposition:
                return True
            if prep in ("over", "to", "against", "with", "versus") and head.head.lemma_.lower() in w.contest_noun:
                return True
            # "his debut for X", "played for X", "made his debut for X" (the "for" on the verb)
            if prep == "for" and (head.head.lemma_.lower() in w.play_verb or any(
                    c.dep_ in OBJECTS and c.lemma_.lower() in w.play_verb for c in head.head.children)):
                return True
            # "on loan from X", "signed from X", "joined from X": a player comes from a side (a
            # country there is where he comes from: "signed from Brazil")
            if prep == "from" and not country and head.head.lemma_.lower() in w.transfer_word:
                return True
        if dep in ("poss", "compound", "nmod", "amod") and head.lemma_.lower() in w.team_role:
            return True
        # "Northby boss Tom Reed": the parser often hangs the name on the person, not on the role
        nxt = self.doc[root.i + 1] if root.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.lemma_.lower() in w.team_role and not country:
            return True
        if dep == "poss" and not country and self._owns_person(first):
            return True
        if dep in SUBJECTS and root.tag_ == "NNP" and not root.text.endswith("s") and self._before(start) != "the":
            verb = head
            if verb.lower_ in PLURAL_VERB or verb.tag_ == "VBP" and verb.lower_ not in ("am",):
                return True
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in PLURAL_VERB for c in verb.children):
                return True
        return False

    def other_mention(self, start: int, end: int, country: bool) -> bool:
        """A later or earlier mention of a name already in a team slot is the team unless the text
        puts it where places go, or a country owns a person (her nationality)."""
        if self._before(start) == "at" and self._at_a_body(start):
            return True  # "the vacant post at Northby", "nobody at Northby": the club
        if self.locative(start, end, not country):
            return False
        if country:
            root = self._root(start, end)
            if root is not None and root.dep_ == "poss" and self._owns_person(root):
                return False
            if root is not None and root.dep_ in ("amod", "compound") and root.head.ent_type_ == "PERSON":
                return False
        return True

    # --- clubs named after a place ----------------------------------------------------------
    def club_around(self, start: int, end: int, level: str | None) -> tuple[int, int] | None:
        """``X United``, ``X Park Rangers``, ``Real X``: the club's whole name around a place mention;
        not a longer name (``X State University``), nor a state's or country's city (``Mexico City``,
        ``Kansas City`` are towns)."""
        after = self.text[end:end + 40]
        for tail in self.words.club_tail:
            if tail in (("city",), ("town",)) and level in ("admin1", "country"):
                continue
            m = re.match(r"[ \t]+" + r"[ \t]+".join(re.escape(t.capitalize()) for t in tail) + r"\b(?![ \t]+[A-Z])", after)
            if m:
                return start, end + m.end()
        before = re.search(r"\b([A-Z][a-z]+)[ \t]+$", self.text[max(0, start - 20):start])
        if before and before.group(1).lower() in self.words.club_head:
            return start - len(before.group()), end
        return None


def initials(name: str) -> str:
    """``Westvale Park Rangers`` -> ``WPR``: the first letters of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@dataclass
class Team:
    name: str
    country: str | None
    spans: list[tuple[int, int]]


def find_teams(doc: Doc, words: TeamWords) -> list[Team]:
    """The story's teams and their mentions (only in a story about sport; see the module doc)."""
    places: list[Place] = doc._.places or []
    if not places or not is_sport_story(doc):
        return []
    finder = TeamFinder(doc, words)
    text = doc.text
    # names of bodies and people the entities stage found: a place's name inside a longer one
    # (``the Northby and Galdia Cricket Board``) is part of that name, in no slot of its own
    # (a proper name: its words capitalised but for joining words; not ``Northby fans``)
    longer = [(m.start, m.end, m.text) for e in doc._.entities or [] for m in e.mentions
              if all(w[:1].isupper() or w in NAME_JOINERS or not w[:1].isalpha() for w in m.text.split())]

    def inside_a_name(s: int, e: int) -> bool:
        return any(ms <= s and e <= me and (ms, me) != (s, e) and text[s:e] != mt.strip()
                   and not RUN_ACROSS.search(mt) and not finder.club_around(s, e, None) for ms, me, mt in longer)
    teams: dict[str, Team] = {}
    clubs: dict[str, Team] = {}
    for place in places:
        if place.level not in TEAM_LEVELS:
            continue
        country = place.level == "country"
        mentions = [(m.start, m.end) for m in place.mentions]
        # clubs named after the place: each one body with its whole name
        rest = []
        for s, e in mentions:
            if inside_a_name(s, e):
                continue
            club = finder.club_around(s, e, place.level)
            if club is None:
                rest.append((s, e))
                continue
            name = text[club[0]:club[1]]
            clubs.setdefault(name, Team(name, place.country, [])).spans.append(club)
        slotted = [(s, e) for s, e in rest if finder.slot(s, e, country)]
        if not slotted:
            continue
        spans = sorted(set(slotted) | {(s, e) for s, e in rest if finder.other_mention(s, e, country)})
        for s, e in spans:
            name = text[s:e]
            teams.setdefault(name, Team(name, place.country, [])).spans.append((s, e))
    out = list(teams.values())
    for club in clubs.values():
        _club_short_forms(text, club, clubs)
        out.append(club)
    return out


def _club_short_forms(text: str, club: Team, clubs: dict[str, Team]) -> None:
    """Every further occurrence of the club's whole name, its initials (three letters or more) and
    its last word alone when no other club of the story ends so (``City`` after ``X City``)."""
    taken = set(club.spans)
    forms = [club.name]
    abbreviation = initials(club.name)
    if len(abbreviation) >= 3:
        forms.append(abbreviation)
    last = club.name.split()[-1]
    if last[:1].isupper() and sum(1 for c in clubs if c.split()[-1] == last) == 1 and len(club.name.split()) > 1:
        forms.append(last)
    for form in forms:
        for m in re.finditer(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", text):
            span = (m.start(), m.end())
            if any(s <= span[0] and span[1] <= e for s, e in taken):
                continue
            if form == last and (m.start() == 0 or text[m.start() - 2:m.start()] in (". ", "\n")):
                continue  # a sentence's first word may be any capitalised word
            if form == last and re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 2]):
                continue  # part of another name ("City Hall")
            club.spans.append(span)
            taken.add(span)
    club.spans.sort()


def apply_teams(doc: Doc, teams: list[Team]) -> None:
    """Team mentions leave the entities that held them (the places keep them); each team becomes an
    ORG entity (joined to an existing ORG whose name is the team's own)."""
    if not teams:
        return
    text = doc.text
    claimed = [s for t in teams for s in t.spans]

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in claimed)

    def held(entity: Entity, start: int, end: int) -> bool:
        """A mention the team takes: inside a team's name, or a name the model ran across a score
        or ``v`` (``Northby City 2-1 Southam``); a longer name holding the team's (``the Northby City
        chairman Tom Reed``, ``the Northby and Galdia Cricket Board``) keeps its entity."""
        if any(s <= start and end <= e for s, e in claimed):
            return True
        return overlaps(start, end) and bool(RUN_ACROSS.search(text[start:end]))

    # The places stay as the places stage left them: a town named for its side is still a toponym
    # (metonymic, as "Turkey said" is both an actor and a place; GeoWebNews annotates both), so the
    # map and the geoparsing figures keep it. Only the entities change.

    kinds_of = doc._.mention_kinds if doc._.mention_kinds is not None else {}
    entities: list[Entity] = []
    by_name: dict[str, Entity] = {}
    for entity in doc._.entities or []:
        kinds = list(kinds_of.get(entity.id, []))
        pairs = [(m, kinds[i] if i < len(kinds) else "name") for i, m in enumerate(entity.mentions)
                 if not held(entity, m.start, m.end)]
        if not pairs:
            kinds_of.pop(entity.id, None)
            continue
        if len(pairs) != len(entity.mentions):
            entity = entity.model_copy(update={"mentions": [m for m, _ in pairs]})
            kinds_of[entity.id] = [k for _, k in pairs]
        entities.append(entity)
        if entity.type == "ORG":
            by_name.setdefault(entity.name.lower(), entity)
    number = max((int(e.id[1:]) for e in doc._.entities or [] if e.id[1:].isdigit()), default=0)
    for team in teams:
        spans = [SpanRecord.of(text, s, e) for s, e in sorted(set(team.spans))]
        known = by_name.get(team.name.lower())
        if known is not None:
            kinds = list(kinds_of.get(known.id, []))
            pairs = [(m, kinds[i] if i < len(kinds) else "name") for i, m in enumerate(known.mentions)]
            pairs = sorted(pairs + [(m, "name") for m in spans], key=lambda p: p[0].start)
            updated = known.model_copy(update={"mentions": [m for m, _ in pairs]})
            kinds_of[known.id] = [k for _, k in pairs]
            entities[entities.index(known)] = updated
            by_name[team.name.lower()] = updated
            continue
        number += 1
        entity = Entity(id=f"e{number}", name=team.name, type="ORG", country=team.country, sector=[], mentions=spans)
        entities.append(entity)
        kinds_of[entity.id] = ["name"] * len(spans)
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    doc._.entities = entities
    doc._.mention_kinds = kinds_of


class SportTeamsStage(TableStage):
    """Teams named by a place in a story about sport (module doc)."""

    extension = "entities"
    tables = (TEAM_FILE, PLACE_WORDS_FILE, ACTOR_WORDS_FILE)

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        super().__init__(name, data_dir)

    def load_tables(self, directory: Path) -> None:
        self.words = read_team_words(directory)

    def __call__(self, doc: Doc) -> Doc:
        apply_teams(doc, find_teams(doc, self.words))
        return doc


@Language.factory(
    "newsevents_sport_teams",
    default_config={"data_dir": None},
    requires=["doc._.entities", "doc._.places", "token.dep", "token.lemma"],
    assigns=["doc._.entities", "doc._.mention_kinds"],
)
def make_sport_teams_stage(nlp: Language, name: str, data_dir: str | None) -> SportTeamsStage:
    """``data_dir``: a folder with the word tables named as in ``newsevents/data`` (None: the packaged ones)."""
    return SportTeamsStage(nlp, name, data_dir)
