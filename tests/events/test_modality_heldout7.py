"""A seventh held-out modality set of our own (issue 14, brief s20-mod20): ``tests/data/modality_heldout7.tsv``.

28 sentences in the style of wire news, each with a publication date: the event's own time read against it. 11 acts
dated well before publication (a year, a month of a past year, a season, a decade, 'last year', a noun's own year:
'the 2011 protests') expected historical; 7 acts told in the present tense, a present progressive, 'is set to' or
'is to' on a later day (Monday, tomorrow, next week, next month) expected future; 10 negatives (an act of last week,
of a month of the publication's year, 'in 2019' in a 2019 story, 'will' with no date, a past tense with a weekday,
a negated and a possible act with a date, a present tense with no date, a present perfect beside an old year).
Written and committed (a255af8) before the code was run on them and before any rule of this branch; rows are
found and judged as in set 1 (tests/events/test_modality_heldout1.py).
First figure (main's code, 77e9f42's src, before any rule of this branch): 25 of 28 rows found, **20 of 28 with
the modality right (20 of the 25 found)**: the noun's own year ('the 2011 protests', asserted) and four acts on a
later day told in the present ('meets ... on Monday', 'visits ... on Thursday', 'meet ... tomorrow', 'is visiting
... next week', all asserted). Final (this branch, eventcoding/modality_dates.py): **25 of 28** (25 of the 25
found). The 3 left (XFAIL) find no event on the row's trigger, so none is a modality fault. Its rows were read
after the first run, so it is a regression set now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_modality_heldout1 import _NOT_FOUND, assert_row, read_rows, record_of, row_ids, row_params  # noqa: F401 - record_of is a fixture

PATH = Path(__file__).parents[1] / "data" / "modality_heldout7.tsv"
ROWS = read_rows(PATH)
IDS = row_ids(ROWS)

# Rows whose event is not found on the row's trigger, with the reason.
XFAIL: dict[str, str] = {
    "lastyear-0": _NOT_FOUND,
    "week-0": "'hold talks next week': the event is found on 'hold' (the project's trigger of 'hold talks'), CONSULT "
              "future since this branch; the row, written first, named 'talks'",
    "set-0": "'The German chancellor is set to meet the Polish president': the doer of an infinitive under a passive "
             "('is set/expected/scheduled to meet') is not taken from the passive's subject, so no party, no event "
             "('will meet' and 'meets' are found, future)",
}


def test_the_file_has_its_rows() -> None:
    assert len(ROWS) == 28 and all(len(r) == 6 for r in ROWS)
    assert len({r[-1] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", row_params(IDS, ROWS, XFAIL))
def test_modality(record_of, row) -> None:  # noqa: F811 - the fixture imported above
    assert_row(record_of, row)
