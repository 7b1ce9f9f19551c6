"""Words received: the giver is the doer (issue 14, session 26: the twenty-seventh US-news audit's receivers taken
for the doers; rules tested on sentences of our own in tests/events/test_parties_words_received.py).

English tells backing, praise or criticism from the side of the one who gets it: "the senator earned the backing
of two congressmen", "won the support of the union", "drew sharp criticism from Democrats", "received praise
from conservatives". The verb's subject (``words_receive_verb`` cues: earn, win, gain, get, receive, draw, attract,
garner ...) receives the act; the one who backs, praises or criticises is the doer -- the noun's own possessor,
its "of"/"from" phrase or a people's adjective before it ("won Republican backing"), else the verb's "from"
phrase ("drew criticism from X", where the parser hangs the phrase on the verb). With no giver named
("drew criticism after the debate") no one is the doer: the receiver never is.

Only acts of words and standing (SUPPORT and ACCUSE) are read so: "received military aid from X" and "won
control of the town" are other frames, left to their rows.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined, prep_objects
from newsevents.eventcoding.lexicon import Cues

# The types whose giver English names after the receiver's verb.
_WORDS_TYPES = frozenset({"SUPPORT", "ACCUSE"})
# The prepositions of the act noun that name its giver ("the backing of X", "praise from X").
_GIVER_PREPS = ("of", "from", "by")


def _noun_givers(noun: Token) -> list[Token]:
    """The giver the act noun names itself: its possessor (not a pronoun of the receiver's own: "won its
    backing" is read by the pronoun stage), its of/from/by phrase, or a people's adjective before it."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            return conjoined(child)
    found = prep_objects(noun, _GIVER_PREPS)
    if found:
        # "the backing of two of the state's congressmen": a number's own "of" phrase names who they are
        return [t for g in found for t in (prep_objects(g, ("of",)) if g.pos_ == "NUM" else [g]) or [g]]
    return [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "ORG")]


def received_act(verb: Token, noun: Token, event_type: str, cues: Cues) -> tuple[list[Token], list[Token]] | None:
    """(doers, receivers) of an act of words ``noun`` that the subject of ``verb`` receives (see the module), the
    receivers empty when the verb has no subject of its own; None when ``verb`` is no verb of receiving with ``noun`` its object, or the type is no act of words."""
    if event_type not in _WORDS_TYPES or verb.lemma_.lower() not in cues.words_receive_verb:
        return None
    if noun.head.i != verb.i or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    # with no subject of its own ("after winning the backing of X") the caller's inherited doer is the receiver
    receivers = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i for t in conjoined(c)]
    givers = _noun_givers(noun) or prep_objects(verb, ("from",))
    return givers, receivers
