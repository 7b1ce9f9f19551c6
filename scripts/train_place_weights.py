"""Refit the toponym-resolution weights from the place golds, cross-validated across corpora
(run by hand; not a test).

    .venv/bin/python scripts/train_place_weights.py [--cache FILE] [--limit N] [--l2 1.0] [--write]

The choice among GeoNames candidates (newsevents.geo.resolve.best_candidate) is a weighted sum of
terms, :data:`newsevents.geo.resolve.FEATURES`: log10 population, one indicator per level (a city
is the reference), airport, national capital, seat, alias, and the article's context (a named
county, the country and admin1 shares, the home region, an enclosing admin1 or country). The
packaged weights were set by hand; this script asks whether weights learned from the gold
resolve better on a corpus they were not learned from.

1. Runs the CURRENT pipeline (the evaluators' own readers and runner) over GeoWebNews (GWN.xml),
   LGL dev (lgl-dev.xml) and GeoVirus (GeoVirus.xml) under ``--eval DIR`` (default
   ../shared/eval), recording every candidate set the places stage scores when it settles a
   mention (``best_candidate`` called from the stage's ``resolve``: passes 1 and 2 and the
   deferred cue names; the vote rounds are context, not decisions), with each candidate's
   feature values. Candidates ``main_names_only`` prunes stay pruned: only the scored ones count.
2. Aligns the gold toponyms with the record's place mentions exactly as the evaluators do
   (``GeoTally``: overlap, one to one, mentions on ignored spans dropped) and labels each found
   toponym's candidates: GeoWebNews and LGL by the gold GeoNames id, GeoVirus (no ids) by distance,
   the candidate nearest the gold point when it lies within 161 km. A mention is kept when the right
   candidate is among >= 2 scored candidates; the others are counted (no scoring call: the name
   took an earlier mention's referent or a pairing rule's; gold without id; right candidate
   absent; a single candidate).
3. Fits a conditional logit (softmax over each mention's candidates; L2 towards the hand weights,
   or towards 0 with ``--toward zero``; Newton steps; deterministic) and reports, leave one corpus out (fit on two, predict the third) and within each
   corpus by halves (article id's SHA-1, ``runner.half_ab``; fit on one half, predict the other,
   both ways), the top candidate's accuracy under the hand weights and the refit ones, the paired
   counts (refit right & hand wrong / the reverse) and a two-sided sign-test p.
4. ``--one-term`` (exploratory) refits each term alone, the others held at their hand weights,
   leave one corpus out: sixteen tests, so a p below 0.05 / 16 is what would count.
5. ``--write`` writes the weights fitted on all three corpora to src/newsevents/data/place_weights.tsv.

``--cache FILE`` keeps the recorded candidate sets (JSON) so the fit can be rerun without the
pipeline; ``--limit N`` reads the first N articles of each corpus (a quick check).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
WEIGHTS_FILE = REPO / "src" / "newsevents" / "data" / "place_weights.tsv"
CORPORA = ("geowebnews", "lgl", "geovirus")
PATHS = {"geowebnews": "geowebnews", "lgl": "lgl/lgl-dev.xml", "geovirus": "geovirus"}
ACCURACY_KM = 161.0


# ---------------------------------------------------------------- recording the candidate sets

def _recorder(calls: dict[tuple[str, int, int], dict[str, Any]]) -> Any:
    """A stand-in for ``best_candidate`` in the places stage that records the decisions it makes
    in ``resolve`` (read from the caller's frame: the stage's text and the mention ``m``)."""
    from newsevents.geo import resolve as geo

    def recording(cands: list, country_weights: Any = None, enclosing: Any = None, admin1_weights: Any = None,
                  named_counties: Any = (), named_towns: Any = (), home_regions: Any = ()) -> Any:
        chosen = geo.best_candidate(cands, country_weights, enclosing, admin1_weights, named_counties, named_towns,
                                    home_regions)
        caller = sys._getframe(1)
        if caller.f_code.co_name != "resolve" or not cands:
            return chosen
        m, stage = caller.f_locals.get("m"), caller.f_locals.get("self")
        if m is None or stage is None:
            return chosen
        scored = geo.main_names_only(cands, named_counties)
        rows = []
        for c in scored:
            feats = dict(geo.candidate_features(c, scored, country_weights or {}, enclosing, admin1_weights or {},
                                                named_counties, named_towns, home_regions))
            rows.append({"id": c.geonameid, "lat": c.lat, "lon": c.lon, "name": c.name, "level": c.level,
                         "x": [feats.get(f, 0.0) for f in geo.FEATURES], "chosen": c is chosen})
        calls[(stage.text, m.start, m.end)] = {"cands": rows}
        return chosen

    return recording


def collect(corpus: str, eval_dir: Path, limit: int | None, pipeline: Any) -> list[dict[str, Any]]:
    """One row per gold toponym the system found (see the module's step 2)."""
    import importlib

    from newsevents.components import places
    from newsevents.evaluation import metrics
    from newsevents.evaluation.geo import predicted_mentions
    from newsevents.evaluation.runner import half_ab, limited, run

    module = importlib.import_module(f"newsevents.evaluation.{corpus}")
    skipped: dict[str, int] = {}
    calls: dict[tuple[str, int, int], dict[str, Any]] = {}
    original = places.best_candidate
    places.best_candidate = _recorder(calls)
    rows: list[dict[str, Any]] = []
    try:
        for doc, record in run(pipeline, limited(module.read(eval_dir / PATHS[corpus], skipped), limit), skipped):
            gold = doc.gold
            predicted = predicted_mentions(record)
            kept = [p for p in predicted
                    if not any(metrics.overlaps((p.start, p.end), span) for span in gold.ignored)
                    or any(metrics.overlaps((p.start, p.end), (g.start, g.end)) for g in gold.toponyms)]
            pairs = metrics.align([(g.start, g.end) for g in gold.toponyms], [(p.start, p.end) for p in kept])
            for gi, pi in pairs:
                g, p = gold.toponyms[gi], kept[pi]
                call = calls.get((doc.text, p.start, p.end))
                rows.append({"corpus": corpus, "doc": doc.id, "half": half_ab(doc.id), "gold_id": g.geonameid,
                             "gold_lat": g.lat, "gold_lon": g.lon, "pred_id": p.geonameid,
                             "cands": call["cands"] if call else None})
    finally:
        places.best_candidate = original
    return rows


def label(row: dict[str, Any]) -> tuple[str, int | None]:
    """(case, index of the right candidate) for a found toponym."""
    from newsevents.geo.resolve import haversine_km

    cands = row["cands"]
    if cands is None:
        return "no scoring call", None
    if row["corpus"] == "geovirus":
        if row["gold_lat"] is None or row["gold_lon"] is None:
            return "gold without a point", None
        dists = [haversine_km(row["gold_lat"], row["gold_lon"], c["lat"], c["lon"])
                 if c["lat"] is not None and c["lon"] is not None else math.inf for c in cands]
        best = min(range(len(cands)), key=lambda i: dists[i])
        right = best if dists[best] <= ACCURACY_KM else None
    else:
        if row["gold_id"] is None:
            return "gold without an id", None
        right = next((i for i, c in enumerate(cands) if c["id"] == row["gold_id"]), None)
    if right is None:
        return "right candidate absent", None
    if len(cands) < 2:
        return "single candidate", right
    return "kept", right


# ---------------------------------------------------------------- the conditional logit

class Data:
    """Kept mentions stacked: ``x`` (candidates x features), ``seg`` each mention's first row,
    ``right`` the row of its right candidate, ``hand`` the row the hand weights chose."""

    def __init__(self, examples: list[tuple[dict[str, Any], int]]):
        self.examples = examples
        xs, starts, right, hand = [], [], [], []
        n = 0
        for row, r in examples:
            cands = row["cands"]
            starts.append(n)
            right.append(n + r)
            hand.append(n + next(i for i, c in enumerate(cands) if c["chosen"]))
            xs.extend(c["x"] for c in cands)
            n += len(cands)
        self.x = np.array(xs, dtype=float)
        self.seg = np.array(starts, dtype=int)
        self.right = np.array(right, dtype=int)
        self.hand = np.array(hand, dtype=int)

    def subset(self, mask: np.ndarray) -> Data:
        return Data([e for e, keep in zip(self.examples, mask, strict=True) if keep])

    def top(self, w: np.ndarray) -> np.ndarray:
        """Each mention's highest-scoring row (the first on a tie, as ``max`` takes it)."""
        s = self.x @ w
        ends = np.append(self.seg[1:], len(s))
        return np.array([a + int(np.argmax(s[a:b])) for a, b in zip(self.seg, ends, strict=True)], dtype=int)


def fit(data: Data, l2: float | np.ndarray, toward: np.ndarray | None = None, iterations: int = 50) -> np.ndarray:
    """Minimise -sum log softmax(x w)[right] + sum l2/2 (w - toward)^2 by Newton steps (with step
    halving); ``toward`` is 0 by default, the hand weights with ``--toward hand``; ``l2`` may be one
    penalty per feature (a huge one holds a weight where ``toward`` puts it)."""
    x, seg = data.x, data.seg
    counts = np.diff(np.append(seg, len(x)))
    w0 = np.zeros(x.shape[1]) if toward is None else np.asarray(toward, dtype=float)
    lam = np.broadcast_to(np.asarray(l2, dtype=float), w0.shape)
    w = w0.copy()

    def loss_grad_hess(w: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        s = x @ w
        top = np.repeat(np.maximum.reduceat(s, seg), counts)
        e = np.exp(s - top)
        z = np.add.reduceat(e, seg)
        p = e / np.repeat(z, counts)
        loss = -float(np.sum(s[data.right] - top[data.right] - np.log(z))) + float(lam @ (w - w0) ** 2) / 2
        mean = np.add.reduceat(x * p[:, None], seg)  # each mention's expected feature vector
        grad = mean.sum(0) - x[data.right].sum(0) + lam * (w - w0)
        hess = (x * p[:, None]).T @ x - mean.T @ mean + np.diag(lam)
        return loss, grad, hess

    loss, grad, hess = loss_grad_hess(w)
    for _ in range(iterations):
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while t > 1e-6:
            new = w - t * step
            new_loss, new_grad, new_hess = loss_grad_hess(new)
            if new_loss <= loss:
                break
            t /= 2
        else:
            break
        done = loss - new_loss < 1e-10
        w, loss, grad, hess = new, new_loss, new_grad, new_hess
        if done:
            break
    return w


def sign_test(wins: int, losses: int) -> float:
    """Two-sided exact binomial p of ``wins`` against ``losses`` (ties left out)."""
    n = wins + losses
    if n == 0:
        return 1.0
    k = min(wins, losses)
    p = sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, 2 * p)


def compare(test: Data, w: np.ndarray) -> dict[str, Any]:
    refit = test.top(w) == test.right
    hand = test.hand == test.right
    wins, losses = int(np.sum(refit & ~hand)), int(np.sum(hand & ~refit))
    return {"n": len(test.seg), "hand": int(hand.sum()), "refit": int(refit.sum()), "wins": wins,
            "losses": losses, "p": sign_test(wins, losses)}


def line(title: str, r: dict[str, Any]) -> str:
    n = r["n"] or 1
    return (f"| {title} | {r['n']} | {r['hand']} ({r['hand'] / n:.3f}) | {r['refit']} ({r['refit'] / n:.3f}) "
            f"| {r['wins']} / {r['losses']} | {r['p']:.3g} |")


def cross_validate(data: Data, l2: float, toward: np.ndarray | None) -> list[str]:
    corpus = np.array([e[0]["corpus"] for e in data.examples])
    half = np.array([e[0]["half"] for e in data.examples])
    out = ["| held out (fit on the rest) | mentions | hand right | refit right | refit-only / hand-only | sign p |",
           "|---|---|---|---|---|---|"]
    pooled = Counter()
    fold_weights = {}
    for c in CORPORA:
        test = corpus == c
        if not test.any() or test.all():
            continue
        fold_weights[c] = fit(data.subset(~test), l2, toward)
        r = compare(data.subset(test), fold_weights[c])
        pooled.update({k: r[k] for k in ("n", "hand", "refit", "wins", "losses")})
        out.append(line(c, r))
    out.append(line("pooled (leave one corpus out)", {**pooled, "p": sign_test(pooled["wins"], pooled["losses"])}))
    within = Counter()
    for c in CORPORA:
        for h, other in (("a", "b"), ("b", "a")):
            test, train = (corpus == c) & (half == h), (corpus == c) & (half == other)
            if not test.any() or not train.any():
                continue
            r = compare(data.subset(test), fit(data.subset(train), l2, toward))
            within.update({k: r[k] for k in ("n", "hand", "refit", "wins", "losses")})
            out.append(line(f"{c} half {h} (fit on half {other})", r))
    out.append(line("pooled (within corpus, by halves)", {**within, "p": sign_test(within["wins"], within["losses"])}))
    from newsevents.geo.resolve import FEATURES

    out += ["", "Weights of each leave-one-corpus-out fit (named by the corpus held out):", "",
            "| feature | " + " | ".join(f"without {c}" for c in fold_weights) + " |",
            "|---|" + "---|" * len(fold_weights)]
    out += [f"| {name} | " + " | ".join(f"{w[i]:.3f}" for w in fold_weights.values()) + " |"
            for i, name in enumerate(FEATURES)]
    return out


def one_term_report(data: Data, l2: float, hand_w: np.ndarray) -> list[str]:
    """Each term refitted alone (the others held at their hand weights), leave one corpus out."""
    from newsevents.geo.resolve import FEATURES

    corpus = np.array([e[0]["corpus"] for e in data.examples])
    out = ["| term refitted alone | hand | " + " | ".join(f"{c}: pairs" for c in CORPORA)
           + " | pooled LOCO accuracy | pooled pairs | sign p |", "|---|---|" + "---|" * (len(CORPORA) + 3)]
    for i, name in enumerate(FEATURES):
        lam = np.full(len(FEATURES), 1e6)
        lam[i] = l2
        pooled, cells = Counter(), []
        for c in CORPORA:
            test = corpus == c
            if not test.any() or test.all():
                continue
            w = fit(data.subset(~test), lam, hand_w)
            r = compare(data.subset(test), w)
            pooled.update({k: r[k] for k in ("n", "hand", "refit", "wins", "losses")})
            cells.append(f"{r['wins']} / {r['losses']} ({w[i]:.2f})")
        n = pooled["n"] or 1
        out.append(f"| {name} | {hand_w[i]:g} | " + " | ".join(cells) + f" | {pooled['hand'] / n:.3f} -> "
                   f"{pooled['refit'] / n:.3f} | {pooled['wins']} / {pooled['losses']} "
                   f"| {sign_test(pooled['wins'], pooled['losses']):.3g} |")
    return out


# ---------------------------------------------------------------- main

def load_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    if args.cache and Path(args.cache).exists():
        return json.loads(Path(args.cache).read_text(encoding="utf-8"))
    from newsevents.pipeline import shared_pipeline

    pipeline = shared_pipeline(args.model)
    rows = []
    for corpus in CORPORA:
        got = collect(corpus, Path(args.eval), args.limit, pipeline)
        print(f"{corpus}: {len(got)} found gold toponyms", file=sys.stderr)
        rows += got
    if args.cache:
        Path(args.cache).write_text(json.dumps(rows), encoding="utf-8")
    return rows


def examples_of(rows: list[dict[str, Any]]) -> tuple[list[tuple[dict[str, Any], int]], Counter]:
    cases: Counter = Counter()
    kept = []
    for row in rows:
        case, right = label(row)
        cases[row["corpus"], case] += 1
        if case == "kept":
            kept.append((row, right))
    return kept, cases


def _final_right(row: dict[str, Any], right: int) -> bool:
    c = row["cands"][right]
    return row["pred_id"] is not None and row["pred_id"] == c["id"]


def write_weights(names: tuple[str, ...], w: np.ndarray, data: Data, l2: float, toward: str) -> None:
    per = Counter(e[0]["corpus"] for e in data.examples)
    lines = [
        "# Toponym-resolution weights (feature<TAB>weight), read by newsevents.geo.resolve: a candidate's",
        "# score is the sum of weight x feature (the features are resolve.FEATURES; a city is the level",
        "# of reference). Written by scripts/train_place_weights.py --write: a conditional logit",
        f"# (softmax over each mention's scored candidates, L2 {l2} towards {toward}) fitted on {len(data.seg)} found gold",
        "# toponyms whose right candidate is among >= 2 scored ones: "
        + ", ".join(f"{c} {per[c]}" for c in CORPORA) + " (GeoWebNews and LGL dev",
        "# labelled by GeoNames id, GeoVirus by the nearest candidate within 161 km). Cross-validated leave",
        "# one corpus out against the hand weights: docs/notes/place-refit.md.",
    ]
    lines += [f"{name}\t{weight:.4f}" for name, weight in zip(names, w, strict=True)]
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"weights written to {WEIGHTS_FILE}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", default=str(EVAL), help="the folder holding geowebnews/, lgl/, geovirus/")
    ap.add_argument("--cache", help="JSON file of the recorded candidate sets (read if it exists, else written)")
    ap.add_argument("--limit", type=int, help="first N articles of each corpus only")
    ap.add_argument("--model", default=None)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--toward", choices=("zero", "hand"), default="hand",
                    help="the L2 penalty pulls the weights towards 0 or towards the hand weights (default)")
    ap.add_argument("--one-term", action="store_true",
                    help="also refit each term alone, the others held at their hand weights (exploratory)")
    ap.add_argument("--write", action="store_true", help="write the weights fitted on all corpora")
    args = ap.parse_args(argv)
    from newsevents.geo.resolve import FEATURES, HAND_WEIGHTS

    rows = load_rows(args)
    examples, cases = examples_of(rows)
    print("## Found gold toponyms by case\n")
    print("| corpus | " + " | ".join(sorted({k for _, k in cases})) + " |")
    print("|---|" + "---|" * len({k for _, k in cases}))
    for c in CORPORA:
        print(f"| {c} | " + " | ".join(str(cases[c, k]) for k in sorted({k for _, k in cases})) + " |")
    data = Data(examples)
    hand_w = np.array([HAND_WEIGHTS[f] for f in FEATURES])
    agree = int(np.sum(data.top(hand_w) == data.hand))
    print(f"\nhand weights' argmax = the stage's choice on {agree} of {len(data.seg)} kept mentions")
    toward = hand_w if args.toward == "hand" else None
    final = sum(1 for row, r in examples if _final_right(row, r))
    print(f"the pipeline's final referent (after the stage's later rules) is the right one on {final} of them")
    print(f"\n## Top-candidate accuracy on the kept mentions (L2 {args.l2} towards {args.toward})\n")
    print("\n".join(cross_validate(data, args.l2, toward)))
    if args.one_term:
        print(f"\n## Each term refitted alone, leave one corpus out (L2 {args.l2} towards hand; pairs are "
              "refit-only / hand-only right, the fold's weight in brackets)\n")
        print("\n".join(one_term_report(data, args.l2, hand_w)))
    w = fit(data, args.l2, toward)
    print("\n## Weights fitted on all three corpora (hand weights beside them)\n")
    print("| feature | hand | refit |\n|---|---|---|")
    for name, value in zip(FEATURES, w, strict=True):
        print(f"| {name} | {HAND_WEIGHTS[name]:g} | {value:.3f} |")
    if args.write:
        write_weights(FEATURES, w, data, args.l2, args.toward)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
