"""A Doc is freed as soon as its record is made: the stages' results and caches in its user data
(Spans pointing back at the Doc) are let go, so no reference cycle waits for the garbage collector,
and the record keeps everything it was made of."""

from __future__ import annotations

import gc
import weakref

from newsevents.pipeline import Pipeline, make_article

_STORY = ("Police arrested two men in Lisbon on Monday after a protest outside the parliament, "
          "a spokeswoman said. \"We acted quickly,\" she told reporters.")


def test_a_doc_is_freed_without_the_collector_once_its_record_is_made(pipeline: Pipeline, monkeypatch) -> None:
    made: list[weakref.ref] = []
    docs = Pipeline.docs

    def watched(self, articles, n_process=1):
        for doc in docs(self, articles, n_process=n_process):
            made.append(weakref.ref(doc))
            yield doc

    monkeypatch.setattr(Pipeline, "docs", watched)
    collecting = gc.isenabled()
    gc.disable()
    try:
        records = list(pipeline.process([make_article(_STORY, id="a1"), make_article(_STORY, id="a2")]))
        assert len(made) == 2 and all(ref() is None for ref in made)
    finally:
        if collecting:
            gc.enable()
    for record in records:
        assert record.entities and record.quotes and record.times and record.events
        assert any("We acted quickly" in quote.content.text for quote in record.quotes)


def test_the_record_is_the_same_with_the_doc_released(pipeline: Pipeline) -> None:
    # the record made from the Doc the whole pipeline left, before its user data is emptied
    doc = pipeline.nlp(pipeline.make_doc(make_article(_STORY, id="a3")))
    from newsevents.pipeline import build_record

    kept = build_record(doc, pipeline.info).to_dict()
    released = pipeline.extract(_STORY, id="a3").to_dict()
    for record in (kept, released):
        record["pipeline"].pop("version", None)
    assert kept == released
