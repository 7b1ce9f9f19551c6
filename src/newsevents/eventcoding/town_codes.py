"""A party named after a US town that shares its name with a foreign city (issue 14, brief s18-dev13p; the
twelfth event audit's class of codes read from towns' names).

``Paris police``, ``a Paris man``, ``The Athens Police Department``: the actor dictionary reads the town's
name as the foreign capital's country (FRA, GRC). When the places stage resolved that very mention of the
name to a town or county of another country (Paris, Tennessee, in a story naming Henry County), the party
takes the country of the place resolved, not of the bare name. Only when the town's name stands before the
phrase's head, the gazetteer knows a place of the party's country by that name (Paris, France) and no
other word of the phrase gives the party's code: ``Paris police`` in a story set in
Paris, France, keeps FRA (the place stage resolved Paris to France's capital); ``French police ...`` keep
the code ``French`` gives.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.eventcoding.arguments import Coder
from newsevents.geo.gazetteer import packaged_gazetteer_or_none
from newsevents.record import Party

TOWN_LEVELS = frozenset({"city", "admin2"})
# towns14: a first-order division named like a country (``the Georgia Department of Corrections``, ``the
# Georgia State Election Board`` where the places stage resolved Georgia to the US state): its bodies take the
# division's country, under the same conditions as a town's
DIVISION_LEVELS = frozenset({"admin1"})


def _other_words_code(phrase: Span, start: int, end: int, country: str, coder: Coder) -> bool:
    """Whether the phrase's words outside the place's [start, end) give the party's country by
    themselves (``French police in Paris, Texas``)."""
    doc = phrase.doc
    runs: list[list[int]] = [[]]
    for tok in phrase:
        if start <= tok.idx < end:
            runs.append([])
        else:
            runs[-1].append(tok.i)
    return any(run and coder(doc[run[0]:run[-1] + 1])[0] == country for run in runs)


def _names_a_place_of(name: str, country: str) -> bool:
    """Whether the gazetteer knows a place of ``country`` by that name (``Paris`` of France): the party's
    code may have come from the name (``the Titan corporation`` in a Kenyan story is not Kenyan by its name)."""
    gaz = packaged_gazetteer_or_none()
    if gaz is None:
        return False
    return any(c.country == country and c.primary for c in gaz.candidates(name))


def _town_with_region(doc, end: int) -> bool:
    """fix13: a town's name after the phrase's head written with its state or region (``Judge Ann Lee of
    Lebanon, Indiana``, ``the mayor of Mexico, Mo.``): a comma, then a capitalised word the places stage
    holds as a place of its own."""
    after = doc.char_span(end, end + 1, alignment_mode="expand")
    if after is None or after.text != ",":
        return False
    nxt = after.end
    if nxt >= len(doc) or not doc[nxt].text[:1].isupper():
        return False
    start = doc[nxt].idx
    return any(m.start == start for place in doc._.places or [] for m in place.mentions)


def _in_of_phrase(doc, start: int, head: Token) -> bool:
    """towns14: whether the place's name at char ``start`` hangs under an ``of`` phrase of the party's head
    (``Ann Roe, 52, of Lebanon``, ``Members of the Georgia State Election Board``): the place then says
    where the party is from, as a name before the head does."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return False
    cur = tok[0]
    for _ in range(12):
        if cur.i == head.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ == "of":
            return True
        cur = cur.head
    return False


def town_home(party: Party, token: Token, phrase: Span, coder: Coder | None) -> Party:
    """The party with the country of the town its phrase is named after (module doc)."""
    if coder is None or not party.country or len(party.country) != 3:
        return party
    doc = token.doc
    for place in doc._.places or []:
        if place.level not in TOWN_LEVELS | DIVISION_LEVELS or not place.country or \
                place.country == party.country:
            continue
        for m in place.mentions:
            if not (phrase.start_char <= m.start and m.end <= phrase.end_char):
                continue
            if m.end > token.idx and not _town_with_region(doc, m.end) and \
                    not _in_of_phrase(doc, m.start, token):
                continue  # the town's name before the phrase's head ("Paris police", "a Paris man")
            if _names_a_place_of(m.text, party.country) and \
                    not _other_words_code(phrase, m.start, m.end, party.country, coder):
                return party.model_copy(update={"country": place.country})
    return party
