"""Actor and recipient parties of an event trigger, from the dependency parse.

Pure helpers over spaCy tokens. Codes come from the entities stage (``entity_at``) when a
mention covers the phrase, else from the actor dictionary (``code_span``); a phrase that
neither knows gets a party without codes.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsevents.actors import ActorDictionary, actor_dictionary
from newsevents.docquery import (
    FINITE_OR_MODAL_TAGS,
    aged_person,
    compound_role,
    doc_span,
    entities_sharing,
    entity_at,
    is_someone,
)
from newsevents.eventcoding.country_parties import (
    adjective_owner,
    body_of_pronoun_owner,
    closes_country_name,
    country_name_end,
    without_common_party_countries,
)
from newsevents.eventcoding.lexicon import Cues, absolute_patient
from newsevents.eventcoding.shapes import perfect_participle_subject
from newsevents.record import Entity, Party
from newsevents.temporal.lexicon import packaged_words

SUBJECT_DEPS = ("nsubj", "csubj")
# Who a pronoun can stand for when the sentence is the only guide: "he" is a person, "it" a body.
PRONOUN_ENTITY_TYPES = {
    "he": frozenset({"PERSON"}), "she": frozenset({"PERSON"}),
    "it": frozenset({"ORG", "GPE", "NORP"}), "its": frozenset({"ORG", "GPE", "NORP"}),
    "his": frozenset({"PERSON"}),
}
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Verbs whose clause hands its subject down to a subordinate trigger ("agreed to meet").
INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "ccomp")
# PLOVER's types of acts done together: an agreement, a meeting, cooperation.
MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# The preposition of the counterpart of a symmetric act: "X met with Y" says what "X and Y met" says.
COUNTERPART_PREP = "with"
# The prepositions naming both sides of a mutual act's noun ("talks between Ankara and Moscow").
SIDES_PREPS = ("between", "among")

Coder = Callable[[Span], "tuple[str | None, list[str]]"]
# The words these rules read (relative and object pronouns, source nouns, words of belonging and
# state, words that are no party, scale words) are cues of event_cues.tsv, passed in as ``cues``.



def noun_phrase(token: Token) -> Span:
    """The token with its left modifiers (determiners, adjectives, compounds, possessors)."""
    doc = token.doc
    start = token.i
    lefts = list(token.lefts)  # read twice: spaCy makes the tokens anew on each walk (speed18)
    for child in lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct"):
            start = min(start, child.left_edge.i)
    for child in lefts:
        if _time_phrase_modifier(child):
            start = max(start, child.i + 1)  # "for at least the four months town police": the police (fix13)
    # "Russia's two houses of parliament": keep a following "of"-phrase as part of the party.
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in ("compound", "flat", "case"):
            end = max(end, child.i + 1)
    end = max(end, country_name_end(token) or end)  # "Trinidad and Tobago": one country's name (recip20)
    while start < end and doc[start].is_punct:
        start += 1
    return doc_span(doc, start, end)


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset[str]:
    from newsevents.eventcoding.lexicon import load_cues
    return frozenset(load_cues().time_noun)


def _time_phrase_modifier(child: Token) -> bool:
    """fix13: a stretch of time the parser hangs before a party's head as a modifier ("for at least the last
    four months town police have ...": ``months`` a compound of ``police``): a time noun with its own
    determiner or number, which no name of a party has."""
    return child.dep_ in ("compound", "nmod", "npadvmod") and child.pos_ == "NOUN" \
        and child.lemma_.lower() in _time_nouns() \
        and any(c.dep_ in ("det", "nummod", "quantmod") for c in child.children)


def _country_tokens(span: Span, coder: Coder | None) -> list[tuple[Token, str]]:
    """Country adjectives or names inside a phrase ("Hungarian and Romanian officials", "the
    prime ministers of Bulgaria, Albania and Macedonia")."""
    if coder is None:
        return []
    found = []
    for tok in span:
        of_phrase = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.i > span.root.i
        if tok.pos_ in ("ADJ", "PROPN") and (tok.dep_ in ("amod", "compound", "conj", "poss", "nmod") or of_phrase):
            country, _ = coder(_hyphened_word(tok))
            if country:
                found.append((tok, country))
    return found


def _people_of_a_state(countries: list[tuple[Token, str]]) -> bool:
    """``Bosnian Serb forces``, ``Iraqi Kurdish fighters``: two country words side by side, with no
    conjunction, comma or hyphen between them, name one people of the first one's state, not two sides
    (brief s17-actors17; "Hungarian and Romanian officials", "Israeli-Palestinian talks" stay two)."""
    if len(countries) != 2:
        return False
    (first, _), (second, _) = countries
    return (second.i == first.i + 1 and bool(first.whitespace_) and second.dep_ != "conj"
            and first.dep_ != "conj")


def _hyphened_word(tok: Token) -> Span:
    """The word ``tok`` begins when a hyphen joins it to the next ("Mexican-American": one word of
    descent, coded as a whole), else the token alone."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_ \
            and not tok.whitespace_:
        return doc[tok.i: tok.i + 3]
    return doc[tok.i: tok.i + 1]


def without_charge(token: Token, span: Span, cues: Cues) -> Span:
    """The person of ``convicted X of murder``, ``acquitted X of theft``, ``accused X of arson``, ``cleared X of
    wrongdoing``: the parser hangs the charge's ``of`` on X, but the charge is no part of the party (police17;
    event_cues.tsv ``police_charge_of_verb``). An ``of`` phrase of another verb's object stays (``the head of
    the agency``)."""
    verb = token.head
    if token.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in cues.police_charge_of_verb:
        return span
    # the last "of" whose object names no one ("the head of Acme of fraud": "of fraud")
    ofs = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"
           and not any(g.pos_ == "PROPN" or g.ent_type_ for g in c.children if g.dep_ == "pobj")]
    of = ofs[-1] if ofs else None
    if of is None or not span.start <= of.i < span.end:
        return span
    end = of.i
    while end > span.start + 1 and token.doc[end - 1].is_punct:
        end -= 1
    return token.doc[span.start:end]


def _origin_countries(token: Token, coder: Coder | None) -> list[tuple[Token, str]]:
    """The countries of people named by where they come from, when there are several: "officials
    from Ghana and Togo" are Ghanaian and Togolese officials."""
    if coder is None or token.pos_ != "NOUN":
        return []
    found = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
        for place in (t for g in prep.children if g.dep_ == "pobj" for t in conjoined(g)):
            country, _ = coder(noun_phrase(place))  # "South Sudan", not "Sudan"
            if country:
                found.append((place, country))
    return found if len({c for _, c in found}) > 1 else []


def parties_for(token: Token, coder: Coder | None, cues: Cues) -> list[Party]:
    """One or more parties for the phrase headed by ``token`` (split compound adjectives)."""
    doc = token.doc
    if token.lower_ in cues.combining_form:  # "Franco" of "the Franco-German accord"
        return [Party(entity=None, text=token.text, country=cues.combining_form[token.lower_], sector=[])]
    span = without_charge(token, noun_phrase(token), cues)
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == span.end]
    if named:  # "luxury goods group LVMH": the name right after its description is the phrase's
        span = doc[span.start: named[0].right_edge.i + 1]
    if stance_prefixed(token) and token.lower_ not in _stance_prefixes():
        # "X" of "an anti-X rally": the name alone, of its own country (the coder gives a stance no home)
        return [Party(entity=None, text=token.text, country=actor_dictionary().country_of(token.text), sector=[])]
    if hyphen_side(token, cues) is not None:  # "German" of "Franco-German": the second side alone
        span = doc[token.i: token.i + 1]
    country, sectors = coder(span) if coder else (None, [])
    countries = without_common_party_countries(_country_tokens(span, coder), span)  # "Norway's Labour" (recip20)
    if _people_of_a_state(countries):
        countries = []  # "Bosnian Serb forces": Serbs of Bosnia, one party of the first country (actors17)
    if len({c for _, c in countries}) < 2:
        countries = _origin_countries(token, coder)
    if len({c for _, c in countries}) > 1:
        # "Senior Hungarian and Romanian officials": a compound actor, one party per country.
        seen: set[str] = set()
        parties = []
        for tok, code in countries:
            if code not in seen:
                seen.add(code)
                parties.append(Party(text=noun_phrase(tok).text, country=code, sector=list(sectors)))
        return parties
    together = entities_sharing(doc, doc[token.i].idx, doc[token.i].idx + len(token.text))
    if together:  # "Both firms": each of the bodies told of just before (the entities stage)
        return [Party(entity=e.id, text=span.text, country=e.country, sector=list(e.sector)) for e in together]
    entity = entity_at(doc, doc[token.i].idx, doc[token.i].idx + len(token.text))
    core = _without_possessor(span, token)
    if entity is None and core is not None:
        # "bin Laden's al-Qaeda network": the body named next to the head, not its owner
        entity = entity_at(doc, core.start_char, core.end_char)
    if entity is None:
        entity = entity_at(doc, span.start_char, span.end_char)
        if entity is not None and _only_backer_here(entity, span):
            entity = None  # "US-backed fighters": the sponsor named inside the phrase is not the party (actors17)
        if entity is not None and body_of_pronoun_owner(token, entity.type, coder):
            country = country or entity.country  # "her own party": the person's body, of her country (recip20)
            entity = None
    if entity is not None and entity.type == "PERSON" and entity.country is None and country and coder:
        # "Jordan Henderson": a town or country word that is part of a person's own name gives
        # them no country; only the words around the name may ("Jordanian striker Jordan Henderson").
        country = _country_outside_names(span, entity, coder)
    country = country or _country_inside(span) or _country_of_location(token, coder, cues)
    if not country and (entity is None or entity.country is None):
        country = campaign_country(token, cues)  # "a group backing Gov. Ann Lee of Ohio": USA
    if not country and (entity is None or entity.country is None):
        country = _possessor_country(token, coder)  # "Vexcorp's directors": the firm's country
    if entity is not None and entity.country is None and not country and entity.type in ("PERSON", "ORG"):
        country = described_country(entity, doc, coder)
    if not country and (entity is None or entity.country is None):
        people = counted_people(token)
        if people:  # "the two presidents": the two named presidents of the article
            return [Party(entity=e.id, text=e.name, country=e.country, sector=list(e.sector)) for e in people]
        sides = counted_sides(token, sectors, cues, coder)
        if sides:  # "the two sides": the two countries just named
            return sides
    if entity is not None and entity.type in ("PERSON", "ORG", "GPE", "NORP"):
        # An entity without a country ("parliament") still gets one from its phrase ("Russia's").
        return [Party(entity=entity.id, text=span.text, country=entity.country or country,
                      sector=list(entity.sector) or list(sectors))]
    if country is None and not sectors:
        # "his predecessor, Senator Armstrong": the apposition names the same party
        for appos in (c for c in token.children if c.dep_ == "appos"):
            named = parties_for(appos, coder, cues)
            if named and (named[0].country or named[0].sector):
                country, sectors = named[0].country, named[0].sector
                break
    return [Party(entity=None, text=span.text, country=country, sector=list(sectors))]


# Sectors of a person in a state's politics: a body formed to back or fight one is of that state.
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI"})


def campaign_country(token: Token, cues: Cues) -> str | None:
    """``An independent group backing Gov. Ann Lee of Ohio``, ``a super PAC supporting Senator Tom
    Reed``: a body or group whose participle or relative clause of campaigning (``campaign_verb``
    cues) has as its object a person coded as a state's politician (an office, a party, a former
    official) is a body of that country's politics (brief s15-actors7, the seventh US-news audit's
    pro-Kasich group). A person of no political code ("a group backing the singer") gives nothing."""
    doc = token.doc
    for verb in (c for c in token.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in cues.campaign_verb):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            entity = entity_at(doc, obj.idx, obj.idx + len(obj.text))
            if entity is not None and entity.type == "PERSON" and entity.country and len(entity.country) == 3 \
                    and entity.country not in {"UNO", "IGO", "NGO", "IMG", "MNC", "EUR"} \
                    and POLITICAL_SECTORS & set(entity.sector):
                return entity.country
    return None


def counted_people(token: Token) -> list[Entity]:
    """"The two presidents", "both ministers": a plural role noun counted (a written number, or
    "both") names the named people of that title the article has told of before it -- when there
    are exactly as many; else nobody (no guess)."""
    count = _counted(token)
    if not count:
        return []
    role = token.lemma_.lower()
    people = [e for e in token.doc._.entities or [] if e.type == "PERSON" and e.title
              and e.title.lower().split()[-1] == role and any(m.end <= token.idx for m in e.mentions)]
    return people if len(people) == count else []


def _counted(token: Token) -> float | None:
    """How many a plural noun counts: a written number ("the two presidents") or "both"."""
    if token.tag_ not in ("NNS",):
        return None
    count: float | None = None
    for child in token.children:
        if child.dep_ == "nummod":
            count = packaged_words().numbers.get(child.lower_) or (float(child.text) if child.text.isdigit() else None)
        elif child.dep_ in ("det", "predet", "preconj") and child.lower_ == "both":
            count = 2
    return count


# How many sentences before "the two sides" may name the sides (the sentence itself first).
SIDES_LOOKBACK = 3


def counted_sides(token: Token, sectors: list[str], cues: Cues, coder: Coder | None) -> list[Party]:
    """"The two sides", "both countries", "the two leaders" (a counted ``side_noun`` cue) stand for
    the countries the article has just named: those of the nearest stretch before it -- its own
    sentence up to it, then each of the sentences before -- that names any country or people
    ("Kenya", "Ukrainian"; a town or region says where, not who), when that stretch names exactly
    as many; else nobody (no guess). In the order named, each with the noun's ``sectors`` ("the
    two governments")."""
    count = _counted(token) if token.lemma_.lower() in cues.side_noun else None
    if not count or coder is None:
        return []
    doc = token.doc
    towns = [(m.start, m.end) for place in doc._.places or [] if place.level != "country" for m in place.mentions]
    stretches = [doc[token.sent.start: token.i]]
    sentence = token.sent
    for _ in range(SIDES_LOOKBACK):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
        stretches.append(sentence)
    for stretch in stretches:
        named: dict[str, Party] = {}
        for tok in stretch:
            if tok.ent_type_ not in ("GPE", "NORP") or tok.pos_ not in ("PROPN", "ADJ") or (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
                continue  # the last word of a name ("Saudi Arabia") stands for it
            name = doc[tok.i: tok.i + 1] if tok.ent_iob_ == "B" else next(e for e in doc.ents if e.start <= tok.i < e.end)
            if any(a <= name.start_char and name.end_char <= b for a, b in towns):
                continue
            country, _ = coder(name)
            if country and country not in named:
                entity = entity_at(doc, name.start_char, name.end_char)
                named[country] = Party(entity=entity.id if entity is not None and entity.country == country else None,
                                       text=name.text, country=country, sector=list(sectors))
        if named:
            return list(named.values()) if len(named) == count else []
    return []


def described_country(entity: Entity, doc: Doc, coder: Coder | None) -> str | None:
    """The one country a company or person is described with anywhere in the article: a demonym or
    country adjective before a mention ("Russian oil giant Yukos") or in an apposition ("Yukos, the
    Russian oil firm"). Then "Yukos sought help" is Russian's Yukos too."""
    cache = doc.user_data.setdefault("newsevents_described_country", {})
    if entity.id in cache:
        return cache[entity.id]
    found: set[str] = set()
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        phrases = [noun_phrase(root)] + [noun_phrase(c) for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            phrases.append(noun_phrase(root.head))
        for phrase in phrases:
            found.update(code for tok, code in _country_tokens(phrase, coder) if tok.dep_ == "amod" or tok.pos_ == "ADJ")
    country = next(iter(found)) if len(found) == 1 else None  # two nations named: no guess
    cache[entity.id] = country
    return country


def _possessor_country(head: Token, coder: Coder | None) -> str | None:
    """The country of the body that owns a group of people ("the Russian firm Vexcorp ...
    Vexcorp's directors"): the owner's entity's country, or the one it is described with."""
    doc = head.doc
    for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        entity = entity_at(doc, owner.idx, owner.idx + len(owner.text))
        if entity is not None and entity.type in ("ORG", "GPE", "PERSON"):
            if coder is not None and coder(doc[owner.left_edge.i: owner.i + 1])[0]:
                return None  # the owner's own words name a country the coder refused as its people's home
            return entity.country or (described_country(entity, doc, coder) if entity.type != "GPE" else None)
    # "from" after a noun of no people (no sector) names a thing's source: "a loan from Acme" is no Acme party
    froms = {"from"} if coder is None or bool(coder(doc[head.i: head.i + 1])[1]) else set()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of"} | froms and head.pos_ == "NOUN"):
        # "a delegation from the Acme League", "officials of Acme": the body whose people they are
        for owner in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            entity = entity_at(doc, owner.idx, owner.idx + len(owner.text))
            if entity is not None and entity.type in ("ORG", "PERSON") and entity.country:
                return entity.country
    return None


def _without_possessor(span: Span, head: Token) -> Span | None:
    """The phrase after its possessor ("al-Qaeda terror network" of "bin Laden's al-Qaeda ...")."""
    for child in head.lefts:
        if child.dep_ == "poss" and child.right_edge.i + 1 < head.i:
            start = child.right_edge.i + 1
            while start < head.i and span.doc[start].tag_ == "POS":
                start += 1
            return span.doc[start: head.i + 1]
    return None


def _country_outside_names(span: Span, entity: Entity, coder: Coder) -> str | None:
    """The country the phrase's words give, leaving out the words of the person's name."""
    named = {t.i for t in span for m in entity.mentions if m.start <= t.idx < m.end and t.pos_ == "PROPN"}
    if not any(coder(span.doc[i: i + 1])[0] for i in named):
        return coder(span)[0]  # a known body's name typed a person's ("Acme Party members")
    words = [t for t in span if t.i not in named and not t.is_punct]
    country = None
    for start, end in _runs([t.i for t in words]):
        country = country or coder(span.doc[start:end])[0]
    return country


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive token indices as (start, end) spans: [3, 4, 7] -> [(3, 5), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _country_inside(span: Span) -> str | None:
    """A country from an entity or place mentioned inside the phrase ("The Ivory Coast's court")."""
    doc = span.doc
    for entity in doc._.entities or []:
        if entity.country and entity.type in ("GPE", "NORP") and any(
            span.start_char <= m.start and m.end <= span.end_char and not _backer_mention(doc, m.start, m.end)
            for m in entity.mentions
        ):
            return entity.country
    # A name the entity stage holds for a body or a person is its to code ("Titan" the company is
    # no Afghan hamlet; "Seattle police" got its country there): a place inside it gives none.
    bodies = [(m.start, m.end) for entity in doc._.entities or [] if entity.type in ("ORG", "PERSON")
              for m in entity.mentions]
    for place in doc._.places or []:
        if place.country and any(span.start_char <= m.start and m.end <= span.end_char
                                 and not any(a <= m.start and m.end <= b for a, b in bodies)
                                 and not _names_a_person(doc, m.end) and not _backer_mention(doc, m.start, m.end)
                                 for m in place.mentions):
            return place.country
    return None


def _backer_mention(doc: Doc, start: int, end: int) -> bool:
    """A country mention joined by a hyphen to a participle of backing ("US-backed fighters",
    ``backer_word`` of actor_words.tsv) or after a prefix of stance ("pro-Russian separatists",
    ``stance_prefix``): a sponsor or a cause, not the home of the people (actors17; the actor
    dictionary's own coding already refuses it, this keeps the entity inside the phrase from giving it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = actor_dictionary().words
    first, k = span[0].i, span[-1].i
    if k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ in words.backer_word:
        return True
    if first + 1 < len(doc) and doc[first].lower_ in words.stance_prefix and doc[first + 1].text == "-":
        return True  # the mention holds its prefix ("Pro-Russian")
    return first >= 2 and doc[first - 1].text == "-" and doc[first - 2].lower_ in words.stance_prefix


def _only_backer_here(entity: Entity, span: Span) -> bool:
    """Every mention of ``entity`` inside ``span`` is a sponsor's country word ("US-backed")."""
    inside = [m for m in entity.mentions if m.start < span.end_char and span.start_char < m.end]
    return bool(inside) and entity.type in ("GPE", "NORP") and all(_backer_mention(span.doc, m.start, m.end) for m in inside)


def _names_a_person(doc: Doc, end: int) -> bool:
    """"Milan Kovac": a place's name modifying a capitalised proper noun that is no place and no
    body is a given name before a surname, not the person's home."""
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    word = last.root if last is not None and len(last) else None
    head = word.head if word is not None else None
    return (word is not None and word.dep_ == "compound" and head.i > word.i and head.pos_ == "PROPN"
            and head.text[:1].isupper() and head.ent_type_ in ("", "PERSON"))


def _country_of_location(token: Token, coder: Coder | None, cues: Cues) -> str | None:
    """"Rebels in the Ivory Coast", "security forces in Guinea", "a group based in Trinidad",
    "militants loyal to Iraq's ...": the group's country."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in cues.location_prep]
    if coder is not None and token.pos_ == "NOUN" and not coder(token.doc[token.i: token.i + 1])[1]:
        # "a loan from Acme", "a letter from Moscow": a thing's "from" names where it comes from, its
        # author (see party_behind), no home of the thing; people's names theirs ("officials from Ghana")
        preps = [c for c in preps if c.lower_ not in cues.author_prep]
    for modifier in token.children:
        if modifier.dep_ in ("acl", "amod") and modifier.lemma_.lower() in cues.belonging:
            preps += [c for c in modifier.children if c.dep_ == "prep" and c.lower_ in cues.belonging_prep]
    for prep in preps:
        for grand in prep.children:
            if grand.dep_ == "pobj":
                if _unresolved_place_named(grand):
                    continue  # "militants in the Niger Delta": a region's name holds the country's word
                phrase = noun_phrase(grand)
                found = (coder(phrase)[0] if coder else None) or _country_inside(phrase)
                if not found and grand.pos_ != "PRON" and coder is not None and coder(token.doc[token.i:token.i + 1])[1]:
                    # "a delegation from the Lagos state assembly": people (a noun with a sector) of a
                    # body the entities stage coded by the place it is named after -- not a thing
                    # "in" one ("corruption in the coal industry")
                    body = entity_at(token.doc, phrase.start_char, phrase.end_char)
                    found = body.country if body is not None and body.type == "ORG" else None
                if found:
                    return found
    return None


def _unresolved_place_named(token: Token) -> bool:
    """The head word of a place's name of several words the places stage kept whole and gave no
    country (``the Niger Delta``, ``the Congo Basin``): a region whose name holds a country's word
    is no mention of that country (brief s15-ents15)."""
    for place in token.doc._.places or []:
        if place.country is None and place.level != "country" and any(
                m.start < token.idx < m.end and m.start < token.idx + len(token.text) <= m.end for m in place.mentions):
            return True
    return False


def needs_resolution(token: Token) -> bool:
    """A pronoun ("it", "they") or a phrase owned by one ("their forces")."""
    if token.pos_ == "PRON":
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def resolve_pronoun(token: Token, sentence: Span, cues: Cues) -> Token | None:
    """Who "it"/"they" is in "Hungary has said it will ...": the subject of the reporting verb,
    else the closest named actor before the pronoun in the sentence.

    An object-case pronoun ("called for him to apologise") is never the governing clause's
    subject, and the sentence alone cannot say who it is."""
    if token.lower_ in cues.object_pronoun:
        return None
    head = token.head
    steps = 0
    bound: set[int] = set()  # "the smugglers they detained": the pronoun is not the noun its relative clause describes
    while head.i != head.head.i and steps < 6:
        if head.dep_ == "conj":
            continued = _plural_subject_continued(token, head)
            if continued is not None:
                return continued
            break  # "the man tried to recruit him, but he refused": a clause of its own
        if head.dep_ == "relcl":
            bound.add(head.head.i)
        head = head.head
        steps += 1
        if head.lemma_.lower() in cues.report or head.pos_ == "VERB":
            subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i != token.i and c.i not in bound
                        and not is_reporting_source(c, cues)]
            if subjects and _market_thing(subjects[0], cues):
                # "Shares in the bank rose after a report that it had held talks": a price or a
                # thing does no act; the party it belongs to is the one the pronoun names
                owner = _owner_of_thing(subjects[0])
                if owner is not None:
                    return owner
                continue
            if subjects:
                # "He said ... he would urge": the same unnamed speaker, not a guess
                return subjects[0] if subjects[0].pos_ != "PRON" or _same_pronoun(subjects[0], token) else None
    if head.lemma_.lower() in cues.report:
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i != token.i and c.pos_ != "PRON"
                    and not is_reporting_source(c, cues) and not _market_thing(c, cues)]
        if subjects:
            return subjects[0]
    # "its members": whose members the possessor pronoun says
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), token)
    kinds = PRONOUN_ENTITY_TYPES.get(owner.lower_)
    found = nearest_actor_before(token.doc, sentence, token.i, kinds, cues)
    if found is not None and in_premise_of_speaker(token, found, cues):
        return None  # targets34: "Assuming the ministers agree, we will ask ...": "we" are not the ministers
    if found is None and owner is token and any(is_reporting_source(t, cues) for t in sentence):
        # "According to Reuters, they plan to ...": the source is not who acts; the earlier party is
        return _previous_subject(token, sentence)
    return found


def _gerund_subject_misread(verb: Token, actors: ActorDictionary) -> Token | None:
    """events29 (the twenty-seventh US-news audit's #38): "... and a sniper targeting and killing five officers, the
    governor said": the parser hangs the noun right before a gerund on it as an adverbial noun (npadvmod) and the
    gerund on the main clause, whose subject it would inherit; a person or body noun just before the gerund is its
    subject ("a sniper targeting"), unlike a noun of time or measure ("days later", "this week")."""
    if verb.tag_ != "VBG":
        return None
    for child in verb.lefts:
        if child.dep_ == "npadvmod" and child.i == verb.i - 1 and child.pos_ in ("NOUN", "PROPN") \
                and child.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT") \
                and is_someone(child, actors):
            return child
    return None


def _for_mark_object(verb: Token) -> Token | None:
    """"For N to praise the dictator ...": N does the infinitive; the parser may make N the object of the "for" it
    takes for the clause's mark (events29)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "mark" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj"), None)


def _plural_subject_continued(pronoun: Token, verb: Token) -> Token | None:
    """events29 (the twenty-seventh US-news audit's #32): "More troops will come to Kenya, and they (some of
    them) will conduct raids": the plural subject pronoun of a clause joined by "and" goes on with the plural
    noun subject of the clause before -- not with a singular name between them (a country the troops come
    to). Only the active subject "they", or a quantity "of them", with no other party named between (only places);
    "but" and other joins may turn to someone else."""
    if pronoun.dep_ != "nsubj" or pronoun.head.i != verb.i or not _plural_pronoun(pronoun):
        return None
    first = verb.head
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in (*first.children, *verb.children)):
        return None
    subjects = [c for c in first.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")
                and c.ent_type_ not in ("GPE", "LOC", "FAC")]
    if not subjects:
        return None
    # "Protesters clashed with police and they fired tear gas": another party between may be the one meant
    between = pronoun.doc[subjects[0].i + 1: pronoun.i]
    if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "conj", "appos", "nsubj", "dative")
           and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME") for t in between):
        return None
    return subjects[0]


def _plural_pronoun(token: Token) -> bool:
    """"they", or a quantity of "them" ("some of them", "many of them")."""
    if token.lower_ == "they":
        return True
    return token.pos_ in ("PRON", "NUM", "DET") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "them" for g in c.children) for c in token.children)


def _market_thing(noun: Token, cues: Cues) -> bool:
    """A market quantity or a thing ("shares", "prices", "the oil", "the phone"): never the one a
    pronoun subject of an act stands for."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    return lemma in cues.economic or lemma in cues.abstract or lemma in cues.commodity \
        or lemma in cues.goods or lemma in cues.product


def _owner_of_thing(noun: Token) -> Token | None:
    """The party a thing belongs to: its possessor ("the bank's shares") or the noun of its
    "in"/"of" phrase ("shares in the bank", "the price of Vexcorp"); None when it names none."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if objects:
                return objects[0]
    return None


# The pronouns a recipient may be that the entities stage leaves to the event coder (it resolves
# the personal ones, "him", "her"), with their number: "it" a singular, "them" a plural.
_THING_PRONOUN_NUMBER = {"it": "singular", "they": "plural", "them": "plural"}
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos", "conj", "attr"})


def pronoun_referents(recipients: list[Token], exclude: Iterable[Token], is_party: Callable[[Token], bool],
                      resolved: Callable[[Token], bool]) -> list[Token]:
    """Recipients with "it", "them", "all of them" replaced by what they stand for (see
    :func:`pronoun_referent`): a party stays as that party; a pronoun for a thing ("seized the
    rifles and destroyed them") is no one and leaves; one with nothing to stand for stays.
    ``exclude``: the event's actors (who acts is not also acted upon); ``resolved``: the
    pronoun is already someone (the entities stage's person pronouns)."""
    kept: list[Token] = []
    for token in recipients:
        pronoun = _recipient_pronoun(token)
        if pronoun is None or resolved(pronoun):
            kept.append(token)
            continue
        referent = pronoun_referent(pronoun, token, list(exclude))
        if referent is None:
            kept.append(token)  # nothing to stand for: no guess
        elif is_party(referent):
            kept += [t for t in conjoined(referent) if all(t.i != k.i for k in kept)]
        # else a thing: no one is acted upon
    return kept


def _role(noun: Token) -> str:
    """A noun's grammatical role: subject, object (direct or indirect) or other (a preposition's)."""
    if noun.dep_ == "conj":
        return _role(noun.head)
    if noun.dep_ in SUBJECT_DEPS:
        return "subject"
    return "object" if noun.dep_ in ("dobj", "dative", "nsubjpass") else "other"


def _recipient_pronoun(token: Token) -> Token | None:
    """"it", "them", and the pronoun of "all of them", "each of them"."""
    if token.lower_ in _THING_PRONOUN_NUMBER and token.pos_ == "PRON":
        return token
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = [g for g in prep.children if g.dep_ == "pobj" and g.lower_ in ("them", "it")]
            if inner:
                return inner[0]
    return None


def pronoun_referent(pronoun: Token, phrase: Token, exclude: list[Token]) -> Token | None:
    """What a recipient pronoun stands for (``phrase``: the recipient it heads or sits in, "all of
    them"). Never its own clause's subject ("if Vexland will award it the deal": not Vexland)
    nor the event's actors. First the subject of a governing clause that agrees with it in number
    ("The firm said it would join if Vexland awarded it the deal": the firm; a pronoun subject of
    the same form passes on up); else the nearest noun before it of the same number, in its
    sentence or the one before, one in the pronoun's own role preferred ("seized rifles from the
    rebels. They destroyed them": the rifles)."""
    number = _THING_PRONOUN_NUMBER[pronoun.lower_]
    verb = phrase.head
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    barred = {t.i for t in exclude} | {t.i for t in phrase.subtree}
    barred |= {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for t in conjoined(c)}

    def agrees(noun: Token) -> bool:
        plural = _plural(noun)
        return noun.pos_ in ("NOUN", "PROPN") and (plural if number == "plural" else not plural)

    clause, steps = verb, 0
    while clause.head.i != clause.i and steps < 6:
        clause, steps = clause.head, steps + 1
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.pos_ == "PRON" and subject.lower_ in _THING_PRONOUN_NUMBER \
                and _THING_PRONOUN_NUMBER[subject.lower_] == number:
            continue  # "said it was prepared to ...": the same one, told again
        if subject.i not in barred and agrees(subject):
            return subject
        break
    doc = pronoun.doc
    sentence = pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    role = _role(phrase)
    candidates = [t for t in doc[start: phrase.left_edge.i] if t.dep_ in _NOMINAL_DEPS and t.i not in barred
                  and agrees(t) and not (t.dep_ == "conj" and t.head.i in barred)]
    if not candidates:
        return None

    def rank(noun: Token) -> tuple[int, int, int]:
        return (0 if noun.sent.start == sentence.start else 1, 0 if _role(noun) == role else 1, -noun.i)

    return min(candidates, key=rank)


def is_reporting_source(token: Token, cues: Cues) -> bool:
    """Who tells the news rather than takes part in it: the object of ``according to X`` and the
    subject of a reporting verb set in parenthesis (``they will, X reported, seize ...``)."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in cues.report or verb.i < token.i:
        return False
    # set off by commas on both sides, whatever the parser made of the clause around it
    doc = token.doc
    start = token.left_edge.i
    return start > 0 and doc[start - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)


def _previous_subject(pronoun: Token, sentence: Span) -> Token | None:
    """The subject of the previous sentence's main clause when it has the pronoun's number
    (``they`` a plural, ``it`` a singular noun, ``he``/``she`` a person); else None."""
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    if not subjects:
        return None
    subject = subjects[0]
    word = pronoun.lower_
    if word in ("they", "them"):
        return subject if _plural(subject) else None
    if word in ("it", "he", "she"):
        wanted = "PERSON" if word != "it" else None
        if _plural(subject) or (wanted and subject.ent_type_ != wanted) or (not wanted and subject.ent_type_ == "PERSON"):
            return None
        return subject
    return None


def _same_pronoun(a: Token, b: Token) -> bool:
    return PRONOUN_ENTITY_TYPES.get(a.lower_) == PRONOUN_ENTITY_TYPES.get(b.lower_)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def seen_participle(verb: Token, cues: Cues) -> bool:
    """"The month has seen ten firms suspended", "saw its licence revoked by the regulator": a
    participle in the small clause of a verb of witnessing (``witness``) is passive, though the
    parser may tag it a past tense with a subject -- that subject undergoes the act and the
    subject of the witnessing verb does not do it. A clause with an object, an auxiliary or a mark
    ("saw that police arrested him", "saw troops attack the town") is active."""
    return (verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp", "oprd")
            and verb.head.i != verb.i and verb.head.lemma_.lower() in cues.witness
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in verb.children))


def _stative_participle(verb: Token, cues: Cues) -> bool:
    """"He will remain suspended", "they got arrested": a participle after a verb of state."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("acomp", "oprd", "xcomp")
            and verb.head.lemma_.lower() in cues.state_verb)


def inherited_patient(verb: Token, actors: ActorDictionary, cues: Cues) -> list[Token]:
    """Who undergoes a passive whose subject sits in a governing clause: "they are going to be
    detained", "the suspects are expected to be charged"."""
    if any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children):
        return []
    if _stative_participle(verb, cues):
        return conjoined(subject_of(verb.head, actors, cues)[0]) if subject_of(verb.head, actors, cues) else []
    if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
        return []
    head = verb.head
    # "were arrested and charged": a conjoined verb shares its passive head's patient
    if verb.dep_ == "conj" and any(c.dep_ == "aux" for c in verb.children):
        return []  # "... suggesting the insane should be killed": a clause of its own, misattached
    if not (any(c.dep_ == "auxpass" for c in verb.children) or (verb.dep_ == "conj" and is_passive(head))):
        return []
    own = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return conjoined(own[0])
    return inherited_patient(head, actors, cues) if is_passive(head) else []


def _active_after_passive(verb: Token) -> bool:
    """A conjoined verb in the active voice after a passive with a subject ("was fined and has
    agreed", "was arrested and confessed"); a bare participle shares the passive ("was shelled
    and captured")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.head.children) or is_passive(verb):
        return False
    return any(c.dep_ == "aux" for c in verb.children) or verb.tag_ in ("VBD", "VBZ", "VBP")


def conjoined(token: Token) -> list[Token]:
    # "Trinidad and Tobago": the second part of a two-part country name is no second party (recip20)
    return [token, *(c for c in token.conjuncts if not _misread_clause(c) and not closes_country_name(token, c))]


def _misread_clause(conjunct: Token) -> bool:
    """A conjunct the parser made of a clause: a noun whose verb modifier has a subject of its own
    ("battled with fans and at least one supporter required treatment": "treatment" joined to
    "fans", "required" its modifier with "supporter" for subject or adverbial noun) is no second
    party."""
    return conjunct.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.pos_ == "VERB" and any(_clause_subject(g) for g in c.children)
        for c in conjunct.children)


def _clause_subject(token: Token) -> bool:
    """A subject the verb modifier has: one so parsed, or a noun phrase with its own determiner or
    number before the verb ("at least one supporter required", npadvmod), unlike the bare noun of a
    compound participle ("state-owned")."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "npadvmod" and token.i < token.head.i and token.pos_ == "NOUN" and any(
        c.dep_ in ("det", "nummod") for c in token.children)


# a sentence without a finite verb or a modal (docquery.FINITE_OR_MODAL_TAGS) is a headline or a fragment


def headline_infinitive(verb: Token) -> bool:
    """A headline announces a plan as a noun and a "to" infinitive with no finite verb ("Kenya
    to host peace talks", "Thai premier to host envoy", parsed as the root or as a clause
    describing the root noun): the noun is the doer and the act is to come. With a finite verb
    the clause only describes the noun ("Japan was the first country to host the games")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(t.tag_ in FINITE_OR_MODAL_TAGS for t in verb.sent):
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    # a possessed noun is the act itself, not its doer ("Russia's attempt to annex the region")
    return verb.dep_ in ("acl", "relcl") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
        and head.i < verb.i and not any(c.dep_ == "poss" for c in head.children)


def state_of_town_pair(subj: Token, actors: ActorDictionary) -> Token | None:
    """"Speaking at a town hall in Dover, Delaware, the senator attacked the governor": the parser may take the
    state of a "town, state" pair closing a fronted phrase for the clause's subject and hang the real subject,
    after the comma, on it as a conjunct, or as a second subject of the verb (events32; the thirtieth US-news
    audit's #25, a place for the doer). The person or body so hung is the subject; the place is none. A pair joined by "and" ("Delaware and Maryland
    officials") is left alone."""
    if not town_pair_state(subj):
        return None
    doers = [c for c in subj.children if c.dep_ == "conj" and c.i > subj.i and is_someone(c, actors)]
    return doers[0] if doers else None


def town_pair_state(subj: Token) -> bool:
    """The state of a "town, state" pair whose town closes a phrase ("in Dover, Delaware"), not joined by "and"."""
    if subj.ent_type_ not in ("GPE", "LOC") or any(c.dep_ == "cc" for c in subj.children):
        return False
    start = subj.left_edge.i
    if start < 2 or subj.doc[start - 1].text != ",":
        return False
    town = subj.doc[start - 2]
    return town.ent_type_ in ("GPE", "LOC") and town.dep_ == "pobj"


def subject_of(verb: Token, actors: ActorDictionary, cues: Cues) -> list[Token]:
    """Subjects of a verb, its passive agent, or those inherited from a governing clause
    (``actors``: the stage's actor dictionary, which knows who is someone)."""
    if absolute_patient(verb):
        return []  # "with 200 people killed": the absolute clause's subject is its patient
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects and all(is_reporting_source(c, cues) for c in subjects):
        # "They plan, Reuters said, to attack": the source in parenthesis is no doer; the
        # clause it interrupts has the subject
        return subject_of(verb.head, actors, cues) if verb.dep_ == "parataxis" else []
    subjects = [c for c in subjects if not is_reporting_source(c, cues)]
    if len(subjects) > 1 and any(town_pair_state(c) for c in subjects):
        # "Speaking in Dover, Delaware, Smith attacked Jones" parsed with two subjects: the state is none
        kept = [c for c in subjects if not town_pair_state(c)]
        if any(is_someone(c, actors) for c in kept):
            subjects = kept
    if subjects:
        subj = subjects[0]
        doer = state_of_town_pair(subj, actors)
        if doer is not None:
            # "Speaking in Dover, Delaware, the senator attacked ...": the state is no doer
            return [t for t in conjoined(doer) if t.i != subj.i]
        behind = after_dateline(subj)
        if behind:
            return behind
        if subj.lower_ in cues.relative_pronoun and verb.dep_ == "relcl":
            return predicate_subject(verb.head) or conjoined(verb.head)
        return conjoined(subj)
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return conjoined(objs[0])
    if is_passive(verb):
        misread = agent_under_charge(verb, actors)
        if misread:
            return misread  # "was charged with drunken driving by state troopers" (actors18)
    if is_passive(verb) or _stative_participle(verb, cues):
        return []  # a passive with no agent names no perpetrator ("they are going to be detained")
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
        return subject_of(verb.head.head, actors, cues)  # "Syria is willing to withdraw": Syria withdraws
    misread_subject = _gerund_subject_misread(verb, actors) or _for_mark_object(verb)
    if misread_subject is not None:
        return conjoined(misread_subject)
    if verb.dep_ == "conj" and _active_after_passive(verb):
        # "The firm was not fined by the regulator, but has agreed to pay": the one who underwent
        # the first act does the second, not its agent
        return conjoined(next(c for c in verb.head.children if c.dep_ == "nsubjpass"))
    if verb.dep_ == "conj":
        speaker = reported_speaker(verb, actors, cues)
        if speaker is not None:
            return conjoined(speaker)  # "X said the missile came from Russia and accused Moscow": X accuses
    if verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in cues.join_verb and verb.dep_ in ("xcomp", "advcl") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return joined_doers(head, actors, cues)
            if verb.dep_ == "xcomp":
                # "expected 4,000 supporters to protest", "urged the council to act": the
                # governing verb's object does the act
                objects = [c for c in head.children if c.dep_ == "dobj"]
                if objects and head.lemma_.lower() in cues.exploit_verb and (not is_someone(objects[0], actors) or any(
                        t.pos_ == "NOUN" and t.lemma_.lower() in cues.verbal_means for t in objects[0].subtree)):
                    # "used his State of the Union address to call out Trump": a thing used is no doer; who
                    # uses it acts (the seventh US-news audit's #28; "used the police to ..." keeps the police)
                    return subject_of(head, actors, cues)
                if objects:
                    return conjoined(objects[0])
                if _extraposed(head):
                    # "wanted to see if it was possible to sue X": "it" stands for the
                    # infinitive, no doer; the doer is the one of the clause above, unless that
                    # clause only tells it ("the minister said it was possible to sue": anyone may)
                    above = head.head
                    if head.dep_ in ("ccomp", "xcomp", "advcl") and above.i != head.i and above.pos_ in ("VERB", "AUX") \
                            and above.lemma_.lower() not in cues.report:
                        return subject_of(above, actors, cues)
                    return []
            return subject_of(head, actors, cues)
        if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            governor = head.head
            said_of = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
            if said_of and head.lower_ in cues.predicate_prep:
                # events27: "the party listed X as having donated", "X was named as having ordered": the "as"
                # phrase is said of the object (or the passive subject), who does its act, not the lister
                return conjoined(said_of[0])
            patients = [c for c in governor.children if c.dep_ == "nsubjpass"]
            if patients and head.lower_ in cues.charge_prep:
                # "was jailed for shooting a burglar", "convicted of murdering": the one
                # punished did it
                return conjoined(patients[0])
            return subject_of(governor, actors, cues)
    described = _participle_described_subject(verb)
    if described is not None:
        return conjoined(described)  # "Officers responding to the call shot a man": the officers shot (events38)
    participle_doers = perfect_participle_subject(verb)
    if participle_doers:
        return participle_doers  # "The president, having met the prime minister, flew on": the president met
    if verb.dep_ in ("acl", "relcl") and headline_infinitive(verb):
        return conjoined(verb.head)  # "Thai premier to host envoy": the premier hosts
    if verb.dep_ == "acl":
        possessors = [c for c in verb.head.children if c.dep_ == "poss"]
        if possessors:
            return conjoined(possessors[0])  # "Russia's attempt to annex": Russia annexes
        owner = adjective_owner(verb, actors.adjectives)
        if owner:
            return owner  # "the American effort to force X to resign": America forces (recip20)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and predicate_subject(verb.head):
        return predicate_subject(verb.head)  # "They were not the only candidates flinging attacks": they (targets31)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_someone(verb.head, actors):
        return conjoined(verb.head)  # "a client opposing the development": the client opposes
    if verb.dep_ == "acl" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "signed two decrees recognising X": the signer recognises. A past participle on a noun is passive:
        # the noun undergoes it, and the governing clause's subject did not do it ("the coroner identified the
        # person killed as <Name>": no doer; figev40)
        governor = verb.head.head
        if verb.head.dep_ in ("dobj", "pobj") and verb.tag_ != "VBN":
            return subject_of(governor, actors, cues)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return []
    return []


# subjects of a copula that introduce a cleft ("It was the rebels who attacked"), not the one the predicate names
_CLEFT_SUBJECTS = frozenset({"it", "this", "that", "there"})


def predicate_subject(noun: Token) -> list[Token]:
    """targets31 (the twenty-ninth US-news audit's #22 class): the subject a predicate noun phrase is said of,
    which does the act the phrase's clause tells ("They were not the only candidates flinging attacks", "Vexcorp
    is the firm that sued the city": they, Vexcorp); [] for a noun that is no predicate of a copula, or a cleft
    ("It was the rebels who attacked": the rebels)."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_.lower() != "be" or copula.i == noun.i:
        return []
    subjects = [c for c in copula.children if c.dep_ == "nsubj" and c.lower_ not in _CLEFT_SUBJECTS]
    return conjoined(subjects[0]) if subjects else []


def joined_doers(join: Token, actors: ActorDictionary, cues: Cues) -> list[Token]:
    """events27: the doers of an act a verb of joining (``join_verb`` cues) takes in its "to" clause: "the FBI
    joined Canadian police to investigate", "Chad joined forces with Niger to attack": the one who joins and the
    one joined (the "with" phrase of the verb or of its object, else its object) both do it; the subject is never
    dropped for the object."""
    objects = [c for c in join.children if c.dep_ == "dobj"]
    # "joined forces with Niger": the object of the idiom is no party when a "with" phrase names the one joined
    joined = [t for n in [join, *objects[:1]] for t in prep_objects(n, ("with",))]
    joined = joined or [t for o in objects[:1] for t in conjoined(o) if is_someone(t, actors)]
    doers = subject_of(join, actors, cues)
    return doers + [t for t in joined if all(t.i != d.i for d in doers)]


def agent_under_charge(verb: Token, actors: ActorDictionary) -> list[Token]:
    """actors18: "The driver was charged with drunken driving by state troopers": the parser hangs a passive's
    ``by`` phrase on the noun of the verb's own prepositional phrase (the charge); a person or body named
    there (not a pronoun, not a thing: "killed by stabbing") is the passive's agent."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
                doers = [g for g in by.children if g.dep_ == "pobj" and g.pos_ != "PRON"
                         and (is_someone(g, actors) or compound_role(g, actors))]
                if doers:
                    return conjoined(doers[0])
    return []


# The dashes that end a wire dateline ("NAIROBI, March 13 -"), and how far into the sentence one may end.
_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_DATELINE_SPAN = 12


def antecedents(tokens: list[Token], verb: Token, relative: Container[str]) -> list[Token]:
    """``tokens`` with a relative pronoun of ``verb``'s relative clause replaced by the noun the
    clause describes: "Vexal, who was arrested by soldiers" (Vexal), "the offer, which was
    criticised by aid groups" (the offer), "the man whom police arrested" (the man)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return tokens
    found: list[Token] = []
    for token in tokens:
        replaced = conjoined(verb.head) if token.head.i == verb.i and token.lower_ in relative else [token]
        found += [t for t in replaced if all(t.i != f.i for f in found)]
    return found


def _extraposed(verb: Token) -> bool:
    """"It was possible to sue", "it is hard to negotiate": "be" with a dummy "it" for subject and
    an adjective, whose infinitive is what the "it" stands for."""
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def _town_and_region(between: Span) -> bool:
    """actors18: the words between a capitalised town and the dash of a dateline with no date ("LIMA, Peru --",
    "SALEM, Ore. --"): a comma, then one to three capitalised words of a place (its state or country)."""
    words = [t for t in between if not (t.is_punct and t.text == ".")]
    return 2 <= len(words) <= 4 and words[0].text == "," and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in words[1:])


def after_dateline(subject: Token) -> list[Token]:
    """"NAIROBI, March 13 - Somalia and Kenya signed ...": a wire dateline (a town in capitals at
    the start of the sentence, ended by a dash) is where the story was filed, and a parser that
    takes its town for the subject hangs the real subject below it. The phrase after the dash,
    with its conjuncts, is the subject then; none when the subject is no dateline."""
    doc = subject.doc
    start = subject.sent.start
    if subject.left_edge.i != start or not (subject.is_upper and len(subject.text) > 1):
        return []
    dash = next((t for t in doc[start: min(subject.sent.end, start + _DATELINE_SPAN)] if t.text in _DATELINE_DASHES), None)
    if dash is None or dash.i + 1 >= subject.sent.end or not (any(
            t.like_num or t.ent_type_ == "DATE" or t.text == "(" for t in doc[subject.i + 1: dash.i])
            or _town_and_region(doc[subject.i + 1: dash.i])):
        return []  # a dateline has its date or its agency ("(Reuters)"); "NATO - the alliance -" has none
    first = doc[dash.i + 1]
    if first.i > subject.right_edge.i:
        # "ISLAMABAD, March 14 - Pakistan's minister held": the parser gave the verb two subjects
        later = [c for c in subject.head.children if c.dep_ in SUBJECT_DEPS and c.i > dash.i
                 and c.ent_type_ != "DATE"]
        return conjoined(later[0]) if later else []
    if first.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") or first.ent_type_ == "DATE":
        return []  # no phrase after the dash, or one the entity tagger swallowed into the date: the town's code stays
    head = first
    while head.head.i > dash.i and head.head.i <= subject.right_edge.i and head.head.i != head.i:
        head = head.head  # "Ghana 's foreign ministry": the head of the phrase after the dash

    def with_conjuncts(token: Token) -> list[Token]:
        return [token] + [t for c in token.children if c.dep_ == "conj" for t in with_conjuncts(c)]

    return with_conjuncts(head)


def companions(verb: Token, cues: Cues) -> list[Token]:
    """Objects of "along with" / "together with" attached to the verb or to its subject ("France,
    together with Germany, sent aid"): part of the actor, never the one acted upon."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in cues.companion:
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in cues.companion_prep:
                    found += [g for g in grand.children if g.dep_ == "pobj"]
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in cues.companion_prep):
            if any(a.dep_ == "advmod" and a.lower_ in cues.companion for a in prep.children):
                found += [t for g in prep.children if g.dep_ == "pobj" for t in conjoined(g)]
    return found


def mutual_act(trigger: Token, event: str, recipient_preps: Container[str], consumed: Token | None,
               reciprocal: Container[str]) -> bool:
    """An act two sides do to each other, so that naming both as its doers names its counterpart
    too: a type of joint acts (``event``: the lexicon row's type) whose trigger takes its
    counterpart with "with" -- "X signed a deal with Y", "X met with Y", "X cooperates with Y" say
    what "X and Y signed a deal", "met", "cooperate" say (a promise, a visit, a mediation or an
    acceptance has no such counterpart: "X and Y accepted the plan" are co-actors) -- or a word of
    a mutual act in another type (``reciprocal`` cues): the trigger, the object its row consumed,
    or the verb governing a trigger noun ("exchanged fire", "traded accusations", "clashes").
    ``recipient_preps``: the lexicon row's own counterpart prepositions (none for a generated row,
    whose prepositions are its type's defaults)."""
    if event in MUTUAL_TYPES and COUNTERPART_PREP in recipient_preps:
        return True
    words = {trigger.lemma_.lower()}
    if consumed is not None:
        words.add(consumed.lemma_.lower())
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        words.add(trigger.head.lemma_.lower())
    return any(word in reciprocal for word in words)


# The reciprocal pronouns, as their words: "each other", "one another".
_EACH_OTHER = (frozenset({"each", "other"}), frozenset({"one", "another"}))


def without_each_other(recipients: list[Token]) -> tuple[list[Token], bool]:
    """The recipients without a reciprocal pronoun, and whether there was one: "Armenia and
    Azerbaijan accused each other", "the two forces fired at one another" -- the doers act on
    each other, a mutual act (see :func:`split_sides`)."""
    kept = [t for t in recipients
            if frozenset({t.lower_} | {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "amod")})
            not in _EACH_OTHER]
    return kept, len(kept) < len(recipients)


def sides_between(noun: Token, recipients: list[Token]) -> tuple[list[Token], list[Token]]:
    """A mutual act's noun that names no doer but both its sides ("talks between Ankara and
    Moscow", "a ceasefire between the army and the rebels"): the first side is its actor, the
    others (with any recipient already found) its counterparts. Fewer than two sides: none (but one
    phrase of several peoples is both sides)."""
    sides = prep_objects(noun, SIDES_PREPS)
    if len(sides) == 1 and several_peoples(sides[0]):
        # "talks between French and German diplomats": one phrase of both sides, the actor; its
        # parties are split into the two sides as those of "France and Germany met" are
        return sides, [t for t in recipients if t.i != sides[0].i]
    if len(sides) < 2:
        return [], recipients
    first = sides[0]
    return [first], [t for t in recipients if t.i != first.i] + [t for t in sides[1:] if all(t.i != r.i for r in recipients)]


def _participle_described_subject(verb: Token) -> Token | None:
    """"Police officers responding to reports of a gunman shot a man": a finite verb with no subject of
    its own that the parser hung (``dep``) on a present participle before it, which has a subject: the
    participle only describes that subject ("officers [who were] responding"), the subject does the
    verb's act. Else None."""
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ != "VBG" or head.i > verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def several_peoples(noun: Token) -> bool:
    """A noun that coordinated nationality words modify ("French and German diplomats", "senior
    Chinese and American officials") names as many sides as it has nationalities: the phrase shares
    the noun ("French diplomats and German diplomats"); the coder gives it one party a country."""
    return any(mod.dep_ == "amod" and mod.conjuncts and all(t.ent_type_ == "NORP" for t in (mod, *mod.conjuncts))
               for mod in noun.children)


def counterpart_in(thing: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """The party a mutual act's thing is made with, named by "with" or "between" in its phrase,
    also past an amount or an of-phrase, or in a clause on the thing: "settlements with the
    regulator", "a deal worth $50m with Vexcorp", "the signing of an accord with Togo", "the deal,
    which was struck with Vexland". None when the phrase names no party."""
    frontier = [thing]
    while frontier:
        token = frontier.pop(0)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in (COUNTERPART_PREP, *SIDES_PREPS):
                found = [t for g in child.children if g.dep_ == "pobj" for t in conjoined(g) if is_party(t)]
                if found:
                    return found
        of_phrase = token.dep_ == "prep" and token.lower_ == "of"
        # "the deal, which was struck with Vexland", "a pact reached with the rebels": the clause on it
        frontier += [c for c in token.children if c.dep_ == "amod" or (c.dep_ == "prep" and c.lower_ == "of")
                     or (of_phrase and c.dep_ == "pobj" and c.pos_ == "NOUN")
                     or (token.i == thing.i and c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")]
    return []


def framing_counterpart(verb: Token, frames: Container[str], preps: Container[str],
                        is_party: Callable[[Token], bool]) -> list[Token]:
    """The other side of the two-sided matter an act is done in, when the act names no one it is
    aimed at: a ``frames`` noun (a dispute, a deal, talks) in a phrase of the verb -- "cut off
    supplies in a price dispute with Vexland", "agreed to a ceasefire as part of a deal with the
    rebels", "after striking a deal with Vexcorp, the firm agreed ..." -- and the party it names by
    "with" or "between" (:func:`counterpart_in`), in a phrase of circumstance (``preps``: "in",
    "amid", "under", "after" ...) -- not what a request asks for ("called for talks between the
    unions and the government" asks the government, not the unions). None when no such phrase
    names a party."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        nouns = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        # "as part of a deal": the matter named in the of-phrase
        nouns += [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        # "after striking a deal with X": the matter a clause of time or means handles
        nouns += [o for g in prep.children if g.dep_ == "pcomp" and g.pos_ == "VERB"
                  for o in g.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        for noun in nouns:
            if noun.lemma_.lower() in frames or noun.lower_ in frames:
                found = counterpart_in(noun, is_party)
                if found:
                    return found
    return []


def with_counterparts(recipients: list[Token], things: Iterable[Token | None],
                      is_party: Callable[[Token], bool]) -> list[Token]:
    """The counterparts of a mutual act: each recipient that is a common noun gives way to the
    party its phrase names the act with (:func:`counterpart_in`: "agreed settlements with the
    regulator" is agreed with the regulator, even when a parser takes "settlements" for a people);
    with no recipient, the party named so in the phrase of one of ``things`` (the trigger noun, the
    object its lexicon row consumed: "confirmed the signing of a trade agreement with Togo")."""
    if recipients:
        found: list[Token] = []
        for token in recipients:
            named = counterpart_in(token, is_party) if token.pos_ == "NOUN" else []
            found += [t for t in named or [token] if all(t.i != f.i for f in found)]
        return found
    for thing in things:
        if thing is not None and thing.pos_ == "NOUN":
            named = counterpart_in(thing, is_party)
            if named:
                return named
    return []


def _same_party(one: Party, other: Party) -> bool:
    if one.entity and one.entity == other.entity:
        return True
    return one.text.lower() == other.text.lower() and one.country == other.country


def split_sides(actor: list[Party], recipient: list[Party], actor_tokens: list[Token],
                recipient_tokens: list[Token]) -> tuple[list[Party], list[Party], list[Token], list[Token]]:
    """The sides of a mutual act (see :func:`mutual_act`) named together as its doers, with no one
    else named as the one acted upon ("Iran and Iraq signed a border deal", "Thai and Cambodian
    commanders met", "the government and the rebels agreed a ceasefire"): the first named is the
    actor, the others its counterparts, as "X signed a deal with Y" has them. The party lists and
    their tokens (the tokens move with their parties when each token gave one party)."""
    # a recipient with no code at all is a thing or a place the parse let through ("agreed to extend
    # their treaty on the Ganges"), no one acted upon
    if any(p.country or p.sector for p in recipient) or len(actor) < 2:
        return actor, recipient, actor_tokens, recipient_tokens
    first = actor[0]
    others = [i for i in range(1, len(actor)) if not _same_party(actor[i], first)]
    if not others:
        return actor, recipient, actor_tokens, recipient_tokens
    if len(actor_tokens) == len(actor):
        actor_tokens, recipient_tokens = actor_tokens[:1], recipient_tokens + [actor_tokens[i] for i in others]
    return [first], [actor[i] for i in others] + recipient, actor_tokens, recipient_tokens


def nearest_actor_before(doc: Doc, sentence: Span, position: int,
                         kinds: frozenset[str] | None = None, cues: Cues | None = None) -> Token | None:
    """Fallback for a verb the parser left without a subject: the closest named actor before it
    (of one of ``kinds`` of entity when given); never a reporting source (given ``cues``)."""
    allowed = kinds or ACTOR_ENTITY_TYPES
    best: Token | None = None
    for ent in doc._.entities or []:
        if ent.type not in allowed:
            continue
        for mention in ent.mentions:
            if sentence.start_char <= mention.start and mention.end <= doc[position].idx:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None and (best is None or span.root.i > best.i) and not (
                        cues is not None and is_reporting_source(span.root, cues)):
                    best = span.root
    if best is not None:
        return best
    for ent in sentence.ents:
        if ent.label_ in allowed and ent.end <= position and (best is None or ent.root.i > best.i) and not (
                cues is not None and is_reporting_source(ent.root, cues)):
            best = ent.root
    return best


def own_actor_of_noun(noun: Token, actors: ActorDictionary, cues: Cues) -> list[Token]:
    """The actor an event noun names itself: possessor, country adjective, compound, by-phrase."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):  # not "July's summit"
            return conjoined(child)
    # "withdrawal from the EU", "release from prison": a from-phrase is where, not who
    preps = cues.author_prep - cues.source_prep if noun.lemma_.lower() in cues.source_noun else cues.author_prep
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and launched_from_place(child, objs[0], noun, actors, cues):
                continue  # "an Islamic State counter-attack from Mosul": the place it came from, the doer named before
            if objs:
                return conjoined(objs[0])
    sides = joint_sides(noun, cues)
    if sides:  # "the Franco-German accord", "the Nokia and Vexcorp deal": both sides do it
        return sides
    for child in noun.lefts:
        if stance_prefixed(child):
            continue  # "a pro-X rally": the rally is for X, X does not hold it (targets23)
        if child.dep_ in ("amod", "compound", "nmod") and (child.ent_type_ in ("NORP", "GPE", "ORG")
                                                          or child.pos_ == "PROPN") and not _names_a_place(child, actors):
            return conjoined(child)
    return []


def hyphen_partner_lefts(noun: Token) -> list[Token]:
    """The modifiers before a word the noun is joined to by a hyphen the tokenizer split off ("Islamic State
    counter-attack", parsed "counter" + "-" + "attack"): they modify the whole word."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text != "-" or doc[noun.i - 1].whitespace_ or doc[noun.i - 2].whitespace_:
        return []
    return list(doc[noun.i - 2].lefts)


def named_sides(noun: Token, cues: Cues) -> list[Token]:
    """Two or more sides named before a noun of a joint act (:func:`joint_sides`, or coordinated
    names: "the Nokia and Vexcorp deal", "Iran and Iraq's border accord"); else none. Who signs or
    seals such an act in the passive with no agent ("the Franco-German accord was signed") are its
    sides."""
    sides = joint_sides(noun, cues)
    if sides:
        return sides
    for child in noun.lefts:
        if child.dep_ in ("nmod", "compound", "poss") and (child.pos_ == "PROPN" or child.ent_type_ in ("NORP", "GPE")):
            named = conjoined(child)
            if len(named) > 1:
                return named
    return []


def _side_word(token: Token, cues: Cues) -> bool:
    """A word naming a people or country: a ``combining_form`` ("Franco", "Sino") or a NORP/GPE name."""
    return token.lower_ in cues.combining_form or token.ent_type_ in ("NORP", "GPE")


def hyphen_side(token: Token, cues: Cues) -> Token | None:
    """The first half of a hyphened pair of peoples that ends in ``token`` ("Franco-German",
    "Anglo-Irish", "US-Russian"): that half, else None."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or not token.text[:1].isupper():
        return None
    first = doc[token.i - 2]
    if first.lower_ in _stance_prefixes():  # "pro-X", "anti-X": a stance on X, no pair of sides (targets23)
        return None
    return first if _side_word(first, cues) and token.pos_ in ("ADJ", "PROPN") else None


def _stance_prefixes() -> frozenset[str]:
    """The prefixes of a stance ("pro", "anti": actor_words.tsv ``stance_prefix``, shared with the actor coder)."""
    return actor_dictionary().words.stance_prefix


def stance_prefixed(token: Token) -> str | None:
    """The prefix of a stance a word is, or is joined to by a hyphen ("pro" of "a pro-X rally": for "pro", the
    hyphen and "X"; also the unsplit "pro-X"): "pro" or "anti"; None for any other word. Neither the prefix
    nor the name after it is a doer of the act the phrase modifies: the rally is for X or against X."""
    doc, prefixes = token.doc, _stance_prefixes()
    if token.lower_ in prefixes and token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        return token.lower_
    if token.text == "-" and token.i >= 1 and doc[token.i - 1].lower_ in prefixes:
        return doc[token.i - 1].lower_  # the hyphen itself, which the parser may make a modifier too
    head, _, rest = token.lower_.partition("-")
    if rest and head in prefixes:
        return head
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in prefixes:
        return doc[token.i - 2].lower_
    return None


def against_named(noun: Token) -> list[Token]:
    """The name an "anti-" prefix sets a noun of protest against ("an anti-Vexland rally": Vexland), when it
    names a country or is a proper name; [] otherwise ("an anti-war rally": a cause, no party)."""
    return [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text != "-"
            and c.lower_ not in _stance_prefixes() and stance_prefixed(c) == "anti"
            and (c.pos_ == "PROPN" or actor_dictionary().country_of(c.text) is not None)][:1]


def joint_sides(noun: Token, cues: Cues) -> list[Token]:
    """The two sides an event noun is named after: a hyphened pair of peoples before it ("the
    Franco-German accord", "the Anglo-Irish talks") or a coordination of names the parser broke up,
    making the noun the conjunct of the first name ("the Nokia and Vexcorp deal" read as "Nokia"
    and "Vexcorp deal")."""
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "nmod"):
            first = hyphen_side(child, cues)
            if first is not None:
                return [first, child]
    head = noun.head
    if noun.dep_ == "conj" and head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "GPE", "NORP"):
        names = [c for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        between = noun.doc[head.i + 1: noun.left_edge.i]
        if names and [t.lower_ for t in between] == ["and"]:
            return [head, names[0]]
    return []


def _names_a_place(token: Token, actors: ActorDictionary) -> bool:
    """"the Tiananmen Square massacre", "a Brussels summit": a town or site says where, not who.
    A country name still says who ("the Israel attack")."""
    if token.ent_type_ in ("FAC", "LOC"):
        return True
    for place in token.doc._.places or []:
        if place.level != "country" and any(m.start <= token.idx < m.end for m in place.mentions):
            return True  # "the 1981 Brixton riots": the places stage knows it for a town
    if token.ent_type_ != "GPE":
        return False
    name = " ".join(t.text for t in token.doc[token.left_edge.i: token.i + 1])
    return actors.country_name_of(name) is None and actors.country_name_of(token.text) is None


def names_the_act(noun: Token) -> bool:
    """A bare singular noun as object names the act itself, not what it is done to: "opened fire",
    "set fire to", "imposed curfew" (a singular count noun that is a target needs a determiner:
    "attacked the camp", "burned a shop")."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children)


def prep_objects(token: Token, preps: Iterable[str], phrases: Mapping[str, str] | None = None) -> list[Token]:
    """The objects of the token's prepositions of ``preps``, with their conjuncts; ``phrases``
    maps two-word prepositions to the one they say ("pulled out of a deal": "out of" is "from"), whose
    object is a thing left, not a place ("pulled out of the town of Vex" says where)."""
    wanted = set(preps)
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in wanted:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    found += conjoined(grand)
        elif child.dep_ == "prep" and phrases:
            for inner in (g for g in child.children if g.dep_ == "prep"):
                if phrases.get(f"{child.lower_} {inner.lower_}") in wanted:
                    found += [t for g in inner.children if g.dep_ == "pobj" for t in conjoined(g) if not _place_phrase(t)]
    return found


# The prepositions a content clause names the thing it deals in with ("pay for gas", "buy power
# from ...", "trade in arms"): whoever made that thing is a party to the act.
_THING_PREPS = ("for", "of", "in", "on")
_NOT_PARTY_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"})


def _is_amount(token: Token, money: Container[str], scale: Container[str]) -> bool:
    """"105 million euros", "$5bn": a sum of money (``money``: currency words and signs; ``scale``:
    words that multiply a number)."""
    numbered = any(c.like_num or c.ent_type_ == "CARDINAL" for c in token.children)
    if token.lower_ in money and numbered:
        return True
    # "£960m", "$5bn": a scale word with a number and a currency sign
    return numbered and token.lower_ in scale and any(t.text in money for t in token.subtree)


def valid_party_token(token: Token, currencies: Container[str], cues: Cues) -> bool:
    if aged_person(token):
        return True  # "the 34-year-old was jailed": a person by age, though tagged part of a date (crime17)
    # A bare number ("four occupied ...") is a parse accident, never an actor.
    # "pledged an extra £105m": an amount is what is given, not who gets it; "committed itself
    # to": the doer again; "promising something": no one
    if token.ent_type_ in _NOT_PARTY_TYPES or _is_amount(token, currencies, cues.scale) or token.lower_ in cues.no_party:
        return False
    if shares_a_base(token):
        return False
    if token.pos_ == "NOUN" and token.lemma_.lower() in cues.time_noun:
        return False  # "was arrested a short time later": a stretch of time is no party (fix13)
    if not any(c.isalnum() for c in token.text):
        return False  # "Lashkar-e-Taiba": a hyphen the tagger read as a conjoined name is no party (actors17)
    # An adjective is a party only as a people or place word ("Russian", not "shot dead").
    if token.pos_ == "ADJ":  # ("German" of "the Franco-German accord", whatever the tagger made of it)
        return token.ent_type_ in ("NORP", "GPE") or hyphen_side(token, cues) is not None
    return token.pos_ in ("NOUN", "PROPN", "PRON") and token.lower_ not in cues.relative_pronoun


def past_cut_hyphen(token: Token) -> Token:
    """The head of the phrase a cut hyphened word goes on in (``Lee`` for ``co`` or ``Vexcorp`` of ``the work of
    Vexcorp co-founder Ann Lee``, see :func:`cut_hyphen_prefix`), else ``token`` itself (targets33)."""
    # the prefix itself, or the name right before it that modifies the hyphened title ("praised Vexcorp co-founder
    # Ann Lee", whether the parser made that name the prefix's compound or an object of its own)
    prefix = token.doc[token.i + 1] if token.pos_ in ("NOUN", "PROPN") and token.i + 1 < len(token.doc) else token
    if not cut_hyphen_prefix(prefix):
        prefix = token
    if not cut_hyphen_prefix(prefix):
        return token
    after = token.doc[prefix.i + 2].head
    return after if after.i > prefix.i + 2 and after.pos_ in ("NOUN", "PROPN") else token


def cut_hyphen_prefix(token: Token) -> bool:
    """``co`` of ``the work of Vexcorp co-founder Ann Lee``: a lower-case word glued by a hyphen to the next word
    (a prefix: ``co-``, ``ex-``, ``vice-``) that the parser cut from it, the word after the hyphen depending
    neither on it nor it on that word (``founder`` a modifier of ``Lee``, ``co`` an object of its own). The prefix
    is no party of its own: the person the hyphened title names is, through the phrase the rest of the word is in."""
    doc = token.doc
    if token.whitespace_ or not token.text.isalpha() or not token.text.islower() or token.pos_ == "PRON":
        return False
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or doc[token.i + 1].whitespace_:
        return False
    rest = doc[token.i + 2]
    return rest.text[:1].isalpha() and rest.head.i != token.i and token.head.i != rest.i


def shares_a_base(token: Token) -> bool:
    """``Zurich`` of ``by Zurich and London-based Xstrata`` (or ``Zurich- and London-based``): a
    place joined to the place of a ``-based`` modifier is another place the body is based in,
    whatever the parser made the coordination; it is no party."""
    doc = token.doc
    if token.ent_type_ not in ("GPE", "LOC"):
        return False
    j = token.i + 1
    if j < len(doc) and doc[j].text == "-":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ("and", "or", "&"):
        return False
    k = j + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not doc[k].lower_.endswith("-based"):
        k += 1
    if k < len(doc) and k > j + 1 and doc[k].lower_ == "-":
        k += 1
    return k < len(doc) and k > j + 1 and doc[k].lower_ in ("based", "-based") or (
        k < len(doc) and doc[k].lower_.endswith("-based"))


def party_behind(thing: Token, is_party: Callable[[Token], bool], authors: Container[str] = ("by",),
                 goals: Container[str] = (), shares: Mapping[str, str] | None = None,
                 answers: Container[str] = ()) -> list[Token]:
    """The party a thing stands for as the one acted upon: its doer named by "by" ("an attempt by
    Yukos"), also inside an "of"-phrase ("evidence of manipulation by the bank"), or its named
    possessor ("the bank's plan"). None when the phrase names no one ("its argument", "the
    move", "quick action"): a thing is not a party.

    ``authors`` are the prepositions naming who made the thing ("an appeal from the president");
    ``goals`` those naming who it is aimed at or shared with ("a truce with the rebels", "aid to
    Chad"): rejecting or promising such a thing acts on that party. A participle's agent made
    the thing too ("crimes committed by the militia"), and a people or body named by a proper
    noun before it owns it ("the Tory idea", "a United Nations appeal").

    ``shares`` maps nouns of a share, purchase or bid to the preposition naming the other party
    of the deal: "a stake in Vexcorp" (Vexcorp), "an order for 70 Vexcorp planes" (Vexcorp, the
    name before the thing ordered). ``answers``: verbs whose agent judges or answers the thing
    rather than makes it (see :func:`modifier_author`)."""
    frontier = [thing]
    fallback: list[Token] = []
    while frontier:
        token = frontier.pop(0)
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ != "PRON" and is_party(child):
                return conjoined(child)
            if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.ent_type_ in ("NORP", "ORG") \
                    and is_party(child):
                return [child]  # "rejected the Tory idea": the Tories' idea ("the Russian plan" stays a coded thing)
            if child.dep_ == "compound" and child.pos_ == "NOUN" and token.i == thing.i and is_party(child):
                return [child]  # "overturn a court ruling", "rejected a union demand": the body's own
            if child.dep_ in ("prep", "agent") and (child.lower_ == "by" or child.lower_ in authors):
                found = [g for g in child.children if g.dep_ == "pobj" and is_party(g)]
                if found:
                    return conjoined(found[0])
        found = modifier_author(token, is_party, answers)
        if found:
            return found
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in goals:
                found = [g for g in child.children if g.dep_ == "pobj" and is_party(g)]
                if found:
                    return conjoined(found[0])
        deal_prep = (shares or {}).get(token.lemma_.lower())
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == deal_prep:
                found = [g for g in child.children if g.dep_ == "pobj" and g.pos_ != "NOUN" and is_party(g)]
                if found:
                    return conjoined(found[0])
                # "an order for Vexcorp planes": the thing traded, whose maker may be named before it;
                # else a party noun itself ("a stake in the airline")
                traded = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                frontier += traded
                fallback += [g for g in traded if is_party(g)][:1]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                nouns = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                people = [g for g in nouns if g.dep_ == "pobj" and is_party(g)]
                if people:  # "an investigation of Vexcorp's directors": the directors, not their firm
                    return conjoined(people[0])
                frontier += nouns
    return conjoined(fallback[0]) if fallback else []


def beneficiaries(thing: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """The parties a thing granted or agreed to is for: "agreed to a loan for Vexland", "agreed to
    a moratorium on repayments for tsunami-hit countries" (the "for"-phrase of the thing or of
    what its "on"/"of" phrase names). None when it is for no party ("a timetable for talks")."""
    frontier = [thing]
    for _ in range(3):
        following: list[Token] = []
        for token in frontier:
            for prep in (c for c in token.children if c.dep_ == "prep"):
                objects = [g for g in prep.children if g.dep_ == "pobj"]
                if prep.lower_ == "for":
                    found = [t for g in objects for t in conjoined(g) if is_party(t)]
                    if found:
                        return found
                elif prep.lower_ in ("on", "of"):
                    following += [g for g in objects if g.pos_ == "NOUN"]
        frontier = following
    return []


def content_beneficiaries(verb: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """Whom a refused act is for, when the refusal names no one else: the party of the "for"-phrase of the
    content clause's object or of the clause itself ("refused to hold hearings for the governor's nominee",
    "declined to set a date for the envoy"; see :func:`beneficiaries`). The one denied the act is the
    refusal's other party (targets33)."""
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.pos_ not in ("VERB", "AUX") or is_passive(clause):
            continue
        found = beneficiaries(clause, is_party)
        for thing in (c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            found = found or beneficiaries(thing, is_party)
        if found:
            return found
    return []


def modifier_author(thing: Token, is_party: Callable[[Token], bool], answers: Container[str] = ()) -> list[Token]:
    """The party a clause describing a thing names as its maker: the agent of a participle ("gas
    supplied by Vexland", "the order placed by the ministry", also a passive relative clause: "the
    gas which is supplied by Vexland") or the subject of a relative clause whose object the thing
    is ("the bid that Vexcorp made", "the plan Vexland put forward"). Not the subject of a clause
    that has an object of its own, says where or when ("the town where rebels hid") or only speaks
    of the thing ("a bill which critics say would ..."), and never
    the relative pronoun itself ("the offer that angered Vexland": Vexland is acted upon); nor
    the agent of a verb of ``answers`` that judges or answers the thing ("the offer, which was
    rejected by Vexland", "the plan, criticised by aid groups": they did not make it)."""
    for clause in thing.children:
        if clause.dep_ not in ("acl", "relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.lemma_.lower() in answers:
            continue
        if clause.tag_ == "VBN" or is_passive(clause):
            found = [g for a in clause.children if a.dep_ == "agent" for g in a.children
                     if g.dep_ == "pobj" and is_party(g)]
            if found:
                return conjoined(found[0])
            continue
        if clause.dep_ != "relcl" or any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") or c.tag_ == "WRB"
                                         or c.dep_ in ("ccomp", "xcomp") for c in clause.children):
            continue  # "a bill which critics claim would ...": the critics speak of the bill, not make it
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].tag_ not in ("WDT", "WP") and is_party(subjects[0]):
            return conjoined(subjects[0])
    return []


def claimed_subjects(heads: Iterable[Token | None], is_party: Callable[[Token], bool]) -> list[Token]:
    """Whom an allegation or complaint names in its that-clause, when it names no one else: the
    subject of the clause its trigger or its object takes ("presented evidence that the minister
    took bribes", "complained that the regulator had been unfair": the minister, the regulator).
    A question ("whether ...", "if ...") names no one accused."""
    for head in heads:
        if head is None:
            continue
        for clause in head.children:
            if clause.dep_ not in ("acl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
                continue
            owners = _claimed_owners(clause, is_party)
            if owners:  # targets31: "criticism that his strategy is failing": the strategy's owner
                return owners
            if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) and clause.dep_ == "acl":
                continue  # "evidence gathered by ...": a participle, no claim
            if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in clause.children):
                continue
            if any(c.tag_ in ("WP", "WDT", "WRB") and c.dep_ != "mark" for c in clause.children):
                # "condemned what it called provocations": a name for the thing, no claim about anyone
                # (the "that" of a claim, tagged WDT, marks the clause: "criticism that X misled")
                continue
            # "complained that it had been cheated": a pronoun of the complainer's own clause is mostly
            # the complainer; a claim's noun clause names the accused ("evidence that he lied")
            found = [s for c in clause.children if c.dep_ == "nsubj" and is_party(c)
                     and not (clause.dep_ == "ccomp" and c.pos_ == "PRON") for s in conjoined(c)]
            if found:
                return found
    return []


def _claimed_owners(clause: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """targets31 (the twenty-ninth US-news audit's #25 class): the owner of the thing a charge's noun clause is
    about ("criticism that his strategy is failing", "the charge that the mayor's plan wastes money": him, the
    mayor): the party possessor of the clause's subject when the subject is no party itself. Only for a noun's
    clause: in "complained that his pay was cut" the pronoun is mostly the complainer. A "that" the parser took
    for the clause's object does not matter here: a thing that "his remarks drew" is about their owner too."""
    if clause.dep_ != "acl":
        return []
    for subject in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not is_party(c)):
        owners = [o for c in subject.children if c.dep_ == "poss" and is_party(c) for o in conjoined(c)]
        if owners:
            return owners
    return []


def content_recipients(verb: Token, is_party: Callable[[Token], bool], authors: Container[str],
                       goals: Container[str], asks: bool, made: Container[str] = (),
                       relocate: Container[str] = (), grants: Container[str] = ()) -> list[Token]:
    """Whom a promise, offer, threat or demand is aimed at when the verb names no one itself:
    the party its active content clause acts on ("threatened to ban opposition candidates"),
    names with a preposition of ``goals`` ("offered to hand the suspects over to Britain") or
    stands behind the thing it acts on ("promised to continue aid to Chad", see
    :func:`party_behind`). A demand (``asks``) is aimed at the subject of its that-clause
    ("demanded that the government resign"). A passive content ("asked to be referred to a
    hospital") acts on the asker. The object of a verb of making (``made``: "agreed to create
    Television Vex, a network", "pledged to set up a fund") is the thing made, no party acted upon.
    The content may hand the act on to a party it lets, asks or orders (control: "agreed to allow
    him to perform", "promised to let the rebels return": him, the rebels), and a place a thing is
    moved to (``relocate`` verbs: "threatened to move the factory to Hungary") is a destination,
    not the party threatened. A consent or pledge whose that-clause lets or grants something in the
    passive (``grants`` verbs: "agreed that the lawyers would be allowed access", "promised that
    the nurses would be given a rise") favours that clause's subject."""
    found: list[Token] = []
    for clause in verb.children:
        # "an agreement to import fuel": a thing's to-clause is its content too
        content = clause.dep_ == "xcomp" or (clause.dep_ == "acl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))
        if content and clause.pos_ in ("VERB", "AUX") and not is_passive(clause):
            for child in [] if verb_phrase(clause) in made else clause.children:
                if child.dep_ in ("dobj", "dative") and child.pos_ in ("NOUN", "PROPN"):
                    found += [t for t in conjoined(child) if is_party(t)] or party_behind(
                        child, is_party, authors, goals) or _people_of(child)
                elif child.dep_ in ("dobj", "dative") and child.pos_ == "PRON" and is_party(child):
                    found.append(child)  # "agreed to free him": the person freed
            found += [t for t in controlled_subjects(clause) if is_party(t)]
            found += [t for t in prep_objects(clause, goals) if is_party(t) and not is_destination(t, relocate)]
            if not found:
                # "agreed to pay more for gas supplied by Vexland": the maker of the thing the
                # content deals in, named by the clause that describes it
                # ("pay 30% more for gas": the parser may hang the phrase on the object)
                holders = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
                found += [t for h in holders for g in prep_objects(h, _THING_PREPS) if g.pos_ == "NOUN"
                          for t in modifier_author(g, is_party)]
        elif clause.dep_ == "ccomp" and asks and not any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                         for m in clause.children):
            found += [s for c in clause.children if c.dep_ == "nsubj" and is_party(c) for s in conjoined(c)]
        elif clause.dep_ == "ccomp" and clause.lemma_.lower() in grants and is_passive(clause):
            found += [s for c in clause.children if c.dep_ == "nsubjpass" and is_party(c) for s in conjoined(c)]
    return found


def thing_owner(thing: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """The party that owns a thing acted upon: its possessor ("seized Vexcorp's production arm"), a
    name compounded before it ("raided the Vexcorp offices") or its of-phrase ("froze the assets of
    the Zenith group", "raided the offices of the newspaper") -- not a place of an of-phrase ("the
    outskirts of the town" says where). A named body the thing is at wins over a possessor that only
    says for whom it is ("the pilots' pension scheme at Vexair": the airline, not its pilots); alone,
    "at" says where or when ("seats at the Spring Election"). None when no party owns it."""
    held = [g for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "at" for g in prep.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ == "ORG" and is_party(g)]
    for child in thing.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and is_party(child):
            return held[:1] if held and child.pos_ == "NOUN" else conjoined(child)
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.ent_type_ in ("ORG", "PERSON", "NORP") \
                and is_party(child):
            return [child]
    for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"):
        for owner in (g for g in prep.children if g.dep_ == "pobj"):
            if owner.ent_type_ not in ("GPE", "LOC", "FAC") and is_party(owner):
                return conjoined(owner)
    return []


def owners_of_things(recipients: list[Token], is_party: Callable[[Token], bool],
                     someone: Callable[[Token], bool]) -> list[Token]:
    """Recipients of force where each thing owned by a party gives way to its owner (see
    :func:`thing_owner`): force on a party's property is force on that party ("seized the rebels'
    weapons": the rebels; "seized Vexcorp's production arm, Vexneft": Vexcorp, whose arm the
    apposition only names). A thing no party owns stays ("burned shops"); a person or body noun
    (``someone``: "the rebels' leader") is no thing, and the caller may keep other words there (a
    market quantity hit, "Vexcorp's operations will be hit", is for the figurative-force filters)."""
    kept: list[Token] = []
    for token in recipients:
        found = thing_owner(token, is_party) if token.pos_ == "NOUN" and not someone(token) else []
        kept += [t for t in found or [token] if all(t.i != k.i for k in kept)]
    return kept


def shared_objects(verb: Token) -> list[Token]:
    """The object of the next verb when two verbs share it ("seized and sold the production arm",
    "arrested and charged three men"): a verb with no object of its own, joined by "and" alone to a
    conjunct verb that has one."""
    if any(c.dep_ in ("dobj", "nsubjpass", "prep", "dative") for c in verb.children):
        return []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        between = [t.lower_ for t in verb.doc[verb.i + 1: conj.i]]
        if between in (["and"], ["or"], [",", "and"]):
            return [t for c in conj.children if c.dep_ == "dobj" for t in conjoined(c)]
    return []


def answering_party(noun: Token, answer_verbs: Container[str], subjects: Callable[[Token], list[Token]],
                    answer_nouns: Container[str] = ()) -> list[Token]:
    """Whom an ask or offer told as a noun with its own doer was aimed at, when a verb answering it
    (``answer_verbs``) governs it: the one who answers -- "Vexcorp accepted the regulator's demands"
    (the regulator asked Vexcorp), "agreed to the FCC's demands", "the union's offer was rejected
    by the ministry". ``subjects``: the doers of a verb (its subject or passive agent). So does a noun of
    answering (``answer_nouns``) whose "to" phrase it is: the answer's named owner, else the doer of the verb
    the answer hangs on ("the network came back with its response to the senator's demand": the network;
    targets32)."""
    answer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    # "in response to X's threat" says what a clause reacts to: its subject was not the one asked (the won fell)
    if answer is not None and answer.pos_ == "NOUN" and answer.lemma_.lower() in answer_nouns and not (
            answer.dep_ == "pobj" and answer.head.lower_ == "in"):
        owners = [c for c in answer.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if owners:
            return owners
        verb = answer.head.head if answer.dep_ == "pobj" else answer.head
        return subjects(verb) if answer.dep_ in ("pobj", "dobj") and verb.pos_ in ("VERB", "AUX") else []
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in answer_verbs:
        return []
    return subjects(verb)


def controlled_subjects(clause: Token) -> list[Token]:
    """The parties a verb of letting, asking or ordering hands an infinitive to, when the parser makes
    them the subject of that infinitive ("allow him to perform", "let the rebels return"); the
    direct-object reading ("urged the government to resign") is the plain object."""
    found: list[Token] = []
    for inner in clause.children:
        if inner.dep_ in ("ccomp", "xcomp") and inner.pos_ in ("VERB", "AUX") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in inner.children) or (
                inner.dep_ == "ccomp" and clause.lemma_.lower() == "let"):
            found += [t for c in inner.children if c.dep_ == "nsubj" for t in conjoined(c)]
    return found


def _place_phrase(token: Token) -> bool:
    """A place's name or a noun naming one by its of-phrase ("Vexland", "the town of Vex")."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return any(g.ent_type_ in ("GPE", "LOC", "FAC") for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def is_destination(token: Token, relocate: Container[str]) -> bool:
    """A place a thing is moved to ("move the factory to Hungary", "shift production to China"): the
    object of "to" after a ``relocate`` verb (or after its object, where the parser hangs it), named
    as a place (GPE, LOC or FAC); where, not who."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    mover = prep.head
    if mover.dep_ in ("dobj", "conj") and mover.pos_ in ("NOUN", "PROPN"):
        mover = mover.head if mover.dep_ == "dobj" else mover.head.head
    return mover.lemma_.lower() in relocate


def verb_phrase(verb: Token) -> str:
    """A verb's lemma with its particle ("set up", "take over"), as cue lists write phrasal verbs."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles[:1]])


def _people_of(thing: Token) -> list[Token]:
    """"import Venezuelan fuel", "ban Russian imports": the people or country adjective of a thing
    traded or acted on names the party behind it."""
    return [a for a in thing.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.ent_type_ in ("NORP", "GPE")][:1]


def purpose_recipients(heads: Iterable[Token], requests: Container[str], protest_nouns: Container[str],
                       is_party: Callable[[Token], bool], authors: Container[str],
                       goals: Container[str]) -> list[Token]:
    """Whom a protest presses, named in the demand it is made for (``requests``: verbs of asking):
    "went on hunger strike to demand the resignation of the president" (the president),
    "marched, calling for independence from Vexland" (Vexland), "rallied to urge the council to
    act" (the council), "struck to demand that the government resign" (the government); or in
    what it is "in protest" of (``protest_nouns``): "a strike in protest at the council's
    decision" (the council). ``heads``: the protest's trigger and the verb of its clause."""
    found: list[Token] = []
    for head in heads:
        for clause in head.children:
            if clause.dep_ == "prep" and clause.lower_ == "in":
                for noun in (g for g in clause.children if g.dep_ == "pobj" and g.lemma_.lower() in protest_nouns):
                    for thing in prep_objects(noun, ("of", "against", "at", "over", "to")):
                        found += [thing] if is_party(thing) else party_behind(thing, is_party, authors, goals)
                continue
            if clause.dep_ not in ("advcl", "xcomp", "acl") or clause.lemma_.lower() not in requests:
                continue
            asked = [t for c in clause.children if c.dep_ == "dobj" for t in conjoined(c) if is_party(t)]
            asked += [t for t in prep_objects(clause, goals) if is_party(t)]  # "calling on the council"
            asked += content_recipients(clause, is_party, authors, goals, asks=True)
            for thing in [] if asked else [c for c in clause.children if c.dep_ == "dobj"] + prep_objects(clause, ("for",)):
                # "the resignation of the president": whose resignation is asked for
                owners = [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and is_party(g)]
                asked += party_behind(thing, is_party, authors, goals) or owners[:1]
            found += asked
    return found


def site_owners(heads: Iterable[Token], site_preps: Container[str], site_nouns: Container[str],
                is_party: Callable[[Token], bool]) -> list[Token]:
    """Whom a protest presses, named by the site it is held at (``site_preps``: "outside", "at"):
    the subject of a "where"-clause on the site ("outside the hotel where the senator was holding a
    fundraiser"; the parser may hang the clause on a place after the site); for a building or ground
    a party holds (``site_nouns``), its owner -- the possessor ("at Vexcorp's plant") or the
    "of"-object ("outside the headquarters of Vexcorp"); else the site itself when it is a party
    ("gathered outside the Russian embassy", "rallied outside parliament"). A place name is where,
    not whom, and a named building ("outside the Grand Hotel") is no party.
    ``heads``: the protest's trigger and the verb of its clause."""
    found: list[Token] = []
    for head in heads:
        for site in prep_objects(head, site_preps):
            if site.ent_type_ in ("GPE", "LOC") or site.pos_ == "PRON":
                continue
            after = site.right_edge.i + 1  # "outside the arena in Ohio where ...": the place's clause
            places = [site] + [t for t in site.doc[after: after + 1] if t.dep_ == "prep" and t.lower_ == "in"]
            owners = [s for place in places for clause in place.subtree if clause.dep_ == "relcl"
                      and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
                      for s in clause.children if s.dep_ == "nsubj" and s.pos_ != "PRON" and is_party(s)]
            if not owners and site.lemma_.lower() in site_nouns:
                owners = [c for c in site.children if c.dep_ == "poss" and c.pos_ != "PRON" and is_party(c)]
                owners += [t for t in prep_objects(site, ("of",)) if is_party(t)]
            # the site itself when a party ("outside the Russian embassy": the mission stands for its
            # state) -- not a named building ("outside the Grand Hotel")
            if not owners and site.ent_type_ != "FAC" and is_party(site):
                owners = [site]
            found += [t for t in owners if all(t.i != f.i for f in found)]
    return found


def goods_of_origin(verb: Token, things: Iterable[Token | None]) -> list[Token]:
    """Goods a trade measure keeps out, named by their people or country, stand for that country:
    the "of"-object of the thing the measure names ("banned imports of Vexlandic cement") or the
    object of its clause of purpose ("imposed restrictions to keep Vexlandic steel out"). The
    caller codes them (a coded thing keeps its code, as "tariffs on Vexlandic lumber")."""
    goods = [g for thing in things if thing is not None for g in prep_objects(thing, ("of",))]
    # the clause of purpose, also that of "in an attempt to", "in a bid to"
    holders = [verb] + [n for n in prep_objects(verb, ("in",)) if n.pos_ == "NOUN"]
    goods += [o for holder in holders for clause in holder.children if clause.dep_ in ("advcl", "xcomp", "acl")
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
              for o in clause.children if o.dep_ == "dobj"]
    return [g for g in goods if g.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in g.children)]


def purpose_targets(verb: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """Whom force is used on, named in the clause of purpose: "opened fire to disperse the
    demonstrators", "fired tear gas to drive back the crowd"."""
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            found += [t for c in clause.children if c.dep_ == "dobj" for t in conjoined(c) if is_party(t)]
    return found


def counted_objects(verb: Token) -> list[Token]:
    """"kidnapped up to 16 advisers": "up to" counts the object, which a parse may hang below the
    words as if "up" were the verb's particle."""
    found: list[Token] = []
    for particle in verb.children:
        if particle.dep_ == "prt" and particle.lower_ == "up":
            for prep in particle.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    found += [g for g in prep.children if g.dep_ == "pobj"
                              and any(c.dep_ == "nummod" or c.like_num for c in g.children)]
    return found


def reported_speaker(verb: Token, actors: ActorDictionary, cues: Cues) -> Token | None:
    """The subject of a verb of saying whose reported clause the parser has joined a speaker's act to
    (the seventh US-news audit's #6; session 15, audit7): "X said the report proved the missile came from
    Russia and accused Moscow", "X said the warning showed that the president did not know ..., and
    accused Downing Street": the act (a ``speaker_act``: accuse, condemn, urge ...), in the tense of the
    saying and with no subject of its own, is hung on the deepest verb of the reported clause, whose
    subject is a thing ("the missile came") or, set off by a comma before "and", tells someone's state or
    failure ("did not know"); its doer is the one who said. A clause of someone's act ("said the
    minister resigned and accused him", "said the man entered the bank, and demanded cash") keeps its
    reading."""
    if verb.lemma_.lower() not in cues.speaker_act or any(c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for c in verb.children):
        return None
    head = verb.head
    if head.dep_ != "ccomp" or head.i == verb.i:
        return None
    node = head
    for _ in range(4):  # up the chain of reported clauses to the verb of saying
        if node.dep_ != "ccomp" or node.head.i == node.i:
            break
        node = node.head
    if node.lemma_.lower() not in cues.report or node.tag_ != verb.tag_:
        return None
    speakers = [c for c in node.children if c.dep_ == "nsubj" and not is_reporting_source(c, cues)]
    if not speakers:
        return None
    inner = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not inner or not any(is_someone(s, actors) for s in inner):
        return speakers[0]
    # someone's state or failure reported ("that the president did not know ..."), set off by a comma: the
    # act after it is the speaker's; someone's act reported ("the man entered the bank, and demanded cash")
    # keeps its doer
    comma = any(t.lower_ == "," for t in verb.doc[max(head.i, verb.i - 3):verb.i])
    state = head.pos_ == "AUX" or head.lemma_.lower() in cues.state_verb or any(c.dep_ == "neg" for c in head.children)
    return speakers[0] if comma and state else None


def launched_from_place(prep: Token, place: Token, noun: Token, actors: ActorDictionary, cues: Cues) -> bool:
    """"An unexpected Islamic State counter-attack from Mosul" (the seventh US-news audit's #39, coded with
    Mosul as attacker): a "from"-phrase naming a place (a GPE, LOC or FAC name) is where the act came from
    when the noun names its doer before it (a name, a people or a body as its modifier), or when it is the
    object of a verb of doing it (``tell_doer``: "fighters launched an attack from Mosul") that has a
    subject; "an attack from Somalia" with no doer named keeps the place's reading."""
    if prep.lower_ not in cues.source_prep or place.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.tell_doer \
            and any(c.dep_ == "nsubj" for c in noun.head.children):
        return True  # "fighters launched an attack from Mosul": who launched it did it, from there
    return any(c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
               and not _names_a_place(c, actors) for c in [*noun.lefts, *hyphen_partner_lefts(noun)])


def in_premise_of_speaker(pronoun: Token, found: Token, cues: Cues) -> bool:
    """targets34 (the thirty-second US-news audit's #4): "Assuming the ministers agree to send troops, we will ask
    the department ...", "If the board approves, I will resign": a first-person pronoun (``first_person``) speaks
    for the speaker's own side, and a party named inside an adverbial clause of the pronoun's own clause (a
    premise, a condition, a time) is someone else -- had it been the speaker's side, the clause would say "we"
    too. The nearest party before the pronoun is then no one it stands for."""
    if pronoun.lower_ not in cues.first_person or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pronoun.head
    return any(c.dep_ == "advcl" and c.left_edge.i <= found.i <= c.right_edge.i for c in verb.children)
