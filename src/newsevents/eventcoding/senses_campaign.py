"""Other senses of event words in campaign news (a vote won, a programme title, a quoted plea, a greeting by
protesters), found by the seventh US-news audit (session 15, brief s15-audit7;
docs/audit/2026-12-07-us-news-seventh.md, its "another sense of the word" class).

Each rule reads the trigger's own selection -- its phrases, its object, the clause it hangs on, the marks
around it -- and the words are cue kinds of ``event_cues.tsv``:

- **a vote won** (a ``defeat`` verb whose "in" phrase names a ``vote_contest``, whose object is a
  ``rival_noun`` or a name called one, or which hangs on a ``win_verb``: "beat his rival in the runoff",
  "clinched the primary, beating rival X"), or which is the "of" phrase of a ``contest_chance`` noun ("the
  best chance of beating X"): a race, no attack; an armed doer or a harm named keeps it;
- **a gathering attended** (an ``attend_verb``, "hit", whose object is a ``gathering_noun`` and whose doer
  is a person: "hitting a party gathering"): going to it, no attack (qtp37);
- **a quoted title** (the trigger title-cased inside a short quotation of title-cased words: 'said on
  "Meet the Press"'): the name of a programme or a work, no act;
- **a quoted plea** (``urge`` with no one urged and no act of its own, after a quotation: '"Look at his
  record," the minister urged'): words to listeners, no request between parties;
- **a count won** (figev40): a seizure verb whose every patient is a count won in a vote (a ``won_count``
  noun, counted or plural: "had captured 1,944 delegates", "seized 30 seats"): votes gained, no seizure; so is
  one whose every patient is the electorate (an ``electorate`` noun, of any number: "capturing the angry
  voter") or a vote named with a determiner (a ``vote_contest`` noun, singular: "captured the nomination")
  (events42, session 38);
- **a greeting that is a protest** (a ``greeting_verb`` whose doers protest, boo or jeer: "was greeted
  by thousands of farmers protesting against the deal", "greeted with boos"): the protest is coded by
  its own word; there is no welcome.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.docquery import entity_at
from newsevents.eventcoding.lexicon import Cues

_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``", "\u2018", "\u2019"})
_TITLE_SMALL = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "at", "by", "or"})
_TITLE_SPAN = 8
_PLEA_VERBS = frozenset({"urge", "implore", "exhort", "plead"})


def no_event(trigger: Token, event_type: str, sentence: Span, armed: bool, cues: Cues, mode: list[str] | None = None) -> bool:
    """Any of the module's rules: ``trigger`` is used in a sense that tells no event."""
    return (vote_won(trigger, event_type, sentence, armed, cues) or gathering_attended(trigger, event_type, sentence, armed, cues)
            or count_won(trigger, event_type, armed, mode, cues) or quoted_title(trigger)
            or quoted_plea(trigger, event_type) or protest_greeting(trigger, event_type, cues))


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def vote_won(trigger: Token, event_type: str, sentence: Span, armed: bool, cues: Cues) -> bool:
    """"The French president beat his far-right rival in the runoff", "clinched the primary, beating rival
    X in his home state": a defeat verb told of a vote -- its "in" phrase names one, its object is a rival
    (the noun, or a name it is the title of), or it hangs on a verb of winning or one whose object is a
    vote -- is a race won. Not when the doer is armed or the sentence names harm or intent ("police beat
    a rival candidate's supporters, injuring six")."""
    if event_type != "ASSAULT" or armed or _lemma(trigger) not in cues.defeat or trigger.pos_ not in ("VERB", "AUX"):
        return False
    literal = cues.harm_word | cues.intent | set(cues.weapon)
    if any(t.i != trigger.i and (_lemma(t) in literal or t.lower_ in literal) and not _chance(t, cues) for t in sentence):
        return False
    if any(g.dep_ == "pobj" and _lemma(g) in cues.vote_contest
           for c in trigger.children if c.dep_ == "prep" for g in c.children):
        return True  # "in the runoff", "in the primary"
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        if _lemma(obj) in cues.rival_noun:
            return True  # "beat his rival"
        if obj.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod", "appos") and _lemma(c) in cues.rival_noun
                                       for c in obj.children):
            return True  # "beating rival Marco Rubio"
    head = trigger.head
    if trigger.dep_ == "pcomp" and head.lower_ == "of" and (
            _lemma(head.head) in cues.contest_chance or head.head.lower_ in cues.contest_chance):
        return True  # "has the best chance of beating X": odds of a race, no attack (qtp37)
    if trigger.dep_ in ("advcl", "conj", "xcomp") and head.i != trigger.i:
        if _lemma(head) in cues.win_verb:
            return True  # "clinched ..., beating X"
        if any(c.dep_ == "dobj" and _lemma(c) in cues.vote_contest for c in head.children):
            return True  # "took the nomination, beating X"
    return False


def _won_count(noun: Token, cues: Cues) -> bool:
    """A ``won_count`` noun counted by a number or plural ("1,944 delegates", "the most seats", "three states"):
    a tally of a vote. A singular one uncounted ("seized the state") may be a state or a place taken."""
    if _lemma(noun) not in cues.won_count or noun.pos_ != "NOUN" or noun.ent_type_ not in ("", "CARDINAL"):
        return False
    return noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in noun.children)


def _vote_prize(noun: Token, cues: Cues) -> bool:
    """What a campaign wins that no one holds captive: the electorate ("that very angry voter", "suburban
    voters", "the public") or the vote itself named with a determiner ("the nomination", "the primary").
    A bare or plural vote noun ("seized ballots") may be papers taken and is not read here."""
    if noun.pos_ != "NOUN" or noun.ent_type_ not in ("", "NORP"):
        return False
    if _lemma(noun) in cues.sort_noun:  # "that angry kind of voter": the of-phrase names who is meant
        return any(t.pos_ == "NOUN" and _lemma(t) in cues.electorate for c in noun.children
                   if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)
    if _lemma(noun) in cues.electorate:
        return True
    return (_lemma(noun) in cues.vote_contest and noun.tag_ == "NN"
            and any(c.dep_ in ("det", "poss") for c in noun.children))


def count_won(trigger: Token, event_type: str, armed: bool, mode: list[str] | None, cues: Cues) -> bool:
    """"<Name> had captured 1,944 delegates heading into the primaries", "the party seized 30 seats": a seizure
    (COERCE, mode ``seize``) whose every patient -- the verb's object or passive subject, the noun it follows as a
    participle, a seizure noun's "of" phrase -- is a count won in a vote (``_won_count``) is votes gained, no one
    seized (figev40, news-dev70's output events). Not when the doer is armed ("troops captured two strategic
    points"); "captured 12 soldiers", "captured the town" stay."""
    if event_type != "COERCE" or armed or "seize" not in (mode or []):
        return False
    if trigger.pos_ in ("VERB", "AUX"):
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
            patients.append(trigger.head)  # "the 30 seats captured by the party"
    else:
        patients = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    patients += [c for p in patients for c in p.children if c.dep_ == "conj"]
    return bool(patients) and all(_won_count(p, cues) or _vote_prize(p, cues) for p in patients)


_PERSONAL = frozenset({"he", "she", "i", "we", "they", "you"})
_UP_DEPS = frozenset({"pcomp", "prep", "pobj", "xcomp", "advcl", "conj", "dep"})


def _doer(trigger: Token) -> Token | None:
    """The subject of the trigger, or of the clause it hangs on when it has none of its own ("started
    the day listening to farmers before hitting a gathering": the one who started)."""
    token = trigger
    for _ in range(7):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if token.dep_ not in _UP_DEPS or token.head.i == token.i:
            return None
        token = token.head
    return None


def _chance(token: Token, cues: Cues) -> bool:
    """"no shot at winning", "a shot of beating him": a ``contest_chance`` noun with its "at"/"of" phrase is
    the odds of something, no gunshot (qtp37)."""
    return token.pos_ == "NOUN" and token.lower_ in cues.contest_chance and any(
        c.dep_ == "prep" and c.lower_ in ("at", "of") for c in token.children)


def gathering_attended(trigger: Token, event_type: str, sentence: Span, armed: bool, cues: Cues) -> bool:
    """"Lee hit a party fundraiser before flying home", "she started the day ... before hitting a union
    gathering": an ``attend_verb`` whose object is a ``gathering_noun`` and whose doer is a person (a
    name the model calls a person, or a personal pronoun) is going to it, no attack. Not when the doer
    is armed or the sentence names harm or intent ("an airstrike hit a wedding party", "gunmen hit a
    gathering of elders, killing six": weapons and unnamed attackers) (qtp37, news-dev59's output events)."""
    if event_type != "ASSAULT" or armed or _lemma(trigger) not in cues.attend_verb:
        return False
    if not any(c.dep_ == "dobj" and _lemma(c) in cues.gathering_noun for c in trigger.children):
        return False
    literal = cues.harm_word | cues.intent | set(cues.weapon)
    if any(t.i != trigger.i and (_lemma(t) in literal or t.lower_ in literal) for t in sentence):
        return False
    doer = _doer(trigger)
    if doer is None:
        return False
    if doer.ent_type_ == "PERSON" or doer.lower_ in _PERSONAL:
        return True
    # the entity stage's reading of the name when the model called it otherwise ("Thompson" an ORG)
    entity = entity_at(doer.doc, doer.idx, doer.idx + len(doer.text)) if doer.pos_ == "PROPN" else None
    return entity is not None and entity.type == "PERSON"


def quoted_title(trigger: Token) -> bool:
    """'He said on "Meet the Press"': a trigger title-cased inside a short quotation whose words are all
    title-cased but for small words (the, of, ...), two of them at least, is a programme's or a work's
    name. A quoted sentence ('"Attack them," he said') has words in lower case."""
    if not trigger.text[:1].isupper() or trigger.text.isupper():
        return False
    doc = trigger.doc
    start = next((i for i in range(trigger.i - 1, max(trigger.sent.start, trigger.i - _TITLE_SPAN) - 1, -1)
                  if doc[i].text in _QUOTES), None)
    end = next((i for i in range(trigger.i + 1, min(trigger.sent.end, trigger.i + _TITLE_SPAN + 1))
                if doc[i].text in _QUOTES), None)
    if start is None or end is None:
        return False
    words = [t for t in doc[start + 1:end] if t.is_alpha]
    if any(t.text in _QUOTES for t in doc[start + 1:end]) or len(words) < 2:
        return False
    capitalised = [t for t in words if t.text[:1].isupper()]
    return len(capitalised) >= 2 and all(t.text[:1].isupper() or t.lower_ in _TITLE_SMALL for t in words)


def quoted_plea(trigger: Token, event_type: str) -> bool:
    """'"Look at his record in Kerala," the minister urged': a verb of pleading with no one urged (no
    object, no "to" clause, no phrase) that closes a quotation tells the words said to listeners, no
    request made of a party. "Britain urged Iran to release the crew" stays."""
    if event_type != "REQUEST" or _lemma(trigger) not in _PLEA_VERBS:
        return False
    if any(c.dep_ in ("dobj", "dative", "xcomp", "prep", "nsubjpass") for c in trigger.children):
        return False
    if any(c.dep_ in ("ccomp", "parataxis") and c.i > trigger.i for c in trigger.children):
        return False  # "urged that the talks resume": an urging reported, not a quotation
    doc = trigger.doc
    return any(doc[i].text in _QUOTES for i in range(trigger.sent.start, trigger.i))


def protest_greeting(trigger: Token, event_type: str, cues: Cues) -> bool:
    """"Obama will be greeted by thousands of Germans protesting against the trade pact", "was greeted with
    boos", "protesters greeted the president": a greeting by people protesting is the protest (coded by its
    own word), no SUPPORT. "Was greeted by cheering supporters" stays a greeting."""
    if event_type != "SUPPORT" or _lemma(trigger) not in cues.greeting_verb:
        return False
    greeters = [g for c in trigger.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
                for g in c.children if g.dep_ == "pobj"]
    greeters += [c for c in trigger.children if c.dep_ == "nsubj"]
    hostile = cues.hostile_greeting
    return any(_lemma(t) in hostile or t.lower_ in hostile for g in greeters for t in g.subtree)
