"""A fourth held-out modality set of our own (issue 14, brief s18-spur18): ``tests/data/modality_heldout4.tsv``.

20 sentences in the style of local news: 13 acts only hoped for or planned by their doer, said by others that
someone should do, or only authorised (a power to act given), expected hypothetical (a plan: future); and 7
done, expected asserted. Written and committed (10b2cda) before the code was run on them and before any rule of
this branch; rows are found and judged as in set 1 (tests/events/test_modality_heldout1.py).
First figure (main's 67696b8, before any rule of this branch): 8 of 20 rows found (an event on the trigger),
**7 of 20 with the modality right (7 of the 8 found)**: hope 1/1, should 1/1, authorise 2/1 ("the vote allows
the mayor to sign the deal" asserted), done 4/4. Final (this branch, mishaps.licensed_act: the infinitive of
a verb that gives the power to act): 8 found, **8 of 20 right (8 of the 8 found)**. The 12 left (XFAIL) are
rows with no event on the trigger at all: doers the coder cannot use ("the city", "the town", "both sides",
"the principal", "the city attorney", "the chief executive"), a private counterpart ("the landlord") or a
contract with a union that no row codes -- the same acts done are missed too (the done rows), so none is a
modality fault. The rule was written after reading this set's first failures, so it is a regression set now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_modality_heldout1 import _NOT_FOUND, assert_row, read_rows, record_of, row_ids, row_params  # noqa: F401 - record_of is a fixture

PATH = Path(__file__).parents[1] / "data" / "modality_heldout4.tsv"
ROWS = read_rows(PATH)
IDS = row_ids(ROWS)

# Rows whose event is not found, with the reason.
XFAIL: dict[str, str] = {name: _NOT_FOUND for name in (
    "hope-0", "hope-1", "hope-2", "hope-4", "should-1", "should-2", "should-3", "authorise-0", "authorise-1",
    "done-0", "done-2", "done-6")}


def test_the_file_has_its_rows() -> None:
    assert len(ROWS) == 20 and all(len(r) == 6 for r in ROWS)
    assert len({r[-1] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", row_params(IDS, ROWS, XFAIL))
def test_modality(record_of, row) -> None:  # noqa: F811 - the fixture imported above
    assert_row(record_of, row)
