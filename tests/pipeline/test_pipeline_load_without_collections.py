"""Making a Pipeline runs no garbage collection, although spaCy's model reader turns the collector
back on after each file it reads; the process's collector settings are put back afterwards."""

from __future__ import annotations

import gc

from newsevents.pipeline import Pipeline


def test_no_collection_while_a_pipeline_is_made() -> None:
    started: list[int] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    before = gc.get_threshold()
    assert gc.isenabled()
    gc.callbacks.append(watch)
    try:
        pipe = Pipeline()  # the default model, read from its files
    finally:
        gc.callbacks.remove(watch)
    assert started == []
    assert gc.isenabled() and gc.get_threshold() == before
    assert pipe.extract("Rescuers reached the village of Oskarby on Tuesday.").places
