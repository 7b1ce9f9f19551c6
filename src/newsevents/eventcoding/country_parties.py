"""Country names and common party names: two-part country names as one party, a common party's own country.

The named target and the right doer (issue 14, brief s20-recip20; the sixteenth and seventeenth web-news
audits' classes, tested on sentences of our own in tests/events/test_country_verdict_targets.py).

* A two-part country name ("Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda") is one
  country: its second part, which the parser makes a conjunct of the first, is no second party. Which names
  hold an "and" is data: the country names and aliases of countries.tsv (GeoNames), never a hand list here;
  "Kenya and Uganda" is no country's name, so two countries joined by "and" stay two parties.
* A party name many countries' parties bear ("Labour", the ``common_party`` words) takes the country
  its own phrase names ("Norway's Labour Party", "the Labour and Centre parties in Norway"), never the
  tables' British code beside it as a second party: the cause of the audits' GBR for non-British parties.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache

from spacy.tokens import Span, Token

from newsevents.actors import actor_dictionary, normalise_name
from newsevents.docquery import doc_span, doc_text
from newsevents.record import Party

Coder = Callable[[Span], "tuple[str | None, list[str]]"]


@lru_cache(maxsize=1)
def _joined_country_names() -> frozenset[str]:
    """The country names and aliases holding "and" or "&" (as ``normalise_name`` keys them)."""
    names = actor_dictionary().countries
    return frozenset(n for n in names if " and " in f" {n} " or " & " in f" {n} ")


def closes_country_name(first: Token, conjunct: Token) -> bool:
    """True when ``conjunct`` (a conjunct of ``first``) ends one country's name begun by ``first`` ("Trinidad
    and Tobago", "Saint Kitts and Nevis", "the Turks and Caicos Islands"); False for two countries
    ("Kenya and Uganda") and for anything that is no country's name."""
    if conjunct.i <= first.i or conjunct.i - first.i > 3:
        return False
    names = _joined_country_names()
    doc = first.doc
    starts = range(max(first.left_edge.i, first.i - 2), first.i + 1)
    ends = range(conjunct.i + 1, min(conjunct.i + 3, len(doc)) + 1)
    return any(normalise_name(doc[s:e].text) in names for s in starts for e in ends)


def country_name_end(first: Token) -> int | None:
    """The end (exclusive token index) of the one country's name ``first`` begins with a conjunct of its own
    ("Saint Vincent and the Grenadines": after "Grenadines"); None when it begins none."""
    names = _joined_country_names()
    doc = first.doc
    for conjunct in first.conjuncts:
        if conjunct.i <= first.i or conjunct.i - first.i > 3:
            continue
        for e in range(min(conjunct.i + 2, len(doc)), conjunct.i, -1):
            if any(normalise_name(doc[s:e].text) in names for s in range(max(first.left_edge.i, first.i - 2), first.i + 1)):
                return e
    return None


def second_part_of_country(token: Token) -> bool:
    """True for the second part of a two-part country name ("Tobago" of "Trinidad and Tobago")."""
    return token.dep_ == "conj" and closes_country_name(token.head, token)


def _common_party_names() -> frozenset[str]:
    return actor_dictionary().words.common_party


def common_party_indices(span: Span) -> set[int]:
    """The tokens of ``span`` that spell a party name many countries' parties bear (``common_party``:
    "Labour", "the Labour Party", "the Conservative Party")."""
    names = _common_party_names()
    doc = span.doc
    text = doc_text(doc)  # each run's text by its characters: Span.text makes a Token per word
    found: set[int] = set()
    for s in range(span.start, span.end):
        for e in range(s + 1, min(s + 4, span.end) + 1):
            run = doc_span(doc, s, e)
            if normalise_name(text[run.start_char:run.end_char]) in names:
                found.update(range(s, e))
    return found


def without_common_party_countries(countries: list[tuple[Token, str]], span: Span) -> list[tuple[Token, str]]:
    """"Norway's Labour Party": the tables' code of a common party name ("Labour": GBR) is no second country
    beside the country the phrase names around it; the phrase is one party (of Norway)."""
    inside = common_party_indices(span)
    outer = [(t, c) for t, c in countries if t.i not in inside]
    return outer if outer and len(outer) < len(countries) else countries


def common_party_country(party: Party, token: Token, coder: Coder | None, places: Container[str]) -> Party:
    """A party named by a common party name ("Labour", "the Conservative Party") whose own phrase names one
    other country -- its possessor, an adjective, an "of"- or ``places`` ("in") phrase on the party word
    ("Norway's Labour Party", "the Labour and Centre parties in Norway") -- is of that country, not of the
    tables' country for the name (GBR, USA). Unchanged when the phrase names no other country or several."""
    if party.country is None or coder is None:
        return party
    doc = token.doc
    phrase = doc[min(token.left_edge.i, token.i):token.i + 1]
    inside = common_party_indices(phrase)
    if not inside:
        return party
    words = [t for t in phrase if t.i not in inside and t.pos_ in ("PROPN", "ADJ")
             and t.dep_ in ("poss", "amod", "compound", "nmod")]
    words += [g for c in token.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in places)
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    codes = {code for t in words for code in [coder(doc[t.i:t.i + 1])[0]] if code}
    if len(codes) != 1 or party.country in codes:
        return party
    return party.model_copy(update={"country": codes.pop()})


def body_of_pronoun_owner(token: Token, entity_type: str, coder: Coder | None) -> bool:
    """"her own party", "his government": a body noun whose only named person in its phrase is a possessive
    pronoun's referent is that person's body, not the person: the person's entity is no party of it (it would
    make "X was ousted by her own party" an act of X on X). True when ``token`` is a noun with a sector of its
    own and a possessive pronoun, and the entity the phrase held is a person."""
    if entity_type != "PERSON" or token.pos_ != "NOUN" or coder is None:
        return False
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
        return False
    return bool(coder(token.doc[token.i:token.i + 1])[1])


def adjective_owner(verb: Token, adjectives: Container[str]) -> list[Token]:
    """"the American effort to force X to resign": an infinitive on a noun of effort or plan whose owner is told
    by a country's adjective before the noun (``adjectives``: the keys of the countries' adjectives), as a
    possessor tells it ("Washington's effort to force"): that adjective is the doer; [] otherwise."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "amod" and c.i < verb.head.i
            and normalise_name(c.text) in adjectives][:1]
