"""Acts told without being done (issue 14, session 35, brief events39: the spurious events of news-dev67/68's
class tables and their kind over the regression golds). Each rule reads the trigger's own selection; tested
on sentences of our own in tests/events/test_events_unacted.py.

- **a stance recalled** (SUPPORT, ACCUSE or REJECT by a verb in a relative clause set off by a comma, with an
  adverb of some undated time before, ``former_time_adverb``: "Ann Bell, who once praised the farm bill,
  offered a plan"): the clause recalls a former stance to say who the person is; the sentence's news is its
  main clause, and no act is dated. A dated clause ("who once praised the bill in 2010") and a restrictive one
  stay;
- **one's own thing defended** (SUPPORT by a ``defence_verb`` with no party acted on, whose every object is a
  thing, no party, owned by a possessive pronoun: "the senator defends her outsider credentials in an
  advert"): one speaking up for what is one's own, no second actor (as nonevents.own_conduct_defended, for
  any thing owned). "defended his party" (a body) and "defended Turkey's decision" (a party's) stay;
- **a thing praised** (SUPPORT by a ``praise_verb`` with no party acted on, whose every object -- or passive
  subject -- is a common noun whose phrase names no party: no possessive, no name, no person or body: "these
  tax proposals have been applauded by union leaders", "the mayor praised the new bus lanes"): an opinion of a
  thing, no second actor. "praised the council's plan" (the council's) and "praised the Senate bill" stay;
- **an act only feared** (any act in the complement clause of a ``fear_verb`` -- fear, worry, dread -- whose
  verb has a modal or future auxiliary, ``feared_modal``: "activists said they fear the council will make a
  deal with the firm"): a worry about what others may do, no act told. A feared past act is left to the other
  rules. The same for a clause written right after an adjective of fear (``fear_adjective``: "he was scared his
  neighbour would one day hurt him", "afraid that the gang could attack the shop", session 41): English puts the
  feared clause straight after the adjective, while the parser often hangs it on a higher verb.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues, object_tokens

_VERBS = ("VERB", "AUX")
_STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
# possessive pronouns: a thing they own is the speaker's or the subject's, no named party's
_OWN = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# the relations climbed from an act to the verb of the clause that holds it ("will make a deal": the deal is
# the object of "make"; "will try to attack": the attack is what is tried; "a deal ... to pass the bill": the
# purpose of the feared deal is feared with it)
_CLAUSE_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "conj", "attr", "acomp", "nsubjpass", "acl", "advcl"})


def no_event(trigger: Token, event_type: str, recipient_tokens: list[Token], is_party: Callable[[Token], bool],
             cues: Cues) -> bool:
    """Any of the module's rules: the act ``trigger`` tells is not done."""
    return (stance_recalled(trigger, event_type, cues)
            or own_thing_defended(trigger, event_type, recipient_tokens, is_party, cues)
            or thing_praised(trigger, event_type, recipient_tokens, is_party, cues)
            or feared_act(trigger, cues))


def _dated(verb: Token) -> bool:
    """The clause's own phrases name a time ("in 2010", "on Monday")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ not in ("ccomp", "advcl", "conj")
               for t in c.subtree)


def stance_recalled(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Ann Bell, who once praised the farm bill, offered a plan": a stance in a relative clause set off by a
    comma, at an undated former time."""
    if event_type not in _STANCES or trigger.pos_ not in _VERBS or trigger.dep_ != "relcl":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in cues.former_time_adverb for c in trigger.children):
        return False
    first = trigger.left_edge
    return first.i > 0 and trigger.doc[first.i - 1].text == "," and not _dated(trigger)


def _owned_thing(obj: Token, is_party: Callable[[Token], bool]) -> bool:
    """A thing (no party) whose phrase holds only possessive pronouns as owners ("her outsider credentials")."""
    if obj.ent_type_ in _PARTY_ENTITIES or is_party(obj):
        return False
    owners = [t for t in obj.subtree if t.i < obj.i and t.dep_ == "poss"]
    return bool(owners) and all(t.lower_ in _OWN for t in owners)


def own_thing_defended(trigger: Token, event_type: str, recipient_tokens: list[Token],
                       is_party: Callable[[Token], bool], cues: Cues) -> bool:
    """"The senator defends her outsider credentials": a defence of one's own thing, with no party acted on."""
    if event_type != "SUPPORT" or recipient_tokens or trigger.pos_ not in _VERBS:
        return False
    if trigger.lemma_.lower() not in cues.defence_verb:
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(_owned_thing(o, is_party) for o in objects)


def _partyless_thing(obj: Token, is_party: Callable[[Token], bool]) -> bool:
    """A common noun whose phrase names no party: no possessive, no name, no person or body in it."""
    if obj.pos_ != "NOUN" or obj.ent_type_ or is_party(obj):
        return False
    return not any(t.dep_ == "poss" or t.pos_ == "PROPN" or t.ent_type_ in _PARTY_ENTITIES or is_party(t)
                   for t in obj.subtree if t.i != obj.i)


def thing_praised(trigger: Token, event_type: str, recipient_tokens: list[Token],
                  is_party: Callable[[Token], bool], cues: Cues) -> bool:
    """"These tax proposals have been applauded by union leaders": praise of a thing, no party acted on."""
    if event_type != "SUPPORT" or recipient_tokens or trigger.pos_ not in _VERBS:
        return False
    if trigger.lemma_.lower() not in cues.praise_verb:
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(_partyless_thing(o, is_party) for o in objects)


def feared_act(trigger: Token, cues: Cues) -> bool:
    """"They fear the council will make a deal with the firm": an act in the clause of a verb of fearing that
    is still to come (a modal or a future auxiliary on that clause's verb)."""
    token = trigger
    for _ in range(6):
        if token.dep_ == "ccomp" and token.pos_ in _VERBS:
            return (token.head.lemma_.lower() in cues.fear_verb or _after_fear_adjective(token, cues)) and any(
                c.dep_ == "aux" and c.lower_ in cues.feared_modal for c in token.children)
        if token.dep_ not in _CLAUSE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return False


def _after_fear_adjective(clause: Token, cues: Cues) -> bool:
    """The clause (from its subject, or its first word) starts right after an adjective of fear, or after its
    "that" ("was scared his neighbour would ...", "afraid that the gang could ..."), whatever verb the parser hung
    the clause on and whatever clause it hung under it ("because he was scared" parsed inside the feared one)."""
    # the clause's subject opens it ("... scared | Hayes would hurt him"), whatever the parser hung before it
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
    start = subjects[0].left_edge.i if subjects else clause.left_edge.i
    if start > 0 and clause.doc[start - 1].lower_ == "that":
        start -= 1  # "that" left outside the clause by the parser
    if start == 0:
        return False
    before = clause.doc[start - 1]
    return before.lower_ in cues.fear_adjective and before.dep_ in ("acomp", "amod", "conj", "xcomp", "ROOT")
