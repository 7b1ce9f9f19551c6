"""An event's modality read against its own date and the publication date (issue 14, brief s20-mod20).

The eighteenth hand audit (1990s news wire, docs/audit/2026-12-18-news-wire-eighteenth.md) found two ways in
which the date of an act and the article's date disagree with the modality the words alone give:

- an act told in the present tense (or a ``to``-infinitive) on a day after publication is still to come:
  "the two leaders meet on Monday", "the president visits Algeria on Thursday", "is set to meet on Friday"
  -> ``future`` (:func:`ahead_of_publication`); a past tense never is ("met on Monday");
- an event noun that carries its own year as a modifier ("the 1992 protests", "the 2011 riots"), a number
  the times stage leaves alone before a plural noun ("in 1500 homes" counts homes), dates the act: well
  before publication it is background -> ``historical`` (:func:`noun_year`).

Both only turn an ``asserted`` event (the caller checks): a negated or merely possible act keeps the stronger
reading. No publication date: nothing changes (PLOVER-GSR and CASE snippets carry none).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.modality import _verb_of
from newsevents.timeutil import day_of, period_of

# A year written as a noun's modifier is read as one only within this many years before publication: "the
# 1992 protests" in a 1998 story; a bigger gap is more likely a count ("the 1500 arrests").
_YEAR_REACH = 100


def is_later_than_publication(value: str | None, published: str | None) -> bool:
    """A date whose whole period starts after the publication day (``Monday`` resolved to the coming
    Monday, ``next week``, ``next month``), or ``FUTURE_REF``; never without a publication date."""
    if not value or not published:
        return False
    pub = day_of(published)
    if pub is None:
        return False
    if value == "FUTURE_REF":
        return True
    period = period_of(value)
    return period is not None and period[0] > pub


def told_as_ahead(trigger: Token) -> bool:
    """The act's verb is in a tense that can tell an act still to come when a later date goes with it:
    a simple present ("meet", "visits"), a present progressive ("is visiting"), a present passive ("is
    held"), a ``to``-infinitive ("is set to meet", "are to visit"). Never a past ("met", "was held", "had
    met"), a perfect ("has met") or a modal other than the future's (the caller keeps those)."""
    verb = _verb_of(trigger)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") or a.lemma_.lower() == "have" for a in auxiliaries):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ in ("VBG", "VBN"):
        return any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    if verb.tag_ == "VB":
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in auxiliaries):
            return _present_above(verb)  # "is set to meet"; not "tried to seize ... in October"
        # a finite present the tagger takes for a base form ("Ministers hold talks"): a verb with a subject
        # of its own and no auxiliary is no imperative
        return not auxiliaries and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return False


def _present_above(infinitive: Token) -> bool:
    """The first verb with a tense above a ``to``-infinitive is a present ("is set to meet", "are to visit",
    "plans to visit"): the infinitive's act is still ahead only when its clause is told now; under a past
    ("tried to seize", "agreed to meet") it is the past's."""
    token = infinitive
    for _ in range(6):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if token.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxiliaries):
            return False
        if token.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxiliaries):
            return True
    return False


def ahead_of_publication(trigger: Token, value: str | None, published: str | None) -> bool:
    """An act dated after publication and told in a present or an infinitive: to come (future)."""
    return is_later_than_publication(value, published) and told_as_ahead(trigger)


def noun_year(trigger: Token, published: str | None) -> str | None:
    """The year an event noun carries as its own modifier, after a determiner or an owner ("the 1992
    protests", "their 2011 riots"), when it lies within reach before the publication year; else None."""
    if trigger.pos_ != "NOUN" or not published or not published[:4].isdigit():
        return None
    pub_year = int(published[:4])
    openers = [c.i for c in trigger.children if c.dep_ in ("det", "poss") and c.i < trigger.i]
    if not openers:
        return None
    for child in trigger.children:
        if child.dep_ not in ("nummod", "compound", "amod") or child.shape_ != "dddd" or child.i > trigger.i:
            continue
        if child.i < max(openers):
            continue
        year = int(child.text)
        if pub_year - _YEAR_REACH <= year <= pub_year:
            return child.text
    return None


def placed_noun_year(trigger: Token, published: str | None) -> str | None:
    """The year of the dated event noun a verb's act is placed in ("was killed in the 2012 attacks", "were arrested
    during the 2011 protests": :func:`noun_year` of the object of its "in" or "during"): the act is that event's
    part and takes its year (the thirty-first US-news audit's #9; targets33); else None."""
    if trigger.pos_ != "VERB":
        return None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for noun in prep.children:
                year = noun_year(noun, published) if noun.dep_ == "pobj" else None
                if year is not None:
                    return year
    return None


def since_a_year_back(trigger: Token, published: str | None) -> bool:
    """"the nine people killed in attacks since 1990", "raids carried out since 1998": acts counted from a year
    before the last (so well over a year before publication), with no later date in the sentence (the caller
    checks), lie back there as a whole: background (historical). A "since" phrase inside the trigger's own phrase, its year a written year of
    four digits; never a present perfect ("have arrested 40 people since 2019": a count that runs to now) nor a
    present or future verb (modality27)."""
    if not published or not published[:4].isdigit():
        return False
    verb = _verb_of(trigger)
    if verb.pos_ in ("VERB", "AUX"):
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_.lower() == "have" or a.tag_ in ("VBZ", "VBP", "MD") for a in auxiliaries):
            return False
        if verb.tag_ not in ("VBD", "VBN"):
            return False
    pub_year = int(published[:4])
    for token in trigger.subtree:
        if token.dep_ == "prep" and token.lower_ == "since":
            years = [c for c in token.children if c.dep_ == "pobj" and c.shape_ == "dddd"]
            if years and pub_year - _YEAR_REACH <= int(years[0].text) < pub_year - 1:
                return True
    return False
