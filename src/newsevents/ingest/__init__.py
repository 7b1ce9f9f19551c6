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
from typing import Any, BinaryIO

from newsevents.ingest.base import (
    MAX_BYTES,
    InputError,
    Item,
    bom_encoding,
    decode,
    is_wide_encoding,
    problem_with,
)
from newsevents.ingest.feed import parse_feed, read_feed_file
from newsevents.ingest.html import page_to_item, read_html_file
from newsevents.ingest.text import (
    article_item,
    binary_lines,
    iter_jsonl_lines,
    read_json_document,
    read_json_file,
    read_jsonl_file,
    read_text_file,
)
from newsevents.ingest.warc import read_warc_file, read_warc_stream

__all__ = ["FORMATS", "InputError", "Item", "iter_items", "problem_with", "sniff_format"]

FORMATS = ("auto", "text", "jsonl", "json", "html", "feed", "warc")
_TEXT_SUFFIXES = {".txt", ".text", ""}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_SUFFIX_HINTS = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
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
    """What the first bytes of an input look like: warc, html, feed, jsonl, json, text or binary."""
    if head.startswith(_GZIP_MAGIC):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return "binary"
        return "warc" if inner.startswith(b"WARC/") else "binary"
    if head.startswith(b"WARC/"):
        return "warc"
    announced = bom_encoding(head)
    if announced:
        # UTF-16/32 text has NUL bytes but is text all the same (a cut last character is replaced).
        text = head.decode(announced, errors="replace")
    elif b"\x00" in head:
        return "binary"
    else:
        text = head.decode("utf-8", errors="replace")
    text = text.lstrip("\ufeff")
    markup = _skip_xml_prologue(text).lower()
    if markup.startswith(("<!doctype html", "<html")):
        return "html"
    if markup.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    if markup.startswith("<!doctype") and "<html" in text.lower():
        return "html"
    if text.lstrip().startswith("[{"):
        return "json"
    lines = text.splitlines()
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return "text"
    # Lines the head holds in full (the last one may be cut off by the sniffed length).
    complete = lines[first:-1] if len(head) >= _SNIFF_BYTES else lines[first:]
    opening = lines[first].lstrip()
    if opening.startswith("{"):
        # A JSON Lines article's first line is usually longer than the sniffed head: then its
        # opening is all there is to judge; else one object among the lines is enough (the
        # first line may be the malformed one, which the JSON Lines reader then names).
        if _JSON_OBJECT_START.match(opening) or any(_is_json_object(line) for line in complete):
            return "jsonl"
    elif opening.startswith(("#", "//")) and any(_is_json_object(line) for line in complete[1:]):
        return "jsonl"  # a comment or header line above JSON Lines
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
    if sniffed in ("warc", "html", "feed", "jsonl", "json"):
        return sniffed
    if sniffed == "text" and hint in ("html", "feed", "jsonl", "json"):
        return hint
    if in_directory and (sniffed == "binary" or path.suffix.lower() not in _TEXT_SUFFIXES):
        return None
    return "text"


SIDECAR_SUFFIX = ".meta.json"


def sidecar_meta(path: Path) -> dict[str, Any]:
    """Metadata from ``NAME.meta.json`` beside ``NAME.ext`` (title, source, url, published), if any.

    A sidecar that cannot be read raises InputError naming it: the article would otherwise be
    stored without its publication date, which shifts every relative time in it.
    """
    sidecar = path.with_name(path.name.split(".", 1)[0] + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        loaded = json.loads(decode(sidecar.read_bytes(), str(sidecar)))
    except OSError as exc:
        raise InputError(f"{sidecar}: cannot read metadata: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{sidecar}: malformed metadata JSON ({exc.msg.removesuffix(' at')}, line {exc.lineno} "
                         f"column {exc.colno})") from None
    if not isinstance(loaded, dict):
        raise InputError(f"{sidecar}: metadata must be a JSON object")
    return {k: v for k, v in loaded.items() if v is not None}


def _read_one(path: Path, fmt: str, meta: dict[str, Any], encoding: str | None, in_directory: bool = False) -> Iterator[Item]:
    if in_directory:
        if path.name.endswith(SIDECAR_SUFFIX):
            return
        # A sidecar describes its one file, so it is more specific than the batch's defaults.
        try:
            meta = {**meta, **sidecar_meta(path)}
        except InputError as exc:
            yield Item(str(path), problem=f"skipped: {exc}")
            return
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
    elif fmt == "json":
        yield from read_json_file(path, meta, encoding)
    elif fmt == "html":
        yield read_html_file(path, meta)
    elif fmt == "feed":
        yield from read_feed_file(path, meta)
    elif fmt == "warc":
        yield from read_warc_file(path, meta)
    else:
        yield from read_text_file(path, meta, encoding)


class _Prefixed(io.RawIOBase):
    """A stream that gives back the bytes already read (the sniffed head), then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size] = self.head[:size]
            self.head = self.head[size:]
            return size
        reader = getattr(self.rest, "read1", self.rest.read)
        data = reader(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_stdin(fmt: str, meta: dict[str, Any], encoding: str | None) -> Iterator[Item]:
    """Standard input: JSON Lines and WARC are streamed (any length); one document is read whole,
    up to the size limit."""
    stdin = sys.stdin.buffer
    head = stdin.read(_SNIFF_BYTES)
    if fmt == "auto":
        fmt = sniff_format(head)
    wide = is_wide_encoding(encoding or bom_encoding(head))
    if fmt == "warc":
        yield from read_warc_stream(io.BufferedReader(_Prefixed(head, stdin)), "<stdin>", meta)
        return
    if fmt == "jsonl" and not wide:
        yield from iter_jsonl_lines(binary_lines(io.BufferedReader(_Prefixed(head, stdin)), encoding), "<stdin>", meta)
        return
    data = head + stdin.read(MAX_BYTES + 1 - len(head))
    if len(data) > MAX_BYTES:
        yield Item("<stdin>", problem=f"too large (more than {MAX_BYTES / 1e6:.0f} MB; limit "
                                      f"{MAX_BYTES / 1e6:.0f} MB): send JSON Lines to stream many articles")
        return
    if fmt == "html":
        yield page_to_item(data, "<stdin>", meta)
    elif fmt == "feed":
        yield from parse_feed(data, "<stdin>", meta)
    elif fmt == "json":
        yield from read_json_document(data, "<stdin>", meta, encoding)
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
