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
- **but an inquiry whose outcome its clause tells is the news** (merge38, session 34): who is named with the
  inquiry does not decide ("the agency's investigation" may be the story or its setting); what the clause says of
  it does. The inquiry as subject or object of a verb of reaching an outcome (``inquiry_outcome_verb``: "the
  agency has finished its investigation", "the inquiry found that ..."), or the inquiry of an outcome noun that is
  itself a clause's subject (``inquiry_outcome_noun``: "the finding of the agency's investigation is that ..."),
  tells a development of the inquiry: an event. Not when that verb's clause (up through the verbs it completes)
  is an adverbial of another act ("after the agency finished its investigation, ...", "as the agency looks to
  finish its investigation, ...") or the outcome noun sits in a phrase ("after the conclusion of the
  agency's investigation"): a time or reason, background as before.

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


# the relations of a clause's subject and object; the clauses that set the time or reason of another act
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_ADVERBIAL_DEPS = frozenset({"advcl", "pcomp", "prep", "pobj"})


def outcome_told(noun: Token, cues: Cues) -> bool:
    """The clause tells the inquiry's outcome: "has finished its investigation", "the finding of the
    investigation is that ..." (module docstring)."""
    head = noun.head
    if head.i == noun.i:
        return False
    if noun.dep_ in _CORE_DEPS and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() not in cues.inquiry_outcome_verb:
            return False
        # the clause the verb belongs to: up through the verbs it completes ("looks to wrap up its inquiry")
        clause = head
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        return clause.dep_ not in _ADVERBIAL_DEPS
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        outcome = head.head
        return outcome.lemma_.lower() in cues.inquiry_outcome_noun and outcome.dep_ in ("nsubj", "nsubjpass")
    return False


def inquiry_in_background(trigger: Token, event_type: str, cues: Cues) -> bool:
    """The module's rule (module docstring)."""
    if event_type != "ACCUSE" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.inquiry_word:
        return False
    if _target_phrase(trigger, cues) or outcome_told(trigger, cues):
        return False
    governor = _governor(trigger)
    return governor is None or governor.lemma_.lower() not in cues.inquiry_live_word | cues.cooperating_verb
