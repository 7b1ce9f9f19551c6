"""The times stage: find time expressions and give each a TIMEX3 type and value.

Candidates come from spaCy's DATE/TIME entities and from token patterns (weekdays, months,
``last/next/this`` + unit, durations, sets, clock times, vague references), because the
model misses and mis-spans many of them. Overlapping candidates are merged, prepositions are
trimmed (TimeML leaves them out: ``Friday``, not ``on Friday``) and the text is normalised by
:func:`newsevents.temporal.normalise`, anchored on the publication date and the tense of the
governing verb.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from operator import attrgetter
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from newsevents.actors import _given_names
from newsevents.components.base import TableStage
from newsevents.docquery import doc_span, doc_text, sentence_of, tense_verb
from newsevents.record import Time
from newsevents.temporal.holidays import holiday_pattern, normal_name, read_holidays
from newsevents.temporal.lexicon import WORD_FILES, Words, load_words, packaged_words
from newsevents.temporal.normalise import ANAPHORIC, FUTURE, PAST, PRESENT, UNKNOWN, Timex, normalise
from newsevents.temporal.numbers import parse_number
from newsevents.timeutil import parse_published

# Prepositions and hedges that stay outside the TIMEX3 span.
_TRIM_LEADING = {"on", "in", "at", "by", "since", "until", "till", "from", "during", "for", "over",
                 "within", "of", "through", "throughout", "before", "after", "as", "to", "into",
                 # hedges of nearness stay outside too ("just last week", "only a few months ago"),
                 # as the normaliser reads past them (quotes31)
                 "just", "only"}
_SPLITTERS = {"and", "or", ",", "to", "-", "–", "through", "until", "from", "between", "&"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
# "is due to declare", "expected to sign", "plans to visit", "going to", "set to": planned acts.
_FUTURE_HEADS = {"due", "expect", "plan", "go", "set", "schedule", "intend", "be", "aim", "hope", "prepare"}
_PRESENT_MODALS = {"can", "may", "might", "must", "should", "could"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}
# "ahead of Monday's vote", "heading into Tuesday's primary": the phrase's object is an event still to
# come when the sentence's act happens (the adverb and its preposition; the verbs of moving toward it
# and theirs), a fixed piece of syntax (recur34)
_AHEAD_OF = ("ahead", "of")
_TOWARD_VERBS = {"head", "go"}
_TOWARD_PREPOSITION = "into"
_REL = ["last", "next", "this", "past", "coming", "previous", "following", "current", "latest", "upcoming"]


def _patterns(lex: Words) -> list[list[dict]]:
    # Bare abbreviations ("Sun", "Jan", "Mar") are too often names or words: dotted ones only,
    # or an abbreviated month followed by a day number ("Sept 30").
    weekdays = [w for w in lex["weekday"] if len(w) > 5] + [w + "." for w in lex["weekday"] if len(w) <= 5]
    months = [m for m in lex["month"] if len(m) > 4 or m in ("may", "june", "july")] + [
        m + "." for m in lex["month"] if len(m) <= 4]
    short_months = [m for m in lex["month"] if len(m) <= 4 and m not in ("may", "june", "july")]
    units = list(lex["unit"])
    singular_units = [u for u in units if not u.endswith("s")]
    plural_units = [u for u in units if u.endswith("s")]
    parts = list(lex["partofday"])
    numbers = [w for w in lex.numbers if w not in ("a", "an", "m", "mn", "bn", "k")]
    number = {"LIKE_NUM": True}
    number_word = {"LOWER": {"IN": numbers}}
    # Token shapes rather than regular expressions: the Matcher evaluates every predicate on
    # every token, and shapes are precomputed; the normaliser rejects what is no date.
    year = {"SHAPE": "dddd"}
    weekday = {"LOWER": {"IN": weekdays}, "IS_TITLE": True}
    month = {"LOWER": {"IN": months}, "IS_TITLE": True}
    day_number = {"SHAPE": {"IN": ["d", "dd", "dxx", "ddxx"]}}
    opt = {"OP": "?"}
    return [
        # weekdays: "last Friday", "Friday morning"
        [{"LOWER": {"IN": _REL}, "OP": "?"}, weekday, {"LOWER": {"IN": parts}, "OP": "?"}],
        # months: "March", "last March", "Sept. 30, 2022", "March 2014", "30 September 2022"
        [{"LOWER": {"IN": _REL + ["early", "mid", "late"]}, "OP": "?"}, month, {**day_number, **opt},
         {"ORTH": ",", "OP": "?"}, {**year, **opt}],
        [day_number, {"LOWER": "of", "OP": "?"}, month, {**year, **opt}],
        [{"LOWER": {"IN": short_months}, "IS_TITLE": True}, day_number, {"ORTH": ",", "OP": "?"}, {**year, **opt}],
        # relative units: "next week", "earlier this year", "the past five days"
        [{"LOWER": {"IN": ["earlier", "later", "early", "late"]}, "OP": "?"}, {"LOWER": {"IN": _REL}},
         {"LOWER": {"IN": singular_units + ["weekend"]}}],
        [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["past", "last", "next", "coming", "recent", "previous"]}},
         {"LIKE_NUM": True, "OP": "*"}, {"LOWER": {"IN": plural_units}}],
        [{"LOWER": "the"}, {"LOWER": "weekend"}],
        # a part of a unit: "the end of the year", "the start of next month"
        [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["end", "beginning", "start", "middle", "turn"]}},
         {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this", "next", "last"]}}, {"LOWER": {"IN": ["week", "month", "quarter", "year"]}}],
        # quarters as business writers name them: "Q3", "Q3 2024"
        [{"TEXT": {"IN": ["Q1", "Q2", "Q3", "Q4"]}}, {**year, **opt}],
        # deictic days and vague references
        [{"LOWER": {"IN": ["yesterday", "today", "tonight", "tomorrow"]}}, {"LOWER": {"IN": parts}, "OP": "?"}],
        [{"LOWER": "this"}, {"LOWER": {"IN": parts}}],
        [{"LOWER": {"IN": ["recently", "lately", "currently", "nowadays", "now"]}}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["past", "future", "present"]}}],
        [{"LOWER": "these"}, {"LOWER": "days"}],
        # years after a preposition ("in 2014"), decades, quarters
        [{"LOWER": {"IN": ["in", "since", "until", "during", "fiscal", "through", "before", "after"]}}, year],
        [{"SHAPE": "dddd", "TAG": "CD"}],
        # a year clipped to two digits after an apostrophe, after a preposition ("in '16")
        [{"LOWER": {"IN": ["in", "since", "until", "during", "through", "before", "after", "by"]}},
         {"ORTH": {"IN": ["'", "’"]}}, {"SHAPE": "dd"}],
        [{"LOWER": "the"}, {"LOWER": {"IN": ["quarter", "latest"]}}, {"LOWER": "quarter", "OP": "?"}],
        [{"LOWER": "soon"}], [{"LOWER": "the", "OP": "?"}, {"LOWER": "near"}, {"LOWER": "future"}],
        [{"LOWER": "the", "OP": "?"}, {"SHAPE": {"IN": ["ddddx", "'ddx"]}}],
        [{"LOWER": "the", "OP": "?"}, {**year, **opt}, {"LOWER": {"IN": ["first", "second", "third", "fourth"]}},
         {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["quarter", "half"]}}],
        # durations: "five-day", "for three weeks", "several years", "a decade", "two years ago"
        [{**number, "OP": "+"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": units}},
         {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["long", "old", "ago"]}, "OP": "?"}],
        [{**number_word, "OP": "+"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": units}},
         {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["long", "old", "ago"]}, "OP": "?"}],
        [{"LOWER": {"IN": ["several", "few", "many", "a"]}, "OP": "?"},
         {"LOWER": {"IN": ["several", "few", "many", "couple"]}}, {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": plural_units}}],
        [{"LOWER": {"IN": ["for", "within", "over"]}}, {"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": singular_units}}],
        [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": singular_units}}, {"LOWER": {"IN": ["ago", "earlier"]}}],
        [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["decade", "fortnight", "century"]}}],
        [{"LOWER": "for"}, {"LOWER": {"IN": plural_units}}],
        # sets: "every Friday", "each year", "weekly"
        [{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": "other", "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
         {"LOWER": {"IN": units + weekdays + parts + months}}],
        # set adverbs, not adjectives: "meets weekly" but not "a quarterly dividend"
        [{"LOWER": {"IN": list(lex["setadverb"])}, "POS": "ADV"}],
        # clock times: "6am", "6 a.m.", "10:30", "noon"
        [{"SHAPE": {"IN": ["d", "dd", "d:dd", "dd:dd", "d.dd", "dd.dd"]}}, {"LOWER": {"IN": ["am", "pm", "a.m.", "p.m."]}}],
        [{"SHAPE": {"IN": ["dxx", "ddxx", "d:ddxx", "dd:ddxx"]}, "LOWER": {"NOT_IN": ["1st", "2nd", "3rd"]}}],
        [{"SHAPE": {"IN": ["d:dd", "dd:dd"]}}],
        [{"LOWER": {"IN": ["noon", "midnight", "midday"]}}],
        # numeric dates
        [{"SHAPE": {"IN": ["dddd-dd-dd", "d/d/dd", "d/dd/dd", "dd/d/dd", "dd/dd/dd", "d/d/dddd",
                           "d/dd/dddd", "dd/d/dddd", "dd/dd/dddd"]}}],
        # seasons only next to a year or a determiner ("fall" is usually a verb)
        [{"LOWER": {"IN": _REL + ["the"]}}, {"LOWER": {"IN": list(lex["season"])}}, {**year, **opt}],
        [{"LOWER": {"IN": list(lex["season"])}}, year],
        # times20 (TimeBank+AQUAINT half a): the report's year and periods a year back, years in words
        [{"LOWER": "the"}, {"LOWER": {"IN": ["full", "fiscal", "calendar"]}, "OP": "?"}, {"LOWER": "year"}],
        [{"LOWER": "the"}, {"LOWER": "year"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["ago", "earlier"]}},
         {"LOWER": {"IN": ["quarter", "period"]}}],
        [{"LOWER": "the"}, year, {"LOWER": {"IN": ["quarter", "period"]}}],
        [{"LOWER": {"IN": ["nineteen", "eighteen"]}}, {"LOWER": {"IN": _TENS}}, {"ORTH": "-", "OP": "?"},
         {"LOWER": {"IN": _ONES}, "OP": "?"}],
        [{"LOWER": "the"}, {"LOWER": "year"}, {"LOWER": {"IN": ["one", "two"]}}, {"LOWER": "thousand"},
         {"LOWER": "and", "OP": "?"}, {"LOWER": {"IN": _TENS + _ONES + _TEENS}, "OP": "?"},
         {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": _ONES}, "OP": "?"}],
        # "later that year", "that same day", "the following month": told from the last date named
        [{"LOWER": {"IN": ["later", "earlier"]}, "OP": "?"}, {"LOWER": "that"}, {"LOWER": "same", "OP": "?"},
         {"LOWER": {"IN": ["day", "month", "year"]}}],
        # "current market conditions": the adjective is a reference to the present (TimeML PRESENT_REF)
        [{"LOWER": "then", "OP": "?"}, {"LOWER": "current", "TAG": "JJ"}],
    ]


_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _trigger_words(lex: Words) -> frozenset[str]:
    """Words at least one of which every pattern contains (digits aside)."""
    words = {w for kind in ("weekday", "month", "unit", "partofday", "season", "setadverb") for w in lex[kind]}
    words |= {w + "." for w in lex["weekday"]} | {w + "." for w in lex["month"]}
    words |= {v for phrase in lex["vague"] for v in phrase.split()}
    words |= {"yesterday", "today", "tomorrow", "noon", "midnight", "midday", "weekend", "soon",
              "future", "past", "present", "latest", "nineteen", "eighteen", "thousand", "current"}
    # Function words open windows everywhere and every pattern that has one has a content word too.
    return frozenset(words - {"the", "a", "an", "as", "these", "in", "of", "this", "that"})


# Tokens either side of a trigger word that a pattern can reach (patterns are at most six tokens).
_WINDOW = 5
_DIGIT = re.compile(r"\d")
# Lexeme attributes a pattern may test; others (TAG, POS, ...) depend on the token in context.
_LEXICAL = {"LOWER": attrgetter("lower_"), "ORTH": attrgetter("orth_"), "TEXT": attrgetter("orth_"),
            "SHAPE": attrgetter("shape_"), "IS_TITLE": attrgetter("is_title"), "LIKE_NUM": attrgetter("like_num")}
# Attributes the Matcher refuses to test on a Doc that lacks their annotation.
_ANNOTATIONS = ("TAG", "POS", "MORPH", "LEMMA", "DEP")
_WORD_CACHE = 200_000  # distinct words remembered by a stage before it starts afresh


class _LexicalIndex:
    """What each of a list of pattern tokens asks of the word itself (its lexeme), indexed by
    attribute value: a word's bit set (bit k: the word can be token k) costs one dict look-up
    per attribute. Context-dependent attributes (TAG, POS) and operators the index does not
    know are left out, so a token the Matcher accepts always has its bit set (the converse
    need not hold)."""

    _UNNAMED = object()  # a value that no condition names

    def __init__(self, specs: list[dict]) -> None:
        self.everything = (1 << len(specs)) - 1
        conditions: dict[str, list[tuple[int, Callable[[object], bool]]]] = {}
        named: dict[str, set] = {}
        for bit, spec in enumerate(specs):
            for key, value in spec.items():
                if key not in _LEXICAL:
                    continue
                values = named.setdefault(key, set())
                if isinstance(value, dict):
                    for op, listed in value.items():
                        if op in ("IN", "NOT_IN"):
                            listed = frozenset(listed)
                            values |= listed
                            inside = op == "IN"
                            conditions.setdefault(key, []).append(
                                (bit, lambda v, s=listed, inside=inside: (v in s) is inside))
                elif isinstance(value, (str, bool)):
                    values |= {True, False} if isinstance(value, bool) else {value}
                    conditions.setdefault(key, []).append((bit, lambda v, wanted=value: v == wanted))
        self.tables: list[tuple[Callable[[Lexeme], object], dict, int]] = []
        for key, conds in conditions.items():
            table = {value: self._mask(conds, value) for value in named[key]}
            self.tables.append((_LEXICAL[key], table, self._mask(conds, self._UNNAMED)))

    def _mask(self, conditions: list[tuple[int, Callable[[object], bool]]], value: object) -> int:
        mask = self.everything
        for bit, condition in conditions:
            if not condition(value):
                mask &= ~(1 << bit)
        return mask

    def bits(self, lex: Lexeme) -> int:
        mask = self.everything
        for get, table, default in self.tables:
            mask &= table.get(get(lex), default)
        return mask


def _longest(pairs: Iterable[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    """The Matcher's ``greedy="LONGEST"`` filter: longest first (the earlier on a tie), never
    two overlapping; shifted by ``offset``."""
    taken: set[int] = set()
    kept = []
    for start, end in sorted(set(pairs), key=lambda p: (p[1] - p[0], -p[0]), reverse=True):
        if taken.isdisjoint(range(start, end)):
            kept.append((offset + start, offset + end))
            taken.update(range(start, end))
    return kept


def governing_tense(span: Span) -> str:
    """past / future / present / unknown, from the verb that governs a time expression."""
    if _event_ahead(span):
        return FUTURE
    verb = tense_verb(span)
    if verb is not None and _deep_in_infinitive_phrase(span, verb):
        # "In an effort to clarify her remarks about the audit, the mayor on Friday muddled ...":
        # a time the parser hung on a noun inside a noun's infinitive ("an effort to clarify") is
        # no time of that planned act; the sentence's own verb tells the tense
        root = verb.sent.root
        if root.i != verb.i and root.pos_ in ("VERB", "AUX"):
            tense = _verb_tense(root)
            if tense != UNKNOWN:
                return tense
    if verb is not None and _noun_infinitive_under_past(span, verb):
        # "Smith discussed the plan to build a plant in April": the phrase of time at the end may be the
        # discussing's (past) or the building's (ahead); English leaves it open, so the nearest reading
        # decides (modality27, news-dev39's time classes)
        return UNKNOWN
    if verb is not None and _open_condition(verb):
        return FUTURE
    if verb is not None:
        tense = _verb_tense(verb)
        if tense == PRESENT and not _timetable(span, verb):
            return UNKNOWN
        if tense != UNKNOWN:
            return tense
    return _sentence_tense(sentence_of(span))


def _open_condition(verb: Token) -> bool:
    """A modal of possibility with an ``if``/``unless`` clause in the present (``could have big
    consequences in November if he is the nominee``): a possible outcome of a condition still open,
    so it lies ahead (a past condition, ``could have won in May if he had run``, is not one)."""
    if not any(c.dep_ == "aux" and c.lower_ in _PRESENT_MODALS for c in verb.children):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            continue
        tags = [clause.tag_] + [c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if "VBD" not in tags and ("VBZ" in tags or "VBP" in tags):
            return True
    return False


def _object_of_ahead(prep: Token) -> bool:
    """``of`` of ``ahead of``, or ``into`` after a participle of heading or going (``heading into``)."""
    head = prep.head
    if prep.lower_ == _AHEAD_OF[1]:
        return head.lower_ == _AHEAD_OF[0]
    return prep.lower_ == _TOWARD_PREPOSITION and head.tag_ == "VBG" and head.lemma_.lower() in _TOWARD_VERBS


def _gerund_object(token: Token) -> bool:
    """A gerund that is a preposition's object (``ahead of voting Tuesday``): it names an event as
    a noun would, and a time hung on it is that event's."""
    return token.tag_ == "VBG" and token.dep_ == "pobj"


def _simple_past_clause(token: Token) -> bool:
    """The clause ``token`` stands in is told in a simple past: the first finite verb above it (or
    itself) is a past form (``rose``, ``had``) or has a past auxiliary (``did``, ``was``, ``had``).
    A past of going on (``continued``, ``goingon`` of ``time_words.tsv``) tells an act still going
    on when the article is written: no closed past (qtp35)."""
    while True:
        auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if token.pos_ in ("VERB", "AUX") and (token.tag_ in ("VBD", "VBZ", "VBP", "MD") or auxes):
            if token.lemma_.lower() in packaged_words().time.get("goingon", {}):
                return False
            return token.tag_ == "VBD" and not auxes or bool(auxes & {"did", "was", "were", "had"})
        if token.head.i == token.i:
            return False
        token = token.head


def _event_ahead(span: Span) -> bool:
    """A time of an event the sentence says is still to come: inside the object of ``ahead of`` or of
    ``heading into`` (``Traders have sold shares ahead of Monday's vote``, ``Heading into Tuesday's
    primary, her lead has shrunk``), reached from the time through nouns only (its possessor, a noun's
    ``on``-phrase), in a clause not told in a simple past (then the event was ahead of a past act, and
    may be gone: the tense reads it); or ``on <day>``
    right after that object which the parser hung on a present perfect (``She has found herself in a
    tight race ahead of the caucuses on Monday``): a present perfect takes no time of a day gone by,
    so the day is the event's (recur34, the residual times of two regression sets)."""
    token = span.root
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "pobj" and head.pos_ == "ADP" and _object_of_ahead(head):
            # ahead of the clause's own act: of a simple past ("Ann Lee had a lead heading into
            # Tuesday's primary") the event may be gone by now, and the tense reads it (recur34)
            return not _simple_past_clause(head)
        if token.dep_ not in ("poss", "pobj", "prep", "compound", "npadvmod") or (
                head.pos_ not in ("NOUN", "PROPN", "ADP") and not _gerund_object(head)):
            break
        token = head
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "on" or prep.i == 0:
        return False
    verb = prep.head
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in verb.children)
    if not perfect:
        return False
    before = span.doc[prep.i - 1]  # the last word of the object of "ahead of", right before "on"
    while before.head.i != before.i and before.dep_ != "pobj":
        before = before.head
    return before.dep_ == "pobj" and before.i < prep.i and before.right_edge.i == prep.i - 1 \
        and _object_of_ahead(before.head)


def _noun_infinitive_under_past(span: Span, verb: Token) -> bool:
    """The time hangs straight on a to-infinitive that modifies a noun ("the plan to build a plant in
    April"), and that noun is the object of a simple past ("discussed the plan ..."): the time may belong
    to either clause."""
    if not (verb.dep_ == "acl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    if span.root.head.i != verb.i and span.root.head.head.i != verb.i:
        return False
    noun = verb.head
    main = noun.head
    return noun.dep_ in ("dobj", "pobj") and main.pos_ == "VERB" and main.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") for c in main.children)


def _timetable(span: Span, verb: Token) -> bool:
    """A simple present that names when its own act happens, which news tells of acts still
    ahead ("the ferry leaves on Sunday"): the time hangs on the verb itself, at most through a
    preposition, and no "could" (a past ability: "could not be reached on Monday") is there.
    A time inside a noun phrase ("Tuesday's offer", "a rebound in Q4") is no timetable."""
    if any(c.lower_ == "could" and c.dep_ == "aux" for c in verb.children):
        return False
    token = span.root
    if token.dep_ in ("poss", "compound", "amod"):
        return False  # "Tuesday's offer", "their February reports": a noun's period, not the act's time
    # under a non-finite verb ("key to scoring a win in November") the noun is the act's own object
    # and may carry the time; under a finite one it may be a thing told of ("data show a fall in May")
    non_finite = verb.tag_ == "VBG" or (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children))
    through = ("ADP", "NOUN") if non_finite else ("ADP",)
    while token.head.i != verb.i:
        token = token.head
        if token.head.i == token.i or token.pos_ not in through or token.dep_ == "poss":
            return False
    return True


def _deep_in_infinitive_phrase(span: Span, verb: Token) -> bool:
    """The time reaches an infinitive modifying a noun (``an effort to clarify``) only through
    another noun on the way up (``... statements about her use on Friday``)."""
    if not (verb.dep_ == "acl" and verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)):
        return False
    token = span.root.head
    while token.i != verb.i and token.head.i != token.i:
        if token.pos_ in ("NOUN", "PROPN") and not span.start <= token.i < span.end:
            return True
        token = token.head
    return False


def _verb_tense(verb: Token) -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if aux_words & _FUTURE_AUX:
        return FUTURE
    # an infinitive under "due/expected/plans/going/set to": a planned act
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_HEADS:
        head_tense = _verb_tense(verb.head) if verb.head.lemma_ != "be" else PRESENT
        return FUTURE if head_tense in (PRESENT, FUTURE, UNKNOWN) else PAST
    if verb.lemma_ in ("be",) and any(c.lower_ == "due" for c in verb.children):
        return FUTURE
    if verb.tag_ == "VB" and "to" in aux_words and verb.dep_ == "xcomp" \
            and verb.head.lemma_.lower() in packaged_words().time.get("implicative", {}) and _verb_tense(verb.head) == PAST:
        return PAST  # "the vote prompted the council to hold a hearing in May": the act caused was done (qtp38)
    if verb.tag_ == "VB" and "to" in aux_words and verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp"):
        if _past_perfect(verb.head):
            return PAST  # "had raised $38 million to boost his bid by the end of June": all done before now
        return FUTURE  # "subpoenaed him to testify on Feb. 10": the infinitive's act comes later
    if _present_progressive(verb):
        return FUTURE  # present progressive with a time: "ministers are meeting on Friday"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() not in _FUTURE_HEADS \
            and verb.lemma_.lower() not in packaged_words().time.get("booking", {}):
        # a reduced passive: "the decision, announced Friday, ..." tells a done act; not one of
        # booking ("ads reserved in December"), whose time is the period booked
        return PAST
    if verb.tag_ == "VBN" and "have" in aux_words:
        return PAST  # "may have met him on Monday"
    if aux_words & _PRESENT_MODALS:
        return PRESENT
    if any(a.tag_ in ("VBD",) for a in auxes) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and aux_words & {"has", "have", "'ve", "had"}:
        return PAST
    if verb.tag_ == "VBP" and not auxes and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children):
        return PAST  # "weakness hurt the index": with a singular subject "hurt" is no present but a past
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if verb.lemma_ == "be" and any((c.dep_ == "acomp" and c.tag_ in ("JJR", "RBR", "RB", "RP"))
                                       or (c.dep_ == "advmod" and c.pos_ in ("ADV", "ADP"))
                                       or (c.dep_ == "attr" and (c.like_num or any(g.like_num for g in c.children)))
                                       for c in verb.children):
            return UNKNOWN  # "exports are up/higher in November": a state reported, no timetable
        return PRESENT
    if verb.dep_ in ("conj", "xcomp", "ccomp", "advcl", "relcl") and verb.head.i != verb.i:
        return _verb_tense(verb.head)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        # a gerund after a preposition takes the tense of the clause it hangs in: "is key to
        # winning in November" (present), "admitted to taking bribes in May" (past)
        token = verb.head
        for _ in range(3):
            if token.head.i == token.i:
                break
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return _verb_tense(token)
    return UNKNOWN


def _present_progressive(verb: Token) -> bool:
    """``is meeting``, ``'re hailing``: an -ing form with a present form of ``be`` (not ``has been``)."""
    aux_words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBG" and bool(aux_words & _PRESENT_BE) and "been" not in aux_words


def _past_perfect(verb: Token) -> bool:
    """``had raised``, ``had been told``: a past participle with ``had``, an act finished before a
    past moment, and so before the article."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def _sentence_tense(sentence: Span) -> str:
    words = {t.lower_ for t in sentence}
    if words & {"will", "shall", "'ll"}:
        return FUTURE
    if any(t.tag_ == "VBD" for t in sentence):
        return PAST
    return UNKNOWN


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _TRIM_LEADING or doc[start].is_punct):
        if _clipped_year_mark(doc[start], end):
            break  # "'16": the apostrophe stands for the century, part of the year
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return doc_span(doc, start, end) if end > start else None


def _day_gone_by(span: Span, timex: Timex, anchor: dt.date) -> bool:
    """A month and day with no year that the nearest year puts after the publication day, told as the time of a
    verb in the simple past with no auxiliary (``the 2020 fiscal year, which ended June 30``, ``the fair opened
    July 4``): what the article tells in the simple past has happened, so the day is the last one gone by, the
    year before (codes45), when the sentence names no other year. A verb with an auxiliary (``was set for June 30``, ``would end June 30``) may point
    ahead and is left to the nearest reading."""
    if not (timex.value and _DAY_VALUE.match(timex.value)) or timex.value <= anchor.isoformat() \
            or any(t.shape_ == "dddd" for t in span):
        return False
    verb = tense_verb(span)
    if verb is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # a participle form with a subject and no auxiliary is a simple past the tagger mistook (``The fair ended ...``)
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)):
        return False
    # the day hangs on the verb itself, bare (``ended June 30``); an ``on`` phrase is often the parser's guess at
    # where it belongs (``chose the hall for its 2018 gala on April 24``: the gala's day, ahead)
    if span.root.head.i != verb.i:
        return False
    # a year the sentence names is the day's own anchor: the day gone by must be of that year, if any is named
    named = {int(t.text) for t in span.sent if t.shape_ == "dddd" and t.like_num}
    return not named or int(timex.value[:4]) - 1 in named


def _date_a_year_back(day: dt.date) -> str:
    """The same month and day a year earlier (29 February: the 28th)."""
    if day.month == 2 and day.day == 29:
        day = day.replace(day=28)
    return day.replace(year=day.year - 1).isoformat()


def _date_a_year_on(day: dt.date) -> str:
    """The same month and day a year later (29 February: the 28th, the next year having no 29th)."""
    if day.month == 2 and day.day == 29:
        day = day.replace(day=28)
    return day.replace(year=day.year + 1).isoformat()


def _clipped_year_mark(token: Token, end: int) -> bool:
    """An apostrophe right before the two digits that end a span: a clipped year (``'16``)."""
    return token.orth_ in ("'", "’") and token.i + 2 == end and token.nbor().shape_ == "dd"


def _pieces(span: Span) -> list[Span]:
    """A span split at conjunctions and dashes: "Monday and Tuesday" -> Monday, Tuesday."""
    pieces, start = [], span.start
    for token in span:
        if token.lower_ in _SPLITTERS:
            if token.i > start:
                pieces.append(span.doc[start:token.i])
            start = token.i + 1
    if span.end > start:
        pieces.append(span.doc[start:span.end])
    return pieces


# "based on 2023 sales data", "based on 2019 figures": a number of a year's shape after these words names the
# year the basis is of, not a count of the noun after it
_BASIS_WORDS = ("based", "on")
_BASIS_YEARS = range(1800, 2100)


def _is_bare_number_year(span: Span) -> bool:
    """"in 1500 homes": a year-shaped number that counts a following noun is no year."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if span.start >= 2 and tuple(t.lower_ for t in span.doc[span.start - 2:span.start]) == _BASIS_WORDS \
            and len(span) == 1 and span[0].text.isdigit() and int(span[0].text) in _BASIS_YEARS:
        return False  # "based on 2023 sales data" (modality27, news-dev39's time classes)
    if nxt is not None and nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.tag_ in ("NN", "NNP") \
            and span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an"):
        return False  # "a 2012 records request": the plural modifies a singular noun, which "a" counts
    if _second_of_coordinated_years(span):
        return False  # "the 2008 and 2012 cycles": two years before a plural noun, no count of cycles
    return len(span) == 1 and span[0].like_num and nxt is not None and nxt.tag_ == "NNS" and nxt.ent_type_ != "DATE"


def _year_shaped(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1800 <= int(token.text) <= 2099


def _second_of_coordinated_years(span: Span) -> bool:
    """``the 2008 and 2012 elections``: a year-shaped number coordinated after another (``and``,
    ``or``, a comma) is a year as the first is, though a plural noun follows; a range of counts
    (``between 1500 and 2000 homes``, ``from 1500 to 2000``) is not."""
    doc = span.doc
    if len(span) != 1 or not _year_shaped(span[0]) or span.start < 2:
        return False
    link, first = doc[span.start - 1], doc[span.start - 2]
    if link.lower_ not in ("and", "or", ",") or not _year_shaped(first):
        return False
    return not (first.i > 0 and doc[first.i - 1].lower_ in ("between", "from"))


class TimesStage(TableStage):
    """spaCy component: sets ``doc._.times``. Owns the time and number words (its ``data_dir``)."""

    extension = "times"
    tables = (*WORD_FILES, "given_names.tsv", "holidays.tsv")

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        self.vocab = nlp.vocab
        super().__init__(name, data_dir)

    def load_tables(self, directory: Path) -> None:
        self.lexicon = load_words(directory)
        self.given_names = frozenset(_given_names(directory))
        holidays = read_holidays(directory / "holidays.tsv")
        self.holidays = {h.name: h for h in holidays}
        self.holiday_names = holiday_pattern(holidays)
        self.triggers = _trigger_words(self.lexicon)
        # One Matcher per pattern, each with the words it cannot match without: a window runs
        # only the patterns all of whose required tokens are there (most windows need two or
        # three of the 35), and the longest-match filter is applied over their union.
        patterns = _patterns(self.lexicon)
        required: list[dict] = []
        self.gated: list[tuple[Matcher, int]] = []
        for pattern in patterns:
            matcher = Matcher(self.vocab)
            matcher.add("TIMEX", [pattern])
            needed = 0
            for spec in pattern:
                if spec.get("OP") in (None, "+"):
                    needed |= 1 << len(required)
                    required.append(spec)
            self.gated.append((matcher, needed))
        self.lexical = _LexicalIndex(required)
        self.annotations = [a for a in _ANNOTATIONS if any(a in spec for p in patterns for spec in p)]
        self.words: dict[int, tuple[bool, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Time]:
        article = doc._.article
        anchor = _anchor(article.published if article is not None else None)
        candidates = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        candidates += self._matches(doc)
        found: list[tuple[Span, Timex]] = []
        for group in _merge(candidates):
            found.extend(self._resolve(doc, group, anchor))
        holidays = self._holidays(doc, anchor)
        if holidays:
            # a holiday's name is the time its words tell ("Remembrance Sunday", not the weekday)
            found = [(s, t) for s, t in found if not any(s.start < h.end and h.start < s.end for h, _ in holidays)]
            found += holidays
        found.sort(key=lambda item: item[0].start_char)
        found = self._carry_month_years(found, anchor)
        found = self._weekday_named_next(found, anchor)
        found = self._weekday_fixed_by_interval(found)
        times, last_end = [], -1
        quarter = None  # the last quarter named so far: the period a report is about
        last_date = None  # times20: the last year, month or day named, the anchor of "later that year"
        last_day: tuple[str, int] | None = None  # the last day named (value, start of its sentence), qtp37
        for span, timex in found:
            if span.start_char < last_end:
                continue
            if timex.type == "DATE" and timex.value and _QUARTER_VALUE.match(timex.value):
                quarter = timex.value
            elif quarter is not None and _YEAR_BACK.match(span.text.lower()) and timex.value and anchor is not None \
                    and timex.value == f"{anchor.year - 1:04d}":
                # "net rose to $9m from $7m a year earlier" in a report on the third quarter: the
                # same quarter a year before, not the whole year
                timex = Timex("DATE", f"{int(quarter[:4]) - 1:04d}{quarter[4:]}")
            elif quarter is not None and timex.value and _YEAR_PERIOD.match(span.text.lower()):
                # times20: "the 1988 quarter" in a report on the third quarter: that year's third quarter
                timex = Timex("DATE", f"{timex.value}{quarter[4:]}")
            if not _keep_time_span(span):
                continue
            if timex.type == "DATE" and timex.value and _DAY_VALUE.match(timex.value):
                last_day = (timex.value, span.sent.start)
            elif last_day is not None and anchor is not None:
                timex = _clock_on_day_named(span, timex, last_day, anchor)
            if ANAPHORIC.match(" ".join(_norm_words(span.text))):
                timex = _from_last_date(span, timex, last_date)
                if timex is None:
                    continue
            elif timex.type == "DATE" and timex.value and _LAST_DATE.match(timex.value):
                last_date = timex.value
            timex = _year_of_accounts(span, timex)
            last_end = span.end_char
            times.append(Time(id=f"t{len(times) + 1}", start=span.start_char, end=span.end_char,
                              text=span.text, type=timex.type, value=timex.value))
        return times

    def _holidays(self, doc: Doc, anchor: dt.date | None) -> list[tuple[Span, Timex]]:
        """Holidays of ``holidays.tsv`` named in the text ("on Memorial Day", "Good Friday", "last
        Christmas", "Easter 2009"): a DATE of the year a year after the name gives, else of
        ``last``/``next``/``this`` before it, else of the article's year, the year before when a
        past act falls on a day still ahead of the article, the year after when a future act falls
        on a day already past. Not a time where the name is part of a longer name ("the Good Friday
        Agreement", "the Easter Rising", "Police Memorial Day"), modifies a noun ("Christmas trees",
        "the Memorial Day parade") or is a greeting ("Merry Christmas")."""
        out: list[tuple[Span, Timex]] = []
        for match in self.holiday_names.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end())
            holiday = self.holidays.get(normal_name(match.group()))
            if span is None or holiday is None or self._holiday_in_a_name(span):
                continue
            start, end = span.start, span.end
            before = doc[start - 1] if start > 0 else None
            after = doc[end] if end < len(doc) else None
            year = None if anchor is None else anchor.year
            if after is not None and after.shape_ == "dddd" and after.like_num:
                year, end = int(after.text), end + 1
            elif anchor is not None and before is not None and before.lower_ in ("last", "next", "this", "previous"):
                start -= 1
                if before.lower_ in ("last", "previous"):
                    year = anchor.year if holiday.date(anchor.year) < anchor else anchor.year - 1
                elif before.lower_ == "next":
                    year = anchor.year if holiday.date(anchor.year) > anchor else anchor.year + 1
            elif anchor is not None:
                day = holiday.date(anchor.year)
                tense = governing_tense(span)
                verb = tense_verb(span)
                if verb is not None and _verb_tense(verb) == UNKNOWN:
                    tense = UNKNOWN  # "said going to school on Memorial Day is an option": not the saying's past
                if tense == PAST and day > anchor:
                    year = anchor.year - 1
                elif tense == FUTURE and day < anchor:
                    year = anchor.year + 1
            value = None if year is None else holiday.date(year).isoformat()
            out.append((doc[start:end], Timex("DATE", value)))
        return out

    @staticmethod
    def _holiday_in_a_name(span: Span) -> bool:
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and before.lower_ in ("merry", "happy"):
            return True
        if before is not None and before.is_title and before.pos_ == "PROPN" and not before.is_sent_start:
            return True  # "Police Memorial Day": another occasion's name
        if after is not None and after.is_title and after.is_alpha and not after.is_sent_start \
                and after.pos_ in ("PROPN", "NOUN"):
            return True  # "the Good Friday Agreement", "the Easter Rising"
        root = span.root
        return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end and \
            not (root.head.like_num or root.head.shape_ == "dddd")

    def _carry_month_years(self, found: list[tuple[Span, Timex]], anchor: dt.date | None) -> list[tuple[Span, Timex]]:
        """A day of a month written without a year (``the May 28 incident``, ``on May 27``) is of
        the year the text set for that month before (``in May 2008``) when the nearest year, which
        ``normalise`` takes, puts it after the article: unless another year was named in between or
        the day is told of as still ahead (a future clause). A nearest day on or before the article
        stays (``since March 2020 ...`` then ``on March 15`` of the article's own March)."""
        years: dict[str, str] = {}  # month 'MM' -> the year the text set for it
        out = []
        for span, timex in found:
            value = timex.value or ""
            named = _YEAR_IN_TEXT.findall(span.text)
            if named:
                if _MONTH_VALUE.match(value) and value[:4] in named:
                    years = {m: y for m, y in years.items() if y == value[:4]}
                    years[value[5:7]] = value[:4]
                else:
                    years = {m: y for m, y in years.items() if y in named}
            elif _DAY_VALUE.match(value) and value[5:7] in years and value[:4] != years[value[5:7]] \
                    and any(t.lower_ in self.lexicon["month"] for t in span):
                carried = years[value[5:7]] + value[4:]
                if anchor is not None and value > anchor.isoformat() and (
                        carried > anchor.isoformat() or governing_tense(span) != FUTURE):
                    timex = Timex(timex.type, carried)
            out.append((span, timex))
        return out

    def _word(self, doc: Doc, orth: int) -> tuple[bool, int]:
        """(whether the word opens a window, the bit set of pattern tokens it can be)."""
        lex = doc.vocab[orth]
        word = (lex.lower_ in self.triggers or _DIGIT.search(lex.orth_) is not None, self.lexical.bits(lex))
        if len(self.words) >= _WORD_CACHE:
            self.words.clear()
        self.words[orth] = word
        return word

    def _matches(self, doc: Doc) -> list[tuple[int, int]]:
        """Matcher hits, searched only in windows around tokens every pattern needs (a time
        word or a digit): the Matcher is the stage's main cost, and most text has neither.
        Everything the search asks of a word is cached by the word's id."""
        windows: list[list[int]] = []
        words = self.words
        orths = doc.to_array(ORTH).tolist()
        size = len(orths)
        masks: list[int] = []
        for i, orth in enumerate(orths):
            word = words.get(orth) or self._word(doc, orth)
            masks.append(word[1])
            if word[0]:
                start, end = max(0, i - _WINDOW), min(size, i + _WINDOW + 1)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end
                else:
                    windows.append([start, end])
        if windows:
            for attr in self.annotations:
                if not doc.has_annotation(attr):
                    raise ValueError(f"the times patterns test {attr}, which the Doc lacks")
        found: list[tuple[int, int]] = []
        for start, end in windows:
            present = 0
            for mask in masks[start:end]:
                present |= mask
            span = None
            pairs: list[tuple[int, int]] = []
            for matcher, needed in self.gated:
                if present & needed == needed:
                    span = doc[start:end] if span is None else span
                    pairs += [(s, e) for _, s, e in matcher(span)]
            if pairs:
                found += _longest(pairs, start)
        return found

    def _resolve(self, doc: Doc, group: list[tuple[int, int]], anchor: dt.date | None) -> list[tuple[Span, Timex]]:
        start = min(s for s, _ in group)
        end = max(e for _, e in group)
        whole = self._normalise_span(doc_span(doc, start, end), anchor)
        if whole:
            return [whole]
        # The union is no single expression ("9am every Monday"): keep the parts that are.
        accepted: list[tuple[Span, Timex]] = []
        for part in sorted((doc[s:e] for s, e in group), key=len, reverse=True):
            result = self._normalise_span(part, anchor)
            if result and not any(result[0].start < a.end and a.start < result[0].end for a, _ in accepted):
                accepted.append(result)
        if accepted:
            return accepted
        out = []
        for piece in _pieces(doc[start:end]):
            result = self._normalise_span(piece, anchor)
            if result:
                out.append(result)
        return out

    def _normalise_span(self, span: Span, anchor: dt.date | None) -> tuple[Span, Timex] | None:
        trimmed = _trim(span)
        if trimmed is None or (_is_bare_number_year(trimmed) and not self._year_of_contests(trimmed)) or \
                self._is_given_name(trimmed) or self._ends_a_name(trimmed):
            return None
        named = self._named_day(trimmed)
        if named is not None:
            return named, Timex("DATE", None)
        tense = governing_tense(trimmed)
        if tense == FUTURE and self._weekday_under_past_infinitive(trimmed):
            tense = PAST
        if tense == FUTURE and self._season_under_past_infinitive(trimmed):
            tense = UNKNOWN
        if tense != FUTURE and self._month_of_outcome(trimmed):
            tense = FUTURE
        timex = normalise(trimmed.text, anchor, tense, self.lexicon)
        if tense == FUTURE and timex is not None and anchor is not None and \
                self._progressive_day_before(trimmed, timex, anchor):
            timex = Timex(timex.type, (anchor - dt.timedelta(days=1)).isoformat() + timex.value[10:])
        if timex is not None and anchor is not None and self._end_ahead(trimmed, timex, anchor):
            day = dt.date.fromisoformat(timex.value)
            timex = Timex(timex.type, _date_a_year_on(day))
        elif timex is not None and anchor is not None and self._month_and_day(trimmed) and \
                _day_gone_by(trimmed, timex, anchor):
            day = dt.date.fromisoformat(timex.value)
            timex = Timex(timex.type, _date_a_year_back(day))
        return (trimmed, timex) if timex is not None else None

    def _month_and_day(self, span: Span) -> bool:
        """The span is a month's name and a day's number and nothing else (``June 30``, ``5 February``, ``Sept.
        30``): a date the calendar fixes but for its year, not one counted from another (``the next day``,
        ``four days later``) or a weekday."""
        months = [t for t in span if t.lower_ in self.lexicon["month"] or t.lower_.rstrip(".") in self.lexicon["month"]]
        days = [t for t in span if t.text.isdigit() and len(t.text) <= 2]
        return len(months) == 1 and len(days) == 1 and len(span) == 2

    def _month_of_outcome(self, span: Span) -> bool:
        """A bare month (``November``, ``in November``) on a noun that is the object of a verb of
        leading to an outcome or of readying for an event (``leadsto`` of time_words.tsv: ``does not
        translate into a victory in November``, ``teeing up the November showdown``): the outcome comes
        after the act, so the month is the coming one, unless the verb is a simple past (``led to a
        strike in May``: a past outcome, the tense reads it) (tp39, news-dev6/47's residual times)."""
        words = [t.lower_ for t in span]
        if sum(w in self.lexicon["month"] for w in words) != 1 or len(words) > 2 or \
                any(w not in self.lexicon["month"] and w not in ("early", "late", "mid") for w in words):
            return False
        outcome = self.lexicon.time.get("leadsto", {})
        token = span.root
        for _ in range(6):
            head = token.head
            if head.i == token.i or token.dep_ not in ("compound", "pobj", "prep", "dobj", "nmod", "poss"):
                return False
            if head.pos_ == "VERB":
                particle = outcome.get(head.lemma_.lower())
                if particle is None or not any(c.lower_ == particle and c.dep_ in ("prt", "prep") for c in head.children):
                    return False
                auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
                return not (head.tag_ == "VBD" or auxes & {"did", "was", "were", "had"})
            if head.pos_ not in ("NOUN", "PROPN", "ADP"):
                return False
            token = head
        return False

    def _year_of_contests(self, span: Span) -> bool:
        """``the 2007 elections``: a year-shaped number before a plural noun of contests held once in a
        year (``yearevent`` of time_words.tsv) names their year, not a count of them (tp39, bbc-dev2)."""
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        return len(span) == 1 and _year_shaped(span[0]) and nxt is not None \
            and nxt.lower_ in self.lexicon.time.get("yearevent", {})

    def _progressive_day_before(self, span: Span, timex: Timex, anchor: dt.date) -> bool:
        """A bare weekday told with a present progressive (``He's campaigning Wednesday in Ohio``,
        ``groups are hailing her speech on Thursday``) that the future reading puts six days after
        the publication day: the progressive tells an act going on as well as one arranged ahead,
        and a day six days on is written ``next Wednesday`` or with its date, while a report dated
        the morning after tells the writer's day with a bare weekday; so the nearer reading, the day
        before publication, is meant (tp39, news-dev66/68's time classes). Any nearer day ahead
        keeps the future reading (``is meeting Friday`` in a Thursday article)."""
        words = [t.lower_ for t in span]
        if not words or words[0] not in self.lexicon["weekday"] or \
                any(w not in self.lexicon["partofday"] for w in words[1:]):
            return False
        if not (timex.value and timex.value[:10] == (anchor + dt.timedelta(days=6)).isoformat()):
            return False
        verb = tense_verb(span)
        return verb is not None and _present_progressive(verb)

    def _end_ahead(self, span: Span, timex: Timex, anchor: dt.date) -> bool:
        """A month and day before the publication day told as the time of a period's end in the
        simple present (``this fiscal year, which ends Sept. 30``, ``the offer expires March 1``): the
        end is still ahead, so the day is next year's; an end gone by is told in the past (qtp35)."""
        if not (timex.value and _DAY_VALUE.match(timex.value)) or timex.value >= anchor.isoformat() \
                or any(t.shape_ == "dddd" for t in span):
            return False
        verb = tense_verb(span)
        if verb is None or verb.lemma_.lower() not in self.lexicon.time.get("periodend", {}):
            return False
        return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)

    def _weekday_named_next(self, found: list[tuple[Span, Timex]], anchor: dt.date | None) -> list[tuple[Span, Timex]]:
        """A bare weekday of the publication's own name told of something ahead (``what he would
        say Thursday`` in a Thursday article) is the publication day by the tense rule; but when
        the text also names that weekday as next week's (``next Thursday night``), it has said which
        one it means: the coming one (quotes30). Without ``next <weekday>`` nothing changes."""
        if anchor is None:
            return found
        coming = (anchor + dt.timedelta(days=7)).isoformat()
        if not any(span[0].lower_ == "next" and (timex.value or "").startswith(coming) for span, timex in found):
            return found
        today = anchor.isoformat()
        out = []
        for span, timex in found:
            if len(span) == 1 and span[0].lower_ in self.lexicon["weekday"] and timex.value == today \
                    and governing_tense(span) == FUTURE:
                timex = Timex(timex.type, coming)
            out.append((span, timex))
        return out

    def _weekday_fixed_by_interval(self, found: list[tuple[Span, Timex]]) -> list[tuple[Span, Timex]]:
        """A bare weekday the text fixes by an interval from a day it names (``declared on
        Thursday, two days after voters went to the polls`` in an article that names the vote's
        ``Tuesday``): of the weekday's two readings a week apart (the tense gave one), the one
        that lies that many days after (or before) a day another time of the article has is the
        day meant, as when an article is updated after its date. The article's other bare
        mentions of that weekday read the same way take the same day (quotes31). Without such an
        interval, or when the tense's reading fits it too, nothing changes."""
        days = {timex.value for _, timex in found if timex.value and _DAY_VALUE.match(timex.value)}
        if len(days) < 2:
            return found
        fixed: dict[tuple[str, str], str] = {}  # (weekday, value by tense) -> value the text fixes
        for span, timex in found:
            offset = self._interval_after(span) if timex.value in days else None
            if offset is None or len(span) != 1 or span[0].lower_ not in self.lexicon["weekday"]:
                continue
            day = dt.date.fromisoformat(timex.value)
            if (day - dt.timedelta(days=offset)).isoformat() in days:
                continue
            for other in (day - dt.timedelta(days=7), day + dt.timedelta(days=7)):
                if (other - dt.timedelta(days=offset)).isoformat() in days:
                    fixed[(span[0].lower_, timex.value)] = other.isoformat()
                    break
        if not fixed:
            return found
        return [(span, Timex(timex.type, fixed[(span[0].lower_, timex.value)]))
                if len(span) == 1 and (span[0].lower_, timex.value) in fixed else (span, timex)
                for span, timex in found]

    def _interval_after(self, span: Span) -> int | None:
        """Days after (positive) or before (negative) another day that the words right after a
        weekday give (``Thursday, two days after ...``, ``Friday, three days before ...``), else None."""
        doc = span.doc
        k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
        if k + 2 >= len(doc) or doc[k + 1].lower_ not in ("days", "day") or doc[k + 2].lower_ not in ("after", "before"):
            return None
        amount = parse_number([doc[k].lower_], self.lexicon.numbers)
        if amount is None or amount != int(amount) or not 0 < amount < 7:
            return None
        return int(amount) if doc[k + 2].lower_ == "after" else -int(amount)

    def _weekday_under_past_infinitive(self, span: Span) -> bool:
        """A bare weekday hung on an infinitive whose governing verb tells a past act (``was fined
        and ordered to pay $900 on Tuesday``, ``was told to recall the cars on Monday``): news
        names the weekday of the act it reports, the last one. A date (``subpoenaed him to testify
        on Feb. 10``) and a planned act (``is set to``, ``was expected to``) keep the future. So does
        an infinitive of purpose under a past act (``moved her rally to be in Ohio on Thursday``):
        the weekday of the act arranged, which news reports once it is done (qtp38)."""
        if len(span) != 1 or span[0].lower_ not in self.lexicon["weekday"]:
            return False
        verb = tense_verb(span)
        if verb is None or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl") or not any(
                c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            return False
        head = verb.head
        if head.lemma_.lower() in self.lexicon.time.get("urging", {}) and any(c.dep_ == "dobj" for c in head.children):
            return False  # "urged them to vote Tuesday": the day of the act urged (qtp35)
        return head.lemma_.lower() not in _FUTURE_HEADS and _verb_tense(head) == PAST

    def _season_under_past_infinitive(self, span: Span) -> bool:
        """A bare season on an infinitive under a clause told in the past (``made it hard to meet
        demand well into the summer``): the infinitive's act comes after the past act, not after
        the article, so the season is not pushed to next year (TimeBank; qtp35)."""
        if not any(t.lower_ in self.lexicon["season"] for t in span) or any(t.shape_ == "dddd" for t in span):
            return False
        verb = tense_verb(span)
        if verb is None or verb.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            return False
        above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return above is not None and above.lemma_.lower() not in _FUTURE_HEADS and _verb_tense(above) == PAST

    def _named_day(self, span: Span) -> Span | None:
        """"Super Tuesday", "Black Friday": a weekday after a capitalised word that names a day
        with it (``namedday`` of ``time_words.tsv``) is that day, a date the words do not give:
        the whole name, with no value."""
        if len(span) != 1 or span[0].lower_ not in self.lexicon["weekday"] or span.start == 0:
            return None
        before = span.doc[span.start - 1]
        if not before.is_title or f"{before.lower_} {span[0].lower_}" not in self.lexicon.time.get("namedday", {}):
            return None
        return span.doc[before.i:span.end]


    def _is_given_name(self, span: Span) -> bool:
        """"May Ellison won", "Sunday Okafor said": a month or weekday alone, first word of a
        name (a compound on the proper noun right after it, which is no time word or number),
        or a month word the tagger read as a verb ("May", "March")."""
        if len(span) != 1:
            return False
        word, doc = span[0], span.doc
        if word.lower_ not in self.lexicon["month"] and word.lower_ not in self.lexicon["weekday"]:
            return False
        if word.tag_ in ("MD", "VB", "VBP") and word.lower_ in self.lexicon["month"]:
            return True  # the verb, not the month: "May Tan testify?", "March on the capital!"
        if word.i + 1 >= len(doc) or word.dep_ != "compound" or word.head.i != word.i + 1:
            return False
        name = doc[word.i + 1]
        if name.pos_ != "PROPN" or not name.is_title:
            return False
        if name.lower_ in self.triggers or name.like_num or _DIGIT.search(name.text):
            return False
        before = doc[word.i - 1] if word.i > 0 else None
        return before is None or before.pos_ not in ("DET", "ADJ", "NUM", "PRON") and before.lower_ not in _REL


    def _ends_a_name(self, span: Span) -> bool:
        """"Theresa May said", "Coach Mike May": a month word alone right after a capitalised
        proper noun that is a given name (``given_names.tsv``) or that opens a person's name with
        it (spaCy's PERSON) is the person's family name; not before a day's number ("May 5")."""
        if len(span) != 1 or span[0].lower_ not in self.lexicon["month"] or span.start == 0:
            return False
        word, doc = span[0], span.doc
        before = doc[word.i - 1]
        if before.tag_ != "NNP" or not before.is_title or before.lower_ in self.triggers:
            return False
        if word.i + 1 < len(doc) and doc[word.i + 1].like_num:
            return False
        if before.lower_ in self.given_names:
            return True
        return any(e.label_ == "PERSON" and e.start <= before.i and word.i < e.end for e in doc.ents)


_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
_YEAR_IN_TEXT = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_PERIOD = re.compile(r"^the \d{4} (?:quarter|period)$")
_REPORT_YEAR = re.compile(r"^the (?:(?:full|fiscal|calendar) )?year$")


_DEFINED_AFTER = {"of", "when", "that", "which", "in", "after", "before", "since", "following", "where"}


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _keep_time_span(span: Span) -> bool:
    """times20: "the year" defined by what follows ("the year of the flood", "the year when ...",
    "the year after the war") is no year of the report, and "current" is a time only as a noun's
    adjective ("current market conditions", not "the current flows north"). "Soon" right before
    "after" or "before" tells how near another time is, no future reference of its own."""
    text = span.text.lower()
    if text in ("current", "then current"):
        return span[-1].dep_ == "amod"
    if text == "soon" and span.end < len(span.doc) and span.doc[span.end].lower_ in ("after", "before"):
        # "soon after Sunday's massacre": placed by the event after it, no future reference (qtp36)
        return False
    if _REPORT_YEAR.match(text) and span.end < len(span.doc):
        return span.doc[span.end].lower_ not in _DEFINED_AFTER
    return True


_LAST_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_LETTERS = re.compile(r"[a-z]+")  # compiled once: asked of every time expression


def _norm_words(text: str) -> list[str]:
    return [w for w in _LETTERS.findall(text.lower())]


def _from_last_date(span: Span, timex: Timex, last_date: str | None) -> Timex | None:
    """times20 (TimeML anchors; TimeBank+AQUAINT half a): "later that year", "earlier that day",
    "that same month" are the year/day/month of the last date the text named; "the following month"
    and "the previous day" ("the day before", "the month after") one unit on or back from it. With no date named before, "that year" is
    dropped and "the following month" keeps what the article's date gives."""
    m = ANAPHORIC.match(" ".join(_norm_words(span.text)))
    unit = m[1] or m[3] or m[4]
    # "the day before" (qtp34): the day before the last date named ("fell to 1.2 percent from 1.4
    # percent the day before" in a report on Friday's trading is Thursday), as "the previous day"
    step = {"following": 1, "previous": -1, "after": 1, "before": -1}.get(m[2] or m[5] or "", 0)
    if last_date is None:
        return timex if step and timex.value else None
    if unit == "year":
        return Timex("DATE", f"{int(last_date[:4]) + step:04d}")
    if len(last_date) < 7:
        return timex if step and timex.value else None
    year, month = int(last_date[:4]), int(last_date[5:7])
    if unit == "month":
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return Timex("DATE", f"{year:04d}-{month:02d}")
    if len(last_date) < 10:
        return Timex("DATE", f"{last_date}-XX") if not step else None
    day = dt.date.fromisoformat(last_date) + dt.timedelta(days=step)
    return Timex("DATE", day.isoformat())


def _year_of_accounts(span: Span, timex: Timex) -> Timex:
    """times20 (TimeML, TimeBank+AQUAINT half a): "the year ended March 31", "the fiscal year ending
    tomorrow": a year of accounts told by its last day is a stretch of a year (P1Y), not a
    calendar year; "the year" alone stays the report's year."""
    if timex.type != "DATE" or not _REPORT_YEAR.match(span.text.lower()) or span.end >= len(span.doc):
        return timex
    after = span.doc[span.end]
    if after.lemma_.lower() == "end" and after.tag_ in ("VBN", "VBG", "VBD"):
        return Timex("DURATION", "P1Y")
    return timex


_YEAR_BACK = re.compile(r"^(?:the )?(?:a year (?:ago|earlier)|year[- ](?:earlier|ago)(?: period| quarter)?)$")


def _merge(candidates: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    groups: list[list[tuple[int, int]]] = []
    end = -1
    for start, stop in sorted(set(candidates)):
        # touching candidates join too: "noon Thursday", "9 a.m. Tuesday"
        if groups and start <= end:
            groups[-1].append((start, stop))
            end = max(end, stop)
        else:
            groups.append([(start, stop)])
            end = stop
    return groups


# a clock time alone ("2:30 p.m.", "at 6pm", "noon"): no day of its own
_CLOCK_ONLY = re.compile(r"^(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)$", re.IGNORECASE)


def _clock_on_day_named(span: Span, timex: Timex, last_day: tuple[str, int], anchor: dt.date) -> Timex:
    """``Lee started Thursday listening to farmers. By 2:30 p.m., Lee was ...``: a clock time with no
    day of its own, in the sentence that names a day or the one right after it, is a time of that day,
    not of the publication day (qtp37, news-dev59's time class)."""
    day, sentence = last_day
    today = anchor.isoformat()
    if timex.type != "TIME" or not timex.value or not timex.value.startswith(today + "T") or day == today:
        return timex
    if not _CLOCK_ONLY.match(span.text.strip()):
        return timex
    here = span.sent.start
    before = span.doc[here - 1].sent.start if here > 0 else None
    if sentence not in (here, before):
        return timex
    return Timex("TIME", day + timex.value[len(today):])


def _anchor(published: str | None) -> dt.date | None:
    try:
        return parse_published(published)
    except ValueError:
        return None


@Language.factory(
    "newsevents_times",
    default_config={"data_dir": None},
    requires=["doc.ents", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.times"],
)
def make_times_stage(nlp: Language, name: str, data_dir: str | None) -> TimesStage:
    """``data_dir``: a folder with the word tables named as in ``newsevents/data`` (None: the
    packaged ones)."""
    return TimesStage(nlp, name, data_dir)
