"""Targets read through the object's own phrase (issue 14, session 22: the twenty-first and twenty-second news-wire
audits' wrong recipients; rules tested on sentences of our own in tests/test_wire22_rules.py):

- **whom a request is made of, inside the thing asked for**: "requested $50 million in emergency aid from the
  legislature", "sought help with the inquiry from Vexland": the parser hangs the verb's "from" on the noun of
  the thing requested, or on a noun inside its "in" phrase. A verb that asks something of someone
  (``ask_from_verb``: request, seek, demand) with no target takes the party after the first "from" found
  down its object's chain of phrases (object, preposition, its object; no clause crossed; not into an "of"
  phrase, where "from" says whence: "ordered the departure of its staff from the embassy") -- the twenty-first
  audit's #38.
- **the side of a condemned attack**: "Vexland condemned the bombing of the embassies", "denounced the attack
  on the convoy": a condemnation is aimed at the attacker, not at the ones attacked. An ACCUSE verb whose
  object is an attack noun (``attack`` cues) keeps no target inside that noun's "of", "on" or "against"
  phrase; its doer (a possessor, "by" phrase or nationality word) stays the target ("condemned Vexland's
  attack on the town": Vexland). With no attacker named the target is left '-' (the eighteenth audit's #25,
  the twenty-second's #6 and #29).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_CHAIN_DEPS = frozenset({"dobj", "prep", "pobj", "compound", "conj"})
_CHAIN_STEPS = 4
_VICTIM_PREPS = frozenset({"of", "on", "against"})


def request_source(verb: Token, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """The party after a "from" inside the object's phrase of a request verb ("requested $50 million in aid
    from the legislature"), or none."""
    if verb.lemma_.lower() not in cues.ask_from_verb:
        return []
    frontier = [c for c in verb.children if c.dep_ == "dobj"]
    for _ in range(_CHAIN_STEPS):
        found = [g for t in frontier for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj" and is_party(g)]
        if found:
            return found
        frontier = [g for t in frontier for c in t.children
                    if c.dep_ in _CHAIN_DEPS and c.dep_ != "compound" and c.lower_ != "of"
                    for g in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])]
        if not frontier:
            break
    return []


def attacked_side(verb: Token, cues: Cues) -> set[int]:
    """The tokens of the ones attacked inside the attack noun a condemnation has for object ("condemned the
    bombing of the embassies": the embassies' phrase), empty when the object is no attack noun."""
    inside: set[int] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in [obj, *obj.conjuncts]:
            if noun.lemma_.lower() not in cues.attack and noun.lower_ not in cues.attack:
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in _VICTIM_PREPS:
                    inside |= {t.i for t in prep.subtree}
    return inside


def without_attacked(verb: Token, event_type: str, recipients: list[Token], cues: Cues) -> list[Token]:
    """``recipients`` less the ones attacked in a condemned attack (see the module)."""
    if event_type != "ACCUSE" or verb.pos_ != "VERB" or not recipients:
        return recipients
    inside = attacked_side(verb, cues)
    return [t for t in recipients if t.i not in inside] if inside else recipients
