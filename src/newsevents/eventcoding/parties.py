"""The parties of an event read from the right noun (issue 14, session 25: the twenty-fifth news-wire audit's doers
taken from the wrong word and its named counterparties; rules tested on sentences of our own in
tests/events/test_parties_right_noun.py):

- **a charge told to the one charged**: "the firm said it was told that it broke Verilink's rules", "the club was
  informed by the league that it had breached the cap": a charge (a ``claim`` trigger: "violated", "breached")
  in the content of a passive verb of telling (``notify_verb``: told, informed, notified) is made by whoever told
  it -- the "by" phrase of the telling verb, else the owner of the rules broken (the possessor of the trigger's
  object: whose rules they are accuses) -- never by the one told nor by the one who reports being told; with
  neither named no one is the doer.
- **a killing whose charged man the article names**: "Dr. Vale was killed by a sniper's bullet ... Carl Webb was
  charged with the murder": a killing told in the passive (``slaying_verb``) whose doer is left unnamed (no
  by-phrase, a weapon, or an indefinite "a gunman", "unknown attackers") has for doer the one person the article
  names as charged with a killing (``criminal_charge_verb`` with a ``slaying_noun`` in its "with"/"in"/"for"
  phrase, the person its passive subject) -- only for one victim already told of (a pronoun, a name, "the doctor":
  not "another doctor", who may be of another killing, nor "X and other doctors", several killings), only when the article names one such person, and, when the charge's
  killing names its victim ("the murder of X"), only for a victim of the same name. The charged are found once
  per article among its PERSON names, not by a walk over its words.
- **the one charged in an attack that killed**: "He is also charged in three attacks, including the 2001 bombing
  that killed a guard": the attack a person is charged in (the ``criminal_charge_verb``'s passive subject; the attack
  noun inside its "in"/"with"/"for" phrase, through "including" and lists) is the doer of the killing the attack's
  relative clause tells, where its doer would otherwise be the attack itself (a means, no party).
- **the one punished for a breach**: "closed it on Thursday for violating our policies", "the club was fined for
  breaching the cap": a charge told as the ground of a measure (a gerund after a ``charge_prep``, "for") names no
  subject of its own; the one the measure falls on (the verb's object, or its passive subject) is the one charged
  (the twenty-fifth audit's closure whose object is "it": the target left '-').
- **the guest of a reception** (news-dev40's README class): "at a reception for visiting President X in Hanoi": the
  parser makes "visiting" a verb whose object is the guest; a meeting noun's "for visiting X" names X, the guest
  the host (the clause's subject) meets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.eventcoding.arguments import conjoined, is_passive
from newsevents.eventcoding.lexicon import Cues


def passive_teller(telling: Token, trigger: Token, cues: Cues) -> list[Token] | None:
    """The accuser of a charge ``trigger`` told in the content of ``telling`` (see the module); None when
    ``telling`` is no passive verb of telling, so that the caller goes on looking for the speaker."""
    if telling.lemma_.lower() not in cues.notify_verb or not is_passive(telling):
        return None
    for child in telling.children:
        if child.dep_ == "agent":
            agents = [g for g in child.children if g.dep_ == "pobj"]
            if agents:
                return conjoined(agents[0])
    owners = [p for o in trigger.children if o.dep_ == "dobj" for p in o.children
              if p.dep_ == "poss" and p.pos_ == "PROPN"]
    return conjoined(owners[0]) if owners else []


def charge_teller(trigger: Token, cues: Cues) -> list[Token] | None:
    """The accuser of a charge told in the content clause of a passive verb of telling, up the trigger's chain of
    content clauses (see the module); None when the charge is told in no such clause."""
    token = trigger
    while token.dep_ == "ccomp" and token.head.i != token.i:
        token = token.head
        teller = passive_teller(token, trigger, cues)
        if teller is not None:
            return teller
    return None


_CHARGE_PREPS = frozenset({"with", "in", "for"})
_UNNAMED_DETS = frozenset({"a", "an", "some"})
_UNNAMED_MODIFIERS = frozenset({"unknown", "unidentified"})


def _unnamed(token: Token) -> bool:
    """A doer told only by its kind ("a gunman", "unknown attackers", "gunmen"): a common noun with no definite
    determiner, possessor or name in its phrase."""
    if token.pos_ != "NOUN":
        return False
    dets = [c for c in token.children if c.dep_ in ("det", "poss", "compound")]
    return all(c.dep_ == "det" and c.lower_ in _UNNAMED_DETS for c in dets) or any(
        c.lower_ in _UNNAMED_MODIFIERS for c in token.children)


def _known(victim: Token) -> bool:
    """A victim the article has already told of: a pronoun, a name, or a noun made definite by "the" or a
    possessor ("the doctor", "her husband"), not "a man" nor "another doctor"."""
    if victim.pos_ in ("PRON", "PROPN"):
        return True
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in victim.children)


def _charged_killers(doc: Doc, cues: Cues) -> list[tuple[Token, Token]]:
    """(the person charged, the killing noun) for each PERSON name of the article that is the passive subject of a
    charge with a killing ("N was charged with the murder"); read once per article."""
    key = "events27_charged_killers"
    if key in doc.user_data:
        return doc.user_data[key]
    found: list[tuple[Token, Token]] = []
    for ent in doc.ents:
        root = ent.root
        verb = root.head
        if ent.label_ != "PERSON" or root.dep_ != "nsubjpass" or verb.lemma_.lower() not in cues.criminal_charge_verb:
            continue
        nouns = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in _CHARGE_PREPS
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in cues.slaying_noun]
        if nouns:
            found.append((root, nouns[0]))
    doc.user_data[key] = found
    return found


def charged_killer(verb: Token, doers: list[Token], cues: Cues) -> list[Token]:
    """The one person the article names as charged with a killing, for the passive killing ``verb`` whose doers
    (``doers``, weapons left out) are unnamed (see the module); [] otherwise."""
    if verb.lemma_.lower() not in cues.slaying_verb or not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    if any(not _unnamed(t) for t in doers):
        return []
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and victims and victims[0].tag_ in ("WP", "WDT"):
        victims = [verb.head]  # "the doctors who have been killed": the noun the clause is on
    if len(victims) != 1 or not _known(victims[0]) or victims[0].conjuncts or victims[0].tag_ in ("NNS", "NNPS") \
            or victims[0].dep_ == "conj":
        # "another doctor was shot": a victim first told here may be of another killing; "X and other doctors
        # who have been killed", "the doctors were shot": several killings, not the one charged
        return []
    charged = [(man, noun) for man, noun in _charged_killers(verb.doc, cues) if man.i not in {v.i for v in victims}]
    if len({man.text for man, _ in charged}) != 1:
        return []
    man, noun = charged[0]
    named_victims = [g.text for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if named_victims and not any(v.text in named_victims or v.pos_ == "PRON" for v in victims):
        return []
    return [man]


def visiting_guests(noun: Token) -> list[Token]:
    """The guest of a meeting noun's "for visiting X" phrase ("a reception for visiting President X"), or []."""
    return [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
            for v in p.children if v.dep_ == "pcomp" and v.lemma_.lower() == "visit"
            for o in v.children if o.dep_ == "dobj" for t in conjoined(o)]


def punished_for(trigger: Token, cues: Cues) -> list[Token]:
    """The one charged by a charge told as the ground of a measure ("closed it for violating our rules": "it"), or
    []: the object, else the passive subject, of the verb whose "for" phrase the charge's gerund is."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or prep.lower_ not in cues.charge_prep or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    measure = prep.head
    punished = [c for c in measure.children if c.dep_ == "dobj"] or [
        c for c in measure.children if c.dep_ == "nsubjpass"]
    return conjoined(punished[0]) if punished else []


_CHARGE_PATH_DEPS = frozenset({"pobj", "prep", "conj", "appos"})
_CHARGE_PATH_STEPS = 6


def charged_in_attack(verb: Token, doers: list[Token], cues: Cues) -> list[Token]:
    """The one charged in the attack that is the doer of the killing ``verb`` (see the module), or []: ``doers``
    must be that one attack noun, the antecedent of the verb's relative clause."""
    if verb.lemma_.lower() not in cues.slaying_verb or verb.dep_ != "relcl" or len(doers) != 1 \
            or doers[0].i != verb.head.i or doers[0].lemma_.lower() not in cues.attack | cues.slaying_noun:
        return []
    token = doers[0]
    for _ in range(_CHARGE_PATH_STEPS):
        if token.dep_ not in _CHARGE_PATH_DEPS or token.head.i == token.i:
            return []
        if token.dep_ == "prep" and token.lower_ in _CHARGE_PREPS and token.head.lemma_.lower() in cues.criminal_charge_verb:
            charged = [c for c in token.head.children if c.dep_ == "nsubjpass"]
            return conjoined(charged[0]) if charged else []
        token = token.head
    return []
