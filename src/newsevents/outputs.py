"""Safe output files: never over an input or the database, never over a file without --force,
and never half-written.

Every command that writes a file goes through ``output_path`` / ``open_output``:

- the target may not be one of the ``protected`` paths (the inputs being read, the database
  and its write-ahead log), whatever ``force`` says: writing there would destroy what is read;
- an existing regular file is replaced only with ``force`` (an empty one, such as ``mktemp``
  makes for an output, holds nothing to lose and is replaced without it);
- the data goes to a hidden temporary file beside the target, which is synced and then renamed
  over it, so a crash, a full disk or Ctrl-C leaves the old file (or none), never a torn one;
- devices and pipes (``/dev/null``, ``/dev/stdout``, a FIFO) are written directly;
- every OS error (disk full, no permission, no such folder) is one ``OutputError`` line.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from newsevents.ingest.base import InputError

STDOUT = "-"
# The store's database file when none is named, and the formats ``newsevents export`` writes: here,
# not in ``newsevents.store``, so that the command line names them without importing DuckDB and
# pyarrow (~0.1 s of CPU in every ``newsevents extract`` process, which never opens a store).
DEFAULT_DB = "newsevents.duckdb"
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "geojson", "acled", "polecat", "sqlite")


class OutputError(InputError):
    """An output cannot be written as asked: one line to print."""


def database_paths(db: str | Path) -> list[Path]:
    """The files a DuckDB database consists of: the file itself and its write-ahead log."""
    db = Path(db)
    return [db, db.with_name(db.name + ".wal")]


def _same_file(a: Path, b: Path) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    return True


def check_output(path: str, protected: Iterable[str | Path] = (), force: bool = False) -> None:
    """Refuse a target that is a protected path (or inside a protected folder) or, without
    ``force``, an existing regular file. Called before any work, so a refusal costs nothing."""
    if path == STDOUT:
        return
    target = Path(path)
    for raw in protected:
        guarded = Path(raw)
        if guarded.is_dir() and target.exists() and _inside(target, guarded):
            raise OutputError(f"{path}: refusing to write over a file inside the input folder {guarded}")
        if _same_file(target, guarded):
            raise OutputError(f"{path}: refusing to write over {guarded}, which this command reads")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    if not force and target.exists() and stat.S_ISREG(target.stat().st_mode) and not _empty_file(target):
        raise OutputError(f"{path}: file exists; pass --force to replace it")


def _empty_file(path: Path) -> bool:
    """A regular file with nothing in it: replacing it loses no data, so it needs no --force."""
    try:
        info = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size == 0


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


@contextlib.contextmanager
def output_path(path: str, protected: Iterable[str | Path] = (), force: bool = False) -> Iterator[str]:
    """The path to write to: a temporary file renamed to ``path`` when the block succeeds.

    A device or pipe is yielded as itself. OS errors become ``OutputError``; on any error the
    temporary file is removed and ``path`` is untouched.
    """
    if path == STDOUT:
        raise OutputError("this output cannot go to stdout: give -o FILE")
    check_output(path, protected, force)
    target = Path(path)
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        try:
            yield path
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {_describe(exc)}") from None
        return
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {_describe(exc)}") from None
    os.close(fd)
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode()
        os.chmod(temp, mode)
        yield temp
        _fsync(temp)
        if force or _empty_file(target):
            # An empty file (one made by mktemp to receive the output) holds nothing to lose.
            os.replace(temp, target)
        else:
            # No clobbering even if the file appeared while we worked: a hard link fails if it exists.
            try:
                os.link(temp, target)
            except FileExistsError:
                raise OutputError(f"{path}: file exists; pass --force to replace it") from None
            except OSError:
                if target.exists():
                    raise OutputError(f"{path}: file exists; pass --force to replace it") from None
                os.replace(temp, target)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {_describe(exc)}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


@contextlib.contextmanager
def open_output(path: str | None, protected: Iterable[str | Path] = (), force: bool = False,
                binary: bool = False) -> Iterator[IO]:
    """A handle on ``path`` (stdout for None or ``-``) written through ``output_path``."""
    if not path or path == STDOUT:
        stream = sys.stdout.buffer if binary else sys.stdout
        try:
            yield stream
            stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            _silence_stdout()
            raise OutputError(f"<stdout>: cannot write: {_describe(exc)}") from None
        return
    with output_path(path, protected, force) as temp:
        try:
            handle = open(temp, "wb") if binary else open(temp, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {_describe(exc)}") from None
        try:
            with handle:
                yield handle
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {_describe(exc)}") from None


def _silence_stdout() -> None:
    """After a failed write to stdout, point it at /dev/null so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        return
