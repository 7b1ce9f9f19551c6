"""Sentence starts the text's layout makes certain: after a blank line, at a bulleted line, and
after a headline or a dateline written on a line of its own (one newline after it).

Also (fix13): a dateline with no date at a paragraph's start (``MILLBROOK —``) is a sentence of its own, and
the name after an abbreviated title (``Cpl. Rita Vance``) starts no sentence.

Runs before the parser, which keeps boundaries already set. Without it a headline runs into the
first sentence of the story ("Blair backs budget  Tony Blair has backed ...") and a bulleted
list becomes one long sentence, and events take their actors from the wrong line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from newsevents.docquery import doc_text

BULLETS = frozenset({"-", "*", "•", "–", "—", "·"})
# A stretch this long without sentence-final punctuation is no sentence (a transcript, a list
# run together, a hostile text): it gets a break, so no stage works on one 100,000-word "sentence".
MAX_SENTENCE_TOKENS = 200
_FINAL = frozenset({".", "!", "?"})
# A first line longer than this is no headline: a text wrapped by hand runs on into the next line.
MAX_HEADLINE_TOKENS = 20


def _date_words() -> frozenset[str]:
    from newsevents.temporal.lexicon import packaged_words
    words = packaged_words()
    return frozenset(words["month"]) | frozenset(words["weekday"])


def _own_line(doc: Doc, line: list[int], first: bool, months: frozenset[str]) -> bool:
    """A line that is a sentence of its own though only one newline ends it: the text's first
    line, a headline (short, with no sentence-final punctuation or a comma at its end), or a
    dateline (a date alone: ``June 13 , 2005``, ``Monday, 4 May``). ``line``: its words' indices."""
    if not line or doc[line[-1]].text in _FINAL or doc[line[-1]].text in {",", ";", ":"}:
        return False
    if first and len(line) <= MAX_HEADLINE_TOKENS:
        return True
    tokens = [doc[i] for i in line]
    return any(t.lower_.rstrip(".") in months for t in tokens) and all(
        t.lower_.rstrip(".") in months or t.like_num or t.text == "," for t in tokens)


_FINAL_IDS = frozenset(StringStore()[w] for w in _FINAL)  # their orth ids (hashes of the texts)
_BULLET_IDS = frozenset(StringStore()[w] for w in BULLETS)
_CLOSE_ID = StringStore()[")"]
_STOP_ID = StringStore()["."]


def mark_layout_boundaries(doc: Doc) -> Doc:
    after_break = False
    run = 0  # tokens since the last certain or likely sentence start
    line: list[int] = []  # the indices of the words of the current line
    first_line = True
    months = _date_words()
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_SPACE]).tolist()  # one array: no Token object per word
    size = len(rows)
    for i, (orth, space) in enumerate(rows):
        if space:
            text = strings[orth]
            if "\n" in text:
                # a blank line, or a new line that opens a bulleted item, or one after a headline
                # or a dateline on a line of its own (``Acme wins order\nJune 13 , 2005\nAcme has ...``)
                blank = text.count("\n") >= 2
                following = strings[rows[i + 1][0]] if i + 1 < size else None
                after_break = blank or (following is not None and following in BULLETS) or (
                    following is not None and (following[:1].isupper() or following[:1].isdigit())
                    and _own_line(doc, line, first_line, months))
                if line:
                    first_line = False
                line = []
            continue
        line.append(i)
        run += 1
        if run > MAX_SENTENCE_TOKENS and i > 0 and not after_break:
            doc[i].is_sent_start = True
            run = 1
        if orth in _FINAL_IDS:
            run = 0
        if after_break and i > 0:
            run = 1
            doc[i].is_sent_start = True
            if orth in _BULLET_IDS and i + 1 < size and not rows[i + 1][1]:
                doc[i + 1].is_sent_start = False  # the bullet belongs to its item
        after_break = False
    return doc


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from newsevents.actors import _given_names as read
    from newsevents.tables import table_dir
    return frozenset(read(table_dir(None)))


# An initial: one capital and a period (the 26 words "A." to "Z."), by orth id, which is a hash of the
# text, the same in every vocabulary: no text of every distinct word looked up and matched (speed28).
_INITIAL_IDS = frozenset(StringStore()[f"{letter}."] for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _name_word(token) -> bool:
    return token.is_alpha and len(token.text) > 1 and token.text[:1].isupper() and token.text[1:].islower()


def join_middle_initials(doc: Doc) -> Doc:
    """A middle initial ends no sentence: in "then-Fed Chair Ben S. Bernanke of ..." the parser
    would start a sentence at "Bernanke" and lose the name's end. The initial (one capital and a
    period, one token) is a middle one when a given name (or a proper noun after a title-cased
    word or at the text's start) stands before it and a title-cased proper noun after it; that
    next word is then marked as no sentence start (the parser keeps preset starts, set or unset).
    "Plan B. Officials said" (a common noun before, a plural after) is left alone."""
    names = _given_names()
    orths = doc.to_array(ORTH).tolist()  # one array: a Token only for a word that looks like an initial
    for i in [i for i in range(1, len(orths) - 1) if orths[i] in _INITIAL_IDS or orths[i] == _STOP_ID]:
        if orths[i] == _STOP_ID:
            _join_paired_initials(doc, i)
            continue
        token = doc[i]
        if doc[token.i + 1].is_sent_start:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if not (_name_word(before) and _name_word(after) and after.tag_ == "NNP"):
            continue
        earlier = doc[token.i - 2] if token.i >= 2 else None
        if before.lower_ in names or (before.tag_ == "NNP" and (
                earlier is None or earlier.text[:1].isupper() or earlier.text == "-")):
            after.is_sent_start = False
    return doc


def _join_paired_initials(doc: Doc, stop: int) -> None:
    """``Mayor Ana Lucia DM. Reyes has ...``: two or three capitals written before a surname (two middle
    initials, the tokenizer splits their stop off) end no sentence when two title-cased names stand before
    them and a title-cased proper noun after; capitals the tables know as a role, a body or a country
    (``Tom Reed MP. Jones said``, ``in the US. Reyes``), or a name's suffix, are left to the parser (ents27)."""
    letters, after = doc[stop - 1], doc[stop + 1]
    if stop < 3 or not (letters.is_alpha and letters.is_upper and 2 <= len(letters.text) <= 3) or after.is_sent_start:
        return
    if not (_name_word(doc[stop - 2]) and _name_word(doc[stop - 3]) and _name_word(after) and after.tag_ == "NNP"):
        return
    from newsevents.actors import load_actor_dictionary

    ad = load_actor_dictionary()
    word = letters.text
    if (ad.role(word.lower()) is not None or ad.organisation(word) is not None or ad.country_of(word) is not None
            or word.lower() in ad.words.name_suffix):
        return
    after.is_sent_start = False


def join_bracketed_asides(doc: Doc) -> Doc:
    """A question or an exclamation in brackets is an aside that ends no sentence: in "He said
    that he had no time (really?) and that he would rest" the parser would start a sentence at
    "and" and cut the second reported clause from its verb. The word after the closing bracket,
    when it is in lower case, is marked as no sentence start (a capital after the bracket is
    left to the parser)."""
    orths = doc.to_array(ORTH).tolist()  # one array: a Token only at a closing bracket
    for i in range(2, len(orths) - 1):
        if orths[i] != _CLOSE_ID:
            continue
        token = doc[i]
        if doc[token.i - 1].text not in {"?", "!"}:
            continue
        after = doc[token.i + 1]
        if after.is_alpha and after.text[:1].islower() and not after.is_sent_start:
            after.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _dotted_title_lengths() -> tuple[int, ...] | None:
    """The lengths of the titles of :func:`_dotted_titles`, or None if one is not ASCII (a lower-cased
    word could then change its length, and :func:`_dotted_title_tokens` could miss it)."""
    titles = _dotted_titles()
    return tuple(sorted({len(w) for w in titles})) if all(w.isascii() for w in titles) else None


def _dotted_title_tokens(doc: Doc, text: str | None = None) -> Iterable[Token]:
    """The tokens :func:`join_abbreviated_titles` can act on, in order: those starting where a title and
    a full stop are written (in any case), found from the text's full stops rather than by reading every
    token (speed18); every token when a title is not ASCII."""
    lengths = _dotted_title_lengths()
    if lengths is None:
        return doc
    titles = _dotted_titles()
    text = doc.text if text is None else text
    starts = sorted({stop - size for stop in (m.start() for m in _FULL_STOP.finditer(text)) for size in lengths
                     if size <= stop and text[stop - size: stop].lower() in titles})
    tokens, last = [], -1
    for start in starts:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        token = span[0]
        if token.i > last and token.idx == start:
            tokens.append(token)
            last = token.i
    return tokens


_FULL_STOP = re.compile(r"\.")


def _tokens_over(doc: Doc, matches: Iterable[re.Match[str]]) -> list[Token]:
    """The tokens holding a character where ``matches`` (re matches over ``doc.text``, in order) start, each once, in order."""
    tokens, last = [], -1
    for match in matches:
        span = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if span is None or len(span) == 0 or span[0].i <= last:
            continue
        tokens.append(span[0])
        last = span[0].i
    return tokens


@lru_cache(maxsize=1)
def _dotted_titles() -> frozenset[str]:
    from newsevents.actors import load_actor_words
    words = load_actor_words()
    return frozenset(w.rstrip(".") for w in (*words.abbreviated_title, *words.honorific) if w.rstrip(".").isalpha())


def join_abbreviated_titles(doc: Doc, text: str | None = None) -> Doc:
    """An abbreviated title ends no sentence: in "An inmate attacked Cpl. Rita Vance with a broom"
    the parser would start a sentence at "Rita" and make the victim the doer of the rest. A
    capitalised title of actor_words.tsv (``abbreviated_title``, ``honorific``) written with its
    full stop, one token (``Cpl.``) or two (``Cpl`` ``.``), followed by a capitalised word, marks
    that word as no sentence start. "He bought a PC. Then ..." is left alone: the title must be
    written with a capital and small letters (``Sgt.``, not ``SGT.`` or ``PC.``)."""
    titles = _dotted_titles()
    n = len(doc)
    for token in _dotted_title_tokens(doc, text):
        text = token.text
        if text.endswith(".") and len(text) > 2:
            word, after_i = text[:-1], token.i + 1
        elif text.isalpha() and token.i + 1 < n and doc[token.i + 1].text == "." and not token.whitespace_:
            word, after_i = text, token.i + 2
        else:
            continue
        if after_i >= n or not (word[:1].isupper() and word[1:].islower()) or word.lower() not in titles:
            continue
        after = doc[after_i]
        if after.is_sent_start or not (after.is_alpha and after.text[:1].isupper() and after.tag_ == "NNP"):
            continue
        after.is_sent_start = False
        if after_i == token.i + 2:
            doc[token.i + 1].is_sent_start = False
    return doc


_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_MAX_DATELINE_WORDS = 6
_DASH_CHARACTER = re.compile("[-\u2013\u2014]")  # every token of _DATELINE_DASHES holds one


def _paragraph_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_ or (
        doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _abbreviation(token) -> bool:
    """A two-letter word in capitals glued to the full stop after it (``ST.``, ``FT.``, ``MT.``): the short form
    of a saint's, fort's or mount's name in a town's name written in capitals."""
    return token.is_alpha and token.is_upper and len(token.text) == 2 and not token.whitespace_


def _dateline_words(tokens: list) -> bool:
    """The words of a dateline with no date: a town in capitals (``MILLBROOK``, ``EAST LANSING``), then
    at most a comma and its state or country (``Tenn.``, ``Ohio``, ``New Jersey``). A town with no
    region is a place the gazetteer knows, and a lone word has five letters or more, so an acronym
    ("NATO - the alliance") or a heading's word ("EXCLUSIVE –") is no dateline."""
    town = []
    for k, token in enumerate(tokens):
        if token.is_alpha and token.is_upper and len(token.text) > 1:
            town.append(token)
            continue
        if token.text == "." and town and _abbreviation(town[-1]) and k + 1 < len(tokens):
            town.append(token)  # "ST. PARIS", "FT. WAYNE": a saint's or fort's abbreviation inside the town's name
            continue
        rest = tokens[k:]
        if not town or rest[0].text != "," or len(rest) < 2:
            return False
        if not all((t.text.rstrip(".").isalpha() and t.text[:1].isupper()) or t.text == "." for t in rest[1:]):
            return False
        break
    if not town:
        return False
    if len(town) < len(tokens):
        return True  # "SALEM, Ore." : the town's region after a comma
    return (len(town) > 1 or len(town[0].text) >= 5) and _known_place("".join(t.text_with_ws for t in town).strip().title())


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows a place by that name ("EXCLUSIVE –", "SMITH--John" are no datelines)."""
    from newsevents.geo.gazetteer import packaged_gazetteer_or_none
    gaz = packaged_gazetteer_or_none()
    return gaz is not None and bool(gaz.candidates(name))


_SENTENCE_STOPS = frozenset({".", "!", "?"})


def _after_first_sentence(doc: Doc, i: int) -> bool:
    """The word at ``i`` follows the full stop of its paragraph's first sentence (``Fire guts home. TORRINGTON —
    A fire ...``: a page that repeats its headline as the paragraph's first sentence, the dateline after it)."""
    if i < 2 or doc[i - 1].text not in _SENTENCE_STOPS:
        return False
    if doc[i - 1].text == "." and _abbreviation(doc[i - 2]):
        return False  # "ST. HENRY": the stop of an abbreviation inside the town's name ends no sentence
    k = i - 2
    while k > 0 and not _paragraph_start(doc, k):
        if doc[k].text in _SENTENCE_STOPS:
            return False
        k -= 1
    return True


def dateline_before(doc: Doc, dash: int) -> tuple[int, int] | None:
    """The token range of a dateline with no date ending at the dash token ``dash`` (see ``split_datelines``),
    or None: capitals (and at most a comma and a region) from a paragraph's start, or from the end of the
    paragraph's first sentence, to the dash."""
    if dash == 0 or doc[dash].text not in _DATELINE_DASHES:
        return None
    start = dash
    while start > 0 and dash - start < _MAX_DATELINE_WORDS and not _paragraph_start(doc, start) \
            and not _after_first_sentence(doc, start):
        start -= 1
    if not (_paragraph_start(doc, start) or _after_first_sentence(doc, start)) or doc[start].is_space:
        return None
    return (start, dash) if _dateline_words([doc[k] for k in range(start, dash)]) else None


def split_datelines(doc: Doc, text: str | None = None) -> Doc:
    """A dateline with no date at a paragraph's start (``MILLBROOK — A local couple was charged``,
    ``SALEM, Ore. -- Police said``), or right after a paragraph's first sentence that repeats the
    headline, is where the story was filed, no part of its first sentence:
    the word after its dash (em dash, en dash, ``--`` or ``-``), when capitalised, starts the
    sentence, so no stage takes the town for a party (its subject, its object, a mention)."""
    n = len(doc)
    for token in _tokens_over(doc, _DASH_CHARACTER.finditer(doc.text if text is None else text)):  # only tokens holding a dash (speed18)
        if token.text not in _DATELINE_DASHES or token.i + 1 >= n or token.i == 0:
            continue
        after = doc[token.i + 1]  # read before the walk back to the paragraph's start: most dashes fail here (speed18)
        if after.is_space or not after.text[:1].isupper() or after.is_sent_start is False:
            continue
        if dateline_before(doc, token.i) is not None:
            after.is_sent_start = True
    return doc


# web19: a web page's picture credit at a paragraph's start, run into the first sentence: "(Photo: Ann Lee/AFP)",
# "(Picture by ...)", "Image copyright Getty Images" (its holder ends at a picture agency's word)
_WEB_CREDIT = re.compile(
    r"(?:\((?:Photo|Picture|Image|File photo|Credit)s?\s*(?::|by\b|credit\b:?)[^()\n]{1,80}\)"
    r"|Image copyright\s+(?:[A-Z][\w&.'-]*\s+){0,3}?(?:Getty Images|AFP|Reuters|AP|EPA|PA|Images?|Pictures|Photos?)\b"
    r"|(?:Photo|Picture|File photo)s? by [A-Z][^.\n]{1,60}\.)"
    r"[ \t]*")
# web19: a page flattened into one paragraph puts a credit or a link's label right after a caption's or a sentence's
# full stop ("... on March 31. Photo by Ann Lee/Wire. QUITO, Ecuador - ...")
_AFTER_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t]+\Z")


def split_web_credits(doc: Doc, text: str | None = None) -> Doc:
    """web19: a picture credit glued before a paragraph's first sentence ("(Photo: Ann Lee/AFP) NAIROBI - Police
    said", "Image copyright Getty Images Police said") is page furniture, no part of the sentence: the word after
    it starts a sentence, and so does the word after the dash of a dateline that follows it, so no stage takes
    the credit or the dateline's town for a party. The text and its offsets are unchanged."""
    text = doc.text if text is None else text
    n = len(doc)
    for match in _WEB_CREDIT.finditer(text):
        if not _paragraph_start_at(text, match.start()):
            continue
        span = doc.char_span(match.end(), min(len(text), match.end() + 1), alignment_mode="expand")
        if span is None or len(span) == 0 or not span[0].text[:1].isupper():
            continue
        first = span[0]
        first.is_sent_start = True
        for k in range(first.i + 1, min(n - 1, first.i + _MAX_DATELINE_WORDS + 1)):
            if doc[k].text in _DATELINE_DASHES:
                after = doc[k + 1]
                if after.text[:1].isupper() and _dateline_words([doc[j] for j in range(first.i, k)]):
                    after.is_sent_start = True
                break
    return doc


# web19: the label of a related-story link at a paragraph's start ("Read more:", "READ MORE:", "Related:"); the link's
# title after it is page furniture, no sentence of the article
_WEB_LINK_LABEL = re.compile(r"(?:Read more|READ MORE|Read More|Related|RELATED|Also read|ALSO READ|Also Read|See also|"
                             r"SEE ALSO|More|MORE)\s*:")
# words a title's sentence-case run cannot end on before the next sentence starts (its own small words), and the
# words that open a sentence run into a title ("... over spy case The ministry said")
_TITLE_GLUE = frozenset({"of", "over", "in", "on", "to", "for", "with", "by", "at", "from", "and", "or", "the", "a",
                         "an", "as", "into", "after", "amid", "against", "its", "his", "her", "their"})
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "After", "He", "She", "They", "It", "We", "I",
                               "But", "This", "That", "These", "Its", "His", "Her", "Their", "When", "As", "Last",
                               "Earlier", "Meanwhile", "According"})
_MAX_LINK_TITLE_WORDS = 30


def _paragraph_start_at(text: str, start: int) -> bool:
    """A paragraph's start, or a sentence's start after a full stop (a page flattened into one paragraph)."""
    return start == 0 or text[start - 1] == "\n" or _AFTER_SENTENCE_END.search(text, max(0, start - 8), start) is not None


WEB_LINK_TITLES = "newsevents_web19_link_titles"  # doc.user_data: character ranges of link labels and titles


def split_web_link_titles(doc: Doc, text: str | None = None) -> Doc:
    """web19: a related-story link at a paragraph's start ("Read more: Ten countries expel envoys over spy case"),
    its title on a line of its own or run into the article's next sentence with no full stop ("... spy case The
    ministry said ..."): the run-on sentence starts at the first word that opens one (``_SENTENCE_OPENERS``, or a
    name with its possessive) after a lower-case word of the title that is none of its small words. The label and
    title's character range is kept (``doc.user_data[WEB_LINK_TITLES]``): the events stage skips the sentences
    starting in it (``web_link_line``). A title in title case run on gives no such word: only its label is kept."""
    text = doc.text if text is None else text
    n = len(doc)
    ranges: list[tuple[int, int]] = []
    for match in _WEB_LINK_LABEL.finditer(text):
        if not _paragraph_start_at(text, match.start()):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        end = match.end()
        for k in range(span.end, min(n, span.end + _MAX_LINK_TITLE_WORDS)):
            token, before = doc[k], doc[k - 1]
            if token.text in (".", "!", "?"):
                break  # a full stop before any break: a sentence run on in title case, its label alone is kept
            if "\n" in token.text or "\n" in token.whitespace_ or k == n - 1:
                # the title alone on its line or at the text's end (no full stop): all of it
                end = token.idx + (0 if "\n" in token.text else len(token.text))
                break
            if k < span.end + 2:
                continue
            if not (token.is_alpha and token.text[:1].isupper()):
                continue
            if not (before.is_alpha and before.is_lower and before.lower_ not in _TITLE_GLUE):
                continue
            if token.text in _SENTENCE_OPENERS or (k + 1 < n and doc[k + 1].text in ("'s", "\u2019s")):
                token.is_sent_start = True
                end = token.idx
                break
        ranges.append((match.start(), end))
    if ranges:
        doc.user_data[WEB_LINK_TITLES] = ranges
    return doc


def web_link_line(sentence: Span) -> bool:
    """Whether a sentence starts inside a related-story link's label and title (web19): no event comes from it."""
    ranges = sentence.doc.user_data.get(WEB_LINK_TITLES)
    return bool(ranges) and any(start <= sentence.start_char < end for start, end in ranges)


# layout23: a name written twice in a row ("About Acme Foods Acme Foods is ...", "... SHARES IN
# NORTHWIND Northwind has ..."): a heading glued to the sentence after it, the line break lost.
# The word and space runs are possessive (``*+``, ``++``): a word ends at a space, a space run at a letter,
# so giving characters back can never make a match, and run over every word of every text (speed28) that
# retreat, one character at a time for each of the four name lengths tried, was most of the search's time.
_REPEATED_NAME = re.compile(r"(?<![\w'\u2019])([A-Za-z][\w'\u2019&-]*+(?:[ \t]++[A-Za-z][\w'\u2019&-]*+){0,3})"
                            r"[ \t]++(\1)(?![\w'\u2019])", re.IGNORECASE)
# a heading of a press release's boilerplate section, named after the firm it is about
_ABOUT_HEADING = "about"


def _capitalised_words(words: list[str]) -> bool:
    return all(w[:1].isupper() for w in words)


def split_repeated_names(doc: Doc, text: str | None = None) -> Doc:
    """layout23: a heading run into the next sentence with the line break lost, shown by a name written
    twice in a row: the heading ends with the name and the sentence opens with it ("About Acme Foods Acme
    Foods is a maker of ...", "ACME SELLS ITS SHARES IN NORTHWIND Northwind has ..."). The second copy
    starts a sentence, so the two copies are not read as one name. Every word of both copies is
    capitalised; a name of one word only when its copies differ in case (a heading in capitals) or
    follow "About" at a paragraph's start (``Duran Duran``, ``Sirhan Sirhan`` stay one name)."""
    text = doc.text if text is None else text
    for match in _REPEATED_NAME.finditer(text):
        first, second = match.group(1).split(), match.group(2).split()
        if not (_capitalised_words(first) and _capitalised_words(second)):
            continue
        if len(first) == 1 and match.group(1) == match.group(2):
            before = text[max(0, match.start() - 6): match.start()].rstrip().rsplit(None, 1)
            about = bool(before) and before[-1].lower() == _ABOUT_HEADING and _paragraph_start_at(
                text, match.start() - 1 - len(before[-1]))
            if not about:
                continue
        span = doc.char_span(match.start(2), match.end(2), alignment_mode="contract")
        if span is None or len(span) == 0 or span.start == 0:
            continue
        span[0].is_sent_start = True
        for token in span[1:]:
            token.is_sent_start = False  # the name's words stay together
    return doc


# layout23: a heading in capitals (at least four words, opening a paragraph or following a sentence's
# end) run into a sentence that starts with a capitalised word in lower case letters ("ACME SELLS ITS
# STAKE IN NORTHWIND Brightwater Foods has ..."): the line break between them was lost.
_CAPITALS_HEADING = re.compile(r"(?:[A-Z][A-Z'\u2019&-]*[ \t]+){3,}[A-Z][A-Z'\u2019&-]*[ \t]+(?=[A-Z][a-z])")


def split_capitals_headings(doc: Doc, text: str | None = None) -> Doc:
    """layout23: a heading written in capitals, four words or more at a paragraph's start (or after a
    sentence's end in a page flattened into one paragraph), run into the next sentence with no full stop:
    the first word after it that is written in lower case letters with a capital starts a sentence, so a
    name of the heading and one of the sentence are not read as one."""
    text = doc.text if text is None else text
    for match in _CAPITALS_HEADING.finditer(text):
        if not _paragraph_start_at(text, match.start()):
            continue
        span = doc.char_span(match.end(), min(len(text), match.end() + 1), alignment_mode="expand")
        if span is None or len(span) == 0 or span[0].idx != match.end():
            continue
        span[0].is_sent_start = True
    return doc


def paragraphs_component(doc: Doc) -> Doc:
    text = doc_text(doc)  # not doc.text, which joins every token: the article's text, cached on the Doc (speed18)
    doc = split_datelines(join_abbreviated_titles(join_bracketed_asides(join_middle_initials(mark_layout_boundaries(doc))), text), text)
    if "Photo" in text or "Picture" in text or "Image" in text or "Credit" in text:
        doc = split_web_credits(doc, text)
    if ":" in text:
        doc = split_web_link_titles(doc, text)
    return split_capitals_headings(split_repeated_names(doc, text), text)


@Language.factory("newsevents_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs_stage(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return paragraphs_component


# A reader's signature: "Tom Reed, Leeds, UK", "Ann, Ohio, USA". Two to four short items, each
# capitalised words (no verb can hide in such a line), on a line of its own or after the last
# sentence of a paragraph. Whether the last item is a place is the gazetteer's to say.
_SIGNATURE_ITEM = re.compile(r"[A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|of|de|la|van|von|upon|on))*\Z")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\Z")
_LAST_SENTENCE_END = re.compile(r"[.!?][\"'”’)]* +(?=[A-Z][^.!?]*\Z)")


def _signature_items(line: str) -> list[tuple[int, int]] | None:
    """The items' offsets in ``line`` when it is laid out as a signature, else None."""
    items, offset = [], 0
    for part in line.split(","):
        stripped = part.strip()
        start = offset + part.index(stripped) if stripped else offset
        items.append((stripped, start))
        offset += len(part) + 1
    if not 2 <= len(items) <= 4 or len(line) > 80:
        return None
    for text, _ in items:
        words = text.split()
        if not 1 <= len(words) <= 4 or not _SIGNATURE_ITEM.match(text) or any(ch.isdigit() for ch in text):
            return None
        # "LONDON, UK": a dateline shouts its town; "UK", "USA" are short
        if any(len(w) > 3 and w.isupper() for w in words):
            return None
    if items[0][0].split()[0] in {"By", "From", "Reporting", "Written"}:
        return None  # a byline ("By Tom Reed, BBC News, London")
    return [(start, start + len(text)) for text, start in items]


def signed_comments(text: str, place_level: Callable[[int, int], str | None]) -> list[tuple[int, int]]:
    """Character ranges of readers' comments: a paragraph followed or ended by a signature.

    Many news pages end with readers' opinions, each signed with a name, a town and a country.
    Their first-person claims ("I was charged VAT by the government") are no news. The signature
    must follow text that ends a sentence, so a headline over a dateline is not taken for a comment.
    The signature's last item is a place the gazetteer holds (``place_level(start, end)``: its
    level, None when no place); a country when there are only two items, so a venue line ("Lansdowne
    Road, Dublin") under a sports fixture is no signature.
    """
    found: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", text)]
    for number, (start, end) in enumerate(paragraphs):
        block = text[start:end]
        line_start = block.rfind("\n") + 1
        if line_start:  # the paragraph's last line
            sign_at, body = start + line_start, (start, start + block.rfind("\n"))
        elif (tail := _LAST_SENTENCE_END.search(block)) is not None:  # "... by the government. Tom, Leeds, UK"
            sign_at, body = start + tail.end(), (start, start + tail.start() + 1)
        elif number > 0:  # a signature paragraph under its comment
            sign_at, body = start, paragraphs[number - 1]
        else:
            continue
        items = _signature_items(text[sign_at:end].rstrip())
        if not items:
            continue
        last_start, last_end = items[-1]
        level = place_level(sign_at + last_start, sign_at + last_end)
        if level is None or (len(items) == 2 and level != "country"):
            continue
        if not _SENTENCE_END.search(text[body[0]:body[1]].rstrip()):
            continue
        found.append((body[0], end))
    return found
