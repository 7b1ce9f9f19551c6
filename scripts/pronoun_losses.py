"""Where the regression golds' third-person pronouns are lost (run by hand; not a test).

    .venv/bin/python scripts/pronoun_losses.py [--records DIR] [--limit N] [--context] [--folders F ...]

Runs the pipeline on every article of the regression gold folders (those of
scripts/train_pronoun_weights.py, and news-dev55/56, regression sets since session 32), each read
as its scorer reads it, and sorts every gold pronoun mention (he, him, his, she, her ...: the words
of data/actor_words.tsv's kind ``pronoun``) into one case:

- ``right``: the record puts the pronoun in the entity the gold names;
- ``description: POSS NOUN``: a gold mention of several words opened by a possessive pronoun
  (``her husband``: another person than the pronoun's) that no mention of the right entity overlaps;
- ``wrong choice``: ``_antecedent`` scored the right person and chose another;
- ``filtered: REASON``: the right person was a person entity and a hard filter of ``_antecedent``
  dropped it (``PronounRules.rejection_trace``: gender, binding, distance ...);
- ``single wrong candidate``: the only candidate scored was a wrong one, the right person was not
  among the people considered (see the next two);
- ``never an entity``: no record entity is named as the gold entity, or it is not a person;
- ``not reached: RULE``: another rule placed the pronoun (the rule named), or ``none`` (no rule).

``--records DIR`` also writes each record as DIR/PREFIX.json (to score with tools/score_record.py);
``--context`` prints the pronoun's sentence for each loss (for reading, never to copy).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_pronoun_weights as tpw  # noqa: E402 - the trainer beside this file: its reading of the golds

FOLDERS = tpw.FOLDERS + ("news-dev55", "news-dev56")


def gold_files(limit: int | None, folders: list[str] | None = None) -> list[tuple[str, Path]]:
    return tpw.gold_files(limit, tuple(folders) if folders else FOLDERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--context", action="store_true")
    # a session's READ half only (its MEASURED half is never read): the folders to walk
    parser.add_argument("--folders", nargs="+", help="gold folders to walk instead of the default list")
    args = parser.parse_args(argv)
    from newsevents.components.entities import EntityResolver
    from newsevents.components.entities_pronouns import PronounRules
    from newsevents.pipeline import Pipeline, build_record

    adds: dict[int, str] = {}  # token offset of a pronoun mention -> the rule that added it
    original_add = EntityResolver._add

    def traced_add(self, cluster, start_tok, end_tok, kind, head):  # noqa: ANN001
        if kind == "pronoun":
            adds[head.idx] = sys._getframe(1).f_code.co_name
        return original_add(self, cluster, start_tok, end_tok, kind, head)

    EntityResolver._add = traced_add
    pronouns = tpw.pronoun_words()
    pipeline = Pipeline()
    if args.records:
        args.records.mkdir(parents=True, exist_ok=True)
    cases: Counter = Counter()
    for folder, gold_file in gold_files(args.limit, args.folders):
        prefix = gold_file.name[: -len(".gold.json")]
        article = tpw.article_of(prefix, gold_file.parent)
        text = article.text
        adds.clear()
        PronounRules.antecedent_trace, PronounRules.rejection_trace = [], []
        try:
            doc = next(pipeline.docs([article]))
            trace, rejections = PronounRules.antecedent_trace, PronounRules.rejection_trace
        finally:
            PronounRules.antecedent_trace = PronounRules.rejection_trace = None
        record = build_record(doc, pipeline.info, 0.0).to_dict()
        if args.records:
            (args.records / f"{prefix}.json").write_text(json.dumps(record), encoding="utf-8")
        holder = {}
        for e in record.get("entities", []):
            for x in e.get("mentions", []):
                holder[(x["start"], x["end"])] = (tpw.norm(e.get("name")), e.get("type"))
        record_names = {tpw.norm(e.get("name")): e.get("type") for e in record.get("entities", [])}

        def cluster_name(cluster, holder=holder) -> str:  # noqa: ANN001
            for m in cluster.mentions:
                if (m.start, m.end) in holder:
                    return holder[(m.start, m.end)][0]
            return tpw.norm(cluster.name)

        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for g in gold.get("entities", []):
            names = {tpw.norm(n) for n in g.get("name_any_of", [])}
            for m in g.get("mentions", []):
                first = (m["text"].split() or [""])[0].lower().strip("\"'\u201c\u2018")
                span = tpw.occurrence_span(text, m["text"], m.get("occurrence", 1))
                if not span or first not in pronouns:
                    continue
                start, end = span[0], span[0] + len(first)
                hit = next((v for (s, t), v in holder.items() if s < end and start < t), None)
                # the scorer's rule: any mention of an entity of the gold's name overlapping the gold mention
                if any(v[0] in names for (s, t), v in holder.items() if s < span[1] and span[0] < t):
                    cases["right"] += 1
                    continue
                tok = next((t for t in doc if t.idx == start), None)
                # "her husband": the gold names the person the possessive's noun describes
                described = len(m["text"].split()) > 1 and tok is not None and tok.dep_ == "poss"
                traced = next((x for x in trace if x[0].idx == start), None)
                dropped = [(c, r) for p, c, r in rejections if p.idx == start]
                right_dropped = [r for c, r in dropped if cluster_name(c) in names]
                person = any(record_names.get(n) == "PERSON" for n in names)
                if described:
                    case = "description: " + " ".join(m["text"].split()[:1] + ["NOUN"])
                elif traced is not None and any(cluster_name(c) in names for c, _, _ in traced[1]):
                    case = "wrong choice"
                elif right_dropped:
                    case = f"filtered: {right_dropped[0]}"
                elif not person:
                    case = "never an entity" + ("" if not any(n in record_names for n in names) else " (not a person)")
                elif traced is not None:
                    case = "single wrong candidate" if len(traced[1]) == 1 else "right person not considered"
                elif start in adds:
                    case = f"not reached: {adds[start]}"
                elif dropped:
                    case = "right person not considered (all filtered)"
                else:
                    case = "not reached: none"
                cases[case] += 1
                print(f"{folder}\t{prefix[:40]}\t{first}@{start}\t{case}\tgold={sorted(names)[0]!r}\t"
                      f"record={hit[0] if hit else None!r}")
                if args.context and tok is not None:
                    print("    " + " ".join(tok.sent.text.split()) + f"  [dep={tok.dep_} pos={tok.pos_}]")
        print(f"{folder}/{prefix}: done", file=sys.stderr)
    print("\ncases:")
    for k, v in cases.most_common():
        print(f"  {v}\t{k}")
    print(f"  {sum(cases.values())}\tgold pronoun mentions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
