"""What the held-out quote-passage modules (test_quotes_heldout2/3.py) share: their rows, one
parametrised case per passage with its known misses as strict xfails, and the set's totals. Each
module keeps its own file, date, xfails and floors (the first set, test_quotes_heldout1.py, holds the
scorer, ``score_row``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def passage_params(rows: list[dict], xfail: dict[str, str]) -> list:
    """One case per passage id; a passage named in ``xfail`` must still fail (strict)."""
    return [pytest.param(row["id"], id=row["id"],
                         marks=[pytest.mark.xfail(reason=xfail[row["id"]], strict=True)] if row["id"] in xfail else [])
            for row in rows]


def totals(scored: dict[str, dict]) -> tuple[int, int, int]:
    """Quotes found, speakers right and false quotes over the whole set."""
    return tuple(sum(s[key] for s in scored.values()) for key in ("found", "right", "false"))  # type: ignore[return-value]
