"""scripts/audit_draw_polnear.py's pool: one half of the split, read texts and near-copies of read texts
left out (publishers print one agency story under two mastheads). Made-up texts in a temporary folder."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def draw():
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("audit_draw_polnear_pool", SCRIPTS / "audit_draw_polnear.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)
    sys.path.remove(str(SCRIPTS))


STORY = ("Harbour talks stall\n\nThe mayor of Pellworth met the harbour board on Monday. "
         "The board said the new pier would cost more than planned. The mayor asked for a second estimate. "
         "Work is now due to start in the spring.\n")
OTHER = ("School vote delayed\n\nThe school board of Dunmere put off its vote on the budget. "
         "Parents had asked for more time to read the plan. The chair said the vote would come next month. "
         "Teachers welcomed the delay.\n")


def stems_of_half(draw, half: str, publisher: str, n: int) -> list[str]:
    stems = (f"{publisher}_2016-01-{day:02d}_made-up-story-{k}" for day in range(1, 29) for k in range(5))
    return [s for s in stems if draw.half_of(s) == half][:n]


def test_half_read_and_near_copies(draw, tmp_path: Path, monkeypatch) -> None:
    fresh, copy, other = stems_of_half(draw, "heldout", "nyt", 3)
    (read,) = stems_of_half(draw, "dev", "usa-today", 1)
    (dev_unread,) = stems_of_half(draw, "dev", "nyt", 1)
    for stem, text in ((fresh, OTHER), (copy, STORY.replace("Monday", "Tuesday")), (read, STORY),
                       (other, OTHER.replace("Dunmere", "Lowbridge") + "A new head teacher starts in May.\n"),
                       (dev_unread, STORY)):
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(draw, "named_elsewhere", lambda: {read})
    # The held-out half: the near-copy of the read dev text is left out; the two school stories are
    # not copies of anything read (they resemble each other, which does not matter).
    assert [p.stem for p in draw.pool(("nyt",), "heldout", tmp_path)] == sorted([fresh, other])
    # The dev half: the read text itself is left out; an unread copy of it is too.
    assert draw.pool(("nyt", "usa-today"), "dev", tmp_path) == []
    # Publishers not asked for are never listed.
    assert draw.pool(("politico",), "heldout", tmp_path) == []
