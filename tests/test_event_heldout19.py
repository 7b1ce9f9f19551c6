"""A nineteenth held-out set of phrasings of our own (issue 14, brief s16-recips16):
``tests/data/phrasings_heldout19.tsv``.

40 sentences, 37 that code one event and 3 that code none; 28 in the eighth US-news audit's wrong type,
recipient, actor and modality classes, 12 near misses that must stay. The file (and this module, the
modality rows below) was written and committed before the code was run on it. Published 2016-05-10.
Figures are filled in once measured.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-05-10"
PATH = Path(__file__).parent / "data" / "phrasings_heldout19.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason (filled in once measured).
XFAIL: dict[str, str] = {}

# the modality rows (sentence start -> the modality of the event of the row's type)
MODALITY = {
    "At a rally on Monday, the Democratic candidate criticized": "asserted",
    "The Scottish first minister attacked the British prime minister on Sunday": "asserted",
    "During his first term in 2010, the American president faced": "historical",
    "In 2011 the British prime minister faced strong opposition": "historical",
}


def test_the_held_out_file_has_thirty_seven_events_and_three_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 3 and len(kinds) == 40
    assert len({text for *_, text in ROWS}) == len(ROWS)
    assert all(sum(text.startswith(start) for *_, text in ROWS) == 1 for start in MODALITY)


def modality_count(events_of) -> int:
    right = 0
    for kind, _actor, _recipient, text in ROWS:
        wanted = next((m for start, m in MODALITY.items() if text.startswith(start)), None)
        if wanted is not None:
            right += any(e.event == kind and e.modality == wanted for e in events_of(text))
    return right


def test_held_out_modality(events_of) -> None:
    found = modality_count(events_of)
    print("phrasings_heldout19 modality", found)
    assert found >= 0, found


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=0, recipients=0)
