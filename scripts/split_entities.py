"""Count one person or body split over two or more record entities (run by hand; not a test).

    .venv/bin/python scripts/split_entities.py golds [--save DIR] [--load DIR] [--limit N] [-v]
    .venv/bin/python scripts/split_entities.py records FILE.jsonl [-v]

``golds``: runs the pipeline on every article of the regression gold folders (eval/gold/news-dev4
.. news-dev56, bbc-dev, bbc-dev2, giveme5w1h-dev2 .. dev5; each article read as its scorer reads
it, ``train_pronoun_weights.article_of``) and counts, per article, the gold entities whose
``name_any_of`` names two or more record entities (the scorer's matching: the record entity's
normalised name is one of the gold's names). ``--save DIR`` writes each record to DIR/PREFIX.json;
``--load DIR`` reads them from there instead of running the pipeline. The held-out six
(eval/gold/giveme5w1h) and the fresh sets (scripts/fresh_sets.py) are never read.

``records``: an estimate without gold on a JSON Lines file of records (e.g. the 150 BBC articles
of ``benchmarks/same_output.py --save``): pairs of PERSON entities of one record that look like
one person -- both named (a capital first), the same last name-token, or one name's tokens a subset
of the other's -- and whose
first name-tokens do not conflict (both given and different, or one an honorific of the other
gender).

``-v`` lists each split with its entities' names, types and mention texts, to sort by cause
(docs/notes/entity-splits.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pronoun_weights as tpw  # noqa: E402 - the gold folders and article reading of the pronoun refit

FOLDERS = tuple([f"news-dev{n}" for n in range(4, 57)] + ["bbc-dev", "bbc-dev2"]
                + [f"giveme5w1h-dev{n}" for n in range(2, 6)])
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                    "ms.": "f", "miss": "f", "lady": "f", "dame": "f"}


def gold_files(limit: int | None) -> list[tuple[str, Path]]:
    return tpw.gold_files(limit, FOLDERS)


def records_of(golds: list[tuple[str, Path]], save: Path | None, load: Path | None) -> dict[str, dict]:
    out: dict[str, dict] = {}
    todo = []
    for _folder, gold in golds:
        prefix = gold.name[: -len(".gold.json")]
        cached = load / f"{prefix}.json" if load else None
        if cached and cached.is_file():
            out[prefix] = json.loads(cached.read_text(encoding="utf-8"))
        else:
            todo.append((prefix, gold))
    if todo:
        from newsevents.pipeline import Pipeline, build_record

        pipeline = Pipeline()
        for prefix, gold in todo:
            article = tpw.article_of(prefix, gold.parent)
            doc = next(pipeline.docs([article]))
            out[prefix] = build_record(doc, pipeline.info, 0.0).to_dict()
            if save:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{prefix}.json").write_text(json.dumps(out[prefix]), encoding="utf-8")
    return out


def describe(e: dict) -> str:
    texts = Counter(m["text"] for m in e.get("mentions", []))
    return f"{e['id']} {e.get('name')!r} {e.get('type')} {e.get('country')} " \
           + "; ".join(f"{t}x{n}" if n > 1 else t for t, n in texts.most_common())


def gold_splits(args: argparse.Namespace) -> None:
    golds = gold_files(args.limit)
    records = records_of(golds, args.save, args.load)
    total = articles = 0
    per_folder: Counter = Counter()
    for folder, gold_file in golds:
        prefix = gold_file.name[: -len(".gold.json")]
        rec = records[prefix]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        hits = []
        for g in gold.get("entities", []):
            names = {tpw.norm(n) for n in g.get("name_any_of", [])}
            cands = [e for e in rec.get("entities", []) if tpw.norm(e.get("name")) in names]
            if len(cands) >= 2:
                hits.append((g, cands))
        if hits:
            articles += 1
            total += len(hits)
            per_folder[folder] += len(hits)
            print(f"{folder}/{prefix}: {len(hits)}")
            if args.verbose:
                for g, cands in hits:
                    print(f"   gold {g['name_any_of'][0]!r} ({len(g.get('mentions', []))} mentions)")
                    for e in cands:
                        print(f"      {describe(e)}")
    print(f"gold entities split: {total} in {articles} of {len(golds)} articles")


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name.strip()) if t]


def looks_one_person(a: str, b: str) -> bool:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb or a == b:
        return False
    la, lb = [t.lower() for t in ta], [t.lower() for t in tb]
    same_last = la[-1] == lb[-1]
    subset = set(la) <= set(lb) or set(lb) <= set(la)
    if not (same_last or subset):
        return False
    fa, fb = la[0], lb[0]
    if len(fa.rstrip(".")) == 1 or len(fb.rstrip(".")) == 1:  # an initial stands for any name of its letter
        fa, fb = fa[0], fb[0]
    ga, gb = HONORIFIC_GENDER.get(fa), HONORIFIC_GENDER.get(fb)
    if ga and gb and ga != gb:
        return False
    # two given names with one surname: two people (kin)
    return not (len(ta) > 1 and len(tb) > 1 and not ga and not gb and fa != fb
                and not (fa.startswith(fb) or fb.startswith(fa)))


def record_splits(args: argparse.Namespace) -> None:
    total = articles = n = 0
    for line in Path(args.file).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec: dict[str, Any] = json.loads(line)
        n += 1
        people = [e for e in rec.get("entities", []) if e.get("type") == "PERSON" and (e.get("name") or "")[:1].isupper()]
        pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1:] if looks_one_person(a["name"], b["name"])]
        if pairs:
            articles += 1
            total += len(pairs)
            print(f"{(rec.get('article') or {}).get('id')}: {len(pairs)}")
            if args.verbose:
                for a, b in pairs:
                    print(f"      {describe(a)}\n   ~  {describe(b)}")
    print(f"person pairs that look like one person: {total} in {articles} of {n} records")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    g = sub.add_parser("golds")
    g.add_argument("--save", type=Path)
    g.add_argument("--load", type=Path)
    g.add_argument("--limit", type=int)
    g.add_argument("-v", "--verbose", action="store_true")
    r = sub.add_parser("records")
    r.add_argument("file")
    r.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.mode == "golds":
        gold_splits(args)
    else:
        record_splits(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
