"""A twenty-seventh held-out set of phrasings of our own (issue 14, brief s19-spur19): clauses that tell no act at a
time, and near misses that must stay, ``tests/data/phrasings_heldout27.tsv``.

40 sentences, 15 that code one event and 25 that code none, in four classes (a ``# class:`` line opens each):
generic (6 none + 3 events), rule (5 + 2), stance (6 + 4), sense (8 + 6). The file was written and committed
(291aecb) before the code was run on it; no sentence is taken from a corpus or an audit. Published 2026-03-16.

First measured (the branch's base 2baf87e, before any change) and final (this branch), counted as in
test_phrasings_heldout.py:

| | first | final |
| --- | --- | --- |
| events of the type (of 15) | 12 | 12 |
| actor / recipient country right | 11 / 11 | 11 / 11 |
| false alarms (of 25) | 10 | 1 |

First false alarms: generic 3 (groups of a kind that share information with, meet or cooperate with a party as a
rule), stance 6 (departments, councillors, a senator and police chiefs supporting or opposing a change, a plan or
an act proposed; two positions 'has said' / 'has repeatedly said'), sense 1 (a hand extended to a fire chief coded
AID). Fixed by eventcoding/timeless.py (a kind's practice, a position stated over time, a position held) and two
event_lexicon.tsv stop rows (a hand extended in greeting, an award received), each tested on other sentences of
our own with negatives (test_timeless_clauses.py). The rules were written after reading this set's first failures, so
from now on it is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2026-03-16"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout27.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "COOPERATE-0": "'Volunteers from a Cork rowing club worked with the gardai': volunteers are no party the coder "
                   "uses for cooperation (the same clause with 'helped' codes AID): an actor fault, not of this set's "
                   "classes",
    "AID-0": "'The state of Ohio sent emergency food supplies': 'the state of <name>' is no coded party (actors)",
    "AID-2": "'The state of Florida extended a helping hand to Haiti': 'the state of <name>' is no coded party; "
             "'Florida extended a helping hand to Haiti' codes AID",
    "NONE-16": "'Leeds police chiefs support the plan': the parser reads 'Leeds' as the sentence's verb (VBZ), so the "
               "stance is no main clause of the narrator",
}


def test_the_held_out_file_has_fifteen_events_and_twenty_five_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 25 and len(kinds) == 40
    assert len({text for *_, text in ROWS}) == len(ROWS)


def test_each_class_has_its_group() -> None:
    classes = [line.split(":", 1)[1].strip() for line in PATH.open(encoding="utf-8") if line.startswith("# class:")]
    assert classes == ["generic", "rule", "stance", "sense"]


# the final figures (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=11, recipients=11)
