"""Act words that name things (issue 14, session 22: the twenty-first and twenty-second news-wire audits'
spurious rows of another sense of the word; rules tested on sentences of our own in tests/events/test_warrants_offices_press_questions.py).
Patterns of English, the words ``event_cues.tsv`` kinds beginning ``wire22_``:

- **a stock warrant**: business news counts warrants that a firm issues to its holders ("issued 2.5 million
  Class B warrants", "will issue 40,000 of the warrants to holders of its stock"): an option to buy shares,
  no writ of arrest. A warrant (``warrant_noun``) with no writ word on it (``writ_word``: "an
  arrest warrant", "a search warrant") and no "for" of the one it is issued against ("warrants for three men",
  "warrants for the arrest of") is a security when a class letter names it ("Class B warrants") or when it is
  counted in thousands ("300,000 warrants", "2.5 million warrants"; "a court issued two warrants" stays a writ).
- **an office's name**: "the criminal investigation department", "the fraud investigation and customs
  departments": an act noun that modifies an office noun (``office_unit_noun``: department, bureau, unit,
  division, squad) names the office that does such work, no act done. The parser may hang the office noun on
  the act noun as a conjunct ("investigation and immigration departments"); a plural office noun so conjoined,
  itself modified by a noun, is read the same way. "An investigation by the fraud unit" (the act's own phrase)
  stays an act.
- **a recording captured** (qtp37): "a screen image captured by the site", "cameras captured the moment": a
  ``record_verb`` whose patient is a ``recorded_thing`` records it, no seizure.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


_LARGE_WORDS = frozenset({"thousand", "thousands", "million", "millions", "billion"})


def _large(number: Token) -> bool:
    """"300,000", "2.5 million", "1,200": a count of a thousand or more."""
    words = [number] + [c for c in number.children if c.dep_ in _NUMBER_DEPS]
    if any(w.lower_ in _LARGE_WORDS for w in words):
        return True
    digits = number.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 1000


def _counted(noun: Token) -> bool:
    """"2.5 million warrants", "About 300,000 Class C warrants": a count of a thousand or more on the noun."""
    return any(c.dep_ in _NUMBER_DEPS and (c.pos_ == "NUM" or c.like_num) and _large(c) for c in noun.children)


def _class_named(noun: Token) -> bool:
    """"Class C warrants", "Series B warrants": a class of securities (a capitalised compound before a letter)."""
    return any(c.dep_ == "compound" and len(c.text) == 1 and c.text.isupper() for c in noun.children)


def _warrant_of(token: Token, consumed: Token | None, cues: Cues) -> Token | None:
    """The warrant noun the act is told by: the trigger, the object the lexicon row consumed, the verb's object
    or passive subject, or the "of" noun of a counted object ("40,000 of the warrants")."""
    candidates = [token] + ([consumed] if consumed is not None else []) + [
        c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in candidates:
        if _lemma(noun) in cues.warrant_noun or noun.lower_ in cues.warrant_noun:
            return noun
        if noun.pos_ == "NUM" or noun.like_num:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for g in prep.children:
                        if g.dep_ == "pobj" and _lemma(g) in cues.warrant_noun:
                            return g
    return None


def _for_someone(token: Token, noun: Token) -> bool:
    """"issued warrants for three men", "warrants were issued for the arrest of": against whom."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for head in (token, noun) for c in head.children)


def stock_warrant(token: Token, consumed: Token | None, mode: list[str], cues: Cues) -> bool:
    """The arrest the row reads off "issue ... warrants" is a firm's issue of stock warrants (see the module)."""
    if "arrest" not in mode:
        return False
    noun = _warrant_of(token, consumed, cues)
    if noun is None or _for_someone(token, noun):
        return False
    if any(c.dep_ in ("compound", "amod") and (_lemma(c) in cues.writ_word or c.lower_ in cues.writ_word)
           for c in noun.children):
        return False  # "an arrest warrant", "search warrants"
    if _class_named(noun):
        return True
    return _counted(noun) or (noun.head.pos_ == "ADP" and noun.head.head.like_num
                              and _large(noun.head.head))  # "40,000 of the warrants"


def office_name(token: Token, cues: Cues) -> bool:
    """An act noun that names an office ("the criminal investigation department"), see the module."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ in ("compound", "nmod", "amod") and _lemma(token.head) in cues.office_unit_noun:
        return True
    if any(c.dep_ == "prep" for c in token.children):
        return False  # "an investigation into the deaths and ... departments": the act's own phrase
    return any(c.dep_ == "conj" and c.tag_ == "NNS" and _lemma(c) in cues.office_unit_noun
               and any(g.dep_ == "compound" for g in c.children) for c in token.children)


def recording_captured(token: Token, cues: Cues) -> bool:
    """"A screen image captured by the site showed ...", "cameras captured the moment", "the photo was
    captured by a neighbour": a ``record_verb`` whose patient -- its object, its passive subject, or the noun
    it follows as a participle -- is a ``recorded_thing`` (an image, footage, a moment, attention) records or
    draws it: no one seized (qtp37, news-dev60's output events). "Captured the town", "captured two
    soldiers" stay."""
    if _lemma(token) not in cues.record_verb or token.pos_ not in ("VERB", "AUX"):
        return False
    patients = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        patients.append(token.head)
    return any(_lemma(p) in cues.recorded_thing for p in patients)


def no_event(token: Token, consumed: Token | None, mode: list[str], cues: Cues) -> bool:
    """Any of the module's rules: the act word names a thing, no act between parties."""
    return stock_warrant(token, consumed, mode, cues) or office_name(token, cues) or recording_captured(token, cues)
