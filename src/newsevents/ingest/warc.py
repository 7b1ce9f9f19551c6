"""WARC web archives: HTTP responses of HTML pages become articles through the HTML reader."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from newsevents.ingest.base import Item
from newsevents.ingest.html import MAX_PAGE_BYTES, page_to_item

# Record types that carry a captured page; request, warcinfo, metadata and revisit records do not.
_PAGE_RECORDS = ("response", "resource")
_RECORD_TYPES = frozenset(
    ["warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"]
)


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").split(";", 1)[0].strip().lower()


def _status(record: Any) -> int | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    try:
        return int(record.http_headers.get_statuscode())
    except (TypeError, ValueError):
        return None


def read_warc_stream(handle: BinaryIO, origin: str, meta: dict[str, Any]) -> Iterator[Item]:
    """Every HTML page captured in a WARC stream (gzipped or not).

    Each non-HTML or non-2xx captured response is one problem Item, so the caller's
    counts say how many records were skipped and why.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = records = unknown = 0
    try:
        for record in ArchiveIterator(handle):
            records += 1
            unknown += record.rec_type not in _RECORD_TYPES
            if record.rec_type not in _PAGE_RECORDS:
                continue
            number += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{uri or number}"
            kind, status = _content_type(record), _status(record)
            if status is not None and not 200 <= status < 300:
                yield Item(where, problem=f"skipped WARC record: HTTP status {status}")
            elif "html" not in kind:
                yield Item(where, problem=f"skipped WARC record: not HTML ({kind or 'no content type'})")
            else:
                # The captured URI is where the page really was; the page's own metadata
                # (canonical URL, date) still wins over the user's defaults for the archive.
                page_meta = {**meta, "url": uri} if uri else dict(meta)
                # A small archive can hold a huge page (compression): read no more than the cap; the
                # iterator skips the rest of the record in bounded pieces.
                page = record.content_stream().read(MAX_PAGE_BYTES + 1)
                # The record's reader still expecting bytes after the payload means the file ends
                # inside this record: half a page would be analysed as if it were the article.
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if len(page) > MAX_PAGE_BYTES:
                    yield Item(where, problem=f"skipped WARC record: page too large (more than "
                                              f"{MAX_PAGE_BYTES / 1e6:.0f} MB)")
                elif missing > 0:
                    yield Item(where, problem=f"skipped WARC record: truncated ({missing} bytes missing)")
                else:
                    yield page_to_item(page, where, page_meta, page_first=True)
    # warcio trips over some broken archives with plain Python errors (a truncated record header
    # leaves its URI None, found by the truncation tests): each of them means "malformed WARC".
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, zlib.error,
            AttributeError, TypeError, IndexError, KeyError) as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield Item(f"{origin}#{number + 1}", problem=f"malformed WARC: {first_line}")
        return
    if not records or (not number and unknown):
        yield Item(origin, problem="malformed WARC: no valid record after the WARC/ header")
    elif not number:
        yield Item(origin, problem=f"WARC has no page records ({records} records, none a response or resource)")


def read_warc_file(path: Path, meta: dict[str, Any]) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Item(str(path), problem=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from read_warc_stream(handle, str(path), meta)
