"""Names that are not what their first word says: works' titles, firms named like persons, awards.

Rules of brief s22-ents22 (issue 15): names that are not what their first word says.

A mixin of ``EntityResolver`` (components/entities.py), run once on the model's spans before any
other rule reads them (``_lookalike_spans``), so that every later rule sees a work's title as no name,
a firm named like a person as a body, and so on. Each rule fires on a narrow lexical cue looked up
in the resolver's index of lower-case forms (a work's noun, ``whose``) or on the model's person spans alone; no
rule walks the whole Doc. The words are in actor_words.tsv (``work_noun``,
``employer_preposition``, ``award_participle``). Rule source: 20 BBC 2004 business
and entertainment articles (docs/audit/read-articles.txt, ``# ents22``); tests on sentences of our
own in tests/entities/test_entities_lookalikes.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsevents.actors import normalise_name
from newsevents.components.entities_base import _gazetteer_is_place
from newsevents.docquery import doc_text

# a brand written with a lower-case first letter and an inner capital ("eBay"-like: "zipKart", "vidStream")
LOWER_CAMEL = re.compile(r"(?<![\w@#./-])[a-z]{1,3}[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?(?![\w@-])")

# small words a work's title may hold between its capitalised words ("The Ballad of Jed Clampett")
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "for", "with", "at"})
TITLE_MAX_WORDS = 8
# the model's labels a person's or a body's name carries (titles, firms and awards hide under them)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


class LookalikeNameRules:
    """The rules; each says which pattern it reads and why."""

    def _cue_positions(self) -> dict[str, list[int]]:
        """Token indices of the rules' cue words (a work's noun, ``whose``) by lower-case word, read off the
        resolver's one index of the article's lower-case forms (``_with_lower``, shared with its other rules)."""
        found: dict[str, list[int]] = {}
        for tok in self._with_lower({*self.ad.words.work_noun, "whose"}):
            found.setdefault(tok.lower_, []).append(tok.i)
        return found

    def _lookalike_spans(self, ents: list[Span]) -> list[Span]:
        self.lookalike_cue_positions = self._cue_positions()
        ents = self._without_titles(ents)
        ents = self._without_animals(ents)
        ents = self._without_awards(ents)
        ents = self._without_clock_words(ents)
        ents = self._bodies_after_whose(ents)
        ents = self._listed_bands(self._possessive_names(ents))
        ents = self._listed_bodies(self._shops_by_possessive(self._lower_camel_bodies(self._surname_run_into_title(ents))))
        ents = self._bodies_listed_after_including(ents)
        ents = self._bodies_named_like_places(ents)
        return self._bodies_named_like_people(ents)

    # --- a work's title is no name (``the play The Velvet Rooms``, ``X, the comedy sequel``) -------------
    def _title_run(self, noun: int) -> tuple[int, int] | None:
        """The token range of the capitalised words right after a work's noun (``the play The Velvet
        Rooms``; small words between capitals: ``theme tune The Ballad of Jed Clampett``), when the
        parse links them to the noun (one of them hangs on it, or it on one of them): ``In the film
        Tom Reed plays a doctor`` names no film (the name is the subject of ``plays``)."""
        tokens = self.tokens
        start = noun + 1
        if start >= len(tokens) or not tokens[start].text[:1].isupper():
            return None
        end = start
        while end < len(tokens) and end - start < TITLE_MAX_WORDS and (
                tokens[end].text[:1].isupper() and tokens[end].is_alpha
                or tokens[end].lower_ in TITLE_SMALL_WORDS and end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper()):
            end += 1
        if end == start:
            return None
        work = tokens[noun]
        # the model's own tag of a work's title on the words agrees (the parser may hang both on the verb)
        linked = work.head.i in range(start, end) or any(tokens[k].head.i == noun for k in range(start, end)) \
            or any(tokens[k].ent_type_ == "WORK_OF_ART" for k in range(start, end))
        return (start, end) if linked else None

    def _titles(self, ents: list[Span]) -> set[str]:
        """The normalised texts of the model's name spans that are a work's title: inside the
        capitalised words right after a work's noun of no capital itself (``the play The Velvet
        Rooms``, ``comedy Christmas with the Hendersons``), or holding the word an apposition
        headed by such a noun hangs on (``Harbour Lights, the comedy sequel starring ...``)."""
        titles: set[str] = set()
        for word, found in self.lookalike_cue_positions.items():
            if word == "whose":
                continue
            for i in found:
                tok = self.tokens[i]
                if tok.pos_ != "NOUN" or not tok.is_lower:
                    continue
                run = self._title_run(i)
                if tok.dep_ == "appos" and tok.head.i < i:
                    host = tok.head.i
                    titles |= {normalise_name(e.text) for e in ents if e.start <= host < e.end and e.end < i
                               and self.tokens[e.end].text == ","}
                if run is not None:
                    titles |= {normalise_name(e.text) for e in ents if run[0] <= e.start and e.end <= run[1]}
        return titles

    def _without_titles(self, ents: list[Span]) -> list[Span]:
        """The spans without a work's title nor its repeats (``The Velvet Rooms has been a hit``): a
        title names no person and no body, so it takes no codes, no pronoun and no description
        (``the comedy sequel`` is no person's). A name the tables know as a person or a body stays."""
        return self._without_names(ents, self._titles(ents))

    # --- an animal's name (``Duke is his service dog``) is no person ---------------------------------------
    def _animal_name_tokens(self) -> set[int]:
        """The tokens of names the text says are an animal's (``animal_noun`` of actor_words.tsv, ents25):
        the subject of an affirmed ``be`` whose predicate is the noun (``Duke is his service dog``, ``Duke
        and Bella are his dogs``), a name in apposition to it or after it (``her horse, Bramble,``, ``his
        dog Duke``), or the name it is given (``a cat named Tigger``). Not an idiom said of people: a
        modifier of ``animal_idiom_word`` (``Tom Reed is a dark horse``, ``the top dog``)."""
        words = self.ad.words
        found: set[int] = set()
        for noun in self._with_lemma(words.animal_noun):
            if noun.pos_ != "NOUN" or any(c.dep_ in {"amod", "compound"} and c.lower_ in words.animal_idiom_word
                                          for c in noun.children):
                continue
            names = []
            verb = noun.head
            if noun.dep_ == "attr" and verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children):
                names += [c for c in verb.children if c.dep_ == "nsubj"]
            if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
                names.append(noun.head)
            for child in noun.children:
                # the parser may read the name set off by commas after the noun as its adjective
                if child.dep_ == "appos" and child.pos_ == "PROPN" or child.dep_ == "amod" and child.i > noun.i \
                        and child.ent_type_ == "PERSON":
                    names.append(child)
                elif child.dep_ == "acl" and child.lemma_.lower() in words.naming_verb:
                    names += [c for c in child.children if c.dep_ in {"oprd", "attr", "dobj", "xcomp"}]
            for name in names:
                found.add(name.i)
                found.update(c.i for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN")
        return found

    def _without_animals(self, ents: list[Span]) -> list[Span]:
        """The spans without an animal's name nor its repeats (``Duke sleeps at his feet``): a named dog or
        horse is no actor (news golds' call since news-dev27), so it takes no pronoun (``'He keeps me going,'
        he said`` after ``Duke is his service dog`` is the man's), no quote and no code. A name the tables
        know as a body or a country stays."""
        if not self._with_lemma(self.ad.words.animal_noun):
            return ents
        tokens = self._animal_name_tokens()
        animals = {normalise_name(e.text) for e in ents if e.label_ in NAME_LABELS and any(k in tokens for k in range(e.start, e.end))}
        # a name the model left untagged (``his dog Duke``): no later rule makes it, or its repeats, a name
        positions = self._word_positions()
        for k in tokens:
            if not any(e.start <= k < e.end for e in ents) and self.tokens[k].text[:1].isupper():
                self.claimed.update(positions.get(self.tokens[k].text, ()))
        return self._without_names(ents, animals)

    def _without_names(self, ents: list[Span], names: set[str] | frozenset[str]) -> list[Span]:
        """``ents`` less the name spans whose name is in ``names`` (a work's title, an animal's name), their
        words claimed so no later rule reads them as a name; a name the tables know as a body or a country
        stays (``names`` may hold it by chance)."""
        if not names:
            return ents
        out = []
        for e in ents:
            if e.label_ in NAME_LABELS and normalise_name(e.text) in names \
                    and self.ad.organisation(e.text) is None and self.ad.country_of(e.text) is None:
                self.claimed.update(range(e.start, e.end))  # no later rule reads the words as a name
            else:
                out.append(e)
        return out

    # --- an award joined to a participle (``Oscar-winning director``) is no person ------------------------
    def _without_awards(self, ents: list[Span]) -> list[Span]:
        """A person span glued by a hyphen to a participle of winning (``Oscar-winning``,
        ``Emmy-nominated``) names an award, not a person: it is dropped."""
        out = []
        tokens, participles = self.tokens, self.ad.words.award_participle
        for e in ents:
            if e.label_ == "PERSON" and e.end + 1 < len(tokens) and tokens[e.end].text == "-" \
                    and not tokens[e.end - 1].whitespace_ and tokens[e.end + 1].lower_ in participles:
                self.claimed.update(range(e.start, e.end))
                continue
            out.append(e)
        return out

    # --- a clock's or a time zone's label after a time (``at 5pm GMT``) is no name ---------------------------
    def _without_clock_words(self, ents: list[Span]) -> list[Span]:
        """A span of clock and time-zone labels only (``pm``, ``GMT``: ``clock_word``) written
        right after a number or another such label (``at 5pm GMT``, ``9 a.m. EST``) is a time, not a
        body nor a person (``PM`` would otherwise read as a prime minister)."""
        clock, tokens = self.ad.words.clock_word, self.tokens
        out = []
        for e in ents:
            if e.label_ in NAME_LABELS and e.start > 0 and all(w.lower() in clock for w in self.words[e.start:e.end]) and (
                    tokens[e.start - 1].like_num or tokens[e.start - 1].lower_ in clock
                    or tokens[e.start - 1].text[-1:].isdigit()):
                self.claimed.update(range(e.start, e.end))
                continue
            out.append(e)
        return out

    # --- a patronymic: the words after ``bin`` are the father's name ----------------------------------------
    def _own_name(self, parts: list[str], theirs: list[str]) -> list[str]:
        """A named person's words a repeat ``parts`` is compared with (normalised words): for a name
        holding a patronymic word after its first word (``khalid bin hamad``: ``patronymic_link``) the
        words before it, when the repeat holds none (``Sheikh Khalid``, ``Khalid``); ``bin Laden``
        written alone keeps the whole name."""
        particles = self.ad.words.patronymic_link
        if any(w in particles for w in parts):
            return theirs
        k = next((k for k, w in enumerate(theirs) if w in particles), 0)
        return theirs[:k] if k >= 1 else theirs

    # --- a body named like a country or a city (``Bolivia have announced``, ``chain Bolivia``) ----------------
    def _plural_subject(self, e: Span) -> bool:
        """The name is the one subject of a verb in the plural (``Acmeland have announced``, ``are``,
        ``were``): British news writes a body as a collective, never a state named in the singular;
        names plural in form (``the Netherlands``) and subjects joined by ``and`` are left alone."""
        root = e.root
        if root.dep_ != "nsubj" or root.text.endswith("s") or any(c.dep_ in {"conj", "cc"} for c in root.children):
            return False
        verb = root.head
        forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
        return any(t.tag_ == "VBP" or t.lower_ == "were" for t in forms if t.i > root.i)

    def _body_noun_before(self, e: Span) -> bool:
        """A body's noun of no state's sector right before the name and modifying it (``supermarket
        chain Acmeland``, ``retailer Acmeland``): the name is that body's."""
        if e.start == 0:
            return False
        noun = self.tokens[e.start - 1]
        if not noun.is_lower or noun.pos_ != "NOUN" or noun.head.i != e.root.i:
            return False
        role = self.ad.role(noun.lemma_)
        return role is not None and role.kind == "org" and role.sector not in self.ad.words.state_sector

    def _bodies_named_like_places(self, ents: list[Span]) -> list[Span]:
        """A known place's name (tagged a place; a name the tables do not know after a body's noun is
        ``described_bodies``'s, which keeps the codes of its title) that is a plural verb's subject or
        follows a body's noun is a body named after the place (a firm, a team), and so is every place span of the same text: no
        country's mention, no country's code (``_non_person`` reads ``place_bodies``)."""
        names = {normalise_name(self._span_text(e)) for e in ents if e.label_ == "GPE" and self._is_place(self._span_text(e))
                 and (self._plural_subject(e) or self._body_noun_before(e))}
        if not names:
            return ents
        out = []
        for e in ents:
            if e.label_ == "GPE" and normalise_name(e.text) in names:
                e = Span(self.doc, e.start, e.end, label="ORG")
                self.place_bodies.add((e.start, e.end))
            out.append(e)
        return out

    # --- a headline's surname run into the lead's title (``... of Hale Councillor Ann Hale``; ents23) -------
    def _surname_run_into_title(self, ents: list[Span]) -> list[Span]:
        """A person span ``<Surname> <Role> <Given name> <Surname>`` (a headline ending in the family name
        run into a lead that opens with the title and the full name, or a caption so set) is two mentions:
        the family name alone, and the full name with the role as its title (the role's word is left
        untagged, so the title scan reads it). Only when the word before the role is the full name's own
        last word and the name after the role opens with a known given name."""
        out: list[Span] = []
        starts = {e.start: e for e in ents}
        for e in ents:
            nxt = starts.get(e.end)
            if len(e) == 2 and e.label_ in {"PERSON", "ORG"} and nxt is not None and nxt.label_ == "PERSON" \
                    and len(nxt) >= 2 and self._title_between(e[0], e[1], nxt):
                out.append(Span(self.doc, e.start, e.start + 1, label="PERSON"))  # "Hale Councillor" + "Ann Hale"
                continue
            if e.label_ != "PERSON" or len(e) < 4 or not e[0].text[:1].isupper():
                out.append(e)
                continue
            if self._title_between(e[0], e[1], e[2:]):
                out += [Span(self.doc, e.start, e.start + 1, label="PERSON"), Span(self.doc, e.start + 2, e.end, label="PERSON")]
                continue
            out.append(e)
        return out

    def _title_between(self, surname, role, name) -> bool:
        """``Hale Councillor | Ann Hale``: a capitalised person's role between a word and a name that opens
        with a known given name and ends in that very word."""
        found = self.ad.role(role.lower_)
        return found is not None and found.kind == "person" and role.text[:1].isupper() \
            and surname.text[:1].isupper() and surname.is_alpha \
            and name[0].lower_ in self.ad.given_names and name[-1].text == surname.text \
            and all(t.text[:1].isupper() and t.is_alpha for t in name)

    # --- a firm written ``xxXxx`` (``zipKart``; ents23) ------------------------------------------------------
    def _body_cue(self, tok) -> bool:
        """Where the text says a word names a body: in apposition to a body's noun of no state sector
        (``zipKart, the online retailer,``), after one that modifies it (``online retailer zipKart``),
        ``shares in zipKart``, or the subject of a verb of saying (``zipKart said``)."""
        def body_noun(noun) -> bool:
            role = self.ad.role(noun.lemma_)
            return noun.pos_ == "NOUN" and role is not None and role.kind == "org" \
                and role.sector not in self.ad.words.state_sector
        partners = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
        if any(body_noun(n) for n in partners):
            return True
        after = self.tokens[tok.i + 1: tok.i + 7]
        if len(after) >= 3 and after[0].text == "," and after[1].lower_ in {"the", "a", "an"}:
            # "zipKart, the online retailer, ...": an apposition the parser hung elsewhere
            noun = next((t for t in after[2:] if t.pos_ == "NOUN"), None)
            if noun is not None and all(t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in after[2: noun.i - tok.i - 1]) \
                    and body_noun(noun):
                return True
        before = self.tokens[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.is_lower and before.head.i == tok.i and body_noun(before):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() == "share":
            return True
        return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in self.speech_verbs

    def _lower_camel_bodies(self, ents: list[Span]) -> list[Span]:
        """A word written with a lower-case first letter and an inner capital (``zipKart``; the model
        often tags it nothing) that the text says names a body somewhere (``_body_cue``) is that body's
        name wherever it stands untagged; without such a cue it may be a product (``iPod``-like) and is
        left alone. Found with one regular expression over the text, no walk of the Doc."""
        text = doc_text(self.doc)
        spans = [sp for m in LOWER_CAMEL.finditer(text)
                 if (sp := self.doc.char_span(m.start(), m.end())) is not None and len(sp) == 1]
        if not spans:
            return ents
        tagged = {i for e in ents for i in range(e.start, e.end)}
        bodies = {sp.text for sp in spans if self._body_cue(sp[0])}
        found = [Span(self.doc, sp.start, sp.end, label="ORG") for sp in spans
                 if sp.text in bodies and sp.start not in tagged]
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    # --- a shop named by a possessive (``at Hobbs's``, ``Hobbs's and Marlows``; ents23) ------------------------
    def _owns_nothing(self, e: Span) -> bool:
        """The name is followed by ``'s`` that owns no word after it (``Sales at Hobbs's rose``, ``at
        Hobbs's.``): an elliptical possessive, the British way of naming a shop or a chain after its
        founder."""
        end = e.end - 1 if e[-1].tag_ == "POS" else e.end
        if end >= len(self.tokens) or self.tokens[end].tag_ != "POS" or end == e.start:
            return False
        if e.root.dep_ == "poss" or any(t.dep_ == "poss" for t in e[: end - e.start]):
            return False
        nxt = self.tokens[end + 1] if end + 1 < len(self.tokens) else None
        return nxt is None or nxt.pos_ in {"PUNCT", "VERB", "AUX", "CCONJ", "ADP", "SCONJ"} and nxt.lower_ != "of"

    def _shops_by_possessive(self, ents: list[Span]) -> list[Span]:
        """A one- or two-word name and an elliptical ``'s`` (``_owns_nothing``) is a shop or a chain named
        after a family, not that family's famous member nor a town of the name (``Hobbs's`` is no person
        the tables know, no town of GeoNames): a body of its own with no codes (``place_bodies``). Not a
        name opening with a known given name (``at Anna's`` is her home) nor the family name of a person
        the article names in full (``Tom Reed ... at Reed's``)."""
        found = [e for e in ents if e.label_ in {"PERSON", "ORG", "GPE"} and len(e) <= 3 and self._owns_nothing(e)]
        if not found:
            return ents
        named = {normalise_name(x.text).split()[-1] for x in ents if x.label_ == "PERSON" and len(x) >= 2
                 and x[-1].tag_ != "POS"}
        out = []
        for e in ents:
            if e in found:
                name = e[:-1] if e[-1].tag_ == "POS" else e
                words = normalise_name(name.text).split()
                if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) \
                        and words[0] not in self.ad.given_names and words[-1] not in named \
                        and self.ad.organisation(name.text) is None:
                    e = Span(self.doc, name.start, name.end, label="ORG")
                    self.place_bodies.add((e.start, e.end))
            out.append(e)
        return out

    # --- one-word names listed with a body (``offers Hobbs's and Marlows``; ents23) ------------------------
    def _listed_bodies(self, ents: list[Span]) -> list[Span]:
        """A single capitalised proper noun the model left untagged (or tagged a product), coordinated with a body's one-word
        name it tagged (``The mall houses Fentons and Marlows``, ``at Hobbs's and Marlows``), is a body of
        the same kind: words in a list name things of one kind. Not a known given name, a country or a
        gazetteer place, nor the first word of its sentence; a list with a person or a place in it is
        left alone (it mixes kinds)."""
        tagged = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        for e in ents:
            if e.label_ != "ORG" or len([t for t in e if t.tag_ != "POS"]) != 1:
                continue
            members = self._conjuncts(e.root)
            if len(members) < 2 or any(tagged[m.i].label_ not in {"ORG", "PRODUCT"} for m in members if m.i in tagged):
                continue
            for m in members:
                product = tagged.get(m.i)  # "offer Hobbs's and Marlows": the model's PRODUCT for a shop's name
                if product is not None and product.label_ == "PRODUCT" and len(product) == 1:
                    del tagged[m.i]
                    ents = [x for x in ents if x is not product]
                if m.i in tagged or any(f.start == m.i for f in found) or m.pos_ != "PROPN" \
                        or not m.text[:1].isupper() or not m.is_alpha or m.i == m.sent.start \
                        or any(c.dep_ in {"compound", "det", "amod"} for c in m.children) \
                        or m.lower_ in self.ad.given_names or self._is_place(m.text) \
                        or (m.i + 1 < len(self.tokens) and self.tokens[m.i + 1].text[:1].isupper()):
                    continue
                found.append(Span(self.doc, m.i, m.i + 1, label="ORG"))
                self.firms_named_like_people.add((m.i, m.i + 1))  # a body, whatever its word looks like
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    # --- bodies listed after ``including`` (``rivals including Zentel and Harbury Sports``, ents26) ---------
    def _name_run_to(self, head) -> tuple[int, int] | None:
        """The token range of the capitalised proper nouns that end at ``head`` (its compounds before it:
        ``Harbury Sports``), at most four words; None when ``head`` is no such word."""
        tokens = self.tokens
        if head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        start = head.i
        while start > head.i - 3 and start > 0 and tokens[start - 1].pos_ == "PROPN" \
                and tokens[start - 1].text[:1].isupper() and tokens[start - 1].head.i == head.i \
                and tokens[start - 1].dep_ == "compound":
            start -= 1
        return start, head.i + 1

    def _firm_word_last(self, name: str) -> bool:
        """A name of two words or more ending in a firm's word: a legal form (``Ltd``), a trade
        (``Media``) or a body's noun of roles.tsv (``Bank``)."""
        words = name.lower().split()
        if len(words) < 2:
            return False
        last = words[-1].rstrip(".")
        role = self.ad.role(last)
        return last in self.ad.words.company_word or last in self.ad.words.trade_word \
            or role is not None and role.kind == "org"

    def _bodies_listed_after_including(self, ents: list[Span]) -> list[Span]:
        """The names listed after ``including`` are of one kind (``bidders including Zentel, Harbury
        Sports and Vexo``): when the noun they illustrate is a body's (``firms``, ``broadcasters``;
        roles.tsv kind org) or the model tagged one of them a body, each is a body, however the model
        tagged the others (a place with no gazetteer row, a person, nothing). A list holding a known
        place, a name opening with a known given name or a body of the tables tagged otherwise is left
        alone (it mixes kinds: ``cities including Leeds``)."""
        cues = [t for t in self._with_lower({"including"}) if t.dep_ == "prep"]
        if not cues:
            return ents
        tagged = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        dropped: set[int] = set()
        for cue in cues:
            objects = [c for c in cue.children if c.dep_ == "pobj"]
            if not objects:
                continue
            members = self._conjuncts(objects[0])
            runs = [self._name_run_to(m) for m in members]
            if len(runs) < 2 or any(r is None for r in runs):
                continue
            kinds = {tagged[k].label_ for r in runs for k in range(*r) if k in tagged}
            noun = self.ad.role(cue.head.text) if cue.head.tag_ == "NNS" else None
            texts = [self.doc[a:b].text for a, b in runs]
            if not (noun is not None and noun.kind == "org" or "ORG" in kinds or any(map(self._firm_word_last, texts))):
                continue
            if any(self._is_place(t) or t.split()[0].lower() in self.ad.given_names for t in texts):
                continue
            for a, b in runs:
                spans = {id(tagged[k]): tagged[k] for k in range(a, b) if k in tagged}
                if any(x.start < a or x.end > b for x in spans.values()):
                    continue  # the model's span runs past the name: not this rule's to mend
                if len(spans) == 1 and (x := next(iter(spans.values()))).label_ == "ORG" and (x.start, x.end) == (a, b):
                    continue
                dropped.update(spans)
                found.append(Span(self.doc, a, b, label="ORG"))
                self.firms_named_like_people.add((a, b))  # a body, whatever its words look like
        if not found:
            return ents
        return sorted([e for e in ents if id(e) not in dropped] + found, key=lambda e: e.start)

    # --- a person's name with a headline's possessive (``Tom Reed's Long Journey Home``) ------------------
    def _possessive_names(self, ents: list[Span]) -> list[Span]:
        """A person span the model ran over the possessive ``'s`` (a headline's ``Ann Lee's Big
        Night``) ends before it when the name has two words or more and opens with a known given name
        or is tagged a person without the ``'s`` elsewhere: a firm named with a possessive
        (``Harrods's``, one word) keeps it."""
        out = []
        people: set[str] | None = None
        for e in ents:
            if e.label_ == "PERSON" and len(e) >= 3 and e[-1].tag_ == "POS" and all(t.text[:1].isupper() for t in e[:-1]):
                if people is None:
                    people = {normalise_name(x.text) for x in ents if x.label_ == "PERSON" and x[-1].tag_ != "POS"}
                name = e[:-1]
                if e[0].lower_ in self.ad.given_names or normalise_name(name.text) in people:
                    e = Span(self.doc, e.start, e.end - 1, label="PERSON")
            out.append(e)
        return out

    # --- bands named ``the <Plural>`` listed with a band the model tagged ----------------------------------
    def _conjuncts(self, root) -> list:
        """The heads of the noun phrases coordinated with ``root`` (``the Silver Foxes, the Lost Boys
        and the Night Owls``: each conjunct hangs on the one before)."""
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        members, todo = [], [first]
        while todo and len(members) < 12:
            tok = todo.pop()
            members.append(tok)
            todo.extend(c for c in tok.children if c.dep_ == "conj")
        return members

    def _listed_bands(self, ents: list[Span]) -> list[Span]:
        """``played with the Rusty Nails and the Paper Kites``: capitalised proper nouns after ``the``
        ending in a plural (``NNPS`` or a final ``s``), coordinated with a body the model tagged whose
        name is so written too, are a body (a band, a group) however the model tagged them (or left
        them untagged, or read them as a law)."""
        named = {i: e for e in ents if e.label_ in NAME_LABELS for i in range(e.start, e.end)}
        found: list[Span] = []
        for e in ents:
            if e.label_ != "ORG" or not self._the_plural(e.root):
                continue
            for m in self._conjuncts(e.root):
                if m.i in named or any(f.start <= m.i < f.end for f in found):
                    continue
                start = self._the_plural(m)
                if start:
                    found.append(Span(self.doc, start, m.i + 1, label="ORG"))
        if not found:
            return ents
        starts = {(f.start, f.end) for f in found}
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)
                or (e.start, e.end) in starts]
        return sorted(kept + found, key=lambda e: e.start)

    def _the_plural(self, head) -> int:
        """The first capitalised word of ``the <Capitalised words> <Plural>`` ending at ``head`` (0: not so)."""
        tokens = self.tokens
        if not (head.tag_ == "NNPS" or head.tag_ == "NNP" and head.text.endswith("s") and len(head.text) > 3):
            return 0
        k = head.i
        while k - 1 >= 0 and head.i - k < 3 and tokens[k - 1].tag_ in {"NNP", "NNPS"} and tokens[k - 1].text[:1].isupper():
            k -= 1
        return k if k >= 1 and tokens[k - 1].lower_ == "the" else 0

    # --- ``whose <Name> subsidiary``: a body's name -----------------------------------------------------
    def _bodies_after_whose(self, ents: list[Span]) -> list[Span]:
        """``The firm, whose Zentor subsidiary runs six mines``: one to three capitalised words
        between ``whose`` and a body's noun (roles.tsv kind ``org``) are that body's name, however
        the model tagged them (or left them untagged): a body, and the same name tagged a person
        elsewhere is the body too. The noun phrase itself (``whose Zentor subsidiary``) is then no
        description of its own (``_roles``)."""
        tokens = self.tokens
        names: dict[str, tuple[int, int]] = {}
        for i in self.lookalike_cue_positions.get("whose", ()):
            end = i + 1
            while end < len(tokens) and end - i <= 3 and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper():
                end += 1
            if end == i + 1 or end >= len(tokens) or not tokens[end].is_lower:
                continue
            role = self.ad.role(tokens[end].lemma_) or self.ad.role(tokens[end].text)
            if role is None or role.kind != "org":
                continue
            names[normalise_name(self.doc[i + 1:end].text)] = (i + 1, end)
        if not names:
            return ents
        out = []
        for e in ents:
            if e.label_ in {"PERSON", "GPE", "NORP"} and normalise_name(e.text) in names:
                e = Span(self.doc, e.start, e.end, label="ORG")
                self.firms_named_like_people.add((e.start, e.end))
            out.append(e)
        for start, end in names.values():
            if not any(e.start < end and start < e.end for e in out):
                out.append(Span(self.doc, start, end, label="ORG"))
                self.firms_named_like_people.add((start, end))
        return sorted(out, key=lambda e: e.start)

    # --- firms named like people or like a place ----------------------------------------------------------
    def _employer(self, e: Span) -> bool:
        """``Dana Lowe, an analyst at Raymond Jones``: a person's or a body's span that is the object of an employer
        preposition after an occupation noun (person_nouns.tsv, or a person's role of roles.tsv) or a post's
        noun (``job_noun``: ``held roles at X``, also when the parser hangs ``at`` on the verb), and each name
        listed after it (``at X, Y and Z``), is where the person works, a body; not when a possessive follows
        (``an aide at Tom Reed's office``)."""
        tokens = self.tokens
        if e.end < len(tokens) and tokens[e.end].tag_ == "POS":
            return False
        if e.start > 0 and tokens[e.start - 1].lower_ in self.ad.words.employer_preposition:
            prep = tokens[e.start - 1]
            if e.root.head.i != prep.i:
                return False
        else:
            # "roles at Acme Partners, Austin Fairley and ...": a name listed after the first (ents25)
            first = e.root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            prep = first.head
            if first is e.root or first.dep_ != "pobj" or prep.lower_ not in self.ad.words.employer_preposition:
                return False
        noun = prep.head
        if noun.i < prep.i and noun.pos_ in {"VERB", "AUX"} and noun.lemma_.lower() != "play":
            # "held senior roles at Austin Fairley": the parser hangs "at" on the verb of the post (ents25);
            # "played a role at Wembley" is no post
            noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < prep.i and self._job_noun(c)), noun)
        if noun.i >= prep.i or noun.pos_ != "NOUN":
            return False
        if self._job_noun(noun):
            # "senior roles at Austin Fairley" (ents25); "a spell with Tom Reed" may be a stint beside a man
            return prep.lower_ == "at"
        role = self.ad.role(noun.lemma_)
        return self.ad.person_noun(noun.lemma_) is not None or (role is not None and role.kind == "person")

    def _job_noun(self, tok) -> bool:
        """A post's noun (``job_noun``), by its lemma or, in the plural, its singular (``roles``)."""
        jobs = self.ad.words.job_noun
        return tok.lemma_.lower() in jobs or tok.lower_ in jobs or tok.lower_.endswith("s") and tok.lower_[:-1] in jobs

    def _place_firm(self, e: Span) -> bool:
        """``Oslo Re``, ``Danish Re``: a person span of two words, the first a nationality word or a
        place the gazetteer knows and no given name, the second a short abbreviation (two letters,
        or capitals only) that is no family name, is a firm's name: no one is called so."""
        words = [t for t in e if not t.is_punct]
        if len(words) != 2 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return False
        first, second = words
        if first.lower_ in self.ad.given_names or second.lower_ in self.ad.family_names:
            return False
        if not (len(second.text) <= 2 or second.text.isupper()):
            return False
        return normalise_name(first.text) in self.ad.adjectives or self._is_place(first.text)

    def _is_place(self, word: str) -> bool:
        return self.ad.country_of(word) is not None or _gazetteer_is_place(self.gaz, word)

    def _bodies_named_like_people(self, ents: list[Span]) -> list[Span]:
        """Person spans that are firms' names (``_employer``, ``_place_firm``) become
        bodies, and so does every person span of the same text (and a place's span no table knows, where a
        person works: ``a director at Upworthy``); a body span so placed stays a body
        though its first word is a given name (``an economist at Raymond Jones``)."""
        firms = {normalise_name(self._span_text(e)) for e in ents if e.label_ in {"PERSON", "ORG", "FAC"} and self._employer(e)}
        firms |= {normalise_name(self._span_text(e)) for e in ents if e.label_ == "PERSON" and self._place_firm(e)}
        # "a former strategy director at Upworthy": a place's span no gazetteer or country table knows, where a
        # person works, is an employer too (names38)
        firms |= {normalise_name(self._span_text(e)) for e in ents if e.label_ == "GPE" and self._employer(e)
                  and not self._is_place(self._span_text(e))}
        if not firms:
            return ents
        out = []
        for e in ents:
            if e.label_ == "ORG" and normalise_name(e.text) in firms:
                self.firms_named_like_people.add((e.start, e.end))  # the model's own body: no given name makes it a person
            elif e.label_ in {"PERSON", "FAC", "GPE"} and normalise_name(e.text) in firms:  # a building's tag too (ents25)
                e = Span(self.doc, e.start, e.end, label="ORG")
                self.firms_named_like_people.add((e.start, e.end))
            out.append(e)
        return out
