"""A headline's verbal act between two named parties counts on its own (events43).

A headline is too short to code alone (docs/events.md, "Headlines": ``Blair rejects Iraq advice calls``), so its
event counts only when the story restates it. But a headline whose subject and object are both names (``<Name>
slams <Name>``, ``<Country> chides <Country>``) leaves nothing to guess: who did it and to whom are the two names,
and the verb is the story's act. News writes such a headline over a story that tells the act in other words
(``pummeled <Name> as divisive``), which the story's sentence may not code. Only the verbal types (PLOVER quad
codes 1 and 3: statements of support, criticism, requests, refusals) are kept so: a material act in headlinese
(``Lawyer attacks anti-terror laws``) is the kind of figure the rule was made for. Names are tokens the model tags
as a named entity of a party (a person, an organisation, a state or a people) or proper nouns.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.record import Party

_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named(tokens: Sequence[Token], parties: Sequence[Party]) -> bool:
    return bool(tokens) and bool(parties) and all(p.entity is not None for p in parties) and all(
        t.ent_type_ in _NAME_TYPES or t.pos_ == "PROPN" for t in tokens)


def between_names(quad: int | None, modality: str, actor: Sequence[Party], recipient: Sequence[Party],
                  actor_tokens: Sequence[Token], recipient_tokens: Sequence[Token]) -> bool:
    """Whether a headline's event stands alone: a verbal act, asserted, from a named party to a named party."""
    return quad in (1, 3) and modality == "asserted" and _named(actor_tokens, actor) and _named(
        recipient_tokens, recipient)
