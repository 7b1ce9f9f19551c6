"""A fourth held-out set of quote layouts of our own (issue 15, part 3; brief s15-quotes4):
``tests/data/quotes_heldout4.jsonl``.

40 short news passages written for this set, no sentence taken from a corpus: transcript speaker
labels (``WHITLOCK:``, ``MR. HALVORSEN:``, ``SEN. HOLT:``, ``Quill:``, a headline label ``Fire
chief Anton Reyes:``; 7), interviews laid out as ``Q:`` / ``A:`` (2), labels that name nobody
(``UPDATE:``, ``WARNING:``, ``WATCH:``, ``EDITOR'S NOTE:`` and a dateline ``ROME:``; 5), short
quoted phrases attributed by their sentence (``called the budget "a betrayal"``, ``described ...
as "unacceptable"``, ``dismissed ... as "noise"``; 10), scare quotes, nicknames and words
mentioned (6), quotations split by their attribution (6) and quotations continued over
paragraphs (4). 51 expected quotes, 11 passages without any. The file was committed (716b158)
before the code was run on it. Scored with the first set's ``score_row`` (see
test_quotes_heldout1.py). Published 2026-12-05.

First measured (code at 1341bc6, the branch point, before any change): found 47/51, speaker right
38/51, false quotes 5; 26 of 40 passages right. First misses: the five labels naming nobody read as
speakers; label speakers not resolved to the person the article names (``WHITLOCK``,
``CASTELLANO``; ``A:`` answers to the interviewee, 3); ``SEN. HOLT:`` / ``MS. DELACROIX:`` not read
as labels (the abbreviation's stop) and ``Quill:`` (tagged a common noun); ``dismissed the
criticism as "noise"``; two speakers the model tags no person for (``Gethin Rowlands`` a GPE,
``Mayor Ines Carvalho`` a WORK_OF_ART: entity stage).

Final (branch quotes4, session 15): found 51/51, speaker right 47/51, false quotes 0; 38 of 40
passages right. Fixed by general rules tested on sentences of our own in test_quotes_transcript_labels.py
(speaker_labels.py: labels, honorific stops, family names in capitals, Q/A, labels naming nobody,
datelines; ``dismiss``/``hail`` with an ``as`` complement). Still wrong, kept as ``XFAIL``: the two
entity-stage misses. From now on this file is a regression set, not a measure.

A second probe (``quotes_heldout4_probe2.jsonl``, 16 passages of our own: the set's layouts in new
words, 4 without a quote; 23 expected quotes), written after the rules above and committed
(030dbad) before any run on it: at 1341bc6 found 16/23, speaker right 14/23, false quotes 3; with
the round's rules, first run, found 23/23, speaker right 20/23, false 0. Its two ``A:`` misses (a
description the entity stage made a person, ``Our correspondent`` / a split title ``Climber``,
counted as a second candidate interviewee) were then fixed by a rule tested on other sentences of
ours (test_quotes_transcript_labels.py): 22/23. Still wrong (XFAIL): ``p-sp-04``, a quotation after an
unnamed speaker's sentence (``The operator later apologised. "We will ..."``) continues the quote
before it (only a named person breaks the run). The probe is a regression set now too.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2026-12-05"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout4.jsonl"
ROWS = read_rows(PATH)
PROBE2 = read_rows(PATH.parent / "quotes_heldout4_probe2.jsonl")

XFAIL: dict[str, str] = {
    "sp-01": "entity stage: the model tags 'Gethin Rowlands' a GPE (no person; the speaker text is right)",
    "sp-04": "entity stage: the model tags 'Mayor Ines Carvalho' a WORK_OF_ART (no person; the speaker text is right)",
    "p-sp-04": "continuation: an unnamed subject of the sentence between ('The operator later apologised.') "
                "does not break the run of the quote before",
}

# First figures (before any rule) and reached figures: the scorer must not fall under the latter.
FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 47, 38, 5
FOUND = 51
SPEAKER_RIGHT = 47
FALSE_QUOTES = 0
# the probe: first (at 1341bc6) 16, 14, 3; with the round's rules first 23, 20, 0; now
PROBE_FOUND, PROBE_RIGHT, PROBE_FALSE = 23, 22, 0


scored, test_each_passage, test_the_figures_hold = module_tests(
    ROWS + PROBE2, XFAIL, PUBLISHED,
    (FOUND + PROBE_FOUND, SPEAKER_RIGHT + PROBE_RIGHT, FALSE_QUOTES + PROBE_FALSE))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 40 and sum(len(r["quotes"]) for r in ROWS) == 51
    assert sum(1 for r in ROWS if not r["quotes"]) == 11
    assert len(PROBE2) == 16 and sum(len(r["quotes"]) for r in PROBE2) == 23
