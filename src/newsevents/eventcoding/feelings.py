"""Worries and moods told as complaints (issue 14, session 30, brief events34; the thirty-first US-news audit's
"worries and moods as ACCUSE" class, #17, #22, #29, as the twenty-first news-wire audit's #11).

Voicing, raising or showing a feeling is ACCUSE (disapprove) when the feeling is aimed at someone or at
what someone did ("voiced anger at the ministry", "expressed concern over the arrests", "raised fears
that the army had fired on the crowd"). Two uses of the same words accuse no one:

- **a worry about a leaning that may come or a thing only possible**: the feeling's content is a clause
  ("that ...") whose verb is one of coming to favour, back or think something (``leaning_verb``) with a modal
  of possibility or of the future (``possibility_modal``: "expressed concern that some members could find the
  rival appealing", "voiced fears that voters might defect"), or a thing marked possible (``possibility_word``:
  "concerns about a possible pattern of crimes"). Nothing has been done by anyone and no deed is blamed, so no
  one is charged: no event. A harm that may come stays a complaint about its cause ("raised concerns that the
  merger could cost jobs", the project's tested reading of session 9);
- **a mood aimed at no one**: the feeling (``feeling_noun``, also through a ``feeling_measure``: "signs
  of irritation", "a form of anxiety") has no content and no target -- no clause, no preposition of a
  target (``feeling_target_prep``: at, with, over, about ...) on the feeling, its measure or the verb, and no recipient beyond the feeling's own words ("the staff are
  showing signs of irritation", "she articulated a form of anxiety that is spreading among
  members"): a state of mind told, no act between parties.

The words are cue kinds of ``event_cues.tsv`` (``feeling_noun``, ``feeling_measure``,
``feeling_target_prep``, ``leaning_verb``, ``possibility_modal``, ``possibility_word``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.eventcoding.lexicon import Cues

_VERBS = ("VERB", "AUX")
# the clause a feeling noun holds ("concern that ...") and the clause a verb of voicing takes
_CONTENT_DEPS = frozenset({"acl", "ccomp", "appos"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


def no_event(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """Any of the module's rules: the feeling ``trigger`` voices or shows accuses no one."""
    return worry_of_a_possibility(trigger, event_type, cues) or mood_at_no_one(trigger, event_type,
                                                                                 recipient_tokens, cues)


def felt(trigger: Token, cues: Cues) -> tuple[Token, Token] | None:
    """(the object of ``trigger``, the feeling noun) when the verb voices or shows a ``feeling_noun``: its
    object itself ("expressed concern") or the noun "of" a ``feeling_measure`` object ("showing signs of
    irritation"). None otherwise."""
    if trigger.pos_ not in _VERBS:
        return None
    for obj in trigger.children:
        if obj.dep_ not in _OBJECT_DEPS or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        if obj.lemma_.lower() in cues.feeling_noun:
            return obj, obj
        if obj.lemma_.lower() in cues.feeling_measure:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for noun in prep.children:
                        if noun.dep_ == "pobj" and noun.lemma_.lower() in cues.feeling_noun:
                            return obj, noun
    return None


def _content_clauses(trigger: Token, obj: Token, noun: Token) -> list[Token]:
    """The clauses that say what is felt: held by the feeling noun or its measure ("concern that ...";
    not a relative clause describing the feeling), or a "that"-clause of the verb itself."""
    clauses = [c for t in {obj, noun} for c in t.children if c.dep_ in _CONTENT_DEPS and c.pos_ in _VERBS]
    clauses += [c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in _VERBS
                and any(m.dep_ == "mark" for m in c.children)]
    return clauses


def _possible_leaning(clause: Token, cues: Cues) -> bool:
    """The clause tells a leaning that may come: its verb is a ``leaning_verb`` (coming to favour, back or think
    something) with a modal of possibility or of the future ("could find him appealing", "might back the rival",
    "are going to defect"). A harm that may come ("the merger could cost jobs") is a complaint about its cause."""
    if clause.lemma_.lower() == "go" and clause.tag_ == "VBG":
        # "that they are going to defect": the clause's verb is the xcomp of "going"
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in cues.leaning_verb for c in clause.children)
    return clause.lemma_.lower() in cues.leaning_verb and any(
        a.dep_ == "aux" and a.lower_ in cues.possibility_modal for a in clause.children)


def _felt_accusation(trigger: Token, event_type: str, cues: Cues) -> tuple[Token, Token] | None:
    """An ACCUSE whose trigger voices a feeling: the feeling's object and noun (``felt``), else None."""
    if event_type != "ACCUSE":
        return None
    return felt(trigger, cues)


def worry_of_a_possibility(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Expressed concern that some members could back the rival", "voiced fears that voters might defect",
    "voiced concerns about a possible pattern": a feeling about a leaning that may come or a thing only
    possible, no one accused. "Expressed concern that the police had beaten protesters", "raised concerns that
    the merger could cost jobs" and "voiced anger at the ministry" stay."""
    found = _felt_accusation(trigger, event_type, cues)
    if found is None:
        return False
    obj, noun = found
    clauses = _content_clauses(trigger, obj, noun)
    if clauses:
        return all(_possible_leaning(c, cues) for c in clauses)
    things = [g for t in {obj, noun, trigger} for p in t.children if p.dep_ == "prep" and p.lower_ != "of"
              for g in p.children if g.dep_ == "pobj"]
    return bool(things) and all(any(a.dep_ == "amod" and a.lower_ in cues.possibility_word for a in g.children)
                                for g in things)


def mood_at_no_one(trigger: Token, event_type: str, recipient_tokens: list[Token], cues: Cues) -> bool:
    """"The staff are showing signs of irritation", "she articulated a form of anxiety that is spreading":
    a feeling with no content and no target, nor any recipient but the feeling's own words, is a mood.
    "Showed irritation with the press", "voiced anger at the decision" and "expressed concern that the
    council had lied" stay."""
    found = _felt_accusation(trigger, event_type, cues)
    if found is None:
        return False
    obj, noun = found
    if _content_clauses(trigger, obj, noun):
        return False
    if any(p.dep_ in ("prep", "dative") and p.lower_ in cues.feeling_target_prep
           and not (t is obj and t is not noun and p.lower_ == "of") for t in {obj, noun, trigger} for p in t.children):
        return False  # "irritation with the press", "anger at the decision", "fear of reprisals"
    return all(t.i in (obj.i, noun.i) for t in recipient_tokens)
