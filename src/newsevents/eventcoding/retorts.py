"""Retorts: a verbal hit-back made of measures, and a warned retort (issue 14, brief s15-spur15; held-out set 17,
``tests/data/phrasings_heldout17.tsv``; rules tested in tests/events/test_threats_retorts_nonevents.py). Most fixes are rows
of event_lexicon.tsv (a vow to bomb, a position abused, claims confirmed, an agreement not rejected,
force not ruled out); those told here by code:

- **A retort made of measures**: "hit back at the United States with tariffs on steel": a retort (a
  verb with a ``retort_particle``, words by itself, ACCUSE) whose with-phrase names an economic
  measure (``retaliation_means``: tariffs, sanctions, duties) is the measure, SANCTION.
- **A retort announced in a warning**: "warned it would hit back at Washington": a retort the warner
  announces for itself (the clause of a ``warning`` verb, with a personal pronoun subject and a modal of
  the future) is a threat to whom it is aimed at, THREATEN -- not words said. "Weak demand could hit
  exports, the ministry warned" (no retort particle, no pronoun) stays none.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues


def retort_by_measures(trigger: Token, event_type: str, cues: Cues) -> bool:
    """True when an ACCUSE told by a verb with a retort particle ("hit back", "struck back") is made
    with an economic measure: a with-phrase (on the verb, its particle or its at-phrase's object)."""
    if event_type != "ACCUSE" or trigger.pos_ != "VERB":
        return False
    particles = [c for c in trigger.children if c.dep_ in ("prt", "advmod") and c.lower_ in cues.retort_particle]
    if not particles:
        return False
    holders = [trigger, *particles]
    holders += [g for h in list(holders) for p in h.children if p.dep_ == "prep" and p.lower_ == "at"
                for g in p.children if g.dep_ == "pobj"]
    means = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"]
    return any(m.lemma_.lower() in cues.retaliation_means for m in means)


def warned_retort(trigger: Token, event_type: str, cues: Cues) -> bool:
    """True for an ACCUSE told by a retort ("hit back at X") in the clause a ``warning`` verb takes, its
    subject a personal pronoun (not "you") with a future or hypothetical modal: the warner's own blow."""
    if event_type != "ACCUSE" or trigger.pos_ != "VERB" or trigger.dep_ not in ("ccomp", "xcomp"):
        return False
    if trigger.head.lemma_.lower() not in cues.warning:
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in cues.retort_particle for c in trigger.children):
        return False
    own = any(s.dep_ == "nsubj" and s.pos_ == "PRON" and s.lower_ != "you" for s in trigger.children)
    modal = any(a.dep_ == "aux" and a.lower_ in cues.future | cues.hypothetical for a in trigger.children)
    return own and modal
