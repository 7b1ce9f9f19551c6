"""Attacks in words between candidates (issue 14, session 26, brief senses29; the output events of
eval/gold/news-dev41: an ASSAULT on rhetorical "attacks" in the sentence of a candidate's contrasts).

senses28's rule (eventcoding/speech_force.py ``words_of_attack``) reads an attack noun as words when its doers
carry a speaking sector (a legislator, a party, the media). A candidate named only by his name carries none, so
"Carter stepped up his attacks on Lopez, calling her a liar at a rally" stayed an ASSAULT. The pattern of English:
an attack noun (``speech_force``) with no weapon or harm in its sentence, whose doers are persons and whose every
target ("on"/"against") is a person, in a sentence of a contest of candidates or of speech (``contest_word``,
``campaign``, ``verbal_means``: a rally, a debate, a speech, voters), is criticism, ACCUSE. A sentence that names a
weapon or a harm ("his attacks on the guard left her injured") and armed sides stay force. Tested on sentences of
our own in tests/events/test_events_attacks_between_candidates.py.

The same noun with no target at all (events42, session 38: "moderate his attacks", "his attacks have not been
effective", in a sentence of a race or of speech) names a candidate's manner of campaigning, no act on anyone:
no event (``attacks_without_target``; tests/events/test_events_attacks_without_target.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.eventcoding.speech_force import _names_force as names_force
from newsevents.record import Party

_PERSONAL = ("PRP", "PRP$")


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.tag_ in _PERSONAL


def _campaign_attack_noun(trigger: Token, event_type: str, weapon: bool, actor: list[Party], recipient: list[Party],
                          actor_tokens: list[Token], sentence: Span, someone: Callable[[Token], bool], cues: Cues) -> bool:
    """An attack noun done by persons only, no weapon or armed side, in a sentence of a contest or of speech."""
    if event_type != "ASSAULT" or weapon or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.speech_force:
        return False
    if not actor_tokens or not all(_person(t) or someone(t) for t in actor_tokens):
        return False
    if any({s.lower() for s in p.sector} & cues.armed_sector for p in actor + recipient):
        return False
    context = cues.contest_word | cues.campaign | cues.verbal_means
    if not any(t.lemma_.lower() in context for t in sentence if t.pos_ == "NOUN"):
        return False
    return not names_force(sentence, cues)


def attacks_without_target(trigger: Token, event_type: str, weapon: bool, actor: list[Party], recipient: list[Party],
                           actor_tokens: list[Token], sentence: Span, someone: Callable[[Token], bool],
                           cues: Cues) -> bool:
    """"Supporters urged him to tone down his attacks", "her attacks have fallen flat with voters": an attack noun
    of persons with no one attacked -- no recipient, no "on"/"against" phrase -- in a sentence of a contest or of
    speech is the way a candidate campaigns, no act between parties: no event. A target named goes to
    ``words_between_candidates`` (ACCUSE); a weapon, a harm or an armed side keeps the attack."""
    if recipient or any(p.dep_ == "prep" and p.lower_ in ("on", "against") for p in trigger.children):
        return False
    return _campaign_attack_noun(trigger, event_type, weapon, actor, recipient, actor_tokens, sentence, someone, cues)


def words_between_candidates(trigger: Token, event_type: str, weapon: bool, actor: list[Party],
                             recipient: list[Party], actor_tokens: list[Token], sentence: Span,
                             someone: Callable[[Token], bool], cues: Cues) -> bool:
    """True for an ASSAULT told by an attack noun between persons (a PERSON, a personal pronoun, or a name the
    actor dictionary knows as a person's: ``someone``) in a sentence of a contest or of speech."""
    targets = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
               for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    if not targets or not all(_person(t) or someone(t) for t in targets):
        return False
    # the same guards as a target-less attack noun: persons only, no weapon or armed side, a contest
    return _campaign_attack_noun(trigger, event_type, weapon, actor, recipient, actor_tokens, sentence, someone, cues)
