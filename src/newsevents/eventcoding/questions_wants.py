"""Acts only asked for or asked about (issue 14, session 30, brief events34; the thirty-first US-news audit's "supposed,
wanted and asked-about acts" and "no act between parties" classes, #30, #32, #36, and their kin in the twenty-seventh
to thirtieth audits: an interviewer's questions, acts lobbied or called for).

- **an act asked for** (an event noun that is the direct object of a ``request_verb``: "requested an
  investigation of the governor", "sought a meeting with the minister"): the request is the act told; the act
  asked for is not done, so it is kept hypothetical, as the project keeps what is "called for" (the ``request``
  cues' "for" objects, modality.py: "called for an investigation by the ombudsman");
- **an act in a question put** (a trigger inside the clause a ``question_verb`` takes, opened by a question
  word -- ``question_word``: how, what, when ... or ``question_mark``: if, whether -- whose verb has a
  ``question_modal``: "the host asked the mayor how she would handle the arrest of protesters"): what someone
  would do, asked; no act. "Why" is no such word: a question why presupposes the act (targets32);
- **a charge in question** (a trigger of the ``claim`` frame -- a breach such as "violated" that tells a charge
  when reported -- in a clause opened by "whether", or by "if" as a complement: "an inquiry to determine whether
  the firm violated the rules"): the breach is what is to be found out, not a charge made.

The words are cue kinds of ``event_cues.tsv`` (``request_verb``, ``question_verb``, ``question_word``, with
targets32's ``question_mark`` and ``question_modal``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_VERBS = ("VERB", "AUX")
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp"})
# how far up from a noun trigger its clause's verb may be ("the arrest of protesters" under "handle")
_MAX_CLIMB = 4


def no_event(trigger: Token, frame: str, cues: Cues) -> bool:
    """Either rule of an act asked about: ``trigger`` tells no act (an act asked for is kept, hypothetical:
    :func:`act_asked_for`)."""
    return act_in_question_put(trigger, cues) or charge_in_question(trigger, frame, cues)


def act_asked_for(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Requested another investigation of the governor", "sought a meeting with the minister": an event noun
    asked for is not done (hypothetical). "The investigation of the governor began" and "welcomed the
    investigation" stay as told."""
    if trigger.pos_ != "NOUN" or event_type == "REQUEST" or trigger.dep_ != "dobj":
        return False
    head = trigger.head
    return head.pos_ in _VERBS and head.lemma_.lower() in cues.request_verb


def _clause_of(trigger: Token) -> Token | None:
    """The verb of the clause ``trigger`` belongs to: itself when a verb, else the first verb above it."""
    node = trigger
    for _ in range(_MAX_CLIMB):
        if node.pos_ in _VERBS:
            return node
        if node.head is node:
            return None
        node = node.head
    return node if node.pos_ in _VERBS else None


def act_in_question_put(trigger: Token, cues: Cues) -> bool:
    """"The host asked the mayor how she would handle the arrest of protesters", "asked him what he would do
    about the strikers": an act inside a question put about what someone would do is no act. "Asked him to
    handle the arrests" (a request) and "asked why he ordered the arrests" stay."""
    clause = _clause_of(trigger)
    if clause is None or clause.dep_ not in _CLAUSE_DEPS or clause.head.lemma_.lower() not in cues.question_verb:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in cues.question_modal for c in clause.children):
        return False
    return any((c.dep_ == "mark" and c.lower_ in cues.question_mark)
               or (c.dep_ in ("advmod", "dobj", "nsubj", "attr") and c.lower_ in cues.question_word)
               for c in clause.children)


def charge_in_question(trigger: Token, frame: str, cues: Cues) -> bool:
    """"An inquiry to determine whether the firm violated the rules": a breach in a clause of "whether" (or of a
    complement "if") is to be found out, no charge made. "Said the firm violated the rules" stays."""
    if frame != "claim" or trigger.pos_ not in _VERBS:
        return False
    for c in trigger.children:
        if c.dep_ == "mark" and c.lower_ in cues.question_mark:
            return c.lower_ != "if" or trigger.dep_ == "ccomp"
    return False
