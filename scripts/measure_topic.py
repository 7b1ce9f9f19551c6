"""Measure the article topic signal (newsevents.eventcoding.topic) on labelled text (run by hand).

    .venv/bin/python scripts/measure_topic.py [--every N] [--full] [--case DIR]

- The BBC 2004 corpus (/work/shared/corpora/bbc-news-2004): the file name gives the section
  (business, entertainment, politics, sport, tech; politics is read as politics_conflict). Prints
  the 5-way accuracy of the leading topic and the confusion per section. ``--every N``: every Nth
  file only. Without ``--full`` only spaCy's tagger and lemmatizer run (the cue words alone, no
  entity count: fast); with ``--full`` the whole pipeline (the cue words and the political entities).
- ``--case DIR``: the CASE 2021 dev snippets (full pipeline): the share whose leading topic is
  politics_conflict, and what the others lead with.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc-news-2004"
SECTION_TOPIC = {"business": "business", "entertainment": "entertainment", "politics": "politics_conflict",
                 "sport": "sport", "tech": "tech"}


def _bbc_files(every: int) -> list[Path]:
    files = sorted(BBC.glob("bbc_*.txt"))
    return [f for f in files if int(f.stem.rsplit("_", 1)[1]) % every == 0]


def _topics_light(texts: list[str]) -> list[dict[str, float]]:
    from newsevents.eventcoding import topic
    from newsevents.pipeline import load_model

    nlp = load_model()
    table = topic.load_topic_words()
    out = []
    with nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in nlp.pipe_names]):
        for doc in nlp.pipe(texts, batch_size=64):
            tokens = [(t.lower_, t.lemma_.lower()) for t in doc if not t.is_punct and not t.is_space]
            out.append(topic.distribution(topic.cue_counts(tokens, table), len(tokens)))
    return out


def _topics_full(articles: list) -> list[dict[str, float]]:
    from newsevents.pipeline import Pipeline

    return [doc._.topic for doc in Pipeline().docs(articles)]


def bbc(every: int, full: bool) -> None:
    from newsevents.eventcoding.topic import TOPICS, leading
    from newsevents.record import make_article

    files = _bbc_files(every)
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    if full:
        topics = _topics_full([make_article(t, source="BBC", published="2005-01-01") for t in texts])
    else:
        topics = _topics_light(texts)
    confusion: dict[str, Counter[str]] = {s: Counter() for s in SECTION_TOPIC}
    for f, t in zip(files, topics, strict=True):
        confusion[f.stem.split("_")[1]][leading(t) or "none"] += 1
    right = sum(confusion[s][SECTION_TOPIC[s]] for s in confusion)
    n = sum(sum(c.values()) for c in confusion.values())
    print(f"BBC 2004, {n} articles ({'full pipeline' if full else 'cue words only'}): accuracy {right / n:.3f} ({right}/{n})")
    print("| section | n | " + " | ".join(TOPICS) + " | none |")
    print("| --- " * (len(TOPICS) + 3) + "|")
    for s, c in confusion.items():
        print(f"| {s} | {sum(c.values())} | " + " | ".join(str(c[t]) for t in TOPICS) + f" | {c['none']} |")


def case(folder: Path) -> None:
    from newsevents.evaluation.case2021 import read
    from newsevents.eventcoding.topic import POLITICS, leading
    from newsevents.record import make_article

    skipped: dict[str, int] = {}
    snippets = list(read(folder, skipped))
    topics = _topics_full([make_article(s.text, id=s.id) for s in snippets])
    leads = Counter(leading(t) or "none" for t in topics)
    print(f"CASE 2021 dev, {len(snippets)} snippets: politics_conflict leads in {leads[POLITICS] / len(snippets):.3f}; "
          f"all: {dict(leads.most_common())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="every Nth BBC file (by its number)")
    parser.add_argument("--full", action="store_true", help="run the whole pipeline (entities counted)")
    parser.add_argument("--case", type=Path, help="CASE 2021 dev folder")
    parser.add_argument("--no-bbc", action="store_true", help="skip the BBC corpus")
    args = parser.parse_args(argv)
    if not args.no_bbc:
        if not BBC.is_dir():
            print(f"{BBC}: not found", file=sys.stderr)
            return 1
        bbc(args.every, args.full)
    if args.case:
        case(args.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
