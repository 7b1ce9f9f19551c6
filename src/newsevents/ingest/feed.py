"""RSS and Atom feed files: each entry is an article (title, link, published, content or summary)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from newsevents.ingest.base import InputError, Item
from newsevents.ingest.text import article_item, read_bytes

# Tags after which a reader would see a new line; everything else is inline.
_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure"]
)
# Content of these is never prose.
_SKIPPED_TAGS = frozenset(["script", "style", "noscript", "template"])
_ANY_SPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # Line breaks in HTML source are spaces; only block tags break lines.
        if not self.skipping:
            self.parts.append(_ANY_SPACE.sub(" ", data))


def html_fragment_to_text(fragment: str) -> str:
    """Readable text from a small HTML fragment (a feed summary): tags dropped, entities decoded,
    one paragraph a line. Feed fragments are too short for trafilatura's boilerplate detection."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(collector.parts).split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return None


def _entry_body(entry: Any) -> str:
    """The fullest text the entry carries: its content if any, else its summary."""
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    best = max(candidates, key=len)
    return html_fragment_to_text(best) if "<" in best or "&" in best else best.strip()


def parse_feed(data: bytes | str, origin: str, meta: dict[str, Any]) -> Iterator[Item]:
    """Every entry of an RSS/Atom document; a malformed feed is one problem Item."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - feedparser can fail on hostile input; that is a skip
        yield Item(origin, problem=f"malformed feed ({type(exc).__name__})")
        return
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    # Encoding notices are feedparser being thorough; anything else means the XML is broken.
    if isinstance(error, feedparser.ThingsNobodyCaresAboutButMe):
        error = None
    if error is not None or not parsed.entries:
        detail = f": {str(error).strip().splitlines()[0]}" if error is not None and str(error).strip() else ""
        kept = sum(1 for entry in parsed.entries if _entry_body(entry))
        tail = f" ({kept} complete entries read before the error)" if kept else ""
        yield Item(origin, problem=f"malformed feed{detail}{tail}" if error is not None else "feed has no entries")
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#{number}"
        if error is not None and not _entry_body(entry):
            continue  # the entry the parser broke off in: already reported with the feed
        entry_meta = {
            "title": entry.get("title"),
            "url": entry.get("link"),
            "published": _entry_date(entry),
            "source": meta.get("source") or feed_title,
        }
        # Per-entry metadata wins over what the user gave for the whole file, except the source.
        merged = {**{k: v for k, v in meta.items() if v is not None}, **{k: v for k, v in entry_meta.items() if v}}
        yield article_item(where, _entry_body(entry), merged)


def read_feed_file(path: Path, meta: dict[str, Any]) -> Iterator[Item]:
    try:
        data = read_bytes(path)
    except InputError as exc:
        yield Item(str(path), problem=str(exc).split(": ", 1)[-1])
        return
    yield from parse_feed(data, str(path), meta)
