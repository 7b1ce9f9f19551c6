"""An event noun under a verb of telling (issue 14): who does the act the noun names.

Wire copy tells many acts as nouns that are the object or the passive subject of a verb of
telling: "The withdrawal of 300 troops was announced by the defence ministry", "The newspaper
confirmed the detention of three journalists by police". English gives two kinds of such verbs
(cue kinds of ``data/event_cues.tsv``):

- ``tell_doer``: verbs of deciding, ordering or presenting (announce, order, approve, submit,
  launch ...). Whoever announces, orders or submits an act does it: the ministry that announces a
  withdrawal withdraws. In the active the existing framing rule ("launched an attack") already
  reads the subject; this module adds the passive, whose by-agent is that subject.
- ``tell_source``: verbs of reporting (confirm, report, reveal, deny ...). Whoever confirms an
  act only tells it: the teller is the source, not the doer, unless the act moves the teller's
  own people ("confirmed the withdrawal of its troops"). ``tell_denial`` verbs among them deny
  the act they tell ("the arrest was denied by the police").
- ``tell_opinion``: verbs of saying and judging (say, condemn, praise, brand ...), and any verb
  that gives its object a predicate ("called the strike illegal", "declared the raid unlawful"):
  whoever voices a view of an act is its source, never its doer, even a state body speaking of
  its own people ("condemned the arrest of its citizens").

In both, a doer the noun names itself wins: its by-agent, possessor or country adjective, also a
by-agent the parser hangs under the noun's of-object ("the detention of two journalists by
police"), or the by-agent of a participle of deciding that describes it ("a strike called by the
unions"). A noun of movement (RETREAT, MOBILIZE) is done by the force it moves ("the withdrawal of
Rwandan troops": Rwanda) when the events stage can code that force.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined
from newsevents.eventcoding.lexicon import Cues

# The event types whose noun is done by what its of-phrase moves: "the withdrawal of X's troops".
MOVEMENT_TYPES = frozenset({"RETREAT", "MOBILIZE"})
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


@dataclass(frozen=True)
class Teller:
    """The verb of telling that governs an event noun, and who tells."""

    verb: Token
    tellers: list[Token]  # the active subject or the passive by-agent (none when the passive names none)
    doer: bool  # a verb of deciding or presenting: the teller does the act
    denied: bool  # a verb of denial: the act is said not to have happened
    passive: bool
    opinion: bool = False  # a verb of saying or judging: the teller only voices a view of the act


def _by_agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _judged(verb: Token) -> bool:
    """"called the strike illegal", "declared the raid unlawful": the object is given a predicate."""
    return any(c.dep_ == "oprd" for c in verb.children)


def teller_of(noun: Token, cues: Cues) -> Teller | None:
    """The verb of telling whose passive subject (any ``tell_*`` verb but ``tell_opinion``, whose
    passive keeps its own event) or direct object (a ``tell_source`` or ``tell_opinion`` verb: the
    active ``tell_doer`` verbs are read by the framing rule) the noun is."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    doer, source = lemma in cues.tell_doer, lemma in cues.tell_source
    if noun.dep_ == "nsubjpass" and (doer or source):
        tellers = [t for agent in _by_agents(verb) for t in conjoined(agent)]
        return Teller(verb, tellers, doer and not source, lemma in cues.tell_denial, passive=True)
    opinion = noun.dep_ == "dobj" and (lemma in cues.tell_opinion or _judged(verb))
    if noun.dep_ == "dobj" and (source or opinion):
        tellers = [t for c in verb.children if c.dep_ == "nsubj" for t in conjoined(c)]
        return Teller(verb, tellers, False, lemma in cues.tell_denial, passive=False, opinion=opinion)
    return None


def _of_objects(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def agent_under_object(noun: Token) -> list[Token]:
    """"the detention of two journalists by police": a by-agent the parser attached to the noun's
    of-object, not to the noun, is still the noun's doer."""
    for obj in _of_objects(noun):
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agents = [g for g in child.children if g.dep_ == "pobj"]
                if agents:
                    return conjoined(agents[0])
    return []


def participle_agents(noun: Token, cues: Cues) -> list[Token]:
    """"a general strike called by opposition parties", "an offensive launched by the army": the
    by-agent of a participle of deciding or presenting that describes the noun does the act."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in cues.tell_doer:
            agents = _by_agents(child)
            if agents:
                return conjoined(agents[0])
    return []


def moved_forces(noun: Token) -> list[Token]:
    """What a noun of movement moves: "the withdrawal of 300 troops", "the deployment of police"."""
    return [t for obj in _of_objects(noun) for t in conjoined(obj)]


def moves_own_people(noun: Token) -> bool:
    """"confirmed the withdrawal of its troops": the people moved belong to the teller."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for obj in _of_objects(noun) for c in obj.children)
