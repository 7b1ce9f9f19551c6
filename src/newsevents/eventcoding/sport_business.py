"""Acts told the way sport and business news tells them: disciplinary charges, praise for a stance, terms ending, habits denied.

Acts told the way sport and business news tells them (session 22, brief events23; issue 14). Patterns of English;
the words are ``event_cues.tsv`` kinds beginning ``events23_`` and the existing ``stance_noun_word`` and
``state_sector``. Rules tested on sentences of our own in tests/events/test_sport_business.py.

- **a charge laid by a body that is no state's**: a sports federation or another body coded as no state (a
  ``not_state`` code: NGO, IGO ...) or a named organisation with no sector that "has charged" a club "with misconduct" lays a
  disciplinary charge: an accusation (PLOVER ACCUSE, CAMEO 112), not the legal action only the state takes
  (COERCE, CAMEO 173, which police, courts and prosecutors keep).
- **a stance given as the reason for praise or blame**: "was praised for his opposition to the war" judges the one
  praised; the opposition is no act of its own here (the praise is the event, when it has a doer).
- **leaving office when a term ends**: "said he would step down at the end of his term", "will retire when his
  contract expires" tells a term running out, not a withdrawal (RETREAT) or a pledge.
- **a habit denied**: a verb negated in the simple present ("the coach doesn't ask his players to change their
  style", "we do not accept offers") says what one does not do as a rule, no act at a time; a past negation ("did
  not ask") stays an act told as not done (modality negated).
- **the public of a firm or club accusing it**: fans, customers or investors who "have accused" a named party "of"
  something make a charge (ACCUSE), though elsewhere such onlookers only comment on events.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party


def _sectors(party: Party) -> set[str]:
    return {s.lower() for s in party.sector}


def disciplinary_charge(trigger: Token, event_type: str, actor: list[Party], not_state: Container[str],
                        kinds: Mapping[str, str], cues: Cues) -> bool:
    """A charge (the "charge" rows of legal action, COERCE) laid only by bodies that are no state's: a federation's
    disciplinary charge, an accusation. Such a body is coded as no state (``not_state``: NGO, IGO ...), or is a
    named organisation (entity type ORG, ``kinds`` by entity id) with a country and no sector at all: a national
    association, not the police, a court or a ministry, which carry the state's sectors. A country alone ("Britain
    charged him") stays the state's act."""
    if event_type != "COERCE" or trigger.lemma_.lower() not in cues.charge_verb or not actor:
        return False
    return all(not _sectors(p) & cues.state_sector and (
        p.country in not_state or (kinds.get(p.entity or "") == "ORG" and not p.sector)) for p in actor)


def reason_for_judging(trigger: Token, cues: Cues) -> bool:
    """``trigger`` is a stance noun under the "for" that gives the reason of a verb of praise or blame ("praised
    for his opposition to the war", "criticised for his support of the plan")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in cues.stance_noun_word:
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "for his courage and his opposition to ..."
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in cues.judge_verb


def _term_end(tokens: Iterable[Token], cues: Cues) -> bool:
    """Among ``tokens`` (a verb's dependents) a phrase of a term running out: "at the end of his term", "on the
    expiry of his contract", "when his term ends", "once his contract expires"."""
    for child in tokens:
        if child.dep_ == "prep":
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                if noun.lemma_.lower() in cues.term_noun:
                    return True  # "at the close of the season" parsed flat, "after his term"
                if noun.lemma_.lower() in cues.end_noun and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in cues.term_noun
                        for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                    return True
        elif child.dep_ == "advcl" and child.lemma_.lower() in cues.end_verb and any(
                s.dep_ == "nsubj" and s.lemma_.lower() in cues.term_noun for s in child.children):
            return True
    return False


def leaving_at_term_end(trigger: Token, cues: Cues) -> bool:
    """A verb of leaving office ("resign", "retire", "step down", "stand down") timed by the end of a term."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ != "VERB" or lemma not in cues.leave_office_verb:
        return False
    kids = list(trigger.children)
    particles = [c for c in kids if c.lower_ in cues.leave_particle and c.dep_ in ("prt", "advmod", "prep")]
    if lemma in cues.particle_verb and not particles:
        return False  # "stepped in", "stood by": no leaving
    return _term_end(kids, cues) or any(_term_end(p.children, cues) for p in particles)


def habit_denied(trigger: Token, modality: str) -> bool:
    """A verb negated with "do" in the simple present ("doesn't ask", "do not accept"): a habit, no act at a time."""
    if modality != "negated" or trigger.pos_ != "VERB":
        return False
    kids = list(trigger.children)
    return any(c.dep_ == "neg" for c in kids) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP") for c in kids)


def public_charge(trigger: Token, event_type: str, actor_tokens: list[Token], recipient: list[Party],
                  cues: Cues) -> bool:
    """Fans, customers or investors who accused a party of something ("fans have accused the club of ignoring
    them"): their charge is an act, though as onlookers they otherwise only comment."""
    return (event_type == "ACCUSE" and trigger.pos_ == "VERB" and trigger.lemma_.lower() in cues.accuse_verb
            and bool(recipient) and bool(actor_tokens)
            and all(t.lemma_.lower() in cues.firm_public_noun for t in actor_tokens)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children))
