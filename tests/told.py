"""A stand-in for the events stage's draft: the fields the cross-sentence rules
(eventcoding/anaphora.py, eventcoding/labour.py) read and fill, for tests on hand-built parses."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsevents.record import Party


@dataclass
class Told:
    event: str
    trigger: Token
    sentence: Span
    sentence_index: int
    actor: list[Party]
    recipient: list[Party] = field(default_factory=list)
    actor_tokens: list[Token] = field(default_factory=list)
    recipient_tokens: list[Token] = field(default_factory=list)
    also_in: list[Span] = field(default_factory=list)
    modality: str = "asserted"
