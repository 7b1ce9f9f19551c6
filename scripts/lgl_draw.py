"""Draw unread LGL dev articles for a gold set, by a rule stated before any article is opened.

news-dev13 (session 17) drew three LGL dev articles with a throwaway script whose rule its README
states; once PolNeAR's held-out half had no eligible text left (session 38), session 39 takes its
fresh golds from LGL dev again, with the same rule kept here so every set can be re-drawn.

The rule: the ``<article>`` elements of ``lgl-dev.xml`` in file order are shuffled by
``random.Random(SEED)``; eligible are the articles of 300-900 whitespace words of ``<text>`` whose
docid occurs nowhere (as a substring) in docs/audit, eval/gold/*/README.md or tests/; walking the
shuffled list, the first eligible article of each of ``--n`` different ``domain``s is taken (articles
of a domain already taken, or in ``--skip-domains``, are passed over unread). Prints only docid,
domain, title, word count and the ``dltime`` date; never the text. The LGL dev file's toponyms are
the place measure (``newsevents evaluate lgl``), so a drawn article's places are less fresh than
its people and quotes: say so beside its figures. Run from the worktree root. Standard library only.
"""

from __future__ import annotations

import argparse
import random
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_XML = ROOT / ".." / "shared" / "eval" / "lgl" / "lgl-dev.xml"
TEST_SUFFIXES = {".py", ".md", ".txt", ".json", ".jsonl"}


def named_text() -> str:
    files = [p for p in (ROOT / "docs" / "audit").rglob("*") if p.is_file()]
    files += list((ROOT / "eval" / "gold").glob("*/README.md"))
    files += [p for p in (ROOT / "tests").rglob("*") if p.is_file() and p.suffix in TEST_SUFFIXES]
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=3, help="articles to take, one per domain")
    ap.add_argument("--skip-domains", default="", help="comma-separated domains not to take")
    ap.add_argument("--xml", type=Path, default=DEFAULT_XML)
    args = ap.parse_args()
    articles = list(ET.parse(args.xml).getroot().iter("article"))
    random.Random(args.seed).shuffle(articles)
    named = named_text()
    taken = {d for d in args.skip_domains.split(",") if d}
    took = 0
    for art in articles:
        words = len((art.findtext("text") or "").split())
        domain = (art.findtext("domain") or "").strip()
        if not 300 <= words <= 900 or domain in taken:
            continue
        docid = art.get("docid") or ""
        title = " ".join((art.findtext("title") or "").split())
        date = (art.findtext("dltime") or "").strip()[:10]
        if docid in named:
            print(f"PASSED OVER (named) {docid} {domain}")
            continue
        print(f"TAKEN {docid} {domain} {date} {words} {title!r}")
        taken.add(domain)
        took += 1
        if took == args.n:
            break


if __name__ == "__main__":
    main()
