"""A session as the scene of a clause (events44, session 40; issue 14, spurious CONSULT).

A meeting, session, hearing or talks noun in a prepositional adjunct of a clause -- fronted or not, of time
or of place ("At a recent council meeting, the council agreed to ...", "During talks in Geneva, the
minister said ...") -- tells when and where the clause's own act happened. It is a consultation
(CONSULT) of its own only when it names a second party of its own: a counterpart by ``with``, the sides
by ``between`` or ``among``, an owner that is more than one ("their talks", "a meeting of the two
leaders", "the Bush-Putin meeting"), or an owner that is not the clause's own doer ("the president will
decide at a meeting of his security council": the president and his council). A body's own sitting
("At a recent council meeting, the council agreed ...", "At its meeting, the board voted") has one party
and no counterpart: the scene of what the body did there, no dyadic event; so has a session with no
party named at all ("During talks in Geneva, ..."). A session
that is the clause's predicate ("the two sides are in talks") or its object ("held talks") is no
adjunct and is left as it is. The words are cue kinds of ``event_cues.tsv`` (``session_noun``,
``setting_prep``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.docquery import entity_at
from newsevents.eventcoding.lexicon import Cues

_SIDE_PREPS = frozenset({"with", "between", "among", "amongst"})
_PLURAL_OWNERS = frozenset({"their", "our"})
_VERBS = ("VERB", "AUX")


def _more_than_one(token: Token) -> bool:
    """The owner is several: a plural pronoun or noun, or coordinated ("X and Y's meeting", "Bush-Putin")."""
    if token.lower_ in _PLURAL_OWNERS or token.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "conj" for c in token.children) or any(
        c.dep_ in ("compound", "nmod") and c.i < token.i and token.doc[c.i + 1].text in ("-", "–") for c in token.children)


def has_own_sides(noun: Token) -> bool:
    """The session noun names a second party of its own: a with/between/among phrase, or an owner (possessive,
    ``of``, compound) that is more than one."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _SIDE_PREPS and any(c.dep_ == "pobj" for c in child.children):
            return True
        if child.dep_ in ("poss", "compound", "nmod") and _more_than_one(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                c.dep_ == "pobj" and _more_than_one(c) for c in child.children):
            return True
    return False


def _owners(noun: Token) -> list[Token]:
    """Whose session it is: a possessive, a compound or an ``of``-object ("the council's meeting", "a council
    meeting", "a meeting of the council")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    # of a chain of compounds the last is the owner's head ("a Walker County Commissioners Court meeting": Court)
    owners += [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i][-1:]
    return owners + [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"]


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the clause the adjunct modifies, through an infinitive or a conjunct to the verb that has
    one ("will decide how to respond at ...")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _same_party(first: Token, second: Token) -> bool:
    """One party named twice: the same head word ("a council meeting ... the council"), or one entity."""
    if first.lemma_.lower() == second.lemma_.lower():
        return True
    doc = first.doc
    a = entity_at(doc, first.idx, first.idx + len(first.text))
    b = entity_at(doc, second.idx, second.idx + len(second.text))
    return a is not None and b is not None and a.id == b.id


def scene_of_clause(noun: Token, cues: Cues) -> bool:
    """The session noun is the object of a setting preposition that modifies a clause's own verb (not a
    copula: "are in talks" is the talks told)."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in cues.session_noun and noun.lower_ not in cues.session_noun:
        return False
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in cues.setting_prep:
        return False
    verb = prep.head
    return verb.pos_ in _VERBS and verb.lemma_.lower() != "be"


def own_session(trigger: Token, event_type: str, cues: Cues) -> bool:
    """A CONSULT told by a session noun that is only the scene of its clause and names no second party of its
    own: no owner, or the clause's own doer as owner ("At a recent council meeting, the council agreed ..."):
    no consultation."""
    if event_type != "CONSULT" or trigger.pos_ != "NOUN" or not scene_of_clause(trigger, cues) \
            or has_own_sides(trigger):
        return False
    owners = _owners(trigger)
    if not owners:
        return True
    subject = _clause_subject(trigger.head.head)
    return subject is not None and all(_same_party(o, subject) for o in owners)
