"""Bodies recalled by words of their name or by the description the text already gave them.

Rules of branch ents35 (issue 15, session 31; rule source: the class tables of news-dev53/54).

A mixin of ``EntityResolver`` (components/entities.py), run after the role phase (``_roles``) and the
folding of a body's short names, before pronouns are read:

- ``_name_tail_phrases``: ``the Northern Regional Health Authority ... the health authority said``: a
  definite noun phrase of two or more lower-case words that are the last words of the name of the one
  body named before it is that body, wherever it stands (subject, possessor, after ``than``, ``by`` or
  ``according to``). The role phase reads such a phrase only when its head noun is a body's noun of
  ``roles.tsv``; an office's, a bureau's or a service's name ends in nouns no table lists as bodies
  (``office``), so the phrase was never read at all.
- ``_repeated_body_descriptions``: ``the party`` that the role phase left as an entity of its own
  (two parties named before it) is the body the text has already called ``the party`` when it is the
  only one so called and no other body so named or of its kind stands in its sentence or the one before: a writer who
  has called one body by a plain noun keeps doing so for the same body.

Tests on sentences of our own in tests/entities/test_entities_recalled_bodies.py.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Span

from newsevents.actors import normalise_name

# the dependencies of a word inside a noun phrase before its head ("budget" of "the budget office")
INNER_DEPS = frozenset({"compound", "amod", "nmod"})
# the most lower-case words of a name's tail read as a phrase (``the public health service agency``)
MAX_TAIL_WORDS = 4
# a possessive marker as the tokenizer splits it off a name
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'S", "’S"})
# the marks that open and close an aside after a name ("<Name> (a.k.a. ...)", "<Name> -- he went by ... --")
ASIDE_CLOSE = {"(": frozenset({")"}), "—": frozenset({"—"}), "–": frozenset({"–"}), "--": frozenset({"--"}),
               ",": frozenset({",", ".", ";"})}
QUOTE_OPEN = frozenset({'"', "“", "``"})
QUOTE_CLOSE = frozenset({'"', "”", "''"})
# the tags of lower-case words between "and" and a title before a name ("best-selling", "award-winning")
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "HYPH", "RB", "RBS", "NN"})


class RecalledBodyRules:
    """The rules; each says which pattern it reads and why."""

    def _name_tail_phrases(self) -> None:
        """``the <w1> .. <wn>`` (2 <= n <= 4, each word lower case and unclaimed, the last a singular noun
        heading the others) whose words are the last ``n`` words of the name of exactly one body named
        before it (a longer name, the word before the tail capitalised: a proper name) is that body.
        One word is enough for a gathering's noun (``gathering_noun``: ``the Harlow Party's Spring
        Convention ... reports from the convention``): a story names the gathering it tells of, and the
        noun alone stands for it as ``the company`` does for a firm (issue 15, descs41)."""
        bodies = [c for c in self.clusters if c.type == "ORG" and any(m.kind == "name" for m in c.mentions)]
        if not bodies:
            return
        tails: dict[tuple[str, ...], list] = {}
        gathering = self.ad.words.gathering_noun
        for c in bodies:
            for m in c.mentions:
                if m.kind != "name":
                    continue
                written = self.text[m.start:m.end].split()
                words = normalise_name(self.text[m.start:m.end]).split()
                if len(words) >= 2 and len(written) == len(words) and words[-1] in gathering \
                        and written[-2][:1].isupper():
                    tails.setdefault((words[-1],), []).append((c, m.end))
                if len(words) < 3 or len(written) != len(words):
                    continue
                for n in range(2, min(MAX_TAIL_WORDS, len(words) - 1) + 1):
                    if written[-n - 1][:1].isupper():
                        tails.setdefault(tuple(words[-n:]), []).append((c, m.end))
        if not tails:
            return
        tokens = self.tokens
        for det in self._with_lower({"the"}):
            if det.i in self.claimed:
                continue
            run = []
            k = det.i + 1
            while k < len(tokens) and len(run) < MAX_TAIL_WORDS and tokens[k].text.isalpha() and tokens[k].text.islower() \
                    and k not in self.claimed and self.sent_of[k] == self.sent_of[det.i]:
                run.append(tokens[k])
                k += 1
            # the phrase ends at its head: the last word of the run that heads all the words before it
            while len(run) >= 2 and not (run[-1].tag_ == "NN" and all(
                    t.dep_ in INNER_DEPS and run[0].i <= t.head.i <= run[-1].i for t in run[:-1])
                    and not run[0].i <= run[-1].head.i <= run[-1].i):
                run.pop()
            if not run or len(run) < 2 and run[0].lower_ not in gathering or det.head.i != run[-1].i:
                continue
            owners = {id(c): c for c, end in tails.get(tuple(t.lower_ for t in run), []) if end <= det.idx}
            if len(owners) != 1:
                continue
            body = next(iter(owners.values()))
            body.evidence.append(f"'{det.text} {' '.join(t.text for t in run)}': the last words of the one body so named before")
            self._add(body, det.i, run[-1].i + 1, "group", run[-1])

    def _repeated_body_descriptions(self) -> None:
        """A body made only of plain descriptions ``the <noun>`` (no name) joins the one named body the text
        called ``the <noun>`` before its first one, when no other named body whose name ends in the noun or of
        the noun's sector (roles.tsv; the tables' code) is named in that sentence or the one before (``the party`` after two parties named: the one already
        called so)."""
        for loose in list(self.clusters):
            if loose.type != "ORG" or not loose.mentions or any(m.kind != "group" for m in loose.mentions):
                continue
            nouns = {normalise_name(self.text[m.start:m.end]) for m in loose.mentions}
            if len(nouns) != 1:
                continue
            noun = nouns.pop()
            if " " in noun or not noun.isalpha():
                continue
            first = loose.first()
            here = min(m.sent for m in loose.mentions)
            role = self.ad.role(noun)
            sector = role.sector if role is not None else None
            called, near = [], []
            for c in self.clusters:
                if c is loose or c.type != "ORG" or not any(m.kind == "name" and m.start < first for m in c.mentions):
                    continue
                if any(m.kind == "group" and m.start < first and normalise_name(self.text[m.start:m.end]) == noun
                       for m in c.mentions):
                    called.append(c)
                kind = self._name_ends_in(c, noun) or (sector is not None and (sector in c.sectors or sector in getattr(
                    self.ad.dictionary_actor(c.name, self.published), "sectors", ())))
                if kind and any(here - 1 <= m.sent <= here and m.start < first for m in c.mentions):
                    near.append(c)  # "Tesco and Unilever clashed after the company said": another company nearer
            if len(called) != 1 or any(c is not called[0] for c in near):
                continue
            called[0].evidence.append(f"'the {noun}': the one body the text called so before")
            self._fold(loose, into=called[0])

    def _coordinated_titles(self) -> None:
        """``Filmmaker and best-selling author Ann Lee``: a person's noun joined by ``and`` to the title right
        before a name (no determiner on either, only lower-case modifiers between ``and`` and the title) is a
        second title of that person, not someone else (``the surgeon and the novelist`` stay two people): an
        unnamed person made of it joins the named one (the model may tag the capitalised noun a name), and the
        noun is among what the text calls her, so that a later ``the documentarian`` may be her (a kind of
        filmmaker, kind_nouns.tsv)."""
        tokens = self.tokens
        for owner in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]:
            for title in [m for m in owner.mentions if m.kind == "title"]:
                if not any(m.kind == "name" and 0 <= m.start - title.end <= 1 for m in owner.mentions):
                    continue
                span = self.doc.char_span(title.start, title.end, alignment_mode="expand")
                k = span.start - 1 if span is not None else -1
                while k > 0 and tokens[k].lower_ != "and" and (tokens[k].text.islower() or tokens[k].tag_ == "HYPH") \
                        and tokens[k].tag_ in MODIFIER_TAGS:
                    k -= 1
                if k < 1 or tokens[k].lower_ != "and":
                    continue
                noun = tokens[k - 1]
                if noun.tag_ not in {"NN", "NNP"} or (noun.i > 0 and tokens[noun.i - 1].tag_ in {"DT", "PRP$", "POS"}) \
                        or self.ad.person_noun(noun.lower_) is None:
                    continue
                loose = self._cluster_at(noun.i) if noun.i in self.claimed else None
                if loose is owner:
                    continue
                if loose is not None:
                    if loose.type != "PERSON" or any(
                            m.kind == "name" and self.text[m.start:m.end] != noun.text for m in loose.mentions):
                        continue  # a person named so elsewhere
                    self._fold(loose, into=owner)
                    for m in owner.mentions:
                        if m.start == noun.idx:
                            m.kind = "title"
                else:
                    self._add(owner, noun.i, noun.i + 1, "title", noun)
                owner.evidence.append(f"{noun.text!r}: a title joined by 'and' to {owner.name}'s title")
                owner.nouns.add(normalise_name(noun.text))

    def _plural_titles_shared(self) -> None:
        """``U.S. Reps. Ann Lee and Tom Reed``: a plural abbreviated title (an ``abbreviated_title`` of
        actor_words.tsv ending in ``s`` whose singular is one too: ``Reps.``, ``Sens.``) before names joined by
        ``and`` is the title of each: the person named after ``and`` takes the first one's country and sectors
        when the title gave sectors and nothing gave the second any (nor another country)."""
        abbreviated = self.ad.words.abbreviated_title
        tokens = self.tokens
        people = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        for first in people:
            for title in [m for m in first.mentions if m.kind == "title"]:
                word = self.text[title.start:title.end].split()[-1].lower().rstrip(".")
                if not (word.endswith("s") and word in abbreviated and word[:-1] in abbreviated):
                    continue
                name = next((m for m in first.mentions if m.kind == "name" and 0 <= m.start - title.end <= 1), None)
                span = self.doc.char_span(name.start, name.end, alignment_mode="expand") if name is not None else None
                if span is None or span.end + 1 >= len(tokens) or tokens[span.end].lower_ != "and":
                    continue
                second = self._cluster_at(span.end + 1)
                if second is None or second is first or second.type != "PERSON" or not any(
                        m.kind == "name" and m.start == tokens[span.end + 1].idx for m in second.mentions):
                    continue
                if not second.sectors and first.sectors and second.country in (None, first.country):
                    second.country = first.country
                    second.sectors = list(first.sectors)
                    second.evidence.append(f"{self.text[title.start:title.end]!r}: a plural title before {first.name} and them")

    def _state_office_names(self) -> None:
        """``the nonpartisan Congressional Budget Office``: a body's name of capitalised words that opens with a
        word of a state's office (``state_name_opening``: congressional, federal, national) and ends in an
        office's noun (``office_head``: office, bureau, agency) names a state's office: GOV, when no table
        codes it; its country is then the story's (``_named_state_bodies``), as for a named court or police
        department. ``National Rifle Association`` ends in no office's noun and stays uncoded."""
        words = self.ad.words
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.sectors or cluster.country:
                continue
            name = [w for w in cluster.name.split() if w.lower() != "the"]
            if len(name) < 2 or not all(w[:1].isupper() for w in name):
                continue
            if name[0].lower() in words.state_name_opening and name[-1].lower() in words.office_head:
                cluster.sectors = ["GOV"]
                cluster.evidence.append(f"{cluster.name}: a state office's name")

    def _service_unit_names(self, ents: list[Span]) -> list[Span]:
        """``Navy SEALs``, ``Army Rangers``: a body's span that is an armed service's name (a role of
        roles.tsv of kind org and sector MIL: navy, army, air force) followed by an untagged capitalised plural
        word is the unit's name, the plural word part of it (the model tags the service alone)."""
        tokens = self.tokens
        out = []
        for e in ents:
            k = e.end
            words = [t for t in e if t.lower_ != "the"]
            role = self.ad.role(normalise_name(" ".join(t.text for t in words))) if words else None
            if e.label_ in {"ORG", "NORP"} and role is not None and role.kind == "org" and role.sector == "MIL" \
                    and k < len(tokens) and not tokens[k].ent_type_ and tokens[k].text[:1].isupper() \
                    and tokens[k].text.endswith("s") and tokens[k].tag_ in {"NNPS", "NNP", "NNS"} \
                    and tokens[k].text.isalpha() and self.sent_of[k] == self.sent_of[e.start] \
                    and not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()):
                e = Span(self.doc, e.start, k + 1, label="ORG")
            out.append(e)
        return out

    def _service_unit_codes(self) -> None:
        """The unit named so (``Navy SEALs``) is its service's: MIL, and the story's country when nothing
        else gives one (as ``the Navy`` of a story is its country's)."""
        units = []
        for cluster in self.clusters:
            words = cluster.name.split()
            if cluster.type != "ORG" or len(words) < 2 or not words[-1].endswith("s") or not words[-1][:1].isupper():
                continue
            role = self.ad.role(normalise_name(" ".join(w for w in words[:-1] if w.lower() != "the")))
            if role is not None and role.kind == "org" and role.sector == "MIL":
                units.append(cluster)
        if not units:
            return
        home = self._story_country()
        for cluster in units:
            if not cluster.sectors:
                cluster.sectors = ["MIL"]
            if cluster.country is None and home is not None:
                cluster.country = home
                self.presumed.add(id(cluster))
                cluster.evidence.append(f"{cluster.name}: an armed service's unit, of the story's country")

    def _glued_word_ends(self, ents: list[Span]) -> list[Span]:
        """``Marc TrÃ©vidic``: an accented letter mis-encoded (mojibake) gives a letter and a symbol (``Ã`` and
        ``©`` for ``é``); the tokenizer splits the word at the symbol and the model's name ends there. A name's
        span whose last word runs on with no space through a symbol (a character of Unicode category S*, never
        inside a real word) to more letters ends at the word's end."""
        tokens = self.tokens
        out = []
        words: dict[tuple[str, ...], str] = {}  # the mended last words and their span's label
        for e in ents:
            k = e.end
            if e.label_ in {"PERSON", "ORG"} and k < len(tokens) and not tokens[k - 1].whitespace_:
                glued = []
                while k < len(tokens) and (not glued or not glued[-1].whitespace_):
                    glued.append(tokens[k])
                    k += 1
                if glued and all(t.is_alpha or all(unicodedata.category(ch).startswith("S") for ch in t.text) for t in glued) \
                        and any(not t.is_alpha for t in glued) and glued[-1].is_alpha:
                    e = Span(self.doc, e.start, k, label=e.label_)
                    words[tuple(t.text for t in tokens[e.end - len(glued) - 1:e.end])] = e.label_
            out.append(e)
        if not words:
            return out
        # the same word written again, split the same way and left untagged ("... Bérard retired"), is a name
        # of the same kind, so that the bare surname is read as the person's
        taken = {t.i for e in out for t in e} | {t.i for e in ents for t in e}
        for i, tok in enumerate(tokens):
            for run, label in words.items():
                j = i + len(run)
                if tok.text == run[0] and i not in taken and j <= len(tokens) \
                        and tuple(t.text for t in tokens[i:j]) == run \
                        and all(not t.whitespace_ for t in tokens[i:j - 1]) and (i == 0 or tokens[i - 1].whitespace_ or tokens[i - 1].is_punct) \
                        and not any(t.i in taken for t in tokens[i:j]):
                    out.append(Span(self.doc, i, j, label=label))
                    taken.update(range(i, j))
        return sorted(out, key=lambda e: e.start)

    def _kin_before_names(self) -> None:
        """``flanked by his wife, Jane, and ...``: a relation noun with its possessor (``person_nouns.tsv`` kind
        relation) followed by a comma and a person's name in apposition is a mention of that person, also when
        the parser hung the noun on a word further on (a coordination it misread), so that no noun phrase
        holds it (the role phase reads noun phrases only)."""
        tokens = self.tokens
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]:
            for m in [m for m in cluster.mentions if m.kind == "name"]:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.start < 3 or tokens[span.start - 1].text != ",":
                    continue
                noun = tokens[span.start - 2]
                owner = tokens[span.start - 3]
                found = self.ad.person_noun(noun.lower_)
                if found is None or found.kind != "relation" or noun.tag_ != "NN" or noun.i in self.claimed \
                        or owner.tag_ not in {"PRP$", "POS"} or span.root.dep_ != "appos" or span.root.head.i != noun.i \
                        or span.end >= len(tokens) or tokens[span.end].text not in {",", ".", ";"}:
                    continue
                cluster.evidence.append(f"{noun.text!r}: the relation noun {cluster.name} stands in apposition to")
                self._add(cluster, noun.i, noun.i + 1, "role", noun)
                if cluster.gender is None and found.gender:
                    cluster.gender = found.gender

    def _possessive_ends(self, ents: list[Span]) -> list[Span]:
        """``HarborTV’s<NBSP>Dana Ruiz``: a no-break space after a curly possessive leaves the tokenizer's
        ``’s`` untagged as a possessive and the model runs the body's name over it; a possessive marker is
        never the last word of a name, so the span ends before it (a marker tagged as one, POS, is left to the
        rules that read possessives)."""
        out = []
        for e in ents:
            if len(e) > 1 and e[-1].text in POSSESSIVE_MARKS and e[-1].tag_ != "POS" and e.label_ in {"ORG", "PERSON", "GPE", "NORP"}:
                e = Span(self.doc, e.start, e.end - 1, label=e.label_)
            out.append(e)
        return out

    def _body_span_edges(self, ents: list[Span]) -> list[Span]:
        """Where a body's span begins or ends in words of the phrase around it:

        - ``<Name> for <Country>’s first ...``: a body's span that ends in a country's name right before a
          possessive marker and holds ``for`` ends before ``for`` (the possessive opens the object of ``for``;
          a name like ``Campaign for <Country>’s Future`` runs past the possessive and is kept);
        - ``In <Country> <Name> University is ...``: a fronted ``In`` and a country's name with no comma, glued
          to a body's name of two or more words: the country is the place of the phrase, not part of the name;
        - ``a work of <A> and <B>``: a body's span ``<A> and <B>`` of which one part is a name the text gives a
          body alone elsewhere is two bodies (firms named ``<A> and <B>`` are not named by their parts alone);
        - ``<Name>’ Under 30 Summit``: a one-word name the model tags a body elsewhere, written again untagged
          right before a bare possessive apostrophe, is that name;
        - ``The "<Name>" has reported``: a span that opens with a quotation mark (after ``the`` or not) whose
          closing mark stands right after it begins after the mark (the marks set the name off; bodies40)."""
        tokens = self.tokens
        ad = self.ad
        out: list[Span] = []
        for e in ents:
            if e.label_ != "ORG":
                out.append(e)
                continue
            words = [t.lower_ for t in e]
            # (the marker inside the span when tagged a possessive: _possessive_ends leaves it)
            inside = len(e) > 2 and e[-1].text in POSSESSIVE_MARKS
            last, after = (e[-2], e[-1]) if inside else (e[-1], tokens[e.end] if e.end < len(tokens) else None)
            if "for" in words and after is not None and after.text in POSSESSIVE_MARKS \
                    and ad.country_of(last.text) and words.index("for") > 0:
                e = Span(self.doc, e.start, e.start + words.index("for"), label="ORG")
            elif len(e) >= 3 and e.start >= 1 and tokens[e.start - 1].lower_ == "in" and tokens[e.start - 1].is_sent_start \
                    and ad.country_of(e[0].text) and not ad.organisation(e.text) and e[-1].text[:1].isupper():
                e = Span(self.doc, e.start + 1, e.end, label="ORG")
            elif (mark := self._opening_mark_inside(e)) is not None:
                e = Span(self.doc, mark + 1, e.end, label="ORG")
            out.append(e)
        alone = {normalise_name(e.text) for e in out if e.label_ == "ORG" and len(e) <= 2}
        split: list[Span] = []
        for e in out:
            words = [t.lower_ for t in e]
            if e.label_ == "ORG" and words.count("and") == 1 and 0 < words.index("and") < len(e) - 1 \
                    and not ad.organisation(e.text):
                k = e.start + words.index("and")
                first, second = Span(self.doc, e.start, k, label="ORG"), Span(self.doc, k + 1, e.end, label="ORG")
                if all(t.text[:1].isupper() for t in [*first, *second]) \
                        and (normalise_name(first.text) in alone or normalise_name(second.text) in alone):
                    split += [first, second]
                    continue
            split.append(e)
        taken = {t.i for e in split for t in e}
        one_word = {e.text for e in split if e.label_ == "ORG" and len(e) == 1}
        for tok in tokens:
            if tok.text in one_word and tok.i not in taken and tok.i + 1 < len(tokens) \
                    and tokens[tok.i + 1].text in {"’", "'"} and tok.text.endswith("s"):
                split.append(Span(self.doc, tok.i, tok.i + 1, label="ORG"))
        return sorted(split, key=lambda e: e.start)

    def _opening_mark_inside(self, e: Span) -> int | None:
        """The index of a quotation mark among the first two words of ``e`` (the first, or the second after
        ``the``) when the word right after ``e`` is a quotation mark and ``e`` holds no other; else None."""
        marks = [t.i for t in e if t.is_quote]
        if len(marks) != 1 or e.end >= len(self.tokens) or not self.tokens[e.end].is_quote:
            return None
        k = marks[0]
        if k == e.start or k == e.start + 1 and self.tokens[e.start].lower_ == "the":
            return k if k + 1 < e.end else None
        return None

    def _reporters_line(self) -> None:
        """``Lee reported from Oakland, Calif.; Reed, from Washington.``: the closing line of a story written by
        several reporters names each with where they reported from; after the semicolon the verb is left out
        (``<Name>, from <Place>``), so the second name is a person like the first (the model reads a lone
        capitalised word before ``from`` as a place)."""
        tokens = self.tokens
        for verb in self._with_lower({"reported"}):
            subject = next((c for c in verb.children if c.dep_ in {"nsubj"}), None)
            first = self._cluster_at(subject.i) if subject is not None and subject.i in self.claimed else None
            if subject is None or (first is not None and first.type != "PERSON") or verb.i + 1 >= len(tokens) \
                    or tokens[verb.i + 1].lower_ != "from":
                continue
            if first is None and not (subject.text[:1].isupper() and subject.text.isalpha() and subject.i == verb.i - 1
                                      and not self.ad.organisation(subject.text)):
                continue
            k = verb.i + 2
            # (the parser may end a sentence at a state's abbreviation: "Oakland, Calif.; ...")
            while k < len(tokens) and k < verb.i + 12 and tokens[k].text != ";" and "\n" not in tokens[k].text:
                k += 1
            if k + 3 >= len(tokens) or tokens[k].text != ";":
                continue
            name, comma, prep = tokens[k + 1], tokens[k + 2], tokens[k + 3]
            if not (name.text[:1].isupper() and name.text.isalpha() and comma.text == "," and prep.lower_ == "from"):
                continue
            taken = self._cluster_at(name.i) if name.i in self.claimed else None
            if taken is not None and taken.type != "PERSON":
                if len(taken.mentions) != 1:
                    continue
                self.clusters.remove(taken)  # "Reed, from Washington": the model's place or body of one word
                self.claimed.discard(name.i)
                taken = None
            elif name.i in self.claimed and taken is None:
                continue
            if first is None:  # "<Surname> reported from": untagged, a reporter as the second is
                first = self._cluster(f"person:{normalise_name(subject.text)}", "PERSON", subject.text)
                first.evidence.append(f"{subject.text!r}: the first reporter of the reporters' line")
                self._add(first, subject.i, subject.i + 1, "name", subject)
            if taken is None:
                person = self._cluster(f"person:{normalise_name(name.text)}", "PERSON", name.text)
                person.evidence.append(f"{name.text!r}: a reporter named after {first.name} in the reporters' line")
                self._add(person, name.i, name.i + 1, "name", name)

    def _pollster_initials(self) -> None:
        """``Monday's Harrowgate poll ... The H poll also finds``: one capital letter before a poll noun
        (``poll_noun``) is the short name of the one pollster the article names before a poll noun with
        that initial; its entity joins that pollster's (names39, news-dev66). Two such pollsters with
        the letter: neither."""
        polls = [t for t in self._with_lower(self.ad.words.poll_noun) if t.text.islower() and t.i > 0]
        if not polls:
            return
        pollsters: list = []  # the bodies named right before a poll noun
        letters: list = []  # (cluster, token) of one capital letter right before a poll noun
        for poll in polls:
            before = self.tokens[poll.i - 1]
            cluster = self._cluster_at(before.i) if before.i in self.claimed else None
            if cluster is None or cluster.type != "ORG":
                continue
            if len(before.text) == 1 and before.text.isupper():
                letters.append((cluster, before))
            elif before.text[:1].isupper() and cluster not in pollsters:
                pollsters.append(cluster)
        for cluster, letter in letters:
            if not self._listed(cluster) or any(len(self.text[m.start:m.end]) > 1 for m in cluster.mentions):
                continue
            found = [p for p in pollsters if p is not cluster and self._listed(p) and p.name[:1] == letter.text]
            if len(found) == 1:
                found[0].evidence.append(f"{letter.text!r} at {letter.idx}: the pollster's initial before a poll noun")
                self._fold(cluster, into=found[0])

    def _quoted_nicknames(self) -> None:
        """``director Ann Reed (a.k.a. "Reedy Ann")``, ``Tom Baker -- he went by the nickname "Big T" -- was ...``:
        capitalised words in quotation marks inside an aside that opens right after a person's name (a bracket, a
        dash or a comma) and closes right after the quotation, the aside's other words lower-case and naming a
        name (an alias marker, ``alias_marker``, a noun of a name, ``name_noun``, or a participle of naming,
        ``naming_participle``: ``known as``), or none at all (``Ann Reed
        ("Reedy")``), are what that person is called: the quoted words and their later uses alone are mentions of
        that person, not someone new (issue 15, ents44)."""
        words = self.ad.words
        cues = words.alias_marker | words.name_noun | words.naming_participle
        tokens = self.tokens
        for q in [t for t in tokens if t.text in QUOTE_OPEN]:
            close = next((k for k in range(q.i + 1, min(q.i + 5, len(tokens))) if tokens[k].text in QUOTE_CLOSE), None)
            if close is None or close == q.i + 1 or close + 1 >= len(tokens):
                continue
            nick = tokens[q.i + 1: close]
            if not all(t.text[:1].isupper() and t.text.replace(".", "").isalpha() for t in nick):
                continue
            k = q.i - 1
            while k > 0 and q.i - k <= 7 and tokens[k].text not in ASIDE_CLOSE and (tokens[k].text.islower() or tokens[k].text == "."):
                k -= 1
            if k < 1 or tokens[k].text not in ASIDE_CLOSE or tokens[close + 1].text not in ASIDE_CLOSE[tokens[k].text]:
                continue
            between = [t for t in tokens[k + 1: q.i] if t.text != "."]
            if between and not any(t.lower_ in cues or t.lower_ + "." in cues for t in between):
                continue
            person = self._cluster_at(k - 1) if k - 1 in self.claimed else None
            if person is None or person.type != "PERSON" or not person.key.startswith("person:") \
                    or not any(m.kind == "name" and m.end == tokens[k - 1].idx + len(tokens[k - 1].text) for m in person.mentions):
                continue
            self._nickname_uses(person, [t.text for t in nick], q.i + 1)

    def _nickname_uses(self, person, nick: list[str], first: int) -> None:
        """The nickname's words from token ``first`` on, each use a mention of ``person``: an entity made of the
        nickname alone joins the person; unread uses become mentions."""
        n = len(nick)
        tokens = self.tokens
        for i in range(first, len(tokens) - n + 1):
            if [t.text for t in tokens[i: i + n]] != nick or (i > first and tokens[i - 1].tag_ in {"NNP", "NNPS"}) \
                    or (i + n < len(tokens) and tokens[i + n].tag_ in {"NNP", "NNPS"}):
                continue  # a longer run of a proper name is another name
            if any(j in self.claimed for j in range(i, i + n)):
                other = next((self._cluster_at(j) for j in range(i, i + n) if j in self.claimed), None)
                if other is person:
                    self._widen_to(person, i, i + n)
                    continue
                if other is None or other.type not in {"PERSON", "ORG"} \
                        or not all(set(normalise_name(self.text[m.start:m.end]).split()) <= set(normalise_name(" ".join(nick)).split())
                                   for m in other.mentions if m.kind == "name"):
                    continue
                person.evidence.append(f"{' '.join(nick)!r}: the nickname the text gives {person.name}")
                self._fold(other, into=person)
                self._widen_to(person, i, i + n)
                continue
            person.evidence.append(f"{' '.join(nick)!r}: the nickname the text gives {person.name}")
            self._add(person, i, i + n, "name", tokens[i + n - 1])

    def _widen_to(self, cluster, start: int, end: int) -> None:
        """One mention of ``cluster`` inside tokens ``start``..``end`` (``T`` of a use of ``Big T``) made the whole
        run, when the run's other words are no one's mention."""
        first, last = self.tokens[start].idx, self.tokens[end - 1].idx + len(self.tokens[end - 1].text)
        inside = [m for m in cluster.mentions if first <= m.start and m.end <= last]
        if len(inside) != 1 or (inside[0].start, inside[0].end) == (first, last):
            return
        span = self.doc.char_span(inside[0].start, inside[0].end, alignment_mode="expand")
        if span is None or any(j in self.claimed for j in range(start, end) if not span.start <= j < span.end):
            return
        cluster.mentions.remove(inside[0])
        self._add(cluster, start, end, inside[0].kind, self.tokens[end - 1])

