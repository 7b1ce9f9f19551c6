"""A second held-out modality set of our own (issue 14, brief s13-modality): ``tests/data/modality_heldout2.tsv``.

40 sentences, one event each, between parties named with their country, over the kinds of set 1
(tests/events/test_modality_heldout1.py, which says how a row is found and judged). Written after this branch's
modality rules and committed before the code was run on it, so its first figure measures those rules on
sentences they were not written from. First figure (code at 8fd9ddd): 30 of 40 rows found, **29 of 40 with
the modality right (29 of the 30 found)**; the same rows at main's d83293e, before this branch: 19 of 40 (of the
same 30 found). Its one wrong found row ("their reaction to the ... meeting": "to" was no topic preposition)
was then fixed, and the "allegedly" rule that made its "allegedly detained" right was dropped (CASE 2021 dev
showed "allegedly" hedging acts that happened), so this set is a regression set now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_modality_heldout1 import _NOT_FOUND, assert_row, read_rows, record_of, row_ids, row_params  # noqa: F401 - record_of is a fixture

PATH = Path(__file__).parents[1] / "data" / "modality_heldout2.tsv"
ROWS = read_rows(PATH)
IDS = row_ids(ROWS)

# Rows whose modality is still wrong (or whose event is not found), with the reason.
XFAIL: dict[str, str] = {
    # failed-0 ('took part in the killing of civilians' under a failed finding) passes since session 17 (syn17):
    # the killing noun is in the lexicon (political parties only)
    "failed-1": "the event is on 'impose' (negated, as the label asks), not on the label's trigger 'sanctions'",
    "negadj-2": _NOT_FOUND,
    "habit-0": _NOT_FOUND,
    "habit-2": _NOT_FOUND,
    "question-1": _NOT_FOUND,
    "topic-1": "'called on Brazil to host talks': coded as the REQUEST, the talks asked for are no event of their own",
    "cond-0": "the event is on 'attacks' (hypothetical, as the label asks, but typed ACCUSE), not the label's 'attack'",
    "cond-1": "the event is on 'impose' (hypothetical, as the label asks), not on the label's trigger 'sanctions'",
    "evidence-1": "'denied any role in the alleged attack': the attack noun is coded no event (only the denial)",
    "evidence-3": "'soldiers allegedly detained two herders': 'allegedly' hedges who did an act that happened in news (CASE 2021 dev), so it stays asserted; the label, written first, asked for hypothetical",
}


def test_the_file_has_its_rows() -> None:
    assert len(ROWS) == 40 and all(len(r) == 6 for r in ROWS)
    assert len({r[-1] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", row_params(IDS, ROWS, XFAIL))
def test_modality(record_of, row) -> None:  # noqa: F811 - the fixture imported above
    assert_row(record_of, row)
