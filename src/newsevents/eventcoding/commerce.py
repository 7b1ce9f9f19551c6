"""Business deals: the other party of a sale, a purchase or an order.

A commercial transaction names its second party in set ways: the seller after "from" ("a deal
to buy technology from Vexcorp"), the buyer after "to" ("is to sell ten jets to Nordair"), or,
with neither, the firm a purchase takes over or buys a share of ("a deal to buy 26% of Vexoil"), or the maker named in the goods ("ordered 30 Vexair V20 planes": Vexair). A purchase
order ("ordered 30 planes") is a business deal between buyer and maker (PLOVER AGREE), not the
demand that "order" is with a person or an act for object ("ordered troops to withdraw",
"ordered an inquiry"). The verbs and their prepositions are the ``trade`` cues, the goods the
``goods`` cues of ``event_cues.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.eventcoding.arguments import conjoined, prep_objects, thing_owner
from newsevents.eventcoding.lexicon import Cues

# Entity types a maker's name carries when it names goods ("Vexair V20 planes", "15 new Vexair").
_MAKER_TYPES = frozenset({"ORG", "PRODUCT", ""})
# Relations by which an agreement noun frames the trade it tells: "ordered planes in a deal",
# "Under the agreement, X will buy ..."
_FRAMING_PREPS = frozenset({"in", "under", "through", "as"})


def trade_preps(verb: Token, cues: Cues) -> list[str]:
    """The prepositions naming the other party of a trade verb ("buy" -> from), none if no trade verb."""
    lemma = verb.lemma_.lower()
    return [phrase.split()[1] for phrase in sorted(cues.trade) if phrase.split()[0] == lemma]


def _objects(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in conjoined(c)]


def _misread_goods(clause: Token, cues: Cues) -> bool:
    """A noun object the parser took for a clause of the verb: a noun ("ordered a network upgrade",
    upgrade as ccomp), or a goods word read as a present verb with no "that" ("ordered a broadband
    data upgrade", upgrade as VBP): an order's clause takes an infinitive or a subjunctive ("ordered
    that the plant be closed"), never the present indicative."""
    if clause.dep_ != "ccomp":
        return False
    if clause.pos_ in ("NOUN", "PROPN"):
        return True
    return clause.tag_ == "VBP" and clause.lemma_.lower() in cues.goods and not any(
        c.dep_ == "mark" for c in clause.children)


def maker_in(goods: Token, is_party: Callable[[Token], bool]) -> Token | None:
    """The maker a counted or named product names: "30 Vexair V20 planes" -> Vexair (a proper
    name among the goods' compounds), "15 new Vexair" -> Vexair (goods called by their maker's
    name and counted)."""
    compounds = [t for t in goods.subtree if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN" and t.i < goods.i]
    for token in compounds:
        if token.ent_type_ in _MAKER_TYPES and is_party(token):
            return token
    counted = any(c.dep_ == "nummod" for c in goods.children)
    if goods.pos_ == "PROPN" and counted and goods.ent_type_ in _MAKER_TYPES and is_party(goods):
        return goods
    return None


def other_party(verb: Token, cues: Cues, is_party: Callable[[Token], bool]) -> list[Token]:
    """The seller, buyer or maker a trade verb names ("buy X from Y", "sell X to Y", "ordered
    Y planes"), or none."""
    preps = trade_preps(verb, cues)
    if not preps:
        return []
    # "ordered routers from Vexcorp": the phrase may hang on the goods ordered
    goods = _objects(verb) + [c for c in verb.children if _misread_goods(c, cues)]
    named = [t for head in [verb, *goods] for t in prep_objects(head, preps) if is_party(t)]
    if named:
        return named
    if "from" in preps:  # a purchase: the firm bought, or the one a bought share is of
        bought = [t for goods in _objects(verb) for t in acquired(goods, cues, is_party)]
        if bought:
            return bought
    makers = [maker_in(goods, is_party) for goods in _objects(verb)]
    return [m for m in makers if m is not None]


def acquired(goods: Token, cues: Cues, is_party: Callable[[Token], bool]) -> list[Token]:
    """The party a purchase takes over or buys into: a named firm bought whole ("to buy Vexcorp")
    or the one a share is of ("to buy 26% of Indian firm Vexoil", "buy a stake in Vexcorp"; the
    share nouns and their prepositions are the ``share_noun`` cues), or the named owner of a part
    bought ("the PC division of Vexcorp"). Goods are no party."""
    if goods.pos_ == "PROPN" and goods.ent_type_ in ("ORG", "") and is_party(goods):
        return [goods]
    prep = cues.share_noun.get(goods.lemma_.lower()) or cues.share_noun.get(goods.text.lower())
    if prep is None:
        # "a deal to buy the PC division of Vexcorp", "to buy Vexcorp's mobile arm": a part of a named
        # firm is bought from that firm, its owner
        owners = thing_owner(goods, is_party) if goods.pos_ == "NOUN" else []
        # "of computer pioneer IBM": a description the parser heads by its noun, the name in apposition
        named = [a for t in owners for a in ([t] if t.pos_ == "PROPN" else t.children)
                 if a.pos_ == "PROPN" and (a.i == t.i or a.dep_ == "appos") and is_party(a)]
        return named
    return [t for t in prep_objects(goods, (prep,)) if t.pos_ == "PROPN" and is_party(t)]


def is_purchase_order(verb: Token, cues: Cues) -> bool:
    """"Ordered 30 planes", "ordered 20 Vexair jets", "ordered engines from Vexcorp": goods (or a
    maker's name in them) for object and no clause of what someone must do -- a purchase, not a
    command ("ordered troops to withdraw", "ordered an inquiry")."""
    if verb.lemma_.lower() != "order" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") and not _misread_goods(c, cues) for c in verb.children):
        return False
    objects = _objects(verb) + [c for c in verb.children if c.dep_ == "ccomp"]
    if not objects:
        return False
    if prep_objects(verb, ("from",)):
        return True

    def goods(token: Token) -> bool:
        if token.lemma_.lower() in cues.goods:
            return True
        # "30 Vexair V20s": a counted product name
        return any(c.dep_ == "compound" and c.ent_type_ == "PRODUCT" for c in token.subtree) or (
            token.ent_type_ == "PRODUCT")

    return all(goods(o) for o in objects)


def deal_trade_verbs(noun: Token, cues: Cues) -> list[Token]:
    """The trade an agreement noun tells: its content clause ("a deal to buy X from Y") or the
    verb it frames ("ordered X in a deal", "Under the agreement, X will buy Y and lease Z")."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if noun.dep_ == "pobj" and noun.head.lower_ in _FRAMING_PREPS and noun.head.dep_ == "prep":
        verbs.append(noun.head.head)
    found: list[Token] = []
    for verb in verbs:
        found += [v for v in [verb, *verb.conjuncts] if v.pos_ == "VERB" and trade_preps(v, cues)]
    return found


def deal_parties(noun: Token, cues: Cues, is_party: Callable[[Token], bool]) -> list[Token]:
    """The other party of the trade an agreement noun tells, or none."""
    found: list[Token] = []
    for verb in deal_trade_verbs(noun, cues):
        found += [t for t in other_party(verb, cues, is_party) if all(t.i != f.i for f in found)]
    return found


def _purchase_verbs(clause: Token, cues: Cues) -> list[Token]:
    """The clause and the purpose infinitives under it whose verb buys ("from" among its trade prepositions):
    "agreed to pay $4 million in cash to acquire Vexcorp" -- the parser hangs "to acquire" on the payment."""
    under = [t for t in clause.subtree if t.i != clause.i and t.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
    return [v for v in [clause, *under] if "from" in trade_preps(v, cues)]


def _stake_owner(place: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """The party a share is in: the name itself ("in Vexcorp"), or the owner of a part of it ("in Vexcorp's
    insurance business")."""
    if place.pos_ == "PROPN":
        return [place] if is_party(place) else []
    return [o for o in thing_owner(place, is_party) if o.pos_ == "PROPN"] if place.pos_ == "NOUN" else []


def purchase_targets(agree: Token, cues: Cues, is_party: Callable[[Token], bool]) -> list[Token]:
    """The firm an agreement to buy buys, or buys into, where ``other_party`` finds none (wire22, the twenty-second
    news-wire audit's #1 and #30): a purchase told as the purpose of a payment ("agreed to pay $4 million to
    acquire Vexcorp"), and a stake relativised off the agreement with its "in" on the verb ("the 50% stake it has
    agreed to acquire in Vexcorp's insurance business")."""
    found: list[Token] = []
    for clause in (c for c in agree.children if c.dep_ == "xcomp"):
        for verb in _purchase_verbs(clause, cues):
            goods = _objects(verb) or ([agree.head] if agree.dep_ == "relcl" and verb.i == clause.i else [])
            found += [t for g in goods for t in acquired(g, cues, is_party)]
            shares = [g for g in goods if (cues.share_noun.get(g.lemma_.lower()) or "") == "in"]
            if shares:  # "the stake it agreed to acquire in Vexcorp": the share's phrase on the verb
                found += [o for place in prep_objects(verb, ("in",)) for o in _stake_owner(place, is_party)]
    seen: set[int] = set()
    return [t for t in found if not (t.i in seen or seen.add(t.i))]
