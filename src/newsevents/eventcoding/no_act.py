"""No-act patterns: meetings with one's own staff, ground defended, nothing found, counterfactual acts, plain speakers.

No-act patterns of session 20's brief wire18 (issue 14): the eighteenth and nineteenth news-wire audits
(docs/audit/2026-12-18-news-wire-eighteenth.md, 2026-12-19-news-wire-nineteenth.md; rule source of wire18 in session
20) found stances, vows and meetings within one party coded as acts between parties. Rules tested on sentences of our
own in tests/events/test_no_act.py; the words are ``event_cues.tsv`` kinds beginning ``wire18_``.

- **A leader meeting his own staff**: "met his senior aides", "held a meeting with his cabinet": a consultation whose
  every recipient is a staff word (``own_staff``) owned by a possessive pronoun is one party's own business,
  no act between parties. "met his French counterpart" (no staff word) stays. Session 41: a request to them too
  ("asked her assistant to ..."); and an order whose object is a thing, with no party to obey it
  (``command_verb``: "ordered other steps"), is a decision in one's own office.
- **Ground defended, a vow to defend**: "dug in to defend its positions", "vowed to defend the towns of the north":
  defending (``guard_verb``), or vowing (``defend_vow_verb``) to defend, ground (``ground_noun``) with
  no party defended is a military stance or a vow, no support given to anyone. "sent warships to defend Kuwait" (a
  party defended) and "tried to defend the budget cuts" (a policy, no ground) stay.
- **Nothing found**: "No explosives were found in the car": a search (``find_verb``) whose thing is denied by
  "no" (``none_det``) tells no act on anyone.
- **An act that would have been done**: "Had the talks succeeded, the UN would have lifted the embargo", "if the
  talks had succeeded, Chile would have withdrawn its envoy": a perfect under a modal (``counterfactual_modal``
  + "have" + a past participle) with a condition in the past perfect (inverted "had", or ``condition_mark``
  with "had") tells an act that did not happen. "would have withdrawn its envoy by now" (no condition) stays.
- **Plain speakers**: "speakers at the rally denounced Spain": the plural of an office word that is also a common noun
  (``plain_plural``: "speakers") names people who spoke, not a legislature's presiding officers; it takes no
  LEG sector, so the story's country (here the one denounced) is not given to it. "the Speaker" stays LEG.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

_HEAD_END = re.compile(r"\s+(?:of|who|which|that|in|at|on|from|to)\s|\s*[,(]")


def plain_plurals(parties: list[Party], cues: Cues) -> list[Party]:
    """Parties headed by a plain plural ("speakers at the rally") lose the office's sector (LEG) and any code it gave."""
    out = []
    for p in parties:
        head = _HEAD_END.split(p.text, maxsplit=1)[0].split()
        if head and head[-1].lower() in cues.plain_plural and "LEG" in p.sector:
            p = p.model_copy(update={"sector": [s for s in p.sector if s != "LEG"]})
        out.append(p)
    return out


def own_staff_meeting(event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """A CONSULT or a REQUEST whose every recipient is a staff word under a possessive pronoun ("met his aides",
    "asked her assistant to print the list", "urged his senior staff to ...": session 41 adds the request, an
    instruction inside one's own office). A request's staff must be the ones asked, its object: "ordering the
    release of emails from her aides" asks the aides of another, named in a phrase of the thing."""
    return event_type in ("CONSULT", "REQUEST") and bool(recipient_tokens) and all(
        (t.lemma_.lower() in cues.own_staff or t.lower_ in cues.own_staff)
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children)
        and (event_type == "CONSULT" or t.dep_ == "dobj") for t in recipient_tokens)


def fellows_conferring(event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """A CONSULT whose every recipient is the doer's fellows in one body ("huddled with other party leaders", "met
    fellow committee members"): a ``fellow_mark`` and an ``own_body`` word before the head; officers of one camp
    conferring, no act between parties (the twenty-eighth US-news audit's class). "met other world leaders" (no
    body of one camp) stays."""
    return event_type == "CONSULT" and bool(recipient_tokens) and all(
        any(c.dep_ == "amod" and c.lower_ in cues.fellow_mark for c in t.children)
        and any(c.dep_ == "compound" and c.lower_ in cues.own_body for c in t.children) for t in recipient_tokens)


def _guard(token: Token, cues: Cues) -> bool:
    """Defending ground: a guard verb whose object is a ground noun ("defend its positions", "guard the passes")."""
    return token.lemma_.lower() in cues.guard_verb and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in cues.ground_noun or c.lower_ in cues.ground_noun)
        for c in token.children)


def defence_of_no_party(trigger: Token, event_type: str, recipient: list, cues: Cues) -> bool:
    """Defending ground, or vowing to, with no party defended: "defend its positions", "vowed to defend the towns"."""
    if recipient or event_type not in ("SUPPORT", "AGREE"):
        return False
    if _guard(trigger, cues):
        return True
    return trigger.lemma_.lower() in cues.defend_vow_verb and any(
        c.dep_ == "xcomp" and _guard(c, cues) for c in trigger.children)


def nothing_found(trigger: Token, cues: Cues) -> bool:
    """"No explosives were found", "found no weapons": a search whose thing is denied by "no"."""
    if trigger.lemma_.lower() not in cues.find_verb:
        return False
    return any(c.dep_ in ("nsubjpass", "dobj") and any(
        d.dep_ == "det" and d.lower_ in cues.none_det for d in c.children) for c in trigger.children)


def _past_perfect_condition(clause: Token, cues: Cues) -> bool:
    """"Had the talks succeeded" (the "had" first) or "if the talks had succeeded"."""
    had = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "had"]
    if not had or clause.tag_ != "VBN":
        return False
    inverted = had[0].i == min(t.i for t in clause.subtree)
    return inverted or any(c.dep_ == "mark" and c.lower_ in cues.condition_mark for c in clause.children)


def counterfactual(trigger: Token, cues: Cues) -> bool:
    """A modal perfect ("would have lifted") whose clause has a past-perfect condition: an act not done."""
    auxiliaries = [c for c in trigger.children if c.dep_ == "aux"]
    if trigger.tag_ != "VBN" or not any(a.lower_ in cues.counterfactual_modal for a in auxiliaries) \
            or not any(a.lemma_.lower() == "have" for a in auxiliaries):
        return False
    return any(c.dep_ == "advcl" and _past_perfect_condition(c, cues) for c in trigger.children)


def order_to_no_party(trigger: Token, event_type: str, recipient: list, recipient_tokens: list[Token],
                      cues: Cues) -> bool:
    """An order given in the active voice (``command_verb``) whose object is a thing and that names no party to
    obey it ("the governor ordered other steps such as ...", "ordered all contracts to be examined", "a judge
    ordered periodic releases"): a decision taken in one's own office, no request made of another party (session
    41). "Ordered the troops to withdraw" (a party told), "ordered the restaurant to close" (an object told to act
    by an active infinitive is the one who obeys) and "was ordered to pay" (the one ordered, passive) stay;
    "ordered all contracts to be examined" (a passive infinitive: the object is acted on) and "ordered monthly
    releases beginning in June" (no infinitive) do not."""
    if event_type != "REQUEST" or recipient or recipient_tokens or trigger.pos_ != "VERB":
        return False
    if trigger.lemma_.lower() not in cues.command_verb:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass", "dative") for c in trigger.children):
        return False
    if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           and not any(a.dep_ == "auxpass" for a in c.children) for c in trigger.children):
        return False  # "ordered the restaurant to close": the object is told to act, whoever the parser takes it for
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in trigger.children)


def no_event(trigger: Token, event_type: str, recipient: list, recipient_tokens: list[Token], cues: Cues) -> bool:
    """One of the patterns above: no act between parties."""
    return own_staff_meeting(event_type, recipient_tokens, cues) or order_to_no_party(
        trigger, event_type, recipient, recipient_tokens, cues) or fellows_conferring(
        event_type, recipient_tokens, cues) or defence_of_no_party(
        trigger, event_type, recipient, cues) or nothing_found(trigger, cues) or counterfactual(trigger, cues)
