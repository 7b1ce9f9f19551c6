"""Hyphen-joined place names (branch dev16m, session 20; classes from news-dev17's misses).

spaCy often labels only one half of a hyphen-joined name (`Baden` of `Baden-Wurttemberg`, `Saxony` of
`Saxony-Anhalt`, `Stratford` of `Stratford-upon-Avon`), and the half is then resolved to its namesake
city or division. Words joined by hyphens are one name in English: when the whole hyphen-joined
run around a place mention (with up to two capitalised words after its last part: `Trentino-Alto
Adige`) is a name the gazetteer knows, the mention is that whole name, whatever its level.
"""

from __future__ import annotations

import re
from typing import Protocol

# a hyphen-joined part: a word of letters (lower-case linking words like `upon`, `de`, `en` too)
_PART = r"[^\W\d_]+"
_RIGHT = re.compile(rf"(?:-{_PART})+(?: [A-Z][^\W\d_]+){{0,2}}")
_LEFT = re.compile(rf"(?:{_PART}-)+$")


class _Mention(Protocol):
    start: int
    end: int
    text: str


def hyphen_widen(text: str, mentions: list, is_place_name) -> None:
    """Widen each mention in place to the longest hyphen-joined name around it that
    ``is_place_name`` knows (`Baden` -> `Baden-Wurttemberg`). A mention with no hyphen at its
    edges is left as it is; neighbouring mentions a widened one now covers are dropped."""
    for m in mentions:
        if m.end - m.start > 1 and text[m.end - 1] == "-":
            m.end, m.text = m.end - 1, m.text[:-1]  # a label that took the hyphen ("Baden-")
        before_hyphen = m.start > 0 and text[m.start - 1] == "-"
        after_hyphen = text.startswith("-", m.end)
        if not (before_hyphen or after_hyphen):
            continue
        left = _LEFT.search(text, max(0, m.start - 60), m.start) if before_hyphen else None
        starts = [m.start] + ([left.start()] if left else [])
        right = _RIGHT.match(text, m.end) if after_hyphen else None
        ends = [m.end]
        if right:
            run = right.group()  # every cut of the run after a whole part; the longest known one wins
            ends += [m.end + i for i, ch in enumerate(run) if ch in "- " and i > 0] + [m.end + len(run)]
        best = None
        for s in starts:
            for e in sorted(set(ends), reverse=True):
                if (s, e) == (m.start, m.end) or "-" not in text[s:e]:
                    continue
                if is_place_name(text[s:e]) and (best is None or e - s > best[1] - best[0]):
                    best = (s, e)
        if best is not None:
            m.start, m.end, m.text = best[0], best[1], text[best[0]:best[1]]
    # a mention now inside a widened one is the same name
    keep = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if keep and m.start < keep[-1].end:
            continue
        keep.append(m)
    mentions[:] = keep

