"""Acts done with no one and acts only demanded (events41, session 37).

PLOVER codes what one party does to or with another. The session's READ-half rule sources (news-dev73..76's
spurious events) held two shapes of English in which a trigger with its usual arguments tells no such act:

- **a party denied by a negative quantifier**: an act whose only party acted on is a word that names no one
  (``negative_quantifier``: "I apologize to nobody", "met with no one", "promised nothing to no one") says the
  act was done with nobody: no act between parties, and no party to code.
- **a command to the one addressed**: an imperative -- a base-form verb with no auxiliary whose subject is set
  off by a comma as the one spoken to ("Mr. <Name>, tear down this wall!"), or with no subject in a clause
  that ends in "!" -- is demanded of its addressee, not done by him.

Each is tested on sentences of our own (tests/events/test_events_counterparts.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues, object_tokens

_VERBS = ("VERB", "AUX")


def names_no_one(token: Token, cues: Cues) -> bool:
    """"nobody", "nothing", "none"; "no one" (the word "one" under the determiner "no")."""
    if token.lower_ in cues.negative_quantifier:
        return True
    return token.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def no_one_acted_on(trigger: Token, recipient_prepositions: frozenset[str] | set[str], recipient_tokens: list[Token],
                    cues: Cues) -> bool:
    """"I apologize to nobody for that", "he met with no one": the trigger's object, or the object of one of
    its recipient prepositions, names no one, and no other party is acted on."""
    named = list(object_tokens(trigger)) if trigger.pos_ in _VERBS else []
    named += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in recipient_prepositions
              for g in c.children if g.dep_ == "pobj"]
    if not any(names_no_one(t, cues) for t in named):
        return False
    return all(names_no_one(t, cues) for t in recipient_tokens)


def _first_conjunct(verb: Token) -> Token:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def imperative_addressed(trigger: Token) -> bool:
    """"Mr. <Name>, tear down this wall!": a base-form verb with no auxiliary or "to" whose subject is set off
    by a comma right before it (the one spoken to), or with no subject in a clause ending in "!", is a command:
    the act is demanded of the addressee, not done."""
    if trigger.pos_ not in _VERBS or trigger.tag_ != "VB":
        return False
    verb = _first_conjunct(trigger)
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp"):
        return False  # an infinitive or a clause of another verb
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "npadvmod") and c.i < verb.i]
    if subjects:
        subject = subjects[-1]
        vocative = subject.pos_ in ("PROPN", "NOUN") and subject.right_edge.i + 2 == verb.i and doc[verb.i - 1].text == ","
        return vocative and subject.dep_ != "nsubjpass"
    end = verb.right_edge.i
    return any(doc[k].text == "!" for k in range(end, min(end + 2, len(doc))))

