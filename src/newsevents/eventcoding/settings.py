"""A session as the scene of a clause (events44, session 40; issue 14, spurious CONSULT).

A meeting, session, hearing or talks noun in a prepositional adjunct of a clause -- fronted or not, of time
or of place ("At a recent council meeting, the council agreed to ...", "During talks in Geneva, the
minister said ...") -- tells when and where the clause's own act happened. It is a consultation
(CONSULT) of its own only when it names a second party of its own: a counterpart by ``with``, the sides
by ``between`` or ``among``, or an owner that is more than one ("their talks", "a meeting of the two
leaders", "the Bush-Putin meeting"). A body's own sitting ("the board's meeting", "a council meeting")
has one party and no counterpart: the scene of what the body did there, no dyadic event. A session
that is the clause's predicate ("the two sides are in talks") or its object ("held talks") is no
adjunct and is left as it is. The words are cue kinds of ``event_cues.tsv`` (``session_noun``,
``setting_prep``).
"""

from __future__ import annotations

from spacy.tokens import Token

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
    own ("At a recent council meeting, the council agreed ..."): no consultation."""
    return event_type == "CONSULT" and trigger.pos_ == "NOUN" and scene_of_clause(trigger, cues) \
        and not has_own_sides(trigger)
