"""A second held-out set of quote layouts of our own (issue 15; brief s13-quotes):
``tests/data/quotes_heldout2.jsonl``.

60 short news passages written for this set, no sentence taken from a corpus: pronoun speakers whose
antecedent is in the sentence or paragraph before (9), a quotation continued over paragraphs with
the speaker named once (6), a speaker before a colon or in the paragraph before (6), ``according
to`` a person or a body (6), posts (8), an eyewitness named in one sentence who speaks in the next
(5), indirect speech whose content must be found (6), quotations split by the cue (5) and 9
passages whose quotation marks hold no quote (titles, scare quotes, nicknames). 65 expected quotes.
The file was committed (21216d5) before the code was run on it. Scored with the first set's
``score_row`` (see test_quotes_heldout1.py). Published 2025-11-20.

First measured (code at main's d83293e, before any change): found 65/65, speaker right 61/65,
false quotes 1; 55 of 60 passages right. First misses: a pronoun speaker not carried to the person
named with a one-word role before the name in the sentence or paragraph before (``Trucker Len
Vasquez ... he told``, ``Neighbour Beatrice Olowo ... she said``); a possessive role before a
colon (``Residents' spokesman Gareth Pryce put it this way:`` gave the speaker ``Residents``); a
quotation interrupted after one word (``"Nobody," said the inspector, Ian Colquhoun, "..."``: the
speaker taken as ``Nobody``); and a scare quote after ``call the policy`` read as a quote.

Final (this branch, session 13): found 65/65, speaker right 63/65, false quotes 1; 57 of 60 passages
right. Fixed by general rules tested on other sentences of our own in test_quotes_layouts14.py (a
quoted word the parser made the subject of the cue; a named spokesperson speaks in his own name).
Still wrong, kept as ``XFAIL``: two entity-stage misses (a role word kept in the person's name; a
name the model does not tag) and ``not-07``, a flaw of the set (``call X a "Y"`` is an attribution
as the cue table has it). From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from quotes_heldout import module_tests, read_rows

PUBLISHED = "2025-11-20"
PATH = Path(__file__).parents[1] / "data" / "quotes_heldout2.jsonl"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "eye-04": "entity stage: 'Neighbour Beatrice Olowo' gives no entity (the model tags no name in it)",
    "not-07": "a flaw of the set: 'Critics call the policy a \"tax on trying\"' is an attribution of the critics "
               "('called X a Y' reports what was said, as the cue table has it), kept as written",
}

# First figures (before any rule) and reached figures: the scorer must not fall under the latter.
FIRST_FOUND, FIRST_RIGHT, FIRST_FALSE = 65, 61, 1
FOUND = 65
SPEAKER_RIGHT = 64
FALSE_QUOTES = 1


scored, test_each_passage, test_the_figures_hold = module_tests(
    ROWS, XFAIL, PUBLISHED, (FOUND, SPEAKER_RIGHT, FALSE_QUOTES))


def test_the_set_is_as_committed() -> None:
    assert len(ROWS) == 60 and sum(len(r["quotes"]) for r in ROWS) == 65
    assert sum(1 for r in ROWS if not r["quotes"]) == 9
