"""A twenty-fifth held-out set of phrasings of our own (issue 14, brief s18-spur18): acts that are no act between
parties in local news, ``tests/data/phrasings_heldout25.tsv``.

41 sentences, 13 that code one event and 28 that code none, in five classes (a ``# class:`` line opens each):
blame (7 none + 3 events), force (7 + 3), thing (8 + 4), advice (3 + 1), refused (3 + 2). The file was written
and committed (10b2cda) before the code was run on it; no sentence is taken from a corpus or an audit.
Published 2026-03-02.

First measured (main's 67696b8, before any change) and final (this branch), counted as in test_phrasings_heldout.py:

| | first | final |
| --- | --- | --- |
| events of the type (of 13) | 7 | 7 |
| actor / recipient country right | 5 / 6 | 5 / 6 |
| false alarms (of 28) | 2 | 0 |

First false alarms: "A gas leak forced firefighters to evacuate two blocks of flats" (RETREAT) and "The new mayor
attacked the problem of potholes" (ACCUSE); fixed by eventcoding/mishaps.py (forced by a mishap, a task
attacked), each tested on other sentences of our own with negatives (test_mishaps.py). The six events
missed are left (below): none is a false alarm kept, and none was lost by this branch's rules. From now on this
file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2026-03-02"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout25.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "ACCUSE-0": "'The mayor of Toledo was blamed for the delay by the city's auditor, Karen Walsh': the by-agent of "
                "a passive blame, an apposition of a role and a name, is no doer the coder resolves: dropped",
    "ACCUSE-1": "'The Fresno sheriff blamed the shooting on a local street gang': the parser hangs 'on' on the "
                "object noun ('the shooting on a gang'), so the lexicon's stop row of blame with a thing object fires",
    "PROTEST-0": "'Hundreds of protesters forced the county to close the landfill gate': a protest told only by what "
                 "it forced is not coded (and the county's closure is none)",
    "PROTEST-1": "'Striking refuse workers forced Birmingham City Council to close two recycling centres': the strike "
                 "in the modifier 'Striking' is not coded; the council's closure is coded COERCE instead",
    "COERCE-0": "'Police in Ohio forced the protesters to leave the square': no row codes 'force X to leave' a place",
    "ACCUSE-3": "'The city of Fresno sued the developer': 'The city of Fresno' is a doer the coder cannot use "
                "(no country or sector resolved), so the suit is dropped",
}


def test_the_held_out_file_has_thirteen_events_and_twenty_eight_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 28 and len(kinds) == 41
    assert len({text for *_, text in ROWS}) == len(ROWS)


def test_each_class_has_its_group() -> None:
    classes = [line.split(":", 1)[1].strip() for line in PATH.open(encoding="utf-8") if line.startswith("# class:")]
    assert classes == ["blame", "force", "thing", "advice", "refused"]


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=5, recipients=6)
