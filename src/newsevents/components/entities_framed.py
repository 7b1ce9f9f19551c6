"""Names that web news glues to a caption word or frames: caption words, regnal numbers, saints' buildings.

Rules of brief s20-dev16e (issue 15): names that web news glues or frames.

A mixin of ``EntityResolver`` (components/entities.py): the methods read and change the resolver's
state (``self.tokens``, ``self.clusters``, ``self.claimed`` ...) exactly as its own do. The patterns
are English; the words are in actor_words.tsv (``caption_word``, ``regnal_lead``,
``saint_building``). Rule sources: news-dev16/17/18's misses (GeoWebNews web news of 2018),
tests in tests/entities/test_entities_framed.py and tests/data/entities_heldout21.jsonl.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span

from newsevents.actors import normalise_name
from newsevents.components.entities_base import REGION_LEVELS, Cluster, _gazetteer_is_place, _initials
from newsevents.docquery import doc_text

ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")
ROMAN_LETTERS = frozenset("IVX")  # a numeral ROMAN matches begins with one of these (and is not empty)
# a firm's one-word name may be camel case ("FIMBank", "DriftSync") or end in digits ("RS2")
CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z]{2,}[a-z]{2,}")
ACRONYM_CITY = re.compile(r"([A-Z]{2,6})-([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)")
HANDLE = re.compile(r"@\w{2,}")  # a social-media handle as one token
ACRONYM = re.compile(r"[A-Z]{2,6}")
SEPARATORS = frozenset({"/", ":"})


INITIAL = re.compile(r"[A-Z]\.")  # one initial of a name ("C.")


class _WithoutDots:
    """The lower-case forms that are one of ``words`` once their trailing dots are dropped (``ltd.``,
    ``inc.``): asked of each distinct form of the article's index (``_with_lower``), not of each token."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and form.rstrip(".") in self.words


class FramedNameRules:
    """The rules; each says which pattern it reads and why."""

    # --- spans (run inside ``_named``, on the model's spans) -----------------------------------------
    def _caption_glued(self, ents: list[Span]) -> list[Span]:
        """``Illustration/Acme’s energy collector``, ``(Photo: Acme)``: a caption word of a web page
        (``caption_word``) glued to a name by a slash or a colon is no part of the name: the
        span keeps the words after the separator (a trailing possessive marker there dropped); a span of the
        caption word alone before the separator is no name at all."""
        words = self.ad.words.caption_word
        tokens, n = self.tokens, len(self.tokens)

        def caption_at(i: int) -> bool:
            return 0 <= i < n - 1 and tokens[i].lower_ in words and tokens[i].text[:1].isupper() \
                and tokens[i + 1].text in SEPARATORS

        out: list[Span] = []
        for e in ents:
            start, end = e.start, e.end
            if caption_at(start):
                if end <= start + 2:
                    continue  # the caption word (and its separator) alone
                start += 2
                while end > start and tokens[end - 1].tag_ == "POS":
                    end -= 1
            if end <= start:
                continue
            out.append(e if (start, end) == (e.start, e.end) else Span(self.doc, start, end, label=e.label_))
        return out

    def _field_labels(self, ents: list[Span]) -> list[Span]:
        """``Developer : Hollis & Crane`` in a fact box: a field's label, one or two words of the
        language (nouns of the lexicon, the first capitalised: ``Owner``, ``Parent company``), before a
        colon is no part of the body's name the model ran it into; the span keeps the capitalised words
        after the colon (issue 15, ents23). Only bodies' spans: a work's title may hold a colon."""
        tokens = self.tokens
        out: list[Span] = []
        for e in ents:
            colon = next((t.i for t in e[1:4] if t.text == ":"), None) if e.label_ == "ORG" else None
            if colon is not None and colon + 1 < e.end and tokens[colon + 1].text[:1].isupper() \
                    and tokens[e.start].text[:1].isupper() \
                    and all(t.is_alpha and t.lower_ in self.nouns for t in tokens[e.start: colon]):
                out.append(Span(self.doc, colon + 1, e.end, label=e.label_))
                continue
            out.append(e)
        return out

    def _regnal_names(self, ents: list[Span]) -> list[Span]:
        """``His Holiness Karekin II``, ``Pope Clement XV``, ``King Name I``: a capitalised name word
        followed by a regnal numeral, after a naming title or a style of address
        (``regnal_lead``: ``Holiness``, ``Catholicos``), is one person's name, the two words,
        however the model cut or tagged them (it often leaves them untagged)."""
        tokens, n = self.tokens, len(self.tokens)
        leads = self.ad.words.regnal_lead | self.ad.words.naming_title
        found: list[Span] = []
        words = self.words
        # a numeral after the name is the rarer mark: the positions before one, from the words alone
        for i in [k - 1 for k in range(2, n) if words[k][:1] in ROMAN_LETTERS and ROMAN.fullmatch(words[k])]:
            name, numeral = tokens[i], tokens[i + 1]
            if not (name.text[:1].isupper() and name.text.isalpha() and not name.text.isupper()
                    and numeral.text and ROMAN.fullmatch(numeral.text)):
                continue
            if tokens[i - 1].lower_.rstrip(".") not in leads or name.lower_ in leads or self.ad.role(name.text):
                continue
            if numeral.text == "I" and i + 2 < n and tokens[i + 2].pos_ in {"VERB", "AUX"} and tokens[i + 2].dep_ != "ROOT" \
                    and tokens[i + 2].head.i == i + 1:
                continue  # "... Pope said I am": the pronoun, not a numeral
            found.append(Span(self.doc, i, i + 2, label="PERSON"))
        return self._with_found_spans(ents, found)

    def _saint_names(self, ents: list[Span]) -> list[Span]:
        """``St. Brendan of Clonfert``, ``Saint Name of Place``: a saint's name with the place they are
        called after is one person's name (``Name of Place``), not a body ``Church St. Name`` and a
        person ``Place``; never where a building's noun follows (``St. Mary of the Angels church``,
        ``saint_building``), nor a street (``Church St.`` after a capitalised word, unless that
        word ends a title ``of the Church``)."""
        tokens, n = self.tokens, len(self.tokens)
        buildings = self.ad.words.saint_building
        found: list[Span] = []
        # the three spellings looked up in the index of words, not every token read
        positions = self._word_positions()
        for i in sorted(i for word in ("St.", "St", "Saint") for i in positions.get(word, ()) if i < n - 3):
            if i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].is_alpha and not (
                    i > 1 and tokens[i - 2].lower_ == "the"):
                continue
            name = tokens[i + 1]
            if not (name.text[:1].isupper() and name.text.isalpha()) or tokens[i + 2].lower_ != "of":
                continue
            k = i + 3
            while k < n and k - (i + 3) < 2 and tokens[k].text[:1].isupper() and tokens[k].is_alpha:
                k += 1
            if k == i + 3 or k < n and tokens[k].lower_ in buildings:
                continue
            found.append(Span(self.doc, i + 1, k, label="PERSON"))
        self.saint_places = {(s.start_char, s.end_char): self.doc[s.start + 2: s.end].text for s in found}
        return self._with_found_spans(ents, found)

    def _saint_codes(self) -> None:
        """A saint named after a place (``St. Name of Place``) is of the place's country when the gazetteer
        knows the place, whatever place the sentence puts the saint's statue in (``... of Clonfert in Rome``)."""
        for cluster in self.clusters:
            places = {p for m in cluster.mentions for (a, b), p in getattr(self, "saint_places", {}).items()
                      if m.start == a and m.end == b}
            if len(places) != 1 or self.gaz is None:
                continue
            found = sorted((c for c in self.gaz.candidates(places.pop()) if c.primary), key=lambda c: -(c.population or 0))
            if found and found[0].country:
                cluster.country = found[0].country

    def _with_found_spans(self, ents: list[Span], found: list[Span]) -> list[Span]:
        if not found:
            return ents
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in found)]
        return sorted(kept + found, key=lambda e: e.start)

    def _legal_form_names(self, ents: list[Span]) -> list[Span]:
        """``FIMBank plc lost``, ``RS2 Software plc retained``: one to three capitalised words (a
        camel-case word or one with digits among them) ending in a company's legal form
        (``company_word``: plc, Ltd, Inc) are one body's name, however the model cut or tagged them
        (``Software`` alone a person). So are names joined by an ampersand before a legal form, a
        comma allowed before it (``Hale & Dorr LLP``, ``Kent & Hollis, P.C.``: a firm of partners
        named by their surnames, which the model may cut at the ampersand into a person)."""
        tokens = self.tokens
        forms = self.ad.words.company_word
        found: list[Span] = []
        for tok in self._with_lower(_WithoutDots(forms)):  # the forms' tokens from the index, not every token
            if tok.i == 0:
                continue
            last = tok.i - 1 if tokens[tok.i - 1].text == "," else tok.i
            k = last
            while k > 0 and last - k < 6 and self.sent_of[k - 1] == self.sent_of[tok.i] \
                    and (tokens[k - 1].text[:1].isupper() and tokens[k - 1].text.isalnum()
                         or tokens[k - 1].text == "&" and k > 1 and tokens[k - 2].text[:1].isupper()
                         or INITIAL.fullmatch(tokens[k - 1].text)) \
                    and tokens[k - 1].ent_type_ not in {"DATE", "TIME", "GPE", "NORP"}:
                k -= 1
            if not any(t.text == "&" for t in tokens[k: last]):
                k = max(k, last - 3)  # without an ampersand: three words at most, as ever
            while k < last and INITIAL.fullmatch(tokens[k].text) and not any(t.text == "&" for t in tokens[k: last]):
                k += 1  # initials open a firm's name only before an ampersand ("C. V. Starr & Co.")
            words = tokens[k: last]
            joined = any(t.text == "&" for t in words)  # never first: a capitalised word precedes it
            if not words or not joined and (last != tok.i or not any(
                    CAMEL.fullmatch(t.text) or any(c.isdigit() for c in t.text) for t in words)):
                continue
            if joined and any(e.start <= k and tok.i < e.end for e in ents):
                continue  # "C. V. Starr & Company, Inc.": the model's span holds it whole, initials and all
            found.append(Span(self.doc, k, tok.i + 1, label="ORG"))
        return self._with_found_spans(ents, found)

    def _handle_and_acronym_spans(self, ents: list[Span]) -> list[Span]:
        """``@handle (Ann Lee)`` read as one span: the name in brackets is a person's span of its own (the
        handle is left to ``_handles``); ``KTI-Lahore`` left untagged: an acronym glued by a hyphen to
        a place the gazetteer knows is a body's name (its branch in the place)."""
        tokens, words = self.tokens, self.words  # words by index: no new Token per word of every span
        out: list[Span] = []
        for e in ents:
            inner = [k for k in range(e.start + 1, e.end) if words[k] == "(" and HANDLE.fullmatch(words[k - 1])]
            if not inner:
                out.append(e)
                continue
            end = next((k for k in range(e.start, e.end) if words[k] == ")"), e.end)
            if end > inner[0] + 1:
                out.append(Span(self.doc, inner[0] + 1, end, label="PERSON"))
        found: list[Span] = []
        # only a word right before a hyphen (not the Doc's last two words) can open "KTI-Lahore"
        for i in [h - 1 for h in self._word_positions().get("-", ()) if 0 < h < len(tokens) - 1]:
            tok = tokens[i]
            if not ACRONYM.fullmatch(tok.text) or tok.whitespace_ \
                    or tokens[i + 1].whitespace_ or any(e.start < i + 3 and i < e.end and (e.start < i or e.end > i + 3)
                                                        for e in out):
                continue
            place = tokens[i + 2]
            if place.text[:1].isupper() and place.is_alpha and _gazetteer_is_place(self.gaz, place.text) \
                    and not self.ad.country_of(place.text):
                found.append(Span(self.doc, i, i + 3, label="ORG"))
        return self._with_found_spans(out, found)

    # --- clusters (run after ``_named``) --------------------------------------------------------------
    def _body_word_repeats(self) -> None:
        """``Acme has informed ... (Photo: Acme) ... added to Acme’s equity ... Early in March, Acme
        installed``: a body's one-word name (capitalised, no common noun, country, people or known
        place, no given or family name) that names an ORG cluster by name at least twice, or that is
        the name of a body with a legal form (``FIMBank plc`` for ``FIMBank``), is that body wherever
        the same word stands free (not yet a mention) and is no part of a longer name (no name word
        joined to it), where the model tagged it a place or a body or nothing (never a people or a person
        there). ``_body_name_repeats``
        reads untagged words in a clause's main slots only and never a word tagged a place."""
        names: dict[str, Cluster] = {}
        by_legal_form: dict[str, bool] = {}  # the word -> is the entry a name with a legal form
        forms = self.ad.words.company_word
        for cluster in self.clusters:
            if cluster.type != "ORG":
                continue
            parts = cluster.name.split()
            legal = len(parts) == 2 and parts[1].lower().rstrip(".") in forms
            name = parts[0] if legal else cluster.name
            if " " in name or not name.isalnum() or not name[:1].isupper() or name.isupper() \
                    or name.lower() in self.nouns or self.ad.country_of(name) \
                    or normalise_name(name) in self.ad.demonyms or name.lower() in self.ad.given_names \
                    or name.lower() in self.ad.family_names or self._known_place_name(name):
                continue
            if not legal and len({m.start for m in cluster.mentions if m.kind == "name"}) < 2:
                continue
            if name in names and names[name] is not cluster:
                if names[name] is not None and legal != by_legal_form.get(name, False):
                    # "Acme Oyj" and "Acme": one firm under its two names (split36); the plain name
                    # takes the word (the legal-form phase folds the two later)
                    if legal:
                        continue
                else:
                    names[name] = None  # two bodies of that word: neither
                    continue
            names[name] = cluster
            by_legal_form[name] = legal
        if not any(names.values()):
            return
        tokens, n = self.tokens, len(self.tokens)
        for tok in self._tokens_at(self._word_positions(), names):  # the names' own words, not every token
            cluster = names.get(tok.text)
            if cluster is None or tok.i in self.claimed:
                continue
            if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i:
                continue  # "a Zingo user": a modifier, not the body
            if tok.ent_type_ in {"NORP", "PERSON"}:
                continue  # the model read a people or a person there: its tags disagree, left as read
            joined = [tokens[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < n]
            if any(t.text[:1].isupper() and t.is_alpha and t.lower_ not in self.nouns and t.pos_ == "PROPN"
                   and t.lower_.rstrip(".") not in forms for t in joined):
                continue  # "Acme Business", "Ann Acme": a longer name
            if tok.i + 1 < n and tokens[tok.i + 1].lower_.rstrip(".") in forms:
                continue  # "Acme plc": the longer name is the model's or another rule's
            cluster.evidence.append(f"{tok.text!r} at {tok.idx}: the body's one-word name again (dev16e)")
            self._add(cluster, tok.i, tok.i + 1, "name", tok)

    def _known_place_name(self, name: str) -> bool:
        return bool(self.ad.capital_of(name)) or _gazetteer_is_place(self.gaz, name)

    def _firm_product_names(self) -> None:
        """``Acme Cloud Drawer is finally available ... Acme first started talking about Cloud Drawer``:
        a headline's name mention made of a word and a name the text also writes alone (a product), where the
        text writes that first word alone too, is the first word's: the glued mention, cut to the word,
        joins the body the word alone names (an ORG of that name); the cluster that held it keeps the
        product's name."""
        text_of = doc_text(self.doc)  # not doc.text: spaCy makes a Token per word on each access
        for cluster in list(self.clusters):
            if not self._listed(cluster):
                continue
            headline_end = text_of.find("\n")
            for g in [m for m in cluster.mentions if m.kind == "name" and m.end <= headline_end]:
                first, _, rest = text_of[g.start:g.end].partition(" ")
                if not rest or not first[:1].isupper() or not first.isalnum() or first.lower() in self.ad.given_names \
                        or self.ad.country_of(first) or normalise_name(first) in self.ad.demonyms or self._known_place_name(first):
                    continue  # "Qatar Airways", "China Eastern Airlines": a body named after a place
                last = rest.split()[-1]
                role = self.ad.role(last)
                if last.lower().rstrip(".") in self.ad.words.company_word or role is not None and role.kind == "org":
                    continue  # "Chrysler Group", "Apple Corps": the body's own name
                whole = text_of[g.start:g.end]
                if cluster.type == "PERSON" and any(m.kind == "name" and m.start > headline_end
                                                    and text_of[m.start:m.end] == whole for m in cluster.mentions):
                    continue  # "Ann Vale" a person the story names so again: a show named "Ann" is no firm of hers (names41)
                alone = [(c, m) for c in self.clusters for m in c.mentions
                         if m.kind == "name" and text_of[m.start:m.end] == first]
                # the product written alone, no part of a longer name ("Holm Dairy" is no "Holm")
                product = [k for k in re.finditer(r"\b" + re.escape(rest) + r"\b(?![ \t]+[A-Z0-9])", text_of)
                           if not g.start <= k.start() < g.end and not text_of[:k.start()].rstrip().endswith(first)]
                if not alone or not product:
                    continue
                counts: dict[int, int] = {}
                for c, _ in alone:
                    counts[id(c)] = counts.get(id(c), 0) + 1
                firm = next(c for c, _ in alone if counts[id(c)] == max(counts.values()))
                cluster.mentions.remove(g)
                firm.mentions.append(dataclasses.replace(g, end=g.start + len(first)))
                firm.evidence.append(f"{rest!r}: a product's name glued to {first!r} (dev16e)")
                if cluster is not firm:
                    if not cluster.mentions:
                        self.clusters.remove(cluster)
                        self.by_key[cluster.key] = firm
                    elif normalise_name(cluster.name) == normalise_name(text_of[g.start:g.end]):
                        cluster.name = rest
                firm.name, firm.type = first, "ORG"
                break

    def _regional_governments(self) -> None:
        """``the government of Balochistan``: a body named ``government`` with ``of`` and a
        first-order division or region the gazetteer knows (not a country) right after it is that
        division's government: its name is ``government of <Region>``, the mention spans it, and its
        country is the region's when it has none."""
        tokens, n = self.tokens, len(self.tokens)
        for cluster in self.clusters:
            if cluster.type != "ORG" or normalise_name(cluster.name) != "government":
                continue
            for idx, m in enumerate(cluster.mentions):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span[-1].lower_ != "government" or span.end + 1 >= n or tokens[span.end].lower_ != "of":
                    continue
                k = span.end + 1
                while k < n and k - span.end <= 4 and (tokens[k].text[:1].isupper() and tokens[k].is_alpha or (
                        tokens[k].text == "-" and k > span.end + 1 and not tokens[k].whitespace_)):
                    k += 1
                if k == span.end + 1:
                    continue
                region = self.doc[span.end + 1: k].text
                country = self._region_country(region)
                if country is None or cluster.country not in (None, country):
                    continue
                cluster.mentions[idx] = dataclasses.replace(m, end=tokens[k - 1].idx + len(tokens[k - 1].text))
                self.claimed.update(range(span.end, k))
                cluster.name = f"government of {region}"
                cluster.country = country
                cluster.evidence.append(f"{region!r}: the division the government is of (dev16e)")
                break

    def _region_country(self, region: str) -> str | None:
        if self.gaz is None or self.ad.country_of(region):
            return None
        found = {c.country for c in self.gaz.candidates(region) if c.primary and c.level in REGION_LEVELS - {"country"}}
        return found.pop() if len(found) == 1 else None

    def _acronym_city_codes(self) -> None:
        """``NTI-Lyon``, ``ABC-<City>``: a body's name made of an acronym glued by a hyphen to a
        place the gazetteer knows is that body's branch in the place: its country is the place's
        (the acronym alone may be another country's body in the tables)."""
        for cluster in self.clusters:
            if cluster.type != "ORG":
                continue
            match = ACRONYM_CITY.fullmatch(cluster.name)
            if match is None or self.gaz is None:
                continue
            found = sorted((c for c in self.gaz.candidates(match.group(2)) if c.primary),
                           key=lambda c: -(c.population or 0))
            if found and found[0].country:
                cluster.country = found[0].country

    def _titles_joined(self) -> None:
        """``Chinese State Councilor and Foreign Minister Wang Yi said``: capitalised titles joined
        by ``and`` before a person's name all belong to that person. The title (or a word of it)
        before ``and``, made a person of its own, is a mention of the named person; a nationality
        word opening the titles gives the person the country when none was read."""
        tokens = self.tokens
        text = doc_text(self.doc)  # not doc.text, which made a Token per word for every person
        owners: dict[int, Cluster] = {}  # first token of a titled person's mention -> its cluster
        for cluster in self.clusters:
            if cluster.type == "PERSON" and any(m.kind == "name" and " " in text[m.start:m.end]
                                                for m in cluster.mentions):
                for m in cluster.mentions:
                    span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None:
                        owners.setdefault(span.start, cluster)
        ranges: list[tuple[range, Cluster]] = []
        for start, person in sorted(owners.items()):
            k = start - 1
            while k > 0 and k > start - 4 and tokens[k].text[:1].isupper() and tokens[k].is_alpha and k - 1 not in owners:
                k -= 1  # "Foreign Minister" when only "Wang Yi" is the mention
            if tokens[k].lower_ != "and" or k == 0 or normalise_name(tokens[k - 1].text) not in self.ad.role_last_words:
                continue  # the words before "and" end in a title's noun ("... Councilor and"), not a name
            j = k - 1
            while j >= 0 and k - j <= 4 and tokens[j].text[:1].isupper() and tokens[j].is_alpha \
                    and not self.ad.country_of(tokens[j].text):
                j -= 1
            if j == k - 1 or j < 0:
                continue
            country = self.ad.country_of(tokens[j].text) if tokens[j].text[:1].isupper() else None
            if country and normalise_name(tokens[j].text) not in self.ad.adjectives:
                country = None  # "... Russia State Councilor": no nationality word
            first = j + (0 if country else 1)
            ranges.append((range(first, k), person))
            if country and person.country is None:
                person.country = country
        for other in list(self.clusters):
            if other.type != "PERSON" or any(w.lower() in self.ad.given_names for w in other.name.split()):
                continue  # a given name: someone else ("X and Ann Lee")
            spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in other.mentions]
            named = [s for s in spans if s is not None and s[0].text[:1].isupper() and s[0].lower_ not in self.ad.words.pronoun]
            homes = {id(p): p for s in named for titles, p in ranges if s.start in titles and s.end - 1 in titles}
            if not named or len(homes) != 1 or not all(any(s.start in t and s.end - 1 in t for t, _ in ranges) for s in named):
                continue
            person = next(iter(homes.values()))
            if person is other or not self._listed(person):
                continue
            person.evidence.append(f"{other.name!r}: a title joined by 'and' to the person's (dev16e)")
            self._fold(other, into=person)

    def _handles(self) -> None:
        """``@handle (Ann Lee)``, ``@handle (real name Ann Lee)``, ``@handle shows us ... His real
        name is Ann Lee``, ``@handle shared a photo ... The user, Ann Lee, said``: a social-media
        handle the text ties to a person's name is one of that person's names, a mention of them
        wherever it stands in the running text (not in brackets after another name: a post's byline);
        never a body or a person of its own. A handle tied to no one is left as it was."""
        tokens, n = self.tokens, len(self.tokens)
        if "@" not in doc_text(self.doc):
            return  # no handle without its mark: the usual article is done with one search
        handles = [tokens[i] for i, word in enumerate(self.words) if word[:1] == "@" and HANDLE.fullmatch(word)]
        if not handles:
            return
        starts: dict[int, Cluster] = {}  # first token of a person's full-name mention -> its cluster
        for cluster in self.clusters:
            if cluster.type != "PERSON":
                continue
            for m in cluster.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if m.kind == "name" and span is not None and len(span) >= 2:
                    starts.setdefault(span.start, cluster)
        nouns = self.ad.words.handle_noun
        tied: dict[str, Cluster] = {}
        for tok in handles:
            if tok.text in tied:
                continue
            i, person = tok.i, None
            k = i + 1
            if k < n and tokens[k].text == "(":
                k += 1
                if k + 1 < n and tokens[k].lower_ == "real" and tokens[k + 1].lower_ == "name":
                    k += 2
                person = starts.get(k)
            if person is None:  # "His real name is Ann Lee" / "The user, Ann Lee," in this or the next two sentences
                sent = self.sent_of[i]
                for j in range(i + 1, min(n - 3, i + 80)):
                    if self.sent_of[j] > sent + 2:
                        break
                    real = tokens[j].lower_ == "real" and tokens[j + 1].lower_ == "name" and tokens[j + 2].lower_ in {"is", ","}
                    user = tokens[j].lower_ == "the" and tokens[j + 1].lower_ in nouns and tokens[j + 2].text == "," \
                        and self.sent_of[j] > sent
                    if real or user:
                        person = starts.get(j + 3)
                    if person is not None:
                        break
            if person is not None:
                tied[tok.text] = person
        for tok in handles:
            person = tied.get(tok.text)
            if person is None or tok.i > 0 and tokens[tok.i - 1].text == "(":
                continue
            for other in list(self.clusters):  # the handle made a body or a person of its own
                if other is not person and any(m.start == tok.idx for m in other.mentions):
                    other.mentions = [m for m in other.mentions if m.start != tok.idx]
                    if not other.mentions:
                        self.clusters.remove(other)
                        self.by_key[other.key] = person
            if not any(m.start == tok.idx for m in person.mentions):
                person.evidence.append(f"{tok.text!r}: the person's handle (dev16e)")
                self.claimed.discard(tok.i)
                self._add(person, tok.i, tok.i + 1, "name", tok)

    def _body_appositions(self) -> None:
        """``Macho 29 , a group of ... entertainers``, ``Acme Grill , a yakiniku restaurant in Osaka``:
        an indefinite description right after a body's name and a comma set off by a space (a web
        page's layout: the parser hangs the description elsewhere; after a plain comma the stage reads
        a body's indefinite apposition as a predicate, ``_predicate_of_body``, and so where the parser
        made it the name's apposition), whose head
        noun is a body's (a role of kind org or group, a venue's noun, a business noun after a trade
        word), is a mention of the body, wherever the parser hung it; a name the model read as a
        person's (no given name in it) is the body's then."""
        tokens, n = self.tokens, len(self.tokens)
        words = self.ad.words
        for cluster in list(self.clusters):
            if cluster.type not in {"ORG", "PERSON"} or cluster.type == "PERSON" and (
                    any(w.lower() in self.ad.given_names for w in cluster.name.split()) or cluster.key.startswith("person:")
                    and len(cluster.mentions) > 1):
                continue
            for m in list(cluster.mentions):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if m.kind != "name" or span is None or span.end + 2 >= n or tokens[span.end].text != "," \
                        or not tokens[span.end - 1].whitespace_ or tokens[span.end + 1].lower_ not in words.indefinite_article:
                    continue
                k = span.end + 2
                while k + 1 < n and k - span.end < 5 and tokens[k + 1].pos_ in {"NOUN", "ADJ"} and tokens[k].pos_ in {"NOUN", "ADJ"}:
                    k += 1
                head = tokens[k]
                if head.pos_ != "NOUN" or any(i in self.claimed for i in range(span.end + 1, k + 1)):
                    continue
                role = self.ad.role(head.lemma_) or self.ad.role(head.text)
                body = role is not None and role.kind in {"org", "group"} or head.lower_ in words.venue_noun \
                    or head.lower_ in words.trade_body and k > span.end + 2 and tokens[k - 1].lower_ in words.trade_word
                if not body or cluster.type == "ORG" and head.dep_ == "appos" and head.head.i == span.root.i:
                    continue  # the parser's apposition to the body's name: the stage's own reading stands
                cluster.evidence.append(f"{self.doc[span.end + 1: k + 1].text!r}: an apposition to the body's name (dev16e)")
                self._add(cluster, span.end + 1, k + 1, "role", head)
                if cluster.type == "PERSON":
                    cluster.type = "ORG"
                break

    def _subsidiary_countries(self) -> None:
        """``Acme Bank Cyprus plc``, ``Acme Cyprus``: a firm's name that ends in a country's name (before
        its legal form, if any), after the words of another name, is the group's branch or subsidiary
        in that country: the country is the one its name says, not the group's (which the tables give
        for the group's name inside it)."""
        forms = self.ad.words.company_word
        for cluster in self.clusters:
            if cluster.type != "ORG":
                continue
            words = cluster.name.split()
            while len(words) > 2 and words[-1].lower().rstrip(".") in forms:
                words.pop()
            if len(words) < 2 or not words[0][:1].isupper():
                continue
            country = self.ad.country_name_of(words[-1])
            # "University of Georgia": a name of "<noun> of <place>" names its home, read by _division_of_name
            if country and cluster.country not in (None, country) and not self.ad.country_name_of(words[0]) \
                    and words[-2].lower() != "of":
                cluster.evidence.append(f"{words[-1]!r}: the country a branch's name says (dev16e)")
                cluster.country = country

    def _initials_named_later(self) -> None:
        """``gains in BOC and NTX ... Bank of Corinth plc rose``: capitals that are no mention yet (left
        untagged, or tagged as no rule kept; never a person's tag) and are the initials of exactly one
        body's name without its legal form (``plc``, ``Ltd``), named anywhere in the article, are that body (a market report writes the short name first);
        ``_untagged_initials`` reads bodies named before the capitals only, with the legal form."""
        forms = self.ad.words.company_word
        bodies = []
        for c in self.clusters:
            words = c.name.split()
            if c.type != "ORG" or len(words) < 3 or words[-1].lower().rstrip(".") not in forms:
                continue
            bodies.append((c, _initials(" ".join(words[:-1]))))
        if not bodies:
            return
        for tok in self.tokens:
            word = tok.text
            if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6) or tok.ent_type_ == "PERSON" \
                    or tok.i in self.claimed or tok.tag_ not in {"NN", "NNP", "NNPS"}:
                continue
            near = [self.tokens[j].text for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(self.tokens)]
            if any(w.isalpha() and w.isupper() and len(w) > 1 for w in near):
                continue
            fits = [c for c, letters in bodies if word in letters]
            if len(fits) == 1:
                fits[0].evidence.append(f"{word!r}: the initials of {fits[0].name} without its legal form (dev16e)")
                self._add(fits[0], tok.i, tok.i + 1, "name", tok)

    def _missions_of_states(self) -> None:
        """``visited the Embassy of the Republic of Peru in ...``: a mission's noun
        (``mission_noun``: embassy, consulate) made a body by itself, followed by ``of`` and a
        state's name (``the Republic of X`` too), is that state's mission: its name and mention span
        the whole phrase and its country is the state's (not the host country's)."""
        tokens, n = self.tokens, len(self.tokens)
        nouns = self.ad.words.mission_noun
        for cluster in self.clusters:
            if cluster.type != "ORG" or normalise_name(cluster.name) not in nouns:
                continue
            for idx, m in enumerate(cluster.mentions):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) != 1 or span.end + 1 >= n or tokens[span.end].lower_ != "of":
                    continue
                k, country = span.end + 1, None
                while k < n and k - span.end <= 6 and (tokens[k].text[:1].isupper() or tokens[k].lower_ in {"the", "of"}):
                    k += 1
                    found = self.ad.country_name_of(self.doc[span.end + 1: k].text.removeprefix("the ")) \
                        or self.ad.country_of(tokens[k - 1].text)
                    if found and tokens[k - 1].text[:1].isupper():
                        country, end = found, k
                if country is None or any(i in self.claimed for i in range(span.end, end)
                                          if not any(x.start <= tokens[i].idx < x.end for c in self.clusters
                                                     if c.type == "GPE" for x in c.mentions)):
                    continue
                cluster.mentions[idx] = dataclasses.replace(m, end=tokens[end - 1].idx + len(tokens[end - 1].text))
                cluster.name = self.doc[span.start: end].text
                cluster.country = country
                cluster.evidence.append(f"{cluster.name!r}: a state's mission (dev16e)")
                break

    def _saint_institutions(self, ents: list[Span]) -> list[Span]:
        """``St. Agnes Children's Heart Hospital``, ``Saint Clare High School``: a saint's name
        (``St.``, ``St``, ``Saint`` and a capitalised word), then capitalised words (a possessive
        ``'s`` among them) ending in an institution's noun (``saint_building``: hospital, school,
        church ...) is one body's name, however the model cut it (the saint a place, the words
        before the possessive one body and the tail another). The saint's words written alone later
        (``gave to St. Agnes``) are that body's short name (``_saint_short_names``); ents33."""
        tokens, n = self.tokens, len(self.tokens)
        buildings = self.ad.words.saint_building - {"catholic"}
        found: list[Span] = []
        positions = self._word_positions()
        for i in sorted(i for word in ("St.", "St", "Saint") for i in positions.get(word, ()) if i < n - 2):
            k, end = i + 1, None
            while k < n and k - i <= 8 and not (k > i + 1 and tokens[k].is_sent_start and tokens[k].text[:1] != "'"):
                word = self.words[k]
                if word in {"'s", "’s"} and k > i + 1:
                    k += 1
                    continue
                if not (word[:1].isupper() and word.isalpha()):
                    break
                if k > i + 1 and word.lower() in buildings:
                    end = k + 1
                k += 1
            if end is None or not (self.words[i + 1][:1].isupper() and self.words[i + 1].lower() not in buildings):
                continue
            found.append(Span(self.doc, i, end, label="ORG"))
        self.saint_bodies = [(s.start, s.end) for s in found]
        return self._with_found_spans(ents, found + self._units_at_found(ents, found))

    def _units_at_found(self, ents: list[Span], found: list[Span]) -> list[Span]:
        """``the Zorvex Institute of Politics at St. Anselm's College`` tagged as one body, the
        institution after ``at`` found as a name of its own: the words before ``at`` (two or more,
        the last capitalised) are the name of another body housed there (as ``_bodies_at_bodies``
        reads it), not dropped with the span the found name replaces (names39)."""
        units: list[Span] = []
        for f in found:
            at = f.start - 1
            if at < 1 or self.words[at].lower() != "at":
                continue
            for e in ents:
                if e.label_ != "ORG" or not e.start < at < f.start < e.end:
                    continue
                left = [t for t in self.tokens[e.start: at] if t.tag_ != "DT"]
                if len(left) >= 2 and left[-1].text[:1].isupper():
                    units.append(Span(self.doc, e.start, at, label="ORG"))
        return units

    def _saint_short_names(self) -> None:
        """The saint's words of a body named after a saint (``St. Agnes`` of ``St. Agnes Children's
        Heart Hospital``, see ``_saint_institutions``) written alone elsewhere, no capitalised word
        after them, are that body's mention (also inside quotations: ``gave to St. Agnes``); a
        short name two such bodies share names neither, and one the gazetteer knows as a place
        (``St. Louis``) is the place's."""
        bodies: dict[tuple[str, str], list[Cluster]] = {}
        for start, _end in getattr(self, "saint_bodies", ()):
            cluster = self._cluster_at(start)
            if cluster is None or cluster.type != "ORG":
                continue
            short = f"{self.words[start]} {self.words[start + 1]}"
            if any(_gazetteer_is_place(self.gaz, form) for form in (short, short.replace("St. ", "Saint "))):
                continue  # "St. Louis Children's Hospital ... in St. Louis": the city, a place of that name
            key = (self.words[start].rstrip(".").lower(), self.words[start + 1])
            if cluster not in bodies.setdefault(key, []):
                bodies[key].append(cluster)
        tokens, n = self.tokens, len(self.tokens)
        for (saint, name), owners in bodies.items():
            if len(owners) != 1:
                continue
            for tok in self._with_lower({name.lower()}):
                i = tok.i
                if i == 0 or self.words[i] != name or self.words[i - 1].rstrip(".").lower() != saint:
                    continue
                if {i - 1, i} & self.claimed or any(m.start <= tokens[i].idx < m.end for m in owners[0].mentions):
                    continue
                following = self.words[i + 1] if i + 1 < n else ""
                if following[:1].isupper() or following in {"'s", "’s"}:
                    continue
                self._add(owners[0], i - 1, i + 1, "name", tokens[i])
                self.claimed.update({i - 1, i})
