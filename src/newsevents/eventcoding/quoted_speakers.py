"""A third-person pronoun inside a speaker's own quotation is never the speaker (events43).

In direct speech the speaker is ``I`` (or ``we``); ``he``, ``she`` or ``they`` there name someone else
(``"He's backed everything I've said," <Name> said``: the one who backed is another man, named before or later).
A pronoun link that makes such a pronoun the quotation's speaker is wrong whatever the resolver's ranking, so the
event takes no actor from it: the party keeps its words but loses the entity, country and sectors the speaker
lent it, and an event left with no usable doer is dropped as any unresolved pronoun's is. Indirect and mixed
quotations are left alone: their reported clause is the reporter's words (``she said he would back her``), where
``he`` may well be the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.record import Party, Quote

# personal pronouns of the third person: never the one who speaks
_THIRD_PERSON = frozenset({"he", "him", "she", "her", "they", "them"})


def _speaker_of(token: Token, quotes: Sequence[Quote]) -> str | None:
    """The speaker entity of the direct quotation holding ``token``, or None."""
    for quote in quotes:
        if quote.kind == "direct" and quote.content.start <= token.idx < quote.content.end and quote.speaker is not None:
            return quote.speaker.entity
    return None


def not_the_speaker(parties: list[Party], tokens: Sequence[Token], quotes: Sequence[Quote]) -> list[Party]:
    """``parties`` with every third-person pronoun of a direct quotation that is linked to the quotation's own
    speaker unlinked (its text kept, no entity, country or sector)."""
    pronouns = {t.text: t for t in tokens if t.pos_ == "PRON" and t.lower_ in _THIRD_PERSON}
    if not pronouns:
        return parties
    out = []
    for party in parties:
        token = pronouns.get(party.text)
        speaker = _speaker_of(token, quotes) if token is not None and party.entity is not None else None
        out.append(Party(text=party.text) if speaker is not None and speaker == party.entity else party)
    return out
