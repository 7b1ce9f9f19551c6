"""Local crime, court and accident news (brief s17-crime17, session 17).

Patterns of English these reports tell their events in; the words are ``crime_*`` rows of
event_cues.tsv and the ``crime17`` rows of event_lexicon.tsv.

- ``legal_act``: an arrest, a detention, a charge is the law's act, never harm: the accident rules
  (a sentence telling a crash or a fire) do not take it ("arrested after his car crashed into a shop").
- ``vehicle_mishap``: harm done by a vehicle or its driver, with no weapon or intent named, is a road
  accident, no ASSAULT ("killed when his car hit a tree", "struck and killed by a hit-and-run driver",
  "the driver lost control and hit a lamp post").
- ``court_finding``: "was found guilty", "was convicted": a court's act told without the court, as an
  arrest is told without the police.
- ``harm_to_kin``: "shot his former girlfriend": violence against one's kin is a crime, not private life.
- ``prosecution_declined`` (events42, session 38): "the department would not prosecute her": the law's action
  (the backbone's CAMEO 173, context ``legal``) negated with a judicial doer is the decision not to act, a REJECT
  asserted; no arrest is reported as not having happened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from newsevents.eventcoding.lexicon import Cues

_LEGAL_MODES = frozenset({"arrest", "detain"})


def legal_act(event_type: str, mode: Sequence[str] | str | None) -> bool:
    """A COERCE of the law's kind (an arrest, a detention, a charge): no harm an accident could do."""
    modes = {mode} if isinstance(mode, str) else set(mode or ())
    return event_type == "COERCE" and bool(modes & _LEGAL_MODES)


def prosecution_declined(event_type: str, mode: Sequence[str] | None, modality: str, context: Sequence[str],
                         actor_sectors: Sequence[Sequence[str]]) -> bool:
    """"The attorney's office said it would not prosecute him", "the ministry of justice did not charge her": a
    legal COERCE of the backbone (context ``legal``: prosecute, indict, charge) negated, done by a judicial body
    (sector JUD), tells a decision of that body: not to take the action, a refusal (PLOVER REJECT, as a
    negated cooperative act becomes one). Police who "did not arrest" anyone (no JUD doer) stay the act negated."""
    return (legal_act(event_type, mode) and modality == "negated" and "legal" in context
            and any("JUD" in sectors for sectors in actor_sectors))


def _words(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _vehicle_runs_into(verb: Token, cues: Cues) -> bool:
    """"his car hit a tree", "the van slammed into a wall", "hit a lamp post", "was hit by a train", "his
    plane came down": a crash verb (with its particle) whose subject or agent is a vehicle or whose object
    (or into-object) is a thing by the road."""
    words = _words(verb) | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    if not words & cues.crime_crash_verb:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(_words(s) & cues.crime_vehicle for s in subjects):
        return True
    hit = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "onto", "with", "against")
        for g in c.children if g.dep_ == "pobj"]
    return any(_words(h) & cues.crime_fixture for h in hit)


def vehicle_mishap(trigger: Token, sentence: Span, actor_tokens: list[Token], cues: Cues) -> bool:
    """Harm in a sentence that tells a vehicle running into something, or done by a driver (the doer of
    the harm is a driver, a motorist, a vehicle), with no intent word in the sentence (the caller checks
    that no weapon is named): a road accident. "A driver rammed a crowd deliberately" keeps its attack."""
    if any(_words(t) & (cues.intent | cues.crime_ram_verb) for t in sentence):
        return False  # "deliberately", "rammed his car into a crowd": the vehicle is a weapon
    told = " ".join(t.lower_ for t in sentence).replace(" - ", "-")
    if any(phrase in told for phrase in cues.crime_accident_phrase):
        return True  # "killed in a hit-and-run"
    if actor_tokens and all(_words(t) & (cues.crime_driver | cues.crime_vehicle) for t in actor_tokens):
        return True  # "struck and killed by a hit-and-run driver", "the driver ... hit a lamp post"
    if actor_tokens:
        return False  # someone else did it ("a man shot him after his car hit a tree")
    return _vehicle_runs_into(trigger, cues) or any(
        _vehicle_runs_into(t, cues) for t in sentence if t.pos_ in ("VERB", "AUX") and t.i != trigger.i)


def vehicle_doer(actor_tokens: list[Token], cues: Cues) -> bool:
    """"was struck by a van": a vehicle as the only doer of a verb read as a strike or an attack is no
    party (the caller asks it of acts other than ASSAULT, which vehicle_mishap reads)."""
    return bool(actor_tokens) and all(_words(t) & cues.crime_vehicle for t in actor_tokens)


def court_finding(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"was found guilty of robbery", "was convicted of murder": a finding of guilt in the passive, the
    court untold (as an arrest's police often are)."""
    return event_type == "ACCUSE" and bool(_words(trigger) & cues.crime_verdict_verb) and any(
        c.dep_ == "nsubjpass" for c in trigger.children)


def instrument_of_row(trigger: Token, entry) -> str | None:
    """"beat a man with a baseball bat": an attack whose lexicon row asks for a with-phrase of named
    instruments (event_lexicon.tsv ``prep:with pobj:bat|...``) has the instrument it names as its weapon,
    though the word ("bat", "hammer") is too often a word of sport to be a weapon cue of its own."""
    if entry.event != "ASSAULT" or entry.origin == "backbone":
        return None
    wanted = {w for c in entry.conditions if c.kind == "pobj" and not c.negated for w in c.words}
    if not wanted or not any(c.kind == "prep" and "with" in c.words for c in entry.conditions):
        return None
    named = any(g.lemma_.lower() in wanted or g.lower_ in wanted for c in trigger.children
                if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj")
    return "primitive" if named else None


def harm_to_kin(event_type: str) -> bool:
    """"gunned down his former girlfriend", "stabbed his brother": violence is no private life."""
    return event_type == "ASSAULT"


def person_doers(actor_tokens: list[Token], event_type: str, person_noun: Callable[[str], bool]) -> bool:
    """"Three teenagers beat a homeless man", "a woman stabbed ...": people named by a noun of persons
    are the doers of violence, though no public actor."""
    return event_type == "ASSAULT" and bool(actor_tokens) and all(
        t.pos_ == "NOUN" and (person_noun(t.lemma_.lower()) or person_noun(t.lower_)) for t in actor_tokens)
