"""Train the event confidence from the hand audits' verdicts (run by hand; not a test).

    .venv/bin/python scripts/train_event_confidence.py [--cache FILE] [--l2 1.0] [--write]
        [--exclude AUDIT ...] [--case DIR] [--golds DIR ...] [--score AUDIT.md ...] [--threshold T]

1. Reads the verdict table of every hand audit in docs/audit: each ``*.md`` with a table whose
   ``all right`` column holds yes or no (the issue-14 BBC audits, US news, local news, web news,
   news wire), and the second precision sample (verdict ``right``). Left out: the draws judged
   only spurious or not (``*spurious*``, read with ``--spurious``), notes without such a table
   (entity misses, the tense census) and an audit whose draw gave no event.
2. Re-extracts every audited article with the CURRENT code and the settings of its audit's draw,
   told by the table's ``pool`` column (scripts/audit_draw.py, scripts/audit_draw_polnear.py):
   ``bbc-*``: the title line, source BBC and stand-in date 2005-01-01; ``giveme5w1h``: the
   article's own metadata; ``polnear-dev``/``polnear-heldout``: the title line, date and publisher
   from the file name; ``lgl``: the title line, a blank line and the text, the ``dltime`` date, the
   domain as source; ``gwn``: the same with the link's date and host; ``tbaq``: the ``<TEXT>``
   without inline tags, no title, the DCT as date and the DOCID's outlet as source; the precision
   sample as scripts/precision_sample.py made it: stand-in date, no title. Every event's features
   (newsevents.eventcoding.confidence) are kept, all events (no filter); a table's ``published``
   date that the re-extraction does not give is reported. ``--cache`` keeps that extraction in a
   JSON file so the fit can be rerun without it.
3. Matches each judged event to a current event of the same file, sentence, trigger and type;
   judged events the current code no longer gives are dropped (per audit: judged, matched, right
   matched).
4. Fits an L2-regularised logistic regression (numpy, Newton steps) and prints leave-one-audit-out
   precision (share of kept events that are right) and recall (share of right events kept) per
   threshold, pooled over the held-out folds and over the US-news audits alone; the calibration
   (mean confidence against share right per band); and, on the audits' events, log-loss, Brier
   score and precision at fixed recalls of three scorings: the packaged weights, the BBC audits'
   recipe refitted leave-one-audit-out, and this run's recipe leave-one-audit-out.
5. ``--write`` writes the weights fitted on all audits to src/newsevents/data/event_confidence.tsv.
6. ``--score FILE``: an audit NOT trained on (a fresh one): its events' confidence under the
   packaged weights and, at ``--threshold``, how many are kept and how many of the kept are right.

``--exclude NAME``: leave an audit (file stem) out of training, e.g. the one kept as the test.

Recall-side data (most audited events were wrong and few audits drew conflict news), labelled by
gold, never by reading:

- ``--case DIR``: CASE 2021 dev snippets (newsevents.evaluation.case2021: same reading, same
  accepted types). An event whose type is accepted for its snippet's sub-type is right; an event
  of a conflict type in a disaster snippet is wrong; every other event is left out (unknown).
- ``--golds DIR``: the project's regression gold records (``<prefix>.gold.json``; a ``bbc_*``
  prefix is a BBC corpus article read as the audits read it, any other a Giveme5W1H article with
  its own metadata). An output event the scorer matches to a gold event (the seed scorer's
  ``absorbed`` events) is right, every other output event wrong. The six held-out golds'
  articles are refused.

``--case-share S`` (default 1): the CASE snippets, a domain of their own, are weighted so that their
total weight is S times the articles' (the audits' and the golds' events, weight 1 each).
``--test AUDIT``: an audit kept out of training (``--exclude`` it), tabled under the new fit, with
its calibration.
``--spurious DRAW``: a draw judged only spurious or not (docs/audit/*spurious*.md), never trained on:
its events kept at each floor and under the per-topic policy, by the weights fitted on all.
``--policy R`` also prints, per held-out audit, the events kept with all kept, a global floor and
the pipeline's per-topic policy.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
AUDITS = REPO / "docs" / "audit"
BBC = SHARED / "corpora" / "bbc-news-2004"
GIVEME = SHARED / "eval" / "giveme5w1h-dev"
WEIGHTS = REPO / "src" / "newsevents" / "data" / "event_confidence.tsv"
BBC_PUBLISHED = "2005-01-01"
PRECISION_SAMPLE = "2026-12-03-precision-sample2.md"
# The project's held-out gold articles (docs: common rules): never trained on.
HELD_OUT = ("4f38a182b7", "95590d7d65", "93a37a20d2", "cbc0951362", "5ea070bd70", "1e471fa684")
THRESHOLDS = (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.15, *(round(0.2 + 0.05 * k, 2) for k in range(11)))
CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Judged:
    """One audited event: where it is, what it was, and the analyst's verdict."""

    audit: str
    setting: str  # "bbc" (title line), "giveme" (own metadata), "polnear" (title line, name's date) or "sample"
    file: str
    type: str
    trigger: str
    sentence: str
    right: bool
    pool: str = ""  # the table's pool column ("polnear-heldout", "tbaq", ...; "" in the precision sample)
    published: str = ""  # the table's published column: the date the audit's reading gave the article


def _cells(line: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in CELL_SPLIT.split(line.strip())[1:-1]]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _numbered_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by column) of a Markdown table's event rows: those whose first cell is a
    number, under the last header row whose first cell is ``#``."""
    header: list[str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("|"):
            continue
        cells = _cells(line)
        if cells and cells[0] == "#":
            header = cells
        elif header is not None and cells and cells[0].isdigit():
            yield number, dict(zip(header, cells, strict=False))


# How each audit pool's articles were read (scripts/audit_draw.py, scripts/audit_draw_polnear.py):
# the table's ``pool`` column -> the setting its article is re-extracted with.
POOL_SETTINGS = {"giveme5w1h": "giveme", "polnear-dev": "polnear", "polnear-heldout": "polnear",
                 "lgl": "lgl", "gwn": "gwn", "tbaq": "tbaq"}


def _setting(row: dict[str, str]) -> str:
    """How the audit read the row's article: its pool's setting (``bbc-*`` pools and a table with no
    pool column: a BBC article with its title line)."""
    return POOL_SETTINGS.get(row.get("pool", ""), "bbc")


def read_audit(path: Path) -> list[Judged]:
    """The judged events of one audit's verdict table (rows whose first cell is a number)."""
    judged: list[Judged] = []
    for number, row in _numbered_rows(path):
        if "all right" in row:
            verdict = row["all right"].lower()
            if verdict not in ("yes", "no"):
                print(f"{path.name}:{number}: no verdict ({row['all right']!r}); row skipped", file=sys.stderr)
                continue
            right = verdict == "yes"
            setting = _setting(row)
        elif "verdict" in row:
            right = row["verdict"].lower() == "right"
            setting = "sample"
        else:
            print(f"{path.name}:{number}: a table with neither 'all right' nor 'verdict'; skipped", file=sys.stderr)
            continue
        judged.append(Judged(audit=path.stem, setting=setting, file=row["file"], type=row["type"],
                             trigger=row["trigger"], sentence=_norm(row["sentence"]), right=right,
                             pool=row.get("pool", ""), published=row.get("published", "")))
    return judged


def read_spurious(path: Path) -> list[Judged]:
    """The events of a draw judged only spurious or not (docs/audit/*spurious*.md: column ``class``,
    ``spurious`` or ``not spurious``): ``right`` is "not spurious" (such an event may still be wrong
    in type or parties: the draw did not judge them). Never trained on."""
    judged: list[Judged] = []
    for _number, row in _numbered_rows(path):
        if row.get("class", "").lower() not in ("spurious", "not spurious"):
            continue
        setting = _setting(row)
        judged.append(Judged(audit=path.stem, setting=setting, file=row["file"], type=row["type"],
                             trigger=row["trigger"], sentence=_norm(row["sentence"]),
                             right=row["class"].lower() == "not spurious"))
    return judged


# Files of docs/audit that hold a table with verdict columns but are no audit of "all right":
# draws judged only spurious or not (read with --spurious, never trained on).
NOT_TRAINED = ("spurious",)


def is_audit(path: Path) -> bool:
    """A verdict table with at least one judged row: an ``all right`` column holding yes or no, or
    the precision sample's ``verdict`` column. Analysis notes (entity misses, a tense census) hold
    no such table; an audit whose draw gave no event (an empty table) has nothing to train on."""
    for _number, row in _numbered_rows(path):
        if row.get("all right", "").lower() in ("yes", "no") or row.get("verdict", "").lower() in ("right", "wrong"):
            return True
    return False


def training_audits(folder: Path = AUDITS) -> list[Path]:
    """Every hand audit with verdicts in ``folder`` (all pools: BBC, Giveme5W1H, PolNeAR, LGL,
    GeoWebNews, TimeBank/AQUAINT), less the spurious-only draws."""
    return sorted(p for p in folder.glob("*.md")
                  if not any(part in p.stem for part in NOT_TRAINED) and is_audit(p))


@cache
def _xml_pool(setting: str) -> dict[str, Any]:
    """The LGL or GeoWebNews articles by name, read as scripts/audit_draw.py reads them (every
    GeoWebNews number: the audits drew from two ranges)."""
    import audit_draw

    if setting == "lgl":
        return audit_draw.lgl_articles(audit_draw.DEFAULT_LGL)
    return audit_draw.gwn_articles(audit_draw.DEFAULT_GWN)


@cache
def _tbaq_paths() -> dict[str, Path]:
    import audit_draw

    return {audit_draw.tbaq_name(p): p for p in audit_draw.DEFAULT_TBAQ.rglob("*.tml")}


def _article(setting: str, file: str) -> Any:
    """The audited article read with the settings of its audit's draw (the module's docstring)."""
    from newsevents.evaluation.golds import read_article
    from newsevents.record import make_article

    if setting == "giveme":
        a = read_article(GIVEME / file)
        return make_article(a.text, title=a.title, source=a.source, url=a.url, published=a.published, id=a.id)
    if setting == "polnear":
        from audit_draw_polnear import article

        return article(Path(file))
    if setting in ("lgl", "gwn"):
        a = _xml_pool(setting).get(file)
        if a is None:
            raise ValueError(f"no {setting} article named {file}")
        return make_article(a.text, title=a.title, source=a.source, published=a.published, id=a.name)
    if setting == "tbaq":
        import audit_draw

        path = _tbaq_paths().get(file)
        a = audit_draw.tbaq_article(path) if path else None
        if a is None:
            raise ValueError(f"no readable TimeBank/AQUAINT document named {file}")
        return make_article(a.text, title=None, source=a.source, published=a.published, id=a.name)
    text = (BBC / file).read_text(encoding="utf-8", errors="replace")
    if setting == "sample":
        return make_article(text, published=BBC_PUBLISHED)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return make_article(text, title=title, source="BBC", published=BBC_PUBLISHED, id=Path(file).stem)


def extract(keys: list[tuple[str, str]], model: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every event (all kept) of each (setting, file), with its features: "setting/file" -> events."""
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline(model)
    out: dict[str, list[dict[str, Any]]] = {}
    articles = []
    for setting, file in keys:
        try:
            articles.append((f"{setting}/{file}", _article(setting, file)))
        except (OSError, ValueError) as exc:  # InputError is a ValueError: the file is named
            print(f"{file}: skipped: {exc}", file=sys.stderr)
    for (key, article), doc in zip(articles, pipeline.docs(a for _, a in articles), strict=True):
        features = doc._.event_features or {}
        held = set(doc._.topic_held or [])  # what the per-topic policy holds back
        published = str(article.published or "")  # checked against the audit table's date
        out[key] = [{"id": e.id, "type": e.event, "trigger": e.trigger.text, "sentence": _norm(e.sentence.text),
                     "confidence": e.confidence, "features": features.get(e.id, {}), "held": e.id in held,
                     "published": published}
                    for e in doc._.events or []]
    return out


def match(judged: list[Judged], extracted: dict[str, list[dict[str, Any]]]) -> list[tuple[Judged, dict[str, Any]]]:
    """Each judged event with the current event of the same file, sentence, trigger and type."""
    pairs = []
    for j in judged:
        for event in extracted.get(f"{j.setting}/{j.file}", []):
            if (event["type"], event["trigger"], event["sentence"]) == (j.type, j.trigger, j.sentence):
                pairs.append((j, event))
                break
    return pairs


def date_mismatches(judged: list[Judged], extracted: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Files whose re-extracted article carries another publication date than the audit table
    shows (a sign the article is not read as the audit read it); tables without a date are not
    checked."""
    wrong = []
    for j in judged:
        events = extracted.get(f"{j.setting}/{j.file}") or []
        if j.published and events and "published" in events[0] and events[0]["published"] != j.published:
            wrong.append(j.file)
    return wrong


def _event_row(e: Any, features: dict[str, dict[str, float]]) -> dict[str, Any]:
    return {"id": e.id, "type": e.event, "trigger": e.trigger.text, "sentence": _norm(e.sentence.text),
            "confidence": e.confidence, "features": features.get(e.id, {})}


def extract_case(folder: Path, model: str | None = None) -> dict[str, dict[str, Any]]:
    """Every CASE 2021 dev snippet of a scored sub-type, read as ``newsevents evaluate case2021``
    reads it (an article of its own, no date): "case/id" -> sub-type and events (all kept)."""
    from newsevents.evaluation.case2021 import read
    from newsevents.pipeline import Pipeline
    from newsevents.record import make_article

    skipped: dict[str, int] = {}
    snippets = list(read(folder, skipped))
    pipeline = Pipeline(model)
    out: dict[str, dict[str, Any]] = {}
    articles = (make_article(s.text, id=s.id) for s in snippets)
    for snippet, doc in zip(snippets, pipeline.docs(articles), strict=True):
        features = doc._.event_features or {}
        out[f"case/{snippet.id}"] = {"subtype": snippet.gold.subtype,
                                     "events": [_event_row(e, features) for e in doc._.events or []]}
    return out


def case_label(subtype: str, event_type: str) -> bool | None:
    """Right (accepted for the sub-type), wrong (a conflict type in a disaster), or None (unknown)."""
    from newsevents.evaluation.case2021 import ACCEPTED, CONFLICT, DISASTERS

    if subtype in DISASTERS:
        return False if event_type in CONFLICT else None
    return True if event_type in ACCEPTED[subtype] else None


def extract_golds(folders: list[Path], model: str | None = None) -> dict[str, dict[str, Any]]:
    """The events of each regression gold's article, each labelled right when the seed scorer
    matches it to a gold event: "gold/folder/prefix" -> events (all kept)."""
    from newsevents.evaluation.golds import find_article
    from newsevents.evaluation.seed import SeedScorer
    from newsevents.pipeline import Pipeline, build_record

    for folder in folders:  # checked before anything is read
        for gold_file in folder.glob("*.gold.json"):
            prefix = gold_file.name[: -len(".gold.json")]
            if prefix.startswith(HELD_OUT) or any(h.startswith(prefix) for h in HELD_OUT):
                raise SystemExit(f"{gold_file}: a held-out gold; never trained on")
    pipeline = Pipeline(model)
    out: dict[str, dict[str, Any]] = {}
    for folder in folders:
        for gold_file in sorted(folder.glob("*.gold.json")):
            prefix = gold_file.name[: -len(".gold.json")]
            if prefix.startswith("bbc_"):
                setting, file = "bbc", f"{prefix}.txt"
                text = (BBC / file).read_text(encoding="utf-8", errors="replace")
            else:
                setting, file = "giveme", find_article(GIVEME, prefix).name
                text = json.loads((GIVEME / file).read_text(encoding="utf-8"))["text"]
            doc = next(pipeline.docs([_article(setting, file)]))
            record = build_record(doc, pipeline.info, 0.0).to_dict()
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            scorer = SeedScorer(gold, record, text)
            events = record.get("events") or []
            absorbed: set[int] = set()
            for g in gold.get("events", []):  # the same claiming as SeedScorer.events_rows
                matching = [i for i, e in enumerate(events) if scorer.event_matches(e, g)]
                unclaimed = [i for i in matching if i not in absorbed]
                absorbed.update(unclaimed[:g.get("max_matches", len(g["sentence_contains_any_of"]))])
            features = doc._.event_features or {}
            rows = [_event_row(e, features) for e in doc._.events or []]
            for i, row in enumerate(rows):
                row["right"] = i in absorbed
            out[f"gold/{folder.name}/{prefix}"] = {"events": rows}
    return out


@dataclass(frozen=True)
class Example:
    """One labelled event for the fit: its fold (an audit, a gold folder, CASE), domain and label."""

    fold: str
    domain: str  # "articles" (audits, golds) or "snippets" (CASE)
    right: bool
    features: dict[str, float]


def fit(x: np.ndarray, y: np.ndarray, l2: float, weight: np.ndarray | None = None) -> np.ndarray:
    """Weights of an L2-regularised logistic regression (the bias, column 0, not penalised);
    ``weight``: each example's weight (default 1)."""
    weight = np.ones(len(y)) if weight is None else weight
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (weight * (p - y)) + penalty * w
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def design(pairs: list[tuple[Judged, dict[str, Any]]], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[event["features"].get(n, 0.0) for n in names] for _, event in pairs], dtype=float)
    y = np.array([1.0 if j.right else 0.0 for j, _ in pairs])
    return x, y


def table(scores: np.ndarray, y: np.ndarray) -> list[tuple[float, int, int, int, float, float]]:
    """Per threshold: kept, right kept, right in all, precision, recall."""
    rows = []
    for t in THRESHOLDS:
        kept = np.round(scores, 2) >= t
        right_kept = int((kept & (y == 1)).sum())
        precision = right_kept / kept.sum() if kept.sum() else float("nan")
        rows.append((t, int(kept.sum()), right_kept, int(y.sum()), precision, right_kept / y.sum()))
    return rows


def print_table(title: str, rows: list[tuple[float, int, int, int, float, float]]) -> None:
    print(title)
    print("  threshold  kept  right kept / right  precision  recall")
    for t, kept, right_kept, right, precision, recall in rows:
        print(f"  {t:9.2f}  {kept:4d}  {right_kept:10d} / {right:<5d}  {precision:9.3f}  {recall:6.3f}")


# The pools of the audits, grouped as the docs name them: the issue-14 BBC audits (with their few
# Giveme5W1H rows and the precision sample), US news (PolNeAR train split, both halves), local
# news (LGL), web news (GeoWebNews) and news wire (TimeBank/AQUAINT).
POOL_GROUPS = {"polnear-dev": "us-news", "polnear-heldout": "us-news", "lgl": "local", "gwn": "web", "tbaq": "wire"}
RECALLS = (0.9, 0.8, 0.7, 0.5, 0.3)
BANDS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.01)


def audit_groups(judged: list[Judged]) -> dict[str, str]:
    """Each audit's pool group (its rows' most common one; "bbc" for BBC, Giveme5W1H and the sample)."""
    counts: dict[str, Counter[str]] = {}
    for j in judged:
        counts.setdefault(j.audit, Counter())[POOL_GROUPS.get(j.pool, "bbc")] += 1
    return {audit: c.most_common(1)[0][0] for audit, c in counts.items()}


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) if len(y) else float("nan")


def precision_at_recall(p: np.ndarray, y: np.ndarray, recall: float) -> float:
    """The precision of the highest-scored events that hold ``recall`` of the right ones (ties in
    score taken whole)."""
    if not y.sum():
        return float("nan")
    needed = recall * y.sum()
    for t in sorted(set(p.tolist()), reverse=True):
        kept = p >= t
        if y[kept].sum() >= needed - 1e-9:
            return float(y[kept].sum() / kept.sum())
    return float(y.mean())


def summary(label: str, p: np.ndarray, y: np.ndarray) -> str:
    """One line: events, right, log-loss, Brier score and precision at each recall of RECALLS."""
    cells = "  ".join(f"{precision_at_recall(p, y, r):.3f}" for r in RECALLS)
    return (f"  {label:44} {len(y):5d} {int(y.sum()):5d}  {log_loss(p, y):.4f}  {float(np.mean((p - y) ** 2)):.4f}  "
            f"{cells}")


def summary_header() -> str:
    return ("  " + "scores".ljust(44) + " events right  log-loss  Brier  "
            + "  ".join(f"P@R{r:g}" for r in RECALLS))


def calibration(title: str, p: np.ndarray, y: np.ndarray) -> None:
    """Mean confidence against the share right, per band of confidence."""
    print(title)
    print("  band          events  mean confidence  share right")
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        band = (p >= lo) & (p < hi)
        if band.any():
            print(f"  {lo:.2f}-{min(hi, 1.0):.2f}  {int(band.sum()):10d}  {float(p[band].mean()):15.3f}  "
                  f"{float(y[band].mean()):11.3f}")
    print(f"  all         {len(y):8d}  {float(p.mean()):15.3f}  {float(y.mean()):11.3f}")


def loao(x: np.ndarray, y: np.ndarray, weight: np.ndarray, folds: np.ndarray, l2: float,
         trainable: np.ndarray) -> np.ndarray:
    """Each fold's events scored by weights fitted on the ``trainable`` events of the other folds."""
    scores = np.zeros(len(y))
    for fold in sorted(set(folds)):
        test = folds == fold
        train = trainable & ~test
        w = fit(x[train], y[train], l2, weight[train])
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w)))
    return scores


def compare_report(examples: list[Example], x: np.ndarray, y: np.ndarray, weight: np.ndarray, folds: np.ndarray,
                   l2: float, groups: dict[str, str], held_scores: np.ndarray) -> None:
    """The audits' events under three scorings, each held out where it can be: the packaged weights
    (fitted on the BBC audits: in-sample there, held out on the other pools), the BBC-audits recipe
    refitted leave-one-audit-out, and this run's recipe (every audit) leave-one-audit-out; pooled,
    then per pool group."""
    from newsevents.eventcoding.confidence import load_weights, score

    packaged = load_weights()
    shipped = np.array([score(e.features, packaged) for e in examples])
    group = np.array([groups.get(f.split(":", 1)[1], "-") if f.startswith("audit:") else "-" for f in folds])
    audit = np.array([f.startswith("audit:") for f in folds])
    bbc_recipe = loao(x, y, weight, folds, l2, (group == "bbc") | ~audit)
    print("scorings compared on the audits' events (log-loss and Brier: lower is better; P@R: precision "
          "at that recall):")
    for name, mask in (("all audits", audit), *((g, group == g) for g in ("bbc", "us-news", "local", "web", "wire"))):
        if not mask.any():
            continue
        print(f" {name}:")
        print(summary_header())
        print(summary("packaged weights (as shipped)", shipped[mask], y[mask]))
        print(summary("BBC audits only, leave-one-audit-out", bbc_recipe[mask], y[mask]))
        print(summary("this run's data, leave-one-audit-out", held_scores[mask], y[mask]))


def write_weights(names: list[str], w: np.ndarray, examples: list[Example], l2: float, balance: str) -> None:
    counts = Counter((e.fold.split(":")[0], e.right) for e in examples)
    audits = sorted({e.fold for e in examples if e.fold.startswith("audit:")})
    sources = sorted({e.fold.split(":")[0] for e in examples} - {"audit"})

    def source_counts(source: str) -> str:
        return f"{counts[source, True] + counts[source, False]} events, {counts[source, True]} right"

    lines = [
        "# Event confidence weights (feature<TAB>weight), read by newsevents.eventcoding.confidence.",
        "# Written by scripts/train_event_confidence.py --write: an L2-regularised logistic regression",
        f"# (l2 {l2}, the bias unpenalised) fitted on {len(examples)} events ({sum(e.right for e in examples)} right):",
        f"# - hand audits ({source_counts('audit')}): {', '.join(a.split(':', 1)[1] for a in audits)}",
        "#   (docs/audit/), each matched to the current code's event of the same file, sentence, trigger",
        "#   and type and labelled by the analyst reading's 'all right';",
    ]
    for source in sources:
        if source == "case":
            lines.append(f"# - CASE 2021 dev snippets ({source_counts(source)}), labelled by gold: accepted type right,"
                         " conflict type in a disaster snippet wrong, others left out;")
        else:
            folders = sorted({e.fold.split(':', 1)[1] for e in examples if e.fold.startswith(f'{source}:')})
            lines.append(f"# - regression golds ({source_counts(source)}) {', '.join(folders)}: events matched to a"
                         " gold event right, others wrong;")
    lines += [f"# weighting: {balance}.",
              "# Features are kinds of events (see the module), never words of any text."]
    lines += [f"{name}\t{weight:.4f}" for name, weight in zip(names, w, strict=True)]
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"weights written to {WEIGHTS}")


def _scores(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return np.round(1.0 / (1.0 + np.exp(-(x @ w))), 2)


def case_floors(extracted: dict[str, Any], names: list[str], w: np.ndarray) -> None:
    """CASE dev figures (as ``newsevents evaluate case2021``) at each floor under weights ``w``."""
    from newsevents.evaluation.case2021 import ACCEPTED, CONFLICT, DISASTERS

    snippets = [v for k, v in extracted.items() if k.startswith("case/")]
    print("  floor  CASE accepted  disaster as conflict")
    for t in (t for t in THRESHOLDS if t <= 0.5):
        found = mapped = conflict = disaster = 0
        for s in snippets:
            kept = set()
            for e in s["events"]:
                if _scores(np.array([e["features"].get(n, 0.0) for n in names]), w) >= t:
                    kept.add(e["type"])
            if s["subtype"] in DISASTERS:
                disaster += 1
                conflict += bool(kept & CONFLICT)
            else:
                mapped += 1
                found += bool(kept & ACCEPTED[s["subtype"]])
        print(f"  {t:5.2f}  {found / mapped:.3f} ({found}/{mapped})  {conflict / max(disaster, 1):.3f} ({conflict}/{disaster})")


# Features a snippet's format fixes, not its event: a CASE snippet has no date, one or two
# sentences and no article around it. Its labels are nearly all "right", so left as they are these
# would teach "no date, short text: right"; they are set to the articles' mean instead (unknown).
SNIPPET_FORMAT = ("date.known", "sentence.position", "sentence.lead", "told_again", "article.political_share",
                  "article.coded_sentence_share", "article.events")


def examples_of(judged: list[Judged], extracted: dict[str, Any]) -> list[Example]:
    """The audits' matched events, then the CASE and gold events with a label, from ``extracted``."""
    examples = [Example(f"audit:{j.audit}", "articles", j.right, e["features"]) for j, e in match(judged, extracted)]
    for key, value in sorted(extracted.items()):
        if key.startswith("gold/"):
            folder = key.split("/")[1]
            examples += [Example(f"gold:{folder}", "articles", e["right"], e["features"]) for e in value["events"]]
    mean = {n: sum(e.features.get(n, 0.0) for e in examples) / max(len(examples), 1) for n in SNIPPET_FORMAT}
    for key, value in sorted(extracted.items()):
        if key.startswith("case/"):
            for e in value["events"]:
                label = case_label(value["subtype"], e["type"])
                if label is not None:
                    examples.append(Example("case:case2021-dev", "snippets", label, {**e["features"], **mean}))
    return examples


# The per-topic policy's candidates: the politics_conflict share under which an article's events
# must reach the floor (1.01: every article with a cue word), and the floors.
POLICY_SHARES = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
POLICY_FLOORS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def policy_keeps(features: dict[str, float], score: float, share: float, floor: float) -> bool:
    """newsevents.eventcoding.topic.kept, read from an event's features (its article's topic) and
    a score: an article with a cue word whose politics_conflict share is under ``share`` keeps
    only the events scored ``floor`` or more."""
    if not any(name.startswith("topic.lead.") for name in features):
        return True
    return features.get("topic.politics_conflict", 0.0) >= share or score >= floor


def _policy_counts(examples: list[Example], scores: np.ndarray, mask: np.ndarray, share: float,
                   floor: float) -> tuple[int, int, int]:
    """Kept, right kept, right in all, over the examples of ``mask``."""
    kept = right_kept = right = 0
    for e, s, m in zip(examples, scores, mask, strict=True):
        if m:
            k = policy_keeps(e.features, round(float(s), 2), share, floor)
            kept, right_kept, right = kept + k, right_kept + (k and e.right), right + e.right
    return kept, right_kept, right


def policy_report(examples: list[Example], held_scores: np.ndarray, folds: np.ndarray, min_recall: float,
                  extracted: dict[str, Any], names: list[str], w: np.ndarray) -> None:
    """The per-topic policy on the audits, each audit's events scored by weights fitted without it
    (every candidate pooled; then a nested choice: per held-out audit, the candidate of the best
    precision with recall >= ``min_recall`` on the other audits), and on the CASE snippets
    (accepted type found, as ``newsevents evaluate case2021``) under the weights ``w``."""
    from newsevents.evaluation.case2021 import ACCEPTED, CONFLICT, DISASTERS

    audit = np.array([f.startswith("audit:") for f in folds])
    snippets = [v for k, v in extracted.items() if k.startswith("case/")]
    print("per-topic policy: audits (leave-one-audit-out scores, pooled); CASE dev (weights fitted on all)")
    print("  share  floor  kept  right kept / right  precision  recall  CASE accepted  disaster as conflict")
    for share in POLICY_SHARES:
        for floor in POLICY_FLOORS:
            kept, rk, r = _policy_counts(examples, held_scores, audit, share, floor)
            found = mapped = conflict = disaster = 0
            for s in snippets:
                types = {e["type"] for e in s["events"] if policy_keeps(e["features"], float(_scores(
                    np.array([e["features"].get(n, 0.0) for n in names]), w)), share, floor)}
                if s["subtype"] in DISASTERS:
                    disaster, conflict = disaster + 1, conflict + bool(types & CONFLICT)
                else:
                    mapped, found = mapped + 1, found + bool(types & ACCEPTED[s["subtype"]])
            case = f"{found / mapped:.3f} ({found}/{mapped})  {conflict}/{disaster}" if mapped else "-"
            print(f"  {share:5.2f}  {floor:5.2f}  {kept:4d}  {rk:10d} / {r:<5d}  {rk / max(kept, 1):9.3f}  "
                  f"{rk / max(r, 1):6.3f}  {case}")
    kept = rk = r = 0
    for fold in sorted({f for f in folds if f.startswith("audit:")}):
        train = audit & (folds != fold)
        best = (-1.0, 1.01, 0.0)  # floor 0 keeps every event: recall 1
        for share in POLICY_SHARES:
            for floor in (0.0, *POLICY_FLOORS):
                k, a, b = _policy_counts(examples, held_scores, train, share, floor)
                if b and a / b >= min_recall and a / max(k, 1) > best[0]:
                    best = (a / max(k, 1), share, floor)
        k, a, b = _policy_counts(examples, held_scores, folds == fold, best[1], best[2])
        print(f"  nested: {fold}: chose share {best[1]:.2f}, floor {best[2]:.2f}: kept {k}, right {a} of {b}")
        kept, rk, r = kept + k, rk + a, r + b
    print(f"  nested, pooled: kept {kept}, right kept {rk} of {r}: precision {rk / max(kept, 1):.3f}, recall {rk / max(r, 1):.3f}")


def per_fold_report(examples: list[Example], held_scores: np.ndarray, folds: np.ndarray) -> None:
    """Per held-out audit: kept / right kept / right with every event kept, with a global floor at
    the policy's floor, and under the pipeline's per-topic policy (eventcoding/topic.py), each
    audit's events scored by weights fitted without it."""
    from newsevents.eventcoding.topic import POLICY_FLOOR, POLICY_POLITICS_SHARE

    settings = (("all kept", 1.01, 0.0), (f"floor {POLICY_FLOOR:g}", 1.01, POLICY_FLOOR),
                (f"policy {POLICY_POLITICS_SHARE:g}/{POLICY_FLOOR:g}", POLICY_POLITICS_SHARE, POLICY_FLOOR))
    print("per held-out audit (kept / right kept / right):")
    print("  " + "audit".ljust(32) + "".join(name.rjust(20) for name, _, _ in settings))
    totals = [[0, 0, 0] for _ in settings]
    for fold in sorted({f for f in folds if f.startswith("audit:")}):
        cells = []
        for total, (_, share, floor) in zip(totals, settings, strict=True):
            counts = _policy_counts(examples, held_scores, folds == fold, share, floor)
            total[:] = [a + b for a, b in zip(total, counts, strict=True)]
            cells.append("{} / {} / {}".format(*counts).rjust(20))
        print("  " + fold.split(":", 1)[1].ljust(32) + "".join(cells))
    print("  " + "pooled (precision)".ljust(32)
          + "".join(f" {k} / {rk} / {r} ({rk / max(k, 1):.3f})".rjust(20) for k, rk, r in totals))


def spurious_report(pairs: list[tuple[Judged, dict[str, Any]]], names: list[str], w: np.ndarray) -> None:
    """Draws judged only spurious or not (never trained on), under the weights ``w``: events kept,
    of them not spurious, at each floor and under the pipeline's per-topic policy."""
    from newsevents.eventcoding.topic import POLICY_FLOOR, POLICY_POLITICS_SHARE

    scores = [float(_scores(np.array([e["features"].get(n, 0.0) for n in names]), w)) for _, e in pairs]
    print(f"spurious-judged draws ({len(pairs)} matched events, {sum(j.right for j, _ in pairs)} not spurious) "
          "under the weights fitted on all: kept, not spurious among kept")
    for label, share, floor in (("all kept", 1.01, 0.0), *((f"floor {t:g}", 1.01, t) for t in (0.05, 0.1, 0.15, 0.2, 0.3)),
                                (f"policy {POLICY_POLITICS_SHARE:g}/{POLICY_FLOOR:g}", POLICY_POLITICS_SHARE, POLICY_FLOOR)):
        kept = [policy_keeps(e["features"], s, share, floor) for (_, e), s in zip(pairs, scores, strict=True)]
        good = sum(k and j.right for k, (j, _) in zip(kept, pairs, strict=True))
        print(f"  {label:14}  kept {sum(kept):3d}  not spurious {good:3d} ({good / max(sum(kept), 1):.3f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep (and reuse) the extraction in this JSON file")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default 1.0)")
    parser.add_argument("--write", action="store_true", help="write the weights fitted on all the data")
    parser.add_argument("--score", type=Path, nargs="*", default=[],
                        help="audits NOT trained on: score them under the packaged weights")
    parser.add_argument("--threshold", type=float, default=None, help="--score: the threshold (default the pipeline's)")
    parser.add_argument("--drop", default="", help="comma-separated feature-name prefixes to leave out (ablation)")
    parser.add_argument("--exclude", nargs="*", default=[], metavar="AUDIT",
                        help="audit file stems to leave out of training (e.g. the test audit)")
    parser.add_argument("--case", type=Path, help="CASE 2021 dev folder: its snippets' events, labelled by gold")
    parser.add_argument("--golds", type=Path, nargs="*", default=[],
                        help="regression gold folders (eval/gold/...): their articles' events, labelled by gold")
    parser.add_argument("--case-share", type=float, default=1.0,
                        help="the CASE events' total weight as a share of the articles' (default 1: equal)")
    parser.add_argument("--test", type=Path, nargs="*", default=[],
                        help="audits NOT trained on: their table under the weights just fitted")
    parser.add_argument("--policy", type=float, metavar="MIN_RECALL",
                        help="also table the per-topic policy (leave-one-audit-out; nested choice at this recall)")
    parser.add_argument("--spurious", type=Path, nargs="*", default=[],
                        help="draws judged only spurious or not (column 'class'; never trained on): "
                             "their events kept under the weights just fitted")
    parser.add_argument("--model")
    args = parser.parse_args(argv)

    audits = [a for a in training_audits() if a.stem not in args.exclude]
    judged = [j for path in audits for j in read_audit(path)]
    held = [j for path in args.score for j in read_audit(path)]
    tests = [j for path in args.test for j in read_audit(path)]
    spurious = [j for path in args.spurious for j in read_spurious(path)]
    if {path.stem for path in args.test} & {path.stem for path in audits}:
        raise SystemExit("a --test audit is also trained on: --exclude it")
    keys = sorted({(j.setting, j.file) for j in judged + held + tests + spurious})
    extracted: dict[str, Any] = {}
    if args.cache and args.cache.is_file():
        extracted = json.loads(args.cache.read_text(encoding="utf-8"))
    missing = [k for k in keys if f"{k[0]}/{k[1]}" not in extracted]
    changed = bool(missing)
    if missing:
        print(f"extracting {len(missing)} articles ...", file=sys.stderr)
        extracted.update(extract(missing, args.model))
    if args.case and not any(k.startswith("case/") for k in extracted):
        print("extracting the CASE snippets ...", file=sys.stderr)
        extracted.update(extract_case(args.case, args.model))
        changed = True
    missing_golds = [f for f in args.golds if not any(k.startswith(f"gold/{f.name}/") for k in extracted)]
    if missing_golds:
        extracted.update(extract_golds(missing_golds, args.model))
        changed = True
    if args.cache and changed:
        args.cache.write_text(json.dumps(extracted), encoding="utf-8")
    extracted_all = extracted  # the policy report reads the CASE snippets even when not trained on
    # Only the sources asked for this run are trained on, whatever the cache holds.
    wanted = {f"gold/{f.name}/" for f in args.golds}
    extracted = {k: v for k, v in extracted.items()
                 if not (k.startswith("case/") and not args.case)
                 and not (k.startswith("gold/") and not any(k.startswith(w) for w in wanted))}

    if args.score:
        from newsevents.pipeline import MIN_EVENT_CONFIDENCE

        threshold = MIN_EVENT_CONFIDENCE if args.threshold is None else args.threshold
        pairs = match(held, extracted)
        y = np.array([1.0 if j.right else 0.0 for j, _ in pairs])
        from newsevents.eventcoding.confidence import load_weights, score

        weights = load_weights()  # the packaged weights, not those of the cached extraction
        scores = np.array([round(score(e["features"], weights), 2) for _, e in pairs])
        kept = scores >= threshold
        print(f"scored audits: {len(held)} judged events ({sum(j.right for j in held)} right), "
              f"{len(pairs)} matched ({int(y.sum())} right)")
        print(f"at threshold {threshold}: kept {int(kept.sum())}, right among kept {int((kept & (y == 1)).sum())}, "
              f"right events lost {int((~kept & (y == 1)).sum())}")
        for j, e in pairs:
            print(f"  {round(score(e['features'], weights), 2):.2f}  {'right' if j.right else 'wrong':5}  {j.file}  {j.type}  {j.trigger}")
        from newsevents.eventcoding.topic import POLICY_FLOOR, POLICY_POLITICS_SHARE

        print(f"per-topic policy (politics_conflict share under {POLICY_POLITICS_SHARE}: floor {POLICY_FLOOR}), "
              "by section: kept, right kept, right lost")
        sections: dict[str, list[int]] = {}
        for (j, e), s in zip(pairs, scores, strict=True):
            section = j.file.split("_")[1] if j.file.startswith("bbc_") else j.setting
            row = sections.setdefault(section, [0, 0, 0, 0])
            # the pipeline's own verdict where the extraction kept it (it also reads the cue count)
            k = not e["held"] if "held" in e else policy_keeps(e["features"], float(s), POLICY_POLITICS_SHARE, POLICY_FLOOR)
            row[0] += 1
            row[1] += k
            row[2] += k and j.right
            row[3] += (not k) and j.right
        for section, (n, k, rk, lost) in sorted(sections.items()):
            print(f"  {section}: {n} events, kept {k}, right kept {rk}, right lost {lost}")
        print(f"  all: {len(pairs)} events, kept {sum(r[1] for r in sections.values())}, right kept "
              f"{sum(r[2] for r in sections.values())}, right lost {sum(r[3] for r in sections.values())}")
        print_table("at each threshold:", table(scores, y))
        unrounded = np.array([score(e["features"], weights) for _, e in pairs])
        print(summary_header())
        print(summary("packaged weights", unrounded, y))
        calibration("calibration under the packaged weights:", unrounded, y)
        return 0

    pairs = match(judged, extracted)
    per_audit = Counter(j.audit for j in judged)
    matched = Counter(j.audit for j, _ in pairs)
    right_matched = Counter(j.audit for j, _ in pairs if j.right)
    groups = audit_groups(judged)
    print(f"{len(judged)} judged events ({sum(j.right for j in judged)} right); "
          f"{len(pairs)} matched to a current event ({sum(j.right for j, _ in pairs)} right)")
    print("  audit                                 pool      judged  right  matched  right matched")
    for audit in per_audit:
        print(f"  {audit:37} {groups[audit]:8} {per_audit[audit]:7d} {sum(j.right for j in judged if j.audit == audit):6d} "
              f"{matched[audit]:8d} {right_matched[audit]:14d}")
    dates = date_mismatches(judged, extracted)
    if dates:
        print(f"  {len(dates)} judged events whose article is read with another date than its audit's: "
              + ", ".join(sorted(set(dates))[:10]))
    examples = examples_of(judged, extracted)
    for fold, n in sorted(Counter(e.fold for e in examples).items()):
        if not fold.startswith("audit:"):
            print(f"  {fold}: {n} labelled events ({sum(e.right for e in examples if e.fold == fold)} right)")
    dropped = tuple(p for p in args.drop.split(",") if p)
    names = ["bias", *sorted({n for e in examples for n in e.features
                              if not (dropped and n.startswith(dropped))} - {"bias"})]
    x = np.array([[e.features.get(n, 0.0) for n in names] for e in examples], dtype=float)
    y = np.array([1.0 if e.right else 0.0 for e in examples])
    domains = np.array([e.domain for e in examples])
    n_articles, n_snippets = int((domains == "articles").sum()), int((domains == "snippets").sum())
    if not n_snippets:
        weight = np.ones(len(y))
        balance = "every event weighs 1"
    else:
        each = args.case_share * n_articles / n_snippets
        weight = np.where(domains == "snippets", each, 1.0)
        balance = (f"article events weigh 1, each CASE event {each:.3f} (the {n_snippets} snippet events "
                   f"together weigh {args.case_share:g} x the {n_articles} article events)")
    print(f"weighting: {balance}")
    folds = np.array([e.fold for e in examples])
    held_scores = np.zeros(len(y))
    for fold in sorted(set(folds)):
        test = folds == fold
        w = fit(x[~test], y[~test], args.l2, weight[~test])
        held_scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w)))
    print_table(f"leave-one-source-out ({len(set(folds))} folds, l2 {args.l2}), pooled over the held-out folds:",
                table(held_scores, y))
    for group in ("audit", "case", "gold"):
        mask = np.array([f.startswith(f"{group}:") for f in folds])
        if mask.any():
            print_table(f"  held-out {group} folds only:", table(held_scores[mask], y[mask]))
    us_news = np.array([f.startswith("audit:") and groups.get(f.split(":", 1)[1]) == "us-news" for f in folds])
    if us_news.any():
        print_table("  held-out US-news audit folds only:", table(held_scores[us_news], y[us_news]))
    audit_mask = np.array([f.startswith("audit:") for f in folds])
    calibration("calibration, held-out audit folds:", held_scores[audit_mask], y[audit_mask])
    if us_news.any():
        calibration("calibration, held-out US-news audit folds:", held_scores[us_news], y[us_news])
    compare_report(examples, x, y, weight, folds, args.l2, groups, held_scores)
    w = fit(x, y, args.l2, weight)
    if args.policy is not None:
        policy_report(examples, held_scores, folds, args.policy, extracted_all, names, w)
        per_fold_report(examples, held_scores, folds)
    if spurious:
        pairs_s = match(spurious, extracted)
        trained = {(j.file, j.sentence, j.trigger, j.type) for j in judged}
        print(f"spurious-judged draws: {len(pairs_s)} of {len(spurious)} events matched, "
              f"{sum((j.file, j.sentence, j.trigger, j.type) in trained for j, _ in pairs_s)} of them also in a trained audit")
        spurious_report(pairs_s, names, w)
    if args.case:
        print("CASE dev under the weights fitted on all (in-sample):")
        case_floors(extracted, names, w)
        case_fold = folds == "case:case2021-dev"
        print("CASE dev under weights fitted without it (held out):")
        case_floors(extracted, names, fit(x[~case_fold], y[~case_fold], args.l2, weight[~case_fold]))
    if tests:
        test_pairs = match(tests, extracted)
        xt = np.array([[e["features"].get(n, 0.0) for n in names] for _, e in test_pairs], dtype=float)
        yt = np.array([1.0 if j.right else 0.0 for j, _ in test_pairs])
        pt = 1.0 / (1.0 + np.exp(-(xt @ w)))
        print_table(f"test audits (never trained on; {len(test_pairs)} of {len(tests)} matched) under these weights:",
                    table(pt, yt))
        from newsevents.eventcoding.confidence import load_weights, score

        packaged = load_weights()
        shipped = np.array([score(e["features"], packaged) for _, e in test_pairs])
        print(summary_header())
        print(summary("packaged weights (as shipped)", shipped, yt))
        print(summary("the weights just fitted", pt, yt))
        calibration("calibration of the test audits under the weights just fitted:", pt, yt)
    print("weights fitted on all (largest first):")
    for name, weight_value in sorted(zip(names, w, strict=True), key=lambda nw: -abs(nw[1])):
        print(f"  {weight_value:+.3f}  {name}")
    if args.write:
        write_weights(names, w, examples, args.l2, balance)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
