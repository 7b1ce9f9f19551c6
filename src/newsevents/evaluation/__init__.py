"""Scoring newsevents on gold data: one reader module per corpus, one set of metrics.

Each dataset module exposes ``evaluate(path, limit, pipeline) -> Report``; the registry below
maps the CLI's dataset names to them.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from newsevents.evaluation.report import Report

# dataset name -> module under newsevents.evaluation
DATASETS: dict[str, str] = {
    "seed": "seed",
    "geowebnews": "geowebnews",
    "lgl": "lgl",
    "geovirus": "geovirus",
    "timebank": "timebank",
    "polnear": "polnear",
    "plover-gsr": "plover_gsr",
    "golds": "golds",
    "case2021": "case2021",
    "merge": "merge_eval",
    "meantime": "meantime",
}


def run_evaluation(dataset: str, path: str, limit: int | None = None, as_json: bool = False,
                   model: str | None = None) -> int:
    from newsevents.ingest import InputError
    from newsevents.pipeline import shared_pipeline

    if dataset not in DATASETS:
        raise InputError(f"unknown data set {dataset!r} (choose from {', '.join(sorted(DATASETS))})")
    if not Path(path).exists():
        # Checked before the model loads: the gold data is not shipped, so say what it is.
        raise InputError(
            f"{path}: no such file or folder. The {dataset} gold data is not part of the package: "
            "docs/evaluation.md says what each data set is and where it comes from (in the project's "
            "workspace they sit in ../shared/spec and ../shared/eval)"
        )
    module = importlib.import_module(f"newsevents.evaluation.{DATASETS[dataset]}")
    report: Report = module.evaluate(path, limit=limit, pipeline=shared_pipeline(model))
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(report.render())
    return 0
