"""Questions every stage asks of a parsed Doc, answered in one place.

Stages and the event-coding helpers read the Doc through these functions instead of keeping
their own copies, so that "the verb above a word", "a paragraph" or "someone" means the same
thing wherever it is asked. Nothing here changes the Doc (except the cached text).

Three different verbs are "above" a word, and each has its own name:

- :func:`clause_verb` -- the nearest verb or auxiliary above a token, else the root: the clause
  the token is an argument of (pronoun resolution compares these).
- :func:`framing_verb` -- the verb whose object an event noun is, directly or through a framing
  preposition ("launched an *attack*", "went on *strike*"); None when no verb frames it.
- :func:`tense_verb` -- the first verb above a span that lies outside it: the verb whose tense
  dates a time expression ("*met* on Friday").

A paragraph is one line of the text (news text puts a paragraph on a line; a blank line is an
empty paragraph): :func:`paragraph_spans`, :func:`paragraph_around`, :func:`sentence_paragraphs`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
from spacy.attrs import POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from newsevents.actors import ActorDictionary
from newsevents.record import Entity

_TEXT_KEY = ("newsevents", "text")
_SENTENCES_KEY = ("newsevents", "sentences")
_STARTS_KEY = ("newsevents", "sentence_starts")
_VERBAL = ("VERB", "AUX")
# Prepositions that place an event noun inside a governing clause ("at a meeting", "in a call").
FRAME_PREPS = frozenset({"in", "at", "during", "through"})
# ... and those whose verb's subject does the event the noun names ("went on strike").
FRAMING_PREPS = FRAME_PREPS | {"on", "under"}
# How far up the tree a time expression looks for its verb.
_TENSE_VERB_STEPS = 8

# The tags of a finite verb (a tense of its own, not "to say" or "saying"); with a modal, the words that head a
# clause and never modify a noun. One home for the stages that test for a finite verb.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}


# --- strings of hashes ---------------------------------------------------------------------------
# How many strings one memo keeps (an article has a few hundred distinct words; a long run some
# tens of thousands): past this, a hash is looked up in the store each time, as without a memo.
STRING_MEMO_SIZE = 200_000


class StringMemo(dict):
    """The strings of a spaCy StringStore by hash, each looked up there once: the store decodes
    the string anew at every ``strings[hash]`` (about 0.15 us), a hit here is a dict lookup. A hash
    maps to one string for good (it is the string's hash), so the memo never goes stale; an unknown
    hash raises the store's KeyError."""

    __slots__ = ("store",)

    def __init__(self, store: Any) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self.store[key]
        if len(self) < STRING_MEMO_SIZE:
            self[key] = value
        return value


# id of a StringStore -> its memo (which holds the store, so the id is not reused while kept)
_STRING_MEMOS: dict[int, StringMemo] = {}


def string_memo(vocab: Vocab) -> StringMemo:
    """The :class:`StringMemo` of ``vocab``'s strings, one per vocabulary (the last few kept), for
    the stages that read the strings of a whole column of ``doc.to_array`` (forms, lemmas)."""
    store = vocab.strings
    memo = _STRING_MEMOS.get(id(store))
    if memo is None or memo.store is not store:
        if len(_STRING_MEMOS) >= 4:  # a test run makes many vocabularies: keep the memos few
            _STRING_MEMOS.clear()
        memo = _STRING_MEMOS[id(store)] = StringMemo(store)
    return memo


# --- text and sentences -------------------------------------------------------------------------
def doc_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``, made directly when the range lies inside the Doc: spaCy's slicing first
    normalises the bounds (negative, reversed or past the end) in a Python function, which costs
    more than the Span itself; any other range is sliced as before, with the same result."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the Doc (spaCy joins every token on each access; a Doc's text never
    changes once it is made)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        article = doc._.article if Doc.has_extension("article") else None
        length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        # The article's text is what the Doc was made from; trust it when the lengths agree.
        text = article.text if article is not None and len(article.text) == length else doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def doc_sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per Doc and shared (the entities stage, the events stage's
    candidates and coding, and the confidence view each walked the whole Doc for it). The list is
    the caller's to read, not to change. Boundaries are set before the parser (the paragraphs
    stage) and by it; no stage after it moves them, so the list made by the first stage that asks
    holds for the rest. Raises like ``doc.sents`` on an unsegmented Doc (nothing is cached)."""
    sentences = doc.user_data.get(_SENTENCES_KEY)
    if sentences is None or sentences[0] != len(doc):
        sentences = (len(doc), list(doc.sents))
        doc.user_data[_SENTENCES_KEY] = sentences
    return sentences[1]


def verbless_sentences(doc: Doc) -> list[Span]:
    """The sentences with no verb or auxiliary (a headline, a caption), in order: the parts of
    speech read from the Doc's array, summed per sentence in one call (no Token made for the words
    of the sentences that have a verb, nearly all). Asked afresh on each call: a rule that makes a
    word a verb changes the answer."""
    sentences = doc_sentences(doc)
    if not sentences:
        return []
    pos = doc.to_array(POS)
    verbs = np.add.reduceat((pos == VERB) | (pos == AUX), [s.start for s in sentences])
    return [s for s, n in zip(sentences, verbs.tolist(), strict=True) if not n]


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence of :func:`doc_sentences`, in order, made once per Doc
    (and again when the Doc's length changes, as that list is)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or starts[0] != len(doc):
        starts = (len(doc), [s.start for s in doc_sentences(doc)])
        doc.user_data[_STARTS_KEY] = starts
    return starts[1]


def _sentence_at(doc: Doc, i: int) -> Span:
    """The sentence of :func:`doc_sentences` holding token ``i`` (``0 <= i < len(doc)``)."""
    return doc_sentences(doc)[bisect_right(sentence_starts(doc), i) - 1]


def _token_sentence(token: Token) -> Span:
    """``token.sent`` (a user hook of :func:`share_sentences`)."""
    return _sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    """``span.sent``, the sentence holding the span's first token (a user hook of
    :func:`share_sentences`); a span starting outside the Doc's tokens gets spaCy's own answer."""
    doc = span.doc
    if 0 <= span.start < len(doc):
        return _sentence_at(doc, span.start)
    hook = doc.user_span_hooks.pop("sent")
    try:
        return span.sent
    finally:
        doc.user_span_hooks["sent"] = hook


def share_sentences(doc: Doc) -> None:
    """Make ``token.sent`` and ``span.sent`` of a parsed Doc read the sentence list made once
    (:func:`doc_sentences`) instead of walking the Doc: spaCy answers ``token.sent`` by slicing
    the Doc twice (``doc[i:i+1].sent``, then ``doc[start:end]``) after a walk to both boundaries,
    about 5 us a call, and the stages ask it about 70 times per article. The answer is the same
    sentence, the one holding the token (a span's first token) between the tokens whose
    ``sent_start`` is 1, as the shared list's Span (read, never changed: no stage sets a Span's
    label). Set by the stages after the parser (:meth:`Stage.pipe`), when the boundaries are
    final: the layout stage before the parser is the only one that sets them. As spaCy's own user
    hooks, they are not saved with the Doc."""
    if "sent" not in doc.user_token_hooks and doc.has_annotation("DEP"):
        doc.user_token_hooks["sent"] = _token_sentence
        doc.user_span_hooks["sent"] = _span_sentence


def sentence_of(span: Span) -> Span:
    """The sentence around a span, found by walking to its boundaries (``span.sent``
    re-segments the whole document on every call). An unsegmented Doc gives the span itself."""
    doc = span.doc
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return span
    start, end = span.start, span.end
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def trimmed_end(sentence: Span) -> int:
    """Sentence end without trailing whitespace (spaCy keeps newlines in sentences)."""
    end = sentence.end_char
    text = doc_text(sentence.doc)
    while end > sentence.start_char and text[end - 1].isspace():
        end -= 1
    return end


def is_headline(sentence: Span) -> bool:
    """A first line set apart by a blank line, short and without a full stop."""
    text = doc_text(sentence.doc)[sentence.start_char: sentence.end_char]
    body = text.rstrip()
    return (
        "\n\n" in text[len(body):] and len(sentence) <= 20
        and not body.endswith((".", "!", "?", ":"))
    )


# --- paragraphs (one line each) -----------------------------------------------------------------
def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            yield start, end
        start = end + 1


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the line(s) holding the characters ``[start, end)``."""
    left = text.rfind("\n", 0, start)
    right = text.find("\n", end)
    return left + 1, len(text) if right == -1 else right


def sentence_paragraphs(text: str, sentences: Sequence[Span]) -> list[int]:
    """The paragraph number of each sentence: a new paragraph begins after a sentence whose
    trailing whitespace holds a line break."""
    numbers: list[int] = []
    paragraph = 0
    for i, sent in enumerate(sentences):
        if i:
            gap = text[sentences[i - 1].start_char: sent.start_char]
            if "\n" in gap[len(gap.rstrip()):]:
                paragraph += 1
        numbers.append(paragraph)
    return numbers


# --- objects of prepositions --------------------------------------------------------------------
def objects_of_prep(prep: Token, *, conjuncts: bool = True, second_word: bool = False) -> list[Token]:
    """The objects of a preposition: its ``pobj`` children, then (``conjuncts``) their conjuncts ("with
    France and Spain"). ``second_word`` also takes the object hung on the second word of a two-word
    preposition ("because of the snow", "due to flooding"), before the conjuncts. (eventcoding.arguments.
    prep_objects answers another question -- a head's objects by prepositions, datives and two-word phrases
    mapped to one -- for the argument readers.)"""
    found = [g for g in prep.children if g.dep_ == "pobj"]
    if second_word:
        found += [g for c in prep.children if c.dep_ in ("prep", "pcomp") for g in c.children if g.dep_ == "pobj"]
    if conjuncts:
        found += [cc for g in found for cc in g.conjuncts]
    return found


def objects_of_preps(head: Token, preps: tuple[str, ...] | frozenset[str], *, deps: tuple[str, ...] = ("prep",),
                     conjuncts: bool = True) -> list[Token]:
    """The objects of the prepositions ``preps`` hung on ``head`` (by one of ``deps``: add "agent" for
    the passive "by"), preposition by preposition in the order of the sentence."""
    return [g for p in head.children if p.dep_ in deps and p.lower_ in preps
            for g in objects_of_prep(p, conjuncts=conjuncts)]


# --- verbs above a word -------------------------------------------------------------------------
def clause_verb(token: Token) -> Token:
    """The nearest verb (or the root) above a token: the clause it is an argument of."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in _VERBAL:
            return node
    return node


# the clauses a verb governs: not part of its own clause ("she hit him on guns" is not in the clause
# of "Clinton hit Sanders on immigration")
_GOVERNED_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "xcomp", "parataxis", "csubj"})


def own_clause(verb: Token) -> list[Token]:
    """The words of the verb's own clause: its subtree without the clauses it governs."""
    found, frontier = [], [verb]
    while frontier:
        node = frontier.pop()
        found.append(node)
        frontier += [c for c in node.children if c.dep_ not in _GOVERNED_CLAUSES]
    return found


def framing_verb(noun: Token) -> Token | None:
    """The verb whose clause frames an event noun: "launched an attack", "at a meeting"."""
    if noun.dep_ == "dobj" and noun.head.pos_ in _VERBAL:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in FRAMING_PREPS and noun.head.head.pos_ in _VERBAL:
        return noun.head.head
    return None


def tense_verb(span: Span) -> Token | None:
    """The first verb above a span and outside it (the root when that is a verb); None when the
    Doc is not parsed or no verb is near."""
    if not span.doc.has_annotation("DEP"):
        return None
    token = span.root
    for _ in range(_TENSE_VERB_STEPS):
        if token.pos_ in _VERBAL and not span.start <= token.i < span.end:
            return token
        if token.head.i == token.i:
            return token if token.pos_ in _VERBAL else None
        token = token.head
    return None


# --- who is named -------------------------------------------------------------------------------
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def is_someone(token: Token, actors: ActorDictionary) -> bool:
    """A person or body named by the word itself: a name, a personal pronoun, a PERSON, ORG, GPE
    or NORP entity, or a role or group noun of the (stage's) actor dictionary ("officials");
    not a thing or a document."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ACTOR_ENTITY_TYPES or aged_person(token):
        return True
    if token.text.isalpha() and token.text.isupper() and len(token.text) > 1 and actors.organisation(token.text):
        return True  # a body's acronym the model took for a common noun ("ECOWAS and Niger agreed")
    return actors.role(token.lemma_) is not None or actors.role(token.text) is not None


def compound_role(token: Token, actors: ActorDictionary) -> bool:
    """"The intelligence service", "the air force": a role of several words of the actor
    dictionary whose head alone is none ("service") -- the head with the compound nouns written
    right before it (up to three), or the adjectives of a branch of state ("the executive branch",
    "the legislative body": targets33)."""
    start = token.i
    while start > 0 and token.i - start < 3 and token.doc[start - 1].head.i == token.i and (
            (token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "NOUN")
            or (token.doc[start - 1].dep_ == "amod" and token.doc[start - 1].pos_ == "ADJ")):
        start -= 1
    return any(actors.role(f"{token.doc[k:token.i].text} {word}") is not None
               for k in range(start, token.i) for word in {token.text, token.lemma_})


def entities_sharing(doc: Doc, start: int, end: int) -> list[Entity]:
    """The entities that share one mention overlapping ``[start, end)`` (``Both firms`` is a
    mention of each of the two firms told of before): the entities of the tightest such mention
    when two or more have it, else none."""
    by_span: dict[tuple[int, int], list[Entity]] = {}
    for entity in doc._.entities or []:
        for m in entity.mentions:
            if m.start < end and start < m.end and entity not in by_span.setdefault((m.start, m.end), []):
                by_span[(m.start, m.end)].append(entity)
    if not by_span:
        return []
    tightest = min(by_span, key=lambda span: abs(span[0] - start) + abs(span[1] - end))
    return by_span[tightest] if len(by_span[tightest]) > 1 else []


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity (of the entities stage) one of whose mentions overlaps ``[start, end)``; the
    tightest fit wins."""
    best: tuple[int, Entity] | None = None
    for entity in doc._.entities or []:
        for m in entity.mentions:
            if m.start < end and start < m.end:
                slack = abs(m.start - start) + abs(m.end - end)
                if best is None or slack < best[0]:
                    best = (slack, entity)
    return best[1] if best else None


def aged_person(token: Token) -> bool:
    """``the 34-year-old``, ``a 19-year-old``: a person named by age alone, the adjective standing as
    the noun of its phrase (subject, object or prepositional object), which the tagger often takes for
    part of a date. ``a 45-year-old building`` (the adjective modifying a noun) is no person (crime17)."""
    return (token.lower_ == "old" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr")
            and any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month", "week") for c in token.children))
