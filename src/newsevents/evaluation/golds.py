"""The project's own held-out gold records (``eval/gold/giveme5w1h``) on Giveme5W1H articles.

PATH is the folder of Giveme5W1H article files (``giveme5w1h-dev``: one JSON object per file,
with ``text``, ``title``, ``publisher``, ``date_publish``). Each gold file
``<prefix>.gold.json`` names its article by the file-name prefix; the article is extracted
with its title, its publisher as source and the date of ``date_publish`` as publication date,
and scored exactly as the seed (:mod:`newsevents.evaluation.seed`, which agrees with the
reference ``tools/score_record.py``).

Figures: per article R_req (recall of required items) and event precision; per part (entities
and mentions, quotes, places, times, figures, events) the found/required counts pooled over the
articles; the mean R_req over articles; event precision pooled over all output events.

These articles are held out: the report gives figures only, never the missed items (which
would show the golds' contents); ``tools/score_record.py --verbose`` lists them for whoever
audits the golds. The gold folder is the repository's ``eval/gold/giveme5w1h`` unless the
environment variable ``NEWSEVENTS_GOLDS_DIR`` names another (``newsevents evaluate golds PATH
--golds DIR`` sets it, e.g. to the second set ``eval/gold/giveme5w1h-dev2``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.evaluation import metrics
from newsevents.evaluation.report import Report
from newsevents.evaluation.seed import TYPE_ONLY_ROW, score_record
from newsevents.ingest import InputError
from newsevents.pipeline import Pipeline
from newsevents.record import Record
from newsevents.timeutil import parse_published

# src/newsevents/evaluation/golds.py -> the repository root is three folders up from the package.
REPO_GOLDS = Path(__file__).resolve().parents[3] / "eval" / "gold" / "giveme5w1h"
GOLD_SUFFIX = ".gold.json"


@dataclass
class GoldArticle:
    """One Giveme5W1H article as the evaluation passes it to the pipeline."""

    path: Path
    text: str
    title: str | None
    source: str | None
    published: str | None  # YYYY-MM-DD
    url: str | None
    id: str | None


def gold_dir() -> Path:
    override = os.environ.get("NEWSEVENTS_GOLDS_DIR")
    return Path(override) if override else REPO_GOLDS


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None


def read_article(path: Path) -> GoldArticle:
    """A Giveme5W1H article file; InputError (naming the file) when it is not one."""
    data = _read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
        raise InputError(f"{path}: not a Giveme5W1H article (no non-empty \"text\" field)")

    def field(name: str) -> str | None:
        value = data.get(name)
        return (value.strip() or None) if isinstance(value, str) else None

    # "2016-11-06 21:01:55": the date is what the times are normalised against.
    stamp = field("date_publish")
    published = stamp[:10] if stamp and len(stamp) >= 10 else None
    return GoldArticle(path=path, text=data["text"], title=field("title"), source=field("publisher"),
                       published=published, url=field("url"), id=field("dId"))


def find_article(folder: Path, prefix: str) -> Path:
    """The one article file in ``folder`` whose name starts with ``prefix``."""
    matches = sorted(p for p in folder.glob(f"{prefix}*.json") if p.is_file())
    if len(matches) != 1:
        found = "none" if not matches else f"{len(matches)} ({', '.join(p.name for p in matches[:3])})"
        raise InputError(f"{folder}: need exactly one article file starting with {prefix!r}, found {found}")
    return matches[0]


def extract_article(article: GoldArticle, pipeline: Pipeline) -> Record:
    # The date is checked here, before extraction, so that only an unusable date becomes this file's
    # input error: a ValueError raised inside extraction is a bug of ours and must not be reported as
    # the article's fault.
    try:
        parse_published(article.published)
    except ValueError as exc:
        raise InputError(f"{article.path}: {exc}") from None
    return pipeline.extract(article.text, title=article.title, source=article.source, url=article.url,
                            published=article.published, id=article.id)


def evaluate_folder(articles: Path, golds: Path, pipeline: Pipeline, limit: int | None = None) -> Report:
    gold_files = sorted(golds.glob(f"*{GOLD_SUFFIX}"))
    if not gold_files:
        raise InputError(f"{golds}: no *{GOLD_SUFFIX} files")
    if limit is not None:
        gold_files = gold_files[:limit]
    report = Report(dataset="golds")
    pooled: dict[str, list[int]] = {}
    recalls: list[float] = []
    matched = n_events = 0
    for gold_file in gold_files:
        prefix = gold_file.name[: -len(GOLD_SUFFIX)]
        try:
            gold = _read_json(gold_file)
            article = read_article(find_article(articles, prefix))
            record = extract_article(article, pipeline)
        except InputError as exc:
            # One unusable pair is reported and skipped; the others are still scored.
            report.notes.append(str(exc))
            report.skipped["articles"] = report.skipped.get("articles", 0) + 1
            continue
        result = score_record(gold, record.to_dict(), article.text)
        report.documents += 1
        recalls.append(result["recall_required"])
        n_events += result["n_events"]
        matched += round(result["event_precision"] * result["n_events"])
        row_figures: dict[str, Any] = {}
        for row in result["rows"]:
            counts = pooled.setdefault(row["category"], [0, 0])
            counts[0] += row["found"]
            counts[1] += row["required"]
            row_figures[row["category"]] = f"{row['found']}/{row['required']}"
        row_figures["recall_required"] = result["recall_required"]
        row_figures["event_precision"] = (result["event_precision"] if result["n_events"] else "n/a (no events)")
        row_figures["events"] = result["n_events"]
        label = f"{prefix} ({article.source})" if article.source else prefix
        report.breakdown[label] = row_figures
    report.figures["mean_recall_required"] = metrics.ratio(sum(recalls), len(recalls))
    counted = [c for name, c in pooled.items() if name != TYPE_ONLY_ROW]
    report.figures["pooled_recall_required"] = metrics.ratio(sum(c[0] for c in counted), sum(c[1] for c in counted))
    for name, (found, required) in pooled.items():
        report.figures[f"{name} recall"] = f"{metrics.ratio(found, required):.3f} ({found}/{required})"
    report.figures["event_precision"] = metrics.ratio(matched, n_events)
    report.figures["events"] = n_events
    return report


def evaluate(path: str, limit: int | None, pipeline: Pipeline) -> Report:
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(f"{path}: not a folder of Giveme5W1H article files")
    golds = gold_dir()
    if not golds.is_dir():
        raise InputError(f"{golds}: gold folder not found (a source checkout has eval/gold/giveme5w1h; "
                         "or set NEWSEVENTS_GOLDS_DIR)")
    return evaluate_folder(folder, golds, pipeline, limit)
