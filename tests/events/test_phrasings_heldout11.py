"""An eleventh held-out set of phrasings of our own (issue 14, brief s14-types), styled as
international wire news: ``tests/data/phrasings_heldout11.tsv``.

96 sentences: 80 that code one event, 5 for each of the 16 PLOVER types (the verb, the voice, a
nominalisation, a particle, a date or place phrase varied), from many countries, and 16 that code none
(accidents and disasters with deaths, other senses of force words, an opinion). The file was written and
committed (189dc99) before the code was run on it; no sentence is taken from a data set or from sets 1..10.
Published 2024-03-15.

First measured (code at main's 22fe05a, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 80) | 70 | 78 |
| actor | 69 | 77 |
| recipient | 61 | 71 |
| false alarms (of 16 no-event) | 1 | 0 |

First figures per type (type right of 5): ACCUSE, AGREE, CONSULT, MOBILIZE, REQUEST, SANCTION,
SUPPORT 5; ASSAULT, COERCE, CONCEDE, COOPERATE, PROTEST, REJECT, RETREAT, THREATEN 4; AID 3. Final: all 5
but ASSAULT and COERCE (4).

First misses: "freed two jailed American oil executives" (no event), "deposited $3 billion in Pakistan's
central bank", "announced a ... aid package" (none), "deported X to Quito at Ecuador's request" (COERCE),
"laid down their arms" (AGREE from the peace deal), "blocked a European Union statement" (ACCUSE),
"warned Sweden that it would not ratify" (REJECT), "Dockworkers in Chile went on strike" (none: an unknown
role), "journalists were expelled by Burundi" (SANCTION), "Sudan's paramilitary Rapid Support Forces
shelled" (none); false alarm: "The Indian batsmen attacked the bowling" (ACCUSE). First recipient misses
beyond those: "turned down a US offer" (a thing coded by a state's word, consumed by the row).

Fixed only by general means, each tested on other sentences of our own (test_wire_types.py,
test_event_backbone.py): freeing someone described as held is CONCEDE; laying or putting down arms is
RETREAT; blocking a joint statement is REJECT; an aid package is AID; money one state deposits in another's
central bank is AID; dockworkers, port workers and truckers are labour; attacking the bowling or the ball is
play; force used at another state's request is COOPERATE with it; a refusal or force announced to the one
warned is THREATEN to it; a thing a row names coded by a state's word stands for that state; the backbone
build reads a synonym set's phrases (ARMED_FORCES, ATTACK_HELICOPTERS) instead of dropping them. Still
missed (``XFAIL``) below. Remaining recipient misses: Somaliland (no code), "buy jets from France" under a
deal struck (the buyer taken), a party's own country for a dropped bill and troops rushed to its capital
(CONCEDE-4, MOBILIZE-4), Belarus across the frontier (MOBILIZE-1), "the joint US-South Korean drills",
"stripped 94 critics of their citizenship" (no code for critics); actor: the crowd outside "the Chinese
embassy in Manila" takes the story's country (China, the only coded name of a one-sentence story) before
the place's. From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2024-03-15"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout11.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "COERCE-4": "'journalists were expelled by Burundi': SANCTION, the lexicon's standing choice (expelling "
                "journalists or staff, as diplomats, is SANCTION since the seed; CAMEO 174 would say COERCE)",
    "ASSAULT-4": "'Sudan's paramilitary Rapid Support Forces shelled ...': the parser makes 'paramilitary' a "
                 "second subject; 'The paramilitary Rapid Support Forces shelled ...' is coded",
}


def test_the_held_out_file_has_eighty_events_and_sixteen_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 16 and len(kinds) == 96
    assert all(kinds.count(kind) == 5 for kind in set(kinds) - {"-"}) and len(set(kinds)) == 17
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=77, recipients=71)
