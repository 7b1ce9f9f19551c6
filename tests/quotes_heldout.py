"""What the held-out quote-passage modules (test_quotes_heldout2/3.py) share: their rows, the
scored fixture, one parametrised case per passage with its known misses as strict xfails, and the
set's figures held as floors. Each
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


def module_tests(rows: list[dict], xfail: dict[str, str], published: str, floors: tuple[int, int, int]):
    """The ``scored`` fixture and the two tests every held-out quote module runs: each passage right
    (those of ``xfail`` strict xfail with their reason), and the set's figures held: quotes found and
    speakers right at least, false quotes at most, as ``floors`` = (found, right, false). A module
    assigns the three to its own names so that pytest collects them there."""
    from test_quotes_heldout1 import score_row

    @pytest.fixture(scope="module")
    def scored(extract) -> dict[str, dict]:
        return {row["id"]: score_row(row, extract(row["text"], published=published)) for row in rows}

    @pytest.mark.parametrize("row_id", passage_params(rows, xfail))
    def test_each_passage(scored, row_id) -> None:
        assert not scored[row_id]["misses"], scored[row_id]["misses"]

    def test_the_figures_hold(scored) -> None:
        found, right, false = totals(scored)
        expected = sum(len(row["quotes"]) for row in rows)
        print(f"quotes found {found}/{expected}, speaker right {right}/{expected}, false quotes {false}")
        assert found >= floors[0] and right >= floors[1] and false <= floors[2]

    return scored, test_each_passage, test_the_figures_hold


def totals(scored: dict[str, dict]) -> tuple[int, int, int]:
    """Quotes found, speakers right and false quotes over the whole set."""
    return tuple(sum(s[key] for s in scored.values()) for key in ("found", "right", "false"))  # type: ignore[return-value]


def quotes_of(extract, text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker text, speaker entity name) of each quote of ``text`` (the layout tests)."""
    record = extract(text, published=published)
    names = {e.id: e.name for e in record.entities}
    return [(q.content.text, q.speaker.text if q.speaker else None,
             names.get(q.speaker.entity) if q.speaker and q.speaker.entity else None) for q in record.quotes]


def by_content(found, words: str):
    """The first of ``quotes_of``'s quotes whose content holds ``words`` (the test fails without one)."""
    hits = [q for q in found if words in q[0]]
    assert hits, (words, found)
    return hits[0]
