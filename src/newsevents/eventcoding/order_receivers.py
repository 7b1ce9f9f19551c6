"""The party an order or a penalty falls on when the act is a participle on the thing it makes.

The party an order or a penalty falls on when the act is told as a participle of the thing it makes
(issue 14, brief s18-actors18; the twelfth local-news audit's #40 shape, tested on sentences of our own).

"Hollins had not received the counselling ordered by the court", "the driver never paid the fine imposed by the
judge": the act (an order, REQUEST; a penalty, COERCE) is told by a past participle hung on a thing (``acl``), and
the thing is the object of a verb whose subject receives, pays or serves it; that subject is the one the order
or the penalty falls on. Filled only where the event has no recipient and the subject is a party.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined
from newsevents.record import Party

# the types of an order or a penalty that falls on the one who receives the thing it makes
ORDER_TYPES = frozenset({"REQUEST", "COERCE"})


def order_receivers(trigger: Token, is_party: Callable[[Token], bool], receive_verbs: Container[str]) -> list[Token]:
    """The subject of the verb of receiving (``receive_verbs``: ``receive_verb`` cues) whose object the
    participle's thing is ("received the counselling ordered"), when the participle has no object of its own and
    the subject is a party; else none ("praised the report ordered by the governor": no one it falls on)."""
    thing = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or thing.i == trigger.i or thing.dep_ != "dobj":
        return []
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in trigger.children):
        return []
    verb = thing.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in receive_verbs:
        return []
    return [t for t in conjoined(subjects[0]) if is_party(t)]


def fill_order_receivers(drafts: Iterable, partier: Callable[[list[Token]], list[Party]],
                         is_party: Callable[[Token], bool], receive_verbs: Container[str]) -> None:
    """Fill, in place, the empty recipient of an order or a penalty told as a participle of its thing."""
    for draft in drafts:
        if draft.recipient or draft.event not in ORDER_TYPES:
            continue
        tokens = order_receivers(draft.trigger, is_party, receive_verbs)
        if not tokens or any(t.i in {a.i for a in draft.actor_tokens} for t in tokens):
            continue
        parties = partier(tokens)
        if parties:
            draft.recipient, draft.recipient_tokens = parties, tokens


def own_officials(trigger: Token, event_type: str, actor: list[Party], recipient: list[Party],
                  command_verbs: Container[str], official_sectors: Container[str]) -> list[Party]:
    """"The prime minister ordered diplomats to mend ties", "the governor ordered officials to reopen the
    schools": an order runs down the one who gives it's own chain of command, so state officers it is given to,
    named by no country of their own (a bare plural of a government sector, envoys among them), are his: they take
    the country of the one coded doer (the twenty-eighth US-news audit's class of one's own officials). Only a
    verb of ordering (``bind_verb`` cues: "order", "require"), never "asked diplomats" (anyone's may be asked)."""
    if event_type != "REQUEST" or trigger.lemma_.lower() not in command_verbs:
        return recipient
    countries = {p.country for p in actor if p.country}
    if len(countries) != 1:
        return recipient
    (country,) = countries
    return [p.model_copy(update={"country": country})
            if p.country is None and any(s in official_sectors for s in p.sector) and len(p.text.split()) == 1 else p
            for p in recipient]
