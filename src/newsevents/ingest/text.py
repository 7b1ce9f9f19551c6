"""Plain-text files, standard input and JSON Lines: the readers that need no parsing library."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from newsevents.controls import strip_controls
from newsevents.ingest.base import (
    MAX_BYTES,
    InputError,
    Item,
    bom_encoding,
    decode,
    is_wide_encoding,
    problem_with,
)
from newsevents.record import make_article

ARTICLE_FIELDS = ("title", "source", "url", "published", "id", "language")
_UNDECODABLE = "\x00undecodable"
_TOO_LONG = "\x00too long"


def article_item(origin: str, text: str, meta: dict[str, Any]) -> Item:
    """Check a text and its metadata, and wrap them as an Item (article or problem).

    The text is kept exactly (the contract: offsets index the input); terminal escape codes,
    control characters and bidi controls are removed from the metadata, which is shown to a
    person as it is and has no offsets. The model reads the text with them blanked
    (``Pipeline.make_doc``), and the summary table prints it without them.
    """
    problem = problem_with(text)
    if problem:
        return Item(origin, problem=problem)
    fields = {k: meta.get(k) for k in ARTICLE_FIELDS if meta.get(k) is not None}
    fields = {k: strip_controls(v) if isinstance(v, str) else v for k, v in fields.items()}
    try:
        article = make_article(text, **fields)
    except ValueError as exc:
        return Item(origin, problem=str(exc))
    return Item(origin, article=article)


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large ({size / 1e6:.0f} MB; limit {MAX_BYTES / 1e6:.0f} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_text_file(path: Path, meta: dict[str, Any], encoding: str | None = None) -> Iterator[Item]:
    """One plain-text file is one article; ``meta`` gives its title, source, date, ..."""
    try:
        text = decode(read_bytes(path), str(path), encoding)
    except InputError as exc:
        yield Item(str(path), problem=str(exc).split(": ", 1)[-1])
        return
    yield article_item(str(path), text, meta)


def object_item(obj: Any, where: str, defaults: dict[str, Any]) -> Item:
    """One JSON object (``text`` and optional title, source, url, published, id) as an article."""
    if not isinstance(obj, dict):
        return Item(where, problem="an article must be a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        return Item(where, problem="no 'text' string in this object")
    meta = {**defaults, **{k: obj[k] for k in ARTICLE_FIELDS if obj.get(k) is not None}}
    for key in ARTICLE_FIELDS:
        if key in meta and not isinstance(meta[key], str):
            meta[key] = str(meta[key])
    return article_item(where, text, meta)


def iter_jsonl_lines(lines: Iterator[str], origin: str, defaults: dict[str, Any]) -> Iterator[Item]:
    """One article per line: ``text`` and optional title, source, url, published, id.

    Every line that is not an article (malformed JSON, a ``#`` comment, an array) is one
    problem naming its line; the other lines are still read.
    """
    for number, line in enumerate(lines, 1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        if line == _UNDECODABLE:
            yield Item(where, problem="line is not UTF-8 (pass --encoding)")
            continue
        if line == _TOO_LONG:
            yield Item(where, problem=f"line too long (limit {MAX_BYTES / 1e6:.0f} MB)")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(where, problem=f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Item(where, problem="a JSON Lines article must be an object with a 'text' field")
            continue
        item = object_item(obj, where, defaults)
        if item.problem == "no 'text' string in this object":
            item.problem = "no 'text' string in this line"
        yield item


def binary_lines(handle: BinaryIO, encoding: str | None) -> Iterator[str]:
    """Decoded lines of a byte stream (UTF-8 with an optional BOM unless told otherwise); an
    undecodable line is a marker that ``iter_jsonl_lines`` reports, so the others are still read."""
    number = 0
    while raw := handle.readline(MAX_BYTES + 1):
        number += 1
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # the rest of the line, in bounded pieces
                raw = handle.readline(1 << 20)
            yield _TOO_LONG
            continue
        try:
            yield raw.decode(encoding or ("utf-8-sig" if number == 1 else "utf-8"))
        except (UnicodeDecodeError, LookupError):
            yield _UNDECODABLE


def read_jsonl_file(path: Path, defaults: dict[str, Any], encoding: str | None = None) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Item(str(path), problem=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        head = handle.peek(4)[:4]
        wide = encoding if encoding else bom_encoding(head)
        if is_wide_encoding(wide):
            # UTF-16/32 lines cannot be split byte by byte: decode the whole (size-limited) file.
            try:
                text = decode(read_bytes(path), str(path), encoding)
            except InputError as exc:
                yield Item(str(path), problem=str(exc).split(": ", 1)[-1])
                return
            yield from iter_jsonl_lines(iter(text.splitlines()), str(path), defaults)
        else:
            yield from iter_jsonl_lines(binary_lines(handle, encoding), str(path), defaults)


def read_json_document(data: bytes, origin: str, defaults: dict[str, Any], encoding: str | None = None) -> Iterator[Item]:
    """A JSON document holding one article object or an array of them (``origin[n]`` each)."""
    try:
        loaded = json.loads(decode(data, origin, encoding))
    except InputError as exc:
        yield Item(origin, problem=str(exc).split(": ", 1)[-1])
        return
    except json.JSONDecodeError as exc:
        yield Item(origin, problem=f"malformed JSON ({exc.msg.removesuffix(' at')}, line {exc.lineno} column {exc.colno})")
        return
    if isinstance(loaded, dict):
        yield object_item(loaded, origin, defaults)
    elif isinstance(loaded, list):
        if not loaded:
            yield Item(origin, problem="empty JSON array: no articles")
        for index, obj in enumerate(loaded):
            yield object_item(obj, f"{origin}[{index}]", defaults)
    else:
        yield Item(origin, problem="JSON must be an article object or an array of them")


def read_json_file(path: Path, defaults: dict[str, Any], encoding: str | None = None) -> Iterator[Item]:
    try:
        data = read_bytes(path)
    except InputError as exc:
        yield Item(str(path), problem=str(exc).split(": ", 1)[-1])
        return
    yield from read_json_document(data, str(path), defaults, encoding)
