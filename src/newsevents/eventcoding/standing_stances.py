"""Policy stances told as positions held (issue 14, session 30, brief events34; the thirty-first US-news audit's
"policy stances and calls" class, #3, #13, as the thirtieth's #29, #37 and the twenty-seventh's stances).

- **a position listed** (a trigger with no subject of its own -- a gerund or participle -- that belongs, through
  "and"-lists and prepositions, to a ``position_noun``: "the governor's positions against the ruling and backing a
  ban on imports resonate with voters"): a view described, no act between parties;
- **a stance said for years** (a trigger in the clause of a ``report`` verb told over "for years" / "for decades"
  in the present perfect: "the ministry has said for years that it would support the release of the files"): a
  standing position, no dated act (as targets32's practices "for decades" in the present perfect).

The words are cue kinds of ``event_cues.tsv`` (``position_noun``, with the ``report`` verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.eventcoding.speech_force import _for_decades

_VERBS = ("VERB", "AUX")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
# how far up a listed gerund may be from its position noun ("positions ... in support of ..., and backing ...")
_MAX_CLIMB = 4


def no_event(trigger: Token, cues: Cues) -> bool:
    """Any of the module's rules: ``trigger`` tells a stance held, no act."""
    return position_listed(trigger, cues) or stance_said_for_years(trigger, cues)


def position_listed(trigger: Token, cues: Cues) -> bool:
    """"Her positions against the ruling and backing a ban on imports": a subjectless gerund or participle listed
    under a ``position_noun`` is a view. "Her position angered the unions" (the noun's own verb) and "the minister,
    backing the ban, said ..." stay."""
    if trigger.pos_ not in _VERBS or trigger.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in trigger.children) or trigger.dep_ not in ("conj", "acl", "pobj", "pcomp"):
        return False
    node = trigger
    for _ in range(_MAX_CLIMB):
        if node.dep_ not in ("conj", "acl", "pobj", "pcomp", "prep"):
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in cues.position_noun:
            return True
        if node.pos_ in _VERBS and node.dep_ not in ("conj", "pcomp"):
            return False
    return False


def stance_said_for_years(trigger: Token, cues: Cues) -> bool:
    """"The ministry has said for years that it would support the release of the files": what a party has said
    over years is a standing position, no dated act. "The ministry said on Monday that it would support ..." stays
    (left to the modality rules)."""
    clause = trigger if trigger.pos_ in _VERBS else None
    if clause is None or clause.dep_ != "ccomp":
        return False
    verb = clause.head
    if verb.pos_ not in _VERBS or verb.lemma_.lower() not in cues.report or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    return _for_decades(verb)
