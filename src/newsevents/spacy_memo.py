"""Two of spaCy's own components, same annotations, less Python per token.

In the English pipelines two rule components cost as much CPU time as the whole parser, and
both are pure Python per token: the ``attribute_ruler`` runs a Matcher with about 180 rules
(some with regular-expression and set predicates, evaluated in Python for every token) and
sets what matched through a Span and a Token per match; the rule ``lemmatizer`` makes a
Token per word and, for every base form (singular nouns, infinitives...), reads its
morphology again, which spaCy's own cache skips.

What each rule reads is a few attributes of one token, and words repeat: the answer for one
combination of them is worked out once, by the stock code on the first token that has it, and
reused for every later token with the same combination. :func:`memoise` turns the stock
components of a loaded pipeline into these memoising ones in place (their class changes;
patterns, tables, config and what ``nlp.to_disk`` saves stay spaCy's own). A component whose
rules read anything a memo key would not cover (a token's NORM or entity, an extension,
quantifiers) or write anything other than the token's own tag, POS, morphology, lemma or
dependency label is left as it is, and any Doc the memo cannot handle goes through the stock
code. ``tests/pipeline/test_spacy_memo.py`` compares both with the stock components; the BBC 2004
corpus gives identical annotations token by token (``benchmarks/memo_check.py``).

The same idea for the models' word embeddings (:func:`memoise_embeddings`, the section at the end):
a word's vector before the context layers depends on its features only, and is kept.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import (
    DEP,
    IDS,
    IS_ALPHA,
    IS_DIGIT,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    MORPH,
    ORTH,
    POS,
    PREFIX,
    SHAPE,
    SUFFIX,
    TAG,
)
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Attributes a rule may read for its answer to depend on the memo key only: the word's own
# (lexeme) attributes, which follow from ORTH, and these token attributes, which join the key.
LEXICAL = frozenset({ORTH, LOWER, IS_SPACE, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_TITLE, IS_UPPER, IS_LOWER,
                     LIKE_NUM, SHAPE, PREFIX, SUFFIX, LENGTH})
TOKEN_LEVEL = (TAG, POS, MORPH, LEMMA, DEP)
# What a rule may write: fields of the token only (spaCy's set_token_attrs also writes lexical
# attributes into the vocabulary, which a memo would not repeat).
WRITABLE = frozenset(TOKEN_LEVEL)


# Word attributes whose values are strings: a pattern tests them by equality, membership
# (IN/NOT_IN) or regular expression, so words named by no pattern differ only in regex outcomes.
STRINGS = frozenset({ORTH, LOWER, SHAPE, PREFIX, SUFFIX})
CLASSED_TESTS = frozenset({"IN", "NOT_IN", "REGEX"})


def _note_test(attr: int, test: Any, named: dict[int, set[str]], regexes: dict[int, list[str]],
               raw: set[int]) -> None:
    """Record what a pattern tests of a word's string attribute (anything else: key it raw)."""
    if attr not in STRINGS:
        return
    if isinstance(test, str):
        named.setdefault(attr, set()).add(test)
    elif isinstance(test, dict) and set(test) <= CLASSED_TESTS:
        for op, value in test.items():
            if op == "REGEX" and isinstance(value, str):
                regexes.setdefault(attr, []).append(value)
            elif op != "REGEX" and isinstance(value, list) and all(isinstance(v, str) for v in value):
                named.setdefault(attr, set()).update(value)
            else:
                raw.add(attr)
    else:
        raw.add(attr)


def _word_class(value: int, reduce: tuple[set[str], list[re.Pattern[str]], dict[int, Any]],
                strings: Any) -> Any:
    """A string attribute's key: the value itself when a pattern names it, else the outcomes
    of the patterns' regular expressions on it (cached per value by the caller)."""
    named, regexes, cache = reduce
    text = strings[value]
    cache[value] = value if text in named else tuple(bool(r.search(text)) for r in regexes)
    return cache[value]


def _attr_id(name: str) -> int | None:
    key = "ORTH" if name.upper() == "TEXT" else name.upper()
    return IDS.get(key)


class MemoAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler; single-token rules answered per (word, token attributes) key."""

    _memo_for: tuple[Matcher, int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if not self._memo_apply(doc):
                self.set_annotations(doc, self.match(doc))
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's own contract: the error handler decides
            return error_handler(self.name, self, [doc], e)

    def _memo_setup(self) -> None:
        """Work out, for the current rules, the key columns (every attribute a pattern reads),
        the written columns, and a Matcher of the multi-token patterns with one of their first
        tokens (a Doc with no token that may start one skips that Matcher)."""
        self._memo_for = (self.matcher, len(self.attrs))  # the rules this memo is for
        # key -> (ids of the rules whose single-token patterns match, in spaCy's order; what they
        # set, as (written column, value); may a multi-token pattern start here)
        self._memo: dict[tuple[Any, ...], tuple[tuple[int, ...], tuple[tuple[int, int], ...], bool]] = {}
        self._memo_keys: list[int] | None = None
        self._memo_writes: list[int] = []
        self._multi: Matcher | None = None
        self._longest = 1
        self._starts: Matcher | None = None
        reads: set[int] = set()
        writes: set[int] = set()
        # Per string attribute of the word (LOWER...): the strings patterns name and the regular
        # expressions they test; a word naming none of them is keyed by its regex outcomes only.
        named: dict[int, set[str]] = {}
        regexes: dict[int, list[str]] = {}
        raw: set[int] = set()  # attributes keyed by their own value
        multi: list[tuple[str, list[list[dict[str, Any]]]]] = []
        for i, attrs in enumerate(self.attrs):
            writes.update(attrs)
            long = []
            for pattern in self.matcher.get(str(i))[1]:
                for spec in pattern:
                    for name in spec:
                        attr = _attr_id(name)
                        if attr is None or (attr not in LEXICAL and attr not in TOKEN_LEVEL):
                            return  # a rule reads what the key would not cover: stock code
                        reads.add(attr)
                        _note_test(attr, spec[name], named, regexes, raw)
                if len(pattern) != 1:
                    long.append(pattern)
                elif self.indices[i] not in (0, -1):
                    return  # spaCy raises on such a rule; let it
            if long:
                multi.append((str(i), long))
        if not writes <= WRITABLE:
            return
        self._memo_keys = sorted(reads)
        self._classes = [({*named.get(a, ())}, [re.compile(r) for r in regexes.get(a, ())], {})
                         if a in STRINGS and a not in raw else None for a in self._memo_keys]
        self._memo_writes = [a for a in TOKEN_LEVEL if a in writes]
        self._longest = max((len(p) for _, patterns in multi for p in patterns), default=1)
        if multi:
            self._multi = Matcher(self.vocab, validate=False)
            self._starts = Matcher(self.vocab, validate=False)
            for key, patterns in multi:
                self._multi.add(self.vocab.strings.add(key), patterns)
                self._starts.add(self.vocab.strings.add(key), [pattern[:1] for pattern in patterns])

    def _learn(self, doc: Doc, i: int) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], bool]:
        """What the rules say of token i, by spaCy's Matcher on that token alone: the rules whose
        single-token patterns match it (in spaCy's order), what they set (column, value) and
        whether a longer pattern may start there."""
        one = doc[i:i + 1]
        strings = self.vocab.strings
        rules = tuple(sorted({int(strings[m]) for m, _, _ in self.matcher(one, allow_missing=True, as_spans=False)}))
        starts = self._starts is not None and bool(self._starts(one, allow_missing=True, as_spans=False))
        return rules, self._fold(rules), starts

    def _fold(self, rules: Iterable[int]) -> tuple[tuple[int, int], ...]:
        """What matching ``rules`` leave on a token, applied in spaCy's order (later rules win)."""
        where = {attr: n for n, attr in enumerate(self._memo_writes)}
        values: dict[int, int] = {}
        for rule in sorted(rules):
            for attr, value in self.attrs[rule].items():
                values[where[attr]] = value
        return tuple(values.items())

    def _memo_apply(self, doc: Doc) -> bool:
        """Set the rules' attributes on ``doc``; False when the memo cannot (stock code runs)."""
        if self._memo_for is None or self._memo_for[0] is not self.matcher or self._memo_for[1] != len(self.attrs):
            self._memo_setup()
        if self._memo_keys is None or not self._memo_writes:
            return False
        if not len(doc):
            return True
        memo = self._memo
        strings = self.vocab.strings
        columns = doc.to_array(self._memo_keys).reshape((len(doc), -1)).T.tolist()
        for n, reduce in enumerate(self._classes):
            if reduce is not None:
                cache = reduce[2]
                columns[n] = [cache[v] if v in cache else _word_class(v, reduce, strings) for v in columns[n]]
        found = []  # per token: (rules, what they set, may a multi-token pattern start)
        for i, key in enumerate(zip(*columns, strict=True)):
            try:
                found.append(memo[key])
            except KeyError:
                memo[key] = self._learn(doc, i)
                found.append(memo[key])
        more: dict[int, list[int]] = {}  # token -> rules of multi-token matches that target it
        for i in (i for i, (_, _, starts) in enumerate(found) if starts):
            # every multi-token match starts at such a token: match there only
            for match_id, start, end in self._multi(doc[i:i + self._longest], allow_missing=True, as_spans=False):
                if start:
                    continue  # found again from its own start
                rule = int(strings[match_id])
                index = self.indices[rule]
                target = i + index if index >= 0 else i + end + index
                if not i <= target < i + end:
                    return False  # spaCy raises E1001 here; let it
                more.setdefault(target, []).append(rule)
        written = self._memo_writes
        values = doc.to_array(written).reshape((len(doc), len(written))).T.tolist()
        for i, (_, assign, _) in enumerate(found):
            for column, value in assign:
                values[column][i] = value
        for i, rules in more.items():
            for column, value in self._fold([*found[i][0], *rules]):
                values[column][i] = value
        doc.from_array(written, numpy.array(values, dtype=numpy.uint64).T)
        return True


class _IndexList(list):
    """A word list whose ``in`` asks a set: spaCy's rule lemmatizer asks ``form in index`` of
    lists of up to 57,000 words, a scan each time. The list itself is unchanged (same items,
    same order; saved as a list)."""

    __slots__ = ("_members",)

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._members


class MemoLemmatizer(Lemmatizer):
    """spaCy's rule lemmatizer; a lemma worked out once per (word, POS, morphology)."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._memo_lemmatize(doc)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's own contract: the error handler decides
            error_handler(self.name, self, [doc], e)

    def _memo_lemmatize(self, doc: Doc) -> None:
        if not len(doc):
            return
        index = self.lookups.get_table("lemma_index", None)
        if index is not None and self.__dict__.get("_indexed") is not index:
            for pos, words in index.items():
                if type(words) is list and all(type(w) is str for w in words):
                    index[pos] = _IndexList(words)
            self.__dict__["_indexed"] = index
        memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemma_memo", {})
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        overwrite = self.overwrite
        add = self.vocab.strings.add
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key, 0)
                if not lemma:
                    lemma = add(self.lemmatize(doc[i])[0])
                    if pos:  # no POS: spaCy warns on every such token; keep doing so
                        memo[key] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))


class MemoEnglishLemmatizer(MemoLemmatizer, EnglishLemmatizer):
    """spaCy's English lemmatizer (its ``is_base_form``), memoising."""


# Stock class -> its memoising class. Each is a named class of this module, so a memoised
# pipeline pickles (``nlp.pipe(n_process=2)``); a component of any other class stays stock.
MEMO_CLASSES: dict[type, type] = {
    AttributeRuler: MemoAttributeRuler,
    Lemmatizer: MemoLemmatizer,
    EnglishLemmatizer: MemoEnglishLemmatizer,
}


def memoise(nlp: Language) -> list[str]:
    """Make the pipeline's stock attribute ruler and rule lemmatizer memoising (in place).
    Returns the names of the components changed."""
    changed = []
    for name, proc in nlp.pipeline:
        stock = type(proc)
        if stock not in MEMO_CLASSES:
            continue
        if isinstance(proc, AttributeRuler):
            proc.__class__ = MEMO_CLASSES[stock]
            proc._memo_setup()
            if proc._memo_keys is None or not proc._memo_writes:
                log.debug("attribute ruler %s: rules the memo cannot key; stock code kept", name)
                proc.__class__ = stock
                continue
        elif proc.mode == "rule":
            proc.__class__ = MEMO_CLASSES[stock]
        else:
            continue
        changed.append(name)
    return changed


# --- the models' word embeddings ------------------------------------------------------------------
# Each tok2vec of the English pipelines (the shared one, and the recogniser's own) opens with an
# embedding: a word's features (NORM, PREFIX, SUFFIX, SHAPE and, for the shared one, SPACY and
# IS_SPACE) hashed into tables, mixed by a maxout layer and normalised. Every step of it reads one
# word's row and nothing else (the context comes after, in the window encoder), so a word's vector
# is a function of its feature row: the same features, the same 96 numbers. That is a quarter to a
# third of each tok2vec's time, and in a batch of news three words of four repeat a row already
# seen. The memo keeps each row's vector (the first one computed, by the stock layers) and
# assembles a batch from it. Row by row is bit for bit the batch's result: the matrix product
# (BLIS) computes each output row from that row's inputs in the same order whatever the other
# rows, and the normalisation's mean and variance are reductions along each row
# (tests/pipeline/test_embedding_memo.py compares both on Docs of our own).

# Layers that read a row and write a row: the only ones an embedding's memo may stand for.
ROW_LAYERS = frozenset({"ints-getitem", "hashembed", "maxout", "layernorm", "dropout"})
# The memo's size limit per embedding (rows kept; later new rows are computed, not kept): at 96
# floats a row and its key, about 25 MB each. 200 BBC articles (77,000 words) keep 13,700 and 11,000.
EMBED_MEMO_ROWS = 50_000


def _row_wise(layer: Any) -> bool:
    """Whether ``layer`` is a chain or concatenation of :data:`ROW_LAYERS` only."""
    for node in layer.walk():
        if node.layers:
            if ">>" not in node.name and "|" not in node.name:
                return False
        elif node.name not in ROW_LAYERS:
            return False
    return True


class EmbeddingMemo:
    """The forward function of a memoised embedding (``extract_features >> list2ragged >>
    with_array(features) >> with_array(mix) >> ragged2list``): see the section's comment. It stands
    as the layer's ``_func`` (thinc calls it as ``forward(model, docs, is_train)``); training
    (``is_train``) goes to the stock forward and empties the memo, as does any change of the
    weights' arrays (loading, ``use_params``). A module-level class, so the model pickles (without
    the rows kept). Once :data:`EMBED_MEMO_ROWS` rows are kept, new rows are computed and not kept."""

    def __init__(self, stock: Any) -> None:
        self.stock = stock
        self.params: tuple[Any, ...] = ()
        self.lock = threading.Lock()  # two threads predicting with one model share the table
        self.forget()

    def __getstate__(self) -> dict[str, Any]:
        return {"stock": self.stock}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["stock"])  # type: ignore[misc]

    def forget(self) -> None:
        self.rows: dict[bytes, int] = {}
        self.table = numpy.zeros((0, 0), dtype="f")

    def __call__(self, model: Any, docs: Any, is_train: bool) -> Any:
        with self.lock:
            if is_train:
                self.forget()
                return self.stock(model, docs, is_train)
            weights = tuple(node.get_param(name) for node in model.walk() for name in node.param_names
                            if node.has_param(name))
            if len(weights) != len(self.params) or any(a is not b for a, b in zip(weights, self.params, strict=True)):
                self.forget()
                self.params = weights
            return self._predict(model, docs), _no_backprop

    def _predict(self, model: Any, docs: Any) -> list[Any]:
        extract, _, features, mix, _ = model.layers
        per_doc = extract.predict(docs)
        lengths = [len(f) for f in per_doc]
        if not sum(lengths):
            return self.stock(model, docs, False)[0]
        feats = numpy.ascontiguousarray(numpy.concatenate(per_doc))
        keys = feats.view(numpy.dtype((numpy.void, feats.dtype.itemsize * feats.shape[1]))).ravel().tolist()
        rows = self.rows
        index = [rows.get(k, -1) for k in keys]
        new: dict[bytes, int] = {}  # a new row's key -> its first position in the batch
        for position, (key, at) in enumerate(zip(keys, index, strict=True)):
            if at < 0 and key not in new:
                new[key] = position
        if not new:
            out = self.table[numpy.asarray(index, dtype="int64")]
        else:
            computed = mix.layers[0].predict(features.layers[0].predict(feats[list(new.values())]))
            start = len(rows)
            if start + len(new) <= EMBED_MEMO_ROWS:
                if self.table.shape[0] < start + len(new):
                    size = min(max(2 * self.table.shape[0], start + len(new), 1024), EMBED_MEMO_ROWS)
                    grown = numpy.zeros((size, computed.shape[1]), dtype=computed.dtype)
                    if start:
                        grown[:start] = self.table[:start]
                    self.table = grown
                self.table[start:start + len(new)] = computed
                for offset, key in enumerate(new):
                    rows[key] = start + offset
                out = self.table[numpy.asarray([rows[k] if at < 0 else at for k, at in zip(keys, index, strict=True)],
                                               dtype="int64")]
            else:  # full: the new rows are read from this batch's computation only
                order = {key: i for i, key in enumerate(new)}
                at = numpy.asarray(index, dtype="int64")
                known = at >= 0
                out = numpy.empty((len(keys), computed.shape[1]), dtype=computed.dtype)
                if known.any():
                    out[known] = self.table[at[known]]
                out[~known] = computed[[order[k] for k, i in zip(keys, index, strict=True) if i < 0]]
        return numpy.split(out, numpy.cumsum(lengths)[:-1])


def _no_backprop(d_out: Any) -> Any:  # pragma: no cover - predict only; training runs the stock forward
    raise NotImplementedError("the embedding memo runs for prediction only")


def _embeddings(model: Any) -> list[Any]:
    """The memoisable embeddings in ``model`` (see :class:`EmbeddingMemo`)."""
    found = []
    for node in model.walk():
        names = [layer.name for layer in node.layers]
        if (len(names) == 5 and names[0] == "extract_features" and names[1] == "list2ragged"
                and names[2].startswith("with_array(") and names[3].startswith("with_array(")
                and names[4] == "ragged2list"
                and all(len(node.layers[i].layers) == 1 and _row_wise(node.layers[i].layers[0]) for i in (2, 3))):
            found.append(node)
    return found


def memoise_embeddings(nlp: Language) -> int:
    """Give every memoisable word embedding of the pipeline's models an :class:`EmbeddingMemo`
    (in place). Returns how many were changed."""
    changed = 0
    seen: set[int] = set()
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in _embeddings(model):
            if node.id in seen or isinstance(node._func, EmbeddingMemo):
                continue
            seen.add(node.id)
            node._func = EmbeddingMemo(node._func)
            changed += 1
    return changed
