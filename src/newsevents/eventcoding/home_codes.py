"""Codes of parties that their own words get wrong on world-news wire (issue 14, brief s17-actors17).

- **a minority named by its people** (``minority_word`` cues: "ethnic Albanians in
  Macedonia", "ethnic Russians in the east of Ukraine"): the word says the people live as a minority
  in another state; the party is of the state it lives in -- the place its phrase puts it in ("in
  Macedonia"), else the one other country of the places its sentence names -- not of the state of
  its people's name. With no other place's country (or several and none in its phrase) the people's
  state stays; a people's word of another party is no place ("Russian troops forced ethnic Georgians
  out of Gali": the troops' state is not theirs).
- **a group from elsewhere** (``elsewhere_word`` cues: "world leaders", "foreign troops",
  "international monitors"): its words say it is of other states or many; the story's country is not
  given to it.
- **police named bare serve where they stand** (targets25; the twenty-fourth news-wire audit's police of one
  city coded with the state of a consulate near them and of another force named sentences before): "The police
  barred the marchers from the consulate in downtown <City>" -- a police force (sector COP) whose own phrase names
  no state ("the police", "riot police") and whose code came from elsewhere (another force the entity stage
  linked it to, "<Nationality> police" two sentences before) is of the state of the places its own clause names, when they
  are of one country (a clause the verb takes, "said the suspect fled to <Country>", is not where it acts).
- **people gathered stand where they gather** (actors28; the twenty-sixth and nineteenth news-wire audits' rallies in
  a capital coded with the state their speeches denounce): "Hundreds of veterans rallied in <Capital> to denounce the
  exiles in <another country>" -- the subject of a gathering verb (``gathering_verb`` cues), a group whose own phrase
  names no state, no body and no person (no name, no people's word, no possessor), is of the state of the places its
  own clause names when they are of one country; what the gathering is for (a clause it governs) is no place of theirs.
  A clause that names no place puts the gathering at the wire dateline's place (``QUITO (AP) --``), where the
  story was filed. Uncoded here, such a group would take the story's country later (``_at_home``), which may be the
  denounced one's.
- **a body of no state** (code NGO, ``NOT_STATE_SECTORLESS``) takes no sector of a state's
  people from a role noun: "Red Cross officials", "human rights watchdog Amnesty International" are
  no government.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from newsevents.actors import normalise_name
from newsevents.docquery import entity_at
from newsevents.record import Party

# actors18: {a common party name (normalised): (the tables' country, the story's)} the entity stage changed
PARTY_HOMES = "newsevents_actors18_party_homes"
# The codes of bodies of no state that no role noun makes a state's people (an NGO's officials are no
# government officials); the sectors such a noun gives (those of a state's people) are dropped for them.
NOT_STATE_SECTORLESS = frozenset({"NGO"})
STATE_PEOPLE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# the codes of parties that are no state (a minority word changes none of them)
NOT_STATE_CODES = frozenset({"IGO", "NGO", "UNO", "EUR", "IMG", "MNC"})


def _country_of_words(doc: Doc, start: int, end: int) -> str | None:
    """The country of a place or a GPE/NORP entity mentioned at [start, end) (characters)."""
    for place in doc._.places or []:
        if place.country and any(m.start < end and start < m.end for m in place.mentions):
            return place.country
    entity = entity_at(doc, start, end)
    if entity is not None and entity.type in ("GPE", "NORP") and entity.country and len(entity.country) == 3:
        return entity.country
    return None


def _sentence_places(sentence: Span, outside: Span) -> set[str]:
    """The countries of the places the sentence names outside ``outside``."""
    doc = sentence.doc
    found: set[str] = set()
    for place in doc._.places or []:
        for m in place.mentions:
            if place.country and sentence.start_char <= m.start and m.end <= sentence.end_char \
                    and not (outside.start_char <= m.start and m.end <= outside.end_char):
                found.add(place.country)
    return found


def minority_home(party: Party, token: Token, phrase: Span, minority_words: Container[str],
                  not_states: Container[str]) -> Party:
    """``Ethnic Albanians in Macedonia attacked ...``: the state a minority lives in (module doc)."""
    if not party.country or party.country in not_states or len(party.country) != 3:
        return party
    doc = token.doc
    # the word before a people's name ("ethnic Albanians", "ethnic Serb civilians"), not before a thing
    # ("Serbian ethnic cleansing" is the Serbs' act)
    if not any(t.lower_ in minority_words and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
               and doc[t.i + 1].ent_type_ in ("NORP", "GPE") for t in phrase):
        return party
    # the place its phrase puts it in ("ethnic Albanians in Macedonia")
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            found = _country_of_words(doc, place.left_edge.idx, place.right_edge.idx + len(place.right_edge.text))
            if found and found != party.country:
                return party.model_copy(update={"country": found})
            if found:
                return party
    sentence = token.sent
    whole = doc[phrase.start: max(phrase.end, token.right_edge.i + 1)]
    # the one other country of the places the sentence names ("expelled ethnic Albanians from
    # Pristina"); a people's word of another party is no place ("Russian troops forced ethnic Georgians
    # out": the troops' state is not the minority's)
    others = _sentence_places(sentence, whole) - {party.country}
    if len(others) == 1:
        return party.model_copy(update={"country": next(iter(others))})
    return party


def without_state_sectors(party: Party) -> Party:
    """``Red Cross officials``: a body of no state keeps no sector of a state's people."""
    if party.country not in NOT_STATE_SECTORLESS or not STATE_PEOPLE_SECTORS & set(party.sector):
        return party
    return party.model_copy(update={"sector": [s for s in party.sector if s not in STATE_PEOPLE_SECTORS]})


_HEAD_END = re.compile(r"\s+(?:of|who|which|that|in|at|on|from|to)\s|\s*[,(]")


def from_elsewhere(text: str, elsewhere_words: Container[str]) -> bool:
    """``world leaders``, ``foreign troops``: a modifier before a plural group's noun says it is of other
    states or many (module doc). A singular office keeps the story's country: "the foreign minister" of
    a story about Iran is Iran's."""
    head = _HEAD_END.split(text, maxsplit=1)[0].lower().split()
    return len(head) > 1 and head[-1].endswith("s") and any(word in elsewhere_words for word in head[:-1])


_NOT_A_WORD = re.compile(r"[^\w\s'-]")


def common_party_home(party: Party, doc: Doc) -> Party:
    """actors18: "Levan Gelashvili of the Conservative Party" in a Georgian story: a party (or a person of
    it) whose phrase names a party the entity stage moved to the story's country (``PARTY_HOMES``: a name
    many countries' parties bear) takes that country instead of the tables' code for the name."""
    homes = doc.user_data.get(PARTY_HOMES)
    if not homes or party.country is None:
        return party
    text = " " + " ".join(_NOT_A_WORD.sub(" ", normalise_name(party.text)).split()) + " "
    for name, (old, new) in homes.items():
        if party.country == old and f" {name} " in text:
            return party.model_copy(update={"country": new})
    return party


def argument_side(tok: Token) -> tuple[Token, bool] | None:
    """The verb a word is an argument of (through its nouns, conjuncts and prepositions) and whether it is on
    the subject's side ("The US envoy" of "met"; "Foreign Minister" of "met with President X and Foreign
    Minister" is not); None when no verb governs it. Shared with the entity stage's hosts of titles."""
    cur = tok
    while cur.head.i != cur.i and cur.head.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    if cur.head.i == cur.i:
        return None
    return cur.head, cur.dep_ in ("nsubj", "nsubjpass")


def host_of_title(party: Party, token: Token, preps: Container[str], state_sectors: Container[str]) -> Party:
    """actors18: "The French foreign minister met President Mamadou Sall and Interior Minister, Ousmane Diop,
    in Dakar": an official with no country of his own words (a state sector, no code) on the object side of a
    verb whose own place phrase (``preps``: "in") names a place the places stage gave a country is of that
    place's country -- the visitor's hosts -- not of the story's country (the visitor's)."""
    if party.country is not None or not any(s in state_sectors for s in party.sector):
        return party
    found = argument_side(token)
    if found is None or found[1]:
        return party
    places = token.doc._.places or []
    heads = [found[0], *(c for c in found[0].children if c.dep_ == "dobj")]  # "held talks ... in Seoul"
    for prep in (c for head in heads for c in head.children):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            for p in places:
                if p.country and any(m.start <= place.idx < m.end for m in p.mentions):
                    return party.model_copy(update={"country": p.country})
    return party


_OWN_CLAUSE_STOP = frozenset({"ccomp", "conj", "advcl", "relcl", "parataxis", "xcomp", "acl", "csubj"})
_POLICE_SECTOR = "COP"


def _names_a_state(token: Token) -> bool:
    """Whether the phrase of ``token`` names whose it is: a possessor, or a name or people's word before it
    ("Greek police", "Athens police", "the city's police")."""
    return any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG", "LOC") for c in token.lefts) or \
        token.ent_type_ in ("NORP", "GPE", "ORG")


def _clause_place_countries(verb: Token) -> set[str]:
    """The countries of the places the clause of ``verb`` names, its own clause only (see the module)."""
    doc = verb.doc
    spans: list[tuple[int, int]] = []
    stack = [verb]
    while stack:
        head = stack.pop()
        for child in head.children:
            if child.dep_ in _OWN_CLAUSE_STOP:
                continue
            if child.ent_type_ in ("GPE", "LOC", "FAC"):
                spans.append((child.idx, child.idx + len(child.text)))
            stack.append(child)
    if not spans:
        return set()
    return {place.country for place in doc._.places or [] if place.country
            for m in place.mentions if any(m.start < e and s < m.end for s, e in spans)}


def police_where_they_stand(party: Party, token: Token) -> Party:
    """A bare police force is of the state its clause places its act in (module doc); unchanged otherwise."""
    if _POLICE_SECTOR not in party.sector or not party.country or len(party.country) != 3 or _names_a_state(token):
        return party
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return party
    countries = _clause_place_countries(verb)
    if len(countries) != 1 or party.country in countries:
        return party
    return party.model_copy(update={"country": next(iter(countries))})


_NAMING_ENTITIES = frozenset({"NORP", "GPE", "ORG", "LOC", "PERSON", "FAC"})
_TOLD_CLAUSES = frozenset({"relcl", "acl"})


def _own_words(token: Token) -> list[Token]:
    """The words of a group's phrase less its clauses: what the people did ("who fought for <Name>") says
    nothing of whose they are."""
    words: list[Token] = []
    stack = [token]
    while stack:
        head = stack.pop()
        words.append(head)
        stack.extend(c for c in head.children if c.dep_ not in _TOLD_CLAUSES)
    return words


def gatherers_where_they_stand(party: Party, token: Token, gathering_verbs: Container[str]) -> Party:
    """A group gathered is of the state its own clause places the gathering in (module doc); unchanged otherwise."""
    if (party.country and len(party.country) != 3) or token.dep_ != "nsubj" or token.pos_ not in ("NOUN", "NUM"):
        return party
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in gathering_verbs:
        return party
    if any(t.ent_type_ in _NAMING_ENTITIES or t.dep_ == "poss" for t in _own_words(token)):
        return party  # "Cuban exiles", "Acme workers", "the party's supporters": their own words say whose
    countries = _clause_place_countries(verb) or _dateline_countries(token.doc)
    if len(countries) != 1 or party.country in countries:
        return party
    return party.model_copy(update={"country": next(iter(countries))})


_DATELINE_SPAN = 600  # characters from the text's start a wire dateline may sit after a headline and byline


def _dateline_countries(doc: Doc) -> set[str]:
    """The country of the wire dateline (``CARACAS (AP) --``: a place in capitals opening a line near the
    text's start): where the story was filed, so where a gathering it tells with no place of its own is."""
    text = doc.text
    first: tuple[int, str] | None = None
    for place in doc._.places or []:
        for m in place.mentions:
            if place.country and m.start < _DATELINE_SPAN and (m.start == 0 or text[m.start - 1] == "\n") \
                    and len(text[m.start:m.end]) > 2 and text[m.start:m.end].isupper() \
                    and (first is None or m.start < first[0]):
                first = (m.start, place.country)
    return {first[1]} if first else set()


def governed_protesters(event_type: str, actor: list[Party], recipient: list[Party],
                        protester_words: Container[str], state_sectors: Container[str]) -> list[Party]:
    """"The government's crackdown on protesters", "troops fired on demonstrators": a state's force or coercion
    against people named only for protesting (``protester`` cues) falls on its own people, so such a recipient
    with no country of its own takes the country of the one coded state doer, before the story's country would
    fill it (the thirty-first US-news audit's #8 class; targets33)."""
    if event_type not in ("COERCE", "ASSAULT"):
        return recipient
    countries = {p.country for p in actor if p.country and any(s in state_sectors for s in p.sector)}
    if len(countries) != 1:
        return recipient
    (country,) = countries

    def protesters(party: Party) -> bool:
        words = [w.strip(".,;:!?\"'()").lower() for w in party.text.split()]
        return any(w in protester_words or (w.endswith("s") and w[:-1] in protester_words) for w in words)

    return [p.model_copy(update={"country": country}) if p.country is None and protesters(p) else p
            for p in recipient]
