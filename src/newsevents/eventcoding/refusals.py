"""A refusal declared in the first person is a REJECT (events43, brief events43's negated events).

``I'm not going to ever call on you``, ``we will not sign this deal``: a speaker who says he will not do an act
does not report an act that failed to happen; he refuses it, and refusing is itself an act, PLOVER's REJECT
(CAMEO 12), as ``refused to sign`` is (the lexicon's ``negated`` column makes that of some verbs: "did not accept"
is a rejection). The structure is of English, not of one verb: a first-person subject (``I``, ``we``) of a negated
future or intention (``will not``, ``won't``, ``shall not``, ``not going to``) governing the act. A third person's
``will not`` is reported, not declared (``she will not attend``: a negated future, left as it is), and a past
``I didn't call him`` tells what did not happen.
"""

from __future__ import annotations

from spacy.tokens import Token

_FIRST_PERSON = frozenset({"i", "we"})
_WILL = frozenset({"will", "wo", "'ll", "shall", "ll"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def declared_refusal(verb: Token) -> bool:
    """Whether the negated act ``verb`` is refused by a first-person speaker declaring he will not do it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = _subject(verb)
    # "we will not sign", "I won't call"
    if subject is not None and subject.lower_ in _FIRST_PERSON and _negated(verb) and any(
            c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children):
        return True
    # "I'm not going to (ever) call on you": the intention verb carries the subject and the negation
    going = verb.head
    if verb.dep_ == "xcomp" and going.lemma_.lower() == "go" and going.tag_ == "VBG" and _negated(going):
        subject = _subject(going)
        return subject is not None and subject.lower_ in _FIRST_PERSON
    return False
