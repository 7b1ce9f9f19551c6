"""Wants, news-writing formulas and means named in general: clauses that tell no act between parties.

Patterns of session 25's brief modality27 (issue 14): the twenty-fifth news-wire audit
(docs/audit/2026-12-25-news-wire-twenty-fifth.md, its "Classes worth a rule") found a third of its events
spurious: acts an editorial calls for or a suit asks for, a source's anonymity coded as a request, and
means or laws named in general coded as acts. Rules tested on sentences of our own in
tests/events/test_wants_and_formulas.py; the words are ``event_cues.tsv`` kinds (``anonymity_*``,
``called_response_*``, ``filing_seek_verb``, ``sought_filing_noun``, ``lawmaking_verb``).

- **A source's anonymity**: "an official, who asked not to be named, said ...", "spoke on condition of
  anonymity", "requested anonymity": the source's request to the reporter is a formula of news writing,
  no REQUEST between parties. A verb of asking whose to-infinitive is a passive verb of naming
  (``anonymity_naming_verb``) under "not", or whose object is an anonymity noun (``anonymity_noun``).
  "asked the minister to resign" stays.
- **A response called for**: "the attacks must be met with a crackdown by the police": an act named as
  what something must or should be met or answered with (``called_response_verb`` in the passive under an
  obligation modal, ``called_response_modal``) is only wanted; no act is told. "the protest was met with
  tear gas" (no modal) stays.
- **A request in a filing**: "filed a suit seeking the withdrawal of the bid", "a petition asking that the
  city drop the charges": what a suit, petition or motion (``sought_filing_noun``) seeks
  (``filing_seek_verb``) is wanted, not done; the filing is the act told.
- **Means listed as alternatives**: "tried to stop the vote by shooting the candidates or bombing the
  polling stations": gerunds after "by" joined by "or" name kinds of means, not one act.
- **Law-making as a means**: "are working to restrict voting by banning certain ballots": a verb of
  law-making (``lawmaking_verb``) after "by" under a to-infinitive aim is a policy pursued, no act on a party.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues


def anonymity_asked(trigger: Token, cues: Cues) -> bool:
    """"who asked not to be named", "requested anonymity", "spoke on condition of anonymity": a source's
    request to stay unnamed (the trigger is the verb of asking or speaking, or the anonymity noun)."""
    if trigger.lower_ in cues.anonymity_noun or trigger.lemma_.lower() in cues.anonymity_noun:
        return True
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in cues.anonymity_noun:
            return True  # "requested anonymity"
        if child.dep_ == "xcomp" and child.lemma_.lower() in cues.anonymity_naming_verb and any(
                c.dep_ == "neg" for c in child.children) and any(c.dep_ == "auxpass" for c in child.children):
            return True  # "asked not to be named"
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() == "condition" and any(
                p.dep_ == "prep" and any(a.lemma_.lower() in cues.anonymity_noun for a in p.children)
                for p in g.children) for g in child.children):
            return True  # "spoke on condition of anonymity"
    return False


def response_called_for(trigger: Token, cues: Cues) -> bool:
    """"must be met with a crackdown", "should be answered with sanctions": the act is what something
    ought to meet; a call, no act told."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with":
        return False
    verb = prep.head
    return verb.lemma_.lower() in cues.called_response_verb and any(
        c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in cues.called_response_modal for c in verb.children)


def sought_in_filing(trigger: Token, cues: Cues) -> bool:
    """"a suit seeking the withdrawal of ...", "a petition asking that the city drop ...": the act a filing
    asks for. The trigger is the seeking verb's object, or the verb of the clause it asks for."""
    token = trigger
    for _ in range(3):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ in ("dobj", "ccomp", "xcomp") and head.lemma_.lower() in cues.filing_seek_verb \
                and head.dep_ in ("acl", "relcl") and _filing(head.head, cues):
            return True
        if token.dep_ not in ("ccomp", "xcomp", "dobj"):
            return False
        token = head
    return False


def _filing(noun: Token, cues: Cues) -> bool:
    """The noun a seeking clause hangs on is a filing ("a suit seeking"), or the place of a filing the parser
    hung it on ("filed a suit in a court seeking ...": the court's clause is the suit's)."""
    if noun.lemma_.lower() in cues.sought_filing_noun:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues.sought_filing_noun for c in prep.head.children)


def _by_gerund(trigger: Token) -> Token | None:
    """The first gerund after "by" of the trigger's coordination ("by shooting X or bombing Y"), or None."""
    token = trigger
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ == "by":
        return token
    return None


def means_listed(trigger: Token, cues: Cues) -> bool:
    """Means named in general: gerunds after "by" offered as alternatives ("by shooting the candidates or
    bombing the stations"), or law-making after "by" pursued as the means of an aim ("working to restrict
    voting by banning certain ballots")."""
    first = _by_gerund(trigger)
    if first is None:
        return False
    if any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children):
        return True
    aim = first.head.head
    return trigger.lemma_.lower() in cues.lawmaking_verb and aim.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in aim.children)


def no_event(trigger: Token, event_type: str, cues: Cues) -> bool:
    """One of the patterns above: no act between parties."""
    if event_type == "REQUEST" and anonymity_asked(trigger, cues):
        return True
    return response_called_for(trigger, cues) or sought_in_filing(trigger, cues) or means_listed(trigger, cues)
