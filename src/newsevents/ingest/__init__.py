"""Readers: turn files, directories and streams into articles (one ``Item`` each)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsevents.ingest.base import InputError, Item, problem_with
from newsevents.ingest.text import read_jsonl_file, read_stdin, read_text_file

__all__ = ["FORMATS", "InputError", "Item", "iter_items", "problem_with"]

FORMATS = ("auto", "text", "jsonl")
_TEXT_SUFFIXES = {".txt", ".text", ""}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def _guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def _read_one(path: Path, fmt: str, meta: dict[str, Any], encoding: str | None) -> Iterator[Item]:
    if fmt == "auto":
        fmt = _guess_format(path)
    if fmt == "jsonl":
        yield from read_jsonl_file(path, meta, encoding)
    else:
        yield from read_text_file(path, meta, encoding)


def iter_items(
    paths: Iterable[str],
    input_format: str = "auto",
    meta: dict[str, Any] | None = None,
    encoding: str | None = None,
) -> Iterator[Item]:
    """Every article found in ``paths`` (files, directories walked recursively, or ``-``).

    Problems (unreadable path, bad encoding, empty text, ...) come out as Items with a
    ``problem``; nothing raises, so one bad input never stops a batch.
    """
    meta = meta or {}
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    for raw in paths:
        if raw == "-":
            if input_format == "jsonl":
                yield from read_jsonl_file(Path("-"), meta, encoding)
            else:
                yield from read_stdin(meta, encoding)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield Item(str(path), problem="directory has no files")
            for file in files:
                if input_format == "auto" and file.suffix.lower() not in _TEXT_SUFFIXES | _JSONL_SUFFIXES:
                    continue
                yield from _read_one(file, input_format, meta, encoding)
        elif path.exists():
            yield from _read_one(path, input_format, meta, encoding)
        else:
            yield Item(str(path), problem="no such file or directory")
