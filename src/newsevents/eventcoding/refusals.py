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

from collections.abc import Container

from spacy.tokens import Token

_FIRST_PERSON = frozenset({"i", "we"})
_WILL = frozenset({"will", "wo", "'ll", "shall", "ll"})
_WOULD = frozenset({"would", "'d"})  # a declaration reported ("said he would not attend")
_THIRD_PERSON = frozenset({"he", "she", "it", "they"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _declaring(verb: Token, will: frozenset[str]) -> Token | None:
    """The subject of a negated future or intention governing ``verb`` ("<we> will not sign", "<I>'m not going to
    call"), or None."""
    subject = _subject(verb)
    if subject is not None and _negated(verb) and any(c.dep_ == "aux" and c.lower_ in will for c in verb.children):
        return subject
    going = verb.head
    if verb.dep_ == "xcomp" and going.lemma_.lower() == "go" and going.tag_ == "VBG" and _negated(going):
        return _subject(going)  # "I'm not going to (ever) call on you": the intention verb carries both
    return None


def declared_refusal(verb: Token, report: Container[str] = ()) -> bool:
    """Whether the negated act ``verb`` is refused by a speaker declaring he will not do it: in the first person
    ("we will not sign"), or reported of the one who said it (``report``: the saying verbs): "<Name> said he would
    not attend", "the ministry said it would not sign" (the complement's subject a pronoun of the third person
    or the saying verb's own subject word)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = _declaring(verb, _WILL)
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        return True
    subject = _declaring(verb, _WILL | _WOULD)
    clause = verb if verb.dep_ != "xcomp" else verb.head
    if subject is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in report:
        return False
    sayer = _subject(clause.head)
    return sayer is not None and (subject.lower_ in _THIRD_PERSON or subject.lower_ == sayer.lower_)
