"""Targets told as a clause's subject, away from the act noun (issue 14, brief targets34; the thirty-second US-news
audit, docs/audit/2027-01-01-us-news-thirty-second.md, its 'targets left -' class).

Two patterns of English in which the one an act noun falls on is the subject of another word's clause:

- **the target of an act**: "N was the target of attacks by M", "N became the focus of an inquiry", "N has been the
  subject of $2m in attack ads": a ``target_noun`` said of the subject (its complement after be, become, remain)
  whose "of" phrase holds the act noun -- directly or through a quantity ("$2m in attacks", "a string of attacks")
  -- makes the subject the target.
- **cooperating with an inquiry**: "N has been cooperating with the agency's inquiry", "N complied with the
  probe": an investigation one helps along (the object of "with" after a ``cooperating_verb``) is one into one's
  own affairs; the helper is its target (the agency, named by the possessive, looks into it).

Tested on sentences of our own in tests/events/test_subject_targets.py.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_COPULAS = ("be", "become", "remain")
_QUANTITY_PREPS = ("in", "of")


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` with their conjuncts; a relative pronoun stands for the noun its clause modifies, and
    an infinitive or conjoined verb with no subject of its own takes its head's ("agreed to cooperate")."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            subject = found[0]
            if subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                subject = node.head
            return [subject, *subject.conjuncts]
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    return []


def _holder_of(trigger: Token, target_noun: set[str]) -> Token | None:
    """The ``target_noun`` whose "of" phrase holds ``trigger``, at most one quantity between them."""
    node = trigger
    for _ in range(2):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        prep, holder = node.head, node.head.head
        if prep.lower_ == "of" and holder.pos_ == "NOUN" and holder.lemma_.lower() in target_noun:
            return holder
        if prep.lower_ not in _QUANTITY_PREPS or holder.pos_ not in ("NOUN", "NUM", "SYM"):
            return None
        node = holder
    return None


def target_subjects(trigger: Token, party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """"N was the target of attacks by M": the subject the ``target_noun`` is said of (module docstring)."""
    if trigger.pos_ != "NOUN":
        return []
    holder = _holder_of(trigger, cues.target_noun)
    if holder is None or holder.dep_ != "attr" or holder.head.lemma_.lower() not in _COPULAS:
        return []
    return [t for t in _subjects(holder.head) if party(t)]


def helped_inquiry_subjects(trigger: Token, investigation: bool, party: Callable[[Token], bool],
                            cues: Cues) -> list[Token]:
    """"N has been cooperating with the agency's inquiry": the helper of an investigation is its target."""
    if not investigation or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return []
    prep = trigger.head
    if prep.lower_ != "with" or prep.head.lemma_.lower() not in cues.cooperating_verb:
        return []
    return [t for t in _subjects(prep.head) if party(t)]
