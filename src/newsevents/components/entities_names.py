"""Names: the model's spans read as people, bodies and places, with the titles before them.

The spans are mended first (components/entities_spans.py). Phase A of ``EntityResolver``: the methods
read and change the resolver's state (``self.tokens``, ``self.clusters``, ``self.claimed`` ...) exactly
as its own do; ``resolve`` in components/entities.py runs them in order."""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Span, Token

from newsevents.actors import normalise_name
from newsevents.components.entities_base import (
    _NOT_ALNUM,
    LINE_CREDIT,
    NAME_BREAKS,
    NAMED_LABELS,
    ORDINAL,
    PLACE_OF_NAME,
    PLACE_POSSESSIVE_NAME,
    SPEAKER_LINE,
    SUBJECT_DEPS,
    Cluster,
    Mention,
    _fold_accents,
    _gazetteer_country,
    _gazetteer_is_place,
    _gazetteer_prominent,
    _gazetteer_region,
    _initials,
    _name_words,
    _post_signer_tokens,
    _same_name,
    _typed_space,
)
from newsevents.components.entities_pronouns import given_name_gender
from newsevents.components.quotes import POST_SIGNATURE
from newsevents.docquery import doc_span, doc_text
from newsevents.eventcoding import topic
from newsevents.geo.resolve import cue_level
from newsevents.temporal.lexicon import packaged_words

# Parts of speech of content words: spaCy's stop list also holds some (`say`, `make`, `so`), which a title-case
# headline does not leave in lower case the way it leaves `for`, `to` or `and`.
_CONTENT_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ", "ADV", "NUM"})
# the lower-case words that join a body's name inside it ("Department of Civil Aviation", "Board for
# Trade and Fisheries"): fixed syntax of names, not a list a rule grows (names39)
INNER_NAME_WORDS = frozenset({"of", "and", "for", "the"})


def _remit_cut(words: list[str]) -> list[str]:
    """A body's name's words up to a remit's ``on`` (``select committee on <place>`` -> ``select committee``)."""
    cut = next((k for k in range(1, len(words)) if words[k] == "on"), None)
    return words[:cut] if cut is not None else words


class NameRules:
    """The rules of this concern; each says which pattern it reads and why."""

    def _title_before(self, ent: Span) -> tuple[int, int | None, str | None, str | None, str | None, str | None]:
        """Scan left of a person name for honorifics, roles and country modifiers.

        Returns (mention_start_tok, title_start_tok, title_text, role, country, gender).
        """
        sent = self.sents[self.sent_of[ent.start]]
        j = ent.start - 1
        while j > sent.start and _typed_space(self.doc[j]):
            j -= 1  # "Billionaire  Ann Lee": a doubled space between a title and a name is layout
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
            elif country is None and role is not None:
                country = self._division_in_title(title_start, title_end)
        return mention_start, title_start, title, role, country, gender

    def _division_in_title(self, start: int, end: int) -> str | None:
        """``Vermont farmer Tom Reed``, ``prominent Ohio anti-tax delegate Ann Lee``: a person's title of
        no state role that a state's or a province's name modifies says where the person is from, as a
        nationality word does (``Greek sprinter``). The name is read in the title or among the modifiers
        of its noun (a hyphened ``anti-tax`` ends the title's words but not the noun's modifiers, where a
        nationality word counts too); the
        country is that division's, when the gazetteer knows the name as the first-level division of one
        country only (figcodes41). A town is left: a town's name is often a person's or a firm's too."""
        if self.gaz is None:
            return None
        noun = self.doc[end - 1]
        if noun.lemma_.lower() in {"player", *self.ad.kinds_named("player")} or self._sport_story():
            return None  # "Madrid midfielder <Name>", "<Town> manager <Name>": a place in a sport title names a club
        places = [t for t in self.doc[start:end] if t.ent_type_ in {"GPE", "LOC"}]
        places += [t for t in noun.lefts if t.dep_ in {"compound", "nmod", "amod"} and t.ent_type_ in {"GPE", "LOC", "NORP"}
                   and t.i < start]
        for tok in places:
            if not tok.text[:1].isupper():
                continue
            if tok.i < start and normalise_name(tok.text) in self.ad.adjectives and (code := self.ad.country_of(tok.text)):
                # "prominent Italian anti-tax delegate": a nationality adjective among the noun's modifiers (not a
                # plural people's noun: "Indians manager <Name>" names a club)
                return code
            ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
            name = ent.text if ent is not None else tok.text
            countries = {c.country for c in self.gaz.candidates(name) if c.level == "admin1" and c.country}
            if len(countries) == 1 and (found := countries.pop()) not in self.ad.words.not_state:
                return found
        return None

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
                found = self.ad.country_name_of(name) or self.ad.country_of(name) or self._namesake_in_story(run[0], name) \
                    or _gazetteer_country(self.gaz, name)  # a namesake of the story's country first (figcodes41)
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
        organisation, at least two (``Electoral Commission``, ``Acme Water Board``, ``Department of
        Civil Aviation``; not ``Commission`` of ``Commission chief``). A country word stays the title's
        (``Russian Foreign Ministry spokesman``: the person's country)."""
        role = self.ad.role(" ".join(self.words[start: end + 1]))
        if role is None or role.kind != "org":
            return None
        first = start
        while first - 1 >= lower_bound and self.tokens[first - 1].ent_type_ == "ORG" \
                and self.tokens[first - 1].text[:1].isupper() and not self.ad.country_of(self.words[first - 1]):
            first -= 1
        words = self.tokens[first: end + 1]
        # "Department of Civil Aviation director-general": a name's inner function word (names39)
        if len(words) < 2 or not all(t.ent_type_ == "ORG" and (t.text[:1].isupper() or 0 < k < len(words) - 1
                                                                and t.text in INNER_NAME_WORDS) for k, t in enumerate(words)) \
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
        ``the Times``, ``the Acme Water Commission`` ... ``the Commission``; the words before a remit's ``on``
        end the name so too: ``the Select Committee on <Place>`` ... ``the Committee``, names38) is that body, when it is
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
                      and len(head := _remit_cut(normalise_name(c.name).split())) > len(words)
                      and head[-len(words):] == words]
            if len(owners) != 1 or None not in (short.country, owners[0].country) and short.country != owners[0].country:
                continue
            self._fold(short, into=owners[0])

    def _former_names(self) -> None:
        """``Dana Marsh - then known as Daniel Marsh -``, ``Ann Cole, formerly Ann Price,``, ``Ann Cole (born Ann
        Price)``: a person's other name, given right after a cue of a name held before (``formerly``, ``born``,
        ``née``, ``then``/``previously``/``once``/``formerly known as``), is the same person: the two names are one
        entity, and a one-word name both end in, written alone and given to no one else, is theirs too (ents29)."""
        cues = self._with_lower({"formerly", "born", "née", "nee", "known"})
        if not cues:
            return
        tokens = self.tokens
        for cue in cues:
            word = cue.lower_
            if word == "known":
                if cue.i < 1 or tokens[cue.i - 1].lower_ not in {"then", "previously", "once", "formerly"} \
                        or cue.i + 2 >= len(tokens) or tokens[cue.i + 1].lower_ != "as":
                    continue
                first, after = cue.i - 2, cue.i + 2
            else:
                first, after = cue.i - 1, cue.i + 1
            if after >= len(tokens) or not tokens[after].text[:1].isupper():
                continue  # "born in 1970", "formerly a nurse"
            mark = first
            while first >= 0 and tokens[first].is_punct and tokens[first].text in {",", "-", "–", "—", "("}:
                first -= 1
            if first < 0 or first == mark:
                continue  # no mark between the name and the cue: "Ann Cole formerly worked here"
            before, other = self._cluster_at(first), self._cluster_at(after)
            if before is None or other is None or before is other or before.type != "PERSON" or other.type != "PERSON" \
                    or not self._listed(before) or not self._listed(other):
                continue
            before.evidence.append(f"{other.name!r}: the name {before.name} had before")
            self._fold(other, into=before)
            last = {normalise_name(before.name).split()[-1], normalise_name(other.name).split()[-1]}
            if len(last) != 1:
                continue
            alone = [c for c in self.clusters if c.type == "PERSON" and normalise_name(c.name) in last]
            given = [c for c in self.clusters if c.type == "PERSON" and c is not before and len(c.name.split()) > 1
                     and normalise_name(c.name).split()[-1] in last]
            if len(alone) == 1 and not given:
                self._fold(alone[0], into=before)

    def _nicknames_known_as(self) -> None:
        """``Tom Harlan runs the farm. Big Harl, as he's fondly known in town, sells eggs.``: a name set off by
        a comma before an ``as``-clause of being known or called (``as he is known``, ``as she's called by
        friends``) is what someone is called, not a new person: a person named before, of no other gender
        than the clause's pronoun, is meant -- the one whose name a word of the nickname begins or is begun
        by (three letters at least: ``Harl`` of ``Harlan``), else the named subject of the sentence before
        (alone: not one of two joined subjects). Two such, or none: left (issue 15, descs41)."""
        pronouns = self.ad.words.pronoun
        tokens = self.tokens
        for verb in self._with_lower({"known", "called"}):
            pronoun = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ in pronouns), None)
            mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
            if pronoun is None or mark is None or mark.i < 2 or tokens[mark.i - 1].text != "," \
                    or self.sent_of[mark.i] == 0:
                continue
            nick = self._cluster_at(mark.i - 2)
            if nick is None or nick.type != "PERSON" or not self._listed(nick) \
                    or sum(m.kind == "name" for m in nick.mentions) != 1:
                continue
            start = min(m.start for m in nick.mentions)
            gender = pronouns[pronoun.lower_]
            before = [c for c in self.clusters if c is not nick and c.type == "PERSON" and c.key.startswith("person:")
                      and c.gender in (None, gender) and any(m.kind == "name" and m.end <= start for m in c.mentions)]
            nick_words = [w for w in normalise_name(nick.name).split() if len(w) >= 3]
            begun = [c for c in before if any(a.startswith(b) or b.startswith(a) for a in nick_words
                                              for b in normalise_name(c.name).split() if len(b) >= 3)]
            if not begun:
                sent = self.sents[self.sent_of[mark.i] - 1]
                # (one of two joined subjects, "Ann Lee and Tom Reed opened a shop", is neither's)
                begun = [c for c in before if any(m.kind == "name" and m.head.dep_ in {"nsubj", "nsubjpass"}
                                                  and m.head.head.dep_ == "ROOT" and sent.start <= m.head.i < sent.end
                                                  and not any(k.dep_ == "conj" for k in m.head.children)
                                                  for m in c.mentions)]
            if len(begun) == 1:
                begun[0].evidence.append(f"{nick.name!r}: what the text says {begun[0].name} is known as")
                self._fold(nick, into=begun[0])

    def _merge_short_of_place(self) -> None:
        """A body named again without the place of its full name (``the Rowing Association of Ireland`` ...
        ``the Rowing Association``): ``of`` and a country or a place the gazetteer knows end a longer name
        that is the short one's words and no more, of the one body named before so, with no code that
        differs; the short name is no body or country of the tables (ents29). Two bodies so named (``the
        Union of Kent``, ``the Union of Essex``) and the short name is neither's."""
        bodies = [c for c in self.clusters if c.type == "ORG" and c.mentions]
        tails: dict[str, list[Cluster]] = {}
        for c in bodies:
            words = c.name.split()
            if " of " not in c.name or not words[0][:1].isupper():
                continue
            k = len(words) - 1 - words[::-1].index("of")
            place = " ".join(words[k + 1 + (words[k + 1:k + 2] == ["the"]):])
            if k > 0 and place and (self.ad.country_of(place) or _gazetteer_is_place(self.gaz, place)):
                tails.setdefault(normalise_name(" ".join(words[:k])), []).append(c)
        if not tails:
            return
        for short in bodies:
            owners = tails.get(normalise_name(short.name))
            if not owners or len(owners) != 1 or owners[0] is short or not self._listed(owners[0]) \
                    or owners[0].first() > short.first() or not all(w[:1].isupper() for w in short.name.split()) \
                    or self.ad.organisation(short.name) or self.ad.country_of(short.name):
                continue
            if None not in (short.country, owners[0].country) and short.country != owners[0].country:
                continue
            owners[0].evidence.append(f"{short.name!r}: the name of {owners[0].name} without its place")
            self._fold(short, into=owners[0])

    def _untagged_initials(self) -> None:
        """``the Harbor Merchants Guild met ... With the HMG, ...``: capitals the model tagged as
        no name, that are the initials of exactly one body named before them, are that body (a
        short name the article uses without spelling it out); three capitals or more, of the one
        body the article names after them too (a headline's acronym of the body the lead names in
        full; names41). Not in a line of capitals (a headline's words are no acronyms)."""
        bodies = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")
                  and any(m.kind == "name" for m in c.mentions)]
        if not bodies:
            return  # no body named: no initials to fit
        # the word's shape first, from the words alone: few words are two to six capitals (a word of
        # capitals is a capitalised word: the index of those, not every word)
        for tok in [t for t in self._capitalised() if (word := self.words[t.i]).isalpha() and word.isupper()
                    and 2 <= len(word) <= 6]:
            word = self.words[tok.i]
            if tok.ent_type_ or tok.i in self.claimed or tok.tag_ not in {"NN", "NNP", "NNPS"}:
                continue
            near = [self.words[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(self.tokens)]
            if any(w.isalpha() and w.isupper() and len(w) > 1 for w in near):
                continue
            # named before, or (three capitals or more) only after: a headline's acronym of the body its story
            # names in full ("Guild Delays HMG Vote" before "the Harbor Merchants Guild"; names41)
            fits = [c for c in bodies if word in _initials(c.name) and any(
                m.kind == "name" and (m.end <= tok.idx or len(word) >= 3) for m in c.mentions)]
            if len(fits) == 1:
                fits[0].evidence.append(f"{word!r}: the initials of {fits[0].name}")
                self._add(fits[0], tok.i, tok.i + 1, "name", tok)

    def _acronym_repeats(self) -> None:
        """``XTV Fires Its Analyst Over a Post`` (a title-case headline, which reads as a run of names to the
        model), ``he spoke on WXYZ radio``, ``He told WXYZ: ...`` where the text elsewhere names the body ``XTV``,
        ``WXYZ`` by that very word: capitals of two to six letters the model tagged as nothing are the one body
        the text names so (a body's short name is written the same way each time); not beside another word of
        capitals (a line of capitals, ``LET HIM IN``), nor glued to a capitalised word that would make it part of
        a longer name (``WXYZ Radio Group``), nor when two bodies are named so (ents37)."""
        bodies: dict[str, list[Cluster]] = {}
        for c in self.clusters:
            if c.type != "ORG" or not c.key.startswith("org:") or not (c.name.isalpha() and c.name.isupper()
                                                                       and 2 <= len(c.name) <= 6):
                continue
            if c.name.lower() in self.ad.words.common_noun_acronym:
                continue  # "the super PAC": capitals of a kind of body, no one body's short name (ents38)
            if any(m.kind == "name" and self.text[m.start:m.end] == c.name for m in c.mentions):
                bodies.setdefault(c.name, []).append(c)
        # "multiple sclerosis (MS)": capitals the text spells out in lower-case words are a common noun's
        # short form, whatever the model tagged once
        bodies = {w: c for w, c in bodies.items() if not self._spelt_in_lower_case(w)}
        if not bodies:
            return
        for tok in self._capitalised():
            word = self.words[tok.i]
            if word not in bodies or len(bodies[word]) != 1 or tok.ent_type_ or tok.i in self.claimed:
                continue
            if tok.i > 0 and not self.tokens[tok.i - 1].whitespace_ and self.tokens[tok.i - 1].text not in {"(", "[", '"', "'", "“", "‘"}:
                continue  # "CSI:NY", "Acme-XTV": glued to the word before, part of a longer name
            near = [self.tokens[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(self.tokens)]
            if any(t.text.isalpha() and t.text.isupper() and len(t.text) > 1 for t in near) or any(
                    t.i == tok.i + 1 and t.text[:1].isupper() and t.ent_type_ == "ORG" for t in near):
                continue
            body = bodies[word][0]
            body.evidence.append(f"{word!r}: capitals the text names {body.name} by")
            self._add(body, tok.i, tok.i + 1, "name", tok)

    def _spelt_in_lower_case(self, word: str) -> bool:
        """``multiple sclerosis (MS)``: ``word`` in brackets right after as many lower-case words as it has
        letters, whose initials spell it (ents37)."""
        for tok in self._capitalised():
            if self.words[tok.i] != word or tok.i < len(word) + 1 or self.words[tok.i - 1] != "(":
                continue
            before = self.words[tok.i - 1 - len(word): tok.i - 1]
            if all(w.isalpha() and w.islower() for w in before) and "".join(w[0] for w in before) == word.lower():
                return True
        return False

    def _acronyms_defined_here(self) -> None:
        """An acronym the article spells out is the article's body, not a table row of another
        body with the same letters (``the Fenland Safety Agency (FSA)`` or ``the Fenland Safety
        Agency ... the FSA`` is no ``Free Syrian Army``): the table's codes are dropped and the
        acronym joins the body whose name it abbreviates (in brackets right after it, or the one
        body named whose initials it is)."""
        text = doc_text(self.doc)
        for acronym in [c for c in self.clusters if c.type == "ORG" and c.mentions]:
            # its names only: a description linked to it before ("the group's", ents29) is no other spelling
            letters = {text[m.start:m.end].removeprefix("the ").removeprefix("The ") for m in acronym.mentions if m.kind == "name"}
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
        body's name, beginning with its first letter, are that body's short name, here and after; so
        are capitals spelling the initials of the name's last words (``the National Board for Water
        Safety (WS)``: ``_bracketed_acronym_names``)."""
        # the opening brackets from the index of words, not every token read
        n = len(self.tokens)
        for tok in [self.tokens[i] for i in self._word_positions().get("(", ()) if 1 <= i < n - 2]:
            if self.words[tok.i + 2] != ")":
                continue  # (read from the word list: a Token's text is made anew on each access)
            short = self.tokens[tok.i + 1]
            if not short.text.isupper() or len(short.text) < 2:
                continue
            long = self._cluster_at(tok.i - 1)
            acronym = self._cluster_at(short.i)
            if long is None or acronym is None or long is acronym or long.type != "ORG" or acronym.type != "ORG" \
                    or not any(m.end == self.tokens[tok.i - 1].idx + len(self.words[tok.i - 1]) for m in long.mentions) \
                    or normalise_name(acronym.name) != short.lower_ \
                    or long.name[:1].upper() != short.text[0] and short.i not in getattr(self, "spelled_acronyms", ()) \
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
        # the opening brackets from the index of words, not every word read
        for k in [i for i in self._word_positions().get("(", ()) if 1 <= i < len(tokens) - 3]:
            if words[k + 2] != ")":
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
        for k in [i for i in self._word_positions().get("or", ()) if 1 <= i < len(tokens) - 1]:  # the index, not every word
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
        if self.ad.organisation(self._span_text(ent)) or any(self.ad.country_of(t.text) for t in tokens):
            return False
        j = ent.start - 1
        found = self._role_ending_at(j, max(0, j - 3)) if j >= 0 else None
        # "mortgage firm Fannie Mae": a body's noun before the name says it names a body
        return found is not None and getattr(self.ad.role(found[1]), "kind", None) != "org"

    def _hyphenated_surname(self, tokens: list) -> bool:
        """``Mark-Hale said``: a name that is one hyphenated word is a double surname, whose first
        part may be a given name of either gender; ``Anne-Marie Cole`` (a word after it) is a
        double given name and says the gender (pron36)."""
        first = tokens[0]
        return not first.whitespace_ and first.i + 1 < len(self.tokens) \
            and self.tokens[first.i + 1].text in {"-", "\u2010", "\u2011"} \
            and all(not t.whitespace_ or t.i == tokens[-1].i for t in self.tokens[first.i: tokens[-1].i + 1])

    def _person(self, ent: Span, family: str | None = None) -> None:
        """A person's name span; ``family``: the family name a coordinated given name shares
        (``Ozzy`` in ``Ozzy and Sharon Osbourne``)."""
        tokens = self._name_tokens(ent)
        owner = [t for t in self.tokens[ent.start:ent.end] if tokens and t.i < tokens[0].i and t.tag_ not in {"DT", "POS"}
                 and not t.is_punct]
        if owner and all(t.text[:1].isupper() for t in owner) and self.tokens[tokens[0].i - 1].tag_ == "POS":
            # "Toro Rosso's Carlos Sainz" as one person span: the possessor is a body (or a place)
            if self._possessor_is_person(owner):  # split36: "<Given> <Surname>'s <Name> biopic"
                self._person(Span(self.doc, owner[0].i, owner[-1].i + 1, label="PERSON"))
            else:
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
        if not cluster.gender and (len(tokens) > 1 or family) and not self._hyphenated_surname(tokens):
            # "Mary Cole" is "she": a given name of one gender, when a surname follows it
            cluster.gender = given_name_gender(tokens[0].text, self.ad)
        body = self.title_bodies.get(name_span.start)
        if body is not None and not any(i in self.claimed for i in range(*body)):
            employer = self._title_body(*body)
            self.employer[id(cluster)] = employer
            cluster.sectors += [x for x in employer.sectors if x not in cluster.sectors]
        if title_start is not None and role is not None and mention_start > title_start:
            # The title is a mention of the person too ("The Federal Minister for Interior X
            # allowed ..."): a clause's subject may be parsed as the title alone.
            title_stop = mention_start
            while _typed_space(self.doc[title_stop - 1]):
                title_stop -= 1  # "Billionaire  Ann Lee": the spaces are no part of the title
            self._add(cluster, title_start, title_stop, "title", self.doc[title_stop - 1])
        elif title_start is not None:
            self.claimed.update(range(title_start, mention_start))
        self._add(cluster, mention_start, name_span.end, "name", name_span.root)

    def _given_names_of_family(self) -> None:
        """``the Clintons ... Bill, Hillary and Chelsea``: a person named by a given name alone, in
        an article that names a family in the plural (``the Clintons``), is that family's member
        when the tables know the given name with the family name as one person (``Bill Clinton``):
        the full name and its country (issue 15, s16-dev11e). Nothing when two families fit."""
        # the words after a "the" (the lemma index), not every token read
        families = {self.words[k][:-1] for k in (t.i + 1 for t in self._with_lemma({"the"})) if k < len(self.tokens)
                    and self.words[k][:1].isupper() and self.words[k].endswith("s")
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
        # "Billionaire  Ann Lee" (two spaces typed): the space token the model kept inside the span
        # is layout, no word of the name; the title before it is then read as a title
        tokens = [t for t in tokens if not _typed_space(t)]
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
            self.person_spans = {normalise_name(self._span_text(e)) for e in self.ents if e.label_ == "PERSON"}
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
        and the family name (``Tom "The Hammer" Banks`` is Tom Banks). An editor's square brackets around a
        word of the name (``[Ann] Lee`` inside a quotation, a word the writer put in) are typography: the
        word is the name's, the brackets are not (ents43)."""
        kept, inside = [], False
        for k, tok in enumerate(tokens):
            if tok.text in {"[", "]"} and len(tokens) > 2:
                continue
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
        # a gap between two kept words is one space, also where the gap was a word of its own the name
        # left out (``Ann<NBSP>Lee``: spaCy makes the no-break space a token, so ``Ann`` has no trailing
        # space of its own and the joined name would read ``AnnLee``)
        return "".join(t.text + (" " if t.whitespace_ or nxt.idx > t.idx + len(t.text) else "")
                       for t, nxt in zip(kept, kept[1:], strict=False)) + kept[-1].text

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

    def _principal_of(self, found: list[Cluster]) -> Cluster | None:
        """``Verstappen`` after Tom Verstappen, named again and again, and his father Jan
        Verstappen, named once in passing: a surname two people share repeats the one the story
        is about (named by name at least three times) when each other was named only once;
        otherwise neither. First, the one person named otherwise than as a noun's modifier, when
        each other was named only so (``a former Walter Brandt aide ... Lydia Brandt ... Brandt``:
        Lydia Brandt; issue 15, s17-dev12e); and the one person not brought in only as someone's
        relative (``her husband, Tom Kellner, and her daughter, Ruth Kellner`` beside Marta
        Kellner: a relative is named in full beside the one the story is about, whose surname
        ``Kellner`` stays; persons31)."""
        kin = [c for c in found if self._named_as_kin(c)]
        if kin and len(found) - len(kin) == 1:
            return next(c for c in found if c not in kin)
        people = [c for c in found if any(m.kind == "name" and not NameRules._modifier_name(m) for m in c.mentions)]
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
        ents = [self._demonym_name_before(self._name_after_inner_title(self._name_after_role(self._medium_title(self._without_run_on_tail(
                    self._without_imperative_verb(self._without_inverted_verb(e))))))) for e in self.ents
                if not (e.start_char > 0 and text[e.start_char - 1] in "#@")
                and not (e.label_ == "PERSON" and all(t.is_lower for t in e if t.is_alpha))]
        if self._bracket_acronyms:
            ents = sorted(ents + self._bracket_acronyms, key=lambda e: e.start)
        ents = [self._town_title_name(self._without_attitude_prefix(e)) for e in ents]  # names39: "the pro-<Name> <Body>"
        ents = [self._name_start(e) for e in ents]  # names45: "<County> Clerk <Given> <Surname>" (entities_nameforms.py)
        ents = [self._capitals_line_participle(e) for e in ents]  # ents33: "UNION CLOSING RANKS"
        ents = [self._credited_surname(e) for e in ents]
        ents = self._source_channels(ents)  # ents37: "according to The Lantern", "From Harbor Wire:"
        ents = self._institutions_tagged_people(self._place_suffixed_outlets(self._titled_outlets_in_source_slots(self._camel_case_sources(ents))))  # bodies40: "opened up to <Word> DC"
        ents = self._listed_kind_members(self._slashed_pollsters(self._possessive_office_names(self._demonym_papers(ents))))  # bodies40: "The <Demonym> reported", "<County> Coroner's Office"
        ents = self._body_span_edges(self._possessive_ends(self._glued_word_ends(self._service_unit_names(ents))))  # ents35: "Navy SEALs", mojibake (entities_recalled.py)
        # dev16e: caption words glued to names, regnal numerals, saints of a place, names with a legal form
        ents = self._saint_institutions(ents)  # ents33: "St. Name Children's Hospital" one body
        ents = self._legal_form_names(self._saint_names(self._regnal_names(
            self._handle_and_acronym_spans(self._field_labels(self._caption_glued(ents))))))
        ents = self._remit_names(self._venue_names(ents))  # names38: "the Select Committee on <Place>"
        ents = self._partner_names(self._local_bodies_mistagged(self._societies_after_the(self._office_of_names(ents))))
        ents = self._works_named_as_bodies(self._slogan_bodies(ents))  # names39: "<Title-case words>, a support group"
        ents = self._sides_played_for(self._result_teams(self._listed_given_names(self._split_listed_names(self._number_word_names(self._split_listed_bodies(self._acronym_spelled_starts(self._function_word_ends(self._split_hyphened_pollsters(self._split_slashed_bodies(ents))))))))))  # giveme41: "debut for <Side>"
        ents = self._town_clubs(self._owner_after_of(self._split_run_ons(self._glued_company_words(self._split_routes(ents)))))
        ents = self._known_bodies_mislabelled(self._nicknamed_people(self._people_in_person_lists(self._hyphened_name_pieces(self._paired_initial_names(ents)))))
        ents = self._followed_accounts(self._lower_case_dictionary_bodies(ents))
        ents = self._person_possessor_splits(self._possessor_descriptions(self._owners_people(ents)))  # names38: "<Surname>'s <Firm>"; ents43: "<Body>’s <Given> <Surname>"
        ents = self._possessor_bodies(self._untagged_body_repeats(self._untagged_dictionary_words(self._untagged_dictionary_bodies(self._untagged_acronyms(
            self._bodies_after_member_nouns(self._quoted_given_names(self._given_names_alone(self._untagged_names(self._initialled_given_names([e for e in ents if e.label_ in NAMED_LABELS]))))))))))
        ents = self._person_for_country_bodies(ents)  # names38: "<Surname> for <Country> built ..."
        ents = self._counted_acronyms(self._noun_for_country_names(self._for_names(self._programme_owners(self._pollster_names(self._pollster_places(self._coordinated_body_names(self._person_led_bodies(ents))))))))
        ents = self._web_names(ents)
        ents = self._byline_names(self._untagged_speaker_names(self._untagged_as_speakers(ents)))  # names38: "BYLINE: Ann Lee."
        ents = self._lone_surname_people(ents)  # surnames46: "<Surname>, 46,", "<Surname> says he" (entities_strays.py)
        ents = self._untagged_surname_repeats(ents)  # short39: a surname tagged a person elsewhere (entities_nameforms.py)
        ents = self._bodies_owning_people(ents)  # names38: "The <Outlet>'s <Name> provided"
        ents = self._listed_people_of_bodies(ents)  # names38: "<Name> of <Firm>, <Name> of <Word>, ..."
        ents = self._called_digit_names(ents)  # names38: "a super PAC called <Word><digits>"
        ents = self._initialisms_after_articles(ents)  # names38: "a disastrous VA"
        ents = self._bodies_that_say(self._outlet_titles(self._untagged_outlets(self._slashed_credits(self._bracket_credits(ents)))))
        ents = self._office_names(ents)
        ents = self._bodies_at_bodies(ents)
        ents = self._names_listed_with_bodies(self._joint_acronym_pairs(self._nicknamed_names(ents)))  # giveme42: "<Body>, <Name> and <Name>"
        ents = self._bracketed_acronym_names(ents)  # names44: "<Name> for <Noun> of the <A> and <B> (<ACRONYM>)", after every cut
        ents = self._possessive_shop_names(ents)  # names44: "the local <Surname>’s" (a shop)
        short_bodies = self._short_body_names(ents)
        # "US mortgage giant Fanny Brook ... Fanny Brook said": a name the text once calls a
        # body's is a body's wherever it stands (the model may tag a later mention a person)
        # (also where the model read a place the gazetteer does not know: "Russian gas giant Zentor",
        # "Acme-owned Zentor")
        self.described_bodies = {normalise_name(self._span_text(core)) for e in ents if e.label_ in {"ORG", "PERSON", "GPE"}
                                 and (core := self._core(e)) is not None
                                 and (e.label_ != "GPE" or self._unknown_place(core))
                                 and (self._body_descriptor(core) is not None or self._apposed_body_noun(core)
                                      or self._owned_name(core))}
        gone_by = set(self.names_gone_by.values())  # "calls himself Zantor": a person, whatever the tagger read
        people = [e for e in ents if e.start in gone_by or e.start not in short_bodies and (
            self._person_like(e) or self._named_person_noun(e))]
        people = [self._with_initials(e) for e in people]
        # "not Tom [Harlow]": an editor's bracketed surname after a given name completes that name (names38)
        bracketed = {e.start for e in people if self._editors_surname(e, people)}
        if bracketed:
            people = [e for e in people if e.start not in bracketed]
            ents = [e for e in ents if e.start not in bracketed]
        by_start = {e.start: e for e in people}
        for ent in people:
            for part, family in self._coordinated_names(ent, by_start):
                self._person(part, family)
        self._honorific_names()
        self._merge_name_parts()
        self._people_by_short_given_names()  # surnames37: "Sandra Lowry" and "Sandy Lowry" one person
        surnames = self._surnames()
        for ent in ents:
            if ent.start in short_bodies and ent.start not in gone_by:
                continue
            if ent not in people and (self._surname_of_named(ent, surnames) or tuple(self.words[ent.start:ent.end]) in self.names_gone_by
                                      or self._office_holder_tagged_body(ent, surnames) or self._lone_surname_of_person(ent)):
                self._person(ent)  # "Weiner" tagged ORG after "Anthony Weiner"
                continue
            self._non_person(ent)
        for cluster in [c for c in self.clusters if c.type == "ORG" and normalise_name(c.name) in self.described_bodies]:
            self._every_mention_of(cluster, normalise_name(cluster.name))
        by_start = {e.start: e for e in ents}
        for start, words in short_bodies.items():
            if start in gone_by:
                continue
            first = words.split()
            bodies = [c for c in self.clusters if c.type == "ORG" and normalise_name(c.name) == words] or [
                c for c in self.clusters if c.type == "ORG" and normalise_name(c.name).split()[:len(first)] == first]
            bodies = self._one_body_by_prefixes(bodies)
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
        self._pollster_initials()  # names39: "The Q poll" after "<Name> poll"
        self._repeated_full_names()
        self._nicknames_in_apposition()

    @staticmethod
    def _one_body_by_prefixes(bodies: list[Cluster]) -> list[Cluster]:
        """``Acme Integrated Services Ltd`` and ``Acme Integrated`` (its name without the legal form, not
        yet joined to it) before ``Acme's office``: bodies whose names are each the start of the longest
        one's are one body under its names, so the short name is theirs (the longest, which the others
        join; ents25). ``Acme Motors`` and ``Acme Corp`` stay two: the short name is neither's."""
        if len(bodies) < 2:
            return bodies
        longest = max(bodies, key=lambda c: len(c.name.split()))
        words = normalise_name(longest.name).split()
        if all(normalise_name(c.name).split() == words[:len(normalise_name(c.name).split())] for c in bodies):
            return [longest]
        return bodies

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

    def _unknown_place(self, core: Span) -> bool:
        """A name the model read as a place that is no country, capital or gazetteer place."""
        return not (self.ad.country_name_of(self._span_text(core)) or self.ad.capital_of(self._span_text(core))
                    or normalise_name(self._span_text(core)) in self.ad.adjectives or _gazetteer_is_place(self.gaz, self._span_text(core)))

    def _owned_name(self, core: Span) -> bool:
        """``Acme-owned Zentor``, ``state-run Zentor``: a name after a participle of ownership
        (actor_words.tsv owned_word) joined by a hyphen to its owner is a body's."""
        return any(c.dep_ == "amod" and c.lower_ in self.ad.words.owned_word and c.i < core.start
                   and c.i >= 2 and self.words[c.i - 1] == "-" for c in core.root.children)

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
        names.update(self._business_name_prefixes(names))
        if not names:
            return
        n = len(self.words)
        by_first: dict[str, list[tuple[tuple[str, ...], Cluster]]] = {}
        for words, cluster in names.items():
            by_first.setdefault(words[0], []).append((words, cluster))
        positions = self._word_positions()  # where the names' first words stand, not every token read
        for start in sorted(i for word in by_first for i in positions.get(word, ())):
            for words, cluster in by_first[self.words[start]]:
                end = start + len(words)
                if end > n or tuple(self.words[start:end]) != words:
                    continue
                if any(k in self.claimed or self.tokens[k].ent_type_ for k in range(start, end)):
                    continue
                if (start > 0 and self.words[start - 1][:1].isupper() and self.sent_of[start - 1] == self.sent_of[start]) or (
                        end < n and self.words[end][:1].isupper() and self.sent_of[end] == self.sent_of[start]):
                    continue  # part of a longer name
                self._add(cluster, start, end, "name", self.tokens[end - 1])

    def _business_name_prefixes(self, names: dict[tuple[str, ...], Cluster]) -> dict[tuple[str, ...], Cluster]:
        """``Brellix Integrated was set up in 2009`` (untagged) beside ``Brellix Integrated Services Ltd``:
        the first two or more words of a business's name (a legal form or a business noun ends it) name
        that business too, when they begin no other name the article gives, open with no known given name
        (``Tom Reed`` of ``Tom Reed Motors Ltd``) and are no place or body of the tables (``New York`` of
        ``New York Times Company``; ents25)."""
        prefixes: dict[tuple[str, ...], list[Cluster]] = {}
        for words, cluster in names.items():
            last = words[-1].lower().rstrip(".")
            role = self.ad.role(last)
            if cluster.type != "ORG" or len(words) < 3 or words[0].lower() in self.ad.given_names or not (
                    last in self.ad.words.company_word or role is not None and role.sector == "BUS" and role.kind == "org"):
                continue
            for k in range(2, len(words)):
                prefixes.setdefault(words[:k], []).append(cluster)
        found: dict[tuple[str, ...], Cluster] = {}
        for words, clusters in prefixes.items():
            text = " ".join(words)
            if len({id(c) for c in clusters}) == 1 and words not in names \
                    and not any(other[:len(words)] == words and clusters[0] is not c for other, c in names.items()) \
                    and self.ad.organisation(text) is None and not _gazetteer_is_place(self.gaz, text):
                found[words] = clusters[0]
        return found

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
        other = {self._span_text(e) for e in self.ents if e.label_ in {"PERSON", "GPE", "LOC", "FAC"}}
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
        if len(ent) == 1 and ent[0].lower_ in self.ad.given_names and ent.end + 2 < len(self.doc) \
                and self.tokens[ent.end].text == "[" and self.tokens[ent.end + 2].text == "]" \
                and self.tokens[ent.end + 1].text[:1].isupper() and self.tokens[ent.end + 1].is_alpha:
            return [(ent, self.tokens[ent.end + 1].text)]  # "Tom [Harlow]": the editor's surname (names38)
        return [(ent, None)]

    def _editors_surname(self, ent: Span, people: list[Span]) -> bool:
        """``not Tom [Harlow]``: a one-word name in square brackets right after a person's given name alone
        (a known given name) is the surname an editor added to a quotation: part of that person's name, no
        mention of anyone else of that surname."""
        if len(ent) != 1 or ent.start < 2 or ent.end >= len(self.doc) or self.tokens[ent.start - 1].text != "[" \
                or self.tokens[ent.end].text != "]":
            return False
        given = ent.start - 2
        return self.tokens[given].lower_ in self.ad.given_names and any(
            e.start == given and e.end == given + 1 for e in people)

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
        firsts = {normalise_name(self._span_text(c)).split()[0] for e in ents if e.label_ == "ORG" and (c := self._core(e)) is not None
                  and len(c) > 1}
        longer: dict[str, set[str]] = {}  # first word -> the longer bodies' names, as named before
        found: dict[int, str] = self._business_name_starts(ents)
        names = {w for e in ents if e.label_ == "PERSON" and len(e) > 1 and e.start not in found
                 for w in normalise_name(self._span_text(e)).split()}
        # "<Surname> for <Country>": the candidate's name opens the campaign's, and alone stays the person's (names38)
        names |= {normalise_name(self.words[start]) for start, _ in self.person_for_bodies}
        for e in sorted(ents, key=lambda e: e.start):
            core = self._core(e)
            if core is None:
                continue
            words = normalise_name(self._span_text(core)).split()
            org = self.ad.organisation(self._span_text(core)) if e.label_ == "ORG" and len(core) == 1 else None
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
        found.update({e.start: normalise_name(self._span_text(e)) for e in ents
                      if len(e) == 1 and normalise_name(self._span_text(e)) in firsts - names
                      and (e.label_ == "PERSON" or (e.label_ == "GPE" and self._place_name_as_body(e[0])))})
        # "Ryanair" tagged a body in one sentence and a person in the next: a one-word name the
        # model also tags as a body, that is no word of a person's longer name nor a known given
        # name, is that body
        singles = {normalise_name(self._span_text(c)) for e in ents if e.label_ == "ORG" and (c := self._core(e)) is not None
                   and len(c) == 1}
        # (a name described as a body somewhere, "plane maker Acme", is a body's already, with the
        # description's codes: see described_bodies in _named)
        singles -= {normalise_name(self._span_text(c)) for e in ents if e.label_ in {"ORG", "PERSON"}
                    and (c := self._core(e)) is not None and self._body_descriptor(c) is not None}
        found.update({e.start: normalise_name(self._span_text(e)) for e in ents
                      if e.label_ == "PERSON" and len(e) == 1 and normalise_name(self._span_text(e)) in singles - names
                      and normalise_name(self._span_text(e)) not in self.ad.given_names})
        found.update(self._business_short_names(ents, found, names))
        return found

    def _business_name_starts(self, ents: list[Span]) -> dict[int, str]:
        """``Brellix Integrated was set up in 2009`` beside ``Brellix Integrated Services Ltd``: a span of
        two or more words the model tagged a person, whose words begin the name of exactly one business the
        article names in full (a legal form or a business noun ends it: ``_business_name``) and are not all
        of it, is that business by a shorter name (a firm's name without its legal tail), not a person. Not
        when it opens with a known given name (``Tom Reed`` beside ``Tom Reed Motors Ltd`` may be the man;
        ents25)."""
        businesses = [normalise_name(self._span_text(core)).split() for e in ents if e.label_ == "ORG"
                      and (core := self._core(e)) is not None and len(core) > 2 and self._business_name(core)]
        if not businesses:
            return {}
        found: dict[int, str] = {}
        for e in ents:
            if e.label_ != "PERSON" or len(e) < 2 or e[0].lower_ in self.ad.given_names:
                continue
            words = normalise_name(e.text).split()
            if len({" ".join(b) for b in businesses if len(b) > len(words) and b[:len(words)] == words}) == 1:
                found[e.start] = " ".join(words)
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
        as_place = {normalise_name(self._span_text(core)) for _, core in singles
                    if core.start > 0 and self.tokens[core.start - 1].lower_ in self.ad.words.gazetteer_preposition
                    or core.end < len(self.tokens) and cue_level(self.tokens[core.end].text)}  # "Delta state"
        named_countries = {self.ad.country_of(self._span_text(e)) for e in ents if e.label_ in {"GPE", "NORP"}} - {None}
        more: dict[int, str] = {}
        for e, core in singles:
            word = normalise_name(self._span_text(core))
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

    def _sport_story(self) -> bool:
        """The article's topic cue words are mostly of sport (``topic_words.tsv``). Worked out once
        per article: the rules ask it of every one-word person's name, and the counts never change."""
        cached = self.__dict__.get("_is_sport_story")
        if cached is None:
            counts, _ = topic.doc_cue_counts(self.doc)
            best = max(topic.TOPICS, key=lambda t: (counts.get(t, 0), t == topic.POLITICS))
            cached = self.__dict__["_is_sport_story"] = best == "sport" and counts.get(best, 0) > 0
        return cached

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

    @cached_property
    def _source_labels(self) -> frozenset[str]:
        """The words of the article's source host (``braylantern`` of ``www.braylantern.ie``, ``lakeshorenews`` of
        ``lakeshorenews.com``) long enough to be a publication's own name: five letters or more, not a host's
        generic part (``host_generic_label`` of actor_words.tsv: ``online``, ``english``)."""
        source = (getattr(self.doc._.article, "source", None) or "").lower()
        host = re.sub(r"^[a-z]+://", "", source).split("/")[0]
        if "." not in host:
            return frozenset()
        return frozenset(label for part in host.split(".")[:-1]
                         if len(label := _NOT_ALNUM.sub("", part)) >= 5 and label not in self.ad.words.host_generic_label)

    def _division_of_name(self, core: Span) -> str | None:
        """``University of Nebraska``, ``the Bank of <Province>``: a body's name whose head noun (a body's
        role) takes ``of`` and a run of capitalised words that ends the name and is a first-order division
        of the gazetteer is that division's body, of its country. A division of several countries, or a
        country's name too (``University of Georgia``), is the one of the country the story's other places
        are in (``_namesake_in_story``); with none, a place of learning (``campus_word``) named after a
        division more populous than the country of the name is the division's (a state university), and any
        other body keeps the reading of the tables (codes43)."""
        root = core.root
        if self.gaz is None or (role := self.ad.role(root.text)) is None or role.kind != "org":
            return None
        preps = [t for t in root.children if t.dep_ == "prep" and t.lower_ == "of"]
        objs = [t for t in preps[0].children if t.dep_ == "pobj"] if len(preps) == 1 else []
        if len(objs) != 1 or objs[0].i != core.end - 1:
            return None
        obj = objs[0]
        words = self.doc[preps[0].i + 1: obj.i + 1]
        if not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
            return None
        name = words.text
        divisions = [c for c in self.gaz.candidates(name) if c.primary and c.level == "admin1" and c.country]
        states = {c.country for c in divisions}
        nations = [c for c in self.gaz.candidates(name) if c.primary and c.level == "country" and c.country]
        if not states:
            return None
        if len(states | {c.country for c in nations}) == 1:
            return next(iter(states))
        story = self._namesake_in_story(obj, name)
        if story in states | {c.country for c in nations}:
            return story
        if len(states) == 1 and nations and root.lower_ in self.ad.words.campus_word \
                and max(c.population for c in divisions) > max(c.population for c in nations):
            return next(iter(states))
        return None

    def _campus_home(self, core: Span) -> str | None:
        """``Denton College London``, ``Marlow College Leeds``: a body's name whose last one or two
        capitalised words follow a place of learning's noun (``campus_word`` of actor_words.tsv) and are a
        place the gazetteer knows names the body's home there, whatever the words before the noun may also
        name (a town of another country sharing a founder's surname; ents25). None otherwise."""
        words = [t for t in core if t.lower_ != "the"]
        if len(words) < 3:
            return None
        for k in (len(words) - 2, len(words) - 3):
            if k < 1 or words[k].lower_ not in self.ad.words.campus_word or not words[k].text[:1].isupper():
                continue
            tail = words[k + 1:]
            if all(t.text[:1].isupper() and t.is_alpha for t in tail):
                return _gazetteer_country(self.gaz, " ".join(t.text for t in tail))
        return None

    def _publisher_title(self, span: Span) -> bool:
        """``a project for The Bray-Lantern`` on ``braylantern.ie``: capitalised words (a leading ``The`` and
        hyphens aside) whose letters spell a word of the source's host name the publisher itself, a
        medium (ents25); a place's name never (a paper named after its town is named with more words)."""
        labels = self._source_labels
        if not labels:
            return False
        words = [t for t in span if not t.is_punct and t.lower_ != "the"]
        if not words or not all(t.text[:1].isupper() for t in words):
            return False
        return "".join(_NOT_ALNUM.sub("", t.lower_) for t in words) in labels \
            and not _gazetteer_is_place(self.gaz, " ".join(t.text for t in words))

    def _medium_title(self, ent: Span) -> Span:
        """``The Beijing News`` tagged as a work of art: a title of capitalised words ending in a
        newspaper's word is a body (the reporting medium)."""
        words = [t for t in ent if not t.is_punct]
        if ent.label_ in {"WORK_OF_ART", "PRODUCT"} and self._publisher_title(ent):
            self.publisher_tokens.update(range(ent.start, ent.end))
            return Span(self.doc, ent.start, ent.end, label="ORG")
        if ent.label_ not in {"WORK_OF_ART", "PRODUCT"} or len(words) < 2 or words[-1].lower_ not in self.ad.words.media_title:
            return ent
        if not all(t.text[:1].isupper() for t in words):
            return ent
        return Span(self.doc, ent.start, ent.end, label="ORG")

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
        # (an honorific before the word is no other given name: "Ms. Varga" beside "Edith Varga")
        if words[0].lower_ not in self.ad.given_names and any(
                t.i != last.i and t.i > 0 and self.tokens[t.i - 1].text != words[0].text
                and self.tokens[t.i - 1].pos_ == "PROPN" and self.tokens[t.i - 1].text[:1].isupper()
                and self.tokens[t.i - 1].lower_ not in self.ad.words.honorific for t in same_word):
            return False  # a headline's "Edgy Agassi" beside "Andre Agassi": the word before is no name
        if any(e.label_ == "PERSON" and normalise_name(self._span_text(e)) == key for e in self.ents if e.start != last.i):
            return True
        if key in self._after_honorifics():
            return True
        if words[0].lower_ in self.ad.given_names or _gazetteer_is_place(self.gaz, words[0].text):
            return False  # "Aston Villa ... Villa won": a club's or a place's name, not a person's
        if self.ad.capital_of(last.text) and any(e.label_ in {"GPE", "LOC"} and len(e) == 1 and e.start != last.i
                                                 and normalise_name(e.text) == key for e in self.ents):
            return False  # "Real Oslo ... Oslo scored": a capital the model tags a place alone (_city_body)
        return any(not (span.start <= t.i < span.end) and self._standalone_person_word(t) for t in same_word)

    def _after_honorifics(self) -> set[str]:
        """The keys of the words written after a capitalised honorific (``Mrs May``), made once."""
        if self._honorific_keys is None:
            tokens = self.tokens
            self._honorific_keys = {normalise_name(tokens[t.i + 1].text) for t in self._with_lower(self.ad.words.honorific)
                                    if t.i + 1 < len(tokens) and t.text[:1].isupper()}  # the honorifics from the index
        return self._honorific_keys

    def _standalone_person_word(self, tok: Token) -> bool:
        """A capitalised word standing alone where a person stands: a subject or a possessor,
        with no article and no capitalised proper noun beside it."""
        if tok.dep_ not in SUBJECT_DEPS | {"poss"} or any(c.dep_ == "det" for c in tok.children):
            return False
        sent = self.sents[self.sent_of[tok.i]]
        beside = [self.tokens[k] for k in (tok.i - 1, tok.i + 1) if sent.start <= k < sent.end]
        return not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in beside)

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
        for word, cluster in getattr(self, "short_form_firsts", {}).items():  # surnames37: "Sandy" of "Sandra Lowry" told "Sandy Lowry"
            if cluster in people and cluster not in first.get(word, []):
                first.setdefault(word, []).append(cluster)
        for word, owners in first.items():
            if word not in found and len(owners) == 1:
                found[word] = owners
            elif word in found and word in self.ad.family_names:
                # "Kim" of Andrew Kim and of Kim Jong-un: a family name written first names its
                # bearer as readily as one written last, so the word names neither
                found[word] = found[word] + [c for c in owners if c not in found[word]]
        return found

    def _named_as_kin(self, cluster: Cluster) -> bool:
        """Every name of ``cluster`` is a relative's, set off in apposition to a possessor's relation
        noun (``her husband, former President Tom Kellner,``): someone named in passing beside the
        person they are kin to. Not ``His father Jos Reed watched``, the relation as a title before
        the name: there the relative is the one told of, and a bare ``Reed`` after it may be either
        (tests/entities/test_entities_names.py)."""
        names = [m for m in cluster.mentions if m.kind == "name"]
        return bool(names) and all(self._kin_noun(m) is not None for m in names)

    def _kin_noun(self, m: Mention) -> Token | None:
        """The relation noun (``husband``, with a possessor) a name is in apposition to, after a comma."""
        head = m.head
        noun = head.head if head.dep_ == "appos" else None
        if noun is None or noun.tag_ != "NN" or noun.i + 1 >= len(self.tokens) or self.tokens[noun.i + 1].text != ",":
            return None
        kind = self.ad.person_noun(noun.lemma_.lower())
        if kind is None or kind.kind != "relation":
            return None
        return noun if any(c.dep_ == "poss" for c in noun.children) else None

    def _owner_at(self, owners: list[Cluster] | None, offset: int) -> Cluster | None:
        """The one person a name word at ``offset`` names: of the people with that word named
        before it, or when none is (a headline), of all of them; when two are, the one the story
        is about (``_principal_of``), else None."""
        if not owners:
            return None
        before = [c for c in owners if c.first() < offset]
        pool = before or owners
        return pool[0] if len(pool) == 1 else self._principal_of(pool)

    def _place_words(self) -> set[str]:
        """Words the article uses in the name of a place or a body (``Hamilton`` of ``Hamilton
        Island``, or of ``in Hamilton``): such a word before the person's full name is not
        read as theirs."""
        words: set[str] = set()
        # "a quote not from Reed" with the surname alone tagged a body: the person's, not a place's
        surnames = {span.split()[-1] for span in self._person_spans() if len(span.split()) > 1}
        for ent in self.ents:
            if len(ent) == 1 and ent.label_ == "ORG" and normalise_name(self._span_text(ent)) in surnames:
                continue
            if ent.label_ in {"GPE", "LOC", "FAC", "ORG"} and (len(ent) > 1 or (
                    ent.start > 0 and self.tokens[ent.start - 1].lower_ in self.ad.words.place_preposition)):
                words |= {normalise_name(self.words[i]) for i in range(ent.start, ent.end) if self.words[i][:1].isupper()}
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

    def _lone_surname_of_person(self, ent: Span) -> bool:
        """``the Pruitt camp ... Pruitt compared himself to ...``: a one-word body's span whose word is the
        whole name of a person of the article named by that word alone (no full name anywhere), and no body,
        country, capital or place the tables know, is that person (the model typed the name once as a body,
        often where it modifies a noun), when the model tags that word a person nowhere (the person was read by
        a rule, not by the model's split labels)."""
        words = [t for t in ent if t.tag_ != "POS" and not t.is_punct]
        if len(words) != 1 or ent.label_ not in {"ORG", "NORP"} or ent.start in self.claimed:
            return False
        text = words[0].text
        if not (text[:1].isupper() and text.isalpha()) or self.ad.organisation(text) or self.ad.country_of(text) \
                or self.ad.capital_of(text) or _gazetteer_is_place(self.gaz, text):
            return False
        if any(e.label_ == "PERSON" and self._span_text(e) == text for e in self.ents):
            return False  # the model tags the word both ways: its own labels stand (a firm it also calls a person)
        cluster = self.by_key.get(f"person:{normalise_name(text)}")
        return cluster is not None and cluster.type == "PERSON" and " " not in cluster.name

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
            # person only after the full name and where only a person stands; a body's one-word
            # short name whose body the article never names in full is the person's anywhere
            # after the full name ("Ann Wagner ... Wagner agrees"; surnames37)
            return ent.start_char > cluster.first() and (self._person_context(words[0])
                                                         or self._body_short_name_unused(text))
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
        no place or body with it. Never the first word of a body's full name of two words or more,
        written again whole (``the Lee Global Initiative`` after ``Ann Lee``; bodies32)."""
        surnames = self._surnames()
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        last_words = {_name_words(c.name, self.ad.words.name_suffix)[-1] for c in people}
        place_words = self._place_words()
        tokens = self.tokens
        # the names of two words or more the article gives bodies, by their first word: "the Lee Global
        # Initiative" written again is the body's (``_repeated_full_names``), not Lee's surname (bodies32)
        body_names: dict[str, list[tuple[str, ...]]] = {}
        for c in self.clusters:
            if c.type == "ORG" and len(words := tuple(c.name.split())) >= 2 and all(w[:1].isupper() for w in words):
                body_names.setdefault(words[0], []).append(words)
        for tok in self._capitalised():  # capitalised words only (the index), not every token
            if tok.i in self.claimed:
                continue
            if any(tuple(self.words[tok.i:tok.i + len(name)]) == name for name in body_names.get(self.words[tok.i], ())):
                continue  # the first word of a body's full name, written again
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
        marks = getattr(self, "possessive_names", ())  # "the local Hallam’s": a shop's name ends with its mark
        tokens = [t for t in self.tokens[ent.start:ent.end] if self.words[t.i].lower() != "the" and (t.tag_ != "POS" or t.i in marks)]
        # "we have a Republican Party which ...": a lower-case indefinite article the model ran
        # into a name is no word of it (a capital "A" may begin a name: "A Better Choice"); ents33
        if len(tokens) > 1 and tokens[0].tag_ == "DT" and self.words[tokens[0].i] in self.ad.words.indefinite_article:
            tokens.pop(0)
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
        # "the Ministry of Education approved": a name's word after "of" (or any word not capitalised)
        # ends the name's "X of Y" and cannot be the name's last word run into a surname
        if ent.label_ == "ORG" and len(ent) >= 3 and after is not None and after.tag_ in {"VBD", "VBZ", "VBP", "MD"} \
                and words[-1].tag_ == "NNP" and words[-2].text[:1].isupper() and normalise_name(words[-1].text) in {
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
            # "Lee Stuns Farming Community With ...": a verb in the third person after the name is the
            # headline's verb; neither it nor its object is any part of a name (ents30)
            if ent[k - 1].tag_ != "POS" and self._headline_verb(after):
                return Span(self.doc, ent.start, ent.start + k, label="PERSON")
            # "Lee Calls On Voters To ...": a last word that no other person's span of the article
            # holds, after a name the article gives alone, when the article never writes the two
            # together again, is a headline's verb (not a role's or a body's word: "Lee Aide")
            if k == len(ent) - 1 and after.is_alpha and self._headline_word_after_name(ent, after):
                return Span(self.doc, ent.start, ent.start + k, label="PERSON")
        return ent

    def _headline_verb(self, tok: Token) -> bool:
        """A capitalised verb in the third person (tagged VBZ, or a word ending in ``s`` whose stem the
        lemmatizer knows as a verb) or in the past (``Lee Got More Votes``: tagged VBD, or a word in
        ``ed`` whose stem the lemmatizer knows as a verb) that is no given or family name and no
        role's word."""
        word = tok.lower_
        if not tok.is_alpha or word in self.ad.given_names or word in self.ad.family_names \
                or normalise_name(tok.text) in self.ad.role_last_words:
            return False
        verbs = self.verbs
        if word.endswith("ed"):  # "used", "blamed", "walked"; not "seed" (no "-eed" past of "see")
            return tok.tag_ in {"VBD", "VBN"} or word[:-2] in verbs or word[-3] != "e" and word[:-1] in verbs
        if tok.tag_ == "VBD":
            return True
        if not word.endswith("s"):
            return False
        return tok.tag_ == "VBZ" or word[:-1] in verbs or word.endswith("es") and word[:-2] in verbs

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
        its names asks). Headline style that keeps short function words in lower case (``Lee
        Blasts Critics for Mocking His Plan, Asks Voters to Stay Home``) is title case too when
        every lower-case word is a function word (a stop word that is no verb, noun, adjective or adverb:
        spaCy's stop list holds `say`, `make`, `so`) and three capitalised words or more, past the
        line's first, stand outside the model's names (a sentence of names joined by function
        words, ``Ann Lee and Tom Hart were in New York``, is not)."""
        text = doc_text(self.doc)
        line_end = text.find("\n", ent.end_char)
        key = (text.rfind("\n", 0, ent.start_char) + 1, len(text) if line_end < 0 else line_end)
        if key not in self._title_case_lines:
            line = self.doc.char_span(key[0], key[1], alignment_mode="expand")
            alpha = [t for t in self.tokens[line.start:line.end] if t.is_alpha] if line is not None else []
            upper = [t for t in alpha if self.words[t.i][:1].isupper()]
            title = len(alpha) >= 4 and len(upper) >= 0.8 * len(alpha)
            if not title and len(alpha) >= 4 and all(t.is_stop and t.pos_ not in _CONTENT_POS for t in alpha
                                                     if not self.words[t.i][:1].isupper()):
                title = sum(not t.ent_type_ for t in upper if t is not alpha[0]) >= 3
            self._title_case_lines[key] = title
        return self._title_case_lines[key]

    def _without_inverted_verb(self, ent: Span) -> Span:
        """``Said Farrow: "..."``, ``Stated Osei:``, ``Wrote Nandakumar in a note:``: an inverted
        attribution opening a sentence, its verb of saying (``quote_inverted_verb`` rows of
        ``data/speech_cues.tsv``) tagged as a given name. The verb is no part of the name when a
        colon follows in the sentence (or a comma and an opening quotation mark right after the name:
        ``Said Farrow, "..."``; split36) and the rest is the family name of a person the text names
        elsewhere (an inverted attribution refers back to someone introduced), or one known given
        name (``Explained Keith, "..."``; giveme42)."""
        if len(ent) < 2 or not self._inverted_verb_before(ent.start, ent[-1]):
            return ent
        return Span(self.doc, ent.start + 1, ent.end, label="PERSON")

    def _without_imperative_verb(self, ent: Span) -> Span:
        """``Combine Lee and Hart's figures and ...``: a sentence opening with an imperative, its verb
        tagged as a given name before a surname. The first word is no part of the name when it is a
        verb in its base form that the lemmatizer knows and no given name, the rest is the surname of
        a person the text names in full elsewhere with another first word (``Ann Lee``), the whole
        run is written nowhere else, and the name is no subject (``Rush Hale said`` keeps its given
        name). A given name the table lacks, before a surname the text writes alone elsewhere
        (``Sue Gray's report``, then ``Gray``), is kept: only the full name with another first word
        tells the verb."""
        if ent.label_ != "PERSON" or len(ent) < 2:
            return ent
        verb = ent[0]
        if not verb.is_sent_start and not (verb.i > 0 and (self.doc[verb.i - 1].is_quote or self.doc[verb.i - 1].is_space)):
            return ent
        word = verb.lower_
        if not verb.is_alpha or not verb.text[:1].isupper() or word not in self.verbs or word in self.ad.given_names \
                or any(t.dep_ in {"nsubj", "nsubjpass"} for t in ent):
            return ent
        rest = normalise_name(ent[1:].text)
        if doc_text(self.doc).count(ent.text) > 1:
            return ent
        others = [normalise_name(self._span_text(e)) for e in self.ents if e.label_ == "PERSON" and e.start != ent.start]
        if not any(len(other.split()) > 1 and other.split()[-1:] == [rest] and other.split()[0] != word
                   for other in others):
            return ent
        return Span(self.doc, ent.start + 1, ent.end, label="PERSON")

    def _inverted_verb_before(self, i: int, last: Token) -> bool:
        """Whether token ``i`` is the verb of an inverted attribution before the name ending with
        ``last`` (see ``_without_inverted_verb``)."""
        verb = self.doc[i]
        if verb.lower_ not in self.inverted_verbs or not verb.text[:1].isupper():
            return False
        sent = verb.sent
        # after a full stop the parser ran on ("... said Amy. Explained Keith, ..."), a sentence opens too
        if i != sent.start and not (i > 0 and (self.doc[i - 1].is_quote or self.doc[i - 1].is_space
                                                or self.doc[i - 1].text in {".", "!", "?"})):
            return False
        # a colon in the sentence, or a comma and an opening quotation mark right after the name
        # ("Said Lee, 'We won.'": split36)
        after = self.doc[last.i + 1: min(last.i + 3, len(self.doc))]
        if not any(t.text == ":" for t in self.doc[last.i + 1 : sent.end]) \
                and not (len(after) == 2 and after[0].text == "," and after[1].is_quote):
            return False
        if any(other.label_ == "PERSON" and not other.start <= last.i < other.end and len(other) >= 2
               and other[-1].lower_ == last.lower_ and other[0].lower_ not in self.inverted_verbs
               for other in self.doc.ents):
            return True
        # "Explained Keith, '...'": a known given name right after the verb opens the name itself (a
        # name is no past tense of a verb of saying and a given name); the person may be named so only
        # (giveme42)
        return last.i == i + 1 and last.lower_ in self.ad.given_names

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
        if (ent.start, ent.end) in self.firms_named_like_people:
            return ent  # "the group Mothers Against Noise": a body's name, its person noun no title (ents29)
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
        if ent[-1].text[:1].isupper() and getattr(self.ad.role(ent[-1].lower_), "kind", None) == "org" \
                and ent[-1].lower_ not in self.ad.family_names and not any(t.lower_ in self.ad.given_names for t in ent):
            return ent  # "the Republican National Committee": a body's noun ends it, no titled person (ents37)
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
        core_text = self._span_text(core)  # read up to four times below; Span.text makes a Token per word each time
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
        if ent.label_ in {"ORG", "NORP"} and self._subject_of_personal_reflexive(core):
            return True  # "Pruitt compared himself to ...": a body is "itself" (names38)
        if ent.label_ in {"GPE", "LOC", "FAC"} and self._given_name_unknown_place(core, ent.label_):
            return True  # "Rebecca Okafor sat on her grandfather's lap": no place the gazetteer knows (names46)
        return ent.label_ in {"ORG", "NORP", "GPE", "FAC"} and self._family_name_repeated(core)

    def _given_name_unknown_place(self, core: Span, label: str) -> bool:
        """``With her hair flaming, Rebecca Okafor sat ...``, ``accepted the resignation of Ann Zelenko as
        coach``: two or three capitalised proper nouns the model tagged a place, the first a given name
        (``given_names.tsv`` or the census lists), are a person's name when nothing makes them a place: the
        gazetteer knows neither the words nor any of them after the given name as a place, none is a role,
        country, body or company word, and they stand where no place goes (no article, locative preposition,
        ``from`` or ``to`` before them, no hyphen glued after them, ``Okafor-based``). A place's name of this
        shape is a place the gazetteer knows (``Santa Monica``, ``Laurel County``) or a thing's, whose last
        word is a common noun (``Davis Cup``, ``Pearl Harbor``): the last word of a span tagged other than a
        geopolitical place must be no common noun of the model's lexicon."""
        words = list(core)
        if not 2 <= len(words) <= 3 or not (words[0].lower_ in self.ad.given_names or words[0].lower_ in self.ad.census_given_names):
            return False
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
            return False
        text = self._span_text(core)
        if _gazetteer_is_place(self.gaz, text) or any(_gazetteer_is_place(self.gaz, t.text) for t in words[1:]):
            return False
        if any(self.ad.role(t.text) or self.ad.country_of(t.text) or self.ad.organisation(t.text)
               or t.lower_ in self.ad.words.company_word for t in words) or self.ad.organisation(text):
            return False
        if label != "GPE" and words[-1].lower_ in self.nouns or words[-1].tag_ == "NNPS":
            return False
        before = self.tokens[core.start - 1] if core.start > 0 else None
        if before is not None and (before.tag_ == "DT" or before.lower_ in self.ad.words.gazetteer_preposition
                                   or before.lower_ in {"at", "from", "to", "into", "of"} and before.head.pos_ != "NOUN"):
            return False
        after = self.tokens[core.end] if core.end < len(self.tokens) else None
        if after is not None and after.text in {"-", "\u2013"} and not words[-1].whitespace_:
            return False
        # "tracks at Ascot in Berkshire, Harriet Vue in Leeds": a name placed in a town, or listed with places, is a place
        placed = after is not None and after.lower_ in {"in", "near"} and core.end + 1 < len(self.tokens) \
            and self.tokens[core.end + 1].ent_type_ in {"GPE", "LOC"}
        return not placed and not any(c.ent_type_ in {"GPE", "LOC", "FAC"} for c in core.root.conjuncts)

    def _subject_of_personal_reflexive(self, core: Span) -> bool:
        """``<Surname> compared himself to ...``: one to three capitalised proper nouns, no body, country or
        role the tables know, that are the subject of a verb whose object is a gendered reflexive pronoun
        (``himself``, ``herself``: actor_words.tsv ``pronoun``) name a person; a body refers to itself as
        ``itself`` or ``themselves``."""
        if not 1 <= len(core) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in core):
            return False
        root = core.root
        if root.dep_ != "nsubj" or root.head.i <= root.i:
            return False
        if any(self.ad.role(t.text) or self.ad.organisation(t.text) or self.ad.country_of(t.text) for t in core):
            return False
        pronouns = self.ad.words.pronoun
        return any(c.dep_ in {"dobj", "pobj", "npadvmod"} and c.lower_.endswith("self") and c.lower_ in pronouns
                   and pronouns[c.lower_] for c in root.head.children)

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
        if found is None or self.words[j][:1].isupper():
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
        """A "PERSON" span that contains an organisation or country word ("Lib Dem MPs"). Not the
        last word of a known given name and one or two capitalised words (``Tom Wagner``, ``Ann
        Lee Westminster``): a body's one-word short name there is a family name (surnames37)."""
        words = [t.text for t in core]
        surname_at = len(words) - 1 if self._given_name_and_surname(words) else None
        for n in range(min(len(words), self.ad.max_org_words), 0, -1):
            for i in range(len(words) - n + 1):
                if n == 1 and i == surname_at:
                    continue
                phrase = " ".join(words[i:i + n])
                if self.ad.organisation(phrase) or (n == len(words) and self.ad.country_of(phrase)):
                    return True
        return False

    def _longer_organisation(self, core: Span) -> Span:
        """"Liberal Democrats" where the model tagged only "Democrats": a known body's name that
        the capitalised words just before the entity complete."""
        for extra in (2, 1):
            start = core.start - extra
            if start < 0 or any(j in self.claimed or not self.words[j][:1].isupper()
                                for j in range(start, core.start)):
                continue
            longer = self.doc[start: core.end]
            if self.ad.organisation(longer.text):
                return longer[1:] if longer[0].lower_ == "the" else longer
        return core

    def _call_letters(self, core: Span) -> bool:
        """``on the NBC affiliate WXYZ``: one word of three to five capital letters right after a
        lower-case noun of a broadcasting station (``station_noun``) is the station's call letters."""
        return len(core) == 1 and core.start > 0 and 3 <= len(self.words[core.start]) <= 5 \
            and self.words[core.start].isupper() and self.words[core.start].isalpha() \
            and self.words[core.start - 1] in self.ad.words.station_noun

    def _station_descriptions(self) -> None:
        """``... on the affiliate WXYZ. ... at the same station``: ``the station`` or ``the same
        station`` (a station's noun after ``the``, with ``same`` or nothing between) is the one
        station named by its call letters before it; two such stations, no link."""
        stations = [c for c in self.clusters if c.key.startswith("org:station:")]
        if not stations:
            return
        for tok in self._with_lower(self.ad.words.station_noun):
            if tok.i in self.claimed or tok.tag_ != "NN" or tok.i < 1:
                continue
            start = tok.i - 1
            if self.tokens[start].lower_ == "same":
                start -= 1
            if start < 0 or self.tokens[start].lower_ != "the":
                continue
            before = [c for c in stations if any(m.end <= self.tokens[start].idx for m in c.mentions)]
            if len(before) == 1:
                before[0].evidence.append(f"{self.doc[start: tok.i + 1].text!r}: the one station named before")
                self._add(before[0], start, tok.i + 1, "group", tok)

    def _bodies_named_in_commas(self) -> None:
        """``His super PAC, Right to Rise, is paying``, ``The group's charity, Hope for Harbors, said``: a
        body's noun phrase (a possessor before its noun: the body is someone's) as a subject, then
        between commas two to five words no label covers, the first and the last capitalised and those
        between lower-case function words (a name made of common words the parser reads as a clause),
        then the subject's verb: the words are the body's name, and the noun phrase a mention of it."""
        words = self.words
        for comma in self._with_lower({","}):  # the commas, from the index of forms
            k = comma.i
            if k < 2:
                continue
            noun = self.tokens[k - 1]
            body_noun = noun.lower_ in self.ad.words.common_noun_acronym or (
                (role := self.ad.role(noun.lower_)) is not None and role.kind == "org")
            if not body_noun:
                continue
            owner = next((t for t in self.doc[max(0, k - 5): k - 1] if t.tag_ in {"PRP$", "POS"}), None)
            if owner is None or self.tokens[k - 1].dep_ not in SUBJECT_DEPS:
                continue
            end = next((j for j in range(k + 2, min(k + 7, len(self.tokens))) if words[j] == ","), None)
            if end is None or end + 1 >= len(self.tokens) or self.tokens[end + 1].pos_ not in {"AUX", "VERB"}:
                continue
            run = self.tokens[k + 1: end]
            if not (words[k + 1][:1].isupper() and words[end - 1][:1].isupper()) or len(run) < 2 \
                    or any(t.ent_type_ or t.i in self.claimed or not (t.text[:1].isupper() and t.is_alpha or t.pos_ in {"ADP", "PART", "CCONJ", "DET"} and t.is_lower) for t in run):
                continue
            name = self.doc[k + 1: end]
            start = owner.i if owner.tag_ == "PRP$" else owner.i + 1
            while start > 0 and self.tokens[start].tag_ == "POS":
                start += 1
            cluster = self._cluster(f"org:{normalise_name(name.text)}", "ORG", name.text)
            cluster.evidence.append(f"{self.doc[start: k].text!r}: described in apposition before its name")
            self._add(cluster, name.start, name.end, "name", name[-1])
            first, last = self.tokens[start].idx, noun.idx + len(noun.text)
            for c in self.clusters:
                if c is not cluster:
                    c.mentions = [m for m in c.mentions if not (m.start < last and first < m.end)]
            self._add(cluster, start, k, "group", noun)

    def _non_person(self, ent: Span) -> None:
        if any(i in self.claimed for i in range(ent.start, ent.end)):
            return
        if (ent.start, ent.end) in self.result_teams or (ent.start, ent.end) in self.place_bodies:
            # "Clemson beat Alabama 35-31": a team named by its place, no place nor country here;
            # "chain Acmeland have announced": a body named like a country (ents22)
            cluster = self._cluster(f"org:{normalise_name(ent.text)}", "ORG", ent.text)
            self._add(cluster, ent.start, ent.end, "name", ent.root)
            return
        if ent.label_ in {"LOC", "GPE"} and self._publication_slot(ent):
            start = ent.start - 1 if ent.start > 0 and self.doc[ent.start - 1].text == "The" else ent.start
            name = self.doc[start: ent.end].text
            cluster = self._cluster(f"org:{normalise_name(name)}", "ORG", name)
            cluster.sectors = cluster.sectors or ["MED"]
            cluster.evidence.append(f"{name!r}: the publication a verb of writing puts it in")
            self._add(cluster, start, ent.end, "name", ent.root)
            return
        core = self._core(ent)
        if core is None:
            return
        if ent.label_ == "PERSON" and self._plural_group_name(core) or ent.label_ in {"PERSON", "ORG"} \
                and len(core) == 1 and core[0].lower_ in self.ad.words.people_name:
            # "Many Latinos voted": a group of people (NORP), like a demonym standing as a noun;
            # its country and sector the word does not tell; a people's name of the table
            # (``people_name``: "the vitriol directed at Latinos") whatever the model tagged (bodies32)
            cluster = self._cluster(f"group:{normalise_name(core.text)}", "NORP", core.text)
            self._add(cluster, core.start, core.end, "group", core.root)
            return
        core = self._longer_organisation(core)
        core_text = self._span_text(core)  # read up to nine times below; Span.text makes a Token per word each time
        org = self.ad.organisation(core_text)
        if org is not None and not org.exists_on(self.published):
            # a body founded after the article was written ("FSA" in 2004 is no Free Syrian
            # Army): a body of that name the tables do not know
            cluster = self._cluster(f"org:{normalise_name(core_text)}", "ORG", core_text)
            self._add(cluster, core.start, core.end, "name", core.root)
            return
        if self._call_letters(core):
            # "the network's affiliate WXYZ": a station's call letters, whatever body they spell
            cluster = self._cluster(f"org:station:{normalise_name(core_text)}", "ORG", core_text)
            cluster.sectors = cluster.sectors or ["MED"]
            cluster.nouns.add(self.words[core.start - 1].lower())
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
            cluster = self._cluster(f"org:{normalise_name(org.name)}", "ORG", org.name_on(self.published))
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
            country = self._division_of_name(core) or country or self._possessor_country(core.root) \
                or self._campus_home(core) or self._place_country(list(core))
            if country and self._nickname_after_home(core, country):
                # "the Cleveland Indians", "the Denver Mexicans": a club's nickname after its
                # town is no nationality; the club is the town's
                country = _gazetteer_country(self.gaz, self.doc[core.start: core.end - 1].text)
            described = self._body_descriptor(core)
            if described is not None:
                country, sectors = country or described[0], sectors or described[1]
            if not sectors and (core[-1].lower_ in self.ad.words.media_title and core[-1].text[:1].isupper()
                                or core.root.i in self.publisher_tokens):
                sectors = ["MED"]  # "The Beijing News": a newspaper's title; the publisher's own name
            name = core_text
            cluster = self._cluster(f"org:{normalise_name(name)}", "ORG", name)
            cluster.country = cluster.country or country
            cluster.sectors = cluster.sectors or sectors
            if described is not None:
                cluster.nouns.add(described[2])  # "Irish national airline Acme": called an airline
            self._add(cluster, core.start, core.end, "name", core.root)

    def _publication_slot(self, ent: Span) -> bool:
        """``<Name> writes in The <Title> that ...``, ``argued in <Title>: "..."``: a name after the
        ``in`` of a verb of writing in print (``column_verb``), with what the piece says after it (a
        ``that`` clause or a colon), is the publication's title, though the model tagged a place (a
        title that is an ocean's or a region's name; a town's only after a capitalised ``The``); one
        writes in a place with no such clause after the place's name (``wrote in Paris in 1920``)."""
        root = ent.root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in {"VERB", "AUX"} \
                or prep.head.lemma_.lower() not in self.ad.words.column_verb:
            return False
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        if after is None or not (after.lower_ == "that" or after.text == ":"):
            return False
        # a town's name is a place more often than a title: only a capitalised "The" makes it one
        return ent.label_ == "LOC" or ent.start > 0 and self.doc[ent.start - 1].text == "The"

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
        if (core.start, core.end) in getattr(self, "speaker_names", ()) or core.root.dep_ == "nsubj" \
                and core.root.head.lemma_.lower() in self.speech_verbs and self._speaking_town(core):
            return False  # "..., Marwick said": a town does not speak; its namesake does, here and elsewhere (ents42)
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

    def _lower_case_quoted_names(self) -> None:
        """``"It's tom hart," she wrote, referring to Thomas Hart ... "I'll call tom."``: quoted
        informal writing (an email, a text message) may drop the capitals of a name the article gives
        in full. Inside quotation marks, two lower-case words that are a person's family name after
        their given name (or its first three letters or more: ``tom`` of ``Thomas``) are that person;
        a lower-case word alone is, when it is a given name of ``given_names.tsv`` (or such a short
        form), no noun or verb the lemmatizer knows, and the start of one named person's given name
        only, that person having been written so in lower case before. Two people who fit: no one."""
        text = doc_text(self.doc)
        people: list[tuple[Cluster, str, str]] = []
        for cluster in self.clusters:
            if cluster.type != "PERSON" or not cluster.key.startswith("person:"):
                continue
            for m in cluster.mentions:
                words = [w.lower() for w in text[m.start:m.end].split() if w.isalpha()] if m.kind == "name" else []
                if len(words) >= 2 and (cluster, words[0], words[-1]) not in people:
                    people.append((cluster, words[0], words[-1]))
        if not people:
            return
        # every word either reading takes opens some named person's given name: the words that do not
        # are passed over before anything else is asked of them (most of the article's words)
        openings = {given[:k] for _, given, _ in people for k in range(3, len(given) + 1)}
        written_low: set[int] = set()  # clusters named in lower case in a quotation before
        for tok in self.tokens:
            word = tok.lower_
            if word not in openings or not (tok.is_lower and tok.is_alpha and len(word) >= 3) or tok.i in self.claimed \
                    or self._quotation_at(tok.idx) is None:
                continue
            nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
            if nxt is not None and nxt.is_lower and nxt.i not in self.claimed:
                full = {id(c): c for c, given, family in people if nxt.lower_ == family and given.startswith(word)}
                if len(full) == 1:
                    cluster = next(iter(full.values()))
                    cluster.evidence.append(f"{tok.text} {nxt.text!r}: {cluster.name}'s name in lower case in a quotation")
                    self._add(cluster, tok.i, tok.i + 2, "name", nxt)
                    written_low.add(id(cluster))
                    continue
            if word not in self.ad.given_names and not any(given.startswith(word) and given in self.ad.given_names
                                                           for _, given, _ in people):
                continue
            if word in self.nouns or word in self.verbs:
                continue
            alone = {id(c): c for c, given, _ in people if given.startswith(word)}
            if len(alone) == 1 and next(iter(alone)) in written_low:
                cluster = next(iter(alone.values()))
                self._add(cluster, tok.i, tok.i + 1, "name", tok)

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

    # --- two people of one family name (ents33) -------------------------------------------------
    def _kin_nouns_of(self, tok: Token, quoted: bool = False) -> set[str]:
        """The relation nouns (person_nouns.tsv kind relation) the clause of a subject ``tok`` gives
        it with a third-person possessive (``<Name> cited help from his father``; a verb of saying:
        its whole sentence, ``<Name> said, the gift made his father a sponsor``), outside quotation
        marks; with ``quoted``, also those with ``my`` inside the quotation the subject's verb of
        saying closes (``"My father gave," <Name> said``)."""
        if tok.dep_ not in SUBJECT_DEPS:
            return set()
        verb = tok.head
        sent = self.sents[self.sent_of[tok.i]]
        scope = list(sent) if verb.lemma_.lower() in self.speech_verbs else list(verb.subtree)
        found: set[str] = set()
        for t in scope:
            noun = self.ad.person_noun(t.lemma_) if t.pos_ == "NOUN" else None
            if noun is None or noun.kind != "relation" or self._quotation_at(t.idx) is not None:
                continue
            if any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in t.children):
                found.add(normalise_name(t.lemma_))
        if quoted and verb.lemma_.lower() in self.speech_verbs:
            found |= self._kin_in_closed_quotation(tok)
        return found

    def _kin_in_closed_quotation(self, tok: Token) -> set[str]:
        """``"My father gave ...," <Name> said``: the relation nouns after ``my`` in the quotation
        that closes right before the speaker's name (only marks and a comma between)."""
        self._quotation_at(0)  # the quotation spans, found once
        gap = self.text[max(0, tok.idx - 4): tok.idx]
        closed = [(a, b) for a, b in self.quotations or [] if b <= tok.idx and not self.text[b: tok.idx].strip(" ,\"'”’")]
        if not closed or not gap.strip():
            return set()
        a, b = closed[-1]
        found: set[str] = set()
        for t in self.tokens:
            if a <= t.idx < b and t.lower_ == "my" and t.i + 1 < len(self.tokens):
                noun = self.ad.person_noun(self.tokens[t.i + 1].lemma_)
                if noun is not None and noun.kind == "relation":
                    found.add(normalise_name(self.tokens[t.i + 1].lemma_))
        return found

    def _shared_family_names(self) -> None:
        """Two people of the article named in full share a family name (a father and a son): the
        bare family name names the one the clause fits and only that one. One the text calls
        someone's relative in the clause of a full-name mention (``<Given> <Family> said ... from his
        father``) is told of by a bare name whose clause speaks of that relative too (``<Family>
        cited help from his father``, ``"My father gave ...," <Family> said``), when the other was
        never so spoken of; and a bare name the sentence follows with the other's full name
        (``the kind <Family> described - gifts of <Other given> <Family>'s cash``) is not the other.
        Two who fit, or none: the name stays as it was read (never a guess)."""
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")
                  and len(_name_words(c.name, self.ad.words.name_suffix)) >= 2]
        families: dict[str, list[Cluster]] = {}
        for c in people:
            families.setdefault(_name_words(c.name, self.ad.words.name_suffix)[-1], []).append(c)
        for family, owners in families.items():
            if len(owners) < 2:
                continue
            kin: dict[int, set[str]] = {}
            for c in owners:
                kin[id(c)] = set()
                for m in c.mentions:
                    if m.kind == "name" and len(self.text[m.start:m.end].split()) >= 2 and self._quotation_at(m.start) is None:
                        kin[id(c)] |= self._kin_nouns_of(m.head)
            for cluster in list(self.clusters):
                for m in list(cluster.mentions):
                    if m.kind != "name" or normalise_name(self.text[m.start:m.end].removesuffix("'s").removesuffix("’s")) != family:
                        continue
                    target = self._family_member_at(m, owners, kin)
                    if target is None or target is cluster:
                        continue
                    cluster.mentions.remove(m)
                    target.mentions.append(m)
                    target.evidence.append(f"{self.text[m.start:m.end]!r}: the one of that family name the clause fits")
                    if not cluster.mentions:
                        self.clusters.remove(cluster)
                        self.by_key = {k: v for k, v in self.by_key.items() if v is not cluster}

    def _family_member_at(self, m: Mention, owners: list[Cluster], kin: dict[int, set[str]]) -> Cluster | None:
        """Of ``owners`` (people of one family name), the one a bare family name ``m`` names by its
        clause (see ``_shared_family_names``), else None."""
        if self._quotation_at(m.start) is not None:
            return None
        spoken = self._kin_nouns_of(m.head, quoted=True)
        if spoken:
            fits = [c for c in owners if kin[id(c)] & spoken]
            if len(fits) == 1 and not any(kin[id(c)] for c in owners if c is not fits[0]):
                return fits[0]
            return None
        sent = self.sent_of[m.head.i]
        # a full name set all in capitals (``WHO IS <GIVEN> <FAMILY>?``) is a box's heading run into the
        # sentence by the page's layout, not the sentence's own naming of someone else (giveme40)
        later = [c for c in owners if any(mm.kind == "name" and mm.start >= m.end and mm.sent == sent
                                          and len(self.text[mm.start:mm.end].split()) >= 2
                                          and not self.text[mm.start:mm.end].isupper() for mm in c.mentions)]
        if len(later) == 1 and len(owners) == 2:
            return next(c for c in owners if c is not later[0])
        return None

    def _line_credit_names(self) -> None:
        """``Reed: 'We will win.'``: a line (a headline) opening with one to three capitalised words, a
        colon and a quotation mark credits the quotation to the person so named; the words are a
        mention of the one person of the article they name (``_match_person``), whether or not
        the model tagged them (ents33)."""
        for match in LINE_CREDIT.finditer(self.text):
            span = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
            if span is None or any(k in self.claimed for k in range(span.start, span.end)):
                continue
            if any(c.type != "PERSON" and any(m.start == span.start_char for m in c.mentions) for c in self.clusters):
                continue
            cluster = self._match_person(span.text)
            if cluster is None or any(m.start <= span.start_char < m.end for m in cluster.mentions):
                continue
            self._add(cluster, span.start, span.end, "name", span.root)
            self.claimed.update(range(span.start, span.end))

    def _capitals_line_participle(self, ent: Span) -> Span:
        """``UNION CLOSING RANKS AROUND CHIEF``: in a heading set all in capitals, a name span the model
        ran into a present participle after it (a word in ``-ING`` whose stem the lemmatizer knows as a
        verb: the heading's verb) ends before that word (ents33)."""
        if len(ent) < 2 or not ent.text.isupper():
            return ent
        line_start = self.text.rfind("\n", 0, ent.start_char) + 1
        line_end = self.text.find("\n", ent.end_char)
        line = self.text[line_start: line_end if line_end >= 0 else len(self.text)]
        if any(ch.islower() for ch in line):
            return ent
        for k in range(1, len(ent)):
            word = self.words[ent.start + k].lower()
            if not (word.endswith("ing") and len(word) > 5 and word.isalpha()):
                continue
            stem = word[:-3]
            if stem in self.verbs or stem + "e" in self.verbs or (stem[-1:] == stem[-2:-1] and stem[:-1] in self.verbs):
                return Span(self.doc, ent.start, ent.start + k, label=ent.label_)
        return ent

    def _place_name_forms(self) -> None:
        """``Ruritania's Liberal Party``, ``the Liberal Party of Ruritania`` and ``the Ruritania Liberal
        Party`` are one body's three names: a body named by a place's possessive before its name, or by
        its name and ``of`` the place, is the body the text also names ``<place> <name>`` (or, when it
        does not, under either other form): its mentions join that one, whose name is the plain
        ``<place> <name>`` (ents33). The place must be one the gazetteer or the country table knows."""
        bodies = [c for c in self.clusters if c.type == "ORG" and c.key.startswith("org:")]
        by_form: dict[str, list[Cluster]] = {}
        for cluster in bodies:
            name = re.sub(r"^the\s+", "", cluster.name, flags=re.I)
            match = PLACE_POSSESSIVE_NAME.match(name) or PLACE_OF_NAME.match(name)
            if match is None:
                continue
            place, body = match.group("place"), match.group("body")
            if not (self.ad.country_of(place) or _gazetteer_is_place(self.gaz, place)) or len(body.split()) < 2:
                continue
            by_form.setdefault(normalise_name(f"{place} {body}"), []).append(cluster)
        for form, clusters in by_form.items():
            plain = [c for c in bodies if normalise_name(re.sub(r"^the\s+", "", c.name, flags=re.I)) == form]
            if len(plain) > 1 or (not plain and len(clusters) < 2):
                continue
            into = plain[0] if plain else clusters[0]
            for other in clusters:
                if other is not into and other in self.clusters:
                    into.evidence.append(f"{other.name!r}: another form of the name {into.name}")
                    self._fold(other, into)
            if not plain:
                match = PLACE_POSSESSIVE_NAME.match(into.name) or PLACE_OF_NAME.match(re.sub(r"^the\s+", "", into.name, flags=re.I))
                into.name = f"{match.group('place')} {match.group('body')}"
