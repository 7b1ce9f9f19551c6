"""A fourth held-out set of phrasings of our own (issue 14, brief s8-phrase8), aimed at precision
outside politics: ``tests/data/phrasings_heldout4.tsv``.

40 sentences in the style of business, technology, entertainment and sport news that hold a PLOVER
event an analyst would code (a regulator fines or sues a firm, police arrest a star, a government
bans or sanctions a company, workers strike, fans riot, a firm and a ministry sign a deal, a court
rejects an appeal, a minister visits a plant abroad, donations to a disaster region ...), and 40 of
the same domains that hold no event (market moves, sport told with fighting words, a CEO stepping
down or appointed, tours and collaborations, launches, rumours, habits, forecasts, generic claims, a
review that "attacks" a rival, figures of speech). The file was written and committed (9b96e7b)
before the code was run on it; no sentence is taken from a corpus.

First measured (code at main's d40f6e3, before any change) and final (this branch); counted as in
test_phrasings_heldout.py: a sentence counts when an event of its type is found, its actor (recipient)
right when one such event has the expected country among its actor's (recipient's) codes; a
no-event sentence is a false alarm when any event is coded from it.

| type | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| AGREE (3) | 3 | 3 | 3 | 3 | 2 | 2 |
| CONSULT (2) | 1 | 2 | 1 | 2 | 1 | 2 |
| SUPPORT (2) | 2 | 2 | 2 | 2 | 1 | 1 |
| CONCEDE (2) | 1 | 1 | 1 | 1 | 0 | 0 |
| COOPERATE (2) | 1 | 2 | 1 | 2 | 1 | 2 |
| AID (3) | 2 | 3 | 1 | 2 | 2 | 3 |
| RETREAT (2) | 2 | 2 | 1 | 1 | 0 | 0 |
| REQUEST (3) | 0 | 3 | 0 | 2 | 0 | 1 |
| ACCUSE (3) | 3 | 3 | 3 | 3 | 3 | 3 |
| REJECT (3) | 3 | 3 | 3 | 3 | 3 | 3 |
| THREATEN (2) | 1 | 2 | 1 | 2 | 0 | 1 |
| PROTEST (3) | 2 | 3 | 2 | 3 | 1 | 2 |
| SANCTION (3) | 3 | 3 | 3 | 3 | 2 | 2 |
| MOBILIZE (1) | 1 | 1 | 1 | 1 | 1 | 1 |
| COERCE (4) | 3 | 3 | 3 | 3 | 2 | 2 |
| ASSAULT (2) | 2 | 2 | 0 | 0 | 2 | 2 |
| all (40) | 30 (0.750) | 38 (0.950) | 26 (0.650) | 33 (0.825) | 21 (0.525) | 27 (0.675) |
| false alarms (of 40 no-event) | 5 | 0 | | | | |

First false alarms: a runner who "destroyed the field" to claim gold, a tennis player who knocked
out the defending champion and a cyclist who "attacked on the final climb" (ASSAULT), a chief
executive who stepped down (RETREAT), an airline chief who vowed to "fight for every passenger"
(THREATEN). A phone launched "promising a battery that lasts a week" became a sixth (AGREE) once
makers could act. Most type misses were bodies of economic and sporting life named by a role noun
the actor dictionary lacked (a watchdog, studios, a federation, a maker, riders), so the clause had
a doer that could not be used.

The misses were fixed only by general means, each tested on other sentences of our own in
test_event_phrasings4.py: those role nouns (roles.tsv); 'champion' and 'lap' as words of a game
and a win told as the purpose of a joined clause (_contest); stepping down and resigning as
events of political actors only; no threat of violence from business actors; no pledge in a
launch "promising" a feature; rows for working with a party and visiting a plant or a mine by a
political actor, and for a warning that the addressee will be banned, blocked, suspended ... (a
threat); the possessor naming the actor's nation ('Indonesia's minister') is not where the act took
place. From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2024-09-10"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout4.tsv"
ROWS = read_rows(PATH)

# Still missed at the end of brief s8, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "CONCEDE-0": "a sentence with four sport words is a sports report, where a sport body's acts give nothing",
    "COERCE-1": "the parser makes 'bank' part of the sum ('a Swiss bank 40 million pounds'): a fine of money only",
}


def test_the_held_out_file_has_forty_events_and_forty_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 40 and len(kinds) == 80 and len(set(kinds) - {"-"}) == 16
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=33, recipients=27)
