"""The stages as spaCy components: declared requirements met, config defaults, and a saved
pipeline that plain ``spacy.load`` runs in a fresh process (through the entry points)."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest

from newsevents import components


def test_every_stage_finds_what_it_requires(pipeline):
    problems = pipeline.nlp.analyze_pipes(pretty=False)["problems"]
    assert {name: missing for name, missing in problems.items() if missing} == {}
    assert pipeline.nlp.config["components"]["newsevents_quotes"]["min_unattributed_words"] == 4


def test_quotes_threshold_comes_from_the_config(pipeline, tmp_path):
    import spacy

    from newsevents.pipeline import Pipeline

    # (no cue: since quotes31 "The sign read "..."" is the sign's words, so no verb of a document's wording here)
    text = 'A banner with "Closed for the whole week" hung on the door on Monday.'
    assert len(pipeline.extract(text).quotes) == 1  # five unattributed words: a quote
    nlp = spacy.load(pipeline.nlp.path) if pipeline.nlp.path else None
    if nlp is None:
        pytest.skip("the model has no path to reload it from")
    nlp.add_pipe("newsevents_quotes", config={"min_unattributed_words": 6}, last=True)
    strict = Pipeline(nlp)
    assert strict.extract(text).quotes == []


def test_a_saved_pipeline_loads_with_plain_spacy(pipeline, tmp_path):
    if "newsevents_quotes" not in {e.name for e in metadata.entry_points(group="spacy_factories")}:
        pytest.skip("newsevents is not installed with its entry points")
    pipeline.nlp.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "newsevents_quotes" / "speech_cues.tsv").is_file()
    code = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'saved')!r})\n"
        "doc = nlp('\"We will rebuild the bridge by spring,\" the mayor said on Monday.')\n"
        "print(len(doc._.quotes), len(doc._.times), 'newsevents.pipeline' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "2", "False"]  # the quote; "by spring" and "on Monday"
    assert set(components.STAGES) <= set(pipeline.nlp.pipe_names)
