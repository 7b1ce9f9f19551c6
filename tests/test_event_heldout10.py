"""A tenth held-out set of phrasings of our own (issue 14, brief s13-stances4), styled as US campaign
news: ``tests/data/phrasings_heldout10.tsv``.

30 sentences: 12 that code one event (verbal clashes including 'fired back at', endorsements, refusals,
a request, sanctions, a shooting) and 18 that code none (campaign stances, acts only wanted, supposed or
asked about, figures of a contest, another sense of a word, the idiom 'shooting oneself in the foot'),
the kinds of the fourth US-news audit's spurious events. The file was written and committed before the
code was run on it; no sentence is taken from a corpus or from the audit. Published 2016-06-14.

First measured (code at main's b570e65, before any change); counted as in test_event_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 12) | | |
| actor | | |
| recipient | | |
| false alarms (of 18 no-event) | | |
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-06-14"
PATH = Path(__file__).parent / "data" / "phrasings_heldout10.tsv"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {}


def test_the_held_out_file_has_twelve_events_and_eighteen_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 18 and len(kinds) == 30
    assert len({text for *_, text in ROWS}) == len(ROWS)


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=0, recipients=0)
