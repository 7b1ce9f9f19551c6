"""Progress on stderr for long commands: a bar with a total and an ETA (tqdm), only on a terminal."""

from __future__ import annotations

import sys
from typing import Any


def wanted(flag: bool | None = None, quiet: bool = False) -> bool:
    """Show progress when asked (--progress), or by default when stderr is a terminal and not --quiet."""
    if flag is not None:
        return flag
    return not quiet and sys.stderr.isatty()


class Progress:
    """Articles done out of a known total; a no-op when not enabled (pipes, logs, tests)."""

    def __init__(self, total: int | None, enabled: bool, desc: str = "extracting", unit: str = "article") -> None:
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=unit, desc=desc, dynamic_ncols=True, file=sys.stderr)

    def advance(self, n: int = 1, **status: Any) -> None:
        if self.bar is not None:
            if status:
                self.bar.set_postfix(status, refresh=False)
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def note(message: str, enabled: bool) -> None:
    """One status line (e.g. while the model loads), only where progress is shown."""
    if enabled:
        print(message, file=sys.stderr, flush=True)
