"""A fifth held-out set of quote layouts of our own (issue 15; brief s16-dev11q):
``tests/data/quotes_heldout5.jsonl``.

43 short news passages written for this set, no sentence taken from a corpus: inverted
attributions before a quotation or a paragraph of speech (``Said Farrow:``, ``Added Blanc:``,
``Stated Osei:`` and its continuation paragraph, ``Wrote X in a note to clients:``; 8), ``As X put
it`` / ``As X noted`` with a body or a person as speaker (7), a head ``Name: words`` (4),
participles of saying whose speaker is the main clause's subject (``..., stating that ...``,
``..., adding that ...``; 8), transcript labels with a party mark (``SEN. HOLTBY (R):``,
``REP. AMBERLY (D-Ohio):``; 3) and turns over several paragraphs (2), and 11 passages without a
quote (``Brexit: what next ...``, ``Update:``, ``Note:``, a colon in a list, ``As expected``,
``As the chart shows``, ``adding to the costs``, ``Wanted:``). 41 expected quotes. The file was
committed (4f5690c) before the code was run on it. Scored with the first set's ``score_row``.

First measured (code at 4f5690c = main 8fc1920 and the set, before any change): found 35/41,
speaker right 27/41, false quotes 2; 30 of 43 passages right. First misses: inverted
attributions (the model tags ``Said Farrow`` / ``Stated Osei`` / ``Wrote Nandakumar`` as a person
of its own, 6 speakers), labels with a party mark not read as labels (3), a turn's unlabelled
next paragraph (2) and an inverted attribution's unquoted continuation, ``Brexit: what next``
(``Brexit`` a speaker), ``As the chart shows`` (the chart a speaker), and two entity-stage misses.

Final (branch dev11q, session 16): found 39/41, speaker right 36/41, false 0; 38 of 43 passages
right. Fixed by general rules tested on sentences of our own in test_dev11q_quotes.py. Still
wrong, kept as ``XFAIL`` below. From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2026-12-05"
PATH = Path(__file__).parent / "data" / "quotes_heldout5.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "inv-02": "entity stage: 'Union organiser Teodor Blanc' made a body (ORG), so the label 'Blanc' names no person",
    "inv-05": "an inverted attribution's unquoted continuation paragraph without a first- or second-person word "
              "is not read as speech (the rule needs one, or a labelled turn after it)",
    "hl-04": "entity stage: the model tags only 'Konrad' (the speaker text 'Konrad Ebel' is right)",
    "tp-02": "entity stage: 'Representative Curtis Amberly' is found as no person (the label is read)",
    "tp-05": "a transcript turn's last paragraph without a first- or second-person word is not read as the turn's",
}

FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 35, 27, 2
FOUND = 39
SPEAKER_RIGHT = 36
FALSE_QUOTES = 0

scored, test_each_passage, test_the_figures_hold = module_tests(ROWS, XFAIL, PUBLISHED, (FOUND, SPEAKER_RIGHT, FALSE_QUOTES))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 43 and sum(len(r["quotes"]) for r in ROWS) == 41
    assert sum(1 for r in ROWS if not r["quotes"]) == 11
