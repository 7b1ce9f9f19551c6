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
right. Fixed by general rules tested on sentences of our own in test_quotes_inverted_attributions.py. Still
wrong, kept as ``XFAIL`` below. From now on this file is a regression set, not a measure.

A probe (``quotes_heldout5_probe2.jsonl``, 16 passages of our own: the set's layouts in new words,
5 without a quote; 13 expected quotes), written after the rules above and committed (d9c8418)
before any run on it: with the round's rules, first run, found 11/13, speaker right 6/13, false
1 (9 of 16 passages right). Its misses then fixed by rules tested on other sentences of ours
(test_quotes_inverted_attributions.py): a label naming a person the entity stage has no mention for there
(``Said Aldous:``), a party mark with an abbreviation (``(D-Conn.)``), a title-case word after an
inverted verb form that the model made a person of its own (``Added Extras:``): 12/13, 8/13, 0
(12 of 16). Still wrong (XFAIL): three entity-stage misses and a participle clause the parser cut
into a sentence of its own. The probe is a regression set now too.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2026-12-05"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout5.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "inv-02": "entity stage: 'Union organiser Teodor Blanc' made a body (ORG), so the label 'Blanc' names no person",
    "inv-05": "an inverted attribution's unquoted continuation paragraph without a first- or second-person word "
              "is not read as speech (the rule needs one, or a labelled turn after it)",
    "hl-04": "entity stage: the model tags only 'Konrad' (the speaker text 'Konrad Ebel' is right)",
    "tp-02": "entity stage: 'Representative Curtis Amberly' is found as no person (the label is read)",
    "tp-05": "a transcript turn's last paragraph without a first- or second-person word is not read as the turn's",
    "p-inv-03": "entity stage: 'Park ranger Wilhelmina Stroud' made a body (ORG), so 'Stroud' names no person",
    "p-pp-01": "parser: the clause after ', stating local councils – not the government –' cut into a sentence "
               "of its own at the dash",
    "p-pp-02": "entity stage: 'Chief Constable Rhian Pryce' found as no person (the speaker text is right)",
    "p-tr-02": "entity stage: 'Saoirse Lund' found as no person, so the label 'LUND' names nobody of the article",
}

FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 35, 27, 2
FOUND = 39
SPEAKER_RIGHT = 36
FALSE_QUOTES = 0
PROBE = read_rows(PATH.parent / "quotes_heldout5_probe2.jsonl")
# the probe: with the round's rules first 11, 6, 1; now
PROBE_FOUND, PROBE_RIGHT, PROBE_FALSE = 12, 8, 0

scored, test_each_passage, test_the_figures_hold = module_tests(
    ROWS + PROBE, XFAIL, PUBLISHED, (FOUND + PROBE_FOUND, SPEAKER_RIGHT + PROBE_RIGHT, FALSE_QUOTES + PROBE_FALSE))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 43 and sum(len(r["quotes"]) for r in ROWS) == 41
    assert sum(1 for r in ROWS if not r["quotes"]) == 11
    assert len(PROBE) == 16 and sum(len(r["quotes"]) for r in PROBE) == 13
