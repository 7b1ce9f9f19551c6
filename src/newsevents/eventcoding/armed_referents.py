"""An armed group named again by a description (issue 14, session 30, brief events34; the thirty-first US-news audit's
#38, "the terrorist group" for the group the paragraph before names, coded from a city of the sentence; the
twenty-eighth's "a group's back-reference" of its uncoded parties).

News names an armed group once and then calls it "the group", "the terrorist group", "the militants": a definite
description with no name of its own, coded as an armed group outside the state (a ``raider_sector``), with no
country or one a place of its sentence or the story lent it. Such a description stands for the last armed group the text named before its sentence, and takes that
group's code -- not the story's country, which is where the group strikes, not what it is ("a new video from the
terrorist group threatening an attack in Chicago", after a paragraph naming a militant front).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

# how far back a description looks for the group it stands for (about three paragraphs of news)
_LOOK_BACK_TOKENS = 300


def _armed_outside_state(party: Party, cues: Cues) -> bool:
    return any(s.lower() in cues.raider_sector for s in party.sector)


def _description(party: Party) -> bool:
    """"The group", "the terrorist group": 'the' and no capitalised word of a name after it."""
    words = party.text.split()
    return len(words) >= 2 and words[0].lower() == "the" and all(w[:1].islower() for w in words[1:])


def named_before(sentence: Span, parties_of: Callable[[Token], list[Party]], cues: Cues) -> Party | None:
    """The last armed group outside the state, with a country code, named before ``sentence`` (nearest first)."""
    doc = sentence.doc
    start = max(0, sentence.start - _LOOK_BACK_TOKENS)
    for token in reversed(doc[start:sentence.start]):
        # the head word of a name ("State" of "the Islamic State", which the tagger may leave outside its entity)
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        for party in parties_of(token):
            if party.country and _armed_outside_state(party, cues):
                return party
    return None


def group_referent(parties: list[Party], sentence: Span, parties_of: Callable[[Token], list[Party]],
                   cues: Cues) -> list[Party]:
    """``parties`` with each description of an armed group ("the terrorist group") given the code of the armed
    group named last before the sentence, when there is one (in place of any code a place lent it)."""
    if not any(_armed_outside_state(p, cues) and _description(p) for p in parties):
        return parties
    group = named_before(sentence, parties_of, cues)
    if group is None:
        return parties
    # the code a place of the sentence or the story lent the description gives way to the group's own
    return [p.model_copy(update={"country": group.country})
            if _armed_outside_state(p, cues) and _description(p) else p for p in parties]
