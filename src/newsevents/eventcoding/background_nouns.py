"""Nouns of acts named as the background of another act (issue 14, session 33, branch events37;
docs/notes/event-precision-golds.md, the regression golds' class "a noun naming an act as background").

- **an inquiry in the background**: an ACCUSE told by an investigation or inquiry noun (``inquiry_word``)
  that names no one and nothing investigated and no investigator in a phrase -- no ``inquiry_target_prep``
  phrase of its own ("an inquiry into the mayor", "the investigation of the senator", "the investigation by
  the police"), nor one the parser hung on its verb right after it ("trying to blunt an investigation into
  their conduct") -- and that no ``inquiry_live_word`` governs (a verb that opens, orders, runs, widens or
  faces it, a noun it is "the subject of") nor a ``cooperating_verb`` ("has been cooperating with the
  inquiry": one helps a live inquiry) is the setting of
  another act: "after the conclusion of the agency's investigation", "chose to prioritize an ongoing
  investigation", "intervened in the inquiry". No new investigation of a party is told. "The ministry
  launched an inquiry", "was the subject of an investigation", "an investigation into the deaths" stay.

The words are cue kinds of ``event_cues.tsv``; the rule is tested on sentences of our own in
tests/events/test_events_precision_golds37.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues


def _governor(noun: Token) -> Token | None:
    """The word governing the noun: its verb or noun, through a preposition ("the end of the inquiry")."""
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ == "pobj" and head.head.i != head.i:
        return head.head
    return head


def _target_phrase(noun: Token, cues: Cues) -> bool:
    preps = cues.inquiry_target_prep
    if any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children):
        return True
    # the parser may hang the noun's phrase on the verb that governs it: the phrase right after the noun
    head = noun.head
    return head.i != noun.i and any(c.dep_ == "prep" and c.lower_ in preps and c.i == noun.right_edge.i + 1
                                    for c in head.children)


def inquiry_in_background(trigger: Token, event_type: str, cues: Cues) -> bool:
    """The module's rule (module docstring)."""
    if event_type != "ACCUSE" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.inquiry_word:
        return False
    if _target_phrase(trigger, cues):
        return False
    governor = _governor(trigger)
    return governor is None or governor.lemma_.lower() not in cues.inquiry_live_word | cues.cooperating_verb
