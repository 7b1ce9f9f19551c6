"""Plain-text files, standard input and JSON Lines: the readers that need no parsing library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.ingest.base import MAX_BYTES, InputError, Item, decode, problem_with
from newsevents.record import make_article

ARTICLE_FIELDS = ("title", "source", "url", "published", "id", "language")
_UNDECODABLE = "\x00undecodable"


def article_item(origin: str, text: str, meta: dict[str, Any]) -> Item:
    """Check a text and its metadata, and wrap them as an Item (article or problem)."""
    problem = problem_with(text)
    if problem:
        return Item(origin, problem=problem)
    try:
        article = make_article(text, **{k: meta.get(k) for k in ARTICLE_FIELDS if meta.get(k) is not None})
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


def read_stdin(meta: dict[str, Any], encoding: str | None = None) -> Iterator[Item]:
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        text = decode(data, "<stdin>", encoding)
    except InputError as exc:
        yield Item("<stdin>", problem=str(exc).split(": ", 1)[-1])
        return
    yield article_item("<stdin>", text, meta)


def iter_jsonl_lines(lines: Iterator[str], origin: str, defaults: dict[str, Any]) -> Iterator[Item]:
    """One article per line: ``text`` and optional title, source, url, published, id."""
    for number, line in enumerate(lines, 1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        if line == _UNDECODABLE:
            yield Item(where, problem="line is not UTF-8 (pass --encoding)")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(where, problem=f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Item(where, problem="a JSON Lines article must be an object with a 'text' field")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Item(where, problem="no 'text' string in this line")
            continue
        meta = {**defaults, **{k: obj[k] for k in ARTICLE_FIELDS if obj.get(k) is not None}}
        for key in ARTICLE_FIELDS:
            if key in meta and not isinstance(meta[key], str):
                meta[key] = str(meta[key])
        yield article_item(where, text, meta)


def read_jsonl_file(path: Path, defaults: dict[str, Any], encoding: str | None = None) -> Iterator[Item]:
    if str(path) == "-":
        stream = (raw.decode(encoding or "utf-8", errors="replace") for raw in sys.stdin.buffer)
        yield from iter_jsonl_lines(stream, "<stdin>", defaults)
        return
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Item(str(path), problem=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        def lines() -> Iterator[str]:
            for number, raw in enumerate(handle, 1):
                try:
                    yield raw.decode(encoding or "utf-8-sig" if number == 1 else encoding or "utf-8")
                except UnicodeDecodeError:
                    yield _UNDECODABLE
        yield from iter_jsonl_lines(lines(), str(path), defaults)
