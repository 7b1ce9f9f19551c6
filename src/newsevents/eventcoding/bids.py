"""Whom an act on a bid is aimed at: the bidder the article names, not the firm bid for.

News names a takeover bid by its target: "Shareholders opposed the Vexcorp bid" is opposition to a
bid *for* Vexcorp, and what is opposed is the bidder's act. A coder takes the bidder as the
recipient, as for any offer judged (its author). The sentence often names only the target; the
article names the bidder elsewhere: "Zentra's Vexcorp bid", "Zentra's bid for Vexcorp", "Zentra
made a bid for Vexcorp", "Zentra bid for Vexcorp". So an event whose recipient is the name
compounded before a bid noun (``bid_noun`` cues: "the Vexcorp bid") takes, instead, the one party the
article names as bidding for that same firm, when exactly one is found (never the event's own
actor nor the target itself); else the target stays (the bid is for it, as "a bid for Vexcorp").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.eventcoding.anaphora import Partier, Told, _key, _shares
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party


def _targets(bid: Token, cues: Cues) -> list[Token]:
    """The names a bid word is for: a proper name compounded before the noun ("the Vexcorp bid"), or
    the object of its deal preposition ("a bid for Vexcorp", "bid for Vexcorp")."""
    found = [c for c in bid.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < bid.i]
    prep = cues.share_noun.get(bid.lemma_.lower())
    found += [g for c in bid.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]
    return found


def _bidders(bid: Token, cues: Cues) -> list[Token]:
    """Who makes a bid: the noun's possessor ("Zentra's bid", "its bid"), the subject of the verb
    ("Zentra bid for Vexcorp") or of a verb of making one (``bid_verb`` cues: "Zentra made a bid");
    not the subject of another verb the noun is the object of ("investors opposed the bid")."""
    if bid.pos_ == "VERB":
        return [c for c in bid.children if c.dep_ == "nsubj"]
    owners = [c for c in bid.children if c.dep_ == "poss"]
    if not owners and bid.dep_ == "dobj" and bid.head.lemma_.lower() in cues.bid_verb:
        owners = [c for c in bid.head.children if c.dep_ == "nsubj"]
    return owners


def _names(party: Party, doc: Doc) -> set[str]:
    """The names a party goes by in the article: its entity's names, else its own words."""
    entity = next((e for e in doc._.entities or [] if e.id == party.entity), None) if party.entity else None
    texts = [m.text for m in entity.mentions] if entity is not None else [party.text]
    return {" ".join(w for w in t.lower().replace("'s", "").split() if w != "the") for t in texts}


def fill_bid_authors(drafts: Sequence[Told], cues: Cues, parties: Partier, is_party: Callable[[Token], bool]) -> None:
    """Replace, in place, a recipient that is the target named before a bid noun by the bidder
    the article names for that target (see the module's doc)."""
    for told in drafts:
        named = [t for t in told.recipient_tokens if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
                 and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in cues.bid_noun]
        if len(named) != 1 or len(told.recipient) != 1:
            continue
        target = parties(named)
        if not target:
            continue
        doc = told.trigger.doc
        aimed = set().union(*(_names(p, doc) for p in target))
        found: list[Party] = []
        tokens: list[Token] = []
        for word in doc:
            if word.i == named[0].head.i or word.lemma_.lower() not in cues.bid_noun or word.pos_ not in ("NOUN", "VERB"):
                continue
            if not any(_names(p, doc) & aimed for t in _targets(word, cues) if is_party(t) for p in parties([t])):
                continue
            for bidder in _bidders(word, cues):
                mine = [p for p in parties([bidder]) if p.entity or p.country]  # "its": only as the body it stands for
                if mine and not any(_names(p, doc) & aimed for p in mine) and not _shares(mine, told.actor):
                    found += mine
                    tokens.append(bidder)
        if len({_key(p) for p in found}) == 1:
            entity = next((e for e in doc._.entities or [] if e.id == found[0].entity), None)
            text = found[0].text[:-2] if found[0].text.endswith(("'s", "\u2019s")) else found[0].text
            told.recipient = [found[0].model_copy(update={"text": entity.name if entity is not None and text != entity.name
                                                          and text in entity.name else text})]
            told.recipient_tokens = tokens[:1]
