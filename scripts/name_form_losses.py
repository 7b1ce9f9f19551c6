"""Count gold mentions that are a person's name form and that the record misses (run by hand; not a test).

    .venv/bin/python scripts/name_form_losses.py [--limit N] [--save DIR] [--load DIR] [-v]

Runs the pipeline on every article of the regression gold folders (eval/gold/news-dev4 .. news-dev60,
bbc-dev, bbc-dev2, giveme5w1h-dev2 .. dev5; each article read as its scorer reads it,
``train_pronoun_weights.article_of``). A gold mention is a *name form* of its gold entity when its
words, less a possessive ending and any capitalised words before them (a title: ``General``,
``Sen.``), are all words of the entity's names (``name_any_of``). It is *lost* when no record entity
named by the gold (the scorer's matching, tools/score_record.py) holds a mention overlapping it.
The gold entity is a person when a record entity it names is a PERSON, or, when none is, when the
model tagged most of its names of two words or more PERSON.

Each loss is sorted by what the model's Doc had on the name's words (untagged; PERSON; ORG;
GPE/LOC; FAC/PRODUCT/WORK_OF_ART/NORP; a longer span than the name), whether another record entity
holds the span, and by position (headline, subject, possessive, after a title, inside quotation
marks). The cascade: the entity's gold pronouns and quotes that the record misses too, for the
entities with a lost name form. ``-v`` lists each loss (article, mention, label, position), to
sort by cause (docs/notes/name-form-losses.md). The held-out six (eval/gold/giveme5w1h) and the
fresh sets (scripts/fresh_sets.py) are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pronoun_weights as tpw  # noqa: E402 - the article reading of the pronoun refit

FOLDERS = tuple([f"news-dev{n}" for n in range(4, 97)] + ["bbc-dev", "bbc-dev2"]
                + [f"giveme5w1h-dev{n}" for n in range(2, 6)])
from fresh_sets import REFUSED  # noqa: E402 - one list of the folders no script reads

PLACE_LABELS = {"GPE", "LOC"}
OTHER_LABELS = {"FAC", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW", "LANGUAGE"}
QUOTE_MARKS = '"\u201c\u201d'


def gold_files(limit: int | None) -> list[tuple[str, Path]]:
    out = []
    for name in FOLDERS:
        if name in REFUSED:
            raise SystemExit(f"{name}: a measure, never read")
        for gold in sorted((tpw.GOLDS / name).glob("*.gold.json")):
            prefix = gold.name[: -len(".gold.json")]
            if prefix.startswith(tpw.HELD_OUT) or any(h.startswith(prefix) for h in tpw.HELD_OUT):
                raise SystemExit(f"{gold}: a held-out gold; never read")
            out.append((name, gold))
    return out[:limit] if limit else out


def words(text: str) -> list[str]:
    return [w.strip(",.;:()\"'\u2019\u201c\u201d") for w in text.split() if w.strip(",.;:()\"'\u2019\u201c\u201d")]


def name_core(mention: str, name_words: set[str]) -> tuple[list[str], list[str]] | None:
    """(title words, name words) of a mention that is a name form, else None."""
    text = mention
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    ws = words(text)
    if not ws or not all(w[:1].isupper() for w in ws):
        return None
    k = len(ws)
    while k > 0 and ws[k - 1].lower() in name_words:
        k -= 1
    core = ws[k:]
    if not core or any(w.lower() in name_words for w in ws[:k]):
        return None
    return ws[:k], core


def in_quotation(text: str, start: int) -> bool:
    para_start = text.rfind("\n", 0, start) + 1
    before = text[para_start:start]
    return sum(before.count(m) for m in QUOTE_MARKS) % 2 == 1


def classify(doc, text: str, span: tuple[int, int], title: list[str], record: dict,
             cands: list[dict]) -> tuple[str, list[str], str]:
    toks = [t for t in doc if t.idx < span[1] and t.idx + len(t) > span[0] and not t.is_punct and t.tag_ != "POS"]
    if not toks:
        return "no token", [], ""
    labels = {t.ent_type_ for t in toks}
    ent = next((e for e in doc.ents if e.start <= toks[-1].i < e.end), None)
    if ent is not None and (ent.start_char < span[0] - 1 or ent.end_char > span[1] + 1) and any(
            t.text[:1].isupper() and not (span[0] <= t.idx < span[1]) and t.tag_ != "POS" for t in ent):
        cause = f"inside a longer {ent.label_} span"
    elif labels == {""}:
        cause = "untagged"
    elif labels & {"PERSON"}:
        cause = "PERSON but dropped"
    elif labels & {"ORG"}:
        cause = "ORG"
    elif labels & PLACE_LABELS:
        cause = "GPE/LOC"
    else:
        cause = "FAC/PRODUCT/WORK_OF_ART/NORP"
    holders = [e for e in record.get("entities", []) if e not in cands and any(
        m["start"] < span[1] and span[0] < m["end"] for m in e.get("mentions", []))]
    places = [p for p in record.get("places", []) if any(
        m["start"] < span[1] and span[0] < m["end"] for m in p.get("mentions", []))]
    held = ""
    if holders:
        held = f"held by {holders[0].get('type')} '{holders[0].get('name')}'"
    elif places:
        held = f"made a place '{places[0].get('name')}'"
    head = toks[-1]
    pos = []
    first_line_end = text.find("\n", len(text) - len(text.lstrip()))
    if span[0] < (first_line_end if first_line_end > 0 else len(text)):
        pos.append("headline")
    if head.dep_ in {"nsubj", "nsubjpass"}:
        pos.append("subject")
    if head.dep_ == "poss" or (head.i + 1 < len(doc) and doc[head.i + 1].tag_ == "POS"):
        pos.append("possessive")
    if title or (toks[0].i > 0 and doc[toks[0].i - 1].text[:1].isupper() and doc[toks[0].i - 1].tag_ == "NNP"
                 and doc[toks[0].i - 1].ent_type_ != "PERSON"):
        pos.append("after a title")
    if in_quotation(text, span[0]):
        pos.append("in quotation")
    if toks[0].i == toks[0].sent.start:
        pos.append("sentence start")
    return cause, pos, held


def is_pronoun(text: str) -> bool:
    return text.lower() in {"he", "she", "him", "her", "his", "hers", "himself", "herself", "they", "them", "their"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--only", help="folder names, comma-separated")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    from newsevents.pipeline import Pipeline, build_record

    pipeline = Pipeline()
    golds = gold_files(args.limit)
    if args.only:
        golds = [g for g in golds if g[0] in args.only.split(",")]
    causes: Counter = Counter()
    positions: Counter = Counter()
    held: Counter = Counter()
    cascade = Counter()
    total_forms = 0
    for folder, gold_file in golds:
        prefix = gold_file.name[: -len(".gold.json")]
        article = tpw.article_of(prefix, gold_file.parent)
        doc = next(pipeline.docs([article]))
        text = doc.text
        record = build_record(doc, pipeline.info, 0.0).to_dict()
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for g in gold.get("entities", []):
            names = {tpw.norm(n) for n in g.get("name_any_of", [])}
            cands = [e for e in record.get("entities", []) if tpw.norm(e.get("name")) in names]
            name_words = {w.lower() for n in g.get("name_any_of", []) for w in words(n) if w[:1].isupper()}
            forms = []
            for m in g.get("mentions", []):
                found = name_core(m["text"], name_words)
                span = tpw.occurrence_span(text, m["text"], m.get("occurrence", 1))
                if found and span:
                    forms.append((m, found, span))
            if not forms:
                continue
            if cands:
                person = any(e.get("type") == "PERSON" for e in cands)
            else:
                full = [s for _m, (_t, core), s in forms if len(core) >= 2]
                labels = [doc.char_span(*s, alignment_mode="expand")[0].ent_type_ for s in full if doc.char_span(*s, alignment_mode="expand")]
                person = bool(labels) and labels.count("PERSON") * 2 > len(labels)
            if not person:
                continue
            lost_here = 0
            for m, (title, _core), span in forms:
                total_forms += 1
                hit = any(x["start"] < span[1] and span[0] < x["end"] for e in cands for x in e.get("mentions", []))
                if hit:
                    continue
                lost_here += 1
                cause, pos, holder = classify(doc, text, span, title, record, cands)
                if not cands:
                    cause = "entity absent: " + cause
                causes[cause] += 1
                for p in pos or ["other"]:
                    positions[p] += 1
                held[holder.split(" '")[0] if holder else "no holder"] += 1
                if args.verbose:
                    sent = next(t.sent for t in doc if t.idx >= span[0])
                    print(f"{folder}/{prefix[:40]}: '{m['text']}'#{m.get('occurrence', 1)} [{cause}] {pos} {holder}"
                          f"\n      | {sent.text.strip()[:200]}")
            if lost_here:
                cascade["entities with a lost name form"] += 1
                for m in g.get("mentions", []):
                    span = tpw.occurrence_span(text, m["text"], m.get("occurrence", 1))
                    if span and is_pronoun(m["text"]) and not any(
                            x["start"] < span[1] and span[0] < x["end"] for e in cands for x in e.get("mentions", [])):
                        cascade["their pronouns missed"] += 1
                speaker_names = names
                for q in gold.get("quotes", []):
                    if tpw.norm(q.get("speaker_entity")) not in speaker_names:
                        continue
                    want = tpw.norm(q["content_contains"])
                    ok = any(want in tpw.norm((r.get("content") or {}).get("text")) and (
                        (r.get("speaker") or {}).get("entity") in {e["id"] for e in cands}) for r in record.get("quotes", []))
                    if not ok:
                        cascade["their quotes missed (speaker or content)"] += 1
    print(f"person name-form gold mentions: {total_forms}; lost: {sum(causes.values())}")
    for what, counter in (("cause", causes), ("position", positions), ("holder", held), ("cascade", cascade)):
        print(f"-- by {what}")
        for k, v in counter.most_common():
            print(f"   {v:4d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
