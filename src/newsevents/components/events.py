"""The events stage: PLOVER events with actor, recipient, place, date, size and modality.

A sentence yields an event only when a lexicon trigger (``data/event_lexicon.tsv``) with its
required arguments is present. Reporting verbs are not triggers: a plain statement is a quote.
See docs/events.md for the rules and the "one event once" merging.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import DEP, IS_ALPHA, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.language import Language
from spacy.strings import StringStore
from spacy.symbols import AUX, NOUN, PROPN, VERB, ccomp
from spacy.tokens import Doc, Span, Token

from newsevents.actors import ACTOR_FILES, ActorDictionary, load_actor_dictionary
from newsevents.components.base import TableStage
from newsevents.components.entities_base import STORY_COUNTRY, _gazetteer_country, clear_focus
from newsevents.components.paragraphs import signed_comments, web_link_line
from newsevents.docquery import (
    FRAME_PREPS,
    compound_role,
    doc_sentences,
    doc_text,
    entity_at,
    framing_verb,
    is_headline,
    is_someone,
    string_memo,
    trimmed_end,
)
from newsevents.eventcoding import (
    armed_referents,
    background_nouns,
    calls_vows,
    characterisations,
    concessions_attempts,
    confidence,
    contest_attacks,
    contest_story,
    counterparts,
    country_parties,
    crime,
    descriptions,
    doerless,
    emergencies,
    federal_centre,
    feelings,
    frame_targets,
    headlines,
    home_codes,
    mishaps,
    named_homes,
    no_act,
    nonevents,
    order_receivers,
    own_forces,
    parties,
    police,
    press_calls,
    questions_wants,
    quoted_speakers,
    raids,
    refusals,
    retorts,
    senses,
    senses_campaign,
    senses_figurative,
    senses_frames,
    senses_local,
    senses_ordinary,
    senses_things,
    settings,
    shapes,
    speech_force,
    sport_business,
    stances,
    standing_stances,
    standings,
    subject_targets,
    targets,
    timeless,
    topic,
    town_codes,
    unacted,
    unasserted,
    verdict_targets,
    visits_threats,
    wants_formulas,
    wire_phrasings,
)
from newsevents.eventcoding.anaphora import recall_recipients, share_same_act
from newsevents.eventcoding.arguments import (
    SIDES_PREPS,
    Coder,
    against_named,
    answering_party,
    antecedents,
    beneficiaries,
    claimed_subjects,
    companions,
    conjoined,
    content_beneficiaries,
    content_recipients,
    counted_objects,
    counted_sides,
    framing_counterpart,
    goods_of_origin,
    hyphen_side,
    inherited_patient,
    is_destination,
    is_passive,
    mutual_act,
    named_sides,
    names_the_act,
    nearest_actor_before,
    needs_resolution,
    noun_phrase,
    own_actor_of_noun,
    owners_of_things,
    parties_for,
    party_behind,
    past_cut_hyphen,
    prep_objects,
    pronoun_referents,
    purpose_recipients,
    purpose_targets,
    resolve_pronoun,
    seen_participle,
    several_peoples,
    shared_objects,
    sides_between,
    site_owners,
    split_sides,
    subject_of,
    valid_party_token,
    with_counterparts,
    without_each_other,
)
from newsevents.eventcoding.bids import fill_bid_authors
from newsevents.eventcoding.campaign import no_event as campaign_talk
from newsevents.eventcoding.commerce import deal_parties, is_purchase_order, other_party, purchase_targets
from newsevents.eventcoding.hidden_parties import (
    asker_before,
    asker_of_refusal,
    authors_of,
    exposed_party,
    named_in_object,
    struck_site,
)
from newsevents.eventcoding.labour import (
    fill_deal_party,
    fill_employers,
    fill_other_side,
    fill_represented_employer,
)
from newsevents.eventcoding.lexicon import (
    BACKBONE,
    DEFAULT_CAMEO,
    LEXICON_FILES,
    NO_EVENT,
    QUAD_CODE,
    VERBAL_TYPES,
    Cues,
    Entry,
    Lexicon,
    lexicon_entries,
    load_cues,
    load_lexicon,
    match_entry,
    object_tokens,
)
from newsevents.eventcoding.modality import (
    is_negated,
    is_prediction,
    modality_of,
    not_yet_done,
    told_in_present_perfect,
)
from newsevents.eventcoding.modality_dates import (
    ahead_of_publication,
    noun_year,
    placed_noun_year,
    since_a_year_back,
)
from newsevents.eventcoding.nominal import (
    MOVEMENT_TYPES,
    Teller,
    agent_under_object,
    moved_forces,
    moves_own_people,
    participle_agents,
    teller_of,
)
from newsevents.eventcoding.order_receivers import fill_order_receivers
from newsevents.eventcoding.protests import POLICY_SECTORS, fill_protest_targets
from newsevents.eventcoding.received import received_act
from newsevents.eventcoding.situate import (
    contexts_for,
    dated_by_later_narrative,
    dated_by_narrative,
    dated_by_told_event,
    event_date,
    event_place,
    event_size,
    geo_precision,
    is_earlier_year,
    told_recently,
)
from newsevents.eventcoding.status import legal_status
from newsevents.geo.gazetteer import packaged_gazetteer_or_none
from newsevents.merge import Telling, same_event_in_article
from newsevents.record import Entity, Event, Party, Quote
from newsevents.record import Span as RecordSpan
from newsevents.temporal.lexicon import WORD_FILES, load_words

log = logging.getLogger(__name__)


# A clause that takes another event as its content ("refused to meet", "urged X to attack"):
# the content is part of this event, not an event of its own.
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})
# Types whose recipient a reader expects; when the clause names none we look in the sentence.
_NEEDS_RECIPIENT = frozenset({"REQUEST", "REJECT", "ACCUSE", "CONSULT", "THREATEN", "SANCTION", "SUPPORT"})
_MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
# the sectors of a state's own officers, whom its leader's order reaches ("ordered diplomats", "ordered troops")
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP"})
# What each can cause: an attack kills and wounds; coercion (arrests, seizures) detains.
_SIZE_FIELDS = {"ASSAULT": ("dead", "injured"), "COERCE": ("arrested",)}
_CONFLICT_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE"})
# Event types that may stand without a named perpetrator ("missiles hit a convoy").
_ACTORLESS_OK = frozenset({"ASSAULT"})
# ... and acts only the state does, told in the passive ("an activist was detained": the
# ``state_act`` modes of event_cues.tsv).
# ... and conflict nouns that happen by themselves ("protests erupted", "fighting broke out").
_OCCURRING = frozenset({"PROTEST", "ASSAULT"})
# prepositions before a gerund of the means by which a verb's act is done ("won by bombing")
_MEANS_PREPS = frozenset({"by", "through", "via"})
_PERSON_WEAPON_SUFFIXES = ("man", "men", "er", "ers")
_PLACE_PREPS = frozenset({"in", "at", "inside", "near"})
# Material cooperation promised for later is PLOVER's AGREE ("Israel will evacuate ...").
_PROMISABLE = frozenset({"AID", "RETREAT", "CONCEDE", "COOPERATE"})
_DEMAND_ENTRY = Entry(pos="VERB", lemma="must", conditions=(), event="REQUEST", mode=None, cameo="10",
                      frame="demand", recipient_preps=frozenset(), negated=None)
# Named bodies and states, which act in public life whatever their codes.
_BODY_ENTITY_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC"})
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "men", "ees")
_TRIGGER_WORDS_KEPT = 200_000  # distinct words _may_trigger remembers before it starts afresh

@dataclass(frozen=True)
class EventTables:
    """What the events stage's rules read, loaded by the stage from its ``data_dir``: the
    lexicon with its backbone, the cue words, the actor dictionary and the currency words."""

    lexicon: Lexicon
    cues: Cues
    actors: ActorDictionary
    currencies: Mapping[str, str]
    # (part of speech, lemma, form) ids -> whether the lexicon has rows for the word (_may_trigger):
    # a word's answer depends on the lexicon alone, and most words recur from one article to the next
    trigger_words: dict[tuple[int, int, int], bool] = field(default_factory=dict, compare=False, repr=False)

    def match(self, token: Token) -> tuple[Entry, Token | None] | None:
        for form in doerless.hyphen_forms(token):  # "a walk-out", "air-strikes": the joined word first
            found = match_entry(token, self.lexicon, self.actors, self.cues.shape_light_verb, lemma=form)
            if found is not None:
                return found
        return match_entry(token, self.lexicon, self.actors, self.cues.shape_light_verb)


@dataclass
class Candidate:
    token: Token
    entry: Entry
    consumed: Token | None
    sentence: Span
    sentence_index: int


@dataclass
class Draft:
    """An event under construction (token-level working state kept for merging)."""

    event: str
    entry: Entry
    trigger: Token
    sentence: Span
    sentence_index: int
    modality: str
    actor: list[Party]
    recipient: list[Party]
    actor_tokens: list[Token]
    recipient_tokens: list[Token]
    mode: list[str]
    also_in: list[Span] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)  # sentence numbers this event is told in
    source: str | None = None  # the entity that only tells the act ("confirmed by the Vatican")

    def __post_init__(self) -> None:
        if not self.indices:
            self.indices = [self.sentence_index]


def _span(doc: Doc, start: int, end: int) -> RecordSpan:
    return RecordSpan.of(doc_text(doc), start, end)


def _is_modifier_use(token: Token) -> bool:
    """"occupied areas", "peace talks" modifiers and verbs used as adjectives are not events."""
    return token.dep_ in ("amod", "compound", "nmod", "poss") or _hyphen_participle(token) or _shared_premodifier(token)


def _shared_premodifier(token: Token) -> bool:
    """"similar sanction and broadcast rules", "the arms and drug deals": a singular noun joined by "and"/"or" to a
    following compound noun with a plural head modifies that head, as the compound's first word does ("sanction
    rules and broadcast rules"); the parser makes it the head of a noun phrase of its own (events32, news-dev48's
    event paragraph: debate rules, no sanction). A noun with phrases of its own ("sanctions on Iran and travel
    bans"), an owner or a number, and a plural ("sanctions and travel bans": two things) stay."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    if any(c.dep_ in ("prep", "poss", "nummod", "acl", "relcl") for c in token.children):
        return False
    joined = [c for c in token.children if c.dep_ == "conj"]
    marks = [c for c in token.children if c.dep_ == "cc" and c.lower_ in ("and", "or")]
    if len(joined) != 1 or not marks or marks[0].i != token.i + 1:
        return False
    head = joined[0]
    modifiers = [c.i for c in head.children if c.dep_ == "compound" and c.i < head.i]
    return head.tag_ == "NNS" and bool(modifiers) and min(modifiers) == token.i + 2


# a word joined by a hyphen to a participle that is a prefix of the verb, not a noun of the compound adjective
_VERB_PREFIXES = frozenset({"re", "co", "pre", "un", "non", "ex", "de", "mis", "anti", "counter", "over", "out",
                            "under", "self", "cross", "inter", "sub", "super", "multi", "post"})


def _hyphen_participle(token: Token) -> bool:
    """"The establishment-endorsed candidate", "a union-funded group": a participle joined by a hyphen to a noun
    before it (written with no spaces) is a compound adjective, an attribute of the noun it describes and no act
    told, whatever head the parser gives it (events31, news-dev45's event paragraph; "amod" is caught above).
    A verb's prefix ("was re-elected", "co-sponsored the bill") is no such noun."""
    if token.tag_ not in ("VBN", "VBD") or token.i < 2:
        return False
    hyphen, left = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or left.whitespace_:
        return False
    return left.pos_ in ("NOUN", "PROPN") and left.lower_ not in _VERB_PREFIXES and left.head.i == token.i


def _occurs(token: Token, cues: Cues) -> bool:
    """A conflict noun as the subject of a verb of occurrence ("protests erupted", "a rally was
    held", "fighting broke out between ...") or after "there were", or stopped while under way
    ("the march was broken up"): the event is told, its doers left unnamed."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children):
        return True  # "there were clashes in the city"
    if token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_.lower() in cues.halt_event:
        return True  # "the march was broken up by police": a protest stopped was under way
    if shapes.scene_of(token, cues.shape_scene_verb, cues.period, cues.shape_scene_place):
        return True  # "the Kenyan capital saw protests against the bill": a place or a day the event filled
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in cues.occur


def _is_reported_obligation(token: Token, cues: Cues) -> bool:
    """"Russia said Sudan must return the helicopter": a demand by the speaker."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in cues.report
        and any(c.dep_ == "aux" and c.lower_ in cues.obligation for c in token.children)
    ) or _reported_obligation_on_person(token, cues)


def _reporting_verb(token: Token) -> Token:
    """The verb that reports a demand: the head of its clause, or of the clause it is coordinated to."""
    return token.head.head if token.dep_ == "conj" and token.head.dep_ == "ccomp" else token.head


def _holders(verb: Token) -> list[Token]:
    """The agents ("by" phrase) of a passive verb or of the passive clause it is coordinated to: "has been held
    by A and B ... and should be freed" -- those who hold the person are the ones a demand for them asks."""
    for holder in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        found = [g for c in holder.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if found:
            return found
    return []


def _obliged_person(verb: Token) -> Token | None:
    """The named person a passive verb acts on: its own passive subject, or that of the clause it is
    coordinated to ("has been held ... and should be freed")."""
    for holder in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return subject if subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN" else None
    return None


def _reported_obligation_on_person(token: Token, cues: Cues) -> bool:
    """"Ann Lee should be freed, the rights group says", "Ann Lee has been held since 2012 and should be freed
    and compensated, the group says": a passive obligation (``person_obligation``: "should", "must") on a
    named person, in the reported clause of a ``report`` verb or coordinated to it, is a demand by the speaker
    on whoever holds or judges the person (session 29, news-dev50's class table). A thing ("the bridge should
    be finished") or an active clause with "should" ("Lee should win") asks nothing."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in cues.person_obligation for c in token.children):
        return False
    clause = token.head if token.dep_ == "conj" else token
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues.report:
        return False
    return _obliged_person(token) is not None


def _hand_trigger(token: Token, tables: EventTables) -> bool:
    found = tables.match(token)
    return found is not None and found[0].origin != BACKBONE and found[0].event != NO_EVENT


def _tells_event_noun(verb: Token, tables: EventTables) -> bool:
    """A verb of telling whose passive subject is an event noun of the lexicon (eventcoding/nominal.py)."""
    return any(c.dep_ == "nsubjpass" and _hand_trigger(c, tables) and teller_of(c, tables.cues) is not None
               for c in verb.children)


def _may_trigger(doc: Doc, lexicon: Lexicon, known: dict[tuple[int, int, int], bool] | None = None) -> list[bool]:
    """Per token, whether it can be a candidate at all: a verb or noun with lexicon rows, or a
    verb in a complement clause (a reported obligation). Read from the Doc's arrays, so the
    Token objects (costly to make) are made for those few only. ``known``: the answers for words
    (part of speech, lemma and form ids) already looked up in ``lexicon`` (``EventTables.trigger_words``),
    filled here; the lexicon is asked once per distinct word, as the quotes stage asks its cue lemmas."""
    strings = doc.vocab.strings
    if known is None:
        known = {}
    elif len(known) >= _TRIGGER_WORDS_KEPT:
        known.clear()
    array = doc.to_array([POS, DEP, LEMMA, LOWER, ORTH])
    flags = [False] * len(array)
    pos_column = array[:, 0]
    # Only the verbs and nouns are turned into Python rows: the lemma and form ids are 64-bit
    # hashes, each a new Python int, and most words are neither (speed32).
    verb_or_noun = (pos_column == VERB) | (pos_column == AUX) | (pos_column == NOUN)
    for i, (pos, dep, lemma, lower) in zip(verb_or_noun.nonzero()[0].tolist(), array[verb_or_noun, :4].tolist(), strict=True):
        if pos != NOUN and dep == ccomp:
            flags[i] = True
        else:
            flag = known.get((pos, lemma, lower))
            if flag is None:
                flag = known[pos, lemma, lower] = bool(
                    lexicon_entries(strings[pos], strings[lemma].lower(), strings[lower], lexicon))
            flags[i] = flag
    # "a walk-out", "cease-fire": the joined word of a hyphenated one (doerless.hyphen_forms); the
    # word before read from the array (the hyphen's id), a Token made only after a hyphen (speed20)
    after_hyphen = ((pos_column[2:] == VERB) | (pos_column[2:] == NOUN)) & (array[1:-1, 4] == _HYPHEN)
    for i in (after_hyphen.nonzero()[0] + 2).tolist():
        if not flags[i]:
            token = doc[i]
            flags[i] = any(lexicon_entries(token.pos_, form, form, lexicon) for form in doerless.hyphen_forms(token))
    return flags


def find_candidates(doc: Doc, tables: EventTables) -> list[Candidate]:
    cues = tables.cues
    found = []
    may_trigger = _may_trigger(doc, tables.lexicon, tables.trigger_words)
    for index, sentence in enumerate(doc_sentences(doc)):
        if web_link_line(sentence):
            continue  # "Read more: ...": a related story's link title, page furniture (web19)
        for i in range(sentence.start, sentence.end):
            if not may_trigger[i]:
                continue
            token = doc[i]
            if _is_modifier_use(token):
                continue
            if _is_reported_obligation(token, cues):
                if token.lemma_.lower() not in cues.burden_verb:  # "the state must prove ...": a burden, no demand
                    found.append(Candidate(token, _DEMAND_ENTRY, None, sentence, index))
                continue
            matched = tables.match(token)
            if matched and matched[0].origin == BACKBONE and matched[1] is not None and _hand_trigger(matched[1], tables):
                continue  # "began a hunger strike": the lexicon's event noun tells it, not the verb's pattern
            if matched and matched[0].origin == BACKBONE and _tells_event_noun(token, tables):
                continue  # "a request was submitted by Ukraine": the noun tells the act, the verb presents it
            if matched and matched[0].event != NO_EVENT:
                found.append(Candidate(token, matched[0], matched[1], sentence, index))
    consumed = {c.consumed.i for c in found if c.consumed is not None}
    # "police broke up the march": the row's object is the act stopped, which happened all the same
    return [c for c in found if c.token.i not in consumed or (c.entry.event in _OCCURRING and _occurs(c.token, cues))]


def _has_own_subject(token: Token) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "poss") for c in token.children):
        return True
    # "Russia's attempt to annex": the possessor of the governing noun does the act.
    return token.dep_ == "acl" and any(c.dep_ == "poss" for c in token.head.children)


# A view of an act (praise, blame) takes an act that happened; a request or a refusal one that may not.
_VIEW_TYPES = frozenset({"SUPPORT", "ACCUSE"})


def is_content_of_other(candidate: Candidate, fired: dict[int, Candidate], actors: ActorDictionary,
                        cues: Cues) -> bool:
    """True when the trigger is the content or theme of another trigger in its sentence.

    "backed annexation", "rejected an invitation to talks", "urged X to attack": the inner
    trigger is what the outer event is about. A trigger that only frames the outer one ("in a
    phone call, X expressed ...") or that names its own actor ("condemned Russia's attack")
    stays an event of its own.
    """
    token = candidate.token
    while token.head.i != token.i:
        head = token.head
        if head.i in fired:
            outer = fired[head.i]
            dep = token.dep_
            if dep in ("nsubj", "agent"):
                return False  # the doer of the outer event
            if dep == "conj":
                # a coordinated event shares its partner's standing: its own event, or with it the
                # content of a third ("urged X to reduce tension and give talks a chance")
                return is_content_of_other(outer, fired, actors, cues)
            if dep == "prep" and token.lower_ in FRAME_PREPS:
                return False
            if dep == "prep" and token.lower_ in cues.shape_circumstance_prep:
                return False  # "fled amid clashes between X and Y", "after the attack": a circumstance, an event of its own
            if dep in ("dobj", "nsubjpass") and candidate.entry.event in _OCCURRING and _occurs(candidate.token, cues):
                return False  # "police broke up the march": the march was under way, an event of its own
            if any(c.kind == "pred" for c in outer.entry.conditions):
                return False  # "called the arrest a mistake": a verdict on an act, which happened all the same
            if dep == "prep" and token.lower_ == "for" and outer.entry.event == "COERCE":
                return False  # "jailed for shooting a burglar": the act punished is an event too
            if doerless.charge_told(candidate.token, head, outer.entry.event):
                return False  # "Russian forces are accused of torturing prisoners, a report said": the charged act
            if outer.entry.event in VERBAL_TYPES and dep in _CONTENT_DEPS:
                return True
            if token.i == candidate.token.i and shapes.travel_purpose(token, head, cues.shape_travel):
                return False  # "flew to Tehran to meet Iran's president": the visit's purpose is an act of its own
            if outer.entry.event in VERBAL_TYPES and dep == "advcl" and _is_infinitive(token):
                return True  # "called for him to apologise": what is asked for
            # "welcomed a truce between X and Y", "the signing of a truce between X and Y": a mutual
            # act that names its sides is their act, beside a view of it or the same act told again
            if (outer.entry.event in _VIEW_TYPES or outer.entry.event == candidate.entry.event) \
                    and candidate.token.pos_ == "NOUN" and _named_sides_between(candidate.token):
                return False
            if dep == "advcl" and token.i == candidate.token.i and shapes.participle_clause(token):
                return False  # "Retreating from the valley, the rebel columns blew up the bridge": an act of the same doer
            return not _own_actor_tokens(candidate, actors, cues)
        token = head
    return False


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _asked_subjects(verb: Token) -> list[Token]:
    """"called for him to apologise": the one asked is the subject of the "for" clause."""
    found = []
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                             for m in clause.children):
            found += [c for c in clause.children if c.dep_ == "nsubj"]
    return found


def _own_actor_tokens(candidate: Candidate, actors: ActorDictionary, cues: Cues) -> list[Token]:
    token = candidate.token
    if token.pos_ == "NOUN":
        return own_actor_of_noun(token, actors, cues)
    return subject_of(token, actors, cues) if _has_own_subject(token) else []


def _named_sides_between(noun: Token) -> list[Token]:
    """Two or more sides a noun of a mutual act names by "between" or "among", on itself or on
    its of-object ("the signing of a truce between X and Y"); else none."""
    for head in [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")]:
        sides = prep_objects(head, SIDES_PREPS)
        if len(sides) >= 2 or (sides and several_peoples(sides[0])):  # "between French and German diplomats"
            return sides
    return []


def _called_act(noun: Token, verb: Token, cues: Cues) -> bool:
    """"The unions called a strike": a verb that both speaks of an event and decides it
    (``observe`` and ``tell_doer``: call) decides the protest its plain direct object names (the
    caller of a strike, march or boycott protests, PLOVER), so its subject does it -- not with a particle ("called off the strike": another verb) nor with a
    predicate ("called the strike illegal": an opinion, read by ``teller_of`` before this)."""
    return (noun.dep_ == "dobj" and verb.lemma_.lower() in cues.tell_doer
            and not any(c.dep_ in ("prt", "oprd", "ccomp", "xcomp") for c in verb.children))


def _governing_verb(noun: Token, cues: Cues) -> Token | None:
    """The verb whose clause frames an event noun (docquery.framing_verb), and through a partitive
    the series' own governor: "carried out a string of airstrikes"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in cues.partitive:
        return _governing_verb(noun.head.head, cues)
    return framing_verb(noun)


# clauses with no subject of their own: a noun's infinitive ("the effort to discredit them"), an open complement,
# an adverbial participle (_verb_actor_tokens)
_NONFINITE_DEPS = frozenset({"acl", "xcomp", "advcl"})


def _verb_actor_tokens(verb: Token, sentence: Span, actors: ActorDictionary, cues: Cues,
                       material: bool = False) -> list[Token]:
    subjects = subject_of(verb, actors, cues)
    if subjects:  # (a headline's "Sudan, South Sudan agree": the two names a comma joins)
        return subjects + companions(verb, cues) + shapes.headline_partners(subjects[0], verb)
    if is_passive(verb):
        return []  # "should be killed": no doer named, and none to guess
    has_subject_slot = any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
    if has_subject_slot or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return []
    # The parser left the verb without a subject (an appositive swallowed it): take the
    # closest named actor before the verb in the sentence.
    fallback = nearest_actor_before(verb.doc, sentence, verb.i, cues=cues)
    if fallback is not None and not material and _object_of_first_conjunct(verb, fallback):
        # events39: "part of the effort to discredit these women and threaten these women": a verb joined to an
        # infinitive or participle clause shares that clause's doer ("urged to meet the envoys and thank the
        # envoys"), never the first verb's object. Not for force or coercion (``material``): there a wrong doer
        # kept the act of a violent report (CASE 2021 dev lost two snippets' types to the guard)
        return subject_of(verb.head, actors, cues)
    return [fallback] if fallback is not None else []


def _object_of_first_conjunct(verb: Token, candidate: Token) -> bool:
    """``verb`` is joined to a subjectless infinitive or participle clause and ``candidate`` is an object in that
    clause ("to discredit these women and threaten ...", "killing 12 people and destroying ..."); a possessor
    ("to close France's borders or to bar ...") is not one."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ not in _NONFINITE_DEPS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return False
    return candidate.dep_ in _OBJECT_SLOTS and first.left_edge.i <= candidate.i <= first.right_edge.i


_OBJECT_SLOTS = frozenset({"dobj", "dative", "attr", "oprd", "pobj"})


def _told_act_doers(noun: Token, entry: Entry, teller: Teller, own: list[Token], coder: Coder | None,
                    cues: Cues, is_state: Callable[[list[Token]], bool]) -> tuple[list[Token], list[Token]]:
    """(doers, sources) of an act told as a noun under a verb of telling (eventcoding/nominal.py):
    the noun's own doer, else the coded force a noun of movement moves, else the teller when it
    decides the act, moves its own people or is a state body telling an act no one else is named
    for; a teller that does not do the act is the source."""
    doers = own
    if not doers and entry.event in MOVEMENT_TYPES:
        doers = [t for t in moved_forces(noun) if _coded(t, coder, cues)]
    if doers or teller.opinion:
        return doers, teller.tellers  # "X condemned the bombing": a view of an act is no part in it
    # a state body that confirms an act told with no doer tells its own act; one that reports it
    # (the verbs of ``observe``: "the ministry reported the killing of ...") only tells it
    state_tells_own = teller.verb.lemma_.lower() not in cues.observe and bool(teller.tellers) and is_state(teller.tellers)
    if teller.doer or moves_own_people(noun) or state_tells_own:
        return teller.tellers, []
    return [], teller.tellers


def _state_body(coder: Coder | None, cues: Cues, doc: Doc) -> Callable[[list[Token]], bool]:
    """Whether tokens name a state or a body of one (a state sector, or a GPE entity)."""
    kinds = {e.id: e.type for e in doc._.entities or []}

    def is_state(tokens: list[Token]) -> bool:
        parties = [p for t in tokens for p in _parties_of(t, coder, cues)]
        return bool(parties) and all({s.lower() for s in p.sector} & cues.state_sector
                                     or (p.entity is not None and kinds.get(p.entity) == "GPE") for p in parties)

    return is_state


def _teller_entity(doc: Doc, tellers: list[Token]) -> str | None:
    """The entity id of the first teller the entities stage knows (the event's ``attributed_to``)."""
    for token in tellers:
        entity = entity_at(doc, token.idx, token.idx + len(token.text))
        if entity is not None:
            return entity.id
    return None


def _speaker_tokens(doc: Doc, trigger: Token, quotes: list[Quote], cues: Cues) -> list[Token]:
    """Who made the claim a "claim" trigger reports: the quote speaker or the reporting subject."""
    # events27: "said it was told it broke Y's rules": the teller charges, not the one told nor the one who
    # reports being told (eventcoding/parties.py)
    teller = parties.charge_teller(trigger, cues)
    if teller is not None:
        return teller
    for quote in quotes:
        if quote.content.start <= trigger.idx < quote.content.end and quote.speaker is not None:
            span = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
            if span is not None and len(span):
                return [span.root]
    token = trigger
    while token.head.i != token.i:
        token = token.head
        # only a reporting verb makes a charge someone's claim ("X said Y violates the law")
        if token.pos_ == "VERB" and token.lemma_.lower() in cues.report:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects
    return []


def _in_a_name(token: Token) -> bool:
    """A word of a name ("Joss Stone", "Ana Gunn", "Stone Ltd"): no weapon, whatever it means as a
    common noun. A weapon is named by a common noun ("stones", "a gun")."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG")


def _weapon_mode(tokens: list[Token], cues: Cues) -> str | None:
    for token in tokens:
        for word in [token, *[c for c in token.children if c.dep_ in ("compound", "amod")]]:
            if _in_a_name(word):
                continue
            mode = cues.weapon.get(word.lemma_.lower())
            if mode:
                return mode
    return None


def _is_weapon(token: Token, cues: Cues) -> bool:
    lemma = token.lemma_.lower()
    return lemma in cues.weapon and not lemma.endswith(_PERSON_WEAPON_SUFFIXES)


def _actor_like(token: Token, coder: Coder | None, cues: Cues, actors: ActorDictionary, material: bool = False) -> bool:
    """Someone who can act: a name, a personal pronoun, a role or group noun ("officials",
    "thousands of teachers") or a phrase whose modifier names an actor ("the Turkish side").
    "the bill", "his legal work" or "the government's proposals" do not make an event."""
    if token.pos_ == "PRON":
        return token.lower_ not in cues.not_actor_pronoun and token.lower_ not in cues.no_party
    if token.lemma_.lower() in cues.disaster or token.lower_ in cues.disaster:
        return False  # "the tsunami struck south Asia"
    if is_someone(token, actors) or counted_sides(token, [], cues, coder):  # "the two sides": the two just named
        return True
    if token.pos_ == "NOUN" and token.dep_ != "compound" and any(
            c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < token.i for c in token.children) and compound_role(token, actors):
        return True  # "the executive branch": a role opened by an adjective (not "border security" of "a security pact")
    if hyphen_side(token, cues) is not None:  # "German" of "the Franco-German accord"
        return True
    if any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")) for c in token.children):
        return True  # "his predecessor, Lord Armstrong"
    # "thousands of teachers", "two houses of parliament": the "of"-phrase says who they are
    # (but "the pensions of workers" are a thing)
    if token.lemma_.lower() in cues.partitive and any(g.dep_ == "pobj" and _actor_like(g, coder, cues, actors)
           for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        return True
    # "the Turkish side", "the Hamas movement", "US drone attacks" -- but "EU directives" and
    # "the Russian plan" are things
    lemma = token.lemma_.lower()
    if lemma not in cues.collective and lemma not in cues.weapon and not (material and lemma in cues.attack):
        return _national_agent_noun(token, coder)
    return any(
        is_someone(c, actors)
        or (coder is not None and coder(c.doc[c.i:c.i + 1])[0])
        for c in _modifiers(token)
    )


def _national_agent_noun(token: Token, coder: Coder | None) -> bool:
    """"Algerian landowners", "Kurdish herdsmen": people named by what they do and where from."""
    word = token.lower_
    if token.tag_ != "NNS" or word.endswith("ments") or not word.endswith(_AGENT_SUFFIXES):
        return False
    return any(c.ent_type_ in ("NORP", "GPE") or (coder is not None and coder(c.doc[c.i:c.i + 1])[0])
               for c in _modifiers(token))


def _modifiers(token: Token) -> list[Token]:
    """Adjective and compound modifiers of a noun, also nested ("US Predator attacks")."""
    found = []
    frontier = [c for c in token.lefts if c.dep_ in ("amod", "compound")]
    while frontier:
        child = frontier.pop()
        found.append(child)
        frontier += [c for c in child.lefts if c.dep_ in ("amod", "compound")]
    return found


def _is_means(token: Token, cues: Cues) -> bool:
    lemma = token.lemma_.lower()
    # "Fighting between rival militias killed ...": the gerund's form is the noun's
    return lemma in cues.weapon or lemma in cues.attack or token.lower_ in cues.attack


def _unresolved_pronouns(parties: list[Party], tokens: list[Token]) -> bool:
    """"He", "it", "we" that the article does not tell who they are: no usable actor."""
    pronoun_texts = {t.text for t in tokens if t.pos_ == "PRON"}
    return bool(parties) and all(
        p.entity is None and p.country is None and p.text in pronoun_texts for p in parties
    )


# doc.user_data key of the parties of each token while code_events runs (see _parties_of)
_PARTIES_MEMO = "newsevents_parties_memo"


def _parties_of(token: Token, coder: Coder | None, cues: Cues) -> list[Party]:
    """``parties_for(token, coder, cues)``, worked out once per token while ``code_events`` runs:
    several rules ask it of the same word (is it coded? then its parties), and each answer walks the
    phrase and the entities again. What it reads (the parse, after the headline retagging that
    ``code_events`` does first, and the entities of the earlier stages) does not change until
    ``code_events`` ends, which drops the memo. The list is shared: callers only read it (``_parties``
    hands on copies)."""
    memo = token.doc.user_data.get(_PARTIES_MEMO)
    if memo is None:  # called outside code_events: nothing to share
        return parties_for(token, coder, cues)
    key = (token.i, coder, id(cues))
    found = memo.get(key)
    if found is None:
        found = memo[key] = parties_for(token, coder, cues)
    return found


def _coded(token: Token, coder: Coder | None, cues: Cues) -> bool:
    return any(p.country for p in _parties_of(token, coder, cues))


def _resolved(token: Token, sentence: Span, coder: Coder | None, cues: Cues) -> Token:
    """Replace an uncoded pronoun actor by whom it stands for in the sentence. A phrase owned by
    a pronoun ("his predecessor", "their forces") stays itself: it is not its owner."""
    if token.pos_ != "PRON" or not needs_resolution(token) or _coded(token, coder, cues):
        return token
    found = resolve_pronoun(token, sentence, cues)
    return found if found is not None else token


def _generic(trigger: Token, actors: list[Token], cues: Cues, habit_only: bool = False) -> bool:
    """A present-tense habit of a bare plural ("people make agreements which fall apart",
    "young women who often seek help"): what a kind of people does, not an event. With
    ``habit_only`` (the ones acted upon, when no one acts) only a habit counts ("where people get
    shot every day"; a headline's "Civilians are killed in raid" is news)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _governing_verb(trigger, cues)
    if verb is None or not actors:
        return False
    habitual = any(c.dep_ == "advmod" and c.lower_ in cues.habitual for c in verb.children) or any(
        c.dep_ == "npadvmod" and any(d.lower_ == "every" for d in c.children) for c in verb.children
    )  # "often", "every day"
    if verb.tag_ in ("VBP", "VBZ") and any(c.dep_ in ("neg", "advmod") and c.lower_ in cues.timeless
                                          for c in verb.children):
        habitual = True  # "armies never retreat": a negated habit of a kind, no event
    if (verb.tag_ not in ("VBP", "VBZ") or habit_only) and not habitual:
        return False
    for actor in actors:
        if actor.tag_ != "NNS" or actor.ent_type_:
            return False
        if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in actor.children):
            return False
        if any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in actor.children):
            return False  # "Israeli soldiers routinely beat detainees": a named side's practice is news
        if actor.lemma_.lower() not in cues.generic_people and not habitual:
            return False
    return True


def _people_at_large(trigger: Token, actors: list[Token], cues: Cues) -> bool:
    """"The word that people have asked to be defined", "a product consumers have asked for": a
    relative clause on a thing whose every doer is a bare ``generic_people`` plural (no article,
    possessor, number, name or modifier) tells what people at large do, whatever the tense: no
    event. The caller keeps it when someone is acted upon ("the minister people asked to resign");
    "people protested in the square" (no relative clause) stays."""
    if trigger.dep_ != "relcl" or trigger.head.pos_ != "NOUN" or trigger.head.ent_type_ or not actors:
        return False
    return all(a.tag_ == "NNS" and not a.ent_type_ and a.lemma_.lower() in cues.generic_people
               and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in a.children)
               for a in actors)


def _clause_tokens(verb: Token) -> list[Token]:
    """The words of the verb's own clause: its subtree without the clauses of other verbs."""
    found = []
    for token in verb.subtree:
        head = token
        while head.i != verb.i and not (head.i != token.i and head.pos_ in ("VERB", "AUX")):
            head = head.head
        if head.i == verb.i and (token.i == verb.i or token.pos_ not in ("VERB", "AUX")):
            found.append(token)
    return found


# the determiners of a rate phrase ("a year", "every week", "each month"); "per" is its preposition
_RATE_DETERMINERS = frozenset({"a", "an", "every", "each"})
_REPEAT_WORDS = frozenset({"times", "twice", "once", "thrice"})


def _practice(verb: Token, cues: Cues) -> bool:
    """A repeated or standing practice told of the verb's clause: a frequency adverb ("met
    frequently with", "meet regularly") or a rate phrase ("six to 10 times a year", "twice a
    month", "every week", "per year"). What is done again and again is a habit, not an event."""
    for token in _clause_tokens(verb):
        if token.dep_ == "advmod" and token.head.i == verb.i and token.lower_ in cues.frequency:
            return True
        if token.lemma_.lower() not in cues.period:
            continue
        if token.dep_ == "pobj" and token.head.lower_ == "per":
            return True
        rate = any(c.dep_ in ("det", "predet") and c.lower_ in _RATE_DETERMINERS for c in token.children)
        # "a year" counts only as a rate of the verb or of a number of times ("a year ago" is a date)
        if token.dep_ == "npadvmod" and rate and (
                token.head.i == verb.i or token.head.lower_ in _REPEAT_WORDS or token.head.pos_ == "NUM"):
            return True
    return False


def _indefinite_present(verb: Token, doc: Doc, cues: Cues) -> bool:
    """A simple-present act whose doer is an indefinite noun phrase, in the story's body and with
    no time of its own ("A net police force monitors websites"): what some party does as a
    standing practice, not an event. A headline or lead tells news in the present ("A court
    jails ..."), so the first two sentences keep theirs; so do verbs of saying and clauses
    anchored in time ("A delegation arrives today")."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in cues.report:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    sentence = verb.sent
    if sentence.start == 0 or doc[sentence.start - 1].sent.start == 0:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in s.children)
                               for s in subjects):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("today", "now", "tonight")
                   for t in _clause_tokens(verb))


def _owners_country(parties: list[Party], tokens: list[Token], sentence: Span, coder: Coder | None,
                    cues: Cues) -> list[Party]:
    """"Their forces", "its troops": an uncoded phrase owned by a pronoun takes its owner's country."""
    countries: dict[str, str] = {}
    for token in tokens:
        if token.pos_ == "PRON" or not needs_resolution(token):
            continue
        owner = resolve_pronoun(token, sentence, cues)
        if owner is not None:
            country = next((p.country for p in _parties_of(owner, coder, cues) if p.country), None)
            if country:
                countries[noun_phrase(token).text] = country
    if not countries:
        return parties
    return [p.model_copy(update={"country": countries[p.text]}) if p.country is None and p.text in countries else p
            for p in parties]


def _announces_own_conflict(trigger: Token, event_type: str, modality: str, cues: Cues) -> bool:
    """"Farmers said they would blockade Paris": a conflict act the speaker announces for itself."""
    if event_type not in _CONFLICT_ACTS or modality not in ("future", "hypothetical"):
        return False
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in cues.report:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trigger.children)


def _warned_parties(trigger: Token, event_type: str, modality: str, cues: Cues) -> list[Token]:
    """"Turkey warned Sweden that it would not ratify ...", "warned Kyiv it would close the border":
    a conflict act or a refusal the speaker announces for itself to the one it warns (``warning``
    cues, its object) is a threat to that one. None when no one is warned ("warned that it would")."""
    if event_type not in _CONFLICT_ACTS | {"REJECT"}:
        return []
    # a refusal is asserted by the negation rules ("would not ratify"): its modal still says it is to come
    if modality not in ("future", "hypothetical") and not any(
            c.dep_ == "aux" and c.lower_ in cues.future | cues.hypothetical for c in trigger.children):
        return []
    head = trigger.head
    if trigger.dep_ != "ccomp" or head.i == trigger.i or head.lemma_.lower() not in cues.warning:
        return []
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trigger.children):
        return []
    return [t for c in head.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")
            for t in conjoined(c)]


def _has_unless_clause(trigger: Token) -> bool:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(
        child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in child.children)
        for child in verb.children
    )


def _parties(tokens: list[Token], coder: Coder | None, currencies: Mapping[str, str], cues: Cues) -> list[Party]:
    parties: list[Party] = []
    seen: set[tuple[str | None, str]] = set()
    for token in tokens:
        token = past_cut_hyphen(token)  # "Vexcorp co" of "Vexcorp co-founder Ann Lee": Ann Lee (targets33)
        if not valid_party_token(token, currencies, cues):
            continue
        if country_parties.second_part_of_country(token):
            continue  # "Tobago" of "Trinidad and Tobago": part of the first part's party (recip20)
        # copies: the rules below may change the party they are given, and the memo's list is shared
        for party in [p.model_copy(deep=True) for p in _parties_of(token, coder, cues)]:
            # "ethnic Albanians in Macedonia", "Red Cross officials" (eventcoding/home_codes.py, actors17)
            party = home_codes.without_state_sectors(home_codes.minority_home(
                party, token, noun_phrase(token), cues.minority_word, home_codes.NOT_STATE_CODES))
            party = town_codes.town_home(party, token, noun_phrase(token), coder)  # "Paris police" of Paris, Tenn.
            party = home_codes.common_party_home(party, token.doc)  # "X of the Labour Party" in Nairobi (actors18)
            party = country_parties.common_party_country(party, token, coder, cues.location_prep)  # "Norway's Labour Party"
            party = home_codes.host_of_title(party, token, cues.location_prep, home_codes.STATE_PEOPLE_SECTORS)
            party = home_codes.police_where_they_stand(party, token)  # "The police barred ... in <City>" (targets25)
            party = home_codes.gatherers_where_they_stand(party, token, cues.gathering_verb)  # "rallied in <Capital>" (actors28)
            key = (party.entity, party.text)
            if key not in seen:
                seen.add(key)
                parties.append(party)
    return parties


def _clause_of(trigger: Token, cues: Cues) -> Token:
    """The verb heading the clause an event is told in."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    return _governing_verb(trigger, cues) or trigger


def _comparison_term(token: Token, cues: Cues) -> bool:
    """The phrase of a comparison's term after an adjective or adverb ("as significant as X's
    decision", "more than X"): what the act is likened to (``compare_prep`` cues)."""
    return token.dep_ == "prep" and token.lower_ in cues.compare_prep and token.head.pos_ in ("ADJ", "ADV")


def _fallback_recipient(doc: Doc, draft: Draft, cues: Cues) -> list[Party]:
    """The nearest other coded actor of the trigger's clause when the clause names no coded
    recipient ("chairing a meeting in Cape Town" does not reach a country named earlier)."""
    actor_countries = {p.country for p in draft.actor if p.country}
    actor_entities = {p.entity for p in draft.actor if p.entity}
    # the clause without its actor phrase and without coordinated clauses of its own
    clause = _clause_of(draft.trigger, cues)
    inside = {t.i for t in clause.subtree}
    for child in clause.children:
        if child.dep_ == "conj":
            inside -= {t.i for t in child.subtree}
    for token in draft.actor_tokens:
        inside -= {t.i for t in token.subtree}
    # nor what a clause describing a noun names ("the release of X, kidnapped in Iraq")
    for token in clause.subtree:
        # ... nor the term of a comparison ("as significant as the Paris Club's decision": a likeness)
        if (token.dep_ in ("acl", "relcl", "appos") and token.i != draft.trigger.i) or _comparison_term(token, cues):
            inside -= {t.i for t in token.subtree}
    if draft.event == "ACCUSE" and draft.trigger.pos_ == "VERB":
        if frame_targets.attack_condemned(draft.trigger, cues):
            # "in a telegram to the President, X condemned the terrorist acts": a condemned attack is aimed at its
            # doer alone, whom the rules before named or not; no other party of the clause stands in (targets23)
            return []
        inside -= frame_targets.attacked_side(draft.trigger, cues)  # "condemned the bombing of X": not X (wire22)
    best: tuple[int, Party] | None = None
    for entity in doc._.entities or []:
        if not entity.country or entity.country in actor_countries or entity.id in actor_entities:
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.root.i not in inside:
                continue
            # a modifier ("Iraq advice", "the Al-Jazeera channel") is not a party to the act -- but goods
            # a trade measure keeps out are named by their people ("to keep Vexlandic steel out")
            if span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.pos_ == "NOUN" and not (
                    draft.event == "SANCTION" and span.root.ent_type_ == "NORP"):
                continue
            if span.root.dep_ == "pobj" and span.root.head.lower_ in cues.framework_prep:
                continue  # "restrictions under the Eurasian Economic Union": the framework, not the target
            if is_destination(span.root, cues.relocate):
                continue  # "threatened to move the factory to Hungary": where, not who
            distance = abs(mention.start - draft.trigger.idx)
            if best is None or distance < best[0]:
                party = Party(entity=entity.id, text=mention.text, country=entity.country,
                              sector=list(entity.sector))
                best = (distance, party)
    return [best[1]] if best else []


# words that open a question put by a verb of asking ("asked her why she ...", "whether she ...")
_QUESTION_WORDS = frozenset({"why", "how", "whether", "if", "when"})


def build_draft(candidate: Candidate, doc: Doc, tables: EventTables, quotes: list[Quote]) -> Draft | None:
    cues, actors, coder = tables.cues, tables.actors, tables.actors.code_span
    token, entry, sentence = candidate.token, candidate.entry, candidate.sentence
    event_type = entry.event
    # a reported demand is the speaker's act, told by the reporting verb: "the regulator said in November that
    # the firm must offer access" was asserted; the "must" is what was demanded
    told = _reporting_verb(token) if entry.frame == "demand" else token
    modality = modality_of(told, cues)
    if is_negated(told, cues):
        if entry.negated and not _failed(told, cues) and not nonevents.support_not_given(told, event_type, cues):
            event_type = entry.negated
            # a refusal is itself an act -- unless only supposed under a condition ("strikes if he does not
            # agree", "unless Lima accepts"): a refusal that may come, hypothetical (wire24)
            if not _conditional_clause(told, cues):
                modality = "asserted"
        elif event_type != "REJECT" and refusals.declared_refusal(told, cues.report) and not _conditional_clause(told, cues):
            event_type, modality = "REJECT", "asserted"  # '"I'm not going to call on you"': a refusal (events43)
        else:
            modality = "negated"
    elif nonevents.attack_withheld(told, event_type, cues):  # "declined to assail his rival": no attack made
        modality = "negated"

    actor_tokens: list[Token] = []
    recipient_tokens: list[Token] = []
    source_tokens: list[Token] = []  # who only tells the act ("confirmed by the Vatican")
    teller: Teller | None = None
    if entry.frame == "claim":
        actor_tokens = _speaker_tokens(doc, token, quotes, cues)
        recipient_tokens = [c for c in token.children if c.dep_ == "nsubj"] or parties.punished_for(token, cues)
    elif entry.frame == "demand":
        actor_tokens = [c for c in told.children if c.dep_ == "nsubj"]
        recipient_tokens = [c for c in token.children if c.dep_ == "nsubj"]
        if not recipient_tokens and _reported_obligation_on_person(token, cues):
            recipient_tokens = _holders(token)  # "held by A and B ... and should be freed": A and B are asked
        recipient_tokens += [cc for c in recipient_tokens for cc in c.conjuncts]
    elif entry.frame == "join":
        actor_tokens = [t for t in object_tokens(token)]
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        window = [t for t in doc[max(sentence.start, token.i - 4): token.i] if t.pos_ == "NOUN"]
        recipient_tokens = subjects or window[-1:]
    elif token.pos_ == "NOUN":
        own = own_actor_of_noun(token, actors, cues) or agent_under_object(token) or participle_agents(token, cues) \
            or shapes.of_subject(token, cues.shape_of_subject)  # "the visit of the Chinese president"
        teller = teller_of(token, cues)
        governor = teller.verb if teller is not None else _governing_verb(token, cues)
        if own and token.lemma_.lower() in cues.patient_noun and own[0].head.lower_ != "by" \
                and not shapes.possessor_acts(token):  # "Russia's expulsion of ten diplomats": Russia expels
            # "his arrest in Zambia", "the hostages' release": the possessor undergoes it (a
            # by-agent does it: "the detention of journalists by police")
            recipient_tokens, own = own, []
        if teller is not None:
            # "the withdrawal was announced by the ministry", "X confirmed the detention of ..."
            actor_tokens, source_tokens = _told_act_doers(token, entry, teller, own, coder, cues,
                                                          _state_body(coder, cues, doc))
            if teller.denied:
                modality = "negated"
            if not teller.doer:
                governor = None  # a reporting verb's phrases are the telling's, not the act's
        elif (attacked_clause := targets.attacked_amid(token, own, event_type, cues.amid_prep)) is not None:
            # targets31: "pressed on amid attacks from Democrats": the clause's subject is the one attacked
            recipient_tokens += subject_of(attacked_clause, actors, cues)
            actor_tokens = own
        elif governor is not None and (governor.lemma_.lower() in cues.undergo or (
                token.head.lower_ == "under" and not any(c.dep_ == "dobj" for c in governor.children))):
            # "licensees face sanctions", "the town is under attack": the subject undergoes it
            recipient_tokens += subject_of(governor, actors, cues)
            actor_tokens = own or prep_objects(governor, ("by",))
        elif governor is not None and (received := received_act(governor, token, event_type, cues)) is not None:
            # "drew criticism from Democrats", "won praise after the debate": the subject receives it, the giver does it
            actor_tokens = received[0]
            recipient_tokens += received[1] or _verb_actor_tokens(governor, sentence, actors, cues)
        elif governor is not None and own and event_type not in _MATERIAL_CONFLICT \
                and governor.lemma_.lower() in cues.provoke and token.dep_ == "dobj":
            # "Vexcorp's plan sparked criticism from lawmakers": the one behind the subject is criticised
            recipient_tokens += subject_of(governor, actors, cues)
            actor_tokens = own
        elif governor is not None and token.head.lower_ == "under":
            # "placed him under arrest": the one who places acts; its object undergoes it
            actor_tokens = _verb_actor_tokens(governor, sentence, actors, cues)
            recipient_tokens += [c for c in governor.children if c.dep_ == "dobj"]
        elif own and not (own[0].pos_ == "PRON" and governor is not None):
            actor_tokens = own
        elif governor is not None and (governor.lemma_.lower() not in cues.observe
                                       or (event_type == "PROTEST" and _called_act(token, governor, cues))) \
                and not senses.exploited_event(token, governor, event_type, cues):  # "using the latest attacks": not the attacker
            # "launched an attack", "held talks": the subject does it -- but whoever recalls,
            # describes or hails an event ("recalled the massacre") only speaks of it
            actor_tokens = _verb_actor_tokens(governor, sentence, actors, cues) or own
        actor_tokens = [t for t in actor_tokens if t.i != token.i]  # the noun is not its own doer ("the deployment ... alarmed")
        if not actor_tokens and event_type in MOVEMENT_TYPES and not shapes.names_the_arrivals(token, cues.arrival_verb):
            # "The deployment of Turkish troops to Iraq alarmed Baghdad": the coded force it moves
            actor_tokens = [t for t in moved_forces(token) if _coded(t, coder, cues)]
        stray = None if own else raids.stray_phrases(token, entry.recipient_preps, cues)
        if stray is not None:  # "faced charges following raids on pirates by the FBI": the FBI raided
            actor_tokens, recipient_tokens = stray
        named = prep_objects(token, entry.recipient_preps)
        if not named and entry.recipient_preps:
            # targets32: "lines of attack against the governor": the noun of the row's "of" phrase names the target
            kinds = {w for c in entry.conditions if c.kind == "pobj" and not c.negated for w in c.words}
            named = [t for o in prep_objects(token, ("of",)) if o.lemma_.lower() in kinds
                     for t in prep_objects(o, entry.recipient_preps)]
        if not named and event_type == "CONSULT":
            named = parties.visiting_guests(token)  # events27: "a reception for visiting President X": the guest
        if not named and entry.origin != BACKBONE:
            named = shapes.amount_owner_preps(token, entry.recipient_preps, cues.shape_of_subject)  # "donation of $50m to Jordan"
        if not named and event_type == "AGREE":
            # "a deal to buy X from Y", "ordered Z planes in a deal", "Under the agreement, X will
            # buy Y's planes": the seller, buyer or maker, not the goods
            recipient_tokens = deal_parties(token, cues, _party_test(coder, cues, actors)) or recipient_tokens
        recipient_tokens += named
        if not recipient_tokens and own and actor_tokens == own:
            # "accepted the regulator's demands": the regulator asked the one who answers
            recipient_tokens = answering_party(token, cues.answer_verb, lambda v: subject_of(v, actors, cues),
                                               cues.answer_noun)
        if not recipient_tokens and governor is not None:
            recipient_tokens = prep_objects(governor, entry.recipient_preps)
        if not recipient_tokens and governor is not None:
            # "bought a stake in Vexcorp in a deal worth $5m": the deal trades the verb's share or order
            recipient_tokens = [c for c in governor.children if c.dep_ == "dobj" and c.lemma_.lower() in cues.share_noun]
        if not recipient_tokens and governor is not None and token.dep_ == "dobj":
            # "award it the deal", "offered Vexland a truce": the indirect object gets the act (a
            # parse may make it a second direct object, before the noun)
            recipient_tokens = [c for c in governor.children if c.dep_ == "dative" or (
                c.dep_ == "dobj" and c.i < token.i and c.right_edge.i + 1 == token.left_edge.i)]
    else:
        if visits_threats.measures_of_others(token, entry, cues):
            return None  # "warned that Greece must take measures": asked of another, no threat
        actor_tokens = _verb_actor_tokens(token, sentence, actors, cues, event_type in _MATERIAL_CONFLICT)
        if not actor_tokens and event_type == "ASSAULT":
            # "protesters were dispersed with tear gas": the police named nearby
            actor_tokens = visits_threats.repression_doers(token, doc, sentence, actors.sector_of, cues)
        if not actor_tokens and entry.mode in cues.state_act:
            # "Kenyan police said two men were arrested": the force that tells the state's act did it
            actor_tokens = doerless.telling_force(token, cues.telling_verb, actors.sector_of, cues.repressing_sector)
        if not actor_tokens and event_type in ("COERCE", "ACCUSE"):
            # recip20: "a court ruled on Friday, and the governor was sentenced": the court of the other clause
            actor_tokens = verdict_targets.other_clause_doer(token, cues.clause_doer, cues.verdict_verb)
        if not actor_tokens and event_type == "COERCE":
            # "a man was arrested on Friday": the one police body the article names (police17)
            actor_tokens = police.story_police(token, doc, cues)
        if not actor_tokens and candidate.consumed is not None and is_passive(token) and mutual_act(
                token, entry.event, entry.recipient_preps, candidate.consumed, cues.reciprocal):
            actor_tokens = named_sides(candidate.consumed, cues)  # "the Franco-German accord was signed"
        side_recipients: list[Token] = []
        if not actor_tokens and is_passive(token) and mutual_act(
                token, entry.event, entry.recipient_preps, candidate.consumed, cues.reciprocal):
            # "a truce between Ruritania and Vexland was agreed": the sides its subject names
            for subject in (c for c in token.children if c.dep_ == "nsubjpass"):
                actor_tokens, side_recipients = sides_between(subject, [])
                if actor_tokens:
                    break
            if not actor_tokens:  # "talks were held between Ethiopia and Eritrea": the sides hung on the verb
                actor_tokens, side_recipients = sides_between(token, [])
        # the object a row's condition names is the event's kind ("imposed sanctions"), not its
        # recipient -- except the target of a material act ("burned shops")
        target_kept = event_type in _MATERIAL_CONFLICT and candidate.consumed is not None and \
            tables.match(candidate.consumed) is None and not _is_weapon(candidate.consumed, cues) \
            and not names_the_act(candidate.consumed)
        # "expels German ambassador", "Palestinian prisoners were released": people of a country the row
        # names are whom the act falls on (doerless.py)
        target_kept = target_kept or doerless.people_of_a_country(
            candidate.consumed, event_type, lambda t: is_someone(t, actors))
        # recip19: "is assisting residents who lost their homes": the people helped receive it
        target_kept = target_kept or targets.aid_receivers(candidate.consumed, event_type, lambda t: is_someone(t, actors))
        objects = [o for o in object_tokens(token)
                   if candidate.consumed is None or o.i != candidate.consumed.i or target_kept] or counted_objects(token) \
            or shapes.gapped_relative_object(token, cues.period)  # "the smugglers they detained"
        if not objects and event_type not in ("PROTEST", "MOBILIZE"):
            objects = shared_objects(token)  # "seized and sold the production arm"
        # "offered the Indonesian government assistance": the indirect object receives it
        datives = [c for c in token.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        topic = targets.topic_of_passive(token, objects)  # "was attacked on her remarks by X": what about (modality30)
        recipient_tokens = (objects + datives + [t for t in prep_objects(token, entry.recipient_preps, cues.prep_phrase)
                                                 if t.i not in topic]
                            + inherited_patient(token, actors, cues) + _asked_subjects(token) + side_recipients)
        if candidate.consumed is not None:
            recipient_tokens += prep_objects(candidate.consumed, entry.recipient_preps)
        if seen_participle(token, cues):
            # "has seen ten firms suspended": the firms undergo it; only a by-agent does it
            patients = [t for c in token.children if c.dep_ == "nsubj" for t in conjoined(c)]
            actor_tokens = [t for t in prep_objects(token, ("by",)) if all(t.i != p.i for p in patients)]
            recipient_tokens = patients + [t for t in recipient_tokens if all(t.i != p.i for p in patients)]
        gapped = targets.gapped_passive_subjects(token)
        if gapped:
            # recip19: "a woman was shot and her husband wounded": the husband undergoes it; only a by-agent does it
            actor_tokens = targets.gapped_passive_doers(token)
            recipient_tokens = gapped
        recipient_tokens = antecedents(recipient_tokens, token, cues.relative_pronoun)  # "X, who was arrested"
        # "blamed the legislature and Governor X", "attacked an ally, Senator X,", "took aim at a rival: X"
        recipient_tokens = named_in_object(token, recipient_tokens, cues.standin_noun,
                                                         _party_test(coder, cues, actors))
        if any(t.lower_ in cues.anyone_pronoun for t in recipient_tokens):
            # targets31: "would endorse anyone who has done what X has done": X
            recipient_tokens = targets.named_for_anyone(recipient_tokens, cues.anyone_pronoun,
                                                        _party_test(coder, cues, actors))
        if not recipient_tokens and event_type not in _MATERIAL_CONFLICT:
            # "offered to hand them over to Britain": the content clause names whom it is aimed at
            recipient_tokens = content_recipients(token, _party_test(coder, cues, actors), cues.author_prep,
                                                  cues.goal_prep, event_type == "REQUEST", cues.creation, cues.relocate,
                                                  cues.grant_verb if event_type == "AGREE" else ())
        if not recipient_tokens and event_type == "REJECT":
            # targets33: "refused to hold hearings for the governor's nominee": whom the refused act was for
            recipient_tokens = content_beneficiaries(token, _party_test(coder, cues, actors))
        if not recipient_tokens and event_type == "REQUEST":
            # recip19: "issued an order that bars X from the school", "X is barred from ..., the judge ordered"
            recipient_tokens = targets.bound_persons(token, candidate.consumed, cues.bind_verb,
                                                     _party_test(coder, cues, actors))
        if not recipient_tokens and event_type == "THREATEN":
            # "warned that it would retaliate against any Indian incursion": whom the announced act is aimed at
            recipient_tokens = visits_threats.threat_recipients(token, cues, _party_test(coder, cues, actors))
        if not recipient_tokens and event_type not in _MATERIAL_CONFLICT | {"AGREE"} and candidate.consumed is not None:
            # "blocked Vexland's bid to join the alliance": whose bid it is, before what it is for
            recipient_tokens = [t for c in candidate.consumed.children if c.dep_ == "poss" and c.pos_ != "PRON"
                                and _party_test(coder, cues, actors)(c) for t in conjoined(c)]
        if not recipient_tokens and event_type not in _MATERIAL_CONFLICT and candidate.consumed is not None:
            # "signed an agreement to import Venezuelan fuel": the content of the thing signed
            recipient_tokens = content_recipients(candidate.consumed, _party_test(coder, cues, actors),
                                                  cues.author_prep, cues.goal_prep, False, cues.creation, cues.relocate)
        if not recipient_tokens and event_type not in _MATERIAL_CONFLICT and candidate.consumed is not None:
            # "overturn a court ruling", "rejected a union demand": the party behind the thing the row names
            recipient_tokens = party_behind(candidate.consumed, _party_test(coder, cues, actors), cues.author_prep,
                                            cues.goal_prep, cues.share_noun, cues.answer_verb | cues.tell_opinion)
        if not recipient_tokens and event_type not in _MATERIAL_CONFLICT | {"MOBILIZE", "AGREE"} and \
                candidate.consumed is not None and candidate.consumed.dep_ == "dobj" and any(
                    c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP")
                    for c in candidate.consumed.children) and _coded(candidate.consumed, coder, cues):
            # "turned down a US offer", "an American offer": the object the row names, coded by a state's
            # word before it, stands for that state, as the object of "rejected a US offer" does
            recipient_tokens = [candidate.consumed]

    if event_type == "ACCUSE" and token.pos_ == "VERB":
        charged = frame_targets.clause_charged(token)
        if charged:  # "For N to praise the dictator raises concerns, she said": N is charged, she charges
            recipient_tokens = charged
            if not actor_tokens or any(t.pos_ in ("VERB", "AUX") for t in actor_tokens):
                actor_tokens = frame_targets.charge_speaker(token, cues)
    if token.pos_ != "NOUN" and candidate.consumed is not None:
        received = received_act(token, candidate.consumed, event_type, cues)
        if received is not None:  # "earned the backing of two congressmen": they back the subject
            actor_tokens, recipient_tokens = received[0], received[1] or actor_tokens
    if not recipient_tokens and token.pos_ == "NOUN" and event_type == "THREATEN":
        recipient_tokens = shapes.infinitive_targets(token)  # "North Korea's threat to strike Seoul"
    if not recipient_tokens and token.pos_ == "NOUN":
        # "could expose Senator X to new attacks by Republicans", "left X open to criticism"
        recipient_tokens = exposed_party(token, cues.expose_word, _party_test(coder, cues, actors))
    if not recipient_tokens and token.pos_ == "NOUN":
        # targets34: "N was the target of attacks by M", "N has been cooperating with the agency's inquiry": N
        recipient_tokens = subject_targets.target_subjects(token, _party_test(coder, cues, actors), cues) or \
            subject_targets.helped_inquiry_subjects(token, entry.mode == "investigate", _party_test(coder, cues, actors),
                                                    cues)
    if event_type == "ACCUSE" and not recipient_tokens:
        # "presented evidence that the minister took bribes": the one the claim is about
        recipient_tokens = claimed_subjects([token, candidate.consumed], _party_test(coder, cues, actors))
    if not recipient_tokens and token.pos_ == "VERB":
        # recip20: "found the two men guilty of ...": the verdict's subject; "quit, forced out by X": the
        # clause's subject the participle falls on
        recipient_tokens = (verdict_targets.verdict_subjects(token, cues.verdict_word,
                                                             _party_test(coder, cues, actors))
                            or verdict_targets.participle_patients(token, _party_test(coder, cues, actors)))
    if token.pos_ != "NOUN" and event_type == "REQUEST" and is_purchase_order(token, cues):
        # "ordered 30 Vexair planes": a purchase order is a deal with the maker or seller, no demand
        event_type = "AGREE"
        recipient_tokens = other_party(token, cues, _party_test(coder, cues, actors))
    elif token.pos_ != "NOUN" and event_type == "AGREE":
        # "signed a deal to buy X from Y", "agreed to buy X from Y": the other party of the trade
        party_test = _party_test(coder, cues, actors)
        deals = [candidate.consumed] if candidate.consumed is not None else object_tokens(token)
        # (the parser may hang a deal's "to"-clause on the verb: "signed a deal to buy X", advcl)
        recipient_tokens = [t for deal in deals for t in deal_parties(deal, cues, party_test)] + [
            t for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and _is_infinitive(c))
            for t in other_party(c, cues, party_test)] or recipient_tokens
        if not recipient_tokens:  # "agreed to pay $4 million to acquire X", "the stake it agreed to acquire in X" (wire22)
            recipient_tokens = purchase_targets(token, cues, party_test)
    if event_type == "REQUEST" and token.pos_ == "VERB" and not any(
            _party_test(coder, cues, actors)(t) for t in recipient_tokens):
        # "requested $50 million in aid from the legislature": the "from" inside the thing asked for (wire22)
        recipient_tokens = frame_targets.request_source(token, _party_test(coder, cues, actors), cues) or recipient_tokens
    if event_type in ("REJECT", "AGREE") and token.pos_ == "VERB" and not any(
            _party_test(coder, cues, actors)(t) for t in recipient_tokens):
        # "rejected a $20-a-share offer from Zentra", "made an offer, which the board rejected" (targets23)
        recipient_tokens = frame_targets.offer_makers(token, _party_test(coder, cues, actors), cues) or recipient_tokens
    if event_type == "COOPERATE" and not recipient_tokens:
        # "X asked the agency to return the files. The agency said it would cooperate": the asker (events30)
        recipient_tokens = calls_vows.request_answered(token, sentence, _party_test(coder, cues, actors), cues)
    if event_type == "PROTEST":
        # "marched to protest the killings of villagers by soldiers": the killers, not the killed (targets25)
        clause = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token, cues)
        recipient_tokens = frame_targets.protested_act_doers(
            [token] + ([clause] if clause is not None and clause.i != token.i else []),
            _party_test(coder, cues, actors), cues) or recipient_tokens
    if event_type == "PROTEST" and not recipient_tokens:
        # "began a hunger strike to demand the minister's resignation": whom the demand presses
        clause = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token, cues)
        # "an anti-Vexland rally": the name the prefix sets it against (targets23)
        recipient_tokens = [t for noun in (token, candidate.consumed) if noun is not None and noun.pos_ == "NOUN"
                            for t in against_named(noun)][:1]
        recipient_tokens = recipient_tokens or purpose_recipients([token] + ([clause] if clause is not None else []), cues.request,
                                              cues.protest_noun, _party_test(coder, cues, actors),
                                              cues.author_prep, cues.goal_prep)
        # "gathered outside the Russian embassy", "protested at Vexcorp's plant": whose site it is
        recipient_tokens = recipient_tokens or site_owners([token] + ([clause] if clause is not None else []),
                                                           cues.site_prep, cues.site_noun,
                                                           _party_test(coder, cues, actors))
    elif event_type == "SANCTION" and not recipient_tokens and token.pos_ == "VERB":
        # "banned imports of Vexlandic cement": the goods' country is the target
        recipient_tokens = goods_of_origin(token, [candidate.consumed, *object_tokens(token)])
    elif event_type in _MATERIAL_CONFLICT and not recipient_tokens and token.pos_ == "VERB":
        # "opened fire to disperse the demonstrators"
        recipient_tokens = purpose_targets(token, _party_test(coder, cues, actors))
    if event_type == "ASSAULT" and not recipient_tokens and token.pos_ == "VERB":
        # "a bomb exploded outside the French embassy", "went off at Vexcorp's plant": the struck site's owner,
        # as a protest's site names whom it presses (targets23)
        recipient_tokens = site_owners([token], cues.site_prep, cues.site_noun, _party_test(coder, cues, actors))
    occurring = event_type in _OCCURRING and _occurs(token, cues)
    if event_type == "ASSAULT" and shapes.counted_victims(token):
        # "the assaults that killed 130 in Paris and 32 in Brussels": people harmed, counted not
        # named; a second count the parser joined to the doer is more of them, no doer (qtp35)
        occurring = True
        actor_tokens = [t for t in actor_tokens if not (t.pos_ == "NUM" and t.dep_ == "conj")]
    if event_type == "PROTEST" and not actor_tokens and shapes.counted_crowd(token, cues.crowd):
        occurring = True  # headline "Thousands march in Belgrade": the parser makes the verb a noun the count modifies
    if event_type == "PROTEST" and actor_tokens and all(
            t.lemma_.lower() in cues.crowd and not any(c.lower_ == "of" for c in t.children) for t in actor_tokens):
        occurring, actor_tokens = True, []  # "thousands marched": protesters counted, not named
    if occurring:
        actor_tokens = [t for t in actor_tokens if t.i != token.i]
        sides = prep_objects(token, ("between",)) + prep_objects(token.head, ("between",))
        if not actor_tokens and sides:  # "fighting broke out between the army and the militia"
            actor_tokens, recipient_tokens = sides[:1], [t for t in recipient_tokens + sides[1:] if t.i != sides[0].i]
    recipient_tokens, each_other = without_each_other(recipient_tokens)  # "accused each other": both ways
    # a backbone row's prepositions are its type's defaults: no sign of a counterpart
    mutual = each_other or mutual_act(token, entry.event, entry.recipient_preps if entry.origin != BACKBONE else (),
                                      candidate.consumed, cues.reciprocal)
    if mutual and not actor_tokens and token.pos_ == "NOUN":  # "talks between Ankara and Moscow"
        actor_tokens, recipient_tokens = sides_between(token, recipient_tokens)
    if mutual:  # "agreed settlements with the regulator", "the signing of an accord with Togo": the counterpart
        recipient_tokens = with_counterparts(recipient_tokens, (token, candidate.consumed), _party_test(coder, cues, actors))
    elif not recipient_tokens and entry.origin != BACKBONE and "with" in entry.recipient_preps:
        # "pulled out of an advertising agreement with the committee": a tie left or cut, its party
        # named by "with" in the phrase of the thing (also under "out of")
        preps = [c for c in token.children if c.dep_ == "prep"]
        preps += [q for p in preps for q in p.children if q.dep_ == "prep"]
        things = [g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        recipient_tokens = with_counterparts([], things, _party_test(coder, cues, actors))
    mode = [entry.mode] if entry.mode else []
    means = _accusing_means(token, event_type, cues)
    if means is not None:  # "struck out at the networks with lawsuits": the instrument decides the act
        event_type, mode = "ACCUSE", means
        recipient_tokens = prep_objects(token, ("at", "against", "on")) + object_tokens(token) or recipient_tokens
    if retorts.retort_by_measures(token, event_type, cues):  # "hit back at X with tariffs": the measure
        event_type, mode = "SANCTION", []
    elif retorts.warned_retort(token, event_type, cues):  # "warned it would hit back at X": a threat
        event_type, mode, modality = "THREATEN", [], "asserted"
    # recips16 (eventcoding/calls_vows.py): an appeal, a call repeated, a refusal announced
    echoed = calls_vows.echoed_call(token, event_type, cues)
    if echoed is not None:  # "a call echoed by Japan": the call made again, on whom it is made
        event_type, mode = "REQUEST", []
        recipient_tokens = calls_vows.call_targets(echoed, _party_test(coder, cues, actors), cues)
    defiance = calls_vows.vowed_defiance(token, event_type, cues)
    if defiance is not None:  # "vowed to ignore the tribunal's ruling": a refusal announced
        event_type, mode = "REJECT", []
        recipient_tokens = calls_vows.defied_things(defiance)
    if event_type in ("ACCUSE", "ASSAULT") and token.pos_ == "NOUN" and not any(
            _party_test(coder, cues, actors)(t) and t.ent_type_ not in ("DATE", "TIME") for t in recipient_tokens):
        # "opened a new line of attack on Friday, saying that the governor's budget was reckless": the governor
        recipient_tokens = calls_vows.said_targets(token, _party_test(coder, cues, actors), cues) or recipient_tokens
    if event_type == "REQUEST" and token.pos_ == "VERB" and token.lemma_.lower() in cues.request and not any(
            _party_test(coder, cues, actors)(t) for t in recipient_tokens):
        # "calling for the director's firing": the one to go (events30)
        recipient_tokens = calls_vows.removal_called_for(token, _party_test(coder, cues, actors), cues) or recipient_tokens
    if event_type == "REQUEST" and token.pos_ == "NOUN" and token.lemma_.lower() in cues.call_noun and not any(
            _party_test(coder, cues, actors)(t) and t.ent_type_ not in ("DATE", "TIME") for t in recipient_tokens):
        # "echoed the demand that China release the workers": whom the call is made on
        recipient_tokens = calls_vows.call_targets(token, _party_test(coder, cues, actors), cues) or recipient_tokens
    weapon = None
    if event_type in _MATERIAL_CONFLICT:
        instruments = actor_tokens + [token] + prep_objects(token, cues.instrument_prep)
        if candidate.consumed is not None:
            instruments.append(candidate.consumed)  # "fired rubber bullets", "found two grenades"
        weapon = _weapon_mode(instruments, cues) or crime.instrument_of_row(token, entry)  # "beat him with a bat" (crime17)
        if weapon and weapon not in mode:
            mode.append(weapon)
        # "missiles hit a convoy": a weapon is the means, not the perpetrator -- unless the
        # text says whose it is ("Israeli tanks fired").
        actor_tokens = [t for t in actor_tokens if not _is_weapon(t, cues) or _coded(t, coder, cues)]
        if event_type == "ASSAULT" and token.pos_ == "VERB":
            # events27: "he was killed by a gunman ... N was charged with the murder": the man charged did it
            # "charged in three attacks, including the bombing that killed a guard": the one charged did it
            actor_tokens = parties.charged_killer(token, actor_tokens, cues) or parties.charged_in_attack(
                token, actor_tokens, cues) or actor_tokens
    if token.pos_ == "NOUN" and event_type in _CONFLICT_ACTS and visits_threats.left_open(token, cues):
        event_type, mode, modality = "THREATEN", [], "asserted"  # "refused to rule out a strike on Iran": a threat
    warned = _warned_parties(token, event_type, modality, cues)
    if warned:  # "warned Sweden that it would not ratify ...": a threat to Sweden
        event_type, recipient_tokens = "THREATEN", warned
    elif event_type not in VERBAL_TYPES and (_has_unless_clause(token) or _announces_own_conflict(token, event_type,
                                                                                                  modality, cues)):
        event_type = "THREATEN"  # "X will do Y unless Z", "they said they would blockade": a threat
    elif event_type in _PROMISABLE and modality == "future" and not is_prediction(token, cues) and not (
            event_type == "COOPERATE" and token.lemma_.lower() in cues.joint_work_verb) \
            and not wire_phrasings.announced_would(token, cues) \
            and not concessions_attempts.leaving_office(token, cues):
        # "will withdraw", "will cooperate": a promise; "will work with X": the work planned; "said it would free
        # prisoners" keeps its own type, as before wire21 read its "would" as an announcement; "will resign" is
        # one's own step to come, no promise (events30)
        event_type = "AGREE"
    if event_type in ("MOBILIZE", "RETREAT") and token.pos_ in ("VERB", "AUX"):
        actor_tokens, recipient_tokens = _deployment_sides(token, candidate.consumed, actor_tokens, recipient_tokens,
                                                           cues, entry.recipient_preps if event_type == "RETREAT" else None)
    if event_type == "RETREAT" and token.pos_ in ("VERB", "AUX"):
        # targets34: "withdrew American forces from the region": the forces withdrawn are the doer's own
        recipient_tokens = own_forces.without_own_forces(token, recipient_tokens, cues)
    actor_tokens = [_resolved(t, sentence, coder, cues) for t in actor_tokens]
    # "one group, the Petroleum Institute, urged ...": the name in apposition (recips16)
    actor_tokens = [(None if _coded(t, coder, cues) else calls_vows.named_in_apposition(t, cues)) or t
                    for t in actor_tokens]
    if event_type == "COERCE" and token.pos_ == "VERB":
        asker = _requesting_state(token, actor_tokens, coder, cues)
        if asker is not None:  # "deported the gang leader at Ecuador's request": done for Ecuador
            event_type, mode, recipient_tokens = "COOPERATE", [], [asker]

    actor_ids = {t.i for t in actor_tokens}
    recipient_tokens = [t for t in recipient_tokens if t.i not in actor_ids]
    # "award it the deal", "all of them": the party a recipient pronoun stands for; a thing is no one
    recipient_tokens = pronoun_referents(recipient_tokens, actor_tokens, _party_test(coder, cues, actors),
                                         lambda t: entity_at(doc, t.idx, t.idx + len(t.text)) is not None)
    if event_type not in _MATERIAL_CONFLICT and event_type != "MOBILIZE":  # troops go to a place
        things = recipient_tokens or ([candidate.consumed] if candidate.consumed is not None else [])
        # "refused the endorsement of both the KKK and X": the stance's authors, not the thing
        recipient_tokens = [a for t in recipient_tokens for a in (
            authors_of(t, cues.authored_noun, _party_test(coder, cues, actors)) or [t])]
        recipient_tokens = _parties_not_things(recipient_tokens, coder, cues, actors, event_type == "THREATEN")
        if not recipient_tokens:
            # "His resignation was not accepted by his brother": the one whose thing it is
            recipient_tokens = _pronoun_owners(things, actor_tokens, doc)
        else:
            # "rejected his attempts to add language": a thing kept for the code its possessive pronoun
            # gives it stands for the one the pronoun names (not a thing of the mind: "threaten their hopes")
            recipient_tokens = [o for t in recipient_tokens for o in (
                _pronoun_owners([t], actor_tokens, doc) if t.pos_ == "NOUN" and not _actor_like(t, coder, cues, actors)
                and t.lemma_.lower() not in cues.collective | cues.abstract else []) or [t]]
        # "the war, which his party opposed": a thing's maker found by its clause is the trigger's own subject
        recipient_tokens = [t for t in recipient_tokens if any(t.i == x.i for x in things)
                            or not (t.head.i == token.i and t.dep_ == "nsubj")]
        if event_type == "REJECT" and not recipient_tokens and token.pos_ == "VERB":
            # "X asked Y to reopen the border, but Y refused to do so": the refusal answers the asker
            recipient_tokens = asker_of_refusal(token, cues.ask_verb, actor_tokens,
                                                              _party_test(coder, cues, actors))
        if event_type == "REJECT" and not recipient_tokens and token.pos_ == "VERB":
            # targets31: "The state asked the court to reinstate the law. The court refused to reinstate it"
            recipient_tokens = asker_before(token, cues.ask_verb, actor_tokens, _party_test(coder, cues, actors))
        if not recipient_tokens and event_type == "AGREE":
            # "agreed to a moratorium on repayments for tsunami-hit countries": whom it is granted to
            # (the parser may hang the thing's "on"-phrase on the verb; the verb's own "for" is no
            # thing's: "pledged for every pupil to get ...")
            granted = [t for t in things if t.pos_ == "NOUN"] + [
                t for t in prep_objects(token, ("on",)) if t.pos_ == "NOUN" and token.pos_ == "VERB"]
            recipient_tokens = next((found for thing in granted
                                     if (found := beneficiaries(thing, _party_test(coder, cues, actors)))), [])
    elif event_type in _MATERIAL_CONFLICT:  # "seized the rebels' weapons": force on the rebels
        recipient_tokens = owners_of_things(recipient_tokens, _party_test(coder, cues, actors),
                                            lambda t: is_someone(t, actors) or t.lemma_.lower() in cues.collective
                                            or t.lemma_.lower() in cues.partitive | cues.abstract)
        if not recipient_tokens and candidate.consumed is not None:
            # recip19: "recovered a knife that belonged to X": the owner of the weapon the row names
            recipient_tokens = targets.relative_owner(candidate.consumed, cues.owner_verb,
                                                      _party_test(coder, cues, actors))
        # recip19: "recovered a knife that belonged to X", "impounded the car X drove": the owner
        recipient_tokens = targets.with_relative_owners(recipient_tokens, cues.owner_verb,
                                                        _party_test(coder, cues, actors), lambda t: is_someone(t, actors))
        # "the explosives were detonated outside a hotel": the site hit, not the weapon
        recipient_tokens = struck_site(token, recipient_tokens, lambda t: _is_weapon(t, cues), cues.strike_site_prep)
    if not recipient_tokens and event_type not in _MATERIAL_CONFLICT and event_type != "MOBILIZE":
        # "cut off supplies in a price dispute with Vexland": the other side of the matter it is done in
        frame_verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token, cues)
        if frame_verb is not None:
            recipient_tokens = [t for t in framing_counterpart(frame_verb, cues.joint_frame, cues.frame_prep,
                                                               _party_test(coder, cues, actors)) if t.i not in actor_ids]
    if entry.frame == "demand" and _no_one_obliged(token, recipient_tokens, cues):
        return None  # "corruption must be stopped", "we must cut taxes": no one is asked
    # events27: "her mother and her mother's boyfriend have been charged with murder": a state act on relatives
    # (an arrest or a charge told in the passive) is no private life
    kin_held = entry.mode in cues.state_act and token.pos_ == "VERB" and is_passive(token)
    if event_type != "PROTEST" and not crime.harm_to_kin(event_type) and not kin_held \
            and _private(recipient_tokens, actors, cues):
        # a protest is public whoever it is made for ("a hunger strike to demand news of his family")
        return None  # "met her husband", "walked to meet his wife and son": private life
    material = event_type in _MATERIAL_CONFLICT
    # "More than 50 people have died ... and over 300 injured": the harmed are no doers (targets23)
    actor_tokens = targets.harmed_doers(actor_tokens, token, cues.death | cues.injury_verb, cues.die_verb)
    # "the bishop, citing a psalm ("... as leaders"), endorsed X": an aside's words are no doers (targets32)
    actor_tokens = targets.doers_outside_aside(token, actor_tokens)
    # "asked the senator why he decided to attack X": the one asked, not the asker (targets32)
    actor_tokens = targets.asked_one_for_pronoun(token, actor_tokens, _QUESTION_WORDS)
    if _generic_you(token, actor_tokens + recipient_tokens, quotes, cues):
        return None  # "each time you are killed": anyone, outside a quotation no one is addressed
    if event_type in ("ASSAULT", "COERCE") and nonevents.general_harm(
            token, actor_tokens, any(q.content.start <= token.idx < q.content.end for q in quotes), cues):
        return None  # '"... because people are being killed," she said': what befalls people, no event
    if _generic(token, actor_tokens, cues) or (not actor_tokens and _generic(token, recipient_tokens, cues, True)):
        return None  # "young women who often seek help": a habit of a kind of people, no event
    if not recipient_tokens and _people_at_large(token, actor_tokens, cues):
        return None  # "the word that people have asked to be defined": what anyone does, no event
    clause_verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token, cues)
    if clause_verb is not None and event_type not in _MATERIAL_CONFLICT and _practice(clause_verb, cues):
        return None  # "he met frequently with the chief executive": a practice, no event
    if clause_verb is not None and _indefinite_present(clause_verb, doc, cues):
        return None  # "a net police force monitors websites": what some party does, no event
    if _not_an_act(token, event_type, actor_tokens, recipient_tokens, cues):
        return None  # "agreed the claims were wrong", "any voter who refuses": no act
    if clause_verb is not None and _not_done(clause_verb, cues, demand=entry.frame == "demand"):
        return None  # "will not have to apologise", "ruled that X could not sue", "would not exclude that ..."
    # "the Moroccan intelligence service": a role of several words is a doer (not asked of recipients,
    # where such a phrase is as often a topic: "a pact on border security")
    actor = _parties([t for t in actor_tokens if _actor_like(t, coder, cues, actors, material)
                      or compound_role(t, actors)], coder, tables.currencies, cues)
    actor = _owners_country(actor, actor_tokens, sentence, coder, cues)
    # "Texas Man Who Shot ...", "a Dallas man": the person of the place is the doer, of its country (senses16)
    actor, actor_tokens = senses_figurative.place_person(actor, actor_tokens, lambda w: actors.person_noun(w) is not None,
                                                    _place_country)
    if not actor and crime.person_doers(actor_tokens, event_type,
                                                lambda w: actors.person_noun(w) is not None or w in actors.words.age_noun):
        actor = _parties(actor_tokens, coder, tables.currencies, cues)  # "three teenagers beat a man" (crime17)
    # '"He's backed everything I've said," <Name> said': the quotation's "He" is not its speaker (events43)
    actor = quoted_speakers.not_the_speaker(actor, actor_tokens, quotes)
    if actor_tokens and (not actor or _unresolved_pronouns(actor, actor_tokens)) and not (
        material and all(_is_means(t, cues) for t in actor_tokens)
    ):
        # the clause names a doer we cannot use ("they", "strike action"): not an actorless
        # attack -- unless the subject is the means ("a roadside bombing killed ...")
        return None
    if event_type == "PROTEST" and _objection_in_court(token, cues):
        return None  # "postponed following protests by those on trial": an objection in court, no demonstration
    if event_type == "PROTEST" and _state_complaint(token, actor, doc, sentence, cues):
        event_type, mode = "ACCUSE", ["disapprove"]  # "a protest from the Thai government": a complaint
    if event_type == "PROTEST" and _verbal_protest(token, sentence, cues):
        event_type, mode = "ACCUSE", ["disapprove"]  # "firms protested that the agency was unfair": said, not marched
        recipient_tokens = recipient_tokens or [
            s for c in token.children if c.dep_ == "ccomp" for n in c.children if n.dep_ in ("nsubj", "nsubjpass")
            and _party_test(coder, cues, actors)(n) for s in conjoined(n)]
    raid = raids.raid_type(token, event_type, actor, actor_tokens, cues)
    if raid is None:
        return None  # "searched the house for his keys": only the state's agents search as an act
    if raid != event_type:  # "agents raided the offices": seizure (CAMEO 17x); "gunmen raided": violence
        event_type, mode = raid, ["seize"] if raid == "COERCE" else [m for m in mode if m != "seize"]
    if event_type == "ASSAULT" and actor and all(t.lemma_.lower() in cues.protester for t in actor_tokens):
        event_type, mode = "PROTEST", ["riot"]  # "rioters clashed with police": a violent protest
    legal = crime.legal_act(event_type, mode)  # "arrested after his car crashed": the law's act, no harm (crime17)
    if material and not legal and (_accidental(sentence, actor_tokens, actor, cues, _idiom_words(
            token, entry, candidate.consumed)) or (not actor and not weapon and _told_after_accident(doc, sentence, cues))):
        return None  # "killed when the bus overturned": harm without a doer is no attack
    if not weapon and ((event_type == "ASSAULT" and crime.vehicle_mishap(token, sentence, actor_tokens, cues))
                       or (event_type == "PROTEST" and crime.vehicle_doer(actor_tokens, cues))):
        return None  # "killed when his car hit a tree", "struck by a hit-and-run driver": a road accident (crime17)
    if material and not legal and not weapon and not any(p.country or p.sector for p in actor) and _disaster_story(doc, cues):
        return None  # "Floods swept through Assam ... 40 people were killed": the flood's dead
    if material and not weapon and actor_tokens and all(t.lemma_.lower() in cues.ailment for t in actor_tokens):
        return None  # "cholera has killed 40 people", "cancer killed him": a natural death
    if event_type == "ASSAULT" and not actor and not weapon and _injury_alone(token, sentence, cues):
        return None  # '"He was shaken but not badly injured," said the spokesman': harm, no attack told
    if material and not legal and not actor and not weapon and token.lemma_.lower() in cues.death \
            and _accident_death(doc, sentence, recipient_tokens, cues):
        return None  # "She died when the plane crashed. ... before she was killed": the crash's dead
    if event_type == "ASSAULT" and not weapon and _contest(token, sentence, cues) \
            and not _non_players(recipient_tokens + actor_tokens, cues):  # "fans attacked police after the game"
        return None  # "the Cubs beat the Indians 8-7": a game, not an attack
    if event_type == "ASSAULT" and not weapon and contest_story.harmless_defeat(token, doc, _armed(actor, cues), cues):
        return None  # '"He got beat, but that's OK"' in a story no one is hurt in: a loss, not an attack (events45)
    if material and not weapon and _won_between_names(token, actor, actor_tokens, recipient_tokens, cues):
        return None  # "Henman beat Federer", "Chelsea crushed Arsenal": a game, not an attack
    business = bool(actor) and all(p.sector and set(p.sector) <= {"BUS"} for p in actor)
    if (material or (event_type == "THREATEN" and "violence" in mode)) and not weapon and business:
        return None  # "the firm hit its target", "vowed to crush its rivals": company performance
    if event_type == "SANCTION" and not recipient_tokens and wire_phrasings.firms_only(actor, doc):
        return None  # "brokers suspended arbitrage trading for their own accounts": a firm's own business (wire21)
    if event_type == "AGREE" and business and not recipient_tokens and token.tag_ == "VBG" and token.dep_ == "advcl":
        return None  # "launched its handset, promising a week's battery": what a product offers, no pledge
    if material and not weapon and _noun_in_verb_form(token, cues):
        return None  # "the UK beat scene", "film and TV hits Day of the Jackal": a noun, no act
    if material and not weapon and _money_taken(token, cues):
        return None  # "hit with a huge bill", "charged VAT", "it's hit £750": billing, not force or law
    if (material or event_type in ("PROTEST", "THREATEN")) and not weapon and _market_figure(
            token, material or event_type == "THREATEN", cues, tables.currencies):
        return None  # "slowdowns could hit exports", "killing off demand", "a rally in shares": a market moving
    if event_type == "REQUEST" and _market_want(token, cues):
        return None  # "low rates boosted demand", "US demand for heating oil": a market's want, no request
    if material and _film_shoot(token, cues, actors):
        return None  # "the film was shot in Hindi and English", "shot on location": filming
    if _toward_outcome(token, cues):
        return None  # "stormed to a 6-4 6-3 win", "heading for victory": a race or a game
    if _in_a_work(token, event_type, actor_tokens, recipient_tokens, cues):
        return None  # "a film accusing Islam", "a character will be killed": a plot, not an event
    if legal_status(token, cues):
        return None  # "36 people accused in connection with the blasts said": defendants, no act
    if event_type == "SUPPORT" and _backs_a_product(token, cues):
        return None  # "a format backed by Sony", "which technology it backs": a market choice, not politics
    if (material or event_type == "THREATEN") and not weapon and (
            _abstract_targets(recipient_tokens, cues) or senses_figurative.abstract_object(token, cues)):
        return None  # "could threaten Germany's hopes of recovery", "captured the mood": force on a thing of the mind
    if shapes.topic_warning(event_type, candidate.consumed, recipient_tokens, cues.shape_warning_noun, cues.ask_topic_prep):
        return None  # "issued a warning about rising food prices": a risk told, no one threatened
    # "was fined $500": a penalty told in the passive, its authority (a court, a regulator) untold (events38)
    penalty_passive = _penalty(token, cues) and is_passive(token)
    if not actor and entry.origin == BACKBONE and not weapon and not penalty_passive:
        return None  # a dictionary verb with no doer and no weapon ("were hurt") tells no attack
    state_act = (entry.mode in cues.state_act or crime.court_finding(token, event_type, cues) or penalty_passive) and (
        is_passive(token) or teller is not None)  # "was found guilty": the court untold (crime17)
    if not actor and not occurring and not state_act and (
            event_type not in _ACTORLESS_OK or token.pos_ == "NOUN") \
            and not doerless.agentless_act(token, cues.doerless_verb):  # "sanctions were imposed on Iran"
        # No one does it: a statement of fact or a topic ("the consequences of the invasion").
        # Only a reported attack ("missiles hit a convoy") may wait for its perpetrator.
        return None
    # "condemned the bombing of the embassies": aimed at the bombers, not the bombed (wire22)
    recipient_tokens = frame_targets.without_attacked(token, event_type, recipient_tokens, cues)
    # "Q: Your mother was deported": a printed interview's label is no party (modality30)
    recipient_tokens = [t for t in recipient_tokens if not shapes.interview_label(t)]
    actor_tokens = [t for t in actor_tokens if not shapes.interview_label(t)]
    doers = {p.entity for p in actor if p.entity}
    # "the US denied entry to the United States": a name for the actor is no one it acts on
    recipient_tokens = [t for t in recipient_tokens if t.pos_ != "PROPN" or not doers & {
        p.entity for p in _parties_of(t, coder, cues)}]
    recipient = _parties(recipient_tokens, coder, tables.currencies, cues)
    home = story_country(doc, tables.actors.words.not_state)
    actor = no_act.plain_plurals(actor, cues)  # "speakers at the rally": no legislature's officers (wire18)
    actor, recipient = (federal_centre.federal_officials(actor, recipient, doc, home, cues),  # "federal officials"
                        federal_centre.federal_officials(recipient, actor, doc, home, cues))
    # "the premier ordered diplomats to ...": officers of his own, before the story's country fills them (modality30)
    recipient = order_receivers.own_officials(token, event_type, actor, recipient, cues.bind_verb, _OFFICIAL_SECTORS)
    # "the government's crackdown on protesters": its own people, before the story's country fills them (targets33)
    recipient = home_codes.governed_protesters(event_type, actor, recipient, cues.protester, _OFFICIAL_SECTORS)
    # "a video from the terrorist group": the armed group named before, not the story's country (events34)
    actor, recipient = (armed_referents.group_referent(actor, sentence, lambda t: _parties_of(t, coder, cues), cues),
                        armed_referents.group_referent(recipient, sentence, lambda t: _parties_of(t, coder, cues), cues))
    actor, recipient = _at_home(actor, home, cues), _at_home(recipient, home, cues)
    kinds = {e.id: e.type for e in doc._.entities or []}
    # "Veltrax Corp., Dayton, Ohio, said ...": a firm placed by its town; else a named body no table codes, in a
    # one-country story (wire21)
    actor = wire_phrasings.placed_by_apposition(actor, actor_tokens, doc)
    recipient = wire_phrasings.placed_by_apposition(recipient, recipient_tokens, doc)
    actor, recipient = wire_phrasings.named_bodies_at_home(actor, home, kinds), wire_phrasings.named_bodies_at_home(recipient, home, kinds)
    if wire_phrasings.armed_strike(token, event_type, actor, cues, kinds):
        event_type, mode, material = "ASSAULT", [], True  # "militants plan to strike again": an attack (wire21)
    actor, recipient = (federal_centre.federal_centre(actor, recipient, doc, home, cues),  # "the Centre" (web19)
                        federal_centre.federal_centre(recipient, actor, doc, home, cues))
    actor = senses_figurative.gunman_at_home(event_type, actor, actor_tokens, recipient, home,  # "Omar Mateen shot ..."
                                        {e.id: e.type for e in doc._.entities or []})
    if visits_threats.welcomed_at_home(token, event_type, mode, actor, recipient, cues):
        event_type, mode = "SUPPORT", []  # "would be warmly welcomed by Labour MPs": one of its own, no visit
    if event_type == "ASSAULT" and not weapon and _verbal_clash(token, actor, recipient, actor_tokens + recipient_tokens,
                                                                sentence, cues):
        event_type, mode, material = "ACCUSE", ["disapprove"], False  # "clashed with the newspaper": words
    if concessions_attempts.attempt_to_agree(token, event_type, cues):
        event_type, mode = "CONSULT", []  # "tried to reach an agreement": a negotiation, no agreement told (spur20)
    if concessions_attempts.resigned_under_pressure(token, event_type, cues):
        event_type, mode = "CONCEDE", []  # "resigned, forced out by his party": a change of leader acceded to (spur20)
    if sport_business.disciplinary_charge(token, event_type, actor, tables.actors.words.not_state, kinds, cues):
        event_type, mode = "ACCUSE", []  # "FIFA has charged the club with misconduct": a federation's charge (events23)

    def party_of(t: Token) -> Party | None:
        return next(iter(_parties([t], coder, tables.currencies, cues)), None)

    if calls_vows.warned_not_to(token, event_type, cues) and calls_vows.warner_appeals(actor, recipient, kinds, cues):
        event_type, mode = "REQUEST", []  # "liberal Democrats warned the Fed not to act": an appeal (recips16)
    if speech_force.words_of_attack(token, event_type, bool(weapon), actor, recipient, actor_tokens, recipient_tokens,
                                    sentence, party_of, lambda t: is_someone(t, actors), kinds, cues) or (
            calls_vows.hit_on_topic(token, event_type, bool(weapon), [{s.lower() for s in p.sector} for p in actor],
                                    lambda t: is_someone(t, actors), cues)) or (
            calls_vows.attack_noun_told_by_saying(token, event_type, bool(weapon), [{s.lower() for s in p.sector}
                                                                                   for p in actor],
                                                  bool(prep_objects(token, ("on", "against"))), cues)):
        event_type, mode, material = "ACCUSE", ["disapprove"], False  # "attacked the White House over ...": words
    elif not visits_threats.words_idiom(token, sentence, cues) and speech_force.force_kept(
            token, event_type, actor, recipient, actor_tokens, sentence, lambda t: is_someone(t, actors), kinds, cues):
        event_type, mode, material = "ASSAULT", [], True  # "hit back at the rebels, killing four": force
    if crime.prosecution_declined(event_type, mode, modality, entry.context, [p.sector for p in actor]):
        event_type, mode, modality, material = "REJECT", [], "asserted", False  # "would not prosecute her" (events42)
    if contest_attacks.attacks_without_target(token, event_type, bool(weapon), actor, recipient, actor_tokens, sentence,
                                              lambda t: is_someone(t, actors), cues):
        return None  # "urged him to tone down his attacks": a way of campaigning, no one attacked (events42)
    if contest_attacks.words_between_candidates(token, event_type, bool(weapon), actor, recipient, actor_tokens, sentence,
                                                lambda t: is_someone(t, actors), cues):
        event_type, mode, material = "ACCUSE", ["disapprove"], False  # "stepped up his attacks on Lopez at a rally"
    if speech_force.private_quarrel(token, event_type, actor, kinds, cues,
                                    lambda w: (n := actors.person_noun(w)) is not None and n.kind == "identity"):
        return None  # "the actress hit back at critics of her film": a quarrel, no politics
    if nonevents.scare_quoted(token) and not any(is_someone(t, actors) or t.ent_type_ in ("GPE", "LOC", "FAC")
                                                 for t in recipient_tokens):
        return None  # 'outlets had been "bombarded" by fans': a figure of speech, on no one
    if nonevents.told_no_event(token, clause_verb, candidate.consumed, event_type, actor + recipient, actor_tokens,
                               recipient_tokens, doc, cues, weapon=bool(weapon)):
        return None  # "Denmark exports cheese", "the chance to donate", "injured her knee": no act
    if characterisations.characterised(token, cues):
        return None  # "liberals pose such a big threat to X", "Iran is a threat": a property said, no act (events43)
    if senses.no_event(token, event_type, candidate.consumed, recipient_tokens, cues, bool(weapon)):
        return None  # "the extent of his appeal", "Thank God", "destroyed 34,000 emails": another sense of the word
    if senses_things.no_event(token, candidate.consumed, mode, cues):
        return None  # "issued 2.5 million Class B warrants", "the criminal investigation department": a thing (wire22)
    if senses_campaign.no_event(token, event_type, sentence, _armed(actor, cues), cues, mode):
        return None  # "beat his rival in the runoff", "captured 1,944 delegates", "greeted by ... protesting": another sense
    if stances.no_event(token, event_type, actor_tokens, recipient_tokens, cues, bool(weapon)):
        return None  # "I no longer recognize my party", "his proposal to ban X", "anything short of shooting": no act
    if feelings.no_event(token, event_type, recipient_tokens, cues):
        return None  # "expressed concern that members could back X", "showing signs of irritation": no one accused (events34)
    if campaign_talk(token, event_type, modality, actor, actor_tokens, recipient_tokens, cues, bool(weapon)):
        return None  # "suspended his campaign", "at his rally", "would bomb them if he is elected": campaign talk
    if senses_figurative.no_event(token, event_type, mode, actor, actor_tokens, recipient_tokens, cues, bool(weapon),
                             _armed(actor, cues)):
        return None  # "the appeal of her speech", "released a video", "the Post's investigation": another sense (senses16)
    into_only = [(c.kind, c.negated) for c in entry.conditions] == [("prep", False)] and set(entry.conditions[0].words) == {"into"}
    if senses_frames.no_event(token, event_type, into_only, actor_tokens, _party_test(coder, cues, actors), cues,
                              bool(weapon), _armed(actor, cues)):
        return None  # "his appeal was greatest among X", "continued its slide into disorder", "building a base" (events34)
    if questions_wants.no_event(token, entry.frame, cues):
        return None  # "asked him how he would handle the arrests", "to determine whether X violated Y" (events34)
    if modality == "asserted" and questions_wants.act_asked_for(token, event_type, cues):
        modality = "hypothetical"  # "requested an investigation of N": only asked for, as "called for" (events34)
    if standing_stances.no_event(token, cues):
        return None  # "her positions ... backing a ban", "has said for years that it would support X" (events34)
    if senses_ordinary.no_event(token, event_type, actor, actor_tokens, recipient_tokens, cues, bool(weapon)):
        return None  # "withdrew from the tournament", "killed it", "banned camera phones": an ordinary sense (spur17)
    if press_calls.press_call(token, event_type, actor, cues):
        return None  # "when the agency called the prison on Thursday": a story gathered, no act (web19)
    if press_calls.asked_to_comment(token, event_type, cues):
        return None  # "Asked to comment on the report, a spokesman said": a press question (wire22)
    if press_calls.comment_topic(token, event_type, cues):
        return None  # "did not respond to a request for comment on her criticism": a press question's topic (events31)
    if senses_local.no_event(token, event_type, cues):
        return None  # "met her at the door", "under the 1990 treaty": a greeting, an agreement in force (senses13)
    if timeless.no_event(token, event_type, clause_verb, actor_tokens, recipient_tokens,
                         any(q.content.start <= token.idx < q.content.end for q in quotes),
                         lambda t: actors.country_of(t.text) is not None, cues):
        return None  # "volunteer groups work with the police", "has said he opposes raising the tax": no act at a time (spur19)
    if concessions_attempts.alternatives_listed(token, cues):
        return None  # "whether it is helping the police or training medics, the unit stays busy": kinds of work (spur20)
    if sport_business.reason_for_judging(token, cues) or sport_business.leaving_at_term_end(token, cues) \
            or sport_business.habit_denied(token, modality):
        return None  # "praised for his opposition to", "will step down when his term ends", "doesn't ask": (events23)
    if no_act.no_event(token, event_type, recipient, recipient_tokens, cues):
        return None  # "met his aides", "dug in to defend its positions", "no explosives were found": no act (wire18)
    if wants_formulas.no_event(token, event_type, cues):
        return None  # "who asked not to be named", "must be met with a crackdown", "a suit seeking ...": no act (modality27)
    if standings.no_event(token, event_type, actor_tokens, recipient, cues):
        return None  # "has backing from 35 percent", "will face his greatest test", "used to support": no act (senses29)
    if background_nouns.inquiry_in_background(token, event_type, cues):
        return None  # "after the conclusion of the agency's investigation": an inquiry as background (events37)
    if descriptions.no_event(token, event_type, lambda t: is_someone(t, actors), cues, bool(weapon)):
        return None  # "a critic who has long criticized N", "asked him if he would deport", "pledged delegates" (targets32)
    if unacted.no_event(token, event_type, recipient_tokens, _party_test(coder, cues, actors), cues):
        return None  # "who once praised the bill", "defends her own credentials", "fear X will make a deal" (events39)
    if counterparts.imperative_addressed(token) or counterparts.no_one_acted_on(token, entry.recipient_preps,
                                                                               recipient_tokens, cues):
        return None  # '"Mr. X, tear down this wall!"', "I apologize to nobody" (events41)
    if mishaps.no_event(token, event_type, recipient_tokens, lambda t: is_someone(t, actors), cues, bool(weapon),
                        _armed(actor, cues), modality):
        return None  # "snow forced the county to close the road", "fires blamed on faults": no act on a party (spur18)
    if emergencies.escape(token, event_type, actor, _armed(actor + recipient, cues), cues):
        return None  # "A fire destroyed the house ... all evacuated safely": people escaping, no retreat (events44)
    if settings.own_session(token, event_type, cues):
        return None  # "At a recent council meeting, the council agreed ...": the scene of the act, no CONSULT (events44)
    if unasserted.fix14_no_event(token, event_type, actor, recipient, lambda t: is_someone(t, actors), doc, cues):
        return None  # "there's no concern that a virus will hit", "could injure people if", a tribunal's ruling
    if event_type not in _CONFLICT_ACTS and _private_person(actor, actor_tokens):
        # PETRARCH/PLOVER coding discipline: talk and cooperation are events between actors of
        # public life; a person with no country or sector code is a private one ("Mr Gardner
        # agreed", "Upson pulled out"). Violence and protest by anyone stay events.
        return None
    if event_type not in _CONFLICT_ACTS and _onlookers(actor_tokens, cues) \
            and not sport_business.public_charge(token, event_type, actor_tokens, recipient, cues):  # "fans accused the club of"
        return None  # "analysts welcomed the move", "consumers' demands": commentary, the market
    if event_type == "ASSAULT" and not weapon and _onlookers(actor_tokens, cues) and not any(
            is_someone(t, actors) or t.ent_type_ in ("GPE", "LOC", "FAC") for t in recipient_tokens):
        return None  # "offices were bombarded by fans", "users attacked the software": a figure, on no one
    if not actor and not recipient and not weapon and not occurring:
        return None  # "Fox attacks Blair's 'lies'": an attack on no one, by no one, with nothing
    if _domestic_visit(entry, actor, recipient, home):
        return None
    if entry.political_only and not (material and weapon) and not _political(actor + recipient, doc, cues) and not (
            event_type == "ACCUSE" and _named_people_with_a_country(actor, recipient, kinds)):
        # the dictionaries' loose patterns count only between political actors, or as violence
        # with a weapon named ("two IEDs exploded near the border"); criticism by an idiom of force
        # between people named in full with a country stays ("Donald Trump fired back at Jeb Bush")
        return None
    if entry.origin == BACKBONE and not (material and weapon) and not any(c.kind == "obj" for c in entry.conditions) \
            and not (recipient or any(is_someone(t, actors) for t in prep_objects(token, cues.party_prep))
                     or (material and _armed(actor, cues))):
        # weak evidence: a dictionary pattern without an object of its own ("struggle with",
        # "travel for") codes an act on someone, or force used by a force: "the US is struggling
        # with a deficit" acts on no one; "sided with Venezuela" does
        return None
    if event_type == "PROTEST" and _not_dissent(token, actor_tokens, recipient_tokens, cues):
        return None  # "said at a rally for Mrs Clinton", "a campaign rally": electioneering
    if mutual:  # "Iran and Iraq signed a deal": the second side is the first one's counterpart
        actor, recipient, actor_tokens, recipient_tokens = split_sides(actor, recipient, actor_tokens, recipient_tokens)
    return Draft(event_type, entry, token, sentence, candidate.sentence_index, modality, actor, recipient,
                 actor_tokens, recipient_tokens, mode, source=_teller_entity(doc, source_tokens))


# The second person (``second_person`` cues): outside a quotation it addresses no one ("each time you are killed").


def _generic_you(trigger: Token, party_tokens: list[Token], quotes: list[Quote], cues: Cues) -> bool:
    """Every party is "you" and the clause is no one's quoted words: a generic second person
    (a review's "you have to backtrack each time you are killed"), not someone acted upon. In a
    quotation "you" is the one spoken to ("we will fight you") and stays."""
    if not party_tokens or not all(t.lower_ in cues.second_person for t in party_tokens):
        return False
    return not any(q.content.start <= trigger.idx < q.content.end for q in quotes)


def _objection_in_court(trigger: Token, cues: Cues) -> bool:
    """A protest by a party of a trial (``trial_party``: "protests by the defendants", "the defence
    protested", "protests by those on trial", "protests from defence lawyers") is an objection in court or a plea to it, no
    demonstration. The doer is the noun's by- or from-phrase or possessor, or the verb's subject;
    "supporters of the defendants protested outside the court" (supporters) stays."""
    if trigger.lemma_.lower() != "protest":
        return False
    if trigger.pos_ == "NOUN":
        doers = [g for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                 for g in c.children if g.dep_ == "pobj"] + [c for c in trigger.children if c.dep_ == "poss"]
    else:
        doers = [c for c in trigger.children if c.dep_ == "nsubj"]

    def trial_party(token: Token) -> bool:
        if token.lemma_.lower() in cues.trial_party or token.lower_ in cues.trial_party:
            return True
        if token.lemma_.lower() in cues.counsel and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in cues.trial_party for c in token.children):
            return True  # "defence lawyers": counsel of the accused
        return any(p.dep_ == "prep" and p.lower_ == "on" and any(g.lemma_.lower() in cues.trial_party
                                                                 for g in p.children if g.dep_ == "pobj")
                   for p in token.children)  # "those on trial"

    return bool(doers) and all(trial_party(t) for d in doers for t in conjoined(d))


def _state_complaint(trigger: Token, actor: list[Party], doc: Doc, sentence: Span, cues: Cues) -> bool:
    """A protest by a state is a complaint (CAMEO 114, ACCUSE disapprove), not a demonstration:
    every doer is a government or a state named as such ("a protest from the Thai government",
    "Japan lodged a protest"), and the sentence counts no crowd or protesters ("thousands
    protested outside the ministry" stays a PROTEST)."""
    if trigger.lemma_.lower() != "protest" or not actor:
        return False
    if any(t.lemma_.lower() in cues.crowd | cues.protester for t in sentence):
        return False
    kinds = {e.id: e.type for e in doc._.entities or []}
    return all(_in_sectors(p, {"gov"}) or (p.entity is not None and kinds.get(p.entity) == "GPE" and not p.sector)
               for p in actor)


def _verbal_protest(trigger: Token, sentence: Span, cues: Cues) -> bool:
    """A verb of protest with a clause for its content ("protested that the rules were unfair") or
    with what it is about ("protested about the delay", "protested at the decision") tells a
    complaint (ACCUSE disapprove), as "complained" would -- unless the sentence counts a crowd or
    protesters, or the protest is somewhere ("protested in the square", "at the embassy"): a
    demonstration."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() != "protest":
        return False
    if any(t.lemma_.lower() in cues.crowd | cues.protester for t in sentence):
        return False
    place_preps = ("in", "at", "outside", "near", "through", "along", "across", "on", "before", "into")
    if any((_entity_type(t) in ("GPE", "LOC", "FAC") or t.lemma_.lower() in cues.protest_site) and (
            (t.dep_ == "pobj" and t.head.lower_ in place_preps) or any(c.lower_ in place_preps for c in t.children))
           for t in sentence):
        return False  # "farmers protested over the tax outside parliament": wherever the parser hangs the place
    said = any(c.dep_ == "ccomp" for c in trigger.children)
    return said or any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in prep_objects(trigger, ("about", "over", "at")))


# The sectors of sides that argue but do not fight: the press and business.
_WORDS_ONLY_SECTORS = frozenset({"med", "bus"})


def _verbal_clash(trigger: Token, actor: list[Party], recipient: list[Party], tokens: list[Token], sentence: Span,
                  cues: Cues) -> bool:
    """"The singer clashed with the newspaper", "the minister clashed with the network over its
    coverage": a clash whose one side is a publication, a firm or a show is a dispute in words
    (PLOVER codes a verbal clash ACCUSE, a physical one ASSAULT or PROTEST) -- unless a side is
    armed or a state, or the sentence counts a crowd, names protesters or tells a death or injury."""
    if trigger.lemma_.lower() != "clash" or not actor or not recipient:
        return False
    sides = actor + recipient
    if _armed(sides, cues) or any(_entity_type(t) in ("GPE", "NORP") for t in tokens):
        return False
    if not (any(_in_sectors(p, set(_WORDS_ONLY_SECTORS)) for p in sides)
            or any(t.lemma_.lower() in cues.work | cues.firm_noun for t in tokens)):
        return False
    harm = cues.crowd | cues.protester | cues.injury_verb | cues.death | set(cues.weapon)
    return not any(t.lemma_.lower() in harm or t.lower_ in harm for t in sentence)


def _in_sectors(party: Party, sectors: set[str]) -> bool:
    """The party has one of the sectors (lower-case codes, as event_cues.tsv lists them)."""
    return any(s.lower() in sectors for s in party.sector)


def _place_country(token: Token) -> str | None:
    """The country of the place the places stage resolved at ``token`` ("Texas" of "Texas Man"), else None."""
    for place in token.doc._.places or []:
        if any(m.start <= token.idx < m.end for m in place.mentions):
            return place.country
    return None


def _armed(parties: list[Party], cues: Cues) -> bool:
    """Some party uses force (military, police, rebels ...: ``armed_sector`` cues)."""
    return any(_in_sectors(p, cues.armed_sector) for p in parties)


def _private_person(actor: list[Party], actor_tokens: list[Token]) -> bool:
    """The actor is a person with no country or sector code, not a named body or state."""
    if not actor or any(p.country or p.sector for p in actor):
        return False
    return not any(_entity_type(t) in _BODY_ENTITY_TYPES for t in actor_tokens)


def _entity_type(token: Token) -> str:
    """The token's entity type as the entities stage settled it, else the tagger's."""
    entity = entity_at(token.doc, token.idx, token.idx + len(token.text))
    return entity.type if entity is not None else token.ent_type_


def _is_person(token: Token, cues: Cues) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in cues.person_pronoun
    return _entity_type(token) == "PERSON"


def _party_test(coder: Coder | None, cues: Cues, actors: ActorDictionary) -> Callable[[Token], bool]:
    """Someone an act can be aimed at: a name, a person or body noun, a body of people."""
    return lambda token: _actor_like(token, coder, cues, actors) or token.lemma_.lower() in cues.collective


def _parties_not_things(tokens: list[Token], coder: Coder | None, cues: Cues, actors: ActorDictionary,
                        keep_abstract: bool = True) -> list[Token]:
    """Recipients are parties: a thing acted upon gives way to the party its phrase names
    ("dismissed an attempt by Yukos": Yukos) or to no one ("backed its argument": -). A thing
    with a country code ("the Russian plan") keeps it, as the code names the party; so does a
    coded thing of the mind when ``keep_abstract`` (a threat to "Germany's hopes" is no threat to
    Germany) -- else its owner stands for it ("agreed to the FCC's demands": the FCC)."""
    def is_party(token: Token) -> bool:
        # a body of people is a party ("talks between the two rival factions")
        return _actor_like(token, coder, cues, actors) or _coded(token, coder, cues) or token.lemma_.lower() in cues.collective

    kept: list[Token] = []
    for token in tokens:
        if token.pos_ == "PRON" and token.lower_ == "it" and not _coded(token, coder, cues):
            continue  # "criticised the downsize and blamed it on ...": a thing again, not a party
        gerund = token.pos_ == "VERB" and token.dep_ in ("pobj", "dobj")  # "criticism of the damming by ..."
        if (token.pos_ != "NOUN" and not gerund) or _actor_like(token, coder, cues, actors) \
                or token.lemma_.lower() in cues.collective:
            found = [token]
        elif keep_abstract and token.lemma_.lower() in cues.abstract and _coded(token, coder, cues):
            found = [token]  # "threaten Germany's hopes": the thing of the mind stays, for _abstract_targets
        else:  # "his commitment to the Zambian people": the party the thing is aimed at, else its code's
            found = party_behind(token, is_party, cues.author_prep, cues.goal_prep, cues.share_noun,
                                 cues.answer_verb | cues.tell_opinion) or (
                [token] if _coded(token, coder, cues) else [])
        kept += [t for t in found if all(t.i != k.i for k in kept)]
    return kept


def _requesting_state(verb: Token, actor_tokens: list[Token], coder: Coder | None, cues: Cues) -> Token | None:
    """The state at whose request (``behest`` cues) a state's force against someone is used
    ("arrested the suspect at the request of Bamako", "deported him at Ecuador's request"): the act is
    done for that state, cooperation with it. Only another country than the actor's: a police arrest
    at a university's or a court's request at home stays force."""
    home = {p.country for t in actor_tokens for p in _parties_of(t, coder, cues) if p.country}
    if not home:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")):
        for ask in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in cues.behest):
            askers = [c for c in ask.children if c.dep_ == "poss"] + [
                g for c in ask.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            for asker in askers:
                countries = {p.country for p in _parties_of(asker, coder, cues) if p.country}
                if countries and not countries & home:
                    return asker
    return None


def _pronoun_owners(things: list[Token], actor_tokens: list[Token], doc: Doc) -> list[Token]:
    """The party a possessive pronoun of a thing acted upon stands for, as the entities stage
    resolved it, when that party is not the actor: "His resignation was not accepted by his
    brother", "the board rejected her offer" act on the one whose resignation or offer it is (as
    "rejected the minister's offer" acts on the minister). "The minister withdrew his offer" acts
    on no one: the pronoun is the minister."""
    def entity_of(token: Token) -> Entity | None:
        return entity_at(doc, token.idx, token.idx + len(token.text))

    doers = {e.id for t in actor_tokens for e in (entity_of(t), entity_of(noun_phrase(t).root)) if e is not None}
    found: list[Token] = []
    for thing in things:
        if thing.pos_ != "NOUN":
            continue
        for owner in (c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PRON"):
            entity = entity_of(owner)
            if entity is not None and entity.type in ("PERSON", "ORG") and entity.id not in doers:
                found.append(owner)
    return found


# Possessors that make a kinship noun someone's private relation ("her husband", "his wife"):
# the ``personal_possessor`` cues.


def _private(recipients: list[Token], dictionary: ActorDictionary, cues: Cues) -> bool:
    """All the ones acted upon are someone's relatives ("his wife Anna and son Luca"): private life."""

    def kin(token: Token) -> bool:
        noun = dictionary.person_noun(token.lemma_) or dictionary.person_noun(token.text)
        return noun is not None and noun.kind == "relation" and token.lemma_.lower() not in cues.office_relation_noun

    return bool(recipients) and all(kin(t) for t in recipients) and any(
        c.dep_ == "poss" and (c.lower_ in cues.personal_possessor or c.ent_type_ == "PERSON")
        for t in recipients for c in t.children)


def _political(parties: list[Party], doc: Doc, cues: Cues) -> bool:
    """Some party is a political actor: a state or people named as such ("Canada", "Kurds"), a
    body of a political sector (government, forces, rebels, courts, parties, unions ...) or a bloc
    (IGO, UNO, EUR, IMG). Companies, clubs, players and private people are not."""
    kinds = {e.id: e.type for e in doc._.entities or []}
    return any(
        {s.lower() for s in p.sector} & cues.political
        or (p.country or "").lower() in cues.political
        or (p.entity is not None and kinds.get(p.entity) == "GPE")
        # a people named by its nation ("Kurds"), not a role group ("students", typed NORP too)
        or (p.entity is not None and kinds.get(p.entity) == "NORP" and p.country is not None and not p.sector)
        for p in parties
    )


def _named_people_with_a_country(actor: list[Party], recipient: list[Party], kinds: dict[str, str]) -> bool:
    """Both sides are people named by name, the doer with a country ("Donald Trump fired back at Jeb Bush"): a
    candidate with no office in the tables is still a speaker of public life for an idiom of criticism
    (the fourth US-news audit's 'fire back at George Will'; s13-stances4). "The actress hit back at critics"
    (no named target) does not qualify; a private quarrel is left to speech_force.private_quarrel."""
    def named(p: Party) -> bool:
        return p.entity is not None and kinds.get(p.entity) == "PERSON"
    return bool(actor) and bool(recipient) and all(named(p) and p.country is not None for p in actor) and all(
        named(p) for p in recipient)


def _told_after_accident(doc: Doc, sentence: Span, cues: Cues) -> bool:
    """"A tanker overturned on the motorway. Four people were injured": harm with no doer and no
    weapon, right after a sentence telling of an accident, is that accident's."""
    if sentence.start == 0:
        return False
    previous = doc[sentence.start - 1].sent
    return _accidental(previous, [], [], cues) and not _accidental(sentence, [], [], cues) and not any(
        t.lemma_.lower() in cues.intent or t.lemma_.lower() in cues.attack for t in sentence)


def _accident_death(doc: Doc, sentence: Span, victims: list[Token], cues: Cues) -> bool:
    """A death with no doer, weapon, attack or intent in its sentence ("before she was killed") is
    an accident's when another sentence of the article tells a death in an accident ("She and eight
    others were killed when the plane crashed") and either the article names no weapon, attack or
    intent anywhere, or the victim is the same entity (the entities stage's name or pronoun) as one
    named in that accident sentence and no sentence naming that victim tells an attack."""
    def harmful_in(span: Span) -> bool:
        return any(t.lemma_.lower() in harmful or t.lower_ in harmful for t in span)

    harmful = (set(cues.weapon) | cues.attack | cues.intent) - cues.accident - cues.disaster
    if harmful_in(sentence):
        return False
    told = [s for s in doc.sents if s.start != sentence.start and _accidental(s, [], [], cues)
            and any(t.lemma_.lower() in cues.death for t in s)]
    if not told:
        return False
    if not any(harmful_in(s) for s in doc.sents):
        return True  # the article's only account of a death is the accident
    victim_ids = {entity.id for entity in doc._.entities or [] for mention in entity.mentions
                  if any(mention.start <= t.idx < mention.end for t in victims)}
    if not victim_ids:
        return False

    def names_victim(span: Span) -> bool:
        return any(span.start_char <= mention.start < span.end_char for entity in doc._.entities or []
                   if entity.id in victim_ids for mention in entity.mentions)

    return any(names_victim(s) for s in told) and not any(harmful_in(s) and names_victim(s) for s in doc.sents)


_SCORE = re.compile(r"\d{1,3}-\d{1,3}")


def _joined_dashes(token: Token, sentence: Span) -> list[Span]:
    """The words after ``token``, with "6 - 4" (split by the tokenizer) joined into one span."""
    doc = token.doc
    spans = []
    i = token.i + 1
    while i < sentence.end:
        if i + 2 < sentence.end and doc[i + 1].text == "-" and doc[i].like_num and doc[i + 2].like_num \
                and doc[i].whitespace_ == "" and doc[i + 1].whitespace_ == "":
            spans.append(doc[i:i + 3])
            i += 3
        else:
            spans.append(doc[i:i + 1])
            i += 1
    return spans


def _contest(token: Token, sentence: Span, cues: Cues) -> bool:
    """A game told with fighting words: the sentence names a game or contest ("innings", "league",
    "title"), the verb is followed by a score ("beat them, 8-7") or done to win something ("beat X
    to win the title"); and no weapon or intent word says the violence is real."""
    words = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    named = {t.lemma_.lower() for t in sentence if _in_a_name(t)} | {t.lower_ for t in sentence if _in_a_name(t)}
    if (words - named) & (cues.intent | set(cues.weapon)):
        return False
    if words & cues.sport:
        return True
    if any(_SCORE.fullmatch(t.text) and t[0].ent_type_ not in ("DATE", "TIME") for t in _joined_dashes(token, sentence)):
        return True  # "6-4 6-3", but not "October 19-20"
    # "beat X to win the title"; also a win told as the purpose of the clause the verb is joined
    # to ("attacked on the climb and held off the group to win the stage", "fought back to win")
    clauses = [token, *token.conjuncts] + ([token.head] if token.dep_ in ("xcomp", "advcl", "conj") else [])
    return any(c.lemma_.lower() in cues.win_verb and c.dep_ in ("advcl", "xcomp") for v in clauses for c in v.children)


def _won_between_names(token: Token, actor: list[Party], actor_tokens: list[Token], recipient_tokens: list[Token],
                       cues: Cues) -> bool:
    """A verb of winning between two named sides, none of them armed ("Henman beat Federer",
    "England crushed Wales"): a game, a race or a vote."""
    if token.lemma_.lower() not in cues.defeat or not actor_tokens or not recipient_tokens:
        return False
    if _armed(actor, cues):
        return False  # "troops defeated the rebels"

    def named(t: Token) -> bool:
        return t.pos_ == "PROPN" or _entity_type(t) in ("PERSON", "ORG", "GPE", "NORP")

    return all(named(t) for t in actor_tokens) and all(named(t) for t in recipient_tokens)


def _toward_outcome(token: Token, cues: Cues) -> bool:
    """A verb done toward a contest's result ("stormed to a win", "heading for victory", "cruised
    to the title") tells a game or a race, not an event; so does one that drives its object there
    ("kicked the Falcons to victory", which the parser may read as "to" + a clause "victory", or
    with "to victory" hung on the object)."""
    def toward(word: Token) -> bool:
        if any(g.dep_ == "pobj" and g.lemma_.lower() in cues.outcome
               for c in word.children if c.dep_ == "prep" and c.lower_ in cues.outcome_prep for g in c.children):
            return True
        return any(c.dep_ in ("advcl", "xcomp", "ccomp") and c.lemma_.lower() in cues.outcome
                   and any(a.lower_ in cues.outcome_prep for a in c.children if a.dep_ in ("aux", "prep", "mark"))
                   for c in word.children)

    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] if token.pos_ in ("VERB", "AUX") else []
    return toward(token) or any(toward(o) for o in objects)


def _not_dissent(token: Token, actor_tokens: list[Token], recipient_tokens: list[Token], cues: Cues) -> bool:
    """A rally that is electioneering, not a protest: named for a campaign ("a campaign rally"),
    held for a candidate ("a rally for Mrs Clinton"), or one person's appearance at one, with no
    target ("Trump said at a rally"): protest is dissent by many against someone."""
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues.campaign for c in token.children):
        return True
    if any(g.dep_ == "pobj" and g.ent_type_ == "PERSON"
           for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children):
        return True
    return len(actor_tokens) == 1 and _is_person(actor_tokens[0], cues) and not recipient_tokens


def _idiom_words(trigger: Token, entry: Entry, consumed: Token | None) -> set[int]:
    """The words the trigger's lexicon row names as part of its phrase: the object it consumes and
    the prepositional objects its ``pobj`` conditions ask for ("set fire to", "set on fire")."""
    own = {consumed.i} if consumed is not None else set()
    wanted = {w for c in entry.conditions if c.kind == "pobj" and not c.negated for w in c.words}
    own.update(g.i for c in trigger.children if c.dep_ == "prep" for g in c.children
               if g.dep_ == "pobj" and (g.lemma_.lower() in wanted or g.lower_ in wanted))
    return own


def _accidental(sentence: Span, actor_tokens: list[Token], actor: list[Party], cues: Cues,
                own: Container[int] = ()) -> bool:
    """Harm in a sentence telling of an accident or disaster (a crash, a fire, a flood, a tank
    that exploded), with no attacker, weapon, attack or intent named: no ASSAULT or COERCE. An
    explosion or blast alone is the accident itself, not a weapon. ``own``: the indices of the
    words of the trigger's own phrase ("houses were set on fire": the fire is the act, no accident)."""
    words = {t.lemma_.lower() for t in sentence if t.i not in own} | {t.lower_ for t in sentence if t.i not in own}
    told = words & (cues.accident | cues.disaster)
    if not told:
        return False
    ambiguous = cues.accident | cues.disaster
    if words & cues.intent:
        return False
    harmful = (set(cues.weapon) | cues.attack) - ambiguous
    # a weapon or attack named -- not a direction ("ash thrown into the air") nor a thing an
    # accident word names ("a gas tank")
    if any(t.lemma_.lower() in harmful and not (t.dep_ == "pobj" and t.head.lower_ == "into")
           and not any(c.dep_ == "compound" and c.lemma_.lower() in ambiguous for c in t.children)
           and not _names_a_place(t, cues)
           for t in sentence):
        return False
    # someone who did it ("arsonists", "the army"), unless the doer is the accident itself
    doers = [t for t in actor_tokens if t.lemma_.lower() not in ambiguous and t.lower_ not in ambiguous]
    return not (actor and doers)


def _names_a_place(token: Token, cues: Cues) -> bool:
    """A weapon word that also names a place, as the object of a place preposition ("killed in a
    gas leak at a mine", "trapped in the mine"): the place, not the weapon ("struck a mine" stays)."""
    return token.lemma_.lower() in cues.place_weapon and token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS


def _is_work(token: Token, cues: Cues) -> bool:
    return (token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in cues.work) or _entity_type(token) == "WORK_OF_ART"


def _backs_a_product(trigger: Token, cues: Cues) -> bool:
    """What is backed, endorsed or supported is a product, technology, format or work ("a DVD
    technology backed by Sony", "the studio announced which format it is backing", "Toshiba
    endorses the new standard", "players that support the firm's latest copy protection
    technology"): a firm's, a device's or a buyer's choice in a market, no political support.
    The thing is the verb's object or passive subject, or the noun a participle or an object
    relative clause describes ("the format that Sony backs"); backing a party, a plan, a bill or a
    cause stays an event."""
    relative = ("WDT", "WP")
    backed = object_tokens(trigger) if trigger.pos_ in ("VERB", "AUX") else []
    direct = [c for c in trigger.children if c.dep_ == "dobj"]
    if len(direct) > 1:
        # two direct objects with no conjunction are one phrase the parser split ("support
        # Vexsoft Linux latest copy protection technology"): the last noun is its head
        backed = [t for t in backed if t not in direct[:-1]]
    relative_object = any(t.tag_ in relative for t in backed)
    backed = [t for t in backed if t.tag_ not in relative]
    if trigger.dep_ == "acl" or (trigger.dep_ == "relcl" and not backed and (relative_object or any(
            c.dep_ == "nsubj" and c.tag_ not in relative for c in trigger.children))):
        backed.append(trigger.head)  # "a technology backed by Sony", "the format (that) Sony backs"
    if _built_to_support(trigger, cues):
        return True
    return bool(backed) and all(
        t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in cues.product or _entity_type(t) == "PRODUCT"
                                          or _is_work(t, cues)) for t in backed)


def _built_to_support(trigger: Token, cues: Cues) -> bool:
    """"Vexsoft built the console to support headset chat", "was building into its hardware systems to
    support online play": support as the purpose of a device or a technology someone makes (the
    making verb's object, or the thing it builds into, is a ``product`` or ``technology_noun``, or
    one qualifies it) is what the product does, no political support (session 12, spur14). "Sent
    troops to support the rebels" names no product and stays."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("advcl", "xcomp") or not _is_infinitive(trigger):
        return False
    maker = trigger.head
    made = [c for c in maker.children if c.dep_ == "dobj"]
    made += [g for c in maker.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "in") for g in c.children
             if g.dep_ == "pobj"]
    words = cues.product | cues.technology_noun
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words
               for m in made for t in (m, *(c for c in m.children if c.dep_ in ("compound", "amod"))))


# The links from a noun to the clause or phrase that describes it ("the story of a man striking oil").
_DESCRIBING_DEPS = frozenset({"pobj", "prep", "conj", "appos", "acl", "relcl"})


def _in_a_work(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
               cues: Cues) -> bool:
    """A work and its plot are no event: a work or a character as the doer ("a film accused"), a
    fictional character in any role ("a character will be killed"), violence on works ("beating
    Shrek 2"), a clause telling what happens in one ("a film accusing Islam", "the story of a poor
    man striking oil") or an act done in one ("killed in the sixth book"). Acts on a work by
    someone real ("banned the film", "protested against the film") stay events."""
    if any(_is_work(t, cues) for t in actor_tokens):
        return True
    if any(t.lemma_.lower() == "character" for t in recipient_tokens):
        return True
    if event_type == "ASSAULT" and recipient_tokens and all(_is_work(t, cues) for t in recipient_tokens):
        return True
    # "killed in the sixth book" -- but "returned to the streets in a show of solidarity" is none
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and _is_work(g, cues) and not any(o.lower_ == "of" for o in g.children)
            for g in c.children) for c in trigger.children):
        return True
    if _in_a_part(trigger, cues):
        return True
    if _told_in_lyrics(trigger, cues):
        return True
    if _simulated(trigger, cues):
        return True
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "a general who betrays his president and seizes power": the same plot
    if clause.dep_ not in ("acl", "relcl"):
        return False
    node = clause.head
    while not _is_work(node, cues):
        if node.dep_ not in _DESCRIBING_DEPS or node.head is node:
            # "the new season of the drama opens with an agent threatening a minister": a clause on
            # what a work (or a part of one) opens with, shows or ends with is its plot
            verb = node.head if node.dep_ not in _DESCRIBING_DEPS else node
            return verb.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and (_is_work(c, cues) or any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(_is_work(g, cues) for g in p.children)
                    for p in c.children)) for c in verb.children)
        node = node.head
    return True


def _simulated(trigger: Token, cues: Cues) -> bool:
    """An act that a verb of simulating governs, at any depth, or that such a word modifies, is a
    sham (a film's effects, a drill): "squibs were meant to simulate the appearance of bullets
    striking the ground", "troops mimicked an attack on the port", "simulated gunfire"."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues.simulate for c in trigger.children):
        return True
    node = trigger
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in cues.simulate:
            return True
    return False


def _told_in_lyrics(trigger: Token, cues: Cues) -> bool:
    """An act told "in" a work's text (``work_part``: the lyrics, a verse, a chapter) anywhere in
    the act's own clause -- the parser may hang the phrase on a noun of it ("claims that he was
    beaten at his school in the song's lyrics") -- is the work's content, no event. A phrase of a
    verb below the act is another clause's and is not read."""
    stack = list(trigger.children)
    while stack:
        node = stack.pop()
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            continue
        if node.dep_ == "pobj" and node.head.lower_ == "in" and node.lemma_.lower() in cues.work_part:
            return True
        stack.extend(node.children)
    return False


def _in_a_part(trigger: Token, cues: Cues) -> bool:
    """What the person of a part does is fiction: "playing the part of a young man who had been
    rejected by a university", "plays the role of a spy who kills ...": the act hangs, through
    "of", below a part or role noun that is played (``role`` cues). "played a key role in
    brokering the deal" tells a real act: nothing hangs there through "of"."""
    node = trigger
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "prep" and node.lower_ == "of" and head.pos_ == "NOUN" and head.lemma_.lower() in cues.role \
                and head.head.lemma_.lower() in cues.role:
            return True
        node = head
    return False


_DISASTER_STORY = "newsevents_disaster_story"


def _disaster_story(doc: Doc, cues: Cues) -> bool:
    """The article tells of a natural disaster (a tsunami, a flood, a hurricane) and names no
    weapon, attack or intent anywhere: its deaths are the disaster's, whatever sentence tells
    them ("Floods swept through Assam ... At least 40 people were killed", "Mitch killed 10,000").
    Worked out once per article (each material event of it asks)."""
    cached = doc.user_data.get(_DISASTER_STORY)
    if cached is None:
        doc.user_data[_DISASTER_STORY] = cached = _reads_as_disaster_story(doc, cues)
    return cached


def _reads_as_disaster_story(doc: Doc, cues: Cues) -> bool:
    strings = string_memo(doc.vocab)  # every word's lemma and form: each string looked up once
    rows = doc.to_array([POS, LEMMA, LOWER]).tolist()  # one array: no Token per word (speed20)
    nouns = {strings[lemma].lower() for pos, lemma, _ in rows if pos in (NOUN, PROPN)}
    if not nouns & cues.disaster:
        return False
    words = {strings[lemma].lower() for _, lemma, _ in rows} | {strings[lower] for _, _, lower in rows}
    harmful = (set(cues.weapon) | cues.attack | cues.intent) - cues.accident - cues.disaster
    return not words & harmful


# The speaker's own side (``first_person`` cues): "we must cut taxes" is a resolve, not a demand on someone.


def _no_one_obliged(verb: Token, recipient_tokens: list[Token], cues: Cues) -> bool:
    """A reported obligation on a thing, in the passive ("corruption must be stopped", "results
    must be clearly marked"), or only on the speaker's own side ("we must cut taxes") is no
    demand. One with no subject at all stays ("said must return helicopter": the one asked is
    told elsewhere), nor is a rule for a kind of party under a condition."""
    if _rule_with_condition(verb, cues) or _errand(verb, cues):
        return True
    if not recipient_tokens:
        if _reported_obligation_on_person(verb, cues):
            return False  # "Ann Lee should be freed": asked for a named person
        return any(c.dep_ == "nsubjpass" for c in verb.children)
    return all(t.pos_ == "PRON" and t.lower_ in cues.first_person for t in recipient_tokens)


def _conditional_clause(verb: Token, cues: Cues) -> bool:
    """The clause opens with a ``hypothetical`` mark ("if", "unless", "whether"): "air strikes if he does not
    agree" tells a supposed refusal, not one made."""
    return any(c.dep_ == "mark" and c.lower_ in cues.hypothetical for c in verb.children)


def _errand(verb: Token, cues: Cues) -> bool:
    """"He must go to work," his daughter said: an obligation to go to a place of daily life
    (``errand_place``: work, school, bed) is a need told, no demand made of anyone. "Foreign troops must
    go home" and "the envoy must go to the capital" (no such place) stay demands (wire24)."""
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    return bool(places) and all(g.lemma_.lower() in cues.errand_place for g in places)


def _rule_with_condition(verb: Token, cues: Cues) -> bool:
    """"Brokers must give details of fees if their customers ask, the regulator said": an obligation
    on a kind of party (a bare plural subject: no article, possessor, number or name) under a
    condition (a ``condition`` clause: "if", "provided") is a rule told, not a demand made of
    anyone. "Vexland must return the jets if it wants aid" (a named party) stays a demand."""
    # the parser may join the condition as a conjunct ("must give details if, and only if, they ask")
    if not any(c.dep_ in ("advcl", "conj") and any(m.dep_ == "mark" and m.lower_ in cues.condition for m in c.children)
               for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        t.tag_ == "NNS" and not t.ent_type_ and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)
        for t in subjects)


def _failed(verb: Token, cues: Cues) -> bool:
    """An act negated as a lack, not a refusal (``failure_mark``: "adjourned without agreeing on
    fines"): no one refused, so it stays its own type, negated (docs/events.md, modality), not the
    REJECT a refusal ("refused to agree", "did not agree to the terms") or CAMEO's failure of two
    sides to reach agreement ("failed to reach agreement") is."""
    return (verb.dep_ == "pcomp" and verb.head.lower_ in cues.failure_mark) or (
        verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in cues.failure_mark)


def _finding_source(clause: Token, cues: Cues) -> bool:
    """The clause's subject is a survey, a report or a study (``finding_source``)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues.finding_source for c in clause.children)


def _sources_finding(duty: Token, cues: Cues) -> bool:
    """A need told in the past as what a survey, a report or a study found or said ("a survey said
    India needed to ease curbs", "firms needed to invest more, the survey found", "according to the
    report, schools needed to cut costs"): the tense follows the reporting verb, the need is the
    finding's, and nobody is told meeting it -- unlike "he had to resign" (session 12, spur14)."""
    if duty.dep_ == "ccomp" and _finding_source(duty.head, cues):
        return True  # "a survey said India needed to ..."
    for child in duty.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and child.pos_ == "VERB" and _finding_source(child, cues):
            return True  # "..., the survey found"
        if child.dep_ == "prep" and child.lower_ == "according" and any(
                g.lemma_.lower() in cues.finding_source for p in child.children for g in p.subtree):
            return True  # "according to the survey"
    return False


def _not_done(verb: Token, cues: Cues, demand: bool = False) -> bool:
    """A clause that tells no act done: one someone has to, need not or may do ("will not have to
    apologise", "are required to disclose", "is allowed to sell"; "had to resign", "was allowed to
    leave" tell a duty or a leave met), one someone can or must do (``ability_modal``: "can veto",
    "must now ratify"; a reported "must" is the speaker's ``demand``) or is able to do
    (``ability_word``: "will be able to fly"; "was able to" did it), a ruling's content with a modal ("the court ruled that the
    government could not sue the firms": what a party may do, not its act; the ruling is the
    court's own event when its verb codes one), and a possibility weighed ("I would not exclude
    that the bidder will decline", "ruled out that ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "will not have to apologise or pay"
        verb = verb.head
    head = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in _MEANS_PREPS and head.head.pos_ == "VERB" \
            and head.head.i != head.i and _not_done(head.head, cues, demand):
        return True  # "able to deliver weapons through dropping bombs": the means of an act not done is none (qtp35)
    # a power or a duty held: "which can veto any plan", "must now ratify the decision" (a negated one,
    # "cannot accept", "will not be able to attack", is a refusal or a negated act: the negation rules)
    if not demand and any(c.dep_ == "aux" and c.lower_ in cues.ability_modal for c in verb.children) \
            and not any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and _is_infinitive(verb) and head.lemma_.lower() in cues.ability_word:
        be = head.head if head.dep_ == "acomp" else head  # "will be able to fly": an ability; "was able to" did it
        return not (be.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in be.children)
                    or any(c.dep_ == "neg" for c in (*be.children, *head.children)))
    if not_yet_done(verb):
        return False  # "has yet to endorse her": no duty, an act not done by now, the act negated (modality30)
    if verb.dep_ == "xcomp" and _is_infinitive(verb) and head.lemma_.lower() in cues.duty:
        past = head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)
        return not past or any(c.dep_ == "neg" for c in head.children) or _sources_finding(head, cues)
    if verb.dep_ == "advcl" and _is_infinitive(verb) and head.lemma_.lower() in cues.duty and not any(
            c.dep_ == "dobj" for c in head.children) and _sources_finding(head, cues):
        return True  # the parser may hang the need's infinitive as a clause of purpose: "Brazil needed to ease ..."
    if verb.dep_ == "ccomp" and head.lemma_.lower() in cues.ruling_verb and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    for _ in range(3):  # "would not exclude that the bidder will decline to pay": up to the weighed clause
        if verb.dep_ == "ccomp":
            weigher, lemma = verb.head, verb.head.lemma_.lower()
            # "the state must prove that the firms conspired": an allegation still to be proved
            burden = lemma in cues.burden_verb and (any(c.dep_ == "aux" and c.tag_ == "MD" for c in weigher.children)
                                                    or (weigher.dep_ == "xcomp" and weigher.head.lemma_.lower() in cues.duty))
            return weigher.pos_ == "VERB" and (burden or lemma in cues.conjecture or (
                lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in weigher.children)))
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _accusing_means(trigger: Token, event_type: str, cues: Cues) -> list[str] | None:
    """A force or strike verb done with a lawsuit or with words ("struck out at the networks with
    another round of lawsuits", "hit back with a lawsuit", "attacked the plan in a letter") is an
    accusation: ACCUSE (words: disapprove), not ASSAULT or a PROTEST strike. The mode, or None."""
    if trigger.pos_ != "VERB" or event_type not in _MATERIAL_CONFLICT | {"PROTEST"}:
        return None
    means = prep_objects(trigger, ("with", "in"))
    # "with another round of lawsuits": a measure's of-phrase names the means
    means += [g for m in means for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    if any(_is_weapon(m, cues) for m in means):
        return None
    lemmas = {m.lemma_.lower() for m in means}
    if lemmas & cues.legal_means:
        return []
    return ["disapprove"] if lemmas & cues.verbal_means else None


def _not_an_act(token: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                cues: Cues) -> bool:
    """Clauses that tell no act: agreeing with a view ("advisers agreed the claims were based on
    faulty data"; "agreed that they should cooperate" is a course agreed on), standing up for oneself ("would defend themselves"), a rule for anyone ("any
    voter who refuses"), a question ("but why target the airlines?"), the preposition "as
    opposed to", and a gerund with no doer as the subject of a present or modal clause, which
    names an activity ("Attacking civilians is a war crime"; "Killing the hostages was a
    mistake" tells a past act)."""
    # "agreed that their countries should cooperate" is a course agreed on: the modal keeps it
    if event_type == "AGREE" and token.lemma_.lower() in cues.view_verb and any(
            c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and not any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children) for c in token.children):
        return True
    if event_type == "SUPPORT" and recipient_tokens and all(
            t.pos_ == "PRON" and t.lower_.endswith(("self", "selves")) for t in recipient_tokens):
        return True
    if actor_tokens and all(any(c.dep_ == "det" and c.lower_ in cues.generic_determiner for c in t.children) for t in actor_tokens):
        return True
    if token.tag_ == "VBG" and token.dep_ in ("csubj", "csubjpass") and not any(
            c.dep_ in ("nsubj", "poss") for c in token.children) and (token.head.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children)):
        return True  # "Attacking civilians is a war crime", "shooting enemies can be tricky": an activity
    if token.tag_ == "VBN" and 0 < token.i < len(token.doc) - 1 and token.nbor(-1).lower_ == "as" and \
            token.nbor(1).lower_ == "to":
        return True  # "the person as opposed to the song": a preposition ("rather than"), no opposing
    return any(c.dep_ == "advmod" and c.lower_ in cues.question_adverb for c in token.children) and any(
        t.text == "?" for t in token.doc[token.i + 1: token.sent.end])


def _onlookers(actor_tokens: list[Token], cues: Cues) -> bool:
    """The doers are all onlookers, people who comment on events or buy and sell ("analysts
    welcomed the move", "consumers' demands", "reviewers complain"): commentary or the market."""
    return bool(actor_tokens) and all(t.lemma_.lower() in cues.onlooker for t in actor_tokens)


def _noun_in_verb_form(trigger: Token, cues: Cues) -> bool:
    """A word the parser took for a verb where only a noun or an adjective can stand: in a
    noun's slot ("an impact on the UK beat scene", the object of a preposition), after an
    article, a possessive or a preposition ("his hits", "alongside hit presenters"), or after a
    noun of works ("film and TV hits"). A gerund ("after hitting him") is a verb in those places."""
    if trigger.pos_ != "VERB" or trigger.tag_ == "VBG":
        return False
    if trigger.dep_ in ("pobj", "poss", "nsubj", "nsubjpass"):
        return True
    if trigger.i == 0:
        return False
    before = trigger.doc[trigger.i - 1]
    if _in_open_apposition(trigger):
        return True  # "Ruiz, co-writer of the pop hit Red Sky, has died": no comma closes it
    if before.tag_ in ("PRP$", "POS") or before.dep_ == "det":
        return True
    if (before.pos_ == "ADP" and before.dep_ == "prep") or before.lower_ in cues.adjunct_prep:
        return True
    return before.pos_ == "NOUN" and any(t.lemma_.lower() in cues.work for t in (before, *before.conjuncts))


def _in_open_apposition(trigger: Token) -> bool:
    """The verb's subject, or the noun it is hung on as an appositive or participle, opens an
    appositive with a comma that runs on to the verb with no verb and no other mark between
    ("Ruiz, co-writer of the pop hit Red Sky, has died", "Ruiz, singer of the pop hit Red
    Sky"): the word goes on the appositive's noun phrase ("the pop hit"). A verb follows a
    closed appositive ("Ruiz, a singer, hit the guard")."""
    doc = trigger.doc
    anchors = [c for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i]
    if trigger.dep_ in ("acl", "appos") and trigger.head.i < trigger.i:
        anchors.append(trigger.head)
    for anchor in anchors:
        between = doc[anchor.i + 1: trigger.i]
        if len(between) >= 3 and between[0].text == "," and between[-1].pos_ in ("NOUN", "PROPN", "ADJ") \
                and not any(t.is_punct and not _joins_word(t) for t in between[1:]) \
                and not any(t.pos_ in ("VERB", "AUX") for t in between):
            return True
    return False


def _joins_word(token: Token) -> bool:
    """A hyphen or apostrophe inside a word ("co-writer"), not a dash set off by spaces (a dateline's)."""
    return token.text in ("-", "'") and token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_


def _penalty(trigger: Token, cues: Cues) -> bool:
    """A ``penalty_verb`` ("fined the campaign $14,000"): the sum it names is the penalty, no bill and no
    market (s15-campaign; the tagger's lemma of "fined" is "fin", so the form counts too)."""
    word = trigger.lower_
    return bool({trigger.lemma_.lower(), word, word[:-1], word[:-2]} & cues.penalty_verb)


def _money_taken(trigger: Token, cues: Cues) -> bool:
    """Force or charge whose object, or whose "with" object, is a sum or a bill: "customers hit
    with a huge bill", "I was charged VAT", "when it has hit £750" -- a payment asked or a level
    reached, not a blow or a charge in law ("charged with fraud" keeps its offence)."""
    if _penalty(trigger, cues):
        return False  # "fined the campaign $14,000": the sum is the penalty (s15-campaign)
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative", "attr")]
    objects += prep_objects(trigger, ("with",))
    return any(t.ent_type_ == "MONEY" or t.tag_ == "$" or t.lemma_.lower() in cues.money_noun
               or t.lower_ in cues.money_noun for t in objects)  # "damages": the plural is the sum


def _economic(token: Token, cues: Cues, currencies: Mapping[str, str]) -> bool:
    """A quantity or trend of a market: an ``economic`` or ``money_noun`` word, a currency word or
    ISO code ("the dollar", "USD"), a sum, or a noun named by one of these ("the stock market",
    "export earnings")."""
    if token.ent_type_ == "MONEY" or token.tag_ == "$":
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    words = cues.economic | cues.money_noun
    if token.lemma_.lower() in words or token.lower_ in currencies or token.lemma_.lower() in currencies:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in words for c in token.children)


def _market_figure(trigger: Token, force: bool, cues: Cues, currencies: Mapping[str, str]) -> bool:
    """A force or contest word said of a market: its doer is a market quantity ("slowdowns could
    hit exports", "shares staged a rally"), a noun trigger is owned by one ("a rally in the dollar",
    "the euro's rally", "a price war") or is the object of a verb whose doer is one ("the pound
    extended its rally"), or -- for force (``force``) -- its object is one ("without killing off
    demand"). Markets move; no one is struck. Protesting prices keeps its event: the object test
    is for force only."""
    def subjects(verb: Token) -> list[Token]:
        found = [c for c in verb.children if c.dep_ == "nsubj"] + prep_objects(verb, ("by",))
        return [t for s in found for t in conjoined(s)]

    involved = subjects(trigger)
    if trigger.pos_ == "NOUN":
        involved += [c for c in trigger.children if c.dep_ in ("compound", "poss", "nmod")]
        involved += prep_objects(trigger, ("in", "of"))
        if trigger.dep_ in ("dobj", "attr") and trigger.head.pos_ in ("VERB", "AUX"):
            involved += subjects(trigger.head)
    if force and not _penalty(trigger, cues):  # "fined the party $14,000": the sum is the penalty
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative", "attr", "nsubjpass")]
        involved += [t for o in objects for t in conjoined(o)] + prep_objects(trigger, ("with",))
    return any(_economic(t, cues, currencies) for t in involved)


def _market_want(trigger: Token, cues: Cues) -> bool:
    """A ``market_want`` noun ("demand") that is bare -- singular, with no article, no possessor and
    no clause of content -- is the quantity a market wants ("low interest rates boosted demand",
    "US demand for heating oil"); if it says what is wanted, that is something sold (a
    ``commodity``, ``goods``, ``product`` or ``economic`` word), or it is met or passed (the object
    of a ``satisfy_verb``: "failed to meet demand for flights"). "The union's demand", "a demand
    for talks", "demands that he resign", "demand for his release" stay requests."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.market_want or trigger.tag_ != "NN":
        return False
    if any(c.dep_ in ("det", "poss", "ccomp", "acl", "relcl") for c in trigger.children):
        return False
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in cues.satisfy_verb:
        return True  # "failed to meet demand for flights", "orders exceeded demand": the quantity met
    sold = cues.commodity | cues.goods | cues.product | cues.economic
    wanted = prep_objects(trigger, ("for",))
    return all(t.lemma_.lower() in sold and not any(c.dep_ == "poss" for c in t.children) for t in wanted)


def _film_shoot(trigger: Token, cues: Cues, actors: ActorDictionary | None = None) -> bool:
    """"Shoot" told of a film: it is shot in a language ("shot in Hindi and English") or on a
    film's place or means (``filming``: "shot on location", "shot in a studio", "shot in black
    and white"), or over places ("shot mostly in South Africa"), or what is shot is a work or
    footage ("the film was shot in Lagos"), or a thing shot with no
    one shooting it in a sentence about a work ("the film was made in Lagos whereas Vexdown was
    shot mostly in Ghana"). Shooting is an attack only on a person or a living being: "shot in
    the head", "shot in Lagos" by police, "the director was shot in Lagos" stay."""
    if trigger.lemma_.lower() != "shoot":
        return False
    for place in prep_objects(trigger, ("in", "on")):
        # a name is a place, not a means ("shot in White Plains")
        if any(t.ent_type_ == "LANGUAGE" or (t.lemma_.lower() in cues.filming and t.pos_ != "PROPN")
               for t in conjoined(place)):
            return True
    # "the French film Les Ombres was shot": the parser may give the work and its title as two subjects
    shot = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_is_work(t, cues) or (t.pos_ == "NOUN" and t.lemma_.lower() in cues.filming) for t in shot):
        return True  # "the footage was shot in Morocco"
    # "shot mostly in South Africa", "shot partly on location": a shoot spread over places is a film's
    # (the tagger may take a title for a person's name: "Hotel Rwanda")
    # "the victims were mostly shot in the head" (people, a part of the body) stays
    places = [t for p in prep_objects(trigger, ("in", "on")) for t in conjoined(p)
              if t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() in cues.filming]
    if places and any(c.dep_ == "advmod" and c.lower_ in cues.filming for c in trigger.children) and not any(
            t.pos_ != "PROPN" and _living(t, actors) for s in shot for t in conjoined(s)):
        return True
    return _shot_thing_in_film_story(trigger, shot, cues, actors)


# pronouns that stand for a thing: "it was shot in Ghana" (a film told before) is no one shot
_THING_PRONOUNS = frozenset({"it", "which", "that"})


def _living(token: Token, actors: ActorDictionary | None) -> bool:
    """A person or a group of people: a PERSON or NORP name, a pronoun other than "it", or a role
    or group noun of the actor dictionary ("the director", "two soldiers")."""
    if token.ent_type_ in ("PERSON", "NORP"):
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in _THING_PRONOUNS
    return token.pos_ != "PROPN" and actors is not None and (actors.role(token.lemma_) is not None
                                                             or actors.role(token.text) is not None)


def _shot_thing_in_film_story(trigger: Token, shot: list[Token], cues: Cues, actors: ActorDictionary | None) -> bool:
    """A passive "shot" with no one shooting (no by-agent, no "down", "dead" or "at"), whose every
    patient is a thing, not a person, in a sentence that names a work ("Vexdown was shot mostly in
    Ghana, the film's makers said"): a film shoot."""
    if not shot or not all(t.dep_ == "nsubjpass" for t in shot):
        return False
    if any(c.dep_ in ("agent", "prt", "acomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "at")
           for c in trigger.children):
        return False
    if any(_living(t, actors) for s in shot for t in conjoined(s)):
        return False
    return any(_is_work(t, cues) for t in trigger.sent if t.i != trigger.i)


def _abstract_targets(recipient_tokens: list[Token], cues: Cues) -> bool:
    """Every target is a thing of the mind or of the economy ("threaten Germany's hopes", "the
    operations will be hardest hit"): force on it is a figure of speech."""
    return bool(recipient_tokens) and all(t.lemma_.lower() in cues.abstract for t in recipient_tokens)


def _deployment_sides(verb: Token, consumed: Token | None, actor_tokens: list[Token], recipient_tokens: list[Token],
                      cues: Cues, away_preps: Container[str] | None = None) -> tuple[list[Token], list[Token]]:
    """The sides of a deployment or a withdrawal told by a verb: the forces or people it moves (its
    object or passive subject: "sent troops", "warships were dispatched", "evacuated its workers":
    of a withdrawal only its own) are the means, no recipient -- and, when no one is said to move
    them, their owner is the actor ("Ruritanian troops were sent to the north"); the place a
    withdrawal leaves (``away_preps``, None for a deployment; also when the parser hangs it on the
    people: "evacuated workers from Vexland") is the recipient; a ``frontier`` the forces go to
    stands for the neighbour across it ("deployed troops along its border with Vexland": Vexland)."""
    forces = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in conjoined(c)]
    if consumed is not None:
        forces += conjoined(consumed)
    forces += shapes.partitive_members(forces, cues.crowd | cues.partitive)  # "thousands of reservists were called up"
    # a withdrawal's people are the actor's own when a pronoun owns them ("evacuated its staff",
    # "demobilised its last base"); others it acts on stay ("demobilised 4,000 rebel fighters")
    own = [t for t in forces if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)]
    moved = {t.i for t in (own if away_preps is not None else forces)}
    recipients = [t for t in recipient_tokens if t.i not in moved]
    recipients += [t for force in forces for t in prep_objects(force, away_preps or ())
                   if t.i not in moved and all(t.i != r.i for r in recipients)]
    # "massed troops on its border with X": the parser may hang the place on the forces
    places = [t for head in [verb, *forces] for t in prep_objects(head, cues.frontier_prep)
              if t.lemma_.lower() in cues.frontier]
    recipients += [t for t in places if all(t.i != r.i for r in recipients)]
    recipients = [n for t in recipients for n in (
        (prep_objects(t, ("with",)) if t.lemma_.lower() in cues.frontier else []) or [t])]
    if not actor_tokens and is_passive(verb):
        actor_tokens = [t for t in forces if t.dep_ == "nsubjpass" or t.head.dep_ == "nsubjpass"]
    return actor_tokens, recipients


def _domestic_visit(entry: Entry, actor: list[Party], recipient: list[Party], story: str | None) -> bool:
    """A leader touring towns of their own country is campaigning, not a diplomatic visit."""
    if entry.mode != "visit" or not recipient:
        return False
    home = _countries(actor)
    # "visits Manchester, Leicester and Torbay": towns of home; a place we cannot code
    # ("Leicester South") counts as home in a story about the actor's own country
    coded = [p.country or story for p in recipient if p.country or story]
    return len(home) == 1 and bool(coded) and 2 * sum(c in home for c in coded) > len(coded)




def story_country(doc: Doc, not_states: Container[str]) -> str | None:
    """The country the article is clearly about: the entity stage's count (``STORY_COUNTRY``,
    from evidence only), else the entities' codes, most mentioned, twice as often as the next
    (``not_states``: codes of bodies that are no state, never counted)."""
    cached = doc.user_data.get(STORY_COUNTRY, "")
    if cached != "":
        return cached
    counts: dict[str, int] = {}
    for entity in doc._.entities or []:
        if entity.country and entity.country not in not_states:
            counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
    found = clear_focus(counts, len(doc_sentences(doc)))
    doc.user_data[STORY_COUNTRY] = found
    return found


def _at_home(parties: list[Party], home: str | None, cues: Cues) -> list[Party]:
    """"The fundamentalist Umma party" in a story about Algeria is an Algerian party."""
    if home is None:
        return parties
    return [p.model_copy(update={"country": home})
            if p.country is None and _in_sectors(p, cues.domestic_sector) and not _relation_group(p, cues)
            and not (_civil_body(p, cues) and not _leaning_body(p, cues)) and not _envoy_group(p, cues)
            and not home_codes.from_elsewhere(p.text, cues.elsewhere_word) else p
            for p in parties]


def _civil_body(party: Party, cues: Cues) -> bool:
    """"Some aid groups", "rights groups", "a charity": an unnamed body of civil society (sector
    CVL alone, a ``civil_body`` noun at its head) works across borders; the story's country is a
    state role's (issue 15), not its."""
    head = _GROUP_HEAD_END.split(party.text, maxsplit=1)[0].split()
    return party.sector == ["CVL"] and bool(head) and head[-1].lower() in cues.civil_body


_GROUP_HEAD_END = re.compile(r"\s+(?:of|who|which|that|in|at|on|from|to)\s|\s*[,(]")


def _envoy_group(party: Party, cues: Cues) -> bool:
    """"Diplomats approved a deal", "negotiators signed the accord": unnamed envoys (``envoy_group``
    cues, the head noun) serve a state abroad, often many states at one table; the story's country is
    no more theirs than any other's (docs/entities.md rule 7; the seventh US-news audit's #26)."""
    head = _GROUP_HEAD_END.split(party.text, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in cues.envoy_group


def _relation_group(party: Party, cues: Cues) -> bool:
    """"Critics of the takeover", "supporters of the bill": people named by their relation to a thing
    or an act (``relation_group`` cues); that relation places them in no state."""
    head = _GROUP_HEAD_END.split(party.text, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in cues.relation_group


def _countries(parties: list[Party]) -> frozenset[str]:
    return frozenset(p.country for p in parties if p.country)


def _absorb(keep: Draft, other: Draft) -> None:
    if not _countries(keep.actor) and _countries(other.actor):
        keep.actor, keep.actor_tokens = other.actor, other.actor_tokens
    if not keep.recipient and other.recipient:
        keep.recipient, keep.recipient_tokens = other.recipient, other.recipient_tokens
    keep.mode += [m for m in other.mode if m not in keep.mode]
    for sentence in [other.sentence, *other.also_in]:
        if sentence.start != keep.sentence.start and all(s.start != sentence.start for s in keep.also_in):
            keep.also_in.append(sentence)
    keep.indices = sorted(set(keep.indices) | set(other.indices))


def _better_base(kept: Draft, draft: Draft) -> bool:
    """Within one sentence, the draft whose actor is coded tells the event best."""
    return bool(_countries(draft.actor)) and not _countries(kept.actor)


def _theme_words(draft: Draft) -> set[str]:
    """The lemmas of what an event is about: its recipients and its object or clause."""
    words = {t.lemma_.lower() for t in draft.recipient_tokens}
    for child in draft.trigger.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr"):
            words.add(child.lemma_.lower())
    return words


def _telling(draft: Draft, sentences: tuple[int, ...] | None = None) -> Telling:
    """A draft as the record-level comparison sees it."""
    return Telling(event=draft.event, actor=tuple(draft.actor), recipient=tuple(draft.recipient),
                   sentences=sentences or tuple(draft.indices), lemma=draft.trigger.lemma_.lower(),
                   themes=frozenset(_theme_words(draft)))


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One event once: fold restatements of the same event into one event with extra evidence.

    - same sentence, same type: one event (a verb and its own event noun, "killed in an attack");
    - adjacent sentences, same material-conflict type, one of them without a perpetrator
      (or both with the same): the follow-up sentence tells more about the same attack;
    - anywhere, same type, same trigger lemma, same coded actor and recipient countries:
      a headline claim and its direct quote.
    """
    merged: list[Draft] = []
    for draft in drafts:
        # the comparison is newsevents.merge's, shared with the merge across articles
        telling = _telling(draft, (draft.sentence_index,))
        target = next((kept for kept in merged if same_event_in_article(_telling(kept), telling)
                       and not senses_figurative.different_people(kept.actor, draft.actor, kept.actor_tokens,
                                                             draft.actor_tokens, kept.sentence_index != draft.sentence_index)),
                      None)
        if target is None:
            merged.append(draft)
        elif target.sentence_index == draft.sentence_index and _better_base(target, draft):
            _absorb(draft, target)
            merged[merged.index(target)] = draft
        else:
            _absorb(target, draft)
    return merged


def _attribution(trigger: Token, quotes: list[Quote]) -> str | None:
    for quote in quotes:
        if quote.content.start <= trigger.idx < quote.content.end and quote.speaker is not None:
            return quote.speaker.entity
    return None


def _uncodable(event: str, actor: list[Party], recipient: list[Party], cues: Cues) -> bool:
    """PLOVER codes dyads of countries: talk and cooperation with no country on either side and
    no political actor ("the firm agreed a deal with its rival") is no event of the data set; nor
    is force used by an uncoded name on an uncoded one ("Rovers hit back"). A government, party or
    court whose country the sentence does not say, force by a coded group ("gunmen"), or by anyone
    where the story places it (the target takes the place's country), stay."""
    if _countries(actor) or _countries(recipient):
        return False
    if event in _CONFLICT_ACTS:
        return bool(actor) and not any(p.sector for p in actor)
    return not any({s.lower() for s in p.sector} & cues.political for p in actor + recipient)


def _recipient_country_from_place(recipient: list[Party], place_country: str | None,
                                  doc: Doc | None = None) -> list[Party]:
    """Unnamed parties of an act take the country where it happened ("shelled a village in
    Kharkiv", "prisoners rioted in Dili"). A party the article names (a person or a body) does
    not: its home is told by its name, a nationality or "of/from X", never by where something
    was done to it ("the singer was arrested after a brawl in Munich")."""
    if not place_country:
        return recipient
    named = named_parties(doc) if doc is not None else {}
    return [p if p.country or (p.text.split() or [""])[-1] in named.get(p.entity or "", ())
            else p.model_copy(update={"country": place_country}) for p in recipient]


def named_parties(doc: Doc) -> dict[str, set[str]]:
    """The people and bodies the article calls by a name (not only a role or pronoun): entity id
    -> the last words of those names. A phrase is the named party when it ends with one ("the
    actor Tom Brandt"), not when a name only modifies its head ("hundreds of Kashmiri students")."""
    kinds_of = doc._.mention_kinds or {}
    named: dict[str, set[str]] = {}
    for entity in doc._.entities or []:
        if entity.type not in ("PERSON", "ORG"):
            continue
        kinds = kinds_of.get(entity.id, ())
        words = {m.text.split()[-1] for m, kind in zip(entity.mentions, kinds, strict=False) if kind == "name" and m.text.split()}
        if words:
            named[entity.id] = words
    return named


def finish(draft: Draft, doc: Doc, tables: EventTables, published: str | None, quotes: list[Quote],
           sentences: list[Span], number: int) -> Event | None:
    """The event a draft tells, with place, date, size and context; None when, placed, it
    turns out not to be one (talks with no counterpart)."""
    cues = tables.cues
    # A place that is a party is not where it happened ("sanctions on Russia") -- except the
    # target of a material act, which is hit or seized where it is ("shelled Kharkiv").
    parties = draft.actor_tokens + ([] if draft.event in _MATERIAL_CONFLICT else draft.recipient_tokens)
    exclude = {t.i for t in parties}
    for token in parties:
        exclude.update(t.i for t in token.subtree if t.dep_ in ("compound", "flat", "amod"))
    for token in draft.actor_tokens:  # "Indonesia's minister visited a plant outside Seoul": who, not where
        exclude.update(t.i for t in token.subtree if t.dep_ == "poss" and t.head.i == token.i)
    place = event_place(doc, draft.trigger, draft.sentence, exclude)
    date = event_date(doc, draft.trigger, draft.sentence, published, cues)
    modality = draft.modality
    own_year = noun_year(draft.trigger, published) or placed_noun_year(draft.trigger, published)  # targets33
    if own_year is not None:  # "the 1992 protests": the noun's own year dates it, before any time of its clause (mod20)
        date = date.model_copy(update={"value": own_year, "precision": "year", "time": None})
    # a present perfect takes no past date: "has teamed up to record Z's 1991 hit" counts now
    if modality == "asserted" and own_year is not None and is_earlier_year(own_year, published):
        modality = "historical"  # "the leaders who led the 1992 protests have moved" (mod20)
    elif modality == "asserted" and date.time is not None and ahead_of_publication(draft.trigger, date.value, published):
        modality = "future"  # "the two leaders meet on Monday", "is set to visit next week" (mod20)
    elif modality == "asserted" and date.time is not None and (
        (is_earlier_year(date.value, published) and not told_in_present_perfect(draft.trigger))
        or (date.value == "PAST_REF" and not told_recently(doc, date.time, cues))
    ):
        modality = "historical"
    elif modality == "asserted" and date.time is None and dated_by_told_event(doc, draft.trigger, draft.sentence,
                                                                               published, cues):
        modality = "historical"  # "During the crackdown following the blaze": the blaze was dated before
    elif modality == "asserted" and date.time is None and dated_by_narrative(doc, draft.sentence, published, cues):
        modality = "historical"  # "In 2001 ... a default. Pension payments were halted. Crowds took to the streets"
    elif modality == "asserted" and date.time is None and dated_by_later_narrative(doc, draft.sentence, published, cues):
        modality = "historical"  # "X refused to sign, which Y opposed. That led to riots in February 2009" (modality30)
    elif modality == "asserted" and date.time is None and since_a_year_back(draft.trigger, published):
        modality = "historical"  # "the nine people killed in attacks since 1990": counted from a year back (modality27)
    # "the Smith administration": the government of the leader of that name on the article's date (wire21)
    recipient = wire_phrasings.leader_bodies(draft.recipient, tables.actors, published, cues)
    if draft.event in _MATERIAL_CONFLICT and place is not None:
        recipient = _recipient_country_from_place(recipient, place.country, doc)
    actor = wire_phrasings.leader_bodies(draft.actor, tables.actors, published, cues)
    if draft.event == "PROTEST" and place is not None:
        # Protesters are coded by the country they protest in ("prisoners rioted at a jail in Dili").
        actor = _recipient_country_from_place(actor, place.country, doc)
    # "praised ministers", "praised the work of Ms Hutt": a named-but-uncoded someone is the
    # recipient. Look further only when the clause names none, or names an act ("opposition to
    # the planned annexation": whoever does it)
    if draft.event in _NEEDS_RECIPIENT and not _countries(recipient) and (
        not draft.recipient_tokens or any(tables.match(t) is not None for t in draft.recipient_tokens
                                          if t.pos_ == "NOUN")
    ):
        fallback = _fallback_recipient(doc, draft, cues)
        recipient = [p for p in recipient if p.country] + fallback if fallback else recipient
    if draft.event == "CONSULT" and not recipient and len(actor) < 2:
        # talks need a counterpart: "talks in Beijing" are with China; a party's own meeting
        # ("a BNP meeting", "chairing a meeting of the committee") is no consultation
        if place is None or not place.country or place.country in _countries(actor) or (
            _countries(actor) & tables.actors.words.not_state
        ):
            return None  # EU leaders meeting in Brussels are not in talks with Belgium
        recipient = [Party(entity=None, text=place.name, country=place.country, sector=[])]
    if _uncodable(draft.event, actor, recipient, cues):
        return None
    evidence = [(draft.sentence.start_char, draft.sentence.end_char)]
    evidence += [(s.start_char, s.end_char) for s in draft.also_in]
    if draft.event in _MATERIAL_CONFLICT:
        last = max(draft.indices)
        if last + 1 < len(sentences):
            following = sentences[last + 1]
            evidence.append((following.start_char, following.end_char))
    size = (
        event_size(doc._.figures or [], evidence, _SIZE_FIELDS[draft.event])
        if draft.event in _MATERIAL_CONFLICT else event_size([], [])
    )
    trigger = draft.trigger
    return Event(
        id=f"v{number}",
        event=draft.event,  # type: ignore[arg-type]
        mode=draft.mode,
        context=contexts_for(doc, draft.sentence, cues),
        quad_code=QUAD_CODE[draft.event],  # type: ignore[arg-type]
        cameo=draft.entry.cameo if draft.event == draft.entry.event else DEFAULT_CAMEO.get(draft.event),
        actor=actor,
        recipient=recipient,
        place=place.id if place else None,
        geo_precision=geo_precision(place),  # type: ignore[arg-type]
        date=date,
        modality=modality,  # type: ignore[arg-type]
        attributed_to=_attribution(trigger, quotes) or draft.source,
        size=size,
        trigger=_span(doc, trigger.idx, trigger.idx + len(trigger.text)),
        sentence=_span(doc, draft.sentence.start_char, trimmed_end(draft.sentence)),
        also_in=[_span(doc, s.start_char, trimmed_end(s)) for s in draft.also_in],
    )


# A sports report: at least this many distinct sport words and this many sport words per 100
# words (the sport and sport_report cues). A story that mentions a match in passing ("watched a
# football match at the stadium") uses two or three; on every 10th BBC 2004 file, 46 of 52 sport
# articles reach both figures, 1 of 51 business, 0 of 39 entertainment and 2 of 41 tech articles
# (a football club's accounts, video games) do.
SPORT_REPORT_DISTINCT = 4
SPORT_REPORT_PER_100 = 2.0
_CASUALTY_FIGURES = frozenset({"killed", "injured"})


class _SportColumns:
    """Per token what the sport words are read from, from the Doc's arrays (Token objects are
    costly to make): its orth id, lower form, lower-case lemma, part of speech, whether
    whitespace follows it and whether it is alphabetic."""

    def __init__(self, doc: Doc) -> None:
        strings = string_memo(doc.vocab)  # every word's form and lemma: each string looked up once
        orth, lower, lemma, self.pos, self.space, self.alpha = doc.to_array(
            [ORTH, LOWER, LEMMA, POS, SPACY, IS_ALPHA]).T.tolist()
        self.hyphen = [o == _HYPHEN for o in orth]
        self.lower = [strings[w] for w in lower]
        self.lemma = [strings[w].lower() for w in lemma]


_HYPHEN = StringStore()["-"]  # the hyphen's orth id (a hash of its text, the same in every vocabulary)


def _sport_word(columns: _SportColumns, i: int, vocabulary: set[str], nouns: set[str]) -> str | None:
    """The sport word token ``i`` is, if any. A hyphenated word the tokenizer split ("half-time"
    is half, -, time) is read whole from its first part; a word of ``nouns`` counts only as a
    noun ("scored a try", not "will try to")."""
    hyphen, space, alpha, lower = columns.hyphen, columns.space, columns.alpha, columns.lower
    if i + 2 < len(hyphen) and not space[i] and hyphen[i + 1] and not space[i + 1] and alpha[i + 2]:
        for word in (f"{lower[i]}-{columns.lemma[i + 2]}", f"{lower[i]}-{lower[i + 2]}"):
            if word in vocabulary:
                return word
    if i >= 2 and hyphen[i - 1] and not space[i - 2] and not space[i - 1] and alpha[i - 2]:
        return None  # the second part of a hyphenated word, read with its first part
    for word in (columns.lemma[i], lower[i]):
        if word in vocabulary or (word in nouns and columns.pos[i] in (NOUN, PROPN)):
            return word
    return None


def sport_density(doc: Doc, cues: Cues) -> tuple[int, float]:
    """The article's sport vocabulary: distinct sport words and sport words per 100 words
    (counted once per article: several gates ask)."""
    cached = doc.user_data.get(_SPORT_DENSITY)
    if cached is not None:
        return cached
    doc.user_data[_SPORT_DENSITY] = found = _sport_density(doc, cues)
    return found


_SPORT_DENSITY = "newsevents_sport_density"


def _sport_density(doc: Doc, cues: Cues) -> tuple[int, float]:
    vocabulary = cues.sport | cues.sport_report
    columns = _SportColumns(doc)
    words = [i for i, alpha in enumerate(columns.alpha) if alpha]
    hits = [w for i in words if (w := _sport_word(columns, i, vocabulary, cues.sport_noun))]
    return len(set(hits)), round(100 * len(hits) / len(words), 2) if words else 0.0


def _is_sports_report(doc: Doc, cues: Cues) -> bool:
    distinct, per_100 = sport_density(doc, cues)
    return distinct >= SPORT_REPORT_DISTINCT and per_100 >= SPORT_REPORT_PER_100


def _kept_in_sports_report(draft: Draft, doc: Doc, cues: Cues) -> bool:
    """What a sports report still tells as event data: violence with a weapon, casualties or an
    intent word ("a fan was stabbed outside the ground"), acts of a government that is not
    itself a sport body ("the government banned the federation"), and arrests or force by police
    or troops. Its other verbs tell play."""
    sentence = draft.sentence
    if draft.event in _MATERIAL_CONFLICT or draft.event == "PROTEST":  # violence, or a riot
        # a weapon named in the sentence, or one the verb implies ("shot") used by or on a person
        # who does not play; "Novak shot wildly at the other end" is a shot at goal
        if set(draft.mode) & set(cues.weapon.values()) and (_names_weapon(sentence, cues)
                                                            or _non_player_party(draft, cues)):
            return True
        if draft.event in _MATERIAL_CONFLICT and _non_player_party(draft, cues):
            return True  # "the player punched a steward", "fans ambushed the team coach"
        if any({t.lemma_.lower(), t.lower_} & cues.intent for t in sentence):
            return True
        if any(f.kind in _CASUALTY_FIGURES and sentence.start_char <= f.start and f.end <= sentence.end_char
               for f in doc._.figures or []):
            return True
    vocabulary = cues.sport | cues.sport_report
    # a government's acts, and force used by the state's forces ("police arrested 30 fans")
    state = cues.state_force_sector if draft.event in _MATERIAL_CONFLICT else cues.government_sector
    return any(_in_sectors(party, state) and not _party_words(party) & vocabulary for party in draft.actor)


def _party_words(party: Party) -> set[str]:
    """The words of a party's name, also each part of a hyphenated one ("the US Anti-Doping
    Agency": anti, doping, anti-doping)."""
    words = set(party.text.lower().split())
    return words | {part for w in words if "-" in w for part in w.split("-") if part}


def _injury_alone(trigger: Token, sentence: Span, cues: Cues) -> bool:
    """An injury told of its victim alone (``injury_verb`` in the passive or as a participle: "he was
    not badly injured", "she was hurt"), with no doer and no attack, weapon or intent word in the
    sentence ("injured in the blast", "injured by gunmen" stay): no one is told attacking, so no
    ASSAULT, whoever reports it."""
    if trigger.lemma_.lower() not in cues.injury_verb or trigger.tag_ != "VBN":
        return False
    if prep_objects(trigger, ("by",)) or _names_weapon(sentence, cues):
        return False
    harmful = cues.attack | cues.intent
    return not any({t.lemma_.lower(), t.lower_} & harmful for t in sentence)


def _names_weapon(sentence: Span, cues: Cues) -> bool:
    return any({t.lemma_.lower(), t.lower_} & set(cues.weapon) for t in sentence if not _in_a_name(t))


# "crowd" cues hold counting words ("scores"), "onlooker" cues market words: neither serves here
_PATIENT_GROUPS = ("non_player", "generic_people", "protester")


def _non_player_party(draft: Draft, cues: Cues) -> bool:
    """The force is used by or falls on people who do not play: stewards, fans, police ("fans
    attacked police", "fans ambushed the team coach"). A player, a keeper or a named person in a
    match is no such party."""
    if any(_in_sectors(party, cues.armed_sector) for party in draft.recipient + draft.actor):
        return True
    return _non_players(draft.recipient_tokens + draft.actor_tokens, cues)


def _non_players(tokens: list[Token], cues: Cues) -> bool:
    """Some of ``tokens`` name people who do not play ("stewards", "rioters", "a man")."""
    people = set().union(*(getattr(cues, kind) for kind in _PATIENT_GROUPS))
    return any(t.lemma_.lower() in people or t.lower_ in people for t in tokens)


def _play_complement(token: Token, cues: Cues) -> Token | None:
    """The word of play a force verb takes ("shot wide", "struck the post", "fired in a shot at
    goal", "a strike from 20 yards"): an object, adverb or prepositional object of the verb."""
    def objects(word: Token) -> list[Token]:  # "at goal", "wide of the post": the prepositions' objects
        return [g for p in word.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]

    # the passive subject too: "the winning run was hit by the left fielder"
    words = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "advmod", "npadvmod", "acomp", "oprd")]
    words += objects(token)
    words += [g for w in list(words) for g in objects(w)]  # "fired in a shot at goal"
    return next((w for w in words if w.lemma_.lower() in cues.sport_play or w.lower_ in cues.sport_play), None)


def _is_play(draft: Draft, cues: Cues) -> bool:
    """Force told with a sport complement is play, not violence, in any article: "Novak shot wide
    of the post", "Smith hit the woodwork", "he beat the keeper from 20 yards". The sentence must
    hold another word of sport, not the same one again ("an army post" alone is no goal), and
    nobody who does not play may be hit, no weapon named and no intent told ("shot a steward",
    "shot at fans with a rifle")."""
    if draft.event not in _MATERIAL_CONFLICT:
        return False
    complement = _play_complement(draft.trigger, cues)
    if complement is None:
        return False
    vocabulary = cues.sport | cues.sport_report | cues.sport_play
    other = [t for t in draft.sentence if t.lemma_.lower() != complement.lemma_.lower()]
    if not any(t.lemma_.lower() in vocabulary or t.lower_ in vocabulary for t in other):
        return False
    if _names_weapon(draft.sentence, cues) or _non_player_party(draft, cues):
        return False
    return not any({t.lemma_.lower(), t.lower_} & cues.intent for t in draft.sentence)


# A sentence tells a contest with at least this many distinct sport words besides the trigger
# ("won the 400m at the Oslo meeting, beating the champion in the sprint hurdles").
SPORT_SENTENCE_DISTINCT = 2


def _sports_meeting(draft: Draft, cues: Cues) -> bool:
    """A meeting noun (``sport_meeting``: "the Oslo meeting", "an indoor meet") in a sentence that
    tells a race or a game, with no one met "with" or "between", is an athletics meeting, a
    contest, no CONSULT ("won the sprint hurdles and the long jump at Stockholm's indoor
    meeting"). "Officials held a meeting with the sports minister" names a party and stays."""
    trigger = draft.trigger
    if draft.event != "CONSULT" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.sport_meeting:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trigger.children):
        return False
    vocabulary = cues.sport | cues.sport_report
    columns = _SportColumns(draft.sentence.doc)
    words = {w for i in range(draft.sentence.start, draft.sentence.end)
             if i != trigger.i and (w := _sport_word(columns, i, vocabulary, cues.sport_noun))}
    return len(words) >= SPORT_SENTENCE_DISTINCT


# An article leans to sport with at least this many distinct sport words: half the sports-report
# test, met by the short transfer and contract stories (two or three sport words) that the report
# test leaves out; the career and contest rules below also need a sport party or a generic contest.
SPORT_LEANING_DISTINCT = 2


def _club_names(doc: Doc, cues: Cues) -> set[str]:
    """Names the article sets before a sport word ("a former Rovers striker", "the Rovers manager"):
    the name is a club's."""
    vocabulary = cues.sport | cues.sport_report | cues.sport_party
    # the proper nouns found in the array of parts of speech first: a Token only for them (speed20)
    propns = [doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == PROPN]
    return {t.lower_ for t in propns if t.pos_ == "PROPN" and t.dep_ in ("compound", "poss", "nmod")
            and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in vocabulary}


def _career_matter(draft: Draft, cues: Cues, clubs: set[str]) -> bool:
    """A club's dealings with its own player are no political event: a contract offered, transfer
    talks, a meeting with the club's people, a sacking or a sport's ban ("he has been offered a new
    deal by the club", "the striker is to begin talks with Rovers"). The act or its object is a
    career word, and a party is a club or a player (a sport word, or a name the article sets before
    one), or the sentence names a sport word. Force, protests and a government's acts on a sport
    body, and the state's force, stay events ("the government banned the team", "police arrested the
    striker"): a party of the government, the police or the army keeps the event, unless its name is
    a club's ("Real Madrid", coded as the city)."""
    if draft.event in ("ASSAULT", "PROTEST"):
        return False
    trigger = draft.trigger
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr", "xcomp")]
    if not any(w.lemma_.lower() in cues.career_act or w.lower_ in cues.career_act for w in words):
        return False
    parties = draft.actor + draft.recipient
    sporting = cues.sport | cues.sport_report | cues.sport_party | clubs  # "Real Madrid" read as the city's government
    if any(_in_sectors(p, cues.state_force_sector) and not _party_words(p) & sporting for p in parties):
        return False
    if any(_party_words(p) & (cues.sport | cues.sport_report) for p in draft.actor):
        return True  # "suspended by the US Anti-Doping Agency": a sport's own body disciplines
    tokens = draft.actor_tokens + draft.recipient_tokens
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in cues.sport_party for t in tokens):
        return True
    if any(t.lower_ in clubs for t in tokens):
        return True
    vocabulary = cues.sport | cues.sport_report
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in vocabulary for t in draft.sentence):
        return True
    # the career story told on from the sentence before, which names the club or the player ("My
    # agent has spoken with the club ... I think we'll reach a good agreement"; session 12, spur14)
    doc = draft.sentence.doc
    before = doc[draft.sentence.start - 1].sent if draft.sentence.start > 0 else None
    telling = vocabulary | cues.sport_party  # made once, not for every noun of the sentence
    return before is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() in telling for t in before)


def _generic_contest(draft: Draft, cues: Cues) -> bool:
    """A contest word between two kinds of people, named by no one, is a claim about a sport, not a
    blow ("the best women are never going to beat the best men", "juniors will never beat seniors"):
    both parties are plural common nouns and the act is not told as done ("fans beat stewards" is).
    A weapon, an intent word or a person at a game who does not play ("stewards") keeps the event."""
    if draft.event not in _MATERIAL_CONFLICT or draft.trigger.lemma_.lower() not in cues.defeat \
            or draft.modality == "asserted":
        return False
    if _names_weapon(draft.sentence, cues) or any({t.lemma_.lower(), t.lower_} & cues.intent for t in draft.sentence):
        return False
    sides = [draft.actor_tokens, draft.recipient_tokens]
    if not all(sides) or any(t.pos_ == "PROPN" or t.ent_type_ or t.lemma_.lower() in cues.non_player
                             for side in sides for t in side):
        return False
    heads = [t for side in sides for t in side if t.head not in side or t.head == t]
    return len(heads) == 2 and all(t.tag_ == "NNS" for t in heads)


def _place_level(doc: Doc, start: int, end: int) -> str | None:
    """The level of the place the places stage found at exactly ``doc.text[start:end]``."""
    for place in doc._.places or []:
        if any(m.start == start and m.end == end for m in place.mentions):
            return place.level or "city"
    return None


def code_events(doc: Doc, tables: EventTables) -> list[Event]:
    """All PLOVER events of a parsed document, in text order (``tables``: the stage's data)."""
    if not doc.has_annotation("DEP"):
        return []
    article = doc._.article
    published = getattr(article, "published", None)
    quotes = list(doc._.quotes or [])
    shapes.retag_headline_verbs(doc)  # "Protesters storm parliament in Baghdad": the verb tagged a noun
    doerless.headline_verb(doc, lambda form: ("VERB", form) in tables.lexicon)  # "Chad expels German ambassador"
    doc.user_data[_PARTIES_MEMO] = {}  # the parse is final from here (see _parties_of)
    try:
        return _code_events(doc, tables, published, quotes)
    finally:
        del doc.user_data[_PARTIES_MEMO]  # Party objects: not for the Doc's serialised user data


# a reproach told by a force word of speech that carries a quotation (speech_force.quoted_reproach)
_QUOTED_REPROACH_ENTRY = Entry(pos="VERB", lemma="", conditions=(), event="ACCUSE", mode="disapprove", cameo="11",
                               frame="std", recipient_preps=frozenset(), negated=None)


def _quoted_reproaches(doc: Doc, candidates: list[Candidate], cue_starts: set[int], cues: Cues) -> list[Candidate]:
    """The candidates with every force word of speech that introduces a quotation read as a reproach
    (``speech_force.quoted_reproach``): its row's ASSAULT retyped, or a candidate made where no row matched its
    object ("slammed the lawsuit, calling it ..."); an ACCUSE row it matched stays as it is."""
    if not cue_starts:
        return candidates
    out, seen = [], set()
    for c in candidates:
        seen.add(c.token.i)
        if c.entry.event != "ACCUSE" and speech_force.quoted_reproach(c.token, cue_starts, cues):
            c = Candidate(c.token, _QUOTED_REPROACH_ENTRY, None, c.sentence, c.sentence_index)
        out.append(c)
    for index, sentence in enumerate(doc_sentences(doc)):
        for token in sentence:
            if token.i not in seen and speech_force.quoted_reproach(token, cue_starts, cues):
                out.append(Candidate(token, _QUOTED_REPROACH_ENTRY, None, sentence, index))
    return sorted(out, key=lambda c: c.token.i)


def _code_events(doc: Doc, tables: EventTables, published: str | None, quotes: list[Quote]) -> list[Event]:
    """``code_events`` once the parse is final (the parties memo in place)."""
    candidates = find_candidates(doc, tables)
    # A reader's signed comment under the story is opinion, not news: no event from it (its
    # entities and quotes stay, as text the page holds).
    comments = signed_comments(doc_text(doc), lambda start, end: _place_level(doc, start, end))
    candidates = [c for c in candidates if not any(a <= c.token.idx < b for a, b in comments)]
    fired = {c.token.i: c for c in candidates}
    kept = [c for c in candidates if not is_content_of_other(c, fired, tables.actors, tables.cues)]
    # A verb that introduces a quotation ("NAME shot back, '...'") is speech: a material act coded
    # from it is a figure of speech read literally (verbal acts stay: "accused", "urged")
    cues_of_quotations = {q.cue.start for q in quotes if q.cue is not None and q.kind in ("direct", "mixed")}
    kept = _quoted_reproaches(doc, kept, cues_of_quotations, tables.cues)
    kept = [c for c in kept if not (c.token.idx in cues_of_quotations and QUAD_CODE.get(c.entry.event) in (2, 4))]
    drafts = [d for c in kept if (d := build_draft(c, doc, tables, quotes)) is not None]
    drafts = [d for d in drafts if not _is_play(d, tables.cues) and not _sports_meeting(d, tables.cues)]
    if drafts and sport_density(doc, tables.cues)[0] >= SPORT_LEANING_DISTINCT:
        clubs = _club_names(doc, tables.cues)
        drafts = [d for d in drafts if not _career_matter(d, tables.cues, clubs) and not _generic_contest(d, tables.cues)]
    if drafts and _is_sports_report(doc, tables.cues):
        drafts = [d for d in drafts if _kept_in_sports_report(d, doc, tables.cues)]
    sentences = doc_sentences(doc)
    headline = bool(sentences) and is_headline(sentences[0])
    if headline:
        # the story's own sentence tells the event; the headline joins it as further evidence
        drafts = [d for d in drafts if d.sentence_index != 0] + [d for d in drafts if d.sentence_index == 0]
    merged = merge_drafts(drafts)
    if headline:
        # A headline's words are too few to code alone ("Blair rejects Iraq advice calls"); its
        # event counts only when the story restates it.
        # ... unless it is a verbal act between two names ("<Name> slams <Name>"): nothing is left to guess (events43)
        merged = [d for d in merged if d.indices != [0] or headlines.between_names(
            QUAD_CODE.get(d.event), d.modality, d.actor, d.recipient, d.actor_tokens, d.recipient_tokens)]
    # "Vexcorp's agreement", "appeal the decision": the party of the act told in an earlier sentence
    recall_recipients(merged, tables.cues, tables.actors, lambda tokens: _at_home(
        _parties(tokens, tables.actors.code_span, tables.currencies, tables.cues), story_country(doc, tables.actors.words.not_state), tables.cues))
    # "The investigation by X" ... "X's investigation of Y"; "Z was stabbed" after "W stabbed Z"
    share_same_act(merged, tables.cues, tables.actors, lambda tokens: _at_home(
        _parties(tokens, tables.actors.code_span, tables.currencies, tables.cues), story_country(doc, tables.actors.words.not_state), tables.cues))
    # "Tube workers walked out ... Vexrail, which runs the lines": the employer; then its answer's addressee
    fill_employers(merged, tables.cues, lambda tokens: _at_home(
        _parties(tokens, tables.actors.code_span, tables.currencies, tables.cues), story_country(doc, tables.actors.words.not_state), tables.cues))
    # "a union representing workers at Vexair agreed to a contract": the employer its description names
    fill_represented_employer(merged, tables.cues, lambda tokens: _at_home(
        _parties(tokens, tables.actors.code_span, tables.currencies, tables.cues), story_country(doc, tables.actors.words.not_state), tables.cues))
    fill_other_side(merged, tables.cues)
    # "X held talks with Y. X pledged to ...": the pledge is made to the other side of the talks
    fill_deal_party(merged, tables.cues, lambda tokens: _at_home(
        _parties(tokens, tables.actors.code_span, tables.currencies, tables.cues), story_country(doc, tables.actors.words.not_state), tables.cues))
    # "protests against government plans ... Demonstrators took to the streets": the policy's author
    partier = lambda tokens: _at_home(  # noqa: E731
        _parties(tokens, tables.actors.code_span, tables.currencies, tables.cues),
        story_country(doc, tables.actors.words.not_state), tables.cues)
    is_party = _party_test(tables.actors.code_span, tables.cues, tables.actors)
    fill_protest_targets(
        merged, tables.cues, partier,
        lambda t: (found := tables.match(t)) is not None and found[0].event == "PROTEST", is_party,
        lambda t: is_party(t) and any(set(p.sector) & POLICY_SECTORS for p in partier([t])))
    # "shareholders opposed the Vexcorp bid" ... "Zentra's bid for Vexcorp": the bidder, not the firm bid for
    fill_bid_authors(merged, tables.cues, partier, is_party)
    # "Hollins had not received the counselling ordered by the court": the one who receives it (actors18)
    fill_order_receivers(merged, partier, is_party, tables.cues.receive_verb)
    told = [(e, d.trigger, d.sentence_index, d.entry.origin) for d in merged
            if (e := finish(d, doc, tables, published, quotes, sentences, 0)) is not None]
    # how far each event is to be trusted (eventcoding/confidence.py): the record's filter reads it
    return confidence.rate(doc, told, quotes, tables.cues.political)


class EventsStage(TableStage):
    """spaCy component: sets ``doc._.events``. Owns the event lexicon and backbone, the cue
    words, the actor dictionary and the currency words (its ``data_dir``)."""

    extension = "events"
    tables = (*LEXICON_FILES, *ACTOR_FILES, *WORD_FILES)

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        self.irregular = irregular_verb_forms(nlp)
        super().__init__(name, data_dir)

    def load_tables(self, directory: Path) -> None:
        lexicon = with_irregular_forms(load_lexicon(directory), getattr(self, "irregular", {}))
        self.data = EventTables(lexicon=lexicon, cues=load_cues(directory),
                                actors=load_actor_dictionary(directory),
                                currencies=load_words(directory).currencies)

    def __call__(self, doc: Doc) -> Doc:
        # what the article is about (eventcoding/topic.py): the confidence and the record read it
        doc._.topic = topic.article_topic(doc, self.data.cues.political)
        doc._.events = code_events(doc, self.data)
        # a country read only from a US place's name ("Lebanon", Ohio; the state of Georgia) is no
        # country of the story once the places stage resolved the name (eventcoding/named_homes.py, towns14)
        # A word the places stage resolved with its story (``Delta`` a town of British Columbia) is read so
        # in every body's name that holds it, not as its most populous namesake read alone (codes44)
        gaz = packaged_gazetteer_or_none()
        read_alone = (lambda text: _gazetteer_country(gaz, text)) if gaz is not None else None
        doc._.events = named_homes.recode_events(doc, doc._.events, self.data.actors, read_alone)
        doc._.entities = named_homes.recode_entities(doc, doc._.entities or [], self.data.actors, read_alone)
        # "Ann Roe, 52, of Lebanon ... Roe": the person's home town's country for every mention (towns14)
        doc._.events, doc._.entities = named_homes.fill_person_homes(doc, doc._.events, doc._.entities,
                                                                     self.data.actors.words.honorific)
        # the events the per-topic policy holds back (unsure events of a story not about politics or
        # conflict): the record leaves them out when the pipeline's topic_policy is on
        doc._.topic_held = [e.id for e in doc._.events if not topic.kept(e, doc._.topic)]
        return doc


def irregular_verb_forms(nlp: Language) -> dict[str, str]:
    """Irregular verb form -> lemma, from the model's rule lemmatizer ("retook" -> "retake"); empty
    when the model has none."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]
    except (KeyError, AttributeError, ValueError):
        return {}
    return {form: lemmas[0] for form, lemmas in table.items() if lemmas and lemmas[0] != form}


def with_irregular_forms(lexicon: Lexicon, irregular: Mapping[str, str]) -> Lexicon:
    """The lexicon with each irregular form of a verb it has rows for as a key of those rows: the
    tagger sometimes takes a prefixed past ("retook", "overran") for a present and leaves its form
    as the lemma; the form is looked up only when the lemma has no rows (lexicon_entries)."""
    if not irregular:
        return lexicon
    key = (id(lexicon), frozenset(irregular.items()))
    kept = _WITH_FORMS.get(key)
    if kept is not None and kept[0] is lexicon:  # one copy per shared lexicon: stages share their tables
        return kept[1]
    found = dict(lexicon)
    for form, lemma in irregular.items():
        if ("VERB", form) not in found and ("VERB", lemma) in lexicon:
            found[("VERB", form)] = lexicon[("VERB", lemma)]
    _WITH_FORMS[key] = (lexicon, found)
    return found


_WITH_FORMS: dict[tuple[int, frozenset[tuple[str, str]]], tuple[Lexicon, Lexicon]] = {}


@Language.factory(
    "newsevents_events",
    default_config={"data_dir": None},
    requires=["doc._.entities", "doc._.topic_cues", "doc._.places", "doc._.times", "doc._.figures", "doc._.quotes", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.events", "doc._.entities"],
)
def make_events_stage(nlp: Language, name: str, data_dir: str | None) -> EventsStage:
    """``data_dir``: a folder with the event, actor and word tables named as in
    ``newsevents/data`` (None: the packaged ones)."""
    return EventsStage(nlp, name, data_dir)


def _leaning_body(party: Party, cues: Cues) -> bool:
    """targets34 (the thirty-second US-news audit's #28, #35): "conservative outside groups", "liberal groups", "a
    right-wing organisation": a body of civil society named by its place on a party system's left or right
    (``leaning_word`` cues) takes part in one state's politics -- the story's -- unlike aid groups and charities,
    which work across borders (:func:`_civil_body`)."""
    return any(w.strip(",.").lower() in cues.leaning_word for w in party.text.split())
