"""Ordinary senses of event words in news that is not about politics (issue 14, session 17, brief spur17:
"spurious" events in sport, business, entertainment and technology news; held-out set 22 and the event
sentences of 200 BBC 2004 business, sport, entertainment and tech articles).

The kind of the word's argument decides the sense: a player leaving a tournament, a firm surveying its own
find, a school banning a gadget, a comedian who "killed it" tell no act between parties. Each rule reads
the trigger's object or phrase and its doers; the words are cue kinds of ``event_cues.tsv`` whose names
start with ``spur17_``:

- **out of a contest** (RETREAT "from" or "out of" a ``spur17_contest_noun``: "withdrew from the
  tournament", "pulled out of the Australian Open"): a player's or a team's entry, no retreat between
  parties -- unless a state, a nation or a political body withdraws ("Russia withdrew from the Games");
- **"killed it"** (a ``spur17_living_harm_verb`` -- kill, murder, slay -- whose every object is the pronoun
  "it"): those verbs take a living being, and "it" is none: an idiom of success (or an animal), no attack;
- **a gadget banned** (a ``spur17_ban_verb`` whose every object is a ``product``, ``technology_noun`` or
  ``goods`` word that no nation, place or body owns: "banned camera phones from their buildings"): a house
  rule on a thing, no party coerced; "banned imports of Chinese steel" and "banned Russian athletes" stay;
- **a firm's own investigation** (ACCUSE investigation by businesses alone, of no party and of no wrongdoing:
  "carry out further investigations at the new find"): a survey or an audit, nothing alleged of anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues, object_tokens
from newsevents.record import Party

_VERBS = ("VERB", "AUX")
_NATION_ENTS = frozenset({"GPE", "NORP"})
_OWNER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _pobjs(prep: Token) -> list[Token]:
    found = [g for g in prep.children if g.dep_ == "pobj"]
    return found + [cc for g in found for cc in g.conjuncts]


def _political(parties: list[Party], cues: Cues) -> bool:
    return any({s.lower() for s in p.sector} & cues.political for p in parties)


def no_event(trigger: Token, event_type: str, actor: list[Party], actor_tokens: list[Token],
             recipient_tokens: list[Token], cues: Cues, weapon: bool) -> bool:
    """Any of the module's rules: ``trigger`` is used in an ordinary sense that tells no event."""
    if withdrawn_from_contest(trigger, event_type, actor, actor_tokens, cues):
        return True
    if weapon:
        return False
    return (killed_it(trigger, event_type, cues) or gadget_banned(trigger, event_type, cues)
            or firm_survey(trigger, event_type, actor, recipient_tokens, cues))


def _left(trigger: Token) -> list[Token]:
    """What the trigger leaves: the objects of its "from" phrase, or of "of" after "out" ("pulled out
    of the Open", parsed with "out" as a particle or as a preposition)."""
    found = []
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            found += _pobjs(c)
        elif c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod"):
            found += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in _pobjs(p)]
            found += _pobjs(c) if c.dep_ == "prep" else []
        elif c.dep_ == "prep" and c.lower_ == "of" and any(
                s.lower_ == "out" and s.dep_ in ("prt", "advmod") for s in trigger.children):
            found += _pobjs(c)
    return found


def withdrawn_from_contest(trigger: Token, event_type: str, actor: list[Party], actor_tokens: list[Token],
                           cues: Cues) -> bool:
    """"Withdrew from the tournament because of injury", "pulled out of the Australian Open": leaving a
    ``spur17_contest_noun`` is a player's or team's entry withdrawn, no retreat between parties. A nation
    or a state or political body that withdraws ("Russia withdrew from the Games in protest") stays."""
    if event_type != "RETREAT" or trigger.pos_ not in _VERBS:
        return False
    left = _left(trigger)
    if not left or not all(_lemma(t) in cues.spur17_contest_noun or t.lower_ in cues.spur17_contest_noun
                            for t in left):
        return False
    if any(t.ent_type_ in _NATION_ENTS for t in actor_tokens):
        return False
    return not _political(actor, cues)


def killed_it(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The comedian killed it at the festival": a ``spur17_living_harm_verb`` takes a living being, and
    the pronoun "it" is none -- an idiom of success or an animal, no attack. "Killed him", "killed it off"
    (a particle: a plan ended) are not this rule's."""
    if event_type != "ASSAULT" or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.spur17_living_harm_verb:
        return False
    if any(c.dep_ == "prt" for c in trigger.children):
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(o.lower_ == "it" for o in objects)


def _owned(thing: Token) -> bool:
    """A nation, place or body names whose thing it is ("Chinese steel", "imports of Russian oil")."""
    return any(t.ent_type_ in _OWNER_ENTS and t.i != thing.i for t in thing.subtree)


def gadget_banned(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Have decided to ban camera phones from their buildings", "the school banned smartphones": a ban
    whose every object is a gadget or a product (``product``, ``technology_noun``, ``goods``) that no
    nation, place or body owns is a house rule on a thing, no party coerced. "Banned imports of Chinese
    steel", "banned Russian athletes", "banned the group" stay."""
    if event_type not in ("COERCE", "SANCTION") or trigger.pos_ not in _VERBS \
            or _lemma(trigger) not in cues.spur17_ban_verb:
        return False
    things = cues.product | cues.technology_noun | cues.goods
    objects = object_tokens(trigger)
    return bool(objects) and all(o.pos_ == "NOUN" and (_lemma(o) in things or o.lower_ in things)
                                 and not _owned(o) for o in objects)


def firm_survey(trigger: Token, event_type: str, actor: list[Party], recipient_tokens: list[Token],
                cues: Cues) -> bool:
    """"The company's decision to carry out further investigations at the new find": an investigation
    by businesses alone (every doer of sector BUS) of no one and into no wrongdoing is a survey or an
    audit of its own, nothing alleged of anyone. "The bank launched an investigation into its former
    chief" (a party), "an investigation into fraud" and a police investigation stay."""
    if event_type != "ACCUSE" or _lemma(trigger) not in cues.spur17_inquiry_word or recipient_tokens:
        return False
    if not actor or not all(p.sector and {s.upper() for s in p.sector} <= {"BUS"} for p in actor):
        return False
    # what is investigated: "into"/"of" phrases or the verb's objects; any wrongdoing keeps it an act
    looked = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("into", "of") for g in _pobjs(c)]
    looked += object_tokens(trigger) if trigger.pos_ in _VERBS else []
    return not looked
