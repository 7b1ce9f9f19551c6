"""A twenty-fourth held-out set of phrasings of our own (issue 14, brief s17-passive17): events told with no
named doer, headlines, words split at a hyphen and acts a report tells, ``tests/data/phrasings_heldout24.tsv``.

50 sentences, 38 that code one event and 12 that code none, in four classes (a ``# class:`` line opens each):
agentless passive (14 + 5 none), headline (10 + 3), hyphen (8 + 2), report (6 + 2). The file was written and
committed (b75ef30; its commit message miscounts 49/11) before the code was run on it; no sentence is taken
from a corpus. Published 2025-03-10.

First measured (main's 190d852, before any change) and final (this branch), counted as in test_phrasings_heldout.py:

| class (events) | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| passive (14) | 6 | 10 | 5 | 10 | 5 | 9 |
| headline (10) | 7 | 9 | 7 | 9 | 7 | 8 |
| hyphen (8) | 7 | 7 | 6 | 6 | 3 | 3 |
| report (6) | 4 | 6 | 4 | 6 | 2 | 4 |
| all (38) | 24 (0.632) | 32 (0.842) | 22 | 31 | 17 | 24 |
| false alarms (of 12) | 1 | 0 | | | | |

First misses: agentless passives of sending, imposing, releasing, sentencing, expelling and rejecting (no doer:
dropped), "Chad expels German ambassador" (the verb tagged a noun modifying the object), "US troops quit Iraqi
base" (no row), "staged a walk-out" ("walk-out" split), "Russian forces are accused of torturing ..., a report
said" (the charged act only the content of an accusation by no one), the false alarm "killed when a rockslide
hit the trail". Fixed by eventcoding/doerless.py and the passive17 rows of event_lexicon.tsv and event_cues.tsv,
each tested on other sentences of our own with negatives (test_doerless_events.py). From now on this file is a
regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2025-03-10"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout24.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "ASSAULT-1": "'A Ukrainian grain terminal in Odesa was struck overnight, regional officials said': 'strike' in the "
                 "passive with a building for subject and no doer or weapon is left (a blow of nature or an accident "
                 "reads the same)",
    "CONCEDE-0": "'Fifty Palestinian prisoners were released': the release row that matches asks for political parties, "
                 "and prisoners with a nationality are not one",
    "REJECT-0": "'The peace proposal was rejected on Friday': no party at all, no doer and no one acted on -- left "
                "as the project's rule on an event by no one on no one",
    "ASSAULT-4": "'The Malian army said eleven of its soldiers were killed': 'eleven of its soldiers' gives no country "
                 "(the partitive's owner 'its' is not followed to the army)",
    "AID-1": "'Japan sends rescue team to quake-hit Turkey': a rescue team is no aid word of the send rows",
    "PROTEST-3": "'Junior doctors in England staged a walk-out': the lemmatizer makes 'staged' 'stag', so the "
                 "walkout row's governing verb is not found (the joined form itself is matched)",
}


def test_the_held_out_file_has_thirty_eight_events_and_twelve_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 12 and len(kinds) == 50
    assert len({text for *_, text in ROWS}) == len(ROWS)


def test_each_class_has_its_group() -> None:
    classes = [line.split(":", 1)[1].strip() for line in PATH.open(encoding="utf-8") if line.startswith("# class:")]
    assert classes == ["passive", "headline", "hyphen", "report"]


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=31, recipients=24)
