#!/usr/bin/env python3
"""Which rows of the dictionary backbone fire on real news (run by hand; not a test).

    .venv/bin/python scripts/backbone_firing.py [--dir DIR] [--every 10] [--top 10] [--sections a,b]

Takes every ``--every``-th file (sorted) of the BBC 2004 corpus, extracts it (stand-in
publication date 2005-01-01) and, for each event whose trigger is coded by a backbone row,
counts that row. Prints per PLOVER type how many backbone rows fired at least once (of how many
the backbone has) and the ``--top`` rows that fired most: a check that the backbone is alive.
Also prints how many events have a confidence at or over the default ``min_event_confidence``
and a few other floors (docs/events.md, Confidence).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--sections", help="comma-separated BBC sections (default all), e.g. business,entertainment,sport,tech")
    args = parser.parse_args(argv)

    from newsevents.actors import actor_dictionary
    from newsevents.eventcoding.lexicon import BACKBONE, NO_EVENT, load_lexicon, match_entry
    from newsevents.pipeline import Pipeline, make_article

    sections = [s.strip() for s in args.sections.split(",")] if args.sections else [""]
    files = sorted(f for s in sections for f in args.dir.glob(f"bbc_{s}*.txt"))[:: max(1, args.every)]
    if not files:
        print(f"no bbc_*.txt files in {args.dir}", file=sys.stderr)
        return 2
    articles = [make_article(f.read_text(encoding="utf-8", errors="replace"), published="2005-01-01", id=f.name)
                for f in files]
    fired: Counter[tuple[str, str, str]] = Counter()  # (type, the row's verbs, conditions) -> events
    events = 0
    pipeline = Pipeline()
    confidences: list[float] = []  # of every event, before the record's min_event_confidence filter
    for doc in pipeline.docs(articles):
        for event in doc._.events or []:
            events += 1
            confidences.append(1.0 if event.confidence is None else event.confidence)
            span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            matched = match_entry(span.root, load_lexicon(), actor_dictionary()) if span is not None else None
            if matched and matched[0].origin == BACKBONE and matched[0].event == event.event:
                entry = matched[0]
                needs = " ".join(f"{'!' if c.negated else ''}{c.kind}:{'|'.join(sorted(c.words))[:40]}"
                                 for c in entry.conditions) or "-"
                fired[(entry.event, entry.lemma, needs)] += 1
    unique = {id(e): e for entries in load_lexicon().values() for e in entries
              if e.origin == BACKBONE and e.event != NO_EVENT}
    rows = Counter(e.event for e in unique.values())
    per_type = Counter(key[0] for key in fired)
    print(f"{len(files)} articles, {events} events, {sum(fired.values())} coded by a backbone row")
    for floor in sorted({pipeline.min_event_confidence, 0.1, 0.25, 0.5}):
        kept = sum(c >= floor for c in confidences)
        print(f"events with confidence >= {floor}{' (the default)' if floor == pipeline.min_event_confidence else ''}: "
              f"{kept} ({kept / max(1, len(files)):.3f} an article)")
    print("type        backbone rows that fired / rows in use")
    for event in sorted(rows):
        print(f"  {event:<10} {per_type[event]:>4} / {rows[event]}")
    print(f"the {args.top} rows that fired most:")
    for (event, lemma, needs), n in fired.most_common(args.top):
        print(f"  {n:>4}  {event:<10} {lemma} {needs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
