"""The quotes stage: who said what.

Three steps, each linear in the article length:

1. :func:`find_quote_spans` pairs quotation marks paragraph by paragraph (straight and curly,
   double and single, nested, running on into the next paragraph's opening mark) without
   mistaking apostrophes (``Russia's``) for quote marks.
2. Every verb whose lemma is in the cue lexicon (``data/speech_cues.tsv``) and every
   ``according to`` is read through the dependency parse: the speaker is its subject (or the
   ``by``-agent, or the object of ``according to``); the content is its clausal complement,
   or the clause before it (``..., he said``), or the quotation next to it.
3. Content is classified against the quotation marks: entirely inside one quotation ->
   ``direct``; containing quoted fragments -> ``mixed``; otherwise ``indirect``. Quotations no
   cue claimed become speaker-less ``direct`` quotes (or continue the previous quote's speaker
   when they follow it in the same paragraph).
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from newsevents.actors import ACTOR_FILES, ActorDictionary, actor_dictionary, load_actor_dictionary
from newsevents.components import speaker_labels
from newsevents.components.base import Stage
from newsevents.docquery import FINITE_OR_MODAL_TAGS, FINITE_TAGS, doc_text, entity_at, paragraph_spans
from newsevents.record import Entity, Quote, Span, Speaker
from newsevents.tables import copy_tables, shared_load, table_dir
from newsevents.temporal.numbers import MULTIPLIERS

# --------------------------------------------------------------------------- the cue lexicon


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str
    kind: str  # speech | report | belief | source | manner | framing
    speech: bool  # counts as a speech-verb attribution
    infinitive: bool  # "X urged Y to do Z": the infinitive clause is what was said


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, Cue]  # one-word verb lemmas
    phrasal: dict[tuple[str, str], Cue]  # ("call", "on") -> cue
    nouns: dict[str, Cue]
    addressees: frozenset[str] = frozenset()  # verbs whose object is the person addressed
    # the words of the speaker rules (kinds of WORD_KINDS, no cues)
    speaker_pronoun: frozenset[str] = frozenset()  # "I", "me" inside quoted words: the speaker
    person_pronoun: frozenset[str] = frozenset()  # "he", "she": a person
    body_pronoun: frozenset[str] = frozenset()  # "it", "they": a body quoted before
    owner_prep: frozenset[str] = frozenset()  # "a statement from the ministry": whose statement
    spokesperson_prep: frozenset[str] = frozenset()  # "a spokeswoman for the company": for whom one speaks
    # cue verbs whose noun-phrase object is what was said: always ("denied the allegations"), or
    # only with a complement naming it ("called the move a mistake", "described it as a disaster")
    object_content: frozenset[str] = frozenset()
    complement_content: frozenset[str] = frozenset()
    # verbs whose subject utters the noun of saying they take as object ("made the claim that")
    utterance_verb: frozenset[str] = frozenset()
    # cue verbs that report only a clause after them that is no open question ("discovered that
    # the firm paid twice", "the court ruled that ..."; not "the rates they charge", "to discover
    # how it happened")
    that_clause_only_verb: frozenset[str] = frozenset()
    # cue verbs whose object is what was said when it is a thing, never a person or a body
    # ("questioned the need for a bridge"; "questioned the driver" addresses him)
    thing_object_verb: frozenset[str] = frozenset()
    # cue verbs of saying that, with a poll or a study as subject, report its noun-phrase object
    # as report verbs do ("the survey indicates a slowing market")
    showing_verb: frozenset[str] = frozenset()
    # prepositions naming who made a report, survey or poll ("a poll by Ridgeway University")
    report_owner_prep: frozenset[str] = frozenset()
    # prepositions naming where a named person comes from ("Ann Berg from Acme Foods told ...")
    affiliation_prep: frozenset[str] = frozenset()
    # transcript labels (``QuotesStage._speaker_labels``): an interview's question and answer
    # turns ("Q:", "A:") and paragraph labels that name no speaker ("UPDATE:", "WATCH:")
    label_question: frozenset[str] = frozenset()
    label_answer: frozenset[str] = frozenset()
    label_no_speaker: frozenset[str] = frozenset()
    # nouns of an "in" phrase naming whose words a quotation holds ("in the words of Ann Lee")
    quoting_phrase: frozenset[str] = frozenset()
    # nouns of a "by X's own ..." phrase naming who says what its sentence says ("by her own
    # admission", "by his own account"; attrib16)
    attrib_own_account: frozenset[str] = frozenset()
    # verbs of saying whose forms are no nouns of their own ("says", "maintains", "insists"): read
    # as a cue even when tagged a noun after a comma and its subject (attrib16)
    attrib_noun_tagged_verb: frozenset[str] = frozenset()
    # verbs of saying whose -s forms are nouns too ("notes", "claims"): read as the cue, tagged a
    # noun, only ending a sentence right after a proper name set off by a comma (quotes39)
    attrib_noun_tagged_after_name: frozenset[str] = frozenset()
    # forms of saying that open an inverted attribution before a colon ("Said Farrow:", "Added Blanc:")
    quote_inverted_verb: frozenset[str] = frozenset()
    # words by which a paragraph speaks as its speaker ("we", "you"): a transcript turn's next paragraph
    quote_turn_pronoun: frozenset[str] = frozenset()
    # words opening a head's question or explainer after a topic and a colon ("Brexit: what next")
    quote_topic_opening: frozenset[str] = frozenset()
    # things that show without saying: no speaker of an "as" clause ("As the chart shows, ...")
    quote_display_noun: frozenset[str] = frozenset()
    # verbs by which an outlet relays a person's words ("State radio quoted her as saying ..."): the
    # speaker is the verb's object, not the outlet (dev16m)
    quoted_as_verb: frozenset[str] = frozenset()
    # nouns of a recording that shows a person speaking ("footage of the mayor saying ..."): the
    # gerund's speaker is the person of the "of" phrase, not the subject of the sentence (quotes21)
    recording_noun: frozenset[str] = frozenset()
    # a web page's link lines run into the text ("Read More", "READ MORE:"): furniture, no words of
    # the quotation whose next paragraph they open (layout23)
    link_line: frozenset[str] = frozenset()
    # labels of a photo credit in brackets ending a caption flattened into the text ("(Image: ...)"):
    # the caption before a quotation is furniture, the quotation opens its paragraph (quotes39)
    caption_credit: frozenset[str] = frozenset()
    # cue verbs that report words only through an object and its complement, nothing else: no
    # clause, no quotation next to them ("defended her comments as 'honest'"; "'The Hammer' Mbeki
    # will defend his title" reports nothing; quotes30)
    complement_only_verb: frozenset[str] = frozenset()
    # cue verbs of a document's wording that report words only through a quotation in their object
    # ("the Bureau lists "public corruption" as its priority", "the sign reads "No entry after
    # dark""; "the site lists ten hotels" reports nothing; quotes31)
    quoted_object_only_verb: frozenset[str] = frozenset()
    # adjectives whose gerund of saying is the writer's aside ("it's worth noting that ..."; quotes32)
    aside_head: frozenset[str] = frozenset()
    # report verbs whose subject naming people or a body shows by conduct, not words (quotes32)
    conduct_verb: frozenset[str] = frozenset()
    # verbs of calling out: a name alone called out with them is no statement (quotes32)
    call_out_verb: frozenset[str] = frozenset()
    # verbs of perception taking a bare infinitive ("we heard him say"): the infinitive's subject
    # speaks the quotation closed right before the perception clause
    perception_verb: frozenset[str] = frozenset()
    topic_speech_verb: frozenset[str] = frozenset()  # "Ann Lee also spoke about ...": a paragraph introducing one's words
    # verbs of wondering, beliefs of their own, that credit a quotation right before them as said
    # aloud ("'Who would trust him?' she wondered"; qtp38)
    wondering_verb: frozenset[str] = frozenset()
    # adjectives of knowing or seeing that make a saying as the complement of a verb of uttering
    # with a clause ("made it clear that ..."; quotes42)
    made_known_adjective: frozenset[str] = frozenset()
    # predicate adjectives of claiming with a "that" clause ("was adamant that ..."; quotes30)
    adjectives: dict[str, Cue] | None = None

    @property
    def phrasal_heads(self) -> frozenset[str]:
        heads = self.__dict__.get("_phrasal_heads")
        if heads is None:
            heads = frozenset(verb for verb, _ in self.phrasal)
            object.__setattr__(self, "_phrasal_heads", heads)
        return heads

    @property
    def speech_nouns(self) -> frozenset[str]:
        """Nouns of saying (``statement``, ``interview``): a phrase of one names where words were said."""
        nouns = self.__dict__.get("_speech_nouns")
        if nouns is None:
            nouns = frozenset(lemma for lemma, cue in self.nouns.items() if cue.kind == "speech")
            object.__setattr__(self, "_speech_nouns", nouns)
        return nouns

    def verb_cue(self, token: Token) -> Cue | None:
        """The cue a verb token evokes, taking a particle child into account (``call on``)."""
        lemma = token.lemma_.lower()
        if lemma not in self.verbs and lemma not in self.phrasal_heads:
            return None
        for child in token.children:
            # a particle or preposition ("call on"), a fixed object ("put it"), or an adverb right
            # after the verb the parser did not read as a particle ("shot back")
            if (child.dep_ in ("prt", "prep", "dobj") and child.i > token.i) or (child.dep_ == "advmod" and child.i == token.i + 1):
                phrasal = self.phrasal.get((lemma, child.lower_))
                if phrasal is not None:
                    return phrasal
        return self.verbs.get(lemma)


CUE_KINDS = frozenset({"speech", "report", "belief", "source", "manner", "framing"})
# A row of this kind is no cue: it says the verb's object is the person addressed.
ADDRESSEE = "addressee"
# Rows of these kinds are no cues either: the pronouns and prepositions the speaker rules read.
WORD_KINDS = frozenset({"speaker_pronoun", "person_pronoun", "body_pronoun", "owner_prep", "spokesperson_prep",
                        "object_content", "complement_content", "utterance_verb", "report_owner_prep",
                        "affiliation_prep", "label_question", "label_answer", "label_no_speaker",
                        "quoting_phrase", "attrib_own_account", "attrib_noun_tagged_verb", "attrib_noun_tagged_after_name",
                        "quote_inverted_verb", "quote_turn_pronoun", "quote_topic_opening",
                        "quote_display_noun", "that_clause_only_verb",
                        "thing_object_verb", "showing_verb", "quoted_as_verb", "recording_noun",
                        "link_line", "caption_credit", "complement_only_verb", "quoted_object_only_verb",
                        "aside_head", "conduct_verb", "call_out_verb", "topic_speech_verb", "wondering_verb",
                        "perception_verb", "made_known_adjective"})


def read_cue_rows(lines: Iterable[str]) -> CueLexicon:
    """Parse the TSV lexicon (comments start with ``#``; the first other line is the header)."""
    rows = csv.DictReader((line for line in lines if line.strip() and not line.startswith("#")), delimiter="\t")
    verbs: dict[str, Cue] = {}
    phrasal: dict[tuple[str, str], Cue] = {}
    nouns: dict[str, Cue] = {}
    adjectives: dict[str, Cue] = {}
    addressees: set[str] = set()
    listed: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    for row in rows:
        if row["kind"].strip() == ADDRESSEE:
            addressees.add(row["lemma"].strip().lower())
            continue
        if row["kind"].strip() in WORD_KINDS:
            listed[row["kind"].strip()].add(" ".join(row["lemma"].replace("\u2019", "'").lower().split()))
            continue
        cue = Cue(
            lemma=row["lemma"].strip().lower(),
            pos=row["pos"].strip().upper(),
            kind=row["kind"].strip(),
            speech=row["speech"].strip() == "yes",
            infinitive=(row.get("infinitive") or "").strip() == "yes",
        )
        if cue.kind not in CUE_KINDS:
            raise ValueError(f"speech cues: unknown kind {cue.kind!r} for {cue.lemma!r}")
        words = cue.lemma.split()
        if cue.pos == "VERB" and len(words) == 2:
            phrasal[(words[0], words[1])] = cue
        elif cue.pos == "VERB":
            verbs[cue.lemma] = cue
        elif cue.pos == "NOUN":
            nouns[cue.lemma] = cue
        elif cue.pos == "ADJ":
            adjectives[cue.lemma] = cue
    return CueLexicon(verbs=verbs, phrasal=phrasal, nouns=nouns, addressees=frozenset(addressees), adjectives=adjectives,
                      **{kind: frozenset(found) for kind, found in listed.items()})


CUES_FILE = "speech_cues.tsv"



def _cue_table(path: str | Path | None = None) -> str:
    """The speech-cue table's text: from ``path``, else the packaged ``data/speech_cues.tsv``."""
    if path is not None:
        return Path(path).read_text(encoding="utf-8")
    return resources.files("newsevents").joinpath("data", CUES_FILE).read_text(encoding="utf-8")


def _read_cue_lexicon(directory: Path) -> CueLexicon:
    return read_cue_rows((directory / CUES_FILE).read_text(encoding="utf-8").splitlines())


def load_cue_lexicon(directory: str | Path | None = None) -> CueLexicon:
    """The cue lexicon in ``directory`` (None: the packaged one), read once per process: the
    entity stage reads its statement nouns from it."""
    return shared_load(_read_cue_lexicon, table_dir(directory), (CUES_FILE,))


def cue_lexicon() -> CueLexicon:
    """The packaged cue lexicon, for code outside a pipeline (a stage holds its own)."""
    return load_cue_lexicon()


# --------------------------------------------------------------------------- quotation marks

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
# Any character that may be a quotation mark.
_MARK_CHAR = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "'\"`") + "]")
# Characters after which a straight quote mark opens rather than closes a quotation.
OPENING_CONTEXT = " \t\n([{—–-/:" + DOUBLE_OPEN + SINGLE_OPEN


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``open`` and ``close`` are the offsets of its marks (``close`` may be the
    paragraph end when a quotation is never closed). Marks are one character, or two for the
    typewriter convention ``''...''`` / ``` ``...'' ```."""

    open: int
    close: int
    open_width: int = 1
    close_width: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + self.open_width, self.close

    @property
    def end(self) -> int:
        """Offset just past the closing mark."""
        return self.close + self.close_width


def _is_letter_or_digit(ch: str) -> bool:
    return ch.isalnum()


def _mark_role(text: str, i: int) -> str | None:
    """Classify the character at ``i``: 'dopen', 'dclose', 'sopen', 'sclose' or None."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in DOUBLE_OPEN:
        if ch == "“" and before not in OPENING_CONTEXT and not before.isspace() and (after.isspace() or after in ",.;"):
            return "dclose"  # '... a fascist?“ he asked': an opening mark typed to close a quotation
        return "dopen"
    if ch == "”" and (i == 0 or before == "\n"):
        rest = text[i + 1 : i + 5].lstrip(" ")
        if after.isalnum() or rest.startswith(("…", "...")):
            # '” … in the end, the vote was fair,” wrote the paper.': a paragraph cannot begin by closing a
            # quotation; a closing mark typed to open one, before a word or an ellipsis (session 29)
            return "dopen"
    if ch in DOUBLE_CLOSE:
        return "dclose"
    if ch == '"':
        if before in OPENING_CONTEXT and not after.isspace():
            return "dopen"
        if before.isspace() and after.isspace() and text[max(0, i - 3) : i].rstrip().endswith(":"):
            return "dopen"  # 'Ann Lee said: " The new shape ...': a stray space after the opening mark
        return "dclose"
    if ch in SINGLE_OPEN or ch in SINGLE_CLOSE or ch == "'":
        # Between two letters it is an apostrophe (Russia's, don't); before a digit an
        # elision ('90s); after a letter and before a space possibly a plural possessive,
        # which only counts as a closing mark when a single quotation is open.
        if _is_letter_or_digit(before) and _is_letter_or_digit(after):
            return None
        if ch in SINGLE_OPEN or (ch == "'" and before in OPENING_CONTEXT):
            if after.isspace() or after.isdigit():
                return None
            return "sopen"
        if not before.isspace():
            return "sclose"
    return None


def _mark_at(text: str, i: int) -> tuple[str | None, int]:
    """The role of the quotation mark starting at ``i`` and its width in characters."""
    pair = text[i : i + 2]
    if pair in ("''", "``", "’’", "‘‘"):
        # Two marks standing for one double mark: the typewriter ``...'' and its curly form
        # ‘‘...’’, also after a curly opening double mark (“...,’’ Lee said).
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if pair in ("``", "‘‘") or (before in OPENING_CONTEXT and not after.isspace()):
            return "dopen", 2
        return "dclose", 2
    return _mark_role(text, i), 1


# A run-on mark: sentence-final punctuation and a space before a mark that opens again. Inside a
# quotation still open, it is the next paragraph's opening mark of a quotation continued over
# paragraphs, seen in text whose paragraph breaks were lost ('... state. "Based on ...').
_SENTENCE_END = ".?!"
# Unclosed single marks a paragraph may drop before it is read as having no quotation at all.
MAX_DROPPED_SINGLES = 20


def _reopens(text: str, i: int, para_start: int) -> bool:
    """Whether the opening-looking mark at ``i`` follows a sentence end and a space."""
    j = i
    while j > para_start and text[j - 1] in " \t":
        j -= 1
    return j < i and j > para_start and text[j - 1] in _SENTENCE_END


def _closes_sentence(text: str, start: int, para_end: int) -> bool:
    """Whether the next closing single mark from ``start`` follows sentence-final punctuation."""
    for mark in _MARK_CHAR.finditer(text, start, para_end):
        if _mark_at(text, mark.start())[0] == "sclose":
            return text[mark.start() - 1] in _SENTENCE_END
    return False


def _scan_paragraph(
    text: str, first: int, para_end: int, stack: list[tuple[str, int, int]], dropped: set[int]
) -> list[QuoteSpan]:
    """Pair the marks of one paragraph from ``first``; ``stack`` holds the quotations open
    (kind 'd' or 's', offset of the opening mark, its width) and is left with those never
    closed. Opening marks at offsets in ``dropped`` are read as apostrophes."""
    spans: list[QuoteSpan] = []
    nested_closes: set[int] = set()  # closing marks of a name quoted inside a quotation
    i = first
    while i < para_end:
        mark = _MARK_CHAR.search(text, i, para_end)  # skip to the next possible mark
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        role, width = _mark_at(text, i)
        straight = ch in "'\"`"
        if i in nested_closes:
            i += width
            continue
        open_double = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == "d"), None)
        if role == "dopen" and straight and open_double is not None:
            # A straight mark inside an open quotation closes it, unless it re-opens the
            # quotation after a sentence end (a quotation run on over lost paragraph breaks).
            if stack[-1][0] == "d" and _reopens(text, i, first):
                role = None
            elif len(stack) == 1 and ch == '"' and (inner := _nested_double(text, i, para_end)) is not None:
                # '"We signed with "Acme Foods" last year," she said': a short name in the same
                # marks inside the quotation, closed before the quotation's own closing mark (quotes23)
                nested_closes.add(inner)
                role = None
            elif len(stack) == 1 and ch == '"':
                # An opening-looking mark ('... Manchester City "So special ...'): the open
                # quotation lost its closing mark (text such as a caption or a list of links was
                # run into it); it ends before this mark, which opens the next quotation.
                _, opened, opened_width = stack.pop()
                spans.append(QuoteSpan(opened, _trim_end(text, opened, i), opened_width, 0))
                stack.append(("d", i, width))
                role = None
            else:
                role = "dclose"
        if role == "sopen" and stack and stack[-1][0] == "s" and (
            _reopens(text, i, first) or _closes_sentence(text, i + width, para_end)
        ):
            # Single marks do not nest in single marks (British nesting is 'a "b" c', American
            # "a 'b' c"): an opening mark inside an open single quotation whose own closing mark
            # ends a sentence ('... unbelievable. <caption> 'He was superb.' Later ...') opens the
            # quotation's next paragraph, run on after a sentence end or a caption put between.
            role = None
        if role == "sopen" and i in dropped:
            role = None
        if role == "dclose" and ch == '"' and open_double is None and i > first and text[i - 1] == "," and text[i + 1 : i + 2].isalpha():
            role = "dopen"  # 'said,"Look, ...': a comma run into the opening mark, no quotation open
        if role == "dopen":
            if open_double is None:
                stack.append(("d", i, width))
        elif role == "dclose":
            if open_double is not None:
                _, opened, opened_width = stack[open_double]
                del stack[open_double:]
                if not stack:
                    spans.append(QuoteSpan(opened, i, opened_width, width))
        elif role == "sopen":
            stack.append(("s", i, width))
        elif role == "sclose" and stack and stack[-1][0] == "s":
            _, opened, opened_width = stack.pop()
            if not stack:
                spans.append(QuoteSpan(opened, i, opened_width, width))
        i += width
    return spans


MAX_NESTED_WORDS = 6  # a name or title quoted inside a quotation is short


def _nested_double(text: str, i: int, para_end: int) -> int | None:
    """The offset of the closing mark of a straight double quotation opened at ``i`` inside an
    open one, when it is nested: a short stretch (a name or a title) whose closing mark is
    followed, before any mark that opens, by another closing mark in the paragraph (the open
    quotation's own). A quotation that lost its closing mark has no second one."""
    closes: list[int] = []
    for mark in _MARK_CHAR.finditer(text, i + 1, para_end):
        j = mark.start()
        if text[j] not in DOUBLE_OPEN + DOUBLE_CLOSE + '"':
            continue
        role = _mark_at(text, j)[0]
        if role != "dclose":
            return None
        closes.append(j)
        if len(closes) == 2:
            break
    if len(closes) < 2 or len(text[i + 1 : closes[0]].split()) > MAX_NESTED_WORDS:
        return None
    return closes[0]


def find_quote_spans(text: str, link_lines: frozenset[str] = frozenset()) -> list[QuoteSpan]:
    """Top-level quotations of ``text`` in order. Nested quotations stay inside their outer one.
    ``link_lines``: a page's link lines (``read more``, the ``link_line`` rows) a paragraph may
    open with before the mark that continues the quotation left open by the paragraph before."""
    spans = _pair_marks(text, frozenset(), link_lines)
    # One article, one convention: where double marks open most quotations (American style),
    # single marks only nest inside them, so a top-level "quotation" in single marks holding a
    # double-marked one was opened by an apostrophe or a stray mark (a bracketed link title run
    # into the text) and closed by a plural possessive far after it: read it as no quotation.
    singles = [span for span in spans if text[span.open] not in DOUBLE_OPEN + '"`' and span.open_width == 1]
    roles = [_mark_at(text, m.start())[0] for m in _MARK_CHAR.finditer(text)] if singles else []
    if roles.count("dopen") > roles.count("sopen"):
        stray = frozenset(
            span.open for span in singles if any(ch in text[slice(*span.inner)] for ch in DOUBLE_OPEN + DOUBLE_CLOSE + '"')
        )
        if stray:
            spans = _pair_marks(text, stray, link_lines)
    return spans


def _link_line_end(text: str, first: int, para_end: int, link_lines: frozenset[str]) -> int:
    """The offset after a link line (``Read More``, ``READ MORE:``) that opens the paragraph at
    ``first`` and is followed by a mark, or ``first`` when there is none. A page's link to another
    story, flattened into the text, lands between two paragraphs of one person's words."""
    if not link_lines:
        return first
    head = LINK_LINE.match(text, first, para_end)
    if head is None or " ".join(head.group(1).lower().split()) not in link_lines:
        return first
    return head.end()


# Up to three words, a colon maybe, then the spaces before a mark that opens a quotation.
LINK_LINE = re.compile(r"((?:[A-Za-z]+[ \t]+){0,2}[A-Za-z]+):?[ \t]+(?=[\"“‘'])")


def _pair_marks(text: str, apostrophes: frozenset[int], link_lines: frozenset[str] = frozenset()) -> list[QuoteSpan]:
    """Quotations of ``text``, the single marks at offsets in ``apostrophes`` read as apostrophes."""
    spans: list[QuoteSpan] = []
    # The opening mark (offset, width) of a quotation continued from the paragraph before.
    carried: tuple[int, int] | None = None
    for para_start, para_end in paragraph_spans(text):
        first = para_start + (len(text[para_start:para_end]) - len(text[para_start:para_end].lstrip()))
        initial: list[tuple[str, int, int]] = []
        if carried is not None:
            first = _link_line_end(text, first, para_end, link_lines)
            role, width = _mark_at(text, first) if first < para_end else (None, 1)
            if role == "dopen":
                # The paragraph re-opens the quotation left open by the previous one: one quotation.
                initial.append(("d", *carried))
                first += width
            else:
                end = _trim_end(text, carried[0], _previous_end(text, para_start))
                spans.append(QuoteSpan(carried[0], end, carried[1], 0))
        carried = None
        # A single mark never closed in its paragraph was an apostrophe (a quotation in single
        # marks does not run on into the next paragraph): read the paragraph again without it,
        # so that it does not swallow the quotations after it.
        dropped = {offset for offset in apostrophes if para_start <= offset < para_end}
        while True:
            stack = list(initial)
            found = _scan_paragraph(text, first, para_end, stack, dropped)
            unclosed = next((pos for kind, pos, _ in stack if kind == "s"), None)
            if unclosed is None or len(dropped) >= MAX_DROPPED_SINGLES:
                break
            if _open_at_text_end(text, stack, first, para_end):
                # "... Lee said. 'I think we were safe.<end of text>": the article ends inside a
                # quotation that opened a sentence (the closing mark was lost at the end).
                found.append(QuoteSpan(unclosed, _trim_end(text, unclosed, para_end), stack[0][2], 0))
                stack = []
                break
            dropped.add(unclosed)
        spans.extend(found)
        outer_double = next(((pos, w) for kind, pos, w in stack if kind == "d"), None)
        if outer_double is not None:
            carried = outer_double
    if carried is not None:
        spans.append(QuoteSpan(carried[0], _trim_end(text, carried[0], len(text)), carried[1], 0))
    spans.sort(key=lambda s: s.open)
    return spans


# Words of a speaker's own account: a stretch holding one is read as quoted speech.
_FIRST_AND_SECOND_PERSON = frozenset("i me my mine we us our ours you your yours".split())


def _run_on_marks(text: str, span: QuoteSpan) -> list[int]:
    """Offsets of the opening-looking double marks inside ``span`` that follow a sentence end and
    a space: the marks of a quotation run on over lost paragraph breaks."""
    start, end = span.inner
    return [i for i in range(start, end) if text[i] in '"“' and _reopens(text, i, start)]


def _narrated_saying(doc: Doc, start: int, end: int, lexicon: CueLexicon) -> bool:
    """Whether ``start``..``end`` holds a whole sentence whose root is a verb of saying with a
    named subject (``Lee said the detained included ...``, ``Its leader, Ann Lee, said ...``) and no word of a speaker's own account
    (I, we, you): the narrator's sentence, not quoted speech."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or any(t.lower_ in _FIRST_AND_SECOND_PERSON for t in span):
        return False
    for sent in doc.sents:
        if sent.start_char < start or sent.end_char > end:
            continue
        root = sent.root
        cue = lexicon.verb_cue(root) if root.tag_.startswith("VB") else None
        if cue is None or cue.kind != "speech":
            continue
        if any(c.dep_ == "nsubj" and any(t.pos_ == "PROPN" for t in c.subtree) for c in root.children):
            return True
    return False


def split_run_on_quotations(doc: Doc, spans: list[QuoteSpan], lexicon: CueLexicon) -> list[QuoteSpan]:
    """Break a quotation run on over lost paragraph breaks where the source misplaced a closing
    mark at the start of the next sentence (``... sources. "Police showed ... Lee said the ...
    "The authorities ...," she said.``): when the stretch between two run-on marks holds the
    narrator's sentence of saying with a named subject (:func:`_narrated_saying`), the first of
    the two marks closes the quotation, the stretch is prose and the second mark opens the next
    quotation. Offsets and the text are unchanged; only the pairing of marks is."""
    text = doc_text(doc)
    out: list[QuoteSpan] = []
    for span in spans:
        while True:
            marks = _run_on_marks(text, span) if span.close_width else []
            cut = next((k for k in range(len(marks) - 1)
                        if _narrated_saying(doc, marks[k] + 1, marks[k + 1], lexicon)), None)
            if cut is None:
                out.append(span)
                break
            out.append(QuoteSpan(span.open, _trim_end(text, span.open, marks[cut]), span.open_width, 0))
            span = QuoteSpan(marks[cut + 1], span.close, 1, span.close_width)
    return [_end_unclosed(doc, span, lexicon) if not span.close_width else span for span in out]


def _end_unclosed(doc: Doc, span: QuoteSpan, lexicon: CueLexicon) -> QuoteSpan:
    """A quotation whose closing mark the source lost runs to its paragraph's end, or to the text's end where the
    text keeps no paragraph breaks (``Ann Lee said: "We came early. Tom Hale said he hoped ...``). The
    narrator's sentence of saying with a named subject and no word of a speaker's own account
    (:func:`_narrated_saying`) is prose, not the speaker's words: the quotation ends before the first such
    sentence after the one it opens in."""
    text = doc_text(doc)
    opened = False
    for sent in doc.sents:
        if sent.end_char <= span.open:
            continue
        if sent.start_char >= span.close:
            break
        if not opened:
            opened = True  # the sentence the quotation opens in is the speaker's, whatever it holds
            continue
        if _narrated_saying(doc, sent.start_char, sent.end_char, lexicon):
            return QuoteSpan(span.open, _trim_end(text, span.open, sent.start_char), span.open_width, 0)
    return span


def _open_at_text_end(text: str, stack: list[tuple[str, int, int]], first: int, para_end: int) -> bool:
    """Whether the one quotation left open is a single-marked one that opens a sentence of the
    text's last paragraph and runs to the text's end, which ends a sentence: a quotation whose
    closing mark was lost at the end of the article (an apostrophe never opens a sentence)."""
    if len(stack) != 1 or stack[0][0] != "s" or text[para_end:].strip():
        return False
    opened = stack[0][1]
    end = _trim_end(text, opened, para_end)
    return (opened == first or _reopens(text, opened, first)) and text[end - 1] in _SENTENCE_END


def _previous_end(text: str, para_start: int) -> int:
    return max(0, para_start - 1)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


class QuoteIndex:
    """Which quotation (if any) covers a character offset, by binary search."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
        self.opens = [s.open for s in spans]

    def covering(self, offset: int) -> int | None:
        k = bisect.bisect_right(self.opens, offset) - 1
        if k >= 0 and self.spans[k].open <= offset < max(self.spans[k].end, self.spans[k].close + 1):
            return k
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        k = max(0, bisect.bisect_right(self.opens, start) - 1)
        found = []
        while k < len(self.spans) and self.spans[k].open < end:
            if self.spans[k].end > start:
                found.append(k)
            k += 1
        return found


# --------------------------------------------------------------------------- attributions

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
# Parts of a subject phrase that are not the speaker's name (relative clauses, appositions).
SPEAKER_CUT_DEPS = ("relcl", "acl", "appos", "punct", "advcl", "parataxis", "cc", "prep_by")
EDGE_PUNCT = ",;:-–—.!?" + " \n\t"
# the longest run of flattened picture captions read between a quote and the quotation that goes on
# with its speaker's words (three captions of a tabloid page are some 350 characters)
MAX_CAPTION_RUN = 600
QUOTE_CHARS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "'\""
_ACCORDING = get_string_id("according")
_BY = get_string_id("by")
_NOUN_TAGS = frozenset({get_string_id("NN"), get_string_id("NNS")})
# The word families the stage looks for in a Doc's arrays (_WordScan), one bit each in the answer
# for a lemma: a cue verb (or a phrasal one's head), a predicate adjective of claiming, a noun of
# saying, a verb of saying the tagger may read as a noun.
_CUE_VERB, _CLAIM_ADJECTIVE, _SPEECH_NOUN, _NOUN_TAGGED_VERB = 1, 2, 4, 8
_LEMMA_KINDS_KEPT = 200_000  # lemma answers kept before starting afresh (a long run meets new words)
# doc.user_data key of the Doc's _WordScan while the stage reads the Doc (QuotesStage.__call__)
_WORD_SCAN_KEY = "newsevents_quotes_word_scan"


class _WordScan(NamedTuple):
    """The positions of the words each of the stage's searches starts from, found in one pass over
    the Doc's arrays (speed35: five passes over the same arrays before, one per search), in text
    order: the searches make a Token only for these."""

    cue_verbs: list[int]  # a cue verb's lemma, or "according"
    claim_adjectives: list[int]  # a predicate adjective of claiming's lemma (``adjectives``), as written
    speech_nouns: list[int]  # a common noun (POS) whose lemma is a noun of saying
    noun_tagged_verbs: list[int]  # NN or NNS whose lemma is an ``attrib_noun_tagged_verb``
    by: list[int]  # the word "by"


# The signature of an embedded post: "-- Jane Roe (@janeroe) November 8, 2016" (some pages
# keep one hyphen of the dash: "... pic.twitter.com/x- Jane Roe (@janeroe)").
_POST_SIGNATURE = re.compile(
    r"(?:--|—|–|-(?=\s))\s*(?P<name>[^\s()@][^()\n@]{0,60}?)\s*\(@(?P<handle>\w{1,30})\)"
    r"(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4})?"
)
POST_SIGNATURE = _POST_SIGNATURE  # the entity stage reads the signers' names too
_POST_DATE = re.compile(
    r"\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}\s*"
)
# The longest post of the platforms whose embeds carry this signature (Twitter: 280 characters).
MAX_POST_CHARS = 280
_POST_TOKEN = re.compile(r"^(?:[#@]\w*|https?://\S*|pic\.twitter\.com\S*)$")
def _post_words(text: str) -> int:
    """Words of a post, without its links, hashtags and handles."""
    return len([w for w in text.split() if not _POST_TOKEN.match(w)])


_POST_LINK = re.compile(r"(?:pic\.twitter\.com|https?://)\S*")
# A press release's speaker line (``JANE ROE - Chief Executive of Acme Foods``): its name's words
# in capitals, and the words from the name to the quotation at most.
MIN_SPEAKER_LINE_NAME = 2
MAX_SPEAKER_LINE_NAME = 4
MAX_SPEAKER_LINE_TOKENS = 16
# Minimum words for a quotation no cue claims to count as a quote (shorter ones are scare quotes).
MIN_UNATTRIBUTED_WORDS = 4


@dataclass
class Attribution:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    kind: str = "indirect"
    paragraph: int = 0
    opens: int | None = None  # offset of the quotation mark of a quotation no cue claimed
    opens_paragraph: bool = False  # that quotation is the start of its paragraph
    asked: bool = False  # a question put to somebody by nobody named ("..., she said when asked ...")
    speaker_entity: str | None = None  # the speaker's entity, when a rule knew it (a transcript label)


def _is_quotation_mark(token: Token) -> bool:
    """A quotation mark token, not the possessive mark of a plural (``the soldiers' families``)."""
    return len(token.text) == 1 and token.text in QUOTE_CHARS and token.tag_ != "POS"


def speaker_tokens(token: Token) -> tuple[int, int]:
    """Token range [start, end) of the speaker phrase headed by ``token``: its name with its
    modifiers, but not a relative clause or apposition hanging off it."""
    start, end = token.i, token.i + 1
    if token.head.i == token.i + 1 and token.head.pos_ in ("VERB", "AUX") and token.dep_ in ("amod", "compound"):
        # a subject hung on its verb word by word ("the 62-year-old said"): from its determiner
        det = next((c for c in token.head.lefts if c.dep_ == "det"), None)
        if det is not None:
            start = det.i
    for child in token.lefts:
        if child.dep_ in ("amod", "compound") and child.tag_ in ("VBD", "VBZ") and any(
                token.doc[k].text == "," for k in range(child.left_edge.i, child.i)):
            # "..., continued Acme Analytics, which added": an inverted cue verb the parser hung on
            # the name, with the clause it reports; the name starts after it
            start = child.i + 1
        elif child.dep_ not in SPEAKER_CUT_DEPS:
            start = min(start, child.left_edge.i)
    # A quotation mark before the head ends what the parser hung on the name from the quotation
    # before it ('"... just stupid," Ross ... exclaimed': "stupid" as a modifier of Ross).
    start = next((j + 1 for j in range(token.i - 1, start - 1, -1) if _is_quotation_mark(token.doc[j])), start)
    for child in token.rights:
        if child.dep_ in SPEAKER_CUT_DEPS:
            break
        end = child.right_edge.i + 1
    # A comma after the head ends the speaker's name: what follows it is an apposition or a
    # relative clause the parser hung deeper ("one passenger on the train, who was ...").
    end = next((j for j in range(token.i + 1, end) if token.doc[j].text in (",", "(")), end)
    if end - start > 1 and token.doc[end - 1].tag_ == "POS":
        end -= 1  # a possessor ("the senator's tweet"): the speaker is the senator
    return start, _coordinated_shares_end(token, start, end)


def _coordinated_shares_end(token: Token, start: int, end: int) -> int:
    """``45% of nurses, 30% of doctors and 12% of porters say ...``: a poll's subject that is a
    coordination of shares (each part holding a number) speaks as one phrase, up to its verb; the
    parser splits it into subjects, appositions and conjuncts, and the comma after the first share
    ended the phrase there (quotes40). Returns the end of the whole coordination, else ``end``."""
    doc = token.doc
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i <= end or not any(t.like_num for t in doc[start:end]):
        return end
    if doc[end].text != ",":
        return end
    parts: list[list[Token]] = [[]]
    coordinated = False
    for t in doc[end + 1:verb.i]:
        if t.text == "," or t.pos_ == "CCONJ":
            coordinated = coordinated or t.pos_ == "CCONJ"
            if parts[-1]:
                parts.append([])
            continue
        if t.pos_ in ("PUNCT", "VERB", "AUX"):  # ("%" is punctuation to the lexicon, a noun to the tagger)
            return end
        parts[-1].append(t)
    if not coordinated or not parts[-1] or not all(any(t.like_num for t in part) for part in parts):
        return end
    last = parts[-1]
    while len(last) > 1 and last[-1].pos_ in ("ADV", "PART"):
        last = last[:-1]  # "... and 12% of porters also say": the adverb is the verb's
    return last[-1].i + 1


def find_subject(verb: Token, addressees: Container[str]) -> Token | None:
    """The speaker token of a cue verb: its subject, its by-agent, or an inherited subject
    (``addressees``: the verbs whose object is the person addressed)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    head = verb.head
    misread = _cue_read_as_reduced_relative(verb)
    if misread is not None:
        return misread[0]
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1:
        subjects = _subjects_outside_quotations(verb, subjects)
    if not subjects and verb.tag_ in ("VBD", "VBZ") and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "compound" \
            and verb.doc[verb.i - 1].head.i == verb.i and verb.doc[verb.i - 1].pos_ == "PROPN":
        # '"...," Ann Lee joked': a name right before a finite cue verb that the parser made a
        # compound of the verb (reading the two as one noun) is the verb's subject
        return verb.doc[verb.i - 1]
    as_mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if len(subjects) > 1 and as_mark is not None and subjects[-1].i > as_mark.i:
        # "The island, as one of her advisers pointed out, does not ...": the parser gave the cue
        # the clause's subject too; the speaker is the one after "as".
        return next(child for child in subjects if child.i > as_mark.i)
    if len(subjects) > 1 and subjects[0].tag_ in ("WP", "WDT") and subjects[1].tag_ not in ("WP", "WDT"):
        # "the council, which she said held all her notes": the relative pronoun is the subject of
        # the reported clause, which the parser hung on the cue; the speaker is the subject after it
        return _name_after_opening_participle(subjects[1]) or subjects[1]
    if len(subjects) > 1 and subjects[-1].pos_ == "PROPN":
        # "Cubs president of baseball operations Theo Epstein said": the parser split a role
        # and the name after it into two subjects; the name is the speaker.
        return subjects[-1]
    for child in subjects:
        if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return verb.head  # "Putin, who said ...": the noun the clause describes
        return _name_after_opening_participle(child) or child
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        return None  # "It was announced that ...": nobody named
    reduced = _subject_with_reduced_participle(verb) or _subject_of_predicate_series(verb)
    if reduced is not None:
        return reduced
    if verb.dep_ == "xcomp" and head.i != verb.i and head.pos_ == "ADJ" and head.dep_ == "acomp" \
            and head.head.pos_ in ("VERB", "AUX"):
        # "Voters are most inclined to say ...", "she was quick to add ...": the infinitive of a
        # predicate adjective speaks for the copula's subject (quotes40)
        return find_subject(head.head, addressees)
    absolute = _subject_of_absolute_participle(verb)
    if absolute is not None:
        return absolute
    if verb.dep_ in ("conj", "amod", "compound"):
        inverted = _inverted_after_statement(verb)  # "..., continued the firm." (quotes27)
        if inverted is not None:
            return inverted
    read_as_subject = participle_read_as_subject(verb)
    if read_as_subject is not None:
        return find_subject(read_as_subject.head, addressees)
    head = verb.head
    feeling = _governor_of_that_clause(verb)
    if feeling is not None:
        return find_subject(feeling, addressees)
    passive = _passive_subject_of_participle(verb)
    if passive is not None:
        return passive
    if verb.dep_ == "conj":
        own = _subject_after_coordinator(verb) or _name_set_off_before_closing_cue(verb)
        if own is not None:
            return own
    partner = _participle_partner(verb)
    if partner is not None:
        # "..., telling the paper that Roe is a "fake" and questioning how he won": the second
        # participle goes on with the first, not with the clause the first one reports (quotes31)
        return find_subject(partner, addressees)
    if verb.dep_ in ("conj", "xcomp") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        # "... and added that ..." / "declined to say": the coordinated verb's subject.
        return find_subject(head, addressees)
    described = _speaker_phrase_after_quotation(verb)
    if described is not None:
        return described
    after_semicolon = _subject_after_semicolon(verb)
    if after_semicolon is not None:
        return after_semicolon
    opening = _speaker_before_opening_participle(verb, addressees)
    if opening is not None:
        return opening
    if verb.dep_ in ("advcl", "acl") and (verb.tag_ in ("VBG", "VBN") or _infinitive(verb)):
        # "Trump said, adding ..." / "a series of tweets saying ...": the clause's own speaker;
        # "she took to Twitter to say ...", "issued a statement to say ...": the doer's.
        ancestor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if ancestor is not None and verb.tag_ == "VBG":
            ancestor = _governor_of_reported_clause(verb, ancestor) or ancestor
        if ancestor is not None:
            return find_subject(ancestor, addressees)
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _doer_of_gerund(head.head, addressees)
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head  # "Smith, who said ..."
    return (
        _subject_of_set_off_participle(verb)
        or _name_set_off_after_fronted_phrase(verb)
        or _inverted_subject(verb, addressees)
        or _preceding_noun(verb)
        or _described_subject(verb)
        or _set_off_speaker(verb)
        or _subject_closed_by_relative_clause(verb)
    )


def _cue_read_as_reduced_relative(verb: Token) -> tuple[Token, int, int] | None:
    """``Several papers reported on Friday the council had lost control of the budget``: a past
    cue verb right after a noun, read as a participle modifying it, while the sentence's verb
    gets that noun and a second subject after the cue's phrase; a clause has one subject, so the
    noun and the cue are the attribution, and the clause from the second subject on is what was
    said. Returns (speaker noun, first and last token + 1 of that clause)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.i != verb.i - 1 or noun.dep_ != "nsubj":
        return None
    main = noun.head
    if main.i < verb.i:
        return None
    second = next((c for c in main.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
    if second is None or second.left_edge.i != verb.right_edge.i + 1:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "agent") for c in verb.children):
        return None  # "the papers printed this week say ...": a participle with an object of its own
    end = main.right_edge.i + 1
    while end - 1 > second.i and main.doc[end - 1].is_punct and not main.doc[end - 1].is_quote:
        end -= 1
    return noun, second.left_edge.i, end


def _subject_of_predicate_series(verb: Token) -> Token | None:
    """``He vowed to build a wall and cast doubt on the rate, suggested that it was higher``: the
    last of a series of predicates of one subject, set off by a comma, with a clause of its own
    after it (so not a closing credit of the clause before); the parser read the predicates before
    it as its complement. Returns their subject, which opens the sentence."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 2 or doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    before = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 2), None)
    if before is None:
        return None
    subject = next((c for c in before.lefts if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.left_edge.i == verb.sent.start else None


def _subject_with_reduced_participle(verb: Token) -> Token | None:
    """``Parents given the choice of three answers are most inclined to ...``: a subject carrying
    a past participle (a relative clause without a pronoun) that the parser read as a clause of its
    own, the participle a complement before the verb with the noun as its subject; the verb has no
    subject of its own. Returns that noun."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    noun = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or clause.i != noun.i + 1:
        return None
    return noun


# Prepositions opening an absolute phrase: a noun and a participle after them are a subject and
# its verb ("with the mayor asking ...", "without anyone saying ..."), a small closed class of English.
_ABSOLUTE_PREPS = frozenset({"with", "without"})


def _subject_of_absolute_participle(verb: Token) -> Token | None:
    """``The talk ended with Ann Lee asking Tom Reed whether ...``: in an absolute phrase after
    ``with`` the noun right before the participle is its subject, not the subject of the clause
    the phrase hangs on (news-dev67). The parser makes the participle an adverbial clause of that
    clause (the noun the object of ``with``, a sibling right before it) or a modifier of the
    noun."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    # the object of "with" whose phrase ends right before the participle ("with the mayor of
    # Springfield asking": the mayor), or the noun the participle modifies
    noun = verb.head if verb.dep_ == "acl" else next(
        (t for t in (before, *before.ancestors) if t.dep_ == "pobj" and t.head.lower_ in _ABSOLUTE_PREPS), None)
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in _ABSOLUTE_PREPS or noun.i > verb.i:
        return None
    if verb.dep_ == "advcl" and (noun.right_edge.i + 1 != verb.i or noun.head.head.i != verb.head.i):
        return None
    return noun


def _passive_questions_after_agent(doc: Doc, index: QuoteIndex, cue_tokens: list[tuple[Token, Cue]],
                                   found: list[Attribution]) -> list[Attribution]:
    """``<Guest> was asked by host <Name>, who ..., "..."``: a passive verb of saying with a ``by``
    agent, followed right after the agent's phrase (its relative clause included) by a comma and a
    quotation: the quotation is what the agent said (the question put), whatever the parser hung the
    passive on (it may make it a clause of the quotation's verb). qtp38, news-dev62's quote class."""
    taken = {a.content for a in found if a.cue is not None}
    attributions = []
    for verb, cue in cue_tokens:
        if cue.kind != "speech" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
        person = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if person is None:
            continue
        phrase_end = person.right_edge.i
        joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > phrase_end + 2
                       and doc[phrase_end + 1].text == "," and doc[phrase_end + 2].pos_ == "CCONJ"
                       and c.left_edge.i <= phrase_end + 3
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        if joined is not None:
            # "asked by host Ann Lee, who backs him, but has doubted the story, "...": the second
            # verb of the agent's relative clause, which the parser joined to the passive (quotes40)
            phrase_end = joined.right_edge.i
        k = phrase_end + 1
        while k < len(doc) and doc[k].text == "," and k < phrase_end + 3:
            k += 1
        if k >= len(doc) or doc[k - 1].text != "," or k > phrase_end + 2:
            continue
        span_index = index.covering(doc[k].idx)
        if span_index is None or index.spans[span_index].open != doc[k].idx:
            continue
        content = _strip(doc, *index.spans[span_index].inner)
        if content[1] <= content[0] or content in taken or any(
                a.content[0] <= content[0] < a.content[1] and a.cue is not None for a in found):
            continue
        start, end = speaker_tokens(person)
        attributions.append(Attribution(content=content, cue=(verb.idx, _end_of(verb)),
                                        speaker=(doc[start].idx, _end_of(doc[end - 1])), kind="direct"))
    return attributions


def _speaker_before_opening_participle(verb: Token, addressees: Container[str]) -> Token | None:
    """``The host said the report was bad. Adding, "..."``: a participle of saying that opens an
    orthographic sentence with no subject (the parser makes it the root, or hangs it on the verb of
    the quotation after it) goes on with the speaker of the sentence before, the subject of its
    finite main verb; that subject, else None (qtp38, news-dev62's quote class)."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("ROOT", "advcl") or not verb.text[:1].isupper() or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "advcl" and (verb.head.i < verb.i or not any(_is_quotation_mark(t) for t in doc[verb.i + 1: verb.head.i])):
        # hung on a verb after it: only the verb of the quotation that follows ("Adding, '...'"),
        # not the clause's own saying ("Explaining why ..., the office said that ...")
        return None
    k = verb.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1  # past the closing mark of a quotation that ended the sentence before
    if k < 1 or doc[k].text not in (".", "?", "!"):
        return None
    before = doc[k].sent.root
    if before.i >= verb.i or before.pos_ not in ("VERB", "AUX") or before.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
    return find_subject(before, addressees) if subject is not None else None


def _subject_after_semicolon(verb: Token) -> Token | None:
    """``<clause>; one councillor called the fair "..."``: a semicolon opens a clause of its own, so a
    noun phrase right after it and a past form with an object right after the noun are that clause's
    subject and verb, whatever the parser made of them (a reduced relative on a noun of the clause
    before); the noun, else None (qtp38, news-dev62's quote class)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or not any(
            c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children):
        return None
    noun = verb.head
    doc = verb.doc
    start = noun.left_edge.i
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i != verb.i - 1 or start == 0 or doc[start - 1].text != ";":
        return None
    return noun


def _subject_closed_by_relative_clause(verb: Token) -> Token | None:
    """``..., a city official who spoke on condition of anonymity said Tuesday, "..."``: a
    subject whose noun the parser hung on a noun before it (an apposition across the comma) while
    the finite verb right after the noun's relative clause got no subject. A noun phrase that ends
    with its relative clause right before a finite verb with no subject is that verb's subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    last = verb.doc[verb.i - 1]
    clause = next((a for a in (last, *last.ancestors) if a.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != verb.i - 1:
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= clause.i or noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    if verb.i in {t.i for t in noun.subtree} or noun.sent.start != verb.sent.start:
        return None
    return noun


def _subjects_outside_quotations(verb: Token, subjects: list[Token]) -> list[Token]:
    """Of the several subjects the parser gave a cue, those that are no words of a quotation:
    a quoted title after the cue names a programme or a work (``"...," Ann Lee said on Channel
    Four's "Good Morning Show."``), and a noun of the quotation before the cue, closed before the
    next subject (``"My reaction, that was shameful," the party's treasurer said``), is what
    was said. All of them when none is left."""
    doc = verb.doc
    kept = []
    for subject in subjects:
        if subject.i > verb.i and _is_quotation_mark(subject.left_edge):
            continue
        later = [o for o in subjects if subject.i < o.i < verb.i]
        if later and _inside_quotation_marks(subject) and any(
                _is_quotation_mark(t) and _closing_mark(t) for t in doc[subject.i + 1 : later[0].left_edge.i]):
            # (the closing mark may be the quoted subject's own punctuation: '"My dear friend," the
            # speaker says', the mark a child of "friend"; quotes42)
            continue
        kept.append(subject)
    return kept or subjects


def _closing_mark(token: Token) -> bool:
    return token.text in DOUBLE_CLOSE + SINGLE_CLOSE or token.tag_ == "''"


def _inside_quotation_marks(token: Token) -> bool:
    """Whether a quotation mark opened in the token's sentence before it is still open at it."""
    open_mark = False
    for t in token.doc[token.sent.start : token.i]:
        if _is_quotation_mark(t):
            open_mark = not _closing_mark(t)
    return open_mark


def participle_read_as_subject(verb: Token) -> Token | None:
    """``The governor answered the critics, stating county officials – and not the state – are in
    charge``: a participle of saying set off by a comma that the parser made the subject of the
    clause it reports (``stating`` the subject of ``are``, that clause a complement of the main
    verb before the comma). The reported clause's verb is returned (the speaker is the main
    verb's subject; what was said runs from after the participle to the clause's end), else None."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    host = verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "dobj" for c in verb.children):
        # or the reported clause's subject read as the participle's object and its verb, with no
        # subject, coordinated with the main verb right after the participle's words
        # (``..., stating state officials – not the federal government – are in charge``)
        orphan = next((c for c in host.children if c.dep_ == "conj" and c.i > verb.right_edge.i
                       and c.pos_ in ("VERB", "AUX")), None)
        if orphan is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in orphan.children) or any(
                not t.is_punct for t in doc[verb.right_edge.i + 1 : orphan.left_edge.i]) or orphan.left_edge.i < orphan.i \
                and any(t.dep_ == "cc" for t in doc[orphan.left_edge.i : orphan.i]):
            return None
        return orphan
    if verb.dep_ != "csubj" or host.i <= verb.i or host.dep_ not in ("ccomp", "conj", "advcl"):
        return None
    main = host.head
    return host if main.i < verb.i and main.pos_ in ("VERB", "AUX") else None


def _infinitive(verb: Token) -> bool:
    """``to say``, ``to show``: a bare verb with ``to``."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


# Subordinators of time that open a participle going on at once with the main clause ("while adding
# ..."): a closed class of English, like the absolute prepositions below.
_SIMULTANEITY_MARKS = frozenset({"while", "whilst"})

# Object pronouns that name a person ("criticised her for saying ...").
_PERSON_OBJECTS = frozenset({"me", "him", "her", "us", "them"})


def _governor_of_reported_clause(participle: Token, host: Token) -> Token | None:
    """``Ann Lee said the council had failed, adding that ...``: a participle of saying set off by
    a comma that the parser hung on the clause of what was said (``failed``, the complement of
    ``said``; ``denied the notion that a change is coming, explaining ...``: a ``that`` clause
    of the verb's object) goes on with the attribution around that clause: the verb that governs
    the clause, whose subject is the one adding (None when the host is no such clause)."""
    doc = participle.doc
    if participle.i == 0 or participle.head.i != host.i:
        return None
    mark = next((c for c in participle.lefts if c.dep_ == "mark" and c.lower_ in _SIMULTANEITY_MARKS), None)
    # "insisted it was too early to act while adding, '...'": a participle opened by "while" goes
    # on with the attribution as one set off by a comma does (quotes40)
    before = participle.i - 1
    if before > 1 and _is_quotation_mark(doc[before]) and doc[before - 1].text == ",":
        # 'said the film was called "Far Home," explaining ...': the comma that sets the
        # participle off sits inside the closing mark of a quoted title or fragment
        before -= 1
    if doc[before].text != "," and not (mark is not None and mark.i == participle.i - 1):
        return None
    if host.dep_ == "ccomp" and host.head.pos_ in ("VERB", "AUX") and host.head.i < host.i:
        return host.head
    opened_by_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in host.children)
    noun = host.head
    if (host.dep_ in ("acl", "relcl") and opened_by_that and noun.dep_ == "dobj"
            and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < host.i):
        return noun.head
    return None


def _subject_of_set_off_participle(verb: Token) -> Token | None:
    """``Sen. Ann Lee, noting the size of the crowd, said, …``: the parser hung the subject on
    the participle clause set off between it and the verb (made a complement of the verb); the
    participle's subject is the verb's."""
    for child in verb.children:
        if (
            child.i < verb.i
            and child.dep_ in ("ccomp", "advcl")
            and child.tag_ == "VBG"
            and child.i > 0
            and verb.doc[child.i - 1].text == ","
        ):
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
            if subject is not None:
                return subject
    return None


def _next_sentence_without_stop(verb: Token, clause: Token, speaker_range: tuple[int, int]) -> bool:
    """``Orders rose by a third, the firm said Its new plant will open in May.``: a complement after
    the cue (and its speaker) that opens, mid-sentence and with no colon or quotation mark, on a
    capitalised word that is no name (``Its``, ``The`` before a common noun) is the next sentence run
    on for a missing full stop, not what was said. ``said The Times was wrong`` (a name) is kept."""
    doc = verb.doc
    if clause.i < verb.i:
        return False
    first = doc[clause.left_edge.i]
    if first.i != max(verb.i, speaker_range[1] - 1) + 1 or first.i == first.sent.start:
        return False
    if not first.text[:1].isupper() or first.pos_ == "PROPN" or first.lower_ == "i" or first.is_punct:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("NOUN", "PRON") and first.i <= subject.i


def _relayed_speaker(verb: Token, relaying: Container[str]) -> Token | None:
    """``State radio quoted her as saying ...``, ``the paper cited the minister as saying ...``: a
    gerund of saying after ``as`` on a verb by which an outlet relays words (``relaying``) was
    said by that verb's object, not by the outlet (its subject). None when the frame is absent."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or head.lower_ != "as" or head.dep_ != "prep":
        return None
    relay = head.head
    if relay.lemma_.lower() not in relaying:
        return None
    return next((c for c in relay.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _recorded_speaker(verb: Token, recording: Container[str]) -> Token | None:
    """``The ad uses footage of the mayor saying, "..."``: a gerund of saying right after the
    person of an ``of`` phrase on a noun of a recording (``recording``: footage, a clip, a video)
    is that person's speech, whatever the parser hung the gerund on (the main verb, at times,
    which would make the ad the speaker). None when the frame is absent."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    node = verb.doc[verb.i - 1]
    while node.head.i != node.i and node.i < node.head.i < verb.i:
        node = node.head  # up to the head of the noun phrase ending right before the gerund
    if node.pos_ not in ("NOUN", "PROPN", "PRON") or node.dep_ != "pobj" or node.head.lower_ != "of":
        return None
    return node if node.head.head.lemma_.lower() in recording else None


def _doer_of_gerund(governor: Token, addressees: Container[str]) -> Token | None:
    """Who speaks in a gerund after a preposition (``whipped up a storm for saying ...``,
    ``apologised after saying ...``): the subject of the verb the preposition hangs on, or the
    person that verb is done to (``criticised Ms Roe for saying ...``, ``thanked him for saying``)."""
    obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
    if obj is not None and (obj.ent_type_ == "PERSON" or obj.lower_ in _PERSON_OBJECTS):
        return obj
    return find_subject(governor, addressees)


def _subject_after_coordinator(verb: Token) -> Token | None:
    """The subject of the second of two joined clauses that the parser joined to an object of
    the first (``the market has its problems and analysts warn that ...``: ``analysts`` hung on
    ``problems``): the noun phrase between the coordinator and the verb. ``X arrived and told
    ...`` (the verb right after the coordinator) has none: it shares X."""
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < verb.sent.start or doc[i].pos_ not in ("NOUN", "PROPN", "PRON") or doc[i].head.i == verb.i:
        return None
    j = i - 1
    while j >= verb.sent.start and doc[j].pos_ in ("DET", "ADJ", "NUM", "PROPN", "NOUN") and doc[j].head.i > j:
        j -= 1
    if j < verb.sent.start or doc[j].pos_ != "CCONJ" or doc[j].i <= verb.head.i:
        return None
    return doc[i]


def _name_set_off_before_closing_cue(verb: Token) -> Token | None:
    """``The bridge will reopen in May, Ann Lee, mayor of Dunmore, announced today.``: a closing
    credit whose speaker is a name set off by commas with its apposition; the parser joined the cue
    to the statement's verb as a conjunct (no coordinator, no subject) and hung the name inside the
    statement. Returns the name's head: a proper name right after a comma, followed by at most one
    phrase set off by commas without a verb, and the comma right before the cue."""
    doc = verb.doc
    if verb.head.i >= verb.i or doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children):
        return None
    commas = [j for j in range(verb.head.i + 1, verb.i - 1) if doc[j].text == ","]
    for k, comma in enumerate(commas):
        name_end = commas[k + 1] if k + 1 < len(commas) else verb.i - 1
        words = doc[comma + 1:name_end]
        if not len(words) or not all(t.pos_ == "PROPN" for t in words):
            continue
        rest = commas[k + 1:]
        if len(rest) > 1 or any(t.pos_ in ("VERB", "AUX") for t in doc[name_end:verb.i - 1]):
            continue
        return words[-1]
    return None


def _participle_partner(verb: Token) -> Token | None:
    """``..., telling the paper that Roe is a "fake" and questioning how he won``: a participle
    the parser coordinated with the finite verb of the clause another participle reports (``is``,
    the complement of ``telling``). A participle and a tensed verb are no pair of coordinates: the
    participle goes on with the reporting participle, whose speaker is its own. That reporting
    participle, else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ not in FINITE_TAGS or head.dep_ != "ccomp":
        return None
    reporting = head.head
    if reporting.tag_ != "VBG" or reporting.i > head.i:
        return None
    if not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    return reporting


def _passive_subject_of_participle(verb: Token) -> Token | None:
    """``Ross was heard on the radio saying ...``, ``the mayor was filmed telling ...``, ``she was
    quoted as saying ...``, ``he was arrested and later said ...``: a participle or coordinated
    cue on a passive verb was said by that verb's passive subject (a participle the parser made
    the passive verb's object too: ``the cleric is shown lecturing: "..."``, news-dev66)."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "pcomp", "dobj"):
        ancestor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    elif verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        ancestor = verb.head
    else:
        return None
    if ancestor is None:
        return None
    subject = next((c for c in ancestor.children if c.dep_ == "nsubjpass" and c.lower_ != "it"), None)
    if subject is not None and subject.tag_ in ("WP", "WDT"):
        # "a fan who was filmed saying ...": the noun the relative clause describes
        return ancestor.head if ancestor.dep_ == "relcl" and ancestor.head.pos_ in ("NOUN", "PROPN") else None
    return subject


# Words that open a speaker phrase written between a quotation and its cue.
_SPEAKER_DETERMINERS = frozenset({"the", "a", "an", "one"})


def _set_off_speaker(verb: Token) -> Token | None:
    """The speaker phrase between a quotation and a subject-less cue, before a phrase set off
    by commas (``"...," the 27-year-old, from Leeds, said``): the parser hangs it on the
    quotation's clause; its last word (``old``) heads it."""
    doc, sent = verb.doc, verb.sent
    # the mark closing the quotation before the phrase (after its comma, '...,"'), not one closing a
    # word quoted inside the phrase ('Bill Eastland, wearing "Team Lee" pins, said'; quotes40)
    close = next((j for j in range(verb.i - 1, sent.start - 1, -1) if doc[j].is_quote
                  and (j == sent.start or doc[j - 1].text in (",", "!", "?"))), None)
    if close is None or close + 2 >= verb.i:
        return None
    first = close + 1
    while first < verb.i and doc[first].is_punct:
        first += 1
    comma = next((j for j in range(first + 1, verb.i) if doc[j].text == ","), None)
    if comma is None or comma == first + 1:
        return None
    titled_name = doc[comma - 1].pos_ == "PROPN" and all(t.pos_ in ("NOUN", "PROPN") for t in doc[first:comma])
    if doc[first].lower_ not in _SPEAKER_DETERMINERS and doc[first].pos_ != "PROPN" and not titled_name:
        return None  # ("club captain Ann Lee": a name after the nouns of its title, quotes40)
    last = doc[comma - 1]
    return last if last.pos_ in ("NOUN", "PROPN", "ADJ") else None


# Verbs of naming whose passive infinitive after a request says how a source is cited
# ("asked not to be named", "asked to remain anonymous" is not among them: it has no passive).
_NAMING_LEMMAS = frozenset({"name", "identify"})


def _not_to_be_named(xcomp: Token) -> bool:
    """``asked not to be named``, ``asked to be identified only as ...``."""
    return xcomp.lemma_.lower() in _NAMING_LEMMAS and any(c.dep_ == "auxpass" for c in xcomp.children)


def _described_subject(verb: Token) -> Token | None:
    """The last word of a subject the parser hung on the cue word by word (``the 62-year-old
    said``: ``the`` as the verb's determiner, ``old`` as its modifier)."""
    if verb.i == 0 or not any(c.dep_ == "det" for c in verb.lefts):
        return None
    last = verb.doc[verb.i - 1]
    return last if last.head.i == verb.i and last.dep_ in ("amod", "compound", "nmod") else None


# Words of a noun phrase before its head ("Cubs fan Rodrigo Gonzales", "the city's mayor").
_NOUN_PHRASE_DEPS = ("compound", "det", "amod", "poss", "case", "nmod", "nummod")


def _only_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are one proper name and nothing else (``Lund``,
    ``Ann Lee``): words that name, no statement."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    return 0 < len(words) <= 3 and all(t.ent_type_ == "PERSON" for t in words)


def _clause_fragment(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of the words from ``start`` to ``end`` when they are a verb phrase of the clause
    around them: their verb hangs on a verb outside them and no subject of their own is among them
    (``could "look like a movie star"``; not ``"the plan will fail"``); else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = range(span.start, span.end)
    if any(t.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for t in span):
        return None
    tops = [t for t in span if not t.is_punct and t.head.i not in inside]
    # a verb phrase (a noun phrase set off may name a saying: 'the legend, the "curse of the mill"')
    if len(tops) == 1 and tops[0].head.i != tops[0].i and not tops[0].head.is_punct \
            and tops[0].pos_ in ("VERB", "AUX") and tops[0].head.pos_ in ("VERB", "AUX"):
        return tops[0]
    return None


def _cue_after_quotation(token: Token) -> bool:
    """``"...," tweeted captain Ann Lee after the match``: a past form of a cue right after a
    quotation closed by a comma is the cue in inverted order, though the parser made it an
    adjective of the speaker phrase after it (a participle before a noun is otherwise adjectival:
    ``the stated aim``)."""
    doc = token.doc
    return (
        token.tag_ in ("VBD", "VBN")
        and token.i >= 2
        and doc[token.i - 1].text in QUOTE_CHARS
        and doc[token.i - 2].text in (",", "!", "?")
        and token.head.i > token.i
        and token.head.pos_ in ("NOUN", "PROPN")
    )


def _name_after_opening_participle(subject: Token) -> Token | None:
    """``Posting on Facebook, Ann Lee, 45, said: ...``: an opening participle phrase the parser
    made the subject, with the real subject hung on it as an apposition after its comma: that
    apposition (a name or a noun) is the speaker."""
    if subject.tag_ != "VBG" or subject.i != subject.sent.start:
        return None
    for token in subject.subtree:
        if token.dep_ == "appos" and token.pos_ in ("PROPN", "NOUN") and token.i > subject.i \
                and token.doc[token.left_edge.i - 1].text == ",":
            return token
    return None


def _speaker_phrase_after_quotation(verb: Token) -> Token | None:
    """``"...," the club's manager, Ann Lee, posted on Instagram``: a past form of a cue that the
    parser hung as a modifier on the noun phrase right after a quotation closed by a comma (a
    finite verb never modifies a noun) has that noun as its subject."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.i >= verb.i \
            or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return None  # "the bill passed by the House", "the letter sent to staff": a participle
    first = head.left_edge.i
    while first < head.i and doc[first].text in QUOTE_CHARS:
        first += 1  # the parser may hang the closing mark on the phrase
    if first < 2 or doc[first - 1].text not in QUOTE_CHARS or doc[first - 2].text not in (",", "!", "?"):
        return None
    return head


def _inverted_subject(verb: Token, addressees: Container[str]) -> Token | None:
    """The speaker after a cue in inverted order (``"...," said Cubs fan Ann Lee, 24, after the
    game ended``) that the parser made the subject of a later clause: the head of the noun phrase
    right after a cue that follows a quotation's closing mark or comma."""
    doc, sent = verb.doc, verb.sent
    if verb.i == sent.start or doc[verb.i - 1].text[-1:] not in QUOTE_CHARS + ",":
        return None
    j = verb.i + 1
    while j < sent.end - 1 and doc[j].dep_ in _NOUN_PHRASE_DEPS and doc[j].head.i > j:
        j += 1
    if j >= sent.end:
        return None
    candidate = doc[j]
    if (
        candidate.pos_ in ("PROPN", "NOUN")
        and candidate.dep_ not in ("npadvmod", "tmod")
        and (candidate.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in addressees
             or _inverted_right_after_quotation(verb, candidate))
        and candidate.ent_type_ not in ("DATE", "TIME")
    ):
        return candidate
    return None


def _inverted_right_after_quotation(verb: Token, candidate: Token) -> bool:
    """``"Are you lost?" asks the guide.``: a verb of asking right after a question's closing mark,
    with no subject of its own, and a noun phrase after it that ends the sentence: the noun phrase
    is the speaker in inverted order, not the one addressed (who needs a subject before the verb:
    ``she asked the guide``)."""
    doc, sent = verb.doc, verb.sent
    if doc[verb.i - 1].text[-1:] not in QUOTE_CHARS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.i < 2 or "?" not in doc[verb.i - 2].text:
        return False  # a question is asked in inverted order; one is never "told" so ('"Go," told reporters')
    rest = [t for t in doc[candidate.right_edge.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    return not rest


def _inverted_after_statement(verb: Token) -> Token | None:
    """``Demand was strongest in Europe, continued the firm[, which added ...].``: a finite cue
    verb right after the comma that closes a clause of its own (a finite verb in it), with its
    subject right after it in inverted order, a noun phrase that ends the sentence or is set off
    by a comma (a relative clause or an apposition after it). The parser may hang such a verb as
    an adjective on the name after it, or join it to the clause before as a second verb; the
    noun phrase is its subject all the same (a finite verb before a noun phrase that closes the
    sentence is no modifier, and a second verb of a sentence has no object standing alone). The
    head of the subject, or None."""
    doc, sent = verb.doc, verb.sent
    # a past form the tagger read as a participle modifying the name after it ("..., added/VBN
    # Khaled."): the same word, in the same place (quotes40)
    past_as_modifier = verb.tag_ == "VBN" and verb.dep_ in ("amod", "compound") and verb.head.i > verb.i
    if (verb.tag_ not in ("VBD", "VBZ") and not past_as_modifier) or verb.i - 2 < sent.start \
            or doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_.lower() in cue_lexicon().addressees:
        return None  # "..., told CNN": after a verb of telling the name is the one addressed
    if doc[verb.i - 2].text in QUOTE_CHARS or not any(t.tag_ in FINITE_OR_MODAL_TAGS for t in doc[sent.start : verb.i - 1]):
        return None  # a quotation before the comma is read as such; a phrase without a verb reports nothing
    j = verb.i + 1
    while j < sent.end and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or doc[j].tag_ == "POS"):
        j += 1
    if j == verb.i + 1 or doc[j - 1].pos_ not in ("PROPN", "NOUN") or doc[j - 1].ent_type_ in ("DATE", "TIME"):
        return None
    if doc[verb.i + 1].pos_ not in ("DET", "PROPN"):
        return None  # "the firm", "Acme", not a bare common noun ("... , added value")
    if j < sent.end and doc[j].text not in (",", ".", "!", "?", ";") and not doc[j].is_space:
        return None  # the noun phrase goes on as a clause's subject ("said the plan was dead")
    head = doc[j - 1]
    if head.pos_ != "PROPN" and head.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") \
            and actor_dictionary().role(head.lemma_) is None \
            and getattr(cue_lexicon().nouns.get(head.lemma_.lower()), "kind", None) != "report":
        return None  # someone who speaks or a report that says (not "She paused, continued the speech.")
    return head


def _name_set_off_after_fronted_phrase(verb: Token) -> Token | None:
    """``In reply to Lee's remarks, Owen Price, leader of the group, said: "..."``: a name set off
    by commas right before a subject-less cue, which the parser made an apposition of the noun
    ending the phrase fronted before it, is the cue's subject (the speaker named after the phrase
    saying when or why)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for phrase in verb.lefts:
        if phrase.dep_ not in ("prep", "advcl", "npadvmod", "advmod"):
            continue
        for name in phrase.subtree:
            if (name.dep_ == "appos" and name.pos_ == "PROPN" and name.head.i < name.i
                    and name.left_edge.i > phrase.left_edge.i and doc[name.left_edge.i - 1].text == ","
                    and name.right_edge.i >= verb.i - 2):
                return name
    return None


def _preceding_noun(verb: Token) -> Token | None:
    """The noun right before a subject-less verb ("... of the Washington Post Trump said"): the
    parser often hangs such a subject on the phrase before it."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < verb.sent.start:
        return None
    candidate = verb.doc[i]
    # A clitic ("Let's say ...") is never a speaker.
    if candidate.pos_ in ("PROPN", "PRON") and candidate.dep_ != "nsubj" and candidate.text[0].isalpha():
        return _person_before_affiliation(candidate) or candidate
    return None


def _person_before_affiliation(token: Token) -> Token | None:
    """``... Ann Berg from Acme Foods told the paper``: the body closing the phrase before a
    subject-less verb is where the named person before it comes from; the person speaks."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in cue_lexicon().affiliation_prep:
        return None
    person = prep.head
    if person.i < prep.i and person.pos_ == "PROPN" and person.ent_type_ == "PERSON" and token.ent_type_ != "PERSON":
        return person
    return None


def _after_post_signature(doc: Doc, speaker: tuple[int, int], verb: Token) -> tuple[int, int]:
    """A speaker phrase the parser ran over the signature of an embedded post before it
    (``... #tags -- Jane Roe (@janeroe) November 8, 2016 Lee Yarker, who ..., said``) is the
    name after the signature."""
    text = doc_text(doc)
    signature = next(reversed(list(_POST_SIGNATURE.finditer(text, verb.sent.start_char, verb.idx))), None)
    if signature is None or signature.end() <= speaker[0]:
        return speaker
    first = _token_at(doc, signature.end() + len(text[signature.end() :]) - len(text[signature.end() :].lstrip()))
    if first is None or first.i >= verb.i or first.pos_ != "PROPN":
        return speaker
    last = first
    while last.i + 1 < verb.i and doc[last.i + 1].pos_ == "PROPN":
        last = doc[last.i + 1]
    return first.idx, _end_of(last)


def _strip(doc: Doc, start: int, end: int, keep_quotes: bool = True) -> tuple[int, int]:
    """Trim edge whitespace and punctuation (but not quotation marks) from a char span."""
    text = doc_text(doc)
    while start < end and text[start] in EDGE_PUNCT and not (keep_quotes and text[start] in QUOTE_CHARS):
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT and not (keep_quotes and text[end - 1] in QUOTE_CHARS):
        end -= 1
    return start, end


def _char_span(doc: Doc, first: int, last_exclusive: int) -> tuple[int, int]:
    if last_exclusive <= first:
        return (doc[first].idx, doc[first].idx)
    return doc[first].idx, doc[last_exclusive - 1].idx + len(doc[last_exclusive - 1].text)


def _clause_read_as_adverbial(verb: Token) -> tuple[int, int] | None:
    """``said after the match he would not resign``: a finite clause with its own subject, no
    subordinator and no object of the cue, which the parser hung on the verb of saying as an
    adverbial clause (with the cue's phrase of time or place before its subject). The token range
    from the clause's subject to its end (polnear18, a PolNeAR dev miss; tested on our own sentences)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return None
    for clause in verb.rights:
        if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or (
                clause.tag_ in ("VBG", "VBN", "TO") and not _finite_passive(clause)):
            continue
        if any(c.dep_ == "mark" for c in clause.children):
            return None  # "said it was late because ...", "if ...": a subordinate clause of its own
        subject = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("PRON", "PROPN", "NOUN", "DET", "NUM"):
            return None
        # only a phrase the parser hung on the clause between the cue and the subject ("after the match")
        between = [t for t in clause.lefts if t.i < subject.i]
        if any(t.dep_ not in ("prep", "npadvmod", "advmod", "punct") or t.tag_ in ("WRB", "WDT", "WP") for t in between):
            return None  # ("called the show when she was ill": a clause of time, no words reported)
        return subject.left_edge.i, clause.right_edge.i + 1
    return None


def _main_clause_after_fronted_cue(verb: Token, lexicon: CueLexicon) -> tuple[int, int] | None:
    """``The Ledger reported on Monday, based on the vote count, if the mayor wins, the budget will
    be cut``: a cue with its own subject opening the sentence, which the parser made the
    complement of the main clause after it once phrases set off by commas came between; what was
    reported is that main clause (from the first word after the cue's phrases to its end), not a
    phrase of the cue's own (news-dev65). Not when the main verb is a cue itself (``Lee said he
    would go, the paper reported``: the paper reports Lee's words) or the cue has a ``that``
    clause of its own."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i <= verb.i or lexicon.verb_cue(head) is not None:
        return None
    if verb.left_edge.i != verb.sent.start or any(c.dep_ == "mark" for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
           for c in verb.children):
        return None
    start = verb.right_edge.i + 1
    if start >= head.i or not (doc[start - 1].text == "," or doc[start].text == ","):
        return None
    while start < head.i and doc[start].is_punct:
        start += 1
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= start for c in head.children):
        return None
    content = _strip(doc, *_char_span(doc, start, head.right_edge.i + 1))
    return content if content[1] > content[0] else None


def _finite_passive(verb: Token) -> bool:
    """``the budget will be cut``: a past participle with a passive subject and a passive
    auxiliary after a modal or a finite auxiliary is a finite clause, no participle phrase."""
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and any(c.dep_ == "auxpass" for c in children) and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in children)


def _open_question(clause: Token) -> bool:
    """Whether a complement clause opens with ``whether``/``if`` or a wh-word (``determine how
    powerful it was``, ``discover who had paid``): a question, not what was found."""
    first = clause.left_edge
    return first.lower_ in ("whether", "if") or first.tag_ in ("WRB", "WP", "WDT", "WP$")


def _predicate_cut_from_clause(doc: Doc, clause: Token, end: int) -> Token | None:
    """``are inclined to say the prospect of A winning or B winning would leave them fearful``: a
    long reported subject the parser read as the whole clause; the predicate right after it
    (``would leave ...``), with a modal but no subject and no coordinator of its own, was joined
    as a conjunct to a verb above the clause. Returns that predicate's verb."""
    if end >= len(doc) or doc[end].tag_ != "MD":
        return None
    verb = doc[end].head
    if verb.dep_ != "conj" or verb.i <= end or verb.left_edge.i != end or clause.i in [a.i for a in verb.ancestors] \
            or verb.head.i > clause.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc", "preconj") for c in verb.children):
        return None
    return verb


def _closing_credit_of_statement(verb: Token, subject: Token | None) -> bool:
    """``The plant must close by June, a federal judge ruled Monday.``: a verb that reports only a
    clause (``ruled``, ``charged``: see ``that_clause_only_verb``) is the sentence's own verb, its
    subject right after a comma that ends a complement clause before it, and nothing of its own
    (object or clause) after it: it credits that clause as a closing ``said`` does. A relative
    clause (``the rates they charge``) is no sentence's own verb."""
    if subject is None or verb.dep_ != "ROOT" or not subject.i < verb.i:
        return False
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd") and c.i > verb.i for c in verb.children):
        return False
    before = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not before:
        return False
    speaker_start = speaker_tokens(subject)[0]
    doc = verb.doc
    return speaker_start > 0 and doc[speaker_start - 1].text == "," and before[-1].right_edge.i < speaker_start


def _clause_read_as_reduced_relative(clauses: list[Token], lexicon: CueLexicon) -> tuple[Token, Token] | None:
    """``said a plan the mayor drew up was too costly``: a that-less complement whose subject
    carries a relative clause without a pronoun; the parser made that relative clause
    (``the mayor drew up``) a complement of the cue and the real clause (``was too costly``,
    with no subject of its own) a second complement right after it. Returns (first, second) when
    two complements after the cue follow each other with nothing between them (no comma, no
    coordinator) and the second has no subject. Not when the second is a cue verb itself: that is
    the next attribution, run on after a full stop the tokenizer took into a word (``$4m. Ann Lee
    said ...``)."""
    after = sorted((c for c in clauses if c.dep_ == "ccomp" and c.i > c.head.i), key=lambda c: c.i)
    if len(after) < 2:
        return None
    first, second = after[0], after[1]
    if lexicon.verb_cue(second) is not None:
        return None
    if second.left_edge.i != first.right_edge.i + 1 or second.left_edge.i != second.i and any(
            t.is_punct or t.pos_ == "CCONJ" for t in second.doc[second.left_edge.i:second.i]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in second.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return None
    finite = second.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in second.children)
    return (first, second) if finite else None


def _complements(verb: Token) -> list[Token]:
    """The verb's children, without a clause before it that a colon or semicolon ends (``The
    ruling set off a row: residents said they ...``: the parser hung the sentence before the
    colon on the cue as a second complement; what was said follows the cue)."""
    stops = [c.i for c in verb.lefts if c.dep_ == "punct" and c.text in (":", ";")]
    if not stops:
        return list(verb.children)
    return [c for c in verb.children if not (c.dep_ == "ccomp" and c.i < max(stops))]


def _number_before_participle(subject: Token, verb: Token) -> bool:
    """``40 pledged delegates and five superdelegates were at stake``: a bare number right before
    a past form that the parser made its subject, with a bare plural noun right after as its
    object, is a count of that noun with a participle before it ("pledged delegates"), no saying."""
    doc = verb.doc
    if not (subject.like_num and subject.i == verb.i - 1 and verb.tag_ == "VBD") or verb.i + 1 >= len(doc):
        return False
    noun = doc[verb.i + 1]
    return noun.tag_ == "NNS" and noun.head.i == verb.i and noun.dep_ == "dobj" and not noun.like_num \
        and noun.lower_ not in MULTIPLIERS  # "Five mailed thousands of ...": a name, then a number


def _passive_participle_clause(verb: Token, addressees: Container[str]) -> bool:
    """``Asked whether he would resign, ...``, ``Told of the verdict, ...``: a passive participle
    clause before the verb it hangs on, with nobody named saying it: the subject of that verb is
    who was asked or told, not who spoke. After the verb, only for a verb whose object is the
    person addressed (``addressees``: ``..., she said when asked about the rules``); ``He cut
    the tax as promised`` is his own promise."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("VERB", "AUX")
        and (verb.i < verb.head.i or verb.lemma_.lower() in addressees)
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _gerund_after_of(verb: Token) -> Token | None:
    """The gerund clause of a verb of saying's ``of`` phrase (``accused X of lying``, ``complained
    of being ignored``, ``boasted of having won``): a clause of what was said, where a noun
    (``warned of floods``) is only a topic."""
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pcomp" and _gerund(c)), None)
    return None


def _subject_read_as_object(verb: Token) -> Token | None:
    """The object of a verb of saying that is really the subject of a clause the parser broke up
    (``maintained the Oscars only generated excitement``: ``generated``, tagged a finite past
    tense, hung on a noun as a modifier). The tagger's finite tag against the parser's modifier
    relation is the evidence: a finite verb right after the object phrase cannot modify a noun."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    finite = _word_after_object(obj)
    if finite is None:
        return None
    if finite.tag_ in FINITE_OR_MODAL_TAGS and finite.dep_ in ("amod", "compound", "nmod", "appos", "acl") and finite.head.i > finite.i:
        return obj
    if _subjectless_clause_after(obj, finite) is not None:
        return obj
    return None


def _word_after_object(obj: Token) -> Token | None:
    """The first word after an object phrase past adverbs and ``not``, inside its sentence."""
    j = obj.right_edge.i + 1
    while j < obj.sent.end and obj.doc[j].dep_ in ("advmod", "neg") and obj.doc[j].pos_ in ("ADV", "PART"):
        j += 1
    return obj.doc[j] if j < obj.sent.end else None


def _subjectless_clause_after(obj: Token, finite: Token | None) -> Token | None:
    """``ended the meeting by announcing it would expand purchases``: the parser made ``it`` the
    object of the verb of saying and hung ``would expand`` elsewhere (a second verb of the main
    clause). A modal or finite auxiliary right after the object whose verb comes after it and has no
    subject of its own cannot start a clause of its own: the object is that verb's subject, and the
    verb's phrase is the rest of what was said. The verb of that clause, or None."""
    if finite is None or finite.dep_ != "aux" or finite.tag_ not in FINITE_OR_MODAL_TAGS:
        return None
    clause = finite.head
    if clause.i <= finite.i or clause.pos_ not in ("VERB", "AUX") or clause.i == obj.head.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    if any(finite.i < t.i < clause.i and t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in finite.doc[finite.i + 1:clause.i]):
        return None
    return clause


def _gerund_subject_read_as_complement(verb: Token) -> Token | None:
    """The gerund subject of a clause of what was said that the parser made the verb's own
    complement, hanging the clause's finite verb on it (``economists say taxing consumption
    encourages savings``: ``taxing`` an ``xcomp`` of ``say``, ``encourages`` a ``ccomp`` of
    ``taxing``; ``have said cutting output must be ...``: a verb with a modal). A gerund right
    after the verb cannot be the complement of a verb of saying when a finite verb of its own
    follows it: the gerund phrase is that verb's subject."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    gerund = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if gerund is None or gerund.tag_ != "VBG" or gerund.i != verb.i + 1:
        return None
    finite = next((c for c in gerund.rights if c.dep_ == "ccomp" and (
        c.tag_ in FINITE_OR_MODAL_TAGS or any(a.dep_ == "aux" and a.tag_ in FINITE_OR_MODAL_TAGS for a in c.lefts))), None)
    if finite is None or not any(c.dep_ == "nsubj" and gerund.i < c.i < finite.i for c in finite.children):
        return None
    return gerund


def _gerund(token: Token) -> bool:
    """``lying``, ``being ignored``, ``having won``: a gerund, or a participle after one."""
    return token.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in token.children)


def _misplaced_that_clause(verb: Token) -> Token | None:
    """The complement clause of a cue verb that the parser hung on a noun of the verb's own
    phrases (``told a reporter from the paper on an earlier occasion that the pit was ...``:
    the clause as a modifier of ``occasion``). Only a clause opened by the complementiser
    ``that`` (a relative clause has ``that`` as its subject or object, never as its mark)."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in ("acl", "relcl") or token.head.dep_ not in ("pobj", "dobj"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i == token.left_edge.i for c in token.lefts):
            continue
        # The noun it hangs on is the verb's object or in a prepositional phrase of the verb,
        # never inside another clause.
        path = token.head
        while path.i != verb.i and path.dep_ in ("pobj", "dobj", "prep"):
            path = path.head
        if path.i == verb.i:
            return token
    return None


def _that_clause_read_as_adverbial(verb: Token) -> Token | None:
    """The complement clause of a cue verb governed by another verb (``continues to insist, in an
    interview with the radio, that the team will stay up``), which the parser hung on that
    governor as an adverbial clause once a phrase set off by commas came between. Only a clause
    after the cue, opened by the complementiser ``that`` right after a comma (``so that``,
    ``now that`` open adverbial clauses; their ``that`` follows a word), when the cue has no
    complement of its own."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    for clause in verb.head.rights:
        if clause.dep_ != "advcl" or clause.i <= verb.i:
            continue
        first = clause.left_edge
        if first.text == "," and first.i + 1 < clause.i:
            first = verb.doc[first.i + 1]  # the parser may hang the comma before "that" on the clause
        if (first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i
                and verb.doc[first.i - 1].text == ","):
            return clause
    return None


def _that_clause_read_as_relative(verb: Token) -> Token | None:
    """The complement clause of a cue verb after a phrase of its own (``stressed in an interview
    with the paper that no libraries would close``) that the parser read as a relative clause of
    the phrase's last noun, its ``that`` the relative pronoun's object or subject. Only when the
    verb reports nothing else (no object, no clause), the noun is inside a prepositional phrase of
    the verb (never its object: ``told the man that she met`` keeps its relative clause), ``that``
    opens the clause right after the noun's phrase, and the clause has a subject of its own before its
    verb (``a letter to the board that was read out`` keeps its relative clause). A relative clause
    whose verb takes ``that`` as its object (``wrote in the notebook that her father gave her``)
    reads the same and is taken too: the cue verb with an adjunct and no content of its own
    reports such a clause far more often."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ != "relcl" or token.head.dep_ != "pobj":
            continue
        first = token.left_edge
        if first.lower_ != "that" or first.head.i != token.i or first.dep_ not in ("dobj", "nsubj", "pobj"):
            continue
        before = token.doc[first.i - 1]
        if before.i != token.head.i and not token.head.is_ancestor(before):
            continue  # "that" right after the noun's phrase ("an interview with the paper that")
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i]
        if not subjects or not first.i < subjects[0].i < token.i:
            continue
        path = token.head
        while path.i != verb.i and path.dep_ in ("pobj", "prep"):
            path = path.head
        if path.i == verb.i:
            return token
    return None


# How far after a cue verb a lone ``that`` may stand and still open what the verb reports: a cue's
# own phrases of time, manner or occasion (``said before attending the town hall that``) are short.
THAT_CLAUSE_REACH = 10


def _that_clause_by_words(verb: Token, lexicon: CueLexicon) -> tuple[int, int] | None:
    """What a cue verb of saying reports when the words say it and the parse does not: the verb
    followed in its sentence, after at most a few words of its own phrases and no finite verb, by
    ``that`` and a clause with a subject and a finite verb of its own (``noting that at one point he
    had led``, ``said before attending the meeting that the paper asked her to ...``), however the
    parser hung the ``that`` (a preposition, a relative pronoun of a noun before it) and the
    clause. Not after the verb's own object (``explained the rule that the board adopted``: a
    relative clause of the object), except the person a verb of telling addresses (``told the
    board that ...``), nor after a noun of saying (``pleaded guilty to charges that ...``: the
    charge's clause); a finite verb between (``said he met the man that ...``) ends the search,
    and so does a quotation mark. Token range of the clause after ``that``."""
    doc = verb.doc
    sent = verb.sent
    objects = {t.i for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
               and not (c.dep_ in ("dobj", "dative") and verb.lemma_.lower() in lexicon.addressees) for t in c.subtree}
    that = None
    saying_nouns = {lemma for lemma, cue in lexicon.nouns.items() if cue.kind in ("speech", "report")}
    for token in doc[verb.i + 1 : min(sent.end, verb.i + 1 + THAT_CLAUSE_REACH)]:
        if token.is_quote or token.text in (",", ":", ";") or token.i in objects:
            # past a comma a phrase of its own begins ("said, expressing his belief that ...": the
            # clause is the belief's)
            return None
        if token.lower_ == "that":
            if token.i > verb.i + 1 and doc[token.i - 1].pos_ == "NOUN" and doc[token.i - 1].lemma_.lower() in saying_nouns:
                return None  # "pleaded guilty to charges that ...": the clause is the charge's
            that = token
            break
        if token.tag_ in FINITE_OR_MODAL_TAGS:
            return None
    if that is None or that.i + 2 >= sent.end:
        return None
    # the clause's first finite word (a verb or its auxiliary), with a subject between "that" and it
    finite = next((t for t in doc[that.i + 1 : sent.end] if t.tag_ in FINITE_OR_MODAL_TAGS), None)
    if finite is None or finite.is_quote:
        return None
    head = finite.head if finite.dep_ in ("aux", "auxpass") else finite
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or not that.i < subject.i < finite.i or subject.tag_ in ("WDT", "WP"):
        return None
    end = head.right_edge.i + 1
    while end - 1 > that.i + 1 and doc[end - 1].is_punct and not doc[end - 1].is_quote:
        end -= 1
    return that.i + 1, end


# Relations of a verb's complements: a clause with one of them is no relative clause missing its object.
_COMPLETE_CLAUSE_DEPS = frozenset({"dobj", "acomp", "attr", "ccomp", "xcomp", "nsubjpass", "oprd", "dative"})


def noun_that_clause(noun: Token) -> Token | None:
    """The ``that`` clause a noun of saying reports: one hung on the noun (``the claim that the
    bridge was safe``), or after ``is`` when the noun is the subject (``his view is that ...``).
    Only a clause opened by ``that`` whose verb has its complement (an object, a predicate, a
    clause, or a passive subject): a relative clause (``the claim that he made on TV``) lacks the
    object the noun stands for, though the parser may give its ``that`` the complementiser's
    relation. (An intransitive clause, ``the warning that the dam could burst``, is missed.)"""
    def opened_by_that(clause: Token) -> bool:
        return (any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.lefts)
                and any(c.dep_ in _COMPLETE_CLAUSE_DEPS for c in clause.children))

    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and opened_by_that(child):
            return child
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be":
        return next((c for c in head.rights if c.dep_ == "ccomp" and opened_by_that(c)), None)
    return None


def _utterance_that_clause(noun: Token) -> Token | None:
    """``made the case to regulators that the merger would lower prices``: the ``that`` clause of
    a noun of saying which the parser hung on the verb of uttering it (``make``, ``issue``,
    ``voice``), after the noun; only a clause with its complement, as in :func:`noun_that_clause`
    (polnear18)."""
    verb = noun.head
    for clause in verb.rights:
        if (clause.dep_ == "ccomp" and clause.i > noun.i
                and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.lefts)
                and any(c.dep_ in _COMPLETE_CLAUSE_DEPS for c in clause.children)):
            return clause
    # "made the case to 23 group leaders that he did not ...": the parser hung the clause on the
    # addressee as a relative clause; a relative clause has no complementiser "that" of its own
    # (its "that" is its subject or object), so a clause opened by the mark "that" is the noun's
    # (qtp37, news-dev58's quote class)
    for prep in verb.rights:
        if prep.dep_ not in ("prep", "dative") or prep.i < noun.i:
            continue
        for addressee in prep.children:
            for clause in addressee.rights if addressee.dep_ == "pobj" else ():
                if clause.dep_ in ("relcl", "acl") and _opened_by_complementiser(clause):
                    return clause
    return None


def _opened_by_complementiser(clause: Token) -> bool:
    """A clause opened by the mark ``that`` with a subject of its own and its complement."""
    return (any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.lefts)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and any(c.dep_ in _COMPLETE_CLAUSE_DEPS for c in clause.children))


def _owned_noun_clause_on_verb(noun: Token) -> Token | None:
    """``buttress the contention of Ann Lee that the files were never secret``: a noun of saying
    with an ``of`` owner, object of a verb, and the ``that`` clause right after the owner's phrase,
    which the parser hung on the verb (adverbial or complement clause). The clause is the noun's:
    nothing stands between them (qtp37, news-dev60's quote class)."""
    verb = noun.head
    if noun.dep_ != "dobj":
        return None
    follows = noun.right_edge.i + 1
    for clause in verb.rights:
        if clause.dep_ in ("advcl", "ccomp") and clause.left_edge.i == follows and _opened_by_complementiser(clause):
            return clause
    return None


def _that_clause_joined_above(verb: Token, end: int) -> Token | None:
    """A second ``that`` clause right after a cue's reported clause (only a comma and a
    coordinator between) that the parser joined to a verb above the cue (``went out of his way to
    say that X, and that Y``: ``Y`` a conjunct of ``went``). A main clause never opens with the
    complementiser ``that``, so the clause is the cue's second complement."""
    doc = verb.doc
    if end >= len(doc):
        return None
    i = end
    while i < len(doc) and doc[i].dep_ in ("cc", "punct") and doc[i].lower_ != "that" and not doc[i].is_quote:
        i += 1
    if i == end or i >= len(doc) or doc[i].lower_ != "that" or doc[i].dep_ != "mark":
        return None
    second = doc[i].head
    if second.dep_ != "conj" or second.i <= i or second.head.i == verb.i or not second.head.is_ancestor(verb):
        return None
    return second


def _gerund_subject_start(clause: Token, addressees: Container[str] | None = None) -> int:
    """Where a reported clause starts: its left edge; but when the clause has no subject and the
    parser hung a gerund phrase right before it on the verb of saying (``X said muddling through the
    rules of Bill 12, which ..., hasn't been easy``: ``muddling`` an xcomp of ``said``, ``been`` its
    ccomp), the gerund phrase is the clause's subject and starts it (issue 15, s19-dev15e)."""
    start = clause.left_edge.i
    cue = clause.head
    if clause.dep_ != "ccomp" or cue.i >= clause.i or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return start
    doc = clause.doc
    for gerund in cue.children:
        # (or a noun phrase read as an adverbial: "told members Phase II of the project will be delayed")
        # (or a noun phrase read as the verb's object, the clause left with no subject: "admitted the
        # rift between the two of them most likely does not ..."; not the object of a verb of
        # addressing, which is the person told: "told the BBC Liverpool were ..."; qtp37)
        noun_object = gerund.dep_ == "dobj" and addressees is not None and cue.lemma_.lower() not in addressees \
            and clause.pos_ in ("VERB", "AUX")
        subject_like = gerund.dep_ in ("xcomp", "dobj", "advcl") and gerund.tag_ == "VBG" or (
            gerund.dep_ == "npadvmod" or noun_object) and gerund.pos_ in ("PROPN", "NOUN") \
            and gerund.ent_type_ not in ("DATE", "TIME")
        if subject_like and cue.i < gerund.left_edge.i \
                and gerund.right_edge.i < start and all(t.is_punct for t in doc[gerund.right_edge.i + 1 : start]):
            return gerund.left_edge.i
    return start


def _that_conjunct(token: Token) -> bool:
    """A cue verb heading a second ``that`` clause joined to a reported clause ("said the report
    was unfair and that the video did not show it", "said neighbours heard a shot and that deputies
    found a car"): the clause is still what the first speaker said, so it does not end that
    content (attr20). Not a clause of its own ("and the mayor said ...": no ``that`` of its own)."""
    return token.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i
                                        for c in token.children)


def _after_opening_conjunction(doc: Doc, index: QuoteIndex, first: int, end: int) -> int:
    """The first token of a sentence taken whole as what was said, past a conjunction opening it
    ("But the plan, she said, will fail.", "And the town is broke, the mayor said."): the
    conjunction joins the reporter's sentence to the one before, it is no word of the speaker's
    (attr20). Not inside a quotation (then it is the speaker's own)."""
    token = doc[first]
    if (first + 2 >= end or not token.is_sent_start or token.tag_ != "CC" or token.dep_ != "cc"
            or index.covering(token.idx) is not None):
        return first
    first += 1
    if doc[first].text == "," and first + 2 < end:
        first += 1
    return first


def _coordinated_inside(doc: Doc, clause: Token, stop: int) -> bool:
    """Whether a stop (the left edge of a cue clause) lies inside ``clause`` at a coordinator that
    joins the cue clause to it (``..., and both polls found ...``)."""
    if not clause.left_edge.i < stop <= clause.right_edge.i:
        return False
    return doc[stop].dep_ == "cc" or doc[stop - 1].dep_ == "cc" or (
        stop >= 2 and doc[stop - 1].is_punct and doc[stop - 2].dep_ == "cc")


def _coordinated_head_before(verb: Token, clause: Token) -> Token | None:
    """``The network polled 400 voters, and both surveys showed him ahead, the group said.``: a
    closing credit the parser coordinated with the first clause of the sentence (``said`` a
    conjunct of ``polled``) and gave the second one as its complement, right after the coordinator
    the first clause holds. That first clause's verb, else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= clause.left_edge.i or head.pos_ not in ("VERB", "AUX"):
        return None
    k = clause.left_edge.i - 1
    doc = verb.doc
    if k <= head.i or doc[k].dep_ != "cc" or doc[k].head.i != head.i:
        return None
    if any(c.dep_ in ("ccomp", "conj") and c.i != verb.i and c.i > head.i for c in head.children):
        return None  # another clause of its own: not one coordinated sentence
    return head


def _last_coordinated_clause_before(verb: Token, clauses: list[Token]) -> Token | None:
    """``A rose, and B fell, the union said.``: the last of two or more complements of a closing
    credit, all before it, each joined to the next by a coordinator at their meeting point (``and``,
    ``but`` ending one clause's words or opening the next's), as the parser splits one coordinated
    sentence the credit closes; None for any other layout (a complement after the cue, clauses
    apart)."""
    ordered = sorted(clauses, key=lambda c: c.i)
    if ordered[-1].right_edge.i >= verb.i:
        return None
    doc = verb.doc
    for first, second in zip(ordered, ordered[1:], strict=False):
        if second.left_edge.i != first.right_edge.i + 1:
            return None
        if doc[first.right_edge.i].dep_ != "cc" and doc[second.left_edge.i].dep_ != "cc":
            return None
    return ordered[-1]


def _clause_tokens(clause: Token, stop_at: list[int], own_start: int,
                   addressees: Container[str] | None = None) -> tuple[int, int]:
    """Token range of a complement clause, cut before any coordinated cue clause of its own
    (``A said X, while B said Y``: B's clause is not part of what A said). ``addressees``: the verbs
    whose object is the person addressed (given by a verb's own attribution, see
    :func:`_gerund_subject_start`)."""
    start, end = _gerund_subject_start(clause, addressees), clause.right_edge.i + 1
    # stop_at is sorted: the first stop inside the clause (other than the cue's own) ends it.
    k = bisect.bisect_right(stop_at, start)
    while k < len(stop_at) and stop_at[k] < end:
        if stop_at[k] != own_start:
            end = stop_at[k]
            break
        k += 1
    # A leading complementiser ("said that ...") is not part of what was said, nor is what the
    # parser hung on the clause before it ("said on NBC's 'Meet the Press' that ...": the medium).
    mark = next((c for c in clause.lefts if c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")), None)
    if mark is not None and start <= mark.i < end:
        start = mark.i + 1
    elif start < end and clause.doc[start].lower_ == "that" and clause.doc[start].tag_ == "IN":
        start += 1  # the complementiser the parser hung on the clause as an object ("that/dobj")
    # A clause cut before a coordinated cue clause ("... was broke, and the mayor said ...") ends
    # before the coordinator that joined them.
    while end - 1 > start and (clause.doc[end - 1].dep_ == "cc"
                               or (clause.doc[end - 1].is_punct and not clause.doc[end - 1].is_quote)):
        end -= 1  # (a quotation mark stays: it makes the quote mixed)
    return start, _without_trailing_gloss(clause.doc, start, end)


def _without_trailing_gloss(doc: Doc, start: int, end: int, *, object_phrase: bool = False) -> int:
    """The end of a reported clause without the reporter's gloss that closes it: a relative clause
    or an apposition set off by a comma after the clause's last noun and running to its end
    (``said he would consider Tom Reed, a former mayor who can raise the money``; ``said the rules
    broke the law, which the court has put on hold``). Not when the gloss holds a quotation mark
    (then the words are the speaker's), nor a list the parser may have read as an apposition
    (``called for tax fairness, the closure of loopholes and relief for families``).

    ``object_phrase``: the content is a noun phrase reported as what was said (attr20: ``cited the
    cost of the bridge, which opened in 1990``, ``a close race in the county, where ...``); a
    ``where``/``when`` clause is a gloss too, and a name in apposition (``the author of the plan,
    Ann Lee``) names what the phrase stands for and stays."""
    relative_tags = ("WDT", "WP", "WP$", "WRB") if object_phrase else ("WDT", "WP", "WP$")
    for comma in range(start + 1, end - 1):
        if doc[comma].text != ",":
            continue
        first = doc[comma + 1]
        if first.tag_ in relative_tags and first.head.dep_ == "relcl" and start <= first.head.head.i < comma:
            gloss = first.head
        else:
            gloss = next((t for t in (first, *first.ancestors) if t.dep_ == "appos" and t.left_edge.i == first.i
                          and start <= t.head.i < comma and not (object_phrase and t.pos_ == "PROPN")), None)
        if gloss is None or gloss.right_edge.i + 1 < end:
            continue
        if any(t.is_quote for t in doc[comma:end]) or (
                gloss.dep_ == "appos" and any(t.dep_ == "cc" for t in doc[comma:end])):
            return end
        return comma
    return end


def _finite_clause(verb: Token) -> bool:
    """Whether a verb heads a finite clause: a finite verb, or one after a modal (``than it can maintain``)."""
    return verb.tag_ in FINITE_OR_MODAL_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


class QuotesStage(Stage):
    extension = "quotes"

    def __init__(self, nlp: Language, name: str, include_beliefs: bool = False, cues_path: str | None = None,
                 min_unattributed_words: int = MIN_UNATTRIBUTED_WORDS, data_dir: str | None = None) -> None:
        self.name = name
        self.data_dir = table_dir(data_dir)
        self.actors = load_actor_dictionary(self.data_dir)  # person nouns: "the minister's statement"
        self.include_beliefs = include_beliefs
        self.min_unattributed_words = min_unattributed_words
        self.cue_rows = _cue_table(cues_path).splitlines()
        self.lexicon = read_cue_rows(self.cue_rows)
        self._lemma_kinds: dict[int, int] = {}  # lemma id -> the word families it is in (_WordScan)
        # the lemmatizer's index of English common nouns: a speaker's name that is one is no proper name
        # at a sentence's start ("Surf show X ...") and makes a name a body's (named_speaker_entities)
        self.nouns: frozenset[str] = frozenset()
        if nlp is not None and "lemmatizer" in nlp.pipe_names and hasattr(lemmatizer := nlp.get_pipe("lemmatizer"), "lookups"):
            self.nouns = frozenset(lemmatizer.lookups.get_table("lemma_index", {}).get("noun", ()))

    def __call__(self, doc: Doc) -> Doc:
        # the searches' starting words, found once for the Doc; nothing here changes the parse, and the
        # events stage after does (headline verbs retagged): the scan is dropped when the stage ends
        doc.user_data[_WORD_SCAN_KEY] = self._scan_words(doc)
        try:
            doc._.quotes = self.extract(doc)
        finally:
            del doc.user_data[_WORD_SCAN_KEY]
        link_first_person(doc, doc._.quotes, self.lexicon.speaker_pronoun)
        named_speaker_entities(doc, doc._.quotes, self.actors, self.nouns)
        return doc

    # The cue table travels with a saved pipeline (nlp.to_disk / spacy.load).
    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CUES_FILE).write_text("\n".join(self.cue_rows) + "\n", encoding="utf-8")
        copy_tables(self.data_dir, path, ACTOR_FILES)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> QuotesStage:
        self.data_dir = Path(path)
        self.actors = load_actor_dictionary(self.data_dir)
        self.cue_rows = (Path(path) / CUES_FILE).read_text(encoding="utf-8").splitlines()
        self.lexicon = read_cue_rows(self.cue_rows)
        self._lemma_kinds.clear()
        self.__dict__.pop("_adjective_ids", None)
        return self

    # ----------------------------------------------------------------- the stage's steps

    def extract(self, doc: Doc) -> list[Quote]:
        text = doc_text(doc)
        spans = split_run_on_quotations(doc, find_quote_spans(text, self.lexicon.link_line), self.lexicon)
        index = QuoteIndex(spans)
        paragraph_starts = [start for start, _ in paragraph_spans(text)] or [0]
        attributions: list[Attribution] = []
        cue_tokens = self._cue_tokens(doc, index)
        # A cue clause joined to another clause ends what that clause's attribution reports ("A
        # said X, while B said Y"); an infinitive of purpose ("the onus is on the council to show
        # that it can lead") is part of the clause it hangs on.
        # A verb of manner reports only a quotation right before it: without one it reports
        # nothing and ends no clause ("argues the state is too big and cannot continue", quotes23).
        stop_at = sorted({t.left_edge.i for t, c in cue_tokens
                          if t.dep_ in ("advcl", "conj", "parataxis") and not _infinitive(t)
                          and not _that_conjunct(t)
                          # "defend" reports only an object named "as" something: it ends no clause
                          # ("... because he cannot defend his record"; quotes30)
                          and c.lemma not in self.lexicon.complement_only_verb
                          and c.lemma not in self.lexicon.quoted_object_only_verb
                          and not (c.kind == "manner" and _adjacent_quote(doc, index, t.idx, backwards=True) is None
                                   and _adjacent_quote(doc, index, doc[t.left_edge.i].idx, backwards=True) is None)}
                         | _clauses_holding_infinitive_cues(cue_tokens))
        found_of = self._cue_attributions(doc, cue_tokens, index, stop_at)
        # A finite adverbial clause whose cue word reports nothing there ("that when her son calls
        # home, he plays ..."; "call" says nothing) is no saying of its own: it ends no clause
        # (quotes43); a participle set off after the clause ("..., estimating 15 billion") still does
        idle = {t.left_edge.i for (t, _), found in zip(cue_tokens, found_of, strict=True)
                if found is None and t.dep_ == "advcl" and _finite_clause(t)} - {t.left_edge.i for (t, _), found in zip(cue_tokens, found_of, strict=True)
                                                          if found is not None}
        if idle & set(stop_at):
            stop_at = [k for k in stop_at if k not in idle]
            found_of = self._cue_attributions(doc, cue_tokens, index, stop_at)
        attributions.extend(found for found in found_of if found is not None)
        attributions.extend(_passive_questions_after_agent(doc, index, cue_tokens, attributions))
        attributions.extend(self._noun_attributions(doc, index, stop_at, attributions))
        attributions.extend(self._adjective_attributions(doc, index, stop_at))
        attributions.extend(self._made_known_attributions(doc, index, stop_at, attributions))
        attributions.extend(self._cues_read_as_nouns(doc, index, attributions))
        attributions.extend(self._cue_nouns_after_quotations(doc, index, attributions))
        attributions.extend(self._document_words_after_quotations(doc, index, attributions))
        attributions.extend(self._headline_credits_after_quotations(doc, index, attributions))
        attributions.extend(self._own_accounts(doc, index))
        # 'a fan shouted, "Lund,"': a name called out alone is a call or a chant, no statement
        attributions = [a for a in attributions if not (
            a.cue is not None and getattr(_token_at(doc, a.cue[0]), "lemma_", "").lower() in self.lexicon.call_out_verb
            and _only_a_name(doc, *a.content))]
        used: set[int] = set()
        for attribution in attributions:
            attribution.content = _past_dateline(doc, *attribution.content)
            self._classify(doc, attribution, index, used)
            attribution.paragraph = bisect.bisect_right(paragraph_starts, attribution.content[0]) - 1
        labelled = self._speaker_labels(doc, index, paragraph_starts, used)
        # "Wrote Roe in a report: '...'": the parser's verb found the quotation with no speaker;
        # the label names who wrote it
        said = {a.content for a in labelled}
        attributions = [a for a in attributions if a.speaker is not None or a.content not in said] + labelled
        attributions.extend(self._embedded_posts(doc, index, paragraph_starts, used))
        attributions.extend(self._unclaimed(doc, spans, used, paragraph_starts))
        attributions = [a for a in attributions if a.content[1] > a.content[0]]
        attributions.sort(key=lambda a: a.content[0])
        self._introduced_speakers(doc, attributions, index)
        self._continue_speakers(doc, attributions, index)
        attributions = _join_interrupted(text, attributions, self._abbreviations())
        attributions = [a for a in attributions if not _imagined_word_in_report(doc, a, attributions)]
        # A short quotation admitted as the next part of a speaker's words (_second_part) that
        # no speaker reached is a scare quote after all.
        attributions = [a for a in attributions if a.cue is not None or a.speaker is not None
                        or len(text[a.content[0] : a.content[1]].split()) >= self.min_unattributed_words]
        # 'they tried to see if they could "look like a movie star."': quoted words that go on
        # with the writer's clause, with no subject of their own, that no cue or speaker reached,
        # are a phrase borrowed into the narration, no statement (quotes32)
        attributions = [a for a in attributions if a.cue is not None or a.speaker is not None or not (
            a.opens is not None and index.covering(a.opens) is not None
            and not _opens_sentence(doc, a.opens) and _in_prose(doc, index.spans[index.covering(a.opens)])
            and self._borrowed_verb_phrase(doc, *a.content))]
        attributions = [a for a in attributions if not _frames_credited_words(a, attributions)]
        _quoted_in_speakers_sentence(doc, attributions, index)
        nested = self._nested_credits(doc, index, paragraph_starts)
        if nested:
            attributions = sorted(attributions + nested, key=lambda a: a.content[0])
        quotes = [self._to_quote(doc, n, a) for n, a in enumerate(_dedupe(attributions), start=1)]
        self._resolve_speakers(doc, quotes)
        return quotes

    def _cue_attributions(self, doc: Doc, cue_tokens: list[tuple[Token, Cue]], index: QuoteIndex,
                          stop_at: list[int]) -> list[Attribution | None]:
        """The attribution of each cue word (None where it reports nothing)."""
        return [self._according_to(doc, token, index) if cue.kind == "source"
                else self._verb_attribution(doc, token, cue, index, stop_at)
                for token, cue in cue_tokens]

    def _nested_credits(self, doc: Doc, index: QuoteIndex, paragraph_starts: list[int]) -> list[Attribution]:
        """``"It was hard, but as Ann Lee said last week, 'Nobody gives up.'" Tom Reed said.``: a
        speaker quoting a named person inside a quotation, with a cue of saying and a quotation in
        single marks right after its comma or colon, gives that person's own words; the outer
        quotation stays its speaker's (quotes40). Only a named subject (a proper noun): ``as I
        said, '...'`` is the speaker's own, ``as she said`` has no antecedent outside the quotation."""
        text = doc_text(doc)
        found: list[Attribution] = []
        for span in index.spans:
            inner_start, inner_end = span.inner
            if inner_end - inner_start < 12 or text.find(":", inner_start, inner_end) < 0 and \
                    text.find(",", inner_start, inner_end) < 0:
                continue
            first, last = _token_at(doc, inner_start), _token_at(doc, inner_end - 1)
            if first is None or last is None:
                continue
            for token in doc[first.i:last.i + 1]:
                if not token.tag_.startswith("VB"):
                    continue
                cue = self.lexicon.verb_cue(token)
                if cue is None or cue.kind != "speech":
                    continue
                subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
                if subject is None or subject.pos_ != "PROPN" or subject.idx < inner_start:
                    continue
                cleft = _pseudo_cleft_clause(token)
                if cleft is not None and _end_of(cleft.right_edge) <= inner_end:
                    # '"... what Ann Lee said is that the bridge cannot last," he said': the named
                    # person's words, reported inside the speaker's quotation
                    content = _strip(doc, *_char_span(doc, *_clause_tokens(cleft, [], token.left_edge.i)))
                    if content[1] > content[0]:
                        found.append(Attribution(
                            content=content, cue=(token.idx, _end_of(token)),
                            speaker=_char_span(doc, *speaker_tokens(subject)), kind="indirect",
                            paragraph=bisect.bisect_right(paragraph_starts, content[0]) - 1))
                    continue
                nested = self._quotation_after_nested_cue(doc, token, inner_end)
                if nested is None:
                    continue
                speaker = speaker_tokens(subject)
                content = _strip(doc, *nested, keep_quotes=True)
                if content[1] <= content[0]:
                    continue
                found.append(Attribution(
                    content=content, cue=(token.idx, _end_of(token)), speaker=_char_span(doc, *speaker),
                    kind="direct", paragraph=bisect.bisect_right(paragraph_starts, content[0]) - 1))
        return found

    @staticmethod
    def _quotation_after_nested_cue(doc: Doc, verb: Token, limit: int) -> tuple[int, int] | None:
        """The inner span of a quotation in single marks opening right after the cue's own phrase
        (its subtree) and a comma or colon, closed before ``limit`` (the outer quotation's end)."""
        text = doc_text(doc)
        k = verb.i + 1
        subtree = {t.i for t in verb.subtree}
        while k < len(doc) and k in subtree and doc[k].text not in (",", ":") and not _is_quotation_mark(doc[k]):
            k += 1
        if k >= len(doc) or doc[k].text not in (",", ":"):
            return None
        opening = _end_of(doc[k])
        while opening < limit and text[opening].isspace():
            opening += 1
        if opening >= limit or _mark_role(text, opening) != "sopen":
            return None
        close = next((i for i in range(opening + 1, limit) if _mark_role(text, i) == "sclose"), None)
        if close is None:
            return None
        return opening + 1, close

    def _abbreviations(self) -> frozenset[str]:
        """Titles and honorifics written with a full stop (``Mr.``, ``Rep.``, ``Gen.``): a stop
        after one ends no sentence."""
        words = self.actors.words
        return frozenset(w.rstrip(".") for w in (*words.honorific, *words.abbreviated_title))

    def _resolve_speakers(self, doc: Doc, quotes: list[Quote]) -> None:
        """Speakers the entity stage left unlinked: ``a spokeswoman for the company`` speaks for
        the company; ``it`` / ``they`` as a speaker is the organisation that spoke last (or the
        only one named earlier in its sentence, or the subject of one of the two sentences
        before)."""
        types = {e.id: e.type for e in doc._.entities or []}
        last_body: tuple[int, str] | None = None  # (offset, entity id) of the latest body speaking
        for quote in quotes:
            if quote.speaker is None:
                quote.speaker = _name_before_subjectless_cue(doc, quote)
            speaker = quote.speaker
            document = self._document_it(doc, quote)
            if document is not None:
                text = doc_text(doc)
                quote.speaker = speaker = Speaker(entity=None, start=document[0], end=document[1],
                                                  text=text[document[0]:document[1]])
                continue
            if speaker is not None:
                # A spokesperson or a statement speaks for its body, even when the entity stage
                # made an entity of the unnamed spokesperson ("a spokeswoman for the company").
                head = _token_at(doc, speaker.end - 1)
                span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
                root = span.root if span is not None and len(span) else head
                owner = self._statement_owner(root) if root is not None else None
                if owner is not None and _is_person_noun(root, self.actors) and _names_in_apposition(root):
                    owner = None  # "the club's spokesman, Tom Reed": named, he speaks in his own name
                if owner is not None and _is_person_noun(root, self.actors) and types.get(
                        _entity_id(doc, *_char_span(doc, *speaker_tokens(owner))) or "") == "PERSON":
                    # "Lee spokesman Tom Reed said ... The senator's spokesman also said ...": a person's
                    # spokesman named before with that role word is the one speaking (qtp37)
                    named = _role_named_before(doc, root, speaker.start,
                                               _entity_id(doc, *_char_span(doc, *speaker_tokens(owner))))
                    if named is not None:
                        speaker.entity, owner = named, None
                body = _entity_id(doc, *_char_span(doc, *speaker_tokens(owner))) if owner is not None else None
                if body is not None:
                    speaker.entity = body
                elif types.get(speaker.entity or "") in ("ORG", "NORP"):
                    # "Leicester's manager Claudio Ranieri" taken whole as the club: the person
                    speaker.entity = person_named_in_body(speaker.text, doc._.entities or []) or speaker.entity
            if speaker is not None and speaker.entity is None:
                speaker.entity = self._giver_of_statement_before(doc, speaker.start, speaker.end)
            if speaker is not None and speaker.entity is None and speaker.text[:1].isupper():
                # '"...," Pike smiles.': a family name the model did not tag (read as a word)
                # names the one person of the article so named (layout23)
                speaker.entity = speaker_labels.person_named(
                    speaker.text, [e for e in doc._.entities or [] if e.type == "PERSON"])
            if speaker is not None and quote.cue is not None and quote.cue.text.lower() in self.lexicon.quote_inverted_verb \
                    and quote.cue.text[:1].isupper() and quote.cue.end <= speaker.start:
                # 'Said Hale, "..."': the model may have made one name of the verb and the speaker
                label = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
                people = [e for e in doc._.entities or [] if e.type == "PERSON"]
                found = _inverted_speaker_entity(doc, label, people) if label is not None else None
                speaker.entity = found.id if found is not None else speaker.entity
            if speaker is not None and (speaker.entity is None or types.get(speaker.entity) == "PERSON"):
                # "..., said the American." / "the Tory leader argued": a description refers back
                named = _described_person_before(doc, speaker, quotes, self.actors)
                speaker.entity = named or _subject_before_unnamed_description(
                    doc, speaker, quotes, self.actors) or speaker.entity
            if speaker is not None and speaker.entity is None and speaker.text.lower() in self.lexicon.body_pronoun:
                if last_body is not None and speaker.start - last_body[0] < 1500:
                    speaker.entity = last_body[1]
                elif head is not None:
                    speaker.entity = _body_earlier_in_sentence(doc, head, types) or _subject_body_before(
                        doc, head, types
                    )
            if speaker is not None and speaker.entity is not None and types.get(speaker.entity) in ("ORG", "NORP"):
                last_body = (speaker.start, speaker.entity)
        # "I told you so" inside what someone posted or said: the "I" is that someone.
        for quote in quotes:
            speaker = quote.speaker
            if speaker is None or speaker.entity is not None or speaker.text.lower() not in self.lexicon.speaker_pronoun:
                continue
            outer = next(
                (
                    other.speaker.entity
                    for other in quotes
                    if other is not quote
                    and other.speaker is not None
                    and other.speaker.entity is not None
                    and other.content.start <= speaker.start < other.content.end
                ),
                None,
            )
            speaker.entity = outer

    @staticmethod
    def _clause_fronted_before_document(doc: Doc, verb: Token, subject: Token, index: QuoteIndex) -> tuple[int, int] | None:
        """``The mayor should resign, a blunt headline from the paper reads.``: a verb of a document's
        wording with nothing of its own after it, whose subject opens right after a comma that closes
        the clause the parser joined it to, gives that fronted clause to its subject, as ``says``
        does (qtp38, news-dev63's quote class). The clause (char range), else None."""
        start = subject.left_edge.i
        if verb.dep_ not in ("conj", "parataxis") or verb.head.i >= start or start == 0 or doc[start - 1].text != ",":
            return None
        sent = verb.sent
        if verb.head.i < sent.start or index.covering(doc[start - 1].idx) is not None:
            return None
        content = _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, start - 1), start - 1))
        return content if content[1] > content[0] else None

    def _document_it(self, doc: Doc, quote: Quote) -> tuple[int, int] | None:
        """``The letter noted the delay. "...," it read.``: ``it`` as the subject of a verb of a
        document's wording (``quoted_object_only_verb`` rows: a body or a person does not "read"
        words) stands for the thing that said something in the sentence before (past a stray mark the
        parser made a sentence of): the common-noun subject, named by no entity, of a verb of saying
        there. The speaker is that noun phrase (char range); None otherwise (qtp37, news-dev57's quote
        class)."""
        speaker, cue = quote.speaker, quote.cue
        if speaker is None or cue is None or speaker.text.lower() != "it":
            return None
        verb = _token_at(doc, cue.start)
        if verb is None or verb.lemma_.lower() not in self.lexicon.quoted_object_only_verb \
                and cue.text.lower().removesuffix("s") not in self.lexicon.quoted_object_only_verb:
            return None
        sent = verb.sent
        before = None
        for _ in range(3):  # the sentence before, past any that is only a stray mark ("”")
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            if any(t.dep_ in ("nsubj", "nsubjpass") for t in sent):
                before = sent
                break
        if before is None:
            return None
        for token in before:
            if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.ent_type_ or _is_person_noun(token, self.actors):
                continue
            head = token.head
            if head.lemma_.lower() not in self.lexicon.verbs or head.pos_ not in ("VERB", "AUX"):
                continue
            if _entity_id(doc, *_char_span(doc, *speaker_tokens(token))) is not None:
                return None
            return _char_span(doc, *speaker_tokens(token))
        return None

    def _giver_of_statement_before(self, doc: Doc, start: int, end: int) -> str | None:
        """``Ann Lee posted a statement on Facebook. It read: "..."`` / ``The statement said ...``:
        a speaker that is ``it`` or a statement noun without an owner stands for the statement
        given in the sentence before (or earlier in its own sentence) by a named person or body;
        the speaker is that giver."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span.root
        noun = self.lexicon.nouns.get(head.lemma_.lower())
        if head.lower_ == "it" and head.pos_ == "PRON":
            pass
        elif (noun is None or noun.kind != "speech" or head.pos_ != "NOUN" or _is_person_noun(head, self.actors)
              or self._statement_owner(head) is not None):
            return None
        sent = head.sent
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        tokens = [*(before or []), *doc[sent.start : span.start]]
        for token in reversed(tokens):
            if token.dep_ != "dobj" or token.pos_ != "NOUN":
                continue
            giver = self._statement_giver(token)
            if giver is not None:
                return _entity_id(doc, *_char_span(doc, *speaker_tokens(giver)))
        return None

    def _words(self, doc: Doc) -> _WordScan:
        """The Doc's _WordScan: the one ``__call__`` made, else (a step called on its own) a new one."""
        scan = doc.user_data.get(_WORD_SCAN_KEY)
        return scan if scan is not None else self._scan_words(doc)

    def _scan_words(self, doc: Doc) -> _WordScan:
        """One pass over the arrays of word, lemma, part-of-speech and tag ids, no Token made: each
        lemma's families are asked of the cue lexicon once (``_lemma_kinds``; most lemmas recur
        from one article to the next) and most words are in none."""
        kinds = self._lemma_kinds
        if len(kinds) >= _LEMMA_KINDS_KEPT:
            kinds.clear()
        strings = doc.vocab.strings
        scan = _WordScan([], [], [], [], [])
        cue_verbs, claim_adjectives, speech_nouns, noun_tagged_verbs, by = scan
        for i, (lower, lemma, pos, tag) in enumerate(doc.to_array([LOWER, LEMMA, POS, TAG]).tolist()):
            kind = kinds.get(lemma)
            if kind is None:
                kind = kinds[lemma] = self._lemma_kind(lemma, strings[lemma].lower())
            if kind:
                if kind & _CUE_VERB:
                    cue_verbs.append(i)
                if kind & _CLAIM_ADJECTIVE:
                    claim_adjectives.append(i)
                if kind & _SPEECH_NOUN and pos == NOUN:
                    speech_nouns.append(i)
                if kind & _NOUN_TAGGED_VERB and tag in _NOUN_TAGS:
                    noun_tagged_verbs.append(i)
            if lower == _ACCORDING and not kind & _CUE_VERB:
                cue_verbs.append(i)
            elif lower == _BY:
                by.append(i)
        return scan

    def _lemma_kind(self, lemma: int, word: str) -> int:
        """The word families (``_CUE_VERB`` ...) of a lemma: its id and its lower-case text.
        A predicate adjective is matched as the lemma is written (its id), the others lower-cased."""
        lexicon = self.lexicon
        adjective_ids = self.__dict__.get("_adjective_ids")
        if adjective_ids is None:
            adjective_ids = self.__dict__["_adjective_ids"] = {get_string_id(w) for w in lexicon.adjectives or {}}
        kind = _CUE_VERB if word in lexicon.verbs or word in lexicon.phrasal_heads else 0
        if lemma in adjective_ids:
            kind |= _CLAIM_ADJECTIVE
        if word in lexicon.speech_nouns:
            kind |= _SPEECH_NOUN
        if word in lexicon.attrib_noun_tagged_verb or word in lexicon.attrib_noun_tagged_after_name:
            kind |= _NOUN_TAGGED_VERB
        return kind

    def _cue_tokens(self, doc: Doc, index: QuoteIndex) -> list[tuple[Token, Cue]]:
        """Cue verbs and ``according to`` outside quotation marks (a cue inside a quotation is
        part of what the quoted speaker said)."""
        found: list[tuple[Token, Cue]] = []
        # Only "according" and words whose lemma is a cue verb (or a phrasal one's head) can be
        # cues: found in the arrays of word and lemma ids before building any Token.
        for i in self._words(doc).cue_verbs:
            token = doc[i]
            if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
                cue: Cue | None = Cue("according to", "ADP", "source", False, False)
            elif token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
                cue = self.lexicon.verb_cue(token)
            else:
                cue = None
            if cue is not None and cue.kind == "belief" and not self.include_beliefs \
                    and cue.lemma in self.lexicon.wondering_verb:
                # "'Who would trust him?' she wondered": wondering aloud after a quotation credits it
                # as a verb of manner does, only that quotation, never a clause of its own (qtp38)
                cue = Cue(cue.lemma, cue.pos, "manner", False, False)
            if cue is None or (cue.kind == "belief" and not self.include_beliefs):
                continue
            if (token.dep_ in ("amod", "compound") and not _cue_after_quotation(token)
                    and _inverted_after_statement(token) is None) or (
                    token.i > 0 and doc[token.i - 1].text == "-"):
                continue  # adjectival participles: "so-called", "the stated aim"
            if token.head.lemma_.lower() == "let" and token.head.i < token.i:
                continue  # "Let's say ...": a supposition, nobody's statement
            if token.head.lemma_.lower() in self.lexicon.aside_head and token.head.i < token.i:
                continue  # "it's worth pointing out that ...": the writer's aside, nobody's statement
            if index.covering(token.idx) is not None:
                continue
            if self._act_in_reported_clause(token):
                continue
            if token.i + 1 < len(doc) and f"{token.lower_} {doc[token.i + 1].lower_}" in self.lexicon.link_line:
                continue  # "Read More": a web page's link line, no verb of the text (quotes39)
            found.append((token, cue))
        return found

    def _act_in_reported_clause(self, token: Token) -> bool:
        """``Tom Lee said Sam Hale walked over and asked him to leave``: a cue verb joined to the verb
        of a clause another verb of saying reports, sharing that clause's subject, is part of what was
        reported (an act the speaker tells of), not a saying of its own credited to the inner subject;
        unless it reports a clause itself (``... and told him that ...``) or a quotation follows it."""
        if token.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        if any(c.dep_ in ("ccomp", "parataxis") for c in token.children) or any(
                t.is_quote for t in token.doc[token.i + 1 : min(token.i + 3, len(token.doc))]):
            return False
        clause = token.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return False
        outer = self.lexicon.verb_cue(clause.head)
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        # a personal pronoun as the inner subject may be the speaker again ("the minister said he had
        # met them and dismissed the claims": two sayings of his), so the joined verb keeps its cue
        return outer is not None and outer.kind in ("speech", "report") and subject is not None \
            and subject.tag_ != "PRP"

    def _adjective_attributions(self, doc: Doc, index: QuoteIndex, stop_at: list[int]) -> list[Attribution]:
        """A predicate adjective of claiming with a ``that`` clause (``Ann Lee was adamant that the
        vote would go ahead``; the ``ADJ`` rows of speech_cues.tsv): the clause is what the copula's
        subject claims (the parser hangs it on the adjective or on the copula). Adjectives of a
        state of mind (``confident``, ``sure``) are beliefs, kept only with ``include_beliefs``."""
        adjectives = self.lexicon.adjectives or {}
        if not adjectives:
            return []
        found = []
        for i in self._words(doc).claim_adjectives:
            adjective = doc[i]
            cue = adjectives[adjective.lemma_.lower()]
            if adjective.dep_ != "acomp" or index.covering(adjective.idx) is not None or (
                    cue.kind == "belief" and not self.include_beliefs):
                continue
            copula = adjective.head
            clause = next((c for c in (*adjective.children, *copula.children) if c.dep_ == "ccomp" and c.i > adjective.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            subject = find_subject(copula, self.lexicon.addressees) if clause is not None else None
            if subject is None:
                continue
            content = _strip(doc, *_char_span(doc, *_clause_tokens(clause, stop_at, adjective.left_edge.i)))
            if content[1] > content[0]:
                found.append(Attribution(content=content, cue=(adjective.idx, _end_of(adjective)),
                                         speaker=_char_span(doc, *speaker_tokens(subject))))
        return found

    def _made_known_attributions(
        self, doc: Doc, index: QuoteIndex, stop_at: list[int], found: list[Attribution]
    ) -> list[Attribution]:
        """``Ann Lee made it clear (that) the vote would go ahead``: a verb of uttering (the
        ``utterance_verb`` rows: ``make``) whose complement is an adjective of making known (the
        ``made_known_adjective`` rows) with a finite clause, hung by the parser on the adjective or
        on the verb, says that clause; its speaker is the verb's active subject, a person or a body
        (``the figures make it clear that``: a thing shows, it says nothing). A light verb with an
        adjective is a saying as ``say`` is; the adjective alone is none (``it is clear that``),
        nor the passive (``it was made clear that``: nobody named). Not when another attribution
        already holds the clause."""
        adjectives = self.lexicon.made_known_adjective
        if not adjectives:
            return []
        out = []
        for adjective in doc:
            if adjective.lower_ not in adjectives or adjective.dep_ not in ("ccomp", "oprd", "acomp", "xcomp", "dobj"):
                continue
            verb = adjective.head
            if verb.lemma_.lower() not in self.lexicon.utterance_verb or verb.i > adjective.i \
                    or index.covering(verb.idx) is not None:
                continue
            clause = next((c for c in (*adjective.rights, *verb.rights) if c.i > adjective.i
                           and c.dep_ in ("ccomp", "advcl", "csubj") and c.pos_ in ("VERB", "AUX")
                           and not any(m.dep_ == "mark" and m.lower_ != "that" for m in c.children)
                           and any(s.dep_ in _CLAUSE_SUBJECTS for s in c.children)
                           and (c.tag_ in FINITE_OR_MODAL_TAGS or any(
                               a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_OR_MODAL_TAGS for a in c.children))), None)
            if clause is None:
                continue
            subject = find_subject(verb, self.lexicon.addressees)
            if subject is None or subject.dep_ != "nsubj" or subject.lower_ in ("it", "this", "that"):
                continue
            if subject.pos_ == "NOUN" and not subject.ent_type_ and not _is_person_noun(subject, self.actors) \
                    and self.actors.person_noun(subject.lemma_.lower()) is None:
                continue  # "the figures make it clear that ...": a thing shows, it says nothing
            content = _strip(doc, *_char_span(doc, *_clause_tokens(clause, stop_at, adjective.left_edge.i)))
            if content[1] <= content[0] or any(a.content == content for a in found):
                continue
            out.append(Attribution(content=content, cue=(verb.idx, _end_of(adjective)),
                                   speaker=_char_span(doc, *speaker_tokens(subject))))
        return out

    def _noun_attributions(
        self, doc: Doc, index: QuoteIndex, stop_at: list[int], verbal: list[Attribution]
    ) -> list[Attribution]:
        """``the council's claim that the bridge was safe``, ``his view is that ...``: a noun of
        saying with a ``that`` clause reports that clause; its speaker is the noun's owner (``the
        council's``, ``a claim by the council``), the subject of a verb of uttering it (``Ms Lee
        made the claim that ...``), or nobody named. Not when a verb's attribution
        already holds the clause (``repeated his claim that ...``)."""
        nouns = self.lexicon.speech_nouns
        found = []
        # the nouns of saying found in the arrays first: a Token only for them (speed20)
        for i in self._words(doc).speech_nouns:
            token = doc[i]
            if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns or index.covering(token.idx) is not None:
                continue
            clause = noun_that_clause(token)
            if clause is None and token.dep_ == "dobj" and token.head.lemma_.lower() in self.lexicon.utterance_verb:
                clause = _utterance_that_clause(token)
            owner = self._statement_owner(token)
            if clause is None and owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                clause = _owned_noun_clause_on_verb(token)
            if clause is None:
                continue
            content = _strip(doc, *_char_span(doc, *_clause_tokens(clause, stop_at, -1)))
            if content[1] <= content[0]:
                continue
            holding = [a for a in verbal if a.content[0] <= content[0] and content[1] <= a.content[1]]
            if holding and owner is not None and owner.pos_ in ("PROPN", "NOUN") and token.dep_ == "dobj":
                # "The editorial noted Ann Lee's comment that ...": the noun's named owner said it;
                # the verb's subject only reports it (not "repeated his claim that ...": a pronoun
                # owner is the subject itself) (qtp37, news-dev57's quote class)
                for a in holding:
                    if a.cue is not None and a.cue[0] == token.head.idx:
                        a.speaker = _char_span(doc, *speaker_tokens(owner))
                continue
            if holding:
                continue
            if owner is None and token.dep_ == "dobj" and token.head.lemma_.lower() in self.lexicon.utterance_verb:
                # "Ms Lee made the claim that ...": who made it (not "rejected the claim that")
                owner = find_subject(token.head, self.lexicon.addressees)
            speaker = _char_span(doc, *speaker_tokens(owner)) if owner is not None else None
            found.append(Attribution(content=content, cue=(token.idx, token.idx + len(token.text)), speaker=speaker))
        return found

    def _cues_read_as_nouns(self, doc: Doc, index: QuoteIndex, found: list[Attribution]) -> list[Attribution]:
        """``..., officials at the port say, the number ...`` / ``..., the town's engineer
        maintains.``: an attribution set off by a comma whose verb the tagger read as a noun (a
        present form of a verb of saying right after the noun phrase of its subject; attrib16,
        layout of PolNeAR dev misses, rule tested on sentences of our own). The verb ends the
        sentence (what was said is the clause before the comma) or is set off by a second comma
        (what was said is the sentence around it, as for other interposed attributions). Only the
        verbs of the ``attrib_noun_tagged_verb`` rows, whose forms are no nouns of their own
        (``says``, ``maintains``; not ``claims``, ``calls``, ``rages``)."""
        attributions = []
        lexicon = self.lexicon
        # common nouns whose lemma is such a verb found in the arrays first: a Token only for them (speed20)
        for i in self._words(doc).noun_tagged_verbs:
            token = doc[i]
            if token.tag_ not in ("NN", "NNS") or index.covering(token.idx) is not None:
                continue
            lemma = token.lemma_.lower()
            cue = lexicon.verbs.get(lemma)
            after_name = lemma in lexicon.attrib_noun_tagged_after_name
            if cue is None or not (lemma in lexicon.attrib_noun_tagged_verb or after_name):
                continue
            if token.lower_ not in (lemma, lemma + "s", lemma + "es") or (after_name and token.lower_ == lemma):
                continue
            sent = token.sent
            # the stop and the paragraph break after it ("..., the engineer maintains.\n\n")
            ends = all(t.is_punct or t.is_space for t in doc[token.i + 1 : sent.end])
            if after_name and not ends:
                continue
            if not ends and not (token.i + 2 < sent.end and doc[token.i + 1].text == ","):
                continue
            before = doc[token.i - 1] if token.i > sent.start else None
            if before is None or before.dep_ == "poss" or not (
                    before.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP") or before.dep_ == "compound"):
                continue
            comma = next((k for k in range(token.i - 1, max(sent.start, token.i - 10) - 1, -1)
                          if doc[k].text == ","), None)
            if comma is None or comma <= sent.start:
                continue
            phrase = doc[comma + 1 : token.i]
            if any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.is_quote for t in phrase):
                continue
            if after_name and not all(t.tag_ in ("NNP", "NNPS") for t in phrase):
                continue  # "..., the council notes.": maybe a compound noun, no subject and verb
            if ends:
                content = _strip(doc, *_char_span(doc, sent.start, comma))
            else:
                content = _strip(doc, *_char_span(doc, sent.start, sent.end))
            if content[1] <= content[0] or any(a.content[0] <= content[0] and content[1] <= a.content[1]
                                               and a.cue is not None and a.cue[0] >= phrase.start_char
                                               for a in found):
                continue
            attributions.append(Attribution(content=content, cue=(token.idx, token.idx + len(token.text)),
                                            speaker=(phrase.start_char, phrase.end_char)))
        return attributions

    def _document_words_after_quotations(self, doc: Doc, index: QuoteIndex,
                                         found: list[Attribution]) -> list[Attribution]:
        """``"The mayor must act now," the letter read.``: a verb of a document's wording
        (``quoted_object_only_verb`` rows: ``read``, ``list``) ending its sentence right after a
        quotation closed by a comma and a short subject opened by a determiner or a possessive
        (``the letter``, ``its notice``, ``the council's statement``): the quotation is the
        subject's words, whatever the tagger made of the words (it reads ``the editorial read`` as
        an adjective and a noun). qtp37, news-dev57's quote class, tested on sentences of our own.
        So do the finite forms of saying of the ``quote_inverted_verb`` rows (``states``, ``says``)
        after a longer subject (``"...," a voice-over in the ad states.``: the tagger reads ``ad
        states`` as a compound noun; qtp38, news-dev61's quote class)."""
        attributions = []
        text = doc_text(doc)
        taken = {a.content for a in found if a.cue is not None}
        forms = {f for lemma in self.lexicon.quoted_object_only_verb for f in (lemma, lemma + "s")}
        saying = self.lexicon.quote_inverted_verb
        for content, k in _comma_closed_quotations(doc, text, index, taken):
            if k is None:
                continue
            owner = _name_possessive_end(doc, k)
            if doc[k].tag_ not in ("DT", "PRP$") and doc[k].lower_ != "it" and owner is None:
                continue
            # '"...," Ann Lee's message read.': a name's possessive opens the subject as "her" does
            reach = k + 6 if owner is None else owner + 4
            verb = next((j for j in range(k, min(len(doc), reach)) if doc[j].lower_ in forms and j > k
                         and (owner is None or j > owner + 1)), None)
            if verb is None and doc[k].lower_ != "it":
                verb = next((j for j in range(k + 2, min(len(doc), k + 9)) if doc[j].lower_ in saying
                             and doc[j].tag_ in ("NN", "NNS")), None)  # read as a noun: no cue found
                if verb is not None and (any(t.pos_ in ("VERB", "AUX") for t in doc[k:verb])
                                         or not any(t.pos_ == "ADP" for t in doc[k:verb])):
                    # a clause of its own in the subject: the parser's reading stands; only a subject
                    # placed by a preposition (a voice in a work), not a bare description of a person
                    # named before, whom the quotation's paragraph credits (quotes_heldout1's post-08)
                    verb = None
            if doc[k].lower_ == "it":
                verb = k + 1 if k + 1 < len(doc) and doc[k + 1].lower_ in forms else None
            if verb is None or any(t.is_punct and t.text not in ("'s", "-") for t in doc[k:verb]) \
                    or not all(t.is_punct or t.is_space for t in doc[verb + 1: doc[verb].sent.end]) \
                    or doc[verb].tag_ in ("VBN", "VBG"):
                continue
            attributions.append(Attribution(content=content, cue=(doc[verb].idx, _end_of(doc[verb])),
                                            speaker=(doc[k].idx, _end_of(doc[verb - 1])), kind="direct"))
        return attributions

    def _cue_nouns_after_quotations(self, doc: Doc, index: QuoteIndex, found: list[Attribution]) -> list[Attribution]:
        """``"...," Lee laughs.`` / ``"...," Ann Lee jokes, "..."``: the present form of a verb of
        saying or of a manner of speaking (``laughs``, ``jokes``, ``smiles``) that the tagger read
        as a plural noun, right after a quotation closed by a comma and its subject's name (one to
        four capitalised words, whatever the tagger made of them; its person is the one of the
        article so named) and ending the sentence: the cue of that quotation (layout23; the verbs' forms are nouns too, so only in this position). The words
        after each quotation are read, no other."""
        attributions = []
        text = doc_text(doc)
        taken = {a.content for a in found if a.cue is not None}
        for content, first in _comma_closed_quotations(doc, text, index, taken):
            if first is None:
                continue
            k = first
            while k < len(doc) and k - first < MAX_SPEAKER_LINE_NAME and doc[k].is_alpha and doc[k].text[:1].isupper() \
                    and doc[k].tag_ not in ("NN", "NNS"):
                k += 1
            if k == first or k >= len(doc):
                continue
            verb = doc[k]
            lemma = verb.lemma_.lower()
            if verb.tag_ not in ("NN", "NNS") or lemma not in self.lexicon.verbs or verb.lower_ not in (lemma + "s", lemma + "es"):
                continue
            after = doc[k + 1] if k + 1 < len(doc) else None
            if after is not None and after.text not in (".", "!", "?") and not after.is_space:
                continue
            name = doc[first:k]
            people = [e for e in doc._.entities or [] if e.type == "PERSON"]
            attributions.append(Attribution(content=content, cue=(verb.idx, verb.idx + len(verb.text)),
                                            speaker=(name.start_char, name.end_char),
                                            speaker_entity=speaker_labels.person_named(name.text, people)))
        return attributions

    def _headline_credits_after_quotations(self, doc: Doc, index: QuoteIndex,
                                           found: list[Attribution]) -> list[Attribution]:
        """``Rents Are 'A Quiet Emergency,' <Name> Tells Housing Summit``: in a sentence written in
        title case (a headline: every long word outside the marks capitalised), a quotation closed
        by a comma, then a name of one to four capitalised words and a capitalised present form of
        a verb of saying (``Tells``, ``Says``, ``Warns``), then only capitalised words (whom it is
        told) to the sentence end. The tagger reads such a capitalised verb as part of the name;
        the credit is the name's, and what was said runs from the sentence start to the quotation's
        end (qtp36, a class of news-dev56; tested on a headline of our own)."""
        attributions = []
        text = doc_text(doc)
        people = [e for e in doc._.entities or [] if e.type == "PERSON"]
        for span in index.spans:
            if span.close_width == 0 or not text[span.inner[0]:span.inner[1]].rstrip().endswith(","):
                continue
            quoted = _strip_trailing_comma(text, *_strip(doc, *span.inner))
            if any(a.cue is not None and a.content[0] <= quoted[0] and quoted[1] <= a.content[1] for a in found):
                continue
            credit = _headline_credit_after(doc, span.end, self.lexicon)
            if credit is None:
                continue
            name, verb = credit
            opening = _token_at(doc, span.open)
            if opening is None or _in_prose(doc, span):
                continue
            content = _strip_trailing_comma(text, *_strip(doc, opening.sent.start_char, span.end))
            attributions.append(Attribution(content=content, cue=(verb.idx, verb.idx + len(verb.text)),
                                            speaker=(name.start_char, name.end_char),
                                            speaker_entity=speaker_labels.person_named(name.text, people)))
        return attributions

    def _own_accounts(self, doc: Doc, index: QuoteIndex) -> list[Attribution]:
        """``By the coach's own admission, the team was not fit enough``: a ``by`` phrase of an
        ``attrib_own_account`` noun (``admission``, ``account``) with an owner and ``own``, set off
        by a comma at either end of its sentence, says the owner says the rest of the sentence
        (attrib16, layout of a PolNeAR dev miss, tested on sentences of our own)."""
        nouns = self.lexicon.attrib_own_account
        found = []
        # "by" found in the array of lower-case words first: a Token only there (speed20)
        for i in self._words(doc).by:
            token = doc[i]
            if token.lower_ != "by" or token.dep_ != "prep" or index.covering(token.idx) is not None:
                continue
            noun = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns), None)
            if noun is None or not any(c.lower_ == "own" for c in noun.lefts):
                continue
            owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
            if owner is None:
                continue
            sent, end = token.sent, noun.right_edge.i + 1
            if token.i == sent.start and end < sent.end and doc[end].text == ",":
                content = _strip(doc, *_char_span(doc, end + 1, sent.end))
            elif token.i > sent.start + 1 and doc[token.i - 1].text == "," and all(t.is_punct or t.is_space for t in doc[end : sent.end]):
                content = _strip(doc, *_char_span(doc, sent.start, token.i - 1))
            else:
                continue
            if content[1] <= content[0]:
                continue
            first, last = speaker_tokens(owner)
            while last > first and doc[last - 1].tag_ == "POS":
                last -= 1  # "the coach's" -> "the coach"
            found.append(Attribution(content=content, cue=(token.idx, _end_of(noun)),
                                     speaker=_char_span(doc, first, last)))
        return found

    def _according_to(self, doc: Doc, token: Token, index: QuoteIndex | None = None) -> Attribution | None:
        to = next(c for c in token.children if c.lower_ == "to")
        if index is not None and _quotation_after_lost_source(doc, token, index) is not None:
            return None  # "according to “We ...,” X said": the source's name (a link) was lost
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is not None and _recording_behind_credit(token, pobj, self.lexicon):
            return None  # '"...," Ann Lee said Monday, according to audio provided by <Station>': the credit's source
        sent = token.sent
        if pobj is None:
            # "according to show insiders": the parser read the phrase after "to" as a clause
            # ("show" a verb); the phrase up to its end is the holder
            pcomp = next((c for c in to.children if c.dep_ == "pcomp"), None)
            if pcomp is None or pcomp.right_edge.i <= to.i:
                return None
            speaker = _char_span(doc, to.i + 1, pcomp.right_edge.i + 1)
            phrase_end = pcomp.right_edge.i + 1
        else:
            # "according to a statement from the fire department": the body that made it
            first, last = speaker_tokens(self._statement_owner(pobj) or pobj)
            phrase_end = pobj.right_edge.i + 1
            if token.i == sent.start or all(t.is_punct for t in doc[sent.start : token.i]):
                # "According to X, the move ...": the phrase opening the sentence ends at its
                # comma, whatever the parser hung on its noun after it
                comma = next((t.i for t in doc[to.i + 1 : phrase_end] if t.text == ","), None)
                if comma is not None:
                    phrase_end, last = comma, min(last, comma)
            speaker = _char_span(doc, first, last)
        phrase_start = token.i
        # The content is the rest of the sentence, on whichever side of the phrase it lies; a
        # conjunction opening the sentence ("And turnout fell, according to the poll") is the
        # reporter's link to the sentence before, no word of the source's (as for verbs of saying)
        first = sent.start if index is None else _after_opening_conjunction(doc, index, sent.start, phrase_start)
        before = _strip(doc, *_char_span(doc, first, phrase_start)) if phrase_start > sent.start else None
        after = _strip(doc, *_char_span(doc, phrase_end, sent.end)) if phrase_end < sent.end else None
        candidates = [s for s in (before, after) if s is not None and s[1] > s[0]]
        if not candidates:
            return None
        content = max(candidates, key=lambda s: s[1] - s[0])
        if (len(candidates) == 2 and doc[phrase_start - 1].text == "," and phrase_end < sent.end
                and doc[phrase_end].text == ","):
            # "The mayor, according to two aides, had planned to resign": the phrase set off by
            # commas inside what was said; the content is the sentence around it
            content = (before[0], after[1])
        cue = (token.idx, to.idx + len(to.text))
        return Attribution(content=content, cue=cue, speaker=speaker)

    def _verb_attribution(
        self, doc: Doc, verb: Token, cue: Cue, index: QuoteIndex, stop_at: list[int]
    ) -> Attribution | None:
        # "Asked whether he would resign, the minister said ...": a question put to the minister
        # by somebody not named; the minister is not its speaker.
        addressees = self.lexicon.addressees
        asked = _passive_participle_clause(verb, addressees)
        subject = None if asked else find_subject(verb, addressees)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i and self._names_speakers(verb.head):
            # "the emails, which included staff members suggesting ...": a gerund of saying on a
            # noun naming people says what those people said, whatever clause the noun is in (quotes30)
            subject = verb.head
        if subject is not None and _number_before_participle(subject, verb):
            return None  # "40 pledged delegates were at stake": a count and a participle, no saying (qtp35)
        relayed = _relayed_speaker(verb, self.lexicon.quoted_as_verb)
        subject = relayed or subject  # "quoted her as saying" (dev16m)
        subject = _recorded_speaker(verb, self.lexicon.recording_noun) or subject
        if subject is not None and subject.i == verb.head.i and verb.dep_ in ("relcl", "acl") and _infinitive(verb) \
                and subject.pos_ == "NOUN" and not subject.ent_type_ and not _is_person_noun(subject, self.actors) \
                and self.actors.person_noun(subject.lemma_) is None:
            # "went out of his way to say that ...", "took the chance to say ...": an infinitive of
            # saying on a noun that names no person says what the doer of the clause around it said
            # (quotes30); "the first woman to say ..." keeps its person noun
            doer = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = find_subject(doer, addressees) if doer is not None else subject
        if subject is not None and subject.pos_ == "PRON" and subject.lower_ == "it" and subject.dep_ == "expl":
            subject = None
        if cue.lemma in self.lexicon.conduct_verb and subject is not None and any(
                c.dep_ == "ccomp" and _open_question(c) for c in verb.children) and (
                subject.ent_type_ in ("PERSON", "ORG", "NORP") or (subject.tag_ == "PRP" and subject.lower_ != "it")
                or (subject.pos_ == "NOUN" and (self.actors.role(subject.lemma_) is not None
                                                or self.actors.person_noun(subject.lemma_) is not None))):
            # "the senators show how divided they are": people or a body show something by what
            # they do, not by words; a poll, the emails or the figures show what they report
            return None
        if subject is not None and subject.i < verb.i and subject.pos_ == "NOUN" and not subject.ent_type_ \
                and verb.i > 0 and doc[verb.i - 1].text == "," and subject.head.i == verb.i \
                and subject.right_edge.i in (verb.i - 2, verb.i - 1) \
                and not any(t.text == "," for t in doc[subject.left_edge.i : verb.i - 1]):
            # "The club's aim is to give every boy a chance whatever his background, added Ann
            # Lee.": a common noun before the comma that the parser made the subject of a cue
            # followed by a name ending the sentence; a subject is not cut from its verb by one
            # comma (one set off with its relative clause or apposition is), the name after the cue
            # is the subject in inverted order (quotes27)
            subject = _inverted_after_statement(verb) or subject
        if subject is not None and subject.i < verb.i and index.covering(subject.idx) is not None and any(
                ch not in EDGE_PUNCT for ch in doc_text(doc)[index.spans[index.covering(subject.idx)].end : verb.idx]):
            # 'Our "secret" is to give every boy a "home" at the club, added Ann Lee': a word
            # quoted inside the statement before the cue, which the parser made the subject, is no
            # quotation the cue follows; the speaker is the name after the cue (quotes27)
            subject = _inverted_after_statement(verb) or subject
        if subject is not None and subject.i < verb.i and index.covering(subject.idx) is not None:
            # '"Nobody," said the inspector, "should ..."': a quoted word the parser made the
            # subject is what was said; the speaker is the noun phrase after the cue, and what was
            # said runs from that quotation to the one right after the speaker (if any).
            k = index.covering(subject.idx)
            subject = _inverted_subject(verb, addressees)
            if subject is None:
                return None
            start, end = speaker_tokens(subject)
            speaker = _char_span(doc, start, end)
            first = _strip_trailing_comma(doc_text(doc), *_strip(doc, *index.spans[k].inner))
            after = _named_in_apposition_end(doc, subject)
            second = _adjacent_quote(doc, index, after, backwards=False)
            content = (first[0], second[1]) if second is not None else first
            return Attribution(content=content, cue=(verb.idx, verb.idx + len(verb.text)), speaker=speaker, asked=asked)
        inverted = _as_clause_read_as_main(verb)
        if inverted is not None:
            # "Norway, as one forecaster pointed out, rarely gets two storms": the "as" clause set
            # off by commas read as the main clause; its speaker is the subject after "as", what
            # was said the sentence around it (as for other interposed attributions)
            sent = verb.sent
            content = _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, sent.end), sent.end))
            return Attribution(content=content, cue=(verb.idx, verb.idx + len(verb.text)),
                               speaker=_char_span(doc, *speaker_tokens(inverted)))
        closing = _closing_credit_by_words(verb, index) if cue.kind == "speech" and not asked else None
        if closing is not None:
            # "An aircraft ... spews out 50 kilos, environmental expert Ann Lee told the paper.": a
            # credit closing its sentence, its speaker the phrase set off before the cue, whatever
            # the parser made of the statement's verb (quotes43)
            (first, last), said_end = closing
            content = _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, verb.sent.start, said_end),
                                              said_end))
            if content[1] > content[0]:
                return Attribution(content=content, cue=(verb.idx, verb.idx + len(verb.text)),
                                   speaker=_char_span(doc, first, last))
        speaker = None
        if subject is not None:
            first, last = speaker_tokens(subject)
            if first <= verb.i < subject.i:
                first = verb.i + 1  # '"...," tweeted captain Ann Lee': the cue is no part of the speaker
            speaker = _after_post_signature(doc, _char_span(doc, first, last), verb)
        content = self._content(doc, verb, cue, subject, index, stop_at)
        if content is None and relayed is not None:
            # '"All is well," they quoted her as saying': the quotation before the outlet (dev16m)
            relay = verb.head.head
            outlet = next((c for c in relay.children if c.dep_ in ("nsubj", "nsubjpass")), relay)
            content = _adjacent_quote(doc, index, doc[min(outlet.left_edge.i, relay.i)].idx, backwards=True)
        if content is None:
            return None
        cue_span = (verb.idx, verb.idx + len(verb.text))
        return Attribution(content=content, cue=cue_span, speaker=speaker, asked=asked)

    def _borrowed_verb_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """A quoted verb phrase of the writer's clause (``_clause_fragment``) under no verb of
        saying: ``He will say Labour "can no longer ..."`` quotes a speaker's words (a cue the
        stage leaves unattributed), ``to see if they could "look like ..."`` does not."""
        top = _clause_fragment(doc, start, end)
        return top is not None and not any(
            a.pos_ in ("VERB", "AUX") and self.lexicon.verb_cue(a) is not None for a in top.ancestors)

    def _quoted_after_other_cue(self, doc: Doc, offset: int, verb: Token) -> bool:
        """Whether the quotation whose words start at ``offset`` comes right after another cue
        verb and a comma or colon (``a fan shouted, "Lund," ...``): that verb's words, not those of
        ``verb``'s attribution after the quotation."""
        first = _token_at(doc, offset)
        if first is None:
            return False
        i = first.i - 1
        while i >= 0 and (doc[i].is_quote or doc[i].text in (",", ":")):
            i -= 1
        if i < 0 or doc[i].i == verb.i or doc[i].sent.start != verb.sent.start:
            return False
        other = doc[i]
        return (other.pos_ in ("VERB", "AUX") or other.tag_.startswith("VB")) and self.lexicon.verb_cue(other) is not None \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children)

    def _names_speakers(self, noun: Token) -> bool:
        """Whether a noun names people who can speak: a person, a body or a group the entity
        stage tagged, or a role or group noun of the actor tables, itself or as the compound before
        it (``staff members``)."""
        if noun.ent_type_ in ("PERSON", "ORG", "NORP"):
            return True
        if noun.pos_ != "NOUN":
            return False
        words = [noun, *(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
        return any(self.actors.role(w.lemma_) is not None or self.actors.person_noun(w.lemma_) is not None
                   for w in words)

    def _content(
        self, doc: Doc, verb: Token, cue: Cue, subject: Token | None, index: QuoteIndex, stop_at: list[int]
    ) -> tuple[int, int] | None:
        """What the cue verb reports, as a char span, or None when it reports nothing."""
        sent = verb.sent
        # "He said: 'We will ...'": a quotation after a colon is what was said, whatever the
        # parser hung on the verb (it may take a caption after the quotation into the clause).
        speaker_range = speaker_tokens(subject) if subject is not None else (verb.i, verb.i)
        if cue.kind == "manner":
            # "'...,' she laughed": a verb of a sound or a face reports only the quotation it
            # follows, never a clause or an object of its own ("weeping into their wrapper").
            inverted = subject is not None and subject.i > verb.i and _inverted_after_statement(verb) == subject
            if subject is None or (verb.dep_ in ("advcl", "acl", "xcomp", "conj") and not inverted):
                return None
            quoted = _adjacent_quote(doc, index, doc[min(verb.i, speaker_range[0])].idx, backwards=True)
            if quoted is None and subject.i < verb.i and verb.dep_ == "ROOT" \
                    and doc_text(doc)[_end_of(verb):].startswith((",", ":")):
                # 'Ann Lee continued, "We tried."': the subject, the verb and a comma before a
                # quotation, with nothing between, introduce it as "said" does (quotes43)
                quoted = _adjacent_quote(doc, index, _end_of(verb), backwards=False)
            if quoted is None and inverted:
                # "Demand was strongest in Europe, continued the firm.": in inverted order after a
                # clause of its own, "continued" attributes that clause as "added" does (quotes27)
                return _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, verb.i - 1),
                                               verb.i - 1))
            return quoted
        if cue.lemma in self.lexicon.complement_only_verb:
            # "defended her comments as being 'honest'": only the object with an "as" phrase naming
            # it (quotes30); "the first to defend the rights of boards to award ..." reports nothing
            obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
            if obj is None or not any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.rights, *obj.rights)):
                return None
            return _object_content(doc, verb, subject, needs_complement=True, media=self.lexicon.speech_nouns)
        if cue.lemma in self.lexicon.quoted_object_only_verb:
            # "On its website, the Bureau lists "public corruption" as its top priority": a verb of
            # a document's wording reports the words it quotes, with the phrase naming them, and
            # nothing else ("the site lists ten hotels"; quotes31)
            found = _quoted_document_words(doc, verb, index)
            if found is None and subject is not None and not any(
                    c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd", "attr") for c in verb.rights):
                # '"The mayor must act now," the letter read.': with nothing of its own after it, the
                # verb of a document's wording gives the quotation it closes to its subject (qtp37,
                # news-dev57's quote class)
                quoted = _adjacent_quote(doc, index, doc[min(verb.i, speaker_range[0])].idx, backwards=True)
                return quoted if quoted is not None else self._clause_fronted_before_document(doc, verb, subject, index)
            return found
        if cue.lemma in self.lexicon.that_clause_only_verb:
            # "the court ruled that ...": these verbs report only a clause after them, never the
            # sentence they close or a quotation next to them ("the rates they charge", polnear18)
            after = [c for c in _complements(verb) if c.dep_ == "ccomp" and c.i > verb.i and not _open_question(c)]
            if not after and _closing_credit_of_statement(verb, subject):
                # "The plant must close by June, a federal judge ruled Monday.": as the sentence's
                # own verb after a clause set off by a comma, the ruling credits that clause as
                # "said" does (quotes40); the general path below finds it
                after = None
            if after is not None and not after:
                # '"You have ignored this town," Ann Lee charged': after a quotation closed by a
                # comma and with nothing of its own to report, the verb reports that quotation
                # (or '... answered: "..."', a quotation right after the attribution)
                if subject is None or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.rights):
                    return None
                phrase_end = max(_end_of(verb), _end_of(doc[speaker_range[1] - 1]))
                return (_adjacent_quote(doc, index, doc[min(verb.i, speaker_range[0])].idx, backwards=True)
                        or _adjacent_quote(doc, index, phrase_end, backwards=False))
            if after:
                return _strip(doc, *_char_span(doc, *_clause_tokens(after[0], stop_at, verb.left_edge.i)))
        heard = _perceived_saying_clause(verb, subject, self.lexicon.perception_verb) if cue.kind == "speech" else None
        if heard is not None:
            # '"Nice hat," we heard him say to a man ...': the quotation closed right before the
            # perception clause is what the infinitive's subject said
            quoted = _adjacent_quote(doc, index, doc[heard].idx, backwards=True)
            if quoted is not None:
                return quoted
        cleft = _pseudo_cleft_clause(verb) if cue.kind == "speech" else None
        if cleft is not None:
            # "What Ann Lee said is that the bridge cannot last": the clause after the copula
            return _strip(doc, *_char_span(doc, *_clause_tokens(cleft, stop_at, verb.left_edge.i)))
        misread = _cue_read_as_reduced_relative(verb)
        if misread is not None:
            # "Several papers reported on Friday the council had lost control" (quotes40)
            return _strip(doc, *_char_span(doc, misread[1], misread[2]))
        main = _main_clause_after_fronted_cue(verb, self.lexicon)
        if main is not None:
            return main
        verb_end = _end_of(verb)
        if " " in cue.lemma and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == cue.lemma.split()[-1]:
            verb_end = _end_of(doc[verb.i + 1])  # "shot back, '...'": the particle is the cue's own word
        after_offset = max(verb_end, _end_of(doc[speaker_range[1] - 1]) if subject is not None else 0)
        colon_offset = after_offset if doc_text(doc)[after_offset:].lstrip(" \t").startswith(":") else None
        if colon_offset is None:
            # "hit out at the council: '...'", "said in a statement on Facebook: '...'"
            colon = _colon_ending_phrase(verb)
            colon_offset = colon.idx if colon is not None else None
        intro = None
        if colon_offset is None and cue.kind == "speech" and subject is not None:
            # "She wrote about the trip, and the people she met on it, on her blog:" ending its
            # paragraph: the block after it is what she wrote, however long the cue's phrase
            intro = _colon_ending_block_intro(verb, index, self.lexicon)
            colon_offset = intro.idx if intro is not None else None
        if colon_offset is not None:
            after = _adjacent_quote(doc, index, colon_offset, backwards=False)
            if after is not None:
                return after
            block = (cue.kind == "report" or intro is not None) and subject is not None \
                and _colon_ends_paragraph(doc, colon_offset)
            if cue.kind == "speech" or block:
                # "The governor added: It is typical of them.": speech written without marks; "The
                # Herald reports:" ending its paragraph introduces a block quotation, the paragraph
                # after it, set off by the layout alone (quotes40)
                said = _after_colon(doc, colon_offset, whole_paragraph=cue.lemma in POST_VERBS or block)
                if said is not None:
                    return said
        comma_quote = _quotation_after_cue_phrase(doc, verb, subject, index) if cue.kind == "speech" else None
        if comma_quote is not None:
            return comma_quote
        if _interposed(verb, subject, self.lexicon.addressees) or _interposed_as_root(verb, subject):
            # "The museum, Ms Lee said, was built in 1890.": the attribution set off by commas
            # inside what was said; the content is the sentence around it.
            return _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, sent.end), sent.end))
        framed = _quotation_after_as_put_it(doc, verb, index) if cue.kind == "framing" else None
        if framed is not None:
            # 'At the time, as the judge put it, "there was little to go on."': the "as" clause
            # frames the quotation right after its comma (qtp35)
            return framed
        around = _as_clause_host(verb)
        if around is not None and subject is not None and subject.lemma_.lower() in self.lexicon.quote_display_noun:
            return None  # "As the chart shows, prices rose": a picture shows, it says nothing
        if around is not None:
            # "As the mayor said, the city is broke." / "..., as she put it.": the clause the
            # "as" clause hangs on is what was said.
            return _strip(doc, *_char_span(doc, *around))
        if cue.kind == "framing":
            return None  # "put it" frames words only in an "as" clause or before a colon
        credit_start = _closing_credit_read_as_adverbial(verb, subject) or _statement_read_as_adverbial_of_credit(verb, subject)
        if credit_start is not None:
            # "Prices will rise this year, sooner than expected, the bureau reported on Monday": a
            # closing credit the parser hung on the statement before it (qtp35)
            return _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, credit_start), credit_start))
        if subject is not None and verb.dep_ in ("amod", "compound") and subject.i > verb.i \
                and getattr(_inverted_after_statement(verb), "i", None) == subject.i:
            # "The aim is to give every child a chance, added/VBN Lee.": a cue in inverted order
            # that the parser hung on the name as a modifier reports the clause before its comma
            return _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, verb.i - 1), verb.i - 1))
        if subject is not None and verb.dep_ == "conj" and subject.i > verb.head.i \
                and getattr(_name_set_off_before_closing_cue(verb), "i", None) == subject.i \
                and speaker_range[0] > sent.start + 1:
            # "The bridge will reopen in May, Ann Lee, mayor of Dunmore, announced today.": the
            # credit's name and apposition set off after the statement, which is what was said
            name_comma = speaker_range[0] - 1
            return _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, name_comma), name_comma))
        clauses = [c for c in _complements(verb) if c.dep_ == "ccomp" and not _clause_of_adverbial_cue(c, self.lexicon)
                   and not _run_on_after_named_object(verb, c)]
        clauses = [c for c in clauses if not _next_sentence_without_stop(verb, c, speaker_range)]  # dev16m
        if not clauses and cue.kind == "speech":
            clauses = _clause_of_verb_before(verb, self.lexicon)
            reported = _reported_clause_of_adverbial_cue(verb) if not clauses else None
            if reported is None and not clauses:
                reported = _clause_after_raised_relative(verb)
            if reported is not None:
                return _strip(doc, *_char_span(doc, *reported))
        last_joined = _last_coordinated_clause_before(verb, clauses) if len(clauses) > 1 else None
        if len(clauses) > 1:
            # "<caption> at Monza team boss Tom Reed said her drive was ...": a sentence run in
            # before the attribution without punctuation, which the parser made a second
            # complement (holding the speaker, at times); what was said is the one after the cue.
            clauses = [c for c in clauses if c.i > verb.i] or clauses
        reduced = _clause_read_as_reduced_relative(clauses, self.lexicon)
        for child in clauses:
            if child.dep_ == "ccomp":
                closing = child.right_edge.i < min(verb.i, speaker_range[0])
                # "The network surveyed 400 voters, and both polls found him ahead, the group
                # said.": a closing credit covers the sentence before it, a cue clause coordinated
                # inside it too (quotes31); that clause keeps its own quote
                stops = [k for k in stop_at if not _coordinated_inside(doc, child, k)] if closing else stop_at
                start, end = _clause_tokens(child, stops, verb.left_edge.i, self.lexicon.addressees)
                cut = _predicate_cut_from_clause(doc, child, end) if not closing else None
                if cut is not None:
                    # "say the idea of X or Y would leave them worried": the reported clause's
                    # predicate, joined by the parser to a verb above, is what was said (quotes40)
                    end = cut.right_edge.i + 1
                joined_before = _coordinated_head_before(verb, child) if closing else None
                if joined_before is not None:
                    # "The network polled 400 voters, and both surveys showed him ahead, the group
                    # said.": the parser made the credit a second clause of the first clause and
                    # gave it the second one; the credit covers both (quotes31)
                    start = joined_before.left_edge.i
                if subject is not None and start < speaker_range[0] < verb.i < end and (
                        _relative_attribution(verb, start) or _free_relative_attribution(verb, start)):
                    # "the heaters, which inspectors said could overheat": the attribution inside a
                    # relative clause; what was said is the clause after the cue (of what "which" names)
                    start = verb.i + 1
                if subject is not None and start < speaker_range[0] < end:
                    end = speaker_range[0]  # the parser hung the speaker on what was said
                start = _subject_read_as_cue_object(verb, child, start, self.lexicon.addressees)
                start = _quantity_subject_read_as_adjunct(verb, child, start)
                start = _subject_phrase_hung_on_cue(verb, child, start, self.lexicon.addressees)
                start = _after_lost_source(doc, index, start, end, verb)
                start = _after_opening_conjunction(doc, index, start, end)
                for second in (c for c in verb.children if c.dep_ == "conj" and c.i >= end and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
                    # "said that she was tired and that she would rest": a second "that" clause
                    # the parser joined to the verb of saying is said too
                    end = max(end, _clause_tokens(second, stop_at, verb.left_edge.i)[1])
                second = _that_clause_joined_above(verb, end)
                if second is not None:
                    # "went out of his way to say that X, and that Y": the parser joined the second
                    # "that" clause to a verb above the cue (quotes30)
                    end = max(end, _clause_tokens(second, stop_at, verb.left_edge.i)[1])
                if reduced is not None and reduced[0].i == child.i:
                    # "said a plan the mayor drew up was too costly": the first complement is a
                    # relative clause of the second one's subject; what was said runs on (quotes40)
                    end = max(end, _clause_tokens(reduced[1], stop_at, verb.left_edge.i)[1])
                if last_joined is not None and child.i < last_joined.i:
                    # "The fund polled 600 voters, and both surveys showed him ahead, the group
                    # said.": a closing credit covers the whole coordinated sentence before it,
                    # which the parser split into two complements of the cue (quotes31)
                    end = max(end, _clause_tokens(last_joined, stop_at, verb.left_edge.i)[1])
                return _strip(doc, *_char_span(doc, start, end))
        adverbial = _clause_read_as_adverbial(verb) if cue.kind == "speech" and not clauses else None
        if adverbial is not None:
            # "said after the match he would not resign": the reported clause read as an adverbial
            # clause of the cue, the phrase of time hung on it; what was said starts at its subject
            return _strip(doc, *_char_span(doc, adverbial[0], adverbial[1]))
        that = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "that" and c.i > verb.i
                     and c.i + 2 < sent.end and doc[c.i + 1].text == "," and doc[c.i + 2].pos_ not in ("CCONJ", "PUNCT")
                     and any(t.text == "," for t in doc[c.i + 3: sent.end - 2])), None) if cue.kind == "speech" else None
        if that is not None:
            # "said that, because the vote failed, the plan is over": the conjunction read as a
            # pronoun object before a clause set off by commas; what was said is the rest of the sentence
            return _strip(doc, *_char_span(doc, that.i + 2, sent.end))
        run_on = _clause_run_on_from_object(verb, self.lexicon.addressees) if cue.kind == "speech" else None
        if run_on is not None:
            # 'testified "thousands" of emails had not been turned over': the object and its
            # phrase are the subject of the clause the parser hung on the cue as an adverbial
            return _strip(doc, *_char_span(doc, *run_on))
        subject_read_as_object = _subject_read_as_object(verb) if cue.kind == "speech" else None
        if subject_read_as_object is not None:
            # "maintained the Oscars only generated excitement ...": a finite verb the parser hung
            # on the object as a modifier; the object is that verb's subject.
            start, end = subject_read_as_object.left_edge.i, verb.right_edge.i + 1
            clause = _subjectless_clause_after(subject_read_as_object, _word_after_object(subject_read_as_object))
            if clause is not None:
                end = max(end, clause.right_edge.i + 1)
            return _strip(doc, *_char_span(doc, start, end))
        gerund_subject = _gerund_subject_read_as_complement(verb)
        if gerund_subject is not None:
            # "say taxing consumption encourages savings": the gerund that is the subject of what
            # was said, read as the verb's complement with the clause's verb hung on it.
            return _strip(doc, *_char_span(doc, gerund_subject.left_edge.i, gerund_subject.right_edge.i + 1))
        gerund = _gerund_after_of(verb) if cue.kind == "speech" else None
        if gerund is not None:
            # "accused the council of wasting money": what the accusation says is the gerund clause
            return _strip(doc, *_char_span(doc, gerund.left_edge.i, gerund.right_edge.i + 1))
        read_as_subject = participle_read_as_subject(verb)
        if read_as_subject is not None:
            # ", stating county officials – and not the state – are in charge": the participle read
            # as the subject of what it reports; that clause after the participle is what was said
            return _strip(doc, *_char_span(doc, verb.i + 1, read_as_subject.right_edge.i + 1))
        misplaced = _misplaced_that_clause(verb) or _that_clause_read_as_adverbial(verb)
        if misplaced is not None:
            # "told a reporter on an earlier occasion that ...": the parser made the clause a
            # modifier of a noun in the verb's phrases.
            return _strip(doc, *_char_span(doc, *_clause_tokens(misplaced, stop_at, verb.left_edge.i)))
        relative = _that_clause_read_as_relative(verb) if cue.kind == "speech" else None
        if relative is not None:
            # "stressed in an interview with the paper that no libraries would close": the clause
            # read as a relative clause of the phrase's noun, "that" as its pronoun
            start, end = _clause_tokens(relative, stop_at, verb.left_edge.i)
            return _strip(doc, *_char_span(doc, start + 1, end))
        worded = _that_clause_by_words(verb, self.lexicon) \
            if cue.kind == "speech" and not clauses and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            else None
        if worded is not None:
            # "he said, noting that at one point he had trailed by 50 points": the words say what
            # the verb reports, whatever the parser made of "that" and its clause (quotes43)
            return _strip(doc, *_char_span(doc, *worded))
        if cue.infinitive:
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if xcomp is not None and _not_to_be_named(xcomp):
                return None  # "who asked not to be named": how the speaker is cited, not speech
            if xcomp is not None:
                # "urged Kyiv to negotiate": the addressee and the infinitive are what was said.
                start = verb.i + 1
                while start < xcomp.left_edge.i and doc[start].dep_ in ("prt", "prep", "punct", "advmod"):
                    start += 1
                return _strip(doc, *_char_span(doc, start, xcomp.right_edge.i + 1))
        # "..., he said." / "..., President X has said.": the clause before the attribution.
        attribution_start = min(verb.i, speaker_range[0])
        if subject is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and subject.head.i != verb.i:
            # a participle takes its speaker from the clause it hangs on ("“…,” Ann Lee said,
            # suggesting a few questions"): the quotation before that clause is not next to it
            attribution_start = verb.i
        while attribution_start > sent.start and doc[attribution_start - 1].dep_ in ("aux", "neg", "advmod"):
            attribution_start -= 1
        tail = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
        tail = [t for t in tail if not speaker_range[0] <= t.i < speaker_range[1]]
        # "..., Minister Ann Lee said, expressing her belief that ...": a participle clause set off
        # by a comma after the cue goes on with the attribution (the speaker's manner or next
        # words), it is no word of a clause of the cue's own (quotes27)
        set_off = {t.i for c in verb.rights if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i > verb.i + 1
                   and doc[c.left_edge.i - 1].text == "," for t in c.subtree}
        tail = [t for t in tail if t.i not in set_off]
        told = cue.lemma in self.lexicon.addressees and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            and not _object_named_in_quotes(verb)
        if told:
            # "..., a spokeswoman told the Herald.": the one told is no word of the speaker's own
            addressed = {t.i for c in verb.rights if c.dep_ in ("dobj", "dative") for t in c.subtree}
            tail = [t for t in tail if t.i not in addressed]
        # (or words without a verb the parser hung on the cue: "People like Tom Reed, he said.",
        # "Yes, she said.")
        fragment = verb.dep_ == "ROOT" and any(c.dep_ in ("dep", "intj") and c.i < attribution_start
                                               for c in verb.lefts)
        # "Acme denies the claim, a spokeswoman told the Herald.": the parser may join the
        # attribution to the clause before it as a second clause; that clause is what was said,
        # even when its own verb is one of saying
        joined = verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i)
        if joined and tail and subject is not None and subject.i < verb.i:
            # "The mayor is open to the press, her deputy insisted Thursday during a visit.": a
            # credit closing the sentence may carry its own phrases of time, place or occasion (no
            # clause, no object): they are no words of a clause of the cue's own (quotes42)
            adjuncts = {t.i for c in verb.rights if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree}
            if not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in tail if t.i in adjuncts):
                tail = [t for t in tail if t.i not in adjuncts]
        if (
            (verb.head.i < attribution_start or fragment)
            and not tail
            and attribution_start > sent.start
            and doc[attribution_start - 1].text in (",", "—", "–")
            and (fragment or joined or getattr(self.lexicon.verb_cue(verb.head), "kind", "manner") == "manner")
        ):
            span = _strip(doc, *_char_span(doc, _after_opening_conjunction(doc, index, sent.start, attribution_start),
                                           attribution_start))
            if span[1] > span[0]:
                return span
        # A quotation right next to the attribution ("“...,” he said" / "he said: “...”").
        before = _adjacent_quote(doc, index, doc[attribution_start].idx, backwards=True)
        if before is not None and not self._quoted_after_other_cue(doc, before[0], verb):
            return before
        after = _adjacent_quote(doc, index, after_offset, backwards=False)
        if after is None:
            # 'Ann Lee joked, again putting on a drawl, "..."': the cue and its quotation parted
            # by a participle clause of the cue set off by commas
            clause = next((c for c in verb.rights if c.dep_ == "advcl" and c.tag_ == "VBG"
                           and doc[c.left_edge.i - 1].text == "," and index.covering(c.idx) is None), None)
            if clause is not None:
                after = _adjacent_quote(doc, index, _end_of(doc[clause.right_edge.i]), backwards=False)
        if after is not None:
            return after
        if before is not None:
            return before
        addressed = _addressee_before_quotation(doc, verb, index) if cue.lemma in self.lexicon.addressees else None
        if addressed is not None:
            return addressed
        quoted = _quoted_object(doc, verb, subject, index)
        if quoted is not None:
            return quoted
        if (cue.kind == "report" or cue.lemma in self.lexicon.showing_verb) and subject is not None and verb.dep_ in ("ROOT", "conj", "ccomp") and any(
                getattr(self.lexicon.nouns.get(word), "kind", None) == "report" for word in (subject.lemma_.lower(), subject.lower_)):
            # "a new poll shows the mayor with a ten-point lead", "the data showed a sharp drop in
            # admissions": what a poll or a study shows is the noun phrase it puts forward
            found = _shown_object(doc, verb)
            if found is not None:
                return found
        if cue.lemma in self.lexicon.object_content or cue.lemma in self.lexicon.complement_content:
            found = _object_content(doc, verb, subject, needs_complement=cue.lemma not in self.lexicon.object_content,
                                    media=self.lexicon.speech_nouns, through=_phrasal_word(cue))
            if found is not None:
                return found
        if cue.lemma in self.lexicon.thing_object_verb and _phrasal_word(cue) is None:
            found = self._thing_object(doc, verb, subject)
            if found is not None:
                return found
        if subject is not None and cue.kind == "speech" and verb.dep_ == "ROOT" and not any(
                t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[verb.i + 1 : sent.end]):
            # "“We tried everything.” Ann Lee said.": an attribution with nothing of its own to
            # report, right after a quotation closed by a full stop (the comma written as a stop);
            # not one that goes on to words of its own ("Ann Lee wrote on Facebook, saying: ‘…’")
            return _adjacent_quote(doc, index, doc[attribution_start].idx, backwards=True, finished=True)
        return None

    def _thing_object(self, doc: Doc, verb: Token, subject: Token | None) -> tuple[int, int] | None:
        """The noun-phrase object of a ``thing_object_verb`` verb as what was said, when the
        object is a common noun that names no person and has a phrase of what it concerns (``have
        questioned the need for a new bridge``, ``question the wisdom of ...``); a person, a name or
        a pronoun as object is the one addressed (``detectives questioned the landlord for three
        hours``, ``questioned her``)."""
        obj = next((c for c in verb.rights if c.dep_ == "dobj" and (subject is None or c.i != subject.i)), None)
        if (obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or _is_person_noun(obj, self.actors)
                or not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "behind", "on") for c in obj.children)
                or any(c.dep_ in ("dative", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children)):
            return None
        # the reporter's gloss closing the object is not what was said (attr20)
        end = _without_trailing_gloss(doc, obj.left_edge.i, obj.right_edge.i + 1, object_phrase=True)
        span = _strip(doc, *_char_span(doc, obj.left_edge.i, end))
        return span if span[1] > span[0] else None

    def _classify(self, doc: Doc, attribution: Attribution, index: QuoteIndex, used: set[int]) -> None:
        """Direct, mixed or indirect, from where the content lies relative to the quotation marks."""
        start, end = attribution.content
        hits = index.overlapping(start, end)
        if not hits:
            attribution.kind = "indirect"
            return
        used.update(hits)
        if len(hits) == 1:
            span = index.spans[hits[0]]
            bare = _strip(doc, start, end, keep_quotes=False)
            if span.open <= bare[0] and bare[1] <= span.end and _only_edges_outside(doc_text(doc), span, start, end):
                attribution.kind = "direct"
                attribution.content = _strip(doc, *span.inner, keep_quotes=True)
                attribution.content = _strip_trailing_comma(doc_text(doc), *attribution.content)
                return
        first = index.spans[hits[0]]
        if first.open <= _strip(doc, start, end, keep_quotes=False)[0] <= first.inner[0] and _adjunct_after(doc, first, end) \
                and not self._named_document_words(doc, first):
            # the quotation opens the content and a phrase of where or when follows it: the words
            # after it (and any later quotation the parse hung on them) are not what was said
            used.difference_update(hits[1:])
            attribution.kind = "direct"
            attribution.content = _strip_trailing_comma(doc_text(doc), *_strip(doc, *first.inner, keep_quotes=True))
            return
        if _only_titles_inside(doc, index, hits, start):
            # 'revealed that he called the show "The Long Grey Road," ...': the marks set off the
            # title of a work, not words of the speaker's own: reported speech (quotes24)
            attribution.kind = "indirect"
            return
        attribution.kind = "mixed"
        # Take whole quotations: the parse may cut a quotation that runs over sentences.
        attribution.content = (
            min(start, index.spans[hits[0]].open),
            max(end, index.spans[hits[-1]].end),
        )

    def _named_document_words(self, doc: Doc, span: QuoteSpan) -> bool:
        """``lists "public corruption" as its top priority``: the ``as`` phrase after the quotation
        names the words a document gives (quoted_object_only_verb rows), no time or place they were
        said at: the quotation and the phrase are one mixed quote (quotes31)."""
        text = doc_text(doc)
        k = span.end
        while k < len(text) and text[k].isspace():
            k += 1
        after = _token_at(doc, k) if k < len(text) else None
        return after is not None and after.lower_ == "as" and after.dep_ == "prep" \
            and after.head.lemma_.lower() in self.lexicon.quoted_object_only_verb

    def _speaker_labels(
        self, doc: Doc, index: QuoteIndex, paragraph_starts: list[int], used: set[int]
    ) -> list[Attribution]:
        """Transcript lines and headline attributions: ``WALLACE: Let's start ...``,
        ``MR. HALVORSEN: You told ...``, ``Mayor Lopez: “We will rebuild”``, an interview's
        ``Q:`` and ``A:``. The label is one to four words at the start of a paragraph, followed by
        a colon; which labels name a speaker and who that is: ``speaker_labels``."""
        found = []
        text = doc_text(doc)
        people = [e for e in doc._.entities or [] if e.type == "PERSON"]
        first_question: int | None = None
        for number, para_start in enumerate(paragraph_starts):
            para_end = text.find("\n", para_start)
            para_end = len(text) if para_end < 0 else para_end
            first = doc.char_span(para_start, para_end, alignment_mode="contract")
            if first is None or len(first) < 2:
                continue
            # '"PENCE: Well, ...': a transcript quoted as a block, each turn's paragraph opening
            # with the quotation mark that continues the quotation (the label follows the mark)
            quoted_turn = _quoted_turn(first, index)
            if quoted_turn:
                first = first[1:]
            colon = next((t for t in first[:6] if t.text == ":"), None)
            if colon is None:
                # a label with a party mark ("SEN. HOLT (R):", "REP. LEE (D-Ohio):") or an inverted
                # attribution with a phrase ("Wrote Roe in a note to clients:"): a longer label
                colon = next((t for t in first[:14] if t.text in (":", "):")), None)
                if colon is not None and speaker_labels.label_core(
                        doc[first.start : colon.i], self.lexicon.quote_inverted_verb, colon.text == "):") is None:
                    colon = None
            if colon is None:
                # "Q. Why ...?" / "A. Because ...": an interview's turns marked with a full stop
                # (an answer only after a question: "A. Lee said" opens with an initial)
                stop = speaker_labels.interview_stop_label(first[0], self.lexicon.label_question,
                                                          self.lexicon.label_answer if first_question is not None else ())
                if stop is None:
                    continue
                label, cue = doc[first.start : first.start + 1], (stop, stop + 1)
            elif colon.i == first.start:
                continue
            else:
                label, cue = doc[first.start : colon.i], (colon.idx + len(colon) - 1, colon.idx + len(colon))
                # "SEN. HOLT (R):" -> "SEN. HOLT"; "Said Farrow:" -> "Farrow" (see speaker_labels)
                label = speaker_labels.label_core(label, self.lexicon.quote_inverted_verb, colon.text == "):") or label
            key = speaker_labels.label_key(label.text.rstrip("."))
            question = key in self.lexicon.label_question
            answer = key in self.lexicon.label_answer
            # "Said Farrow:", "Added the minister:": an inverted attribution names a speaker only
            # where the entity stage found one (not "Added Value: ...")
            inverted = first[0].lower_ in self.lexicon.quote_inverted_verb and label.start > first.start \
                and not any(t.text in speaker_labels.DASHES for t in doc[first.start : label.start])
            inverted_entity = None
            if inverted:
                inverted_entity = _inverted_speaker_entity(doc, label, people)
                if inverted_entity is None:
                    continue
            if not (question or answer or inverted) and (
                not speaker_labels.is_label(label, people)
                or speaker_labels.names_nobody(doc, label, self.lexicon.label_no_speaker, people)
            ):
                continue
            content = _strip(doc, cue[1], para_end)
            content = _before_next_label(doc, index, content, people)
            if not content[1] > content[0] and label.start > first.start and number + 1 < len(paragraph_starts):
                # "Stated Stone:" alone in its paragraph: his words are the next paragraph
                following = paragraph_starts[number + 1]
                following_end = text.find("\n", following)
                content = _strip(doc, following, len(text) if following_end < 0 else following_end)
            if not (question or answer) and self._topic_head(doc, label, content):
                continue
            # an interview's turn may be short ("Q: Why?"); other labels need three words
            if not content[1] > content[0] or (len(text[content[0] : content[1]].split()) < 3 and not (question or answer)):
                continue
            if index.covering(label.start_char) is not None and not quoted_turn:
                continue
            if question and first_question is None:
                first_question = para_start
            entity = None
            if question or answer:  # "" : nobody of the article, whatever the parser hung on the label
                entity = "" if question else speaker_labels.interviewee(
                    people, first_question if first_question is not None else para_start,
                    lambda name: self.actors.role(name) is not None or self.actors.person_noun(name) is not None) or ""
            elif inverted_entity is not None:
                entity = inverted_entity.id
            else:
                entity = speaker_labels.person_named(label.text, people) or self._role_label_entity(doc, label)
            kind = "indirect"
            hits = index.overlapping(*content)
            used.update(hits)
            if quoted_turn:
                kind = "direct"  # the turn lies inside the quoted block
                content = _strip(doc, content[0], min(content[1], index.spans[index.covering(label.start_char)].inner[1]))
            elif len(hits) == 1 and _only_edges_outside(text, index.spans[hits[0]], *content):
                kind = "direct"
                content = _strip(doc, *index.spans[hits[0]].inner)
            elif hits:
                kind = "mixed"
            found.append(
                Attribution(
                    content=content,
                    cue=cue,
                    speaker=(label.start_char, label.end_char - (1 if colon is None else 0)),
                    kind=kind,
                    paragraph=bisect.bisect_right(paragraph_starts, content[0]) - 1,
                    speaker_entity=entity,
                )
            )
        found.extend(self._continued_turns(doc, index, paragraph_starts, used, found))
        return found

    def _continued_turns(
        self, doc: Doc, index: QuoteIndex, paragraph_starts: list[int], used: set[int], turns: list[Attribution]
    ) -> list[Attribution]:
        """A turn of a transcript (or an inverted ``Said Farrow:``) that runs over paragraphs: a
        paragraph with no label of its own, no quotation mark and no attribution, right after a
        labelled turn (or its continuation), is that speaker's words when it speaks as the speaker
        (a word of the ``speaker_pronoun`` or ``quote_turn_pronoun`` rows: ``We have opened ...``)
        or when the next paragraph is a labelled turn again (a turn between two turns). Questions'
        and answers' turns of an interview aside, the rule needs a speaker the label named."""
        text = doc_text(doc)
        labelled = {a.paragraph: a for a in turns}
        pronouns = self.lexicon.speaker_pronoun | self.lexicon.quote_turn_pronoun
        found = []
        previous: Attribution | None = None
        for number, para_start in enumerate(paragraph_starts):
            if number in labelled:
                # a head's label ("Fire chief Ann Lee: ...") opens no transcript: prose follows
                previous = labelled[number] if number > 0 else None
                continue
            if previous is None:
                continue
            para_end = text.find("\n", para_start)
            para_end = len(text) if para_end < 0 else para_end
            content = _strip(doc, para_start, para_end)
            words = text[content[0] : content[1]]
            span = doc.char_span(*content, alignment_mode="contract")
            if (span is None or len(words.split()) < 3 or index.overlapping(*content)
                    or any(t.is_quote for t in span)
                    or any(t.pos_ == "VERB" and (cue := self.lexicon.verb_cue(t)) is not None and cue.speech
                           and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in span)):
                previous = None
                continue
            between = (number + 1) in labelled
            speaks = any(t.lower_ in pronouns for t in span)
            if not (between or speaks):
                previous = None
                continue
            found.append(Attribution(content=content, cue=previous.cue, speaker=previous.speaker, kind="indirect",
                                     paragraph=number, speaker_entity=previous.speaker_entity))
        return found

    def _topic_head(self, doc: Doc, label, content: tuple[int, int]) -> bool:
        """``Brexit: what next for the fleet?``, ``Pensions: how the new rules work``: a head
        naming a topic before a question or an explainer (its words open with a word of the
        ``quote_topic_opening`` rows), when the label is no person's name or person noun. A
        person's head ``Ann Lee: Why I quit`` stays her quote."""
        words = doc_text(doc)[content[0] : content[1]].split()
        if not words or speaker_labels.label_key(words[0]) not in self.lexicon.quote_topic_opening:
            return False
        entity = entity_at(doc, label.start_char, label.end_char)
        if entity is not None and entity.type == "PERSON" and (
                len(entity.mentions) > 1 or any(t.pos_ == "PROPN" for t in label)):
            return False  # a person's name (the model's PERSON on a common noun alone is no name)
        # a transcript's label is a person's however the entity stage read it: a courtesy title or a
        # role, abbreviated or not ("MS. BRANDT: Where were you ...?", "SEN. HOLT: Why ...?")
        return not any(word in self.actors.words.honorific or self.actors.role(word) is not None
                       or self.actors.role(word.rstrip(".")) is not None or self.actors.person_noun(word) is not None
                       for word in (t.lower_ for t in label if t.is_alpha or t.text.endswith(".")))

    def _speaker_line(self, doc: Doc, opens: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The (cue, speaker) of a speaker line right before a quotation mark at ``opens``: a name
        in capitals opening a line or a sentence, a dash, and a role with no verb (``JANE ROE -
        Chief Executive of Acme Foods``), as press releases set the person whose words follow.
        The dash is the cue. None when the words before the mark are no such line."""
        text = doc_text(doc)
        end = opens
        while end > 0 and text[end - 1].isspace():
            end -= 1
        last = _token_at(doc, end - 1) if end > 0 else None
        if last is None:
            return None
        first = max(0, last.i - MAX_SPEAKER_LINE_TOKENS)
        dash = next((doc[k] for k in range(last.i, first - 1, -1) if doc[k].text in speaker_labels.DASHES), None)
        if dash is None or dash.i == last.i:
            return None
        title = doc[dash.i + 1 : last.i + 1]
        if any(t.pos_ in ("VERB", "AUX") or t.text in _SENTENCE_END or "\n" in t.text for t in title):
            return None  # a clause, or a line of its own before the line of the quotation
        if not any(self.actors.role(t.lower_) is not None or self.actors.person_noun(t.lower_) is not None
                   for t in title if t.is_alpha):
            return None
        k = dash.i
        while k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_upper and dash.i - k < MAX_SPEAKER_LINE_NAME:
            k -= 1
        before = doc[k - 1] if k > 0 else None
        if dash.i - k < MIN_SPEAKER_LINE_NAME or not (
                before is None or "\n" in before.text or "\n" in text[before.idx + len(before.text) : doc[k].idx]
                or before.text in _SENTENCE_END):
            return None
        name = doc[k : dash.i]
        return (dash.idx, dash.idx + len(dash.text)), (name.start_char, name.end_char)

    def _role_label_entity(self, doc: Doc, label) -> str | None:
        """A transcript label of role words (``REPORTER``): the entity the entity stage linked it
        to when that person holds the role, else "" (nobody of the article); None for other labels
        (the entity stage's entity of the label stands)."""
        words = speaker_labels.role_words(label, lambda w: self.actors.role(w) is not None
                                          or self.actors.person_noun(w) is not None)
        if words is None:
            return None
        entity = entity_at(doc, label.start_char, label.end_char)
        return entity.id if entity is not None and speaker_labels.holds_role(entity, words, label) else ""

    def _embedded_posts(
        self, doc: Doc, index: QuoteIndex, paragraph_starts: list[int], used: set[int]
    ) -> list[Attribution]:
        """A post embedded in a web page leaves its text followed by its signature: ``... pic.
        twitter.com/x -- Jane Roe (@janeroe) November 8, 2016``. The text of the sentence before
        the signature is what the account holder posted."""
        found = []
        text = doc_text(doc)
        after_previous = 0  # a post's text starts after the signature of the post before
        for match in _POST_SIGNATURE.finditer(text):
            end = match.start()
            link = _POST_LINK.search(text, max(0, end - 80), end)  # the post's picture link
            if link is not None and not text[link.end() : end].strip():
                end = link.start()
            while end > 0 and text[end - 1].isspace():
                end -= 1
            last = _token_at(doc, end - 1) if end > 0 else None
            if last is None:
                continue
            start = max(last.sent.start_char, after_previous)
            # A last "sentence" of tags and links alone ("... is obscene. #mindthegap") closes the
            # sentence before it, which is the post (within its paragraph, after the post before).
            floor = max(after_previous, paragraph_starts[bisect.bisect_right(paragraph_starts, start) - 1])
            if _post_words(text[start:end]) < 2 and last.sent.start > 0:
                before = doc[last.sent.start - 1].sent
                if before.end_char > floor:  # the parser may join it to the signature before
                    start = max(before.start_char, floor)
            start = _fragments_before_post(doc, start, end, floor)
            own_paragraph = paragraph_starts[bisect.bisect_right(paragraph_starts, end - 1) - 1]
            start = _post_paragraph_start(text, start, end, own_paragraph, after_previous, match.end())
            if after_previous > own_paragraph and 0 < end - after_previous <= MAX_POST_CHARS:
                # Posts embedded one after another: the whole text between the signature before
                # and this one is this post (it may hold several sentences), when it is no longer
                # than a post can be.
                start = after_previous
            after_previous = match.end()
            date = _POST_DATE.match(text, start)
            if date is not None:
                start = date.end()
            content = _strip(doc, start, end)
            words = [w for w in text[content[0] : content[1]].split() if not _POST_TOKEN.match(w)]
            if len(words) < 2:  # links, hashtags and handles only
                continue
            attribution = Attribution(
                content=content,
                cue=(match.start("handle") - 2, match.end("handle") + 1),
                speaker=(match.start("name"), match.end("name")),
                paragraph=bisect.bisect_right(paragraph_starts, content[0]) - 1,
            )
            self._classify(doc, attribution, index, used)  # claims the quotation marks inside it
            # A post is shown as its signer posted it: their own words, a direct quote even
            # without quotation marks around it (and when it quotes someone inside).
            attribution.kind = "direct"
            found.append(attribution)
        return found

    def _unclaimed(
        self, doc: Doc, spans: list[QuoteSpan], used: set[int], paragraph_starts: list[int]
    ) -> list[Attribution]:
        """Quotations no cue claimed: quotes when they read like speech, not scare quotes."""
        found = []
        text = doc_text(doc)
        for k, span in enumerate(spans):
            if k in used:
                continue
            inner = _strip_trailing_comma(text, *_strip(doc, *span.inner))
            if len(text[inner[0] : inner[1]].split()) < self.min_unattributed_words \
                    and not _second_part(text, spans, k, self._abbreviations()) and self._dash_pointer(doc, inner[1]) is None \
                    and self._framed_quotation(doc, inner, span.open) is None:
                continue  # a scare quote, unless a speaker is named for it
            if _names_a_work(text[inner[0] : inner[1]]) and not _opens_sentence(doc, span.open) \
                    and _in_prose(doc, span):
                continue  # 'The film "The Long Way Home" took ...': a title inside a sentence
            paragraph = max(0, bisect.bisect_right(paragraph_starts, span.open) - 1)
            found.append(
                Attribution(
                    content=inner,
                    cue=None,
                    speaker=None,
                    kind="direct",
                    paragraph=paragraph,
                    opens=span.open,
                    opens_paragraph=not text[paragraph_starts[paragraph] : span.open].strip()
                    or _only_caption_before(text[paragraph_starts[paragraph] : span.open], self.lexicon.caption_credit),
                )
            )
        return found

    def _introduced_speakers(self, doc: Doc, attributions: list[Attribution], index: QuoteIndex) -> None:
        """A quotation no cue claimed, spoken by someone the text has just introduced:

        - after a colon that ends the sentence before it (``The ministry's statement was brief:``
          / ``Ms Lee described the scene:`` then the quotation, in the same paragraph or the
          next), by the owner of a statement noun in that sentence or else its subject;
        - at the start of a sentence, by the person who is the active subject of the sentence
          just before (``Anna Berg, 34, was on the quay. "I saw ..."``): an eyewitness named in
          one sentence who speaks in the next; not when that sentence holds a quotation (the
          quotation then continues the quote before it) other than words quoted inside it that
          no cue claims (``He brushed off claims he would win "by the back door".``: a term, no
          quote to continue; quotes23), nor when it names another person (``Tom Reed met Ann
          Marsh.``, ``Tom Reed and Ann Marsh ...``: two candidates).

        A quotation interrupted by its attribution (``"We knew," Ms Lee said, "and we
        waited."``) is said by whoever the attribution names, whichever part the cue took.
        """
        text = doc_text(doc)
        persons = _person_mentions(doc, index)
        for k, attribution in enumerate(attributions):
            if attribution.opens is None or attribution.speaker is not None or attribution.cue is not None:
                continue
            interrupted = _interrupting_attribution(text, attribution, attributions[k + 1 :])
            if interrupted is not None:
                attribution.speaker, attribution.cue = interrupted.speaker, interrupted.cue
                continue
            signed = signed_quotation(text, attribution.content[1])
            if signed is not None:
                # '"We were never asked." ― Ann Lee': a quotation signed with a dash and a name
                attribution.cue, attribution.speaker = signed
                continue
            named = _named_after_quotation(doc, attribution.content[1])
            if named is not None:
                # '"We lost," Acme coach Ann Lee. "We will be back."': a quotation closed by a
                # comma, then a name with its title and a full stop, the verb of saying left out
                attribution.cue, attribution.speaker = named
                continue
            pointed = self._dash_pointer(doc, attribution.content[1]) or self._framed_quotation(
                doc, attribution.content, attribution.opens)
            if pointed is not None:
                # '"We lost everything" — that is how Ann Lee describes the flood'
                attribution.cue, attribution.speaker = pointed
                continue
            line = self._speaker_line(doc, attribution.opens)
            if line is not None:
                # "JANE ROE - Chief Executive of Acme" then "We are delighted ...": a press
                # release's speaker line, the verb of saying left out
                attribution.cue, attribution.speaker = line
                continue
            before = attribution.opens
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before > 0 and text[before - 1] == ":":
                colon = _token_at(doc, before - 1)
                if colon is not None:
                    speaker = self._intro_speaker(colon)
                    if speaker is not None:
                        attribution.speaker = _char_span(doc, *speaker_tokens(speaker))
                        attribution.cue = (colon.idx, colon.idx + 1)
                continue
            if before > 0 and text[before - 1] in _DASH_CHARS and _dash_after(text, attribution.content[1]):
                # 'When Ann Lee finally sat down -- "We did it, all of us" -- the hall rose': words
                # set off by dashes after a clause about their speaker, no verb of saying (quotes29)
                dash = _token_at(doc, before - 1)
                speaker = self._intro_speaker(dash) if dash is not None and dash.pos_ == "PUNCT" else None
                if speaker is not None:
                    attribution.speaker = _char_span(doc, *speaker_tokens(speaker))
                    attribution.cue = (dash.idx, _end_of(dash))
                continue
            if before > 1 and text[before - 1] == ",":
                noun = _token_at(doc, before - 2)
                speaker = self._statement_giver(noun) if noun is not None else None
                if speaker is not None:
                    # 'Ann Lee issued a statement, "Our town ..."': the words of the statement
                    attribution.speaker = _char_span(doc, *speaker_tokens(speaker))
                    attribution.cue = (noun.idx, noun.idx + len(noun.text))
                    continue
                inverted = self._inverted_before_comma(doc, before - 1)
                if inverted is not None:
                    # 'Explained Hale, "The pitch was too wet."': an inverted attribution opening
                    # the sentence, set off by a comma (quotes23)
                    attribution.cue, attribution.speaker, attribution.speaker_entity = inverted
                    continue
            issued = self._statement_ending_paragraph_before(doc, attribution, index) if attribution.opens_paragraph else None
            if issued is not None:
                # "The committee issued a statement apologizing to ..." ending a paragraph, then a
                # paragraph of quotation: the statement's words, its giver speaks (quotes30)
                noun, giver = issued
                attribution.speaker = _char_span(doc, *speaker_tokens(giver))
                attribution.cue = (noun.idx, _end_of(noun))
                continue
            spoken = self._topic_paragraph_speaker(doc, attribution, persons) if attribution.opens_paragraph else None
            if spoken is not None:
                # "Ann Lee also spoke about the case ... (aside.)" then a paragraph of quotation: hers
                attribution.speaker = _char_span(doc, *speaker_tokens(spoken))
                continue
            first = _token_at(doc, attribution.opens)
            if first is None or first.sent.start == 0 or text[first.sent.start_char : attribution.opens].strip():
                continue  # not at the start of a sentence
            sent_before = doc[first.sent.start - 1].sent
            held = index.overlapping(sent_before.start_char, sent_before.end_char)
            if held and not _only_unclaimed_fragments(text, sent_before, [index.spans[j] for j in held], attributions):
                continue
            subject = _active_subject(sent_before)
            if subject is not None and _is_person(doc, subject, self.lexicon.person_pronoun) and _sole_person(doc, sent_before, subject, persons):
                attribution.speaker = _char_span(doc, *speaker_tokens(subject))

    def _topic_paragraph_speaker(self, doc: Doc, attribution: Attribution, persons) -> Token | None:
        """``Ann Lee also spoke about the court case, which ... (An aside of the writer's.)`` then a
        paragraph that is all quotation, with no cue: the paragraph before opens with a person as the
        active subject of a verb of speaking about a topic (``topic_speech_verb`` rows: spoke, talked,
        discussed) and names no other person as a subject; its person speaks the quotation (qtp37,
        news-dev60's quote class, tested on sentences of our own)."""
        text = doc_text(doc)
        start = attribution.opens
        k = start
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == 0 or "\n" not in text[k:start]:
            return None  # the quotation does not open its paragraph
        paragraph_start = text.rfind("\n", 0, k) + 1
        first = _token_at(doc, paragraph_start)
        while first is not None and first.is_space and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        if first is None:
            return None
        sent = first.sent
        subject = _active_subject(sent)
        if subject is None or subject.head.lemma_.lower() not in self.lexicon.topic_speech_verb:
            return None
        if not any(c.dep_ == "prep" and c.lower_ in ("about", "on") for c in subject.head.children) \
                and subject.head.lemma_.lower() != "discuss":
            return None
        if not _is_person(doc, subject, self.lexicon.person_pronoun):
            return None
        paragraph = doc.char_span(paragraph_start, k, alignment_mode="contract")
        if paragraph is None or any(t.dep_ == "nsubj" and t.ent_type_ == "PERSON" and t.i not in
                                    range(subject.left_edge.i, subject.right_edge.i + 1) for t in paragraph):
            return None
        return subject

    def _inverted_before_comma(self, doc: Doc, comma_at: int) -> tuple[tuple[int, int], tuple[int, int], str] | None:
        """(cue, speaker, entity id) of an inverted attribution that opens a sentence and ends at
        the comma before a quotation (``Said Hale, "..."``, ``Explained Dr Ann Lee, "..."``): a
        form of saying of the ``quote_inverted_verb`` rows in title case, then the speaker (see
        ``speaker_labels.label_core``), who refers back to someone named before (the model
        may read the verb as a given name); nobody named before, no attribution."""
        comma = _token_at(doc, comma_at)
        if comma is None or comma.text != ",":
            return None
        sent = comma.sent
        label = doc[sent.start : comma.i]
        if not 2 <= len(label) <= 8 or label[0].lower_ not in self.lexicon.quote_inverted_verb \
                or not label[0].text[:1].isupper():
            return None
        core = speaker_labels.label_core(label, self.lexicon.quote_inverted_verb)
        if core is None or core.start == label.start:
            return None
        people = [e for e in doc._.entities or [] if e.type == "PERSON"]
        entity = _inverted_speaker_entity(doc, core, people)
        if entity is None:
            return None
        return (label[0].idx, label[0].idx + len(label[0].text)), (core.start_char, core.end_char), entity.id

    def _framed_quotation(self, doc: Doc, content: tuple[int, int],
                          opens: int | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(cue, speaker) char spans of a quotation its own sentence attributes without a verb of
        saying before it (session 15, quotes4):

        - the quotation is the subject of ``was how`` / ``is what`` and a clause of a cue verb
          (``"Shameful" was how Ann Lee described the decision``): that verb's subject speaks;
        - a phrase ``in`` + a noun of the ``quoting_phrase`` rows with an owner (``in the words of
          Ann Lee``, ``in his own words``) in the quotation's sentence, outside the quotation: the
          owner speaks, the noun is the cue.
        """
        text = doc_text(doc)
        close = content[1]
        while close < len(text) and (text[close] in ".,!?…" or text[close] in QUOTE_CHARS):
            close += 1
        while close < len(text) and text[close] in " \t":
            close += 1
        copula = _token_at(doc, close)
        # the quotation is the copula's subject (or, as the parser may read an adjective, its complement)
        if copula is not None and copula.lemma_ == "be" and copula.idx == close \
                and any(content[0] <= c.idx < content[1] for c in copula.children if c.i < copula.i):
            for child in copula.children:
                if child.dep_ in ("ccomp", "advcl", "attr") and child.pos_ in ("VERB", "AUX") and child.i > copula.i:
                    wh = [t for t in child.subtree if t.tag_ in ("WRB", "WP") and t.i < child.i
                          and t.lower_ in ("how", "what")]
                    speaker = find_subject(child, self.lexicon.addressees) if wh and self.lexicon.verb_cue(child) else None
                    if speaker is not None and speaker.i > copula.i and speaker.pos_ in ("PROPN", "NOUN", "PRON"):
                        return (child.idx, _end_of(child)), _char_span(doc, *speaker_tokens(speaker))
        first = _token_at(doc, content[0])
        if first is None:
            return None
        for noun in first.sent:
            if (noun.lemma_.lower() not in self.lexicon.quoting_phrase or noun.dep_ != "pobj"
                    or noun.head.lower_ != "in" or opens is None or opens <= noun.idx < content[1]):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            bare = _bare_apostrophe_owner(noun) if owner is None else None
            if bare is not None:
                return (noun.idx, _end_of(noun)), _char_span(doc, bare.left_edge.i, bare.i + 1)
            if owner is None:
                of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in self.lexicon.owner_prep), None)
                owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if owner is not None:
                return (noun.idx, _end_of(noun)), _char_span(doc, *speaker_tokens(owner))
        return None

    def _dash_pointer(self, doc: Doc, content_end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(cue, speaker) char spans when the quotation whose content ends at ``content_end`` is
        followed by a dash and a clause pointing back at it whose subject is ``that`` or ``this``:
        ``"..." — that is how Ann Lee describes the flood`` / ``that was what the mayor said`` (a
        ``how`` or ``what`` clause of a cue verb: its subject speaks), ``that was the message
        from the nurses`` (a statement noun as the attribute: its owner speaks)."""
        text = doc_text(doc)
        start = content_end
        while start < len(text) and (text[start] in ".,!?…" or text[start] in QUOTE_CHARS):
            start += 1
        match = _DASH_POINTER.match(text, start)
        if match is None:
            return None
        pointer = _token_at(doc, match.start("pointer"))
        if pointer is None or pointer.dep_ != "nsubj" or pointer.head.lemma_ != "be":
            return None
        copula = pointer.head
        for child in copula.children:
            if child.dep_ == "attr" and child.pos_ == "NOUN":
                owner = self._statement_owner(child)
                if owner is not None:
                    return (child.idx, _end_of(child)), _char_span(doc, *speaker_tokens(owner))
            if child.dep_ in ("ccomp", "advcl", "attr") and child.pos_ in ("VERB", "AUX") and child.i > pointer.i:
                wh = [t for t in child.subtree if t.tag_ in ("WRB", "WP") and t.i < child.i and t.lower_ in ("how", "what")]
                if not wh or self.lexicon.verb_cue(child) is None:
                    continue
                subject = find_subject(child, self.lexicon.addressees)
                if subject is not None and subject.i > pointer.i and subject.pos_ in ("PROPN", "NOUN", "PRON"):
                    return (child.idx, _end_of(child)), _char_span(doc, *speaker_tokens(subject))
        return None

    def _statement_owner(self, token: Token) -> Token | None:
        """Whose statement a statement noun is: ``the ministry's statement``, ``a statement
        from/by the ministry``, ``a post of the mayor`` (None for another word or no owner)."""
        cue = self.lexicon.nouns.get(token.lemma_.lower())
        if cue is None or token.pos_ not in ("NOUN", "PROPN"):
            return None
        if cue.kind == "report":
            return self._report_owner(token)
        if cue.kind != "speech":
            return None
        # a person speaks "for" a body ("a spokeswoman for the company"); a statement does not
        person = _is_person_noun(token, self.actors)
        owner_preps = self.lexicon.owner_prep | self.lexicon.spokesperson_prep if person else self.lexicon.owner_prep
        for child in token.children:
            if child.dep_ == "poss":
                return child
            if person and child.dep_ == "compound" and child.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
                return child  # "an Acme Foods spokesman", "a White House spokeswoman": the body's
            if not person and child.dep_ == "compound" and child.ent_type_ == "PERSON" and child.i < token.i:
                # "Ann Lee charges that ...", "the Lee claim that ...": a person's name before a
                # noun of saying owns it (a verb the tagger read as a noun after its subject; quotes30)
                return child
            if child.dep_ == "prep" and child.lower_ in owner_preps:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        return None

    def _statement_ending_paragraph_before(
        self, doc: Doc, attribution: Attribution, index: QuoteIndex
    ) -> tuple[Token, Token] | None:
        """The statement noun and its giver when the sentence ending the paragraph before a
        quotation that opens its paragraph says that someone gave a statement (``The committee
        issued a statement apologizing to the rival.``): the object of that sentence's main verb,
        a speech noun of the lexicon, in a sentence holding no quotation."""
        text = doc_text(doc)
        before = attribution.opens
        while before > 0 and text[before - 1].isspace():
            before -= 1
        last = _token_at(doc, before - 1) if before > 0 else None
        if last is None or "\n" not in text[before : attribution.opens]:
            return None
        sent = last.sent
        if index.overlapping(sent.start_char, sent.end_char):
            return None
        for noun in sent:
            if noun.dep_ == "dobj" and noun.head.dep_ == "ROOT" and noun.lemma_.lower() in self.lexicon.nouns:
                giver = self._statement_giver(noun)
                if giver is not None:
                    return noun, giver
        return None

    def _statement_giver(self, noun: Token) -> Token | None:
        """Who gives the statement noun a comma and a quotation follow (``Ann Lee issued a
        statement, "..."``): its owner (``the ministry's statement,``), else the active subject
        of the verb it is the object of, when that is a name or a person (not a noun that is
        itself a cue)."""
        cue = self.lexicon.nouns.get(noun.lemma_.lower())
        if cue is None or cue.kind != "speech" or noun.pos_ != "NOUN" or not noun.text.isalpha():
            return None
        owner = self._statement_owner(noun)
        if owner is not None:
            return owner
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and self.lexicon.nouns.get(subject.lemma_.lower()) is None and (
                subject.pos_ == "PROPN" or _entity_type(noun.doc, subject) is not None
                or subject.pos_ == "PRON" and subject.lower_ in self.lexicon.person_pronoun
                or subject.pos_ == "NOUN" and _is_person_noun(subject, self.actors)):
            return subject
        return None

    def _report_owner(self, token: Token) -> Token | None:
        """Who made a report, survey or poll (the ``report`` nouns of the lexicon): ``the
        ministry's report``, ``a Harbour Gazette survey`` (a name of a body or person before the
        noun), ``a poll by Ridgeway University`` (``report_owner_prep`` rows); ``a survey of 900
        voters`` names the people asked, ``a US report`` or ``a jobs report`` no owner."""
        for child in token.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON"):
                return child
            if child.dep_ == "prep" and child.lower_ in self.lexicon.report_owner_prep:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        return None

    def _intro_speaker(self, colon: Token) -> Token | None:
        """Who the words before a colon introduce: the owner of a statement noun among them
        (``the ministry's statement``, ``a statement from the ministry``), else the subject of
        the clause the colon ends (never of the quotation after it, when the parser put both in
        one sentence)."""
        sent = colon.sent
        for token in sent[: colon.i - sent.start]:
            owner = self._statement_owner(token)
            if owner is not None:
                # "The union's spokesman Tom Reed put it this way:": a spokesperson named speaks in
                # his own name, not the body's
                if _is_person_noun(token, self.actors) and token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
                    return token.head  # "the union's spokesman Tom Reed" parsed as one name
                return token if _is_person_noun(token, self.actors) and _names_in_apposition(token) else owner
        if colon.head.i < colon.i and colon.head.pos_ in ("VERB", "AUX"):
            verb = colon.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            while subject is None and verb.dep_ in ("conj", "dep") and verb.head.i < verb.i \
                    and verb.head.pos_ in ("VERB", "AUX"):
                # 'Ann Lee turned, then leaned in and boomed: "..."': a verb joined to one before it
                # shares that verb's subject (quotes29)
                verb = verb.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif sent.root.i < colon.i:
            subject = _active_subject(sent)
        else:
            # the parser hung the clause before the colon on the quotation's verb ('Ann Lee was
            # scathing: "This case should never have been brought."': "was" a complement of
            # "brought"): the subject of that clause, the one verb before the colon hung after it
            clauses = [t for t in sent[: colon.i - sent.start] if t.head.i > colon.i and t.pos_ in ("VERB", "AUX")]
            subject = next((c for c in clauses[0].children if c.dep_ == "nsubj"), None) if len(clauses) == 1 else None
        if (
            subject is not None
            and self.lexicon.nouns.get(subject.lemma_.lower()) is None
            and (subject.pos_ in ("PROPN", "PRON") or _entity_type(sent.doc, subject) is not None
                 # a person named by role ("The minister was blunt:") introduces her own words
                 or (subject.pos_ == "NOUN" and _is_person_noun(subject, self.actors)))
        ):
            return subject
        return None

    @staticmethod
    def _continue_speakers(doc: Doc, attributions: list[Attribution], index: QuoteIndex) -> None:
        """A cue-less quotation continues the quote before it:

        - as the next paragraph of a quotation run on over paragraphs with the speaker named
          once (the quote before is a quotation ending the paragraph before), or after an
          indirect quote whose sentence ends the paragraph before (``X elaborated in a piece
          that ...`` then a quoted paragraph of the piece);
        - in the same paragraph, when nobody else is named between that quote and this one (the
          last named speaker is the only candidate: ``Ms Lee said the plan had failed. "We
          tried everything."``); a person named in between could be the speaker as well. The
          quotation must start its sentence: one inside a sentence is a name or a term (``the
          "curse of the mill"``), not speech, unless it comes right after the attribution before
          (``"We knew," she said, "and we waited."``).
        """
        persons = _person_mentions(doc, index)
        starts = [start for start, _, _ in persons]
        paragraph_starts = [start for start, _ in paragraph_spans(doc_text(doc))] or [0]
        previous: Attribution | None = None
        for attribution in attributions:
            if (
                attribution.cue is None
                and attribution.speaker is None
                and attribution.opens is not None
                and previous is not None
                and previous.speaker is not None
            ):
                # A quotation run on over paragraphs ends in a later paragraph than it starts: the
                # quotations after it go on from where it ends (quotes24).
                last = max(previous.paragraph, bisect.bisect_right(paragraph_starts, previous.content[1] - 1) - 1)
                run_on = (
                    last == attribution.paragraph - 1
                    and attribution.opens_paragraph
                    and previous.kind in ("direct", "mixed")
                    # a signed quotation ('"..." ― Ann Lee') is closed by its signature
                    and signed_quotation(doc_text(doc), previous.content[1]) is None
                )
                run_on = run_on or (
                    last == attribution.paragraph - 1
                    and attribution.opens_paragraph
                    and _indirect_closing_paragraph(doc, previous)
                )
                # a quotation opening the paragraph after the one the credited quote ends in, with
                # nobody else named between as a speaker (quotes43)
                run_on = run_on or (
                    last == attribution.paragraph - 1
                    and attribution.opens_paragraph
                    and signed_quotation(doc_text(doc), previous.content[1]) is None
                    and _only_candidate(doc, previous, attribution.opens, persons, starts)
                )
                if run_on or last == attribution.paragraph and (
                    (_opens_sentence(doc, attribution.opens) or _after_sentence_adverb(doc, attribution.opens)
                     or _right_after(doc, previous, attribution.opens)
                     or _in_conjunct_of_cue(doc, previous, attribution.opens))
                    and _only_candidate(doc, previous, attribution.opens, persons, starts)
                    # captions flattened in between: the parser may run the quotation into their sentence
                    or _captions_between(doc, previous, attribution)
                ):
                    attribution.speaker = _reporting_speaker(doc, previous, attributions)
            if not attribution.asked and not _told_inside_credit(doc, previous, attribution):
                # a question put to the speaker by nobody named ("“…,” she said when asked if …")
                # is no other voice: the quotation after it goes on with the speaker's words
                previous = attribution

    @staticmethod
    def _to_quote(doc: Doc, number: int, attribution: Attribution) -> Quote:
        text = doc_text(doc)
        speaker = None
        if attribution.speaker is not None:
            start, end = attribution.speaker
            # a rule's entity ("" when a rule found that the speaker names nobody of the article)
            entity = (attribution.speaker_entity or None) if attribution.speaker_entity is not None \
                else _entity_id(doc, start, end)
            speaker = Speaker(entity=entity, start=start, end=end, text=text[start:end])
        cue = Span.of(text, *attribution.cue) if attribution.cue is not None else None
        return Quote(
            id=f"q{number}",
            kind=attribution.kind,  # type: ignore[arg-type]
            content=Span.of(text, *_with_closing_question(text, *attribution.content)),
            cue=cue,
            speaker=speaker,
        )


def _name_before_subjectless_cue(doc: Doc, quote: Quote) -> Speaker | None:
    """``<clause>, Ann Lee, the agency's head, wrote in a memo to ...``: a reported clause fronted before
    a credit whose name (and apposition) the parser hung on the clause's last noun, leaving the cue verb
    with no subject. The person named right after the comma that closes the clause, with nothing but an
    apposition set off by commas between the name and the cue, is the speaker (qtp37, news-dev60's quote
    class); None otherwise."""
    cue, content = quote.cue, quote.content
    if cue is None or cue.start <= content.end:
        return None
    verb = _token_at(doc, cue.start)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    gap = doc.char_span(content.end, cue.start, alignment_mode="expand")
    if gap is None or not len(gap) or not any(t.text == "," for t in gap[:2]) or any(
            t.pos_ in ("VERB", "AUX") for t in gap):
        return None
    first = next((t for t in gap if not t.is_punct), None)
    if first is None or first.ent_type_ != "PERSON":
        return None
    person = next((e for e in doc._.entities or [] if e.type == "PERSON"
                   and any(m.start == first.idx for m in e.mentions)), None)
    if person is None:
        return None
    mention = next(m for m in person.mentions if m.start == first.idx)
    return Speaker(entity=person.id, start=mention.start, end=mention.end, text=mention.text)


def _role_named_before(doc: Doc, role: Token, before: int, owner: str | None) -> str | None:
    """The person entity named right after the same role word earlier in the text (``Lee spokesman Tom
    Reed`` before ``the senator's spokesman``), the latest one whose role word names no other owner
    (``Ames spokesman Tom Reed`` is not Lee's); None when there is none."""
    people = [e for e in doc._.entities or [] if e.type == "PERSON"]
    text = doc_text(doc)
    word = role.lower_
    found = None
    for token in doc:
        if token.idx >= before:
            break
        if token.lower_ != word or token.i == role.i:
            continue
        modifier = doc[token.i - 1] if token.i > 0 else None
        if modifier is not None and modifier.pos_ == "PROPN":
            named = _entity_id(doc, modifier.idx, _end_of(modifier))
            if named is not None and named != owner:
                continue  # another person's spokesman
        at = _end_of(token)
        while at < len(text) and text[at] == " ":
            at += 1
        found = next((e.id for e in people if any(m.start == at for m in e.mentions)), found)
    return found


def _inverted_speaker_entity(doc: Doc, label: DocSpan, people: list[Entity]) -> Entity | None:
    """The entity an inverted attribution's speaker (``Said Farrow:``, ``Explained Hale, "..."``)
    stands for: it refers back to someone named before, an entity with a mention outside the
    label (the model may have made one entity of the verb and the name: ``Said Hale``), the
    person the label names first; else nobody."""
    # an entity made of this label alone ("Said Hale") is no one named before
    people = [e for e in people if any(m.end <= label.start_char or m.start >= label.end_char for m in e.mentions)]
    by_id = {e.id: e for e in people}
    named = speaker_labels.person_named(label.text, people)
    for candidate in (by_id.get(named) if named else None, entity_at(doc, label.start_char, label.end_char)):
        if candidate is not None and candidate.type in ("PERSON", "ORG", "NORP") and any(
                m.end <= label.start_char or m.start >= label.end_char for m in candidate.mentions):
            return candidate
    return None


def _told_inside_credit(doc: Doc, previous: Attribution | None, attribution: Attribution) -> bool:
    """An indirect quote told inside the credit of the quotation before it, in a clause under its cue verb
    ('"We won," Hale said at his party, two hours after news outlets declared him the victor. "You will be
    happy."'): the credit's clause is the writer's aside, and the cue-less quotation after it goes on with
    the quotation before, not with the clause's speaker (session 29, news-dev50's class table)."""
    if previous is None or previous.kind not in ("direct", "mixed") or previous.cue is None:
        return False
    if attribution.kind != "indirect" or attribution.cue is None:
        return False
    outer, inner = _token_at(doc, previous.cue[0]), _token_at(doc, attribution.cue[0])
    if outer is None or inner is None or outer.sent.start != inner.sent.start or inner.i <= outer.i:
        return False
    return outer.is_ancestor(inner)


def _indirect_closing_paragraph(doc: Doc, attribution: Attribution) -> bool:
    """An indirect quote whose sentence ends its paragraph (``Ms Lee argued in a column that the
    budget was built on hope.``): a quotation opening the next paragraph with no cue of its own
    goes on with her words, as a quotation run on over paragraphs does."""
    if attribution.kind != "indirect" or attribution.cue is None:
        return False
    cue = _token_at(doc, attribution.cue[0])
    if cue is None:
        return False
    text = doc_text(doc)
    end = cue.sent.end_char
    while end > cue.sent.start_char and text[end - 1].isspace():
        end -= 1  # the sentence may hold the paragraph break after it
    rest = text[end:]
    gap = rest[:len(rest) - len(rest.lstrip())]
    return "\n" in gap or not rest.strip()


def _with_closing_question(text: str, start: int, end: int) -> tuple[int, int]:
    """The content with the question or exclamation mark that ends it inside its closing
    quotation mark (``"But is it fair?" she asked``): the mark is part of the words said, a
    question's mark tells that they were a question; a full stop or comma there is the
    sentence's own, and stays out. A comma may follow the mark inside the closing quotation
    mark (``"Goal! Goal!," he shouted``: the attribution's comma, written inside): the mark is
    still the speaker's, the comma is not."""
    k = end
    while k < len(text) and text[k] in "?!":
        k += 1
    close = k + 1 if k < len(text) and text[k] == "," else k
    if k > end and close < len(text) and text[close] in DOUBLE_CLOSE + SINGLE_CLOSE + "'\"":
        return start, k
    return start, end


def _fragments_before_post(doc: Doc, start: int, end: int, floor: int) -> int:
    """Where a post whose last sentence starts at ``start`` begins: earlier, at the first of the
    sentences right before it that have no verb (``The new #Acme. Wrong on so many levels. It
    looks like a rack. pic.twitter.com/x -- Ann Lee``: a post's fragments; the article's own
    sentences have their verbs), after ``floor`` (the post before, the paragraph's start) and no
    longer than a post can be."""
    first = _token_at(doc, start)
    if first is None:
        return start
    sent = first.sent
    while sent.start > 0:
        before = doc[sent.start - 1].sent
        if before.start_char < floor or end - before.start_char > MAX_POST_CHARS \
                or any(t.pos_ in ("VERB", "AUX") for t in before) or not any(t.is_alpha for t in before):
            break
        sent = before
        start = min(start, before.start_char)
    return start


def _post_paragraph_start(text: str, start: int, end: int, paragraph: int, after_previous: int,
                          signature_end: int) -> int:
    """Where a post signed at the end of a paragraph of its own begins: at the paragraph's start
    (``I never thought I would see this. My father waited his whole life. -- Ann Lee (@annlee)
    June 1, 2025`` between line breaks: every sentence of it is the post, verbs and all), when
    the text has line breaks (a page whose breaks were lost keeps the article's own sentences
    apart from the post by ``_fragments_before_post``), nothing but spaces follows the signature
    on its line, and the paragraph is no longer than a post can be; else ``start`` as it was
    (issue 15, s19-g2rest)."""
    if "\n" not in text or start <= paragraph or paragraph < after_previous:
        return start
    line_end = text.find("\n", signature_end)
    if text[signature_end : line_end if line_end >= 0 else len(text)].strip():
        return start  # the paragraph goes on after the signature: no paragraph of the post alone
    if end - paragraph > MAX_POST_CHARS or not text[paragraph:start].strip():
        return start
    return paragraph


# Verbs of posting: a post copied after ``tweeted:`` without quotation marks is its whole paragraph.
POST_VERBS = frozenset({"tweet", "retweet", "post", "write"})


def _colon_ends_paragraph(doc: Doc, offset: int) -> bool:
    """Whether the colon at or after ``offset`` is the last thing of its paragraph (a line break
    right after it) and some words follow in the next one."""
    text = doc_text(doc)
    colon = text.find(":", offset)
    if colon < 0:
        return False
    rest = text[colon + 1:]
    gap = len(rest) - len(rest.lstrip())
    return "\n" in rest[:gap] and gap < len(rest)


def _after_colon(doc: Doc, offset: int, whole_paragraph: bool = False) -> tuple[int, int] | None:
    """The words after the colon that follows ``offset``, to the end of the sentence they start
    (in their paragraph), when there are at least three. With ``whole_paragraph`` (a post copied
    after ``tweeted:``) they run to the end of the paragraph, when a line break ends it (in text
    whose paragraph breaks were lost, the end of the post is not known: one sentence)."""
    text = doc_text(doc)
    colon = text.index(":", offset)
    first = _token_at(doc, colon + 1 + len(text[colon + 1 :]) - len(text[colon + 1 :].lstrip()))
    if first is None or first.idx <= colon:
        return None
    sent = first.sent
    end = _end_of(doc[sent.end - 1])
    newline = text.find("\n", first.idx, end)
    if newline >= 0:
        end = newline
    elif whole_paragraph and text.find("\n", end) >= 0:
        end = text.find("\n", end)
    elif whole_paragraph and "\n" in text[colon + 1 : first.idx]:
        end = len(text.rstrip())  # a block set off by a line break that ends the text (quotes42)
    content = _strip(doc, first.idx, end)
    if len(text[content[0] : content[1]].split()) < 3:
        return None
    return content


_SETTING_OFF = (",", "—", "–")
# Words a cue's own phrase may run over before its colon ("said in a statement on Facebook:").
MAX_PHRASE_BEFORE_COLON = 12


def _colon_after_phrase(verb: Token) -> int | None:
    """The token index of a colon that ends a verb's phrase: its subtree's last word (the parser
    may hang the colon, and the line break after it, on the phrase), or the word right after."""
    doc = verb.doc
    j = verb.right_edge.i
    while j > verb.i and doc[j].is_space:
        j -= 1
    if doc[j].text != ":":
        j = verb.right_edge.i + 1
        while j < len(doc) and doc[j].is_space:
            j += 1
    return j if verb.i < j < len(doc) and doc[j].text == ":" else None


def _colon_ending_block_intro(verb: Token, index: QuoteIndex, lexicon: CueLexicon) -> Token | None:
    """The colon right after a cue verb's phrase (the last word of the verb's subtree) that ends
    the paragraph: a block quotation's introduction (``He wrote about the meeting, held at ...,
    on his blog, observing of the mayor:`` then a paragraph of his words). The layout says the
    next paragraph is the words introduced, however long the phrase before the colon (the
    ``_colon_ending_phrase`` limit is for colons inside a paragraph). Not when a quotation or
    another finite verb's clause stands between the verb and the colon. None otherwise."""
    doc = verb.doc
    j = _colon_after_phrase(verb)
    if j is None or index.overlapping(verb.idx, doc[j].idx):
        return None
    if any(_colon_after_phrase(a) == j and getattr(lexicon.verb_cue(a), "kind", None) == "speech"
           for a in verb.ancestors if a.pos_ == "VERB"):
        return None  # "She wrote on her blog, observing:": the outer cue's block, not its participle's too
    if not _colon_ends_paragraph(doc, doc[j].idx) or doc_text(doc).find(":", doc[j].idx) != doc[j].idx:
        return None
    if any(t.tag_ in FINITE_TAGS and t.dep_ not in ("aux", "auxpass") and t.dep_ != "relcl"
           for t in doc[verb.i + 1: j]):
        return None
    return doc[j]


def _colon_ending_phrase(verb: Token) -> Token | None:
    """The colon that ends a cue verb's own phrase (``hit out at the council: '...'``): a
    colon the parser hung on the verb, with no other verb, punctuation or quotation mark
    between them."""
    doc = verb.doc
    for j in range(verb.i + 1, min(verb.sent.end, verb.i + MAX_PHRASE_BEFORE_COLON)):
        token = doc[j]
        if token.text == ":":
            # also when the parser made the cue a clause of the quoted sentence after the colon
            # ('the club said in a statement: "We ..."' read as "We ... said"): both hang on that
            # sentence's verb
            reversed_reading = verb.dep_ in ("ccomp", "parataxis") and token.head.i == verb.head.i > token.i
            return token if token.head.i == verb.i or reversed_reading else None
        if token.pos_ in ("VERB", "AUX") or token.is_punct or token.is_quote:
            return None
    return None


def _interposed(verb: Token, subject: Token | None, addressees: Container[str] = frozenset()) -> bool:
    """Whether a cue verb and its subject are set off by commas (or dashes) inside another
    clause (``..., Ms Lee said, ...``; ``..., he often says, ...``): the parser hangs such an
    attribution on the clause as a parataxis."""
    # the parser hangs such an attribution on the clause as a parataxis, or as a complement of
    # the clause's verb after it ("Instead, Ann Lee told the BBC, the council would wait")
    # (a complement with an object other than the person addressed is a clause of what was
    # said: "Ann Lee has kept her seat, the poll found")
    hung = verb.dep_ == "parataxis" or (
        verb.dep_ == "ccomp" and verb.i < verb.head.i
        and (verb.lemma_.lower() in addressees or not any(c.dep_ in ("dobj", "attr", "acomp", "oprd")
                                                             for c in verb.children)))
    if not hung or subject is None or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    doc, sent = verb.doc, verb.sent
    first, last = verb.left_edge.i, verb.right_edge.i
    if first < subject.left_edge.i and doc[first].text not in _SETTING_OFF:
        # "If the plan fails, Ms Lee argues, there are ...": the parser hung the clause before
        # the attribution on its verb; the attribution starts after that clause's comma
        first = subject.left_edge.i - 1
    elif doc[first].text not in _SETTING_OFF and first - 1 > sent.start and doc[first - 1].text in _SETTING_OFF:
        # "Over the last year, traders at the market say, the price ...": the parser hung the
        # comma that opens the attribution on the clause around it (attrib16)
        first -= 1
    if doc[last].text not in _SETTING_OFF and last + 1 < sent.end - 1 and doc[last + 1].text in _SETTING_OFF:
        # "Instead, Ann Lee told the BBC, the council would ...": the parser hung the comma that
        # closes the attribution on the clause around it
        last += 1
    closing = _closing_comma_before_adjunct(verb)
    marks = [t for t in doc[sent.start : subject.i] if _is_quotation_mark(t)]
    if doc[last].text not in _SETTING_OFF and closing is not None and subject.i < closing.i \
            and not (marks and (marks[0].i == sent.start or len(marks) % 2 == 1)):
        # (a quotation that opens the sentence, or opened before it, and closes before the credit
        # has that credit for its own: '"...," an elated Ann Lee said, moments after the race.')
        # "There were no delays, Ann Lee said, with most votes cast by noon.": the parser hung the
        # phrase that goes on with the clause around the attribution on the cue; the attribution
        # ends at the comma before that phrase
        last = closing.i
    return (
        sent.start < first
        and last < sent.end - 1
        and doc[first].text in _SETTING_OFF
        and doc[last].text in _SETTING_OFF
        and first < subject.i < last
    )


def _closing_comma_before_adjunct(verb: Token) -> Token | None:
    """The comma after a cue verb (and its own words) that the parser hung on the verb, when every
    word after it is a phrase of time, place or manner hung on the verb too (``with``/``at``
    phrase, an adverb, a bare noun of time), no clause: the comma that closes an attribution set
    off inside a sentence, the phrase after it the rest of that sentence."""
    comma = next((c for c in verb.rights if c.dep_ == "punct" and c.text == ","), None)
    if comma is None:
        return None
    after = [c for c in verb.rights if c.i > comma.i and not (c.is_punct and c.right_edge.i == c.i)]
    if not after or any(c.dep_ not in ("prep", "npadvmod", "advmod") for c in after):
        return None
    if any(c.dep_ in ("ccomp", "advcl", "conj", "xcomp", "dobj") and c.i > verb.i for c in verb.children):
        return None
    return comma


def _interposed_as_root(verb: Token, subject: Token | None) -> bool:
    """``These workers, Ann Lee explained at the hearing, were well paid``: an attribution set
    off by commas that the parser made the sentence's root, hanging the noun phrase before it on
    the cue and the rest of the clause after it as a conjunct without a coordinator (a verb
    without a subject of its own: its subject is that noun phrase)."""
    if verb.dep_ != "ROOT" or subject is None or subject.head.i != verb.i or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    doc = verb.doc
    comma = subject.left_edge.i - 1
    if comma <= verb.sent.start or doc[comma].text != ",":
        return False
    if not any(c.i < comma and c.right_edge.i == comma - 1 and c.dep_ in ("dep", "nsubj", "npadvmod")
               and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.lefts):
        return False
    rest = next((c for c in verb.rights if c.dep_ == "conj"), None)
    return (
        rest is not None
        and rest.pos_ in ("VERB", "AUX")
        and doc[rest.left_edge.i - 1].text == ","
        and not any(c.dep_ == "cc" and c.i < rest.i for c in verb.rights)
        and not any(c.dep_ in SUBJECT_DEPS for c in rest.children)
    )


def _opens_sentence(doc: Doc, offset: int) -> bool:
    """Whether only spaces stand between the start of its sentence and ``offset`` (or the text
    before it ends a sentence, where the parser joined the opening mark to the sentence before)."""
    text = doc_text(doc)
    before = text[:offset].rstrip()
    if not before or before[-1] in ".?!:" or (before[-1] in QUOTE_CHARS and before[:-1].rstrip()[-1:] in (".", "?", "!")):
        return True
    token = _token_at(doc, offset)
    return token is not None and not text[token.sent.start_char : offset].strip()


def _after_sentence_adverb(doc: Doc, offset: int) -> bool:
    """Whether only an adverb opening its sentence and a comma stand before ``offset``
    (``Instead, "..."``, ``Still, "..."``): a connective of the narration, which frames the
    quotation as the next step of what was being said, not a clause with a speaker of its own."""
    text = doc_text(doc)
    before = text[:offset].rstrip()
    if not before.endswith(","):
        return False
    comma = _token_at(doc, len(before) - 1)
    if comma is None or comma.i == 0:
        return False
    word = doc[comma.i - 1]
    return word.pos_ == "ADV" and word.tag_ == "RB" and _opens_sentence(doc, word.idx)


def _names_a_work(words: str) -> bool:
    """Whether quoted words are written as the title of a work (a film, a song, a book, a show):
    the first word and every word of four letters or more start with a capital (``The Long Way
    Home``, ``Running Through the Fields of Gold``, ``Who Wants to Be a Millionaire``), as
    spoken words never are (``I love New York``, ``We will fight on``)."""
    if re.search(r"[.!?] +\S", words):
        return False  # sentences ('The Donald. Big Daddy.'): words said, whatever their case
    tokens = [w.strip(".,;:!?()\"'\u2018\u2019\u201c\u201d") for w in words.split()]
    tokens = [w for w in tokens if w and w[0].isalpha()]
    return bool(tokens) and tokens[0][0].isupper() and all(w[0].isupper() for w in tokens if len(w) >= 4)


def _only_titles_inside(doc: Doc, index: QuoteIndex, hits: list[int], start: int) -> bool:
    """Whether every quotation a content holds opens after its first word and is written as the
    title of a work of two words or more (``_names_a_work``) in a sentence of prose."""
    text = doc_text(doc)
    for k in hits:
        span = index.spans[k]
        words = text[span.inner[0] : span.inner[1]]
        if span.open <= _strip(doc, start, span.open + 1, keep_quotes=False)[0] or len(words.split()) < 2 \
                or not _names_a_work(words) or not _in_prose(doc, span):
            return False
    return True


def _recording_behind_credit(according: Token, holder: Token, lexicon: CueLexicon) -> bool:
    """``"...," Ann Lee said Monday in Dayton, according to audio provided by <Station>``: an
    ``according to`` phrase naming a recording (``recording_noun``: audio, video, footage) hung on
    a verb of saying that has a subject and words of its own (a clause or quotation it takes) tells
    where the reporter heard the words, not
    who said them: no attribution of its own (qtp36, a note of news-dev56; tested on a sentence of
    our own)."""
    verb = according.head
    if holder.lemma_.lower() not in lexicon.recording_noun or verb.pos_ not in ("VERB", "AUX"):
        return False
    cue = lexicon.verb_cue(verb)
    # the verb credits words of its own (a clause or quotation it takes); "shouted at staff, according
    # to footage" keeps the footage as the holder of the claim
    return cue is not None and cue.kind == "speech" and any(c.dep_ == "nsubj" for c in verb.children) \
        and any(c.dep_ == "ccomp" for c in verb.children)


def _headline_credit_after(doc: Doc, offset: int, lexicon: CueLexicon) -> tuple[DocSpan, Token] | None:
    """The name and the capitalised verb of saying of a title-case credit that starts at character
    ``offset`` (``<Name> Tells <Audience>`` up to the sentence end; see
    ``QuotesStage._headline_credits_after_quotations``), or None."""
    text = doc_text(doc)
    while offset < len(text) and text[offset].isspace():
        offset += 1
    start = doc.char_span(offset, min(len(text), offset + 1), alignment_mode="expand")
    if start is None or len(start) == 0:
        return None
    first = start[0].i
    sent_end = start[0].sent.end

    def capitalised(token: Token) -> bool:
        return token.is_alpha and token.text[:1].isupper()

    for k in range(first + 1, min(sent_end, first + MAX_SPEAKER_LINE_NAME + 1)):
        if not all(capitalised(t) for t in doc[first:k]):
            return None
        verb = doc[k]
        lower = verb.lower_
        # the present form: "tells" -> "tell", "pushes" -> "push"
        lemma = next((lower[:-n] for n in (1, 2) if lower.endswith("es"[-n:]) and lower[:-n] in lexicon.verbs), None)
        if not capitalised(verb) or lemma is None or lexicon.verbs[lemma].kind != "speech":
            continue
        rest = doc[k + 1:sent_end]
        if all(capitalised(t) or t.is_punct or t.is_space for t in rest):
            return doc[first:k], verb
    return None


def _in_prose(doc: Doc, span: QuoteSpan) -> bool:
    """Whether the sentence around a quotation is written in the case of prose: a word of four
    letters or more outside the marks is in lower case (a headline, ``Warren Hammers Bank Chief:
    'You Should Be Investigated'``, capitalises every word, so a quotation in it is no title)."""
    token = _token_at(doc, span.open)
    if token is None:
        return False
    sent = token.sent
    return any(t.is_alpha and len(t.text) >= 4 and t.is_lower for t in sent
               if not span.open <= t.idx < span.end)


# The longest speaker phrase between a statement's comma and the closing credit's verb, and the most
# words after that verb (its addressee, a day): a credit is short.
CLOSING_CREDIT_PHRASE = 10
CLOSING_CREDIT_TAIL = 6


def _closing_credit_by_words(verb: Token, index: QuoteIndex) -> tuple[tuple[int, int], int] | None:
    """``<statement>, <noun phrase> said/told <addressee>.``: a finite cue verb ending its sentence
    after a noun phrase set off by a comma, with no verb and no quotation mark in the phrase, the
    statement before the comma or the few words after the verb, is a closing credit: the phrase is
    the speaker and the words before the comma what was said. Only when the parser read it
    otherwise: a subject of the verb lies before that comma (the statement's own verb read as a
    noun or a modifier, ``spews/NNS``, ``beat/amod``), or there is none; a parse that found only the
    phrase as the subject is left to the rules of the parse. (speaker token range, end token of
    what was said)"""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in FINITE_TAGS or verb.i - sent.start < 6:
        return None
    tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_space]
    if len(tail) > CLOSING_CREDIT_TAIL or any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.text in (",", ":", ";")
                                              for t in tail):
        return None
    if tail and not tail[-1].is_punct:
        return None  # the sentence goes on
    comma = next((k for k in range(verb.i - 1, max(sent.start, verb.i - 1 - CLOSING_CREDIT_PHRASE) - 1, -1)
                  if doc[k].text == ","), None)
    if comma is None or comma >= verb.i - 1 or comma - sent.start < 5:
        return None
    phrase = doc[comma + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.is_punct for t in phrase) \
            or not any(t.pos_ in ("PROPN", "NOUN") for t in phrase):
        return None
    if phrase[0].pos_ in ("CCONJ", "SCONJ", "ADP", "ADV", "PART", "PRON"):
        return None  # ", but the council disagreed": a clause joined to the one before, no credit of it
    if any(t.is_quote for t in doc[sent.start : comma]) or index.covering(doc[sent.start].idx) is not None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and all(comma < c.i < verb.i for c in subjects):
        return None
    return (comma + 1, verb.i), comma


def _quoted_in_speakers_sentence(doc: Doc, attributions: list[Attribution], index: QuoteIndex) -> None:
    """A quotation inside a sentence (not opening it) that no cue reached, in a sentence whose subject
    is someone the article quotes elsewhere with a cue of their own (``Ann Lee, who has called the plan
    "a waste", said ...`` aside; ``Lee contrasted that with a rival who wants to "bring people
    together."``, ``The retired teacher addressed the board, remarking he did not feel "this is a
    fair process."``): the words are that speaker's, the sentence tells of them using them. Not
    when another cue of the sentence names somebody else, and never a subject inside quotation marks;
    only quotations kept as words of their own (a short scare quote was dropped before)."""
    speakers: dict[str, int] = {}
    for a in attributions:
        if a.cue is not None and a.speaker is not None:
            entity = a.speaker_entity if a.speaker_entity is not None else _entity_id(doc, *a.speaker)
            if entity:
                speakers[entity] = speakers.get(entity, 0) + 1
    if not speakers:
        return
    for a in attributions:
        if a.cue is not None or a.speaker is not None or a.opens is None or _opens_sentence(doc, a.opens):
            continue
        mark = _token_at(doc, a.opens)
        if mark is None:
            continue
        sent = mark.sent
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.i < mark.i), None)
        if subject is None or index.covering(subject.idx) is not None:
            continue
        span = _char_span(doc, *speaker_tokens(subject))
        entity = _entity_id(doc, *span)
        if entity is None or entity not in speakers:
            continue
        if _inside_clause_of_another(doc, mark, sent.root, entity):
            continue
        if any(o is not a and o.cue is not None and o.kind in ("direct", "mixed") and o.content[1] <= a.opens
               and sent.start_char <= o.content[0] for o in attributions):
            continue  # the second part of a quotation its credit interrupts: continuation's to judge
        others = [o for o in attributions if o.cue is not None and o.speaker is not None
                  and sent.start_char <= o.cue[0] < sent.end_char
                  and (o.speaker_entity if o.speaker_entity is not None else _entity_id(doc, *o.speaker)) != entity]
        if not others:
            a.speaker = span


def _inside_clause_of_another(doc: Doc, mark: Token, root: Token, entity: str) -> bool:
    """Whether the quotation opened by ``mark`` lies inside a clause whose subject is a person other
    than ``entity`` (``The coach said his mother felt he was "thinking big"``: the words are what
    she felt), a person named or a personal pronoun; a relative pronoun stands for a noun of the
    clause above and is passed over."""
    inside = doc[mark.i + 1] if mark.i + 1 < len(doc) else mark
    for verb in (inside, *inside.ancestors):
        if verb.i == root.i:
            return False
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")), None)
        if subject is None or not (subject.pos_ == "PROPN" or subject.tag_ == "PRP" and subject.lower_ != "it"):
            continue
        if _entity_id(doc, *_char_span(doc, *speaker_tokens(subject))) != entity:
            return True
    return False


def _right_after(doc: Doc, previous: Attribution, offset: int) -> bool:
    """Whether only punctuation and spaces stand between the previous attribution and ``offset``,
    or only those and the rest of its speaker's phrase (``“…,” said Ann Lee, director of the
    river trust in Leeds, “but …”``: an apposition or other words that say who the speaker is)
    or of its cue's phrases (``“…,” she said in a statement, “and …”``)."""
    end = _attribution_end(previous)
    gap = doc_text(doc)[end:offset]
    if len(gap) <= 6 and all(ch in EDGE_PUNCT or ch in QUOTE_CHARS for ch in gap):
        return True
    if previous.speaker is None or end >= offset:
        return False
    span = doc.char_span(*previous.speaker, alignment_mode="expand")
    gap_span = doc.char_span(end, offset, alignment_mode="expand")
    words = [t for t in gap_span or () if end <= t.idx < offset and not (t.is_punct or t.is_space or t.text in QUOTE_CHARS)]
    if span is None or not len(span) or not words:
        return False
    head = span.root
    cue = _token_at(doc, previous.cue[0]) if previous.cue is not None else None
    if len(words) == 1 and words[0].dep_ == "cc" and cue is not None and words[0].head.i == cue.i:
        # "Ann Lee said the offers had come, but “they were far too low.”": a quotation joined
        # to the cue's own clause by a coordinator goes on with what she said
        return True
    # the speaker's own phrase, or the cue's (``“…,” he said in a statement, “and …”``)
    return all(head.is_ancestor(t) or _in_cue_phrase(doc, cue, t.idx) for t in words)


def _in_conjunct_of_cue(doc: Doc, previous: Attribution, offset: int) -> bool:
    """``Ann Lee said that she did not, but was referring to the "same kind of attitude ..."``: a
    quotation opening inside a verb joined to the previous attribution's cue verb, with no subject
    of its own and active, goes on with that speaker's words (news-dev65); a passive one (``and
    was called "..."``) is somebody else's."""
    if previous.cue is None or previous.speaker is None:
        return False
    cue, mark = _token_at(doc, previous.cue[0]), _token_at(doc, offset)
    if cue is None or mark is None:
        return False
    return any(conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and conj.i < mark.i and conj.is_ancestor(mark)
               and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in conj.children)
               for conj in cue.children)


def _reporting_speaker(doc: Doc, previous: Attribution, attributions: list[Attribution]) -> tuple[int, int] | None:
    """The speaker a quotation continuing ``previous`` goes on with: ``previous``'s own, unless its
    cue lies inside what a later cue of the same sentence reports (``Her friends mocked her,
    calling her "...", Ann Lee said.``: the friends' calling is part of Ann Lee's report, so the
    quotation after it is hers; quotes29). An ``according to`` credit after the cue is a source
    credit, no such reporter (quotes30)."""
    if previous.cue is None:
        return previous.speaker
    cue = _token_at(doc, previous.cue[0])
    if cue is None:
        return previous.speaker
    sent = cue.sent
    for other in attributions:
        if other is previous or other.cue is None or other.speaker is None or other.opens is not None:
            continue
        if doc_text(doc)[other.cue[0] : other.cue[1]].lower().startswith("according"):
            # '"...," Ann Lee said, according to the Courier.': the outlet's credit names where
            # her words were printed, not a voice reporting them; the next quotation stays hers
            continue
        if _as_reported_by(_token_at(doc, other.cue[0])):
            # '"...," Ann Lee said, as reported by the Courier. "..."': the same credit of where
            # her words were printed, written as a passive "as" clause (news-dev65)
            continue
        if previous.cue[1] <= other.cue[0] < sent.end_char and sent.start_char <= other.content[0] <= previous.cue[0] \
                and other.content[1] <= other.cue[0] and other.speaker[0] > previous.cue[1]:
            return other.speaker
    return previous.speaker


def _as_reported_by(cue: Token | None) -> bool:
    """``..., as reported by the Courier``: a passive cue opened by ``as`` with a ``by`` agent, a
    credit naming where words were printed (the way ``according to`` does)."""
    return cue is not None and cue.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
        and any(c.dep_ == "agent" for c in cue.children)


def _attribution_end(attribution: Attribution) -> int:
    """Offset just past the content, cue and speaker of an attribution, whichever ends last."""
    ends = [attribution.content[1]]
    ends += [part[1] for part in (attribution.cue, attribution.speaker) if part is not None]
    return max(ends)


def _person_mentions(doc: Doc, index: QuoteIndex) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of every mention of a person outside quotation marks, in order."""
    found = [
        (m.start, m.end, entity.id)
        for entity in doc._.entities or []
        if entity.type == "PERSON"
        for m in entity.mentions
        if index.covering(m.start) is None
    ]
    return sorted(found)


def _captions_between(doc: Doc, previous: Attribution, attribution: Attribution) -> bool:
    """``'...,' he said. <caption naming others> <caption> 'We tried. It failed.'``: between the
    sentence the previous direct quote's attribution ends and a quotation, the
    text runs on with no sentence end, no quotation mark and no stop before the opening mark:
    picture captions flattened into the text (page furniture, each a line of its own in print), not
    a sentence of the story. People they name speak no words; the quotation, spoken sentences of its
    own (a capital first, a sentence end inside), goes on with the previous speaker's words, as a
    paragraph of quotation with no credit of its own does."""
    if previous.kind not in ("direct", "mixed"):
        return False
    text = doc_text(doc)
    gap = text[_attribution_end(previous) : attribution.opens].lstrip(" \t")
    if not gap or gap[0] not in ".!?":
        return False  # the previous attribution's sentence goes on
    captions = gap[1:].strip()
    if not captions or len(captions) > MAX_CAPTION_RUN or not captions[-1].isalnum() \
            or any(ch in ".!?:;" for ch in captions):
        return False
    # a quotation mark of its own (an apostrophe inside a word, "Lee's", is none)
    if any(ch in QUOTE_CHARS and not (0 < k < len(captions) - 1 and captions[k - 1].isalpha()
                                      and captions[k + 1].isalpha()) for k, ch in enumerate(captions)):
        return False
    words = text[attribution.content[0] : attribution.content[1]]
    if not words[:1].isupper() or re.search(r"[.!?] +\S", words) is None:
        return False
    # the run ends in a word that is no verb taking the quotation as what it reads or says ('a note
    # reading "..."'); the parser hangs the quotation on some word of the run either way
    mark = _token_at(doc, attribution.opens)
    if mark is None or mark.i == 0:
        return False
    before = doc[mark.i - 1]
    return not (before.pos_ in ("VERB", "AUX") and any(
        t.head.i == before.i and t.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") and t.i > mark.i for t in doc[mark.i:]))


def _only_candidate(
    doc: Doc, previous: Attribution, until: int, persons: list[tuple[int, int, str]], starts: list[int]
) -> bool:
    """Whether no person other than the previous quote's speaker is named between that quote
    and ``until``."""
    assert previous.speaker is not None
    speaker = _entity_id(doc, *previous.speaker)
    cue = _token_at(doc, previous.cue[0]) if previous.cue is not None else None
    k = bisect.bisect_left(starts, _attribution_end(previous))
    others = []
    while k < len(persons) and persons[k][0] < until:
        if (
            (speaker is None or persons[k][2] != speaker)
            and not _in_cue_phrase(doc, cue, persons[k][0])
            and not _in_speaker_phrase(doc, previous.speaker, persons[k][0])
        ):
            others.append(persons[k])
        k += 1
    return not others or (speaker is not None
                          and _speaker_subject_of_every_clause(doc, _attribution_end(previous), until, persons, speaker))


def _speaker_subject_of_every_clause(doc: Doc, start: int, until: int, persons: list[tuple[int, int, str]],
                                     speaker: str) -> bool:
    """Whether every clause between ``start`` and ``until`` has the speaker (a mention of entity
    ``speaker``) as its subject, with at least one such clause: the text goes on about the
    speaker, and others named there as objects or owners (``as he traced her career``, ``she plans to
    vote for Ann Lee``) speak no words of it, so a quotation after it with no cue of its own goes
    on with the speaker's. A relative pronoun (``who became a citizen``) stands for the noun it
    follows, whose own clause counts."""
    own = [(s, e) for s, e, entity in persons if entity == speaker]
    gap = doc.char_span(start, until, alignment_mode="expand") if until > start else None
    subjects = [t for t in gap or () if start <= t.idx < until and t.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                and t.tag_ not in ("WDT", "WP")]
    if not subjects:
        return False
    return all(any(s <= t.idx < e for s, e in own) for t in subjects)


def _in_speaker_phrase(doc: Doc, speaker: tuple[int, int], offset: int) -> bool:
    """Whether the word at ``offset`` is in the phrase of the speaker's head word: an apposition,
    a relative clause or a prepositional phrase that says who the speaker is (``said Ann Lee of
    Ohio, the only mayor to back Tom Roe``, ``said Ann Lee, who campaigned with Tom Roe``). A
    person named there describes the speaker and does not speak."""
    token = _token_at(doc, offset)
    span = doc.char_span(*speaker, alignment_mode="expand")
    if token is None or span is None or not len(span):
        return False
    head = span.root
    return head.i != token.i and head.is_ancestor(token) and head.dep_ not in ("ROOT", "ccomp", "conj")


def _in_cue_phrase(doc: Doc, cue: Token | None, offset: int) -> bool:
    """Whether the word at ``offset`` belongs to an object or prepositional phrase of the cue
    verb (``"...," Mr Lee said at a rally for Ms Roe.``): a person named there is where or to
    whom the speaker spoke, not another speaker; a clause with its own subject is not such a
    phrase (``said after Ms Roe left``)."""
    token = _token_at(doc, offset)
    if cue is None or token is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    for ancestor in token.ancestors:
        if (ancestor.head.i == cue.i and ancestor.dep_ in ("advcl", "xcomp") and ancestor.tag_ in ("VBG", "VBN")
                and not any(c.dep_ in SUBJECT_DEPS for c in ancestor.children)):
            # anywhere in a participle clause of the cue without a subject of its own, also in
            # a clause inside it (``said when asked if he had met Ms Roe``): what he was asked
            # or spoke about
            return True
    node = token
    while node.head.i != node.i:
        if node.head.i == cue.i:
            # a participle clause of the cue without a subject of its own (``said, referring
            # to Ms Roe``, ``said when asked about Ms Roe``) says how or on what he spoke
            return node.dep_ in ("prep", "dative", "dobj", "npadvmod") or (
                node.dep_ in ("advcl", "xcomp") and node.tag_ in ("VBG", "VBN"))
        if (node.head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in node.head.children)
                and not (node.head.dep_ == "relcl" and node.head.head.pos_ in ("NOUN", "PROPN"))):
            # (a relative clause on a noun of the cue's phrase says where or when the speaker
            # spoke: "said at the dinner in Leeds, where Ann Lee also spoke" names no other voice)
            return False
        node = node.head
    return False


# What may stand between a quotation and the attribution that interrupts it: ``"We knew," Ms
# Lee said, "and ..."`` (a comma, question mark or dash, and the closing mark).
_INTERRUPTION_MARKS = ",?!—–-"


def _before_next_label(doc: Doc, index: QuoteIndex, content: tuple[int, int], people: list) -> tuple[int, int]:
    """A labelled turn's words up to the next label in its paragraph: ``Ann Lee: "We will build
    it." Tom Reed: "We cannot pay for it."`` sets two speakers' quotations in a row, each after its
    own label (a name of one to four words and a colon right after the closing mark of the
    quotation before, an opening mark right after it). The first turn ends with its quotation;
    the next one is introduced by its own label."""
    text = doc_text(doc)
    for k in index.overlapping(*content):
        span = index.spans[k]
        if span.open < content[0] or span.end >= content[1]:
            continue
        after = _token_at(doc, span.end + (len(text[span.end:]) - len(text[span.end:].lstrip(" "))))
        if after is None:
            continue
        colon = next((t for t in doc[after.i : after.i + 5] if t.text == ":"), None)
        if colon is None or colon.i == after.i or index.covering(colon.idx + 1) is not None:
            continue
        opening = colon.idx + 1 + len(text[colon.idx + 1 :]) - len(text[colon.idx + 1 :].lstrip(" "))
        if index.covering(opening) is None or index.spans[index.covering(opening)].open != opening:
            continue
        if speaker_labels.is_label(doc[after.i : colon.i], people):
            return _strip(doc, content[0], span.end)
    return content


def _perceived_saying_clause(verb: Token, subject: Token | None, perception: Container[str]) -> int | None:
    """``we heard him say``, ``I watched her tell them``: a bare infinitive of saying with its own
    subject, the complement of a verb of perception after it; the index of the first word of the
    perception clause (its subject's), else None."""
    head = verb.head
    if verb.tag_ != "VB" or verb.dep_ not in ("ccomp", "xcomp") or head.i >= verb.i or head.lemma_.lower() not in perception:
        return None
    if subject is None or subject.head.i != verb.i or not head.i < subject.i < verb.i:
        return None
    seer = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    return min(head.i, seer.left_edge.i if seer is not None else head.i)


def _pseudo_cleft_clause(verb: Token) -> Token | None:
    """The clause a cue reports in a pseudo-cleft, ``What Ann Lee said (in the report) is/was
    (that) <clause>``: the cue's free relative ``what`` clause is the subject of a copula whose
    complement after it is what was said; else None."""
    if verb.dep_ != "csubj" or not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return None
    copula = verb.head
    if copula.lemma_.lower() != "be" or copula.i < verb.i:
        return None
    return next((c for c in copula.children if c.dep_ == "ccomp" and c.i > copula.i), None)


def _name_possessive_end(doc: Doc, k: int) -> int | None:
    """The index of the possessive ending of a proper name of one to four words that starts at
    ``k`` (``Ann Lee's``), else None."""
    j = k
    while j < len(doc) and j - k < 4 and doc[j].tag_ in ("NNP", "NNPS"):
        j += 1
    return j if k < j < len(doc) and doc[j].tag_ == "POS" else None


def _interrupting_attribution(text: str, attribution: Attribution, later: list[Attribution]) -> Attribution | None:
    """The attribution right after a quotation, set off by a comma (or ``?``, ``!``, a dash):
    the quotation is the first part of what that attribution's speaker said. An attribution is
    set in the paragraph of the words it credits: one opening the next paragraph (``"...!"`` then
    ``Ann Lee told the Gazette he ...``) has its own words and interrupts no quotation."""
    for other in later:
        if other.cue is None or other.speaker is None:
            continue
        phrase = min(other.cue[0], other.speaker[0])
        if phrase < attribution.content[1]:
            continue
        gap = text[attribution.content[1] : phrase]
        if (
            len(gap) <= 6
            and "\n" not in gap
            and any(ch in _INTERRUPTION_MARKS for ch in gap)
            and all(ch in EDGE_PUNCT or ch in QUOTE_CHARS for ch in gap)
        ):
            return other
        return None
    return None


def _quoted_object(doc: Doc, verb: Token, subject: Token | None, index: QuoteIndex) -> tuple[int, int] | None:
    """``called the plan “a disaster”`` / ``described it as “unhinged”``: an object phrase of
    the cue that carries a quotation reports (part of) what was said."""
    quoted = [
        child
        for child in verb.rights
        if (subject is None or child.i != subject.i)
        and child.dep_ in ("dobj", "oprd", "prep", "attr", "dative", "xcomp", "advcl")
        and index.overlapping(child.left_edge.idx, _end_of(child.right_edge))
        # a participle clause set off by a comma ("called China “reckless,” accusing it of
        # “…”") is an attribution of its own, no part of this one's object
        and not (child.dep_ == "advcl" and _after_comma(doc, child.left_edge.i))
    ]
    if not quoted:
        return None
    start = verb.i + 1
    while start <= quoted[-1].right_edge.i and doc[start].dep_ in ("prt", "punct", "advmod"):
        start += 1
    return _strip(doc, *_char_span(doc, start, quoted[-1].right_edge.i + 1))


def _quoted_document_words(doc: Doc, verb: Token, index: QuoteIndex) -> tuple[int, int] | None:
    """What a verb of a document's wording (``lists``, ``reads``) reports: its object when the object
    holds a quotation, with an ``as`` phrase naming it (``lists "public corruption" as its top
    priority``); None without a quotation there, or when the quotations name works (``reads "The
    Long Way Home"``: a title read, no words of the subject's)."""
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp")
                and index.overlapping(c.left_edge.idx, _end_of(c.right_edge))), None)
    if obj is None:
        return None
    hits = index.overlapping(obj.left_edge.idx, _end_of(obj.right_edge))
    text = doc_text(doc)
    if all(_names_a_work(text[index.spans[k].inner[0] : index.spans[k].inner[1]]) for k in hits):
        return None
    end = obj.right_edge.i
    naming = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > end), None)
    if naming is not None:
        end = naming.right_edge.i
    start = verb.i + 1
    while start < obj.left_edge.i and doc[start].is_punct and not doc[start].is_quote:
        start += 1  # "reads: "...""
    return _strip(doc, *_char_span(doc, start, end + 1))


def _after_comma(doc: Doc, i: int) -> bool:
    """Whether a comma stands before token ``i`` (closing quotation marks between them aside)."""
    j = i - 1
    while j >= 0 and (doc[j].is_quote or _is_quotation_mark(doc[j])):
        j -= 1
    return j >= 0 and (doc[j].text == "," or doc[j].text.endswith(","))


# After the object of a verb of saying, the phrases that are part of what was said: the
# complement that names it ("called the move a mistake", "described the plan as a disaster") and
# the reason of praise or blame ("blamed the council for the delays").
_COMPLEMENT_DEPS = ("oprd", "xcomp", "ccomp")
_COMPLEMENT_PREPS = ("as", "for")


def _object_content(
    doc: Doc, verb: Token, subject: Token | None, needs_complement: bool, media: Container[str] = (),
    through: str | None = None,
) -> tuple[int, int] | None:
    """The noun-phrase object of a verb of saying, with its complement, as what was said
    (``confirmed the deal``, ``denied the allegations``, ``called the move a mistake``). A verb
    with a recipient (``denied him entry``, ``was denied entry``: passive) gives or refuses a thing,
    and says nothing; a verb without a noun object (``announced on Monday``, ``was confirmed dead``)
    reports no content of its own. A phrase the parser hung on the object whose noun is a cue noun
    (``media``: ``acknowledged the error in a statement``) says where it was said, not what.
    ``through``: the preposition of a phrasal cue whose object is what was said (``called for
    an immediate ceasefire``). A passive with its ``by``-agent (``The plan was announced by the
    minister``) reports its passive subject."""
    if through is not None:
        return _prepositional_object(doc, verb, through, needs_complement)
    children = [c for c in verb.rights if subject is None or c.i != subject.i]
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
    if (passive is not None and not needs_complement and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd") for c in verb.children)):
        span = _strip(doc, *_char_span(doc, *_phrase_without_clauses(passive)))
        return span if span[1] > span[0] else None
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if any(c.dep_ in ("dative", "nsubjpass", "auxpass") for c in verb.children):
        return None
    if obj.lower_.endswith(("self", "selves")) and any(
            c.dep_ in _COMPLEMENT_DEPS and c.text[:1].isupper() for c in children if c.i > obj.i):
        return None  # "one volunteer calls himself Brightwater": a name taken, nothing said
    end = obj.right_edge.i + 1
    medium = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ != "of"
                   and any(p.dep_ == "pobj" and p.lemma_.lower() in media for p in c.children)), None)
    if medium is not None:
        end = medium.i
    complement = False
    later = [c for c in children if c.i > obj.i]
    for k, child in enumerate(later):
        # a second noun object is the first one's complement ("branded the minister a liar")
        if child.dep_ in (*_COMPLEMENT_DEPS, "dobj") or (child.dep_ == "prep" and child.lower_ in _COMPLEMENT_PREPS):
            end = child.right_edge.i + 1
            # a reason ("called a strike for Monday", "praised the team for its spirit") names nothing
            complement = complement or child.lower_ != "for"
        elif child.dep_ == "prep" and any(_names_object(c) for c in later[k + 1 :]):
            # "called her vote in favour of the war a mistake": a phrase the parser hung on the
            # verb between the object and its complement belongs to the object
            continue
        elif child.dep_ not in ("prt", "punct") or child.text in (",", ";", ":"):
            break  # "confirmed the deal on Monday": the time is no part of what was said
    if not complement:
        # "described the plan as a disaster": the parser may hang the complement on the object
        complement = any(t.dep_ in _COMPLEMENT_DEPS or (t.dep_ == "prep" and t.lower_ == "as") for t in obj.rights)
    if needs_complement and not complement:
        return None  # "called a meeting", "described the scene": no words reported
    # "cited the cost of the bridge, which opened in 1990": the reporter's gloss closing the
    # object is no part of what was said, as it is not closing a reported clause (attr20)
    end = _without_trailing_gloss(doc, obj.left_edge.i, end, object_phrase=True)
    span = _strip(doc, *_char_span(doc, obj.left_edge.i, end))
    return span if span[1] > span[0] else None


def _shown_object(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """What a poll or a study shows or finds: the verb's noun object with the phrases after it
    that describe it (``shows the mayor with a ten-point lead``), up to a time or a comma."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if obj is None or any(c.dep_ in ("dative", "nsubjpass", "auxpass") for c in verb.children):
        return None
    end = obj.right_edge.i + 1
    for child in (c for c in verb.rights if c.i > obj.i):
        if child.dep_ not in ("prep", "oprd", "xcomp", "acomp", "advmod") or any(
                t.ent_type_ in ("DATE", "TIME") for t in child.subtree) or any(
                doc[j].text in (",", ";", ":") for j in range(end, child.i)):
            break
        end = child.right_edge.i + 1
    span = _strip(doc, *_char_span(doc, obj.left_edge.i, end))
    return span if span[1] > span[0] else None


def _names_object(token: Token) -> bool:
    """Whether a child of a verb of saying is a complement naming its object (``a mistake`` in
    ``called the vote a mistake``, ``as a disaster``)."""
    return token.dep_ in _COMPLEMENT_DEPS or (token.dep_ == "prep" and token.lower_ == "as")


def _phrasal_word(cue: Cue) -> str | None:
    """The second word of a two-word cue (``for`` of ``call for``), None for a one-word cue."""
    words = cue.lemma.split()
    return words[1] if len(words) == 2 else None


def _prepositional_object(
    doc: Doc, verb: Token, preposition: str, needs_complement: bool = False
) -> tuple[int, int] | None:
    """The object of the cue's own preposition (``called for an immediate ceasefire``, ``are
    calling for raising the tax``), with what the parser hung on it, and the complement naming
    it (``pointed to the strike as an example``), which ``needs_complement`` requires (``pointed
    to the sky`` reports nothing)."""
    prep = next((c for c in verb.rights if c.dep_ in ("prep", "prt") and c.lower_ == preposition), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    end = prep.right_edge.i + 1
    # "pointed to the strike as an example of ...": the complement naming the object
    named = [c for c in verb.rights if c.i > prep.i and _names_object(c)]
    named += [c for c in obj.rights if _names_object(c)]  # or hung on the object
    if named:
        end = max(end, *(c.right_edge.i + 1 for c in named))
    elif needs_complement:
        return None
    span = _strip(doc, *_char_span(doc, obj.left_edge.i, end))
    return span if span[1] > span[0] else None


def _phrase_without_clauses(token: Token) -> tuple[int, int]:
    """Token range of a noun phrase, without a relative clause or apposition after its head."""
    end = token.right_edge.i + 1
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct"):
            end = child.left_edge.i
            break
    return token.left_edge.i, end


def _as_clause_host(verb: Token) -> tuple[int, int] | None:
    """``As the mayor said, the city is broke`` / ``The city is broke, as she put it``: a cue in a
    clause opened by ``as`` with no complement of its own frames the clause it hangs on; that
    clause (without the ``as`` clause) is the token range returned. Not when the cue has an
    object other than ``it`` (``As she announced her plans, the crowd cheered``: a time)."""
    if verb.dep_ not in ("advcl", "parataxis", "ccomp") or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None  # (the parser may make an "as" clause set off by commas a parataxis: polnear18,
        # or a complement of the clause after it: "as the judge put it, "..."", qtp35)
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        return None  # a complement after its verb is what that verb says ("said as much")
    if any(c.dep_ in ("ccomp", "xcomp", "dative") or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children):
        return None
    host = verb.head
    while host.pos_ in ("NOUN", "PROPN", "PRON") and host.dep_ in ("nsubj", "nsubjpass") and host.head.i != host.i:
        host = host.head  # "The bridge, as the engineer noted, was built ...": hung on the subject
    # the "as" opens its clause: words before it the parser hung on the cue are the host's
    # ("The lake, as a ranger pointed out, has not frozen": "lake" read as the cue's subject)
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as")
    first, last = max(verb.left_edge.i, mark.i if verb.doc[mark.i - 1].text == "," else verb.left_edge.i), verb.right_edge.i
    start, end = host.left_edge.i, host.right_edge.i + 1
    if first <= start or all(t.dep_ in ("cc", "advmod") or t.is_punct or t.pos_ == "PUNCT" for t in verb.doc[start:first]):
        # the "as" clause opens the host clause (after a coordinator: "But as the paper said, ...")
        start = last + 1
        subject = _host_subject_hung_on_as_clause(verb, host, last)
        if subject is not None:
            # "As the critic points out, cutting fees helps nobody": the host's subject, after the
            # "as" clause's comma, hung on the cue; it is the host's, so what was said starts there
            start = subject.left_edge.i
    elif last + 1 >= end or all(t.is_punct or t.is_space for t in verb.doc[last + 1 : end]):  # it ends it
        # (the line break ending the paragraph, which the parser hangs on the full stop, ends it too)
        end = first
    elif not _set_off_by_commas(verb.doc, first, last):
        return None
    # else set off by commas inside the clause (``A week ago, as the paper reported, the mill
    # shut``): the whole clause around it, as for other interposed attributions
    doc = verb.doc
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end > start else None


def _host_subject_hung_on_as_clause(verb: Token, host: Token, last: int) -> Token | None:
    """The subject of the clause an opening ``as`` clause of saying frames, when the parser hung it
    on the cue (``As the critic points out, cutting fees helps nobody``: ``cutting`` a clause of
    ``points``, ``helps`` with no subject). A finite host clause has a subject; a phrase of the
    cue's after the comma that closes the ``as`` clause, ending right before the host's verb, is
    that subject. None otherwise."""
    doc = verb.doc
    if host.pos_ not in ("VERB", "AUX") or any(c.dep_ in _CLAUSE_SUBJECTS for c in host.children):
        return None
    if host.tag_ not in FINITE_OR_MODAL_TAGS and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_OR_MODAL_TAGS for c in host.children):
        return None
    phrase = next((c for c in verb.rights if c.right_edge.i == last and c.left_edge.i > verb.i + 1
                   and (c.tag_ == "VBG" or c.pos_ in ("NOUN", "PROPN"))), None)
    if phrase is None or last + 1 != min([host.i, *(a.i for a in host.lefts if a.dep_ in ("aux", "auxpass", "neg"))]):
        return None
    before = phrase.left_edge.i - 1
    while before > verb.i and doc[before].is_space:
        before -= 1
    return phrase if doc[before].text == "," else None


def _as_clause_read_as_main(verb: Token) -> Token | None:
    """The subject of a cue in an ``as`` clause set off by commas inside a sentence, when the
    parser made the cue the sentence's main verb (``Norway, as one forecaster pointed out, rarely
    gets two storms``: ``Norway`` a second subject of ``pointed``, ``gets`` a clause hung on it).
    The cue's subject is the one between ``as`` and the cue; the sentence's own subject comes
    before the comma, its verb after the clause's closing comma."""
    if verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    mark = next((c for c in verb.lefts if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i == 0 or doc[mark.i - 1].text != ",":
        return None
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    own = [c for c in subjects if c.i > mark.i]
    if len(own) != 1 or not any(c.i < mark.i for c in subjects):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.lower_ != "it" for c in verb.rights):
        return None  # the cue has words of its own ("..., as she said last week that ...")
    host = next((c for c in verb.rights if c.dep_ in ("advcl", "conj", "parataxis") and c.pos_ in ("VERB", "AUX")
                 and doc[c.left_edge.i - 1].text == ","), None)
    if host is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in host.children):
        return None
    return own[0]


def _set_off_by_commas(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last stand between two commas (the closing one may be their last)."""
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return first > 0 and doc[first - 1].text == "," and closed


def _adjunct_after(doc: Doc, span: QuoteSpan, content_end: int) -> bool:
    """``said 'good job, good job' on the team radio before ...``: a content that opens with a
    quotation and goes on past its closing mark with a prepositional phrase or a subordinate
    clause (a word tagged IN right after the mark) is the quotation, said where or when the rest
    tells; not ``said 'the plan' was dead`` (a verb goes on)."""
    if span.end >= content_end:
        return False
    text = doc_text(doc)
    k = span.end
    while k < content_end and text[k].isspace():
        k += 1
    after = _token_at(doc, k) if k < content_end else None
    if after is not None and after.dep_ == "prep" and span.inner[0] <= after.head.idx < span.inner[1] \
            and after.head.dep_ in ("nsubj", "nsubjpass"):
        # "testified 'dozens' of files had been shredded": the preposition goes on with the quoted
        # noun's own phrase, the subject of the clause said (qtp38)
        return False
    if after is not None and after.dep_ == "prep" and _clause_run_on_from_object(after.head, ()) is not None:
        # the same when the parser hung the quoted noun on the cue as its object, the phrase too (quotes42)
        return False
    return after is not None and after.idx == k and after.tag_ == "IN"


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _active_subject(sent) -> Token | None:
    """The active subject of a sentence's main verb ("Tom Hardy watched ..."), if any. When the
    parser made a name the head of the sentence (its verb hung on it as a modifier), the name."""
    root = sent.root
    if root.pos_ in ("PROPN", "NOUN") and any(c.dep_ in ("acl", "relcl") for c in root.children):
        return root
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _only_unclaimed_fragments(text: str, sent, spans: list[QuoteSpan], attributions: list[Attribution]) -> bool:
    """Whether every quotation of a sentence is words quoted inside it that no attribution
    claims (quotes23): each opens after a word of the sentence, not after a colon or a comma
    (which introduce speech), and no attribution with a cue or a speaker has content in it
    (``She dismissed claims the council met "behind closed doors".``)."""
    for span in spans:
        before = text[sent.start_char:span.open].rstrip()
        if span.open <= sent.start_char or not before or not before[-1].isalpha():
            return False
        if any((a.cue is not None or a.speaker is not None) and a.content[0] < span.end and span.open < a.content[1]
               for a in attributions):
            return False
    return True


def _sole_person(doc: Doc, sent, subject: Token, persons: list[tuple[int, int, str]]) -> bool:
    """Whether the subject is the only person a sentence names: no coordinated subject (``Tom
    Reed and Ann Marsh met ...``) and no mention of another person entity (``Tom Reed met Ann
    Marsh.``) outside the subject phrase (``Her coach Tom Reed``) other than a possessive."""
    if any(child.dep_ == "conj" for child in subject.children):
        return False
    phrase = _char_span(doc, *speaker_tokens(subject))
    own = _entity_id(doc, *phrase)
    for m_start, m_end, entity in persons:
        if entity == own or not sent.start_char <= m_start < sent.end_char or phrase[0] <= m_start < phrase[1]:
            continue
        token = _token_at(doc, m_start)
        if token is not None and token.tag_ == "PRP$":
            continue  # "watched her boat sink": a possessive names nobody who could speak
        mention = doc.char_span(m_start, m_end, alignment_mode="expand")
        if mention is not None and token is not None and token.i > subject.i and not any(
            t.pos_ in ("PROPN", "PRON") for t in mention
        ):
            continue  # "helped carry an injured woman out": a person described, not named, after the subject is acted on
        return False
    return True


MAX_DESCRIPTION_LOOKBACK = 4  # sentences searched back for the person a description refers to
_NOT_NAMES = frozenset("the a an he she his her him i my me we our us they their them".split())


def _described_person_before(doc: Doc, speaker: Speaker, quotes: list[Quote], actors: ActorDictionary) -> str | None:
    """The person a speaker given only as a definite description stands for, when the entity
    stage's link cannot be right (quotes23). A description (``said the American``, ``the Tory
    leader argued``, ``added the captain``) refers back to someone named before (news writes the
    name first, then the description), so the person is the nearest one named before it who
    fits: searching back sentence by sentence (the description's own sentence first, up to
    MAX_DESCRIPTION_LOOKBACK), the first sentence that names someone who fits decides; two who fit
    there are never guessed between. A nationality noun (``the American``) fits a person of that
    country or of none known (one of that very country goes first); a role noun (``the
    captain``) fits a person without a title or titled so. A role description is only
    relinked when the entity stage linked it to someone first named after it (a dictionary's
    office holder: ``the party leader`` is not the country's leader); one it linked to nobody
    or to an unnamed holder stays so (``the police chief`` is no untitled person nearby). A
    nationality noun is relinked whenever the nearest fit is another person (the stage links it
    by country alone). Names inside direct quotations are who is spoken
    of, not who speaks. Returns None to keep the entity stage's link."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 4 or span[0].lower_ != "the":
        return None
    root = span[-1]
    if span.root.i != root.i or any(t.ent_type_ == "PERSON" or t.dep_ == "poss" or t.is_punct for t in span):
        return None
    iso3 = actors.demonyms.get(root.lower_) if root.text[:1].isupper() and len(span) == 2 else None
    role = None if iso3 else actors.role(root.lemma_.lower())
    if iso3 is None and (role is None or role.kind != "person" or root.tag_ not in ("NN", "NNP")):
        return None
    entities = {e.id: e for e in doc._.entities or []}
    linked = entities.get(speaker.entity or "")
    if iso3 is None and (linked is None or not any(_names_person(doc, m.start, m.end) for m in linked.mentions)
                         or any(m.end <= speaker.start and _names_person(doc, m.start, m.end) for m in linked.mentions)):
        # a role linked to someone named before it (the entity stage's title match), to an
        # unnamed holder or to nobody (a state office is never the untitled person nearby)
        return None
    quoted = [(q.content.start, q.content.end) for q in quotes if q.kind == "direct"]
    word = root.lower_

    def fits(entity: Entity) -> bool:
        if iso3 is not None:
            return entity.country in (None, iso3)
        return entity.title is None or word in entity.title.lower().split()

    sent = root.sent
    for _ in range(MAX_DESCRIPTION_LOOKBACK):
        found = {
            e.id: e for e in entities.values() if e.type == "PERSON" and fits(e)
            for m in e.mentions
            if sent.start_char <= m.start and m.end <= min(sent.end_char, speaker.start)
            and not any(a <= m.start < b for a, b in quoted) and _names_person(doc, m.start, m.end)
        }
        if found:
            exact = [e for e in found.values() if iso3 is not None and e.country == iso3]
            choice = exact if len(exact) == 1 else list(found.values())
            return choice[0].id if len(choice) == 1 else None
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def _subject_before_unnamed_description(doc: Doc, speaker: Speaker, quotes: list[Quote],
                                        actors: ActorDictionary) -> str | None:
    """The person a definite description speaker stands for when the article names nobody by it
    (``the self-described <noun> said``, ``the Christian leader related``): the entity stage made
    the description an entity of its own with no name anywhere, or linked it to nobody. News names
    a person first and then goes on about them under descriptions, so the description is the
    person last named as the subject of a clause (or as a speaker) before it: searching back
    sentence by sentence (its own sentence first, up to MAX_UNNAMED_DESCRIPTION_LOOKBACK), the
    first sentence naming such a person decides, when it names one only. Names inside direct
    quotations are who is spoken of, and so are a possessive owner (``Mr Lee's office``) and one
    the cue's own clause names (``Lee was called a liar by the judge``); in a sentence, one who
    speaks there goes before the subjects of what was said. A plural or a possessive description (``their leader``,
    ``the state's chairman``) is not read; None keeps the entity stage's link (quotes42)."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 5 or span[0].lower_ != "the":
        return None
    root = span[-1]
    if span.root.i != root.i or root.tag_ != "NN" or any(
            t.ent_type_ == "PERSON" or t.dep_ == "poss" or t.is_punct or t.pos_ == "PROPN" and t.i == root.i for t in span):
        return None
    if not (_is_person_noun(root, actors) or actors.person_noun(root.lemma_.lower()) is not None):
        return None
    entities = {e.id: e for e in doc._.entities or []}
    linked = entities.get(speaker.entity or "")
    if linked is not None and any(_names_person(doc, m.start, m.end) for m in linked.mentions):
        return None
    quoted = [(q.content.start, q.content.end) for q in quotes if q.kind == "direct"]
    speakers = [(q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None and q.speaker.end <= speaker.start]
    people = [(m, e) for e in entities.values() if e.type == "PERSON" for m in e.mentions
              if m.end <= speaker.start and _names_person(doc, m.start, m.end)
              and not any(a <= m.start < b for a, b in quoted)]
    own_clause = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # an office of the state named whole (``the police chief``, ``the mayor``) is held by someone
    # titled so: never an untitled or otherwise titled person nearby
    office = actors.role(" ".join(t.lower_ for t in span[1:]))
    office = office if office is not None and office.sector in _STATE_OFFICE_SECTORS else None

    def governor(m) -> Token | None:
        named = doc.char_span(m.start, m.end, alignment_mode="expand")
        head = named.root if named is not None and len(named) else None
        while head is not None and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "Ann Lee and Tom Reed toured ...": both are subjects
        return head

    # "Lee was called a liar by the judge": one the cue's own clause names is someone else
    others = {e.id for m, e in people if own_clause is not None and getattr(governor(m), "head", None) == own_clause}
    sent = root.sent
    for _ in range(MAX_UNNAMED_DESCRIPTION_LOOKBACK):
        spoke, subjects = set(), set()
        for m, e in people:
            if not (sent.start_char <= m.start and m.end <= sent.end_char):
                continue
            if office is not None and (e.title is None or root.lower_ not in e.title.lower().split()):
                continue
            head = governor(m)
            if head is None or head.dep_ == "poss" or e.id in others:
                continue  # "Mr Lee's office said": the office speaks, not Mr Lee
            if any(a <= m.start and m.end <= b for a, b in speakers):
                spoke.add(e.id)
            elif head.dep_ in ("nsubj", "nsubjpass"):
                subjects.add(e.id)
        # one who speaks in that sentence goes before the subjects of what was said
        found = spoke or subjects
        if found:
            return next(iter(found)) if len(found) == 1 else None
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


_STATE_OFFICE_SECTORS = frozenset({"GOV", "JUD", "COP", "MIL", "LEG"})  # offices of the state, held by the titled
MAX_UNNAMED_DESCRIPTION_LOOKBACK = 8  # sentences searched back for the subject a nameless description stands for


def _names_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention is a name (``Ann Lee``, ``Mr Lee``), not a pronoun or a description."""
    words = doc_text(doc)[start:end].split()
    return bool(words) and words[0].lower() not in _NOT_NAMES and words[-1][:1].isupper()


def _entity_type(doc: Doc, token: Token) -> str | None:
    """The type of the entity one of whose mentions covers the token (None when none does)."""
    for entity in doc._.entities or []:
        for m in entity.mentions:
            if m.start <= token.idx < m.end:
                return entity.type
    return None


def _is_person_noun(token: Token, actors: ActorDictionary) -> bool:
    role = actors.role(token.lemma_)
    return role is not None and role.kind == "person"


def _body_earlier_in_sentence(doc: Doc, token: Token, types: dict[str, str]) -> str | None:
    """The one organisation named earlier in the pronoun's sentence (``X accused the FBI of
    bias after it said ...``); None when none or two are (never a guess between them)."""
    bodies = {
        entity.id
        for entity in doc._.entities or []
        if types.get(entity.id) in ("ORG", "NORP")
        for m in entity.mentions
        if token.sent.start_char <= m.start < token.idx
    }
    return bodies.pop() if len(bodies) == 1 else None


def _subject_body_before(doc: Doc, token: Token, types: dict[str, str]) -> str | None:
    """The organisation that is the subject of the nearest of the two sentences before a token."""
    sent = token.sent
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for subject in (t for t in sent if t.dep_ == "nsubj"):
            entity = _entity_id(doc, *_char_span(doc, *speaker_tokens(subject)))
            if entity is not None and types.get(entity) in ("ORG", "NORP"):
                return entity
    return None


def _is_person(doc: Doc, token: Token, pronouns: Container[str]) -> bool:
    if token.lower_ in pronouns:
        return True
    return _entity_type(doc, token) == "PERSON"


def _end_of(token: Token) -> int:
    return token.idx + len(token.text)


def _addressee_before_quotation(doc: Doc, verb: Token, index: QuoteIndex) -> tuple[int, int] | None:
    """``telling reporters, “…”``, ``told CNN: “…”``: after a verb whose object is the person
    addressed, the quotation right after that object is what was said, even when the parser hung
    the quotation on the clause the verb depends on (a participle after a main clause:
    ``Ann Lee spoke on Monday, telling reporters, “…”``)."""
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if addressee is None or any(t.is_punct for t in doc[verb.i + 1 : addressee.left_edge.i]):
        return None
    if any(c.dep_ in _COMPLEMENT_DEPS + ("attr",) and c.i > addressee.right_edge.i for c in verb.children):
        # "called half of the fans “deplorables”": a quotation naming the object is no words
        # addressed to it (the object with its complement is what was said)
        return None
    return _adjacent_quote(doc, index, _end_of(doc[addressee.right_edge.i]), backwards=False)


def _adjacent_quote(
    doc: Doc, index: QuoteIndex, offset: int, backwards: bool, finished: bool = False
) -> tuple[int, int] | None:
    """The quotation separated from ``offset`` only by spaces and , : — (either side); before
    ``offset``, one closed by a full stop only with ``finished``."""
    text = doc_text(doc)
    i = offset
    step = -1 if backwards else 1
    limit = 0 if backwards else len(text)
    seen = 0
    while i != limit and seen < 4:
        ch = text[i - 1] if backwards else text[i]
        if ch in " ,:—–\t":
            i += step
            seen += 1
            continue
        break
    probe = i - 1 if backwards else i
    if probe < 0 or probe >= len(text):
        return None
    k = index.covering(probe)
    if k is None:
        return None
    span = index.spans[k]
    if (backwards and probe == span.end - 1) or (not backwards and probe == span.open):
        inner = _strip_trailing_comma(text, *_strip(doc, *span.inner))
        if _title_after_owner_or_preposition(doc, span, text[inner[0]:inner[1]]):
            return None
        if backwards and not finished and text[span.inner[0] : span.inner[1]].rstrip().endswith("."):
            # A quotation closed by a full stop ended its sentence: the words after it start
            # another ("'... I love.' Ann Lee wrote on Facebook, saying: '...'").
            return None
        return inner
    return None


def _imagined_word_in_report(doc: Doc, attribution: Attribution, attributions: list[Attribution]) -> bool:
    """``said he expected that voters will say "no" to the plan``: one quoted word said by a verb of
    an imagined saying (under a modal, or a bare infinitive: ``will say``, ``to say``) inside what
    another attribution reports is a word of that report, no quote of its own (qtp34). A saying
    told as done stays (``..., who simply tweeted "What?"``)."""
    start, end = attribution.content
    if attribution.cue is None or len(doc_text(doc)[start:end].split()) != 1:
        return False
    cue = _token_at(doc, attribution.cue[0])
    if cue is None or not (cue.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)):
        return False
    return any(b is not attribution and b.content[0] < start and end <= b.content[1] for b in attributions)


def _title_after_owner_or_preposition(doc: Doc, span: QuoteSpan, words: str) -> bool:
    """``on the network's "Morning Hour with Ann Lee," when asked ...``: quoted words written as a
    work's title (``_names_a_work``) right after a possessive or a preposition, in a sentence of
    prose, are the title of a show or a work the sentence names, not words anyone said next to it."""
    if not _names_a_work(words) or not _in_prose(doc, span):
        return False
    opening = _token_at(doc, span.open)
    if opening is None or opening.i == 0:
        return False
    before = doc[opening.i - 1]
    return before.tag_ == "POS" or before.lower_ in ("'s", "’s") or (before.pos_ == "ADP" and before.dep_ == "prep")


def _clause_after_raised_relative(verb: Token) -> tuple[int, int] | None:
    """``the beliefs, which he posits make it easy to predict ...``: a verb of saying in a relative
    clause whose pronoun is the subject of the clause said, raised out of it (``which`` read as the
    cue's object); the parser hangs that clause's finite verb elsewhere, with the noun as its
    subject or none. The clause after the cue, from the word after it to that verb's last word, is
    what was said (qtp35); None otherwise."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("ccomp", "xcomp", "attr", "oprd") for c in verb.children):
        return None
    pronoun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.tag_ in ("WDT", "WP") and c.i < verb.i), None)
    if pronoun is None or pronoun.dep_ != "dobj" or not any(c.dep_ == "nsubj" and pronoun.i < c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    k = verb.right_edge.i + 1
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX") or (doc[k].tag_ not in FINITE_OR_MODAL_TAGS):
        return None
    clause = doc[k] if doc[k].dep_ not in ("aux", "auxpass") else doc[k].head
    subjects = [c for c in clause.children if c.dep_ in _CLAUSE_SUBJECTS]
    if clause.i < k or any(c.i != verb.head.i and c.i > verb.i for c in subjects) or any(
            c.i != verb.head.i for c in subjects if c.i < verb.i):
        return None
    return k, clause.right_edge.i + 1


def _bare_apostrophe_owner(noun: Token) -> Token | None:
    """``in Reuters’ words``: a name ending in ``s`` whose possessive is a bare apostrophe right
    before the noun, which the parser hung on the name or the noun (not the name as the noun's
    possessor): the name owns the noun (qtp35); None otherwise."""
    if noun.i < 2:
        return None
    mark, name = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    if mark.text not in ("'", "’") or mark.head.i not in (name.i, noun.i) or name.pos_ != "PROPN" \
            or not name.lower_.endswith("s"):
        return None
    return name


def _quotation_after_as_put_it(doc: Doc, verb: Token, index: QuoteIndex) -> tuple[int, int] | None:
    """``as <Name> put it, "..."``: a framing verb in an ``as`` clause whose object ``it`` ends the
    clause at a comma right before an opening quotation mark frames that quotation (the parser
    may hang the clause on the quoted verb); None otherwise."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    it = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if it is None or it.i + 1 >= len(doc) or doc[it.i + 1].text != ",":
        return None
    return _adjacent_quote(doc, index, _end_of(it), backwards=False)


def _quotation_after_cue_phrase(doc: Doc, verb: Token, subject: Token | None, index: QuoteIndex) -> tuple[int, int] | None:
    """``The harbour master added hours later, "Nobody should ..."``: a cue with nothing of its own
    to report (no complement or object), whose own phrases end at a comma right before an opening
    quotation mark, introduces that quotation as a colon does, whatever the parser hung where (it
    may make the cue a clause of the quoted verb). Not after a quotation it closes (``"...," she
    said on Monday, "and ..."`` reports the first part) nor with its subject after it (quotes24)."""
    if subject is not None and subject.i > verb.i:
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative", "attr", "oprd") for c in verb.children):
        return None
    own_end = max((t.i for t in verb.subtree if index.covering(t.idx) is None), default=verb.i)
    if own_end + 1 >= len(doc) or doc[own_end + 1].text != ",":
        return None
    if _adjacent_quote(doc, index, doc[subject.left_edge.i if subject is not None else verb.i].idx, backwards=True) is not None:
        return None
    return _adjacent_quote(doc, index, _end_of(doc[own_end]), backwards=False)


def _quotation_after_lost_source(doc: Doc, according: Token, index: QuoteIndex) -> int | None:
    """The quotation opening right after ``according to`` when it is a sentence of its own, not
    the source's name: web text loses the linked name of the source (``according to [the
    paper]``) and runs the next sentence, a quotation with its own attribution, into the phrase
    (``..., according to “We hit the span,” the police said``). The quotation holds a finite
    verb and ends in a comma or a stop, so it is no title (``according to “Meet the Press”``)."""
    i = according.i + 2
    if i >= len(doc) or doc[i - 1].lower_ != "to" or not _is_quotation_mark(doc[i]):
        return None
    k = index.covering(doc[i].idx)
    if k is None or index.spans[k].open != doc[i].idx:
        return None
    inner = index.spans[k].inner
    words = doc.char_span(*inner, alignment_mode="contract")
    if words is None or not doc_text(doc)[inner[0]:inner[1]].rstrip().endswith((",", ".")):
        return None
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words):
        return None
    return k


def _after_lost_source(doc: Doc, index: QuoteIndex, start: int, end: int, verb: Token) -> int:
    """Where a reported clause before its cue starts when it holds ``according to`` with the
    source's name lost before a quotation (``The bridge shut, according to “We hit it,” the
    police said``): the sentence before the phrase is the lost source's, the cue's words are the
    quotation."""
    for token in doc[start:end]:
        if token.orth == _ACCORDING:
            k = _quotation_after_lost_source(doc, token, index)
            if k is not None and index.spans[k].end <= verb.idx:
                return token.i + 2
    return start


def _clauses_holding_infinitive_cues(cue_tokens: list[tuple[Token, Cue]]) -> set[int]:
    """The first words of adverbial clauses set off by a comma whose verb holds a cue in the
    infinitive (``claimed that the cut was wise, although she refused to promise to publish
    the accounts``): such a clause is an attribution of its own, no part of what the clause it
    hangs on reports (attrib16, layout of a PolNeAR dev miss, tested on sentences of our own)."""
    found = set()
    for token, cue in cue_tokens:
        head = token.head
        if token.dep_ != "xcomp" or not cue.infinitive or head.dep_ != "advcl" or head.i > token.i:
            continue
        first = head.left_edge.i
        if first > 0 and token.doc[first - 1].text == "," and any(
                c.dep_ == "mark" for c in head.children):
            found.add(first)
    return found


def _governor_of_that_clause(participle: Token) -> Token | None:
    """``Ann Lee was unhappy that the race was stopped, calling the conditions 'fine'``: a
    participle of saying set off by a comma that the parser hung on a ``that`` clause of feeling
    or knowing (the complement of an adjective or a verb) is said by the one who feels: the verb
    that governs that clause (whose subject speaks), not the clause's own (passive) subject.
    None when the participle hangs elsewhere (issue 15, s19-g2rest)."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    host = participle.head
    if host.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in host.children):
        return None
    governor = host.head
    if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "attr"):
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.i > host.i:
        return None
    return governor


def _object_named_in_quotes(verb: Token) -> bool:
    """``..., calling the conditions 'perfectly fine'``: a verb that may take the one addressed
    (``told the Herald``, ``called the police``) whose object's words hold a quotation names that
    object in the quoted words; the object is no one addressed, and the clause before the comma is
    not what was said (issue 15, s19-g2rest)."""
    return any(t.is_quote or t.text in QUOTE_CHARS for c in verb.rights if c.dep_ in ("dobj", "dative")
               for t in c.subtree if t.i > c.i)


def _run_on_after_named_object(verb: Token, clause: Token) -> bool:
    """``..., calling conditions 'normal' The race restarted ...``: after an object named in quoted
    words (``_object_named_in_quotes``) a clause the parser hung on the verb is the next sentence
    run on without a full stop (a caption's layout), not what the verb reports (issue 15, s19-g2rest)."""
    if not _object_named_in_quotes(verb):
        return False
    named = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    return bool(named) and clause.left_edge.i > max(c.right_edge.i for c in named)


def _clause_of_verb_before(verb: Token, lexicon: CueLexicon) -> list[Token]:
    """``continues to insist, most recently in an interview, that the merger will save money``: a
    cue verb in the infinitive after a verb of going on or trying, whose ``that`` clause the parser
    hung on that verb; the clause after the cue is what was said (attrib16, layout of PolNeAR dev
    misses, tested on sentences of our own). Not when the verb before is a cue itself."""
    head = verb.head
    before = lexicon.verb_cue(head)
    # a verb of manner ("continue": quotes23) reports only a quotation before it, no clause
    if verb.dep_ != "xcomp" or head.i >= verb.i or before is not None and before.kind != "manner":
        return []
    return [c for c in head.children if c.dep_ == "ccomp" and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _reported_clause_of_adverbial_cue(verb: Token) -> tuple[int, int] | None:
    """``While he acknowledged funding was a reason he felt tired, Mr Ames noted ...``: a cue
    verb without a complement in an adverbial clause that the parser hung on the clause right
    after it (the clause the cue reports, its subject right after the cue, ending before the
    comma): that clause's own words are what was said (attrib16, layout of PolNeAR dev misses,
    tested on sentences of our own)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return None
    if head.left_edge.i != verb.left_edge.i or verb.right_edge.i + 1 >= head.i:
        return None
    subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != verb.right_edge.i + 1:
        return None
    end = head.right_edge.i + 1
    if end >= len(verb.doc) or verb.doc[end].text != ",":
        return None
    return subject.left_edge.i, end


def _clause_of_adverbial_cue(clause: Token, lexicon: CueLexicon) -> bool:
    """Whether a complement clause opens with an adverbial clause whose cue reports it (see
    :func:`_reported_clause_of_adverbial_cue`): the clause is what that cue reports, not what the
    verb it hangs on does."""
    return any(c.dep_ == "advcl" and c.i < clause.i and lexicon.verb_cue(c) is not None
               and _reported_clause_of_adverbial_cue(c) is not None for c in clause.lefts)


def _relative_attribution(verb: Token, start: int) -> bool:
    """Whether a cue verb is the verb of a relative clause whose relative pronoun opens the clause
    the cue reports (``the dam, which she argued would protect three towns``: ``which`` is the
    subject of what was said; attrib16, from PolNeAR dev misses, tested on sentences of our own)."""
    first = verb.doc[start]
    return verb.dep_ == "relcl" and first.tag_ in ("WDT", "WP") and first.i < verb.i


def _subject_read_as_cue_object(verb: Token, clause: Token, start: int, addressees: Container[str]) -> int:
    """Where what was said starts when the parser hung the reported clause's subject on the verb
    of saying as its object (``said Thursday Lee's repayment of the loan, which ..., was a factor``:
    ``repayment`` the object of ``said``, ``was`` a complement with no subject, after a phrase set off
    by commas): at the object, after any time words before it. Not for verbs whose object is the one addressed (``told reporters``).
    Otherwise ``start`` (dev13q, news-dev13's lost content; tested on sentences of our own)."""
    if verb.lemma_.lower() in addressees or any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return start
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.left_edge.i >= start or any(t.is_punct and t.text != "," for t in verb.doc[obj.i:clause.i]):
        return start
    if clause.left_edge.i == 0 or verb.doc[clause.left_edge.i - 1].text != "," or obj.right_edge.i + 1 >= clause.left_edge.i:
        return start  # the parser loses the subject over a phrase set off by commas after it (", which ..., was")
    doc = verb.doc
    times = [(t.start, t.end) for t in (doc._.times or [])] if doc.has_extension("times") else []
    first = obj.left_edge.i
    while first < obj.i and (doc[first].ent_type_ in ("DATE", "TIME")
                             or any(s <= doc[first].idx < e for s, e in times)):
        first += 1
    return first


_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_QUANTITY_ENTS = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "MONEY"})


def _closing_credit_read_as_adverbial(verb: Token, subject: Token | None) -> int | None:
    """``Prices will rise this year, sooner than expected, the bureau reported on Monday -- a
    finding that ...``: a verb of saying or reporting in inverted order after the statement it
    credits, which the parser hung on that statement's verb as an adverbial clause (no ``that``,
    ``when`` or ``as`` of its own, no clause or object after it, its subject right after a comma,
    the statement a full clause with its own subject before): the statement, from the sentence
    start to that comma, is what was said. The comma's token index, or None (qtp35).

    The same credit hung as a complement clause of the statement's verb (``<Name> thinks the fees
    are too high, former Mayor <Name> said this week``: the parser read the credit as what the
    fronted verb of thinking takes) is read alike (qtp36)."""
    head = verb.head
    if verb.dep_ not in ("advcl", "ccomp") or head.i >= verb.i or head.pos_ not in ("VERB", "AUX") or subject is None:
        return None
    if subject.head.i != verb.i or subject.i > verb.i or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ in ("mark", "ccomp", "xcomp", "dobj", "dative") for c in verb.children):
        return None
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children):
        return None
    comma = subject.left_edge.i - 1
    if comma <= verb.sent.start or verb.doc[comma].text != ",":
        return None
    if not any(c.dep_ in _CLAUSE_SUBJECTS and c.i < comma for c in head.children):
        return None
    return comma


def _statement_read_as_adverbial_of_credit(verb: Token, subject: Token | None) -> int | None:
    """``The week before the vote the council spent its budget, reports the Ledger.``: a credit
    ending the sentence (inverted or not) after a statement set off by a comma, which the parser
    hung on the credit as an adverbial clause (its time phrase read as the clause's conjunction).
    A sentence does not end in a bare credit after an adverbial clause, so the clause is what was
    said: from the sentence start to that comma (the comma's token index), else None. The clause
    opens the sentence, reaches the comma, and holds a finite clause with a subject of its own
    that no conjunction opens (the statement's own verb)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i != verb.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "attr", "oprd") for c in verb.children):
        return None
    first, last = speaker_tokens(subject)
    comma = min(verb.i, first) - 1
    if comma <= verb.sent.start or doc[comma].text != ",":
        return None
    if verb.i < first and verb.i != comma + 1 or first < verb.i and last != verb.i:
        return None  # ", reports the Ledger" / ", the Ledger reports": nothing between
    # only a phrase of time or place after the credit ("reported on Monday")
    tail = max(verb.i, last - 1) + 1
    if any(not (t.is_punct or t.is_space) and not any(a.i == verb.i for a in t.ancestors)
           or t.dep_ in ("ccomp", "xcomp", "advcl", "conj") for t in doc[tail : verb.sent.end]):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i < comma and c.right_edge.i == comma - 1), None)
    if clause is None or any(t.i != clause.left_edge.i and not (t.is_punct or t.pos_ == "CCONJ")
                             for t in doc[verb.sent.start : clause.left_edge.i]):
        return None
    finite = [t for t in doc[clause.left_edge.i : comma] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
              and (t.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in t.children))
              and any(c.dep_ in _CLAUSE_SUBJECTS for c in t.children)
              and not any(c.dep_ == "mark" for c in t.children) and t.dep_ not in ("relcl", "acl")]
    return comma if finite else None


def _quantity_subject_read_as_adjunct(verb: Token, clause: Token, start: int) -> int:
    """Where what was said starts when the reported clause, with no ``that`` and no subject of its
    own, follows a phrase opened by a quantity that the parser hung on the verb of saying (``said
    about half of the rise reflected lower fees``: ``about`` a preposition of ``said``): that
    phrase is the clause's subject, and what was said starts right after the verb. Otherwise
    ``start`` (qtp35, news-dev54's class; tested on a sentence of our own)."""
    doc = verb.doc
    if clause.i <= verb.i or start <= verb.i + 1 or any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return start
    if clause.tag_ not in FINITE_OR_MODAL_TAGS and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_OR_MODAL_TAGS for c in clause.children):
        return start
    phrase = next((c for c in verb.children if c.left_edge.i == verb.i + 1 and c.dep_ in ("prep", "npadvmod", "advmod", "dobj")), None)
    if phrase is None or phrase.right_edge.i + 1 != clause.left_edge.i or any(t.is_punct for t in doc[verb.i + 1:clause.left_edge.i]):
        return start
    opener = doc[verb.i + 1: min(verb.i + 3, clause.left_edge.i)]
    if not any(t.like_num or t.ent_type_ in _QUANTITY_ENTS for t in opener):
        return start
    return verb.i + 1


def _subject_phrase_hung_on_cue(verb: Token, clause: Token, start: int, addressees: Container[str]) -> int:
    """Where what was said starts when the reported clause, with no ``that`` and no subject of its
    own, follows a noun phrase the parser hung on the verb of saying as its object, with the
    phrases after it (``voters said life for the young would be worse``: ``life`` the object of
    ``said``, ``for the young`` a phrase of ``said``, ``would be`` a complement with no subject).
    A finite clause of what was said has a subject; the words right before it, run on from the
    object with no punctuation, are that subject, so what was said starts at the object. Not for
    verbs whose object is the one addressed (``told reporters the road would close``). Otherwise
    ``start``."""
    doc = verb.doc
    if verb.lemma_.lower() in addressees or clause.i <= verb.i or start <= verb.i + 1 \
            or any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return start
    if clause.tag_ not in FINITE_OR_MODAL_TAGS and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_OR_MODAL_TAGS for c in clause.children):
        return start
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != verb.i + 1 or obj.left_edge.i >= start:
        return start
    gap = doc[obj.left_edge.i: clause.left_edge.i]
    if not len(gap) or any(t.is_punct or t.is_space or t.i == clause.i or clause in t.ancestors or verb not in t.ancestors
                           for t in gap):
        return start
    return obj.left_edge.i


def _clause_run_on_from_object(verb: Token, addressees: Container[str]) -> tuple[int, int] | None:
    """``testified "thousands" of emails had not been turned over``: the parser made the reported
    clause's subject the object of the verb of saying (its phrase hung on the verb) and the clause
    an adverbial clause of the verb, with no subject and no conjunction of its own. A finite clause
    has a subject: the words run on from the object to the clause, with no punctuation between,
    are it, and what was said is the token range from the object (its opening quotation mark
    kept) to the clause's end. Not for verbs whose object is the one addressed. None otherwise
    (as ``_subject_phrase_hung_on_cue`` for a complement clause; quotes42)."""
    doc = verb.doc
    if verb.lemma_.lower() in addressees or any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    clause = next((c for c in verb.rights if c.dep_ == "advcl" and c.i > obj.i and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or any(c.dep_ == "mark" or c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return None
    if not any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_OR_MODAL_TAGS for a in clause.children) \
            and clause.tag_ not in FINITE_OR_MODAL_TAGS:
        return None
    gap = doc[obj.right_edge.i + 1: clause.left_edge.i]
    phrases = {t.i for c in verb.rights if c.dep_ == "prep" and obj.i < c.i < clause.i for t in c.subtree}
    if any(t.i not in phrases or t.is_punct or t.is_space for t in gap):
        return None
    start = obj.left_edge.i
    if start - 1 > verb.i and _is_quotation_mark(doc[start - 1]) and not _closing_mark(doc[start - 1]):
        start -= 1
    if start != verb.i + 1 and not all(t.dep_ in ("advmod", "npadvmod") for t in doc[verb.i + 1: start]):
        return None
    return start, clause.right_edge.i + 1


def _free_relative_attribution(verb: Token, start: int) -> bool:
    """Whether a cue verb is the verb of a free relative after a preposition whose ``what`` is the
    subject of the clause the cue reports (``arrested six, in what their lawyer said was a "..."``:
    what was said is the clause after the cue; dev13q, news-dev13's mixed quote, tested on
    sentences of our own)."""
    first = verb.doc[start]
    return verb.dep_ == "pcomp" and first.tag_ == "WP" and first.lower_ == "what" and first.i < verb.i


def _quoted_turn(first: DocSpan, index: QuoteIndex) -> bool:
    """Whether a paragraph opens with the quotation mark of a quotation that covers the rest of its
    first words (a transcript quoted as a block: ``"PENCE: Well, ..."``), so that a speaker label
    may follow the mark (attrib16; layout seen in PolNeAR dev misses, rule tested on our own)."""
    if len(first) < 3 or not first[0].is_quote:
        return False
    k = index.covering(first[1].idx)
    return k is not None and index.covering(first[0].idx) == k


def _only_edges_outside(text: str, span: QuoteSpan, start: int, end: int) -> bool:
    """True when everything of [start, end) outside the quotation is punctuation or space."""
    outside = text[start : span.open] + text[span.end : end]
    return all(ch in EDGE_PUNCT or ch in QUOTE_CHARS for ch in outside)


def _comma_closed_quotations(doc: Doc, text: str, index: QuoteIndex,
                             taken: set[tuple[int, int]]) -> Iterator[tuple[tuple[int, int], int | None]]:
    """Each closed quotation whose words end in a comma (``"...," <credit>``) and whose content no
    cue has yet, with the index of the first token after its closing mark (None when none follows):
    where the credits written after a quotation are read."""
    for span in index.spans:
        content = _strip_trailing_comma(text, *_strip(doc, *span.inner))
        if span.close_width == 0 or not text[span.inner[0]: span.inner[1]].rstrip().endswith(",") or content in taken:
            continue
        at = span.end
        while at < len(text) and text[at].isspace():
            at += 1
        after = doc.char_span(at, min(len(text), at + 1), alignment_mode="expand")
        yield content, (after[0].i if after is not None and len(after) else None)


def _strip_trailing_comma(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ", \n\t":
        end -= 1
    return start, end


# Between the two parts of a quotation interrupted by its attribution: the first part ends
# unfinished (a comma or a dash before its closing mark), the attribution, a comma and the
# opening mark of the second part; no sentence ends and no other quotation opens in between.
_INTERRUPTION = re.compile(
    r"[,—–-]?\s*[" + re.escape(DOUBLE_CLOSE + SINGLE_CLOSE + "'\"") + r"][^.!?" + re.escape(QUOTE_CHARS)
    + r"]{1,80}[,—–]\s*[" + re.escape(DOUBLE_OPEN + SINGLE_OPEN + "'\"") + r"]"
)


# A signature after a quotation: a dash and a name of one to six capitalised words (initials
# too) that ends the paragraph ('"We were never asked." ― Ann Lee', as vox pops and epigraphs
# are signed).
_SIGNATURE = re.compile(
    r"[" + re.escape(DOUBLE_CLOSE + SINGLE_CLOSE + "'\"") + r"][ \t\xa0]*(?P<dash>[―—–])[ \t\xa0]*"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t\xa0]+[A-Z][\w'’.-]*){0,5})[ \t\xa0]*(?:\n|$)"
)


# A dash after a quotation and a demonstrative pointing back at it ('"..." — that is how ...').
_DASH_CHARS = "-\u2013\u2014"
# A dash right after a quotation's closing mark (the second of a pair setting the quotation off).
_DASH_AFTER = re.compile(r"[.,!?\u2026]?[\"\u201d'\u2019][ \t]*(?:\u2014|\u2013|--)")


def _dash_after(text: str, content_end: int) -> bool:
    """Whether a dash follows the closing mark of the quotation ending at ``content_end``."""
    return _DASH_AFTER.match(text, content_end) is not None


_DASH_POINTER = re.compile(r"[ \t]*(?:\u2014|\u2013|--)[ \t]*(?P<pointer>[Tt]hat|[Tt]his)\b")


def signed_quotation(text: str, content_end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(dash, name) char spans when the quotation whose content ends at ``content_end`` is signed:
    its closing mark, a dash and a name ending the paragraph; None otherwise."""
    start = content_end
    while start < len(text) and text[start] in ".,!?…":
        start += 1
    match = _SIGNATURE.match(text, start)
    if match is None:
        return None
    return (match.start("dash"), match.end("dash")), (match.start("name"), match.end("name"))


# the parts of speech of a title and a name ("Acme Rovers coach Ann Lee", "the head of the team Ann Lee")
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP", "CCONJ", "PART"})
MAX_BARE_ATTRIBUTION_WORDS = 8


def _named_after_quotation(doc: Doc, content_end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(title and name, name) char spans when the quotation whose content ends at ``content_end``
    ends unfinished (a comma before its closing mark) and is followed by nothing but a person's
    name, with the title before it, and a full stop (``"We lost," Acme coach Ann Lee.``): the
    verb of saying left out, the attribution is the name. Not when a verb comes in between
    (that attribution has its cue), nor when the words after the name go on."""
    text = doc_text(doc)
    i = content_end
    if i >= len(text) or text[i] != ",":
        return None
    i += 1
    if i >= len(text) or text[i] not in DOUBLE_CLOSE + SINGLE_CLOSE + "'\"":
        return None
    i += 1
    while i < len(text) and text[i] in " \t":
        i += 1
    first = _token_at(doc, i)
    if first is None or first.idx != i:
        return None
    k = first.i
    while k < len(doc) and doc[k].text != "." and k - first.i < MAX_BARE_ATTRIBUTION_WORDS:
        word = doc[k]
        if not (word.is_alpha or word.tag_ == "POS") or word.pos_ not in _TITLE_POS:
            return None
        k += 1
    if k == first.i or k >= len(doc) or doc[k].text != ".":
        return None
    end = doc[k].idx
    people = [(m.start, m.end) for entity in doc._.entities or [] if entity.type == "PERSON" for m in entity.mentions] \
        or [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    person = next(((a, b) for a, b in people if b == end and a >= i), None)
    if person is None:
        return None
    return (i, end), person


def _second_part(text: str, spans: list[QuoteSpan], k: int, abbreviations: Container[str] = frozenset()) -> bool:
    """The quotation ``k`` is the second part of one interrupted by its attribution (``"The deal
    is dead," she said — "dead and buried."``): however short, it is no scare quote. The first
    part opens a sentence and ends unfinished (a comma or a dash before its closing mark)."""
    if k == 0:
        return False
    end = spans[k - 1].inner[1]
    if _next_sentence_of_quote(text, spans, k, abbreviations):
        return True
    if end == 0 or text[end - 1] not in ",—–-":
        return False  # the first part ended finished: the second is a quotation of its own
    before = text[: spans[k - 1].open].rstrip(" \t")
    if before and before[-1] not in ".!?:\n" + QUOTE_CHARS:
        return False  # the first part is inside a sentence of the article's own (a scare quote)
    gap = text[end - 1 : spans[k].open + 1]
    return _INTERRUPTION.fullmatch(gap) is not None


# A quotation closed by a comma, its attribution (no sentence end, no mark, no line break) and a
# full stop: '"This is not over," he wrote on Facebook. '
_ATTRIBUTION_SENTENCE = re.compile(r"[" + re.escape(DOUBLE_CLOSE + SINGLE_CLOSE + "'\"") + r"][^.!?\n"
                                   + re.escape(QUOTE_CHARS) + r"]{1,80}\.[ \t]+")


def _next_sentence_of_quote(text: str, spans: list[QuoteSpan], k: int, abbreviations: Container[str] = frozenset()) -> bool:
    """``"This is not over," he wrote on Facebook. "We will appeal."``: a quotation that is a
    whole sentence right after a sentence made of a quotation closed by a comma and its
    attribution goes on with those words, however short (a scare quote is no sentence of its own)."""
    first, second = spans[k - 1], spans[k]
    before = text[: first.open].rstrip(" \t")
    if before and before[-1] not in ".!?:\n" + QUOTE_CHARS:
        return False
    inner = text[second.inner[0] : second.inner[1]].rstrip()
    if not inner or inner[-1] not in ".!?" or first.inner[1] == 0 or text[first.inner[1] - 1] not in ",!?":
        return False
    if _attribution_sentence(text[first.inner[1] : second.open]):
        return True
    # '"Costs are shocking," said Sen. Tom Reed, D-Dayton, a critic of the plan. "It is wrong."': an
    # attribution sentence with a title's full stop or a long apposition is one sentence all the same
    gap = text[first.inner[1] - 1 : second.open + 1]
    return _split_by_attribution(gap, abbreviations) == "sentence" and _PARTICIPLE_CLAUSE.search(gap) is None


def _attribution_sentence(words: str) -> bool:
    """``words`` (from the first quotation's closing mark to the next one's opening mark) are an
    attribution sentence (:data:`_ATTRIBUTION_SENTENCE`). A closing mark typed as two apostrophes
    (``''We are the town,'' she said. ''We stay.''``, the typewriter layout of many newspaper
    archives) is one mark, not a closing mark and a quotation mark inside the attribution."""
    if words.startswith("''"):
        words = words[1:]
    return _ATTRIBUTION_SENTENCE.fullmatch(words) is not None


def _short_next_sentence(text: str, gap: str, attribution: Attribution) -> bool:
    """``"This is not over," he wrote. "We will appeal."``: a quoted sentence too short to be a
    quote of its own after a quotation and its attribution is joined to that quote."""
    if len(text[attribution.content[0] : attribution.content[1]].split()) >= 4 or attribution.cue is not None:
        return False
    gap = gap.rstrip(" \t")
    if not gap or gap[0] not in ",!?" or gap[-1] not in QUOTE_CHARS:
        return False
    words = gap[1:-1]
    if words[-1:] in ("'", "`") and words[-1:] == gap[-1]:
        words = words[:-1]  # an opening mark typed as two characters ('' or ``)
    return _attribution_sentence(words + " ")


# A full stop inside an attribution that ends no sentence: an initial (``G.K.``, ``D-N.C.``), a
# title or honorific of the actor words (``Mr.``, ``Rep.``), or a short capitalised word before a
# comma, a bracket or a lower-case word (``Wash.,``, ``(D-Mo.)``).
_STOP_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.(?=(\s*[,)\-]|\s+[a-z])?)")
_CLOSING_MARKS = DOUBLE_CLOSE + SINGLE_CLOSE + "'\""
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['’](?=[A-Za-z])|(?<=s)['’](?= )")
_OPENING_MARKS = DOUBLE_OPEN + SINGLE_OPEN + "'\"`"


def _attribution_words(words: str, abbreviations: Container[str]) -> bool:
    """Words between two quotations that can be their attribution: one line, no quotation mark,
    no question or exclamation mark, no full stop but an abbreviation's, at most 250 characters
    (an apostrophe between letters is no quotation mark: ``the party's leader``)."""
    words = _APOSTROPHE.sub("", words)
    if not words.strip() or len(words) > 250 or "\n" in words or any(c in QUOTE_CHARS + "!?" for c in words):
        return False
    for match in _STOP_WORD.finditer(words):
        word = match.group(1)
        if not (len(word) == 1 or word.lower() in abbreviations
                or (match.group(2) is not None and word[0].isupper() and len(word) <= 4)):
            return False
    return "." not in _STOP_WORD.sub("", words)


def _split_by_attribution(gap: str, abbreviations: Container[str] = frozenset()) -> str | None:
    """How an attribution splits a speaker's quotation (``gap``: the text between the two parts'
    contents): ``"comma"`` for ``"Q1," Mr. Lee said, "q2."`` (one sentence interrupted) and
    ``"sentence"`` for ``"Q1," Mr. Lee said. "Q2."`` (the attribution ends a sentence and the
    next quotation opens the next one, in the same paragraph), else None."""
    gap = gap.rstrip(" \t")
    if len(gap) < 4 or gap[0] not in ",!?—–-" or gap[-1] not in _OPENING_MARKS:
        return None
    inner = gap[1:].lstrip(" \t")
    if not inner or inner[0] not in _CLOSING_MARKS:
        return None
    inner = inner[1:]
    if inner[:1] in _CLOSING_MARKS:
        # a typewriter mark of two characters ('' or ``), or the outer quotation's mark after the
        # mark of one quoted inside it ('"You say you 'accept the blame,'" she said. "...')
        inner = inner[1:]
    inner = inner.rstrip(_OPENING_MARKS).rstrip(" \t")
    if not inner:
        return None
    if inner[-1] == "," or inner[-1] in "—–":
        return "comma" if _attribution_words(inner[:-1], abbreviations) else None
    if inner[-1] == "." and gap[0] in ",!?" and _attribution_words(inner[:-1], abbreviations):
        return "sentence"
    return None


def _next_sentence_after_attribution(gap: str, attribution: Attribution, abbreviations: Container[str]) -> bool:
    """``"We will hold the line," the general said. "Not one village more will fall."``: the
    speaker's words split by their attribution into two sentences, in one paragraph, are one
    quote (one speaker, one cue; the quotation after the attribution sentence has no cue of its
    own), as is a sentence interrupted by an attribution holding abbreviations or a long
    apposition (``"Q1," said Rep. Ann Lee (D-N.C.), head of the caucus, "q2."``). A quotation in
    the next paragraph stays a quote of its own."""
    split = _split_by_attribution(gap, abbreviations)
    if split == "sentence" and _PARTICIPLE_CLAUSE.search(gap) is not None:
        # '"It's the mayor," Ann Lee answered, referring to Ed Holt, the town's mayor. "..."': an
        # attribution sentence that goes on past the credit with a participle clause of the
        # writer's own ends the quote; the next quotation is one of its own (quotes32)
        return False
    return split == "comma" or (split == "sentence" and attribution.cue is None)


# a participle opening a clause after a comma (", referring to ...", ", citing ..."): words of the
# writer's past an attribution's credit
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\s")


def _join_interrupted(text: str, attributions: list[Attribution],
                      abbreviations: Container[str] = frozenset()) -> list[Attribution]:
    """``"The bridge was never safe," she said, "and everyone knew it."``: one quote of both
    parts (its content runs from the first part's start to the second's end, so it holds the
    attribution between them), said by whoever the attribution names."""
    joined: list[Attribution] = []
    for attribution in attributions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind in ("direct", "mixed") and attribution.kind == "direct"
            and previous.speaker is not None
            and previous.speaker == attribution.speaker
            and previous.content[1] <= attribution.content[0]
            and (attribution.cue is None or previous.cue is None or attribution.cue == previous.cue)
        ):
            cue = previous.cue or attribution.cue
            gap = text[_before_kept_closing_mark(text, previous.content[1]) : attribution.content[0]]
            interrupted = _INTERRUPTION.fullmatch(gap.rstrip(" \t")) is not None
            next_sentence = not interrupted and (_short_next_sentence(text, gap, attribution)
                                                 or _next_sentence_after_attribution(gap, attribution, abbreviations))
            if (
                cue is not None
                and previous.content[1] <= cue[0] < attribution.content[0]
                and (interrupted or next_sentence)
            ):
                previous.content = (previous.content[0], attribution.content[1])
                previous.cue = cue
                continue
        joined.append(attribution)
    return joined


def _before_kept_closing_mark(text: str, end: int) -> int:
    """Where the words between a first part and its attribution start: at the comma (or ``!``,
    ``?``, dash) before a closing mark that the first part's content kept, the mark of a quotation
    inside the quotation (``"You say you 'accept the blame,'" she said``) or of a quoted fragment
    ending a mixed quote (``The plan achieved "too little," she added``); else at ``end``."""
    if end >= 2 and text[end - 1] in _CLOSING_MARKS and text[end - 2] in _INTERRUPTION_MARKS:
        return end - 2
    return end


_CAPTION_CREDIT = re.compile(r"\((?P<label>[A-Za-z]+)\s*:[^()\n]{1,80}\)\s*$")


def _only_caption_before(before: str, labels: Container[str]) -> bool:
    """``Ann Lee of City FC (Image: Tom Reed/Agency) "..."``: the words of a paragraph before a
    quotation are a picture caption ending with its photo credit in brackets (``Image:``,
    ``Photo:``), no sentence of the text: page furniture, the quotation opens the paragraph."""
    found = _CAPTION_CREDIT.search(before)
    if found is None or found.group("label").lower() not in labels:
        return False
    caption = before[: found.start()]
    return not any(mark in caption for mark in ".!?\"“”")


def _frames_credited_words(attribution: Attribution, attributions: list[Attribution]) -> bool:
    """``The cleric is shown lecturing: "..."``: a cue with no speaker whose content opens with
    another cue and holds that cue's words, credited to a speaker, only frames them (a film shows
    someone speaking); the words are the inner speaker's, no second quote (news-dev66). A cue of
    saying inside the content, not opening it (``was accused of running a site which police
    claim ...``), is part of what is reported."""
    if attribution.speaker is not None or attribution.cue is None:
        return False
    start, end = attribution.content
    return any(other is not attribution and other.speaker is not None and other.cue is not None
               and other.cue[0] == start and other.content[0] >= start and other.content[1] <= end
               for other in attributions)


def _dedupe(attributions: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[tuple[int, int], tuple[int, int] | None]] = set()
    unique = []
    for attribution in attributions:
        key = (attribution.content, attribution.cue)
        if key not in seen:
            seen.add(key)
            unique.append(attribution)
    return unique


def _entity_id(doc: Doc, start: int, end: int) -> str | None:
    """The entity stage's entity for the speaker span, when that stage found one: the entity
    of the phrase's head word first (``the boy's uncle`` is the uncle, not the boy)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) > 1:
        root = span.root
        named = _named_in_apposition(doc, root) or _name_closing_title(doc, root, span[-1])
        if named is not None:
            return named
        entity = entity_at(doc, root.idx, root.idx + len(root.text))
        if entity is not None:
            return entity.id
        if any(c.dep_ == "poss" for c in root.children):
            return None  # "his family" is not "he"
        # Else an entity named at the phrase's end, where its head is ("the Cubs manager Joe
        # Maddon"), never one in a modifier before it ("the US-based company" is not the US),
        # nor one in a phrase after the head ("the officer from Leeds" is not Leeds, "a source
        # close to the singer" is not the singer).
        last = span[-1]
        if _in_post_modifier(last, root):
            return None
        entity = entity_at(doc, last.idx, last.idx + len(last.text))
        return entity.id if entity is not None else None
    entity = entity_at(doc, start, end)
    if entity is None and span is not None and len(span) == 1:
        return _named_in_apposition(doc, span.root)
    return entity.id if entity is not None else None


_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _past_dateline(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A reported clause taken from a paragraph's start with the wire dateline before it (``OSLO
    (NTB) -- Both sides should ..., said the minister``, ``LIMA, May 2 -- ...``): the town in
    capitals, its date, region or agency and the dash say where the story was filed, no word of
    the speaker's; what was said starts after the dash. A dateline has its date, its agency in
    brackets or its region after a comma (``NATO - the alliance ...`` has none)."""
    text = doc_text(doc)
    if start >= end or not text[start : start + 1].isupper() or (start > 0 and text[start - 1] != "\n"):
        return start, end
    first = _token_at(doc, start)
    if first is None or first.idx != start or not (first.is_alpha and first.is_upper and len(first.text) > 1):
        return start, end
    for k in range(first.i + 1, min(len(doc) - 1, first.i + 12)):
        token = doc[k]
        if "\n" in token.text or token.idx >= end:
            break
        if token.text in _DATELINE_DASHES:
            between = doc[first.i + 1 : k]
            dated = any(t.like_num or t.ent_type_ == "DATE" or t.text == "(" for t in between) or (
                len(between) >= 2 and between[0].text == "," and all(t.text[:1].isupper() or t.text == "." for t in between[1:]))
            after = doc[k + 1]
            if dated and after.idx < end and after.text[:1].isupper():
                return after.idx, end
            break
    return start, end


def _name_closing_title(doc: Doc, root: Token, last: Token) -> str | None:
    """The person named at the end of a long title written before the name, with no article and
    no comma (``Regional Health Office deputy director for clinical services Ann B. Lee III said``,
    ``General Secretary of the Farmers' Party of Norway Ann Lee said``): the parser hangs the name
    in the title's prepositional phrase, run into its field or body; that person speaks, not a
    person the entity stage made of the title. Not a name standing alone after the preposition
    (``a lawyer for Ann Lee``), nor one after a role of its own (``a spokesman for health minister
    Ann Lee``: the minister's spokesman), nor a title with an article (``the director for ...``)."""
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("det", "poss") for c in root.children):
        return None
    token = last
    while token.i != root.i:
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
    mention = next(((entity, m) for entity in doc._.entities or [] if entity.type == "PERSON"
                     for m in entity.mentions if m.start <= last.idx < m.end), None)
    if mention is None or last.dep_ != "pobj":
        return None
    entity, span = mention
    before = [t for t in doc[last.left_edge.i : last.i] if t.idx < span.start and not t.is_punct and t.pos_ != "DET"]
    if not before or before[-1].ent_type_ == "PERSON":
        return None
    actors = actor_dictionary()
    if any(_is_person_noun(t, actors) for t in before):
        return None
    return entity.id


def _named_in_apposition(doc: Doc, head: Token) -> str | None:
    """The entity of a name in apposition after a speaker's head (``The union's general
    secretary, Helen Marsh, had a message:``: Helen Marsh, even when the entity stage made an
    unnamed person of the role); a common noun in apposition (``Tom Reed, the mayor,``) is not
    read: the head is the name."""
    if head.pos_ == "PROPN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and child.pos_ == "PROPN":
            entity = entity_at(doc, child.idx, child.idx + len(child.text))
            if entity is not None:
                return entity.id
    return None


def _named_in_apposition_end(doc: Doc, head: Token) -> int:
    """The char offset after a speaker phrase and a name set off after it by commas (``the
    inspector, Ian Colquhoun,``): where the words after the attribution start."""
    end = speaker_tokens(head)[1]
    appos = [c for c in head.rights if c.dep_ == "appos"]
    if appos:
        end = max(end, appos[-1].right_edge.i + 1)
    return _end_of(doc[end - 1])


def _names_in_apposition(head: Token) -> bool:
    """Whether a person's name follows a role noun in apposition (``the club's spokesman, Tom Reed``,
    ``the union's spokesman Tom Reed``)."""
    return any(c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in head.children)


def person_named_in_body(text: str, entities: Iterable[Entity]) -> str | None:
    """The person a speaker phrase names after a body's words (``Leicester's manager Claudio
    Ranieri``, ``Arsenal's Mesut Ozil``) when the entity stage gave the whole phrase to the body:
    the capitalised words ending the phrase, after a word that is not capitalised or a
    possessive, are the family name of exactly one person of the article (None otherwise: a
    phrase capitalised throughout is the body's own name)."""
    words = text.replace("’", "'").split()
    run = 0
    while run < len(words) and words[len(words) - 1 - run][:1].isupper() and words[len(words) - 1 - run].isalpha():
        run += 1
    if run == 0 or run == len(words) or run > 3:
        return None
    family = words[-1].lower()
    people = [e.id for e in entities if e.type == "PERSON" and e.name.split()[-1].lower() == family]
    return people[0] if len(people) == 1 else None


# Dependencies of a phrase that follows a noun and says more about it (``from Leeds``,
# ``close to the singer``, ``who lives nearby``): whoever is named there is not the noun.
_POST_MODIFIER_DEPS = frozenset({"prep", "pobj", "acl", "relcl", "amod", "advmod", "agent"})


def _in_post_modifier(token: Token, root: Token) -> bool:
    """Whether ``token`` hangs on ``root`` (through any chain) by a phrase after it."""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.i > root.i and node.dep_ in _POST_MODIFIER_DEPS:
            return True
        node = node.head
    return False


@Language.factory(
    "newsevents_quotes",
    default_config={"include_beliefs": False, "cues_path": None, "min_unattributed_words": MIN_UNATTRIBUTED_WORDS,
                    "data_dir": None},
    requires=["doc._.entities", "token.dep", "token.tag", "token.lemma"],
    # the speaker's first-person words inside a quotation join the speaker's entity
    assigns=["doc._.quotes", "doc._.entities", "doc._.mention_kinds"],
)
def make_quotes_stage(nlp: Language, name: str, include_beliefs: bool, cues_path: str | None,
                      min_unattributed_words: int, data_dir: str | None) -> QuotesStage:
    """``cues_path``: a speech-cue table like ``data/speech_cues.tsv`` (None: the packaged one);
    ``data_dir``: a folder with the actor tables named as in ``newsevents/data`` (None: the
    packaged ones)."""
    return QuotesStage(nlp, name, include_beliefs=include_beliefs, cues_path=cues_path,
                       min_unattributed_words=min_unattributed_words, data_dir=data_dir)


def named_speaker_entities(doc: Doc, quotes: list[Quote], actors: ActorDictionary,
                           nouns: Container[str] = frozenset()) -> None:
    """``<Body> found that "..."``, ``..., according to <Site>``: a speaker text that is a proper name
    (every word a capitalised proper noun, or a camel-case word) which no entity and no place covers is someone named: it
    becomes an entity of its own, with every other place the text writes that name where no entity
    stands, and the quote's speaker points at it. One word that is the last word of the name of
    exactly one person (or body: the model may tag a person so) named in the text (``Taylor Reed ...
    Reed said``) is that one's short name: the speaker and those places join it; two such: nothing. A person when two or three words open with a given
    name (``given_names.tsv``) or none of them is an English common noun (``nouns``, the lemmatizer's
    index), else a body (a research centre's or a website's one-word name, ``<Word> Watch``); no
    country or sector (its name says none). One word at a sentence's start that is a common noun
    (``Surf show X ...``) is no name."""
    entities = list(doc._.entities or [])
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    taken += [(m.start, m.end) for p in doc._.places or [] for m in p.mentions]
    kinds_of = doc._.mention_kinds if doc._.mention_kinds is not None else {}
    joined: dict[tuple[int, int], str] = {}  # a span this function gave an entity -> that entity's id
    text = doc_text(doc)

    def untaken(name: str) -> list[Span]:
        return [Span(start=m.start(), end=m.end(), text=name)
                for m in re.finditer(r"(?<![\w@#])" + re.escape(name) + r"(?![\w-])", text)
                if not any(a < m.end() and m.start() < b for a, b in taken)]

    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.entity is not None:
            continue
        if (speaker.start, speaker.end) in joined:
            speaker.entity = joined[(speaker.start, speaker.end)]  # the same name spoke before
            continue
        span = doc.char_span(speaker.start, speaker.end)
        if span is None or not all(_proper_word(t) for t in span) \
                or any(t.lower_ in actors.words.honorific for t in span) \
                or any(a < speaker.end and speaker.start < b for a, b in taken):
            continue
        name = span.text
        if len(span) == 1 and span[0].is_sent_start and span[0].lower_ in nouns:
            continue
        found = untaken(name)
        if not found:
            continue
        owners = [e for e in entities if e.type in ("PERSON", "ORG") and len(span) == 1 and len(e.name.split()) > 1
                  and e.name.split()[-1] == name]
        if len(owners) > 1:
            continue  # two names ending so: no guess
        if owners:
            entity = owners[0]
            kinds = list(kinds_of.get(entity.id, []))
            pairs = [(m, kinds[i] if i < len(kinds) else "name") for i, m in enumerate(entity.mentions)]
            pairs = sorted(pairs + [(m, "name") for m in found], key=lambda p: p[0].start)
            entity.mentions = [m for m, _ in pairs]
            kinds_of[entity.id] = [k for _, k in pairs]
        else:
            person = 1 < len(span) <= 3 and (span[0].lower_ in actors.given_names
                                             or not any(t.lower_ in nouns for t in span))
            number = max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0) + 1
            entity = Entity(id=f"e{number}", name=name, type="PERSON" if person else "ORG", mentions=found)
            entities.append(entity)
            kinds_of[entity.id] = ["name"] * len(found)
        taken += [(m.start, m.end) for m in found]
        joined.update({(m.start, m.end): entity.id for m in found})
        speaker.entity = entity.id
    if joined:
        entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
        doc._.entities = entities
        doc._.mention_kinds = kinds_of


def _proper_word(token: Token) -> bool:
    """A capitalised word of a proper name: tagged a proper noun, or written in camel case
    (``RealNewsDaily``: a capital after a small letter inside a word is a name's, whatever the tagger
    read from its last letters); not a word all in capitals."""
    if token.text.isupper():
        return False  # "Q:", "REPORTER:": a transcript's label, or an acronym the model tags as a name
    return token.is_alpha and token.text[:1].isupper() and (
        token.tag_ in ("NNP", "NNPS") or re.search(r"[a-z][A-Z]", token.text) is not None)


def link_first_person(doc: Doc, quotes: list[Quote], first_person: Container[str]) -> None:
    """Inside quoted words, "I", "me" and "my" (``first_person``: the ``speaker_pronoun`` words of
    the cue table) are the speaker: add them to the speaker's entity, so that events told in the
    first person ("I concede") get the speaker as their actor."""
    entities = {e.id: e for e in doc._.entities or []}
    kinds_of = doc._.mention_kinds if doc._.mention_kinds is not None else {}
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is None or quote.speaker.entity not in entities:
            continue
        entity = entities[quote.speaker.entity]
        kinds = kinds_of.setdefault(entity.id, [])
        taken = {(m.start, m.end) for e in entities.values() for m in e.mentions}
        span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.lower_ in first_person and (token.idx, token.idx + len(token)) not in taken:
                entity.mentions.append(Span(start=token.idx, end=token.idx + len(token), text=token.text))
                kinds.append("pronoun")
        order = sorted(range(len(entity.mentions)), key=lambda k: entity.mentions[k].start)
        entity.mentions = [entity.mentions[k] for k in order]
        if len(kinds) == len(order):
            kinds_of[entity.id] = [kinds[k] for k in order]
