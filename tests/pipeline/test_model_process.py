"""spaCy's components in a forked process, the stages in this one (newsevents.model_process): the
same records as one process, the child's failures counted here, and no child left behind."""

from __future__ import annotations

import os
import threading

import pytest

from newsevents import model_process
from newsevents.components.paragraphs import WEB_LINK_TITLES
from newsevents.model_process import _read_frame, _write_frame
from newsevents.record import make_article

# Texts of our own: names, a quotation, a date, a figure, and words with a curly apostrophe inside
# (the typography stage changes those words' lexemes, which this process must do too).
TEXTS = [
    "Harbour Council opens new bridge\n\nMaria Lind, the council\u2019s chair, said on Tuesday that the "
    "bridge cost \u00a312m. \u201cIt will carry 4,000 cars a day,\u201d she said. O\u2019Brien Construction built it.",
    "Police arrested two men in Leeds after a fire destroyed a warehouse on 3 March, officers said.",
    "The minister, Tomas Ek, met union leaders. Ek\u2019s aides said talks would resume next week.",
    # a web page's related-story link: the layout stage keeps its range in the Doc's user data and the
    # events stage skips the attack in it
    "Gunmen stormed a bank in Arlow on Monday, police said.\n\nRead more: Rebels attack army base in the north\n\n"
    "The bank\u2019s manager said nobody was hurt.",
]

needs_fork = pytest.mark.skipif(not model_process.available(), reason="one core or no fork: one process runs all")


def comparable(record) -> dict:
    return record.to_dict()


def test_frames_round_trip_larger_than_a_pipe() -> None:
    payload = {"doc": b"x" * 300_000, "n": 3}  # larger than a pipe's buffer: the writer must wait for the reader
    read, write = os.pipe()
    writer = threading.Thread(target=lambda: (_write_frame(write, model_process.pickle.dumps(payload)),
                                              os.close(write)))
    writer.start()
    try:
        assert _read_frame(read) == payload
        assert _read_frame(read) is None  # the pipe closed: no more frames
    finally:
        writer.join()
        os.close(read)


@needs_fork
def test_two_processes_make_the_same_records(pipeline) -> None:
    articles = [make_article(t, id=f"a{i}", published="2026-03-05") for i, t in enumerate(TEXTS * 2)]
    one = [comparable(r) for r in pipeline.process(articles)]
    two = [comparable(r) for r in pipeline.process(articles, model_process=True)]
    assert two == one
    assert [r["article"]["id"] for r in two] == [f"a{i}" for i in range(len(articles))]  # input order


@needs_fork
def test_the_layout_stages_user_data_comes_back(pipeline) -> None:
    article = make_article(TEXTS[3], published="2026-03-05")
    one = next(pipeline.docs([article]))
    docs = pipeline.docs([article], model_process=True)
    two = next(docs)
    docs.close()  # the child is reaped now, not when the generator is collected
    assert two.user_data[WEB_LINK_TITLES] == one.user_data[WEB_LINK_TITLES]
    assert two._.article is article
    assert [e.trigger.text for e in two._.events] == [e.trigger.text for e in one._.events]


@pytest.fixture
def forked(monkeypatch) -> list[int]:
    """The pids of the children the model process forks during the test (other tests' children are
    not this test's to wait for)."""
    pids: list[int] = []
    fork = os.fork

    def recording() -> int:
        pid = fork()
        if pid:
            pids.append(pid)
        return pid

    monkeypatch.setattr(model_process.os, "fork", recording)
    return pids


def assert_reaped(pids: list[int]) -> None:
    assert pids
    for pid in pids:
        with pytest.raises(ChildProcessError):  # already waited for: no such child any more
            os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_no_child_left_when_the_records_are_not_all_read(pipeline, forked) -> None:
    articles = [make_article(t, published="2026-03-05") for t in TEXTS * 20]
    names, disabled = list(pipeline.nlp.pipe_names), list(pipeline.nlp.disabled)
    records = pipeline.process(articles, model_process=True)
    assert next(records).article.text == TEXTS[0]
    # the pipeline is as it was between records (nothing disabled for the run)
    assert (pipeline.nlp.pipe_names, pipeline.nlp.disabled) == (names, disabled)
    records.close()  # the caller stops early: the child is stopped and reaped
    assert_reaped(forked)


@needs_fork
def test_a_bad_article_iterator_raises_here(pipeline, forked) -> None:
    def articles():
        yield make_article(TEXTS[1], published="2026-03-05")
        raise ValueError("unreadable input")

    with pytest.raises(ValueError, match="unreadable input"):
        list(pipeline.process(articles(), model_process=True))
    assert_reaped(forked)


def test_one_process_when_asked(monkeypatch) -> None:
    monkeypatch.setenv(model_process.ONE_PROCESS_ENV, "1")
    assert not model_process.available()


def test_one_process_without_the_stages() -> None:
    class Bare:
        pipe_names = ["tok2vec", "parser", "ner"]

    with pytest.raises(ValueError):
        model_process.split_index(Bare(), "newsevents_entities")  # type: ignore[arg-type]


class _Ruler:
    def __init__(self, keys: list[str]) -> None:
        self.patterns = [{"patterns": [[{key: "x" for key in keys}]], "attrs": {"POS": "NOUN"}}]


class _Model:
    """What after_the_recogniser reads of a spaCy pipeline: names, config, components."""

    def __init__(self, attrs: list[str], ruler_keys: list[str]) -> None:
        self.pipe_names = ["tok2vec", "parser", "attribute_ruler", "lemmatizer", "ner"]
        self.config = {"components": {"ner": {"model": {"tok2vec": {"embed": {"attrs": attrs}}}}}}
        self._pipes = {"attribute_ruler": _Ruler(ruler_keys), "lemmatizer": object()}

    def get_pipe(self, name: str):
        return self._pipes[name]


def test_components_after_a_recogniser_of_word_features_only() -> None:
    moved = ("attribute_ruler", "lemmatizer")
    words_only = _Model(["NORM", "PREFIX", "SUFFIX", "SHAPE"], ["TAG", "LOWER"])
    assert model_process.after_the_recogniser(words_only, moved) == list(moved)  # type: ignore[arg-type]
    reads_tags = _Model(["NORM", "TAG"], ["TAG"])
    assert model_process.after_the_recogniser(reads_tags, moved) == []  # type: ignore[arg-type]
    reads_entities = _Model(["NORM"], ["ENT_TYPE"])
    assert model_process.after_the_recogniser(reads_entities, moved) == []  # type: ignore[arg-type]


def test_the_shipped_model_lets_its_ruler_and_lemmatizer_run_after_it(pipeline) -> None:
    moved = ("attribute_ruler", "lemmatizer")
    assert model_process.after_the_recogniser(pipeline.nlp, moved) == list(moved)


@pytest.fixture
def small_batches(pipeline):
    """The shared pipeline with batches of two articles for the test: a long run is a few articles."""
    size = pipeline.batch_size
    pipeline.batch_size = 2
    yield pipeline
    pipeline.batch_size = size


@needs_fork
def test_a_long_run_left_to_decide_forks_and_makes_the_same_records(small_batches, forked) -> None:
    if not model_process.lone_thread():
        pytest.skip("another thread runs in this test process: left to decide, it never forks")
    articles = [make_article(t, id=f"a{i}", published="2026-03-05") for i, t in enumerate(TEXTS * 2)]
    two = [comparable(r) for r in small_batches.process(iter(articles), model_process=None)]  # 8 articles: more than two batches
    assert_reaped(forked)
    one = [comparable(r) for r in small_batches.process(articles, model_process=False)]
    assert two == one


@needs_fork
def test_a_short_run_stays_in_one_process(small_batches, forked) -> None:
    articles = [make_article(t, published="2026-03-05") for t in TEXTS]  # two batches: not worth a fork
    records = list(small_batches.process(iter(articles), model_process=None))
    assert [r.article.text for r in records] == TEXTS
    assert not forked


@needs_fork
def test_no_fork_unasked_while_another_thread_runs(small_batches, forked) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not model_process.lone_thread()
        list(small_batches.process([make_article(t, published="2026-03-05") for t in TEXTS * 2], model_process=None))
    finally:
        stop.set()
        other.join()
    assert not forked


@needs_fork
def test_the_articles_are_read_in_the_calling_thread(pipeline) -> None:
    readers: list[threading.Thread] = []

    def articles():
        for text in TEXTS * 2:
            readers.append(threading.current_thread())
            yield make_article(text, published="2026-03-05")

    assert len(list(pipeline.process(articles(), model_process=True))) == len(TEXTS) * 2
    assert readers == [threading.current_thread()] * len(TEXTS) * 2


@needs_fork
def test_a_library_call_forks_nothing_unless_asked(small_batches, forked) -> None:
    articles = [make_article(t, published="2026-03-05") for t in TEXTS * 2]  # long enough to pay
    assert len(list(small_batches.process(iter(articles)))) == len(articles)
    assert not forked
