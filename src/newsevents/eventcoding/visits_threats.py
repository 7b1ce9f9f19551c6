"""Visits welcomed, words said with a particle, veiled and warned threats, force on crowds (issue 14,
brief s15-recips; events and recipients session 14 left open; held-out set 15,
``tests/data/phrasings_heldout15.tsv``; rules tested in tests/events/test_hosting_warnings_particles.py).

- **A visitor welcomed from abroad**: welcoming a leader or a delegation (a ``welcome_verb``) is a
  visit hosted only when the one welcomed is of another country than the host ("welcomed the Ethiopian
  prime minister"); one of the host's own or of no country is welcomed into something, support ("Mr
  Jackson would be warmly welcomed by Labour MPs", "would welcome BNP voters").
- **Words said with a particle**: "hit out at Iran", "lashed out at the court" (a ``speech_particle``
  on the verb, with "at") are words, even between an armed party and a state: the force word's
  literal reading (``speech_force.force_kept``) holds only when the sentence names a weapon or a harm.
- **Whom a warning threatens**: "warned that it would retaliate against any Indian incursion", "warned
  that it would take all necessary measures to stop Taiwan's moves": with no one warned by name, the
  party the announced act is aimed at -- an against/on/at-object of the warned clause (or of a clause
  under it), or the party owning or coding the thing it acts on.
- **Measures announced in a warning**: "warned that it would take measures" is a threat only when the
  warner announces its own measures (the clause's subject a personal pronoun, with a modal of the
  future): "warned that Greece must take measures" asks them of another.
- **Force left open**: "refused to rule out a military strike on Iran", "did not exclude sanctions": a
  conflict act named as what one will not rule out is a veiled threat (THREATEN), not the act done -- nor
  its rejection.
- **Force on a crowd told in the passive**: "protesters were dispersed with tear gas" names no doer;
  the police (or troops) named in that sentence or the one before it (``repressing_sector`` roles) are
  the doers, else the act stays without an actor, as a passive arrest does.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsevents.eventcoding.arguments import is_passive
from newsevents.eventcoding.lexicon import Cues, Entry
from newsevents.eventcoding.speech_force import _names_force as names_force

_CLAUSE_DEPS = ("ccomp", "xcomp")
_UNDER_CLAUSE_DEPS = ("xcomp", "ccomp", "advcl", "relcl", "acl")
_AIM_PREPS = ("against", "on", "at")


def words_idiom(trigger: Token, sentence: Span, cues: Cues) -> bool:
    """"Hit out at Iran", "lashed out at the commission": a force verb with a ``speech_particle`` and
    an "at"-phrase is said, not done -- unless the sentence names a weapon or a harm."""
    # the trigger's own words first: the sentence is read for a weapon or a harm only for the few such verbs
    particle = any(c.dep_ in ("prt", "advmod") and c.lower_ in cues.speech_particle for c in trigger.children)
    if not (particle and any(c.dep_ == "prep" and c.lower_ == "at" for c in trigger.children)):
        return False
    return not names_force(sentence, cues)


def _clauses(trigger: Token) -> list[Token]:
    """The clauses a warning verb takes, and the clauses under them ("take measures to stop ...")."""
    found = [c for c in trigger.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    frontier = list(found)
    while frontier:
        clause = frontier.pop()
        under = [t for t in clause.subtree if t.dep_ in _UNDER_CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")
                 and t.i != clause.i]
        for verb in under:
            if all(verb.i != f.i for f in found):
                found.append(verb)
    return found


def _party_in(thing: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """The party a noun names: itself, its possessor ("Taiwan's moves") or a state's word before it
    ("any Indian incursion"); never a pronoun (the warner's own "its territory")."""
    if thing.pos_ == "PRON":
        return []
    if thing.pos_ == "PROPN" and is_party(thing):
        return [thing]
    owners = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON" and is_party(c)]
    if owners:
        return owners
    return [c for c in thing.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")
            and is_party(c)]


def threat_recipients(trigger: Token, cues: Cues, is_party: Callable[[Token], bool]) -> list[Token]:
    """Whom a warning with no one warned by name threatens: the party the act it announces is aimed
    at (an against/on/at-object of its clauses), else the party of the thing that act works on."""
    if trigger.lemma_.lower() not in cues.warning:
        return []
    clauses = _clauses(trigger)
    for clause in clauses:
        # "retaliate against X", "take measures against X" (the phrase may hang on the object)
        heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS):
            for thing in (g for g in prep.children if g.dep_ == "pobj"):
                found = _party_in(thing, is_party) or ([thing] if is_party(thing) and thing.pos_ != "PRON" else [])
                if found:
                    return found
    for clause in clauses:
        for thing in (c for c in clause.children if c.dep_ == "dobj"):
            found = _party_in(thing, is_party)
            if found:
                return found
    return []


def measures_of_others(trigger: Token, entry: Entry, cues: Cues) -> bool:
    """A warning that measures will be taken (a row asking for the object of the clause it takes,
    ``xobj``) is a threat only when the warner announces its own: True when no clause taking such an
    object has a personal pronoun subject with a future or hypothetical modal ("warned that Greece must
    take measures": asked of another, no threat)."""
    wanted = {w for c in entry.conditions if c.kind == "xobj" and not c.negated for w in c.words}
    if not wanted or trigger.lemma_.lower() not in cues.warning:
        return False
    takers = [c for c in trigger.children if c.dep_ in _CLAUSE_DEPS
              and any(o.dep_ == "dobj" and o.lemma_.lower() in wanted for o in c.children)]
    return not any(
        any(s.dep_ == "nsubj" and s.pos_ == "PRON" and s.lower_ != "you" for s in clause.children)
        and any(a.dep_ == "aux" and a.lower_ in cues.future | cues.hypothetical for a in clause.children)
        for clause in takers)


def repression_doers(trigger: Token, doc: Doc, sentence: Span, sector_of: Callable[[str], str | None],
                     cues: Cues) -> list[Token]:
    """"Protesters were dispersed with tear gas": the police (or troops) named in the sentence or in
    the one before it, nearest first, for a passive act of force with no by-agent; [] if none."""
    if trigger.lemma_.lower() not in cues.repress_verb or not is_passive(trigger) \
            or any(c.dep_ == "agent" for c in trigger.children):
        return []
    patients = {t.i for c in trigger.children if c.dep_ == "nsubjpass" for t in c.subtree}

    def force(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.i not in patients and (sector_of(t.lemma_.lower()) or "").lower() in cues.repressing_sector

    here = sorted((t for t in sentence if force(t)), key=lambda t: abs(t.i - trigger.i))
    if here:
        return here[:1]
    if sentence.start == 0:
        return []
    before = doc[sentence.start - 1].sent
    found = [t for t in before if force(t)]
    return found[-1:]


def left_open(noun: Token, cues: Cues) -> bool:
    """"Refused to rule out a strike on Iran", "did not exclude sanctions": the event noun is the object
    of an ``exclude_verb`` ("rule" with "out") that is negated or that a ``withhold_verb`` takes."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if not ({verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)} & cues.exclude_verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.withhold_verb


def welcomed_at_home(trigger: Token, event_type: str, mode: list[str], actor: list, recipient: list,
                     cues: Cues) -> bool:
    """A visit hosted by a ``welcome_verb`` whose recipients are all of the host's country or of none:
    support for one of its own, no visit ("welcomed by Labour MPs")."""
    if event_type != "CONSULT" or "host" not in mode or trigger.lemma_.lower() not in cues.welcome_verb:
        return False
    home = {p.country for p in actor if p.country}
    return not any(p.country and p.country not in home for p in recipient)
