"""Gold entity items lost only for their codes (issue 15, item 2): a measure over gold folders.

    .venv/bin/python scripts/code_losses.py eval/gold/news-dev4 ... [--shared /work/shared] [--context]

For each gold record of the folders (PolNeAR texts, BBC 2004 texts, Giveme5W1H articles), the
article is extracted in this process (one model load) as scripts/score_golds.sh and
``newsevents evaluate golds`` extract it, and every gold entity is compared as the scorer
(/work/shared/tools/score_record.py) compares it: the record's entities of an accepted name are the
candidates; an item is lost ONLY for its codes when there is a candidate but none has an accepted
country and, where the gold names one, the sector. Each such item is printed with its kind:

- ``no country``: the record gives no country, the gold wants one;
- ``added country``: the gold accepts only no country, the record gives one (a rule must not add these);
- ``wrong country``: the record gives a country the gold does not accept (another than the gold's);
- ``no sector`` / ``wrong sector``: the country is right, the gold's sector is missing (the record
  has no sector, or other sectors).

``--context`` adds the sentence-ish window around the entity's first gold-named mention, to judge the
cause by hand. The counts end the output. Texts are read from ../shared (or --shared), never copied.
"""

from __future__ import annotations

import argparse
import glob
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path


def norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("\u2019", "'").split())


def article_of(gold_file: Path, shared: Path) -> dict | None:
    """Text and metadata of a gold's article, found by the gold's file name as score_golds.sh finds it."""
    stem = gold_file.name[: -len(".gold.json")]
    for prefix, script, xml in (("gwn-", "gwn_article.py", "geowebnews/GWN.xml"), ("lgl-", "lgl_article.py", "lgl/lgl-dev.xml")):
        if stem.startswith(prefix):
            # rebuilt from the data set's XML as score_gwn_golds.sh / score_lgl_golds.sh rebuild it
            cmd = [sys.executable, str(Path(__file__).parent / script), stem[len(prefix):], "--xml", str(shared / "eval" / xml)]
            text = subprocess.run([*cmd, "-o", "/dev/stdout"], capture_output=True, text=True, check=True).stdout
            date, domain = subprocess.run([*cmd, "--meta"], capture_output=True, text=True, check=True).stdout.split()[:2]
            dates = gold_file.parent / "dates.tsv"
            if date == "-" and dates.is_file():
                date = next((line.split("\t")[1].strip() for line in dates.read_text().splitlines()
                             if line.split("\t")[0] == stem), None)
            return {"text": text, "published": date, "source": domain, "title_line": True}
    if stem.startswith("bbc_"):
        text = (shared / "corpora" / "bbc-news-2004" / f"{stem}.txt").read_text(encoding="utf-8")
        return {"text": text, "published": "2005-01-01", "source": "bbc", "title_line": True}
    parts = stem.split("_")
    if len(parts) >= 3 and len(parts[1]) == 10 and parts[1][4] == "-":
        found = sorted(glob.glob(str(shared / "eval" / "polnear" / "data" / "*" / "text" / f"{stem}.txt")))
        if not found:
            return None
        text = Path(found[0]).read_text(encoding="utf-8")
        return {"text": text, "published": parts[1], "source": parts[0], "title_line": True}
    found = sorted((shared / "eval" / "giveme5w1h-dev").glob(f"{stem}*.json"))
    if len(found) != 1:
        return None
    data = json.loads(found[0].read_text(encoding="utf-8"))
    stamp = (data.get("date_publish") or "").strip()
    return {"text": data["text"], "published": stamp[:10] if len(stamp) >= 10 else None, "source": (data.get("publisher") or "").strip() or None,
            "title": (data.get("title") or "").strip() or None, "title_line": False}


def kind_of(g: dict, cands: list[dict]) -> str:
    accepted = g["country_any_of"]
    countries = {e.get("country") for e in cands}
    if not countries & set(accepted):
        if countries == {None}:
            return "no country"
        if accepted == [None]:
            return "added country"
        return "wrong country"
    sectors = [e.get("sector") or [] for e in cands if e.get("country") in accepted]
    return "no sector" if all(not s for s in sectors) else "wrong sector"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--context", action="store_true")
    ap.add_argument("--scores", help="also write each gold's R_req (the scorer's) to this file, one line a gold")
    args = ap.parse_args(argv)
    from newsevents.evaluation.seed import score_record
    from newsevents.pipeline import Pipeline

    pipe = Pipeline()
    shared = Path(args.shared)
    counts: Counter[str] = Counter()
    total = 0
    scores = open(args.scores, "w", encoding="utf-8") if args.scores else None  # noqa: SIM115 - written as it goes
    for folder in args.folders:
        for gold_file in sorted(Path(folder).glob("*.gold.json")):
            art = article_of(gold_file, shared)
            if art is None:
                print(f"?? {gold_file}: no article found", file=sys.stderr)
                continue
            text = art["text"]
            title = art.get("title")
            if art["title_line"]:
                title = next((line.strip() for line in text.splitlines() if line.strip()), None)
            rec = pipe.extract(text, title=title, published=art["published"], source=art["source"]).to_dict()
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            if scores is not None:
                res = score_record(gold, rec, text)
                scores.write(f"{Path(folder).name}/{gold_file.name} R_req={res['recall_required']:.3f} "
                             f"P_events={res['event_precision']:.3f} events={res['n_events']}\n")
                scores.flush()
            for g in gold.get("entities", []):
                total += 1
                wanted = {norm(n) for n in g["name_any_of"]}
                cands = [e for e in rec.get("entities", []) if norm(e.get("name")) in wanted]
                if not cands:
                    continue
                ok = [e for e in cands if e.get("country") in g["country_any_of"]
                      and (g.get("sector_includes") is None or g["sector_includes"] in (e.get("sector") or []))]
                if ok:
                    continue
                kind = kind_of(g, cands)
                counts[kind] += 1
                got = [(e.get("country"), e.get("sector"), e.get("title")) for e in cands]
                print(f"{kind:14} {Path(folder).name}/{gold_file.name[:40]} | {g['name_any_of'][0]} | gold "
                      f"{g['country_any_of']} {g.get('sector_includes')} | record {got}")
                if args.context:
                    starts = sorted(m["start"] for e in cands for m in e.get("mentions", []))
                    for s in starts[:2]:
                        print("      ..." + " ".join(text[max(0, s - 160): s + 120].split()) + "...")
    print(f"\n{total} gold entities; lost only for codes: {sum(counts.values())}")
    for kind, n in counts.most_common():
        print(f"  {kind:14} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
