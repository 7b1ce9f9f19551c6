"""The draw of news-dev16 (eval/gold/news-dev16/README.md): three GeoWebNews articles numbered 150-199.

`--seed S` gives another set's draw with the same rule (news-dev17: 20270126). `--range LO-HI` draws from
other numbers (session 20: two sets from disjoint halves of 150-199, so two writers never take the same
article). `--undated` also takes articles whose link has no date (every dated link of 150-199 is 2018-04-05
or 2018-04-06, the collection days; by session 20 no dated article of 150-199 was left): printed as `-`.

Prints only number, domain, title, word count and date. Run from the worktree root. Standard library only.
"""

from __future__ import annotations

import argparse
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import gwn_article as g

ROOT = Path(__file__).resolve().parents[1]


def named_text() -> str:
    files = [p for p in (ROOT / "docs" / "audit").rglob("*") if p.is_file()]
    files += list((ROOT / "eval" / "gold").glob("*/README.md"))
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


def is_named(number: int, text: str) -> bool:
    return re.search(rf"(?i)(?:gwn[-_ ]?|geowebnews ){number}(?!\d)", text) is not None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20270124)
    ap.add_argument("--range", default="150-199", help="article numbers LO-HI (inclusive)")
    ap.add_argument("--undated", action="store_true", help="also take articles with no date in the link")
    args = ap.parse_args()
    seed = args.seed
    lo, hi = (int(x) for x in args.range.split("-"))
    arts = [a for a in ET.parse(g.DEFAULT_XML).getroot().iter("article") if lo <= int(a.get("file")) <= hi]
    arts.sort(key=lambda a: int(a.get("file")))
    random.Random(seed).shuffle(arts)
    named = named_text()
    taken: set[str] = set()
    for art in arts:
        n = int(art.get("file"))
        words = len((art.findtext("text") or "").split())
        link = (art.findtext("link") or "").strip()
        date, domain = g.link_date(link), g.link_domain(link)
        if not 250 <= words <= 900 or (date is None and not args.undated) or domain in taken:
            continue
        title = " ".join((art.findtext("title") or "").split())
        if is_named(n, named):
            print(f"PASSED OVER (named) {n} {domain} {title!r} {words} {date or '-'}")
            continue
        print(f"TAKEN {n} {domain} {title!r} {words} {date or '-'}")
        taken.add(domain)
        if len(taken) == 3:
            break


if __name__ == "__main__":
    main()
