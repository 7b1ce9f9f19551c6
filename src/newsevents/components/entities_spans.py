"""Name spans: the model's spans mended before any name is read.

Names the model left untagged, ran into a neighbour, cut short or mislabelled.

Passes of ``NameRules._named`` (components/entities_names.py) over the model's spans, each taking the
list of spans and returning it mended; a mixin of ``EntityResolver`` (components/entities.py): the
methods read the resolver's state (``self.tokens``, ``self.ad`` ...) exactly as its own do."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsevents.actors import normalise_name
from newsevents.components.entities_base import (
    CALENDAR_NAMES,
    NON_NAME_LABELS,
    REGION_LEVELS,
    SCORE,
    _gazetteer_country,
    _gazetteer_is_place,
    _gazetteer_prominent,
    _gazetteer_region,
    _initials,
)
from newsevents.components.figures import _title_case, capitalised_plural, number_opens_name
from newsevents.docquery import doc_span, doc_text

# A word written in camel case ("ZenPolls", "RealFacts"): a proper name (a site's, a firm's) whatever its tag
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
# a place polled by name ("the Denver poll") is a state, a country or a city of this many people at least;
# a smaller town's name before "poll" is a pollster's (a college named after it; names39)
POLLED_PLACE = 100_000
# a city of this many people speaks by its seat's name ("Moscow said"); a smaller town's name as the subject of a
# verb of saying is a person's (ents42)
SPEAKING_CITY = 100_000
# A name of letters with digits glued on ("Future45", "Agenda2030"): no person's or place's name is so written
_LETTERS_DIGITS = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*\d+")
# A line that is a byline and nothing else: a label and a colon or a dash before two or three capitalised
# words (a middle initial allowed) and an optional full stop ("BYLINE: Ann Lee.", "By Ann B. Lee", "- Ann Lee.")
_BYLINE_LINE = re.compile(
    r"^[ \t]*(?:(?P<label>[A-Za-z]+)[ \t]*:?|(?P<dash>[-\u2013\u2014]))[ \t\u00a0]+"
    r"(?P<name>[A-Z][a-z'\u2019-]+(?:[ \t\u00a0]+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)){1,2})[ \t]*\.?[ \t]*$",
    re.MULTILINE)


def _has_capital(word: str) -> bool:
    """Whether a letter of ``word`` is a capital (``any(c.isupper() for c in word)``), answered at
    once for a word in lower case, as most words are: no letter of it is a capital then."""
    return not word.islower() and any(c.isupper() for c in word)


class SpanRules:
    """The passes over the model's spans; each says which pattern it reads and why."""

    def _venue_names(self, ents: list[Span]) -> list[Span]:
        """``owner of local pub the Crooked Lantern``, ``city bar the Velvet Ox``: a venue's noun
        (``venue_noun``), a lower-case ``the`` and one to four capitalised words inside the
        sentence name a body the model often leaves untagged or cuts short; that name and its
        repetitions (``The Crooked Lantern stayed open``) are a body's, over what the model tagged
        there (not over a person's span). Not ``the bar The players ...`` (a sentence run on), nor
        ``the bar the moment ...`` (issue 15, s19-g2rest)."""
        venue = self.ad.words.venue_noun
        names: set[tuple[str, ...]] = set()
        tokens = self.tokens
        for tok in self._with_lower(venue):  # the venue nouns from the index, not every token
            if tok.i + 2 >= len(tokens) or tokens[tok.i + 1].text != "the":
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

    def _slogan_bodies(self, ents: list[Span]) -> list[Span]:
        """``One Wisconsin Now``, ``Always Texas First``, ``Never Again Utah``: three or four
        capitalised words in a row, one of them a place's name and every other a slogan's adverb or
        number word (actor_words.tsv ``slogan_word``), are one group's name, however the model cut
        or tagged them (a number, a place and a body)."""
        tokens = self.tokens
        words = self.ad.words.slogan_word
        found: list[Span] = []
        # the runs of capitalised words of letters, gathered from the index of capitalised words
        # (a run is a maximal stretch of them side by side), not from a walk over every word;
        # (a line break is a token of its own; the parser may start a sentence inside the run)
        runs: list[list[int]] = []
        for t in self._capitalised():
            if self.words[t.i].isalpha():
                if runs and runs[-1][-1] == t.i - 1:
                    runs[-1].append(t.i)
                else:
                    runs.append([t.i])
        for run_positions in runs:
            i, k = run_positions[0], run_positions[-1] + 1
            run = tokens[i:k]
            places = [t for t in run if self.words[t.i].lower() not in words]
            if 3 <= len(run) <= 4 and len(places) == 1 and any(t.lower_ in words for t in run[:1] + run[-1:]) \
                    and (self.ad.country_name_of(places[0].text) or _gazetteer_is_place(self.gaz, places[0].text)):
                found.append(Span(self.doc, i, k, label="ORG"))
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in found)]
        return sorted(kept + found, key=lambda e: e.start)

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
        # the honorifics and the capitalised words from the indexes, not every token read
        honoured = {self.words[t.i + 1] for t in self._with_lower(self.ad.words.honorific) if t.i < n - 1}
        for tok in self._capitalised():
            if tok.i >= n - 4:
                break
            given = tok
            if not tokens[given.i + 1].is_quote:
                continue  # no nickname opens after it (_nickname_words): the cheapest test first
            if not (given.pos_ == "PROPN" and self.words[given.i][:1].isupper() and self.words[given.i].isalpha()) \
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
                         and self.words[k - 1][:1].isupper() and self.words[k + 1][:1].isupper()), None)
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
                             if all(w[:1].isupper() for w in self.words[k: ent.end])
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
            at = next((i for i in range(ent.start + 2, ent.end) if self.words[i].lower() == "at"), None) if ent.label_ == "ORG" else None
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
            of = next((i for i in range(ent.start, ent.end) if self.words[i].lower() == "of"), None)
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
            if ent.label_ == "FAC" and self._club_shaped(ent) and self._parallel_club(ent, ent[-1], None, ents):
                joined[ent.start] = Span(self.doc, ent.start, end, label="ORG")  # "the Northby Gulls and Eastport Hawks"
                continue
            if ent.label_ != "GPE" or ent.start == 0 or self.tokens[ent.start - 1].lower_ != "the" or end >= len(self.tokens):
                continue
            nick = self.tokens[end]
            other = by_start.get(end)
            nationality = nick.text[:1].isupper() and nick.lower_.endswith("s") and bool(self.ad.country_of(nick.text)) \
                and not self.ad.country_name_of(nick.text) and normalise_name(nick.text) not in self.ad.adjectives \
                and (not nick.ent_type_ or other is not None and other.label_ == "NORP" and len(other) == 1)
            # "the New York Jets defeat the Dallas Cowboys": a club beside a club of that shape (names39)
            if not nationality and not self._parallel_club(ent, nick, other, ents):
                continue
            home = ent.text
            if self.ad.country_of(home) or self.ad.country_name_of(home) or _gazetteer_country(self.gaz, home) is None:
                continue
            joined[ent.start] = Span(self.doc, ent.start, end + 1, label="ORG")
            if other is not None:
                dropped.add(other.start)
        return [joined.get(e.start, e) for e in ents if e.start not in dropped]

    def _club_shaped(self, span: Span) -> bool:
        """A body's span of the shape ``(the) <town> <Capitalised plural>`` (``the Harbor City Gulls``):
        its words but the last a place the gazetteer knows that is no country."""
        words = [t for t in span if t.tag_ != "DT"]
        if len(words) < 2 or not (words[-1].is_alpha and words[-1].text[:1].isupper() and words[-1].lower_.endswith("s")):
            return False
        home = self.doc[words[0].i:words[-1].i].text
        return not self.ad.country_name_of(home) and _gazetteer_country(self.gaz, home) is not None

    def _parallel_club(self, town: Span, nick: Token, other: Span | None, ents: list[Span]) -> bool:
        """``the Northby Gulls`` with the town tagged a place and the plural noun after it tagged
        nothing, a product or a body: a club's name when the same sentence holds a club the model
        tagged as a body, of the same shape (a town and a capitalised plural: ``watching the
        Eastport Hawks defeat the Northby Gulls``, ``the Northby Gulls and Eastport Hawks``), the
        two named alike as sides of one game (names39, news-dev65). The whole tagged a facility
        (``the Northby Gulls`` as FAC) likewise."""
        if not (nick.is_alpha and nick.text[:1].isupper() and nick.lower_.endswith("s") and nick.tag_ in {"NNPS", "NNS", "NNP"}) \
                or nick.ent_type_ not in {"", "PRODUCT", "ORG", "NORP", "FAC"} or nick.is_sent_start:
            return False
        if other is not None and len(other) != 1:
            return False
        sent = self.sent_of[town.start]
        return any(e.label_ == "ORG" and e.start != town.start and self.sent_of[e.start] == sent and self._club_shaped(e)
                   for e in ents)

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
            first = i + 2
            # "Committee for a Responsible Budget", "Center for the Study of Hate": an article after "for"
            # before capitalised words (names39); "the" not after a plural noun of people ("Democrats for
            # the White House" is a race, no name)
            article = self.tokens[first].lower_
            if article in {"a", "an"} or article == "the" and not tok.lower_.endswith("s"):
                first += 1 if self.tokens[first].text.islower() else 0
            end = self._capitalised_run(first) if first < len(self.tokens) else first
            if end == first or any(e.label_ == "PERSON" and e.start <= first and end <= e.end for e in ents):
                continue
            if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL"} for t in self.tokens[first:end]):
                continue  # "Democrats for November": a time, no cause (bodies32)
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
            if first > i + 2 and any(e.label_ == "ORG" and e.start <= start and e.end > end for e in ents):
                continue  # "the Office for the Protection of the Laws": the model's longer span holds the name
            found.append(Span(self.doc, start, end, label="ORG"))
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        return sorted(kept + found, key=lambda e: e.start)

    def _without_attitude_prefix(self, ent: Span) -> Span:
        """``The pro-Lee Harbor Courier, the state's largest newspaper,`` with ``pro-Lee Harbor``
        tagged as one body: a lower-case ``pro-``/``anti-`` modifier on a name (the one the body
        favours or opposes) is no word of the body's name, and the name the model cut short goes on
        to the capitalised noun its last word modifies (a compound of the word right after the span,
        untagged) (names39, news-dev68). ``the Anti-Defamation League`` writes its prefix with a
        capital: a word of the name."""
        if ent.label_ != "ORG" or len(ent) < 4:
            return ent
        k = 0
        while k < len(ent) and ent[k].tag_ == "DT":
            k += 1
        if k + 3 >= len(ent) or ent[k].text not in {"pro", "anti"} or ent[k + 1].text != "-" \
                or not ent[k + 2].text[:1].isupper() or ent[k + 1].whitespace_ or ent[k].whitespace_:
            return ent
        start, end = ent.start + k + 3, ent.end
        tokens = self.tokens
        while end < len(tokens) and tokens[end - 1].dep_ == "compound" and tokens[end - 1].head.i == end \
                and tokens[end].is_alpha and tokens[end].text[:1].isupper() and not tokens[end].ent_type_ \
                and not tokens[end].is_sent_start:
            end += 1
        return Span(self.doc, start, end, label="ORG")

    def _noun_for_country_names(self, ents: list[Span]) -> list[Span]:
        """``Charles Lee, Democracy for America's director``, ``gave to Liberty for Canada``: a
        capitalised common noun of English (the lemmatizer's noun index; a proper name before ``for``
        and a country's possessive is ``_body_span_edges``'s ``<Name> for <Country>'s first ...``) inside a sentence (not its first word, not on a title-case line, no title
        such as ``Minister``), then ``for`` and a country's name, is one body's name (a cause and
        the country it works for), the country no place of its own; capitalised words right before
        the noun are the name's too. On a title-case line only after a comma (a credit line
        ``Ann Lee, Democracy for America``); at a sentence's start only when the same words stand
        so inside a sentence elsewhere. The nouns of ``for_body_noun`` are ``_for_names``'s; a person's
        name before ``for`` is ``_person_for_country_bodies``'s (names39, news-dev68)."""
        tokens, n = self.tokens, len(self.tokens)
        found: list[Span] = []
        initial: list[Span] = []
        for tok in self._with_lower({"for"}):
            i = tok.i
            if i < 1 or i + 1 >= n:
                continue
            noun = tokens[i - 1]
            if not (noun.is_alpha and noun.text[:1].isupper() and not noun.is_upper and noun.tag_.startswith("NN")) \
                    or noun.lower_ not in self.nouns or noun.lower_ in self.ad.words.for_body_noun or self.ad.role(noun.text) is not None:
                continue
            end = self._capitalised_run(i + 1)
            if end == i + 1 or not self.ad.country_name_of(self.doc[i + 1:end].text):
                continue
            start = i - 1
            while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].pos_ == "PROPN" \
                    and not tokens[start].is_sent_start:
                start -= 1
            if any(e.label_ == "PERSON" and e.start < i and e.end > start for e in ents):
                continue
            span = Span(self.doc, start, end, label="ORG")
            first = tokens[start]
            if start == 0 or first.is_sent_start or tokens[start - 1].text in {".", "!", "?", ":", '"', "“"} or "\n" in tokens[start - 1].text:
                initial.append(span)  # a sentence's first word is capitalised whatever it is
                continue
            if self._title_case_line(span) and tokens[start - 1].text != ",":
                continue  # a headline's capitals ("Hope for America Fades"); a credit line's "Ann Lee, <Name>" is read
            found.append(span)
        # the same words opening a sentence are that name too, once written so inside a sentence
        names = {f.text for f in found}
        found += [span for span in initial if span.text in names]
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        return sorted(kept + found, key=lambda e: e.start)

    def _person_for_country_bodies(self, ents: list[Span]) -> list[Span]:
        """``<Surname> for <Country> built ...``: a person's name with ``for`` and a country's name hanging on it,
        the whole the subject of a clause, is a campaign's organisation named for its candidate and cause (a
        person does not act "for <Country>" as a name's modifier); the parts are no mentions of the person
        or the place, and the person's name alone elsewhere stays the person's (``_short_body_names``)."""
        tokens = self.tokens
        by_start = {e.start: e for e in ents}
        found: list[Span] = []
        for e in ents:
            of = e.end
            if e.label_ != "PERSON" or len(e) > 2 or of + 1 >= len(tokens) or tokens[of].lower_ != "for":
                continue
            place = by_start.get(of + 1)
            if place is None or place.label_ != "GPE" or not self.ad.country_name_of(self._span_text(place)):
                continue
            prep = tokens[of]
            if prep.head.i != e.root.i or e.root.dep_ not in {"nsubj", "nsubjpass"} or place.root.head.i != prep.i:
                continue
            found.append(Span(self.doc, e.start, place.end, label="ORG"))
            self.person_for_bodies.add((e.start, place.end))
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

    def _person_possessor_splits(self, ents: list[Span]) -> list[Span]:
        """``<Surname>'s <Firm Name> hired ...``, ``<Surname>'s <Place> house``: a span the model tagged as one
        body (or place) over a possessive name and the capitalised name after it is two names when the words
        before the possessive mark are a person the article names elsewhere in full (a person's span of two or
        more words that is those words or ends in them): the person, and what the person owns (a body; a place the gazetteer knows,
        or a name modifying a common noun after it, ``Hamptons house``: where the thing is, no body). A body named after its founder's possessive (``Lasker's Gallery`` with no person Lasker in
        the text) keeps its name."""
        spans = [(e.start, e.end) for e in ents if e.label_ in {"ORG", "GPE", "FAC"} and len(e) >= 3]
        if not spans:
            return ents
        people: set[str] = set()
        for e in ents:
            if e.label_ == "PERSON":
                words = [self.words[k] for k in range(e.start, e.end) if self.tokens[k].tag_ != "POS"]
                if len(words) >= 2:  # a full name: a one-word "person" may be a club the model misread
                    people.add(normalise_name(" ".join(words)))
                    people.add(normalise_name(words[-1]))
        out: list[Span] = []
        for ent in ents:
            if (ent.start, ent.end) not in spans or not people:
                out.append(ent)
                continue
            k = next((k for k in range(1, len(ent) - 1) if ent[k].tag_ == "POS" or ent[k].lower_ in {"'s", "’s"}), None)
            owner, owned = (ent[:k], ent[k + 1:]) if k is not None else (None, None)
            if owner is None or owned is None or len(owner) > 3 \
                    or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in [*owner, *owned]) \
                    or normalise_name(self._span_text(owner)) not in people or owned[0].lower_ in self.ad.given_names \
                    or self._mostly_not_person(self._span_text(owner), ents):
                # (a given name after the mark: a person of the owner's team, "<Club>'s <Given> <Surname>"; an owner
                # the model tags alone as a body or place more often than as a person is no person)
                out.append(ent)
                continue
            person = Span(self.doc, owner.start, owner.end, label="PERSON")
            root = owned.root
            modifier = root.dep_ == "compound" and root.head.i >= owned.end and root.head.pos_ == "NOUN" and root.head.is_lower
            # "<Place> house": the owned name modifies a common noun after the span, a thing's place, no body
            label = "GPE" if ent.label_ != "ORG" or _gazetteer_is_place(self.gaz, self._span_text(owned)) \
                else "LOC" if modifier else "ORG"
            thing = Span(self.doc, owned.start, owned.end, label=label)
            # the rules that read token labels see the two names, the possessive mark between them no name's
            self.doc.set_ents([person, thing], outside=[ent[k: k + 1]], default="unmodified")
            out += [person, thing]
        return out

    def _full_name_words(self, words: Span) -> bool:
        """Two or three capitalised words of letters, none in capitals only, the first a given name (of
        ``given_names.tsv`` or the census lists): the shape of a person's full name."""
        first = words[0].lower_ if len(words) else ""
        return 2 <= len(words) <= 3 and (first in self.ad.given_names or first in self.ad.census_given_names) \
            and all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in words)

    def _owners_people(self, ents: list[Span]) -> list[Span]:
        """``the Daily Planet’s Lois Kerrigan``, ``Globex’s Maria Ortiz``: a possessive mark between capitalised
        words and a person's full name after it (a given name and a surname, two or three
        words, ending the span; ``_full_name_words``) is two names, the owner (the outlet, firm or team the person works for) and
        the person, whatever one span the model tagged over both: in English a possessive ends the noun phrase
        of its owner, and a name is not owned by a name (the small model runs the curly ``’s`` into a span far
        more often than the typewriter one, which it splits off). The owner is a place when it is a country or
        the gazetteer's place, else a body; a leading ``the`` is no word of it (ents43)."""
        out: list[Span] = []
        for ent in ents:
            k = next((k for k in range(1, len(ent) - 2) if ent[k].lower_ in {"'s", "’s"}), None)
            first = 1 if len(ent) and ent[0].lower_ == "the" else 0
            owner, owned = (ent[first:k], ent[k + 1:]) if k is not None else (None, None)
            if owner is None or owned is None or not 1 <= len(owner) <= 4 \
                    or not all(t.text[:1].isupper() and (t.is_alpha or t.text == "&") for t in owner) \
                    or not self._full_name_words(owned) \
                    or owned.root.dep_ == "compound" and owned.root.head.i >= ent.end:
                # (a name modifying a common noun after the span, "<Owner>'s <Given> <Surname> film", names a thing)
                out.append(ent)
                continue
            text = self._span_text(owner)
            label = "GPE" if self.ad.country_of(text) or _gazetteer_is_place(self.gaz, text) else "ORG"
            pieces = [Span(self.doc, owner.start, owner.end, label=label),
                      Span(self.doc, owned.start, owned.end, label="PERSON")]
            # the rules that read token labels see the two names; the article and the mark are no name's
            self.doc.set_ents(pieces, outside=[ent[k: k + 1], *([ent[:1]] if first else [])], default="unmodified")
            out += pieces
        return self._owned_people_untagged(out)

    def _owned_people_untagged(self, ents: list[Span]) -> list[Span]:
        """``National Review’s Jonah Goldberg``: after a body's or a place's span and its possessive mark, a
        person's full name the model left untagged (``_full_name_words``, the last capitalised word before a
        lower-case word or a mark) is a person, as ``_owners_people`` reads the two tagged as one (ents43)."""
        tokens, n = self.tokens, len(self.tokens)
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for ent in ents:
            mark = ent.end - 1 if ent[-1].lower_ in {"'s", "’s"} else ent.end
            if ent.label_ not in {"ORG", "GPE"} or mark >= n or tokens[mark].lower_ not in {"'s", "’s"}:
                continue
            j = mark + 1
            while j < n and j - mark <= 3 and j not in tagged and tokens[j].text[:1].isupper() and tokens[j].is_alpha:
                j += 1
            if j < n and tokens[j].text[:1].isupper():
                continue  # the capitalised words run on: not the name alone
            name = self.doc[mark + 1: j]
            if self._full_name_words(name):
                found.append(Span(self.doc, name.start, name.end, label="PERSON"))
        if found:
            self.doc.set_ents(found, default="unmodified")
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _possessor_bodies(self, ents: list[Span]) -> list[Span]:
        """``Toro Rosso's`` tagged as a person right before a person's name (``Toro Rosso's Carlos
        Sainz``): a possessor written before a full name is the person's team or body, unless
        the article names a person so elsewhere."""
        people = {normalise_name(self._span_text(e)) for e in ents if e.label_ == "PERSON" and e[-1].tag_ != "POS"}
        starts = {e.start for e in ents if e.label_ == "PERSON" and len(e) > 1}
        out = []
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].tag_ == "POS" and ent.end in starts \
                    and normalise_name(ent[:-1].text) not in people:
                ent = Span(self.doc, ent.start, ent.end, label="ORG")
            out.append(ent)
        return out

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

    def _counted_acronyms(self, ents: list[Span]) -> list[Span]:
        """Bodies of the dictionary named by an acronym (``RBI``, or its plural ``RBIs``) that the
        sentence counts (``_counted_acronym``) are no names (brief s15-ents15)."""
        kept = []
        for e in ents:
            word = self._span_text(e).removesuffix("s") if len(e) == 1 else ""
            if len(word) >= 2 and word.isupper() and word.isalpha() and self.ad.organisation(word) is not None \
                    and self._counted_acronym(e[0]):
                continue
            kept.append(e)
        return kept

    def _coordinated_body_names(self, ents: list[Span]) -> list[Span]:
        """``the Office of Political Planning and Outreach``, ``the Ministry of Culture and Sport``: a
        body's span ``<Noun> of <Words>`` cut before ``and`` is one name with the ``and`` and the one or
        two capitalised words right after it (untagged, or tagged alone as a person or a body) when
        the words either side of ``and`` are common English nouns written with a
        capital (the lemmatizer's nouns: ``outreach``, ``sport``), no given name, and no capitalised
        word follows: a body's name joins its subjects so; ``Bank of Ruritania and Wells Zargo``
        (a name's word no noun) stays two. The words read are the two either side of ``and``."""
        if not self.nouns:
            return ents
        tokens, words = self.tokens, self.words
        by_start = {e.start: e for e in ents}
        drop: set[int] = set()
        grown: dict[int, Span] = {}
        for e in ents:
            if e.label_ != "ORG" or len(e) < 3 or e.end + 2 >= len(tokens) or tokens[e.end].lower_ != "and":
                continue
            of = next((t.i for t in e if t.lower_ == "of"), None)
            if of is None or of == e.start or of + 1 >= e.end:
                continue
            end = e.end + 1
            while end < len(tokens) and end - e.end <= 2 and words[end][:1].isupper() and words[end].isalpha():
                end += 1
            after = by_start.get(e.end + 1)
            if end == e.end + 1 or (end < len(tokens) and words[end][:1].isupper()) \
                    or (after is not None and (after.end != end or after.label_ not in {"PERSON", "ORG"})) \
                    or any(x.start != e.end + 1 and x.start < end and x.end > e.end + 1 for x in ents):
                continue
            joined = [tokens[e.end - 1], *tokens[e.end + 1: end]]  # the words either side of "and"
            if any(t.lower_ in self.ad.given_names or t.lower_ not in self.nouns for t in joined):
                continue
            grown[e.start] = Span(self.doc, e.start, end, label="ORG")
            if after is not None:
                drop.add(after.start)
        if not grown:
            return ents
        return [grown.get(e.start, e) for e in ents if e.start not in drop]

    def _person_led_bodies(self, ents: list[Span]) -> list[Span]:
        """``served in the Lee White House``: a person span that ends in a body's name the
        organisations table knows (its last two words or more), after one or two capitalised words, is
        that body led by the person of those words (``the Lee White House``: its staff then); the
        words before are a modifier, no mention, and the span is the body's."""
        out = []
        for e in ents:
            if e.label_ != "PERSON" or not 3 <= len(e) <= 5:
                out.append(e)
                continue
            body = next((k for k in range(e.start + 1, min(e.start + 3, e.end - 1))
                         if all(t.pos_ == "PROPN" and self.words[t.i][:1].isupper() for t in self.doc[e.start: k])
                         and (org := self.ad.organisation(self.doc[k: e.end].text)) is not None and org.type in {"ORG", "FAC"}
                         and not self.ad.organisation(self.doc[e.start: e.end].text)), None)
            out.append(e if body is None else Span(self.doc, body, e.end, label="ORG"))
        return out

    def _pollster_names(self, ents: list[Span]) -> list[Span]:
        """``In the new Acme Research poll, ...``, ``a Zenco survey``: one to four capitalised proper
        nouns no label covers, each a modifier of a lower-case poll noun right after them
        (``poll_noun`` in actor_words.tsv), name the pollster: a body (a poll is named after the one
        who takes it; the model may read ``The Acme Research`` before it as a work's title). Not a country's or a place's name (``the Ohio poll``), nor a run that opens its
        sentence's line in capitals (a headline in title case). A word with a capital inside it after a small
        letter (``a ZenPolls average of recent polls``, names38) is a proper name whatever the tagger read."""
        polls = [t for t in self._with_lower(self.ad.words.poll_noun) if t.text.islower() and t.pos_ == "NOUN"]
        if not polls:
            return ents
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for poll in polls:
            start = poll.i
            while start - 1 >= 0 and poll.i - (start - 1) <= 4 and (self.tokens[start - 1].pos_ == "PROPN"
                                                                  or _CAMEL_CASE.fullmatch(self.words[start - 1])) \
                    and self.words[start - 1][:1].isupper() and start - 1 not in tagged and self.tokens[start - 1].ent_type_ in {"", "WORK_OF_ART"} \
                    and self.tokens[start - 1].head.i in range(start - 1, poll.i + 1) \
                    and self.tokens[start - 1].dep_ in {"compound", "nmod", "amod"}:
                start -= 1
            if start == poll.i or self.tokens[start].is_sent_start:
                continue
            name = self.doc[start: poll.i]
            if self.ad.country_of(name.text) or _gazetteer_is_place(self.gaz, name.text) \
                    or any(self.ad.country_of(t.text) for t in name):
                continue
            found.append(Span(self.doc, start, poll.i, label="ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _pollster_places(self, ents: list[Span]) -> list[Span]:
        """A pollster's short name the model read as a place (a university is often named after a town):
        ``the Harbor poll`` where the text names a body whose name opens with that word (``Harbor University``
        before or after), and ``polls from Harbor and Acme News``, the word joined by ``and`` to a body's name
        after ``from`` on a poll noun (``poll_noun``), are a body's names (ents37)."""
        polls = [t for t in self._with_lower(self.ad.words.poll_noun) if t.text.islower() and t.pos_ == "NOUN"]
        if not polls and not self._with_lower({w + "s" for w in self.ad.words.poll_noun}):
            return ents
        bodies = [e for e in ents if e.label_ == "ORG" and len(e) > 1]
        out: list[Span] = []
        changed = False
        for e in ents:
            if e.label_ not in {"GPE", "LOC"} or len(e) != 1:
                out.append(e)
                continue
            tok = e[0]
            before_poll = tok.dep_ == "compound" and tok.head.i == e.end and tok.head in polls \
                and (any(b.start != e.start and self.words[b.start] == tok.text for b in bodies) or self._pollster_town(tok))
            listed = tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.text.islower() \
                and tok.head.head.lower_.removesuffix("s") in self.ad.words.poll_noun and any(
                c.dep_ == "conj" and any(b.start <= c.i < b.end for b in bodies) for c in tok.children)
            if before_poll or listed:
                out.append(Span(self.doc, e.start, e.end, label="ORG"))
                changed = True
            else:
                out.append(e)
        return out if changed else ents

    def _pollster_town(self, tok: Token) -> bool:
        """``Monday's Harrowgate poll``: one word before a poll noun, after a time's possessive (a day's
        ``Monday's``: the poll's release, in the news style of naming a poll by its pollster), that the
        gazetteer knows as no region and as no place of its own of 100,000 people or more (a small
        town's name, or only another name of a place) names the pollster (a college or a firm named
        after a town), not the place polled: polls are taken of states, countries and cities (names39,
        news-dev66). ``The <Town> poll`` alone stays the town's (ents37)."""
        before = self.tokens[tok.i - 1] if tok.i > 1 else None
        if before is None or before.tag_ != "POS" or self.tokens[tok.i - 2].ent_type_ not in {"DATE", "TIME"} or self.gaz is None:
            return False
        if self.ad.country_of(tok.text) or _gazetteer_region(self.gaz, tok.text):
            return False
        candidates = self.gaz.candidates(tok.text)
        return bool(candidates) and not any(c.primary and c.population >= POLLED_PLACE for c in candidates)

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
        # a name someone goes by hangs on a verb or a noun of naming (_named_as reads their lemmas):
        # in an article with none (most) no word is asked (the index of lemmas)
        naming = bool(self._with_lemma(self.ad.words.naming_verb | self.ad.words.name_noun))
        # every test below wants a capitalised word: the others are passed over first (speed20), from
        # the index of capitalised words (read, never changed here)
        for tok in self._capitalised():
            family = self._family_name_first(tok)
            if family is not None:
                found.append(family)
                continue
            given = self._name_gone_by(tok, tagged, by_start) if naming else None
            given = given or self._kin_given_name(tok, tagged)
            if given is not None:
                found.append(given)
                continue
            if tok.tag_ == "PRP" and self.words[tok.i][:1].isupper() and self.words[tok.i].isalpha() \
                    and (end := self._name_run_end(tok.i + 1)) > tok.i + 1:
                inside = tok.i > self.sents[self.sent_of[tok.i]].start and not (
                    tokens[tok.i - 1].is_punct or tokens[tok.i - 1].is_quote)
                glued = tok.dep_ == "compound" or tokens[tok.i + 1].tag_ in {"NNP", "NNPS"}
                following = by_start.get(tok.i + 1)
                if (inside or glued) and (following is None or following.label_ == "PERSON"):
                    end = max(end, following.end) if following is not None else end
                    found.append(Span(doc, tok.i, end, label="PERSON"))
                continue
            if tok.i in tagged or not self.words[tok.i][:1].isupper() or tok.pos_ != "PROPN":
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

    def _given_names_alone(self, ents: list[Span]) -> list[Span]:
        """``Olivia Lane's speech moved the hall. "Olivia did a great job," he said.``: a known given name
        standing alone (no capitalised word on either side) that opens exactly one person's name of
        two or three words is that person's name written short (a relative sharing a candidate's
        family name is read by her given name). The model may leave the word untagged or tag it a
        place of one word: not a place the gazetteer holds as a country, a region or a large city
        (``Georgia``). A name the model tagged a body counts as a person's when its second word is
        the family name of a person it tagged (``Olivia Lane`` beside ``Tom Lane``), never a firm named
        after its founders (``Morgan Stanley``). Only the names' first words are looked up in the
        article's word index."""
        def name_words(e: Span) -> list[str]:  # "Olivia Lane's": the possessive is no word of the name
            return [self.words[k] for k in range(e.start, e.end) if self.tokens[k].tag_ != "POS"]

        families = {name_words(e)[-1] for e in ents if e.label_ == "PERSON" and len(name_words(e)) >= 2}
        firsts: dict[str, set[str]] = {}
        relatives: dict[str, Span] = {}  # first word -> a body's span that is a relative's name
        for e in ents:
            words = name_words(e)
            if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            if e.label_ == "PERSON" or e.label_ == "ORG" and len(words) == 2 and words[1] in families:
                firsts.setdefault(words[0], set()).add(" ".join(words))
                if e.label_ == "ORG":
                    relatives[words[0]] = e
        if not firsts:
            return ents
        label_at = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for word, names in firsts.items():
            if len(names) != 1 or word.lower() not in self.ad.given_names:
                continue
            for i in self._word_positions().get(word, ()):
                span = label_at.get(i)
                if span is not None and not (len(span) == 1 and span.label_ in {"GPE", "LOC", "NORP"}
                                             and not _gazetteer_prominent(self.gaz, word)
                                             and not _gazetteer_region(self.gaz, word)
                                             and not self.ad.country_of(word)):
                    continue
                before = self.tokens[i - 1] if i > 0 else None
                after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
                if any(t is not None and t.text[:1].isupper() and t.is_alpha for t in (before, after)):
                    continue  # part of another name ("Olivia Street", "Aunt Olivia")
                found.append(Span(self.doc, i, i + 1, label="PERSON"))
                if word in relatives:  # the full name is a person's too, no body "Olivia" shortens
                    body = relatives.pop(word)
                    found.append(Span(self.doc, body.start, body.end, label="PERSON"))
        return self._with_given_names(ents, found)

    def _quoted_given_names(self, ents: list[Span]) -> list[Span]:
        """``"... than you pushing Olivia off the stage," he said``: inside a quotation a speaker may
        name someone by a given name alone, which the model may leave untagged (even read as an
        adverb). A capitalised word of ``given_names.tsv`` inside quotation marks, no word of any
        span, not the first of its sentence or after a mark or bracket, with no capitalised word on
        either side, that the lemmatizer knows as no noun or verb (``Rose``, ``Mark`` are words too)
        and the gazetteer as no place, is a person's name (its full name, when the text gives one,
        is matched later as any short name is)."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for tok in self.tokens:
            word = tok.text
            if not (tok.is_alpha and len(word) > 2 and word[:1].isupper() and word[1:].islower()) or tok.i in taken \
                    or tok.is_sent_start or tok.ent_type_ or word.lower() not in self.ad.given_names:
                continue
            before, after = self.tokens[tok.i - 1], self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
            if before.is_quote or before.is_bracket or before.text in {":", "-", "\u2013", "\u2014"}:
                continue
            if any(t is not None and t.is_alpha and t.text[:1].isupper() for t in (before, after)):
                continue
            if word.lower() in self.nouns or word.lower() in self.verbs or _gazetteer_is_place(self.gaz, word):
                continue
            if self._quotation_at(tok.idx) is None:
                continue
            found.append(Span(self.doc, tok.i, tok.i + 1, label="PERSON"))
        return self._with_given_names(ents, found)

    def _with_given_names(self, ents: list[Span], found: list[Span]) -> list[Span]:
        """``ents`` with the given names ``found`` (PERSON spans) in place of what started there; their
        starts are remembered as a person's, though a hamlet has the name (_person_like)."""
        if not found:
            return ents
        starts = {f.start for f in found}
        self.listed_given_names |= starts
        return sorted([e for e in ents if e.start not in starts] + found, key=lambda e: e.start)

    def _bodies_after_member_nouns(self, ents: list[Span]) -> list[Span]:
        """``a former board member of Quintara``, ``the publisher of The Lantern``, ``In a statement to
        Zorbex``: one to three capitalised words that are the object of ``of`` after a noun of
        belonging to a body (``body_member_noun``: member, founder, publisher ...) or of ``to`` after
        a noun of a statement given (``statement_to_noun``) name a body (a firm, a magazine), however
        the model tagged them (a place, a nationality) or left them. Not a person's name (a tagged
        person, a known given name first: ``a statement to Tom Reed``), a country, a region, a
        large city or a body the tables know (read as such already). The cue nouns come from the
        article's lemma index."""
        members, statements = self.ad.words.body_member_noun, self.ad.words.statement_to_noun
        cues = self._with_lemma(members | statements) if members or statements else []
        if not cues:
            return ents
        label_at = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for cue in cues:
            wanted = "of" if cue.lemma_.lower() in members else "to"
            prep = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == wanted and c.i == cue.i + 1), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            start = None
            if obj is None and wanted == "to" and (after := self._capitalised_after_to(cue)) is not None:
                start, obj = after.start, after[-1]  # "a statement to Wired" parsed as an infinitive (bodies40)
            if obj is None or not obj.text[:1].isupper() or start is None and obj.tag_ != "NNP":
                continue
            if start is None:
                start = obj.i
                while start > prep.i + 1 and self.tokens[start - 1].tag_ == "NNP" and self.tokens[start - 1].text[:1].isupper():
                    start -= 1
            if obj.i - start >= 3 or any(not t.is_alpha for t in self.doc[start: obj.i + 1]):
                continue
            words = self.doc[start: obj.i + 1]
            text = self._span_text(words)
            tagged = {label_at[i].label_ for i in range(start, obj.i + 1) if i in label_at}
            if tagged & {"PERSON", "ORG", "DATE", "TIME", "MONEY", "CARDINAL"} or words[0].lower_ in self.ad.given_names:
                continue
            if self.ad.country_of(text) or self.ad.organisation(text) or _gazetteer_prominent(self.gaz, text) \
                    or _gazetteer_region(self.gaz, text):
                continue
            if any(label_at[i].start < start or label_at[i].end > obj.i + 1 for i in range(start, obj.i + 1) if i in label_at):
                continue  # a longer span of the model's around the words
            found.append(Span(self.doc, start, obj.i + 1, label="ORG"))  # "The Lantern": the name's words
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        return sorted(kept + found, key=lambda e: e.start)

    def _capitalised_after_to(self, cue: Token) -> Span | None:
        """``In a statement to Wired explaining ...``: the parser may read ``to`` and a one-word name after a
        noun as an infinitive (the name a verb's form); the last of one to three capitalised words right
        after the noun's ``to``, inside the sentence and not followed by another capitalised word, are the
        name whatever their tags (bodies40)."""
        k = cue.i + 1
        if k + 1 >= len(self.tokens) or self.tokens[k].lower_ != "to" or any(c.dep_ == "prep" for c in cue.children):
            return None
        first = k + 1
        while first < len(self.tokens) and self.tokens[first].is_space:  # a no-break space is a token of its own
            first += 1
        end = first
        while end < len(self.tokens) and end - first < 3 and self.words[end][:1].isupper() and self.tokens[end].is_alpha \
                and not self.tokens[end].is_sent_start:
            end += 1
        if end == first or end < len(self.tokens) and self.words[end][:1].isupper() and self.tokens[end].is_alpha:
            return None
        return self.doc[first:end]

    def _works_named_as_bodies(self, ents: list[Span]) -> list[Span]:
        """``the co-founders of Hope After Loss, a support group``, ``Keep the Lights On, a super
        PAC``: a title-case name the model tagged a work (WORK_OF_ART) is a body's when the text gives
        it a body's noun in apposition (as ``_apposed_body_noun`` reads one) or makes it the ``of``
        object of a noun of belonging to a body (``body_member_noun``: founder, member); not a title
        in quotation marks (names39)."""
        members = self.ad.words.body_member_noun
        out: list[Span] = []
        for e in ents:
            if e.label_ != "WORK_OF_ART" or len(e) < 2 or e.start > 0 and self.tokens[e.start - 1].is_quote:
                out.append(e)
                continue
            core = doc_span(self.doc, e.start + (e[0].tag_ == "DT"), e.end)
            # the parser may cut a long title into pieces: the word before it and any apposition of its words
            of = self.tokens[core.start - 1] if core.start > 1 else None
            member = of is not None and of.lower_ == "of" and of.head.i < of.i and of.head.lemma_.lower() in members
            if member or self._body_apposition(core):
                e = Span(self.doc, core.start, core.end, label="ORG")
            out.append(e)
        return out

    def _body_apposition(self, core: Span) -> bool:
        """Whether a word of ``core`` has in apposition a singular body's noun outside it, in lower
        case (``..., a support group``: ``_body_noun_at``)."""
        for tok in core:
            for noun in tok.children:
                if noun.dep_ != "appos" or noun.tag_ != "NN" or core.start <= noun.i < core.end:
                    continue
                found = self._body_noun_at(noun.i, self.sents[self.sent_of[noun.i]].start)
                if found is not None and self.tokens[found[0]].text.islower():
                    return True
        return False

    def _kin_given_name(self, tok: Token, tagged: set[int]) -> Span | None:
        """``Amber`` of ``his wife Amber`` or ``her husband, Graham,``: one capitalised word the model
        left untagged, right after a lower-case relation noun (``person_nouns.tsv``; or after it and
        a comma, with a comma or a full stop after the word) and known as a given name, with no
        capitalised word after it, is the relative's name."""
        if tok.i in tagged or tok.i == 0 or tok.pos_ != "PROPN" or not self.words[tok.i][:1].isupper() \
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
        if tok.i > 0 and self.tokens[tok.i - 1].pos_ == "PROPN" and self.words[tok.i - 1][:1].isupper():
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

    def _untagged_acronyms(self, ents: list[Span]) -> list[Span]:
        """A body's acronym the model took for a common noun and left untagged (``ECOWAS and the junta
        agreed``, tagged a plural noun ``ecowa``): one word of two to eight capital letters that the
        actor dictionary knows as an organisation's name or alias, inside a line that is not shouted
        (a line in capitals has every word in capitals: ``WHO`` there may be the pronoun)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        # the word's shape first, from the words alone: few words are capitals only (a word of
        # capitals is a capitalised word: the index of those, not every word)
        for tok in [t for t in self._capitalised() if 2 <= len(word := self.words[t.i]) <= 8
                    and word.isalpha() and word.isupper()]:
            if tok.i in tagged or tok.pos_ == "PROPN":
                continue  # a proper noun left untagged is the name rules' to judge
            sent = self.sents[self.sent_of[tok.i]]
            words = [t for t in sent if t.is_alpha and t.i != tok.i]
            if words and sum(t.text.isupper() for t in words) * 2 > len(words):
                continue  # a shouted line
            if self.ad.organisation(tok.text) is not None:
                found.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _remit_names(self, ents: list[Span]) -> list[Span]:
        """``the Select Committee on <Place>``, ``the Commission on <Topic Words>``: a body's span ending in a
        capitalised noun of a body named with its remit (actor_words.tsv ``remit_body``), right before ``on``
        and capitalised words (small words such as ``and``, ``of`` between them), runs on over them: the remit
        is part of the name, and a place the model tagged inside it is no place of the sentence's."""
        tokens = self.tokens
        small = {"and", "of", "the", "for", "&"}
        found: dict[int, Span] = {}
        for e in ents:
            last = tokens[e.end - 1]
            if e.label_ != "ORG" or not last.text[:1].isupper() or last.lower_ not in self.ad.words.remit_body \
                    or e.end + 1 >= len(tokens) or tokens[e.end].lower_ != "on":
                continue
            k, end = e.end + 1, None
            while k < len(tokens) and k - e.end <= 6:
                tok = tokens[k]
                if tok.ent_type_ in {"DATE", "TIME"} or tok.text in CALENDAR_NAMES:
                    end = None  # "the Committee on Monday": a time, no remit
                    break
                if tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start:
                    end = k + 1
                elif tok.lower_ not in small or end is None:
                    break
                k += 1
            if end is not None:
                found[e.start] = Span(self.doc, e.start, end, label="ORG")
        if not found:
            return ents
        covered = {i for span in found.values() for i in range(span.start, span.end)}
        out = [found.get(e.start, e) for e in ents if e.start in found or not (covered & set(range(e.start, e.end)))]
        return sorted(out, key=lambda e: e.start)

    def _mostly_not_person(self, text: str, ents: list[Span]) -> bool:
        """Whether the model tags ``text`` alone as something other than a person more often than as one."""
        labels = [e.label_ for e in ents if self._span_text(e) == text]
        return sum(label != "PERSON" for label in labels) > sum(label == "PERSON" for label in labels)

    def _bodies_owning_people(self, ents: list[Span]) -> list[Span]:
        """``The <Outlet>’s <Given> <Surname> provided ...``: one to three capitalised words after ``The``, untagged
        by the model, whose possessive mark stands right before a person's span, name a body (the outlet,
        team or firm the person works for: a person is never "the <Name>"), not a place or a country."""
        tokens = self.tokens
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for e in ents:
            mark = e.start - 1
            if e.label_ != "PERSON" or len(e) < 2 or mark < 2 or tokens[mark].tag_ != "POS":
                continue
            k = mark
            while k > 0 and mark - k < 3 and (tok := tokens[k - 1]).pos_ == "PROPN" and tok.is_alpha \
                    and tok.text[:1].isupper() and tok.i not in tagged:
                k -= 1
            if k == mark or k == 0 or tokens[k - 1].lower_ != "the" or tokens[k - 1].i in tagged:
                continue
            text = self._span_text(self.doc[k:mark])
            if self.ad.country_of(text) or _gazetteer_is_place(self.gaz, text) or self.ad.role(text):
                continue
            found.append(Span(self.doc, k, mark, label="ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _listed_people_of_bodies(self, ents: list[Span]) -> list[Span]:
        """``<Name> of <Firm>, <Name> of <Firm>, <Name> of <Word>, ...``: in a list of people each followed by ``of``
        and a body's name (two such pairs in the sentence at least, the body tagged), one to three capitalised
        words after a listed person's ``of`` that the model left untagged, ending where the list item ends
        (a comma, ``and``, a semicolon or the sentence's end), are a body too, unless the gazetteer knows them
        as a place (``<Name> of <Town>`` says where the person is from)."""
        tokens = self.tokens
        label_at = {i: e for e in ents for i in range(e.start, e.end)}
        pairs: dict[int, int] = {}  # sentence index -> people listed "of" a tagged body
        candidates: list[tuple[int, int]] = []
        for e in ents:
            of = e.end
            if e.label_ != "PERSON" or of + 1 >= len(tokens) or tokens[of].lower_ != "of":
                continue
            after = label_at.get(of + 1)
            if after is not None:
                if after.label_ == "ORG" and after.start == of + 1:
                    pairs[self.sent_of[of]] = pairs.get(self.sent_of[of], 0) + 1
                continue
            k = of + 1
            while k < len(tokens) and k - of <= 3 and k not in label_at and tokens[k].pos_ == "PROPN" \
                    and tokens[k].is_alpha and tokens[k].text[:1].isupper():
                k += 1
            if k > of + 1 and (k >= len(tokens) or tokens[k].text in {",", ";", "."} or tokens[k].lower_ == "and"):
                candidates.append((of + 1, k))
        found = [Span(self.doc, start, end, label="ORG") for start, end in candidates
                 if pairs.get(self.sent_of[start], 0) >= 2 and not _gazetteer_is_place(self.gaz, self._span_text(self.doc[start:end]))]
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _called_digit_names(self, ents: list[Span]) -> list[Span]:
        """``a super PAC called <Word><digits> funded by ...``: a word of letters with digits glued on, named by a
        naming participle (``called``, ``named``: actor_words.tsv ``naming_verb``) of a noun that names no
        person, is a body's name, whatever the model tagged (a place) or left untagged: no person or place
        is so written."""
        tokens = self.tokens
        found: dict[int, Span] = {}
        for tok in self._capitalised():
            if not _LETTERS_DIGITS.fullmatch(tok.text) or tok.i == 0:
                continue
            verb = tokens[tok.i - 1]
            if verb.lemma_.lower() not in self.ad.words.naming_verb or verb.tag_ != "VBN" or verb.i == 0:
                continue
            noun = verb.head if verb.dep_ == "acl" else tokens[verb.i - 1]
            if noun.i >= verb.i or noun.pos_ not in {"NOUN", "PROPN"} or self._person_word(noun):
                continue
            found[tok.i] = Span(self.doc, tok.i, tok.i + 1, label="ORG")
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start <= i < e.end for i in found)]
        return sorted(kept + list(found.values()), key=lambda e: e.start)

    def _initialisms_after_articles(self, ents: list[Span]) -> list[Span]:
        """``a disastrous VA``, ``the NWS said``: an initialism of two to four capitals the model tagged a place
        (often a state's postal code) whose noun phrase opens with an article is a body: a state or town is
        never "a <code>"; a country's initialism (``the UK``, ``the US``) stays a place."""
        out: list[Span] = []
        for e in ents:
            tok = e[0] if len(e) == 1 else None
            if tok is not None and e.label_ in {"GPE", "LOC"} and tok.text.isupper() and tok.is_alpha \
                    and 2 <= len(tok.text) <= 4 and not self.ad.country_of(tok.text) \
                    and any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in tok.children):
                e = Span(self.doc, e.start, e.end, label="ORG")
            out.append(e)
        return out

    def _byline_names(self, ents: list[Span]) -> list[Span]:
        """``BYLINE: Ann Lee.``, ``By Ann Lee``, a closing ``- Ann Lee.``: a line holding only a byline's label
        (actor_words.tsv ``byline_label``) or a dash and two or three capitalised words names the writer, a
        person, where the model tagged none of the words (a line with no sentence around the name gives the
        model nothing to read). After a dash, the first word must be a known given name (a dash may open any
        short line); the name's last word may not end in a full stop other than the line's own."""
        text = doc_text(self.doc)
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for match in _BYLINE_LINE.finditer(text):
            label = match.group("label")
            if label is not None and label.lower() not in self.ad.words.byline_label:
                continue
            words = match.group("name").split()
            if match.group("dash") is not None and words[0].lower() not in self.ad.given_names:
                continue
            if any(self.ad.role(w) or self.ad.country_of(w) or self.ad.organisation(w) for w in words):
                continue
            span = self.doc.char_span(*match.span("name"))
            if span is None or tagged & set(range(span.start, span.end)):
                continue
            found.append(Span(self.doc, span.start, span.end, label="PERSON"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _untagged_as_speakers(self, ents: list[Span]) -> list[Span]:
        """``As Pitchwire put it, "..."``, ``as Nordmark noted, ...``: a capitalised name the model
        left untagged, the subject of a verb of saying in a clause opened by ``as``, is a speaker:
        a person when it opens with a given name and has two or three words, else a body (a
        magazine, an agency). Not a word the dictionaries know as a country, place or role."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for tok in self._capitalised():
            if tok.i in tagged or tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not self.words[tok.i][:1].isupper() \
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

    def _untagged_speaker_names(self, ents: list[Span]) -> list[Span]:
        """``"...," Marwick said.``, ``said Marwick``: one to three capitalised proper nouns the model
        left untagged, the subject of a verb of saying, name a person: a place does not speak. A word
        the gazetteer knows as a town is the person's too, unless the article writes it where a place
        goes (``in Marwick``) or it names a country, a region, a capital or a city of 100,000 people
        or more (``Moscow said``: a government speaking by its seat). Not a word the tables know as a
        country, a role or a body, nor one in capitals or camel case (a body's initials or brand). The
        same word written alone elsewhere is that person (``_speaker_name_repeats``)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for tok in self._capitalised():
            if tok.i in tagged or tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.text.isalpha() \
                    or tok.text.isupper() or _CAMEL_CASE.fullmatch(tok.text) \
                    or tok.head.lemma_.lower() not in self.speech_verbs:
                continue
            if any(c.dep_ in {"det", "poss", "amod", "nummod"} for c in tok.children) \
                    or tok.i > 0 and self.tokens[tok.i - 1].tag_ == "POS":
                continue  # "the Trade Representative's Office said": a noun with a determiner or an owner, no name
            start = tok.i
            while start > 0 and (prev := self.tokens[start - 1]).dep_ == "compound" and prev.head.i == tok.i \
                    and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.text.isalpha() and prev.i not in tagged:
                start -= 1
            while start > 1 and self.words[start - 1] == "-" and not self.tokens[start - 2].whitespace_ \
                    and not self.tokens[start - 1].whitespace_ and self.words[start - 2][:1].isupper() \
                    and self.words[start - 2].isalpha() and start - 2 not in tagged:
                start -= 2  # "Jean-Michel": a hyphened given name is one word of the name
            if tok.i - start > 4 or (start > 0 and self.sent_of[start - 1] == self.sent_of[tok.i]
                                     and self.tokens[start - 1].lower_ in {"the", "a", "an"}):
                continue  # "the Smithfield council said" is no name; "the X" a body's
            words = self.doc[start: tok.i + 1]
            if any(self.ad.country_of(t.text) or self.ad.role(t.lower_) or self.ad.capital_of(t.text)
                   or self.ad.organisation(t.text) for t in words) or self.ad.organisation(words.text):
                continue
            if _gazetteer_is_place(self.gaz, words.text) and not self._speaking_town(words):
                continue
            found.append(Span(self.doc, start, tok.i + 1, label="PERSON"))
        tagged_speakers = [e for e in ents if e.label_ == "PERSON" and len(e) == 1 and e.root.dep_ == "nsubj"
                           and e.root.head.lemma_.lower() in self.speech_verbs]
        found += self._speaker_name_repeats(found + tagged_speakers, tagged)
        # read again where a name the gazetteer knows is asked to be a place or a person (_is_place_not_person)
        self.speaker_names = {(s.start, s.end) for s in found}
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _speaker_name_repeats(self, speakers: list[Span], tagged: set[int]) -> list[Span]:
        """The same one word written again elsewhere, alone (no capitalised proper noun beside it, no
        ``the`` before it) and nowhere a place goes: the article's one person of that name (``"...," Selby
        said. ... The board met Selby``), however the model read it there."""
        words = {self.words[s.start] for s in speakers if len(s) == 1}
        at = {s.start for s in speakers}
        found: list[Span] = []
        for tok in self._capitalised():
            if self.words[tok.i] not in words or tok.i in at or tok.i in tagged or tok.pos_ != "PROPN" \
                    or self._used_as_place(tok):
                continue
            sent = self.sent_of[tok.i]
            beside = [self.tokens[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(self.tokens) and self.sent_of[k] == sent]
            if any(t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ == "the" for t in beside):
                continue
            found.append(Span(self.doc, tok.i, tok.i + 1, label="PERSON"))
        return found

    def _speaking_town(self, words: Span) -> bool:
        """A name the gazetteer knows, by its own name, only as a town of under 100,000 people (no country,
        region or capital), which the article writes nowhere a place goes: its speaker is a person of that name."""
        candidates = self.gaz.candidates(words.text) if self.gaz is not None else ()
        if any(c.primary and (c.level in REGION_LEVELS or c.level == "city" and c.population >= SPEAKING_CITY)
               for c in candidates):  # by its own name: another's alternate spelling is no seat that speaks
            return False
        last = words[-1].text
        return not any(t.text == last and self._used_as_place(t) for t in self._capitalised())

    def _web_names(self, ents: list[Span]) -> list[Span]:
        """``told Acmenews.co.uk``: one capitalised word made of a name and the ending of a web
        address (``web_domain_ending`` of actor_words.tsv), not inside a link (no ``/`` or ``@``
        beside it, no ``www.``), is the name of the site's body, however the model read it."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        text = doc_text(self.doc)
        found: list[Span] = []
        for tok in self._capitalised():
            name, dot, ending = self.words[tok.i].partition(".")
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
        (issue 15, s16-dev11e). A person's span of two capitalised names of two words or more
        each side of a slash (``By Ann Lee/Tom Reed``, a joint byline) is two people: no one's
        name holds a slash (names41)."""
        out: list[Span] = []
        for e in ents:
            slashes = [i for i in range(e.start, e.end) if self.words[i] == "/"] if e.label_ in {"ORG", "FAC", "PERSON"} else []
            if len(slashes) != 1:
                out.append(e)
                continue
            k = slashes[0]
            left, right = self.doc[e.start:k], self.doc[k + 1:e.end]
            if e.label_ == "PERSON" and not (len(left) >= 2 and len(right) >= 2 and all(
                    t.text[:1].isupper() and t.is_alpha for t in [*left, *right])):
                out.append(e)  # a person's name holds no slash: "By Ann Lee/Tom Reed" is two bylines (names41)
                continue
            if not left or not left[-1].text[:1].isupper() or (
                    len(right) and not (right[0].text[:1].isupper() and right[-1].text[:1].isupper())):
                out.append(e)  # lower-case words beside the slash: left as the model read it
                continue
            out.append(Span(self.doc, left.start, left.end, label=e.label_))
            if len(right):
                out.append(Span(self.doc, right.start, right.end, label=e.label_))
        return out

    def _split_hyphened_pollsters(self, ents: list[Span]) -> list[Span]:
        """``the latest Acme Times-XYZ News poll``: a body's span right before a poll noun
        (``poll_noun``) with a hyphen written between two capitalised words names the poll's two
        takers (a joint poll, as a slash writes them), one each side, when either side is a name
        of two words or more or an acronym: ``Lumen-Vance poll`` (one word each side) stays one
        name, as a hyphened firm's name does (ents36)."""
        out: list[Span] = []
        text = self.text
        for e in ents:
            after = self.tokens[e.end] if e.end < len(self.tokens) else None
            hyphens = [i for i in range(e.start + 1, e.end - 1) if self.words[i] == "-"] \
                if e.label_ == "ORG" and after is not None and after.lower_ in self.ad.words.poll_noun else []
            if len(hyphens) != 1:
                out.append(e)
                continue
            k = hyphens[0]
            hyphen = self.tokens[k]
            left, right = self.doc[e.start:k], self.doc[k + 1:e.end]
            glued = text[hyphen.idx - 1: hyphen.idx + 2].strip() == text[hyphen.idx - 1: hyphen.idx + 2]
            capitals = all(t.text[:1].isupper() for t in (left[0], left[-1], right[0], right[-1]))
            if not glued or not capitals or not any(
                    len(side) > 1 or (side[0].is_upper and len(side[0].text) > 1) for side in (left, right)):
                out.append(e)
                continue
            out += [Span(self.doc, left.start, left.end, label="ORG"), Span(self.doc, right.start, right.end, label="ORG")]
        return out

    def _acronym_spelled_starts(self, ents: list[Span]) -> list[Span]:
        """``the city's Planning, Parks and Sports Office (PPSO)`` with ``Parks and Sports Office``
        tagged: a body's name right before its bracketed acronym begins where the acronym's first
        letter does; the span goes back over capitalised words (and the commas, ``and``, ``of``, ``&``
        between them, in the same sentence) to the nearest start whose initials spell the acronym,
        when the span's own do not (names39)."""
        tokens, n = self.tokens, len(self.tokens)
        out: list[Span] = []
        for e in ents:
            end = e.end
            if e.label_ != "ORG" or end + 2 >= n or tokens[end].text != "(" or tokens[end + 2].text != ")":
                out.append(e)
                continue
            short = tokens[end + 1].text
            if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 8) or short in _initials(self._span_text(e)):
                out.append(e)
                continue
            start = e.start
            found = None
            k = start
            while k > 0 and start - k < 10 and not tokens[k].is_sent_start:
                prev = tokens[k - 1]
                if not (prev.is_alpha and prev.text[:1].isupper() or prev.text in {",", "and", "of", "&"}):
                    break
                k -= 1
                if prev.is_alpha and prev.text[:1].isupper() and short in _initials(self.doc[k:end].text):
                    found = k
                    break
            out.append(e if found is None else Span(self.doc, found, end, label="ORG"))
        grown = [f for f, e in zip(out, ents, strict=True) if f is not e]
        if not grown:
            return ents
        return [f for f in out if any(f is g for g in grown) or not any(g.start <= f.start and f.end <= g.end for g in grown)]

    def _function_word_ends(self, ents: list[Span]) -> list[Span]:
        """``Priorities Action and Correct the`` tagged as one body, ``Record`` left out: no name ends in
        a lower-case function word (``the``, ``of``, ``for``, ``and``, ``in``, ``on``), so a body's span
        that does goes on over the capitalised words right after it (in the same sentence, tagged
        nothing); the whole is then split at an ``and`` whose first part the model tagged alone as a
        body elsewhere (``Priorities Action`` and ``Correct the Record``: two names listed) (names39)."""
        tokens, n = self.tokens, len(self.tokens)
        alone = {normalise_name(self._span_text(e)) for e in ents if e.label_ == "ORG"}
        by_start = {e.start: e for e in ents}
        absorbed: set[int] = set()
        out: list[Span] = []
        for e in ents:
            last = tokens[e.end - 1]
            if e.label_ != "ORG" or len(e) < 2 or last.text not in {"the", "of", "for", "and", "in", "on"} or e.end >= n:
                out.append(e)
                continue
            end = e.end
            while end < n and tokens[end].is_alpha and tokens[end].text[:1].isupper() and not tokens[end].ent_type_ \
                    and not tokens[end].is_sent_start:
                end += 1
            # "the Office of the Secretary of | Defense": the name's last words the model tagged apart, a
            # body's or a place's span of capitalised words starting right where the cut name stops (names44)
            # (a place's span only after "of": "the Church of | <Country>"; never over a spaced dash or a
            # bracket inside the cut span, which sets words off rather than ending a name: "Oscars - the")
            nxt = by_start.get(e.end) if end == e.end else None
            if nxt is not None and (nxt.label_ == "ORG" or nxt.label_ in {"GPE", "LOC"} and last.text == "of") \
                    and not tokens[e.end].is_sent_start and all(t.is_alpha and t.text[:1].isupper() for t in nxt) \
                    and not any(t.is_punct and t.text not in {"&", "."} for t in e):
                end = nxt.end
                absorbed.add(nxt.start)
            if end == e.end:
                out.append(e)
                continue
            ands = [t.i for t in tokens[e.start:end] if t.text == "and" and t.i > e.start]
            split = next((k for k in ands if normalise_name(self._span_text(self.doc[e.start:k])) in alone
                          and tokens[k + 1].text[:1].isupper()), None)
            if split is None:
                out.append(Span(self.doc, e.start, end, label="ORG"))
            else:
                out += [Span(self.doc, e.start, split, label="ORG"), Span(self.doc, split + 1, end, label="ORG")]
        return [e for e in out if e.start not in absorbed] if absorbed else out

    def _split_listed_bodies(self, ents: list[Span]) -> list[Span]:
        """``The Ministry of Defence, Ministry of Public Security, National Assembly and ...``: a body's
        span the model ran over a comma is a list when every part the commas leave is a body's name of
        its own: one opening with an institution's noun followed by ``of`` (``Ministry of Defence``) or
        ending with one (``National Assembly``; ``roles.tsv`` kind org). ``the City Planning,
        Development and Zoning Office`` (``Planning`` names no body) stays one name (ents27)."""
        out: list[Span] = []
        for e in ents:
            commas = [t.i for t in e if t.text == ","] if e.label_ == "ORG" else []
            if not commas:
                out.append(e)
                continue
            bounds = [e.start, *[k + 1 for k in commas]]
            ends = [*commas, e.end]
            parts = [(a, b) for a, b in zip(bounds, ends, strict=True)]
            if all(self._institution_name(a, b) for a, b in parts):
                out += [Span(self.doc, a, b, label="ORG") for a, b in parts]
            else:
                out.append(e)
        return out

    def _split_listed_names(self, ents: list[Span]) -> list[Span]:
        """``stars such as Mira, Tom Vance and Lia Hart``, ``rivals Northoil, Eastgas and ...``: a comma
        between two runs of capitalised words ends a name; one person's or one body's name holds no
        comma (the model glues the first members of a list into one span). A person's or a body's
        span the model ran over a comma is one name per part when every part is capitalised words
        (small words such as ``of`` inside) and no part after a comma says what the name before it
        is: a place (``University of Texas, Austin``), a legal form (``Acme, Inc.``), a name's
        suffix (``Ann Lee, Jr.``). A name with an ampersand (``Hale, Dorr & Co``: a firm of
        partners) stays one, and so does a span that holds its whole coordination, ``and`` in its
        last part (``the City Planning, Development and Zoning Office``: a remit listed inside a
        name; the model's glued list stops before the list's ``and``). Each part is a person's when it opens with a given name
        (``given_names.tsv``) or is the family name of a person the model tagged in full elsewhere,
        a body's when the tables know it; otherwise it keeps the model's label."""
        out: list[Span] = []
        people = [e for e in ents if e.label_ == "PERSON" and "," not in e.text]
        surnames = {e[-1].lower_ for e in people if len(e) >= 2}
        small = {"of", "the", "for", "and", "de", "la", "du", "von", "van", "der", "al"}
        stops = {*self.ad.words.company_word, *self.ad.words.name_suffix}
        for e in ents:
            commas = [t.i for t in e if t.text == ","] if e.label_ in {"PERSON", "ORG"} else []
            if not commas or any(t.text == "&" for t in e):
                out.append(e)
                continue
            bounds = [e.start, *[k + 1 for k in commas]]
            parts = list(zip(bounds, [*commas, e.end], strict=True))
            if any(t.lower_ in {"and", "&"} for t in self.doc[parts[-1][0]:parts[-1][1]]):
                # the span holds its whole coordination ("the City Planning, Development and Zoning
                # Office", "Ministry of Economy, Trade and Industry"): a remit listed inside one name
                out.append(e)
                continue
            if not all(self._listed_name_part(a, b, small) for a, b in parts) or any(
                    self.tokens[a].lower_.rstrip(".") in stops or self._span_place(a, b) for a, b in parts[1:]):
                out.append(e)
                continue
            labels = [self._listed_name_label(self.doc[a:b], surnames) for a, b in parts]
            # a list holds one kind of thing: a one-word part the tables leave open is a person's in a
            # list of people ("Mira, Tom Vance"), else it keeps the model's label
            kind = "PERSON" if "PERSON" in labels and "ORG" not in labels else e.label_
            out += [Span(self.doc, a, b, label=label or (kind if b - a == 1 else e.label_))
                    for (a, b), label in zip(parts, labels, strict=True)]
        return out

    def _listed_name_label(self, words: Span, surnames: set[str]) -> str | None:
        """A list part's kind by the tables: a body they know, a person's name opening with a given name
        (``given_names.tsv``, the census lists) or the family name of a person named in full; else None."""
        if self.ad.organisation(words.text) is not None:
            return "ORG"
        first = words[0].lower_
        if len(words) <= 3 and (first in self.ad.given_names or first in self.ad.census_given_names) \
                or len(words) == 1 and first in surnames:
            return "PERSON"
        return None

    def _number_word_names(self, ents: list[Span]) -> list[Span]:
        """``Six Flags Hurricane Harbor, which ...``, ``at Six Flags Harbor Bay``: a number word written
        with a capital and a capitalised plural after it is a name's first word, not a count, when it
        opens a sentence before one more capitalised word (``figures.number_opens_name``: a count's
        noun is written in lower case) or stands inside a sentence (not a title-case headline). The
        number and the run of capitalised words after it (three words at least) are one body's name,
        over the spans the model cut inside the run (a count, a name without the number)."""
        counts = {e.start for e in ents if e.label_ in {"CARDINAL", "QUANTITY"} and len(e) == 1}  # the model's count, read again
        tagged = {i for e in ents if e.start not in counts for i in range(e.start, e.end)}
        found: list[Span] = []
        dropped: set[int] = set()
        for tok in self.doc:
            if tok.i in tagged or not (tok.is_alpha and tok.like_num and tok.text[:1].isupper() and not tok.is_upper):
                continue
            inside = tok.i > 0 and not tok.is_sent_start and (self.tokens[tok.i - 1].is_alpha or self.tokens[tok.i - 1].tag_ == "POS") \
                and not _title_case(tok.sent) and tok.i + 2 < len(self.doc) and capitalised_plural(self.tokens[tok.i + 1])
            if not (inside or number_opens_name(tok)):
                continue
            end = tok.i + 1
            while end < len(self.doc) and self.tokens[end].is_alpha and self.tokens[end].text[:1].isupper() \
                    and not self.tokens[end].is_sent_start:
                end += 1
            inner = [e for e in ents if tok.i < e.start < end]
            if end - tok.i < 3 or any(e.end > end or e.label_ in {"NORP", "DATE", "TIME"} for e in inner):
                continue  # a span running past the capitalised words, a people's word: not one name
            label = inner[0].label_ if inner and inner[0].label_ in {"ORG", "FAC"} else "ORG"
            found.append(Span(self.doc, tok.i, end, label=label))
            dropped.update(e.start for e in inner)
            dropped.add(tok.i)
        out = [e for e in ents if e.start not in dropped]
        return sorted(out + found, key=lambda e: e.start)

    def _bracketed_acronym_names(self, ents: list[Span]) -> list[Span]:
        """``the National Board for Water Safety of the Coast and Rivers (WSCR)``: an acronym in brackets
        right after capitalised words spells their initials, so those words, back to the first whose
        initial it holds (small words such as ``of`` skipped unless the acronym spells them), are one
        name, whatever spans the model cut inside them (``<Name> for <Noun>``, ``the Coast`` a person,
        ``Rivers`` a body); a body's span the model began before them and ran into them is the start of
        that name. Only a body's name: the model tagged a body inside the words, or they end in an
        institution's noun (``roles.tsv`` kind org); a product's or an event's spelled name is left."""
        tokens, n = self.tokens, len(self.doc)
        small = {"of", "the", "and", "for", "on", "in", "&", "de", "to", "at", ",", "-", "'", "\u2019"}
        self.spelled_acronyms: set[int] = set()  # the acronyms' tokens: each is its name's short form (_merge_acronyms)
        out = ents
        for k in range(2, n - 2):
            acr = tokens[k + 1]
            if tokens[k].text != "(" or tokens[k + 2].text != ")" or not acr.is_alpha or not acr.text[:1].isupper():
                continue
            letters = [c for c in acr.text if c.isupper()]
            if not 3 <= len(letters) <= 8 or sum(c.islower() for c in acr.text) > len(letters):
                continue
            j, start, words = k - 1, None, 0
            while j >= 0 and letters and self.sent_of[j] == self.sent_of[k]:
                word = tokens[j]
                if word.text[:1].isupper() and word.is_alpha:
                    if word.text[0] != letters[-1]:
                        break
                    letters.pop()
                    start, words = j, words + 1
                elif word.lower_ in small:
                    if word.is_alpha and word.text[0].upper() == letters[-1] and word.lower_ not in {"the", "and", "of"}:
                        letters.pop()
                else:
                    break
                j -= 1
            if letters or start is None or words < 2:
                continue
            inside = [e for e in out if e.start < k and e.end > start]
            if any(e.end > k for e in inside):
                continue
            first = min([start, *[e.start for e in inside if e.label_ == "ORG"]])
            head = tokens[k - 1]
            role = self.ad.role(head.lower_)
            if not (any(e.label_ == "ORG" for e in inside) or role is not None and role.kind == "org"):
                continue
            if len(inside) == 1 and inside[0].start == first and inside[0].end == k:
                continue  # the model's span is the name already
            short = [] if any(e.start <= k + 1 < e.end for e in out) else [Span(self.doc, k + 1, k + 2, label="ORG")]
            out = [e for e in out if not (e.start < k and e.end > first)] + [Span(self.doc, first, k, label="ORG"), *short]
            self.spelled_acronyms.add(k + 1)
            out.sort(key=lambda e: e.start)
        return out

    def _possessive_shop_names(self, ents: list[Span]) -> list[Span]:
        """``walked down from the local Hallam’s to ...``, ``the auction, at Pryce's, will ...``: a firm named
        by its founder's possessive (a shop, an auction house). A possessive owns a noun after it; a body's
        name the article writes ONLY with ``'s``/``’s`` after it, at least once with no noun after the mark,
        ends with the mark: the mark is part of the name, which the model cut before it. A name the article
        also writes without the mark (``the Harbor Party’s`` beside ``the Harbor Party``), an institution's
        noun, a place's or a country's name is a possessive as ever."""
        text = doc_text(self.doc)
        self.possessive_names: set[int] = set()  # the marks that end a name (_find_core keeps them)
        out: list[Span] = []
        for e in ents:
            mark = self.tokens[e.end] if e.end < len(self.doc) else None
            if e.label_ != "ORG" or mark is None or mark.text not in {"'s", "\u2019s"} or e[-1].whitespace_ or len(e) > 3 \
                    or not e[-1].text[:1].isupper():
                out.append(e)
                continue
            core = [t for t in e if t.lower_ != "the"]
            name = " ".join(t.text for t in core)
            role = self.ad.role(core[-1].lower_) if core else None
            if not core or role is not None and role.kind == "org" or self.ad.country_of(name) or _gazetteer_is_place(self.gaz, name) \
                    or self.ad.organisation(name) is not None:
                out.append(e)
                continue
            written = [m.end() for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w])", text)]
            if not written or not all(text[k:k + 2] in {"'s", "’s"} for k in written):
                out.append(e)
                continue
            k = mark.i + 1
            while k < len(self.doc) and self.tokens[k].is_space:
                k += 1  # "<Body>’s<NBSP><Name>": the space is no word
            after = self.tokens[k] if k < len(self.doc) else None
            # the phrase ends at the mark: a closing punctuation or a lower-case verb, preposition,
            # conjunction or adverb after it (not a quoted or capitalised title: "<Network>’s “<Show>”"),
            # and the name is a founder's, written in small letters (a network's initials own their shows)
            bare = after is None or after.text in {",", ".", ";", ":", ")", "!", "?"} \
                or after.is_lower and after.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "ADV"}
            if not bare or core[-1].text.isupper():
                out.append(e)
                continue
            self.possessive_names.add(mark.i)
            out.append(Span(self.doc, e.start, mark.i + 1, label="ORG"))
        return out

    def _listed_name_part(self, start: int, end: int, small: set[str]) -> bool:
        """Whether tokens ``start:end`` are one name written in capitals (``_split_listed_names``):
        capitalised words of letters (an inner hyphen or apostrophe allowed), small words inside."""
        words = self.doc[start:end]
        if not len(words) or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
            return False
        return all(t.text[:1].isupper() and t.text.replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalpha()
                   or t.lower_ in small or t.text == "-" and not t.whitespace_ for t in words)

    def _span_place(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` name a place the gazetteer knows or a country (a qualifier after a
        comma: ``University of Texas, Austin``)."""
        text = self.doc[start:end].text
        return self.ad.country_of(text) is not None or _gazetteer_is_place(self.gaz, text)

    def _institution_name(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` are a body's name by its institution noun (``_split_listed_bodies``)."""
        words = self.tokens[start + 1 if self.tokens[start].lower_ == "the" else start:end]
        if not len(words) or not all(t.text[:1].isupper() or t.lower_ in {"of", "and", "for", "the"} for t in words):
            return False
        head = words[0] if len(words) > 2 and words[1].lower_ == "of" else words[-1]
        role = self.ad.role(head.lower_)
        return role is not None and role.kind == "org" and head.text[:1].isupper()

    def _joint_acronym_pairs(self, ents: list[Span]) -> list[Span]:
        """``the DTI-DOLE programme`` beside ``the DTI`` and ``the DOLE``: two bodies' initials joined by a
        hyphen name the two bodies (a joint scheme), no body of its own, when the text also writes each
        alone; each is a mention of its body, so that neither standalone initials are taken for the
        pair's short name. A pair the tables know (``AFL-CIO``) or one whose parts are never written
        alone stays whole (ents27)."""
        text = doc_text(self.doc)
        found: list[Span] = []
        for e in ents:
            if e.label_ != "ORG" or len(e) != 3 or e[1].text != "-" or e[1].whitespace_ or e[0].whitespace_:
                continue
            left, right = e[0], e[2]
            if not all(t.is_alpha and t.is_upper and 2 <= len(t.text) <= 6 for t in (left, right)):
                continue
            if self.ad.organisation(e.text) is not None:
                continue
            if all(re.search(rf"(?<![\w-]){t.text}(?![\w-])", text) for t in (left, right)):
                found += [Span(self.doc, left.i, left.i + 1, label="ORG"), Span(self.doc, right.i, right.i + 1, label="ORG")]
        return self._with_spans(ents, found)

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

    def _slashed_credits(self, ents: list[Span]) -> list[Span]:
        """``(Ann Lee/PNA)``: a line that is only a round bracket holding a reporter's name and an
        agency's, a slash between, credits the story to both (wire copy): the two or three capitalised
        words before the slash are a person (no body of the tables), the words after it a body the
        tables know or one word in capitals (the agency's initials); both or nothing, whatever the
        model read (ents27)."""
        text = doc_text(self.doc)
        found: list[Span] = []
        slash = text.find("/")
        while slash != -1:
            line_start = text.rfind("\n", 0, slash) + 1
            line_end = text.find("\n", slash)
            line_end = len(text) if line_end == -1 else line_end
            slash = text.find("/", line_end)
            line = text[line_start:line_end].strip().rstrip(".")
            if not (line.startswith("(") and line.endswith(")")) or line.count("/") != 1 or len(line) > 80:
                continue
            start = text.index("(", line_start)
            inner = self.doc.char_span(start + 1, start + len(line) - 1, alignment_mode="contract")
            if inner is not None:
                found += self._slashed_credit(list(inner))
        return self._with_spans(ents, found)

    def _slashed_credit(self, words: list[Token]) -> list[Span]:
        """The person and the agency of one slashed credit's words (see ``_slashed_credits``)."""
        k = next(k for k, t in enumerate(words) if t.text == "/")
        author, agency = words[:k], words[k + 1:]
        if not 2 <= len(author) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in author):
            return []
        name = self.doc[author[0].i: author[-1].i + 1]
        if self.ad.organisation(name.text) is not None or not 1 <= len(agency) <= 4:
            return []
        body = self.doc[agency[0].i: agency[-1].i + 1]
        if self.ad.organisation(body.text) is None and not (
                len(agency) == 1 and agency[0].is_alpha and agency[0].is_upper and 2 <= len(agency[0]) <= 6):
            return []
        return [Span(self.doc, name.start, name.end, label="PERSON"), Span(self.doc, body.start, body.end, label="ORG")]

    def _source_channels(self, ents: list[Span]) -> list[Span]:
        """``..., the spokesman said in a statement according to The Lantern.``, ``From Harbor Wire:`` on a line of
        its own before an excerpt: the name the text gives as the channel a report comes through is a body's (an
        outlet's), whatever the model read it as (a product, a work, a facility, or a place the gazetteer does not
        know): the object of ``according to``, or the name of a line that is only ``From <Name>:`` (ents37)."""
        out: list[Span] = []
        text = self.text
        for e in ents:
            if e.label_ not in {"PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC"} or e.start < 2:
                out.append(e)
                continue
            before, by = self.tokens[e.start - 1], self.tokens[e.start - 2]
            if before.text == "The" and e.start >= 3:
                before, by = by, self.tokens[e.start - 3]
            after = self.tokens[e.end] if e.end < len(self.tokens) else None
            according = before.lower_ == "to" and by.lower_ == "according"
            line = before.lower_ == "from" and after is not None and after.text == ":" \
                and text[:before.idx].rstrip(" \t").endswith("\n") and text[after.idx + 1:].lstrip(" \t")[:1] in {"\n", ""}
            if not (according or line) or e.label_ in {"GPE", "LOC"} and not self._unknown_place(e):
                out.append(e)
                continue
            out.append(Span(self.doc, e.start, e.end, label="ORG"))
        return out

    def _untagged_outlets(self, ents: list[Span]) -> list[Span]:
        """``first week on Hulu``, ``told Vox``: one capitalised word inside a sentence, left
        untagged, that the tables know as an outlet's or a medium's name (an organisation of sector
        MED in ``organisations.tsv``) is that body; never a sentence's first word, nor a word of a
        longer capitalised run (issue 15, s16-dev11e)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for tok in self._capitalised():
            if tok.i in tagged or tok.is_sent_start or not self.words[tok.i][:1].isupper() or not tok.is_alpha:
                continue
            if tok.i > 0 and self.tokens[tok.i - 1].text[:1].isupper() and self.tokens[tok.i - 1].is_alpha:
                continue
            if tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].text[:1].isupper() and self.tokens[tok.i + 1].is_alpha:
                continue
            org = self.ad.organisation(tok.text)
            if org is not None and "MED" in org.sectors and org.type == "ORG":
                found.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return self._with_spans(ents, found)

    def _outlet_titles(self, ents: list[Span]) -> list[Span]:
        """``after mocking the Harbor Report for ...``, ``read the Elm Valley Review``: ``the``, one to
        three capitalised words and a newspaper's or site's title word (``media_title``: Report, Review,
        Post, Journal ...), the name ending there, are one outlet's name (a body), whatever the model
        tagged inside it (often only its first word, which a person's surname may then claim); not on a
        title-case line (a headline's words are all capitalised), not where a span already runs beyond
        the name or tags the whole of it a body (bodies32)."""
        tokens, found = self.tokens, []
        media = self.ad.words.media_title
        for tok in self._with_lower(media):  # the title words from the index, not every token
            k = tok.i
            if not self.words[k][:1].isupper() or not self.words[k][1:].islower() or k < 2:
                continue
            start = k
            while start - 1 >= 0 and k - start < 3 and self.words[start - 1][:1].isupper() and tokens[start - 1].is_alpha \
                    and not self.words[start - 1].isupper() and not tokens[start - 1].is_sent_start \
                    and tokens[start - 1].lower_ != "the":
                start -= 1
            if start == k or start == 0 or tokens[start - 1].lower_ != "the":
                continue
            if k + 1 < len(tokens) and self.words[k + 1][:1].isupper() and tokens[k + 1].is_alpha:
                continue  # a longer name goes on ("the Harbor Report Awards")
            span = Span(self.doc, start, k + 1, label="ORG")
            if any(e.start < span.end and span.start < e.end and (e.start < span.start - 1 or e.end > span.end
                                                                    or e.label_ == "ORG" and e.start <= start and e.end == span.end)
                   for e in ents) or self._title_case_line(span):
                continue
            found.append(span)
        return self._with_spans(ents, found)

    def _bodies_that_say(self, ents: list[Span]) -> list[Span]:
        """``the Sunday Chronicle claimed``, ``the Old Bailey heard``: one to four capitalised proper nouns
        after ``the``, left untagged (a weekday in them may be tagged a date), whose last word is the subject
        of a verb of saying (or ``hear``: a court hears a case) are a body's name: a person's name takes no
        article, and a place or a body the tables know is left to the other rules (ents21)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens, found = self.tokens, []
        for tok in self._capitalised():  # a capitalised word first (the index), not every token
            if tok.dep_ not in {"nsubj"} or tok.tag_ != "NNP" or tok.i in tagged:
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
        # a run opens with a capitalised word: the starts tried are those of the index of capitalised
        # words, in text order, each after the end of the run before (a walk over every word
        # stepped past the others one at a time)
        for start in self._capitalised():
            if start.i < i:
                continue
            i = end = start.i
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

    def _untagged_dictionary_words(self, ents: list[Span]) -> list[Span]:
        """``Shares fell after reports that Zapflix leaked data``, ``six firms, including Zapflix and
        Qorvane, bid``: one capitalised proper noun the model left untagged that the actor dictionary
        knows as an organisation's name or alias (type ORG) is that body where it stands as a noun
        phrase of its own (a subject, an object, a preposition's object, a conjunct, an apposition;
        never a modifier: ``Zapflix users``), when it is no word of English: neither it nor its lemma is
        a noun or a verb of the model's lemmatizer index (``Apple``, ``Shell``, ``Congress`` are words
        too, and are left to the other rules). A social network after ``on`` or ``via`` is the medium a
        thing was posted on, not a body that acts (``posted on Zapgram``); a shouted line is left alone, and
        so is a word in capitals (an acronym: ``_untagged_acronyms`` reads those, with its own conditions)
        (issue 15, residual misses in three regression sets, branch recur34)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens, found = self.tokens, []
        slots = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "dative", "attr"}
        for tok in self._capitalised():
            if tok.i in tagged or tok.pos_ != "PROPN" or not tok.is_alpha or tok.text.isupper() or tok.dep_ not in slots \
                    or tok.lower_ in self.nouns or tok.lower_ in self.verbs \
                    or tok.lemma_.lower() in self.nouns or tok.lemma_.lower() in self.verbs:
                continue
            if any(t.pos_ == "PROPN" and t.text[:1].isupper() and self.sent_of[t.i] == self.sent_of[tok.i]
                   for t in (tokens[tok.i - 1] if tok.i else None, tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None)
                   if t is not None):
                continue  # a piece of a longer name
            org = self.ad.organisation(tok.text)
            if org is None or org.type != "ORG":
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ in {"on", "via"} and tok.lower_ in self.ad.words.social_network:
                continue
            sent = self.sents[self.sent_of[tok.i]]
            words = [t for t in sent if t.is_alpha]
            if words and sum(t.text.isupper() for t in words) * 2 > len(words):
                continue  # a shouted line
            found.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    # what may stand between two names of one list: a comma, a conjunction, or both
    LIST_JOINERS = ((",",), ("and",), ("or",), (",", "and"), (",", "or"))
    # a name the model tagged so may be a body it misread (a firm tagged a place or a people)
    LISTED_BODY_LABELS = {"", "GPE", "LOC", "FAC", "NORP"}
    # what the model tagged a time, a figure, a product or a language is none (a work's span may run
    # over two firms' names: "Facebook and Google")
    LISTED_NON_BODY_LABELS = {"DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT",
                              "LAW", "LANGUAGE", "EVENT"}

    def _names_listed_with_bodies(self, ents: list[Span]) -> list[Span]:
        """``Haldex, Primwell and Ostrava Steel``, ``including Vantora and Intel``: the names of one
        list (capitalised names joined by commas and a last ``and``/``or``) are of one kind, so a
        list that holds a body's name (tagged a body, or a body of the tables) and no person's or
        place's name makes each of its other names a body where the model left it untagged or read
        it as a place or a people (a firm's name is often no word it knows). Not a known given name
        first, a role, a country or its people, a place of the gazetteer, a person's name of the
        article, a common word (``_common_word``), an adjective or a modifier of the noun after it (``iPods
        and MP3 players``), a name on a title-case line (a headline capitalises every word), nor the
        first of the list after ``the`` (``the Gilt Edged and Money Market
        Division`` may be one name), nor a list in apposition to a noun of places or people (``Four towns
        — ...``: the noun names the kind, as ``_listed_kind_members`` reads it). Where the article repeats a name so found, untagged, as a noun phrase of its own
        (a subject, an object, a possessor), it is the same body. The lookalike rules' ``_listed_bodies``
        (ents23) reads the parser's conjuncts of a one-word body for untagged one-word names; this reads
        the list as written (the parser often hangs a list's names as appositions) and the names the
        model misread (giveme42)."""
        tokens, words = self.tokens, self.words
        label_at: dict[int, Span] = {e.start: e for e in ents}
        inside = {i for e in ents for i in range(e.start + 1, e.end)}
        found: list[Span] = []
        people = None
        for sent in self.sents:
            items: list[tuple[int, int, str]] = []  # (start, end, model label or "") of capitalised names, in order
            i = sent.start
            while i < sent.end:
                if i in label_at:
                    e = label_at[i]
                    items.append((e.start, e.end, e.label_))
                    i = e.end
                    continue
                if i not in inside and _has_capital(words[i]) and words[i].isalnum():
                    j = i + 1
                    while j < sent.end and j not in label_at and j not in inside \
                            and _has_capital(words[j]) and words[j].isalnum():
                        j += 1
                    # a day, a figure or a thing the model tagged so (dropped from the names) is no body
                    kind = tokens[i].ent_type_
                    if kind not in self.LISTED_NON_BODY_LABELS:
                        kind = "DATE" if words[i] in CALENDAR_NAMES else ""
                    items.append((i, j, kind))
                    i = j
                    continue
                i += 1
            groups: list[list[tuple[int, int, str]]] = []
            for k, item in enumerate(items):
                joiner = tuple(t.lower_ for t in tokens[items[k - 1][1]:item[0]]) if k else None
                if joiner in self.LIST_JOINERS:
                    groups[-1].append(item)
                    if joiner != (",",):
                        groups[-1][0] = (*groups[-1][0][:2], groups[-1][0][2] + "&")  # marks a conjunction seen
                else:
                    groups.append([item])
            for group in groups:
                if len(group) < 2 or not group[0][2].endswith("&"):
                    continue
                group = [(a, b, label.rstrip("&")) for a, b, label in group]
                kind = tokens[group[0][1] - 1].head if tokens[group[0][1] - 1].dep_ == "appos" else None
                if kind is not None and kind.pos_ == "NOUN" and (kind.lemma_.lower() in self.ad.words.settlement_noun
                                                                 or self.ad.person_noun(kind.lemma_.lower())):
                    continue  # "Four towns — A, B and C —": the noun says the names are places (or people)
                texts = [" ".join(words[a:b]) for a, b, _ in group]
                if any(label == "PERSON" or self.ad.country_of(text) or self._listed_place(text, label)
                       for (_, _, label), text in zip(group, texts, strict=True)):
                    continue  # a list of people or places, or of several kinds
                if not any(label == "ORG" or self.ad.organisation(text) is not None
                           for (_, _, label), text in zip(group, texts, strict=True)):
                    continue
                people = self._person_spans() if people is None else people
                for (a, b, label), text in zip(group, texts, strict=True):
                    if label not in self.LISTED_BODY_LABELS or b - a > 4 or words[a].lower() in self.ad.given_names \
                            or self.ad.role(text) is not None or normalise_name(text) in people \
                            or any(self._common_word(k) for k in range(a, b)):
                        continue
                    if a == group[0][0] and (a > 0 and words[a - 1] == "the" or len(group) == 2 and any(
                            self.words[k].lower() in self.nouns for k in range(a, b))):
                        # "the Gilt Edged and Money Market Division", "Technology and Intellectual
                        # Property": the first of two, a common word, may open the second's name
                        continue
                    if any(tokens[k].pos_ == "ADJ" for k in range(a, b)) \
                            or b < sent.end and tokens[b].pos_ == "NOUN" and words[b].islower():
                        continue  # "the Commonwealth and European champion", "iPods and MP3 players": a modifier
                    span = Span(self.doc, a, b, label="ORG")
                    if not self._title_case_line(span):  # a headline capitalises its common words
                        found.append(span)
        if not found:
            return ents
        names = {tuple(words[f.start:f.end]) for f in found}
        # a repeat the model read as a place or a people again (the same name alone) is no other name
        taken = {i for e in ents if not (e.label_ in self.LISTED_BODY_LABELS and tuple(words[e.start:e.end]) in names)
                 for i in range(e.start, e.end)} | {i for f in found for i in range(f.start, f.end)}
        for name in names:
            for tok in self._tokens_at(self._word_positions(), {name[0]}):
                a, b = tok.i, tok.i + len(name)
                if tuple(words[a:b]) != name or any(i in taken for i in range(a, b)):
                    continue
                last = tokens[b - 1]
                if last.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} and last.pos_ in {"PROPN", "NOUN"} \
                        and (b >= len(tokens) or not words[b][:1].isupper()):
                    found.append(Span(self.doc, a, b, label="ORG"))
                    taken.update(range(a, b))
        return self._with_spans(ents, found)

    def _common_word(self, k: int) -> bool:
        """Token ``k`` is a word of the language, not a name's own (``_names_listed_with_bodies``): a pronoun, a
        stop word (``Elsewhere``), one letter, or the plural of a noun the lemmatizer knows (``155
        States and the European Union``). A singular noun may be a firm's name (``Google``)."""
        tok, word = self.tokens[k], self.words[k].lower()
        return tok.pos_ == "PRON" or tok.is_stop or len(word) < 2 or word.endswith("s") and word[:-1] in self.nouns

    def _listed_place(self, text: str, label: str) -> bool:
        """A name of a list that names a place (``_names_listed_with_bodies``): one the model tagged a place and
        the gazetteer knows, or a country, a region or a large city of the gazetteer whatever the
        label (the gazetteer also holds hamlets named like firms: ``Google``)."""
        if label in {"GPE", "LOC"} and _gazetteer_is_place(self.gaz, text):
            return True
        return _gazetteer_region(self.gaz, text) or _gazetteer_prominent(self.gaz, text)

    def _untagged_body_repeats(self, ents: list[Span]) -> list[Span]:
        """``Zingo, the dating app, ... Zingo suspended her account``: a one-word name the model
        tags a body at least twice in the article, and never anything else, is that body's name
        where it left the same word untagged as a noun phrase of its own (a subject, an object,
        a possessor, a preposition's object: "not on Zingo", "Zingo's ban"); never as a
        modifier ("a Zingo user")."""
        labels: dict[str, list[str]] = {}
        for e in self.ents:
            if len(e) == 1:
                labels.setdefault(self._span_text(e), []).append(e.label_)
        bodies = {text for text, found in labels.items()
                  if len(found) >= 2 and set(found) == {"ORG"} and text[:1].isupper() and not text.isupper()}
        if not bodies:
            return ents
        tagged = {i for e in ents for i in range(e.start, e.end)}
        found_spans = [Span(self.doc, tok.i, tok.i + 1, label="ORG") for tok in self._tokens_at(self._word_positions(), bodies)
                       if tok.i not in tagged and tok.pos_ in {"PROPN", "NOUN"}
                       and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}]
        return sorted(ents + found_spans, key=lambda e: e.start) if found_spans else ents

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

    def _paired_initial_names(self, ents: list[Span]) -> list[Span]:
        """``Mayor Ana Lucia DM. Reyes has ...``: a person's name the model ended before two or three
        middle initials in capitals (their stop split off by the tokenizer) goes on to the surname after
        them, when the layout stage kept that surname in the sentence (paragraphs.py
        ``_join_paired_initials`` checked the capitals are no role, body or country); whatever the model
        tagged the surname is replaced (ents27)."""
        tokens, n = self.tokens, len(self.tokens)
        found = [Span(self.doc, e.start, e.end + 3, label="PERSON") for e in ents
                 if e.label_ == "PERSON" and e.end + 2 < n and tokens[e.end + 1].text == "."
                 and tokens[e.end].is_upper and tokens[e.end].is_alpha and 2 <= len(tokens[e.end]) <= 3
                 and tokens[e.end + 2].is_sent_start is False and tokens[e.end + 2].tag_ == "NNP"]
        return self._with_spans(ents, found)

    def _followed_accounts(self, ents: list[Span]) -> list[Span]:
        """``Follow Jo Reyes on Twitter``: two or three untagged capitalised words between the verb
        ``follow`` and ``on`` plus a social network (``social_network``) are the name of the
        person whose account it is, unless a word is a body's, a role's or a country's, or the run
        is a body the dictionary knows (brief s16-names16)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens, found = self.tokens, []
        for tok in self._with_lower({"follow"}):  # from the index, not every token
            if tok.i + 3 >= len(tokens):
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
        for tok in self._tokens_at(self._word_positions(), {"al"}):  # from the index, not every token
            if tok.i in tagged:
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

    def _nicknamed_people(self, ents: list[Span]) -> list[Span]:
        """``("Big Red" Tom Hale, "Slim" Varga)``: a quoted nickname written right before a name is a
        person's; where the sentence gives another person so (a name the model tagged a person right
        after a closing quotation mark), one or two capitalised proper nouns no label covers right
        after another closing quotation mark whose quotation is a short one (four words at most) are
        a person's name too (a surname alone, ``"Slim" Varga``), not when the name runs on into
        more capitalised words (ents36)."""
        closing = [t for t in self.tokens if t.is_quote and t.tag_ == "''"]
        if not closing:
            return ents
        taken = {i for e in ents for i in range(e.start, e.end)}
        nicknamed = {self.tokens[e.start].sent.start for e in ents if e.label_ == "PERSON" and e.start > 0
                     and self.tokens[e.start - 1].is_quote and self.tokens[e.start - 1].tag_ == "''"}
        found: list[Span] = []
        for q in closing:
            if q.sent.start not in nicknamed:
                continue
            run = []
            for t in self.tokens[q.i + 1: q.i + 3]:
                if t.i in taken or t.ent_type_ or t.pos_ != "PROPN" or not t.is_alpha \
                        or not t.text[:1].isupper() or t.text.isupper() or t.text in CALENDAR_NAMES:
                    break
                run.append(t)
            if not run or run[-1].i + 1 < len(self.tokens) and self.tokens[run[-1].i + 1].text[:1].isupper():
                continue
            opening = next((t for t in reversed(self.tokens[max(q.sent.start, q.i - 6): q.i])
                            if t.is_quote and t.tag_ == "``"), None)
            if opening is None or not 1 <= q.i - opening.i - 1 <= 4:
                continue
            found.append(Span(self.doc, run[0].i, run[-1].i + 1, label="PERSON"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

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
            if e.label_ in {"GPE", "LOC", "PRODUCT", "WORK_OF_ART"} and self.ad.organisation(self._span_text(e)) is not None \
                    and not _gazetteer_is_place(self.gaz, self._span_text(e)) and self.ad.country_of(self._span_text(e)) is None:
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

    def _family_name_first(self, tok: Token) -> Span | None:
        """``Zhao Zicong``, ``Park Geun-hye``: a family name of a language that writes it first
        (``family_names.tsv``), tagged a proper noun, then one or two capitalised given-name
        words, is a person's name whatever label the model gave it (a work of art with
        ``The``, a number before it, none), unless it names a known body or place."""
        if tok.lower_ not in self.ad.family_names or not self.words[tok.i][:1].isupper() or tok.tag_ not in {"NNP", "NNPS"}:
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
            if not (self.words[end][:1].isupper() and self.words[end].replace("-", "").isalpha()) or tok.tag_ == "PRP" \
                    or not (any_label or tok.ent_type_ in {"", "PERSON"}):
                break
            if tok.pos_ not in {"PROPN", "NOUN", "VERB", "ADJ"}:
                break
            end += 1
        return end

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
            while j >= 0 and self.words[j][:1].isupper() and self.words[j].isalpha() \
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
            if e.label_ == "ORG" and len(e) == 1 and e[0].lower_ in self.nouns and not self.ad.organisation(self._span_text(e)) \
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
        return self._with_given_names(ents, found)

    def _societies_after_the(self, ents: list[Span]) -> list[Span]:
        """``the Lakeside Valley Humane Society was contacted``: two to five capitalised words after ``the``
        ending in a voluntary body's last word (``society_last_word`` of actor_words.tsv: ``Society``,
        ``Association``, ``Foundation``) are that body's name, where the model tagged them a building, a
        product, a work, a place or nothing, or tagged only some of them (ents25). Not when a span of a
        person or a body the model tagged reaches outside the words (a longer name it read)."""
        found: list[Span] = []
        tokens = self.tokens
        for last in self._with_lower(self.ad.words.society_last_word):
            if not last.text[:1].isupper() or last.i < 2:
                continue
            start = last.i
            while start - 1 >= 0 and last.i - start < 4 and self.sent_of[start - 1] == self.sent_of[last.i] and (
                    tokens[start - 1].text[:1].isupper() and (tokens[start - 1].is_alpha or "-" in tokens[start - 1].text)
                    or tokens[start - 1].text == "-" and start >= 2 and not tokens[start - 2].whitespace_):
                start -= 1  # capitalised words, or the hyphen of one ("Tri-County")
            if start == last.i or start == 0 or tokens[start - 1].lower_ != "the" or not tokens[start].text[:1].isupper():
                continue
            if any(e.label_ in {"PERSON", "ORG", "NORP"} and e.start < last.i + 1 and e.end > start
                   and (e.start < start or e.end > last.i + 1 or e.label_ == "ORG" and (e.start, e.end) == (start, last.i + 1))
                   for e in ents):
                continue  # a longer name the model read, or the body tagged already
            found.append(Span(self.doc, start, last.i + 1, label="ORG"))
        return self._with_spans(ents, found)

    def _local_bodies_mistagged(self, ents: list[Span]) -> list[Span]:
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

    def _sides_played_for(self, ents: list[Span]) -> list[Span]:
        """``made his debut for Toro Verde``, ``she played for Westfield Rovers``, ``signed for Port
        Vale``: the capitalised words after ``for`` that a verb or noun of playing for a side
        (``side_for_word``: play, sign, debut, drive, captain ...) governs name the side, a body,
        where the model left them untagged. The word of playing stands before ``for`` in its
        sentence with no other verb between (``debut as a 17-year-old for ...``); not a person's
        name (a known given name first, or a person's name of the article), a country or a place of
        the gazetteer (a national side is coded as its country), nor words holding a tagged name."""
        words = self.ad.words.side_for_word
        found: list[Span] = []
        people = None
        for cue in self._with_lemma(words):
            if cue.pos_ not in {"VERB", "NOUN"}:
                continue
            sent = self.sents[self.sent_of[cue.i]]
            k = cue.i + 1
            while k < sent.end and self.tokens[k].lower_ != "for" and not (
                    self.tokens[k].pos_ in {"VERB", "AUX"} or self.tokens[k].is_punct and self.tokens[k].text != "-"):
                k += 1
            if k >= sent.end - 1 or self.tokens[k].lower_ != "for":
                continue
            first = k + 1
            end = self._capitalised_run(first)
            if not 1 <= end - first <= 3 or any(self.tokens[i].ent_type_ for i in range(first, end)) \
                    or not all(self.tokens[i].pos_ == "PROPN" for i in range(first, end)):
                continue
            name = self.doc[first:end]
            if any(e.start < end and first < e.end for e in ents) or name[0].lower_ in self.ad.given_names \
                    or self.ad.country_of(name.text) or _gazetteer_is_place(self.gaz, name.text) \
                    or self.ad.role(name.text) is not None:
                continue
            people = self._person_spans() if people is None else people
            if normalise_name(name.text) in people:
                continue
            found.append(Span(self.doc, first, end, label="ORG"))
            # "for <Side> in Portugal": where the side played, not its home; coded as a result's team is
            self.result_teams.add((first, end))
        return self._with_spans(ents, found)

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

    def _demonym_papers(self, ents: list[Span]) -> list[Span]:
        """``The Tennessean first reported ...``, ``told The Oklahoman``: a people's name in the singular
        (one word tagged NORP, a singular proper noun) after ``the`` is a newspaper's title (papers are
        named for the people of their state or country) when it is the subject of a verb by which an
        outlet makes news public (``outlet_verb``: report, publish), or when its ``The`` is written
        with a capital inside a sentence (an outlet's title keeps its article); a person called by a
        nationality (``the American said``) takes a small ``the`` and a verb of saying. Not on a
        title-case line (a headline capitalises every article) (bodies40, news-dev69)."""
        out: list[Span] = []
        changed = False
        for e in ents:
            tok = e[0]
            if e.label_ != "NORP" or len(e) != 1 or tok.tag_ != "NNP" or not tok.is_alpha \
                    or not self.words[tok.i][:1].isupper() or self.words[tok.i].isupper() or e.start == 0:
                out.append(e)
                continue
            the = self.tokens[e.start - 1]
            verb = tok.head
            reports = tok.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in self.ad.words.outlet_verb \
                and the.lower_ == "the"
            titled = the.text == "The" and not the.is_sent_start and tok.dep_ not in {"nsubj", "nsubjpass"}
            if not (reports or titled) or self._title_case_line(e):
                out.append(e)
                continue
            out.append(Span(self.doc, e.start, e.end, label="ORG"))
            changed = True
        return out if changed else ents

    def _possessive_office_names(self, ents: list[Span]) -> list[Span]:
        """``The Harlow County Coroner's Office identified ...``, ``the Attorney General's Office``: capitalised
        words, the last a common noun of an office holder with a possessive ``'s``, and a capitalised noun of a
        body right after (``holder_body_noun``: Office, Department, Bureau) are one body's name
        (an office named after its holder), whatever the model tagged inside it (often the county alone, a
        place). The words before the possessive name no person (a common noun is no name) (bodies40,
        news-dev69)."""
        found: list[Span] = []
        tokens, words = self.tokens, self.words
        for pos in self._with_lower({"'s", "\u2019s"}):
            k = pos.i
            if k < 1 or k + 1 >= len(tokens) or pos.tag_ != "POS":
                continue
            holder, body = tokens[k - 1], tokens[k + 1]
            if body.lower_ not in self.ad.words.holder_body_noun or not words[k + 1][:1].isupper() or not words[k - 1][:1].isupper() \
                    or words[k - 1].isupper() or holder.lower_ not in self.nouns or holder.lower_ in self.ad.given_names:
                continue
            if k + 2 < len(tokens) and words[k + 2][:1].isupper() and tokens[k + 2].is_alpha:
                continue  # the name goes on ("the Sheriff's Office Annex"): the model's span is left
            if k + 3 < len(tokens) and tokens[k + 2].lower_ in {"of", "for"} and words[k + 3][:1].isupper():
                continue  # "the White House's Office of Political Outreach": the office's own name follows
            start = k - 1
            while start - 1 >= 0 and k - start < 5 and words[start - 1][:1].isupper() and tokens[start - 1].is_alpha \
                    and tokens[start - 1].pos_ in {"PROPN", "NOUN"} and self.sent_of[start - 1] == self.sent_of[k]:
                start -= 1
            span = Span(self.doc, start, k + 2, label="ORG")
            if any(e.label_ in {"PERSON"} and e.start < span.end and span.start < e.end for e in ents) \
                    or self._title_case_line(span) or self.ad.organisation(self.doc[start:k].text) is not None:
                continue  # a body the tables know owns the office ("the White House's Office"): no holder's title
            found.append(span)
        return self._with_spans(ents, found)

    def _slashed_pollsters(self, ents: list[Span]) -> list[Span]:
        """``In a new HARBOR DAILY/Vance College Poll, ...``: capitalised words (in capitals or not) on both sides
        of one slash, right before a poll noun (``poll_noun``, written small or as a title's capital), name
        the poll's two takers, one body each side (a joint poll), whatever the model made of the words (often
        nothing, a paper's name in capitals then read as a country and a day). Not a side that is a country's or
        a gazetteer place's name alone (``a US/UK poll``), nor on a title-case line (bodies40, news-dev71)."""
        tokens, words = self.tokens, self.words
        found: list[Span] = []
        for poll in self._with_lower(self.ad.words.poll_noun):
            k = poll.i - 1
            right_start = k + 1
            while k >= 0 and words[k][:1].isupper() and tokens[k].is_alpha and poll.i - k <= 4:
                right_start = k
                k -= 1
            if right_start == poll.i or k < 1 or words[k] != "/":
                continue
            slash = k
            left_start = slash
            k -= 1
            while k >= 0 and words[k][:1].isupper() and tokens[k].is_alpha and slash - k <= 4 \
                    and self.sent_of[k] == self.sent_of[poll.i]:
                left_start = k
                k -= 1
            if left_start == slash or tokens[left_start].is_sent_start and tokens[left_start].lower_ in {"a", "the", "in"}:
                continue
            sides = [self.doc[left_start:slash], self.doc[slash + 1:poll.i]]
            if any(self.ad.country_of(side.text) or _gazetteer_is_place(self.gaz, side.text) for side in sides) \
                    or self._title_case_line(sides[0]):
                continue
            found += [Span(self.doc, side.start, side.end, label="ORG") for side in sides]
        return self._with_spans(ents, found)

    def _listed_kind_members(self, ents: list[Span]) -> list[Span]:
        """``Four chains — Harbor Foods, Zentor, Mavis and Lark Stores — closed``: the names listed in apposition
        to a counted plural noun of a kind (a number before it) are members of that kind, each of one sort; where
        the model tagged a member a body and left a one-word member untagged (a single capitalised proper
        noun), that member is a body too, whatever a gazetteer may know by its name. Not a kind of place
        (``settlement_noun``: ``Three towns — ...``) or of person (``person_nouns.tsv``) (bodies40, news-dev71)."""
        tagged = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for tok in self.tokens:
            if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in tok.children):
                continue
            lemma = tok.lemma_.lower()
            if lemma in self.ad.words.settlement_noun or self.ad.person_noun(lemma) or self.ad.person_noun(tok.lower_):
                continue
            first = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), None)
            if first is None:
                continue
            members = [first, *first.conjuncts]
            if len(members) < 3 or not any(m.i in tagged and tagged[m.i].label_ == "ORG" for m in members):
                continue
            for m in members:
                if m.i in tagged or m.pos_ != "PROPN" or not self.words[m.i][:1].isupper() or not m.is_alpha \
                        or any(c.dep_ == "compound" for c in m.children):
                    continue
                found.append(Span(self.doc, m.i, m.i + 1, label="ORG"))
        return self._with_spans(ents, found)

    def _source_slot(self, tok: Token) -> bool:
        """Whether ``tok`` heads the argument of a source verb or preposition: the object of a verb of saying
        with an addressee (``told <Name>``), of ``according to``, or of a ``to`` after a verb of speaking to
        someone (``spoken_to_verb``: ``talked to <Name>``, ``opened up to <Name>``)."""
        head = tok.head
        if tok.dep_ in {"dobj", "dative"} and head.lemma_.lower() == "tell":
            return True
        if tok.dep_ != "pobj" or head.lower_ != "to":
            return False
        verb = head.head
        return verb.lower_ == "according" or verb.lemma_.lower() in self.ad.words.spoken_to_verb

    def _place_suffixed_outlets(self, ents: list[Span]) -> list[Span]:
        """``opened up to Decode NYC about ...``, ``told Harbor DC``: a name the model read as a place whose last word
        is a place's abbreviation in capitals (the gazetteer's ``DC``, ``NYC``: an outlet named with its home)
        and whose words before it name no place, in the argument slot of a source verb or preposition
        (``_source_slot``), is a body (an outlet): what is spoken to or quoted from is a party; ``Washington DC``
        (a place before the abbreviation) stays a place (bodies40, news-dev70)."""
        out: list[Span] = []
        changed = False
        for e in ents:
            last = e[-1]
            if e.label_ not in {"GPE", "LOC", "FAC"} or len(e) < 2 or not last.text.replace(".", "").isupper() \
                    or len(last.text.replace(".", "")) > 3 or not self._source_slot(e.root) or self.gaz is None:
                out.append(e)
                continue
            before = self.doc[e.start:e.end - 1]
            if not all(t.is_alpha and self.words[t.i][:1].isupper() for t in before) \
                    or _gazetteer_is_place(self.gaz, e.text) or self.gaz.candidates(before.text) \
                    or self.ad.country_of(before.text) or not self.gaz.candidates(last.text):
                out.append(e)
                continue
            out.append(Span(self.doc, e.start, e.end, label="ORG"))
            changed = True
        return out if changed else ents

    def _institutions_tagged_people(self, ents: list[Span]) -> list[Span]:
        """``slain Harbor Hill Elementary School principal Ann Lee``: a span the model tagged a person, of three
        words or more, that is an institution's name by its last word (``_institution_name``: a capitalised
        noun of a kind of body, School, Hospital, University) is that body's name when the model tags the same
        words a body elsewhere in the article (it often tags a body's name a person where it modifies a person's
        title); a person's name of two words may end in such a word (a surname ``Court``, ``Church``). Never
        tagged a body, the span is left: a second body of the kind would make ``the foundation`` ambiguous
        where the text meant the one tagged so (bodies40, news-dev72)."""
        tagged_body = {normalise_name(x.text.removeprefix("the ").removeprefix("The ")) for x in ents if x.label_ == "ORG"}
        out: list[Span] = []
        changed = False
        for e in ents:
            words = [t for t in e if t.is_alpha]
            if e.label_ != "PERSON" or len(words) < 3 or not self._institution_name(e.start, e.end) \
                    or any(t.tag_ == "POS" for t in e) or normalise_name(e.text) not in tagged_body:
                out.append(e)
                continue
            out.append(Span(self.doc, e.start, e.end, label="ORG"))
            changed = True
        return out if changed else ents

    def _titled_outlets_in_source_slots(self, ents: list[Span]) -> list[Span]:
        """``..., the pianist told The Courier.``, ``according to The Harbor``: ``The`` written with a capital
        inside a sentence and one to three capitalised words after it, in the argument slot of a source verb
        or preposition (``_source_slot``), are an outlet's title (a title keeps its article), whatever the
        model made of them (often nothing: an adjective read as a title's word); not a person's, a country's
        or a place's name, nor on a title-case line (bodies40)."""
        tokens, words = self.tokens, self.words
        found: list[Span] = []
        for the in self._with_lower({"the"}):
            if the.text != "The" or the.is_sent_start or the.i + 1 >= len(tokens):
                continue
            end = the.i + 1
            while end < len(tokens) and end - the.i <= 3 and words[end][:1].isupper() and tokens[end].is_alpha \
                    and not words[end].isupper():
                end += 1
            if end == the.i + 1 or end - the.i > 3 or end < len(tokens) and words[end][:1].isupper():
                continue
            span = Span(self.doc, the.i + 1, end, label="ORG")
            if not self._source_slot(span[-1]) or any(
                    e.start < span.end and span.start < e.end and (e.label_ in {"PERSON", "ORG"} or e.start < span.start or e.end > span.end)
                    for e in ents):
                continue
            if self.ad.country_of(span.text) or _gazetteer_is_place(self.gaz, span.text) or self._title_case_line(span):
                continue
            found.append(span)
        return self._with_spans(ents, found)

    def _camel_case_sources(self, ents: list[Span]) -> list[Span]:
        """``writing for ZenPolitics:``, ``told HarborWire``, ``according to NewsDesk``: one word written in camel
        case (a site's or a firm's name: no word of English is so written), left untagged, in the argument
        slot of a source verb or preposition (``_source_slot``) or after ``for``/``on``/``in`` of a verb of
        writing for a publication (``publication_verb``, ``column_verb``) is a body (an outlet), whatever the
        tagger read. A family name of a prefix and a capital (``McRae``, ``DeLong``) is no such word: the
        first part has four letters or more, or the word has three capitalised parts (bodies40)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        writing = self.ad.words.publication_verb | self.ad.words.column_verb
        found: list[Span] = []
        for tok in self._capitalised():
            word = self.words[tok.i]
            if tok.i in tagged or not _CAMEL_CASE.fullmatch(word):
                continue
            parts = re.findall(r"[A-Z][a-z]+", word)
            if len(parts[0]) < 4 and len(parts) < 3:
                continue
            head = tok.head
            written = tok.dep_ == "pobj" and head.lower_ in {"for", "on", "in"} and head.head.lemma_.lower() in writing
            if written or self._source_slot(tok):
                found.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents
