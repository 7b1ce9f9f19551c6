"""A known person's shorter name forms, read as that person whatever label the model gave them.

Rules of branch surnames37 (issue 15, session 33; the losses counted in docs/notes/name-form-losses.md
with scripts/name_form_losses.py). A mixin of ``EntityResolver`` (components/entities.py):

- ``_people_by_short_given_names``: ``Sandra Lowry`` and ``Sandy Lowry`` in one story are one person
  (a given name and its short form, ``short_given_names.tsv``, before one family name), unless their
  genders differ. Two people left apart there make every bare ``Lowry`` ambiguous, and it is then
  nobody's mention (nor the ``she`` and the quotes that hang on it).
- ``_given_name_and_surname`` and ``_body_short_name_unused``: a body's one-word short name that is
  also a family name (``Ann Wellcome``) is the person's surname in a person span opening with a
  known given name, and alone after that full name when the article never writes the body's own
  name (a story naming a person so is about the person, not about the body).
- ``_name_after_inner_title``: a title the model tagged with the name after it as one body (``Cllr
  Hartigan``; ``General Ravenscroft`` where ``Arthur Ravenscroft`` is named) is a title and a
  person's name; a person span that runs a club's or a place's word and a lower-case person noun
  into the name (``Rovers fan Ann Lee``) is the name after the noun; ``a former clerk named Ann Lee``
  tagged a place or a building is a person.

Tests on sentences of our own in tests/entities/test_entities_name_forms.py.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from newsevents.actors import normalise_name
from newsevents.components.entities_base import _gazetteer_is_place, _name_words
from newsevents.docquery import doc_text

SHORT_NAMES_FILE = Path(__file__).resolve().parents[1] / "data" / "short_given_names.tsv"


@lru_cache(maxsize=1)
def short_given_names() -> dict[str, frozenset[str]]:
    """Each given name -> the names it is a short form or a full form of (both ways), read once."""
    pairs: dict[str, set[str]] = {}
    for line in SHORT_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("short\t"):
            continue
        short, full = (x.strip().lower() for x in line.split("\t")[:2])
        pairs.setdefault(short, set()).add(full)
        pairs.setdefault(full, set()).add(short)
    return {k: frozenset(v) for k, v in pairs.items()}


class NameFormRules:
    """The rules; each says which pattern it reads and why."""

    def _people_by_short_given_names(self) -> None:
        """Fold two people of one family name whose given names are a name and its short form
        (``Sandra``/``Sandy``, ``William``/``Bill``), when their genders do not differ and neither
        was kept apart on purpose (a key beyond the name: ``Mrs Lowry`` beside ``Mr Lowry``). The
        one named first keeps its name."""
        forms = short_given_names()
        suffixes = self.ad.words.name_suffix
        people = [c for c in self.clusters if c.type == "PERSON" and c.mentions
                  and c.key == f"person:{normalise_name(c.name)}" and " " in c.name]
        people.sort(key=lambda c: c.first())
        for i, c in enumerate(people):
            if c not in self.clusters:
                continue
            words = [w.lower() for w in _name_words(c.name, suffixes)]
            for other in people[i + 1:]:
                if other not in self.clusters:
                    continue
                theirs = [w.lower() for w in _name_words(other.name, suffixes)]
                if len(words) != len(theirs) or words[1:] != theirs[1:] or theirs[0] not in forms.get(words[0], ()):
                    continue
                if c.gender and other.gender and c.gender != other.gender:
                    continue
                # the short form alone ("Sandy said") still names the person (``_surnames``)
                self.short_form_firsts[_name_words(other.name, suffixes)[0]] = c
                c.gender = c.gender or other.gender
                c.title, c.role = c.title or other.title, c.role or other.role
                self._fold(other, into=c)

    def _given_name_and_surname(self, words: list[str]) -> bool:
        """Two or three words, a given name of ``given_names.tsv`` first, each capitalised and
        none in capitals only (an acronym): the shape of a person's full name."""
        return 2 <= len(words) <= 3 and words[0].lower() in self.ad.given_names and all(
            w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)

    def _body_short_name_unused(self, text: str) -> bool:
        """A one-word short name of a body the actor dictionary knows (not its own name, nor a
        country's or capital's name, nor an acronym) whose body the article never writes by its
        name: a story naming a person so is not about that body."""
        org = self.ad.organisation(text)
        if org is None or text.isupper() or self.ad.country_of(text) or self.ad.capital_of(text):
            return False
        name = normalise_name(org.name)
        return name != normalise_name(text) and name not in normalise_name(doc_text(self.doc))


    def _name_after_inner_title(self, ent: Span) -> Span:
        """The person's name inside a span the model ran over a title (see the module's docstring):
        ``<abbreviated title or honorific> <Surname>`` tagged as a body, or ``<title> <Surname>``
        when the article gives a person that surname in a span of its own (``General Motors`` stays
        a body); ``<Word> <person noun> <Name> <Surname>`` tagged as one person. Otherwise ``ent``."""
        words = self.ad.words
        if ent.label_ in {"ORG", "FAC", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART"} and self._named_person(ent):
            return Span(self.doc, ent.start, ent.end, label="PERSON")
        if ent.label_ in {"ORG", "FAC", "NORP", "GPE", "PRODUCT"} and len(ent) == 2:
            title, name = ent[0], ent[1]
            key = title.lower_.rstrip(".")
            if not (title.text[:1].isupper() and name.pos_ == "PROPN" and name.is_alpha
                    and name.text[:1].isupper() and not name.text.isupper()):
                return ent
            if self.ad.organisation(name.text) or self.ad.country_of(name.text) or self.ad.capital_of(name.text):
                return ent
            abbreviated = key in words.abbreviated_title or key in words.honorific
            role = self.ad.role(title.text)
            surname = any(len(span.split()) > 1 and span.split()[-1] == normalise_name(name.text)
                          for span in self._person_spans())
            if abbreviated and not _gazetteer_is_place(self.gaz, name.text) or (
                    surname and role is not None and role.kind == "person"):
                return Span(self.doc, name.i, name.i + 1, label="PERSON")
            return ent
        if ent.label_ == "PERSON" and 4 <= len(ent) <= 5:
            for k in range(1, len(ent) - 2):
                noun = ent[k]
                name = ent[k + 1:]
                if not noun.is_lower or not (self.ad.person_noun(noun.lemma_) or getattr(
                        self.ad.role(noun.text), "kind", None) == "person"):
                    continue
                # a person's name holds no lower-case common noun: the words before it, all
                # capitalised, are whose or where the person is (a club, a town)
                if 2 <= len(name) <= 3 and all(t.text[:1].isupper() for t in ent[:k]) and all(
                        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in name):
                    return Span(self.doc, name.start, name.end, label="PERSON")
        return ent

    def _initialled_given_names(self, ents: list[Span]) -> list[Span]:
        """``M. Ann Walters, whose ..., said``: one or two initials (a capital and a full stop), a known given
        name (``given_names.tsv``) and one capitalised word (not in capitals only), none of which the model
        tagged a name (a nationality word that is also a given name, ``Scot``, aside), are a person's full
        name: that is the shape of one, whatever tag the model gave the last word (a plural common noun:
        ``Walters`` read as ``walter``'s plural). Not when a further capitalised word follows (a longer name,
        a body's), nor when the last word is a country's, a known body's or a role's name (names41)."""
        tokens, words, n = self.tokens, self.words, len(self.tokens)
        tagged = {i for e in ents for i in range(e.start, e.end) if e.label_ != "NORP"}

        def initial(k: int) -> bool:
            return k < n and len(words[k]) == 2 and words[k][0].isupper() and words[k][0].isalpha() and words[k][1] == "."

        found: list[Span] = []
        for tok in self._capitalised():
            if not initial(tok.i) or tok.i > 0 and initial(tok.i - 1):
                continue
            k = tok.i + 2 if initial(tok.i + 1) else tok.i + 1  # "J. R. Ann Walters"
            if k + 1 >= n:
                continue
            given, last = words[k], words[k + 1]
            if given.lower() not in self.ad.given_names or not given[:1].isupper() or not given.isalpha() \
                    or not (last[:1].isupper() and last.replace("-", "").isalpha() and not last.isupper()):
                continue
            if any(i in tagged for i in range(tok.i, k + 2)):
                continue
            if k + 2 < n and words[k + 2][:1].isupper() and tokens[k + 2].is_alpha and tokens[k + 2].pos_ == "PROPN":
                continue  # a longer run of names: not this rule's to cut
            if self.ad.country_of(last) or self.ad.organisation(last) or self.ad.role(last.lower()):
                continue
            found.append(Span(self.doc, tok.i, k + 2, label="PERSON"))
        if not found:
            return ents
        covered = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
        return sorted(kept + found, key=lambda e: e.start)

    def _untagged_surname_repeats(self, ents: list[Span]) -> list[Span]:
        """``When Whitlock pointed out ...`` tagged a person, ``"...," Whitlock said`` and ``ended with
        Whitlock asking`` left untagged: one capitalised proper noun the model tags a person's family name
        elsewhere in the article (a one-word person span, or the last word of a longer one) is that person's
        name where it stands alone untagged too (branch short39, issue 15). A writer repeats a surname for
        one person; the tagger's misses are its own slips. Not a word the model reads alone as a body or a
        place as often as it tags it a person, nor the first word of a person's span (a given name: ``Jordan Lee`` and ``Ann Jordan``), nor
        a word of a run of capitalised words (another name), nor a noun's modifier (``the Whitlock plan``), nor a word
        with a determiner or an adjective (``the happiest Cub``: a member of a team),
        nor a word the tables know as a country, a role or a body."""
        people: dict[str, int] = {}
        others: dict[str, int] = {}
        given: set[str] = set()
        full: set[str] = set()  # family names of full names ("Ann Voss"): the article's own word for the person
        for e in ents:
            words = [self.words[i] for i in range(e.start, e.end)]
            if e.label_ == "PERSON":
                people[words[-1]] = people.get(words[-1], 0) + 1
                if len(words) > 1:
                    given.add(words[0])
                    if all(w[:1].isupper() and w.isalpha() for w in words):
                        full.add(words[-1])
            elif len(words) == 1:
                others[words[0]] = others.get(words[0], 0) + 1
        # the model's reading of the bare word: a person more often than anything else, or the family name
        # of a full name that is no place the gazetteer knows ("Voss's district" tagged a place; names41)
        family = {w for w, n in people.items() if (n > others.get(w, 0) or w in full and not _gazetteer_is_place(self.gaz, w))
                  and w not in given and len(w) > 1 and w.isalpha() and w[:1].isupper() and not w.isupper()}
        if not family:
            return ents
        tagged = {i for e in ents for i in range(e.start, e.end)}
        tokens = self.tokens
        lower = {w for w in self.words if w[:1].islower()}
        found: list[Span] = []
        for tok in self._capitalised():
            word = self.words[tok.i]
            if word not in family or tok.i in tagged or tok.dep_ in {"compound", "amod"} and tok.pos_ == "PROPN":
                continue
            if tok.pos_ != "PROPN" and (word not in full or word.lower() in lower or tok.pos_ not in {"NOUN", "ADJ"}):
                # "<Surname> faces ..." read as a plural noun: the family name of a full name the text never writes
                # in lower case as a common word (names41)
                continue
            if any(c.dep_ in {"det", "amod", "nummod"} for c in tok.lefts):
                continue  # "the happiest Cub": a common noun's use (a member of a team), no person's name
            before = tokens[tok.i - 1] if tok.i > 0 else None
            after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
            if any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (before, after)):
                continue  # a word of a longer name ("the Whitlock Foundation")
            if self.ad.country_of(word) or self.ad.role(tok.lower_) or self.ad.organisation(word):
                continue
            found.append(Span(self.doc, tok.i, tok.i + 1, label="PERSON"))
        return sorted(ents + found, key=lambda e: e.start) if found else ents

    def _named_person(self, ent: Span) -> bool:
        """``a former clerk named Ann Lee``, ``a boy called Tom Reed``: two or three capitalised proper
        nouns right after a naming participle (``naming_verb``) that qualifies a noun of a person are
        that person's name, whatever label the model gave them."""
        if not 2 <= len(ent) <= 3 or ent.start < 2:
            return False
        verb = self.tokens[ent.start - 1]
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in self.ad.words.naming_verb:
            return False
        noun = verb.head if verb.dep_ == "acl" else self.tokens[ent.start - 2]
        if noun.i >= verb.i or noun.pos_ != "NOUN" or not self._person_word(noun):
            return False
        return all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in ent)

    # -- where a person's name begins (names45) -------------------------------------------------------

    def _name_start(self, ent: Span) -> Span:
        """Where a person's name begins inside a span the model ran over the words before it
        (``<County> Clerk <Given> <Surname>``, ``<Nickname> <Given> <Surname>``, ``<Role> <Given>
        <Surname> of <Town>``): the span's last two or three capitalised words are the name when
        they read as one (a known given name first, or the last word written alone elsewhere in the
        article) and EVERY capitalised word before them is explained as something else by the
        article or a general resource (``_not_name_word``). Those words are then left to be what they
        are (a title before the name, a place, a body), not part of the name. Any label: the
        model types such spans ORG as often as PERSON; a span not typed PERSON needs both signs
        of the name. Otherwise ``ent``."""
        if len(ent) < 3 or ent.label_ not in {"PERSON", "ORG", "NORP", "GPE", "FAC"} \
                or _gazetteer_is_place(self.gaz, ent.text):
            return ent  # ("San <Given> <Word>": a town's whole name is no title and a name)
        for k in range(1, len(ent) - 1):
            name = ent[k:]
            if not 2 <= len(name) <= 3 or not all(
                    t.text[:1].isupper() and t.text.replace("-", "").isalpha() and not t.text.isupper() for t in name):
                continue
            first = name[0].lower_
            given = first in self.ad.given_names or first in self.ad.census_given_names
            if any(t.is_stop and t.lower_ not in self.ad.given_names for t in name):
                continue  # "<Verb> The <Plural>": a title of a work, no one's name
            if any(t.lower_ in self.ad.words.company_word for t in name) \
                    or getattr(self.ad.role(name[-1].lower_), "kind", None) == "org":
                continue  # "<Given> <Surname> State University": a body named after a person (its noun last)
            # Signs that ``name`` is a person's name. A span the model typed PERSON needs one: a known given
            # name first, or the last word written alone elsewhere right after a person's title ("Clerk <Word>
            # <Surname>": a given name the tables lack is no common word there). A span typed otherwise needs
            # both a known given name and the surname written alone elsewhere.
            if ent.label_ == "PERSON":
                signed = given or (self._title_word_at(name.start - 1) and self._written_alone_elsewhere(name[-1], ent))
            else:
                signed = given and self._written_alone_elsewhere(name[-1], ent)
            if not signed:
                continue
            if all(self._not_name_word(ent, j) for j in range(ent.start, name.start)) and not self._names_a_body(name):
                return Span(self.doc, name.start, name.end, label="PERSON")
        return ent

    def _written_alone_elsewhere(self, word, ent: Span) -> bool:
        """The article writes ``word`` (a surname) outside ``ent`` with no capitalised word right
        before it: the person's later short form (``<Surname> said``)."""
        tokens = self.tokens
        for t in tokens:
            if t.text != word.text or ent.start <= t.i < ent.end:
                continue
            before = tokens[t.i - 1] if t.i > 0 else None
            if before is None or not before.text[:1].isupper() or before.is_sent_start \
                    or before.lower_.rstrip(".") in self.ad.words.honorific:
                return True
        return False

    def _not_name_word(self, ent: Span, j: int) -> bool:
        """A capitalised word at ``j`` before the name inside ``ent`` that is no word of a person's name:
        (a) a title or role of a person (roles.tsv kind person, a person noun, an honorific), alone
        or as the last words of a longer role (``County Clerk``); (b) a word of a place the gazetteer
        knows, the place's words followed by a town word (``County``) or written alone elsewhere in
        the article as a place the model tagged so; (c) a word the article itself writes elsewhere in lower case
        (``the clerk``) or as a capitalised plural (``the Panthers``), when it is no given name
        (``Will``, ``Rose`` are written lower case too); (d) likewise, a common noun of the model's
        lemma table, or a body's name or a nation's word in the actor dictionary."""
        tok = self.tokens[j]
        low = tok.lower_.rstrip(".")
        if not tok.text[:1].isupper():
            return False
        if self._title_word_at(j):
            return True
        for end in range(j, ent.end - 2):  # (a) a role of several words that holds this word
            found = self._role_ending_at(end, ent.start)
            if found is not None and found[0] <= j and self.ad.role(found[1]).kind == "person":
                return True
        if self._place_word_before_name(ent, j):
            return True
        if low in self.ad.given_names or low in self.ad.census_given_names or low in short_given_names() \
                or tok.text.isupper():  # ("Sam", "Alex": names of both genders the tables leave out)
            return False  # ("CA <Given> <Surname>": capitals before a name are its initials)
        # (d) a common noun of the language (the model's lemma table) or a body's or a nation's word
        # of the actor dictionary ("Labour <Given> <Surname>", "Dutch <Given> <Surname>")
        if tok.lower_ in self.nouns or self.ad.organisation(tok.text) is not None \
                or normalise_name(tok.text) in self.ad.demonyms or normalise_name(tok.text) in self.ad.adjectives:
            return True
        plurals = {tok.text + "s", tok.text + "es"}
        return any(t.i != j and (t.is_lower and t.lower_ == low or t.text in plurals) for t in self.tokens)

    def _title_word_at(self, j: int) -> bool:
        """The word at ``j`` is a person's title or role (roles.tsv kind person, a person noun, an honorific)."""
        low = self.tokens[j].lower_.rstrip(".")
        role = self.ad.role(low)
        return role is not None and role.kind == "person" or self.ad.person_noun(low) is not None \
            or low in self.ad.words.honorific or low in self.ad.words.abbreviated_title

    def _place_word_before_name(self, ent: Span, j: int) -> bool:
        """(b) of ``_not_name_word``: the run of capitalised words around ``j`` before the name (town words
        such as ``County`` left out) is a place of the gazetteer, and either a town word follows it
        inside the span or the article writes the place's words alone elsewhere, tagged a place."""
        town_part = self.ad.words.town_part_word
        tokens = self.tokens
        if tokens[j].lower_ in town_part:
            return j > ent.start and self._place_word_before_name(ent, j - 1)
        for first in range(ent.start, j + 1):
            for last in range(j, min(ent.end - 2, first + 3)):
                words = tokens[first:last + 1]
                if any(t.lower_ in town_part or not t.text[:1].isupper() for t in words):
                    continue
                text = " ".join(t.text for t in words)
                if not _gazetteer_is_place(self.gaz, text):
                    continue
                if last + 1 < ent.end and tokens[last + 1].lower_ in town_part:
                    return True
                # elsewhere the same words stand alone as a place the model tagged so (a surname
                # that is also a town's name is written alone too, but as a person)
                n = len(words)
                texts = [t.text for t in words]
                if any((k + n <= ent.start or k >= ent.end) and [t.text for t in tokens[k:k + n]] == texts
                       and tokens[k].ent_type_ in {"GPE", "LOC"}
                       and not (k + n < len(tokens) and tokens[k + n].text[:1].isupper())
                       for k in range(len(tokens) - n + 1)):
                    return True
        return False
