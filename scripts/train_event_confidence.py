"""Train the event confidence from the hand audits' verdicts (run by hand; not a test).

    .venv/bin/python scripts/train_event_confidence.py [--cache FILE] [--l2 1.0] [--write]
                                                        [--score AUDIT.md ...] [--threshold T]

1. Reads the verdict tables of the hand audits in docs/audit (``2026-*-issue14*.md``, column
   ``all right``; and ``2026-12-03-precision-sample2.md``, verdict ``right``).
2. Re-extracts every audited article with the CURRENT code and the audit's settings
   (scripts/audit_draw.py: BBC articles with the title line, source BBC and stand-in date
   2005-01-01; Giveme5W1H articles with their own metadata; the precision sample as
   scripts/precision_sample.py made it: stand-in date, no title) and every event's features
   (newsevents.eventcoding.confidence), keeping all events (no filter). ``--cache`` keeps that
   extraction in a JSON file so the fit can be rerun without it.
3. Matches each judged event to a current event of the same file, sentence, trigger and type;
   judged events the current code no longer gives are dropped (the counts are printed).
4. Fits an L2-regularised logistic regression (numpy, Newton steps) and prints leave-one-audit-out
   precision (share of kept events that are right) and recall (share of right events kept) per
   threshold, pooled over the held-out folds.
5. ``--write`` writes the weights fitted on all audits to src/newsevents/data/event_confidence.tsv.
6. ``--score FILE``: an audit NOT trained on (a fresh one): its events' confidence under the
   packaged weights and, at ``--threshold``, how many are kept and how many of the kept are right.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
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
THRESHOLDS = (0.05, 0.1, 0.15, *(round(0.2 + 0.05 * k, 2) for k in range(11)))
CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Judged:
    """One audited event: where it is, what it was, and the analyst's verdict."""

    audit: str
    setting: str  # "bbc" (title line), "giveme" (own metadata) or "sample" (no title)
    file: str
    type: str
    trigger: str
    sentence: str
    right: bool


def _cells(line: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in CELL_SPLIT.split(line.strip())[1:-1]]


def _norm(text: str) -> str:
    return " ".join(text.split())


def read_audit(path: Path) -> list[Judged]:
    """The judged events of one audit's verdict table (rows whose first cell is a number)."""
    header: list[str] | None = None
    judged: list[Judged] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("|"):
            continue
        cells = _cells(line)
        if cells and cells[0] == "#":
            header = cells
            continue
        if header is None or not cells or not cells[0].isdigit():
            continue
        row = dict(zip(header, cells, strict=False))
        if "all right" in row:
            verdict = row["all right"].lower()
            if verdict not in ("yes", "no"):
                print(f"{path.name}:{number}: no verdict ({row['all right']!r}); row skipped", file=sys.stderr)
                continue
            right = verdict == "yes"
            setting = "giveme" if row.get("pool") == "giveme5w1h" else "bbc"
        elif "verdict" in row:
            right = row["verdict"].lower() == "right"
            setting = "sample"
        else:
            print(f"{path.name}:{number}: a table with neither 'all right' nor 'verdict'; skipped", file=sys.stderr)
            continue
        judged.append(Judged(audit=path.stem, setting=setting, file=row["file"], type=row["type"],
                             trigger=row["trigger"], sentence=_norm(row["sentence"]), right=right))
    return judged


def training_audits(folder: Path = AUDITS) -> list[Path]:
    return sorted([*folder.glob("2026-*-issue14*.md"), folder / PRECISION_SAMPLE])


def _article(setting: str, file: str) -> Any:
    from newsevents.evaluation.golds import read_article
    from newsevents.record import make_article

    if setting == "giveme":
        a = read_article(GIVEME / file)
        return make_article(a.text, title=a.title, source=a.source, url=a.url, published=a.published, id=a.id)
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
    for (key, _), doc in zip(articles, pipeline.docs(a for _, a in articles), strict=True):
        features = doc._.event_features or {}
        out[key] = [{"id": e.id, "type": e.event, "trigger": e.trigger.text, "sentence": _norm(e.sentence.text),
                     "confidence": e.confidence, "features": features.get(e.id, {})} for e in doc._.events or []]
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


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights of an L2-regularised logistic regression (the bias, column 0, not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
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


def write_weights(names: list[str], w: np.ndarray, n: int, n_right: int, audits: list[str], l2: float) -> None:
    lines = [
        "# Event confidence weights (feature<TAB>weight), read by newsevents.eventcoding.confidence.",
        "# Written by scripts/train_event_confidence.py --write: an L2-regularised logistic regression",
        f"# (l2 {l2}, the bias unpenalised) fitted on {n} events ({n_right} right) of the hand audits",
        f"# {', '.join(audits)} (docs/audit/), each matched to the current code's event of the same",
        "# file, sentence, trigger and type and labelled by the analyst reading's 'all right'.",
        "# Features are kinds of events (see the module), never words of any text.",
    ]
    lines += [f"{name}\t{weight:.4f}" for name, weight in zip(names, w, strict=True)]
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"weights written to {WEIGHTS}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep (and reuse) the extraction in this JSON file")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default 1.0)")
    parser.add_argument("--write", action="store_true", help="write the weights fitted on all audits")
    parser.add_argument("--score", type=Path, nargs="*", default=[],
                        help="audits NOT trained on: score them under the packaged weights")
    parser.add_argument("--threshold", type=float, default=None, help="--score: the threshold (default the pipeline's)")
    parser.add_argument("--drop", default="", help="comma-separated feature-name prefixes to leave out (ablation)")
    parser.add_argument("--model")
    args = parser.parse_args(argv)

    audits = training_audits()
    judged = [j for path in audits for j in read_audit(path)]
    held = [j for path in args.score for j in read_audit(path)]
    keys = sorted({(j.setting, j.file) for j in judged + held})
    extracted: dict[str, list[dict[str, Any]]] = {}
    if args.cache and args.cache.is_file():
        extracted = json.loads(args.cache.read_text(encoding="utf-8"))
    missing = [k for k in keys if f"{k[0]}/{k[1]}" not in extracted]
    if missing:
        print(f"extracting {len(missing)} articles ...", file=sys.stderr)
        extracted.update(extract(missing, args.model))
        if args.cache:
            args.cache.write_text(json.dumps(extracted), encoding="utf-8")

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
        print_table("at each threshold:", table(scores, y))
        return 0

    pairs = match(judged, extracted)
    per_audit = Counter(j.audit for j in judged)
    matched = Counter(j.audit for j, _ in pairs)
    print(f"{len(judged)} judged events ({sum(j.right for j in judged)} right); "
          f"{len(pairs)} matched to a current event ({sum(j.right for j, _ in pairs)} right)")
    for audit in per_audit:
        print(f"  {audit}: {matched[audit]} of {per_audit[audit]} matched")
    dropped = tuple(p for p in args.drop.split(",") if p)
    names = ["bias", *sorted({n for _, e in pairs for n in e["features"]
                              if not (dropped and n.startswith(dropped))} - {"bias"})]
    x, y = design(pairs, names)
    folds = np.array([j.audit for j, _ in pairs])
    held_scores = np.zeros(len(y))
    for audit in sorted(set(folds)):
        test = folds == audit
        w = fit(x[~test], y[~test], args.l2)
        held_scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w)))
    print_table(f"leave-one-audit-out ({len(set(folds))} folds, l2 {args.l2}), pooled over the held-out folds:",
                table(held_scores, y))
    w = fit(x, y, args.l2)
    print("weights fitted on all audits (largest first):")
    for name, weight in sorted(zip(names, w, strict=True), key=lambda nw: -abs(nw[1])):
        print(f"  {weight:+.3f}  {name}")
    if args.write:
        write_weights(names, w, len(y), int(y.sum()), sorted(set(folds)), args.l2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
