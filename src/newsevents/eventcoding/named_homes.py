"""A country read only from a US place's name is no country of the story (issue 14, brief s18-towns14; the
fourteenth local-news audit's codes read from names).

The entity stage runs before the places stage, so a town, county or state named like a country or a
country's capital (Lebanon, Ohio; Athens, Texas; Dublin, Ohio; the state of Georgia) gives its entity, and
through the story's focus the article's people and bodies (``a judge``, ``the city``), that country's code.
Once the places stage has resolved every mention of such a name to a place of another country, and the
article gives the name's country in no other way (no place of it resolved, no word of its adjective, people
or name elsewhere), the name's country is a misreading: the events' parties and the entities coded with it
take the resolved place's country instead. A party whose own words still name the country (``Lebanese
troops``) keeps it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Doc

from newsevents.actors import ActorDictionary, normalise_name
from newsevents.docquery import doc_text
from newsevents.record import Entity, Event, Party, Place

NAMED_LEVELS = frozenset({"city", "admin1", "admin2"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def _name_country(actors: ActorDictionary, text: str) -> str | None:
    key = normalise_name(text)
    return actors.countries.get(key) or actors.capitals.get(key)


def _country_words(actors: ActorDictionary, text: str) -> set[str]:
    """The countries the words of ``text`` name (names, capitals, adjectives, people's words)."""
    found: set[str] = set()
    words = _WORD.findall(text)
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            key = normalise_name(" ".join(words[i:i + n]))
            for table in (actors.countries, actors.capitals, actors.adjectives, actors.demonyms):
                if key in table and (n > 1 or key not in actors.country_acronyms or words[i].isupper()):
                    found.add(table[key])
    return found


def _story_focus(places: list[Place]) -> str | None:
    """The country that holds more than half of the mentions of the story's resolved places."""
    counts = Counter(p.country for p in places if p.country for _ in p.mentions)
    total = sum(counts.values())
    top = counts.most_common(1)
    return top[0][0] if top and 2 * top[0][1] > total else None


def _coded_apart(entities: list[Entity], country: str, places: list[Place]) -> bool:
    """Whether the entity stage codes a person or body of ``country`` whose mentions hold no name of the story's
    places (``Royal Canadian Mounted Police``, not a body named after a town the places stage placed there, nor the
    country's own name): evidence of the story's country apart from the places stage's readings."""
    names = {m.text.lower() for p in places for m in p.mentions}
    return any(e.country == country and not any(n in m.text.lower() for m in e.mentions for n in names)
               for e in entities)


def _known_of(actors: ActorDictionary, entities: list[Entity], country: str) -> bool:
    """Whether a person or body coded ``country`` is one the actor tables know by name as that country's: the
    country is then of the story, whatever a place-word read alone gave."""
    for e in entities:
        if e.country != country:
            continue
        org = actors.organisation(e.name)
        known = actors.dictionary_actor(e.name, None)
        if (org is not None and org.country == country) or (known is not None and known.country == country):
            return True
    return False


def misread_countries(doc: Doc, actors: ActorDictionary,
                      read_alone: Callable[[str], str | None] | None = None) -> dict[str, tuple[str, list[str]]]:
    """Country read from a resolved place's name -> (the resolved places' country, the names), when the
    article gives that country no other way (module doc). ``read_alone``: the country the entity stage
    gives a place-word read without its story (the most populous namesake of weight, ``Delta`` a Nigerian
    state, ``St. James`` a Jamaican parish); a word the places stage resolved, with the story, to a town of
    the story's own country (the one holding most of its resolved places) is read so in every body's name
    too: one reading of a word per document, when the entity stage codes some person or body of that country
    apart from the places' names (the two stages agree on the story's country, ``_coded_apart``)."""
    places = doc._.places or []
    focus = _story_focus(places) if read_alone is not None else None
    if focus is not None and not _coded_apart(doc._.entities or [], focus, places):
        # the places stage alone says the story is of that country; its people and bodies do not (a British story
        # whose "Westminster" it read as a Colorado town): its reading is no better than the entity stage's
        focus = None
    named: dict[str, set[str]] = {}
    spans: list[tuple[int, int]] = []
    homes: dict[str, set[str]] = {}
    for place in places:
        if place.level not in NAMED_LEVELS or not place.country:
            continue
        for m in place.mentions:
            country = _name_country(actors, m.text)
            if country is None and read_alone is not None and place.country == focus:
                country = read_alone(m.text)
                if country is not None and _known_of(actors, doc._.entities or [], country):
                    country = None  # "Tony Blair", "the Labour Party": the tables say the story has people of it
            if country and country != place.country:
                named.setdefault(country, set()).add(m.text)
                homes.setdefault(country, set()).add(place.country)
                spans.append((m.start, m.end))
    if not named:
        return {}
    text = doc_text(doc)  # cached: doc.text makes a Token per word on every access (speed20)
    rest = "".join(" " if any(s <= i < e for s, e in spans) else ch for i, ch in enumerate(text))
    elsewhere = _country_words(actors, rest)
    resolved = {p.country for p in places if p.country}
    return {c: (next(iter(homes[c])), sorted(names)) for c, names in named.items()
            if len(homes[c]) == 1 and c not in elsewhere and c not in resolved}


def _own_words_name(actors: ActorDictionary, text: str, country: str, names: Iterable[str]) -> bool:
    for name in names:
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return country in _country_words(actors, text)


def _party(p: Party, misread: dict[str, tuple[str, list[str]]], actors: ActorDictionary) -> Party:
    if p.country not in misread:
        return p
    home, names = misread[p.country]
    if _own_words_name(actors, p.text, p.country, names):
        return p
    return p.model_copy(update={"country": home})


def recode_events(doc: Doc, events: list[Event], actors: ActorDictionary,
                  read_alone: Callable[[str], str | None] | None = None) -> list[Event]:
    """The events with parties coded from a misread place name given the resolved place's country."""
    misread = misread_countries(doc, actors, read_alone)
    if not misread:
        return events
    out = []
    for e in events:
        actor = [_party(p, misread, actors) for p in e.actor]
        recipient = [_party(p, misread, actors) for p in e.recipient]
        if actor != e.actor or recipient != e.recipient:
            e = e.model_copy(update={"actor": actor, "recipient": recipient})
        out.append(e)
    return out


def recode_entities(doc: Doc, entities: list[Entity], actors: ActorDictionary,
                    read_alone: Callable[[str], str | None] | None = None) -> list[Entity]:
    """The entities coded from a misread place name (or the story's focus on it) given the resolved
    place's country; an entity whose own name names the country keeps it."""
    misread = misread_countries(doc, actors, read_alone)
    if not misread:
        return entities
    out = []
    for ent in entities:
        if ent.country in misread:
            home, names = misread[ent.country]
            texts = " ".join([ent.name, *(m.text for m in ent.mentions)])
            if not _own_words_name(actors, texts, ent.country, names):
                ent = ent.model_copy(update={"country": home})
        out.append(ent)
    return out


# ``Ann Roe, 52, of Lebanon``, ``Ann Roe of Lebanon``: a person's home town written right after the name
_OF_TOWN = re.compile(r"(?:,\s*\d{1,3},)?\s+of\s+(?:the\s+)?")


def person_homes(doc: Doc, entities: list[Entity]) -> dict[str, str]:
    """Person entity id -> the country of the resolved place written as the person's home right after one
    of its mentions (``NAME, AGE, of TOWN``, ``NAME of TOWN``), for people the entity stage left uncoded:
    the later bare surname (``Roe``) shares it."""
    starts = {m.start: p.country for p in doc._.places or [] if p.country for m in p.mentions}
    text = doc_text(doc)  # cached: doc.text makes a Token per word on every access (speed20)
    homes: dict[str, str] = {}
    for ent in entities:
        if ent.type != "PERSON" or ent.country:
            continue
        for m in ent.mentions:
            after = _OF_TOWN.match(text, m.end)
            if after and after.end() in starts:
                homes[ent.id] = starts[after.end()]
                break
    return homes


def _surname(text: str, honorific: Collection[str]) -> str | None:
    """The surname a name mention gives alone ("Roe", "Mr. Roe", "Ms Roe"); None for a full name ("Ann Roe")."""
    words = text.split()
    if len(words) == 2 and words[0].lower() in honorific:
        words = words[1:]
    return words[0] if len(words) == 1 else None


def namesake_homes(doc: Doc, entities: list[Entity], honorific: Collection[str]) -> dict[str, str]:
    """Person entity id -> the country of the one coded person the article names in full with the same surname,
    for people the entity stage left uncoded and named only by surname or title and surname ("Carla Roe of the
    Ohio senate ... Mr. Roe", the coreference split in two): the article has made the person's nationality
    plain (the twenty-eighth US-news audit's class of titled names left uncoded). Namesakes named in full and
    coded with two countries leave it open; an uncoded one (a spouse, a child) tells no other country."""
    kinds_of = doc._.mention_kinds or {}
    full: dict[str, set[str | None]] = {}
    bare: dict[str, str] = {}
    for ent in entities:
        if ent.type != "PERSON":
            continue
        names = [m.text for m, kind in zip(ent.mentions, kinds_of.get(ent.id, ()), strict=False) if kind == "name"]
        surnames = {_surname(t, honorific) for t in names}
        for text in names:
            words = text.split()
            if len(words) > 1 and _surname(text, honorific) is None:
                full.setdefault(words[-1], set()).add(ent.country)
        if not ent.country and names and None not in surnames and len(surnames) == 1:
            (bare[ent.id],) = surnames
    homes: dict[str, str] = {}
    for ent_id, surname in bare.items():
        countries = {c for c in full.get(surname, ()) if c}  # an uncoded namesake ("Frank Roe", her husband) is kin
        if len(countries) == 1:
            (homes[ent_id],) = countries
    return homes


def fill_person_homes(doc: Doc, events: list[Event], entities: list[Entity],
                      honorific: Collection[str] = ()) -> tuple[list[Event], list[Entity]]:
    """Events and entities with uncoded people given their home town's country (:func:`person_homes`), else
    their namesake's named in full (:func:`namesake_homes`, modality30)."""
    homes = {**namesake_homes(doc, entities, honorific), **person_homes(doc, entities)}
    if not homes:
        return events, entities

    def fill(p: Party) -> Party:
        if p.country or p.entity not in homes:
            return p
        return p.model_copy(update={"country": homes[p.entity]})

    out = []
    for e in events:
        actor = [fill(p) for p in e.actor]
        recipient = [fill(p) for p in e.recipient]
        if actor != e.actor or recipient != e.recipient:
            e = e.model_copy(update={"actor": actor, "recipient": recipient})
        out.append(e)
    return out, [ent.model_copy(update={"country": homes[ent.id]}) if ent.id in homes else ent for ent in entities]
