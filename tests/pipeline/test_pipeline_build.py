"""What building a pipeline does once, so that processing articles does not: the stages read all
their tables, and the collector is left as it was found."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import spacy

from newsevents.pipeline import Pipeline
from newsevents.tables import packaged_dir


def test_the_entities_stage_reads_the_dictionary_actors_when_it_is_built(pipeline, tmp_path: Path):
    from newsevents.components.entities import EntitiesStage

    folder = tmp_path / "tables"
    shutil.copytree(packaged_dir(), folder)
    with (folder / "dictionary_actors.tsv").open("a", encoding="utf-8") as handle:
        handle.write("Grand Fenwick Ducal Guard\tgrand fenwick ducal guard\tFRA\tMIL\t\t\n")
    own = EntitiesStage(pipeline.nlp, "entities_built", data_dir=str(folder))
    # read when built: the first article finds the row although the file is gone by then
    (folder / "dictionary_actors.tsv").unlink()
    doc = pipeline.nlp("The Grand Fenwick Ducal Guard marched through the capital on Monday.")
    shipped = next(e for e in doc._.entities if "Fenwick" in e.name)
    mine = next(e for e in own(doc)._.entities if "Fenwick" in e.name)
    assert shipped.country is None and mine.country == "FRA"


def test_building_a_pipeline_leaves_the_collector_as_it_was():
    gc.disable()
    try:
        Pipeline(spacy.blank("en"), stages=())
        assert not gc.isenabled()
    finally:
        gc.enable()
    Pipeline(spacy.blank("en"), stages=())
    assert gc.isenabled()
