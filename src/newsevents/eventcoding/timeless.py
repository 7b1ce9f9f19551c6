"""Clauses that tell no act at a time (issue 14, session 19, brief spur19; the fourteenth local-news audit's spurious
rows, docs/audit/2026-12-14-local-news-fourteenth.md; held-out set phrasings_heldout27.tsv; rules tested on other
sentences of our own in tests/events/test_timeless_clauses.py). Patterns of English, the words ``event_cues.tsv`` kinds
beginning ``spur19_``:

- **a kind's practice** (COOPERATE, CONSULT or AID told in the simple present of a story's sentence, every subject
  a bare plural common noun -- no article but a quantifier, no owner, no number, no name --, the clause dated by
  nothing but a rate): "volunteer groups work with the police on safety campaigns", "food banks help families
  through the winter", "parish councils meet county officials twice a year". What groups of a kind do as a rule,
  no act at a time. A headline's present ("Councils meet unions over pay"), a clause with a date ("meet officials
  on Monday"), a past or a progressive ("worked with", "are working with") and conflict acts stay.
- **a position stated over time** (SUPPORT or REJECT told by a ``policy_stance_verb`` in the simple present, the
  content of a verb of saying in the present perfect or with a ``repeat_mark``): "has said he opposes
  raising the tax", "repeatedly said she supports the plan". A standing position, no act at a time; "said on
  Monday that he opposes the plan" (a dated statement) stays.
- **a position held** (the same verbs in the simple present of the narrator's own main clause, outside quotes and
  headlines, undated, every object an act proposed: a gerund clause or a ``change_noun`` with no owner):
  "the planning department supports the proposed change", "councillors support reopening the line". A stance on
  a change, no act between parties. A party backed ("supports the union"), a party's proposal ("opposes the
  governor's plan"), a statement quoted ('"We support the plan," she said'), a vote ("voted to support") and a
  state's stance ("France supports the plan": diplomacy, as eventcoding/nonevents.py stance_on_policy keeps it)
  stay, in both position rules.
- **a yearly round** (wire22, the twenty-second news-wire audit's #17: any act but force, told in the simple present
  with a round of time for adverb -- "each" or "every" (``round_det``) before a date or a time noun --:
  "the town where marchers parade each July", "the two leaders meet every year"): a custom, no act at a time.
  A past ("marched each July") is left to the other rules; "troops shell the town every night" (force, as the
  practice rule keeps it) stays.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.docquery import is_headline
from newsevents.eventcoding.lexicon import Cues, object_tokens

_PRACTICE_TYPES = frozenset({"COOPERATE", "CONSULT", "AID"})
_STANCE_TYPES = frozenset({"SUPPORT", "REJECT"})
_PRESENT = frozenset({"VBZ", "VBP"})
_VERBS = ("VERB", "AUX")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _simple_present(verb: Token) -> bool:
    """No auxiliary and a present tag; a base-form tag with a subject of its own and no auxiliary is the
    tagger's slip for the present ("Food banks help families": an imperative has no subject)."""
    if _has_aux(verb):
        return False
    return verb.tag_ in _PRESENT or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects with their conjuncts; a conjoined verb with none of its own shares its first's."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not own and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _subjects(verb.head)
    return [s for o in own for s in (o, *o.conjuncts)]


def _rate(span: Span, cues: Cues) -> bool:
    """"Twice a year", "every weekend", "each month": a time phrase that tells a rate, not a date."""
    words = [t.lower_ for t in span]
    if set(words) & cues.rate_word:
        return True
    if _open_period(span, cues):
        return True
    return len(span) == 2 and words[0] in ("a", "an") and _lemma(span[1]) in cues.period


_DEICTIC = frozenset({"this", "that", "these", "those", "last", "next", "past", "recent", "coming", "previous",
                      "following", "early", "earlier", "late", "later"})


def _open_period(span: Span, cues: Cues) -> bool:
    """"Through the winter months", "in the summer weeks": a plural period with no number and nothing that
    places it (no "this", "last", "recent"): a stretch that recurs, no date of one act."""
    if any(t.like_num or t.is_digit for t in span) or any(t.lower_ in _DEICTIC for t in span):
        return False
    return any(t.tag_ == "NNS" and (_lemma(t) in cues.period or t.lower_.removesuffix("s") in cues.period)
               for t in span)


def _clause_tokens(verb: Token) -> list[Token]:
    """The words of the verb's own clause (its subtree without clauses of its own)."""
    found = []
    for token in verb.subtree:
        head = token
        while head.i != verb.i and not (head.i != token.i and head.pos_ in _VERBS and head.dep_ in (
                "ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis")):
            head = head.head
        if head.i == verb.i:
            found.append(token)
    return found


def _dated(verb: Token, cues: Cues) -> bool:
    """A time of the clause's own that is no rate ("on Monday", "last week", "today")."""
    for token in _clause_tokens(verb):
        if token.lower_ in ("today", "tonight", "yesterday"):
            return True
        if token.ent_type_ in ("DATE", "TIME"):
            ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
            if ent is None or not _rate(ent, cues):
                return True
    return False


def _told_in_body(sentence: Span) -> bool:
    """A sentence of the story, not a headline: it ends with a full stop."""
    if is_headline(sentence):
        return False
    words = [t for t in sentence if not t.is_space]
    while words and words[-1].is_quote:
        words.pop()
    return bool(words) and words[-1].text == "."


def _national(token: Token, national: Callable[[Token], bool]) -> bool:
    """A name or an adjective of a country or a nation ("France", "Irish", "Palestinian")."""
    return (bool(token.ent_type_) or token.pos_ in ("PROPN", "ADJ")) and national(token)


def _kind(noun: Token, national: Callable[[Token], bool], cues: Cues) -> bool:
    """A bare plural common noun ("volunteer groups in Cork", "most schools"): a kind, no party named. A nation's
    word before it names a side ("Israeli and Palestinian negotiators meet in Cairo": news)."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    for child in noun.children:
        if child.dep_ in ("poss", "nummod"):
            return False
        if child.dep_ in ("amod", "compound") and any(_national(t, national) for t in child.subtree):
            return False
        if child.dep_ in ("det", "predet") and child.lower_ not in cues.kind_quantifier:
            return False
    return True


def kind_practice(trigger: Token, event_type: str, clause_verb: Token | None, national: Callable[[Token], bool],
                  cues: Cues) -> bool:
    """"Volunteer groups work with the police on safety campaigns": what a kind of group does as a rule."""
    if event_type not in _PRACTICE_TYPES or clause_verb is None or clause_verb.pos_ not in _VERBS:
        return False
    if not _simple_present(clause_verb) or _lemma(clause_verb) in cues.report:
        return False
    subjects = _subjects(clause_verb)
    if not subjects or not all(_kind(s, national, cues) for s in subjects):
        return False
    return _told_in_body(clause_verb.sent) and not _dated(clause_verb, cues)


def _within(tokens: list[Token], roots: list[Token]) -> bool:
    """Every token lies in the phrase of one of ``roots`` (not being a root's owner)."""
    spans = [(r.left_edge.i, r.right_edge.i) for r in roots]
    return all(any(a <= t.i <= b for a, b in spans) and not any(t.dep_ == "poss" and t.head.i == r.i for r in roots)
               for t in tokens)


def _proposed_acts(trigger: Token, cues: Cues) -> list[Token] | None:
    """The stance's objects when every one is an act proposed: a gerund clause ("opposes raising the tax") or a
    change noun with no owner ("supports the proposed change"); else None."""
    acts = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG"]
    nouns = [o for o in object_tokens(trigger) if o.tag_ != "VBG"]
    if not acts and not nouns:
        return None
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.ent_type_ or _lemma(noun) not in cues.change_noun:
            return None
        if any(c.dep_ == "poss" for c in noun.children):
            return None  # "opposes the governor's plan": a party's proposal
    return acts + nouns


def _state_doer(actor_tokens: list[Token], national: Callable[[Token], bool]) -> bool:
    """A country or a nation in the doer's phrase ("France", "the Irish government"): a state's stance is diplomacy
    (eventcoding/nonevents.py stance_on_policy keeps it), not a local stance."""
    return any(_national(t, national) for a in actor_tokens for t in a.subtree)


def stated_position(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                    national: Callable[[Token], bool], cues: Cues) -> bool:
    """"Has said he opposes raising the tax", "repeatedly said she supports the plan": a standing position."""
    if event_type not in _STANCE_TYPES or trigger.pos_ not in _VERBS or _lemma(trigger) not in cues.policy_stance_verb:
        return False
    if _state_doer(actor_tokens, national):  # the doer's phrase walked after the cheap tests (speed19)
        return False
    if not _simple_present(trigger) or trigger.dep_ != "ccomp":
        return False
    saying = trigger.head
    if saying.pos_ not in _VERBS or _lemma(saying) not in cues.report:
        return False
    repeated = any(c.dep_ == "advmod" and c.lower_ in cues.repeat_mark for c in saying.children)
    auxes = [c for c in saying.children if c.dep_ == "aux"]
    perfect = bool(auxes) and _lemma(auxes[0]) == "have" and auxes[0].tag_ in _PRESENT
    if not (repeated or perfect and not _dated(saying, cues)):
        return False
    acts = _proposed_acts(trigger, cues)
    return acts is not None and _within(recipient_tokens, acts)


def held_position(trigger: Token, event_type: str, actor_tokens: list[Token], recipient_tokens: list[Token],
                  quoted: bool, national: Callable[[Token], bool], cues: Cues) -> bool:
    """"The planning department supports the proposed change": the narrator tells a stance held on a change."""
    if event_type not in _STANCE_TYPES or quoted or trigger.pos_ not in _VERBS:
        return False
    if _lemma(trigger) not in cues.policy_stance_verb or not _simple_present(trigger):
        return False
    if _state_doer(actor_tokens, national):  # the doer's phrase walked after the cheap tests (speed19)
        return False
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ROOT" or not _told_in_body(trigger.sent) or _dated(trigger, cues):
        return False
    acts = _proposed_acts(trigger, cues)
    return acts is not None and _within(recipient_tokens, acts)


def no_event(trigger: Token, event_type: str, clause_verb: Token | None, actor_tokens: list[Token],
             recipient_tokens: list[Token], quoted: bool, national: Callable[[Token], bool], cues: Cues) -> bool:
    """Any of the module's rules: ``trigger`` tells no act at a time. ``quoted``: the trigger is in a quotation;
    ``national``: a place or people word names a country."""
    return (yearly_round(trigger, event_type, cues)
            or kind_practice(trigger, event_type, clause_verb, national, cues)
            or stated_position(trigger, event_type, actor_tokens, recipient_tokens, national, cues)
            or held_position(trigger, event_type, actor_tokens, recipient_tokens, quoted, national, cues))


_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def yearly_round(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Marchers parade each July", "the leaders meet every year": a custom in the simple present (see the module)."""
    if event_type in _FORCE_TYPES or trigger.pos_ not in _VERBS or not _simple_present(trigger):
        return False
    return any(c.dep_ in ("npadvmod", "advmod") and (c.ent_type_ == "DATE" or _lemma(c) in cues.time_noun)
               and any(d.dep_ == "det" and d.lower_ in cues.round_det for d in c.children)
               for c in trigger.children)
