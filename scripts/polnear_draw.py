"""Draw unread PolNeAR train articles for a gold set, by a rule stated before any article is opened.

news-dev9..14 drew from the train split's dev half with a script pasted into their READMEs; by session
20 nearly every dev-half file was named somewhere (read for the attribution rules), so session 25 draws
from the held-out half (`--half heldout`). Every file drawn is then named in docs/audit/read-articles.txt,
which `newsevents evaluate polnear` skips: the held-out attribution measure loses those texts and is
never scored on an article a person has read.

The rule: the train split's files in sorted order are shuffled by `random.Random(SEED)`; eligible are
the files of the half (`evaluation/polnear.py: half_of`, the SHA-1 of the stem), of 300-900 whitespace
words, whose stem is named nowhere in docs/audit, eval/gold/*/README.md or tests/; walking the shuffled
list, the first eligible file of each of `--n` different publishers is taken (files of a publisher
already taken, or in `--skip-publishers`, are passed over unread). Prints only file names, publisher,
date, word counts and the title; never the text. Run from the worktree root. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAIN = Path("/work/shared/eval/polnear/data/train/text")
METADATA = Path("/work/shared/eval/polnear/data/metadata.tsv")
# A PolNeAR file stem: publisher, date, the title's first words.
STEM = re.compile(r"[a-z-]+_20\d\d-\d\d-\d\d_[a-z0-9-]+")


def named_stems() -> set[str]:
    files = [p for p in (ROOT / "docs" / "audit").rglob("*") if p.is_file()]
    files += list((ROOT / "eval" / "gold").glob("*/README.md"))
    files += [p for p in (ROOT / "tests").rglob("*") if p.is_file() and p.suffix in {".py", ".md", ".txt", ".json"}]
    named: set[str] = set()
    for path in files:
        named.update(STEM.findall(path.read_text(encoding="utf-8", errors="replace")))
    return named


def half_of(stem: str) -> str:
    # The same split as newsevents.evaluation.polnear.half_of, restated so the script needs no install.
    return ("dev", "heldout")[int(hashlib.sha1(stem.encode("utf-8")).hexdigest(), 16) % 2]


def titles() -> dict[str, tuple[str, str]]:
    with METADATA.open(encoding="utf-8") as handle:
        return {row["filename"]: (row["publication_date"], row["title"])
                for row in csv.DictReader(handle, delimiter="\t")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--half", choices=("dev", "heldout"), default="heldout")
    ap.add_argument("--n", type=int, default=3, help="articles to take, one per publisher")
    ap.add_argument("--skip-publishers", default="", help="comma-separated publishers not to take")
    args = ap.parse_args()
    named = named_stems()
    meta = titles()
    skip = {p for p in args.skip_publishers.split(",") if p}
    names = sorted(p.name for p in TRAIN.glob("*.txt"))
    random.Random(args.seed).shuffle(names)
    taken: set[str] = set()
    for name in names:
        stem, publisher = name[:-4], name.split("_")[0]
        if half_of(stem) != args.half or publisher in taken or publisher in skip:
            continue
        date, title = meta.get(stem, ("-", "-"))
        if stem in named:
            print(f"PASSED OVER (named) {stem}")
            continue
        words = len((TRAIN / name).read_text(encoding="utf-8").split())
        if not 300 <= words <= 900:
            continue
        print(f"TAKEN {stem} {publisher} {date} {words} {title!r}")
        taken.add(publisher)
        if len(taken) == args.n:
            break


if __name__ == "__main__":
    main()
