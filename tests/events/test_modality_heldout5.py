"""A fifth held-out modality set of our own (issue 14, brief s19-spur19): ``tests/data/modality_heldout5.tsv``.

18 sentences in the style of local news: 12 acts only weighed ('is considering suing'), recommended by a report or
a review, allowed by a deal or a bill not in force ('would allow X to'), or that a party 'may be asked to' do,
expected hypothetical (the spec's modality for the possible and the hoped-for); 6 done, expected asserted. Written
and committed (291aecb) before the code was run on them and before any rule of this branch; rows are found and
judged as in set 1 (tests/events/test_modality_heldout1.py).
First figure (main's 2baf87e, before any rule of this branch): 9 of 18 rows found (an event on the trigger), **9
of 18 with the modality right (9 of the 9 found)**: consider 3/3, recommend 0/0, allow 1/1, asked 0/0, done 5/5.
Final (this branch; no modality rule was changed): the same, 9 of 18. The 9 left (XFAIL) find no event on the
trigger at all, so none is a modality fault: a subjunctive the tagger makes a noun ('recommends that the Scottish
Government apologise'), acts asked of someone (the project codes the REQUEST, not the act asked for:
test_modality_heldout1 topic-2), 'the state of <name>' that is no coded party, a rate ('every year': a practice,
no event) and parties the coder does not use. Its rows were read after the first run, so it is a regression set now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_modality_heldout1 import _NOT_FOUND, assert_row, read_rows, record_of, row_ids, row_params  # noqa: F401 - record_of is a fixture

PATH = Path(__file__).parents[1] / "data" / "modality_heldout5.tsv"
ROWS = read_rows(PATH)
IDS = row_ids(ROWS)

_ASKED = "an act asked of someone ('may be asked to meet', 'recommendations for X to help') is no event of its own"
# Rows whose event is not found, with the reason.
XFAIL: dict[str, str] = {
    "recommend-0": _ASKED,
    "recommend-1": "'recommends that the Scottish Government apologise': the tagger makes the subjunctive a noun "
                   "(with 'should apologise' the act is found, hypothetical)",
    "recommend-2": _NOT_FOUND,
    "allow-1": "'the state of Iowa' is no coded party (the done row misses it too)",
    "allow-2": "'send aid to Malawi every year': a rate makes it a practice, no event (components/events.py _practice)",
    "asked-0": _ASKED,
    "asked-1": _ASKED,
    "asked-2": _ASKED,
    "done-4": "'The state of Iowa seized three abandoned farms': 'the state of <name>' is no coded party",
}


def test_the_file_has_its_rows() -> None:
    assert len(ROWS) == 18 and all(len(r) == 6 for r in ROWS)
    assert len({r[-1] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", row_params(IDS, ROWS, XFAIL))
def test_modality(record_of, row) -> None:  # noqa: F811 - the fixture imported above
    assert_row(record_of, row)
