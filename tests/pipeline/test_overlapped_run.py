"""An overlapped run (``Pipeline.process(overlap=True)``): the model's components in a thread of
their own, the newsevents stages after them in the caller's thread; the same records in the same
order, failures where the sequential run has them, and no thread left at work when the caller
stops reading."""

from __future__ import annotations

import logging
import threading

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.components.base import Stage
from newsevents.pipeline import Pipeline, make_article, overlap_split

if not Doc.has_extension("test_overlap_marks"):
    Doc.set_extension("test_overlap_marks", default=None)


class CountWords(Stage):
    """A stage after the model part: the word count, and a failure on the word "collapse"."""

    extension = "test_overlap_marks"

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if any(t.lower_ == "collapse" for t in doc):
            raise RuntimeError("deliberate stage failure")
        doc._.test_overlap_marks = [len(doc), threading.current_thread().name]
        return doc


@Language.factory("newsevents_test_overlap_count")
def make_count(nlp: Language, name: str) -> CountWords:
    return CountWords(name)


@Language.component("test_overlap_model_part")
def model_part(doc: Doc) -> Doc:
    """Stands for a spaCy component (not a newsevents Stage): fails on the word "meltdown"."""
    if any(t.lower_ == "meltdown" for t in doc):
        raise ValueError("deliberate model failure")
    doc.user_data["test_overlap_model_thread"] = threading.current_thread().name
    return doc


def _small_pipeline(batch_size: int = 2) -> Pipeline:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_overlap_model_part")
    return Pipeline(nlp, stages=["newsevents_test_overlap_count"], batch_size=batch_size)


def _articles(texts: list[str]):
    return [make_article(text, id=f"a{n}") for n, text in enumerate(texts)]


def test_the_split_falls_after_the_last_component_that_is_not_a_stage():
    pipe = _small_pipeline()
    assert pipe.nlp.pipe_names[overlap_split(pipe.nlp):] == ["newsevents_test_overlap_count"]
    # only stages: nothing for a model thread to run, so no split
    only_stages = spacy.blank("en")
    only_stages.add_pipe("newsevents_test_overlap_count")
    assert overlap_split(only_stages) == 0
    # a pipeline ending in a component that is not a stage leaves the stages nothing to overlap
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_test_overlap_count")
    nlp.add_pipe("test_overlap_model_part")
    assert overlap_split(nlp) == 0


def test_the_model_part_runs_in_its_own_thread_and_docs_come_in_order():
    pipe = _small_pipeline()
    texts = [f"Talks went on for {n} hours in the hall." for n in range(7)]
    docs = list(pipe.overlapped_docs(_articles(texts)))
    assert [d._.article.id for d in docs] == [f"a{n}" for n in range(7)]
    assert all(d.user_data["test_overlap_model_thread"] == "newsevents-model" for d in docs)
    assert all(d._.test_overlap_marks == [len(d), threading.current_thread().name] for d in docs)


def test_a_pipeline_without_a_split_runs_as_docs_does():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_test_overlap_count")
    pipe = Pipeline(nlp, stages=[])
    nlp.remove_pipe(nlp.pipe_names[0])  # the typography component the Pipeline put first
    assert overlap_split(pipe.nlp) == 0
    docs = list(pipe.overlapped_docs(_articles(["One line.", "Two more lines."])))
    assert [d._.test_overlap_marks for d in docs] == [[3, "MainThread"], [4, "MainThread"]]


def test_failures_are_counted_and_the_run_goes_on_as_in_a_sequential_run(caplog):
    texts = ["Markets rose today.", "Prices may collapse soon.", "A reactor meltdown.", "Markets fell later."]
    runs = {}
    for overlap in (False, True):
        pipe = _small_pipeline()
        with caplog.at_level(logging.ERROR, logger="newsevents.pipeline"):
            docs = list(pipe.overlapped_docs(_articles(texts)) if overlap else pipe.docs(_articles(texts)))
        runs[overlap] = ([(d._.article.id, (d._.test_overlap_marks or [None])[0]) for d in docs], dict(pipe.failures))
    # the stage's failure leaves its result empty; the model part's (spaCy's handler for a function
    # component, set by the Pipeline) drops the article: both counted, in either run
    assert runs[True] == runs[False] == ([("a0", 4), ("a1", None), ("a3", 4)],
                                         {"newsevents_test_overlap_count": 1, "test_overlap_model_part": 1})


def test_an_error_in_the_model_thread_is_raised_after_the_docs_made_before_it():
    def articles():
        yield make_article("Calm day.", id="a0")
        yield make_article("Quiet night.", id="a1")
        raise ValueError("unreadable input")

    pipe = _small_pipeline(batch_size=1)
    seen = []
    with pytest.raises(ValueError, match="unreadable input"):
        for doc in pipe.overlapped_docs(articles()):
            seen.append(doc._.article.id)
    assert seen == ["a0", "a1"]
    # the model thread has ended: a later run of either kind goes through
    assert [d._.article.id for d in pipe.docs(_articles(["Again."]))] == ["a0"]


def test_a_reader_that_stops_early_leaves_no_model_thread_at_work():
    pipe = _small_pipeline(batch_size=1)
    stream = pipe.overlapped_docs(_articles([f"Story number {n}." for n in range(50)]))
    first = next(stream)
    assert first._.article.id == "a0"
    stream.close()
    # the next run waits for the abandoned model thread to stop, then runs in full
    again = list(pipe.overlapped_docs(_articles(["Once more.", "And again."])))
    assert [d._.article.id for d in again] == ["a0", "a1"]
    for thread in threading.enumerate():
        if thread.name == "newsevents-model":
            thread.join(timeout=10)
    assert not [t for t in threading.enumerate() if t.name == "newsevents-model" and t.is_alive()]


def test_overlapped_records_are_the_sequential_ones(pipeline: Pipeline):
    texts = [
        "Police in Lisbon arrested two protesters outside parliament on Monday, a spokeswoman said.",
        "\"We will not give up,\" said Ana Costa, who leads the dockers' union. The strike began in March.",
        "Rebels attacked a convoy near the northern border, killing three soldiers, the army said on Tuesday.",
    ]
    articles = [make_article(t, id=f"s{n}", published="2021-05-04") for n, t in enumerate(texts)]
    sequential = [r.to_json() for r in pipeline.process(articles)]
    overlapped = [r.to_json() for r in pipeline.process(articles, overlap=True)]
    assert overlapped == sequential
    assert any('"events": [{' in r for r in overlapped)
