"""Event precision over the regression gold folders, in one process (run by hand; not a test).

    .venv/bin/python scripts/event_precision_golds.py --save /tmp/X eval/gold/news-dev4 ...   # extract, score
    .venv/bin/python scripts/event_precision_golds.py --load /tmp/X eval/gold/news-dev4 ...   # score saved records

Each gold's text is found as ``scripts/score_golds.sh`` finds it (a PolNeAR text by its file name, a
BBC 2004 text dated 2005-01-01, a Giveme5W1H article of ``giveme5w1h-dev`` by its prefix), extracted
with the same metadata, and scored by the reference scorer (``tools/score_record.py`` of the shared
folder). Printed: per folder and pooled, the output events, those the scorer matches to a gold event
(required or optional), the precision, and the required and optional gold events found; each
gold's R_req (lines RREQ); with
``--spurious`` every unmatched output event (type, trigger, folder/gold, sentence) as a TSV line, for
classifying them by cause; with ``--missed`` every gold event (required or optional) as a TSV line
MISSED (not found: type and sentence) or ARGS (found, some argument the scorer checks wrong) or OK,
with the gold's types, the argument failures and the events the record has in that sentence (type
and trigger), for classifying misses by cause. ``--save`` writes each record to ``DIR/<folder>__<gold>.json``.
The fresh sets of the running session (scripts/fresh_sets.py) and the held-out six are refused.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

SHARED = Path("/work/shared")
from fresh_sets import REFUSED  # noqa: E402 - one list of the folders no script reads


def scorer_class():
    spec = importlib.util.spec_from_file_location("score_record", SHARED / "tools" / "score_record.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Scorer


def article_of(gold: Path) -> tuple[str, dict]:
    """The text and the extraction metadata of a gold file."""
    name = gold.name[: -len(".gold.json")]
    if name.startswith(("lgl-", "gwn-")):
        return rebuilt(gold, name)
    if name.startswith("bbc_"):
        text = (SHARED / "corpora" / "bbc-news-2004" / f"{name}.txt").read_text(encoding="utf-8")
        return text, {"published": "2005-01-01", "source": "bbc", "title": first_line(text)}
    m = re.match(r"([^_]+)_(\d{4}-\d\d-\d\d)_", name)
    if m:
        path = sorted((SHARED / "eval" / "polnear" / "data").glob(f"*/text/{name}.txt"))[0]
        text = path.read_text(encoding="utf-8")
        return text, {"published": m.group(2), "source": m.group(1), "title": first_line(text)}
    path = sorted((SHARED / "eval" / "giveme5w1h-dev").glob(f"{name}*.json"))[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    stamp = data.get("date_publish") or ""
    return data["text"], {"published": stamp[:10] or None, "source": (data.get("publisher") or "").strip() or None,
                          "title": (data.get("title") or "").strip() or None, "url": data.get("url"),
                          "id": data.get("dId")}


_XML: dict[str, object] = {}


def rebuilt(gold: Path, name: str) -> tuple[str, dict]:
    """An LGL or GeoWebNews text as scripts/lgl_article.py or gwn_article.py rebuilds it."""
    kind, number = name.split("-", 1)
    script = Path(__file__).resolve().parent / f"{kind}_article.py"
    if kind not in _XML:
        spec = importlib.util.spec_from_file_location(f"{kind}_article", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _XML[kind] = module
    module = _XML[kind]
    art = module.find_article(Path(module.DEFAULT_XML), number)
    text = module.article_text(art)
    date, domain = module.article_meta(art).split(" ", 1)
    dates = gold.parent / "dates.tsv"
    if date == "-" and dates.exists():
        date = dict(line.split("\t") for line in dates.read_text().split("\n") if "\t" in line)[name]
    return text, {"published": date.strip(), "source": domain.strip(), "title": first_line(text)}


def first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--save", type=Path)
    where.add_argument("--load", type=Path)
    ap.add_argument("--spurious", action="store_true", help="print every unmatched output event")
    ap.add_argument("--missed", action="store_true", help="print every gold event: found, arguments, neighbours")
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if any(f.name in REFUSED for f in args.folders):
        ap.error("the fresh sets and the held-out six are measures: not scored here")
    Scorer = scorer_class()
    pipe = None
    if args.save:
        from newsevents.pipeline import shared_pipeline

        pipe = shared_pipeline()
        args.save.mkdir(parents=True, exist_ok=True)
    pooled = [0] * 6
    for folder in args.folders:
        tally = [0] * 6  # events, matched, required found, required, optional found, optional
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text, meta = article_of(gold_path)
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published") or ""):  # as `evaluate golds`: an article with no usable date is skipped
                print(f"SKIPPED\t{folder.name}/{gold_path.name[:-10]}\tno publication date")
                continue
            saved = (args.save or args.load) / f"{folder.name}__{gold_path.name[:-10]}.json"
            if pipe is not None:
                record = pipe.extract(text, **meta).to_dict()
                saved.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            else:
                record = json.loads(saved.read_text(encoding="utf-8"))
            rreq = Scorer(gold, record, text).run()["recall_required"]
            print(f"RREQ\t{folder.name}/{gold_path.name[:-10]}\t{rreq:.3f}")
            scorer = Scorer(gold, record, text)
            n_events, n_matched = scorer.score_events()
            tally[0] += n_events
            tally[1] += n_matched
            events = record.get("events", [])
            for g in gold.get("events", []):
                hit = any(scorer.event_matches(ev, g) for ev in events)
                k = 2 if g.get("required", True) else 4
                tally[k] += hit
                tally[k + 1] += 1
            if args.missed:
                for g in gold.get("events", []):
                    print(missed_line(scorer, g, events, text, f"{folder.name}/{gold_path.name[:-10]}"))
            if args.spurious:
                for line in scorer.rows[-1][3]:
                    if line.startswith("spurious event "):
                        print(f"SPURIOUS\t{folder.name}/{gold_path.name[:-10]}\t{line[15:]}")
        pooled = [a + b for a, b in zip(pooled, tally, strict=True)]
        report(folder.name, tally)
    report("POOLED", pooled)
    return 0


def missed_line(scorer, g: dict, events: list[dict], text: str, where: str) -> str:
    """One TSV line for a gold event: status, where, id, required, types, failures, the sentence's events."""
    cands = [ev for ev in events if scorer.event_matches(ev, g)]
    full = [ev for ev in cands if not scorer.event_detail(ev, g)]
    status = "OK" if full else "ARGS" if cands else "MISSED"
    detail = "; ".join(scorer.event_detail(cands[0], g)) if cands and not full else ""
    near = []
    for ev in events:
        sent = ev.get("sentence") or {}
        stext = text[sent.get("start", 0):sent.get("end", 0)]
        if any(s in stext for s in g["sentence_contains_any_of"]):
            actors = ",".join(str(p.get("country")) for p in ev.get("actor", []))
            recips = ",".join(str(p.get("country")) for p in ev.get("recipient", []))
            near.append(f"{ev.get('event')}:'{(ev.get('trigger') or {}).get('text')}'"
                        f"[{actors}>{recips}|{ev.get('modality')}]")
    wants = {k: g[k] for k in ("actor_country_any_of", "recipient_country_any_of", "modality_any_of", "date_any_of")
             if k in g}
    return "\t".join([status, where, str(g.get("id")), "req" if g.get("required", True) else "opt",
                      "|".join(g["event_any_of"]), detail, " ".join(near) or "-",
                      json.dumps(wants), g["sentence_contains_any_of"][0][:60]])


def report(name: str, t: list[int]) -> None:
    precision = t[1] / t[0] if t[0] else 0.0
    print(f"{name:<18} events {t[0]:>4} matched {t[1]:>4} precision {precision:.3f}  "
          f"required found {t[2]}/{t[3]}  optional found {t[4]}/{t[5]}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
