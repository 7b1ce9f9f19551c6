"""The target of a finding of guilt and of a participle clause, and the court doer of a conjoined passive verdict.

The named target of a finding of guilt and of a participle clause (issue 14, brief s20-recip20; the sixteenth
and seventeenth web-news audits' classes, tested on sentences of our own in tests/events/test_country_verdict_targets.py).

* A verdict told as a small clause ("the court found the two men guilty of ...", ``verdict_word``:
  "guilty", "liable"): the verdict's subject is the one found guilty, the finding's target (the parser makes
  it the subject of the adjective, not an object of "found"); so is an object the verdict word modifies
  ("found former treasurer X guilty", ``amod``).
* A passive participle clause with no subject of its own ("He quit, forced out by his party's leaders"; "the
  minister, forced out by ...") falls on the subject of the clause it is hung on, or on the noun it modifies:
  that party is the participle's target, its by-phrase the doer.
* A passive verdict or sentence with no by-agent conjoined to a court's active verdict clause ("a court
  ruled on Friday, and the governor was sentenced"): the court is its doer.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined

SUBJECTS = ("nsubj", "nsubjpass")


def verdict_subjects(verb: Token, verdict_words: Container[str], is_party: Callable[[Token], bool]) -> list[Token]:
    """The parties a verdict told as a small clause of ``verb`` is about ("found X guilty of"); []."""
    found: list[Token] = []
    for child in verb.children:
        if child.lemma_.lower() in verdict_words and child.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "advcl"):
            subjects = [t for g in child.children if g.dep_ in SUBJECTS for t in conjoined(g)]
            # "found former treasurer X guilty": the parser hangs the adjective on the verb, beside its object
            found += subjects or [t for g in verb.children if g.dep_ == "dobj" for t in conjoined(g)]
        elif child.dep_ == "dobj" and any(g.dep_ == "amod" and g.lemma_.lower() in verdict_words
                                           for g in child.children):
            found += conjoined(child)
    return [t for t in found if is_party(t)]


def participle_patients(verb: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """The party a passive participle clause with no subject of its own falls on: the subject of the clause
    it modifies ("quit, forced out by X": advcl) or the noun it modifies ("the minister, forced out by X":
    acl), or the owner of the thing it modifies ("the club's appeal, rejected by X"); [] for any other verb
    ("having forced", "forcing", a participle with a subject)."""
    if verb.dep_ not in ("advcl", "acl") or verb.head.i == verb.i:
        return []
    passive = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children))
    if not passive or any(c.dep_ in (*SUBJECTS, "aux", "auxpass", "mark", "dobj") for c in verb.children):
        return []
    if verb.dep_ == "acl":
        found = conjoined(verb.head) if verb.head.pos_ in ("NOUN", "PROPN", "PRON") else []
        if not any(is_party(t) for t in found):
            # "with the club's appeal rejected by the league": a thing the participle falls on is its owner's,
            # as the object of the active verb is ("rejected the club's appeal"; targets25)
            found = [c for c in verb.head.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    else:
        found = [t for c in verb.head.children if c.dep_ in SUBJECTS for t in conjoined(c)]
    return [t for t in found if is_party(t)]


def other_clause_doer(verb: Token, doer_words: Container[str], verdict_verbs: Container[str]) -> list[Token]:
    """"A court in Seoul ruled on Friday, and the governor was sentenced to nine years": a passive verdict or
    sentence (``verdict_verbs``: "sentence", "convict") with no by-agent, conjoined to an active clause of a
    verdict (``verdict_verbs`` too: "ruled", "found") whose subject is a court, judge or jury
    (``clause_doer``: the head word or a title before a name), has that subject for its doer; []
    otherwise ("the judge retired, and the man was sentenced": no verdict told by the judge)."""
    if verb.lemma_.lower() not in verdict_verbs:
        return []
    if verb.dep_ == "conj":
        others = [verb.head]
    else:
        others = [c for c in verb.children if c.dep_ == "conj"]
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    found: list[Token] = []
    for other in others:
        if other.pos_ not in ("VERB", "AUX") or other.lemma_.lower() not in verdict_verbs \
                or any(c.dep_ in ("auxpass", "nsubjpass") for c in other.children):
            continue
        for subject in (c for c in other.children if c.dep_ == "nsubj"):
            words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
            if any(w.lemma_.lower() in doer_words for w in words):
                found += conjoined(subject)
    return found
