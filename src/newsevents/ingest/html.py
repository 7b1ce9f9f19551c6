"""HTML pages: the main text (boilerplate, navigation, cookie banners removed) and the page metadata."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from newsevents.ingest.base import InputError, Item
from newsevents.ingest.text import article_item, read_bytes

# A page whose main text is shorter than this is a menu, a paywall or an error page, not an article.
MIN_WORDS = 12
# Caps on one page before trafilatura sees it. Its time grows faster than linearly with the
# number of elements (measured under load: 5,000 paragraphs 1.6 s, 20,000 8 s, 50,000 37 s);
# news pages have a few thousand elements, and rarely more than a few megabytes of markup.
MAX_PAGE_BYTES = 8_000_000
MAX_ELEMENTS = 25_000
_START_TAG = re.compile(rb"<[A-Za-z]")

# htmldate's extensive search guesses dates from free text and copyright lines; a wrong
# publication date silently shifts every relative time, so only dates from markup and URL count.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}

# trafilatura logs every unparseable page at ERROR level; the reader reports those itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def page_to_item(page: bytes | str, origin: str, meta: dict[str, Any], page_first: bool = False) -> Item:
    """One HTML page as an article: trafilatura's main text, with title/url/date from the page.

    Metadata the user gave (``meta``) wins over what the page says, unless ``page_first``
    (pages from an archive, where the user's metadata is only a default for all of them).
    ``article.text`` is the extracted text exactly, so offsets index into it.
    """
    from trafilatura import bare_extraction

    data = page.encode("utf-8", errors="replace") if isinstance(page, str) else page
    if len(data) > MAX_PAGE_BYTES:
        return Item(origin, problem=f"page too large ({len(data) / 1e6:.0f} MB; limit {MAX_PAGE_BYTES / 1e6:.0f} MB)")
    elements = sum(1 for _ in _START_TAG.finditer(data))
    if elements > MAX_ELEMENTS:
        return Item(origin, problem=f"page has too many HTML elements ({elements:,}; limit {MAX_ELEMENTS:,})")
    try:
        document = bare_extraction(
            page, url=meta.get("url"), with_metadata=True, date_extraction_params=_DATE_PARAMS
        )
    except Exception as exc:  # noqa: BLE001 - a broken page is a skip, never a crash
        return Item(origin, problem=f"malformed HTML ({type(exc).__name__})")
    if document is None:
        return Item(origin, problem="malformed HTML or no main text")
    text = (getattr(document, "text", None) or "").strip()
    if len(text.split()) < MIN_WORDS:
        return Item(origin, problem="page has no main text (navigation or boilerplate only)")
    page_meta = {
        "title": getattr(document, "title", None),
        "url": getattr(document, "url", None),
        "published": getattr(document, "date", None),
        "source": getattr(document, "sitename", None),
    }
    found = {k: v for k, v in page_meta.items() if v}
    given = {k: v for k, v in meta.items() if v is not None}
    merged = {**given, **found} if page_first else {**found, **given}
    return article_item(origin, text, merged)


def read_html_file(path: Path, meta: dict[str, Any]) -> Item:
    """One HTML file is one article."""
    try:
        data = read_bytes(path)
    except InputError as exc:
        return Item(str(path), problem=str(exc).split(": ", 1)[-1])
    return page_to_item(data, str(path), meta)
