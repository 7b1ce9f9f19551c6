"""Links of unnamed persons (a headline's label, a lead's description, kin, a client) to the one named person each fits.

Each link is made only when exactly one named person fits (never a guess between two); the parties
the text gives people (``Tom Reed (R-Ohio)``) are read here for it. Run after the descriptions (phase
C2) by ``EntityResolver``: the methods read and change the resolver's state (``self.tokens``,
``self.clusters``, ``self.claimed`` ...) exactly as its own do; ``resolve`` in components/entities.py
runs them in order."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cached_property

from spacy.tokens import Span, Token

from newsevents.actors import normalise_name
from newsevents.components.entities_base import (
    DESCRIPTION_WINDOW,
    PARTY_BRACKET,
    PARTY_COMMA,
    SUBJECT_DEPS,
    Cluster,
    Description,
    Mention,
)
from newsevents.docquery import doc_text

# A news brief's headline is a short line: longer, a one-sentence paragraph is a story's sentence
MAX_BRIEF_HEADLINE_WORDS = 15


def fits_kin_before(kin: list[Cluster], start_char: int) -> bool:
    """Whether one of ``kin`` is named before ``start_char`` (then the rule of those named before reads it)."""
    return any(m.end <= start_char for c in kin for m in c.mentions)


class PersonLinkRules:
    """The rules of this concern; each says which pattern it reads and why."""

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
            # "The man who claims that <Name> assaulted him is ...": a person named only inside the description
            # that opens the sentence is not whom it tells of (ents45)
            named = [c for c in named if any(m.kind == "name" and m.sent == k and not self._inside_opening_description(m.head)
                                             for m in c.mentions)]
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

    def _inside_opening_description(self, tok: Token) -> bool:
        """Whether ``tok`` stands after the relative pronoun of a description that opens its sentence
        (``The woman who says that <Name> struck her is ...``): the sentence tells of the one it describes,
        and a person named inside the description is someone else (read from the words: the parser often
        breaks such a subject; ents45)."""
        sent = self.sents[self.sent_of[tok.i]]
        words = [t for t in sent if not t.is_space]
        if not words or words[0].lower_ not in {"the", "a", "an"}:
            return False
        for k, t in enumerate(words[1:7], start=1):
            if t.i >= tok.i:
                return False
            if t.lower_ in {"who", "whom"} and words[k - 1].tag_ == "NN":
                return True
            if not (t.is_lower and t.is_alpha):
                return False
        return False

    def _demonstrative_subjects(self, persons: list[Cluster]) -> None:
        tokens = self.tokens
        # from the demonstratives (the index of forms), not a walk over every word: the subject is
        # the head of the determiner that opens it; subjects of different determiners have only
        # adjectives and adverbs between determiner and noun, so they come in the same text order
        for first in self._with_lower(self.ad.words.lookback_determiner):
            if first.dep_ != "det":
                continue
            t = tokens[first.head.i]
            s = self.sent_of[t.i]
            if s == 0 or t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN" or t.left_edge.i != first.i:
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
            if m.kind == "pronoun":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            opening = self._identifying_opening(m, span)
            if m.sent > last and not opening:
                return None
            subject = m.head.dep_ in {"nsubj", "nsubjpass"}
            indefinite = span[0].lower_ in self.ad.words.indefinite_article and subject
            bare = span.start == self.sents[m.sent].start and span[0].tag_ not in {"DT", "PRP$", "CD"} \
                and (subject or m.head.dep_ == "ROOT")
            if not (indefinite or bare or opening):
                continue
            nxt = m.sent + 1
            if nxt >= len(self.sents):
                return None
            there = [c for c in named if any(x.kind == "name" and x.sent == nxt for x in c.mentions)]
            if not there:
                continue
            fit = [c for c in there if self._person_gender(c) in (None, gender) and not c.title
                   and not self._called_by_person_noun(c)]
            if len(fit) != 1:
                return None
            target = fit[0]
            if any(x.start < m.start or x.kind == "name" and x.sent < nxt for x in target.mentions):
                return None  # named before: the description is someone else (or looks back)
            return target
        return None

    def _identifying_opening(self, m: Mention, span: Span) -> bool:
        """``The homeless woman accused of driving onto a sidewalk told police ... . Ann Roe, 24, will be
        charged``: a paragraph (a news brief's, a story's) may open with a definite description whose
        clause after the noun (a participle, ``accused of``, or a relative clause) says which one person is
        meant, and name that person in the next sentence (the definite form of a lead's ``a woman``). The
        description is its sentence's subject, opens it, and the sentence opens its paragraph
        (issue 15, descs40)."""
        here = m.sent
        if span[0].lower_ != "the" or span.start != self.sents[here].start or m.head.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        if here > 0 and self.paragraph_of[here] == self.paragraph_of[here - 1]:
            return False
        return any(c.i > m.head.i and (c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"})
                   for c in m.head.children)

    def _brief_headline_mentions(self, opening: int) -> list[tuple[Cluster, Mention]]:
        """``'Stoic' driver identified in crash. / The homeless woman accused of ...``: in a column of news
        briefs each brief has a headline of its own, a short line alone in its paragraph right before the
        brief's opening, whose bare subject noun (no article) stands for the brief's person: the person
        descriptions that are such a headline's subject, before the sentence ``opening``, with the entity
        that holds each (an unnamed description's own, or a person named only before the headline whom a
        look back gave it: the brief is about someone else; issue 15, descs40)."""
        line = opening - 1
        if line < 0 or self.paragraph_of[line] == self.paragraph_of[opening] \
                or (line > 0 and self.paragraph_of[line - 1] == self.paragraph_of[line]) \
                or sum(1 for t in self.sents[line] if not t.is_punct and not t.is_space) > MAX_BRIEF_HEADLINE_WORDS:
            return []
        found = []
        for c in self.clusters:
            if c.type != "PERSON":
                continue
            unnamed = c.key.startswith("role:")
            if not unnamed and (not c.key.startswith("person:") or any(
                    m.kind == "name" and m.sent >= line for m in c.mentions)):
                continue
            for m in c.mentions:
                if m.sent != line or m.kind in {"pronoun", "name", "title"} \
                        or m.head.dep_ not in {"nsubj", "nsubjpass", "ROOT"} \
                        or any(t.tag_ in {"DT", "PRP$", "CD"} for t in m.head.lefts):
                    continue
                if unnamed and any(x.sent != line for x in c.mentions):
                    continue  # an unnamed description that goes on past its headline is someone of its own
                found.append((c, m))
        return found

    def _called_by_person_noun(self, cluster: Cluster) -> bool:
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
        """The one named person a description stands for, or None. A candidacy description (``the
        Democratic nominee``) is first read among those the text gives no other state office; when none
        of them is meant, among all: one stands for an office while holding another, but a president
        named beside a nominee is not the nominee (roles39)."""
        found = self._only_fit_once(description, named, facts, False)
        if found is None and description.kind == "identity" and description.noun in self.ad.words.candidacy_noun:
            found = self._only_fit_once(description, named, facts, True)
        return found

    def _only_fit_once(
        self, description: Description, named: list[Cluster], facts: dict[int, tuple[set[str], int | None]],
        office_holders: bool,
    ) -> Cluster | None:
        start_char = self.tokens[description.start].idx
        if description.introduced and description.kind == "role":
            return None  # "a woman leader": an office's noun after "a" is nobody's title
        if self._lead_description(description) and not description.introduced:
            return self._race_leader(description, named, facts)
        owner = self._cluster_at(description.owner) if description.owner is not None else None
        owner = self._kin_owner(description, owner)
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
            if self._byline_writer(cluster):
                continue  # "... wounded.--Ann Lee.": the writer credited is nobody the story describes (codes40)
            if self._other_argument(description, cluster):
                continue  # "Pop star X endorsed the Democratic candidate": the one endorsed is not X
            if self._subject_of_joined_clause(description, cluster):
                continue  # "X pulled clear and the champion could not respond": the champion is not X
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
            # a party's member (PTY, OPP: "Republican Tom Reed") holds a membership, not an office: any trade
            # may be theirs ("the billionaire businessman"), as a police chief's may not (issue 15, descs41)
            own = [x for x in cluster.sectors if x not in self.ad.words.party_sector]
            state = [x for x in own if x in self.ad.words.state_sector]
            wanted = [x for x in description.sectors if x in self.ad.words.state_sector]
            if office_holders and self._reports_on(description, cluster):
                continue  # "Sen. X blocked the nomination, saying the nominee was soft": not X
            if (theirs or description.noun in self.ad.words.party_word or office_holders) and description.kind == "identity":
                # "the Democratic candidate" may hold any office now ("Sen. Ann Lee (D-N.Y.)"); so may
                # "the nominee" on the second reading (_only_fit), whatever party the text gives (or
                # does not give) the governor it stands for
                pass
            elif (wanted and cluster.sectors and not set(wanted) & set(cluster.sectors)) or (
                    not wanted and state and len(state) == len(own)):
                # "the president" is no singer; "the singer" is no police chief (but "the
                # Democratic nominee" may be a party's or a state's person). A past office ("the
                # former FBI chief") may be a state's person the text describes so ("Former FBI
                # director Tom Reed", coded COP), never one who merely fits.
                # A description the text says of the person in so many words ("billionaire candidate
                # Tom Reed ... The businessman said"; businessman names a billionaire in kind_nouns.tsv)
                # is that person's whatever office the tables also give them (ents36)
                if (past or description.kind == "identity") and not wanted and (
                        self._said_so(description, words, age) or self._regional_title_said(description, words)):
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
            division = self._description_divisions(description.start, description.end) if len(explicit) > 1 else set()
            homes = [c for c in explicit if division & self._home_divisions(c)]
            if len(homes) == 1:
                # "Sen. Ann Lee wins her home state of Florida ... Sen. Tom Reed ... The Florida senator": of
                # two the text calls senator, the one it gives that state (roles39)
                homes[0].evidence.append(f"{self._text(description)!r}: of those the text calls so, the one it "
                                         f"gives that state")
                return homes[0]
            if not homes and division:
                left = self._only_seat_left(description, explicit, named, division, start_char)
                if left is not None:
                    return left
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
            headline = {t.i for t in self._headline_words()}
            kin = [c for c in named if id(owner) in self._relation_owners(c, description.noun)]
            if not fits_kin_before(kin, start_char) and description.start in headline and len(kin) == 1:
                # "Senator Gives Award To Daughter Of Slain Officer" / "Ann Lee, the daughter of slain officer
                # Tom Reed, ...": a headline tells of the person the story names after it; the one the text
                # calls the owner's relative by that noun (issue 15, descs40)
                kin[0].evidence.append(f"{self._text(description)!r}: the headline's, of the one the story calls so")
                return kin[0]
            # "Ann Lee, the daughter of Tom Lee, ... the death of her father": the one person named before
            # whose relative the text says the owner is by a noun of the converse relation (issue 15, descs40)
            kin = self._converse_kin(description, owner, fits)
            if kin is not None:
                return kin
        if not explicit and description.kind == "relation" and owner is not None and description.noun \
                and description.noun in self.ad.words.spouse_noun:
            # "He thanked his wife ... He said his wife, Ann, said ...": one has one spouse, and the
            # person the text later calls the owner's spouse by that noun is the one meant (ents33)
            later = [c for c in named if id(owner) in self._relation_owners(c, description.noun)
                     and not any(m.end <= start_char for m in c.mentions)
                     and (description.gender is None or c.gender in (None, description.gender))]
            if len(later) == 1:
                later[0].evidence.append(f"{self._text(description)!r}: the one the text later calls so")
                return later[0]
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
        if not explicit and len(fits) > 1 and self.ad.words.state_sector & set(description.sectors) \
                and not description.introduced and description.noun:
            # "Ann Lee and Tom Reed spoke. The Vermont senator said": of several who fit, the one the
            # actor dictionary says holds an office of that noun on the publication day (ents38)
            holding = [c for c in fits if self._holds_office_of(c, description.noun)]
            if len(holding) == 1 and self._regional_office(description) and any(
                    c not in fits and self._holds_office_of(c, description.noun)
                    and any(m.end <= start_char for m in c.mentions) for c in named):
                # "Sen. Ann Lee (the tables: a senator) ... candidate Tom Reed (a senator too) ... The
                # Vermont senator": the tables give no state, and two named before hold the office;
                # only the state the text gives one of them may choose (roles39)
                division = self._description_divisions(description.start, description.end)
                holding = [c for c in named if self._holds_office_of(c, description.noun)
                           and division & self._home_divisions(c)]
                if len(holding) != 1:
                    return None  # no guess, nor a fall to someone merely nearby
            if len(holding) == 1:
                holding[0].evidence.append(f"{self._text(description)!r}: the only person named before who holds "
                                           f"that office on the publication day")
                return holding[0]
        untitled = [c for c in fits if not c.title and not c.sectors]
        if not explicit and not private_role and len(untitled) == 1 and len(fits) > 1 \
                and self.ad.words.state_sector & set(description.sectors) and not description.introduced \
                and all(c.title for c in fits if c is not untitled[0]) and self._regional_office(description):
            # "Majority Leader Tom Belling said ... Dana Whitcombe said ... The Oregon senator declined":
            # those the text titled by another office are called by it; the one untitled person who fits
            # is read as above, nearby only (persons31)
            fits, private_role = untitled, True
        if not explicit and fits and (len(fits) > 1 or private_role) and (
                description.kind in {"identity", "age"} or private_role) and not self._title_before_name(description):
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
            topic = None
            if description.kind == "identity":
                topic = self._topic_person(near, description, start_char) if near else self._topic_person(fits, description, start_char, False)
            if topic is not None:
                topic.evidence.append(f"{self._text(description)!r}: the person the story is about, nearby and fitting")
                self.topic_described.add(id(description))
                return topic
            # two or more nearby who fit alike: no link, not the one named last (issue 15, s19-guess19:
            # "A won the first set. B levelled. The 24-year-old took the decider" may be either)
        return None

    def _only_seat_left(self, description: Description, explicit: list[Cluster], named: list[Cluster],
                        division: set[int], start_char: int) -> Cluster | None:
        """``Sen. Ann Lee, the Ohio senator, ... Texas Sen. Tom Reed ... Sen. Jim Vale ... The Florida senator``:
        of those named before whom the text calls by the office, every one whose state it gives is of another
        state, and one whose state it never gives is left: that one, when the text says the others' states
        to tell them apart. A description with a word of the past (``the former Florida governor``) is only
        one the text calls a former holder, one without it only one it does not. Nobody else named before
        whom the office holders' table gives that office (an untitled holder may be the one meant), and two
        left: no link (issue 15, descs41)."""
        former = self.ad.words.former_word
        past = any(t.lower_ in former for t in self.tokens[description.start: description.end])
        before = [c for c in explicit if any(m.end <= start_char for m in c.mentions)]
        homes = {id(c): self._home_divisions(c) for c in before}
        elsewhere = [c for c in before if homes[id(c)] and not homes[id(c)] & division]
        left = [c for c in before if not homes[id(c)] and past == bool(self._person_facts(c)[0] & former)]
        if not elsewhere or len(left) != 1 or any(
                c not in explicit and any(m.end <= start_char for m in c.mentions)
                and self._holds_office_of(c, description.noun or "") for c in named):
            return None
        left[0].evidence.append(f"{self._text(description)!r}: of those the text calls so, the only one it gives "
                                f"no other state")
        return left[0]

    def _subject_of_joined_clause(self, description: Description, cluster: Cluster) -> bool:
        """``Tom Reed pulled clear on lap 40 and the reigning champion could not respond``: a description
        that is the subject of a clause joined by ``and``/``but`` to one whose subject names the person
        is someone else -- the same person would go unsaid (``and could not respond``) or be ``he``
        (giveme40). Not after a subject of two joined by ``and`` (``Ann Lee and Tom Reed are tied, and the
        Texas senator ...``): the description picks one of them out."""
        head = self.doc[description.start: description.end].root
        verb = head.head
        if head.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"}:
            return False
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
            return False
        return any(m.kind == "name" and m.head.i == subjects[0].i for m in cluster.mentions)

    def _reports_on(self, description: Description, cluster: Cluster) -> bool:
        """Whether ``cluster`` is the subject of a verb of saying whose clause holds the description
        (``X ..., saying the nominee was soft``, ``X said the candidate ...``): one reports on someone
        else, not on themselves by a description (roles39)."""
        tok = self.tokens[description.end - 1]
        heads = {m.head.i for m in cluster.mentions}
        while tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in self.speech_verbs:
                owner = tok.head if tok.dep_ in {"advcl", "xcomp", "conj"} and not any(
                    c.dep_ in SUBJECT_DEPS for c in tok.children) else tok
                if any(c.dep_ in SUBJECT_DEPS and c.i in heads for c in owner.children):
                    return True
        return False

    def _holds_office_of(self, cluster: Cluster, noun: str) -> bool:
        """Whether the actor dictionary says the person holds, on the publication day, an office
        whose last word is ``noun`` (``united states senator`` for ``senator``)."""
        last = normalise_name(noun).split()[-1:]
        return bool(last) and any(h.holds_on(self.published) and h.office.split()[-1:] == last
                                  for h in self.ad.holders_by_name.get(normalise_name(cluster.name), []))

    def _topic_person(self, near: list[Cluster], description: Description, start_char: int,
                      next_to: bool = True) -> Cluster | None:
        """``Tom Reed at 60 ... Reed was a senator ... Tom Reed has run ... According to his doctor, the
        veteran politician is ...``: of several nearby who fit an occupation's description, the
        person the story is about -- the one its headline names, the subject of the sentence right
        before, mentioned (name or pronoun) before the description at least three times as often
        as each of the others -- is the one described; a description continues the story of its
        topic (ents36). With no one nearby (``next_to`` false: ``near`` holds everyone named before who
        fits), the topic need only be mentioned in the paragraph before or the description's own
        (``The candidate's feed ...`` a paragraph after ``... that Tom Reed exhibits ...``). None when
        no one is so."""
        headline = self._headline_words()
        if not headline:
            return None
        first, last = headline[0].idx, headline[-1].idx + len(headline[-1].text)
        here = self.sent_of[description.start]
        counts = {id(c): sum(1 for m in c.mentions if m.end <= start_char) for c in near}
        for c in near:
            if not any(first <= m.start < last and m.kind == "name" for m in c.mentions):
                continue
            if next_to and not any(m.sent == here - 1 and m.head.dep_ in SUBJECT_DEPS for m in c.mentions):
                continue
            paragraph = self.paragraph_of[here]
            if not next_to and not any(paragraph - 1 <= self.paragraph_of[m.sent] <= paragraph and m.end <= start_char
                                       for m in c.mentions):
                continue
            if all(counts[id(c)] >= 3 * counts[id(o)] for o in near if o is not c):
                return c
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

    def _campaign_owner(self, cluster: Cluster, before: int) -> bool:
        """``<Name>'s campaign``, ``the <Name> campaign``, ``his bid``, before a race leader's description:
        one who owns a contest (``contest_noun``: campaign, bid, candidacy) stands in the race the
        description speaks of (ents42)."""
        nouns = self.ad.words.contest_noun
        return any(m.end <= before and m.kind in {"name", "pronoun"} and m.head.dep_ in {"poss", "compound"}
                   and m.head.head.pos_ == "NOUN" and m.head.head.lemma_.lower() in nouns for m in cluster.mentions)

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
        # only words whose squeezed form may end a leader's noun (each distinct word tested once)
        ends, positions = self._lead_noun_ends, self._word_positions()
        for i in sorted(i for word, where in positions.items() if self._squeezed(word) in ends for i in where):
            tok = self.tokens[i]
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
        restated = self._restated_after_colon(description)
        if restated is not None and any(restated is c for c in pool):
            # "a worrying sign for the front-runner: She is losing ...": the clause after the colon
            # says who, its subject pronoun already read as a person named before (not one said to trail)
            restated.evidence.append(f"{self._text(description)!r}: restated after a colon by a pronoun of {restated.name}")
            return restated
        # a donor or an official named most is no front-runner: only those the text says stand count.
        # Two or more who stand: no link (the one named far more often was taken until s19-guess19:
        # salience, no evidence of who leads; issue 15)
        running = [c for c in pool if self._candidate(c) or facts[id(c)][0] & self.ad.words.candidacy_noun
                   or self._campaign_owner(c, start_char)]
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

    def _restated_after_colon(self, description: Description) -> Cluster | None:
        """The person a description ending before a colon is restated as: the subject pronoun that
        opens the clause after the colon (``... for the front-runner: she has ...``), when that
        pronoun was read as someone's."""
        end = description.end
        if end + 1 >= len(self.tokens) or self.tokens[end].text != ":":
            return None
        after = self.tokens[end + 1]
        if after.lower_ not in self.ad.words.pronoun or after.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        return self._cluster_at(after.i)

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
        # "Tom Reed and his son Dan Reed, the former mayor,": the name may be the apposition of the second
        # conjunct's noun (or its compound): climb to the conjunct (issue 15, descs40)
        while before.dep_ in {"appos", "compound"} and before.head.i < before.i and before.head.dep_ == "conj":
            before = before.head
        return before.dep_ == "conj" and before.head.i == appos.head.i

    def _relation_owners(self, cluster: Cluster, relation: str | None = None) -> set[int]:
        """Whose relative the text says a person is: the possessor of the relation noun in their
        title or apposition (``Ann Lee's estranged husband Tom Dunn``, ``her husband, Tom Dunn``), or of a
        relation description linked to them before (``Ann's husband`` in a headline, then ``her husband`` of
        the same Ann: one article calls one person the same owner's relative by one noun; ents43);
        with ``relation``, only of that noun (``son``)."""
        owners: set[int] = set()
        for m in cluster.mentions:
            if m.kind in {"title", "description"}:
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
                for poss in self._relation_possessors(noun):
                    # a description's own span holds its possessor ("Ann's husband"): the owner is another's mention
                    found = self._cluster_at(poss.i) if m.kind != "description" else self._other_cluster_at(poss.i, cluster)
                    if found is not None:
                        owners.add(id(found))
        return owners

    def _converse_kin(self, description: Description, owner: Cluster, fits: list[Cluster]) -> Cluster | None:
        """``Ann Lee, the daughter of Tom Lee, ... the death of her father``: the one person named before
        (``fits``) whose relative the text says the owner is, by a noun of the converse relation
        (``kin_converse``: a father's daughter, a wife's husband); two: no link (issue 15, descs40)."""
        converse = self.ad.words.kin_converse.get(description.noun or "", frozenset())
        owned_by = set().union(*(self._relation_owners(owner, noun) for noun in converse)) if converse else set()
        kin = [c for c in fits if id(c) in owned_by and c is not owner]
        if len(kin) != 1:
            return None
        kin[0].evidence.append(f"{self._text(description)!r}: the one person named before whose "
                               f"{'/'.join(sorted(converse))} the text says {owner.name} is")
        return kin[0]

    def _kin_owner(self, description: Description, owner: Cluster | None) -> Cluster | None:
        """Whose relative ``her father`` is: the person its possessive pronoun was linked to, unless
        the text gives that person no relative by the noun or its converse (``kin_converse``) and
        gives one to exactly one other person of the pronoun's gender named before it in its sentence
        (``Kim Hale praised Ann Lee, the daughter of Tom Lee, for ... the death of her father``: the
        pronoun stands for Ann Lee, whose father the text names; issue 15, descs40)."""
        if owner is None or description.kind != "relation" or description.owner is None:
            return owner
        poss = self.tokens[description.owner]
        if poss.pos_ != "PRON":
            return owner
        nouns = {description.noun or ""} | self.ad.words.kin_converse.get(description.noun or "", frozenset())

        def has_kin(one: Cluster) -> bool:
            if any(self._relation_owners(one, noun) for noun in nouns - {description.noun}):
                return True  # the text names whose daughter one is
            return any(id(one) in self._relation_owners(c, description.noun) for c in self.clusters if c is not one)

        if has_kin(owner):
            return owner
        gender = self.ad.words.pronoun.get(poss.lower_)
        sent = self.sent_of[poss.i]
        others = [c for c in self.clusters if c is not owner and c.type == "PERSON" and c.key.startswith("person:")
                  and (gender is None or c.gender in (None, gender))
                  and any(m.kind == "name" and m.sent == sent and m.end <= poss.idx for m in c.mentions)]
        kin = [c for c in others if has_kin(c)]
        return kin[0] if len(kin) == 1 else owner

    def _relation_possessors(self, noun: Token) -> list[Token]:
        """Whose relative a relation noun says someone is: its possessive (``Ann Lee's husband``, ``her
        husband``), or the named person of an ``of`` phrase right after it (``the daughter of Tom Lee``,
        ``the daughter of Senate candidate Tom Lee``, a title or description the text links to a named
        person; issue 15, descs40). A number after ``of`` (``mother of three``) and a noun of no named
        person (``the daughter of a farmer``) are no one's: only a token of a named person's mention
        (not a pronoun) is returned."""
        found = [c for c in noun.children if c.dep_ == "poss"]
        if found:
            return found
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.i + 1:
                for obj in prep.children:
                    cluster = self._cluster_at(obj.i) if obj.dep_ == "pobj" and obj.pos_ in {"PROPN", "NOUN"} else None
                    if cluster is not None and cluster.type == "PERSON" and cluster.key.startswith("person:") \
                            and any(m.kind != "pronoun" and m.start <= obj.idx < m.end for m in cluster.mentions):
                        # a name, or a title or description already linked to a named person ("Daughter Of
                        # Slain Principal" in a headline, "the son of the senator")
                        found.append(obj)
        return found

    def _title_before_name(self, description: Description) -> bool:
        """short39: ``said Harbor City chief of detectives Tom Reed``: a description followed by ``of`` and
        up to three lower-case words, then a person's name, is that person's title (the role phase did not
        join them); never a guess at someone named nearby."""
        tokens = self.tokens
        k = description.end
        if k >= len(tokens) or tokens[k].lower_ != "of":
            return False
        k += 1
        while k < len(tokens) and k - description.end <= 4 and tokens[k].is_lower and tokens[k].is_alpha:
            k += 1
        return k < len(tokens) and tokens[k].ent_type_ == "PERSON" and tokens[k].ent_iob_ == "B"

    def _cluster_at(self, i: int) -> Cluster | None:
        token = self.tokens[i]
        for cluster in self.clusters:
            if any(m.start <= token.idx < m.end for m in cluster.mentions):
                return cluster
        return None

    def _other_cluster_at(self, i: int, not_this: Cluster) -> Cluster | None:
        """The entity other than ``not_this`` with a mention over token ``i``."""
        token = self.tokens[i]
        return next((c for c in self.clusters if c is not not_this
                     and any(m.start <= token.idx < m.end for m in c.mentions)), None)

    def _text(self, description: Description) -> str:
        return self.doc[description.start: description.end].text
