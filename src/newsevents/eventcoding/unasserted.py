"""Clauses of the fourteenth audit that tell no event (issue 14, session 12, brief fix14).

Each rule states a pattern of English news; the word lists are cue kinds of ``event_cues.tsv``:

- an act in the content of an expectation **denied by "there is no"** (``expectation_noun``:
  "There's no concern that there's going to be any virus hitting the networks", "there is no fear
  that the rebels will attack"): nothing is told as happening or expected, as with "there have been
  no attacks" (eventcoding/nonevents.py ``existential_negation``, which reads only the act's own
  noun). A denied sign of a past act ("there was no sign that the rebels had attacked") is a claim
  denied, a negated event (eventcoding/modality.py, ``evidence``);
- **harm on a condition** with no party to do it: force with a modal of possibility and an
  "if"-clause whose own subject is no one ("fragments could injure people if the hood was open",
  a product recall's warning; ``hypothetical``, ``condition``): a possible accident, no attack;
- a **personnel case** (``personnel_case`` phrases in the article: "an employment tribunal", "unfair
  dismissal", "sex discrimination"): the claims, denials and rulings between an employer or a
  tribunal and its employee, a private person, are an employment matter, no event.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsevents.docquery import doc_text
from newsevents.eventcoding.lexicon import Cues
from newsevents.record import Party

# The links by which a clause's act hangs under the noun that holds it as content: its clause
# ("that ..."), a participle of a noun ("any virus hitting"), the noun an existential names
# ("there's going to be any type of virus"), the verbs between.
_CONTENT_DEPS = frozenset({"acl", "ccomp", "xcomp", "conj", "attr", "pobj", "prep"})
# How far up the act's clause the denied noun may be.
_CONTENT_STEPS = 6
# The material acts a conditional harm is about.
_FORCE = frozenset({"ASSAULT"})
# The verbal acts told between the sides of a personnel case.
_CASE_ACTS = frozenset({"REJECT", "ACCUSE", "AGREE", "REQUEST", "CONCEDE"})


def _existential(noun: Token, cues: Cues) -> bool:
    """"There is no concern", "there was no sign": a noun denied by "no" and named by "there is"."""
    verb = noun.head
    return noun.dep_ in ("attr", "nsubj") and verb.lemma_.lower() == "be" and any(
        c.dep_ == "expl" for c in verb.children) and any(
        c.dep_ in ("det", "neg") and c.lower_ in cues.negation for c in noun.children)


def denied_expectation(trigger: Token, cues: Cues) -> bool:
    """The act is the content of an expectation denied by "there is no" (``expectation_noun``):
    "There's no concern that there's going to be any virus hitting the UK networks"."""
    token = trigger
    for _ in range(_CONTENT_STEPS):
        head = token.head
        if head.i == token.i or token.dep_ not in _CONTENT_DEPS:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in cues.expectation_noun and _existential(head, cues):
            return True
        token = head
    return False


def conditional_harm(trigger: Token, event_type: str, is_someone: Callable[[Token], bool], cues: Cues) -> bool:
    """Force told with a modal of possibility and an "if"-clause, by no party: "fragments could
    injure people if the hood was open" (a product's danger). "Rebels could attack if talks fail"
    names its doer and stays (a threat or a forecast, for the other rules)."""
    if event_type not in _FORCE or trigger.pos_ not in ("VERB", "AUX"):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in cues.hypothetical for c in trigger.children)
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.condition for m in c.children)
                    for c in trigger.children)
    if not (modal and condition):
        return False
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(is_someone(s) for s in subjects)


def _entity_types(doc: Doc) -> dict[str, str]:
    return {e.id: e.type for e in doc._.entities or []}


def personnel_case(event_type: str, actor: list[Party], recipient: list[Party], doc: Doc, cues: Cues) -> bool:
    """A verbal act between the sides of an employment case told in the article (``personnel_case``
    phrases) where one side is a private person, a named person with no country or sector code
    ("Merrill Lynch denied Ms Villalba's claims", "An employment tribunal dismissed Stephanie
    Villalba's allegations"): a personnel matter, no event."""
    if event_type not in _CASE_ACTS or not cues.personnel_case:
        return False
    types = _entity_types(doc)
    private = [p for p in actor + recipient
               if p.entity and types.get(p.entity) == "PERSON" and not p.country and not p.sector]
    if not private:
        return False
    text = " ".join(doc_text(doc).lower().split())
    return any(phrase in text for phrase in cues.personnel_case)


def fix14_no_event(trigger: Token, event_type: str, actor: list[Party], recipient: list[Party],
                   is_someone: Callable[[Token], bool], doc: Doc, cues: Cues) -> bool:
    """Any of the module's rules."""
    return denied_expectation(trigger, cues) or conditional_harm(trigger, event_type, is_someone, cues) or \
        personnel_case(event_type, actor, recipient, doc, cues)
