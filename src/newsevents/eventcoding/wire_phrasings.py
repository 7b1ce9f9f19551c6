"""News-wire phrasings: threats' conditions, performative wishes, doubts, announced acts, armed strikes, bodies placed by leader or town.

Patterns of session 21's brief wire21 (issue 14): the twentieth news-wire audit
(docs/audit/2026-12-20-news-wire-twentieth.md, rule source of wire21) found threats made coded as
hypothetical, a thanks given coded as a wish, acts an evidence noun denies coded as told, and a
government named by its leader left uncoded. Rules tested on sentences of our own in
tests/events/test_wire_phrasings.py; the words are ``event_cues.tsv`` kinds beginning ``wire21_``.

- **A threat's own condition**: "officials threatened to cancel the permit if the owner did not sign":
  the 'if' clause says on what the threatened act hangs; the threat itself is made. A condition
  on a verb of threatening (``threat_verb``) that takes the threatened act as its
  to-infinitive does not make the threat hypothetical. "If the talks fail, the union would threaten
  to strike" keeps its modal ("would").
- **A performative wish**: "I want to thank you for your help", "we would like to congratulate the
  winners": a first-person speaker who says he wants to thank, congratulate or welcome
  (``performative_verb``) does so by saying it; the wish verb (``wish_verb``) sets no
  hypothetical modality. "She wants to thank them in person" (third person) and "I wanted to
  thank him" (past: a wish told) stay hypothetical.
- **A supposed act**: "the rebels supposedly attacked the convoy": an adverb of doubt on the act's verb
  (``doubt_adverb``) makes it hypothetical; "allegedly" stays as the ``allege`` cues say.
- **An announcement told**: "Libya said it would press for a trial", "the union announced they would strike":
  "would" under a past-tense verb of saying (``announce_verb``) with a pronoun for the speaker as subject
  (``own_pronoun``) is the backshifted "will" of the speaker's own announced act: future (spec: planned,
  announced). A clause with a condition or another adverbial clause of its own ("said it would join if ...")
  stays hypothetical, and so does "would" anywhere else.
- **An armed group's strike**: "militants plan to strike again": the bare verb "strike" whose doers are all
  armed groups outside the state (``raider_sector``) is ASSAULT, not a labour PROTEST; "police will strike"
  and "workers struck over pay" stay PROTEST.
- **No reason to believe**: "there is no reason to believe that the rebels plan to attack": the
  parser hangs "to believe" on "reason" as an infinitival relative clause; like "no evidence that",
  the noun denies the clause under it (read in eventcoding/modality.py).
- **A government named by its leader**: "the Vexton administration", "the Smith government": an
  administration, government, cabinet or regime (``leader_body``) named by a family name
  that, on the article's date, one country's head of state or government bears (leaders.tsv) is
  that country's. A name borne by leaders of two countries that day is left uncoded.
- **A firm placed by its town**: "Veltrax Corp., Dayton, Ohio, said ...": the town and state (or country)
  set beside a body's name after a comma place it; an uncoded body takes that place's country.
- **A firm's own sanction**: "three brokers suspended arbitrage trading for their own accounts": a SANCTION whose
  doers are all firms (sector BUS, or a named body with no sector) and which names no one it is imposed on is a
  firm's own business policy, no event. "The firm suspended its contract with the ministry" (a party) stays.
- **A named body in a one-country story**: an ORG entity no table codes and no word places, in a story
  clearly about one country (the events' story country), is of that country ("Veltrax agreed to sell
  three plants" in a story of one country's business).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors import ActorDictionary, normalise_name
from newsevents.docquery import entity_at
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party
from newsevents.timeutil import day_of


def threat_condition(token: Token, cues: Cues) -> bool:
    """``token`` is a verb of threatening that takes the threatened act as a to-infinitive
    ("threatened to revoke ..."): a condition hung on it is the threat's content, not its own."""
    return (token.lemma_.lower() in cues.threat_verb or token.lower_ in cues.threat_verb) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


def performative_wish(trigger: Token, cues: Cues) -> bool:
    """"I want to thank you", "we would like to welcome": the act is done by saying one wishes to do it."""
    if trigger.dep_ != "xcomp" or (trigger.lemma_.lower() not in cues.performative_verb
                                   and trigger.lower_ not in cues.performative_verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    wish = trigger.head
    if wish.lemma_.lower() not in cues.wish_verb:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in cues.first_person for c in wish.children):
        return False
    if any(c.dep_ == "neg" for c in wish.children):
        return False  # "I do not want to thank them"
    auxiliaries = [c for c in wish.children if c.dep_ == "aux"]
    if wish.tag_ in ("VBP", "VBZ") and not auxiliaries:
        return True  # "I want to", "we wish to"
    # "I would like to", "we'd like to": the polite present
    return wish.tag_ == "VB" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in cues.polite_modal


def doubted(trigger: Token, cues: Cues) -> bool:
    """"The rebels supposedly attacked the convoy": an adverb of doubt (``doubt_adverb``) on the act's own
    verb tells it as supposed, not shown. ("allegedly" is left out on purpose: news hedges with it who did an act
    that happened, see the ``allege`` cues.)"""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "advmod" and c.lower_ in cues.doubt_adverb for c in verb.children)


def announced_would(token: Token, cues: Cues) -> bool:
    """"Libya said it would press for a trial": the "would" of a clause a past-tense verb of saying or announcing
    governs, whose subject is a pronoun for the speaker, is the backshifted "will" of an announcement of the
    speaker's own act (future), not a condition; a clause with its own condition ("said it would join if ...")
    stays hypothetical."""
    if token.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children):
        return False
    head = token.head
    if head.lemma_.lower() not in cues.announce_verb or head.tag_ != "VBD":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in cues.own_pronoun for c in token.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False  # "it was said it would ...": no speaker named
    return not any(c.dep_ == "advcl" or (c.dep_ == "mark" and c.lower_ in cues.hypothetical) for c in token.children)


def _state_striker(party: Party, kinds: dict[str, str], cues: Cues) -> bool:
    """A country itself (a GPE with no sector), a named leader of its state (a PERSON with sector GOV) or its armed
    forces alone (``state_strike_sector``): none of them walks out of work (wire22)."""
    kind = kinds.get(party.entity) if party.entity else None
    sectors = {s.lower() for s in party.sector}
    if party.country and not sectors and kind == "GPE":
        return True  # "if Iraq strikes again"
    if kind == "PERSON" and sectors == {"gov"}:
        return True  # "if the president strikes again": a head of state, no worker
    return bool(sectors) and sectors <= cues.state_strike_sector  # "troops could strike again"


def armed_strike(token: Token, event_type: str, actor: list[Party], cues: Cues,
                 kinds: dict[str, str] | None = None) -> bool:
    """"Militants plan to strike again", "gunmen could strike at any time": the bare verb "strike" (no "over" or
    "for" of a labour dispute) done by armed groups outside the state (``raider_sector``: rebels,
    insurgents, criminals) is an attack, not a walkout. Police, soldiers and workers keep the labour reading
    ("police will strike on Monday"). wire22 (the twenty-first news-wire audit's #18): so is the bare "strike" of a
    state, of its named leader or of its armed forces alone ("officials fear that if Iraq strikes again"); civil
    servants (sector GOV, no name) and state workers (GOV with LAB) keep the walkout."""
    if event_type != "PROTEST" or token.lemma_.lower() != "strike" or token.pos_ != "VERB" or not actor:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("over", "for") and not any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in token.children):
        return False  # "struck over pay", "struck for higher wages"; not "struck over the weekend"
    return all(any(s.lower() in cues.raider_sector for s in p.sector) or _state_striker(p, kinds or {}, cues)
               for p in actor)


def infinitival_relative(token: Token) -> bool:
    """"no reason to believe that ...": a to-infinitive the parser hangs on a noun as a relative clause."""
    return token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def leader_body_country(text: str, actors: ActorDictionary, published: str | None, cues: Cues) -> str | None:
    """The country of "the <family name> administration" on the article's date, when one country's head
    of state or government bears that name then."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in cues.leader_body:
        return None
    name = words[-2]
    if not name[:1].isupper() or not name.isalpha():
        return None
    on = day_of(published)
    if on is None:
        return None
    key = normalise_name(name)
    countries = {h.country for h in actors.holders if h.leader and h.holds_on(on)
                 and normalise_name(h.name).split()[-1:] == [key]}
    return next(iter(countries)) if len(countries) == 1 else None


def leader_bodies(parties: list[Party], actors: ActorDictionary, published: str | None, cues: Cues) -> list[Party]:
    """Uncoded parties named "the <leader> administration" take the leader's country."""
    out = []
    for p in parties:
        if p.country is None and (home := leader_body_country(p.text, actors, published, cues)) is not None:
            p = p.model_copy(update={"country": home})
        out.append(p)
    return out


def named_bodies_at_home(parties: list[Party], home: str | None, kinds: dict[str, str]) -> list[Party]:
    """A body named by its own name (an ORG entity: a firm, an exchange, an agency) that no table codes and no
    word of the sentence places, in a story clearly about one country, is of that country: "Veltrax agreed to
    sell three plants" in a story about one country's business. A role phrase ("her group") is no entity and
    stays uncoded; a body with a sector of its own is left to the story's sectors rule (``_at_home``)."""
    if home is None:
        return parties
    return [p.model_copy(update={"country": home})
            if p.country is None and not p.sector and p.entity is not None and kinds.get(p.entity) == "ORG" else p
            for p in parties]


def _place_country(token: Token, doc: Doc) -> str | None:
    for place in doc._.places or []:
        if place.country and any(m.start <= token.idx < m.end for m in place.mentions):
            return place.country
    return None


def placed_by_apposition(parties: list[Party], tokens: list[Token], doc: Doc) -> list[Party]:
    """"Veltrax Corp., Dayton, Ohio, said ...": business wire places a firm by the town and state (or country)
    set beside its name; an uncoded body so placed is of that place's country."""
    homes: dict[str, str] = {}
    for token in tokens:
        place = next((c for c in token.children if c.dep_ in ("appos", "npadvmod") and c.ent_type_ == "GPE"
                      and c.i > token.i and doc[c.i - 1].text == ","), None)
        if place is None or (country := _place_country(place, doc)) is None:
            continue
        entity = entity_at(doc, token.idx, token.idx + len(token))
        if entity is not None and entity.type == "ORG":
            homes[entity.id] = country
    if not homes:
        return parties
    return [p.model_copy(update={"country": homes[p.entity]})
            if p.country is None and p.entity in homes else p for p in parties]


def firms_only(actor: list[Party], doc: Doc) -> bool:
    """Every doer is a business: sector BUS alone, or a named body (ORG entity) with no sector and no code of a
    state's office. A sanction such doers impose on no one ("three brokers suspended arbitrage trading for their
    own accounts") is a firm's own business policy, no act between parties."""
    if not actor:
        return False
    kinds = {e.id: e.type for e in doc._.entities or []}
    return all((p.sector and set(p.sector) <= {"BUS"}) or (not p.sector and p.entity is not None
                                                            and kinds.get(p.entity) == "ORG") for p in actor)
