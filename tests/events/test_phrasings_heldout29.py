"""A twenty-ninth held-out set of phrasings of our own (issue 14, brief s20-spur20): generic clauses, other senses of
common verbs, acts with no second party, quarrels, warnings, appeal rulings and a resignation under pressure in world
web news, ``tests/data/phrasings_heldout29.tsv``.

40 sentences, 17 that code one event and 23 that code none, in four classes (a ``# class:`` line opens each):
generic (8 none, 3 events), sense (7 none, 3 events), no-party (5 none, 3 events), type (3 none, 8 events). The file
was written and committed (d5a4b97) before the code was run on it; no sentence is taken from a corpus or an audit.
Published 2026-04-02.

First measured (the branch's base 812fab2, before any change) and final (this branch), counted as in
test_phrasings_heldout.py:

| | first | final |
| --- | --- | --- |
| events of the type (of 17) | 11 | 14 |
| actor / recipient country right | 11 / 10 | 14 / 13 |
| false alarms (of 23) | 5 | 0 |

First faults: a clause of alternative kinds of work ("whether it is helping ... or training ...") AID, parties that
"rule 20 out of 36 states" REJECT, a seller's bookings suspended SANCTION, appeal courts that overturn or reverse a
ruling REJECT / CONCEDE; a clash with a commission ASSAULT, a row with a leader and a warning of countermeasures told
by "said" not found, a resignation under pressure RETREAT. Fixed by event_lexicon.tsv rows under ``# spur20:`` and
eventcoding/concessions_attempts.py (tested on other sentences of our own with negatives in test_concessions_attempts.py). The failures
of this file were read while the rules were written: from now on it is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2026-04-02"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout29.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "COERCE-0": "'boarded a Honduran fishing vessel ... and detained its crew': the crew, 'its' a vessel's, is no "
                "coded party and the conjoined verb finds no doer of its own: an argument fault, not a type",
    "ACCUSE-2": "'A public spat broke out ... between the Polish president and the German chancellor': the parser "
                "hangs 'between' on 'broke out', so the noun has no sides (the row needs 'with' or 'between' on it)",
    "CONCEDE-0": "'resigned ... after weeks of pressure': the pressure is the object of 'of' under 'weeks', out of "
                 "the row's reach ('resigned under pressure', 'amid protests' are CONCEDE); still RETREAT",
}


def test_the_held_out_file_has_seventeen_events_and_twenty_three_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 23 and len(kinds) == 40
    assert len({text for *_, text in ROWS}) == len(ROWS)


def test_each_class_has_its_group() -> None:
    classes = [line.split(":", 1)[1].strip() for line in PATH.open(encoding="utf-8") if line.startswith("# class:")]
    assert classes == ["generic", "sense", "no-party", "type"]


# the final figures (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=14, recipients=13)
