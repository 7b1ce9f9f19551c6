"""Pronouns: third-person pronouns of people and bodies bound to the entity they stand for.

Phase C of ``EntityResolver``: the methods read and change the resolver's state
(``self.tokens``, ``self.clusters``, ``self.claimed`` ...) exactly as its own do; ``resolve`` in
components/entities.py runs them in order."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from spacy.tokens import Token

from newsevents.actors import ActorDictionary, normalise_name
from newsevents.components.entities_base import (
    ANTECEDENT_WEIGHTS,
    SUBJECT_DEPS,
    Cluster,
    _reporting_clause,
    grammatical_role,
    understood_subject,
)
from newsevents.components.entities_nameforms import SHORT_NAMES_FILE
from newsevents.components.quotes import find_quote_spans
from newsevents.docquery import FINITE_TAGS, clause_verb, doc_text

# An element of markup copied into the text (an embedded post: ``<tweet author="...">words<tweet/>``, ``<a
# href="...">link</a>``, or one closing itself): its opening tag up to its closing tag, over lines
MARKUP_ELEMENT = re.compile(r"<([A-Za-z][\w-]*)\b[^<>]*?(?:/>|>.*?(?:</\1\s*>|<\1\s*/>))", re.S)


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[frozenset[str], bool]]:
    """Short given name -> (the full names it stands for, whether it is also given on its own to the
    other gender: ``short_given_names.tsv``'s column ``alone``), read once."""
    found: dict[str, tuple[set[str], bool]] = {}
    for line in SHORT_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("short\t"):
            continue
        cells = [x.strip().lower() for x in line.split("\t")]
        fulls, both = found.setdefault(cells[0], (set(), False))
        fulls.add(cells[1])
        found[cells[0]] = (fulls, both or (len(cells) > 2 and cells[2] == "both"))
    return {k: (frozenset(v), both) for k, (v, both) in found.items()}


def short_form_gender(word: str, given_names: dict[str, str]) -> str | None:
    """``Becky`` is a woman's name, ``Bobby`` a man's: a short form of given names (not itself in
    ``given_names``) has the gender all its full names share, none when they differ (``Pat``:
    Patricia, Patrick) or when it is also given on its own to the other gender (``Jan``)."""
    word = word.lower()
    if word in given_names or word not in _short_forms():
        return None
    fulls, both = _short_forms()[word]
    genders = {given_names.get(full) for full in fulls}
    return next(iter(genders)) if len(genders) == 1 and not both else None


def given_name_gender(word: str, ad: ActorDictionary) -> str | None:
    """The gender a given name says before a surname: the hand table's (``given_names.tsv``, which
    leaves out names given to both on purpose), else the 1990 US Census lists' (``census_given_names.tsv``:
    "Greta Lowe" is "she"). A short form of the hand tables ("Alex": Alexander, Alexandra) is left to
    :func:`short_form_gender`, and a family name written first ("Moon", "Li": ``family_names.tsv``)
    says no gender, whatever the census says of it as an American given name."""
    word = word.lower()
    if word in ad.given_names:
        return ad.given_names[word]
    if word in _short_forms() or word in ad.family_names:
        return None
    return ad.census_given_names.get(word)


class PronounRules:
    """The rules of this concern; each says which pattern it reads and why."""

    # scripts/train_pronoun_weights.py sets a list here: every _antecedent call with a candidate
    # appends (pronoun, [(cluster, features, latest mention)], chosen cluster). None in normal runs.
    antecedent_trace: list | None = None
    # scripts/pronoun_losses.py sets a list here: every person a hard filter of _antecedent drops,
    # as (pronoun, cluster, the filter's name). None in normal runs.
    rejection_trace: list | None = None

    @staticmethod
    def _rejected(pron: Token, cluster: Cluster, reason: str) -> None:
        if PronounRules.rejection_trace is not None:
            PronounRules.rejection_trace.append((pron, cluster, reason))

    def _pronouns(self) -> None:
        # a writer credited in a byline ("... wounded.--Ann Lee.") is nobody the text goes on about (codes40)
        people = [c for c in self.clusters if c.type == "PERSON" and not self._byline_writer(c)
                  and not self._office_only(c)]
        if not people:
            return
        for cluster in people:
            noun = self.ad.person_noun(cluster.role or "")
            # an abbreviation says no gender: "Rep. Ann Lee" is read as a congressman
            short = (cluster.title or "").split()[-1:] and (cluster.title or "").split()[-1].lower().rstrip(".") \
                in self.ad.words.abbreviated_title
            if cluster.gender is None and noun is not None and noun.gender and not short:
                cluster.gender = noun.gender  # "Clinton spokesman Brian Fallon" is a man
            words = cluster.name.split()
            if cluster.gender is None and cluster.key.startswith("person:") and len(words) >= 2 and "-" not in words[0]:
                # "Becky Lowe, Tom Reed's aide, said that he ...": a short form of women's names with
                # a surname after it is a woman, so the "he" is not hers (pron40)
                cluster.gender = short_form_gender(words[0], self.ad.given_names)
        for tok in self._with_lower(self.ad.words.pronoun):
            gender = self.ad.words.pronoun.get(tok.lower_)
            if gender is None or tok.pos_ != "PRON" or tok.i in self.claimed:
                continue
            binder = self._reflexive_binder(tok, gender, people)
            if binder is not None:
                binder.evidence.append(f"{tok.text!r}: a reflexive bound by {binder.name} in its own clause")
                self._add_bound(binder, tok, gender)
                continue
            believer = self._believer(tok, people) or self._superlative_judge(tok, gender, people)
            if believer is not None:
                believer.evidence.append(f"{tok.text!r}: the subject of a clause of what {believer.name} believes or says")
                self._add_bound(believer, tok, gender)
                continue
            everyone = people
            people = self._not_the_speakers_kin(tok, everyone)  # ents33: '"My father ...," he wrote'
            speaker = self._trailing_speaker(tok, people) or self._fresh_quote_speaker(tok, people)
            cluster = self._antecedent(tok, gender, [p for p in people if p is not speaker]) if speaker else None
            if cluster is not None:
                cluster.evidence.append(f"{tok.text!r}: a subject not {speaker.name}, who only spoke just before")
            else:
                cluster = self._statement_owner(tok, gender, people) or self._antecedent(tok, gender, people)
            people = everyone
            if cluster is not None and self._coordinated_rival(cluster, tok, gender, people):
                cluster = None
            if cluster is not None:
                self._add_bound(cluster, tok, gender)

    @staticmethod
    def _office_only(cluster: Cluster) -> bool:
        """``He ran for sheriff``, ``She was elected mayor``, ``served as treasurer``: a singular common noun
        with no determiner or possessor names an office, not someone (an English singular count noun refers
        only with a determiner); a person known only by such words is no one a pronoun stands for."""
        if not cluster.mentions:
            return False
        for m in cluster.mentions:
            head = m.head
            if m.kind == "pronoun" or head.tag_ != "NN" or not head.is_lower:
                return False
            if any(c.dep_ in {"det", "poss", "nummod"} for c in head.children):
                return False
            # the noun alone ("ran for sheriff", "the nominee for president"), not the last word of a
            # longer phrase ("a Department for Education spokeswoman": a title before a name)
            alone = m.end - m.start == len(head.text)
            predicative = alone and (head.dep_ in {"attr", "oprd"} or (
                head.dep_ == "pobj" and head.head.lower_ in {"for", "as"}))
            if not predicative:
                return False
        return True

    def _add_bound(self, cluster: Cluster, tok: Token, gender: str) -> None:
        """The pronoun ``tok`` as a mention of ``cluster``, which takes the pronoun's gender when it had none:
        one person keeps one gender through the article, so every later pronoun weighs it as known ("In
        his speech, Lee thanked ... He ...": Lee is a man from the first ``his`` on)."""
        if cluster.gender is None and gender:
            cluster.gender = gender
        self._add(cluster, tok.i, tok.i + 1, "pronoun", tok)

    def _reflexive_binder(self, pron: Token, gender: str, people: list[Cluster]) -> Cluster | None:
        """``Tom Hale praised himself``, ``Ann Lee herself asked ...``: a reflexive pronoun is bound
        inside its own clause (binding principle A), never by someone of another sentence: an
        intensifier set after a noun phrase (``Tom Hale himself``) is that phrase's person; an
        object or a prepositional object is the person of its clause's subject, or of the subject a
        subject-less verb takes from the clause above (``Tom Hale wanted to defend himself``), or of
        the object of the verb above an infinitive (``asked Tom Hale to defend himself``). None
        when that word is no mention of a person of the pronoun's gender (or of none known): the
        pronoun is then read as any other."""
        if not self._reflexive(pron):
            return None
        if pron.dep_ in {"appos", "npadvmod"} and pron.head.i < pron.i and pron.head.pos_ in {"PROPN", "NOUN", "PRON"}:
            binder = pron.head
        else:
            verb = clause_verb(pron)
            # "asking the senator to defend himself": an infinitive under a verb with an object takes
            # that object as its subject (object control), not the subject above
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None) \
                if verb.dep_ == "xcomp" and verb.tag_ == "VB" else None
            binder = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) or controller or understood_subject(verb) \
                or self._conjunct_subject(verb) or self._conjunct_subject(self._controlling_verb(verb))
        if binder is None or binder.i == pron.i:
            return None
        found = [c for c in people if c.gender in {None, gender} and any(m.head.i == binder.i for m in c.mentions)]
        return found[0] if len(found) == 1 else None

    def _believer(self, pron: Token, people: list[Cluster]) -> Cluster | None:
        """``... that he believes he may lose``, ``she says she will run``: a subject pronoun of the
        clause a verb takes (its complement's subject, or the pronoun right after the verb that the
        parser made its object), the same word as that verb's own subject pronoun, is the same
        person when the verb has no other person to point to (no object, no dative: ``he told Tom
        he ...`` may be either), and when both stand on one side of any quotation mark. The verb's
        subject already read as someone's gives the person."""
        verb = pron.head
        if pron.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp":
            verb = verb.head
        elif not (pron.dep_ == "dobj" and pron.i == verb.i + 1):
            return None
        if verb.pos_ not in {"VERB", "AUX"} or verb.i >= pron.i:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lower_ != pron.lower_ or subject.i in {pron.i}:
            return None
        if any(c.dep_ in {"dobj", "dative", "iobj"} and c.i != pron.i for c in verb.children):
            return None
        if self._quotation_at(pron.idx) != self._quotation_at(subject.idx) \
                or any(t.is_quote for t in self.tokens[subject.i: pron.i]):
            return None  # '"He meant it," he said': a quotation and its attribution, not one clause in another
        return next((c for c in people for m in c.mentions if m.kind == "pronoun" and m.head.i == subject.i), None)

    def _fresh_quote_speaker(self, pron: Token, people: list[Cluster]) -> Cluster | None:
        """``Dale Rourke rose ...`` / ``"...," said Neil Ludlow, a pollster.`` / ``He was helped
        ...``: the speaker of a quotation paragraph, first named in it, when a subject pronoun of a
        verb not of saying opens the next paragraph: a source brought in to comment, not the one
        the story goes on about (``He added ...`` is still the speaker; issue 15, s17-dev12e)."""
        here = self.sent_of[pron.i]
        if pron.dep_ not in SUBJECT_DEPS or here == 0 or self.sents[here].start != pron.i \
                or self.paragraph_of[here - 1] == self.paragraph_of[here]:
            return None
        verb = pron.head
        if verb.lemma_.lower() in self.speech_verbs:
            return None
        previous = self.paragraph_of[here - 1]
        first = min(k for k in range(here) if self.paragraph_of[k] == previous)
        if self.sents[first].text.lstrip()[:1] not in {'"', "“"}:
            return None
        start = self.sents[first].start_char
        fresh = [c for c in people if c.key.startswith("person:")
                 and any(m.kind == "name" and start <= m.start < pron.idx for m in c.mentions)
                 and min(m.start for m in c.mentions) >= start]
        return fresh[0] if len(fresh) == 1 else None

    def _trailing_speaker(self, pron: Token, people: list[Cluster]) -> Cluster | None:
        """``In a general election, he could win ..., Sabato said``: the person named as the subject
        of a verb of saying after a subject pronoun, whose reported clause (no quotation marks) holds
        it; the pronoun is read as someone else the speaker talks of, when there is one (issue 15,
        s17-dev12e)."""
        if pron.dep_ not in SUBJECT_DEPS or self._quotation_at(pron.idx) is not None:
            return None
        clause = pron.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        said = clause.head
        if clause.dep_ not in {"ccomp", "parataxis"} or said.i < clause.i or said.lemma_.lower() not in self.speech_verbs:
            return None
        subject = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i < said.i - 1 and subject.i < clause.i:
            return None
        return next((c for c in people if c.key.startswith("person:")
                     for m in c.mentions if m.kind == "name" and m.head.i == subject.i), None)

    def _cataphora(self) -> None:
        """``Asked what he would change, Tom Hale said``, ``In his speech, Ann Lee thanked ...``,
        ``But as he slid off the track, Tom Hale kept control``: a personal pronoun inside a phrase
        or clause fronted before its sentence's subject, when that subject is a person's name (of
        the pronoun's gender, or of none known), is that person, said before the name (cataphora).
        Not when anyone is named before the pronoun in the sentence (``After Tom met Ann, she
        ...``), nor when a quotation holds it, nor when another person of that gender was named in
        the sentence before within the same paragraph (``Cruz spoke. As he left, Tom Hale
        laughed.``): then the pronoun is read backwards as any other (``_pronouns``). A subject or
        a possessive only (``In a letter to him, Senator Ann Lee urged the governor``: not her)."""
        people = [c for c in self.clusters if c.type == "PERSON"]
        for tok in self._with_lower(self.ad.words.pronoun):
            gender = self.ad.words.pronoun.get(tok.lower_)
            if gender is None or tok.pos_ != "PRON" or tok.i in self.claimed or tok.lower_.endswith("self"):
                continue
            # a subject or a possessive only: "In a letter to him, Senator X urged the governor"
            if tok.dep_ not in SUBJECT_DEPS and tok.dep_ != "poss":
                continue
            if self._quotation_at(tok.idx) is not None:
                continue
            subject = self._fronted_before_subject(tok)
            if subject is None:
                continue
            here = self.sent_of[tok.i]
            owner = next((c for c in people for m in c.mentions if m.kind == "name" and m.head.i == subject.i), None)
            if owner is None or owner.gender not in {None, gender}:
                continue
            start = self.sents[here].start_char
            participle = self._fronted_participle(tok, subject)
            if any(start <= m.start < tok.idx and not self._asker(m.head, participle) for c in people for m in c.mentions):
                continue
            previous = here - 1
            if participle is None and previous >= 0 and self.paragraph_of[previous] == self.paragraph_of[here] and any(
                    c is not owner and c.gender in {None, gender} and m.sent == previous and m.kind != "pronoun"
                    for c in people for m in c.mentions):
                continue
            owner.evidence.append(f"{tok.text!r}: fronted before its sentence's subject {owner.name}")
            self._add_bound(owner, tok, gender)

    @staticmethod
    def _fronted_participle(tok: Token, subject: Token) -> Token | None:
        """``Asked by Ann Lee if he would run, Tom Hale said ...``: the participle (a past or present
        participle with no subject of its own) that opens the fronted phrase holding ``tok``, hung on
        the verb whose subject is ``subject``; None when the phrase is no such participle. English
        gives such a participle its main clause's subject as its own (``Tom Hale`` was asked), so
        the one it is about is already the sentence's subject, whoever the sentence before named."""
        # the verb the subject's clause hangs on: its own, or the one a credit set inside a quotation
        # hangs from ('Asked ..., Tom Hale said, "We ..."': the parser's root is the quoted verb)
        host = subject.head.head if subject.head.dep_ == "parataxis" else subject.head
        node = tok
        while node.head.i != node.i and node.head.i != host.i:
            node = node.head
        # a past participle the parser tagged as a past tense ("Asked") has no subject of its own either
        if node.head.i != host.i or node.dep_ != "advcl" or node.tag_ not in {"VBN", "VBG", "VBD"} \
                or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in node.children) or node.i >= tok.i:
            return None
        return node

    @staticmethod
    def _asker(name: Token, participle: Token | None) -> bool:
        """Whether ``name`` is the agent of a fronted passive participle (``Asked by Ann Lee if he
        ...``): the one who asked, not the one the question is about."""
        return participle is not None and name.dep_ == "pobj" and name.head.dep_ == "agent" \
            and name.head.head.i == participle.i

    def _fronted_before_subject(self, tok: Token) -> Token | None:
        """The subject of the clause a fronted phrase holding ``tok`` opens (``Asked what he ...,
        Tom Hale said``: ``Hale``), or None when ``tok`` is in no phrase before a subject. When the
        parser made a quotation after the credit the root (``Asked what he wants, Tom Hale said, "We
        ..."``: the phrase hung on the quoted verb, the credit a ``parataxis`` of it), the subject of
        that credit's verb of saying."""
        node = tok
        while node.head.i != node.i:
            head = node.head
            if node.dep_ in {"advcl", "prep", "npadvmod", "advmod"} and node.i < head.i and head.pos_ in {"VERB", "AUX"}:
                subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None and node.right_edge.i < subject.i and tok.i < subject.i \
                        and subject.tag_ in {"NNP", "NNPS"}:
                    return subject
                said = next((c for c in head.children if c.dep_ == "parataxis" and node.right_edge.i < c.i < head.i
                             and c.lemma_.lower() in self.speech_verbs), None)
                credited = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None) if said is not None else None
                if credited is not None and node.right_edge.i < credited.i and credited.tag_ in {"NNP", "NNPS"} \
                        and self._quotation_at(head.idx) is not None:
                    return credited
                return None
            node = head
        return None

    def _body_pronouns(self) -> None:
        """``Acme made announcements. It has agreed a deal``: a subject "it" stands for the named
        body (ORG, GPE) that was a subject in the latest of its own or the two sentences before that
        has one, when exactly one was there; with two such bodies, or none, it stays no one. A
        person is never "it"."""
        bodies = [c for c in self.clusters if c.type in ("ORG", "GPE")]
        for tok in self._with_lower(self.ad.words.body_pronoun):
            if tok.lower_ not in self.ad.words.body_pronoun or tok.pos_ != "PRON" or tok.i in self.claimed \
                    or (tok.dep_ not in SUBJECT_DEPS and not self._object_before_modal(tok)) or self._impersonal_it(tok):
                continue
            here = self.sent_of[tok.i]
            for sent in range(here, here - 3, -1):  # the latest sentence with a body as a subject
                # an organisation's name inside the subject counts ("Dutch shipper, Zentor, said it
                # ..."; :meth:`_subject_verb`), a country's does not ("The US carmaker Acme"); and
                # "companies" are "they", not "it"
                fits = [c for c in bodies if any(
                    m.sent == sent and m.end <= tok.idx and (
                        self._body_subject(m.head) if c.type == "ORG"
                        else m.head.dep_ in SUBJECT_DEPS and m.head.tag_ != "NNS")
                    for m in c.mentions)]
                if fits:
                    if len(fits) == 1:
                        self._add(fits[0], tok.i, tok.i + 1, "pronoun", tok)
                    break

    def _object_before_modal(self, tok: Token) -> bool:
        """``by announcing it would expand``: a pronoun right before a modal is the subject of the
        clause the modal opens, whatever the parser hung it on (it may read it as the verb's object)."""
        nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
        return tok.dep_ == "dobj" and nxt is not None and nxt.tag_ == "MD"

    def _body_reflexives(self) -> None:
        """``Acme has divested itself of the unit``: a reflexive ``itself`` is the body that is
        the subject of its clause (a name or a pronoun already linked to it)."""
        for tok in self._with_lower({"itself"}):
            if tok.lower_ != "itself" or tok.i in self.claimed:
                continue
            verb = tok.head
            while verb.dep_ in {"prep", "pobj", "agent"} and verb.head.i != verb.i:
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if len(subjects) != 1:
                continue
            owner = next((c for c in self.clusters if c.type == "ORG" and any(
                m.head.i == subjects[0].i for m in c.mentions)), None)
            if owner is not None:
                self._add(owner, tok.i, tok.i + 1, "pronoun", tok)

    def _body_possessives(self) -> None:
        """``Acme said its profits rose``: a possessive "its" stands for the named organisation
        that is the singular subject of a clause holding it (or the object a clause's understood
        subject is: ``forced Acme to lower its prices``, :meth:`_controlled_verb`), before it,
        when exactly one is and no
        other possible owner stands between them (``Acme sold the unit with its staff`` may be the
        unit's: no link; :meth:`_owner_candidate`). ``Its shares fell``, opening its sentence, is the body of the sentence
        before as for a subject "it" (:meth:`_body_pronouns`). The "its" of a country or a state's
        body is left alone: an event's party read through it would be the state itself
        (``Venezuela deployed troops to its border`` has no recipient)."""
        bodies = [c for c in self.clusters if c.type == "ORG" and not self.ad.words.state_sector & set(c.sectors)]
        for tok in self._with_lower(self.ad.words.body_possessive):
            if tok.lower_ not in self.ad.words.body_possessive or tok.dep_ != "poss" or tok.i in self.claimed:
                continue
            here = self.sent_of[tok.i]
            governing = {a.i for a in tok.ancestors}
            fits = [(c, m) for c in bodies for m in c.mentions
                    if m.sent == here and m.end <= tok.idx and (self._subject_verb(m.head) in governing
                                                                or self._controlled_verb(m.head) in governing)]
            if fits:
                if len({id(c) for c, _ in fits}) == 1:
                    cluster, mention = max(fits, key=lambda cm: cm[1].end)
                    own = {(m.start, m.end) for m in cluster.mentions}
                    between = [t for t in self.doc[mention.head.i + 1:tok.i]
                               if self._owner_candidate(t) and not any(a <= t.idx < b for a, b in own)]
                    if not between:
                        self._add(cluster, tok.i, tok.i + 1, "pronoun", tok)
                continue
            sent = self.doc[tok.i].sent
            if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in self.doc[sent.start:tok.i]):
                continue  # not the first words of its sentence: another noun may own it
            for back in (here - 1, here - 2):
                before = [c for c in bodies if any(
                    m.sent == back and self._subject_verb(m.head) is not None for m in c.mentions)]
                if before:
                    if len(before) == 1:
                        self._add(before[0], tok.i, tok.i + 1, "pronoun", tok)
                    break

    def _body_plurals(self) -> None:
        """``Arsenal said they would appeal``, ``Acme said their profits rose``: British news writes
        a club or a firm as a collective, in the plural. A ``they`` or ``their``
        (``body_plural_pronoun``) stands for the named organisation (of no state sector, as for
        ``its``) that is the singular subject of a clause holding it, before it in its sentence,
        when exactly one body is so (``Acme and Zenco said they ...``: two, no link) and no plural
        group may be meant nearer: no plural noun, people's name, person or other named body
        stands between them (``Acme said its players felt they ...``, ``Acme told Zenco they
        ...``), and the pronoun is not quoted where the body is not (``Acme said: "they lied"``
        is someone else). A person's ``they`` is never read so: a person is no organisation."""
        bodies = [c for c in self.clusters if c.type == "ORG" and not self.ad.words.state_sector & set(c.sectors)]
        for tok in self._with_lower(self.ad.words.body_plural_pronoun):
            if tok.lower_ not in self.ad.words.body_plural_pronoun or tok.pos_ != "PRON" or tok.i in self.claimed:
                continue
            here = self.sent_of[tok.i]
            governing = {a.i for a in tok.ancestors}
            fits = [(c, m) for c in bodies for m in c.mentions
                    if m.sent == here and m.end <= tok.idx and self._body_subject(m.head)
                    and self._subject_verb(m.head) in governing]
            if len({id(c) for c, _ in fits}) != 1:
                continue
            cluster, mention = max(fits, key=lambda cm: cm[1].end)
            quoted = self._quotation_at(tok.idx)
            if quoted is not None and not quoted[0] <= mention.start < quoted[1]:
                continue
            own = [(m.start, m.end) for m in cluster.mentions]
            between = [t for t in self.doc[mention.head.i + 1:tok.i] if not any(a <= t.idx < b for a, b in own) and (
                t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}
                or (t.i in self.claimed and (other := self._cluster_at(t.i)) is not None and other is not cluster
                    and other.type in {"PERSON", "NORP", "ORG"}))]
            if not between:
                cluster.evidence.append(f"{tok.text!r}: {cluster.name} is the subject of the clause holding it")
                self._add(cluster, tok.i, tok.i + 1, "pronoun", tok)

    @staticmethod
    def _owner_candidate(tok: Token) -> bool:
        """A word that could own an "its" as well as the subject: a singular noun with a determiner
        (``the unit``), or a named body, place or product; not a bare mass noun (``filed for
        bankruptcy``), a figure's unit (``%``) or a date."""
        if tok.tag_ == "NN" and tok.is_alpha:
            return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in tok.children)
        return tok.tag_ == "NNP" and tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")

    def _body_subject(self, head: Token) -> bool:
        """A body's name is a subject: itself (one of subjects joined by "and" too, each a
        candidate), in apposition to the subject (``Dutch carmaker, Zentor, said``), or a word
        of a subject whose head is a body's noun (``The US carmaker Zentor``); not a name that
        merely modifies another noun (``the Dow Jones index gaining``)."""
        if head.tag_ == "NNS":
            return False
        if head.dep_ == "compound":
            noun = head.head
            found = self._role_ending_at(noun.i, noun.left_edge.i)
            role = self.ad.role(found[1]) if found else None
            if role is None or role.kind != "org":
                return False
        return self._subject_verb(head) is not None

    @staticmethod
    def _controlled_verb(head: Token) -> int | None:
        """``The regulator forced Acme to lower its prices``: the verb of the clause after a verb
        (``xcomp``) whose understood subject is the verb's object ``head`` (a singular one)."""
        if head.tag_ in {"NNS", "NNPS"}:
            return None
        if head.dep_ == "compound" and head.head.tag_ not in {"NNS", "NNPS"}:
            head = head.head
        if head.dep_ != "dobj":
            return None
        clauses = [c for c in head.head.children if c.dep_ == "xcomp" and c.i > head.i]
        return clauses[0].i if len(clauses) == 1 else None

    @staticmethod
    def _subject_verb(head: Token) -> int | None:
        """The verb whose singular subject ``head`` is, or one of whose subjects it is when they are
        joined by "and" (each a candidate, so that two link nothing); else None. A name inside the
        subject (``carmaker Acme said``: a compound or an apposition of it) counts as the subject."""
        if head.tag_ == "NNS":
            return None  # "companies" are "their", not "its"
        for _ in range(2):
            if head.dep_ in ("compound", "appos") and head.head.tag_ != "NNS":
                head = head.head
        if head.dep_ == "conj" and head.head.dep_ in SUBJECT_DEPS:
            return head.head.head.i
        return head.head.i if head.dep_ in SUBJECT_DEPS else None

    def _impersonal_it(self, tok: Token) -> bool:
        """An "it" that stands for nothing: "it seems", "it emerged that", "it rained" (the
        impersonal verbs), "it is likely that/to", "it is time to", "it was reported that"."""
        verb = tok.head
        if verb.lemma_.lower() in self.ad.words.impersonal_verb:
            return True
        clause = ("ccomp", "xcomp", "csubj", "advcl")
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        clauses = [c for c in verb.children if c.dep_ in clause and c.i > tok.i]
        clauses += [g for c in complements for g in c.children if g.dep_ in clause]
        if verb.lemma_ == "be" and complements and clauses:
            return True
        return tok.dep_ == "nsubjpass" and bool(clauses)

    def _quotation_at(self, offset: int) -> tuple[int, int] | None:
        if self.quotations is None:
            self.quotations = [q.inner for q in find_quote_spans(doc_text(self.doc))]
        return next(((a, b) for a, b in self.quotations if a <= offset < b), None)

    def _quoted_sentences_between(self, first: int, last: int) -> int:
        """How many sentences strictly between two lie wholly inside one quotation (their first and
        last words inside the same quotation marks)."""
        if self.quoted_sents is None:
            self.quoted_sents = []
            tokens = self.tokens
            for sent in self.sents:
                # only the first and last words count: found from each end of the sentence (the
                # Tokens made once), not by reading every word of every sentence
                start = next((k for k in range(sent.start, sent.end)
                              if not (tokens[k].is_punct or tokens[k].is_space)), None)
                if start is None:
                    self.quoted_sents.append(False)
                    continue
                end = next(k for k in range(sent.end - 1, start - 1, -1) if not (tokens[k].is_punct or tokens[k].is_space))
                inside = self._quotation_at(tokens[start].idx)
                self.quoted_sents.append(inside is not None and inside == self._quotation_at(tokens[end].idx))
        return sum(self.quoted_sents[first + 1 : last])

    def _quotation_sents(self, quoted: tuple[int, int], here: int) -> set[int]:
        """The sentences where a quotation opens and closes, and the pronoun's own."""
        found = {here}
        for offset in (quoted[0], quoted[1] - 1):
            span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and len(span):
                found.add(self.sent_of[span[0].i])
        return found

    def _credit_before(self, quoted: tuple[int, int]) -> int | None:
        """The sentence just before the one a quotation opens in, when it is of the same paragraph, a
        quotation closes in it and the quotation's own sentences credit no one outside its marks (no
        subject of a verb of saying there): the credit the quotation continues; else None."""
        span = self.doc.char_span(quoted[0], quoted[0] + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        opening = self.sent_of[span[0].i]
        if opening == 0 or self.paragraph_of[opening - 1] != self.paragraph_of[opening]:
            return None
        before = self.sents[opening - 1]
        if not any(before.start_char < b <= before.end_char for _, b in self.quotations or []):
            return None
        last = self.doc.char_span(max(quoted[0], quoted[1] - 1), quoted[1], alignment_mode="expand")
        closing = self.sent_of[last[-1].i] if last is not None and len(last) else opening
        for sent in self.sents[opening:closing + 1]:
            if any(t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in self.speech_verbs
                   and self._quotation_at(t.idx) is None for t in sent):
                return None
        return opening - 1

    @staticmethod
    def _conjunct_subject(verb: Token) -> Token | None:
        """``Ann Lee thanked the staff and praised her``: a finite verb coordinated with another and
        with no subject of its own shares the first verb's subject, so an object pronoun of it is
        not that subject (binding principle B, as for an understood subject; pron36)."""
        node = verb
        while node.dep_ == "conj" and node.head.i != node.i and not any(c.dep_ in SUBJECT_DEPS for c in node.children):
            node = node.head
        if node.i == verb.i:
            return None
        return next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)

    @staticmethod
    def _inside_other_name(tok: Token) -> bool:
        """``the Hale Tower``, ``Lee Holdings``: a person's name that is a word of another proper name
        (a building, a firm named after them) is no argument of the clause it stands in; a name
        modifying a common noun (``a Lee-type senator``, ``Lee aides``) still is read as the person."""
        return tok.dep_ == "compound" and tok.head.pos_ == "PROPN"

    @staticmethod
    def _reflexive(tok: Token) -> bool:
        """``himself``, ``herself``: a reflexive pronoun (its clause's subject, principle A)."""
        return tok.pos_ == "PRON" and tok.lower_.endswith(("self", "selves"))

    @staticmethod
    def _controlling_verb(verb: Token) -> Token:
        """``Tom Lee criticised the plan and vowed to vote for him``: the finite verb atop a chain of
        infinitive complements with no subject of their own (``vote`` -> ``vowed``); ``verb`` itself
        when there is none (a gerund adjunct is left out: its subject is often a noun the parser
        hung elsewhere, ``bragged about her father teaching her``). A finite
        verb so reached shares the subject of a verb it is coordinated with (``_conjunct_subject``),
        so an object pronoun of the chain is not that subject either (binding principle B; pron40)."""
        node = verb
        for _ in range(6):
            if any(c.dep_ in SUBJECT_DEPS for c in node.children) or node.tag_ in FINITE_TAGS:
                break
            if node.dep_ != "xcomp" or node.head.i == node.i:
                return verb
            node = node.head
        return node if node.tag_ in FINITE_TAGS else verb

    @staticmethod
    def _nominative_object(pron: Token) -> bool:
        """``Praise for Ann Lee grew since she won``, read with ``since`` a preposition and ``she``
        its object: a nominative pronoun (he, she) is never an object in English, so the parser
        missed the clause it is the subject of, and the verb it hangs from is not its own (pron36)."""
        return pron.dep_ in {"pobj", "dobj"} and "Nom" in pron.morph.get("Case")

    @staticmethod
    def _subject_of_relative(head: Token, pron: Token) -> bool:
        """The pronoun stands inside a relative clause of ``head`` whose subject is the relative
        pronoun (``Ann Hale, who ... for saying she ...``): ``head`` is that clause's subject."""
        for clause in pron.ancestors:
            if clause.dep_ == "relcl" and clause.head.i == head.i:
                return any(c.dep_ in SUBJECT_DEPS and c.tag_ in {"WP", "WDT"} for c in clause.children)
        return False

    def _antecedent(self, pron: Token, gender: str, people: list[Cluster]) -> Cluster | None:
        here = self.sent_of[pron.i]
        verb = clause_verb(pron)
        role_p = grammatical_role(pron)
        quoted = self._quotation_at(pron.idx)
        host = self._adverbial_host(pron, verb)
        attributed = self._attributed_quotation(pron, here) if quoted is None else None
        opened = self._opening_sentence(attributed, here)
        introducing = self._introducing_paragraph(attributed, opened if opened is not None else here)
        continuing = self._latest_speaker(pron, gender, people) if pron.dep_ in SUBJECT_DEPS and quoted is None \
            and verb.lemma_.lower() in self.ad.words.continuing_speech_verb else None
        stretch = self._last_quoted_stretch(attributed) if attributed is not None else None
        # the same for every mention of every cluster below: worked out once (two char_span calls)
        quotation_sents = self._quotation_sents(quoted, here) if quoted is not None else set()
        credit_before = self._credit_before(quoted) if quoted is not None else None
        best: tuple[float, Cluster] | None = None
        candidates: list = []  # (cluster, features, latest mention) when traced for training
        custody = pron.dep_ == "nsubjpass" and verb.lemma_.lower() in self.ad.words.custody_verb
        # '"We want a judge to rule." He added: ...': the subject of a verb of saying outside quotation
        # marks is someone the narrative named, not one the quoted words talk of (quotes22)
        narrated = quoted is None and pron.dep_ in SUBJECT_DEPS and verb.lemma_.lower() in self.speech_verbs
        fronted_object = self._fronted_object_pronoun(pron)
        preceding = self._preceding_subjects(pron, gender, quoted, opened if opened is not None else here)
        for cluster in people:
            if cluster.gender and cluster.gender != gender:
                self._rejected(pron, cluster, "gender")
                continue
            # "[Read more: Jim Cole's great night]": a name in square brackets outside the
            # pronoun's (a link to another story, an editor's insertion) is not what it stands for
            inside = next((b for b in self.brackets if b[0] <= pron.idx < b[1]), None)
            before = [m for m in cluster.mentions if m.end <= pron.idx and next(
                (b for b in self.brackets if b[0] <= m.start < b[1]), inside) == inside]
            if narrated:
                # the subject of a finite verb of saying stays: a narrator's saying that the quotation
                # marks of a run-on quotation seem to enclose ('"... Swimmer Tom Lee said ...')
                before = [m for m in before if self._quotation_at(m.start) is None or (
                    m.head.dep_ in SUBJECT_DEPS and m.head.head.tag_ in FINITE_TAGS
                    and m.head.head.lemma_.lower() in self.speech_verbs)]
            if before and self._credited_names():
                # "Photo: Sam Wells/Getty Images": the photographer credited under a picture is no one the
                # story's pronouns stand for (ents26)
                before = [m for m in before if (m.start, m.end) not in self.credited_names]
            if stretch is not None:
                # '"Ann Lee said it first. She was right," he said': a name inside the quotation the
                # pronoun's own attribution reports is someone the speaker talks of, never the speaker
                # (binding principle C over every sentence of that quotation, as within one; quotes29)
                if any(m.kind == "name" and stretch[0] <= m.start < stretch[1] for m in cluster.mentions):
                    # and so is that person wherever else named: a speaker says "I" of herself, so one
                    # her own quoted words name ('"I met Ann Lee's staff," she said') is someone else (pron42)
                    self._rejected(pron, cluster, "named in the quotation it credits")
                    continue
                before = [m for m in before if not stretch[0] <= m.start < stretch[1]]
            if not before:
                self._rejected(pron, cluster, "no mention before (brackets, credit, quotation stretch)")
                continue
            # "She is above the law," Tom Ryan said: quoted words say "I" of their speaker, so a
            # quoted "she" is not the subject of the attribution outside the quotation.
            # Nor, when the quotation runs over several sentences, of the attribution where it
            # opens or closes (Tom Ryan said: "... She is above the law.").
            if quoted is not None and any(
                    m.sent in quotation_sents and not quoted[0] <= m.start < quoted[1]
                    and m.head.dep_ in SUBJECT_DEPS for m in cluster.mentions):
                self._rejected(pron, cluster, "quoted speaker")
                continue
            # '"We won," he said. "They may not like him, but ..."': a quotation with no credit of its own
            # right after a credited one in the same paragraph goes on with that speaker, who says "I", not "him"
            if credit_before is not None and any(
                    m.sent == credit_before and m.head.dep_ in SUBJECT_DEPS and self._quotation_at(m.start) is None
                    and m.head.head.lemma_.lower() in self.speech_verbs for m in cluster.mentions):
                self._rejected(pron, cluster, "speaker of the quotation continued")
                continue
            # A pronoun does not co-refer with another argument of its own verb ("He called on X"). Not
            # an argument: a name inside another name ("though he licensed his name to the Hale Tower"),
            # nor a reflexive, which is its clause's subject by its own rule ("Himself a
            # lawyer, he ..."); and a subject pronoun's clause is the word it is the subject of, though
            # the parser made that no verb ("Tom Hale lost, but he might in June": "might in" a
            # clause of its own; pron40)
            own = pron.head if pron.dep_ in SUBJECT_DEPS else verb
            if role_p != "poss" and not self._nominative_object(pron) and any(
                m.sent == here and m.head.dep_ != "poss" and not self._inside_other_name(m.head) and clause_verb(m.head) == own
                and not self._reflexive(m.head) and not self._set_off_fragment(m.head, pron)
                and not self._run_on_subject(m, pron) and not self._parenthesis_after(m.head, pron) for m in cluster.mentions
            ):
                self._rejected(pron, cluster, "same clause (binding B)")
                continue
            # "Tom Lee answered by calling Ann Hale a liar and accusing him of ...": an object pronoun of a
            # verb with no subject of its own is not the subject that verb takes from the clause above it
            # (binding principle B through the understood subject; recips16, the eighth US-news audit's #22)
            understood = (understood_subject(verb) or self._conjunct_subject(verb)
                          or self._conjunct_subject(self._controlling_verb(verb))) if role_p in ("obj", "pobj") else None
            if understood is not None and any(m.sent == here and m.head.i == understood.i for m in cluster.mentions):
                self._rejected(pron, cluster, "understood subject (binding B)")
                continue
            # "He suggested that Tom Lee was wrong", "'Tom Lee is wrong,' he said": a subject
            # pronoun is not anyone named or described in the clause its verb governs (binding
            # principle C: "'... why Tom Lee should be mayor,' she said" is not the "mayor")
            if pron.dep_ in SUBJECT_DEPS and any(
                    m.sent == here and m.kind != "pronoun" and self._governed_by(verb, pron, m.head)
                    and not self._run_on_subject(m, pron) and not self._parenthesis_after(m.head, pron)
                    for m in cluster.mentions):
                self._rejected(pron, cluster, "governed clause (binding C)")
                continue
            last = max(before, key=lambda m: m.end)
            distance = here - last.sent
            if opened is not None and last.sent < opened:
                # '"A. B. C. D," she said': the quoted sentences are one step, not four (prons16)
                distance = opened - last.sent + 1
            quoted_last = quoted is None and attributed is None and pron.dep_ in SUBJECT_DEPS and (
                within := self._quotation_at(last.start)) is not None and self._attributed_outside(within)
            farther = 0
            if quoted_last:
                # 'Ann Lee said, "Tom and I drove in. He laughed." She then ...': seen from a subject
                # pronoun of the narrative (not the credit of a quotation just closed), a person named (or a pronoun read) inside a quotation is
                # someone the speaker talks of: scored as far as the sentence where the quotation opens
                # (still in reach as before), and no subject of the narrative, so the speaker outside
                # the marks comes first
                opening = self._opening_sentence(within, here)
                farther = here - opening if opening is not None else 0
            # '<Name> lists his reasons. <post ...>One. Two. Three.<post/> He concludes ...': the sentences of a
            # post embedded in markup are someone else's words set into the page, not steps of the narrative
            distance -= self._markup_sentences_between(last.sent, here)
            if distance > 3 and last.head.dep_ in SUBJECT_DEPS and clause_verb(last.head).lemma_.lower() in self.speech_verbs:
                # 'She said: "A. B. C. D." She added that ...': her own quoted sentences after she
                # was last named as a speaker keep her the topic; only sentences of the narrative
                # count towards the limit (quotes24)
                distance -= self._quoted_sentences_between(last.sent, here)
            if distance > 3:
                self._rejected(pron, cluster, "distance")
                continue
            role_m = "quoted" if quoted_last else grammatical_role(last.head)
            if not quoted_last and role_m != "subj" and any(m.sent == last.sent and m.end <= pron.idx and m.head.dep_ in SUBJECT_DEPS
                                        for m in before):
                # the subject of its latest sentence, though named last in an object ("Fans greeted
                # Massa as he waved to his family - his son Tom, whereupon he wept"): still the topic
                role_m = "subj"
            if role_p == "subj" and self._subject_of_relative(last.head, pron):
                role_m = "subj"  # "Ann Hale, who was fined for saying she ...": "who" is her, a subject
            subjects = [m for m in before if m.sent == last.sent and m.head.dep_ in SUBJECT_DEPS]
            if role_m == "subj" and verb.lemma_.lower() in self.speech_verbs and subjects and all(
                    self._reported_subject(m.head) and not self._restated_speaker(m.head, here)
                    for m in subjects):
                # "Ann Hale said Tom Lee was wrong. '...,' she said": the next speaker is the one who
                # spoke, not the subject of what she reported
                role_m = "reported"
            # Closer is likelier; a paragraph break is a stronger boundary than a sentence.
            features = {
                "distance": float(max(distance, farther)),
                "paragraph_step": float(self.paragraph_of[here] - self.paragraph_of[last.sent]),
                "subject": float(role_m == "subj"),
                "same_role": float(role_m == role_p or (role_p == "poss" and role_m == "subj")),
                "pobj": float(role_m == "pobj"),
                "tokens_back": (pron.i - last.head.i) / 100.0,
                # "she" goes to the one woman in reach before anyone whose gender is unknown
                "gender_known": float(cluster.gender == gender),
                "adverbial_host": float(host is not None and any(
                    m.sent == here and m.end <= pron.idx and self._in_host_clause(m.head, host) for m in before)),
                # "Police arrested Tom Reed ... He is being held on bail" (ents21)
                "introduced_speaker": float(introducing is not None and min(
                    self.paragraph_of[m.sent] for m in cluster.mentions) == introducing),
                "continued_speaker": float(cluster is continuing),
                "sentence_pronoun": float(self._same_sentence_pronoun(pron, gender, cluster, last, people)),
                "buried_subject": float(role_m == "subj" and last.sent < here
                                        and self._buried_subject(last.head, cluster, gender, people)),
                "fronted_object_pronoun": float(fronted_object is not None and last.head.i == fronted_object.i),
                "preceding_subject": float(any(m.head.i in preceding for m in before)),
                "custody": float(custody and any(
                    here - m.sent <= 2 and m.head.dep_ in {"dobj", "nsubjpass"}
                    and m.head.head.lemma_.lower() in self.ad.words.crime_person_verb for m in before)),
            }
            if PronounRules.antecedent_trace is not None:
                features.update(self._discourse_features(cluster, before, last, here))
            score = sum(weight * features.get(name, 0.0) for name, weight in ANTECEDENT_WEIGHTS.items())
            if PronounRules.antecedent_trace is not None:
                candidates.append((cluster, features, last))
            if best is None or score > best[0]:
                best = (score, cluster)
        if PronounRules.antecedent_trace is not None and candidates:
            PronounRules.antecedent_trace.append((pron, candidates, best[1]))
        return best[1] if best else None

    def _preceding_subjects(self, pron: Token, gender: str, quoted, first: int) -> set[int]:
        """``Ann Lee, the club's founder, praised the event. "We must help," she said.``: for a subject pronoun
        of the narrative, the heads of the main-clause subjects (a name or its apposition) of the sentence just
        before its own (before the sentence a quotation it credits opens in, ``first``), outside quotation
        marks, when no subject pronoun of its gender stands between them and it outside quotation marks.
        The subject of the sentence before is the centre the next sentence goes on with (centering: Grosz,
        Joshi and Weinstein 1995), ahead of anyone named earlier; empty when it does not apply."""
        if quoted is not None or pron.dep_ not in SUBJECT_DEPS or first < 1 or not self._main_clause(pron.head):
            return set()  # a pronoun inside a clause of its sentence ("calling him, saying he ...") is left as it was
        if pron.head.lemma_.lower() in self.ad.words.continuing_speech_verb:
            return set()  # '"...," he continued': the verb itself goes on with the latest speaker, whoever came between
        previous = self.sents[first - 1]
        heads: set[int] = set()
        for tok in previous:
            host = tok
            while host.dep_ == "appos" and host.head.i != host.i:
                host = host.head
            if self._quotation_at(tok.idx) is not None:
                continue
            # "Tom Hale and Jim Cole won": two people joined in one subject are no one centre; and "Tom Hale said
            # (believes) Jim Cole would quit. He then ...": after a report, the narrative goes on with what was
            # reported, so the one who said it is the centre only for the next credit of saying ("'...,' he told us")
            credit = pron.head.lemma_.lower() in self.speech_verbs
            # a name (or its apposition), not a pronoun: a person carried by a pronoun is already the nearest
            # subject, and a pronoun subject of the sentence before may stand for anyone the narrative follows
            subject = host.dep_ in SUBJECT_DEPS and host.pos_ != "PRON" and self._main_clause(host.head) \
                and host.dep_ != "conj" and not any(c.dep_ == "conj" for c in host.children) \
                and (credit or not self._reports(host.head))
            # "According to Tom Hale, the road is closed. '...,' he said": the source a sentence is credited to
            # is its speaker, the centre for the next credit of saying
            if subject or (credit and self._attribution_source(tok)):
                heads.add(tok.i)
        if not heads:
            return heads
        doc = pron.doc
        for tok in doc[previous.end:pron.i]:
            if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "PRON" and self.ad.words.pronoun.get(tok.lower_) == gender \
                    and self._quotation_at(tok.idx) is None:
                return set()
        return heads

    def _reports(self, verb: Token) -> bool:
        """Whether ``verb`` reports what someone said or holds: a verb of saying, or one whose clausal complement
        has a subject of its own (``Tom Hale believes Jim Cole delivers``)."""
        return verb.lemma_.lower() in self.speech_verbs or any(
            c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children)

    @staticmethod
    def _main_clause(verb: Token) -> bool:
        """Whether ``verb`` heads its sentence's main clause (the root, or a clause joined to it by ``and``)."""
        return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

    @staticmethod
    def _attribution_source(head: Token) -> bool:
        """``According to Tom Hale, city engineer, ...``: whether ``head`` (or the name it stands in
        apposition to) is the object of ``according to``, the phrase that credits a sentence to a source."""
        while head.dep_ == "appos" and head.head.i != head.i:
            head = head.head
        prep = head.head
        return head.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"

    def _fronted_object_pronoun(self, pron: Token) -> Token | None:
        """``After Jim Cole accused him of lying, he warned``: for a subject pronoun, the object pronoun of
        its own gender (a verb's object or a preposition's) of an adverbial clause opened by a subordinating
        word, hung on the pronoun's verb and written before it, whose subject is a name or a noun (not a
        pronoun: ``After he accused Jim Cole, he ...`` goes on with its subject); None when there is none."""
        if pron.dep_ not in SUBJECT_DEPS:
            return None
        gender = self.ad.words.pronoun.get(pron.lower_)
        for clause in pron.head.children:
            if clause.dep_ != "advcl" or clause.i >= pron.i or clause.right_edge.i >= pron.i \
                    or not any(c.dep_ == "mark" for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None or subject.pos_ == "PRON":
                continue
            objects = [c for c in clause.children if c.dep_ in {"dobj", "dative", "iobj"}]
            objects += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            found = [o for o in objects if o.pos_ == "PRON" and not self._reflexive(o)
                     and self.ad.words.pronoun.get(o.lower_) == gender]
            if len(found) == 1:
                return found[0]
        return None

    def _markup_sentences_between(self, first: int, last: int) -> int:
        """How many sentences strictly between two lie wholly inside one element of markup copied into
        the text (``MARKUP_ELEMENT``: an embedded post), their first and last words inside it."""
        if self.markup_sents is None:
            spans = [m.span() for m in MARKUP_ELEMENT.finditer(self.text)] if "<" in self.text else []
            self.markup_sents = []
            for sent in self.sents:
                words = [t for t in sent if not (t.is_punct or t.is_space)] if spans else []
                inside = [next((k for k, (a, b) in enumerate(spans) if a <= t.idx < b), None) for t in words[:1] + words[-1:]]
                self.markup_sents.append(bool(words) and inside[0] is not None and inside[0] == inside[-1])
        return sum(self.markup_sents[first + 1: last])

    def _same_sentence_pronoun(self, pron: Token, gender: str, cluster: Cluster, last, people: list[Cluster]) -> bool:
        """Whether ``cluster``'s latest mention is a pronoun of ``pron``'s gender earlier in its
        sentence, on the same side of any quotation mark, with no other person who could be meant
        (of that gender or of none known) mentioned between the two: one sentence keeps one
        referent for one pronoun unless it names another."""
        if last.kind != "pronoun" or last.sent != self.sent_of[pron.i] or last.head.i >= pron.i \
                or self.ad.words.pronoun.get(last.head.lower_) != gender:
            return False
        if self._quotation_at(last.start) != self._quotation_at(pron.idx):
            return False
        return not any(c is not cluster and c.gender in {None, gender} and last.end <= m.start < pron.idx
                       for c in people for m in c.mentions)

    def _buried_subject(self, head: Token, cluster: Cluster, gender: str, people: list[Cluster]) -> bool:
        """``Tom Hale spoke for Jim Cole, saying Cole should win``: whether ``head`` is the subject of a
        clause buried inside its sentence (on the way up to the root a relative clause, a participial
        adjunct, an apposition or a phrase, not only complements and conjuncts of the main verb) while
        the main clause's subject is a mention of another person who could be meant (of ``gender`` or
        of none known). A finite adverbial clause opened by a subordinating word (``..., while Tom
        Hale was kind``) asserts its own news and is not buried."""
        if head.dep_ not in SUBJECT_DEPS:
            return False
        verb = head.head
        buried = False
        while verb.dep_ != "ROOT" and verb.head.i != verb.i:
            if verb.dep_ not in {"conj", "ccomp", "xcomp", "parataxis"} and not (
                    verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)):
                buried = True
            verb = verb.head
        # "He missed twice, but there was a sign: Davis did not swing": a clause after a colon or a
        # semicolon stands as a sentence of its own, whatever the parser hung it on
        if not buried or any(t.text in {":", ";"} for t in head.doc[min(verb.i, head.i):max(verb.i, head.i)]):
            return False
        mains = [verb] + [c for c in verb.children if c.dep_ == "conj"]
        subjects = {c.i for v in mains for c in v.children if c.dep_ in SUBJECT_DEPS}
        return any(c is not cluster and c.gender in {None, gender} and any(m.head.i in subjects for m in c.mentions)
                   for c in people)

    def _restated_speaker(self, tok: Token, here: int) -> bool:
        """``Tom Lee acknowledged the race was close, which it was, he said``: a subject of a verb of
        saying in the sentence of the pronoun's own credit is a speaker, whose words the credit set
        inside the sentence restates; not someone a speaker only reported on."""
        return self.sent_of[tok.i] == here and tok.head.lemma_.lower() in self.speech_verbs

    def _discourse_features(self, cluster: Cluster, before: list, last, here: int) -> dict[str, float]:
        """Further traits of a candidate recorded for scripts/train_pronoun_weights.py (weight 0
        unless the weights file names them): how often it was mentioned before (a topic is
        mentioned again and again), whether it was last named as the subject of a verb of saying
        (news writing goes on with the one who spoke), whether it was a subject of the sentence
        before the pronoun's (the centre of attention carries over), whether its latest mention
        is in the pronoun's own sentence, and whether it was named in the article's opening
        sentences (the lead names whom the story is about)."""
        return {
            "mentions_before": math.log1p(len(before)),
            "last_speaker": float(last.head.dep_ in SUBJECT_DEPS
                                  and clause_verb(last.head).lemma_.lower() in self.speech_verbs),
            "previous_subject": float(any(m.sent == here - 1 and m.head.dep_ in SUBJECT_DEPS for m in before)),
            "same_sentence": float(last.sent == here),
            "in_lead": float(min(m.sent for m in before) <= 2),
            "last_is_name": float(last.kind == "name"),
        }

    @staticmethod
    def _coordinated_rival(cluster: Cluster, pron: Token, gender: str, people: list[Cluster]) -> bool:
        """``Tom Hale and Jim Rhodes met on Monday. He said ...``: the antecedent was last named
        joined by ``and``/``or`` to another person of the pronoun's known gender, also last named
        there: two candidates of one gender and one role, so the pronoun is left to no one (prons16)."""
        def latest(c: Cluster):
            before = [m for m in c.mentions if m.end <= pron.idx]
            return max(before, key=lambda m: m.end) if before else None
        mine = latest(cluster)
        if mine is None or mine.kind == "pronoun":
            return False
        head = mine.head
        joined = {c.i for c in head.children if c.dep_ == "conj"}
        if head.dep_ == "conj":
            joined.add(head.head.i)
        for other in people:
            if other is cluster or other.gender != gender:
                continue
            theirs = latest(other)
            if theirs is not None and theirs.kind != "pronoun" and theirs.head.i in joined:
                return True
        return False

    def _attributed_quotation(self, pron: Token, here: int) -> tuple[int, int] | None:
        """The quotation (its marks' offsets) that closed right before the subject pronoun of its
        attribution in the pronoun's sentence (only punctuation between them: ``"...," she said``),
        else None."""
        if pron.dep_ not in SUBJECT_DEPS:
            return None
        self._quotation_at(0)
        text = doc_text(self.doc)
        start = self.sents[here].start_char
        for a, b in self.quotations or []:
            if start <= b <= pron.idx and not any(ch.isalnum() for ch in text[b:pron.idx]):
                return a, b
        return None

    def _last_quoted_stretch(self, quotation: tuple[int, int]) -> tuple[int, int]:
        """The stretch of a quotation after the last double mark inside it: a run-on quotation
        whose closing marks were misplaced (``"... night. "The bridge ... Mayor Ann Lee said ...
        "We will pay," she said``) holds narration before that mark."""
        text = doc_text(self.doc)
        inner = max(text.rfind('"', *quotation), text.rfind("\u201c", *quotation))
        return (inner + 1, quotation[1]) if inner >= 0 else quotation

    def _attributed_outside(self, quotation: tuple[int, int]) -> bool:
        """Whether a quotation (its inner offsets) is credited outside its marks in the sentence where
        it opens or closes: a subject of a verb of saying before the opening mark (``X said, "...``)
        or after the closing one (``"...," X said``). Marks set wrongly (a stray opening mark before
        a sentence of narrative) make a "quotation" with no such credit."""
        first = self.doc.char_span(quotation[0], quotation[0] + 1, alignment_mode="expand")
        last = self.doc.char_span(max(quotation[0], quotation[1] - 1), quotation[1], alignment_mode="expand")
        if first is None or last is None or not len(first) or not len(last):
            return False
        opening, closing = self.sents[self.sent_of[first[0].i]], self.sents[self.sent_of[last[-1].i]]
        around = [t for t in opening if t.idx < quotation[0]] + [t for t in closing if t.idx >= quotation[1]]
        return any(t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in self.speech_verbs
                   and self._quotation_at(t.head.idx) is None for t in around)

    def _opening_sentence(self, quotation: tuple[int, int] | None, here: int) -> int | None:
        """``"Many people did. It was not unusual. No one else can say that," she said``: the
        sentence where the quotation the pronoun attributes (``_attributed_quotation``) opened,
        when that is before the pronoun's own sentence; else None. The speaker is sought before
        the quotation, however many sentences it ran (prons16; the pooled regression-gold
        misses)."""
        if quotation is None:
            return None
        span = self.doc.char_span(quotation[0], quotation[0] + 1, alignment_mode="expand")
        if span is not None and len(span) and self.sent_of[span[0].i] < here:
            return self.sent_of[span[0].i]
        return None

    def _latest_speaker(self, pron: Token, gender: str, people: list[Cluster]) -> Cluster | None:
        """The person (of the pronoun's gender or of none known) last named before the pronoun as the
        subject of a verb of saying outside quotation marks (``says Tom Hale``, ``he said``), or of
        a stance stated in a clause (``Tom Hale is confident that ...``: an adjective taking a
        clause says what its subject holds, as a verb of saying does)."""
        def stated(head: Token) -> bool:
            verb = head.head
            return verb.lemma_.lower() in self.speech_verbs or any(
                c.dep_ == "acomp" and any(g.dep_ == "ccomp" for g in c.children) for c in verb.children)

        found = [(m.end, c) for c in people if c.gender in {None, gender} for m in c.mentions
                 if m.end <= pron.idx and m.head.dep_ in SUBJECT_DEPS and stated(m.head)
                 and self._quotation_at(m.start) is None]
        return max(found, key=lambda x: x[0])[1] if found else None

    def _introducing_paragraph(self, quotation: tuple[int, int] | None, opening: int) -> int | None:
        """The paragraph before the one a credited quotation opens (``"We won," she said.`` after
        ``... thanks to Lena Ruiz, a delegate who spoke.``), where news brings in the source it goes
        on to quote; None when the quotation does not open its paragraph, or opens the text."""
        if quotation is None or opening == 0 or self.paragraph_of[opening - 1] == self.paragraph_of[opening]:
            return None
        if any(ch.isalnum() for ch in doc_text(self.doc)[self.sents[opening].start_char:quotation[0]]):
            return None  # words before the quotation mark: it does not open its paragraph
        return self.paragraph_of[opening - 1]

    @staticmethod
    def _adverbial_host(pron: Token, verb: Token) -> Token | None:
        """``While Tom was one of many who crashed, things were simpler for Sam as he won``: the
        subject of a clause opened by a subordinating word (``as``, ``when``, ``after``) hung on
        another clause is first someone of that clause (``Sam``), before anyone of a clause
        beside it or of a sentence before; its subject still comes first among them."""
        if pron.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        if not any(c.dep_ == "mark" and c.i < pron.i for c in verb.children):
            return None
        return verb.head

    @staticmethod
    def _in_host_clause(tok: Token, host: Token) -> bool:
        """Whether ``tok`` is an argument of the clause ``host`` heads, or of an infinitive with no
        subject of its own that a clause of an expletive ``it`` takes (``It is hard to deny Tom
        Reed the post if he wins``: ``it`` stands for no one, so an ``if`` clause hung on ``is`` is
        said of the infinitive's ``Tom Reed``; pron40). Under a clause with a subject of its own the
        infinitive is that subject's, who stays the host's person."""
        verb = clause_verb(tok)
        if verb == host:
            return True
        return verb.dep_ == "xcomp" and verb.head.i == host.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in host.children)

    def _reported_subject(self, tok: Token) -> bool:
        """``Tom Lee`` in "Ann Hale said Tom Lee was wrong": the subject of a clause reported by a
        verb of saying that has a subject of its own."""
        if tok.dep_ not in SUBJECT_DEPS:
            return False
        verb = _reporting_clause(tok.head, self.speech_verbs)
        if verb is None:
            return False
        return any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)

    @staticmethod
    def _parenthesis_after(name: Token, pron: Token) -> bool:
        """``He sent a note to the lawyer (a friend of Tom Hale) ...``: a name inside round brackets
        opened after the pronoun is an aside the writer sets outside the clause it interrupts, named
        from the narrator's view; binding (principles B and C) does not reach into it (pron42)."""
        if name.i <= pron.i:
            return False
        opened = False
        for t in name.doc[pron.i + 1:name.i]:
            if t.text == "(":
                opened = True
            elif t.text == ")":
                opened = False
        return opened

    @staticmethod
    def _set_off_fragment(name: Token, pron: Token) -> bool:
        """``<Name> at 70, just the way he is``: a name the parser hung on the pronoun's verb with no
        relation (``dep``), set off from the pronoun's clause by a comma, is no argument of that
        verb but the topic a trailing clause comments on, as headlines and captions write it; the
        pronoun may stand for it (a real subject or object of the verb never is set off so)."""
        if name.dep_ != "dep" or name.i >= pron.i:
            return False
        return any(t.text == "," for t in name.doc[name.i + 1:pron.i])

    def _run_on_subject(self, mention, pron: Token) -> bool:
        """``... for Tom Reed (left) after he won in Oslo Reed led from the start``: a name after the
        pronoun that the parser made an object of the pronoun's verb, followed at once by a finite
        verb with no subject of its own, is the subject of a sentence run on without a full stop (a
        caption's layout), no argument of the pronoun's clause (binding B and C do not rule it out)."""
        name = mention.head
        if name.i <= pron.i or name.pos_ != "PROPN" or name.dep_ not in {"dobj", "pobj", "npadvmod"}:
            return False
        after = name.i + 1
        if after >= len(self.tokens):
            return False
        verb = self.tokens[after]
        return verb.tag_ in FINITE_TAGS and verb.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)

    def _governed_by(self, verb: Token, pron: Token, name: Token) -> bool:
        """Whether the name ``name`` (not a possessor) is in the clause that the subject ``pron``
        of ``verb`` commands: under the verb after the pronoun (not in a clause coordinated with
        the verb's), or before it only inside a quotation the verb reports ("'Tom Lee is wrong,'
        he said"); a clause put before the subject ("When Tom Lee arrived, he ...", "Tom Lee
        finished, then he ...") is not commanded by it."""
        if verb.i == name.i or name.dep_ == "poss" or self._inside_other_name(name) or verb not in name.ancestors:
            # "he said ... Tom Lee's plan": a possessor is often the subject again; "he had received
            # ... when opening the Lee Tower": a name inside another name is no argument (pron40)
            return False
        node = name
        path = []
        while node.head.i != verb.i:
            node = node.head
            path.append(node)
        if name.i > pron.i and self._later_credit(pron, name):
            return False
        if name.i > pron.i and any(n.dep_ == "relcl" for n in path):
            # "He was helped by the groups that sided with Tom Hale", "She praised the coach who
            # hired Ann Lee": a name deep in a relative clause of a phrase after the verb is
            # written of the subject in news, where a long sentence repeats the name rather than
            # a pronoun (issue 15, s17-dev12e for passives; pron36 for every subject pronoun)
            return False
        if name.i > pron.i:
            return node.dep_ not in {"conj", "cc", "parataxis"}  # a clause of its own, not commanded
        if self._quotation_at(name.idx) is not None:
            return node.dep_ in {"ccomp", "parataxis"}
        # "Ann Lee did well and Tom Lee loved sports, he said": a saying's content fronted before its
        # verb without quotation marks is still the verb's complement (read back in its place: "he
        # said Tom Lee loved sports"), so the subject of the saying is no one named inside it, whatever is
        # said inside it; not when that clause frames quoted words in the writer's sentence ('Ann Lee
        # turned the attic "into the office I wanted," she said': the name is the writer's), nor a name
        # that is the subject of a saying of its own in it ("Tom Lee said she hoped ..., she said")
        if node.dep_ != "ccomp" or verb.lemma_.lower() not in self.speech_verbs:
            return False
        if pron.i == 0 or pron.doc[pron.i - 1].text != ",":
            # only the content set off by a comma right before the credit ("..., he said"); after a
            # colon or a dash the clause before is the writer's ("Ann Lee hit back: she said ...")
            return False
        if any(t.is_quote for t in pron.doc[node.left_edge.i : node.right_edge.i + 1]):
            return False
        return not any(n.lemma_.lower() in self.speech_verbs for n in [name, *path])

    def _later_credit(self, pron: Token, name: Token) -> bool:
        """``He warned, "We will win," Tom Hale told the paper``: a name after the pronoun, outside quotation
        marks, that is the subject of a verb of saying set after a quotation that opened after the pronoun:
        the quotation's credit, a report of its own the parser hung under the pronoun's verb, which names
        the speaker again; the pronoun does not command it (binding principle C), whoever it names."""
        if name.dep_ not in SUBJECT_DEPS or name.head.lemma_.lower() not in self.speech_verbs \
                or self._quotation_at(name.idx) is not None:
            return False
        if self.quotations is None:
            self._quotation_at(pron.idx)
        return any(pron.idx < a and b <= name.idx for a, b in self.quotations)

    def _not_the_speakers_kin(self, pron: Token, people: list[Cluster]) -> list[Cluster]:
        """``"My father made the gift," he wrote.``: the subject pronoun of a verb of saying right after a
        quotation is its speaker, never the relative the quotation calls ``my <noun>``: an unnamed
        person described by that relation noun (``his father`` of the sentence before) is no
        candidate (ents33)."""
        if pron.dep_ not in SUBJECT_DEPS or pron.head.lemma_.lower() not in self.speech_verbs:
            return people
        kin = self._kin_in_closed_quotation(pron)
        if not kin:
            return people
        return [p for p in people if p.key.startswith("person:") or not p.role or normalise_name(p.role) not in kin]

    def _statement_owner(self, pron: Token, gender: str, people: list[Cluster]) -> Cluster | None:
        """``Ann Lee's claim that she won``, ``his father's assertion that he has given``: the subject
        pronoun of the clause a statement's noun governs (``statements``: claim, assertion) is the
        statement's owner, a person named or described by a noun in the possessive (not a pronoun:
        ``his claim that he`` is read as any pronoun is), when the gender agrees (ents33)."""
        if pron.dep_ not in SUBJECT_DEPS or self._quotation_at(pron.idx) is not None:
            return None
        verb = pron.head
        if verb.dep_ not in {"acl", "ccomp"} or verb.head.i == verb.i:
            return None
        # the noun the clause hangs on, or the noun right before its "that" (the parser may hang the
        # clause on a noun further back: "evidence of his father's assertion that he ...")
        before = self.tokens[verb.left_edge.i - 1] if verb.left_edge.i > 0 and verb.left_edge.lower_ == "that" else None
        noun = next((n for n in (verb.head, before) if n is not None and n.pos_ == "NOUN"
                     and n.lemma_.lower() in self.statements), None)
        if noun is None:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
        if owner is None:
            return None
        found = [c for c in people if any(m.start <= owner.idx < m.end for m in c.mentions)]
        if len(found) != 1 or (gender and found[0].gender and found[0].gender != gender):
            return None
        found[0].evidence.append(f"{pron.text!r}: the subject of the statement its owner {found[0].name} made")
        return found[0]

    def _superlative_judge(self, pron: Token, gender: str, people: list[Cluster]) -> Cluster | None:
        """``Ann Lee said the storm was the worst she had ever seen``, ``... described the drive as one
        of the best he has witnessed``: the subject pronoun of a relative clause of experience in the
        perfect (``experience_verb`` of actor_words.tsv: seen, witnessed, known) on a superlative is the
        one who judges, the speaker of the verb of saying whose reported clause or complement holds it,
        not the person judged. The speaker is that verb's subject, or, when the parser gave it none (a
        caption run into the sentence made the name a preposition's object), the name right before
        the verb, with only an apposition set off by commas and auxiliaries between."""
        if pron.dep_ not in SUBJECT_DEPS or self._quotation_at(pron.idx) is not None:
            return None
        clause = pron.head
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in self.ad.words.experience_verb \
                or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children):
            return None
        noun = clause.head
        if not (noun.tag_ == "JJS" or any(c.tag_ == "JJS" or c.dep_ == "amod" and any(
                g.lower_ in {"most", "least"} for g in c.children) for c in noun.children)):
            return None
        said = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in self.speech_verbs),
                    None)
        if said is None:
            return None
        speaker = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None) or self._name_before_verb(said)
        if speaker is None:
            return None
        found = [c for c in people if any(m.start <= speaker.idx < m.end for m in c.mentions)]
        if len(found) != 1 or (gender and found[0].gender and found[0].gender != gender):
            return None
        found[0].evidence.append(f"{pron.text!r}: the one who judges in what {found[0].name} said")
        return found[0]

    def _name_before_verb(self, verb: Token) -> Token | None:
        """The proper noun right before ``verb`` (auxiliaries, adverbs and an apposition set off by
        commas between), the subject a caption run into the sentence hid from the parser; None when
        another word stands there."""
        at = verb.i - 1
        while at >= 0 and self.tokens[at].dep_ in {"aux", "advmod", "neg"} and self.tokens[at].head.i == verb.i:
            at -= 1
        if at >= 0 and self.tokens[at].text == ",":
            # ", the Red Bull team principal," : back over the apposition to the name it describes
            appos = next((t for t in self.tokens[:at] if t.dep_ == "appos" and t.right_edge.i == at - 1), None)
            if appos is None or appos.left_edge.i < 1 or self.tokens[appos.left_edge.i - 1].text != ",":
                return None
            at = appos.left_edge.i - 2
            if at < 0 or self.tokens[at].i != appos.head.i:
                return None
        if at < 0 or self.tokens[at].pos_ != "PROPN":
            return None
        return self.tokens[at]

