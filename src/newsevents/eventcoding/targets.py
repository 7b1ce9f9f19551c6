"""Targets and doers from clause shapes: gapped passives, persons an order binds, people helped, owners in relatives.

The right doer and the named target (issue 14, brief s19-recip19; the fourteenth local-news audit's classes,
tested on sentences of our own in tests/events/test_targets.py).

* A participle conjoined to a passive, with no auxiliary of its own, shares the passive ("a woman was shot and
  her husband wounded"): its subject is the one it falls on, never its doer (the parser makes it ``nsubj``).
* The person an order binds: "issued an order that bars X from ...", "X is barred from ..., the judge ordered"
  (``bind_verb`` cues): the order's target.
* Help for people in need ("is assisting residents who lost their homes"): the people a humanitarian row
  names are its recipients, not only the row's kind.
* The owner of a thing acted on told in a relative clause on the thing ("recovered a knife that belonged to
  X", "impounded the car that X drove"): the owner is the target, as a possessor is.
* A party told as harmed is never a doer (targets23; the twenty-third news-wire audit's dead and injured taken
  for the bomber): the subject of a death verb ("More than 50 people have died, ... and over 300 injured") or
  the passive subject of one of harm ("was injured in the blast, which wrecked the embassy") is no actor of
  another event the clause tells (``death``, ``injury_verb`` cues).
* The one attacked amid attacks (targets31; the twenty-ninth US-news audit's targets left '-'): a clause that goes
  on "amid/despite attacks from X" ("the governor pressed on with the plan amid attacks from Democrats") tells
  what its subject did while X attacked it: the subject is the target when the attack names its doer and no
  target of its own (``amid_prep`` cues).
* A generic word for a named target (targets31): "would endorse anyone who has done what X has done", "anyone who
  has employed the tactics that X has": the relative clause on "anyone" (``anyone_pronoun`` cues) compares its
  deed with the one named party's, told by an elided verb ("has", "did") or the clause's own verb: X.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined


def gapped_passive_subjects(verb: Token) -> list[Token]:
    """The subject of a past participle conjoined to a passive verb when it has no auxiliary of its own
    ("a woman was shot and her husband wounded": the husband); [] for any other verb ("police arrested him
    and charged him", "he was arrested and has charged": an active or its own auxiliary)."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return []
    # the parser may tag the gapped participle a past tense ("and her son wounded"): only a regular or
    # "-en" form with no object of its own ("and her son fled", "and her son called police" are actives)
    lemma, word = verb.lemma_.lower(), verb.lower_
    regular = word in (lemma + "ed", lemma + "d", lemma[:-1] + "ied", lemma + lemma[-1:] + "ed") or (
        word.endswith("en") and word != lemma)
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and regular and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children))
    if not participle:
        return []
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.head.children):
        return []
    return [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "which", "that")
            for t in conjoined(c)]


def gapped_passive_doers(verb: Token) -> list[Token]:
    """The by-phrase of the gapped participle or of the passive it is conjoined to ("was shot by a gunman and
    her husband wounded": the gunman)."""
    for holder in (verb, verb.head):
        agents = [g for c in holder.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return [t for a in agents for t in conjoined(a)]
    return []


def bound_persons(trigger: Token, consumed: Token | None, bind_verbs: Container[str],
                  is_party: Callable[[Token], bool]) -> list[Token]:
    """The parties an order binds: the object of a binding verb (``bind_verbs``: ``bind_verb``
    cues) in a relative clause on the order ("issued an order that bars X from the school"), or the subject
    of a passive binding clause the order verb takes ("X is barred from contact, the judge ordered"); []
    when no party is bound ("issued an order that bars trucks from the bridge": a thing)."""
    found: list[Token] = []
    for noun in (consumed, trigger):
        if noun is None:
            continue
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in bind_verbs:
                found += [t for o in clause.children if o.dep_ == "dobj" and is_party(o) for t in conjoined(o)]
    for clause in trigger.children:
        if clause.dep_ == "ccomp" and clause.lemma_.lower() in bind_verbs:
            found += [t for o in clause.children if o.dep_ == "nsubjpass" and is_party(o) for t in conjoined(o)]
    return [t for i, t in enumerate(found) if all(t.i != u.i for u in found[:i])]


def aid_receivers(consumed: Token | None, event_type: str, someone: Callable[[Token], bool]) -> bool:
    """Whether the object a help row names is its recipient: people helped ("assisting residents",
    "helping families"), not the help given ("provided shelter")."""
    return event_type == "AID" and consumed is not None and consumed.pos_ in ("NOUN", "PROPN") and someone(consumed)


def relative_owner(thing: Token, owner_verbs: Container[str], is_party: Callable[[Token], bool]) -> list[Token]:
    """The owner of a thing told by a relative clause on it: "a knife that belonged to X" (the object of
    ``to``), "the car that X drove" (the clause's subject, when its verb is an ``owner_verb`` cue and
    the thing is its gapped object); [] otherwise ("a car that hit a wall": the thing is the subject)."""
    for clause in thing.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in owner_verbs:
            continue
        if clause.lemma_.lower() == "belong":
            return [t for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children if g.dep_ == "pobj" and is_party(g) for t in conjoined(g)]
        if any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")]
        return [t for s in subjects if is_party(s) for t in conjoined(s)]
    return []


def with_relative_owners(recipients: list[Token], owner_verbs: Container[str], is_party: Callable[[Token], bool],
                         someone: Callable[[Token], bool]) -> list[Token]:
    """Recipients of force where a thing no party owns by its words gives way to the owner a relative clause on
    it names (:func:`relative_owner`); a person or a party stays."""
    kept: list[Token] = []
    for token in recipients:
        found = relative_owner(token, owner_verbs, is_party) if token.pos_ == "NOUN" and not someone(token) else []
        kept += [t for t in found or [token] if all(t.i != k.i for k in kept)]
    return kept


def harmed_doers(actor_tokens: list[Token], trigger: Token, harm_verbs: Container[str],
                 die_verbs: Container[str]) -> list[Token]:
    """``actor_tokens`` less those told as harmed by another verb than ``trigger`` (see the module): the subject
    of an intransitive death verb ("have died") or the passive subject of a harm verb ("was injured")."""
    def harmed(token: Token) -> bool:
        verb = token.head
        if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in harm_verbs | die_verbs:
            return False
        if token.dep_ == "nsubjpass":
            return True
        # "have died": the subject of a verb of dying (never transitive, whatever the parser hangs on it)
        return token.dep_ == "nsubj" and verb.lemma_.lower() in die_verbs
    return [t for t in actor_tokens if not harmed(t)]


def topic_of_passive(verb: Token, objects: list[Token]) -> set[int]:
    """"The senator was attacked on her remarks by the governor", "was criticised on the budget": with the one
    it falls on told as the passive subject, an "on" phrase of the verb says what about (the topic), never a
    second target (the twenty-eighth US-news audit's class). The token indices of those "on" objects; none
    for an active ("attacked on Monday" is a date anyway) or a passive whose subject is not among ``objects``
    ("sanctions were imposed on the state": the thing imposed names no target, the "on" one is it)."""
    if not any(o.dep_ == "nsubjpass" and o.head.i == verb.i for o in objects):
        return set()
    return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj" for t in conjoined(g)}


# the types of attack told as a circumstance ("amid attacks", "despite criticism", "amid threats")
_CIRCUMSTANCE_ATTACKS = frozenset({"ACCUSE", "ASSAULT", "THREATEN"})
# the prepositions by which an attack noun names its own target ("attacks on X", "criticism of X")
_OWN_TARGET_PREPS = frozenset({"on", "against", "at", "of"})


def attacked_amid(noun: Token, own: list[Token], event_type: str, amid_preps: Container[str]) -> Token | None:
    """The verb of the clause whose subject the attack ``noun`` falls on when the noun is that clause's
    circumstance ("pressed on amid attacks from X", ``amid_preps``) with its own doer ``own`` and no target of
    its own ("amid attacks from X on the town" has one); None otherwise."""
    if event_type not in _CIRCUMSTANCE_ATTACKS or not own or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in amid_preps or prep.head.pos_ not in ("VERB", "AUX") or prep.head.i == prep.i:
        return None
    if any(c.dep_ == "prep" and c.lower_ in _OWN_TARGET_PREPS and any(g.dep_ == "pobj" and (
            c.lower_ in ("on", "against") or g.pos_ in ("PROPN", "PRON")
            or g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) for g in c.children)
           for c in [*noun.children, *(c for o in own for c in o.children)]):  # "from rebels on villages"
        return None
    clause = prep.head
    # "eager to demonstrate purity amid attacks": the infinitive's subject is the one of the clause the
    # adjective or infinitive hangs on (two steps at most)
    for _ in range(2):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or clause.dep_ not in ("xcomp", "advcl"):
            break
        clause = clause.head.head if clause.head.pos_ == "ADJ" and clause.head.dep_ in ("advcl", "amod", "acomp", "oprd") \
            else clause.head
    return clause


# the verbs that stand for an elided verb phrase ("the tactics that X has", "what X did")
_PRO_VERBS = frozenset({"have", "do"})


def named_for_anyone(tokens: list[Token], anyone: Container[str], is_party: Callable[[Token], bool]) -> list[Token]:
    """``tokens`` with a generic "anyone" (``anyone`` cues) replaced by the one party its relative clause
    compares the deed with ("anyone who has done what X has done": X); kept when the clause names none or
    several."""
    out: list[Token] = []
    for token in tokens:
        named: list[Token] = []
        if token.lower_ in anyone:
            for clause in (c for c in token.children if c.dep_ == "relcl"):
                lemmas = _PRO_VERBS | {clause.lemma_.lower()}
                named += [s for v in clause.subtree if v.i != clause.i and v.pos_ in ("VERB", "AUX")
                          and v.lemma_.lower() in lemmas and v.dep_ in ("relcl", "ccomp", "pcomp", "advcl")
                          for s in v.children if s.dep_ == "nsubj" and s.pos_ == "PROPN" and is_party(s)]
        out += named if len({s.i for s in named}) == 1 else [token]
    return out


def _aside_of(token: Token) -> tuple[int, int] | None:
    """The token indices of the parenthesis ("(" ... ")") of the sentence that holds ``token``, or None."""
    sentence = token.sent
    opened = None
    for t in sentence:
        if t.text in ("(", "["):
            opened = t.i
        elif t.text in (")", "]") and opened is not None:
            if opened < token.i < t.i:
                return opened, t.i
            opened = None
    return None


def doers_outside_aside(trigger: Token, doers: list[Token]) -> list[Token]:
    """A word inside a parenthesis the trigger is outside of is no doer (targets32; the thirtieth US-news audit's
    quoted verse taken for the doer): "the bishop, citing a psalm ("raise up able men as leaders"), endorsed the
    senator": the aside is what is cited, not who acts. When the parser hangs the clause's subject on a verb of
    the aside, that subject (outside it, before it) is the doer; else no doer is taken from the aside."""
    if not doers or _aside_of(trigger) is not None:
        return doers
    asides = {d.i: _aside_of(d) for d in doers}
    if all(span is None for span in asides.values()):
        return doers
    kept = [d for d in doers if asides[d.i] is None]
    if kept:
        return kept
    found: list[Token] = []
    for start, end in {span for span in asides.values() if span is not None}:
        found += [s for v in trigger.doc[start:end] if v.pos_ in ("VERB", "AUX")
                  for c in v.children if c.dep_ == "nsubj" and c.i < start for s in conjoined(c)]
    return found



def asked_one_for_pronoun(trigger: Token, doers: list[Token], question_words: Container[str]) -> list[Token]:
    """"The host asked the senator why he decided to attack the governor": the act of a question a verb of asking
    puts (a clause opened by a question word, ``question_words``, whose subject is a personal pronoun; the act
    its verb or a to-infinitive under it) is done by the one asked, the verb's object, not by the asker
    (targets32; the thirtieth US-news audit's asker taken for the attacker). Other doers stay."""
    clause = trigger
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    ask = clause.head
    if clause.dep_ != "ccomp" or ask.lemma_.lower() != "ask":
        return doers
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].tag_ != "PRP" or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in question_words and c.i < subjects[0].i for c in clause.children):
        return doers
    asked = [c for c in ask.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")]
    return asked[:1] or doers
