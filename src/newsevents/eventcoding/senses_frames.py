"""Other senses of event words that the frame of the clause gives away (issue 14, session 30, brief events34; the
thirty-first US-news audit's "another sense of the word" class, #16, #20, #33, and its kin in the twenty-seventh to
thirtieth audits: 'appeal' of attraction, figures of decline and of a political following).

Each rule reads what the trigger is said of, not the trigger alone:

- **an appeal measured over a group** (an ``attraction_noun`` that is the subject of "be" whose predicate grades
  it -- a superlative or comparative adjective, or a ``pull_mark`` word or preposition: "his appeal was
  greatest among older voters", "her appeal is broad", "its appeal was stronger in the suburbs"): popularity,
  no REQUEST. "His appeal was rejected" (a passive, nothing graded) stays;
- **an advance into a state** (a verb whose event is its "into" phrase -- the backbone's "continue / advance /
  press into" of troops entering ground -- whose "into" object is no place and no party: "the court continued its
  slide into disorder", "the talks went on into the night"): a figure of decline or of time, no ASSAULT,
  unless a weapon or an armed party is named;
- **a political following built** (a "base" built, formed or grown, that no ``base_military_mark`` word calls
  military, by people and not by a state, in a sentence about winning people over -- a ``following_word``:
  "the senator is wooing young voters and building a base there"): a following gathered, no MOBILIZE.

The words are cue kinds of ``event_cues.tsv`` (``attraction_noun``, ``pull_mark``, ``ground_noun``,
``base_noun``, ``base_military_mark``, ``following_word``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_VERBS = ("VERB", "AUX")
_GRADED_TAGS = frozenset({"JJS", "JJR", "RBS", "RBR"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})
_STATE_ENTS = frozenset({"GPE", "NORP", "ORG"})
# the types of the backbone's rows of moving into ground ("advanced into", "pushed into", "flew into")
_ADVANCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def no_event(trigger: Token, event_type: str, into_only: bool, actor_tokens: list[Token],
             is_someone: Callable[[Token], bool], cues: Cues, weapon: bool, armed: bool) -> bool:
    """Any of the module's rules: ``trigger`` is used in a sense that tells no event. ``into_only``: the row
    that made the event asks only for an "into" phrase."""
    if appeal_graded(trigger, event_type, cues):
        return True
    if weapon or armed:
        return False
    return (into_only and event_type in _ADVANCE_TYPES and advance_into_state(trigger, is_someone, cues)) or following_built(
        trigger, event_type, actor_tokens, cues)


def appeal_graded(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"His appeal was greatest among older voters", "her appeal is broad", "its appeal was stronger in the
    suburbs": an ``attraction_noun`` graded by the predicate of "be" it is subject of is popularity, no
    request. Nothing may be asked with it (no "for", "against" or clause)."""
    if event_type != "REQUEST" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.attraction_noun:
        return False
    if trigger.dep_ != "nsubj" or trigger.head.lemma_.lower() != "be":
        return False
    if any(c.dep_ in ("acl", "relcl", "xcomp", "ccomp") for c in trigger.children) or any(
            c.dep_ == "prep" and c.lower_ in ("for", "against", "to") for c in trigger.children):
        return False
    verb = trigger.head
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "ADV")]
    if any(p.tag_ in _GRADED_TAGS or p.lemma_.lower() in cues.pull_mark or p.lower_ in cues.pull_mark
           for p in predicates):
        return True
    return any(c.dep_ == "prep" and c.lower_ in cues.pull_mark for t in [verb, *predicates] for c in t.children)


def _place_like(token: Token, is_someone: Callable[[Token], bool], cues: Cues) -> bool:
    return (token.ent_type_ in _PLACE_ENTS or token.lemma_.lower() in cues.ground_noun
            or token.lower_ in cues.ground_noun or is_someone(token))


def advance_into_state(trigger: Token, is_someone: Callable[[Token], bool], cues: Cues) -> bool:
    """"The court continued its slide into disorder", "the talks went on into the night": a verb of advancing
    whose "into" object is no place (no place or named body, no ``ground_noun``) and no party advances into
    nothing a force could enter. "Troops continued into the valley" and "advanced into Ruvania" stay."""
    if trigger.pos_ not in _VERBS:
        return False
    grounds = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "into"
               for g in p.children if g.dep_ == "pobj"]
    if not grounds:
        return False
    if any(_place_like(g, is_someone, cues) or any(_place_like(c, is_someone, cues) for c in g.conjuncts)
           for g in grounds):
        return False
    # "continued into the capital's suburbs" is ground however its head reads; a named owner keeps it
    return not any(_place_like(c, is_someone, cues) for g in grounds for c in g.children
                   if c.dep_ in ("poss", "compound"))


def following_built(trigger: Token, event_type: str, actor_tokens: list[Token], cues: Cues) -> bool:
    """"The senator is courting young voters and building a base there": a ``base_noun`` built by people, not
    by a state, with no ``base_military_mark`` on it, in a sentence about winning people over (a
    ``following_word``), is a following gathered, no MOBILIZE. "The army is building a base", "Ruvania is
    building a naval base" and "she is building an air base near the border" stay."""
    if event_type != "MOBILIZE" or trigger.pos_ not in _VERBS:
        return False
    bases = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in cues.base_noun]
    if not bases:
        return False
    if any(m.dep_ in ("amod", "compound", "nmod") and (m.lemma_.lower() in cues.base_military_mark
                                                     or m.ent_type_ in _PLACE_ENTS)
           for b in bases for m in b.children):
        return False
    if any(t.ent_type_ in _STATE_ENTS for t in actor_tokens):
        return False  # "Ruvania is building a base": a state's base is a post of its forces
    return any(t.lemma_.lower() in cues.following_word or t.lower_ in cues.following_word for t in trigger.sent)
