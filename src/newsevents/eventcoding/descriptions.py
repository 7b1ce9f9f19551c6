"""Descriptions, tallies, questions, calls for measures and other senses told with words of events: no act
between parties (issue 14, session 28, brief targets32; the thirtieth US-news audit's spurious classes,
docs/audit/2026-12-30-us-news-thirtieth.md). Each rule reads the trigger's own selection (its clause, the
noun it describes, the verb it hangs on); tested on sentences of our own in
tests/events/test_events_descriptions_tallies_questions.py.

- **a critic described** (ACCUSE, SUPPORT or REJECT in a present-perfect relative clause on a noun in
  apposition, with no time of its own: "the historian Ann Bell, a union ally who has loudly criticized the
  mayor"): the record told to say who someone is, no act at a time. A main clause ("she has criticized the
  mayor") and a dated clause ("who has criticized the mayor this week") stay;
- **a tally credited to things** (an act in the clause of "help" in the present perfect whose subject is a
  thing, no party: "these cameras have helped police arrest hundreds of suspects"): a count over years
  credited to tools, no dated act. "The army has helped police arrest ..." (a party's aid) stays;
- **a question put** (an act in an "if"/"whether" clause of "ask" with a modal of its own: "the host asked
  the senator if he would deport all of them"): a question about what someone would do, no act by the asker
  and none told. "asked the senator to deport them" (a request) stays;
- **a call for a measure** (REQUEST told by a verb of calling whose every "for" object is a gerund clause or a
  measure owned by no named party, and no one called on: "called for getting the housing programme back on
  track", "calling for a strict emissions rule"): a view of policy, no request of a party (as standings.py's
  stances on measures). "called for the minister's resignation", "called on the council for a vote" and a
  state's call stay;
- **a struggle** (ASSAULT by "grapple" with "with" and no weapon: "grappling with the forces dividing his
  party"): a struggle with a problem, no attack;
- **a participle before its noun** (AGREE by a past participle between a determiner or a quantifier and the
  noun it is tagged as governing, with no subject: "enough pledged delegates", "the promised funds"): an
  adjective, no promise made.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.eventcoding.standings import is_measure

_DESCRIBED_STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_PRESENT_HAVE = ("VBZ", "VBP")
# what may stand before a participle used as an adjective ("enough pledged delegates", "the promised funds")
_PREMODIFIER_TAGS = ("DT", "PRP$", "CD", "PDT", "POS")


def no_event(trigger: Token, event_type: str, is_someone: Callable[[Token], bool], cues: Cues,
             weapon: bool = False) -> bool:
    """Any of the module's rules: the trigger tells a description, a tally, a question, a call for a measure, a
    struggle or an adjective."""
    if event_type in _DESCRIBED_STANCES and critic_described(trigger):
        return True
    if tally_credited(trigger, is_someone) or question_put(trigger, cues):
        return True
    if event_type == "REQUEST" and measure_called_for(trigger, cues):
        return True
    if event_type == "ASSAULT" and not weapon and struggle(trigger):
        return True
    return event_type == "AGREE" and participle_adjective(trigger, cues)


def _dated(verb: Token) -> bool:
    """The clause's own phrases name a time ("this week", "on Monday")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ not in ("ccomp", "advcl", "conj")
               for t in c.subtree)


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _PRESENT_HAVE
                                      for c in verb.children)


def critic_described(trigger: Token) -> bool:
    """"Ann Bell, a union ally who has loudly criticized the mayor": a present-perfect relative clause on a noun
    in apposition, undated, describes the person."""
    return (trigger.dep_ == "relcl" and trigger.head.dep_ == "appos" and _present_perfect(trigger)
            and not _dated(trigger))


def tally_credited(trigger: Token, is_someone: Callable[[Token], bool]) -> bool:
    """"These cameras have helped police arrest hundreds of suspects (and seize ...)": the act of a
    present-perfect "help" whose subject is a thing, no party."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    helper = node.head
    if node.dep_ not in ("xcomp", "ccomp") or helper.lemma_.lower() != "help" or not _present_perfect(helper):
        return False
    subjects = [c for c in helper.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and not is_someone(s) for s in subjects)


def question_put(trigger: Token, cues: Cues) -> bool:
    """"The host asked the senator if he would deport them": a clause of "ask" opened by "if" or "whether" with
    a modal of its own is a question put, no act."""
    if trigger.dep_ not in ("advcl", "ccomp") or trigger.head.lemma_.lower() != "ask":
        return False
    return any(c.dep_ == "mark" and c.lower_ in cues.question_mark for c in trigger.children) and any(
        c.dep_ == "aux" and c.lower_ in cues.question_modal for c in trigger.children)


def measure_called_for(trigger: Token, cues: Cues) -> bool:
    """"She called for getting the housing programme back on track", "calling for a strict emissions rule": a
    verb of calling with no one called on (no object, no "on" phrase) whose every "for" object is a gerund
    clause or a measure no named party owns; not a state's call."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.call_for_verb:
        return False
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "on") for c in trigger.children):
        return False
    if any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP") for c in trigger.children):
        return False
    objects = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return bool(objects) and all(is_measure(o, cues) for o in objects)


def struggle(trigger: Token) -> bool:
    """"grappling with the forces dividing his party": "grapple with" is a struggle with a problem."""
    return trigger.lemma_.lower() == "grapple" and any(c.dep_ == "prep" and c.lower_ == "with"
                                                        for c in trigger.children)


def participle_adjective(trigger: Token, cues: Cues) -> bool:
    """"Enough pledged delegates", "the promised funds": a past participle with no subject or auxiliary, right
    after a determiner, a possessive, a number or a quantifier and right before the noun the parser hangs on
    it, is an adjective."""
    if trigger.tag_ not in ("VBN", "VBD") or trigger.i == 0 or trigger.i + 1 >= len(trigger.doc):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in trigger.children):
        return False
    before, after = trigger.doc[trigger.i - 1], trigger.doc[trigger.i + 1]
    if before.tag_ not in _PREMODIFIER_TAGS and before.lower_ not in cues.participle_quantifier:
        return False
    return after.pos_ == "NOUN" and (after.head.i == trigger.i or trigger.head.i == after.i)
