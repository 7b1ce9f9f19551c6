"""Whom a protest is aimed at when its own clause names no one: the author of the policy protested.

News tells what a protest is against once and then tells more protests without it: "Algeria
suffered violent protests against government plans to raise gas prices. ... Demonstrators took to
the streets when the cost change was announced. ... Riots also flared up in the west". A coder
takes the government, the body whose policy the protests oppose, as every one's target. So a
PROTEST event with no party for recipient (none, or only things hit: "attacked public buildings")
takes, in this order:

- the author of the policy its own clause names: the thing of "over/against/at" or of a "when"
  clause ("when the price rise was announced") whose words an earlier verb's object shares, that
  verb's subject being a body of the state ("The government raised fuel prices");
- else the party the article's protests are against: the object of "against/over/at" after a
  protest word, a party itself ("protests against the government") or the one behind a thing
  ("against government plans", "over the ministry's tax").

Only when exactly one party is found; never the protest's own actor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from newsevents.eventcoding.anaphora import Partier, Told, _key, _shares
from newsevents.eventcoding.arguments import conjoined, party_behind
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

# The prepositions naming what a protest opposes ("protests against the plan", "riots over prices").
TARGET_PREPS = frozenset({"against", "over", "at"})
# The sectors of a body that makes policy: government, legislature, the state's agencies.
POLICY_SECTORS = frozenset({"GOV", "LEG"})


def _targets_of(word: Token) -> list[Token]:
    """The objects of a word's "against/over/at", with conjoined ones ("against X and against Y")."""
    preps = [p for p in word.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ in TARGET_PREPS]
    return [t for p in preps for g in p.children if g.dep_ == "pobj" for t in conjoined(g)]


def _words(noun: Token) -> set[str]:
    """A thing's head lemma and its compounds' ("the fuel price rise": rise, price, fuel)."""
    return {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}


def _clause_things(trigger: Token) -> list[Token]:
    """The things a protest's own clause says it is about: its "over/against" objects and the
    subject of a "when" clause hanging on it ("took to the streets when the rise was announced")."""
    heads = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX") else [])
    things = [g for h in heads for g in _targets_of(h) if g.pos_ == "NOUN"]
    for head in heads:
        for clause in head.children:
            if clause.dep_ == "advcl" and any(c.lower_ == "when" for c in clause.children):
                things += [c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "NOUN"]
    return things


def policy_authors(trigger: Token, is_policy_body: Callable[[Token], bool]) -> list[Token]:
    """The bodies of the state that, earlier in the article, did a thing to what the protest's
    clause names ("The government raised fuel prices" ... "protests over the price rise")."""
    things = _clause_things(trigger)
    if not things:
        return []
    words = set().union(*(_words(t) for t in things))
    doc = trigger.doc
    found: list[Token] = []
    for token in doc[: trigger.sent.start]:
        if token.pos_ != "VERB" or not any(c.dep_ == "dobj" and _words(c) & words for c in token.children):
            continue
        found += [c for c in token.children if c.dep_ == "nsubj" and is_policy_body(c)]
    return found


def protested_parties(doc_tokens: Sequence[Token], is_protest: Callable[[Token], bool],
                      is_party: Callable[[Token], bool], cues: Cues) -> list[Token]:
    """The parties the article's protest words are aimed at by "against/over/at": a party named
    there, or the one behind the thing named ("against government plans": the government)."""
    found: list[Token] = []
    for word in doc_tokens:
        if not is_protest(word):
            continue
        for target in _targets_of(word):
            if is_party(target):
                found.append(target)
            elif target.pos_ == "NOUN":
                found += party_behind(target, is_party, cues.author_prep)
    return found


def _one(parties: list[Party]) -> list[Party] | None:
    keys = {_key(p) for p in parties}
    return parties[:1] if len(keys) == 1 else None


def fill_protest_targets(drafts: Sequence[Told], cues: Cues, parties: Partier, is_protest: Callable[[Token], bool],
                         is_party: Callable[[Token], bool], is_policy_body: Callable[[Token], bool]) -> None:
    """Fill, in place, the target of each PROTEST event whose recipient names no party (see the
    module's doc)."""
    article: list[Party] | None = None
    article_tokens: list[Token] = []
    for told in drafts:
        if told.event != "PROTEST" or any(p.country or p.entity for p in told.recipient):
            continue
        authors = policy_authors(told.trigger, is_policy_body)
        found = [p for p in parties(authors) if not _shares([p], told.actor)]
        one = _one(found)
        tokens = authors
        if one is None and not found:
            if article is None:
                article_tokens = protested_parties(list(told.trigger.doc), is_protest, is_party, cues)
                article = parties(article_tokens)
            one = _one([p for p in article if not _shares([p], told.actor)])
            tokens = article_tokens
        if one is not None and (one[0].country or one[0].sector):
            told.recipient = one
            told.recipient_tokens = [t for t in tokens if any(_key(p) == _key(one[0]) for p in parties([t]))][:1]
