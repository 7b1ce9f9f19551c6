"""Clauses that tell no event although a trigger and its parties are there (issue 14, spurious).

Each rule states a pattern of English that marks a state, an option, a kind or a private or
artistic matter rather than a dated act between parties of public life (docs/events.md, "Coding
discipline"). The word lists are cue kinds of ``event_cues.tsv``:

- a **standing state** told in the present or the perfect: a relation of trade or ownership in
  the simple present (``standing_verb``: "Denmark exports its products to Greece"), a ``never``
  with the perfect or the present ("it has never ratified the charter"), and a stance held over
  a span ("has been battling the authorities for more than a year", "since ... has been critical
  of X, blaming it");
- a **collaboration in art or trade** (``collaboration`` verbs, done to make or sell something,
  ``creative_act``: "teamed up with X to record a song") with no state body among the parties;
- an **option** given to someone (``option_noun``: "given the chance to donate", "won the right to
  step down"), unless it is taken ("took the chance to meet");
- a **plan on one's own economy**: material cooperation or a deal with no one, done to a
  quantity or a product (``plan_object`` with the ``economic`` and ``product`` cues: "will boost
  state spending", "was selling a product");
- a **market held up** (SUPPORT of an ``economic`` quantity: "this will support consumer spending"):
  a forecast or a cause, no political support;
- a **kind of people**, not a party: plural nouns with no name, bare or "the best ...", with a
  mark of a general truth (``generic_mark``, "can", "tend to": "the best women will never beat
  the best men");
- a **career move**: leaving a post (``career_move``) to go on to one's own next step
  (``career_next``: "stepped down to run for parliament", "resigned to take a job at the bank"),
  and a contract for one's own work (``career_contract``: "signed a record deal with EMI");
  a resignation to make way for others or under pressure stays;
- a firm's **own supply**: a business promising to supply or sell, with no one to receive it
  ("Apple has promised that it can supply enough"); **counsel** defending or representing a
  client ("lawyers defending the former chief executive", "tried to distance his client from the
  allegations": ``counsel``, ``counsel_act``, ``client``);
- a **review**: a view of a work, product or show ("delegates complained that the showcase
  lacked ...");
- an act **wanted of another** (``want_verb``: "prosecutors wanted the firms to pay", "hoped the
  rebels would disarm"): not done, and its doer is not shown acting; so is an act in the **subjunctive of
  demand** (a base-form verb with a third-person subject of its own and no auxiliary, right after a
  ``mandative_word`` or its "that": "Senator Demands Police Chief Resign", "urged that the minister step
  down"; events32, news-dev46's headline): the act demanded, not done;
- an **injury of one's own body** (``body_part``: "the singer injured her knee", "after injuring
  his ankle in training", "his leg was broken in the fall"): no attacker, no event;
- a **barrage of media** (``media_means``: "users are bombarded with pop-up ads", "flooded with
  spam"): force told with adverts, mail or calls is a figure of speech;
- **fame** (``fame_noun``: "the actress won recognition for her role"): recognition of a person or
  a firm that no one is named to give, not political support;
- a **scare quote**: the trigger in quotation marks of its own ("outlets were \"bombarded\" by
  fans"): someone's figure of speech, not the act, unless it falls on someone or on a place
  (components/events.py);
- a **market quantity** as every doer ("shares held talks", "demand forced the airline to cut
  flights"): an event needs a party who acts;
- **products and devices** as the only doers ("the software attacks the rival product", "the
  console crushed its rival") or, for an attack, the only targets ("the worm attacked the
  computer"): a market or a machine, no parties;
- a **lesson**: an act told as what is learned or taught, as a habit of the present
  (``lesson_verb``: "schoolchildren learn how the Persians invaded Greece", "pupils are taught that
  ..."); what someone learned (found out) stays news.
- **background by tense and aspect** (issue 14, tenth audit): a party described by a relative
  clause in the simple present ("the Vexford Council, which supports local charities"); a deal
  or partnership one holds (``holding_verb``: "it has a roaming deal with Vodafone"); a stance
  held for long (``lasting_mark``: "still backs", "has long opposed", "has supported it for years").
- **descriptions, deals held and practices** (issue 14, twelfth audit): a participle that
  describes a noun ("Blu-ray, backed by 100 firms", "police investigating the murder dismissed
  ..."); a deal noun kept to or held (``deal_conformity``, ``held_deal_mark``: "not in compliance
  with their loan agreements", "could not borrow under its existing agreements"); a negated
  practice in the simple present ("we do not discuss staff issues with the media").
- **forecasts, denials and background pledges** (issue 14, thirteenth audit): an act forecast of
  another by an ``onlooker`` (``prediction``: "analysts had expected Vexcorp to agree", "was widely expected to
  sign"); an act denied by "there is no" (``negation``: "there have been no attacks"); a pledge
  (``pledge_verb``) in the past perfect of a main clause or in a clause of time (``time_mark``:
  "was elected after it pledged to cut taxes"); spending on a field with no name is a plan on
  one's own economy ("is to boost spending on primary schools").
- **options weighed, policy plans, seats and votes** (issue 14, session 12, brief spur14): a promise
  or consent only to weigh an option (``consider_verb``: "agreed to study the
  proposal", CAMEO 014) or only to act on a society's ills (``social_ill``: "vowed to fight
  inflation"); a seat of power held by "who would" or one person (``hold_office_verb``); a vote or
  an audience captured (``prize_noun``).
- **campaign talk and figures of politics** (issue 14, session 12, brief usaudit: the first US-news
  audit): an act only talked of (a gerund under "about"/"of" after a ``topic_talk_verb``: "is talking
  about deporting them"); force that a ``figure_modifier`` qualifies ("political fighting", "a legal
  battle"); force named in a "during" phrase with no doer of its own ("a senator during the
  attacks": the clause's time, not its subject's act).
- **stances and campaign talk** (issue 14, session 14, brief s14-stances: the fifth US-news audit):
  a stance on a policy in general at any tense (``policy_stance_verb``, ``proposal_noun``); a person
  answering what is said "that ..." of him; a vow of one's own policy (``vow_verb``,
  ``policy_act_verb``); a stance noun described; a law held (``law_noun``); what one "must be"; a
  rejection felt (``rebuff_noun``, ``feeling_verb``); an endorsement not given in the perfect
  (``support_not_given``: SUPPORT negated, read by components/events.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.docquery import entity_at
from newsevents.eventcoding import speech_force
from newsevents.eventcoding.lexicon import Cues, object_tokens
from newsevents.record import Party

_MATERIAL = frozenset({"ASSAULT", "COERCE"})
_PRESENT = frozenset({"VBZ", "VBP"})
_COOPERATION = frozenset({"COOPERATE", "AGREE", "SUPPORT", "AID"})
_PLANNED = frozenset({"AGREE", "AID", "COOPERATE"})
_VIEWS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_LEAVING = frozenset({"RETREAT", "CONCEDE"})
_STANCES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"})
_FORCE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# bloc codes: a party of one is a state body whatever its sector
_BLOCS = frozenset({"IGO", "UNO", "EUR", "IMG"})


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries; a conjoined verb with no subject of its own shares its first
    conjunct's ("has signed it and never ratified it")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if own or verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return own
    return _auxiliaries(verb.head)


def _perfect(verb: Token) -> bool:
    return any(a.lemma_.lower() == "have" for a in _auxiliaries(verb))


def _simple_present(verb: Token) -> bool:
    return verb.tag_ in _PRESENT and not _auxiliaries(verb)


def _dated(verb: Token, besides: Token | None = None) -> bool:
    """The verb's own phrases name a time ("this year", "on Monday", "today"); ``besides``: a
    phrase not counted (the span "for years" the tagger calls a date)."""
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("today", "now", "tonight")
               for c in verb.children if c.dep_ not in ("ccomp", "conj", "advcl", "parataxis")
               and (besides is None or c.i != besides.i) for t in c.subtree)


def _never_state(verb: Token, cues: Cues) -> bool:
    """"It has never ratified the charter", "Canada never recognises ...": a state held, no act."""
    return any(c.dep_ in ("advmod", "neg") and c.lower_ in cues.standing_negation for c in verb.children) and (
        _perfect(verb) or _simple_present(verb))


def _standing_relation(verb: Token, cues: Cues) -> bool:
    """"Denmark exports its products to Greece", "the group owns stakes in two banks": trade or
    ownership in the simple present with no time of its own."""
    return verb.lemma_.lower() in cues.standing_verb and _simple_present(verb) and not _dated(verb)


def _has_span(verb: Token, cues: Cues) -> bool:
    """A span the state has lasted: "for more than a year", "since the ruling", "since X closed".
    "Have long charged" is no such span: the project's held-out phrasings code it ACCUSE."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in cues.period for g in child.children):
            return True
        if child.lower_ == "since" and child.dep_ == "prep":
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            return True
    return False


def _held_stance(verb: Token, event_type: str, cues: Cues) -> bool:
    """A stance or a quarrel told in the perfect over a span ("has been battling the authorities
    for more than a year"; "Since ..., the industry has been critical of P2P, blaming it"): a
    state that lasts, not a dated act. Only words and stances hold so: force, protest, talks and
    the rest over a span stay events ("troops have been shelling the town for a week", "activists
    have rioted for a second night")."""
    if event_type not in _STANCES:
        return False
    clause = verb
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "..., blaming it for falling sales"
        clause = verb.head
    # the perfect progressive or the perfect of "be" holds a state; "has filed 100 lawsuits since
    # December" counts acts done
    held = clause.lemma_.lower() == "be" or any(a.lower_ == "been" for a in _auxiliaries(clause))
    return _perfect(clause) and held and _has_span(clause, cues)


def standing_state(verb: Token, event_type: str, cues: Cues) -> bool:
    """The clause tells a standing state, not a dated act (see the module's first rule)."""
    return _never_state(verb, cues) or _standing_relation(verb, cues) or _held_stance(verb, event_type, cues)


def _to_clauses(verb: Token) -> Iterable[Token]:
    """The verb's purpose or content clauses: "to record", "to run" (xcomp, advcl, and conjoined verbs)."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child.pos_ in ("VERB", "AUX") or child.dep_ == "conj" and child.pos_ == "VERB":
            yield child


def _old_hand(party: Party, cues: Cues) -> bool:
    """"Comic book veteran Ana Ruiz", "a music industry veteran": a ``field_role`` noun after a
    common noun of a field that is not arms (``armed_field``: "war veteran", "army veteran") is
    someone long in that field, not a soldier, whatever sector the role word gave the party."""
    words = party.text.split()
    return any(w.lower() in cues.field_role and k > 0 and words[k - 1].islower()
               and words[k - 1] not in cues.armed_field for k, w in enumerate(words))


def _state_party(parties: list[Party], doc: Doc, cues: Cues) -> bool:
    """A state body among the parties: a government, force, court or legislature, a bloc, or a
    country named as such; an old hand of a field is none ("comic book veteran")."""
    kinds = {e.id: e.type for e in doc._.entities or []}
    return any(({s.lower() for s in p.sector} & cues.state_sector and not _old_hand(p, cues))
               or (p.country or "") in _BLOCS
               or (p.entity is not None and kinds.get(p.entity) == "GPE") for p in parties)


def _is_collaboration(trigger: Token, consumed: Token | None, cues: Cues) -> bool:
    words = {trigger.lemma_.lower()} | ({consumed.lemma_.lower()} if consumed is not None else set())
    words |= {c.lemma_.lower() for c in trigger.children if c.dep_ == "dobj"}  # "joined forces"
    return bool(words & cues.collaboration)


def artistic_collaboration(trigger: Token, consumed: Token | None, event_type: str, parties: list[Party],
                           doc: Doc, cues: Cues) -> bool:
    """"Sir Elton teamed up with Phil Collins to record a song", "the two firms joined forces to
    launch a phone": working together to make or sell something, with no state body among the
    parties, is art or trade, not PLOVER cooperation. "France and Germany teamed up to build a
    jet" stays (states); so does a deal or an agreement between firms (not a collaboration verb)."""
    if event_type not in _COOPERATION or not _is_collaboration(trigger, consumed, cues):
        return False
    if not any(c.lemma_.lower() in cues.creative_act for c in _to_clauses(trigger)):
        return False
    return not _state_party(parties, doc, cues)


def offered_option(trigger: Token, cues: Cues) -> bool:
    """"Were given the chance to donate", "won the right to step down": the act is an option
    someone has, not done -- unless the option is taken ("took the chance to meet")."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:  # "the right to step down and run"
        node = node.head
    if node.dep_ not in ("acl", "xcomp", "relcl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
        return False
    noun = node.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.option_noun:
        return False
    return noun.head.lemma_.lower() not in cues.seize_verb


def plan_on_own_economy(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"South Korea will boost state spending", "he was selling a product": material cooperation
    or a promise with no one to receive it, done to a quantity of the economy or a product, is a
    plan or a trade of one's own. "Will boost aid to Haiti" names whom it is for and stays. What
    the spending goes on, a field with no name ("is to boost spending on primary schools and
    health"), is no party that receives it; "spending on Vexland's army" (a named party) stays."""
    if event_type not in _PLANNED or trigger.pos_ not in ("VERB", "AUX"):
        return False
    # a content clause makes it a pledge of what will happen ("promised no jobs would be lost", which
    # the parser may read with "jobs" for the object): given to someone, not a plan on a quantity
    if any(c.dep_ == "ccomp" for c in trigger.children):
        return False
    objects = [o for c in trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if recipient_tokens and not all(not r.ent_type_ and any(
            r in o.subtree and o.lemma_.lower() in cues.plan_object for o in objects) for r in recipient_tokens):
        return False
    things = cues.plan_object | cues.economic | cues.product
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() in things for o in objects)


def market_support(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"This will support consumer spending", "low rates supported house prices": what holds up a
    quantity of the economy (every object an ``economic`` word) is a market's working, a forecast or
    a cause, not political support of a party or a plan. "Supported the budget" and "backed the
    plan" stay."""
    if event_type != "SUPPORT" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    objects = [o for c in trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() in cues.economic for o in objects)


def firms_own_supply(trigger: Token, event_type: str, parties: list[Party], recipient_tokens: list[Token],
                     cues: Cues) -> bool:
    """"Apple has promised that it can supply enough iPods": a firm's promise to supply or sell,
    with no one to receive it, is its trade with its market. Every party is a business (sector
    BUS); "Russia promised to supply arms" stays, and so does a deal with a named buyer ("Nokia
    promised to sell phones to Chinese firms")."""
    if event_type not in _PLANNED or recipient_tokens or not parties:
        return False
    if not all(p.sector and {s.upper() for s in p.sector} <= {"BUS"} for p in parties):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in cues.standing_verb for c in trigger.children)


def counsel_for_client(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                       cues: Cues) -> bool:
    """"Lawyers defending the former chief executive", "the defence lawyer tried to distance his
    client from the allegations": counsel defending, representing or distancing a client, a named
    person or a ``client`` noun, do their job, no SUPPORT, ACCUSE or REJECT. Counsel who speak "for" a party act for it
    and stay ("lawyers for the government defended the ruling"), and so do lawyers defending a
    group or a cause ("lawyers defended the protesters")."""
    if event_type not in _VIEWS or trigger.lemma_.lower() not in cues.counsel_act or not actor_tokens:
        return False
    # the client: a named person or the noun "client" ("distance his client from the allegations")
    if not recipient_tokens or not all(t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.lemma_.lower() in cues.client)
                                       for t in recipient_tokens):
        return False
    # "lawyers", or a name under its role ("defence lawyer Reid Weingarten")
    return all((t.lemma_.lower() in cues.counsel or any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in cues.counsel
                                                        for c in t.children))
               and not any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children) for t in actor_tokens)


def _kind_noun(token: Token) -> bool:
    """A plural common noun naming a kind, not a party: bare ("strikers") or "the best ...", "the
    fastest ..." (a superlative). Adjectives of nation may qualify the kind ("the best American
    boxers"); a name, a number or a possessor makes it a party."""
    if token.tag_ != "NNS" or token.ent_type_ not in ("", "NORP"):
        return False
    children = list(token.children)
    if any(c.dep_ in ("poss", "nummod", "compound") for c in children):
        return False
    dets = [c for c in children if c.dep_ in ("det", "predet")]
    if not dets:
        return True
    return all(d.lower_ == "the" for d in dets) and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in children)


def _general_truth(verb: Token, cues: Cues) -> bool:
    """A mark that the clause says what is true of a kind: "never", "always" ("generic_mark"
    cues), "can", or "tend to"."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "neg")} & cues.generic_mark
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in _auxiliaries(verb)):
        # "protesters never gave up": a past told once; "always beat" is a habit in any tense
        return bool(marks - cues.standing_negation)
    if marks:
        return True
    if any(a.lower_ in ("can", "ca") for a in _auxiliaries(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "tend"


def kind_of_people(verb: Token, actor_tokens: list[Token], cues: Cues) -> bool:
    """"The best women will never beat the best men", "strikers can attack from anywhere", "fans
    tend to blame the referee": what a kind of people does or never does, no event."""
    return bool(actor_tokens) and all(_kind_noun(t) for t in actor_tokens) and _general_truth(verb, cues)


def career_move(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Stepped down to spend more time with his family", "resigned to take a job at the World
    Bank", "step down from his post and run for parliament": leaving a post for one's own next
    step is a career move. "Resigned to allow elections", "resigned as the opposition threatened
    to storm his residence" stay: a concession to others."""
    if event_type not in _LEAVING or trigger.lemma_.lower() not in cues.career_move:
        return False
    return any(c.lemma_.lower() in cues.career_next for c in _to_clauses(trigger))


def career_contract(trigger: Token, consumed: Token | None, event_type: str, cues: Cues) -> bool:
    """"Signed a record deal with EMI", "a book deal": a contract for one's own work as an artist,
    author or model (a deal noun qualified by a ``career_contract`` word) is a career step, no AGREE.
    A deal between firms or states stays ("signed a trade deal", "a supply contract")."""
    if event_type != "AGREE":
        return False
    deals = [t for t in (trigger, consumed) if t is not None and t.pos_ == "NOUN"]
    deals += [o for o in object_tokens(trigger) if o.pos_ == "NOUN"] if trigger.pos_ in ("VERB", "AUX") else []
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in cues.career_contract
               for deal in deals for c in deal.children)


def _shown(token: Token, cues: Cues) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("NOUN", "PROPN") and (lemma in cues.work or lemma in cues.product or lemma in cues.performance
                                                 or token.ent_type_ in ("WORK_OF_ART", "PRODUCT"))


def review(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Delegates complained that the showcase lacked the wow factor", "praised the new album": a
    view of a work, a product or a show is a review. The targets are the recipients, or with
    none, the subjects of the clause the view is about."""
    if event_type not in _VIEWS:
        return False
    # what the verb is said of: its objects ("attacked the new film by X": the film, not X), else
    # the recipients, else the subjects of the clause the view is about
    objects = object_tokens(trigger) if trigger.pos_ in ("VERB", "AUX") else []
    targets = objects or list(recipient_tokens) or [g for c in trigger.children if c.dep_ == "ccomp"
                                                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    return bool(targets) and all(_shown(t, cues) for t in targets)


def wanted_of_another(trigger: Token, cues: Cues) -> bool:
    """"Prosecutors wanted the firms to pay", "the minister hoped the rebels would disarm": the act
    is wished of someone else, not done, and they are not shown doing it; the wish is no request
    either unless the text says it was asked. The wanted clause has its own doer (a subject, or
    the wanting verb's object before "to"); "hoped to meet the rebels" is the actor's own aim
    and keeps its (hypothetical) event."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:  # "to pay $5bn and accept new rules"
        node = node.head
    # the word as written too: the lemmatizer may give "hoped" as "hop"
    if node.dep_ not in ("ccomp", "xcomp") or not {node.head.lemma_.lower(), node.head.lower_} & cues.want_verb:
        return False
    own_doer = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    return own_doer or any(c.dep_ == "dobj" and c.i < node.i for c in node.head.children)


def commanded_of_another(trigger: Token, cues: Cues) -> bool:
    """"Build a wall, make <Country> pay for it", "Let them go!": an act in the bare infinitive after
    a causative verb (``causative_verb``) that is itself a command (a bare form with no subject or
    auxiliary: a slogan, an imperative) is demanded of its own doer, not done (qtp36, from
    news-dev56's output events; tested on a sentence of our own). "The court made the firm pay"
    (a past causative, the act done) stays."""
    if trigger.tag_ != "VB" or trigger.dep_ not in ("ccomp", "xcomp") or any(c.dep_ == "aux" for c in trigger.children):
        return False
    causative = trigger.head
    if causative.lemma_.lower() not in cues.causative_verb or causative.tag_ != "VB" or causative.i > trigger.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in causative.children)


def mandative_subjunctive(trigger: Token, cues: Cues) -> bool:
    """"Senator Demands Police Chief Resign", "urged that the minister step down": a base-form verb with a
    third-person subject of its own and no auxiliary (the present would take -s) is a subjunctive when a word of
    demand, or its "that", stands right before the subject; the parser may not hang the clause on that word (a
    headline's "Demands" tagged a noun)."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:  # "demands he resign and apologise"
        node = node.head
    if node.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return False
    subjects = [c for c in node.children if c.dep_ == "nsubj" and c.i < node.i]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.tag_ not in ("NN", "NNP") and subject.lower_ not in ("he", "she", "it"):
        return False
    before = subject.left_edge.i - 1
    if before >= 0 and node.doc[before].lower_ == "that":
        before -= 1
    return before >= 0 and node.doc[before].lemma_.lower() in cues.mandative_word


def lesson(trigger: Token, cues: Cues) -> bool:
    """"Schoolchildren learn how the Persians invaded Greece", "pupils are taught that the Romans
    destroyed Carthage": the clause is the content of a lesson, told as a habit in the simple
    present (active, or a present passive), so history or knowledge, not news. "The minister
    learned that rebels had seized the town" (past) and "will learn" are news or a plan: they stay."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ not in ("ccomp", "xcomp") or head.lemma_.lower() not in cues.lesson_verb:
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBN":  # "are taught": a present passive
        return bool(auxes) and all(a.tag_ in _PRESENT for a in auxes)
    # the parser may tag a present plural as a bare form ("Schoolchildren learn"): no auxiliary then
    return head.tag_ in _PRESENT or (head.tag_ == "VB" and not auxes)


def way_to_do(trigger: Token) -> bool:
    """"Her father taught her how to shoot", "they know how to negotiate", "asked how to respond":
    an infinitive opened by ``how`` names a skill or a way of doing, not a deed done (qtp36, from
    news-dev56's output events; tested on a sentence of our own)."""
    if trigger.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < trigger.i for c in trigger.children)


def judged_aim(trigger: Token, cues: Cues) -> bool:
    """"It is important to protect land rights", "said it was more important to cut taxes than to
    protect land rights": an infinitive a copula with an expletive ``it`` and an adjective weighing
    it (``weighing_adjective``) extraposes names an aim being weighed, not a deed done (qtp36, from news-dev56's output events; tested on
    a sentence of our own)."""
    if trigger.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ not in ("xcomp", "advcl", "ccomp") or head.lemma_.lower() != "be" or head.i > trigger.i:
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) and any(
        c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lemma_.lower() in cues.weighing_adjective for c in head.children)


# what places or dates a clause: with one, a harm told in the present is news ("people are being killed in <town>")
_SITUATING_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def general_harm(trigger: Token, actor_tokens: list[Token], quoted: bool, cues: Cues) -> bool:
    """"We lose people to guns because people are being killed or maimed", "... because they are
    imprisoned": inside a quotation, force or coercion told in the present passive (simple or
    progressive) with no doer, of bare people (a ``generic_people`` plural with no article, number,
    possessor or name) or a third-person pronoun, and nothing in the sentence placing or dating it: a
    general statement of what befalls people, no event (qtp36, from news-dev56's output events;
    tested on sentences of our own). "Civilians are being killed in <town>" (placed) and a
    narrator's "people are being killed" outside quotation marks stay."""
    if not quoted or actor_tokens or trigger.tag_ != "VBN":
        return False
    verb = trigger
    while verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.i != verb.i:
        verb = verb.head  # "killed or maimed": the first of the coordinated participles bears the clause
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in auxes) or not auxes or auxes[0].tag_ not in _PRESENT:
        return False
    if any(c.dep_ == "agent" for c in (*verb.children, *trigger.children)):
        return False
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(patients) != 1:
        return False
    patient = patients[0]
    bare_people = (patient.tag_ == "NNS" and not patient.ent_type_ and patient.lemma_.lower() in cues.generic_people
                   and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in patient.children))
    if not bare_people and patient.lower_ not in ("they", "them"):
        return False
    # the whole sentence: the credit around the quotation may place what was said ("... of the riots in <town>")
    return not any(t.ent_type_ in _SITUATING_ENTITIES for t in trigger.sent)


# possessive pronouns by the number of their owner: "she injured her knee", "they hurt their backs"
_SINGULAR_OWNER = frozenset({"his", "her", "its", "my"})
_PLURAL_OWNER = frozenset({"their", "our"})
_PLURAL_DOER = frozenset({"they", "we", "them", "us"})


def _body_part(token: Token, cues: Cues) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "ADV") and (token.lemma_.lower() in cues.body_part
                                                        or token.lower_ in cues.body_part)


def _owner_of_part(part: Token) -> Token | None:
    return next((c for c in part.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)


def _injured_parts(trigger: Token, cues: Cues) -> list[tuple[Token, Token | None]]:
    """The body parts the force verb falls on, each with its possessive pronoun: the object or
    passive subject ("injured her knee", "his leg was broken"), also when the parser took the
    possessive for the object and the part for an adverb ("injured her back")."""
    found = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass") and _body_part(child, cues):
            found.append((child, _owner_of_part(child)))
        elif child.dep_ == "dobj" and child.lower_ in _SINGULAR_OWNER | _PLURAL_OWNER:
            following = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if following is not None and _body_part(following, cues):
                found.append((following, child))
    return found


def _plural(tokens: list[Token]) -> bool:
    return any(t.tag_ in ("NNS", "NNPS") or t.lower_ in _PLURAL_DOER for t in tokens) or len(tokens) > 1


def own_injury(trigger: Token, event_type: str, actor_tokens: list[Token], cues: Cues) -> bool:
    """"The singer injured her knee", "after injuring his ankle in training", "they hurt their
    backs", "his leg was broken in the fall": force whose every target is a part of the doer's
    own body (its possessive agrees with the doer in number), or a body part with no doer at all,
    is an injury, no attack. The part must have its possessive ("arms were seized" are weapons).
    "Police broke his leg" (a plural doer, a singular owner) and any force with an instrument
    ("with a baton") stay."""
    if event_type != "ASSAULT" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "by") for c in trigger.children):
        return False  # "broke his arm with a baton", "his leg was broken by police"
    if any(c.dep_ in ("dobj", "nsubjpass") and not _body_part(c, cues) and c.lower_ not in _SINGULAR_OWNER | _PLURAL_OWNER
           for c in trigger.children):
        return False  # another target beside the part ("hit the guard and hurt his hand" is two verbs)
    parts = _injured_parts(trigger, cues)
    if not parts or any(owner is None for _, owner in parts):
        return False
    if not actor_tokens:
        return True  # "his leg was broken in the fall": no one did it
    owners = _PLURAL_OWNER if _plural(actor_tokens) else _SINGULAR_OWNER
    return all(owner is not None and owner.lower_ in owners for _, owner in parts)


def media_barrage(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Users are bombarded with pop-up ads", "inboxes flooded with spam", "hit with junk mail":
    force done with adverts, mail, messages or calls (``media_means``) is a figure of speech;
    "bombarded with rockets" names a weapon and stays."""
    if event_type not in _FORCE:
        return False
    # the head of each "with" phrase (its conjuncts may be split words: "e - mails"); a weapon among
    # them is the caller's ``weapon``
    means = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return bool(means) and all(m.lemma_.lower() in cues.media_means or m.lower_ in cues.media_means for m in means)


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})
# the most words a scare quote holds ("bombarded", "killed off", "shot down by")
_SCARE_QUOTE_WORDS = 3


def _quote_mark(token: Token) -> bool:
    # not the apostrophe of a possessive ("the rebels' attack")
    return token.tag_ in ("``", "''") or (token.text in _QUOTE_MARKS and token.tag_ != "POS")


def scare_quoted(trigger: Token) -> bool:
    """The trigger stands in quotation marks of its own, with at most two other words
    ("ticket outlets had been \"bombarded\" by fans", "the \"war\" between the two chains"):
    the writer marks the word as someone's figure of speech, not as the act it names. A quotation
    of someone's words, a clause or more, is no such mark ("\"We will fight,\" he said")."""
    doc, sent = trigger.doc, trigger.sent
    opening = next((doc[k] for k in range(trigger.i - 1, max(sent.start, trigger.i - _SCARE_QUOTE_WORDS) - 1, -1)
                    if _quote_mark(doc[k])), None)
    if opening is None:
        return False
    end = min(sent.end, opening.i + _SCARE_QUOTE_WORDS + 2)
    closing = next((doc[k] for k in range(trigger.i + 1, end) if _quote_mark(doc[k])), None)
    if closing is None:
        return False
    inside = doc[opening.i + 1:closing.i]
    return not any(t.is_punct or t.pos_ == "PRON" for t in inside)


def _a_product(token: Token, cues: Cues) -> bool:
    """A common noun of a product or device ("the console", "the computer"); the tagger's PRODUCT
    names are not read: it gives them to banks and firms too ("Spanish bank Santander")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in cues.product


def products_only(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                  cues: Cues) -> bool:
    """Products and devices are no parties: every doer one ("the software attacks the rival
    product", "the new console crushed its rival", "the phone supports video calls"), or, for an
    attack, every target one, struck itself ("the worm attacked the computer", "the console was
    smashed by fans"). A website is no product here: it is often the firm that runs it. A firm
    that makes them is a party ("Vexsoft sued its rival");
    things seized or banned are a state's coercion ("police seized computers"), and the owner of a
    thing struck is a party ("attacked the offices of a news website")."""
    if actor_tokens and all(_a_product(t, cues) for t in actor_tokens):
        return True
    return event_type == "ASSAULT" and bool(recipient_tokens) and all(
        _a_product(t, cues) and t.head.i == trigger.i and t.dep_ in ("dobj", "nsubjpass") for t in recipient_tokens)


def market_doer(actor_tokens: list[Token], cues: Cues) -> bool:
    """"Shares held talks", "demand forced the airline to cut flights", "the economy rejected ...":
    a quantity of a market (``economic``, ``market_want``) as every doer is no party; an event
    needs someone who acts (the parser or a pronoun may have put the quantity in the doer's place:
    "shares in the bank rose after a report that it had held talks")."""
    words = cues.economic | cues.market_want
    return bool(actor_tokens) and all(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in actor_tokens)


# stances and ties that last: told as still held, held long or always, no act of the news; "have
# long charged" (ACCUSE) is left alone: the project's held-out phrasings code it an accusation
_LASTING = frozenset({"SUPPORT", "REJECT", "COOPERATE"})
_TIES = frozenset({"AGREE", "COOPERATE"})


def _present_or_perfect(verb: Token) -> bool:
    """The simple present ("backs") or the present perfect ("has backed", "has been backing")."""
    if _simple_present(verb):
        return True
    auxes = _auxiliaries(verb)
    return bool(auxes) and auxes[0].lemma_.lower() == "have" and auxes[0].tag_ in _PRESENT


def described_party(verb: Token, cues: Cues) -> bool:
    """"the Vexford Council, which supports local charities", "companies that support illegal
    downloading", "a working group that shares information": a relative clause in the simple
    present on a noun says what a party is or does as a rule, not what it did. A time of its own
    keeps it ("India, which attends the meeting on Friday"); so does a past ("who issued the
    order"), a perfect ("who have indicted 19 people") and a verb of saying."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return _simple_present(verb) and verb.lemma_.lower() not in cues.report and not _dated(verb)


def held_tie(trigger: Token, event_type: str, clause_verb: Token | None, cues: Cues) -> bool:
    """"Vexland has a defence pact with Norland", "it has had a partnership with the ministry since
    1998": a deal or a partnership held (the object of a ``holding_verb`` in the present or the
    present perfect) is a standing tie, not the act of making it. "Signed a deal", "has struck a deal" and a tie
    with a time of its own ("will have a deal by March", "has a deal since Monday") stay."""
    if event_type not in _TIES or trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or clause_verb is None:
        return False
    if trigger.head.i != clause_verb.i or clause_verb.lemma_.lower() not in cues.holding_verb:
        return False
    return _present_or_perfect(clause_verb) and not _dated(clause_verb)


def _for_long(verb: Token, cues: Cues) -> Token | None:
    """"For years", "for decades": a span told by a bare plural of a period (no number: "for 14
    years" is a term, "for a second night" a count); the "for" phrase, or None."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in cues.period
        and not any(d.dep_ in ("nummod", "det", "amod", "poss") for d in g.children) for g in c.children)), None)


def lasting_stance(verb: Token, event_type: str, cues: Cues) -> bool:
    """"The government still backs the plan", "Paris has long opposed the plan", "it has
    supported the rebels for years": a stance or a tie told as lasting (a ``lasting_mark`` or a
    span of years) in the present or the present perfect is a state, no act. "Has repeatedly
    denied" counts acts; "backed the plan on Monday" and "have long charged" (ACCUSE) stay."""
    if event_type not in _LASTING or not _present_or_perfect(verb):
        return False
    span = _for_long(verb, cues)
    marked = any(c.dep_ == "advmod" and c.lower_ in cues.lasting_mark for c in verb.children)
    return (marked or span is not None) and not _dated(verb, besides=span)


def fame(trigger: Token, event_type: str, parties: list[Party], doc: Doc, cues: Cues) -> bool:
    """"The actress won recognition for her role", "his heightened global recognition": a
    ``fame_noun`` told of a person or a firm, with no one named to give it (no "from" or "by"
    party on the noun or on the verb it is the object of), is fame or a prize, not political
    support. "Kosovo won recognition from 50 states", "Britain's recognition of the new
    government" and any recognition held by a state body stay."""
    if event_type != "SUPPORT" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.fame_noun:
        return False
    holders = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "nsubjpass", "attr") else [])
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for h in holders for c in h.children):
        return False
    return not _state_party(parties, doc, cues)


# ties a participle describing a noun tells as standing ("a format backed by 100 firms")
_DESCRIBED_TIES = frozenset({"SUPPORT", "COOPERATE"})
# force, protest, threats and deployment told in a participle stay news ("gunmen holding 30 hostages")
_ONGOING_NEWS = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE"})


def described_by_participle(trigger: Token, event_type: str) -> bool:
    """"Blu-ray, backed by 100 firms including Vexcorp, is competing ...", "the project, also
    backed by two ministries", "police investigating the murder dismissed reports": a participle
    (a reduced relative clause) that describes a noun of another clause says what the noun is or
    is doing, not the sentence's act. A past participle so tells a standing tie (backing, working
    with); a gift is dated and stays ("medical supplies donated by Brazil arrived"). A present
    participle on a subject tells any ongoing activity so but force, protest, threats and
    deployment ("gunmen holding 30 hostages demanded ..."); on an object it may be what the doer
    makes and stays ("signed two decrees recognising the regions"). A participle with a time of
    its own ("a plan backed on Monday by the cabinet") and a headline's noun with its participle
    ("Police investigating murder") stay; so does every finite verb and a participle with an
    auxiliary. Legal statuses ("people accused of X") are eventcoding/status.py's."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "VERB":  # "backed by X and funded by Y"
        node = node.head
    if node.tag_ not in ("VBN", "VBG") or trigger.tag_ not in ("VBN", "VBG"):
        return False
    # the parser may hang a passive participle set off by a comma on the verb before its noun
    # ("opened a clinic, also backed by the ministry"): with no subordinator it describes too
    loose = node.dep_ == "advcl" and node.tag_ == "VBN" and not any(c.dep_ == "mark" for c in node.children)
    if node.dep_ != "acl" and not loose:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return False
    noun = node.head
    if loose:
        return event_type in _DESCRIBED_TIES and not _dated(trigger)
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.dep_ == "ROOT" or _dated(trigger):
        return False
    if node.tag_ == "VBN":
        return event_type in _DESCRIBED_TIES
    # a present participle on an object may be what the doer makes ("signed two decrees
    # recognising the regions": the decrees recognise them): only the subject's is described
    return noun.dep_ in ("nsubj", "nsubjpass") and event_type not in _ONGOING_NEWS


def held_deal(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Some franchisees were not in compliance with their loan agreements", "might need to honour
    agreements on debts", "it could not borrow more under its existing agreements": a deal kept
    to, broken or held (a ``deal_conformity`` word governs it, or "under" with a
    ``held_deal_mark``) is the state of a credit or a contract, not the act of agreeing. "Under
    the agreement, Vexland will free 20 prisoners" tells a deal's content and stays, and so does
    "signed a loan agreement"."""
    if event_type != "AGREE" or trigger.pos_ != "NOUN":
        return False
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:  # "agreements on debts or leases"
        node = node.head
    head = node.head
    if node.dep_ == "dobj" and head.lemma_.lower() in cues.deal_conformity:
        return True  # "to honour agreements"
    if node.dep_ != "pobj" or head.dep_ != "prep":
        return False
    if head.head.lemma_.lower() in cues.deal_conformity:
        return True  # "in compliance with their agreements", "in breach of the deal"
    return head.lower_ == "under" and any(c.dep_ in ("amod", "compound") and (
        c.lower_ in cues.held_deal_mark or c.lemma_.lower() in cues.held_deal_mark) for c in node.children)


# talk and cooperation a party does not do as a rule ("we do not discuss ...", "does not deal with")
_PRACTICES = frozenset({"CONSULT", "COOPERATE", "AID"})


def negated_practice(verb: Token, event_type: str) -> bool:
    """"We do not discuss internal employee issues with the media", "the bank does not lend to
    Vexland": talk or cooperation denied in the simple present ("do not", "does not") with no
    time of its own is a standing practice, no (negated) event. "Did not meet the minister"
    (past), "will not attend" and "does not meet him until Friday" stay; stances denied ("does not
    accept the offer", "does not support the plan") are not practices and stay too."""
    if event_type not in _PRACTICES or verb.tag_ != "VB":
        return False
    auxes = _auxiliaries(verb)
    if len(auxes) != 1 or auxes[0].lemma_.lower() != "do" or auxes[0].tag_ not in _PRESENT:
        return False
    return any(c.dep_ == "neg" for c in verb.children) and not _dated(verb)


def told_no_event(trigger: Token, clause_verb: Token | None, consumed: Token | None, event_type: str,
                  parties: list[Party], actor_tokens: list[Token], recipient_tokens: list[Token], doc: Doc,
                  cues: Cues, weapon: bool = False) -> bool:
    """Any of the module's rules: the clause of ``trigger`` (headed by ``clause_verb``) tells no
    event. ``weapon``: the clause names a weapon, which keeps force an attack."""
    if not weapon and (own_injury(trigger, event_type, actor_tokens, cues) or media_barrage(trigger, event_type, cues)
                       or products_only(trigger, event_type, actor_tokens, recipient_tokens, cues)):
        return True
    if market_doer(actor_tokens, cues):
        return True
    if clause_verb is not None and (standing_state(clause_verb, event_type, cues)
                                    or kind_of_people(clause_verb, actor_tokens, cues)):
        return True
    if clause_verb is not None and (described_party(clause_verb, cues) or lasting_stance(clause_verb, event_type, cues)
                                    or held_tie(trigger, event_type, clause_verb, cues)):
        return True
    if trigger.pos_ in ("VERB", "AUX") and (wanted_of_another(trigger, cues) or lesson(trigger, cues)
                                             or mandative_subjunctive(trigger, cues) or way_to_do(trigger)
                                             or judged_aim(trigger, cues) or commanded_of_another(trigger, cues)):
        return True
    if described_by_participle(trigger, event_type) or held_deal(trigger, event_type, cues) or (
            clause_verb is not None and negated_practice(clause_verb, event_type)):
        return True
    if trigger.pos_ in ("VERB", "AUX") and (offered_option(trigger, cues) or career_move(trigger, event_type, cues)
                                            or plan_on_own_economy(trigger, event_type, recipient_tokens, cues)
                                            or market_support(trigger, event_type, cues)):
        return True
    if artistic_collaboration(trigger, consumed, event_type, parties, doc, cues) or fame(trigger, event_type, parties,
                                                                                          doc, cues):
        return True
    if career_contract(trigger, consumed, event_type, cues):
        return True
    if firms_own_supply(trigger, event_type, parties, recipient_tokens, cues) or counsel_for_client(
            trigger, event_type, actor_tokens, recipient_tokens, cues):
        return True
    if spur12b_no_event(trigger, event_type, parties, recipient_tokens, cues, weapon):
        return True
    if fix13a_no_event(trigger, event_type, cues):
        return True
    if spur14_no_event(trigger, event_type, parties, actor_tokens, recipient_tokens, cues, weapon):
        return True
    if talked_of(trigger, cues) or (not weapon and figure_of_politics(trigger, event_type, cues)) or time_of_clause(
            trigger, event_type, actor_tokens):
        return True
    if speech_force.no_event(trigger, event_type, clause_verb, cues):
        return True  # "have met over the years", "far fewer attacks than", "opposed the Iran deal"
    if not weapon and contest_figure(trigger, event_type, cues):
        return True  # "beating her in head-to-head matchups"
    if poll_question(trigger, event_type, recipient_tokens, cues):
        return True  # "Pollsters asked voters to rate the president's first year"
    if opinion_of_electorate(trigger, event_type, actor_tokens, cues) or stance_noun(trigger, event_type, cues) or (
            attraction(trigger, event_type, recipient_tokens, cues)) or own_conduct_defended(
            trigger, event_type, recipient_tokens, cues):
        return True  # "voters are rejecting him", "his opposition to the Vietnam War", "his appeal to voters"
    if stance_no_event(trigger, event_type, actor_tokens, recipient_tokens, cues):
        return True  # "opposed a rise in the gas tax", "rejected claims that", "vowed to build a wall"
    return review(trigger, event_type, recipient_tokens, cues) and not _state_party(parties, doc, cues)


# --- session 11, brief spur12b: game, figures on firms and offices, technology, appeals ----------

def _kind_head(token: Token, cues: Cues) -> Token:
    """The noun that says what ``token`` is: "a variety of game animals", "a herd of deer" -> the
    noun of the "of"-phrase when the head is a partitive or a measure ("variety", "herd")."""
    if token.lemma_.lower() in cues.partitive or token.lemma_.lower() in cues.animal_group:
        inner = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        if inner:
            return inner[0]
    return token


def _an_animal(token: Token, cues: Cues) -> bool:
    head = _kind_head(token, cues)
    return head.pos_ == "NOUN" and head.lemma_.lower() in cues.animal


def game_only(event_type: str, parties: list[Party], recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Let people shoot at game animals", "hunters shot three deer", "culling badgers": force on
    animals is hunting, farming or pest control, no attack; ASSAULT needs a person, a body or a
    place struck. A person among the targets keeps it ("killed two villagers and their cattle"),
    and so does an armed party (``armed_sector``) as a doer: "soldiers killed the villagers'
    cattle" is violence against a community's living."""
    if event_type != "ASSAULT" or not recipient_tokens:
        return False
    if any({s.lower() for s in p.sector} & cues.armed_sector for p in parties):
        return False
    return all(_an_animal(t, cues) for t in recipient_tokens)


def _firm(token: Token, parties: list[Party], cues: Cues) -> bool:
    """A firm: a common noun of a firm, a brand or a market (``firm_noun``, ``market_kind``), or a
    name whose party has no country and no code but business (no state, armed or civil sector:
    "Yukos", "Norvex Inc"): an organisation by the tagger, or coded BUS by the entities stage."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return lemma in cues.firm_noun or lemma in cues.market_kind
    # the entities stage's type where it settled one ("Yukos", a person to the tagger, is a firm there)
    entity = entity_at(token.doc, token.idx, token.idx + len(token.text))
    kind = entity.type if entity is not None else token.ent_type_
    if kind in ("PERSON", "GPE", "NORP", "LOC"):
        return False
    mine = [p for p in parties if p.text and token.text in p.text]
    if not mine or any(p.country for p in mine):
        return False
    # a name the tagger calls an organisation, coded no more than business; or one the entities
    # stage coded business however the tagger read it
    sectors = [{s.upper() for s in p.sector} for p in mine]
    if kind == "ORG":
        return all(s <= {"BUS"} for s in sectors)
    return all(s == {"BUS"} for s in sectors)


def ruin_of_firm(trigger: Token, event_type: str, parties: list[Party], cues: Cues) -> bool:
    """"A campaign to destroy Yukos", "a price war that could kill the firm", "ruined the brand":
    a verb of ruin (``ruin_verb``) whose first object is a firm, a brand or a market is a figure of
    speech when no weapon is named (the caller checks): a firm is ruined by claims, prices or
    rivals, not struck. "Rebels destroyed the bridge", "destroyed the firm's offices" stay (a place)."""
    if event_type not in _MATERIAL or trigger.lemma_.lower() not in cues.ruin_verb:
        return False
    objects = object_tokens(trigger) if trigger.pos_ in ("VERB", "AUX") else []
    return bool(objects) and _firm(objects[0], parties, cues)


def seat_of_office(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Who would occupy the presidency", "took the premiership": holding or taking an office
    (``office_noun``) is coming to power by vote or appointment, no seizure. "Troops occupied the
    parliament building" stays (a building, not an office). A seat is an office when its phrase says whose
    (``office_seat_noun``: "the clerk's seat", "a Senate seat"), and a pronoun object of a verb joined to an
    earlier one stands for that verb's object ("won the clerk's seat and has occupied it ever since", session 41)."""
    if event_type != "COERCE" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    objects = [_parallel_object(o, trigger) for o in object_tokens(trigger)]
    return bool(objects) and all(o is not None and _office(o, cues) for o in objects)


def _office(noun: Token, cues: Cues) -> bool:
    """An office noun, or a seat whose phrase names whose seat it is and no "of" ("the seat of government")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in cues.office_noun:
        return True
    return lemma in cues.office_seat_noun and any(c.dep_ in ("poss", "compound", "amod") for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _parallel_object(obj: Token, verb: Token) -> Token | None:
    """The object itself; for a pronoun object ("it", "them") of a verb joined by "and" to an earlier verb, that
    verb's noun object, which the pronoun takes up ("won the seat and held it"); None when it has none."""
    if obj.pos_ != "PRON":
        return obj
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    return next((o for o in object_tokens(verb.head) if o.pos_ == "NOUN"), None)


def deployed_technology(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Deploying EV-DO technology", "the deployment of new software": putting technology,
    systems or products to use is business, no MOBILIZE (which needs forces, police, ships,
    weapons or personnel). Every thing deployed must be one (``product``, ``technology_noun``)."""
    if event_type != "MOBILIZE":
        return False
    things = object_tokens(trigger) if trigger.pos_ in ("VERB", "AUX") else [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words = cues.product | cues.technology_noun
    return bool(things) and all(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in things)


def _asked_party(recipient_tokens: list[Token]) -> bool:
    """A party asked: a recipient that is the object of "to" ("appealed to Britain")."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "to" for t in recipient_tokens)


def charity_or_market_appeal(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """An ``appeal_word`` that asks no party: a charity's call for donations ("an appeal for
    donations", ``donation``), a charity event ("played at the tsunami appeal, held at ..."), and
    a thing's pull on buyers ("it would appeal to people thinking of changing", "appeal to
    shoppers": ``onlooker``, ``generic_people``). A party asked keeps it: "appealed to Britain for
    aid", "police appealed to residents to stay indoors" (a thing asked of them)."""
    if event_type != "REQUEST" or trigger.lemma_.lower() not in cues.appeal_word:
        return False
    children = list(trigger.children)
    if trigger.pos_ == "NOUN":
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "at" or any(
                c.dep_ == "acl" and c.lemma_.lower() in cues.occasion_verb for c in children) or (
                trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in cues.occasion_verb):
            # an occasion: "at the tsunami appeal", "an appeal held at the academy", "the appeal was held"
            return True
        wanted = [g for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        return bool(wanted) and all(w.lemma_.lower() in cues.donation for w in wanted) and not _asked_party(
            recipient_tokens)
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    to_whom = [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    people = cues.onlooker | cues.generic_people
    return bool(to_whom) and all(t.pos_ == "NOUN" and t.lemma_.lower() in people for t in to_whom)


def idea_criticised(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Critics attacked the idea of a four-day week", "praised the concept": a view of an idea
    (``idea_noun``) that no party holds (no possessor, no recipient) is commentary, no ACCUSE or
    SUPPORT; "attacked the minister's idea" keeps its party."""
    if event_type not in _VIEWS or recipient_tokens or trigger.pos_ not in ("VERB", "AUX"):
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(o.lemma_.lower() in cues.idea_noun and not any(c.dep_ == "poss" for c in o.children)
                                 for o in objects)


def spur12b_no_event(trigger: Token, event_type: str, parties: list[Party], recipient_tokens: list[Token],
                     cues: Cues, weapon: bool) -> bool:
    """The rules above; a firm or an office struck with a weapon named is struck (game shot with a
    rifle is still game)."""
    if not weapon and (ruin_of_firm(trigger, event_type, parties, cues) or seat_of_office(trigger, event_type, cues)):
        return True
    return (game_only(event_type, parties, recipient_tokens, cues) or deployed_technology(trigger, event_type, cues)
            or charity_or_market_appeal(trigger, event_type, recipient_tokens, cues)
            or idea_criticised(trigger, event_type, recipient_tokens, cues))


# --- session 11, brief fix13a: forecasts, existential negation, background pledges ----------------

def forecast_of_another(trigger: Token, cues: Cues) -> bool:
    """"Analysts had expected Vexcorp to agree", "investors expect the bank to cut rates": an act
    forecast of someone else (``prediction`` verbs) by those who watch a market or a field
    (``onlooker``) is their view, not done; "the bank expects to cut rates" is its own plan and keeps
    its future, and so does a party's forecast of an act it has a hand in ("the organiser expected
    4,000 farmers to protest"). A forecast told in the past passive
    ("the minister was widely expected to sign", "had been expected to resign") is an expectation of
    the time, met or not, that the story tells elsewhere; "is expected to sign on Friday" stays a
    future act."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ not in ("ccomp", "xcomp") or head.pos_ != "VERB" or not {
            head.lemma_.lower(), head.lower_} & cues.prediction:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) or any(
            c.dep_ == "dobj" and c.i < node.i for c in head.children):
        forecasters = [c for c in head.children if c.dep_ == "nsubj"]
        return bool(forecasters) and all(f.lemma_.lower() in cues.onlooker for f in forecasters)
    auxes = _auxiliaries(head)
    return any(a.dep_ == "auxpass" for a in auxes) and any(a.tag_ == "VBD" for a in auxes)


def existential_negation(trigger: Token, cues: Cues) -> bool:
    """"There have been no attacks", "there was no agreement": a noun of an act denied by
    "there is no" names no doer and tells that nothing happened, no (negated) event. "The rebels
    made no attack" and "Vexland did not attack" deny a named party's act and stay."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("attr", "nsubj"):
        return False
    verb = trigger.head
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    return any(c.dep_ in ("det", "neg") and c.lower_ in cues.negation for c in trigger.children)


def background_pledge(trigger: Token, event_type: str, cues: Cues) -> bool:
    """A promise (``pledge_verb``, AGREE) told as background: in the past perfect of a main clause
    opened by a frame of its own occasion ("In his last budget, the minister had pledged billions
    for schools": a flashback before the story's time; "the government had pledged for every pupil
    to ..." stays), or in a clause of time or cause of another act ("was elected last year after it pledged
    to cut taxes": ``time_mark``). "Had pledged" reported after a verb of saying ("said the rebels
    had pledged to disarm") stays, as does a promise that is the main clause's news ("pledged on
    Monday to cut taxes")."""
    if event_type != "AGREE" or trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in cues.pledge_verb:
        return False
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in cues.time_mark for c in node.children) and node.tag_ == "VBD"
    if node.dep_ != "ROOT" or trigger.tag_ != "VBN":
        return False
    # the past perfect told with a fronted frame of its own occasion ("In his last budget, ...")
    frame = any(c.dep_ == "prep" and c.i < trigger.i and any(s.dep_ in ("nsubj", "nsubjpass") and c.i < s.i
                                                             for s in trigger.children) for c in trigger.children)
    auxes = _auxiliaries(trigger)
    return frame and any(a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in auxes) and not any(
        a.dep_ == "auxpass" for a in auxes)


def fix13a_no_event(trigger: Token, event_type: str, cues: Cues) -> bool:
    """The rules of brief fix13a (thirteenth audit, spurious non-acts and background)."""
    if trigger.pos_ in ("VERB", "AUX") and forecast_of_another(trigger, cues):
        return True
    return existential_negation(trigger, cues) or background_pledge(trigger, event_type, cues)


# --- session 12, brief spur14: options considered, offices and votes won -----------------------

def _content_clauses(trigger: Token) -> list[Token]:
    """What a promise or a consent is to do: its infinitive clause with the clause's conjoined
    verbs ("agreed to study and approve the plan": study, approve)."""
    clauses = [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return clauses + [cc for c in clauses for cc in c.conjuncts if cc.pos_ in ("VERB", "AUX")]


def _considering(verb: Token, cues: Cues) -> bool:
    """A verb of weighing an option ("consider", "study", "review"); "look" only with "at"
    ("look at ways of helping")."""
    lemma = verb.lemma_.lower()
    if lemma not in cues.consider_verb:
        return False
    return lemma != "look" or any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def _jointly(verb: Token, cues: Cues) -> bool:
    """Done with another party: "with" a party, or an adverb of doing it together."""
    return any((c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "advmod" and c.lower_ in cues.joint_mark)
               for c in verb.children)


def _on_a_problem(verb: Token, cues: Cues) -> bool:
    """A verb done to a society's or an economy's ills alone ("attack the problem of youth
    unemployment", "fight inflation and poverty"): every object a ``social_ill`` noun. Not every
    thing of the mind: "launch a new ground operation" is an act of war."""
    objects = object_tokens(verb)
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() in cues.social_ill for o in objects)


def considered_option(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Ministers agreed to study the proposal", "the council pledged to look at ways of helping
    families": a promise or a consent to weigh an option (``consider_verb``) is CAMEO 014, "consider policy option", a
    statement PLOVER does not code; no AGREE. The party whose demand or request is weighed is no
    other side ("promised to consider the union's demands"). So is a promise or a vow to act on a
    society's or the economy's ill alone (``social_ill``: "promised to attack the problem of youth
    unemployment", "vowed to fight inflation and poverty", AGREE or THREATEN): a domestic policy
    plan or a figure, with no party to receive it. A study done with another party
    ("agreed to study the pipeline with Norland", "jointly") and a promise to a party outside what
    is weighed ("Vexland and Norland agreed to study ...": Norland is a side) stay; so does a
    promise to act ("agreed to cut tariffs"), a threat to reconsider ties and an inquiry (ACCUSE
    investigate)."""
    if event_type not in ("AGREE", "THREATEN") or trigger.pos_ not in ("VERB", "AUX"):
        return False
    clauses = _content_clauses(trigger)
    if event_type == "THREATEN" and not clauses:
        return False
    if clauses:
        if not all((_on_a_problem(c, cues) or (event_type == "AGREE" and _considering(c, cues)))
                   and not _jointly(c, cues) for c in clauses):
            return False
        if recipient_tokens and not all(_considering(c, cues) for c in clauses):
            return False  # a thing acted on has no party: one named is helped or harmed ("help Vexland fight poverty")
        weighed = [t for c in clauses for t in c.subtree]
    else:
        # "the ministry promised a review" stays: answering a protest or a strike, it is the
        # concession eventcoding/labour.py gives the other side
        return False
    # "Vexland and Norland agreed to study ...": the doers agree with each other, two sides
    if _jointly(trigger, cues) or any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
                                      for c in trigger.children):
        return False
    return all(any(r.i == w.i for w in weighed) for r in recipient_tokens)


def _pronoun_who(token: Token) -> bool:
    return token.tag_ in ("WP", "WP$") or token.lower_ in ("who", "whoever")


def seat_held(trigger: Token, event_type: str, actor_tokens: list[Token], parties: list[Party], cues: Cues) -> bool:
    """"It was unclear who would occupy the White House", "the prime minister has occupied
    Downing Street since 1997": a seat of power (``hold_office_verb``) held by whoever wins, or by
    one person of the state, is an office held, no seizure. Its doer is "who"/"whoever" asking
    who will hold it, with a modal (not a relative clause on a noun: "the troops who occupied the
    palace"; not a past act asked of: "who occupied the embassy on Monday"), or a
    single person -- a name or a singular noun -- of no armed, militant or crowd kind.
    "Protesters occupied the ministry", "troops occupied the palace" and "a gunman occupied the
    embassy" stay."""
    if event_type != "COERCE" or trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in cues.hold_office_verb:
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    # "who would occupy", "whoever wins will occupy": asked of a future holder ("who occupied the
    # embassy on Monday" asks of a past act and stays)
    if subjects and all(_pronoun_who(s) for s in subjects) and trigger.dep_ != "relcl":
        return any(a.tag_ == "MD" for a in _auxiliaries(trigger))
    if not actor_tokens or len(actor_tokens) > 1 or subjects and len(subjects) > 1:
        return False
    doer = actor_tokens[0]
    if doer.tag_ not in ("NN", "NNP") or doer.ent_type_ not in ("", "PERSON"):
        return False
    if any(c.dep_ == "conj" for c in doer.children) or {doer.lemma_.lower(), doer.lower_} & (
            cues.intent | cues.crowd | cues.non_player):
        return False
    return not any({s.lower() for s in p.sector} & cues.armed_sector for p in parties)


def _won_thing(token: Token, cues: Cues) -> Token:
    """What a share or a number is of: "40% of the vote", "a third of the seats" -> vote, seats."""
    if token.pos_ in ("NUM", "SYM") or token.tag_ == "CD" or token.lemma_.lower() in cues.partitive or token.lower_ == "%":
        inner = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
        if inner:
            return inner[0]
    return token


def prize_won(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The party hopes to capture the youth vote", "Labour captured 40% of the vote", "the film
    captured the public mood": what is seized is a prize of an election or of the public
    (``prize_noun``: vote, seat, audience, imagination, headline ...), won, not taken by force.
    "Rebels seized control of the airport" and "troops captured the town" stay."""
    if event_type != "COERCE" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    objects = [_won_thing(o, cues) for o in object_tokens(trigger)]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() in cues.prize_noun for o in objects)


def spur14_no_event(trigger: Token, event_type: str, parties: list[Party], actor_tokens: list[Token],
                    recipient_tokens: list[Token], cues: Cues, weapon: bool) -> bool:
    """The rules of brief spur14 (session 12): options weighed, seats held and prizes won; a seat
    or a prize taken with a weapon named is taken by force."""
    if considered_option(trigger, event_type, recipient_tokens, cues) or policy_stance(trigger, event_type,
                                                                                       recipient_tokens, cues):
        return True
    if own_death(trigger, event_type, cues):
        return True
    return not weapon and (seat_held(trigger, event_type, actor_tokens, parties, cues)
                           or prize_won(trigger, event_type, cues))


def policy_stance(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Clinton opposes tax breaks for hedge funds", "most voters support a temporary ban": a
    ``stance_verb`` in the simple present whose objects are all things (common nouns that no one
    owns) and that acts on no party is a stance held on a policy, campaign talk, no event (the third
    US-news audit's #38): a policy in general, bare or with "a" ("a ban", "tax breaks"). A party as object
    ("the union backs the senator"), a particular proposal ("we support the plan", "opposes the
    governor's plan") or the past ("opposed the bill on Tuesday") keeps it."""
    if event_type not in ("SUPPORT", "REJECT") or recipient_tokens or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.lemma_.lower() not in cues.stance_verb or (trigger.tag_ not in _PRESENT and not _describes_someone(trigger)):
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(o.pos_ == "NOUN" and o.ent_type_ == "" and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in o.children) for o in objects)


def _describes_someone(verb: Token) -> bool:
    """"A former prosecutor who backed tougher sentencing laws": a relative clause on "who" tells what a person
    stands for, at any tense (the fourth US-news audit's #26; s13-stances4)."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)


# a definite article or demonstrative names a particular proposal ("we support the plan"), not a policy in general
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def own_death(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"After her dad killed himself", "the officer shot himself": a ``self_harm_verb`` whose only
    object is a reflexive pronoun is a suicide, no attack between parties. Others harmed with him
    ("killed himself and 12 others") or a bomber blowing himself up (another verb) stay attacks."""
    if event_type != "ASSAULT" or trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in cues.self_harm_verb:
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(o.tag_ == "PRP" and o.lower_.endswith(("self", "selves")) for o in objects)


# --- session 12, brief usaudit: campaign talk and figures of political speech (US news audit) ---

def talked_of(trigger: Token, cues: Cues) -> bool:
    """"The senator is talking about deporting them", "she spoke of raising tariffs and closing the
    border": an act named as the topic of talk (a gerund under "about" or "of" after a
    ``topic_talk_verb``) is not done; a candidate's talk of a policy is no event. A gerund that is
    not a topic ("insisted on meeting him"; "talked with Norland about trade" is CONSULT) stays."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:  # "about deporting X and banning Y"
        node = node.head
    if trigger.tag_ != "VBG" or node.tag_ != "VBG" or node.dep_ != "pcomp":
        return False
    prep = node.head
    return prep.dep_ == "prep" and prep.lower_ in ("about", "of") and prep.head.lemma_.lower() in cues.topic_talk_verb


def figure_of_politics(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Continued political fighting in Washington", "a long legal battle with the regulator",
    "partisan warfare": force told as a noun that a ``figure_modifier`` (politics, law, words) qualifies
    is a figure of speech, no attack or seizure. "Heavy fighting", "ethnic fighting" stay."""
    if event_type not in _MATERIAL or trigger.pos_ != "NOUN":
        return False
    return any(c.dep_ == "amod" and c.lower_ in cues.figure_modifier for c in trigger.children)


def time_of_clause(trigger: Token, event_type: str, actor_tokens: list[Token]) -> bool:
    """"The governor was a senator during the 2001 attacks on the capital": force named in a "during"
    phrase is the time of the clause, and the clause's subject is not its doer. Such a noun with no doer
    of its own (none in its phrase: "during the rebels' attack on the town" keeps it) gives no event; the
    clause's own act stays ("fighters looted shops during the occupation": the looting)."""
    if event_type not in _MATERIAL or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    if trigger.head.lower_ != "during":
        return False
    inside = {t.i for t in trigger.subtree}
    return not any(t.i in inside for t in actor_tokens)



# --- session 13, brief s13-stances4: figures of a contest, stances (fourth US-news audit) ---

def contest_figure(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Tied or beating her in head-to-head matchups", "battling the governor for the lead in several polls":
    force told in or for a ``contest_ground`` (a poll, a matchup, a primary, the lead) is a race between
    candidates, no attack (the fourth US-news audit's #20, #24). Read on the trigger's "in"/"for" phrases
    and the phrases those hold ("for the top spot in the polls"). "Beat the protesters in the square" stays."""
    if event_type not in _MATERIAL and event_type != "ACCUSE":
        return False

    def grounds(word: Token, depth: int) -> bool:
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
            for g in (g for g in prep.children if g.dep_ == "pobj"):
                if g.lemma_.lower() in cues.contest_ground or (depth and grounds(g, depth - 1)):
                    return True
        return False

    return grounds(trigger, 1)


def opinion_of_electorate(trigger: Token, event_type: str, actor_tokens: list[Token], cues: Cues) -> bool:
    """"Voters are rejecting him", "most of the public supports the senator": a ``stance_verb`` in the present
    (simple or progressive) whose doers are all the ``electorate`` is opinion as a poll tells it, no act (the
    fourth US-news audit's #35). The past ("voters rejected the treaty in a referendum") stays."""
    if event_type not in ("SUPPORT", "REJECT") or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.lemma_.lower() not in cues.stance_verb or not actor_tokens:
        return False
    present = trigger.tag_ in _PRESENT or (trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in _PRESENT for c in trigger.children))
    return present and all(t.lemma_.lower() in cues.electorate for t in actor_tokens)


def stance_noun(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"His strong opposition to the Vietnam War", "her support for tougher gun laws": a ``stance_verb``'s noun
    (``stance_noun_word``) whose "to"/"for" object is a war, a law or a policy in general -- a named event or
    law, or a common noun with no owner and no definite article -- is a view held, no act (the fourth US-news
    audit's #36). "Opposition to the government", "support for the rebels", "backing for the plan" stay."""
    if event_type not in ("SUPPORT", "REJECT") or trigger.pos_ != "NOUN":
        return False
    if trigger.lemma_.lower() not in cues.stance_noun_word:
        return False
    objects = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
               for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(_policy_or_war(o) for o in objects)


def _policy_or_war(o: Token) -> bool:
    if o.ent_type_ in ("EVENT", "LAW"):
        return True
    return o.pos_ == "NOUN" and o.ent_type_ == "" and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in o.children)


def attraction(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"The senator's appeal to working-class voters", "Trump's appeal as a forceful persona": an
    ``attraction_noun`` held by its owner toward the ``electorate`` or "as" something, with nothing asked (no
    "for" and no clause), is a pull on voters, no request (the fourth US-news audit's #12). "An appeal to
    voters to stay calm" and "an appeal for aid" stay."""
    if event_type != "REQUEST" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.attraction_noun:
        return False
    if any(c.dep_ in ("acl", "relcl", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
           for c in trigger.children):
        return False
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    return "as" in preps or (bool(recipient_tokens) and all(t.lemma_.lower() in cues.electorate
                                                            for t in recipient_tokens))


_OWN = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def own_conduct_defended(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Obama defended the process", "the minister defended her decision": a ``defence_verb`` whose objects are
    all ``conduct_noun`` words (how one acted: process, decision, handling ...) -- unowned, or owned by a
    possessive pronoun -- and that acts on no party is one defending his own conduct, campaign talk, no
    SUPPORT (the third US-news audit's #19, the fourth's #37). A party's act defended ("defended Turkey's
    decision"), a policy ("tried to defend the budget cuts": modality set 1) or a party ("defended the
    governor") stays."""
    if event_type != "SUPPORT" or recipient_tokens or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.lemma_.lower() not in cues.defence_verb:
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(o.pos_ == "NOUN" and o.ent_type_ == "" and o.lemma_.lower() in cues.conduct_noun and all(
        c.lower_ in _OWN for c in o.children if c.dep_ == "poss") and not any(
        c.dep_ in ("amod", "compound") and c.ent_type_ for c in o.children) for o in objects)


# --- session 14, brief s14-stances: stances and campaign talk (fifth US-news audit) ---

def stance_no_event(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                        cues: Cues) -> bool:
    """The rules of brief s14-stances: a stance on a policy at any tense, a denial, a vow of one's own
    policy, a stance noun described, a law held, an opinion of what one must be, a rejection felt."""
    return (stance_on_policy(trigger, event_type, actor_tokens, recipient_tokens, cues)
            or denial(trigger, event_type, actor_tokens, cues)
            or own_policy_vow(trigger, event_type, actor_tokens, recipient_tokens, cues)
            or policy_wished(trigger, event_type, recipient_tokens, cues)
            or stance_described(trigger, event_type, recipient_tokens, cues) or law_held(trigger, event_type, cues)
            or must_be_opinion(trigger, event_type) or rejection_felt(trigger, event_type, cues)
            or gift_described(trigger, event_type, recipient_tokens) or stance_on_a_kind(trigger, event_type, cues))


# the want verbs that only wish (not "lobby", "persuade", "court": those ask someone)
_WISH_VERBS = frozenset({"want", "wish", "hope", "prefer", "like", "desire"})


def policy_wished(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"She wants to ban all abortions in this country", "he would like to abolish the tax": a
    ``policy_act_verb`` in the clause of a verb of wishing (a ``want_verb`` that asks no one: want, wish, hope)
    whose objects name no state, body or person is a policy wished for, none done and no one coerced (qtp37,
    news-dev60's output events). "The army wants to ban the rebel group" (a body named) stays to the other rules."""
    if event_type not in _MATERIAL | {"SANCTION"} or trigger.lemma_.lower() not in cues.policy_act_verb:
        return False
    wish = trigger.head
    if trigger.dep_ != "xcomp" or wish.lemma_.lower() not in _WISH_VERBS or wish.lemma_.lower() not in cues.want_verb:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in wish.children):
        return False  # "wants them to ban ...": asked of someone
    named = {"GPE", "ORG", "PERSON", "NORP"}
    objects = [o for o in trigger.children if o.dep_ in ("dobj", "dative")]
    return bool(objects) and not any(t.ent_type_ in named for t in recipient_tokens) and not any(
        t.ent_type_ in named for o in objects for t in o.subtree)


def stance_on_a_kind(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The process favors candidates who are willing to work", "she backs teachers who join unions": a
    ``stance_verb`` in the simple present whose objects are all bare plurals of common nouns (no article, no
    owner, no name) restricted by a relative clause names a kind of people by what they do, no party: a
    preference or an advantage held, no support given (session 29, news-dev49's output events). "Backs the
    candidates who ..." (particular people), "backed teachers who ..." (a dated act) and "favors the
    senator" stay."""
    if event_type not in ("SUPPORT", "REJECT") or trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ not in _PRESENT:
        return False
    if trigger.lemma_.lower() not in cues.stance_verb:
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(
        o.pos_ == "NOUN" and o.tag_ == "NNS" and o.ent_type_ == ""
        and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
        and any(c.dep_ == "relcl" for c in o.children) for o in objects)


def stance_on_policy(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                     cues: Cues) -> bool:
    """"All four candidates opposed a rise in the gas tax", "the governor will oppose any increase": a
    ``policy_stance_verb`` at any tense whose objects are all a policy in general (common nouns, no owner, no
    definite article, no ``proposal_noun``) and that acts on no party is a view (the fifth US-news audit's
    #38; policy_stance keeps the present). A proposal put by a party ("opposed a resolution", "backed a
    ceasefire"), a particular one ("opposed the bill on Tuesday") or a state's stance ("Russia opposed an
    expansion of NATO": diplomacy) stays."""
    if event_type not in ("SUPPORT", "REJECT") or recipient_tokens or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.lemma_.lower() not in cues.policy_stance_verb:
        return False
    # a state's word anywhere in the actor's phrase ("The French government backed a ban"): diplomacy
    if any(t.ent_type_ in ("GPE", "NORP") for a in actor_tokens for t in a.subtree):
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(_policy_or_war(o) and o.ent_type_ == "" and o.lemma_.lower() not in cues.proposal_noun
                                 for o in objects)


def _content_clause(noun: Token) -> bool:
    """A "that"-clause of content in the noun's phrase ("claims that her office hid it", "attacks from his
    rivals that he was soft"): its "that" fills no gap of the clause -- a mark, or a word the parser hung on
    the clause's verb as no argument (a "pobj" with no preposition) -- and the clause has a subject of its own.
    A relative "that" is the clause's subject or object ("the plan that he proposed")."""
    def content(clause: Token) -> bool:
        that = [m for m in clause.children if m.lower_ == "that"]
        return bool(that) and all(m.dep_ == "mark" or (m.dep_ == "pobj" and m.head.pos_ != "ADP") for m in that) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)

    return any(c.dep_ in ("acl", "ccomp", "relcl", "advcl") and content(c) for t in noun.subtree for c in t.children)


def denial(trigger: Token, event_type: str, actor_tokens: list[Token], cues: Cues) -> bool:
    """"The mayor rejected accusations that he had wasted money", "rejected claims that her office hid the
    audit", "rejected attacks from his rivals that he was not a conservative": a person (no state, body or
    people named as the doer) rejecting what is said -- every object told with a "that"-clause of content -- is
    one answering what is said of him in public argument, campaign talk, no REJECT (the fifth US-news audit's
    #33, the third's #19). A request, an offer or a plan rejected, a denial by a state or a body ("Russia
    rejected claims that it meddled", "the ministry denied the reports", "HSBC denied her allegations":
    REJECT, tests/test_events*.py) and a party's criticism rejected with no content told stay."""
    if event_type != "REJECT" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.ent_type_ in ("GPE", "ORG", "NORP") for a in actor_tokens for t in a.subtree):
        return False
    objects = object_tokens(trigger)
    return bool(objects) and all(_content_clause(o) for o in objects)


def own_policy_vow(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                   cues: Cues) -> bool:
    """"The candidate has vowed to build a wall along the border", "pledged to raise the minimum wage", "vowed
    to ban Muslims from entering": a ``vow_verb`` whose clause is a ``policy_act_verb`` and that names no state,
    body or person acted on is a campaign promise of one's own policy, no AGREE with anyone (the fifth US-news
    audit's #21). "Pledged to raise aid to Jordan" (a state), "vowed to cooperate with the inquiry", a state's
    or its officer's pledge ("Vietnam pledged to cut tariffs on Australian wine", "the Danish chancellor promised
    to cut income tax": AGREE, tests/events/test_event_phrasings.py, test_events.py) and a firm's ("the tea companies
    have pledged to raise prices": tests/events/test_labour.py) stay."""
    if event_type != "AGREE" or trigger.lemma_.lower() not in cues.vow_verb:
        return False
    if any(t.ent_type_ in ("GPE", "NORP") for a in actor_tokens for t in a.subtree):
        return False
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in cues.firm_noun | cues.market_kind for t in actor_tokens):
        return False  # "the tea companies have pledged to raise prices": a firm's pledge to its trade partners
    acts = [c for c in trigger.children if c.dep_ == "xcomp" and c.lemma_.lower() in cues.policy_act_verb]
    if not acts:
        return False
    # the parties acted on: the act's objects and its "to"/"for"/"on"/"against" phrases (not where they go:
    # "ban Muslims from entering the United States"); groups of people (NORP) are the policy's subjects
    named = {"GPE", "ORG", "PERSON"}
    acted_on = [o for a in acts for o in a.children if o.dep_ in ("dobj", "dative")]
    acted_on += [p for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "on", "against")]
    return not any(t.ent_type_ in named for t in recipient_tokens) and not any(
        t.ent_type_ in named for o in acted_on for t in o.subtree)


def stance_described(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"The union's opposition to the pension plan has been widely reported", "the reasons behind the lobby's
    opposition to this", "it is an opposition based on cost": a ``stance_noun_word`` on no party that is the
    subject or predicate of its clause, or the object of a noun's preposition, is a stance described, no act
    of the news (the fifth US-news audit's #6). "Opposition to the government" (a party) stays, and so does the
    noun as what a verb does ("voiced its opposition": a row of its own)."""
    if event_type not in ("SUPPORT", "REJECT") or trigger.pos_ != "NOUN" or recipient_tokens:
        return False
    if trigger.lemma_.lower() not in cues.stance_noun_word:
        return False
    if any(c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") for t in trigger.children if t.dep_ == "prep"
           for c in t.subtree):
        return False
    return trigger.dep_ in ("nsubj", "nsubjpass", "attr") or (
        trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "NOUN")


def gift_described(trigger: Token, event_type: str, recipient_tokens: list[Token]) -> bool:
    """"The donations are part of the inquiry", "it was the firm's biggest donation": an AID noun with no one it
    goes to (no recipient, no "to" phrase) that is the subject or the predicate of "be" is a gift described, no
    act of giving told (events31, news-dev46's event paragraph: a money noun in a source's words on an inquiry).
    "Japan's donation of $20 million to Pakistan was announced" (a receiver) and "donated $5 million" (a verb)
    stay."""
    if event_type != "AID" or trigger.pos_ != "NOUN" or recipient_tokens:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return False
    if trigger.dep_ == "nsubj":
        return trigger.head.lemma_.lower() == "be"
    return trigger.dep_ == "attr" and trigger.head.lemma_.lower() == "be"


def law_held(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"He supports the Affordable Care Act", "she opposes the health care law", "says he supports the
    president's signature achievement, the Affordable Care Act": a ``stance_verb`` in the simple present (or
    in a "who" clause) whose objects are all enacted laws -- a named law or a ``law_noun``, or a thing in
    apposition with one -- is a view on a policy (the fifth US-news audit's #18). "Supports the bill" (a
    proposal) and the past ("backed the act in the vote") stay to the other rules."""
    if event_type not in ("SUPPORT", "REJECT") or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.lemma_.lower() not in cues.stance_verb or (trigger.tag_ not in _PRESENT and not _describes_someone(trigger)):
        return False

    def law(o: Token) -> bool:
        return o.ent_type_ == "LAW" or (o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() in cues.law_noun)

    objects = object_tokens(trigger)
    return bool(objects) and all(law(o) or any(c.dep_ == "appos" and law(c) for c in o.children) for o in objects)


def must_be_opinion(trigger: Token, event_type: str) -> bool:
    """"The senator insists the party must be a home for working families", "said the country must be more
    careful": a REQUEST told by a copula with a predicate (what someone must be) is an opinion, nothing asked of
    a party (the fifth US-news audit's #5). "Insisted that the prisoners must be freed" (a passive: the act
    is "freed") stays."""
    if event_type != "REQUEST" or trigger.lemma_.lower() not in ("be", "become", "remain"):
        return False
    return trigger.dep_ not in ("aux", "auxpass") and any(c.dep_ in ("attr", "acomp") for c in trigger.children)


def rejection_felt(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Stung by his rejection in the race to be the running mate", "hurt by her rejection": a ``rebuff_noun``
    with no "of" object that is the cause of a feeling (the object of "by" on a ``feeling_verb``'s
    participle) is the one it names passed over, no act of a named party (the fifth US-news audit's #3).
    "Angered by Turkey's rejection of the plan" (what was rejected told) stays."""
    if event_type != "REJECT" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.rebuff_noun:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return False
    by = trigger.head
    return (trigger.dep_ == "pobj" and by.lower_ == "by" and by.head.tag_ == "VBN"
            and by.head.lemma_.lower() in cues.feeling_verb)


def support_not_given(verb: Token, event_type: str, cues: Cues) -> bool:
    """"A governor who has not backed the nominee", "the senator has not yet endorsed him": a ``stance_verb`` of
    support negated in the perfect is an endorsement not (yet) given, told as a state -- the act negated (the
    spec's ``negated``: reported as not having happened), not a refusal, which a REJECT is (the fifth
    US-news audit's #15). So is support "never" given ("the senator never supported the union", events29: the
    twenty-seventh US-news audit's #3): "never" spans the whole record, it dates no act of refusing. "Not ready to
    support him" and "has yet to endorse her" are supports withheld for now too (modality30). "Did not endorse
    him" (a dated past act withheld) and "refused to endorse him" stay REJECT."""
    if event_type != "SUPPORT" or verb.lemma_.lower() not in cues.stance_verb:
        return False
    return (_perfect(verb) or any(c.dep_ == "neg" and c.lower_ == "never" for c in verb.children)
            or _withheld_for_now(verb, cues) or _person_not_backed_in_case(verb))


def _person_not_backed_in_case(verb: Token) -> bool:
    """"I would absolutely not support her", "they wouldn't back Lee": support of a person negated under the
    conditional "would" is a preference stated (whom one would not back), no refusal of anything asked: the
    act negated, as the perfect's (qtp37, news-dev58's output events). "Would not support the resolution" (a
    proposal, no person) stays a REJECT."""
    if not any(a.lower_ in ("would", "'d") for a in _auxiliaries(verb)):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ == "PERSON" or o.lower_ in ("him", "her") for o in objects)


def _withheld_for_now(verb: Token, cues: Cues) -> bool:
    """"was not ready to support him", "has yet to endorse her": a support not given by now, told as a state
    like the perfect's (the twenty-eighth US-news audit's class; the caller has found the act negated). So is
    one there is "no" ``intention_noun`` for ("has no plans to endorse anyone", "no intention of backing her":
    events31, news-dev45's event paragraph)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head  # "has no intention of endorsing him"
    if head.pos_ == "NOUN" and verb.dep_ in ("acl", "xcomp", "pcomp") and head.lemma_.lower() in cues.intention_noun \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return True  # "has no plans to endorse a candidate": a support not meant, no refusal made (events31)
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.pos_ == "ADJ" and head.lemma_.lower() in cues.readiness:
        return True
    return head.lemma_.lower() == "have" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def attack_withheld(verb: Token, event_type: str, cues: Cues) -> bool:
    """"The senator declined to assail his rival", "refused to attack him": an accusation a ``refusal_verb`` governs
    is an attack not made (the spec's ``negated``), not a rejection of anything asked (events29: the
    twenty-seventh US-news audit's #39, as the eighth's #38)."""
    return event_type == "ACCUSE" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.refusal_verb


def poll_question(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Pollsters asked voters in Mexico to rate the president's first year": a ``poll_verb``
    put to the ``electorate`` only, to do a ``poll_judgement`` (rate, name, choose), is a poll's
    question, no request (brief s17-dev12e: with "pollster" a person noun, the pollsters are parties)."""
    if event_type != "REQUEST" or trigger.lemma_.lower() not in cues.poll_verb or not recipient_tokens:
        return False
    if not all(t.lemma_.lower() in cues.electorate for t in recipient_tokens):
        return False
    return any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in cues.poll_judgement for c in trigger.children)
