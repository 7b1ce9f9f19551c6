"""Descriptions: a description of someone the article names (``the singer``, ``the 45-year-old``) joins that person.

Phase C2 of ``EntityResolver``: the methods read and change the resolver's state
(``self.tokens``, ``self.clusters``, ``self.claimed`` ...) exactly as its own do; ``resolve`` in
components/entities.py runs them in order."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.actors import normalise_name
from newsevents.components.entities_base import (
    AGE_APPOSITION,
    CLAUSE_ARGUMENTS,
    CLAUSE_OBJECTS,
    CLAUSE_SUBJECTS,
    DESCRIPTION_WINDOW,
    SUBJECT_DEPS,
    Cluster,
    Description,
    Mention,
    _age_value,
    _initials,
    understood_subject,
)
from newsevents.docquery import clause_verb, doc_text


def _head_moved(a: list[str], b: list[str]) -> bool:
    """Whether one name is the other with its head noun moved before an ``of`` (``department of labor``,
    ``labor department``; words as ``normalise_name`` gives them)."""
    for x, y in ((a, b), (b, a)):
        if "of" in x[1:]:
            k = x.index("of", 1)
            rest = x[k + 1:]
            rest = rest[1:] if rest[:1] == ["the"] else rest
            if k == 1 and rest and rest + x[:1] == y:
                return True
    return False


def _disagrees(description: Description, target: Cluster) -> bool:
    """A description of a woman is no man, and one of a country's people no one of another country: the two
    checks every rule that links a description to a person named near it makes first."""
    gender = description.gender or description.pronoun_gender
    if gender and target.gender and gender != target.gender:
        return True
    return bool(description.country and target.country and description.country != target.country)


class DescriptionRules:
    """The rules of this concern; each says which pattern it reads and why."""

    def _link_descriptions(self) -> None:
        """``the singer``, ``the former FBI chief``, ``her husband``, ``the 45-year-old``: a
        description of someone the article names joins that person's entity when exactly one
        named person fits it; with two that fit, it stays an entity of its own."""
        named = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        facts = {id(c): self._person_facts(c) for c in named}
        for cluster in [c for c in self.clusters if c.key.startswith("role:") and c.mentions]:
            first = min(cluster.mentions, key=lambda m: m.start)
            span = self.doc.char_span(first.start, first.end, alignment_mode="expand")
            if span is None or cluster.role is None:
                continue
            description = self._description_of(span, cluster)
            target = self._only_fit(description, named, facts)
            if target is not None and self._coordinated_with(span.root, target):
                # "the retired surgeon and the businessman": two descriptions joined by "and"
                # are two people; the second is someone else, or nobody
                target = self._only_fit(description, [c for c in named if c is not target], facts)
            if target is None:
                target = self._named_next(description, span, named, facts)
            if target is None:
                target = self._quote_continuing_subject(description, span, named, facts)
            if target is not None:
                target.mentions += [Mention(m.start, m.end, "description", m.head, m.sent) for m in cluster.mentions]
                # a past office ("the retired teacher") gives none of its sectors
                given = description.sectors if description.kind == "identity" else cluster.sectors
                if target.sectors and self._seat_office_said(description, facts[id(target)][0]):
                    given = []  # "the Pentagon chief": the seat's sectors are not the secretary's
                if id(description) in self.topic_described:
                    given = []  # linked as the story's person, not as what the text says of them: no code (ents36)
                if description.kind == "role" and facts[id(target)][0] & self.ad.words.former_word \
                        and not self.ad.words.state_sector & set(description.sectors):
                    given = []  # "Ann Lee, a retired teacher ... The teacher": a past trade, no sector now
                target.sectors += [x for x in given if x not in target.sectors]
                target.country = target.country or cluster.country  # "a Chinese boy" is Chinese
                if target.country is None and self.ad.words.state_sector & set(description.sectors):
                    target.needs_country = True  # "Tom Hale ... the mayor": a state's office
                cluster.mentions.clear()
        for description in self._parent_descriptions():
            target = self._only_fit(description, named, facts)
            if target is not None:
                self._add(target, description.start, description.end, "description", self.tokens[description.start + 1])
        for description in self._age_descriptions() + self._age_noun_descriptions():
            target = self._only_fit(description, named, facts) or self._only_unnamed_fit(description)
            if target is not None:
                head = self.tokens[description.end - 1]
                self._add(target, description.start, description.end, "description", head)
                target.country = target.country or description.country  # "the 30-year-old Czech rider"
        for description in self._lead_descriptions():
            target = self._race_leader(description, named, facts)
            if target is not None:
                self._add(target, description.start, description.end, "description", self.tokens[description.end - 1])
        # After the other descriptions, which may give a person the nationality ("the 30-year-old
        # Czech rider ... the Czech")
        for description in self._nationality_descriptions() + self._qualified_nationality_descriptions():
            target = self._only_of_country(description, named) or self._nationality_nearby(description, named)
            if target is not None:
                self._add(target, description.start, description.end, "description", self.tokens[description.end - 1])

    def _indefinite_body_appositions(self) -> None:
        """``<Body>, a progressive think tank, and ...``, ``<Body>, an influential group of donors that ...``,
        ``<Body>, an influential <City>-based newspaper catering to ...``: an indefinite noun phrase right
        after a body's name and its comma, whose head is a noun of a kind of body (a role of kind org,
        ``think tank``, or a noun any body is called by: ``group``, ``organization``), says what the body
        is: the article to the head noun is a mention of that body, wherever the parser hung the phrase
        (it often makes it a conjunct of a person's apposition, ``<Name>, president of <Body>, a ...``,
        or runs its modifiers into a place's name). The head ends the phrase (no noun after it) and is
        followed by punctuation, a relative word, a preposition or a participle; no word of the phrase
        is another mention. An apposition the earlier rules read (``_plain_appositions``,
        ``_body_appositions``) has its words claimed and is left as it is (issue 15, bodies39)."""
        tokens, n = self.tokens, len(self.tokens)
        articles = self.ad.words.indefinite_article
        for cluster in list(self.clusters):
            if cluster.type != "ORG" or not cluster.key.startswith("org:") or cluster.key.startswith("org:None:"):
                continue
            for m in list(cluster.mentions):
                if m.kind != "name":
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.end + 2 >= n or tokens[span.end].text != "," \
                        or tokens[span.end + 1].lower_ not in articles:
                    continue
                head = self._body_kind_head(span.end + 2)
                if head is None or any(i in self.claimed for i in range(span.end + 1, head.i + 1)):
                    continue
                cluster.evidence.append(f"{self.doc[span.end + 1: head.i + 1].text!r}: an indefinite apposition "
                                        f"giving the kind of {cluster.name}")
                self._add(cluster, span.end + 1, head.i + 1, "group", head)
                break

    def _group_speaks_next(self, noun: Token, body: Cluster, name: Span) -> bool:
        """``A leading conservative group is spending ... . The Harlow Network says it will spend ...``:
        news names the group its lead introduced by a noun any body is called by (``description_body_noun``)
        as the subject of the next sentence's verb of saying, with no comma after the name (the body tells
        what the lead told of it), read by ``_lead_introduced_body`` as a name set off by a comma is. Only
        a body named there for the first time and not a state's body (a ministry or the police speak of
        groups, not as them) (issue 15, bodies39)."""
        if noun.lower_ not in self.ad.words.description_body_noun or name.root.dep_ != "nsubj" \
                or name.root.head.dep_ != "ROOT" or name.root.head.lemma_.lower() not in self.speech_verbs \
                or min(m.start for m in body.mentions) != name.start_char:
            return False
        coded = set(body.sectors or getattr(self.ad.dictionary_actor(body.name, self.published), "sectors", ()))
        return not coded & self.ad.words.state_sector

    def _headlinese_first_line(self) -> bool:
        """``Outside group goes in big for <Name>.``: the first sentence is a line of its own set apart by a
        blank line, of at most 20 words, whose subject is a singular common noun with no determiner nor
        possessor: headline grammar, which drops articles, though the line ends in a full stop (some
        corpora add one); the story's lead is the next sentence (issue 15, bodies39)."""
        if len(self.sents) < 3:
            return False
        first = self.sents[0]
        text = self.text[first.start_char: first.end_char]
        if "\n\n" not in text[len(text.rstrip()):] or len(first) > 20:
            return False
        return any(t.dep_ == "nsubj" and t.tag_ == "NN" and t.head.dep_ == "ROOT" and t.text.islower()
                   and not any(c.dep_ in {"det", "poss", "nummod"} for c in t.children) for t in first)

    @staticmethod
    def _one_body_of_names(bodies: list[Cluster]) -> list[Cluster]:
        """Of the bodies a description may stand for, those not named by another's shorter form: a body
        whose name is the last words of another's (``Supreme Court`` of ``US Supreme Court``) or its
        initials (``HAN`` of ``Harlow Action Network``) is that body, named twice before the later rules
        join the two, not a second body of the kind (issue 15, bodies39)."""
        if len(bodies) < 2:
            return bodies
        names = [normalise_name(c.name).split() for c in bodies]
        kept = []
        for k, cluster in enumerate(bodies):
            words = names[k]
            longer = [bodies[j] for j, other in enumerate(names) if j != k and (
                len(other) > len(words) and other[-len(words):] == words
                or len(words) == 1 and cluster.name.isupper() and cluster.name in _initials(bodies[j].name))]
            # "Labor Department ... Department of Labor": English names a body "<head> of <words>" and
            # "<words> <head>" alike; the one named first stands for both (descs46)
            inverted = [bodies[j] for j, other in enumerate(names) if j != k and _head_moved(words, other)
                        and bodies[j].first() < cluster.first()]
            if not longer and not inverted:
                kept.append(cluster)
        return kept

    def _papers_meant(self, noun: Token, outlets: list[Cluster]) -> list[Cluster]:
        """``..., the Associated Press reported. ... the Orlando Sentinel reported. "..." The newspaper
        reported ...``: of several outlets named before a newspaper's noun (``paper_noun``), the one with a
        paper's title (its name's last word a ``media_title`` word) when only one has; a news agency or a
        broadcaster (coded MED, no paper's title) is no newspaper. Else all (issue 15, bodies39)."""
        words = self.ad.words
        if noun.lower_ not in words.paper_noun or len(outlets) < 2:
            return outlets
        papers = [c for c in outlets if normalise_name(c.name).split()[-1:] and normalise_name(c.name).split()[-1] in words.media_title]
        if len(papers) != 1:
            return outlets
        papers[0].evidence.append(f"{noun.text!r}: the only outlet with a paper's title named before")
        return papers

    def _body_called_so_before(self, bodies: list[Cluster], before: int) -> list[Cluster]:
        """``WikiLeaks published ... The group said ... the DNC ... a professor at <University> criticized the
        organization``: of several bodies named before a noun any body is called by (``the group``, ``the
        organization``) none of which alone is named nearby, the one the text has already called by such a
        noun (a ``the group`` linked to it before): the story keeps calling its body so. None called so, or
        two: none (issue 15, bodies39)."""
        nouns = self.ad.words.description_body_noun
        called = [c for c in bodies if any(
            m.kind == "group" and m.end <= before and self.text[m.start:m.end].split()[-1].lower() in nouns
            and self.text[m.start:m.end].split()[0].lower() == "the" for m in c.mentions)]
        return called if len(called) == 1 else []

    def _body_kind_head(self, first: int) -> Token | None:
        """The head noun of a kind of body ending the modifiers that start at ``first`` (adjectives, nouns,
        names and hyphened participles before it: ``influential New York-based newspaper``), at most six
        words on; None when the words end on no such noun or a noun follows it."""
        tokens, n = self.tokens, len(self.tokens)
        for k in range(first, min(first + 6, n)):
            tok = tokens[k]
            if tok.is_punct and tok.tag_ != "HYPH" or tok.pos_ not in {"ADJ", "NOUN", "PROPN", "VERB", "ADV", "PUNCT"}:
                return None
            if tok.pos_ != "NOUN" or k + 1 < n and (tokens[k + 1].pos_ in {"NOUN", "PROPN"} or tokens[k + 1].tag_ == "HYPH"):
                continue
            found = self._role_ending_at(k, first)
            role = self.ad.role(found[1]) if found else None
            if not (role is not None and role.kind == "org" or self._body_kind_noun(tok)):
                return None
            after = tokens[k + 1] if k + 1 < n else None
            if after is None or after.is_punct or after.tag_ in {"WDT", "WP", "IN", "VBG", "VBN"}:
                return tok
            return None
        return None

    def _legislature_seats(self) -> None:
        """``X won a seat in the U.S. Senate``, ``X was elected to the House``, ``X joined the
        Senate in 2013``: a named person, subject (or understood subject) of a verb of taking or
        holding a seat (``seat_verb``) whose object, ``seat in`` phrase or ``to``/``in``
        phrase is a named legislature (a body whose name ends in a ``legislature_name_end`` word), is
        that legislature's member: its country when the person has none, and its member's noun
        (``the senator``) among what the text says the person is (issue 15, s17-dev12e)."""
        words = self.ad.words
        for verb in self._with_lemma(words.seat_verb):
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in words.seat_verb:
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) or understood_subject(verb)
            if subject is None or subject.dep_ == "expl":
                continue
            if subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                subject = verb.head  # "X, who was elected to the Senate"
            person = self._cluster_at(subject.i)
            if person is None or person.type != "PERSON" or not person.key.startswith("person:"):
                continue
            places = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or (
                c.dep_ == "prep" and c.lower_ in {"to", "in", "into"})]
            # "a seat in the Senate": the seat's "in" phrase
            places += [g for c in list(places) if c.lower_ in words.candidacy_object
                       for g in c.children if g.dep_ == "prep" and g.lower_ in {"in", "on"}]
            nouns = [g for c in places for g in ([c] if c.dep_ != "prep" else [x for x in c.children if x.dep_ == "pobj"])]
            for noun in nouns:
                member = words.legislature_name_end.get(noun.lower_)
                body = self._cluster_at(noun.i) if member else None
                if body is None or body.type != "ORG" or body is person:
                    continue
                if person.country is None and body.country is not None:
                    person.country = body.country
                    person.evidence.append(f"{person.name}: a member of {body.name}")
                person.nouns.add(member)
                break

    def _described_subjects_of_copula(self) -> None:
        """``The teenager is the son of a former driver``: a definite description that is the
        predicate of an affirmed ``be`` whose subject the descriptions have since linked to a
        named person (``The teenager``) is that person too, with the pronouns it took."""
        named = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")]
        for cluster in [c for c in self.clusters if c.key.startswith("role:") and c.type == "PERSON" and c.mentions]:
            roles = [m for m in cluster.mentions if m.kind == "role"]
            owners: set[int] = set()
            target = None
            for m in roles:
                root, verb = m.head, m.head.head
                first = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if first is None or first[0].lower_ != "the" or root.dep_ != "attr" or verb.lemma_ != "be" \
                        or any(c.dep_ == "neg" for c in verb.children):
                    owners.add(0)
                    continue
                subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
                found = [p for p in named if any(x.head.i in subjects for x in p.mentions)]
                owners.add(id(found[0]) if len(found) == 1 else 0)
                target = found[0] if len(found) == 1 else None
            if target is None or owners != {id(target)}:
                continue
            target.evidence.append(f"{cluster.name!r}: said of {target.name} by 'be'")
            target.mentions += cluster.mentions
            cluster.mentions = []

    def _lead_sentence(self) -> int:
        """The index of the story's first sentence: the first, or the second when the first is a
        headline (no full stop ends it)."""
        if len(self.sents) > 1:
            last = [t for t in self.sents[0] if not t.is_space and not (t.is_punct and t.text not in {".", "!", "?"}
                                                                          and t.is_quote)]
            if last and last[-1].text not in {".", "!", "?"}:
                return 1
        return 0

    def _named_next(self, description: Description, span: Span, named: list[Cluster],
                    facts: dict[int, tuple[set[str], int | None]]) -> Cluster | None:
        """``The new health minister for Wales says waiting lists will fall. Dr Ann Lee told
        AMs ...``: a lead that opens with a definite description and names the person only in
        the next sentence (British and wire style). A description in the story's first sentence,
        with no person named before it, is the one person named in the next sentence when that
        person fits it (gender, country, sectors, and nothing the text calls them that is
        another occupation or role); two people named there: no link."""
        here = self.sent_of[description.start]
        # "The mayor of a small Italian town has banned ... Giulia Ferrante said": a definite description
        # that says it is someone new (desc17) is nobody named before, and may be the one named next.
        # "A nurse says she has not slept for a month. Maria Delgado, 45, works nights ...": an
        # indefinite one too, when the next sentence opens by introducing the person with an age
        # set off by commas (quotes24)
        indefinite = span[0].lower_ in {"a", "an"}
        if (span[0].lower_ != "the" and not indefinite) or description.owner is not None \
                or description.kind not in {"role", "identity"} or here != self._lead_sentence() \
                or here + 1 >= len(self.sents):
            return None
        start_char = self.tokens[description.start].idx
        if any(m.end <= start_char for c in named for m in c.mentions):
            return None  # someone named before: the description looks back (_only_fit)
        nxt = self.sents[here + 1]
        there = [c for c in self.clusters if c.type == "PERSON" and c.mentions and any(
            m.kind == "name" and nxt.start_char <= m.start < nxt.end_char for m in c.mentions)]
        if len(there) > 1:
            there = self._opening_subjects(there, nxt)
        if len(there) != 1 or there[0] not in named:
            return None
        target = there[0]
        if min(m.start for m in target.mentions if m.kind == "name") < nxt.start_char:
            return None  # named before (in a headline): not the lead's forward naming
        if indefinite and not any(m.kind == "name" and m.start == nxt.start_char
                                  and AGE_APPOSITION.match(doc_text(self.doc)[m.end : nxt.end_char]) for m in target.mentions):
            return None  # "a nurse" may be anyone: only a name opening the next sentence with an age introduces her
        if self._name_coordinated(target, nxt):
            return None  # "X and Y both welcomed it": two people, however the model tagged Y
        words, _ = facts[id(target)]
        if _disagrees(description, target):
            return None
        if description.sectors and target.sectors and not set(description.sectors) & set(target.sectors):
            return None
        # "Tom Lewis, a builder", "Farmer Lucy Benton", "Mother Karen Evans": the text calls the
        # person something else than the description does
        noun = description.noun or ""
        own = {noun, *noun.split(), *self.ad.kinds_named(noun)}
        for word in words - own:
            other = self.ad.person_noun(word) or self.ad.role(word)
            if other is not None and word not in self.ad.words.honorific:
                return None
        target.evidence.append(f"{self._text(description)!r}: the lead's description of the one person named "
                               f"in the next sentence, {target.name}, who fits")
        return target

    def _quote_continuing_subject(self, description: Description, span: Span, named: list[Cluster],
                                  facts: dict[int, tuple[set[str], int | None]]) -> Cluster | None:
        """``Ann Lee (D-Ohio) blasted the plan in an interview. "It is reckless," the Senate minority
        leader said.``: a definite description that credits, after the quotation, a quotation opening
        its sentence is the person named as the subject of the sentence right before (news writing
        introduces a speaker, then quotes them by what they are), when that person fits it (gender,
        party, country, no other trade) and no other person is that sentence's subject (roles39)."""
        root = span.root
        verb = root.head
        if span[0].lower_ != "the" or description.owner is not None or description.kind not in {"role", "identity"} \
                or root.dep_ != "nsubj" or verb.lemma_.lower() not in self.speech_verbs:
            return None
        here = self.sent_of[span.start]
        sent = self.sents[here]
        first = next((t for t in sent if not t.is_space), None)
        before = self.tokens[span.start - 1] if span.start > 0 else None
        if here == 0 or first is None or not first.is_quote or before is None \
                or not (before.is_quote or before.text == "," and self.tokens[span.start - 2].is_quote):
            return None
        previous = self.sents[here - 1]
        # (the subject named, or a pronoun already read as a named person's: "While the donor kept quiet, he
        # did say ... . "...," the tycoon told <Outlet>.", descs41)
        subjects = [c for c in named if any(m.kind in {"name", "pronoun"} and m.sent == here - 1 and m.head.dep_ in SUBJECT_DEPS
                                            and m.head.head.i == previous.root.i for m in c.mentions)]
        people = [c for c in self.clusters if c.type == "PERSON" and c.mentions and any(
            m.sent == here - 1 and m.head.dep_ in SUBJECT_DEPS and m.head.head.i == previous.root.i for m in c.mentions)]
        if len(subjects) != 1 or len(people) != 1 or any(c.dep_ == "conj" for m in subjects[0].mentions
                                                          if m.sent == here - 1 and m.head.dep_ in SUBJECT_DEPS
                                                          for c in m.head.children):
            # "Ann Lee and Tom Reed criticized it": either may be the one quoted; two nouns joined in the
            # subject's apposition ("Ann Lee, the front-runner and former host, ...") still tell of one
            # person (descs41)
            return None
        target = subjects[0]
        words, _ = facts[id(target)]
        if _disagrees(description, target):
            return None
        state = set(description.sectors) & self.ad.words.state_sector
        held = set(target.sectors) | ({"LEG"} if self._party_bracket(target) is not None else set())
        if state and not state & held:
            # a state's office is the person's only when the text or the tables give them one of its kind
            # (a legislator's party tag, "Ann Lee (D-Ohio)", gives a seat in a legislature: LEG)
            return None
        party = self._parties_named(description.marks)
        theirs = self._parties_of(target, words) if party else frozenset()
        if theirs and theirs != party:
            return None
        if self._called_otherwise(description, words) and not self._said_so(description, words, None):
            return None
        target.evidence.append(f"{self._text(description)!r}: credits the quotation after the sentence whose subject "
                               f"is {target.name}")
        return target

    def _opening_subjects(self, people: list[Cluster], sent: Span) -> list[Cluster]:
        """``The new health minister says ... . Dr Ann Lee, on her first day after Tom Reed was sacked,
        admitted ...``: of several people the next sentence names, the one whose name (after its title)
        opens it as the subject of its main verb is the one the lead's forward naming names, when the
        others stand in clauses about them; another argument of the main verb (``Ann Lee thanked Tom
        Reed``) may be the one described: none (roles39)."""
        root = sent.root
        found = []
        for c in people:
            for m in c.mentions:
                if m.kind == "name" and sent.start_char <= m.start < sent.end_char and self._clause_verb_of(m.head).i == root.i \
                        and m.head.dep_ not in SUBJECT_DEPS:
                    return []  # "Ann Lee thanked Tom Reed": either may be the one the lead describes
            for m in c.mentions:
                if m.kind != "name" or not sent.start_char <= m.start < sent.end_char:
                    continue
                before = [t for t in sent if t.idx < m.start]
                if all(t.i in self.claimed or normalise_name(t.text) in self.ad.words.honorific for t in before) \
                        and m.head.dep_ in SUBJECT_DEPS \
                        and m.head.head.i == root.i:
                    found.append(c)
                    break
        return found

    @staticmethod
    def _clause_verb_of(tok: Token) -> Token:
        """The nearest verb above ``tok`` (or the sentence's root): the clause a word stands in."""
        up = tok.head
        while up.pos_ not in {"VERB", "AUX"} and up.head.i != up.i:
            up = up.head
        return up

    def _name_coordinated(self, target: Cluster, sent: Span) -> bool:
        """Whether a name of ``target`` in ``sent`` is joined by a conjunction to another proper
        name (``Ann Lee and Maeve Doherty``, the second tagged a body or nothing by the model)."""
        for m in target.mentions:
            if m.kind != "name" or not sent.start_char <= m.start < sent.end_char:
                continue
            head = m.head
            partners = [c for c in head.children if c.dep_ == "conj"]
            if head.dep_ == "conj":
                partners.append(head.head)
            if any(p.tag_ in {"NNP", "NNPS"} and not (m.start <= p.idx < m.end) for p in partners):
                return True
        return False

    @staticmethod
    def _coordinated_with(root: Token, target: Cluster) -> bool:
        """Whether a description's head is joined by a conjunction to a mention of ``target``."""
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        return any(m.head.i == p.i for m in target.mentions for p in partners)

    def _description_of(self, span: Span, cluster: Cluster) -> Description:
        noun = self.ad.person_noun(cluster.role or "")
        role = self.ad.role(cluster.role or "")
        marks = {t.lower_ for t in span if t.i > span.start and t.text[:1].isupper() and t.pos_ in {"PROPN", "ADJ", "NOUN"}
                 and not self.ad.country_of(t.text)}
        owner = next((t.i for t in span.root.children if t.dep_ == "poss"), None)
        kind = noun.kind if noun else "role"
        if kind == "relation" and owner is None and span.root.dep_ not in {"attr", "appos"}:
            # "The daughter of Sen. Ann Lee has ...": the named person of the "of" phrase owns the relation
            # as a possessive does (issue 15, descs40); a predicate ("A man is the son of Jan Lee") or an
            # apposition says it of the person it is said of, whom the rules of those read
            owner = next((t.i for t in self._relation_possessors(span.root)), None)
        sectors = [role.sector] if role and role.sector else list(cluster.sectors)
        if any(m.startswith("of ") for m in cluster.marks):
            # "the company's president" (_body_officer): the body's officer holds no state office,
            # so no one whose only sectors are a state's is meant
            sectors = list(cluster.sectors)
        if kind == "role" and any(t.lower_ in self.ad.words.former_word for t in span if t.i < span.root.i):
            # "the former police officer": a past office says who someone is (like an
            # occupation), and holds none of the office's sectors now
            kind, sectors = "identity", []
        if kind == "role" and normalise_name(cluster.role or "") in self.ad.words.party_word:
            # "the Democrat", "the Kentucky Republican": a party's member says who someone is
            # (like an occupation), whatever office they hold
            kind, sectors = "identity", []
        if kind == "relation" and owner is None and self._parent_of_number(span.root):
            # "the mother of three", "a father-of-two": how many children a person has says who
            # they are (like an age), not whose relative they are
            kind = "identity"
        return Description(
            start=span.start, end=span.end, noun=cluster.role, kind=kind,
            gender=noun.gender if noun else None, age=None, country=cluster.country,
            sectors=sectors, marks=marks, owner=owner,
            introduced=cluster.introduced, pronoun_gender=cluster.gender,
        )

    def _regional_title_said(self, description: Description, words: set[str]) -> bool:
        """``the Vermont senator`` of ``Senator Tom Reed``: an office of a state or province,
        its noun the person's own title noun; the division's name need not be among the
        person's words (a senator's state is seldom written beside the title)."""
        if not (description.kind == "role" or self._past_state_office(description)) or not description.noun \
                or description.noun not in words or not self._regional_office(description):
            return False
        division = {t.lower_ for t in self.tokens[description.start: description.end] if t.text[:1].isupper()
                    and self.gaz is not None and any(c.primary and c.level == "admin1" for c in self.gaz.candidates(t.text))}
        return bool(division) and description.marks - division <= words

    def _past_state_office(self, description: Description) -> bool:
        """``the former Florida governor``: a state's office said with a word of the past, which the
        descriptions read as who someone is (kind identity, no sectors now), still names that office."""
        role = self.ad.role(description.noun or "")
        return description.kind == "identity" and role is not None and role.sector in self.ad.words.state_sector \
            and any(t.lower_ in self.ad.words.former_word for t in self.tokens[description.start: description.end])

    def _regional_office(self, description: Description) -> bool:
        """A description of an office whose capitalised words name a first-order division of a
        country and no country (``the Oregon senator``, ``the Kansas governor``)."""
        words = [t for t in self.tokens[description.start: description.end] if t.text[:1].isupper()
                 and t.lower_ in description.marks]
        candidates = [c for t in words for c in (self.gaz.candidates(t.text) if self.gaz is not None else ())]
        return any(c.primary and c.level == "admin1" for c in candidates) \
            and not any(self.ad.country_of(t.text) for t in words)

    def _parent_of_number(self, noun: Token) -> bool:
        """``mother of three``, ``father-of-two``: a relation noun followed by "of" and a number
        (hyphens allowed between), with no possessor: a person described by their children."""
        words = [t for t in self.tokens[noun.i + 1: noun.i + 5] if t.text not in {"-", "\u2010", "\u2011"}]
        return len(words) >= 2 and words[0].lower_ == "of" and words[1].like_num

    def _parent_descriptions(self) -> list[Description]:
        """``the mum-of-two``, ``the father-of-three`` that the parser did not make a noun
        phrase of (it hangs the words on the number): a person described by their children."""
        found = []
        for tok in self._after_the():
            if tok.i == 0 or self.words[tok.i - 1].lower() != "the":
                continue  # (the cheap test first: most words follow no "the")
            noun = self.ad.person_noun(tok.lemma_) or self.ad.person_noun(tok.text)
            if noun is None or noun.kind != "relation":
                continue
            if not self._parent_of_number(tok):
                continue
            end = tok.i + 1
            while end < len(self.tokens) and not self.tokens[end].like_num:
                end += 1
            if any(k in self.claimed for k in range(tok.i - 1, end + 1)):
                continue
            found.append(Description(tok.i - 1, end + 1, noun.noun, "identity", noun.gender, None, None, [], set(), None))
        return found

    def _age_descriptions(self) -> list[Description]:
        """``the 45-year-old`` (optionally followed by a gendered noun: ``the 45-year-old woman``)."""
        found = []
        tokens = self.tokens
        for tok in self._after_the():  # the number after a "the"
            i = tok.i
            if not (i < len(tokens) - 4 and tok.like_num and tokens[i + 1].lower_ == "-"
                    and tokens[i + 2].lower_ in {"year", "years"} and tokens[i + 3].lower_ == "-" and tokens[i + 4].lower_ == "old"):
                continue
            years = _age_value(self.words[i])
            if years is None or any(k in self.claimed for k in range(i - 1, i + 5)):
                continue
            end, gender, country = i + 5, None, None
            said_noun, sectors, marks = None, [], set()
            head = self._age_head_noun(end)
            if head is not None:
                role_start, role_name = self._role_ending_at(head.i, end) or (head.i, head.lemma_)
                noun = self.ad.person_noun(role_name)
                role = self.ad.role(role_name)
                kind = noun.kind if noun is not None else None
                if kind == "relation" and self._parent_of_number(head) and not any(
                        c.dep_ == "poss" for c in head.children):
                    kind = "identity"  # "the 34-year-old mother of two": who she is, not whose
                if kind not in {None, "plain", "identity"}:
                    continue  # "the 12-year-old son of ..."
                if noun is None and (role is None or role.kind != "person") and not (
                        role is None and self._speaks(head)):
                    # "the 45-year-old building"; but the subject of a verb of saying is a person
                    # whatever the noun ("The 52-year-old electrician said ...", quotes24)
                    continue
                modifiers = self.tokens[end: role_start]
                if any(k in self.claimed for k in range(end, head.i + 1)):
                    continue
                gender = noun.gender if noun is not None else None
                # "the 35-year-old driver", "the 34-year-old former police officer": what the
                # person is; a plain "woman" says only the gender
                said_noun = role_name if kind in {None, "identity"} else None
                former = any(t.lower_ in self.ad.words.former_word for t in modifiers)
                if role is not None and role.sector and not former:
                    sectors = [role.sector]
                marks = {normalise_name(t.text) for t in modifiers if t.text[:1].isupper()
                         and not self.ad.country_of(t.text)}
                country = next((c for t in modifiers if t.text[:1].isupper() and (c := self.ad.country_of(t.text))), None)
                end = head.i + 1
            elif (demonym := self._age_demonym_after(end)) is not None:
                end, country = demonym  # "the 19-year-old Dutchman"
                gender = self._demonym_gender(self.words[end - 1])
            found.append(Description(i - 1, end, said_noun, "age", gender, years, country, sectors, marks, None))
        return found

    def _age_noun_descriptions(self) -> list[Description]:
        """``the teenager``, ``the octogenarian`` (``age_noun`` of actor_words.tsv): a person of an
        age in a range. Read like ``the 45-year-old``: linked to the one named person of a stated
        age in the range (or the one who fits), else no mention at all, so that an unlinked one
        draws no pronoun away from the person it stands for."""
        found = []
        for tok in self._after_the():
            if tok.i == 0 or tok.i in self.claimed or tok.tag_ not in {"NN", "NNP"} or self.words[tok.i - 1].lower() != "the":
                continue
            noun = normalise_name(tok.lemma_)
            if noun not in self.ad.words.age_noun or tok.i - 1 in self.claimed:
                continue
            if tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
                continue  # "the teenager's" is fine; "the teen years" is no person
            gender = "m" if noun.endswith("boy") else "f" if noun.endswith("girl") else None
            found.append(Description(tok.i - 1, tok.i + 1, noun, "age", gender, None, None, [], set(), None))
        return found

    def _speaks(self, tok: Token) -> bool:
        """Whether a noun is the subject of a verb of saying (outside quotation marks)."""
        return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in self.speech_verbs \
            and self._quotation_at(tok.idx) is None

    def _age_head_noun(self, first: int) -> Token | None:
        """The noun an age modifier describes (``officer`` in ``the 34-year-old former police
        officer from Leeds``): the noun right after ``-old``, or after modifiers of it."""
        j = first
        while j < len(self.tokens) and j - first < 6 and self.tokens[j].head.i > j and (
                self.tokens[j].dep_ in {"amod", "compound", "nmod", "npadvmod"} or self.tokens[j].tag_ == "HYPH"):
            j += 1
        if j < len(self.tokens) and self.tokens[j].pos_ == "NOUN":
            return self.tokens[j]
        return None

    def _nationality_descriptions(self) -> list[Description]:
        """``the Brazilian``, ``the Dutchman``, ``the Brit``: a singular nationality noun heading
        its own noun phrase (not ``the Brazilian team``) describes one person of that country."""
        found = []
        for tok in self._after_the():
            if tok.i == 0 or tok.i in self.claimed or self.words[tok.i - 1].lower() != "the":
                continue
            if tok.pos_ not in {"PROPN", "NOUN"} or tok.tag_ in {"NNS", "NNPS"} or not tok.text[:1].isupper():
                continue
            if tok.dep_ in {"compound", "amod"} or (tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN"}):
                continue
            country = self.ad.country_of(tok.text)
            if country is None or self.ad.country_name_of(tok.text):
                continue  # "the Netherlands" is the country itself
            gender = self._demonym_gender(tok.text)
            found.append(Description(tok.i - 1, tok.i + 1, None, "identity", gender, None, country, [], set(), None))
        return found

    def _demonym_gender(self, word: str) -> str | None:
        """``Dutchman`` m, ``Frenchwoman`` f: a nationality noun made of a country's adjective and
        ``man``/``woman``; ``German``, ``Roman`` end in the letters only and say no gender."""
        lower = word.lower()
        if lower.endswith("woman") and self.ad.country_of(word[:-5]):
            return "f"
        if lower.endswith("man") and self.ad.country_of(word[:-3]):
            return "m"
        return None

    def _age_demonym_after(self, end: int) -> tuple[int, str] | None:
        """``the 19-year-old Dutchman``: a singular capitalised nationality noun right after an age
        modifier heads the phrase (the parser tags it a name, so no age head noun is found):
        the end of the phrase and the country. None for a country's name (``the 19-year-old
        Netherlands striker``) or a noun after it (``the 19-year-old Dutch rider``)."""
        if end >= len(self.tokens):
            return None
        tok = self.tokens[end]
        if tok.i in self.claimed or not tok.text[:1].isupper() or tok.tag_ in {"NNS", "NNPS"} \
                or tok.pos_ not in {"PROPN", "NOUN"} or self.ad.country_name_of(tok.text):
            return None
        if end + 1 < len(self.tokens) and self.tokens[end + 1].pos_ in {"NOUN", "PROPN"}:
            return None
        country = self.ad.country_of(tok.text)
        return (end + 1, country) if country else None

    def _only_of_country(self, description: Description, named: list[Cluster]) -> Cluster | None:
        """The one named person before the description whom the text gives that country."""
        start_char = self.tokens[description.start].idx
        fits = [c for c in named if c.country == description.country and any(m.end <= start_char for m in c.mentions)
                and not (description.gender and c.gender and c.gender != description.gender)]
        if len(fits) != 1:
            return None
        fits[0].evidence.append(f"{self._text(description)!r}: the only person of that country named before")
        return fits[0]

    def _qualified_nationality_descriptions(self) -> list[Description]:
        """``the young Dutchman``, ``the veteran Brazilian``: a singular nationality noun heading its
        noun phrase after ``the`` and lower-case adjectives of its own (``the 30-year-old Czech
        driver`` is an age description, read before)."""
        found = []
        for tok in self._capitalised():
            if tok.i in self.claimed or tok.pos_ not in {"PROPN", "NOUN"} or tok.tag_ in {"NNS", "NNPS"} \
                    or not tok.text[:1].isupper() or tok.dep_ in {"compound", "amod"}:
                continue
            if tok.i + 1 < len(self.tokens) and self.tokens[tok.i + 1].pos_ in {"NOUN", "PROPN"}:
                continue
            k = tok.i - 1
            while k >= 0 and self.tokens[k].pos_ == "ADJ" and self.tokens[k].text.islower() \
                    and self.tokens[k].is_alpha and self.tokens[k].head.i == tok.i:
                k -= 1
            if k == tok.i - 1 or k < 0 or self.words[k].lower() != "the" or any(i in self.claimed for i in range(k, tok.i)):
                continue
            country = self.ad.country_of(tok.text)
            if country is None or self.ad.country_name_of(tok.text):
                continue
            gender = self._demonym_gender(tok.text)
            found.append(Description(k, tok.i + 1, None, "identity", gender, None, country, [], set(), None))
        return found

    def _nationality_nearby(self, description: Description, named: list[Cluster]) -> Cluster | None:
        """``Tom Reed's car crashed as the Welshman struggled``: nobody named before is given that
        country, and one named person of no country (or of that one) was mentioned in the same or
        the sentences just before it (not as a modifier: ``Reed's Lotus car`` is no mention of a
        Lotus): the nationality noun continues that person's story and gives the nationality; two
        there: no guess."""
        start_char = self.tokens[description.start].idx
        here = self.sent_of[description.start]
        near = [c for c in named if c.country in {None, description.country}
                and not (description.gender and c.gender and c.gender != description.gender)
                and any(0 <= here - m.sent <= DESCRIPTION_WINDOW and m.end <= start_char
                        and m.head.dep_ != "compound" for m in c.mentions)]  # "X's Williams car" names a car
        if len(near) != 1:
            return None
        near[0].evidence.append(f"{self._text(description)!r}: the only person of no other country mentioned just before")
        near[0].country = near[0].country or description.country  # the noun says the person's nationality
        return near[0]

    def _only_unnamed_fit(self, description: Description) -> Cluster | None:
        """``the six-year-old`` after ``a Chinese boy`` and no named person of that age: the one
        unnamed man, woman, boy or girl the article has brought in before (of the same gender)."""
        start_char = self.tokens[description.start].idx
        fits = []
        for cluster in self.clusters:
            noun = self.ad.person_noun(cluster.role or "") if cluster.key.startswith("role:") else None
            if noun is None or noun.kind != "plain" or cluster.type != "PERSON":
                continue
            if not any(m.end <= start_char for m in cluster.mentions):
                continue
            if description.gender and cluster.gender and description.gender != cluster.gender:
                continue
            fits.append(cluster)
        if len(fits) != 1:
            return None
        fits[0].evidence.append(f"{self._text(description)!r}: the only unnamed person of that kind before it")
        return fits[0]

    def _person_facts(self, cluster: Cluster) -> tuple[set[str], int | None]:
        """What the text says a named person is: title and role words, appositions (``Tom Hardy,
        a fisherman``), predicates (``Roe is a singer``) and age (``Roe, 45,``, ``45-year-old Roe``)."""
        words: set[str] = set()
        if cluster.title:
            # "The boy's father Zhao Jun" is a father, not a boy: a possessor's words say nothing of him
            title = cluster.title.replace("’", "'").rsplit("'s ", 1)[-1]
            words |= {normalise_name(w) for w in title.split()}
        if cluster.role:
            words.add(cluster.role)
        words |= cluster.nouns  # "Oscar winners Emma Dale and Lucy Grant" (_shared_descriptions)
        age: int | None = None
        for m in cluster.mentions:
            if m.kind == "title":
                words |= self._capitalised_before(m)  # "Chelsea manager Tom Reed": "the Chelsea boss"
            if m.kind != "name":
                continue
            words |= self._capitalised_before(m)
            head = m.head
            described = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "conj":
                # "Danny Cruz and Mike Tanner, both former world champions,": a plural apposition
                # the parser hung on the first name describes each
                first = self._first_conjunct(head)
                # "Piet Dekker and Jonas Brink, both 19,": an age after "both" is each one's (s19-guess19)
                described += [c for c in first.children if c.dep_ == "appos" and (c.tag_ == "NNS" or (
                    c.like_num and any(g.dep_ == "preconj" for g in c.children)))]
            if head.dep_ == "appos":
                described.append(head.head)
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":
                described += [c for c in head.head.children if c.dep_ == "attr"]
            named_as = self._named_as(head)
            if named_as is not None:
                described.append(named_as)  # "the boy, named Tom Reed", "a girl called Ann Lee"
            # "Ann Lee is the daughter of a farmer and the first governor of Harlow": each noun of a coordinated
            # predicate of "be" is said of the subject (ents43; the conjuncts of an apposition are left: a
            # list after a name may be other people's)
            described += [c for noun in described if noun.dep_ == "attr" for c in noun.conjuncts
                          if c.i > noun.i and c.pos_ in {"NOUN", "PROPN"}]
            for noun in described:
                if noun.like_num and noun.text.isdigit():
                    age = age or int(noun.text)
                elif noun.pos_ in {"NOUN", "PROPN"}:
                    age = age or self._age_inside(noun)  # "Doris Hale, a 94-year-old grandmother,"
                    words.add(normalise_name(noun.lemma_))
                    words |= {normalise_name(c.text) for c in noun.children if c.dep_ in {"compound", "amod"}}
            age = age or self._age_next_to(m)
        for m in cluster.mentions:
            # "her tenure as secretary of state", "his post as CEO": an office held "as"
            office = self._capacity_held(m.head) if m.kind in {"name", "pronoun"} else None
            if office is not None:
                words.add(normalise_name(office.lemma_))
                words |= {normalise_name(c.text) for c in office.children if c.dep_ in {"compound", "amod"}}
        return words, age

    def _age_range(self, cluster: Cluster) -> tuple[int, int] | None:
        """The ages the text gives a named person by an adjective of age (``age_adjective``:
        ``teenage``) on a noun said of them: the predicate of ``be`` (``X is a teenage star``, ``X is
        one of the hottest teenage talents``) or an apposition (``X, a teenage prodigy,``); else None.
        Evidence for ``the 19-year-old``, so that X is not merely the one named last (s19-guess19)."""
        table = self.ad.words.age_adjective
        for m in cluster.mentions:
            if m.kind != "name":
                continue
            head = m.head
            nouns = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "nsubj":  # an "attr" is the predicate of a copula
                nouns += [c for c in head.head.children if c.dep_ == "attr"]
            # "one of the hottest teenage talents": the noun of the "of" phrase
            nouns += [g for n in list(nouns) if n.lower_ == "one" for p in n.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            for noun in nouns:
                for c in noun.children:
                    if c.dep_ == "amod" and normalise_name(c.lower_) in table:
                        return table[normalise_name(c.lower_)]
        return None

    def _only_past_holder(self, description: Description, cluster: Cluster, words: set[str], past: bool) -> bool:
        """``Two former FBI directors, X and Y, ... The FBI chief``: an office said with no word of
        the past is not held by a person the text gives no title and calls only a former holder."""
        # an occupation of no state and no body ("Ann Lee, a retired teacher ... The teacher") still
        # says what the person is
        trade = not description.marks and bool(description.sectors) \
            and not self.ad.words.state_sector & set(description.sectors)
        return description.kind == "role" and not past and cluster.title is None and not trade \
            and bool(words & self.ad.words.former_word)
    @staticmethod
    def _capacity_of(noun: Token) -> Token | None:
        """The word ``as`` governing a bare noun of office (``as secretary of state``, ``as mayor``):
        the capacity someone held, said of them (``_capacity_held``)."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and not any(
                c.dep_ in {"det", "poss"} for c in noun.children):
            return noun.head
        return None

    def _capacity_held(self, head: Token) -> Token | None:
        """The office noun of ``her tenure as secretary of state``, ``his post as CEO``: the
        possessor of a noun with "as" and a bare office. (Not the subject of a verb with it: "Tom
        Cole will succeed Reed as CEO", "take over as CEO" tell an office one is to hold, while the
        predecessor may be the one "the CEO" still means.)"""
        holder = head.head if head.dep_ == "poss" else None
        if holder is None or holder.i == head.i:
            return None
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "as"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                role = self.ad.role(noun.lemma_) or self.ad.role(noun.text)
                if self._capacity_of(noun) is not None and role is not None and role.kind == "person":
                    return noun
        return None

    def _capitalised_before(self, m: Mention) -> set[str]:
        """The capitalised words just before a name (``FBI Director James Comey``): the body of
        a title, which the title itself leaves out when the body is a mention of its own."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        found: set[str] = set()
        k = span.start - 1 if span is not None else -1
        while k >= 0 and len(found) < 3 and self.sent_of[k] == self.sent_of[span.start]:
            tok = self.tokens[k]
            if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN", "ADJ"}:
                break
            found.add(normalise_name(tok.text))
            k -= 1
        return found

    def _named_person_noun(self, ent: Span) -> bool:
        """A name the model tagged as a place or a body but that the text gives to a person noun
        (``the boy, named Zhang Wei,``, ``a girl called Li Na``, ``the boy, Zhang Wei,``)."""
        if ent.label_ == "PERSON" or not 1 <= len(ent) <= 4 or not all(t.pos_ == "PROPN" for t in ent):
            return False
        if self.ad.organisation(self._span_text(ent)) or self.ad.country_of(self._span_text(ent)):
            return False
        head = ent.root
        noun = self._named_as(head)
        if noun is None and head.dep_ == "appos" and head.head.pos_ == "NOUN":
            noun = head.head
        if noun is None:
            # "Derek Simms, a former bank manager,": a person noun in apposition to the name;
            # "Reality star Chloe Banks": an occupation right before a name opening with a given name
            noun = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                         and c.tag_ == "NN" and c.i > head.i), None)
            if noun is None and self._occupation_before(ent):
                return True
        if noun is None:
            return False
        return self._names_a_person(noun)

    def _names_a_person(self, noun: Token) -> bool:
        """A noun of a person a name may be given to: a person noun (``boy``, ``singer``) or a
        role of one person (``blogger``, ``volunteer``)."""
        found = self.ad.person_noun(noun.lemma_)
        if found is not None:
            return found.kind in {"plain", "relation", "identity"}
        role = self.ad.role(noun.lemma_)
        return role is not None and role.kind == "person"

    def _occupation_before(self, core: Span, tagged_person: bool = False) -> bool:
        """``Reality star Chloe Banks``, ``Veteran broadcaster Michael Ashby``: a singular
        occupation noun (``person_nouns.tsv`` kind identity) right before two or three capitalised
        words opening with a known given name says they are a person's name, though the noun may
        also be a body's (``broadcaster``) or the last word a plural thing's (``Banks``); a span
        the model tagged a person needs no known given name."""
        words = [t for t in core if not t.is_punct]
        if not 2 <= len(words) <= 3 or core.start == 0:
            return False
        if words[0].lower_ not in self.ad.given_names and not tagged_person:
            return False  # the model's tag or a known given name: a person's name
        before = self.tokens[core.start - 1]
        if before.pos_ != "NOUN" or before.tag_ != "NN" or not all(t.text[:1].isupper() for t in words):
            return False
        found = self.ad.person_noun(before.lemma_)
        return found is not None and found.kind == "identity"

    def _named_as(self, head: Token) -> Token | None:
        """The noun a name is given to: ``boy`` in ``the boy, named Tom Reed``, ``a girl
        called Ann Lee`` or ``the boy, named by local media as Tom Reed`` (a participle of
        naming that hangs on the noun)."""
        verb = head.head
        if head.dep_ == "oprd" and verb.lemma_.lower() in self.ad.words.naming_verb and any(
                c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children):
            return self._clause_subject_noun(verb)  # "one volunteer calls himself Brightwater"
        if self._name_noun_object(head):
            # "by the name Zantor" (the name hung on the preposition, or on the noun), "by the name of Zantor"
            prep = head.head.head.head if head.head.lower_ == "of" else head.head.head if head.dep_ == "appos" else head.head
            return self._clause_subject_noun(prep.head)
        if head.dep_ == "pobj" and verb.lower_ == "as":
            verb = verb.head  # "the boy, named by local media as Tom Reed", "identified as"
        elif head.dep_ not in {"oprd", "dobj", "attr"}:
            return None
        if verb.lemma_.lower() in self.ad.words.naming_verb and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head
        return None

    def _name_noun_object(self, head: Token) -> bool:
        """``Zantor`` of ``goes by the online name Zantor``, ``writes under the pseudonym Zantor``,
        ``known by the name of Zantor``: a name governed by a noun of a name someone goes by
        (actor_words.tsv name_noun), inside a prepositional phrase of the clause."""
        if head.dep_ == "appos" and head.head.lemma_.lower() in self.ad.words.name_noun:
            return head.head.dep_ == "pobj" and head.head.head.dep_ == "prep"  # "by the online name, Zantor"
        if head.dep_ != "pobj":
            return False
        if any(c.dep_ in {"compound", "nmod"} and c.lemma_.lower() in self.ad.words.name_noun for c in head.children):
            return head.head.dep_ == "prep"  # "by the online name Zantor"
        of = head.head  # "by the name of Zantor"
        return of.lower_ == "of" and of.head.lemma_.lower() in self.ad.words.name_noun and of.head.dep_ == "pobj" \
            and of.head.head.dep_ == "prep"

    @staticmethod
    def _clause_subject_noun(verb: Token) -> Token | None:
        """The common noun that is the subject of ``verb`` (``volunteer`` of ``one volunteer calls
        himself ...``), if any."""
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return subject if subject is not None and subject.pos_ == "NOUN" else None

    def _age_inside(self, noun: Token) -> int | None:
        """``94`` of ``a 94-year-old grandmother``: an age written before the noun of a phrase."""
        lower = [t.lower_ for t in self.tokens[noun.left_edge.i: noun.i]]
        for k in range(len(lower) - 4):
            if lower[k + 1: k + 5] == ["-", "year", "-", "old"]:
                return _age_value(self.words[noun.left_edge.i + k])
        return None

    def _age_next_to(self, m: Mention) -> int | None:
        """``Jane Roe, 45,`` / ``Jane Roe (45)`` / ``45-year-old Jane Roe``."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        after = self.words[span.end: span.end + 3]
        if len(after) == 3 and after[0] in {",", "("} and after[1].isdigit() and after[2] in {",", ")", "."}:
            return int(after[1])
        before = [w.lower() for w in self.words[max(0, span.start - 5): span.start]]
        if len(before) == 5 and before[1:] == ["-", "year", "-", "old"]:
            return _age_value(before[0])
        return None

    def _other_argument(self, description: Description, cluster: Cluster) -> bool:
        """A description that is the subject or object of a verb whose other argument is a name of the
        person (``Pop star Ann Lee endorsed the Democratic candidate``): one clause's subject and
        object are two people, as a pronoun is never another argument of its own verb (brief
        s15-actors7). A predicate (``Lee is the candidate``) or an apposition links as before."""
        span = self.doc[description.start: description.end]
        head = span.root
        if head.dep_ not in CLAUSE_ARGUMENTS:
            return False
        verb = clause_verb(head)
        # a subject and an object: two subjects of one verb are a parse run over a caption, not two people
        wanted = CLAUSE_OBJECTS if head.dep_ in CLAUSE_SUBJECTS else CLAUSE_SUBJECTS
        return any(m.kind == "name" and m.head.i != head.i and m.head.dep_ in wanted
                   and clause_verb(m.head) == verb and self.sent_of[m.head.i] == self.sent_of[head.i]
                   for m in cluster.mentions)

    def _plain_next(self, description: Description, cluster: Cluster) -> bool:
        """``Dale Prescott ... . The man was taken into custody``: a bare ``the man`` / ``the woman`` (no
        phrase after it says which: not ``the woman driving the car``) opening the sentence right after one
        that names the person, with no unnamed person of that noun brought in before (``a man``)."""
        head = self.tokens[description.end - 1]
        # "The city woman is accused ...": a word of the paper's own town says no more who (s18-dev13e)
        local = description.end - description.start == 3 \
            and self.tokens[description.start + 1].lower_ in self.ad.words.local_modifier
        if (description.end - description.start != 2 and not local) or head.dep_ not in ("nsubj", "nsubjpass"):
            return False  # "The Pentagon spokesman", "The boy's mother": more than a bare noun, or no subject
        if (description.start != self.doc[description.start].sent.start and not self._reported_opening(description)) \
                or any(c.i > head.i and c.dep_ in ("acl", "relcl", "prep", "appos") for c in head.children):
            return False
        here = self.sent_of[head.i]
        if not any(m.kind == "name" and m.sent == here - 1 for m in cluster.mentions):
            return False
        # of the people named there, those who may be "the man" ("Ann Cole told the court that Tom Reed took
        # her car. The man denied it": Ann Cole is a woman; s18-dev13e)
        named_there = {id(c) for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:")
                       and self._person_gender(c) in (None, description.gender) and not c.title
                       for m in c.mentions if m.sent == here - 1}
        if cluster.title or self._name_coordinated(cluster, self.sents[here - 1]):
            return False  # "Judge Ann Lee" is "the judge"; "Ann Lee and Mia Orr were arrested": two (s18-dev13e)
        start_char = self.tokens[description.start].idx
        unnamed_before = any(
            c.key.startswith("role:") and c.type == "PERSON" and (noun := self.ad.person_noun(c.role or "")) is not None
            and noun.kind == "plain" and any(m.end <= start_char for m in c.mentions) for c in self.clusters)
        return len(named_there) == 1 and not unnamed_before

    def _reported_opening(self, description: Description) -> bool:
        """``Police said the woman had been driving ...``: the description is the subject of what the
        sentence's opening verb of saying reports, right after it (or after its ``that``), and that
        verb's subject is no named person (police, officers): the sentence tells of the description's
        person as if it opened with it (issue 15, s18-dev13e)."""
        head = self.tokens[description.end - 1]
        verb = head.head
        if verb.dep_ != "ccomp" or verb.head.dep_ != "ROOT":
            return False
        root = verb.head
        if root.lemma_.lower() not in self.speech_verbs or root.i >= description.start:
            return False
        between = self.tokens[root.i + 1: description.start]
        if any(t.lower_ != "that" for t in between):
            return False
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        sent_start = self.sents[self.sent_of[root.i]].start
        return len(subjects) == 1 and subjects[0].ent_type_ != "PERSON" and subjects[0].tag_ != "PRP" \
            and all(t.i == subjects[0].i or t.head.i == subjects[0].i for t in self.tokens[sent_start: root.i])

    def _common_noun_off_names(self) -> None:
        """``the Free Citizens party``: a body's capitalised name the model took with the lower-case common
        noun after it (``trailing_body_noun``: ``party``) is named without it (``the X Party``, the
        noun capitalised, is the name whole); its codes stay (issue 15, s18-dev13e)."""
        text = doc_text(self.doc)
        trimmed: list[Cluster] = []
        for cluster in self.clusters:
            if cluster.type != "ORG" or not cluster.mentions:
                continue
            for k, m in enumerate(cluster.mentions):
                words = text[m.start:m.end].split()
                if len(words) < 2 or words[-1] not in self.ad.words.trailing_body_noun \
                        or not words[-2][:1].isupper():
                    continue
                end = m.start + text[m.start:m.end].rstrip().rfind(" ")
                cluster.mentions[k] = Mention(m.start, end, m.kind, m.head, m.sent)
                if normalise_name(cluster.name) == normalise_name(" ".join(words)):
                    cluster.name = " ".join(words[:-1])
                    trimmed.append(cluster)
        for cluster in trimmed:
            same = next((c for c in self.clusters if c is not cluster and c.type == "ORG" and c.mentions
                         and normalise_name(c.name) == normalise_name(cluster.name)), None)
            if same is not None:
                self._fold(cluster, same)  # "Free Citizens" and "Free Citizens party": one body

    def _person_gender(self, cluster: Cluster) -> str | None:
        """A person's gender: the cluster's (a given name, a courtesy title, a gendered noun), else the
        one gender of the pronouns the text gave the person (``Janae Orr ... her conviction``), else none."""
        if cluster.gender:
            return cluster.gender
        told = {self.ad.words.pronoun.get(m.head.lower_) for m in cluster.mentions if m.kind == "pronoun"} - {None}
        return told.pop() if len(told) == 1 else None

    def _identifying_opening_sentence(self, cluster: Cluster) -> int | None:
        """The sentence a description's first mention opens as a paragraph's identifying subject
        (``_identifying_opening``), or None."""
        first = min((m for m in cluster.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
        span = self.doc.char_span(first.start, first.end, alignment_mode="expand") if first is not None else None
        return first.sent if span is not None and self._identifying_opening(first, span) else None

    def _kin_noun_of_no_one(self, cluster: Cluster) -> bool:
        """``A grandmother fought off a burglar ... . Ann Orr, 71, ...``: a noun of kin (``mother``,
        ``widow``: person_nouns.tsv kind relation) said of someone with ``a`` and no possessor says what
        the person is, as ``a woman`` does, not whose relative they are; ``of`` a number (``a mother of
        two``) counts children, no relative. The first mention of the description is so, and its
        sentence names no one's relative (``her son``: the name after may be the son's) (giveme42)."""
        first = min((m for m in cluster.mentions if m.kind != "pronoun"), key=lambda m: m.start, default=None)
        if first is None:
            return False
        span = self.doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None or span[0].lower_ not in self.ad.words.indefinite_article:
            return False
        head = first.head
        for child in head.children:
            if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.pos_ != "NUM" for g in child.children):
                return False
        for tok in self.sents[first.sent]:
            noun = self.ad.person_noun(tok.lemma_.lower()) if tok.i != head.i else None
            if noun is not None and noun.kind == "relation" and any(c.dep_ == "poss" for c in tok.children):
                return False
        return True

    def _introduced_people(self) -> None:
        """Local news introduces a private person by a description and names them after: the headline's
        bare ``Woman rescued from pond``, the lead's ``A 27-year-old Elmwood woman was fined ...``, then
        ``Ann Orr paid ...``; or calls a person ``the Elmwood man`` whom it names ``Tom Reed of Elmwood``.
        An unnamed description of a plain gendered noun (``man``, ``woman``: person_nouns.tsv kind
        plain) joins, with all its mentions, the one named person who fits: (1) the one untitled person
        of no other gender named first in the sentence right after a headline's bare description or the
        lead's indefinite subject description (a sentence that names nobody passes to the next
        introducing mention; one that names two who fit ends the search); (2) else the one person of no
        other gender the text says is ``of`` the town the description names. A person two descriptions
        would take is left to neither (issue 15, s18-dev13e)."""
        lead = self._lead_sentence()
        named = [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("person:") and c.mentions]
        offers: dict[int, list[tuple[Cluster, Cluster, str]]] = {}
        for cluster in [c for c in self.clusters if c.type == "PERSON" and c.key.startswith("role:") and c.mentions]:
            noun = self.ad.person_noun(cluster.role or "")
            if noun is None or noun.kind not in {"plain", "relation"} or not noun.gender:
                continue
            if noun.kind == "relation" and not self._kin_noun_of_no_one(cluster):
                continue
            found = self._named_after_introduction(cluster, noun.gender, lead, named)
            if found is not None:
                offers.setdefault(id(found), []).append((cluster, found, "the person named right after it"))
                continue
            found = self._of_same_town(cluster, noun.gender, named)
            if found is not None:
                offers.setdefault(id(found), []).append((cluster, found, "the one person of that town"))
        for pairs in offers.values():
            if len(pairs) != 1:
                continue
            cluster, target, why = pairs[0]
            first = min(cluster.mentions, key=lambda m: m.start)
            target.evidence.append(f"{doc_text(self.doc)[first.start:first.end]!r}: {why}, {target.name}, who fits")
            target.mentions += [Mention(m.start, m.end, "pronoun" if m.kind == "pronoun" else "description", m.head, m.sent)
                                for m in cluster.mentions]
            target.gender = target.gender or self.ad.person_noun(cluster.role or "").gender
            target.country = target.country or cluster.country
            opening = self._identifying_opening_sentence(cluster)
            cluster.mentions.clear()
            if opening is not None:
                # the brief's headline noun ("'Stoic' driver identified ...") is the person its opening introduced
                for holder, m in self._brief_headline_mentions(opening):
                    noun = self.ad.person_noun(m.head.lemma_.lower())
                    if holder is target or (noun is not None and noun.gender not in (None, "", target.gender)):
                        continue
                    target.evidence.append(f"{doc_text(self.doc)[m.start:m.end]!r}: the headline of the brief whose "
                                           f"opening introduced {target.name}")
                    target.mentions.append(Mention(m.start, m.end, "description", m.head, m.sent))
                    holder.mentions.remove(m)
