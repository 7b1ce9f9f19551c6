"""Warnings, echoed calls, vows of defiance, verbal hits on a topic and lines of attack (issue 14, brief
s16-recips16; the eighth US-news audit's wrong types and recipients, docs/audit/2026-12-08-us-news-eighth.md;
held-out sets ``tests/data/phrasings_heldout19.tsv`` and ``recipients_heldout3.tsv``; rules tested on other
sentences of our own in tests/events/test_calls_vows.py). Patterns of English, the words of the ``event_cues.tsv``
kinds the functions below name:

- **A warning not to act**: "warned the central bank not to raise rates" urges the hearer to refrain; no
  act of the warner's is threatened: a REQUEST (an appeal), not THREATEN -- when it stays at home or comes
  from no state (``warner_appeals``). One state warning another ("Turkey warned Greece not to extend its
  waters") and a warning that names what follows ("not to cross the line, or face the consequences") stay
  threats.
- **A call echoed**: "a call echoed by Japan", "Poland echoed the demand": repeating a call, demand or
  appeal (``call_noun``) is making it, a REQUEST (not ACCUSE, not SUPPORT); its target is the one
  the call is made on (the object of the request verb the call stands beside, or "for X to ...").
- **A vow of defiance**: "vowed to ignore the tribunal's ruling", "pledged to defy the court": a vow whose
  verb is one of defiance (``defy_verb``) announces a refusal, REJECT (not AGREE); what is to be
  ignored is its target.
- **A verbal hit on a topic**: "hit her rival on immigration", "hit him on taxes": a force word of speech
  (``speech_force``) with a person or body as its object and an "on" phrase naming no person, place or
  time (a topic), with no instrument ("with"), weapon or harm named, is criticism, ACCUSE.
- **A line of attack told by a saying clause**: "opened a new line of attack, saying that the governor's
  budget was reckless": an attack noun with no target of its own, joined to a verb of saying
  (``claim_saying_verb``) whose clause has a person or body as its subject or as the owner of its
  subject, is words against that party (ACCUSE), not force, when no armed side is its doer.
- **An actor named by apposition**: "one group, the Petroleum Institute, urged ...": an uncoded group noun
  (``group_noun``) with a name in apposition is that name.
- **A time inside the reason judged**: "criticized him for his votes in the 1990s": a time inside the "for"
  or "of" phrase of a verb of judging (``judging_verb``) dates the thing judged, not the judging.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.docquery import objects_of_preps, own_clause
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_NOT_TOPICS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "FAC")
# a party named after a preposition or after the passive "by" ("a call echoed by the mayor")
_PREP_DEPS = ("prep", "agent")


# --- a warning not to act -------------------------------------------------------------------------------------

def warned_not_to(trigger: Token, event_type: str, cues: Cues) -> bool:
    """True for a THREATEN told by a warning verb to a hearer (an object) whose clause is negated
    ("warned the Fed not to act"): the hearer is urged to refrain. Not when the clause goes on with "or"
    followed by a consequence (``consequence_verb``: "not to act, or face sanctions", "or else")."""
    if event_type != "THREATEN" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.warning:
        return False
    if not any(c.dep_ in ("dobj", "dative") for c in trigger.children):
        return False
    for clause in (c for c in trigger.children if c.dep_ in ("xcomp", "ccomp", "advcl")):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        if not any(n.dep_ == "neg" for n in clause.children):
            continue
        after = list(trigger.sent[clause.i - trigger.sent.start:])
        return not any(t.lower_ == "or" and nxt.lemma_.lower() in cues.consequence_verb
                       for t, nxt in zip(after, after[1:], strict=False))
    return False


def warner_appeals(actor: list[Party], recipient: list[Party], kinds: dict[str, str], cues: Cues) -> bool:
    """A warning not to act is an appeal when it stays at home (the warner and the warned of one
    country: "liberal Democrats warned the Fed") or comes from no state (no state, no party of a state
    sector: "business leaders warned the British government"); one state warning another ("Turkey warned
    Greece not to extend its waters", the project's phrasings) stays a threat."""
    def country_set(parties: list[Party]) -> set[str]:
        return {p.country for p in parties if p.country}

    if country_set(actor) & country_set(recipient):
        return True
    return bool(actor) and not any(
        (p.entity is not None and kinds.get(p.entity) == "GPE") or {s.lower() for s in p.sector} & cues.state_sector
        for p in actor)


# --- a call echoed ----------------------------------------------------------------------------------------------

def echoed_call(trigger: Token, event_type: str, cues: Cues) -> Token | None:
    """The call, demand or appeal an echo verb repeats ("a call echoed by Japan": call; "echoed the
    demand that ...": demand), or None."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.echo_verb:
        return None
    if event_type not in ("ACCUSE", "SUPPORT", "REQUEST"):
        return None
    things = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ in ("acl", "relcl"):
        things.append(trigger.head)
    return next((t for t in things if t.pos_ == "NOUN" and t.lemma_.lower() in cues.call_noun), None)


def removal_called_for(call: Token, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """"Calling for the director's firing", "called for the resignation of the minister": a call "for" a
    ``removal_noun`` is made on the one to go -- its possessor or its "of" phrase, when a party (events30; the
    twenty-eighth US-news audit's targets named in the sentence)."""
    removals = [g for g in objects_of_preps(call, ("for",), conjuncts=False) if g.lemma_.lower() in cues.removal_noun]
    return [o for g in removals for o in [c for c in g.children if c.dep_ == "poss"]
            + objects_of_preps(g, ("of",), conjuncts=False) if is_party(o)]


def call_targets(call: Token, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """Whom a call is made on: "for Israel to halt", "the demand that China release ..." (the clause's
    subject), or, for a call told beside a request verb ("urged Russia to withdraw, a call echoed by
    ..."), that verb's object."""
    found = [g for g in objects_of_preps(call, ("for", "on", "to"), deps=_PREP_DEPS, conjuncts=False) if is_party(g)]
    if not found:
        found = removal_called_for(call, is_party, cues)
    for clause in (c for c in call.children if c.dep_ in ("acl", "ccomp", "relcl")):
        found += [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and is_party(s)]
    for prep in (c for c in call.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in prep.children:  # "calls for Israel to halt": the clause hangs on the pobj or the prep
            found += [s for s in g.children if s.dep_ in ("nsubj",) and is_party(s)]
    if found:
        return found
    verb = call.head
    if call.dep_ in ("dobj", "appos", "npadvmod", "attr") and verb.pos_ == "VERB" \
            and verb.lemma_.lower() in cues.request and not call.i < verb.i:
        return [o for o in verb.children if o.dep_ in ("dobj", "dative") and o.i != call.i and is_party(o)] + [
            g for g in objects_of_preps(verb, ("on",), deps=_PREP_DEPS, conjuncts=False) if is_party(g)]
    return []


# --- a vow of defiance --------------------------------------------------------------------------------------------

def vowed_defiance(trigger: Token, event_type: str, cues: Cues) -> Token | None:
    """The verb of defiance a vow takes ("vowed to ignore the ruling": ignore), or None."""
    if event_type not in ("AGREE", "THREATEN") or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.refusal_vow_verb:
        return None
    return next((c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in cues.defy_verb
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def defied_things(verb: Token) -> list[Token]:
    """What is to be defied: the object of the defiance verb, or the relative clause's head ("the
    ruling, which Beijing has vowed to ignore")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objects:
        return objects
    vow = verb.head
    if vow.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubj") and c.tag_ in ("WDT", "WP") for c in verb.children):
        return [vow.head]
    return [vow.head] if vow.dep_ == "relcl" and vow.head.pos_ == "NOUN" else []


# --- a verbal hit on a topic --------------------------------------------------------------------------------------

def hit_on_topic(trigger: Token, event_type: str, weapon: bool, actor_sectors: list[set[str]],
                 someone: Callable[[Token], bool], cues: Cues) -> bool:
    """True for an ASSAULT by a force word of speech ("hit") whose object is a person or body and whose
    "on" phrase names a topic: no person, place, date, figure or part of the body (``struck_body_part``);
    no "with" instrument, no weapon or harm word outside the topic phrase; its doers speakers of public life
    (``speaking_sector``)."""
    if event_type != "ASSAULT" or weapon or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in cues.speech_force:
        return False
    # a speaker of public life (a sector of speech, none armed) hits a person or body
    if not actor_sectors or not all(sectors and sectors <= cues.speaking_sector for sectors in actor_sectors):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if not objects or not all(someone(o) or o.pos_ == "PRON" for o in objects):
        return False
    if any(objects_of_preps(h, ("with",), deps=_PREP_DEPS, conjuncts=False) for h in (trigger, *objects)):
        return False
    # the "on" phrase, on the verb or (as the parser may hang it) on the object: "hit the chancellor on debt relief"
    topics = [g for h in (trigger, *objects) for g in objects_of_preps(h, ("on",), deps=_PREP_DEPS, conjuncts=False) if g.pos_ in ("NOUN", "PROPN")
              and g.ent_type_ not in _NOT_TOPICS and not someone(g) and g.lemma_.lower() not in cues.struck_body_part]
    if not topics:
        return False
    in_topics = {t.i for g in topics for t in g.subtree}
    literal = set(cues.weapon) | cues.harm_word
    return not any(t.i not in in_topics and t.pos_ != "PROPN" and {t.lemma_.lower(), t.lower_} & literal
                   for t in own_clause(trigger))


# --- a line of attack told by a saying clause --------------------------------------------------------------------

def _saying_clauses(noun: Token, cues: Cues) -> list[Token]:
    """The clauses of saying joined to the verb an attack noun is the object of ("launched an attack,
    saying that ...": the clause of "saying")."""
    verb = noun
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return []
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    saying = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in cues.claim_saying_verb]
    return [g for s in saying for g in s.children if g.dep_ == "ccomp"]


def said_targets(trigger: Token, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """The party a saying clause joined to an attack names: its subject, or its subject's owner
    ("that the governor's budget was reckless": the governor)."""
    found: list[Token] = []
    for clause in _saying_clauses(trigger, cues):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.pos_ == "PRON":
                continue
            if is_party(subject):
                found.append(subject)
            else:
                found += [p for p in subject.children if p.dep_ == "poss" and p.pos_ != "PRON" and is_party(p)]
    return found


def attack_noun_told_by_saying(trigger: Token, event_type: str, weapon: bool, actor_sectors: list[set[str]],
                               has_target: bool, cues: Cues) -> bool:
    """True for an ASSAULT told by an attack noun with no target of its own and no weapon, its doer not
    armed, joined to a saying clause ("launched a fresh attack, arguing that ...")."""
    if event_type != "ASSAULT" or weapon or has_target or trigger.pos_ != "NOUN":
        return False
    if trigger.lemma_.lower() not in cues.speech_force:
        return False
    if not actor_sectors or any(sectors & cues.armed_sector for sectors in actor_sectors):
        return False
    return bool(_saying_clauses(trigger, cues))


# --- an actor named by apposition ---------------------------------------------------------------------------------

def named_in_apposition(token: Token, cues: Cues) -> Token | None:
    """The name in apposition to a group noun ("one group, the Petroleum Institute,"), or None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.group_noun:
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ in ("ORG", "NORP", "GPE")), None)


# --- a time inside the reason judged -----------------------------------------------------------------------------

def dates_the_reason(time_root: Token, trigger: Token, cues: Cues) -> bool:
    """True when a time lies inside the "for"/"of"/"over" phrase of a verb of judging ("criticizing him
    for votes in the 1990s"): it dates the thing judged, not the judging."""
    if trigger.lemma_.lower() not in cues.judging_verb:
        return False
    reasons = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "over")]
    token = time_root
    while token.head.i != token.i:
        head = token.head
        if head.i == trigger.i:
            if token.dep_ == "conj" and token.pos_ == "NOUN" and reasons:
                return True  # "for votes in the 1990s and his vote a decade ago": a reason the parser hung on the verb
            if token.dep_ != "prep" or token.i == time_root.i:
                return False
            # inside the reason phrase, or a time phrase the parser hung on the verb just after it
            # ("criticizing him for votes against the bill in the 1990s")
            return token in reasons or any(r.i < token.i and r.right_edge.i + 1 == token.i for r in reasons)
        token = head
    return False


# --- a request answered in the next sentence --------------------------------------------------------------------

def _head_word(token: Token) -> str:
    return token.lemma_.lower() if token.pos_ != "PROPN" else token.lower_


def request_answered(trigger: Token, sentence: Span, is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """"The ministry asked the agency to return the files. Later, the agency said it would cooperate": a
    cooperation with no one named, whose doer (the subject of the verb of saying it hangs on, or its own
    subject) is the one asked in the sentence before, by a verb of request (``request``) with one subject that is
    a party, answers that request: the asker is the one cooperated with (the twenty-eighth US-news audit's targets
    named in the sentence before). Only with one such request; none, or two, name no one."""
    if sentence.start == 0 or trigger.pos_ != "VERB":
        return []
    speaker = trigger.head if trigger.dep_ in ("ccomp", "xcomp") else None
    doers = [c for v in (trigger, speaker) if v is not None for c in v.children
             if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if not doers:
        return []
    before = trigger.doc[sentence.start - 1].sent
    askers = []
    for verb in (t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in cues.request):
        asked = [c for c in verb.children if c.dep_ == "dobj"]
        if any(_head_word(a) == _head_word(d) for a in asked for d in doers):
            askers += [c for c in verb.children if c.dep_ == "nsubj" and is_party(c)]
    return askers if len(askers) == 1 else []
