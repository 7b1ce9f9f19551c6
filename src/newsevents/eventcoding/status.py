"""A legal status is no act: ``36 people accused in connection with the blasts said ...``,
``the accused told the court``, ``men charged over the riots``. The past participle of a verb of
accusing or charging (``status_verb`` cues of event_cues.tsv) that describes a noun, with no
auxiliary and no ``by`` agent, tells who the people are (defendants, suspects), not that anyone
accused them then; the noun stays a party of its own clause. A participle with its agent (``a
minister accused by the opposition of lying``) and every finite use (``police charged two men``,
``two men were charged``, the headline ``Minister charged with fraud``) stay acts."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.docquery import FINITE_TAGS
from newsevents.eventcoding.lexicon import Cues

# How a participle that describes a noun hangs: "people accused of X" (acl), "the accused men"
# (amod), and the parser's reading of "people accused of X said" as a clausal subject (csubj),
# which a participle with no auxiliary cannot head.
_DESCRIBING = frozenset({"acl", "amod", "csubj"})


def legal_status(trigger: Token, cues: Cues) -> bool:
    """``trigger`` names a status of people ("accused", "charged", "suspected"), not an act."""
    if trigger.lemma_.lower() not in cues.status_verb and trigger.lower_ not in cues.status_verb:
        return False
    if trigger.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "det" for c in trigger.children):
        return True  # "the accused", "the suspected"
    if trigger.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "agent") for c in trigger.children):
        return False
    if trigger.dep_ in _DESCRIBING:
        return True
    # "people accused in connection with X said ...", parsed with the participle as the main
    # verb: a finite verb with no subject of its own under it is the sentence's verb, and the
    # participle's subject is that verb's
    return any(c.tag_ in FINITE_TAGS and c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj") for g in c.children)
               for c in trigger.children if c.dep_ in ("dep", "ccomp", "parataxis")) \
        and any(c.dep_ == "nsubj" for c in trigger.children)
