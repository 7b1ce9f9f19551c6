"""Each stage owns its data: read from its config's folder when built, saved with the pipeline
(``nlp.to_disk``), read back by ``spacy.load``, and loaded once per process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsevents.components.base import TableStage
from newsevents.tables import packaged_dir

TEXT = (
    "Rebels attacked a police station in Kharkiv on Monday, killing at least 12 officers, "
    "the Ukrainian interior ministry said.\n\n"
    '"We will rebuild it by spring," the mayor said. Talks between Russia and Ukraine will resume in '
    "Geneva next week, and the government pledged $5m in aid."
)


def _without_run_info(record) -> dict:
    data = record.model_dump()
    data.pop("pipeline")
    return data


@pytest.fixture(scope="module")
def saved(pipeline, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipeline") / "saved"
    pipeline.nlp.to_disk(path)
    return path


def test_every_stage_saves_the_tables_it_reads(pipeline, saved):
    owners = [(name, proc) for name, proc in pipeline.nlp.pipeline if isinstance(proc, TableStage)]
    assert owners, "no stage owns tables"
    for name, proc in owners:
        for table in proc.tables:
            shipped = packaged_dir() / table
            assert (saved / name / table).read_bytes() == shipped.read_bytes(), (name, table)


def test_a_saved_pipeline_gives_the_same_records(pipeline, saved):
    import spacy

    from newsevents.pipeline import Pipeline

    reloaded = Pipeline(spacy.load(saved))
    for name, proc in reloaded.nlp.pipeline:
        if isinstance(proc, TableStage):
            assert proc.data_dir == saved / name  # read from its own folder, not the package
    before = pipeline.extract(TEXT, published="2022-09-30")
    after = reloaded.extract(TEXT, published="2022-09-30")
    assert before.events and before.places and before.times and before.figures and before.quotes
    assert _without_run_info(after) == _without_run_info(before)


def _tables_with(tmp_path: Path, table: str, extra_line: str) -> Path:
    """A copy of the packaged tables with one line added to ``table``."""
    folder = tmp_path / "tables"
    shutil.copytree(packaged_dir(), folder)
    with (folder / table).open("a", encoding="utf-8") as handle:
        handle.write(extra_line + "\n")
    return folder


def test_the_places_stage_reads_its_own_folder(pipeline, tmp_path):
    stage = pipeline.nlp.get_pipe("newsevents_places")
    assert "ruritanian" not in stage._demonyms
    folder = _tables_with(tmp_path, "countries.tsv", "RUR\tRR\tRuritania\t\tRuritanian\tRuritanians\tStrelsau")
    own = type(stage)(pipeline.nlp, "places_copy", data_dir=str(folder))
    assert "ruritanian" in own._demonyms
    again = type(stage)(pipeline.nlp, "places_again", data_dir=str(folder))
    assert again.gazetteer is own.gazetteer and again._demonyms == own._demonyms  # loaded once, shared


def test_the_figures_stage_counts_with_its_own_number_words(pipeline, tmp_path):
    from newsevents.components.figures import FiguresStage

    folder = _tables_with(tmp_path, "number_words.tsv", "umpteen\t99")
    own = FiguresStage(pipeline.nlp, "figures_copy", data_dir=str(folder))
    doc = pipeline.nlp("Police said umpteen people were killed in the attack.")
    assert doc._.figures == []  # the packaged tables know no "umpteen"
    assert [(f.kind, f.value) for f in own(doc)._.figures] == [("killed", 99)]


def test_the_stages_share_one_actor_dictionary(pipeline):
    entities = pipeline.nlp.get_pipe("newsevents_entities")
    places = pipeline.nlp.get_pipe("newsevents_places")
    assert entities.gazetteer is places.gazetteer  # the same tables: read once in the process
    assert set(entities.actors.demonyms) <= places._demonyms


def test_the_entities_stage_codes_with_its_own_organisations(pipeline, tmp_path):
    from newsevents.components.entities import EntitiesStage

    header = (packaged_dir() / "organisations.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    row = {"name": "Grand Fenwick Assembly", "country": "FRA", "sectors": "LEG", "type": "ORG"}
    folder = _tables_with(tmp_path, "organisations.tsv", "\t".join(row.get(col, "") for col in header))
    own = EntitiesStage(pipeline.nlp, "entities_copy", data_dir=str(folder))
    doc = pipeline.nlp("The Grand Fenwick Assembly voted on Monday.")
    shipped = next(e for e in doc._.entities if "Fenwick" in e.name)
    mine = next(e for e in own(doc)._.entities if "Fenwick" in e.name)
    assert shipped.country is None and (mine.country, mine.sector) == ("FRA", ["LEG"])


def test_the_events_stage_codes_with_its_own_lexicon(pipeline, tmp_path):
    from newsevents.components.events import EventsStage

    # a stop row ("-": no event) for "meet", which the packaged lexicon codes as CONSULT
    folder = _tables_with(tmp_path, "event_lexicon.tsv", "VERB\tmeet\t-\t-\t-\t-\tstd\t-\t-")
    own = EventsStage(pipeline.nlp, "events_copy", data_dir=str(folder))
    doc = pipeline.nlp("The French president met the German chancellor in Berlin on Monday.")
    assert [e.event for e in doc._.events] == ["CONSULT"]
    assert own(doc)._.events == []
    again = EventsStage(pipeline.nlp, "events_again", data_dir=str(folder))
    assert again.data.lexicon is own.data.lexicon and again.data.actors is own.data.actors  # loaded once
