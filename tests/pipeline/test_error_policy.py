"""The error policy: stages raise, the Pipeline logs one line per failure and counts it, the run
goes on; data tables with unknown kinds fail when they load."""

from __future__ import annotations

import logging

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.components.base import Stage
from newsevents.components.quotes import read_cue_rows
from newsevents.eventcoding import lexicon
from newsevents.pipeline import Pipeline
from newsevents.record import make_article

if not Doc.has_extension("test_marks"):
    Doc.set_extension("test_marks", default=None)


class BrokenOnWord(Stage):
    """Fails on any article containing "explode"; otherwise records its word count."""

    extension = "test_marks"

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if any(t.lower_ == "explode" for t in doc):
            raise RuntimeError("deliberate failure\nsecond line")
        doc._.test_marks = [len(doc)]
        return doc


@Language.factory("newsevents_test_broken")
def make_broken(nlp: Language, name: str) -> BrokenOnWord:
    return BrokenOnWord(name)


def test_a_failing_stage_is_logged_counted_and_the_batch_goes_on(caplog):
    pipe = Pipeline(spacy.blank("en"), stages=["newsevents_test_broken"])
    good = make_article("Talks went well today.", id="good-1")
    bad = make_article("Prices explode again.", id="bad-1")
    later = make_article("Talks resumed.", id="good-2")
    with caplog.at_level(logging.ERROR, logger="newsevents.pipeline"):
        docs = list(pipe.docs([good, bad, later]))
    assert [d._.article.id for d in docs] == ["good-1", "bad-1", "good-2"]
    assert docs[0]._.test_marks == [5] and docs[2]._.test_marks == [3]
    assert docs[1]._.test_marks == []  # the failing stage's result is empty, the article kept
    assert pipe.failure_count == 1
    assert pipe.failures == {"newsevents_test_broken": 1}
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == ["article bad-1: stage newsevents_test_broken failed: RuntimeError: deliberate failure"]


def test_an_evaluation_run_reports_documents_scored_without_a_stage():
    from newsevents.evaluation import runner

    pipe = Pipeline(spacy.blank("en"), stages=["newsevents_test_broken"])
    docs = [runner.GoldDoc(id=f"d{n}", text=text, gold=None) for n, text in enumerate(["Calm.", "It may explode."])]
    skipped: dict[str, int] = {}
    scored = [doc.id for doc, _ in runner.run(pipe, docs, skipped)]
    assert scored == ["d0", "d1"]
    assert skipped == {"stage failures (documents scored without that stage)": 1}


def test_without_the_pipeline_handler_a_stage_failure_raises():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_test_broken")
    with pytest.raises(RuntimeError, match="deliberate failure"):
        list(nlp.pipe(["It may explode."]))


def test_unknown_lexicon_condition_fails_at_load():
    assert lexicon.parse_conditions("prep:on !obj:deal")[1].negated
    with pytest.raises(ValueError, match="unknown condition 'near:border'"):
        lexicon.parse_conditions("prep:on near:border")


def test_unknown_event_cue_kind_fails_at_load(monkeypatch):
    rows = [{"kind": "weapon", "word": "rifle", "value": "firearm"}, {"kind": "waepon", "word": "tank", "value": ""}]
    monkeypatch.setattr(lexicon, "_data_rows", lambda directory, filename: rows)
    with pytest.raises(ValueError, match="unknown cue kind 'waepon'"):
        lexicon.read_cues(lexicon.table_dir(None))


def test_unknown_speech_cue_kind_fails_at_load():
    header = "lemma\tpos\tkind\tspeech\tinfinitive"
    assert read_cue_rows([header, "say\tVERB\tspeech\tyes\tno"]).verbs["say"].speech
    with pytest.raises(ValueError, match="unknown kind 'speach'"):
        read_cue_rows([header, "say\tVERB\tspeach\tyes\tno"])


def test_the_extract_summary_counts_stage_failures(tmp_path, monkeypatch, capsys):
    from newsevents import cli, pipeline

    pipe = Pipeline(spacy.blank("en"), stages=["newsevents_test_broken"])
    monkeypatch.setattr(pipeline, "shared_pipeline", lambda model=None: pipe)
    (tmp_path / "a.txt").write_text("Talks went well.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Prices explode again.", encoding="utf-8")
    assert cli.main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2  # both articles keep their records
    assert "1 stage failure(s)" in err
