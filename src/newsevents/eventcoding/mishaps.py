"""Acts that are no act between parties in local news (issue 14, session 18, brief spur18; own held-out set
``tests/data/phrasings_heldout25.tsv`` and the spurious rows of the eleventh and twelfth hand audits).

A road closed for the weather, a cause blamed for a fire, a problem "attacked" tell no act of one party on
another. Each rule reads who or what forces, is blamed or is acted on; the words are cue kinds of
``event_cues.tsv`` whose names start with ``spur18_`` (with the project's ``accident`` and ``disaster`` words):

- **forced by a mishap** (an act in the infinitive of a ``force_verb`` -- force, compel, oblige --
  whose forcer is a mishap: weather, an accident, a leak, road works: "heavy snow forced the county to close
  the road", "winds ... and forced authorities to close highways"): a response to a thing, no act on a party
  -- unless the act names a party it is done to ("the blast forced the army to evacuate the villagers");
  "protesters forced the council to close the depot" stays (people force);
- **closed for a mishap** (a COERCE or RETREAT verb with a cause phrase -- because of, due to, after,
  following, amid, for -- on a mishap: "police closed the road after a crash", "closed the bridge because of
  flooding"), no party acted on: the same response told the other way round;
- **blamed on a thing** (a ``blame_verb`` whose "on"-object is no party: "fires blamed on electrical
  faults", "officials blamed the flooding on blocked drains"): a cause named, no one accused; "blamed the
  shooting on a gang" stays;
- **a task attacked** (a ``tackle_verb`` -- attack, tackle, fight, combat -- whose every object is a
  ``task_noun``: "attacked the problem of potholes", "fight the backlog"): work on a problem, no
  force or criticism of anyone;
- **structures hit** (a ``hit_verb`` -- hit, strike -- whose every target is a common
  ``structure_noun`` -- buildings, sheds, sidewalks, walls --, no weapon, no armed doer: "they have
  hit buildings and sidewalks" of graffiti painters): damage to things, no attack on a party;
- **a refused act** (an act only wanted of someone -- hypothetical -- that the sentence goes on to say they
  refuse or deny owing: "should apologise, but he insisted he had nothing to apologise for", "but he has
  refused to do so"): no act; the refusal, where its verb codes one, is the event.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.docquery import objects_of_prep
from newsevents.eventcoding.lexicon import Cues

_VERBS = ("VERB", "AUX")
_RESPONSES = frozenset({"COERCE", "RETREAT", "SANCTION", "ASSAULT", "REDUCE"})
_CAUSE_PREPS = frozenset({"after", "following", "amid", "for", "because", "due", "over"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _mishap(token: Token, cues: Cues) -> bool:
    """A weather, an accident, a failure of a thing: the word or a compound of it ("water main", "gas leak")."""
    words = cues.accident | cues.disaster | cues.mishap_noun
    if _lemma(token) in words or token.lower_ in words:
        return True
    return token.pos_ == "NOUN" and any(c.dep_ == "compound" and _lemma(c) in words for c in token.children) \
        and _lemma(token) in cues.mishap_head


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its first conjunct's ("winds diminished visibility and forced ...")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _party_acted_on(recipient_tokens: list[Token], is_someone: Callable[[Token], bool]) -> bool:
    return any(is_someone(t) for t in recipient_tokens)


def forced_by_mishap(trigger: Token, recipient_tokens: list[Token], is_someone: Callable[[Token], bool],
                     cues: Cues) -> bool:
    """"Heavy snow forced the county to close the road": the act a mishap forced, done to no party."""
    if trigger.pos_ not in _VERBS or trigger.dep_ not in ("xcomp", "ccomp", "conj"):
        return False
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "forced them to close the road and divert buses"
        verb = verb.head
    forcer_verb = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or _lemma(forcer_verb) not in cues.force_verb:
        return False
    forcer = _subject(forcer_verb)
    if forcer is None or is_someone(forcer) or not _mishap(forcer, cues):
        return False
    return not _party_acted_on(recipient_tokens, is_someone)


def closed_for_mishap(trigger: Token, event_type: str, recipient_tokens: list[Token],
                      is_someone: Callable[[Token], bool], cues: Cues) -> bool:
    """"Police closed the road after a crash": a response to a mishap, no party acted on."""
    if event_type not in _RESPONSES or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.close_verb:
        return False
    causes = [g for c in trigger.children if c.dep_ in ("prep", "advcl", "advmod") and c.lower_ in _CAUSE_PREPS
              for g in objects_of_prep(c, second_word=True)]
    if not causes or not any(_mishap(g, cues) for g in causes):
        return False
    return not _party_acted_on(recipient_tokens, is_someone)


def blamed_on_thing(trigger: Token, event_type: str, is_someone: Callable[[Token], bool], cues: Cues) -> bool:
    """"Fires blamed on electrical faults": a cause named; no one accused when the "on"-object is no party."""
    if event_type != "ACCUSE" or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.blame_verb:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and is_someone(c) for c in trigger.children):
        return False  # "the army was blamed ... for air strikes on a market": a party blamed, "on" is no cause's
    blamed = [g for c in trigger.children if c.dep_ in ("prep", "dative") and c.lower_ == "on" for g in objects_of_prep(c, second_word=True)]
    return bool(blamed) and not any(is_someone(t) for t in blamed)


def task_attacked(trigger: Token, event_type: str, is_someone: Callable[[Token], bool], cues: Cues) -> bool:
    """"Attacked the problem of potholes", "tackle the backlog": work on a task, no act on anyone."""
    if event_type not in ("ASSAULT", "ACCUSE", "COERCE") or trigger.pos_ not in _VERBS \
            or _lemma(trigger) not in cues.tackle_verb:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [cc for o in objects for cc in o.conjuncts]
    return bool(objects) and all(_lemma(o) in cues.task_noun and not is_someone(o) for o in objects)


def _same_doer(first: Token | None, second: Token | None) -> bool:
    """The refuser is the one said to owe the act: a pronoun, or the same word."""
    if first is None or second is None:
        return first is None
    return second.pos_ == "PRON" or _lemma(second) == _lemma(first)


def refused_act(trigger: Token, modality: str, cues: Cues) -> bool:
    """"Critics said the minister should apologise, but he insisted he had nothing to apologise for" / "but he
    refused (to do so)": an act only wanted of someone (hypothetical) that the sentence goes on to say they
    refuse or deny owing is no act at all -- the refusal, where its verb codes one, is the event."""
    if modality != "hypothetical" or trigger.pos_ not in _VERBS:
        return False
    doer = _subject(trigger)
    for token in trigger.sent:
        if token.i <= trigger.i:
            continue
        if _lemma(token) == _lemma(trigger) and token.dep_ in ("relcl", "acl") and (
                _lemma(token.head) in cues.nothing_word
                or any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children)):
            return True  # "had nothing to apologise for", "saw no reason to apologise"
        if token.pos_ in _VERBS and _lemma(token) in cues.refusal_verb and _same_doer(doer, _subject(token)):
            done = [c for c in token.children if c.dep_ == "xcomp"]
            if not done or any(_lemma(c) in (_lemma(trigger), "do") for c in done):
                return True  # "but he refused", "has refused to do so"
    return False


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})


def structures_hit(trigger: Token, event_type: str, recipient_tokens: list[Token], is_someone: Callable[[Token], bool],
                   cues: Cues, armed: bool) -> bool:
    """"They have hit buildings, sheds and sidewalks" (of vandals): a ``hit_verb`` whose every target is
    a common ``structure_noun``, with no weapon and no armed doer, is damage to things, no attack on a
    party; "rebels hit buildings in the town" (an armed doer) and "hit the police station" (no such noun) stay.
    A doer said by a pronoun alone is not taken for armed ("they" may have been resolved to the speaker, a
    detective who tells of vandals)."""
    if event_type != "ASSAULT" or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.hit_verb:
        return False
    subject = _subject(trigger)
    if armed and not (subject is not None and subject.pos_ == "PRON"):
        return False
    return bool(recipient_tokens) and all(
        _lemma(t) in cues.structure_noun and t.ent_type_ not in _PLACE_ENTS and not is_someone(t)
        and not any(c.ent_type_ in _PLACE_ENTS for c in t.subtree) for t in recipient_tokens)


def no_event(trigger: Token, event_type: str, recipient_tokens: list[Token], is_someone: Callable[[Token], bool],
             cues: Cues, weapon: bool, armed: bool = False, modality: str = "") -> bool:
    """Any of the module's rules: the act is a response to a mishap, a cause, a task or damage to things, no
    act on a party; or an act wanted of someone who refuses it."""
    if refused_act(trigger, modality, cues):
        return True
    if weapon:
        return False
    return forced_by_mishap(trigger, recipient_tokens, is_someone, cues) or \
        closed_for_mishap(trigger, event_type, recipient_tokens, is_someone, cues) or \
        blamed_on_thing(trigger, event_type, is_someone, cues) or task_attacked(trigger, event_type, is_someone, cues) \
        or structures_hit(trigger, event_type, recipient_tokens, is_someone, cues, armed)


def _past(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD")
                                                    for c in verb.children)


def licensed_act(chain: list[Token], cues: Cues) -> bool:
    """"A resolution authorizing the mayor to award contracts", "the vote allows the mayor to sign the deal":
    the act in the infinitive of a verb that gives the power to act is only possible (hypothetical); a
    letting told in the past ("the truce allowed aid to enter") may have let it happen, and stays."""
    for token in chain:
        head = token.head
        if token.dep_ not in ("xcomp", "ccomp") or head.i == token.i or head.pos_ not in _VERBS:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        if _lemma(head) in cues.licence_verb or (_lemma(head) in cues.letting_verb and not _past(head)):
            return True
    return False
