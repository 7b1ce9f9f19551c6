"""Refit the pronoun-antecedent weights on the regression golds' pronoun mentions (run by hand; not a test).

    .venv/bin/python scripts/train_pronoun_weights.py [--cache FILE] [--l2 1.0] [--write] [--limit N]

``PronounRules._antecedent`` (src/newsevents/components/entities_pronouns.py) scores each person
that passed its hard filters (gender, binding, brackets, at most three sentences back ...) as the
sum of ``ANTECEDENT_WEIGHTS`` (components/entities_base.py, or data/pronoun_weights.tsv when that
file exists) times the candidate's features, and takes the best. This script asks whether weights
learnt from the gold records pick better than those set by hand:

1. Runs the current pipeline on every article of the regression gold folders (eval/gold/news-dev4
   .. news-dev54, bbc-dev, bbc-dev2, giveme5w1h-dev2 .. dev5), each read as its scorer reads it
   (scripts/score_golds.sh and friends: the title line, the date and source of the file name or
   the article's metadata), with ``PronounRules.antecedent_trace`` set: every ``_antecedent``
   call with a candidate records the pronoun, each candidate's features (the terms of the hand
   score and six discourse traits, see ``_discourse_features``) and the hand choice. The held-out
   Giveme5W1H six (eval/gold/giveme5w1h) and the fresh sets news-dev55/56 are refused.
2. Labels each traced pronoun from the gold: the gold entity listing a mention that overlaps the
   pronoun (the mention located as tools/score_record.py locates it: the n-th occurrence of its
   text); a candidate is right when the record entity holding its latest mention is named as
   that gold entity (the scorer's rule: the normalised name is one of ``name_any_of``). Kept: a
   pronoun with exactly one right candidate among two or more; the other cases are counted.
3. Fits a conditional logit (softmax over each pronoun's candidates; Newton steps, L2 on every
   weight) and reports leave-one-set-out top-1 accuracy (each gold folder predicted by weights
   fitted on the others) against the hand weights: pooled, per source family (PolNeAR US news,
   BBC, Giveme5W1H, local news of GeoWebNews/LGL), paired counts and a two-sided sign test.
4. ``--write``: writes the weights fitted on all folders to src/newsevents/data/pronoun_weights.tsv.

``--cache FILE`` keeps the traced candidates in a JSON file so the fit can be rerun without the
pipeline. Deterministic: the folders and files in sorted order, Newton steps from zero.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLDS = REPO / "eval" / "gold"
BBC = SHARED / "corpora" / "bbc-news-2004"
GIVEME = SHARED / "eval" / "giveme5w1h-dev"
POLNEAR = SHARED / "eval" / "polnear" / "data"
WEIGHTS = REPO / "src" / "newsevents" / "data" / "pronoun_weights.tsv"
# the training folders: every regression gold folder; never the held-out six (eval/gold/giveme5w1h)
# nor the fresh sets being written (news-dev55 and later)
FOLDERS = tuple([f"news-dev{n}" for n in range(4, 55)] + ["bbc-dev", "bbc-dev2"]
                + [f"giveme5w1h-dev{n}" for n in range(2, 6)])
# the held-out six and the fresh sets of the latest session (measures: never read by a script of the project)
from fresh_sets import REFUSED  # noqa: E402 - one list of the folders no script reads

HELD_OUT = ("4f38a182b7", "95590d7d65", "93a37a20d2", "cbc0951362", "5ea070bd70", "1e471fa684")
POLNEAR_NAME = re.compile(r"^([a-z-]+)_(\d{4}-\d\d-\d\d)_")
# the terms of the hand score first, then the discourse traits (weight 0 by hand)
FEATURES = ("distance", "paragraph_step", "subject", "same_role", "pobj", "tokens_back", "gender_known",
            "adverbial_host", "custody", "introduced_speaker", "continued_speaker", "sentence_pronoun", "buried_subject", "fronted_object_pronoun", "preceding_subject", "mentions_before", "last_speaker", "previous_subject",
            "same_sentence", "in_lead", "last_is_name")


def norm(s: str | None) -> str:
    """tools/score_record.py's name normalisation."""
    return re.sub(r"\s+", " ", (s or "").replace("\u2019", "'").strip().lower())


def occurrence_span(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    """tools/score_record.py's mention location: the n-th occurrence of the text."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    if len(starts) < occurrence:
        return None
    return starts[occurrence - 1], starts[occurrence - 1] + len(needle)


def family(prefix: str) -> str:
    if prefix.startswith("bbc_"):
        return "bbc"
    if prefix.startswith(("gwn-", "lgl-")):
        return "local"
    if POLNEAR_NAME.match(prefix):
        return "polnear"
    return "giveme"


def article_of(prefix: str, folder: Path) -> Any:
    """The gold's article read as its scorer reads it (scripts/score_golds.sh, score_gwn_golds.sh,
    score_lgl_golds.sh, ``newsevents evaluate golds``)."""
    from newsevents.evaluation.golds import find_article, read_article
    from newsevents.record import make_article

    kind = family(prefix)
    if kind == "bbc":
        text = (BBC / f"{prefix}.txt").read_text(encoding="utf-8", errors="replace")
        title = next((line.strip() for line in text.splitlines() if line.strip()), None)
        return make_article(text, title=title, source="bbc", published="2005-01-01", id=prefix)
    if kind == "polnear":
        path = sorted(POLNEAR.glob(f"*/text/{prefix}.txt"))[0]
        text = path.read_text(encoding="utf-8", errors="replace")
        title = next((line.strip() for line in text.splitlines() if line.strip()), None)
        publisher, date = POLNEAR_NAME.match(prefix).groups()
        return make_article(text, title=title, source=publisher, published=date, id=prefix)
    if kind == "local":
        import audit_draw

        pool = audit_draw.lgl_articles(audit_draw.DEFAULT_LGL) if prefix.startswith("lgl-") \
            else audit_draw.gwn_articles(audit_draw.DEFAULT_GWN, frozenset({int(prefix[4:])}))
        a = pool[prefix]
        published = a.published
        dates = folder / "dates.tsv"
        if not published and dates.is_file():
            published = next((line.split("\t")[1].strip() for line in dates.read_text().splitlines()
                              if line.split("\t")[0] == prefix), None)
        return make_article(a.text, title=a.title, source=a.source, published=published, id=prefix)
    a = read_article(find_article(GIVEME, prefix))
    return make_article(a.text, title=a.title, source=a.source, url=a.url, published=a.published, id=a.id)


def gold_files(limit: int | None = None, folders: tuple[str, ...] = FOLDERS) -> list[tuple[str, Path]]:
    """(folder, gold file) of the regression folders; a measure's folder or gold stops the script."""
    out = []
    for name in folders:
        if name in REFUSED:
            raise SystemExit(f"{name}: never trained on")
        for gold in sorted((GOLDS / name).glob("*.gold.json")):
            prefix = gold.name[: -len(".gold.json")]
            if prefix.startswith(HELD_OUT) or any(h.startswith(prefix) for h in HELD_OUT):
                raise SystemExit(f"{gold}: a held-out gold; never trained on")
            out.append((name, gold))
    return out[:limit] if limit else out


def pronoun_words() -> set[str]:
    """The third-person pronouns the resolver reads (data/actor_words.tsv, kind ``pronoun``)."""
    path = REPO / "src" / "newsevents" / "data" / "actor_words.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {r[1].strip().lower() for r in rows if len(r) >= 2 and r[0] == "pronoun"}


def trace_golds(limit: int | None = None) -> dict[str, Any]:
    """Every traced pronoun of every training article, labelled (the module's steps 1-2), and the
    gold pronoun mentions ``_antecedent`` never scored."""
    from newsevents.components.entities_pronouns import PronounRules
    from newsevents.pipeline import Pipeline, build_record

    pronouns = pronoun_words()
    pipeline = Pipeline()
    rows: list[dict[str, Any]] = []
    untraced = Counter()
    gold_total = Counter()
    for folder, gold_file in gold_files(limit):
        prefix = gold_file.name[: -len(".gold.json")]
        article = article_of(prefix, gold_file.parent)
        text = article.text
        PronounRules.antecedent_trace = []
        try:
            doc = next(pipeline.docs([article]))
            trace = PronounRules.antecedent_trace
        finally:
            PronounRules.antecedent_trace = None
        record = build_record(doc, pipeline.info, 0.0).to_dict()
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        # gold pronoun mentions: span -> the gold entity's accepted names
        gold_prons: list[tuple[tuple[int, int], set[str]]] = []
        for g in gold.get("entities", []):
            names = {norm(n) for n in g.get("name_any_of", [])}
            for m in g.get("mentions", []):
                first = (m["text"].split() or [""])[0].lower().strip("\"'\u201c\u2018")
                span = occurrence_span(text, m["text"], m.get("occurrence", 1))
                if span and first in pronouns:
                    gold_prons.append(((span[0], span[0] + len(first)), names))
        holder = {}  # (start, end) of a record mention -> its entity's name
        for e in record.get("entities", []):
            for x in e.get("mentions", []):
                holder[(x["start"], x["end"])] = e.get("name")

        def entity_name(start: int, end: int, cluster: Any, holder: dict = holder) -> str:
            if (start, end) in holder:
                return norm(holder[(start, end)])
            hit = next((n for (s, t), n in holder.items() if s < end and start < t), None)
            return norm(hit if hit is not None else cluster.name)

        traced_spans = set()
        for pron, candidates, chosen in trace:
            span = (pron.idx, pron.idx + len(pron.text))
            traced_spans.add(span)
            names = next((n for s, n in gold_prons if s[0] < span[1] and span[0] < s[1]), None)
            cands = [{"features": feats, "right": names is not None and entity_name(last.start, last.end, c) in names,
                      "hand": c is chosen} for c, feats, last in candidates]
            right = sum(c["right"] for c in cands)
            if names is None:
                case = "not a gold mention"
            elif len(cands) == 1:
                case = "single candidate, right" if right else "single candidate, wrong"
            elif right == 0:
                case = "right candidate absent"
            elif right > 1:
                case = "several right candidates"
            else:
                case = "kept"
            rows.append({"fold": folder, "family": family(prefix), "article": prefix, "pronoun": pron.text,
                         "start": pron.idx, "case": case, "candidates": cands})
        gold_total[folder] += len(gold_prons)
        for span, _ in gold_prons:
            if not any(s[0] < span[1] and span[0] < s[1] for s in traced_spans):
                untraced[folder] += 1
        print(f"{folder}/{prefix}: {len(trace)} pronouns scored", file=sys.stderr)
    return {"rows": rows, "untraced": dict(untraced), "gold_pronouns": dict(gold_total)}


def design(rows: list[dict[str, Any]], names: tuple[str, ...]) -> list[tuple[np.ndarray, int]]:
    """Each kept pronoun as (candidates x features, index of the right one)."""
    out = []
    for r in rows:
        x = np.array([[c["features"].get(n, 0.0) for n in names] for c in r["candidates"]], dtype=float)
        out.append((x, next(i for i, c in enumerate(r["candidates"]) if c["right"])))
    return out


def fit(groups: list[tuple[np.ndarray, int]], l2: float, dim: int, prior: np.ndarray | None = None) -> np.ndarray:
    """The conditional logit's weights: maximise the sum of log softmax of the right candidate
    over each pronoun's candidates, less l2/2 |w - prior|^2 (prior: zero, or the hand weights to
    shrink towards them; Newton steps from the prior)."""
    prior = np.zeros(dim) if prior is None else prior
    w = prior.copy()
    for _ in range(100):
        gradient = l2 * (w - prior)
        hessian = l2 * np.eye(dim) + 1e-9 * np.eye(dim)
        for x, right in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mean = p @ x
            gradient += mean - x[right]
            hessian += (x * p[:, None]).T @ x - np.outer(mean, mean)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    return w


def top1(x: np.ndarray, w: np.ndarray) -> int:
    """The candidate the weights choose: the first best, as ``_antecedent`` takes it."""
    s = x @ w
    return int(np.flatnonzero(s >= s.max() - 1e-12)[0])


def sign_test(a: int, b: int) -> float:
    """Two-sided exact sign test of a against b discordant pairs."""
    n = a + b
    if n == 0:
        return 1.0
    k = min(a, b)
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n)


def hand_weights() -> np.ndarray:
    from newsevents.components.entities_base import HAND_ANTECEDENT_WEIGHTS

    return np.array([HAND_ANTECEDENT_WEIGHTS.get(n, 0.0) for n in FEATURES])


def evaluate(rows: list[dict[str, Any]], l2: float, names: tuple[str, ...] = FEATURES,
             shrink_to_hand: bool = False) -> dict[str, Any]:
    """Leave-one-set-out: each folder's pronouns predicted by the weights fitted on the others'
    kept pronouns. Also scored (not trained on): the pronouns with several right candidates
    (duplicate entities of one gold name), right when the choice is any of them."""
    kept = [r for r in rows if r["case"] == "kept"]
    several = [r for r in rows if r["case"] == "several right candidates"]
    groups = design(kept, names)
    hand = np.array([dict(zip(FEATURES, hand_weights(), strict=True)).get(n, 0.0) for n in names])
    prior = hand if shrink_to_hand else None
    folds = sorted({r["fold"] for r in kept} | {r["fold"] for r in several})
    refit_right = np.zeros(len(kept), dtype=bool)
    several_x = [np.array([[c["features"].get(n, 0.0) for n in names] for c in r["candidates"]]) for r in several]
    several_ok = [{i for i, c in enumerate(r["candidates"]) if c["right"]} for r in several]
    several_refit = np.zeros(len(several), dtype=bool)
    for fold in folds:
        train = [g for g, r in zip(groups, kept, strict=True) if r["fold"] != fold]
        w = fit(train, l2, len(names), prior)
        for i, r in enumerate(kept):
            if r["fold"] == fold:
                refit_right[i] = top1(groups[i][0], w) == groups[i][1]
        for i, r in enumerate(several):
            if r["fold"] == fold:
                several_refit[i] = top1(several_x[i], w) in several_ok[i]
    hand_right = np.array([top1(x, hand) == right for x, right in groups])
    several_hand = np.array([top1(x, hand) in ok for x, ok in zip(several_x, several_ok, strict=True)])
    pipeline_right = np.array([next(i for i, c in enumerate(r["candidates"]) if c["hand"]) == g[1]
                               for r, g in zip(kept, groups, strict=True)])
    fams = sorted({r["family"] for r in kept})
    per = {}
    for f in ["all", *fams]:
        mask = np.array([f == "all" or r["family"] == f for r in kept])
        a = int((refit_right & ~hand_right & mask).sum())
        b = int((hand_right & ~refit_right & mask).sum())
        per[f] = {"n": int(mask.sum()), "hand": int((hand_right & mask).sum()),
                  "refit": int((refit_right & mask).sum()), "refit_only": a, "hand_only": b, "p": sign_test(a, b)}
    a = int((several_refit & ~several_hand).sum())
    b = int((several_hand & ~several_refit).sum())
    per["several right (not trained on)"] = {"n": len(several), "hand": int(several_hand.sum()),
                                             "refit": int(several_refit.sum()), "refit_only": a, "hand_only": b,
                                             "p": sign_test(a, b)}
    return {"per": per, "weights_all": fit(groups, l2, len(names), prior), "names": names,
            "pipeline_agrees": int((pipeline_right == hand_right).sum()), "kept": len(kept),
            "hand_wrong": [r for r, ok in zip(kept, hand_right, strict=True) if not ok]}


def print_eval(title: str, result: dict[str, Any]) -> None:
    print(f"\n{title} (pronouns kept: {result['kept']}; the hand weights' choice recomputed agrees with the "
          f"pipeline's on {result['pipeline_agrees']})")
    print("| family | pronouns | hand right | refit right (LOSO) | refit only | hand only | sign-test p |")
    print("|---|---|---|---|---|---|---|")
    for f, v in result["per"].items():
        print(f"| {f} | {v['n']} | {v['hand']} ({v['hand'] / max(v['n'], 1):.3f}) | {v['refit']} "
              f"({v['refit'] / max(v['n'], 1):.3f}) | {v['refit_only']} | {v['hand_only']} | {v['p']:.3g} |")
    print("weights fitted on all folders: " + ", ".join(
        f"{n} {w:+.3f}" for n, w in zip(result["names"], result["weights_all"], strict=True)))


def write_weights(result: dict[str, Any], l2: float, rows: list[dict[str, Any]]) -> None:
    kept = [r for r in rows if r["case"] == "kept"]
    folds = sorted({r["fold"] for r in kept})
    lines = [
        "# Pronoun-antecedent weights (feature<TAB>weight), read by newsevents.components.entities_base:",
        "# PronounRules._antecedent scores each candidate that passed its hard filters as the sum of these",
        "# weights times its features (a feature not named here weighs 0). Written by",
        f"# scripts/train_pronoun_weights.py --write: a conditional logit (softmax over each pronoun's candidates,"
        f" L2 {l2})",
        f"# fitted on {len(kept)} third-person pronouns of the regression golds with exactly one right candidate",
        f"# among two or more ({len(folds)} gold folders: eval/gold/news-dev4..54, bbc-dev, bbc-dev2,",
        "# giveme5w1h-dev2..5; never the held-out six nor news-dev55/56). Leave-one-set-out figures:",
        "# docs/notes/pronoun-refit.md. Features are traits of a candidate in the discourse, never words of a text.",
    ]
    for n, w in zip(result["names"], result["weights_all"], strict=True):
        lines.append(f"{n}\t{w:.4f}")
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="a JSON file: read the traced pronouns from it if it exists, "
                        "else trace and write it")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--limit", type=int, help="only the first N gold files (a quick check)")
    parser.add_argument("--misses", action="store_true", help="list the hand weights' wrong choices")
    parser.add_argument("--write", action="store_true", help="write the weights fitted on all folders")
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        data = trace_golds(args.limit)
        if args.cache:
            args.cache.write_text(json.dumps(data), encoding="utf-8")
    rows = data["rows"]
    cases = Counter(r["case"] for r in rows)
    print("traced pronouns by case: " + ", ".join(f"{k} {v}" for k, v in sorted(cases.items())))
    print(f"gold pronoun mentions: {sum(data['gold_pronouns'].values())}; never scored by _antecedent (other rules or none): {sum(data['untraced'].values())}")
    by_family = defaultdict(Counter)
    for r in rows:
        by_family[r["family"]][r["case"]] += 1
    for f, c in sorted(by_family.items()):
        print(f"  {f}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    result = evaluate(rows, args.l2)
    print_eval(f"all features, L2 {args.l2}", result)
    hand_terms = FEATURES[:11]
    print_eval(f"the hand score's terms only, L2 {args.l2}", evaluate(rows, args.l2, hand_terms))
    print_eval(f"all features shrunk towards the hand weights, L2 {args.l2}",
               evaluate(rows, args.l2, shrink_to_hand=True))
    print("\nL2 sensitivity (all features; pooled LOSO refit right / hand right of the kept pronouns):")
    for l2 in (0.1, 0.3, 1.0, 3.0, 10.0):
        r0, r1 = evaluate(rows, l2)["per"]["all"], evaluate(rows, l2, shrink_to_hand=True)["per"]["all"]
        print(f"  L2 {l2}: from zero {r0['refit']}/{r0['n']} (refit only {r0['refit_only']}, hand only "
              f"{r0['hand_only']}); towards hand {r1['refit']}/{r1['n']} (refit only {r1['refit_only']}, "
              f"hand only {r1['hand_only']}); hand {r0['hand']}")
    if args.misses:
        print("\nthe hand weights' wrong choices among the kept pronouns (folder, article, pronoun, offset):")
        for r in result["hand_wrong"]:
            print(f"  {r['fold']} {r['article']} {r['pronoun']!r}@{r['start']}")
    if args.write:
        write_weights(result, args.l2, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
