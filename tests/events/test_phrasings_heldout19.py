"""A nineteenth held-out set of phrasings of our own (issue 14, brief s16-recips16):
``tests/data/phrasings_heldout19.tsv``.

40 sentences, 37 that code one event and 3 that code none; 28 in the eighth US-news audit's wrong type,
recipient, actor and modality classes, 12 near misses that must stay. The file (and this module, the
modality rows below) was written and committed (5d19978) before the code was run on it; no sentence is
taken from a corpus or from the audit. Published 2016-05-10.

First measured (code at main's 8fc1920, before any change) and final (this branch); counted as in
test_phrasings_heldout.py; modality: the 4 rows of ``MODALITY`` whose event of the row's type has it.

| | first | final |
| --- | --- | --- |
| type (of 37) | 24 | 34 |
| actor | 19 | 31 |
| recipient | 20 | 29 |
| false alarms (of 3 no-event) | 0 | 0 |
| modality (of 4) | 3 | 4 |

First misses: "hit X on immigration/taxes/human rights" (ASSAULT; "hit Washington hard over its tariffs"
was already ACCUSE), a new or fresh "line of attack, saying ..." (no event), "warned X not to ..."
(THREATEN), "a call echoed by Poland" (ACCUSE), "vowed to defy/ignore", "pledged to disregard" (AGREE),
"one group, Amnesty International, called on ..." (none); codes: "one group, the American Petroleum
Institute," uncoded, "journalists who criticized the company" uncoded; modality: "criticized her rival
for his votes ... in the 1990s" historical.

Fixed by eventcoding/calls_vows.py (with rows of event_cues.tsv and event_lexicon.tsv), merge.py's
two_doers_of_words (an echo by another country stays its own event) and entities' understood subject,
tested on other sentences of our own (test_calls_vows.py). Still wrong (``XFAIL``): "One group,
Amnesty International, called on Egypt" (the parser makes "called" a clause of "group": no event); "France
warned Iran not to enrich uranium" and "Japanese officials warned China not to send more ships" stay
THREATEN: the project's phrasings code one state warning another not to act a threat ("Ethiopia warned
Egypt not to interfere", "Turkey warned Greece not to extend its waters", test_event_phrasings.py), so the
appeal is read only at home or from no state (business leaders, union leaders), as the audit's #40.
Other actor misses: "The Republican front-runner" and "the Democratic candidate" uncoded, "A Republican
senator" coded with the only country of its sentence (CHN), "The shadow minister" in a lone sentence.
From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-05-10"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout19.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "REQUEST-0": "'France warned Iran not to enrich ...': one state warning another is a threat in the project's "
                 "phrasings (test_event_phrasings.py); the appeal is read at home or from no state",
    "REQUEST-1": "'Japanese officials warned China not to send ...': as REQUEST-0",
    "REQUEST-7": "'One group, Amnesty International, called on Egypt ...': the parser hangs 'called' on 'group' "
                 "as a clause of it; no event",
}

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
    assert found >= 4, found


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=31, recipients=29)
