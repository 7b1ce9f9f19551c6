"""A sixth held-out set of phrasings of our own (issue 14, brief s11-phrase6), aimed at ACTOR coding:
``tests/data/phrasings_heldout6.tsv``.

100 sentences over the 16 PLOVER types (six each, seven for THREATEN, ACCUSE, COERCE, ASSAULT) in the
actor forms the earlier sets under-cover: capital-city metonymy ("Beijing accused Manila"), country
adjectives with role nouns ("Turkish troops", "a Kenyan court", "Iraqi Kurdish leaders"), named
leaders (Erdogan, Lula, Modi, Orban, Trump, Wang Yi, Kim Jong Un ...), bodies named after places ("the
Lagos state assembly", "Seattle police"), rebels, militants, NGOs and IGOs, ministries, passives,
nominal events ("the arrest of X by Y") and reported events; and 20 sentences with no event
(figures of speech, sport, business routine, fiction, forecasts). The file was written and committed
(d9c684d) before the code was run on it; no sentence is taken from a corpus. Published 2025-09-10.

First measured (code at main's 8e8cf7e, before any change); counted as in test_event_heldout.py: a
sentence counts when an event of its type is found, its actor (recipient) right when one such
event has the expected country among its actor's (recipient's) codes; a no-event sentence is a
false alarm when any event is coded from it.

| type | type first | actor first | recipient first |
| --- | --- | --- | --- |
| AGREE | 5 | 5 | 2 |
| CONSULT | 5 | 4 | 5 |
| SUPPORT | 6 | 6 | 6 |
| CONCEDE | 5 | 5 | 4 |
| COOPERATE | 1 | 1 | 1 |
| AID | 4 | 4 | 2 |
| RETREAT | 6 | 5 | 5 |
| REQUEST | 6 | 6 | 4 |
| ACCUSE | 6 | 6 | 6 |
| REJECT | 6 | 6 | 5 |
| THREATEN | 5 | 4 | 4 |
| PROTEST | 5 | 5 | 4 |
| SANCTION | 5 | 5 | 5 |
| MOBILIZE | 4 | 4 | 0 |
| COERCE | 6 | 6 | 6 |
| ASSAULT | 6 | 6 | 6 |
| all (100) | 81 (0.81) | 78 (0.78) | 65 (0.65) |
| false alarms (of 20 no-event) | 1 | | |
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2025-09-10"
PATH = Path(__file__).parent / "data" / "phrasings_heldout6.tsv"
ROWS = read_rows(PATH)

_FIRST_MISS = "missed at the first measure (brief s11-phrase6)"
XFAIL: dict[str, str] = {name: _FIRST_MISS for name in (
    "AGREE-4 CONSULT-2 CONCEDE-5 COOPERATE-0 COOPERATE-1 COOPERATE-2 COOPERATE-4 COOPERATE-5 AID-4 AID-5 "
    "ACCUSE-4 THREATEN-2 THREATEN-5 PROTEST-3 SANCTION-4 MOBILIZE-0 MOBILIZE-3 COERCE-5 ASSAULT-4 NONE-17"
).split()}


def test_the_held_out_file_has_its_counts_per_type_and_twenty_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 20 and len(kinds) == 120 and len(set(kinds) - {"-"}) == 16
    assert all(kinds.count(kind) == (7 if kind in {"THREATEN", "ACCUSE", "COERCE", "ASSAULT"} else 6)
               for kind in set(kinds) - {"-"})
    assert len({text for *_, text in ROWS}) == len(ROWS)


# floors at the figures reached (a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=78, recipients=65)
