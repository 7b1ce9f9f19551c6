"""Readers: turn files, directories and streams into articles (one ``Item`` each).

The input kind is chosen by content (``sniff_format``), with the file extension only as a
tie-breaker, so a folder of mixed pages, feeds, archives and texts needs no flags.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsevents.ingest.base import MAX_BYTES, InputError, Item, decode, problem_with
from newsevents.ingest.feed import parse_feed, read_feed_file
from newsevents.ingest.html import page_to_item, read_html_file
from newsevents.ingest.text import article_item, iter_jsonl_lines, read_jsonl_file, read_text_file
from newsevents.ingest.warc import read_warc_file, read_warc_stream

__all__ = ["FORMATS", "InputError", "Item", "iter_items", "problem_with", "sniff_format"]

FORMATS = ("auto", "text", "jsonl", "html", "feed", "warc")
_TEXT_SUFFIXES = {".txt", ".text", ""}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_SUFFIX_HINTS = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
_SNIFF_BYTES = 4096
_GZIP_MAGIC = b"\x1f\x8b"


def _skip_xml_prologue(head: str) -> str:
    """The markup after any XML declaration, comments and whitespace."""
    rest = head.lstrip()
    while True:
        if rest.startswith("<?"):
            end = rest.find("?>")
        elif rest.startswith("<!--"):
            end = rest.find("-->")
        else:
            return rest
        if end < 0:
            return ""
        rest = rest[end + 2 + (rest[end] == "-"):].lstrip()


def sniff_format(head: bytes) -> str:
    """What the first bytes of an input look like: warc, html, feed, jsonl, text or binary."""
    if head.startswith(_GZIP_MAGIC):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return "binary"
        return "warc" if inner.startswith(b"WARC/") else "binary"
    if head.startswith(b"WARC/"):
        return "warc"
    if b"\x00" in head:
        return "binary"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    markup = _skip_xml_prologue(text).lower()
    if markup.startswith(("<!doctype html", "<html")):
        return "html"
    if markup.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    if markup.startswith("<!doctype") and "<html" in text.lower():
        return "html"
    lines = text.splitlines()
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].lstrip().startswith("{"):
        # A JSON Lines article's first line is usually longer than the sniffed head: then its
        # opening is all there is to judge; a complete line must parse as an object.
        complete = first < len(lines) - 1
        if _is_json_object(lines[first]) if complete else _JSON_OBJECT_START.match(lines[first]):
            return "jsonl"
    return "text"


_JSON_OBJECT_START = re.compile(r'^\s*\{\s*"')


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _detect(path: Path, in_directory: bool) -> str | None:
    """The reader for a file, or None to pass it over silently (unrelated files in a folder)."""
    sniffed = sniff_format(_head(path))
    hint = _SUFFIX_HINTS.get(path.suffix.lower())
    if path.name.lower().endswith(".warc.gz"):
        hint = "warc"
    if sniffed in ("warc", "html", "feed", "jsonl"):
        return sniffed
    if sniffed == "text" and hint in ("html", "feed"):
        return hint
    if in_directory and (sniffed == "binary" or path.suffix.lower() not in _TEXT_SUFFIXES):
        return None
    return "text"


SIDECAR_SUFFIX = ".meta.json"


def sidecar_meta(path: Path) -> dict[str, Any]:
    """Metadata from ``NAME.meta.json`` beside ``NAME.ext`` (title, source, url, published), if any."""
    sidecar = path.with_name(path.name.split(".", 1)[0] + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        loaded = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in loaded.items() if v is not None} if isinstance(loaded, dict) else {}


def _read_one(path: Path, fmt: str, meta: dict[str, Any], encoding: str | None, in_directory: bool = False) -> Iterator[Item]:
    if in_directory:
        if path.name.endswith(SIDECAR_SUFFIX):
            return
        # A sidecar describes its one file, so it is more specific than the batch's defaults.
        meta = {**meta, **sidecar_meta(path)}
    if fmt == "auto":
        try:
            detected = _detect(path, in_directory)
        except InputError as exc:
            yield Item(str(path), problem=str(exc).split(": ", 1)[-1])
            return
        if detected is None:
            return
        fmt = detected
    if fmt == "jsonl":
        yield from read_jsonl_file(path, meta, encoding)
    elif fmt == "html":
        yield read_html_file(path, meta)
    elif fmt == "feed":
        yield from read_feed_file(path, meta)
    elif fmt == "warc":
        yield from read_warc_file(path, meta)
    else:
        yield from read_text_file(path, meta, encoding)


def _read_stdin(fmt: str, meta: dict[str, Any], encoding: str | None) -> Iterator[Item]:
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if fmt == "auto":
        fmt = sniff_format(data[:_SNIFF_BYTES])
    if fmt == "warc":
        yield from read_warc_stream(io.BytesIO(data), "<stdin>", meta)
    elif fmt == "html":
        yield page_to_item(data, "<stdin>", meta)
    elif fmt == "feed":
        yield from parse_feed(data, "<stdin>", meta)
    else:
        try:
            text = decode(data, "<stdin>", encoding)
        except InputError as exc:
            yield Item("<stdin>", problem=str(exc).split(": ", 1)[-1])
            return
        if fmt == "jsonl":
            yield from iter_jsonl_lines(iter(text.splitlines()), "<stdin>", meta)
        else:
            yield article_item("<stdin>", text, meta)


def iter_items(
    paths: Iterable[str],
    input_format: str = "auto",
    meta: dict[str, Any] | None = None,
    encoding: str | None = None,
) -> Iterator[Item]:
    """Every article found in ``paths`` (files, directories walked recursively, or ``-``).

    Problems (unreadable path, bad encoding, empty text, malformed page or feed, skipped
    archive record, ...) come out as Items with a ``problem``; nothing raises, so one bad
    input never stops a batch.
    """
    meta = meta or {}
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(input_format, meta, encoding)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield Item(str(path), problem="directory has no files")
            for file in files:
                yield from _read_one(file, input_format, meta, encoding, in_directory=True)
        elif path.exists():
            yield from _read_one(path, input_format, meta, encoding)
        else:
            yield Item(str(path), problem="no such file or directory")
