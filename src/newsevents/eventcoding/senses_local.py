"""Other senses of act words in local news (issue 14, session 18, brief senses13; the thirteenth local-news
audit's spurious rows, docs/audit/2026-12-13-local-news-thirteenth.md; held-out set phrasings_heldout26.tsv;
rules tested on other sentences of our own in tests/events/test_senses_local_news.py). Patterns of English, the words
``event_cues.tsv`` kinds beginning ``senses13_``:

- **met at a threshold** (a CONSULT told by a ``threshold_meet_verb`` -- meet, greet -- with an "at" or "on"
  phrase naming a ``threshold_noun``: "met her at the door", "were met on the kerb by two guards"):
  a greeting or a stop on arrival, no talks. "Met the minister at the embassy" stays.
- **an agreement named as a frame** (an AGREE told by a ``accord_noun`` that is the object of a
  ``framework_prep``: "under the 1990 treaty, the two states share the river"): a treaty in force, the frame
  of what the sentence tells, no agreement made. Not when the noun tells its own making ("under a deal
  signed on Monday": a participle or relative clause) or is new (``new_word``: "under a new deal").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_VERBS = ("VERB", "AUX")
_PLACE_PREPS = ("at", "on")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def no_event(trigger: Token, event_type: str, cues: Cues) -> bool:
    """Any of the module's rules: ``trigger`` tells no act between parties."""
    return met_at_threshold(trigger, event_type, cues) or accord_as_frame(trigger, event_type, cues)


def met_at_threshold(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Met her at the door", "were met on the kerb by two guards": met on arrival, no talks."""
    if event_type != "CONSULT" or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.threshold_meet_verb:
        return False
    places = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(p) in cues.threshold_noun or p.lower_ in cues.threshold_noun for p in places)


def accord_as_frame(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Under the 1990 treaty, the two states share the river": an agreement in force, the frame of an act."""
    if event_type != "AGREE" or trigger.pos_ != "NOUN" or _lemma(trigger) not in cues.accord_noun:
        return False
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in cues.framework_prep:
        return False
    if any(c.dep_ in ("acl", "relcl") for c in trigger.children):
        return False  # "under a deal signed on Monday": its making told
    return not any(c.dep_ in ("amod", "compound") and (_lemma(c) in cues.new_word
                                                        or c.lower_ in cues.new_word)
                   for c in trigger.children)
