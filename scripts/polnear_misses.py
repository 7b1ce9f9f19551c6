"""Tabulate the PolNeAR dev split's gold attributions that no predicted quote matches, by class
(run by hand; not a test; the dev split only: it is a regression set rules were written from).

    .venv/bin/python scripts/polnear_misses.py [--split /work/shared/eval/polnear/data/dev] \
        [--records /tmp/polnear-dev-records.jsonl] [--show CLASS] [--n 20]

It matches as ``newsevents evaluate polnear`` does (content overlap, one-to-one, largest first),
then puts each unmatched gold attribution in one class by its cue (the cue's words, lower case):
``according to``, a speech verb of the scorer's list, a belief/thought verb, a noun cue, other.
Beside the class it tells whether some predicted quote overlapped the content at all (taken by
another gold) and whether a predicted quote has the same cue (the cue found, the content missed).
``--records`` keeps the records (one JSON line a text) so a second run only re-tabulates.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsevents.components.quotes import cue_lexicon
from newsevents.evaluation import metrics
from newsevents.evaluation.polnear import fragments_overlap, read, verb_forms

SPLIT = Path("/work/shared/eval/polnear/data/dev")
BELIEF = {"think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
          "know", "knows", "knew", "expect", "expects", "expected", "hope", "hopes", "hoped",
          "want", "wants", "wanted", "fear", "fears", "feared", "worry", "worried", "worries",
          "see", "sees", "saw", "view", "views", "consider", "considers", "considered", "doubt",
          "doubts", "doubted", "agree", "agrees", "agreed", "disagree", "understand", "realize",
          "realized", "plan", "plans", "planned", "seem", "seems", "seemed", "appear", "appears"}


def lexicon_forms() -> dict[str, str]:
    """word form -> class, from the stage's cue lexicon (verbs: their forms; nouns: singular, plural)."""
    lexicon = cue_lexicon()
    forms: dict[str, str] = {}
    for cues, cls in ((lexicon.nouns, "lexicon noun"), (lexicon.verbs, "lexicon verb")):
        for lemma, cue in cues.items():
            if cue.kind == "belief":
                continue
            for form in (verb_forms(lemma) if cls == "lexicon verb" else {lemma, lemma + "s", lemma + "es"}):
                forms[form] = cls
    for (lemma, _particle), cue in lexicon.phrasal.items():
        if cue.kind != "belief":
            for form in verb_forms(lemma):
                forms.setdefault(form, "lexicon verb")
    for lemma, cue in lexicon.verbs.items():
        if cue.kind == "belief":
            BELIEF.update(verb_forms(lemma))
    return forms


def classify(cue: str, speech: bool, forms: dict[str, str]) -> str:
    words = re.findall(r"[a-z']+", cue.lower())
    if "according" in words:
        return "according to"
    if speech:
        return "speech verb"
    if any(w in BELIEF for w in words):
        return "belief verb"
    if not words:
        return "colon or dash"
    for cls in ("lexicon verb", "lexicon noun"):
        if any(forms.get(w) == cls for w in words):
            return cls
    return "other cue"


def shape(content: str) -> str:
    """How a gold content begins: a quotation mark, ``that``, ``to``, a wh-word, else a phrase or clause."""
    text = content.strip().lower()
    if text[:1] in "\"'\u201c\u2018`":
        return "quotation"
    first = (re.findall(r"[a-z']+", text) or [""])[0]
    if first in ("that", "to", "if", "whether"):
        return first
    if first in ("what", "who", "why", "how", "when", "where", "which"):
        return "wh"
    return "other"


def records(split: Path, cache: Path | None, half: str | None = None) -> dict[str, dict]:
    if cache and cache.is_file():
        return {json.loads(line)["id"]: json.loads(line) for line in cache.open(encoding="utf-8")}
    from newsevents.evaluation.runner import run
    from newsevents.pipeline import Pipeline

    skipped: dict[str, int] = {}
    out: dict[str, dict] = {}
    for doc, record in run(Pipeline(), read(split, skipped, half), skipped):
        data = record.to_dict()
        out[doc.id] = {"id": doc.id, "quotes": [
            {"content": [q["content"]["start"], q["content"]["end"]],
             "cue": [q["cue"]["start"], q["cue"]["end"]] if q.get("cue") else None,
             "speaker": q["speaker"]["text"] if q.get("speaker") else None}
            for q in data.get("quotes", [])]}
    if cache:
        with cache.open("w", encoding="utf-8") as handle:
            for row in out.values():
                handle.write(json.dumps(row) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=SPLIT)
    parser.add_argument("--half", choices=("dev",), help="the train split's dev half only (never the heldout half)")
    parser.add_argument("--records", type=Path)
    parser.add_argument("--show", help="print the misses of this class")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--shape", help="with --show: only misses whose content begins so (that, to, wh, ...)")
    args = parser.parse_args()
    recs = records(args.split, args.records, args.half)
    forms = lexicon_forms()
    shapes: Counter[tuple[str, str]] = Counter()
    skipped: dict[str, int] = {}
    table: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    cues: Counter[tuple[str, str]] = Counter()
    shown = 0
    predicted = matched = 0
    for doc in read(args.split, skipped, args.half):
        quotes = recs.get(doc.id, {}).get("quotes", [])
        contents = [tuple(q["content"]) for q in quotes]
        gold = doc.gold
        pairs = dict(metrics.align([g.hull for g in gold], contents,
                                   score=lambda gi, pi, gold=gold, contents=contents: fragments_overlap(gold[gi].content, contents[pi])))
        predicted += len(contents)
        matched += len(pairs)
        for gi, g in enumerate(gold):
            cls = classify(g.cue_text, g.speech, forms)
            totals[cls] += 1
            if gi in pairs:
                continue
            touched = any(fragments_overlap(g.content, c) for c in contents)
            cue_found = any(q["cue"] and fragments_overlap(g.cue, tuple(q["cue"])) for q in quotes)
            how = "content taken by another" if touched else ("cue found, content elsewhere" if cue_found else "nothing")
            table[(cls, how)] += 1
            cues[(cls, g.cue_text.lower())] += 1
            shapes[(cls, shape(doc.text[g.hull[0]:g.hull[1]]))] += 1
            if args.show == cls and shown < args.n and args.shape in (None, shape(doc.text[g.hull[0]:g.hull[1]])):
                shown += 1
                a, b = g.hull
                src = " ".join(doc.text[s:e] for s, e in g.source)
                print(f"--- {doc.id} [{how}] cue={g.cue_text!r} source={src!r}")
                print("   ", doc.text[max(0, a - 120):a].replace("\n", " "), "[[", doc.text[a:b].replace("\n", " "), "]]")
    prf = metrics.prf(matched, predicted, sum(totals.values()))
    print(f"content P {prf['precision']:.3f} R {prf['recall']:.3f} F1 {prf['f1']:.3f} (predicted {predicted}, matched {matched})")
    print(f"{'class':16} {'gold':>5} {'missed':>6}  by how")
    for cls in sorted(totals, key=lambda c: -totals[c]):
        missed = sum(n for (c, _), n in table.items() if c == cls)
        hows = ", ".join(f"{h}: {n}" for (c, h), n in sorted(table.items()) if c == cls)
        print(f"{cls:16} {totals[cls]:5} {missed:6}  {hows}")
    print("missed, by how the gold content begins:")
    for cls in sorted(totals, key=lambda c: -totals[c]):
        print(f"  {cls:16}", ", ".join(f"{h}: {n}" for (c, h), n in sorted(shapes.items()) if c == cls))
    print("top missed cues:")
    for (cls, cue), n in cues.most_common(40):
        print(f"  {n:3} {cls:14} {cue}")


if __name__ == "__main__":
    main()
