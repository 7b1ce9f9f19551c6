"""Raids and searches: force by the state's agents is coercion, by armed groups an assault.

CAMEO codes a raid, search or swoop on a place or a party by police, agents or officials as a
seizure (17x, PLOVER COERCE, mode ``seize``): the state uses its powers of law on a suspect. A raid
by troops on a village, by gunmen, rebels or any other doer is violence (18x, ASSAULT); a search by
soldiers is again a seizure. A search is coded only when the state's agents do it: "searched the
house for his keys" is no event.

Event nouns in a time phrase ("faced charges following raids on suspected pirates by the FBI")
are often parsed with their own phrases hung on the clause's verb: the "by"-phrase of an active
verb cannot be that verb's agent, so it names the doer of the noun, and the recipient prepositions
after the noun name its target. The subject of the clause ("faced charges") is not the doer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined, is_passive
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl"})


def _of(parties: list[Party], tokens: list[Token], words: set[str]) -> bool:
    """Every doer is of ``words``: by its sectors (lower-cased codes in the list) or, for all of
    them at once, by the head words of the actor tokens ("agents", "officers")."""
    return bool(parties) and (all(any(s.lower() in words for s in p.sector) for p in parties)
                              or all(t.lemma_.lower() in words for t in tokens))


def raid_type(trigger: Token, event_type: str, actor: list[Party], actor_tokens: list[Token],
              cues: Cues) -> str | None:
    """The type of a raid, search or swoop (``raid_act``): COERCE when its doers are the state's agents
    of law (``raid_force``: police, agents, officials, and the sectors COP, SPY, JUD, GOV), or for a
    search its soldiers too (``raid_arms``); else ASSAULT for a raid or swoop ("troops raided the
    village", "gunmen raided") and no event (None) for a search ("searched the house for his keys").
    Other triggers keep ``event_type``."""
    word = trigger.lemma_.lower()
    if word not in cues.raid_act or event_type not in ("ASSAULT", "COERCE"):
        return event_type
    search = word in cues.raid_search
    if _of(actor, actor_tokens, cues.raid_force | (cues.raid_arms if search else set())):
        return "COERCE"
    return None if search else "ASSAULT"


def _phrase_objects(head: Token, preps: Iterable[str], after: int) -> list[Token]:
    wanted = set(preps)
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ in wanted and c.i > after
            for g in c.children if g.dep_ == "pobj" for o in conjoined(g)]


def stray_phrases(noun: Token, recipient_preps: Iterable[str], cues: Cues) -> tuple[list[Token], list[Token]] | None:
    """The doer and targets of an event noun in a time phrase (``adjunct_prep``: "following raids",
    "after raids") told by phrases the parser hung on the verbs above it, after the noun: a
    "by"-phrase of an active verb names the noun's doer ("faced charges following raids on suspected
    pirates by the FBI": the FBI raided the suspected pirates). None when no such doer is told."""
    if noun.head.lower_ not in cues.adjunct_prep:
        return None
    doers: list[Token] = []
    targets: list[Token] = []
    head = noun.head
    while True:
        if head.pos_ in ("VERB", "AUX") and not is_passive(head):
            doers += _phrase_objects(head, ("by",), noun.i)
        targets += _phrase_objects(head, recipient_preps, noun.i)
        if head.dep_ in _CLAUSE_DEPS or head.head.i == head.i:
            break
        head = head.head
    if not doers:
        return None
    return doers, targets + _phrase_objects(noun, recipient_preps, noun.i - 1)
