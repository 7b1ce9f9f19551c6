"""A seventh held-out set of quote layouts of our own (issue 15, news-dev12's quote misses; brief
s17-dev12q): ``tests/data/quotes_heldout7.jsonl``.

30 short passages written for this set, no sentence taken from a corpus: a description as the
speaker of a person named before (``The former pollster said, "..."``: 9, one where two people fit),
an unattributed quoted paragraph after ``X elaborated in an essay ... that ...`` / ``explained in a
column ... that`` / ``argued that`` (3) and a quoted phrase that is no quote (1), a verb of saying with
a phrase before ``that`` (5), ``hypothesized`` / ``indicated`` / ``theorized`` (5) and 7 passages
without any quote (a gauge or clouds that ``indicated``, ``hypothesized about``, ``elaborated on``,
a description with no quote, a title). 25 expected quotes. The file was committed (5c16be9) before
the code was run on it. Scored with the first set's ``score_row``. Published 2025-11-20.

First measured (code at c00ed1a, the branch point, before any change): found 20/25, speaker right
15/25, false quotes 2; 19 of 30 passages right. First misses: ``elaborated``, ``hypothesized``,
``theorized`` no cues (4 quotes, and the editorial's continued paragraph without a speaker),
``stressed in an interview with the paper that ...`` (the clause read as a relative clause of
``interview``), three description speakers the entity stage does not link, an entity-stage miss
(``Researcher Bo Nilsson`` an ORG ``Nilsson``), and two things that ``indicated that``.

Final (branch dev12q): found 25/25, speaker right 21/25, false quotes 2; 24 of 30 passages right,
by general rules tested on other sentences of ours (tests/quotes/test_quotes_cues_guesses.py). Still wrong, kept
as ``XFAIL``: the rows below (the entity stage's description links, which branch dev12e works on,
and the stage's convention of keeping what a thing indicates as a quote with a text speaker, as
``the report found``: news-dev12's gold leaves such quotes out, and quotes carry no precision in
the scorer, so it was not changed). From now on this file is a regression set, not a measure. At the merge of branch dev12e
(its appositions: ``NAME, a strategist ...``) ds-05 became right: speaker right 22/25.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2025-11-20"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout7.jsonl"
ROWS = read_rows(PATH)

_LINK = "entity stage: the description is not linked to the person named before (description links: branch dev12e)"
_THING = ("the stage keeps what a thing indicates as an indirect quote with a text speaker (as 'the report found'); "
          "no scorer or spec asks otherwise")
XFAIL: dict[str, str] = {
    "ds-07": _LINK + " ('The chief' after 'The city's new police chief, Dalia Moreno': its own entity)",
    "hy-05": "entity stage: 'Researcher Bo Nilsson' is an ORG entity 'Nilsson'",
    "ng-01": _THING,
    "ng-07": _THING,
}

FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 20, 15, 2
FOUND = 25
SPEAKER_RIGHT = 22  # 21 at dev12q's end; ds-05 right once dev12e's apposition links were merged
FALSE_QUOTES = 2

scored, test_each_passage, test_the_figures_hold = module_tests(
    ROWS, XFAIL, PUBLISHED, (FOUND, SPEAKER_RIGHT, FALSE_QUOTES))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 30 and sum(len(r["quotes"]) for r in ROWS) == 25
    assert sum(1 for r in ROWS if not r["quotes"]) == 8  # ec-04 and ng-01..07
