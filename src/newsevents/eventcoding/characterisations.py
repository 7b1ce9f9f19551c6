"""An event noun that says what a party is, not what it did (events43, brief events43's sense by argument).

PLOVER codes acts: THREATEN is a threat made (``issued a threat``, ``the threat to impose sanctions``), ASSAULT
an attack done. English also uses these nouns to characterise: a verb of posing gives its subject a property the
noun names (``liberals pose such a big threat to the future of X``, ``the cuts represent an attack on savers``,
``the danger posed by the militia``), and a copula or an ``as``-phrase predicates a risk noun of a party (``Iran
is a threat to the region``, ``regarded him as a menace``). Neither tells a threat made or an attack done, so
neither is an event. The words are ``event_cues.tsv`` kinds (``posing_verb``, ``copula_verb``, ``risk_noun``): a
copula alone does not make every event noun a property (``the blast was an attack on the embassy`` is an attack
told), only a risk noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_PREDICATE_DEPS = ("dobj", "attr", "oprd")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def characterised(noun: Token, cues: Cues) -> bool:
    """Whether the event noun ``noun`` names a property predicated of a party, not an act."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun.head
    if noun.dep_ in _PREDICATE_DEPS and head.pos_ in ("VERB", "AUX") and _lemma(head) in cues.posing_verb:
        return True  # "pose a threat to X", "constitutes an attack on Y"
    if any(c.dep_ in ("acl", "relcl") and _lemma(c) in cues.posing_verb for c in noun.children):
        return True  # "the threat posed by X", "the danger that X poses"
    if _lemma(noun) not in cues.risk_noun:
        return False
    if noun.dep_ in ("attr", "oprd") and _lemma(head) in cues.copula_verb:
        return True  # "X is a threat to Y"
    # "regarded X as a threat", "seen as a danger": the as-phrase of a verb predicates the noun
    return noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX")
