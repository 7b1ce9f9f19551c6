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

Session 36, brief figev40 (news-dev69's output events; tests in tests/events/test_events_counts_won.py):

- **a victim identified** (any act told by a bare past participle on the object of an ``identify_verb`` that has
  an "as" phrase, or on that verb's passive subject: "the coroner identified the person killed as <Name>", "the
  man arrested was named as <Name>"): the participle names whom the sentence identifies by an act the story has
  told, no act of its own. A participle with its own doer, time or place ("the man shot by police on Sunday in
  <Town>") tells the act and stays.
- **a kind of situation** (any act in a relative clause on a ``situation_noun`` -- "where", "in which", "when" --
  in the simple present with no time of its own: "they have never been in a situation where your uncle gets
  killed"): what such a situation is, no act at a time. A past clause ("a situation where rebels attacked them on
  Monday") stays.

Session 29, brief events32 (news-dev48's and news-dev47's event paragraphs; tests on sentences of our own in
tests/events/test_events_likeness_kinds_wishes.py):

- **a likeness** (any act inside a relative clause on a noun of manner, ``likeness_noun``, marked as a
  comparison by ``likeness_mark``: "the show drew crowds, in the same way that passers-by will gather to stare at
  a fire"): a simile, the clause tells what the thing is like, no event. "the way police dispersed the march"
  (no mark of likeness) is left to the other rules;
- **a kind defined** (a verb in the simple present, "do" or "does" allowed, whose every subject is a bare plural
  qualified by a ``true_kind_word``: '"real believers" don't back the mayor', "true fans never boo their team"):
  a claim about what the true members of a kind do, no act by anyone. "The believers don't back the mayor" (a
  group named) and "real believers protested" (a past act) stay;
- **a counterfactual** (an act in an "if" clause in the past perfect whose main clause has a modal with "have",
  or an act in that main clause: "if the mayor had met the envoy sooner, she would have signed the deal"): an
  act supposed not to have happened, no event. "if the talks fail, the army will attack" (an open condition) is
  left to modality;
- **one's own activity paused** (SANCTION by a person, a PERSON or "he"/"she", whose every object is a thing
  owned by a possessive pronoun, with no party in its phrases: "in 2010 Ann Bell suspended her paid lecture tour
  to run"): a change of one's own plans, no act between parties. "suspended its aid to the province" (a party
  named) and "the ministry suspended its participation in the talks" (a body's act towards others) stay;
- **a gift named by its receiver** (AID by a gift noun with no owner and no "from" or "by" phrase, whose compound
  modifier ends in a ``donee_noun``, not a verb's object: "the possible link between Rivera Foundation donations
  and contracts"): the compound names who received the gifts, and no giver is told. "The firm made campaign
  donations" (the verb's subject gave) stays.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.eventcoding.standings import is_measure

_DESCRIBED_STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_PRESENT_HAVE = ("VBZ", "VBP")
_PRESENT = ("VBZ", "VBP")  # the simple present's tags (and those of "do", "does")
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
    if likeness(trigger, cues) or kind_defined(trigger, cues) or counterfactual(trigger, cues):
        return True
    if event_type == "SANCTION" and own_activity_paused(trigger, is_someone):
        return True
    if event_type == "AID" and gift_by_receiver(trigger, cues):
        return True
    if victim_identified(trigger, cues) or situation_described(trigger, cues):
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


def likeness(trigger: Token, cues: Cues) -> bool:
    """"In the same way that passers-by will gather to stare at a fire": the trigger, or a clause above it, is a
    relative clause on a noun of manner marked as a likeness ("same", "similar")."""
    for node in (trigger, *trigger.ancestors):
        if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in cues.likeness_noun and any(
                c.dep_ == "amod" and c.lower_ in cues.likeness_mark for c in node.head.children):
            return True
    return False


def _true_kind(noun: Token, cues: Cues) -> bool:
    """A bare plural ("real believers", '"true" fans'): no article, owner or number, an adjective of true
    membership."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("det", "predet", "poss", "nummod") for c in noun.children):
        return False
    return any(c.dep_ == "amod" and c.lower_ in cues.true_kind_word for c in noun.children)


def kind_defined(trigger: Token, cues: Cues) -> bool:
    """'"Real believers" don't back the mayor': a simple present (with "do" or "does" at most) whose every
    subject is a bare plural of a kind's true members."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        if verb.tag_ != "VB" or not all(a.lemma_.lower() == "do" and a.tag_ in _PRESENT for a in auxiliaries):
            return False
    elif verb.tag_ not in _PRESENT:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_true_kind(s, cues) for s in subjects)


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _modal_perfect(verb: Token, cues: Cues) -> bool:
    """"would have signed", "could have met": a modal with "have" before a past participle."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and any(a.lower_ in cues.question_modal for a in auxiliaries) and any(
        a.lemma_.lower() == "have" for a in auxiliaries)


def _supposed_past(clause: Token, cues: Cues) -> bool:
    """An "if" clause in the past perfect: "if the mayor had met the envoy sooner"."""
    return clause.dep_ == "advcl" and _past_perfect(clause) and any(
        c.dep_ == "mark" and c.lower_ in cues.question_mark for c in clause.children)


def counterfactual(trigger: Token, cues: Cues) -> bool:
    """"If the mayor had met the envoy sooner, she would have signed the deal": the "if" clause in the past
    perfect and the main clause with a modal and "have" both tell acts supposed, known not to have happened."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if _supposed_past(node, cues) and _modal_perfect(node.head, cues):
        return True
    return _modal_perfect(node, cues) and any(_supposed_past(c, cues) for c in node.children)


def own_activity_paused(trigger: Token, is_someone: Callable[[Token], bool]) -> bool:
    """"The senator suspended his paid lecture tour": every object a thing owned by a possessive pronoun, no
    party in the verb's phrases."""
    if trigger.pos_ != "VERB":
        return False
    # a person's own plans: a state or a body suspending "its participation" acts towards others
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") for s in subjects):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.conjuncts]
    if not objects or any(is_someone(o) or o.ent_type_ for o in objects):
        return False
    if not all(any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children) for o in objects):
        return False
    phrased = [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    phrased += [c for c in trigger.children if c.dep_ == "dative"]
    return not any(is_someone(g) for g in phrased)


def gift_by_receiver(trigger: Token, cues: Cues) -> bool:
    """"Rivera Foundation donations": a gift noun whose compound modifier ends in a noun of a body that takes gifts
    (``donee_noun``), with no owner and no "from" or "by" phrase, names the receiver only."""
    if trigger.pos_ != "NOUN" or trigger.dep_ == "dobj":  # "the firm made campaign donations": the subject gave
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")) for c in trigger.children):
        return False
    modifiers = [c for c in trigger.children if c.dep_ == "compound"]
    return bool(modifiers) and modifiers[-1].lemma_.lower() in cues.donee_noun



def _told_of_own(participle: Token) -> bool:
    """The participle's own phrases name a doer ("by police"), a time or a place: it tells an act."""
    for c in participle.children:
        if c.dep_ == "agent":
            return True
        if c.dep_ == "prep" and c.lower_ == "as":
            continue  # the identification's own phrase ("... killed as <Name>": the parser may hang it here)
        if c.dep_ in ("prep", "npadvmod", "advmod") and any(
                t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in c.subtree):
            return True
    return False


def victim_identified(trigger: Token, cues: Cues) -> bool:
    """"The coroner identified the person killed as <Name>", "the man arrested was named as <Name>": a bare past
    participle on the noun an ``identify_verb`` says who is (its object with an "as" phrase on the verb, the noun
    or the participle; or its passive subject) names a victim of an act the story has told (see the module)."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "acl" or _told_of_own(trigger):
        return False
    noun = trigger.head
    verb = noun.head
    if verb.i == noun.i or verb.lemma_.lower() not in cues.identify_verb or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ == "nsubjpass":
        return True
    if noun.dep_ != "dobj":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" for head in (verb, noun, trigger) for c in head.children)


def _simple_present(verb: Token) -> bool:
    """"gets killed", "is attacked", "attacks": the verb in the present tense (its own tag, or its auxiliary's
    when it is a participle), no modal or perfect."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lemma_.lower() == "have" for c in auxiliaries):
        return False
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in auxiliaries)


def situation_described(trigger: Token, cues: Cues) -> bool:
    """"They have never been in a situation where your uncle gets killed": the trigger in a simple-present
    relative clause on a ``situation_noun``, undated (see the module)."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "where your uncle gets killed and beheaded": the clause's first verb
    if clause.dep_ != "relcl" or clause.head.lemma_.lower() not in cues.situation_noun:
        return False
    return _simple_present(clause) and not _dated(clause) and not _dated(trigger)
