"""People leaving an emergency are no retreat (events44, session 40; issue 14 item 3, "accidents and
disasters are not attacks", carried over to the types of movement).

PLOVER's RETREAT and MOBILIZE are moves of a party of public life: forces withdrawn or deployed, a
state that evacuates its nationals, an official who steps down. Residents who get out of a burning
house ("A total of 18 people live in the building, and all evacuated safely"), families fleeing a
flood, passengers leaving a crashed train are people escaping a mishap: no party acts on another.
The rule reads who moves and what the passage tells: every doer is private (no sector, or only the
civilian one the story's country fills in; a country's own name, coded with no sector, is the state),
no party of the clause is armed, and the sentence or one of the few before it names a fire, a flood, a
storm or a crash (``flight_emergency`` cues) while none of them names an attack, a weapon or intent.
A state, a force or an organised body that evacuates ("British troops helped evacuate UK citizens",
"the embassy was evacuated") stays, and so does flight from fighting ("fled the shelling").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_MOVES = frozenset({"RETREAT", "MOBILIZE"})
_PRIVATE_SECTORS = frozenset({"CVL"})
_BEFORE = 3  # the sentences before the trigger's that still tell the same scene


def _private(parties: list[Party]) -> bool:
    """Every party is private: civilian, or uncoded; a party with a country and no sector is that state."""
    return bool(parties) and all(set(p.sector or []) <= _PRIVATE_SECTORS and (p.sector or not p.country)
                                 for p in parties)


def _words(sentences: Iterable[Span]) -> set[str]:
    return {w for s in sentences for t in s for w in (t.lemma_.lower(), t.lower_)}


def _nouns(sentences: Iterable[Span]) -> set[str]:
    return {w for s in sentences for t in s if t.pos_ in ("NOUN", "PROPN") for w in (t.lemma_.lower(), t.lower_)}


def scene(trigger: Token) -> list[Span]:
    """The trigger's sentence and the few before it."""
    sentences = list(trigger.doc.sents)
    at = next((i for i, s in enumerate(sentences) if s.start <= trigger.i < s.end), 0)
    return sentences[max(0, at - _BEFORE): at + 1]


def emergency_scene(trigger: Token, cues: Cues) -> bool:
    """The passage names a mishap (fire, flood, storm, crash) and no attack, weapon or intent."""
    sentences = scene(trigger)
    if not _nouns(sentences) & cues.flight_emergency:
        return False
    harmful = (set(cues.weapon) | cues.attack | cues.intent) - cues.accident - cues.disaster
    return not _words(sentences) & harmful


def escape(trigger: Token, event_type: str, actor: list[Party], armed: bool, cues: Cues) -> bool:
    """A RETREAT or MOBILIZE whose every doer is a private person or group, with no armed party, in a passage
    of a fire, a flood or a crash: people escaping, no event."""
    return event_type in _MOVES and not armed and _private(actor) and emergency_scene(trigger, cues)
