"""Concessions told as facts, alternatives listed, attempts to agree and resignations under pressure.

Modality and sense patterns of session 20's brief spur20 (issue 14; the sixteenth and seventeenth web-news audits,
docs/audit/2026-12-16-web-news-sixteenth.md and 2026-12-17-web-news-seventeenth.md; held-out sets
tests/data/phrasings_heldout29.tsv and modality_heldout6.tsv; rules tested on other sentences of our own in
tests/events/test_concessions_attempts.py). Patterns of English; the words are ``event_cues.tsv`` kinds beginning ``spur20_``.

- **a concession told as a fact**: an adverbial clause opened by a concessive mark ("while", "although") whose verb
  is in the past or past perfect tells what was done ("while the council had endorsed the plan, the renaming would
  have to go through cabinet"): the modal of the clause it modifies ("would have to") is not its own. A present
  tense ("although the army may withdraw") stays open.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues


def _past(verb: Token) -> bool:
    """A past tense, or a past participle with a past auxiliary ("had endorsed", "was signed") and no modal."""
    if verb.tag_ == "VBD":
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxiliaries) and all(a.tag_ in ("VBD", "VBN") for a in auxiliaries)


def concession_told(token: Token, cues: Cues) -> bool:
    """``token`` heads an adverbial clause of concession in the past: a fact told, not what its main clause plans."""
    return token.dep_ == "advcl" and _past(token) and any(
        c.dep_ == "mark" and c.lower_ in cues.concession_mark for c in token.children)


def _alternatives_head(token: Token, cues: Cues) -> Token | None:
    """The gerund of "whether it is <V-ing> ..." that ``token`` belongs to (itself, a conjunct or a clause of it),
    or None."""
    for _ in range(6):
        kids = list(token.children)
        if token.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ in cues.alternative_mark for c in kids) \
                and any(c.dep_ == "nsubj" and c.lower_ in cues.dummy_subject for c in kids) \
                and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in kids):
            return token
        if token.dep_ not in ("conj", "advcl", "dobj", "pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
    return None


def alternatives_listed(trigger: Token, cues: Cues) -> bool:
    """"Whether it is helping the police or training medics abroad, the unit stays busy": a clause that lists, as
    alternatives joined by "or", the kinds of work a party does (a dummy "it", a progressive gerund) tells no act at a
    time. "Whether the army attacks or withdraws" (a real subject: a condition) is not this shape."""
    head = _alternatives_head(trigger, cues)
    if head is None:
        return False
    start = min(t.i for t in head.subtree)
    end = max(t.i for t in head.subtree)
    return any(t.lower_ == "or" and t.dep_ == "cc" for t in trigger.doc[start:end + 1])


def attempt_to_agree(trigger: Token, event_type: str, cues: Cues) -> bool:
    """An agreement only tried for ("tried to reach an agreement", "will try to agree on quotas", "attempted to strike
    a deal"): the parties negotiate; no agreement is told. PLOVER's CONSULT (negotiation), not AGREE. The trigger is
    the verb of agreeing or the noun it takes, under an ``attempt_verb`` by an open clause ("to")."""
    if event_type != "AGREE":
        return False
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj") else trigger
    if verb.dep_ == "pobj":
        return False
    if verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head  # "tried to agree on quotas": the noun under "on"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.attempt_verb and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def resigned_under_pressure(trigger: Token, event_type: str, cues: Cues) -> bool:
    """A leader who resigned "forced out by his party", "pushed out by the generals": a resignation pressed on him is
    an accession to a demand for a change of leader, PLOVER's CONCEDE (CAMEO 0832), not a RETREAT. The participle
    clause of pressure hangs on the verb of resigning."""
    if event_type != "RETREAT" or trigger.lemma_.lower() not in cues.resign_verb:
        return False
    return any(c.dep_ in ("advcl", "conj") and c.tag_ == "VBN" and c.lemma_.lower() in cues.pressure_verb
               for c in trigger.children)


def leaving_office(trigger: Token, cues: Cues) -> bool:
    """"Will resign her post", "will quit", "is to step down", "will stand down": a verb of leaving one's own office
    (``resign_verb``, or a ``leave_office_verb`` with "down") announced for later is that step to come, no promise
    made to another party: it keeps its own type (RETREAT, CONCEDE) in the future, never AGREE (events30). "Will
    step up cooperation" (no "down") is no leaving."""
    lemma = trigger.lemma_.lower()
    if lemma in cues.resign_verb:
        return True
    return lemma in cues.leave_office_verb and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "down"
                                                   for c in trigger.children)
