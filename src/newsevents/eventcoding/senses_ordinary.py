"""Ordinary senses of event words in news that is not about politics (issue 14, session 17, brief spur17:
"spurious" events in sport, business, entertainment and technology news; held-out set 22 and the event
sentences of 200 BBC 2004 business, sport, entertainment and tech articles).

The kind of the word's argument decides the sense: a player leaving a tournament, a firm surveying its own
find, a school banning a gadget, a comedian who "killed it" tell no act between parties. Each rule reads
the trigger's object or phrase and its doers; the words are cue kinds of ``event_cues.tsv`` whose names
start with ``spur17_``:

- **out of a contest** (RETREAT "from" or "out of" a ``sport_contest_noun``: "withdrew from the
  tournament", "pulled out of the Australian Open"): a player's or a team's entry, no retreat between
  parties -- unless a state, a nation or a political body withdraws ("Russia withdrew from the Games");
- **"killed it"** (a ``living_harm_verb`` -- kill, murder, slay -- whose every object is the pronoun
  "it"): those verbs take a living being, and "it" is none: an idiom of success (or an animal), no attack;
- **a gadget banned** (a ``ban_verb`` whose every object is a ``product``, ``technology_noun`` or
  ``goods`` word that no nation, place or body owns: "banned camera phones from their buildings"): a house
  rule on a thing, no party coerced; "banned imports of Chinese steel" and "banned Russian athletes" stay;
- **a firm's own investigation** (ACCUSE investigation by businesses alone, of no party and of no wrongdoing:
  "carry out further investigations at the new find"): a survey or an audit, nothing alleged of anyone.

Two more from issue 14's twenty-fourth audit (brief wire24), cue kinds starting ``wire24_``-commented:

- **a text that "calls for"** (REQUEST "call for" whose subject is a ``provision_source``: a treaty, a plan,
  a bill, a charter: "the plan calls for 300 job cuts", "the pact calls for the common defence of its
  members"): the text provides for something, no party asks anyone;
- **a vehicle carrying people** (``carry_verb`` whose doer is a ``crime_vehicle`` -- a plane, a bus, a
  boat: "the plane carrying the minister landed"): transport, no act between parties;
- **a move for a private purpose** (CONSULT whose purpose clause is a ``private_purpose_verb`` -- study,
  retire, settle -- or starts or pursues a ``private_purpose_thing`` -- a career, a job, a new life:
  "is leaving for Canada to start a new career"): a person's move, no visit to the country's government.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.docquery import objects_of_prep
from newsevents.eventcoding.lexicon import Cues, object_tokens
from newsevents.record import Party

_VERBS = ("VERB", "AUX")
_NATION_ENTS = frozenset({"GPE", "NORP"})
_OWNER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _political(parties: list[Party], cues: Cues) -> bool:
    return any({s.lower() for s in p.sector} & cues.political for p in parties)


def no_event(trigger: Token, event_type: str, actor: list[Party], actor_tokens: list[Token],
             recipient_tokens: list[Token], cues: Cues, weapon: bool) -> bool:
    """Any of the module's rules: ``trigger`` is used in an ordinary sense that tells no event."""
    if withdrawn_from_contest(trigger, event_type, actor, actor_tokens, cues):
        return True
    if weapon:
        return False
    if killed_it(trigger, event_type, cues) or gadget_banned(trigger, event_type, cues):
        return True
    if firm_survey(trigger, event_type, actor, recipient_tokens, cues) or quantity_fought(trigger, event_type, cues):
        return True
    if won_at_contest(trigger, event_type, cues) or draw_meeting(trigger, event_type, cues):
        return True
    if social_attended(trigger, event_type, cues) or thing_requested(trigger, event_type, cues):
        return True
    if provision_called_for(trigger, event_type, cues) or vehicle_carrying(trigger, event_type, cues):
        return True
    if private_move(trigger, event_type, cues):
        return True
    return (quality_reviewed(trigger, event_type, recipient_tokens, cues)
            or own_trade_halted(trigger, event_type, actor, actor_tokens, cues)
            or view_of_anything(trigger, event_type, cues))


def _left(trigger: Token) -> list[Token]:
    """What the trigger leaves: the objects of its "from" phrase, or of "of" after "out" ("pulled out
    of the Open", parsed with "out" as a particle or as a preposition)."""
    found = []
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            found += objects_of_prep(c)
        elif c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod"):
            found += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in objects_of_prep(p)]
            found += objects_of_prep(c) if c.dep_ == "prep" else []
        elif c.dep_ == "prep" and c.lower_ == "of" and any(
                s.lower_ == "out" and s.dep_ in ("prt", "advmod") for s in trigger.children):
            found += objects_of_prep(c)
    return found


def withdrawn_from_contest(trigger: Token, event_type: str, actor: list[Party], actor_tokens: list[Token],
                           cues: Cues) -> bool:
    """"Withdrew from the tournament because of injury", "pulled out of the Australian Open": leaving a
    ``sport_contest_noun`` is a player's or team's entry withdrawn, no retreat between parties. A nation
    or a state or political body that withdraws ("Russia withdrew from the Games in protest") stays."""
    if event_type != "RETREAT" or trigger.pos_ not in _VERBS:
        return False
    left = _left(trigger)
    if not left or not all(_lemma(t) in cues.sport_contest_noun or t.lower_ in cues.sport_contest_noun
                            for t in left):
        return False
    if any(t.ent_type_ in _NATION_ENTS for t in actor_tokens):
        return False
    return not _political(actor, cues)


def killed_it(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The comedian killed it at the festival": a ``living_harm_verb`` takes a living being, and
    the pronoun "it" is none -- an idiom of success or an animal, no attack. "Killed him", "killed it off"
    (a particle: a plan ended) are not this rule's."""
    if event_type != "ASSAULT" or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.living_harm_verb:
        return False
    if any(c.dep_ == "prt" for c in trigger.children):
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(o.lower_ == "it" for o in objects)


def _owned(thing: Token) -> bool:
    """A nation, place or body names whose thing it is ("Chinese steel", "imports of Russian oil")."""
    return any(t.ent_type_ in _OWNER_ENTS and t.i != thing.i for t in thing.subtree)


def gadget_banned(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Have decided to ban camera phones from their buildings", "the school banned smartphones": a ban
    whose every object is a gadget or a product (``product``, ``technology_noun``, ``goods``) that no
    nation, place or body owns is a house rule on a thing, no party coerced. "Banned imports of Chinese
    steel", "banned Russian athletes", "banned the group" stay."""
    if event_type not in ("COERCE", "SANCTION") or trigger.pos_ not in _VERBS \
            or _lemma(trigger) not in cues.ban_verb:
        return False
    things = cues.product | cues.technology_noun | cues.goods
    objects = object_tokens(trigger)
    return bool(objects) and all(o.pos_ == "NOUN" and (_lemma(o) in things or o.lower_ in things)
                                 and not _owned(o) for o in objects)


def firm_survey(trigger: Token, event_type: str, actor: list[Party], recipient_tokens: list[Token],
                cues: Cues) -> bool:
    """"The company's decision to carry out further investigations at the new find": an investigation
    by businesses alone (every doer of sector BUS) of no one and into no wrongdoing is a survey or an
    audit of its own, nothing alleged of anyone. "The bank launched an investigation into its former
    chief" (a party), "an investigation into fraud" and a police investigation stay."""
    if event_type != "ACCUSE" or _lemma(trigger) not in cues.inquiry_word or recipient_tokens:
        return False
    if not actor or not all(p.sector and {s.upper() for s in p.sector} <= {"BUS"} for p in actor):
        return False
    # what is investigated: "into"/"of" phrases or the verb's objects; any wrongdoing keeps it an act
    looked = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("into", "of") for g in objects_of_prep(c)]
    looked += object_tokens(trigger) if trigger.pos_ in _VERBS else []
    if trigger.dep_ == "dobj" and trigger.head.pos_ in _VERBS:  # "to end investigations into indecency": the
        looked += _phrase_objects(trigger.head, ("into",))       # parser may hang the noun's "into" on the verb
    return not looked


def _in(token: Token, *words: set[str] | frozenset[str]) -> bool:
    return any(_lemma(token) in w or token.lower_ in w for w in words)


def _phrase_objects(trigger: Token, preps: tuple[str, ...]) -> list[Token]:
    return [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps for g in objects_of_prep(c)]


def quantity_fought(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The US is struggling with a ballooning trade deficit", "had their whole future destroyed": force
    whose every object or "with"/"against" phrase is a quantity of the economy, a social ill, an illness
    or a lot in life (``own_lot``) is a figure, no attack. "Struggled with the
    guards", "destroyed the bridge" stay."""
    if event_type not in ("ASSAULT", "COERCE") or trigger.pos_ not in _VERBS:
        return False
    # the phrase's own object, and of its conjuncts only names (the parser may join a next clause's
    # subject: "struggling with a deficit and analysts said ...")
    heads = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
             for g in c.children if g.dep_ == "pobj"]
    targets = object_tokens(trigger) + heads + [cc for g in heads for cc in g.conjuncts
                                                if cc.pos_ == "PROPN" or cc.ent_type_]
    words = (cues.economic, cues.social_ill, cues.ailment, cues.own_lot)
    return bool(targets) and all(t.pos_ == "NOUN" and _in(t, *words) for t in targets)


def won_at_contest(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Came from a set down to beat the Italian at the Qatar Open", "beat him in the final": a ``defeat``
    verb told at or in a contest is a game, whoever wins (a "veteran" player is coded MIL). "Troops defeated
    the rebels in the battle" (no contest) stays."""
    if event_type != "ASSAULT" or trigger.pos_ not in _VERBS or not _in(trigger, cues.defeat):
        return False
    return any(_in(g, cues.sport_contest_noun) for g in _phrase_objects(trigger, ("at", "in")))


def draw_meeting(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The Chilean will meet sixth seed X next": a meeting whose other side a ``rank_word`` marks (a
    seed, a champion, a qualifier) is the next round of a tournament, no consultation. "Will meet the
    foreign minister" stays."""
    if event_type != "CONSULT" or trigger.pos_ not in _VERBS or not _in(trigger, cues.draw_meet_verb):
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(any(_in(t, cues.rank_word) for t in o.subtree) for o in objects)


def social_attended(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The music director attends the annual Governor's Ball", "attended the film's premiere": a party, a
    show or a game attended is a social occasion, no meeting between parties. "Attended the summit" stays."""
    if event_type != "CONSULT" or trigger.pos_ not in _VERBS or not _in(trigger, cues.attend_verb):
        return False
    objects = object_tokens(trigger) + _phrase_objects(trigger, ("to",))
    return bool(objects) and all(_in(o, cues.social_event) for o in objects)


def _a_work(token: Token, cues: Cues) -> bool:
    return token.ent_type_ == "WORK_OF_ART" or _in(token, cues.work, cues.purchase_thing)


def thing_requested(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Britons requesting Amazing Grace", "before ordering prints": a REQUEST whose every object is a work
    (a song, a film) or a thing bought is a listener's or a buyer's wish, no request of a party. "Ordered a
    halt to the work", "requested a meeting" stay."""
    if event_type != "REQUEST" or trigger.pos_ not in _VERBS:
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(_a_work(o, cues) for o in objects)


def quality_reviewed(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Has hit out at the quality of current films and theatre productions": a view whose every target is
    a ``quality_noun`` "of" works, shows or products is a review. "Hit out at the quality of the
    government's schools" (no work) stays."""
    if event_type not in ("ACCUSE", "SUPPORT", "REJECT"):
        return False
    targets = (object_tokens(trigger) if trigger.pos_ in _VERBS else []) + _phrase_objects(
        trigger, ("at", "on", "about", "of", "over"))
    targets = targets or list(recipient_tokens)
    shown = cues.work | cues.performance | cues.product

    def reviewed(t: Token) -> bool:
        inner = _phrase_objects(t, ("of",))  # "the quality of current films and theatre productions"
        return _in(t, cues.quality_noun) and bool(inner) and _in(inner[0], shown)

    return bool(targets) and all(reviewed(t) for t in targets)


def own_trade_halted(trigger: Token, event_type: str, actor: list[Party], actor_tokens: list[Token],
                     cues: Cues) -> bool:
    """"Wal-Mart has suspended firearms sales in the state": a firm halting its own trade, to or from no one,
    is a business decision, no sanction. A state or a nation that halts it ("Russia suspended gas supplies
    to Ukraine") and a halt aimed at a party ("suspended sales to Iran") stay."""
    if event_type != "SANCTION" or trigger.pos_ not in _VERBS or not _in(trigger, cues.halt_verb):
        return False
    if not actor_tokens or any(t.ent_type_ in _NATION_ENTS for t in actor_tokens) or _political(actor, cues):
        return False
    objects = object_tokens(trigger)
    if not objects or not all(_in(o, cues.economic, cues.commodity) for o in objects):
        return False
    aimed = ("to", "for", "with", "from", "against")
    return not _phrase_objects(trigger, aimed) and not any(_phrase_objects(o, aimed) for o in objects)


def view_of_anything(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"She never complained about anything": a view whose every target is an indefinite pronoun
    (``indefinite_pronoun``) with nothing to say what it is is of no party and no matter. "Criticised
    everything the government did" (a clause says what) stays."""
    if event_type not in ("ACCUSE", "SUPPORT", "REJECT") or trigger.pos_ not in _VERBS:
        return False
    targets = object_tokens(trigger) + _phrase_objects(trigger, ("about", "of", "at", "over", "on"))
    return bool(targets) and all(
        t.lower_ in cues.indefinite_pronoun and not any(c.dep_ in ("relcl", "acl", "prep") for c in t.children)
        for t in targets)


def _doer_words(trigger: Token) -> list[Token]:
    """The trigger's subjects, or the noun a participle modifies ("the plane carrying the minister")."""
    found = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and trigger.dep_ == "acl" and trigger.head.i != trigger.i:
        found = [trigger.head]
    return found + [cc for t in found for cc in t.conjuncts]


def provision_called_for(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The plan calls for 300 job cuts", "the pact calls for the common defence of its members": "call
    for" said of a text (``provision_source``) is what the text provides for, no request of any party.
    "The minister called for talks" (a party the subject) stays a REQUEST."""
    if event_type != "REQUEST" or trigger.pos_ not in _VERBS or _lemma(trigger) != "call":
        return False
    if not any(c.dep_ in ("prep", "prt") and c.lower_ == "for" for c in trigger.children):
        return False
    doers = _doer_words(trigger)
    return bool(doers) and all(_lemma(t) in cues.provision_source for t in doers)


# what a vehicle may carry as an act: aid flown in, troops moved, force or a blockade ("a plane carrying aid")
_CARGO_TYPES = frozenset({"AID", "MOBILIZE", "ASSAULT", "COERCE", "SANCTION"})


def vehicle_carrying(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The plane carrying the minister and three envoys landed", "a bus carrying pilgrims": a vehicle
    (``crime_vehicle``) that carries people (``carry_verb``) is transport, no act between parties -- a
    convoy's aid or a ship's seizure is told by other words ("delivered", "seized")."""
    if event_type in _CARGO_TYPES or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.carry_verb:
        return False
    # an active doer only: "planes of supplies were flown to Libya by the air force" is the force's act
    doers = [t for t in _doer_words(trigger) if t.dep_ != "nsubjpass"]
    return bool(doers) and all(_lemma(_last_noun(t, trigger)) in cues.crime_vehicle for t in doers)


def _last_noun(token: Token, trigger: Token) -> Token:
    """The last noun before the trigger of the phrase ``token`` heads: "the secretary of state's plane",
    parsed with "secretary" as its head, still names a plane."""
    nouns = [t for t in token.subtree if t.pos_ == "NOUN" and token.i <= t.i < trigger.i]
    return nouns[-1] if nouns else token


def private_move(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Is leaving for Canada to start a new career", "moved to Paris to study": a trip whose purpose
    clause (a "to"-infinitive hung on the travel verb) is private life -- a ``private_purpose_verb`` with no
    object or particle, or a verb whose object is a ``private_purpose_thing`` -- is a person's move, no
    visit to a government. "Flew to Paris to meet the president", "to work out a deal" stay."""
    if event_type != "CONSULT" or trigger.pos_ not in _VERBS:
        return False
    for clause in trigger.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        if any(c.dep_ == "prt" for c in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if objects and all(_lemma(o) in cues.private_purpose_thing for o in objects):
            return True
        if not objects and _lemma(clause) in cues.private_purpose_verb and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in clause.children):
            return True
    return False
