"""A state's own forces withdrawn are no target (issue 14, brief targets34; the thirty-second US-news audit's #39,
docs/audit/2027-01-01-us-news-thirty-second.md, 'own forces as target').

The pattern of English: one can withdraw, pull out or recall only forces one commands, so the forces a
``withdrawing_verb`` takes as its object ("the president withdrew American troops from the region", "recalled its
soldiers") are the doer's own, moved as the means of the retreat -- never the side it retreats from, whatever
word names their country. The side left is the place or party of the "from" phrase (components/events.py
``_deployment_sides``) or none. A verb that acts on others' fighters ("demobilised 4,000 rebel fighters") is no
``withdrawing_verb`` and keeps them. Tested on sentences of our own in tests/events/test_targets34.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined
from newsevents.eventcoding.lexicon import Cues


def without_own_forces(verb: Token, recipient_tokens: list[Token], cues: Cues) -> list[Token]:
    """``recipient_tokens`` less the armed forces a ``withdrawing_verb`` moves (its object or passive subject)."""
    if verb.lemma_.lower() not in cues.withdrawing_verb:
        return recipient_tokens
    moved = {t.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in conjoined(c)
             if t.lemma_.lower() in cues.armed_force_noun}
    return [t for t in recipient_tokens if t.i not in moved]
