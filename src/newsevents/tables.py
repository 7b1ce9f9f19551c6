"""Where the stages' data tables come from, and one load of each per process.

A stage names a directory in its config (``data_dir``; None means the tables shipped in
``newsevents/data``), reads its tables from there when it is built, hands them to its rule
functions, and writes them into its own folder in ``to_disk`` so that a saved pipeline carries
its data (``spacy.load`` then reads them back through ``from_disk``).

Several stages read the same tables (the actor dictionary serves four of them). A load is
therefore kept per loader and table *content* (the packaged tables are known by their place): a pipeline built twice, or saved and loaded
back, parses each table once per process, and stages given the same tables share one object.
No spaCy here: the store and the server use the actor dictionary and the gazetteer too.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import MISSING, fields
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_LOADED: dict[tuple[str, str], Any] = {}
_LOCK = threading.RLock()  # a loader may load another table set (the lexicon reads the cues)


@functools.cache
def packaged_dir() -> Path:
    """The folder of tables shipped with the package (found once: importlib's lookup is costly,
    and code run on every article asks for it through :func:`shared_load`)."""
    return Path(str(resources.files("newsevents") / "data"))


def table_dir(data_dir: str | Path | None) -> Path:
    """The folder a stage reads its tables from: its config's ``data_dir``, else the packaged one."""
    return Path(data_dir) if data_dir is not None else packaged_dir()


def _digest(directory: Path, files: Iterable[str]) -> str:
    """What the tables hold (a missing file counts as absent): the key of a shared load."""
    h = hashlib.blake2b(digest_size=16)
    for name in files:
        path = directory / name
        h.update(name.encode("utf-8") + b"\0")
        if path.is_file():
            h.update(path.read_bytes())
        h.update(b"\1")
    return h.hexdigest()


def shared_load(loader: Callable[[Path], T], directory: Path, files: Iterable[str]) -> T:
    """``loader(directory)``, done once per process for the same loader and table content."""
    # The packaged tables do not change while the process runs: their key is free to compute.
    content = "packaged" if directory == packaged_dir() else _digest(directory, files)
    key = (f"{loader.__module__}.{loader.__qualname__}", content)
    with _LOCK:  # Dask threads may build stages at once: still one load
        if key not in _LOADED:
            _LOADED[key] = loader(directory)
        return _LOADED[key]


def copy_tables(source: Path, dest: str | Path, files: Iterable[str]) -> None:
    """Write a stage's tables into its folder of a saved pipeline (files absent at the source
    stay absent)."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name in files:
        if (source / name).is_file():
            shutil.copyfile(source / name, dest / name)


def fill_fields(obj: Any, given: dict[str, Any]) -> None:
    """Set every dataclass field of ``obj`` from ``given`` or from its default, as the ``__init__``
    that ``@dataclass`` writes would. For the word-list holders of hundreds of fields
    (``init=False``): ``@dataclass`` compiles that ``__init__`` from source at every import, about
    50 ms of a process's start for the event cues alone."""
    for f in fields(obj):
        if f.name in given:
            value = given.pop(f.name)
        elif f.default_factory is not MISSING:
            value = f.default_factory()
        elif f.default is not MISSING:
            value = f.default
        else:
            raise TypeError(f"{type(obj).__name__}() missing argument: {f.name!r}")
        object.__setattr__(obj, f.name, value)  # frozen holders too
    if given:
        raise TypeError(f"{type(obj).__name__}() got unexpected arguments: {', '.join(sorted(given))}")


def tsv_records(lines: Iterable[str]) -> list[dict[str, str]]:
    """The rows of a tab-separated table under its header line, as dicts of column -> stripped cell.

    csv.reader with the header read once, not csv.DictReader, whose Python ``__next__`` builds each
    row's dict (a third of the actor dictionary's parse, a tenth of a second of every start over the
    event lexicon). DictReader's rows all the same: blank rows skipped, a missing cell is "" (its None),
    cells past the header and unnamed columns dropped. Comment lines are the caller's to drop.
    """
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None:
        return []
    named = [(i, k) for i, k in enumerate(header) if k]
    return [{k: row[i].strip() if i < len(row) else "" for i, k in named} for row in reader if row]


def kind_words(path: Path, kind: str) -> frozenset[str]:
    """The words of one kind in a ``kind<TAB>word`` table such as ``place_words.tsv``, lower-cased; comment
    lines never match a kind. None when the file is absent: a pipeline saved before the table existed still
    loads, without its words (the stage that owns the file reports a broken install)."""
    if not path.exists():
        return frozenset()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0] == kind:
            words.add(fields[1].strip().lower())
    return frozenset(words)
