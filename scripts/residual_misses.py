"""Count the required items the regression gold sets still miss, from records already saved.

    python3 scripts/residual_misses.py [FOLDER ...] [--tag ev] [--shared /work/shared] [--lines | --classes]

For every gold of the folders named (default eval/gold/news-dev4..64, bbc-dev and bbc-dev2) it looks for the record
/tmp/TAG_<folder>_<stem>.json that `scripts/score_golds.sh eval/gold/<folder> TAG_<folder>` wrote
(for LGL and GeoWebNews golds the rebuilt text beside it, /tmp/TAG_<folder>_<stem>.txt), scores it with
tools/score_record.py --verbose and keeps the miss lines of required items (optional items and spurious
events left out). It prints the residual by category and set; with --lines, every miss line with its set
and publisher (tab-separated), to be classed by hand in docs/notes/residual-misses.md.

Refuses the held-out Giveme5W1H six (eval/gold/giveme5w1h) and this session's fresh sets
(scripts/fresh_sets.py): their misses are measures, not rule sources. Standard library only; no extraction.
"""

import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

# Sets never scored here: the held-out Giveme5W1H six and the running session's fresh measures.
from fresh_sets import REFUSED  # noqa: E402 - one list of the folders no script reads

FOLDERS = [f"news-dev{n}" for n in range(4, 97)] + ["bbc-dev", "bbc-dev2"]
CATEGORY = re.compile(r"^(entities\+mentions|quotes\+speakers|places|times|figures|events \(type\+sentence\)|"
                      r"events \(all arguments right\))\s")


def gold_files(folder):
    if folder in REFUSED:
        sys.exit(f"refused: {folder} is a measure, not a regression set")
    return sorted(glob.glob(f"eval/gold/{folder}/*.gold.json"))


def locate(folder, gold, tag, shared):
    """(record, text, publisher) of one gold, or None when no record was saved."""
    name = os.path.basename(gold)[: -len(".gold.json")]
    if name.startswith(("lgl-", "gwn-")):
        stem = name[4:] if name.startswith("lgl-") else "gwn" + name[4:]
        base = f"/tmp/{tag}_{folder}_{stem}"
        text = base + ".txt"
    elif name.startswith("bbc_"):
        base = f"/tmp/{tag}_{folder}_{name}"
        text = f"{shared}/corpora/bbc-news-2004/{name}.txt"
    elif re.match(r"^[a-z-]+_\d{4}-\d\d-\d\d_", name):
        base = f"/tmp/{tag}_{folder}_{name}"
        found = sorted(glob.glob(f"{shared}/eval/polnear/data/*/text/{name}.txt"))
        text = found[0] if found else None
    else:
        return None  # a Giveme5W1H gold: scored through `newsevents evaluate golds`
    record = base + ".json"
    if not os.path.exists(record) or not text:
        return None
    with open(record, encoding="utf-8") as fh:
        publisher = json.load(fh)["article"].get("source") or name.split("_")[0]
    return record, text, publisher


def misses(gold, record, text, shared):
    out = subprocess.run([sys.executable, f"{shared}/tools/score_record.py", gold, record, "--article", text,
                          "--verbose"], capture_output=True, text=True, check=True).stdout
    category, found = None, []
    for line in out.splitlines():
        m = CATEGORY.match(line)
        if m:
            category = m.group(1).split(" (")[0]
            continue
        s = line.strip()
        if s.startswith("- ") and "(optional)" not in s and not s.startswith("- spurious"):
            found.append((category, s[2:]))
    return found


# Heuristic classes of a miss line, by the form of the missed mention (a first cut, read by hand after):
# word lists here only sort miss lines of a note, they are no rule of the extractor.
PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "we", "i"}
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i"}  # `he said` as one gold mention
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "one", "our", "your"}
DESCRIPTION_KINDS = [
    ("a party or candidacy description", {"front-runner", "frontrunner", "nominee", "candidate", "democrat",
                                          "republican", "gop", "conservative", "socialist", "favorite", "underdog",
                                          "opponent", "pick", "outsider"}),
    ("a kin or relation description", {"wife", "son", "father", "mother", "husband", "daughter", "friend", "client",
                                       "counterpart", "love"}),
    ("an office or role description", {"senator", "governor", "president", "minister", "director", "chief", "head",
                                       "judge", "lawmaker", "leader", "chair", "watchdog", "anchor", "pastor",
                                       "official", "leaker"}),
    ("a body called by a kind noun", {"group", "organization", "organisation", "party", "court", "company", "firm",
                                      "museum", "newspaper", "paper", "pac", "super-pac", "project", "vehicle",
                                      "entity", "body", "board", "tool", "network",
                                      "committee"}),
    ("a demonym or age description", {"year-old", "year", "young", "emirati", "swede", "teenager", "boy", "girl"}),
]
COMMON_TITLECASE = {"senator", "pastor", "mother", "father", "underdog", "president", "chief", "son"}


def words(text):
    return re.findall(r"[\w'’&.-]+", text.lower())


def classify(category, line):
    """(class, name key) of one miss line; the name key joins an `absent` line to its mention lines."""
    if category == "quotes+speakers":
        return ("a quote with the wrong speaker or kind" if "wrong speaker" in line else "a quote not found"), None
    if category == "places":
        return ("a place not found" if "got no place" in line else "a place wrongly resolved"), None
    if category in ("times", "figures", "events"):
        return {"times": "a time missed or wrongly anchored", "figures": "a figure missed",
                "events": "an event not found or with a wrong argument"}[category], None
    m = re.match(r"entity (.+): (absent|wrong codes \[(.*)\])$", line)
    if m:
        if m.group(2) == "absent":
            return None, m.group(1)
        return ("an entity with no code at all" if m.group(3) == "(None, [])" else
                "an entity with a wrong country or sector"), None
    m = re.match(r"mention '(.+)'#\d+ not linked to (.+)$", line)
    if not m:
        return "other", None
    mention, gold = m.group(1), m.group(2)
    w = words(mention)
    if w and w[0] in PRONOUNS and (len(w) == 1 or w[0] in SUBJECT_PRONOUNS and len(w) == 2):
        return "a pronoun not linked to its antecedent", None
    g = words(gold)
    if w == g:
        return ("a one-word name missed" if len(w) == 1 else "a multiword name missed or not linked"), mention
    last = mention.split()[-1]
    describes = (w and w[0] in DETERMINERS) or last.lower() == last \
        or (len(w) == 1 and w[0] in COMMON_TITLECASE) or (w and w[-1] in COMMON_TITLECASE)
    if describes:
        for name, kind in DESCRIPTION_KINDS:
            if any(x in kind or x.rstrip("s") in kind for x in w):
                return name, None
        if w[0] in DETERMINERS and len(w) > 1 and all(x[:1].isupper() for x in mention.split()[1:]):
            return "a nickname of a team or band (`the Reds`)", None
        return "an occupation or fame epithet (world knowledge)", None
    if set(w) <= set(g) or "".join(x[0] for x in g if x[0].isalpha()) == "".join(w):
        return "a short form (surname, part, acronym) not linked to the full name", None
    return "a variant form (misspelling, nickname, other name) not linked", None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", default=FOLDERS, help="gold folders under eval/gold")
    ap.add_argument("--tag", default="ev")
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--lines", action="store_true")
    ap.add_argument("--classes", action="store_true", help="the heuristic class table: items, sets, publishers")
    args = ap.parse_args()
    per_set = collections.defaultdict(collections.Counter)
    articles = collections.Counter()
    missing = []
    classes = collections.defaultdict(lambda: [0, set(), set()])
    folders = [f.rstrip("/").split("/")[-1] for f in args.folders]
    for folder in folders:  # refuse before scoring anything
        gold_files(folder)
    for folder in folders:
        for gold in gold_files(folder):
            where = locate(folder, gold, args.tag, args.shared)
            if where is None:
                missing.append(gold)
                continue
            record, text, publisher = where
            articles[folder] += 1
            found = misses(gold, record, text, args.shared)
            named = {}
            for category, line in found:
                cls, key = classify(category, line)
                if cls and key:
                    named[key] = cls
            for category, line in found:
                per_set[folder][category] += 1
                cls, key = classify(category, line)
                if cls is None:  # an `absent` line goes with its name's mention lines
                    cls = named.get(key, "a multiword name missed or not linked" if " " in key
                                    else "a one-word name missed")
                row = classes[cls]
                row[0] += 1
                row[1].add(folder)
                row[2].add(publisher)
                if args.lines:
                    print(f"{folder}\t{publisher}\t{os.path.basename(gold)[:40]}\t{category}\t{cls}\t{line}")
    total = collections.Counter()
    for folder in folders:
        total.update(per_set[folder])
    if args.classes:
        print("class\titems\tsets\tpublishers")
        for cls, (n, sets, pubs) in sorted(classes.items(), key=lambda kv: (-len(kv[1][1]), -kv[1][0])):
            print(f"{cls}\t{n}\t{len(sets)}\t{len(pubs)}")
    elif not args.lines:
        cats = sorted(total, key=lambda c: -total[c])
        print("set\tarticles\t" + "\t".join(cats) + "\tall")
        for folder in folders:
            c = per_set[folder]
            print(f"{folder}\t{articles[folder]}\t" + "\t".join(str(c[k]) for k in cats) + f"\t{sum(c.values())}")
        print(f"total\t{sum(articles.values())}\t" + "\t".join(str(total[k]) for k in cats)
              + f"\t{sum(total.values())}")
        for gold in missing:
            print(f"no record: {gold}", file=sys.stderr)


if __name__ == "__main__":
    main()
