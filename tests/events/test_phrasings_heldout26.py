"""A twenty-sixth held-out set of phrasings of our own (issue 14, brief s18-senses13): other senses of act words,
descriptions that are no act, work with a thing, and near misses that must stay, ``tests/data/phrasings_heldout26.tsv``.

31 sentences, 12 that code one event and 19 that code none, in four classes (a ``# class:`` line opens each):
sense (6 none + 3 events), description (11 + 2), cooperate (2 + 3), appeal (0 + 4). The file was written and
committed (bff55a6) before the code was run on it; no sentence is taken from a corpus or an audit.
Published 2026-03-09.

First measured (the branch's base 73c8d0d, before any change) and final (this branch), counted as in
test_phrasings_heldout.py:

| | first | final |
| --- | --- | --- |
| events of the type (of 12) | 9 | 11 |
| actor / recipient country right | 7 / 8 | 9 / 10 |
| false alarms (of 19) | 0 | 0 |

First misses: "Dublin City Council is working alongside the Gardai" (no event: no row of "work alongside") and
"The Ohio attorney general will work with the bank in the coming weeks" (AGREE: a future cooperation read as a
promise); fixed by an event_lexicon.tsv row and the ``joint_work_verb`` cue (components/events.py), each
tested on other sentences of our own with negatives (test_senses_local_news.py). No false alarm was found: the audit's
other-sense and description faults were already met by main's rules on these phrasings. From now on this file is
a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2026-03-09"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout26.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "REQUEST-1": "'Limerick gardai appealed to the public to come forward': the entity tagger reads 'Limerick gardai' "
                 "as a PERSON name, so the doer is no party the coder uses and the appeal is dropped",
}


def test_the_held_out_file_has_twelve_events_and_nineteen_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 19 and len(kinds) == 31
    assert len({text for *_, text in ROWS}) == len(ROWS)


def test_each_class_has_its_group() -> None:
    classes = [line.split(":", 1)[1].strip() for line in PATH.open(encoding="utf-8") if line.startswith("# class:")]
    assert classes == ["sense", "description", "cooperate", "appeal"]


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=9, recipients=10)
