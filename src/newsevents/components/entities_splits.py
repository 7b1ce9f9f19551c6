"""One person or body the model's labels split over two entities, joined again.

Rules of branch split36 (issue 15, session 32; the causes counted in docs/notes/entity-splits.md with
scripts/split_entities.py). A mixin of ``EntityResolver`` (components/entities.py):

- ``_possessor_is_person``: ``<Given> <Surname>'s <Name> biopic``, ``<Surname>'s <Title> colleague``:
  the model's person span run over a possessive into the name after it. The words before the
  possessive were read as a body's (``Toro Rosso's Carlos Sainz``: a team owns its driver); they are
  a person's when the article gives a person that name or that surname, or when they are a known
  given name and a surname.
- ``_bodies_named_as_people``: a body of two or more words whose name is, word for word (accents
  folded, a possessive dropped), the name of exactly one person of the article (``Ann Kowalczyk``
  tagged a body at one mention and a person at another; a leader's name written without its
  accents) is that person: a person's full name names one person, whatever label the model gave
  one of its mentions. Not a known body's name, not a name the text calls a body's, not a firm the
  lookalike rules found named like a person, not a name with a place's word and no given name
  first (``Sale Sharks``, ``Borussia Dortmund`` tagged a person: the model's person is the club). A family name of hyphened words written alone
  (``al-Rashidi`` after ``Omar Khalid al-Rashidi``) is the one person whose name ends with it.
- ``_people_named_alike``: two people of one name but for its accents (a name as the text writes it
  and as a leader's table entry spells it) are one person.
- ``_club_short_names``: ``the Denver Owls ... the Owls won``: a club named by its town and a plural
  noun is named again by the plural noun alone (even before the full name, in a headline). The
  short name joins the one body whose name is a place followed by those words; a nationality's
  plural (``Indians``) only when no other entity of the article belongs to that nation.

Tests on sentences of our own in tests/entities/test_entities_splits.py.
"""

from __future__ import annotations

from newsevents.actors import normalise_name
from newsevents.components.entities_base import Cluster, _gazetteer_is_place, _name_words

# lower-case words a body's proper name holds between its capitalised words (any case: "<Club> For <Cause>")
NAME_FUNCTION_WORDS = frozenset({"of", "for", "and", "&", "de", "the", "in", "on", "at", "to"})

# a club's or a firm's name holds the name of a city this large (``Borussia Dortmund``); a person's
# family name that is also a town's is mostly a small town's
CITY_POPULATION = 100_000


class SplitNameRules:
    """The rules; each says which pattern it reads and why."""

    def _possessor_is_person(self, owner: list) -> bool:
        """The capitalised words before a possessive inside a person span (``owner``, tokens) name a
        person: their text is a name the model tagged a person, or the last word of such a name of
        two or more words (a surname), or they are two or three words opening with a known given
        name; never a known body, country or place."""
        text = " ".join(t.text for t in owner)
        if self.ad.organisation(text) or self.ad.country_of(text) or _gazetteer_is_place(self.gaz, text):
            return False
        key = normalise_name(text)
        spans = self._person_spans()
        if key in spans:
            return True
        if len(owner) == 1 and any(len(s.split()) > 1 and s.split()[-1] == key for s in spans):
            return True
        return 2 <= len(owner) <= 3 and owner[0].lower_ in self.ad.given_names

    def _bodies_named_as_people(self) -> None:
        """Fold each body whose name of two or more words is exactly one person's name into them."""
        suffixes = self.ad.words.name_suffix
        people: dict[tuple[str, ...], list[Cluster]] = {}
        for c in self.clusters:
            if c.type == "PERSON" and c.key.startswith("person:") and c.mentions:
                people.setdefault(tuple(_name_words(c.name, suffixes)), []).append(c)
        for body in [c for c in self.clusters if c.type == "ORG" and c.mentions]:
            words = tuple(_name_words(body.name, suffixes))
            owners = people.get(words, [])
            if not owners and "-" in body.name and not any(ch.isspace() for ch in body.name.strip()):
                # "al-Rashidi" after "Omar Khalid al-Rashidi": a family name of hyphened words, alone
                owners = [c for name, found in people.items() for c in found
                          if len(name) > len(words) and name[-len(words):] == words]
            if len(words) < 2 or len(owners) != 1 or not all(m.kind == "name" for m in body.mentions):
                continue
            if self.ad.organisation(body.name) or normalise_name(body.name) in self.described_bodies:
                continue
            if any(a <= m.head.i < b for m in body.mentions for a, b in self.firms_named_like_people):
                continue
            if self._club_like_name(body.name):
                continue  # the "person" is the model's misreading of a club's name, not the body a person's
            self._fold(body, into=owners[0])

    def _club_like_name(self, name: str) -> bool:
        """``Sale Sharks``, ``Borussia Dortmund``: a name ending in a plural noun, or holding a word that
        names a large city or a country with no known given name first, is a club's or a firm's rather
        than a person's (``Lewis Hamilton`` opens with a given name)."""
        words = name.split()
        last = words[-1].lower()
        if last.endswith("s") and last[:-1] in self.nouns:
            return True  # "Blue Jays", "Harbor Owls": a plural noun ends a team's name, never a person's
        if words[0].lower() in self.ad.given_names:
            return False
        return any(self.ad.country_of(w) or self._city_word(w) for w in words)

    def _city_word(self, word: str) -> bool:
        """A word that is the own name of a city (a populated place, not a region) of at least
        CITY_POPULATION people (``Dortmund``): many family names are also the names of small towns,
        which says nothing of a club."""
        if self.gaz is None:
            return False
        return any(c.primary and c.feature_code.startswith("PPL") and c.population >= CITY_POPULATION
                   for c in self.gaz.candidates(word))

    def _people_named_alike(self) -> None:
        """Fold two people whose names are the same words once accents are folded (``Luis Peña`` made
        from the text, ``Luis Pena`` from a leader's table entry found by a short name), when neither
        was kept apart on purpose (a key beyond the name: ``Mrs Sato`` beside ``Mr Sato``) and their
        genders do not differ."""
        suffixes = self.ad.words.name_suffix
        seen: dict[tuple[str, ...], Cluster] = {}
        for c in list(self.clusters):
            if c.type != "PERSON" or not c.mentions or c.key != f"person:{normalise_name(c.name)}":
                continue
            words = tuple(_name_words(c.name, suffixes))
            first = seen.get(words)
            if first is None:
                seen[words] = c
            elif None in (first.gender, c.gender) or first.gender == c.gender:
                first.gender = first.gender or c.gender
                first.title, first.role = first.title or c.title, first.role or c.role
                self._fold(c, into=first)

    def _club_short_names(self) -> None:
        """Fold a club's plural short name (an ORG or NORP entity named by capitalised words only) into
        the one body named ``<place> <those words>``."""
        clubs: dict[tuple[str, ...], list[Cluster]] = {}
        for c in self.clusters:
            words = c.name.split()
            if c.type != "ORG" or len(words) < 2 or not c.mentions or not words[-1].endswith("s"):
                continue
            for k in range(1, len(words)):
                if _gazetteer_is_place(self.gaz, " ".join(words[:k])) and all(w[:1].isupper() for w in words[k:]):
                    clubs.setdefault(tuple(normalise_name(w) for w in words[k:]), []).append(c)
                    break
        if not clubs:
            return
        for short in [c for c in self.clusters if c.type in {"ORG", "NORP"} and c.mentions]:
            words = short.name.split()
            owners = clubs.get(tuple(normalise_name(w) for w in words), [])
            if len(owners) != 1 or owners[0] is short or not all(w[:1].isupper() for w in words):
                continue
            if not all(m.kind == "name" or self._span_is_name(m) for m in short.mentions):
                continue
            if short.type == "NORP" and short.country and any(
                    c is not short and c.country == short.country for c in self.clusters if c.mentions):
                continue  # "Indians" in a story that speaks of India too: the nation's people
            club = owners[0]
            if short.type == "NORP":
                short.country = None  # a club's nickname gives it no nationality
            self._fold(short, into=club)

    def _span_is_name(self, m) -> bool:
        """A mention whose words are all capitalised (a group's name read by the role phase)."""
        words = self.text[m.start:m.end].split()
        return bool(words) and all(w[:1].isupper() for w in words if w.lower() != "the")


    # --- a body's name shortened to words inside it (bodyforms46) ---------------------------------

    def _body_name_shape(self, words: list[str]) -> bool:
        """A body's full name as English writes one: two or more words, the first and the last
        capitalised, ending in a noun of bodies (a kind of institution of roles.tsv, a legal form, a
        trade, a noun that heads ``<Noun> for <Cause>`` names; ``Clemson University``, ``Latham & Watkins
        LLP``) or holding a lower-case ``of``/``for``/``and``/``&``/``de`` between its words
        (``Girl Scouts of America``, ``Brennan Center for Justice``)."""
        if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
            return False
        # a proper name's words only: no figure, bracket or lower-case word but a function word
        # ("<Country>'s 1.6m <Noun>", "<Words> (<ACRONYM>) TVs" are no body's name)
        if not all(w.lower() in NAME_FUNCTION_WORDS or w[:1].isupper() and w.replace(".", "").replace("-", "")
                   .replace("&", "").replace("'", "").replace("’", "").isalpha() for w in words):
            return False
        # a word written twice ("<Town> State Journal <Town> Board of ..."): two names the model ran together
        capitals = [w.lower() for w in words if w.lower() not in NAME_FUNCTION_WORDS]
        if len(set(capitals)) < len(capitals):
            return False
        if any(w in {"of", "for", "and", "&", "de"} for w in words[1:-1]):
            return True
        last = words[-1].lower().rstrip(".")
        role = self.ad.role(last)
        aw = self.ad.words
        return role is not None and role.kind in {"org", "group"} or last in aw.company_word or last in aw.trade_word \
            or last in aw.for_body_noun or last in aw.class_body_noun or last in aw.holder_body_noun

    def _inner_runs(self, words: list[str]) -> set[tuple[str, ...]]:
        """The runs of one or more words inside a body's name, all capitalised and no run the whole name:
        each a form the article may shorten the name to (``Central`` of ``Madison Central High School``,
        ``Brennan Center`` of ``Brennan Center for Justice``). Words the name holds with a possessive
        (``<Body>’s <Unit>``) or bracketed are no short form of it."""
        runs: set[tuple[str, ...]] = set()
        n = len(words)
        kept = self._name_words_kept(" ".join(words))
        # the name's head: its words before the first function word ("Girl Scouts" of "Girl Scouts of
        # America"); words after it name the place or the cause the body serves ("Adoption" of "National
        # Council for Adoption", "Commons" of "House of Commons"), no body of their own name
        head = next((k for k in range(1, n) if words[k].lower() in NAME_FUNCTION_WORDS), n)
        for a in range(head):
            for b in range(a + 1, head + 1):
                run = words[a:b]
                if b - a == n or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in run):
                    continue
                # an institution's noun alone ("Senate" of "Senate <Words> Committee") is the body's own
                # name only as the head's last word ("Council" of "<County> County Council"); before it,
                # it names the parent body the unit belongs to
                role = self.ad.role(run[0].lower()) if b - a == 1 else None
                if role is not None and role.kind == "org" and b != head:
                    continue
                runs.add(tuple(kept[a:b]))
        return runs

    @staticmethod
    def _name_words_kept(name: str) -> list[str]:
        """A name's words normalised one by one, a possessive kept (``Center’s`` of ``<Body> Center’s
        <Unit>`` is the owner's word, no word of a name that holds ``Center``)."""
        return [normalise_name(w) + ("'s" if w.endswith(("'s", "’s")) else "") for w in name.split()]

    def _in_headline(self, sent: int) -> bool:
        """Sentence ``sent`` is the article's headline: its first, ended by no stop. Only a headline names a
        body short before the story names it in full; in the story, ``Kestrava ... Kestrava Energy, a
        separate company`` tells two bodies."""
        if sent != 0 or len(self.sents) < 2:
            return False
        words = [t for t in self.sents[0] if not t.is_space]
        return bool(words) and words[-1].text not in {".", "!", "?"}

    def _person_role_noun(self, word: str) -> bool:
        """A noun of a person's office or trade (roles.tsv kind person: ``secretary``, ``coach``)."""
        role = self.ad.role(word.lower())
        return role is not None and role.kind == "person"

    def _short_form_word_ok(self, run: tuple[str, ...], text: str) -> bool:
        """A run of words that may stand for a body alone: not a body or a country of the tables, not a
        capital, no given name alone, no word of three letters or fewer alone, and not ``The``."""
        if self.ad.organisation(text) or self.ad.country_of(text) or self.ad.capital_of(text):
            return False
        if len(run) == 1 and (len(run[0]) <= 3 or run[0] in self.ad.given_names):
            return False
        return run[0] != "the"

    def _name_runs(self, name: str) -> set[tuple[str, ...]]:
        """Every run of words of a name, the whole name too (normalised)."""
        words = self._name_words_kept(name)
        return {tuple(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)}

    def _inner_owner(self, run: tuple[str, ...], short: Cluster | None) -> Cluster | None:
        """The one body whose name holds ``run`` as a short form (``_body_name_shape``, ``_inner_runs``),
        when no other entity of the article (a person, a place, another body; not ``short`` itself nor a
        shorter name of that body) holds it in its name too."""
        holders = [c for c in self.clusters if c is not short and c.mentions and run in self._name_runs(c.name)]
        owners = [c for c in holders if c.type == "ORG" and self._body_name_shape(c.name.split())
                  and run in self._inner_runs(c.name.split())]
        owners = [c for c in owners if all(o is c or tuple(self._name_words_kept(o.name)) in self._name_runs(c.name)
                                           for o in owners)]
        if len(owners) != 1:
            return None
        owner = owners[0]
        inside = self._name_runs(owner.name)
        if any(c is not owner and not (c.type == "ORG" and tuple(self._name_words_kept(c.name)) in inside)
               for c in holders):
            return None
        return owner

    def _body_inner_short_forms(self) -> None:
        """``the Madison Central High School team ... Central defeated ...``, ``Brennan Center for Justice ...
        the Brennan Center``, ``Clemson University ... at Clemson``: a run of capitalised words inside the
        name of EXACTLY ONE body of the article (``_body_name_shape``), written alone, is that body. A body
        the model made of the run alone (capitalised mid-sentence: the model's body reading) joins it; where
        the model tagged nothing, the run written alone after the full name or in a headline (the whole run of capitalised words there, no word
        before or after it capitalised in the sentence, each a proper noun) is a mention of it: at the start
        of a sentence only when the article never writes its words in lower case. Never when another body,
        a person or a place of the article holds the run in its name too (two bodies share the word: it
        names neither), nor when the run is a body or a country of the tables on its own."""
        if not any(c.type == "ORG" and self._body_name_shape(c.name.split()) for c in self.clusters):
            return
        for short in [c for c in self.clusters if c.type == "ORG" and c.mentions]:
            if not self._listed(short) or not all(w[:1].isupper() for w in short.name.split()) \
                    or not all(m.kind == "name" or self._span_is_name(m) for m in short.mentions):
                continue
            run = tuple(self._name_words_kept(short.name))
            owner = self._inner_owner(run, short)
            if owner is None or not self._short_form_word_ok(run, short.name) \
                    or any(m.start < owner.first() and not self._in_headline(m.sent) for m in short.mentions) \
                    or None not in (short.country, owner.country) and short.country != owner.country:
                continue
            owner.evidence.append(f"{short.name!r}: words of the name of {owner.name}")
            self._fold(short, into=owner)
        self._untagged_inner_short_forms()

    def _untagged_inner_short_forms(self) -> None:
        """The second half of ``_body_inner_short_forms``: the run where the model tagged nothing."""
        runs = {run for c in self.clusters if c.type == "ORG" and c.mentions and self._body_name_shape(c.name.split())
                for run in self._inner_runs(c.name.split())}
        if not runs:
            return
        lower = {w for w in self.words if w[:1].islower()}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for run in runs:
            by_first.setdefault(run[0], []).append(run)
        owner_of: dict[tuple[str, ...], Cluster | None] = {}
        tokens, words, n = self.tokens, self.words, len(self.tokens)
        for i, tok in enumerate(tokens):
            if not words[i][:1].isupper():
                continue
            for run in by_first.get(normalise_name(words[i]), ()):
                end = i + len(run)
                if end > n or tuple(normalise_name(w) for w in words[i:end]) != run:
                    continue
                # (a body's or a building's span the rules left unclaimed, "with Central", "at <Town> High": the model's reading of the body)
                if any(k in self.claimed or tokens[k].ent_type_ not in {"", "ORG", "FAC"} or tokens[k].pos_ != "PROPN"
                       or not words[k][:1].isupper()
                       for k in range(i, end)):
                    continue
                sent = self.sent_of[i]
                starts = tok.is_sent_start or i > 0 and (tokens[i - 1].is_quote or tokens[i - 1].text in {"(", "-", "—", ":"})
                if not starts and i > 0 and self.sent_of[i - 1] == sent and words[i - 1][:1].isupper():
                    continue  # part of a longer name
                if end < n and self.sent_of[end] == sent and words[end][:1].isupper() and words[end][:1].isalpha():
                    continue
                # a name going on over a function word: "the District of <Place>", "Reflections on <Word>"
                if end + 1 < n and words[end].lower() in NAME_FUNCTION_WORDS and words[end + 1][:1].isupper() \
                        and self.sent_of[end + 1] == sent:
                    continue
                if i >= 2 and words[i - 1].lower() in NAME_FUNCTION_WORDS and self.sent_of[i - 2] == sent and (
                        words[i - 2][:1].isupper() or words[i - 1] == "of" and self._person_role_noun(words[i - 2])):
                    continue  # "<Words> on <Run>", "secretary of <Run>": an office's or a longer name's words
                if starts and any(w.lower() in lower for w in words[i:end]):
                    continue  # "Central heating ..." opens a sentence: a word the article writes in lower case too
                text = self.text[tokens[i].idx:tokens[end - 1].idx + len(tokens[end - 1])]
                if not self._short_form_word_ok(run, text):
                    continue
                if run not in owner_of:
                    owner_of[run] = self._inner_owner(run, None)
                body = owner_of[run]
                if body is not None and (tokens[i].idx > body.first() or self._in_headline(sent)):
                    self._add(body, i, end, "name", tokens[end - 1])
