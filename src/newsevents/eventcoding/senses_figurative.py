"""Other senses of event words and mistaken doers found by the ninth US-news audit (issue 14, session 16,
brief s16-senses16; docs/audit/2026-12-09-us-news-ninth.md, its spurious and wrong-actor classes; held-out
set 20).

Each rule reads what the trigger is done to or with, the clause it hangs on and who does it; the words are
cue kinds of ``event_cues.tsv`` whose names start with ``senses16_``:

- **a passage of a speech called an appeal** (an ``appeal`` noun that asks no one for anything, marked as a
  quality -- ``quality_mark``: "her most striking appeal" --, "of" a ``speech_part``, or
  the subject of a ``wording_verb``: "the appeal was worded beautifully"): a figure of a speech, no
  REQUEST;
- **a conflict noun as a figure** (a ``conflict_figure`` noun a ``label_verb`` predicates of
  something -- "called the arrivals an invasion", "describes them as an invasion" --, or whose only doer is a
  faith, ``faith_word``: "the Islamic invasion of Europe"): no attack, unless a weapon or an armed
  party is named;
- **premises taken over** ("take over" a ``premises_noun`` noun by a doer that is not armed: a charity, a
  congregation, a firm): moving in, no seizure; "rebels took over the town hall" stays;
- **a work released** (a release whose object is a ``publication_noun``: a video, report, album,
  statement, poll): publishing, no CONCEDE; hostages and prisoners released stay;
- **the press's investigation** (ACCUSE investigate whose every doer is the press -- sector
  ``reporting_press_sector`` or a ``press_word`` -- or an investigation a ``publish_verb``
  puts out): reporting, no accusation; a police or prosecutor's investigation stays;
- **a policy plan** (support, aid or help that a ``plan_noun`` holds -- "announced her plan to
  support people with autism" -- for a class of the public, no named party): campaign talk, no SUPPORT;
- **protests cited as an example** (a protest noun with no time and no place that is the subject of a
  ``example_noun`` -- "are exceptions", "are a sign" -- or the term of a ``comparison_prep``):
  a kind of view, no protest told;
- **a promise of one's own body's future** ("promising the club will return to its roots", "promised the
  union will be stronger": a promise whose content is a state, ``future_state_verb`` or a return to a
  ``former_state``, made to no one): a forecast, no AGREE;
- **spending on one's own campaign** (a ``outlay_verb`` with no one it is spent on): an outlay, no
  AID;
- **force told of a thing of the mind** (events31: a force verb whose every object -- its direct object, its
  passive subject, else the object of its "on"/"upon" -- is an ``abstract`` word: "is capturing the frustration
  of voters", "his mind is shot", "tried to seize on her ties to the banks"): a figure, no COERCE or ASSAULT
  (read with the other abstract targets by components/events.py, :func:`abstract_object`);

and two of the doer:

- **a place's person** (a person noun -- "man", "actor" -- whose compound modifier is a place: "Texas Man Who
  Shot ...", "a Dallas man"): the doer is the person, of the place's country, not the place;
- **a named gunman at home** (ASSAULT by a person named, with no country, on victims or a site coded as the
  story's own country): the attacker is of that country.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.docquery import objects_of_prep
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_VERBS = ("VERB", "AUX")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_NAMED_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_COOPERATION = frozenset({"SUPPORT", "AID", "COOPERATE"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _preps(token: Token, words: tuple[str, ...] | frozenset[str] | set[str] | None = None) -> list[Token]:
    return [c for c in token.children if c.dep_ == "prep" and (words is None or c.lower_ in words)]


def no_event(trigger: Token, event_type: str, mode: list[str], actor: list[Party], actor_tokens: list[Token],
             recipient_tokens: list[Token], cues: Cues, weapon: bool, armed: bool) -> bool:
    """Any of the module's rules: ``trigger`` tells no event between parties."""
    if passage_appeal(trigger, event_type, recipient_tokens, cues):
        return True
    if not weapon and not armed and (figure_of_conflict(trigger, event_type, actor_tokens, cues)
                                     or premises_taken_over(trigger, event_type, actor_tokens, cues)):
        return True
    return (work_released(trigger, event_type, cues) or press_investigation(trigger, event_type, mode, actor,
                                                                            actor_tokens, cues)
            or policy_plan(trigger, event_type, recipient_tokens, cues) or protests_cited(trigger, event_type, cues)
            or own_future_promised(trigger, event_type, recipient_tokens, cues)
            or own_outlay(trigger, event_type, recipient_tokens, cues))


def abstract_object(trigger: Token, cues: Cues) -> bool:
    """"Is capturing the frustration of many voters", "his mind is shot", "seized on her relationship with the
    banks": what a force verb acts on -- its direct objects, else its passive subject, else (with neither) the
    objects of its "on"/"upon" -- are all ``abstract`` or ``debate_thing`` words, things of the mind or of
    debate: a figure (events31), unless the verb is a ``speech_force`` word, whose object's owner is its target. The caller asks it only of force with no weapon. "Rebels captured the town", "police seized
    weapons on Monday" (a day is no abstract word) stay."""
    if trigger.pos_ not in _VERBS or _lemma(trigger) in cues.speech_force:
        return False  # "an ad targeting her ties to the banks": a word of attack aims at the thing's owner
    objects = [c for c in trigger.children if c.dep_ == "dobj"] or [
        c for c in trigger.children if c.dep_ == "nsubjpass"] or [
        g for p in _preps(trigger, ("on", "upon")) for g in objects_of_prep(p)]
    return bool(objects) and all(_lemma(o) in cues.abstract or _lemma(o) in cues.debate_thing for o in objects)


def passage_appeal(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Her most striking appeal was worded beautifully when she said ...", "the strongest appeal of the
    speech": an appeal noun that asks no one (no party appealed to, no "to", "for" or "against", no clause
    of what is asked) marked as a quality of a speech -- a ``quality_mark`` modifier (or a
    superlative), "of" a ``speech_part``, or the subject of a ``wording_verb`` -- is a
    passage of a speech (the ninth US-news audit's #3), no REQUEST. "Her appeal to Congress to act", "an
    urgent appeal for aid" stay."""
    if event_type != "REQUEST" or trigger.pos_ != "NOUN" or _lemma(trigger) != "appeal" or recipient_tokens:
        return False
    if _preps(trigger, ("to", "for", "against")) or any(
            c.dep_ in ("acl", "relcl", "ccomp", "xcomp") and any(a.lower_ == "to" for a in c.children)
            for c in trigger.children):
        return False
    marks = [c for c in trigger.children if c.dep_ in ("amod", "advmod")]
    if any(_lemma(m) in cues.quality_mark or m.lower_ in cues.quality_mark or m.tag_ == "JJS"
           for m in marks):
        return True
    if any(_lemma(g) in cues.speech_part for p in _preps(trigger, ("of", "in")) for g in objects_of_prep(p)):
        return True
    return trigger.dep_ in ("nsubj", "nsubjpass") and _lemma(trigger.head) in cues.wording_verb


def _labelled(noun: Token, cues: Cues) -> bool:
    """"Called the arrivals an invasion", "describes them as an invasion": the noun is what a labelling
    verb calls its object."""
    head = noun.head
    if noun.dep_ in ("oprd", "attr") and _lemma(head) in cues.label_verb:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        return _lemma(head.head) in cues.label_verb
    return False


def figure_of_conflict(trigger: Token, event_type: str, actor_tokens: list[Token], cues: Cues) -> bool:
    """"Her pamphlet describes the arrivals as a Mexican invasion of Arizona", "we need only look to the
    Islamic invasion of Europe": a ``conflict_figure`` noun that a labelling verb predicates of
    something, or whose every doer is a faith (``faith_word``), with no weapon and no armed party
    (the caller checks), is a figure for people arriving (the ninth US-news audit's #4), no attack. "The
    Russian invasion of Ukraine", "Turkish troops invaded" stay."""
    if event_type not in ("ASSAULT", "FIGHT") or trigger.pos_ != "NOUN" or _lemma(trigger) not in cues.conflict_figure:
        return False
    if _labelled(trigger, cues):
        return True
    return bool(actor_tokens) and all(_lemma(t) in cues.faith_word or t.lower_ in cues.faith_word
                                      for t in actor_tokens)


def premises_taken_over(trigger: Token, event_type: str, actor_tokens: list[Token], cues: Cues) -> bool:
    """"The charity took over a former bank building", "the mosque opened, taking over a building that had
    been a church": "take over" of premises (``premises_noun``) by a doer that is neither armed (the
    caller checks) nor a crowd of protesters is moving in (the ninth US-news audit's #6), no seizure.
    "Houthi rebels took over the state television building", "protesters took over the ministry" stay."""
    if event_type != "COERCE" or trigger.pos_ not in _VERBS or _lemma(trigger) != "take":
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in trigger.children):
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(_lemma(o) in cues.premises_noun for o in objects):
        return False
    return not any(_lemma(t) in cues.protester or t.lower_ in cues.protester for t in actor_tokens)


def work_released(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The militant group released a new recruitment video", "the commission released its annual report":
    a release whose first object is a work put out (``publication_noun``: a video, a report, an album, a
    statement, a poll) is publishing (the ninth US-news audit's #7), no CONCEDE -- whatever the parse joins
    to the object after it. "Colombian rebels released three police officers" stays."""
    if event_type != "CONCEDE" or _lemma(trigger) != "release":
        return False
    if trigger.pos_ in _VERBS:
        objects = sorted((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), key=lambda t: t.i)
    elif trigger.pos_ == "NOUN":
        objects = [g for p in _preps(trigger, ("of",)) for g in p.children if g.dep_ == "pobj"]
    else:
        return False
    return bool(objects) and _lemma(objects[0]) in cues.publication_noun


def _press(party: Party, cues: Cues) -> bool:
    return bool(party.sector) and {s.lower() for s in party.sector} <= cues.reporting_press_sector


def press_investigation(trigger: Token, event_type: str, mode: list[str], actor: list[Party],
                        actor_tokens: list[Token], cues: Cues) -> bool:
    """"The Post announced its intention to do a full investigation of Trump's life", "the Globe published a
    long investigation of the senator's dealings": an investigation whose every doer is the press (sector
    MED, ``reporting_press_sector``, or a ``press_word``: reporters, a newspaper) or that a
    ``publish_verb`` puts out is reporting (the ninth US-news audit's #13), no ACCUSE. "Italian
    police launched an investigation into the mayor", "the FBI opened an investigation" stay."""
    if event_type != "ACCUSE" or "investigate" not in mode:
        return False
    if trigger.pos_ == "NOUN":
        governor = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        if trigger.dep_ in ("dobj", "pobj") and _lemma(governor) in cues.publish_verb:
            return True
    if not actor:
        return False
    nouns = [t for t in actor_tokens if t.pos_ in ("NOUN", "PROPN")]
    return all(_press(p, cues) for p in actor) or (bool(nouns) and all(
        _lemma(t) in cues.press_word for t in nouns))


def policy_plan(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Hillary Clinton announced her plan to support people with autism", "his plan to support coal miners
    in Kentucky": support, aid or help held by a ``plan_noun`` (a plan, a proposal, a programme)
    for a class of the public -- every recipient a common noun with no name, nation or place-name modifier
    -- is a policy plan (the ninth US-news audit's #10, the eighth's #5 and #14), campaign talk, no SUPPORT.
    "The EU's plan to support Ukraine", "a plan to aid Syrian refugees" (a party named) stay."""
    if event_type not in _COOPERATION or trigger.pos_ not in _VERBS:
        return False
    node = trigger
    for _ in range(2):  # "plan to support", "plan to help them support"
        if node.dep_ == "acl" and node.head.pos_ == "NOUN" and _lemma(node.head) in cues.plan_noun and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            break  # "her plan to support": not "the plan, backed by France" (the plan's backers)
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
        else:
            return False
    else:
        return False
    return all(t.pos_ == "NOUN" and not t.ent_type_ and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in _NAMED_ENTS for c in t.children)
        for t in recipient_tokens)


def _untimed_unplaced(noun: Token) -> bool:
    return not any(t.ent_type_ in _TIME_ENTS or t.ent_type_ in _PLACE_ENTS or t.like_num for t in noun.subtree)


def protests_cited(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"The student protests against tuition fees are one sign of how young voters see the state", "like the
    Occupy protests against Wall Street, ...": a protest noun with no time, no place and no number in its
    phrase that is the subject of a ``example_noun`` (an exception, a sign, an example) or the term
    of a ``comparison_prep`` is a kind of view cited (the ninth US-news audit's #12), no protest told.
    "The protests in Cairo on Friday were a sign of anger" (a place, a day) stays."""
    if event_type != "PROTEST" or not _untimed_unplaced(trigger):
        return False
    if trigger.pos_ != "NOUN" and not (trigger.pos_ == "VERB" and trigger.dep_ == "nsubj"):  # a noun tagged a verb
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "nsubj" and _lemma(head) == "be":
        return any(c.dep_ in ("attr", "acomp") and _lemma(c) in cues.example_noun for c in head.children)
    return noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in cues.comparison_prep


def own_future_promised(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"Promising the Friends of X will return to its roots", "the union's leader promised that the union
    will be stronger": a promise whose content is a state to come -- a clause of a ``future_state_verb``
    (be, become, remain) or of a return to a ``former_state`` (its roots, its ideals) -- made to no
    one (no party outside that clause) is a forecast (the ninth US-news audit's #5), no AGREE. "Promised the
    Iraqi prime minister that the crossing would reopen" stays."""
    if event_type != "AGREE" or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.promise_verb:
        return False
    contents = [c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in _VERBS]
    said = [c for c in trigger.children if c.dep_ == "dobj"]
    if not contents and len(said) == 1:
        # "promising the Friends of X will return to its roots": the parse took the clause's subject for the
        # object and hung its verb elsewhere; the verb right after it with no subject of its own is the content
        after = said[0].right_edge.i + 1
        doc = trigger.doc
        verb = next((doc[i] for i in range(after, min(after + 4, trigger.sent.end))
                     if doc[i].pos_ in _VERBS and doc[i].dep_ != "aux"), None)
        if verb is not None and all(doc[i].dep_ in ("aux", "neg", "advmod") for i in range(after, verb.i)) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            contents = [verb]
            recipient_tokens = [t for t in recipient_tokens if t.i not in {x.i for x in said[0].subtree}]
    if not contents:
        return False

    def a_state(verb: Token) -> bool:
        if _lemma(verb) in cues.future_state_verb:
            return True
        return any(_lemma(g) in cues.former_state for p in _preps(verb) for g in objects_of_prep(p))

    if not all(a_state(v) for v in contents):
        return False
    inside = {t.i for v in contents for t in v.subtree}
    return all(t.i in inside for t in recipient_tokens)


def own_outlay(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"The RNC began spending money much earlier in the process": money spent (``outlay_verb``)
    with no one it is spent on is an outlay on one's own work (the ninth US-news audit's #8), no AID. Aid
    given to a party ("gave Jordan $1 billion") is another verb."""
    return event_type == "AID" and _lemma(trigger) in cues.outlay_verb and not recipient_tokens


# -- the doer -----------------------------------------------------------------------------------------------


def place_person(actor: list[Party], actor_tokens: list[Token], is_person_noun: Callable[[str], bool],
                 place_country: Callable[[Token], str | None]) -> tuple[list[Party], list[Token]]:
    """"Texas Man Who Shot Two Deputies Is Arrested", "Hollywood Actor Who Endorsed ...", "a Dallas man
    shot four people": a place name that is the compound modifier of a person noun right after it is where
    the person is from; the doer is the person (the ninth US-news audit's #14: 'Hollywood' taken for the
    doer), of the place's country. Returns the actor and its tokens, a lone doer with no country replaced
    by the person. A doer already coded, or a place with no country, is left."""
    if len(actor_tokens) != 1 or any(p.country for p in actor):
        return actor, actor_tokens
    token = actor_tokens[0]
    if token.dep_ == "compound" and token.ent_type_ in _PLACE_ENTS and token.head.i == token.i + 1:
        place, person = token, token.head  # "Texas Man": the place taken for the doer
    else:
        place = next((c for c in token.children if c.dep_ == "compound" and c.ent_type_ in _PLACE_ENTS
                      and c.i == token.i - 1), None)
        person = token  # "a Dallas man": the person already the doer
    if place is None or person.pos_ not in ("NOUN", "PROPN") or not is_person_noun(person.lower_):
        return actor, actor_tokens
    country = place_country(place)
    if country is None:
        return actor, actor_tokens
    sector = [s for p in actor for s in p.sector] if person.i == token.i else []
    text = token.doc[place.i: person.i + 1].text
    if person.i == token.i and actor:
        text = actor[0].text
    return [Party(entity=None, text=text, country=country, sector=sector)], [person]


def gunman_at_home(event_type: str, actor: list[Party], actor_tokens: list[Token], recipient: list[Party],
                   home: str | None, kinds: dict[str, str]) -> list[Party]:
    """"Two days before Omar Mateen shot a hundred people" (in a story of a Florida town), "Police said Dean
    Mercer shot three customers at a gas station in Tulsa": an attack by a person named, with no country,
    on victims or a site all coded as one country -- the story's own, when the story has one -- is told of
    one of that country (the ninth US-news audit's #2, the first's #15), and the attacker is coded so.
    Victims of two countries, of another country than the story's, or none coded, give nothing."""
    if event_type != "ASSAULT" or not recipient or not actor_tokens or any(t.pos_ != "PROPN" for t in actor_tokens):
        return actor  # "a gunman shot ...": a person not named may have come from anywhere
    countries = {p.country for p in recipient if p.country}
    if len(countries) != 1 or (home is not None and countries != {home}):
        return actor
    (country,) = countries
    return [p.model_copy(update={"country": country})
            if p.country is None and (kinds.get(p.entity) == "PERSON" if p.entity is not None else all(
                t.ent_type_ in ("PERSON", "") for t in actor_tokens)) else p for p in actor]


def _person_names(party: Party, tokens: list[Token], entities: dict[str, list[str]]) -> set[str] | None:
    """The words a person doer is called by: its entity's mentions, or its own proper name; None when the
    doer is no person known by a name."""
    if party.entity is not None:
        return {w.lower() for m in entities.get(party.entity, []) for w in m.split()} or None
    if tokens and all(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "") for t in tokens):
        return {w.lower() for w in party.text.split()}
    named = [a for t in tokens for a in t.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON"]
    if len(tokens) == 1 and named:  # "The first American ..., Moner Mohammad Abusalha,": the name in apposition
        return {t.lower_ for a in named for t in a.subtree if t.pos_ == "PROPN"}
    return None


def different_people(kept: list[Party], new: list[Party], kept_tokens: list[Token], new_tokens: list[Token],
                     apart: bool) -> bool:
    """Two attacks told in sentences next to each other by two persons named differently -- "Two days before
    Omar Mateen shot a hundred people ..." and "The first American to carry out a suicide bombing in Syria,
    Moner Mohammad Abusalha, ... blew himself up" -- are two attacks, though their doers' countries agree
    (the ninth US-news audit's #2 and #11). A doer's pronoun or a role ("the gunman") with no name of its
    own is no other person."""
    if not apart or len(kept) != 1 or len(new) != 1 or not kept_tokens or not new_tokens:
        return False
    doc = kept_tokens[0].doc
    entities = {e.id: [m.text for m in e.mentions] for e in doc._.entities or [] if e.type == "PERSON"}
    if any(p.entity is not None and p.entity not in entities for p in (kept[0], new[0])):
        return False
    first, second = _person_names(kept[0], kept_tokens, entities), _person_names(new[0], new_tokens, entities)
    if first is None or second is None:
        return False
    if kept[0].entity is not None and kept[0].entity == new[0].entity:
        return False
    return not (first & second) and (kept[0].entity is None or new[0].entity is None or kept[0].entity != new[0].entity)
