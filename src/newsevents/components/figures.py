"""The figures stage: numbers the text reports about people and things.

A figure is a run of number tokens ("23", "1.5 million", "twenty-four", "a dozen", "£3bn")
with its qualifier ("at least", "another", "up to") and, for counts, the counted noun. Its
kind comes from, in order: a percent sign or word, a currency, a casualty word right after
the number ("another 28 wounded": elliptic coordination, which the parser gets wrong), the
counted noun ("40 deaths"), the verb that governs it ("23 civilians had been killed",
"killing 12"), and otherwise ``count``. Years, dates, durations, ordinals, ages and numbers
inside names or addresses are not figures.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents.components.base import TableStage
from newsevents.docquery import doc_span
from newsevents.record import Figure
from newsevents.temporal.lexicon import WORD_FILES, Words, load_words
from newsevents.temporal.numbers import MULTIPLIERS, as_int_if_whole, parse_number

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SCALED = re.compile(r"^(\d+(?:\.\d+)?)(bn|m|mn|k|tn)$", re.IGNORECASE)
# A currency letter glued to the amount ("N5", "R2.5bn", "N12,000": the "N+" keys of currencies.tsv)
_GLUED = re.compile(r"^([A-Z])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(bn|m|mn|tn)?$")
_LONG_CODE = re.compile(r"\d[\d\-\s]{8,}\d")  # a phone number or a like code (compiled once: asked per number run)
# A scale word that ends a sentence keeps the full stop in the tokenizer ("October's £4.29m.")
_SCALE_STOPS = {"m.": "m", "mn.": "mn", "bn.": "bn", "tn.": "tn", "k.": "k"}
_NOT_FIGURES = {"a", "an", "half", "score", "couple", "m", "mn", "bn", "k", "zero", *_SCALE_STOPS}
# Qualifiers before a number, longest first; the value kept is the number itself (a bound).
_QUALIFIERS = [tuple(q.split()) for q in (
    "no fewer than", "as many as", "at least", "more than", "fewer than", "less than", "up to", "at most",
    "upwards of", "an estimated", "nearly", "almost", "about", "around", "some", "over", "approximately",
    "roughly", "another", "only", "just",
)]
_PERCENT_WORDS = {"%", "percent", "pc"}
_NAMED_ENTITIES = {"PERSON", "ORG", "GPE", "FAC", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "LOC", "NORP"}
_NON_FIGURE_ENTITIES = {"TIME", "ORDINAL"}
_ADDRESS_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "square", "boulevard", "drive"}


_NUMBER, _NOT_NUMBER, _ARTICLE = 1, 0, 2  # what a word is by itself (an article counts before "dozen")
_LETTER_MONEY = 3  # "N5": an amount after a currency letter, a number only as money (see _letter_money)
_SCALE_WORDS = frozenset({"million", "billion", "trillion", "bn", "m", "mn", "tn"})  # "N500m" is split "N500" "m"
_BEFORE_NUMBER_WORDS = {"dozen", "hundred", "thousand", "million", "billion", "couple"}
# word id -> (_NUMBER / _NOT_NUMBER / _ARTICLE, text, lower case, is_alpha); a stage keeps one
# such cache for its number words
WordCache = dict[int, tuple[int, str, str, bool]]
_WORD_CACHE = 200_000


def _word(doc: Doc, orth: int, tables: Words, cache: WordCache) -> tuple[int, str, str, bool]:
    """What the run builder asks of a word, cached by its id: digits ("23", "1,200", "3bn") and
    number words ("twenty", "dozen") are numbers; "a"/"an" only before "dozen", "hundred" ..."""
    lex = doc.vocab[orth]
    text, lower = lex.orth_, lex.lower_
    if _DIGITS.match(text) or _SCALED.match(text) or lower in _SCALE_STOPS:
        kind = _NUMBER
    elif (glued := _GLUED.match(text)) and f"{glued[1]}+" in tables.currencies:
        kind = _LETTER_MONEY
    elif lower in ("a", "an"):
        kind = _ARTICLE  # a number only before "dozen", "hundred", ...
    else:
        kind = _NUMBER if lower in tables.numbers and lower not in {"score", "half", "zero"} else _NOT_NUMBER
    word = (kind, text, lower, lex.is_alpha)
    if len(cache) >= _WORD_CACHE:
        cache.clear()
    cache[orth] = word
    return word


def _letter_money(text: str, after: str | None) -> bool:
    """An amount after a glued currency letter is money only when it is written as money: with a
    scale ("N500m", "R2bn", "N5 million") or thousands commas ("N12,000"). A bare "N5" or "R445" is
    a road, "N95" a mask (figev23: the naira and the rand, issue 14)."""
    glued = _GLUED.match(text)
    return glued is not None and (glued[3] is not None or "," in glued[2] or after in _SCALE_WORDS)


def _glued_code(token: Token, codes: dict[str, str]) -> str | None:
    """The currency of an amount glued to its letter ("N5" -> NGN), else None."""
    glued = _GLUED.match(token.text)
    return codes.get(f"{glued[1]}+") if glued else None


def _number_runs(doc: Doc, lex: Words, cache: WordCache) -> list[Span]:
    """Maximal runs of number tokens, joining hyphenated word numbers ("twenty-four").

    Works on the words' cached properties: a Span is built for each run, not a Token for
    every word."""
    words = [cache.get(orth) or _word(doc, orth, lex, cache) for orth in doc.to_array(ORTH).tolist()]
    size = len(words)
    numbers = [
        kind == _NUMBER or (kind == _ARTICLE and k + 1 < size and words[k + 1][2] in _BEFORE_NUMBER_WORDS)
        or (kind == _LETTER_MONEY and _letter_money(text, words[k + 1][2] if k + 1 < size else None))
        or (_fraction_word(lower, lex) and k + 2 < size and words[k + 1][0] == _ARTICLE
            and words[k + 2][2] in _BEFORE_NUMBER_WORDS)
        for k, (kind, text, lower, _) in enumerate(words)
    ]
    runs: list[Span] = []
    i = 0
    while i < size:
        if not numbers[i]:
            i += 1
            continue
        start = i
        while i + 1 < size and (
            (numbers[i + 1] and not _word_then_digits(words[i], words[i + 1]))
            or (words[i + 1][1] == "-" and i + 2 < size and words[i][3] and numbers[i + 2])
            or (words[i + 1][2] == "of" and words[i][2] == "couple")
        ):
            i += 1
        runs.append(doc_span(doc, start, i + 1))
        i += 1
        if i < size and numbers[i] and _word_then_digits(words[i - 1], words[i]):
            i += 1  # "three 911 callers": the digits after the number word name a kind of thing, no figure
    return runs


def _word_then_digits(word: tuple[int, str, str, bool], after: tuple[int, str, str, bool]) -> bool:
    """A number written in letters right before one written in digits (``three 911 callers``, ``two 747
    jets``): no number is so written (``three million``, ``3 million``), so the digits are a name of the
    kind of thing the word number counts, a line, a model or a route (figcodes41)."""
    return word[0] == _NUMBER and word[3] and after[0] == _NUMBER and _DIGITS.match(after[1]) is not None


def _fraction_word(lower: str, lex: Words) -> bool:
    """A written fraction of number_words.tsv (``half``: a value below one)."""
    return 0 < lex.numbers.get(lower, 1) < 1


def _value_of(run: Span, lex: Words) -> float | None:
    if len(run) > 2 and _fraction_word(run[0].lower_, lex) and run[1].lower_ in ("a", "an"):
        # "half a dozen", "half a million": the fraction of the number after it (6, 500,000), not a
        # sum of the words (qtp37, a figure class of news-dev58)
        whole = _value_of(run[1:], lex)
        return None if whole is None else lex.numbers[run[0].lower_] * whole
    words: list[str] = []
    for token in run:
        if glued := _GLUED.match(token.text):
            words += [glued[2].replace(",", ""), *([glued[3].lower()] if glued[3] else [])]
        elif m := _SCALED.match(token.text):
            words += [m[1], m[2].lower()]
        elif token.lower_ != "of":
            words.append(token.text.replace(",", "") if _DIGITS.match(token.text)
                         else _SCALE_STOPS.get(token.lower_, token.lower_))
    return parse_number(words, lex.numbers)


_LONGEST_QUALIFIER = max(len(words) for words in _QUALIFIERS)


def _qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    first = max(0, start - _LONGEST_QUALIFIER)
    before = tuple(t.lower_ for t in doc[first:start])  # the words a qualifier can span
    for words in _QUALIFIERS:
        n = len(words)
        if start - n >= 0 and before[len(before) - n:] == words:
            return " ".join(words), start - n
    return None, start


def _sign_before(token: Token, codes: dict[str, str]) -> bool:
    """A currency sign, abbreviation or capital code written before the amount (``£``, ``Rs``,
    ``EUR``). The lower-case names of currencies.tsv follow the amount ("100 euros"): before a
    number they are other words ("more real than the real one": an adjective)."""
    return token.text in codes and not token.text.islower()


def _excluded(run: Span, times: list[tuple[int, int]], lex: Words) -> bool:
    doc = run.doc
    codes = lex.currencies
    if any(s < run.end_char and run.start_char < e for s, e in times):
        return True
    # An amount after a currency sign is money whatever the recogniser took it for ("$280bn" read
    # as a person's name).
    signed = (run.start > 0 and _sign_before(doc[run.start - 1], codes)) or _glued_code(run[0], codes) is not None
    # a share is a share whatever name the recogniser ran it into ("led Lee 52 percent to 40
    # percent" read as a body "Lee 52 percent to"; qtp36)
    share = run.end < len(doc) and doc[run.end].lower_ in _PERCENT_WORDS
    # a number paired with a name in a tally ("The count is Ann Bell 384, ...") counts, whatever name it was run into
    share = share or _tally_by_name(run) is not None
    if not signed and not share and any(t.ent_type_ in _NON_FIGURE_ENTITIES | _NAMED_ENTITIES for t in run) \
            and not all(t.ent_type_ == "DATE" for t in run):
        return True
    if all(t.lower_ in _NOT_FIGURES for t in run) or (len(run) == 1 and run[0].lower_ in ("one",)
                                                     and run.end < len(doc) and doc[run.end].lower_ == "of"):
        return True
    after = [t.lower_ for t in doc[run.end:run.end + 4]]
    if after[:2] in (["-", "year"], ["year", "-"]) or "old" in after[:3] and "year" in after[:2]:
        return True  # ages: "a 23-year-old", "23 years old"
    if run.end < len(doc) and doc[run.end].pos_ == "PROPN" and any(w in _ADDRESS_WORDS for w in after):
        return True  # "10 Downing Street"
    if _names_an_item(run, lex) and _tally_by_name(run) is None:
        return True
    if _age_after_name(run) or _age_at_death(run):
        return True
    text = run.text
    return bool(_LONG_CODE.search(text))  # phone numbers and similar codes


# the oldest age a bare number set off after a name is read as (_age_after_name)
_OLDEST_AGE = 120


def _age_after_name(run: Span) -> bool:
    """``<Name>, 32, of <Town>``, ``identified the man as <Name>, 41.``: a bare whole number set off by commas
    right after a person's name (the parser's apposition to it) is the person's age, as news writing gives it,
    no figure -- whatever verb of harm the sentence has (figev40, news-dev69's figure list)."""
    doc = run.doc
    root = run.root
    if len(run) != 1 or not run.text.isdigit() or int(run.text) > _OLDEST_AGE or run.start < 2:
        return False
    if doc[run.start - 1].text != "," or (run.end < len(doc) and doc[run.end].text not in (",", ".", ";")):
        return False
    name = doc[run.start - 2]
    return root.dep_ == "appos" and root.head.i == name.i and (name.ent_type_ == "PERSON" or name.tag_ == "NNP")


def _age_at_death(run: Span) -> bool:
    """``at age 74``, ``at the age of 27``, ``died aged 73``, ``died at 92``: a bare whole number after ``at age``,
    ``at the age of`` or ``aged``, or right after an ``at`` that a verb of dying governs, is how old someone was, no count of the dead (the verb
    of dying would otherwise make it a ``killed`` figure)."""
    doc = run.doc
    if len(run) != 1 or not run.text.isdigit() or int(run.text) > _OLDEST_AGE or run.start < 2:
        return False
    if run.end < len(doc) and doc[run.end].pos_ in ("NOUN", "PROPN") and doc[run.end].lower_ != "years":
        return False  # "at 20 sites": a count of things after all
    before = [t.lower_ for t in doc[max(0, run.start - 4):run.start]]
    if before[-2:] == ["at", "age"] or before[-4:] == ["at", "the", "age", "of"] or before[-1:] == ["aged"]:
        return True
    at = doc[run.start - 1]
    return at.lower_ == "at" and at.head.lemma_.lower() == "die" and at.head.i < at.i


def _title_case(sentence: Span) -> bool:
    """A headline written in title case ("Police Arrest Five Men"): most longer words capitalised."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def _names_an_item(run: Span, lex: Words) -> bool:
    """A number that names rather than counts: after a designator (``bill 42``, ``section 3``,
    ``flight 370``, ``round two``: ``figures_designator`` words of figure_lexicon.tsv) with no noun
    of its own; digits right after a capitalised proper noun (``Windows 95``, ``Firefox 1.0``, ``the
    S&P 500``) unless a plural follows (``on Monday 12 people``: a date is no name either); a
    number word written with a capital inside a sentence (``the Final Four``, ``Millions Quest``)
    unless the sentence is a title-case headline."""
    doc = run.doc
    if len(run) == 1 and number_opens_name(run[0]):
        return True  # "Six Flags Harbor Bay, which ...": the number opens a sentence and a name
    if run.start == 0:
        return False
    before, first = doc[run.start - 1], run[0]
    nxt = doc[run.end] if run.end < len(doc) else None
    if nxt is not None and (nxt.lower_ in _PERCENT_WORDS or nxt.lower_ == "per" and doc[nxt.i + 1:nxt.i + 2].text == "cent"):
        # a share, whatever stands before it: "led Ann Lee 52 percent to 33 percent" (the name is
        # the object of "led", not a title numbered 52) (quotes29, news-dev41's figure class)
        return False
    if lex.figures.get(before.lower_) == "figures_designator" and (nxt is None or nxt.pos_ != "NOUN"):
        return True
    if first.text[:1].isdigit() and before.tag_ == "NNP" and before.text[:1].isupper() \
            and before.ent_type_ not in ("DATE", "TIME") and before.text not in lex.currencies \
            and not (nxt is not None and nxt.tag_ == "NNS"):
        return True
    # The same when the tagger reads the capitalised word as a common noun but the number hangs on
    # it from after ("Half-Life 2", "a copy of Life 3"): a count stands before its noun, so a number
    # modifying the word before it is part of a title (figev23, BBC tech rule source).
    root = run.root
    if first.text[:1].isdigit() and root.dep_ == "nummod" and root.head.i == before.i \
            and before.text[:1].isupper() and before.ent_type_ not in ("DATE", "TIME") \
            and before.text not in lex.currencies and not (nxt is not None and nxt.tag_ == "NNS"):
        return True
    # after a possessive too (``Saturday's Six Nations clash``): the possessive ends no sentence
    return first.is_alpha and first.text[:1].isupper() and (before.is_alpha or before.tag_ == "POS") \
        and not first.is_sent_start and not _title_case(first.sent)


def capitalised_plural(token: Token) -> bool:
    """A plural noun written with a capital (``Flags``, ``Nations``): tagged a plural, or a proper
    noun ending in a plural's ``s`` (not ``ss``, ``us``, ``is``: ``Ross``, ``Marcus``, ``Davis``)."""
    return token.tag_ in {"NNS", "NNPS"} or _PLURAL_SHAPE.fullmatch(token.text) is not None


_PLURAL_SHAPE = re.compile(r"[A-Z][a-z]+[^siu]s")


def number_opens_name(first: Token) -> bool:
    """A number word opening a sentence is a name's first word when a plural noun written with a
    capital follows it and one more capitalised word after that (``Six Flags Hurricane Harbor, which
    ...``): a count's noun is written in lower case (``Six flags flew``), so a capitalised plural after
    the number and a run of names after it are the words of one name. Not a people's or a party's
    plural (``Two Britons``, ``Three Democrats``: the model tags them NORP), not in a title-case
    headline."""
    doc = first.doc
    if not (first.is_alpha and first.text[:1].isupper() and first.like_num) or first.i + 2 >= len(doc):
        return False
    plural, after = doc[first.i + 1], doc[first.i + 2]
    return plural.is_alpha and plural.text[:1].isupper() and not plural.is_upper and plural.ent_type_ != "NORP" \
        and capitalised_plural(plural) \
        and after.is_alpha and after.text[:1].isupper() and after.ent_type_ != "NORP" and not _title_case(first.sent)


def _counted_noun(run: Span) -> Token | None:
    """The noun a number counts: "23 civilians", "hundreds of people", "a dozen" -> None."""
    doc = run.doc
    last = run[-1]
    if run.end < len(doc) and doc[run.end].lower_ == "of" and last.lower_ in MULTIPLIERS | {"dozens", "hundreds", "thousands", "millions"}:
        of = doc[run.end]
        objects = [c for c in of.children if c.dep_ == "pobj"]
        if objects:
            return objects[0]
    if run.end < len(doc) and doc[run.end].lower_ == "of":
        # "28 of the state's 93 counties": a part of a whole that a possessive and a number count
        whole = next((c for c in doc[run.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if whole is not None and any(c.dep_ == "poss" for c in whole.children) and any(
                c.dep_ == "nummod" and c.like_num for c in whole.children):
            return whole
    k = run.end + 1
    if k < len(doc) and doc[run.end].lower_ == "of" and doc[k].tag_ == "DT":
        k += 1
    if k + 1 < len(doc) and doc[run.end].lower_ == "of" and doc[k].like_num and doc[k + 1].pos_ == "NOUN":
        return doc[k + 1]  # "21 of 71 laps", "three of the five hostages": a part counts what the whole does
    if k < len(doc) and doc[run.end].lower_ == "of" and doc[k].like_num and doc[k].dep_ == "nummod" \
            and doc[k].head.pos_ == "NOUN" and doc[k].head.i > k and doc[k].head.i - k <= 6:
        return doc[k].head  # "58 of 61 home and away games": the whole's noun after its adjectives
    if run.end < len(doc) and doc[run.end].lower_ == "of":
        # "30 of the aircraft", "up to 50 of its new planes": a part of a whole the text has named
        whole = next((c for c in doc[run.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if whole is not None and any(c.dep_ in ("det", "poss") for c in whole.children):
            return whole
    head = last.head
    if last.dep_ in ("nummod", "compound", "quantmod") and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        return head
    participle = False
    for token in doc[run.end:run.end + 3]:
        if token.ent_type_ in ("DATE", "TIME"):
            break  # "rose to 449,603 last year": the number counts nothing of the time expression
        if token.pos_ == "NOUN":
            # after a participle only a plural is counted ("14 named storms"), not an object
            return token if not participle or token.tag_ == "NNS" else None
        if token.tag_ in ("VBN", "VBG") and token.i == run.end:
            participle = True  # "with 14 named storms": the parser hangs the noun on the participle
            continue
        if token.tag_ == "VBD" and token.i == run.end and last.dep_ == "nsubj" and last.head.i == token.i \
                and not _number_noun(doc[token.i + 1] if token.i + 1 < len(doc) else token):
            # "40 pledged delegates and five superdelegates were at stake": the parser made the bare
            # number the subject of a past form that is the plural noun's participle (qtp35)
            participle = True
            continue
        if token.pos_ not in ("ADJ", "ADV") and token.dep_ != "amod":
            break
    return None


def _number_noun(token: Token) -> bool:
    """``thousands``, ``dozens``: a plural that is itself a number ("Five mailed thousands of
    dossiers": a channel's name as the subject, no count of a participle's noun)."""
    return token.lower_ in MULTIPLIERS


def _measures(noun: Token, lex: Words) -> bool:
    """The counted noun is a unit, so the number is a measure, not a count of things (``30,000
    tonnes``, ``5 km``, ``80kg``, ``50GB``: ``figures_measure`` words of figure_lexicon.tsv; ``6,000
    years``, a ``figures_duration`` word right after the number; ``30 degrees``, a
    ``figures_adjacent_unit`` word, likewise: ``914 postgraduate degrees`` are diplomas), or a multiple (``six times as much``, ``three times the size``)."""
    kinds = lex.figures
    kind = kinds.get(noun.lower_) or kinds.get(noun.lemma_.lower())
    doc = noun.doc
    if kind == "figures_measure":
        return True
    if kind in ("figures_duration", "figures_adjacent_unit"):
        # a length of time right after the number ("about 6,000 years"); with a word between, the
        # days are things counted ("13 missed school days")
        return noun.i > 0 and (doc[noun.i - 1].like_num or _SCALED.match(doc[noun.i - 1].text) is not None)
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return noun.lower_ == "times" and after is not None and (
        after.tag_ in ("JJR", "RBR") or after.lower_ in ("as", "the", "that", "more", "less", "faster", "higher"))


def _casualty_kind(token: Token | None, lex: Words) -> str | None:
    if token is None:
        return None
    lexicon = lex.figures
    kind = lexicon.get(token.lower_) or lexicon.get(token.lemma_.lower())
    return None if kind is None or kind.startswith("figures_") else kind


def _animal_counted(run: Span, lex: Words) -> Token | None:
    """The animals a number counts (``figures_animal`` words: "more than 300 dead fish", "40 sheep were killed"):
    deaths and injuries of animals are a count of them, never a casualty figure of people; None otherwise."""
    noun = _counted_noun(run)
    if noun is None and run.end + 1 < len(run.doc) and _casualty_kind(run.doc[run.end], lex):
        noun = run.doc[run.end + 1]  # "300 dead fish", the parser making the adjective the head
    if noun is None or noun.pos_ != "NOUN":
        return None
    figures = lex.figures
    return noun if "figures_animal" in (figures.get(noun.lower_), figures.get(noun.lemma_.lower())) else None


def _count_elsewhere(run: Span, lex: Words) -> tuple[str, str | None, int] | None:
    """A bare number whose counted noun stands elsewhere: the size of a group after ``of`` (``a
    workforce of 27,733``: the group's noun, a ``figures_group`` word of figure_lexicon.tsv), a
    number of people in a state after ``out of`` (``2,145 out of work``: ``figures_out_of``), and
    a difference of a count (``about 4,000 more than in January``, ``300 fewer``)."""
    doc = run.doc
    end = run.end
    kinds = lex.figures
    nxt = doc[end] if end < len(doc) else None
    # the word before the number and its qualifier ("a crowd of more than 2,000": "of"; qtp38)
    start = _qualifier(doc, run.start)[1]
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "of" and before.head.pos_ == "NOUN" \
            and kinds.get(before.head.lemma_.lower()) == "figures_group" and (nxt is None or nxt.pos_ != "NOUN"):
        return "count", before.head.lemma_.lower(), end
    if before is not None and before.lower_ == "of" and before.head.lemma_.lower() in _TALLY_NOUNS \
            and any(c.dep_ == "det" for c in before.head.children) and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return "count", None, end  # "the magic number of 2,383 needed to ...": a number named as such (qtp38)
    if before is not None and before.lower_ == "of" and (nxt is None or nxt.pos_ != "NOUN"):
        group = _group_of_level(before, kinds)
        if group is not None:
            return "count", group, end
    root = run.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and kinds.get(root.head.lemma_.lower()) == "figures_group":
        return "count", root.head.lemma_.lower(), end  # "the town's population, once 900, ..."
    if before is not None and before.lower_ == "from" and before.head.lower_ in ("up", "down") \
            and (nxt is None or nxt.pos_ != "NOUN"):
        return "count", None, end  # "312 pupils, up from 280": the earlier count of the same thing
    if end + 2 < len(doc) and doc[end].lower_ == "out" and doc[end + 1].lower_ == "of":
        k = end + 2 + (doc[end + 2].lower_ in ("a", "an") and end + 3 < len(doc))
        if kinds.get(doc[k].lower_) == "figures_out_of":
            return "count", None, end
    if before is not None and before.lower_ == "the" and root.pos_ == "NUM" and nxt is not None \
            and nxt.tag_ == "VBN" and nxt.head.i == root.i:
        # "ten more than the 30 required to qualify": a number heading its noun phrase, told of
        # by a participle, counts the thing counted before it
        return "count", None, end
    if nxt is not None and nxt.lower_ in ("more", "fewer") and (
            end + 1 >= len(doc) or doc[end + 1].lower_ == "than" or doc[end + 1].is_punct):
        return "count", None, end
    if nxt is not None and nxt.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].lower_ in _PART_PRONOUNS:
        return "count", None, end + 2  # "Seven of them made landfall": the things counted before
    if nxt is not None and nxt.lower_ == "of" and _bare_number_at(doc, end + 1 + (end + 1 < len(doc) and doc[end + 1].tag_ == "DT")):
        # "Five of the 20 were found guilty": a part of a whole counted by a bare number (the
        # things named before); the part alone is the figure (qtp37, news-dev60's figure class)
        return "count", None, end
    if before is not None and before.lower_ == "among" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        # "The boats were among 40 the navy sold": a set the subject belongs to, counted by a bare
        # number (its noun named before; the parser hangs a contact clause elsewhere) (qtp37)
        return "count", None, end
    if _scaled_level_at(run) or _count_alone_then_told(run) or _coordinated_with_count(run, lex):
        return "count", None, end
    if _owned_bare_number(root, nxt) or _compared_to_owned(root):
        return "count", None, end  # "has 739 to Reed's 465 and Lee's 143": tallies compared by owner (events39)
    earlier = _scaled_like_earlier(run, lex)
    if earlier is not None:
        return "count", earlier, end  # "24 million viewers ..., compared with fewer than 8 million" (events39)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX") and root.is_alpha \
            and run.text.lower() != "one" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return "count", None, end  # "Four reached the coast": a number word standing for what it counts
    return None


def _owned_bare_number(root: Token, nxt: Token | None) -> bool:
    """``Reed's 465``, ``the league's two``: a bare number owned by a possessive, with no noun after it, is the
    owner's count of the things the sentence counts (a tally compared by owner; events39, news-dev65/66's figure
    classes)."""
    doc = root.doc
    first = root.left_edge if root.left_edge.like_num else root
    # the owner on the number ("Reed's 465"), or the possessive marker right before it when the parser hung the
    # owner elsewhere ("465 and Lee's 143", Lee made a conjunct)
    # owner, then number: nothing between ("the chart's top 10" is a rank, no count)
    owned = any(c.dep_ == "poss" and c.right_edge.i + 1 == first.i for c in root.children) or (
        first.i > 0 and doc[first.i - 1].tag_ == "POS")
    return root.like_num and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")) and owned


def _compared_to_owned(root: Token) -> bool:
    """``she now has 739 to Reed's 465``: the bare object of a verb compared, by a ``to`` phrase, with an owned bare
    number counts the same things."""
    if root.dep_ != "dobj" or not root.like_num or any(c.dep_ in ("prep", "compound") and c.i > root.i
                                                        for c in root.children):
        return False
    doc = root.doc
    if root.i + 1 < len(doc) and doc[root.i + 1].pos_ in ("NOUN", "PROPN"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.dep_ == "pobj" and _owned_bare_number(o, doc[o.i + 1] if o.i + 1 < len(doc) else None) for o in p.children)
        for p in root.head.children)


def _scaled_like_earlier(run: Span, lex: Words) -> str | None:
    """``as many as 24 million viewers ..., compared with fewer than 8 million for the other``: a bare number with a
    scale word and no noun after it counts what the last scaled number before it in the sentence counts, when that
    one is a count of a noun (its lemma); None otherwise (events39, news-dev65's figure class)."""
    doc = run.doc
    if run[-1].lower_ not in _COUNT_SCALES or (run.end < len(doc) and doc[run.end].pos_ in ("NOUN", "PROPN")):
        return None
    start = run.sent.start
    k = run.start - 1
    while k >= start and doc[k].lower_ not in _COUNT_SCALES:
        k -= 1
    if k < start:
        return None
    first = k
    while first > start and doc[first - 1].like_num:
        first -= 1
    if first == k:
        return None
    result = classify(doc[first:k + 1], lex)
    return result[1] if result is not None and result[0] == "count" and result[1] else None


def _scaled_level_at(run: Span) -> bool:
    """``<Name> comes in at 34.6 million and <Name> at 31 million``: a number with a scale word and no
    noun after it, after ``at`` on a verb of standing at a level (``stands at``, ``comes in at``; a
    gapped second clause hangs its ``at`` on the same verb) counts what the text has just counted
    (qtp38, news-dev61's figure class). Only with a scale word, as ``_scaled_count_after_break``."""
    doc = run.doc
    root = run.root
    if run[-1].lower_ not in _COUNT_SCALES or root.dep_ != "pobj" or root.head.lower_ != "at":
        return False
    if run.end < len(doc) and doc[run.end].pos_ in ("NOUN", "PROPN"):
        return False
    verb = root.head.head
    if verb.dep_ == "conj" and verb.pos_ != "VERB":
        verb = verb.head  # "... and <Name> at 31 million": the gapped clause's subject joined to the verb
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _LEVEL_AT_VERBS or (
        lemma in _ARRIVING_AT and any(c.lower_ == "in" and c.dep_ in ("prt", "advmod") for c in verb.children)))


def _coordinated_with_count(run: Span, lex: Words) -> bool:
    """``followings of more than 45 million and 33 million``: a bare number joined by ``and``/``or``
    to an earlier bare number that counts something counts the same things (qtp38)."""
    root = run.root
    doc = run.doc
    if root.dep_ != "conj" or not root.head.like_num or root.head.i >= run.start:
        return False
    if run.end < len(doc) and doc[run.end].pos_ in ("NOUN", "PROPN"):
        return False
    first = root.head
    begin = first.i
    while begin > 0 and doc[begin - 1].like_num and doc[begin - 1].head.i == first.i:
        begin -= 1
    result = classify(doc[begin:first.i + 1], lex)
    return result is not None and result[0] == "count"


def _count_alone_then_told(run: Span) -> bool:
    """A number standing alone as a sentence (``60.``, a paragraph of its own in a list of figures)
    and the next sentence saying what it counts (``The number of rivers that ...``): a count (qtp38,
    news-dev64's figure class)."""
    doc = run.doc
    sentence = run.sent
    if any(not t.is_punct and not t.is_space and not (run.start <= t.i < run.end) for t in sentence):
        return False
    k = sentence.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k + 2 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ in _TALLY_NOUNS \
        and doc[k + 2].lower_ == "of"


def _bare_number_at(doc: Doc, k: int) -> bool:
    """A number word or digits at ``k`` with no noun after it ("of the 19 contain ...")."""
    if k >= len(doc) or not doc[k].like_num or doc[k].ent_type_ in ("DATE", "TIME"):
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN", "NUM") and not doc[k + 1].like_num


# Pronouns a part is taken of ("seven of them", "two of whom")
_PART_PRONOUNS = frozenset("them those these us you whom which".split())


def _group_of_level(of: Token, kinds: dict[str, str]) -> str | None:
    """The group whose size follows ``of`` further up (dev15p): ``X's population in 2008 of N``
    (through a year's phrase), ``a population high of N`` (a ``figures_level`` noun of
    figure_lexicon.tsv modifying or modified by the group's noun), ``membership reached a record
    high of N`` (a level noun whose clause names the group earlier in the sentence)."""
    token = of.head
    for _ in range(3):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and kinds.get(lemma) == "figures_group":
            return lemma
        if kinds.get(lemma) == "figures_level" or kinds.get(token.lower_) == "figures_level":
            near = [t for t in (token.head, *token.children) if t.pos_ == "NOUN"]
            group = next((t for t in near if kinds.get(t.lemma_.lower()) == "figures_group"), None)
            if group is None:
                group = next((t for t in token.sent if t.i < of.i and t.pos_ == "NOUN"
                              and kinds.get(t.lemma_.lower()) == "figures_group"), None)
            return None if group is None else group.lemma_.lower()
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
    return None


_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "appos", "conj", "pobj", "prep", "nummod", "npadvmod", "ROOT"}


def _kind_from_verb(anchor: Token, lex: Words) -> str | None:
    """The casualty verb governing the number or its noun: "were killed", "killing 12"."""
    for child in anchor.children:
        if child.dep_ in ("acl", "amod", "relcl") and _casualty_kind(child, lex):
            return _casualty_kind(child, lex)  # "1,200 people detained", "the wounded soldiers"
    token = anchor
    for _ in range(4):
        if token.dep_ in _ARGUMENT_DEPS or token.head.i == token.i:
            head = token.head
            kind = _casualty_kind(head, lex) if head.pos_ in ("VERB", "ADJ", "AUX", "NOUN") else None
            if kind and token.dep_ == "dobj" and _other_sense_with_object(head, lex):
                return None  # "missing the last five races": to miss them, no one missing (figev40)
            if kind and token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children):
                # "two gunmen killed 14 people", "two guards held him": the active subject of a verb with its own
                # object is the one who acts; the object is the one harmed or held (codes45)
                return None
            if kind:
                return kind
            # "left 23 dead", "23 people remain missing": a casualty complement of the verb
            for child in head.children:
                if child.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and child.i > anchor.i:
                    kind = _casualty_kind(child, lex)
                    if kind:
                        return kind
            if head is token or head.pos_ in ("VERB", "AUX"):
                return None
            token = head
        else:
            return None
    return None


# Verbs whose object is a thing held or won as often as a person held (figure_lexicon.tsv): "held five debates",
# "captured 1,944 delegates" (figev40)
_HOLDING_KINDS = frozenset({"figures_holding_verb", "figures_gaining_verb"})
# Things held (gatherings, possessions) and counts won in a vote ("54 seats", "1,944 delegates")
_HELD_KINDS = frozenset({"figures_held_thing", "figures_won_count"})


def _other_sense_with_object(verb: Token, lex: Words) -> bool:
    """A casualty word that, as a verb with a direct object, means something else (a ``figures_object_sense``
    of figure_lexicon.tsv, written with its ``to``: "missing the last five races" is to miss them; "five
    climbers are missing" has no object)."""
    return lex.figures.get("to " + verb.lemma_.lower()) == "figures_object_sense"


def _holding_verb(anchor: Token, lex: Words) -> Token | None:
    """The verb of holding or gaining (a ``figures_holding_verb`` or ``figures_gaining_verb`` lemma) that governs
    ``anchor`` or describes it ("30 rallies, 12 of which were held", "five debates held", "had captured 1,944
    delegates"), as ``_kind_from_verb`` climbs."""
    kinds = lex.figures
    for child in anchor.children:
        if child.dep_ in ("acl", "relcl") and kinds.get(child.lemma_.lower()) in _HOLDING_KINDS:
            return child
    token = anchor
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return None
        if kinds.get(head.lemma_.lower()) in _HOLDING_KINDS:
            return head
        if token.dep_ not in _ARGUMENT_DEPS or head.pos_ in ("VERB", "AUX"):
            return None
        token = head
    return None


def _held_thing(token: Token, lex: Words) -> bool:
    return lex.figures.get(token.lemma_.lower()) in _HELD_KINDS or lex.figures.get(token.lower_) in _HELD_KINDS


def _things_held(run: Span, noun: Token | None, lex: Words) -> bool:
    """A number under a verb of holding that counts things, not people in custody (events39, news-dev65's figure
    class): its noun names a gathering held or a thing possessed ("held five debates", "held 54 seats"); a bare
    number counts such things when the verb's own object or passive subject is one ("have held five debates, to
    the Democrats' three") or when it is a part "of which" (a relative of things, not "of whom")."""
    verb = _holding_verb(noun if noun is not None else run.root, lex)
    if verb is None:
        return False
    if noun is not None:
        return _held_thing(noun, lex)
    doc = run.doc
    if run.end + 1 < len(doc) and doc[run.end].lower_ == "of" and doc[run.end + 1].lower_ == "which":
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.i != run.root.i and _held_thing(c, lex) for c in verb.children)


def _percent_about(doc: Doc, end: int) -> str | None:
    if end < len(doc) and doc[end].lower_ == "of":
        objects = [c for c in doc[end].children if c.dep_ == "pobj"]
        if objects:
            noun = objects[0]
            start = min(t.i for t in noun.lefts if t.dep_ in ("compound", "amod")) if any(
                t.dep_ in ("compound", "amod") for t in noun.lefts) else noun.i
            return doc[start:noun.i + 1].text
    return None


# Verbs (lemmas) whose subject is what a number in their phrase counts, by where the number
# stands: a change "to/from/by N" ("sales jumped to 449,603", "unemployment fell from 2 million"),
# a level "at N" ("the toll stands at 40", "casualties were put at 300", "a crowd estimated at
# 5,000"), or the object of a level verb ("the number of dead reached 12", "sales to top 500,000").
_CHANGE_VERBS = frozenset(
    "rise jump fall climb drop increase decrease grow soar surge plunge slip dip decline edge rocket slump "
    "tumble swell shrink mount leap sink balloon spike ease double treble triple halve go come "
    # verbs of a change made to an object ("cut the staff to 30"), read with their object (figcodes41)
    "raise cut reduce expand boost lower lift slash trim".split())
_LEVEL_AT_VERBS = frozenset("stand put estimate place peg remain stay hover settle close number hold sit peak".split())
# verbs that reach a level with the particle "in" ("comes in at 3 million"): _scaled_level_at
_ARRIVING_AT = frozenset("come clock".split())
_LEVEL_OBJECT_VERBS = frozenset("reach top hit exceed pass surpass near total approach cross number".split())
# Subjects that are not counts of things: ages, scores, prices and rates are measures, and a
# "toll", "number" or "total" counts the noun it names ("death toll", "number of dead").
_NOT_COUNTED_SUBJECTS = frozenset(
    "age score lead margin price cost rate temperature index value share average time year date".split())
_TALLY_NOUNS = frozenset("toll number figure total tally count".split())


def _change_verb(number: Token) -> Token | None:
    """The verb whose change or level phrase holds ``number`` (the run's root), if any."""
    head = number.head
    if number.dep_ == "pobj" and head.pos_ == "ADP":
        prep = head.lower_
        verb = head.head
        if prep == "to" and verb.pos_ == "ADP" and verb.lower_ == "from":
            verb = verb.head  # "from 800 to 1,200": the "to" phrase hangs on the "from" phrase
        if verb.pos_ not in ("VERB", "AUX") or head.dep_ != "prep":
            return None
        lemma = verb.lemma_.lower()
        if (prep in ("to", "from", "by") and lemma in _CHANGE_VERBS) or (prep == "at" and lemma in _LEVEL_AT_VERBS):
            return verb
        return None
    if number.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _LEVEL_OBJECT_VERBS:
        return head
    return None


def _subject_counted(run: Span, lex: Words) -> tuple[str, str | None] | None:
    """(kind, about) of a number that counts the subject of its change or level phrase:
    "sales jumped 22% to 449,603" counts sales, "the death toll rose to 40" deaths."""
    number = run.root
    doc = run.doc
    neighbours = [doc[i] for i in (run.start - 1, run.end) if 0 <= i < len(doc)]
    if any(t.text in ("-", "–") for t in neighbours) or all(t.ent_type_ == "DATE" for t in run):
        return None  # a score ("rose to 3-1") or a year ("rose to 2005") counts nothing
    value = _value_of(run, lex)
    if value is None or value != int(value):
        return None  # things come whole: "confidence rose to 104.4" is an index, not a count
    verb = _change_verb(number)
    subject = None
    # "wants to grow the membership, now around 100, to 300": a change made to an object counts the
    # object, not the one who makes it (figcodes41)
    changed = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) \
        if verb is not None and number.dep_ == "pobj" and verb.lemma_.lower() in _CHANGE_VERBS else None
    for _ in range(3):  # "the toll is expected to rise to 50": the subject of the governing verb
        if verb is None:
            return None
        if changed is not None:
            subject = changed
            break
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            break
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
            subject = verb.head  # "a crowd estimated at 5,000"; not an infinitive ("a failure to reach 100")
            break
        verb = verb.head if verb.dep_ in ("xcomp", "conj") else None
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in _NOT_COUNTED_SUBJECTS:
        return None
    counted = subject
    if subject.lemma_.lower() in _TALLY_NOUNS:
        # "the death toll", "the number of dead", "the total of displaced people"
        named = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        named += [o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "ADJ")]
        if named:
            counted = named[0]
    kind = _casualty_kind(counted, lex)
    if kind:
        return kind, None
    for child in (*counted.children, *subject.children):  # "the number of people killed"
        if child.dep_ in ("acl", "amod", "relcl") and _casualty_kind(child, lex):
            return _casualty_kind(child, lex) or "count", counted.lemma_.lower()
    return "count", counted.lemma_.lower()


_LONGEST_CURRENCY = 4  # "trinidad and tobago dollars"


def _currency_after(doc: Doc, end: int, codes: dict[str, str]) -> tuple[str, int] | None:
    """(ISO 4217 code, end token index) of a currency written after the amount: a capital code by
    its exact text (``300 NOK``: a lower-case ``try`` or ``top`` is a word), else the longest name
    with the people or country word before it (``50 Canadian dollars``, ``2m Hong Kong dollars``,
    ``100 euros``). A name read as a verb or adjective is not one (``three won medals``, ``10 real
    problems``)."""
    if end >= len(doc) or doc[end].is_punct:
        return None
    nxt = doc[end]
    if nxt.text.isupper() and nxt.text in codes:
        return codes[nxt.text], end + 1
    for n in range(min(_LONGEST_CURRENCY, len(doc) - end), 0, -1):
        words = doc_span(doc, end, end + n)
        key = " ".join(t.lower_ for t in words)
        if key in codes and words[-1].pos_ not in ("VERB", "AUX") and (n > 1 or nxt.pos_ != "ADJ"):
            return codes[key], end + n
    return None


def _hyphened_percent_end(doc: Doc, end: int) -> int | None:
    """The token index after a percent word joined to the number by hyphens (``a 5-percent raise``,
    ``a 10-per-cent rise``: a percent used as a modifier), else None (news-dev16's miss, dev16m)."""
    words = [t.lower_ for t in doc[end: end + 4]]
    if len(words) >= 2 and words[0] == "-" and words[1] in _PERCENT_WORDS:
        return end + 2
    if words == ["-", "per", "-", "cent"]:
        return end + 4
    return None


def _percentage_points_end(doc: Doc, end: int) -> int | None:
    """The token index after ``percentage point(s)`` right after the number (``grew by 0.2
    percentage points``, ``a 3-percentage-point lead``): a change or gap of a share, told in
    points of percent, no count of things (quotes31); else None."""
    words = [t.lower_ for t in doc[end: end + 4]]
    if words[:2] in (["percentage", "points"], ["percentage", "point"]):
        return end + 2
    if words[:4] == ["-", "percentage", "-", "point"]:
        return end + 4
    return None


# Dashes that set a phrase off inside a sentence ("the fewest delegates — 14 in all — at stake")
_SETTING_OFF_DASHES = frozenset({"—", "–", "--"})
# Words that may close a count set off by dashes: "14 in all", "14 in total", "14 altogether"
_TOTAL_WORDS = ("in all", "in total", "altogether", "total", "all told")


def _count_set_off(run: Span) -> str | None:
    """``the fewest delegates — 14 in all — at stake``: a bare number set off by a pair of dashes
    right after a plural noun counts that noun (its lemma), with ``in all``, ``in total`` or
    ``altogether`` before the closing dash or not; None for any other layout (quotes31)."""
    doc = run.doc
    if run.start < 2 or doc[run.start - 1].text not in _SETTING_OFF_DASHES or doc[run.start - 2].tag_ != "NNS":
        return None
    k = run.end
    for words in _TOTAL_WORDS:
        n = len(words.split())
        if " ".join(t.lower_ for t in doc[k: k + n]) == words:
            k += n
            break
    if k >= len(doc) or doc[k].text not in _SETTING_OFF_DASHES:
        return None
    return doc[run.start - 2].lemma_.lower()


# How far back a tally by name may list its pairs ("The count is <Name> 384, <Title> <Name> 300, ... and <Name> 37")
_TALLY_REACH = 40
_TALLY_JOINS = frozenset({",", "and", ";"})


def _tally_by_name(run: Span) -> str | None:
    """``The current delegate count is Ann Bell 384, Sen. Tom Reed 300 and Lee 151``: digits right after a name, in
    a list of ``<name> <number>`` pairs that follows ``<tally noun> is`` (a ``_TALLY_NOUNS`` word: count, tally,
    total ...), count what the tally counts: the noun before the tally noun (its lemma, ``delegate``), else ``""``;
    None for any other number. Read on the words, not the parse: the parser hangs the numbers on the names and a
    title's full stop may end the sentence (events39, news-dev65's figure class)."""
    doc = run.doc
    if not run[0].text[:1].isdigit() or run.start == 0 or doc[run.start - 1].tag_ != "NNP":
        return None
    k = run.start - 1
    for _ in range(_TALLY_REACH):
        if k <= 1:
            return None
        token = doc[k]
        if token.lemma_.lower() == "be" and token.pos_ in ("AUX", "VERB"):
            noun = doc[k - 1]
            if noun.lemma_.lower() not in _TALLY_NOUNS:
                return None
            before = doc[k - 2]
            return before.lemma_.lower() if before.pos_ == "NOUN" else ""
        if not (token.tag_ == "NNP" or token.lower_ in _TALLY_JOINS or (token.like_num and doc[k - 1].tag_ == "NNP")):
            return None
        k -= 1
    return None


def _multiple(run: Span) -> bool:
    """``about five times the number``, ``four times as many people``, ``three times higher``: a
    number before ``times`` and then a determiner, ``as`` or a comparative multiplies another
    quantity; it counts nothing (``arrested six times``: occasions, a count, stays). qtp36, a note
    of news-dev56; tested on sentences of our own."""
    doc = run.doc
    if run.end + 1 >= len(doc) or doc[run.end].lower_ != "times":
        return False
    after = doc[run.end + 1]
    if after.ent_type_ in ("DATE", "TIME"):
        return False  # "won three times this year": occasions within a time
    return after.tag_ in ("DT", "PDT", "PRP$", "JJR", "RBR") or after.lower_ in ("as", "more", "less", "fewer")


# Scale words of a bare count standing alone after a colon or a dash (_scaled_count_after_break)
_COUNT_SCALES = frozenset({"million", "billion", "trillion"})
_BREAKS = frozenset({":", *_SETTING_OFF_DASHES})


def _scaled_count_after_break(run: Span) -> bool:
    """``Jones got in the 2010 race: 3.1 million.`` / ``more than 4 million votes - 4.2 million
    to be exact``: a number with a scale word right after a colon or a dash, no noun after it, is
    a count of what its sentence counts (the answer a colon announces, or a restatement of the
    figure before the dash). Only with a scale word: a bare ``: 3`` or ``- 12`` is a score, a
    rating or a list item as often (qtp36, news-dev56's figure classes)."""
    doc = run.doc
    if run.start < 2 or run[-1].lower_ not in _COUNT_SCALES:
        return False
    mark = doc[run.start - 1]
    # a hyphen counts when spaced as a dash ("votes - 4.2 million"), never inside "4-5 million"
    if mark.text not in _BREAKS and not (mark.text == "-" and doc[run.start - 2].whitespace_ and mark.whitespace_):
        return False
    return run.end >= len(doc) or doc[run.end].pos_ not in ("NOUN", "PROPN")


def classify(run: Span, lex: Words) -> tuple[str, str | None, int] | None:
    """(kind, about, end token index of the figure's span) for one number run."""
    doc = run.doc
    end = run.end
    nxt = doc[end] if end < len(doc) else None
    before = doc[run.start - 1] if run.start > 0 else None
    codes = lex.currencies
    # percent: "60%", "12 per cent", "40 percent"
    if nxt is not None and nxt.lower_ in _PERCENT_WORDS:
        return "percent", _percent_about(doc, end + 1), end + 1
    if nxt is not None and nxt.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return "percent", _percent_about(doc, end + 2), end + 2
    hyphened = _hyphened_percent_end(doc, end)  # "a 5-percent raise" (dev16m)
    if hyphened is not None:
        return "percent", _percent_about(doc, hyphened), hyphened
    points = _percentage_points_end(doc, end)
    if points is not None:
        return "percent", None, points  # "about 0.2 percentage points": a change of a share (quotes31)
    # money: "£3bn", "$20m", "EUR 5 million", "1.5 million euros", "300 NOK", "50 Canadian dollars"
    if before is not None and _sign_before(before, codes):
        return "money", codes[before.text], end
    if (code := _glued_code(run[0], codes)) is not None:
        return "money", code, end
    currency = _currency_after(doc, end, codes)
    if currency is not None:
        return "money", currency[0], currency[1]
    if nxt is not None and nxt.text in ("-", "–") and end + 1 < len(doc) and doc[end + 1].tag_ == "NN" \
            and end + 2 < len(doc) and doc[end + 2].pos_ in ("NOUN", "PROPN", "ADJ"):
        if lex.figures.get("-" + doc[end + 1].lower_) == "figures_extent":
            return "count", doc[end + 1].lower_, end + 2  # "the 31-page agreement": its length in pages
        return None  # "a six-cylinder engine", "a 200-seat plane": a property of the noun after, no count
    if _multiple(run):
        return None  # "five times the number", "four times as many people": a ratio, no count (qtp36)
    animal = _animal_counted(run, lex)
    if animal is not None:
        return "count", animal.lemma_.lower(), animal.i + 1  # "300 dead fish": animals, no casualty (targets25)
    # elliptic coordination: a casualty word right after the number wins over the parse
    if nxt is not None and _casualty_kind(nxt, lex) and nxt.pos_ in ("VERB", "ADJ", "NOUN"):
        return _casualty_kind(nxt, lex) or "count", None, end + (1 if nxt.pos_ == "NOUN" else 0)
    noun = _counted_noun(run)
    if noun is not None and _measures(noun, lex):
        return None
    if noun is not None and noun.lower_ == "times":
        return "count", "time", noun.i + 1  # "arrested six times": occasions, not six people
    if noun is not None and _casualty_kind(noun, lex):
        return _casualty_kind(noun, lex) or "count", None, noun.i + 1
    if noun is None and (counted := _subject_counted(run, lex)):
        return counted[0], counted[1], end
    if noun is None and (verb := _change_verb(run.root)) is not None and _casualty_kind(verb, lex):
        return "count", None, end  # "held firm at 2,994": a level, no detention
    kind = _kind_from_verb(noun if noun is not None else run.root, lex)
    if kind == "arrested" and _things_held(run, noun, lex):
        # "have held five debates, to the Democrats' three", "17 of which had been held": gatherings or
        # holdings, no custody (events39)
        return "count", noun.lemma_.lower() if noun is not None else None, (noun.i + 1 if noun is not None else end)
    if kind:
        return kind, noun.lemma_.lower() if noun is not None else None, (noun.i + 1 if noun is not None else end)
    if noun is not None:
        return "count", noun.lemma_.lower(), noun.i + 1
    tally = _tally_by_name(run)
    if tally is not None:
        return "count", tally or None, end  # "The delegate count is Ann Bell 384, Tom Reed 300" (events39)
    set_off = _count_set_off(run)
    if set_off is not None:
        return "count", set_off, end
    if _scaled_count_after_break(run):
        return "count", None, end
    compared = _compared_with_earlier(run, lex)
    if compared is not None:
        return compared[0], compared[1], end
    return _count_elsewhere(run, lex)


_COMPARING_PREPS = frozenset({"with", "to"})


def _compared_with_earlier(run: Span, lex: Words) -> tuple[str, str | None] | None:
    """``There were 130 murders in <City>, compared with 292 across the pond``, ``Turnout was 64 percent, compared
    with 58``: a bare number (no noun after it) in the ``with``/``to`` phrase of ``compared`` is the same measure
    as the last figure before ``compared`` in its sentence: that figure's (kind, about); None when there is none
    or it is no figure (figev40, news-dev20's figure miss)."""
    doc = run.doc
    root = run.root
    if run.end < len(doc) and doc[run.end].pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _COMPARING_PREPS or prep.head.lemma_.lower() != "compare":
        return None
    start = run.sent.start
    k = prep.head.i - 1
    while k >= start and not (doc[k].like_num and doc[k].ent_type_ not in ("DATE", "TIME")):
        k -= 1
    if k < start:
        return None
    first = k
    while first > start and doc[first - 1].like_num:
        first -= 1
    earlier = classify(doc[first:k + 1], lex)
    return None if earlier is None else (earlier[0], earlier[1])


class FiguresStage(TableStage):
    """spaCy component: sets ``doc._.figures``. Owns the number, casualty and currency words
    (its ``data_dir``)."""

    extension = "figures"
    tables = WORD_FILES

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None) -> None:
        super().__init__(name, data_dir)

    def load_tables(self, directory: Path) -> None:
        self.lexicon = load_words(directory)
        self.word_cache: WordCache = {}

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = find_figures(doc, self.lexicon, self.word_cache)
        return doc


def _score(lower: Span, upper: Span, lex: Words) -> bool:
    """``2-1``, ``a 3-3 draw``, ``a 1-2 defeat``: a score or a vote, not a range (a range rises, and
    a range of counts ends on a plural or a percent or currency word)."""
    first, second = _value_of(lower, lex), _value_of(upper, lex)
    if first is None or second is None or not (first.is_integer() and second.is_integer()):
        return False
    doc = upper.doc
    nxt = doc[upper.end] if upper.end < len(doc) else None
    if nxt is not None and (nxt.lower_ in _PERCENT_WORDS or nxt.lower_ in lex.currencies or nxt.text in lex.currencies):
        return False
    return first >= second or (second <= 10 and nxt is not None and nxt.tag_ == "NN")


# Words that may stand between a verb of standing in a contest and its tally: the rival's name or noun phrase
# and the comma before the pair ("leads <Name>, 1,428 to 1,153", "beat the incumbent 52 to 48")
_TALLY_GAP_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART"})
_TALLY_REACH_BACK = 8


def _tally_pair(lower: Span, upper: Span, lex: Words) -> bool:
    """``<Name> leads <Name>, 1,428 to 1,153``, ``the Senate voted 52 to 48``, ``trails <Name> 210 to 340``: two
    numbers joined by ``to`` right after a verb of standing in a contest (a ``figures_contest_verb`` of
    figure_lexicon.tsv, written with its ``to``: to lead, to trail, to beat, to vote ...) and its rival -- only names, nouns, determiners and a comma
    between -- are the two sides' tallies, no range (a range counts one thing between two bounds). Not when a noun
    follows the pair ("led 20 to 30 soldiers": a range of the soldiers counted) (figev40, news-dev70's figure
    class)."""
    doc = lower.doc
    if upper.end < len(doc) and doc[upper.end].pos_ in ("NOUN", "PROPN"):
        return False
    if upper.end < len(doc) and (doc[upper.end].lower_ in _PERCENT_WORDS or doc[upper.end].lower_ in lex.currencies):
        return False  # "52 to 48 percent", "10 to 5 dollars": the pair's own unit (a range reading keeps it)
    start = max(lower.sent.start, lower.start - _TALLY_REACH_BACK)
    for k in range(lower.start - 1, start - 1, -1):
        token = doc[k]
        if token.pos_ in ("VERB", "AUX"):
            return lex.figures.get("to " + token.lemma_.lower()) == "figures_contest_verb"
        if token.pos_ not in _TALLY_GAP_POS or token.like_num:
            return False
    return False


def find_figures(doc: Doc, lex: Words, cache: WordCache | None = None) -> list[Figure]:
    """Every figure in the document, in text order. ``lex``: the stage's word tables;
    ``cache``: what each word is, kept between documents by the stage."""
    times = [(t.start, t.end) for t in (doc._.times or [])]
    figures: list[Figure] = []
    qualifiers: dict[str, str | None] = {}
    runs = _number_runs(doc, lex, cache if cache is not None else {})
    skip_until = -1
    for index, run in enumerate(runs):
        if run.start < skip_until or _excluded(run, times, lex):
            continue
        value = _value_of(run, lex)
        if value is None:
            continue
        qualifier, start = _qualifier(doc, run.start)
        last = run
        tally = False
        # ranges "20 to 30", "20-30", "between 20 and 30": both ends, classified by the upper one's words
        if index + 1 < len(runs):
            following = runs[index + 1]
            # Only a one-word gap can join a range: no need to read longer ones.
            gap = [doc[run.end].lower_] if following.start - run.end == 1 else None
            if gap in (["-"], ["–"]) and _score(run, following, lex):
                skip_until = following.end
                continue
            if gap == ["to"] and _tally_pair(run, following, lex):
                tally, last = True, following  # "leads Lee, 1,428 to 1,153": each side's count (figev40)
                skip_until = following.end
            elif gap in (["to"], ["-"], ["–"], ["and"]) and (gap != ["and"] or (start > 0 and doc[start - 1].lower_ == "between")) \
                    and not (gap == ["to"] and _change_verb(run.root) is not None):  # "fell from 800 to 600": two values
                qualifier, last = "range", following
                skip_until = following.end
        result = classify(last, lex)
        if result is None and tally:
            result = "count", None, last.end
        if result is None:
            continue
        kind, about, end = result
        end = max(end, last.end)
        if start > 0 and _sign_before(doc[start - 1], lex.currencies):
            start -= 1  # keep the currency symbol with the amount: "£3bn"
        upper = _value_of(last, lex) if last is not run else None
        fraction = lex.fractions.get(doc[end - 1].lower_) if kind == "money" else None
        if fraction:
            # "up 69 cents": an amount in a currency's hundredths is money in the whole unit (0.69)
            value = round(value / fraction, 10)
            upper = round(upper / fraction, 10) if upper is not None else None
        if tally:
            # the two sides of a tally, each a figure of the kind the pair's words give (count by default)
            spans = [(doc[start:run.end], value, qualifier), (doc[last.start:end], upper, None)]
        elif upper is not None and upper > value:
            # "30 to 70 people", "between 200 and 300 homes": each end is a figure of the same
            # kind, the lower ("30") first, the upper with the counted noun ("70 people")
            spans = [(doc[start:run.end], value, "range"), (doc[last.start:end], upper, "range upper")]
        else:
            spans = [(doc[start:end], value, qualifier)]
        for span, number, said in spans:
            # a sentence's full stop glued to a scale word ("£4.29m.") is no part of the figure
            stop = int(span[-1].lower_ in _SCALE_STOPS)
            figures.append(Figure(id=f"f{len(figures) + 1}", kind=kind, value=as_int_if_whole(number), about=about,
                                  start=span.start_char, end=span.end_char - stop, text=span.text[:len(span.text) - stop]))
            qualifiers[figures[-1].id] = said
    doc._.figure_qualifiers = qualifiers
    return figures


@Language.factory(
    "newsevents_figures",
    default_config={"data_dir": None},
    requires=["doc._.times", "token.ent_type", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.figures", "doc._.figure_qualifiers"],
)
def make_figures_stage(nlp: Language, name: str, data_dir: str | None) -> FiguresStage:
    """``data_dir``: a folder with the word tables named as in ``newsevents/data`` (None: the
    packaged ones)."""
    return FiguresStage(nlp, name, data_dir)
