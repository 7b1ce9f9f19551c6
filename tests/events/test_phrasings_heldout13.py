"""A thirteenth held-out set of phrasings of our own (issue 14, brief s14-senses): other senses of event
words, ``tests/data/phrasings_heldout13.tsv``.

50 sentences: 20 that code one event of a word that also has a sense telling none (appeal to a state,
thank a state, arrive for talks, destroy a bridge, burn a school, fire tear gas, hit a hospital, strike a
deal, attack a post, meet a leader, charge a former president, shoot soldiers; and attacks that someone
condemns, uses or cites, whose attacker is not that someone) and 30 that code none (the other sense:
appeal as pull, tied in a poll, "thank God", arrive with no host, documents destroyed or burned, a price
hitting a record, striking a balance, firing an employee, attacking a shortage, meeting a target, charging
a phone, shooting a film, killing a bill, capturing a share of the vote, welcoming a chance ...), the kinds
of the fifth US-news audit's "another sense of the word" class. The file was written and committed before
the code was run on it; no sentence is taken from a corpus or from an audit. Published 2017-03-15.

First measured (code at main's 22fe05a, before any change) and final (this branch); counted as in
test_phrasings_heldout.py. One gold was corrected after the first run (commit after the file's): "Prosecutors
in Brazil charged the former president with corruption" was written ACCUSE, and the project codes a charge
in law COERCE (docs/events.md); the first figures are given for the file as written and as corrected.

| | first (as written) | first (corrected) | final |
| --- | --- | --- | --- |
| type (of 20) | 16 | 17 | 16 |
| actor | 15 | 16 | 16 |
| recipient | 15 | 16 | 16 |
| false alarms (of 30 no-event) | 6 | 6 | 1 |

First misses: "A sniper shot dead two Ukrainian soldiers" (the parser reads "shot" as a noun); "condemned
the bombing of a synagogue in Lyon" and "cited the knife attack in Manchester" (an attack noun with no doer
named gives no event); "Moscow is using the bombings in Brussels" coded with Moscow as the bomber. First
false alarms: "The governor's appeal among young voters" (REQUEST), "nearly tied his challenger among
independent voters" (COOPERATE), "Thank God nobody was hurt" (SUPPORT), "promised to attack the state's
housing shortage" (AGREE), "captured 60 percent of the vote" (COERCE), "welcomed the chance to explain her
vote" (SUPPORT). Many of the 30 pass only because a lone sentence about a governor or a senator has no
country (no dyad): the rules are tested on sentences with a country in test_senses_other.py.

Fixed only by general means (eventcoding/senses.py, each tested on other sentences of our own with a
negative): appeal with a mark of popularity, a tie with a phrase of voters or a poll, thanks to a deity, an
unowned occasion welcomed, a figure of the vote captured. The one type lost is "Moscow is using the
bombings in Brussels": Moscow is no longer made the bomber, and an attack noun with no doer named gives no
event, so the row that was right in type and wrong in actor now has no event (a wrong event fewer). Left
(``XFAIL``): the parse of "shot dead" and of "head-on"; attack nouns with no doer under "condemned" and
"cited". From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2017-03-15"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout13.tsv"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "ASSAULT-7": "'A sniper shot dead two ...': the parser reads 'shot' as a noun, 'dead' as the root",
    "ASSAULT-8": "'condemned the bombing of a synagogue in Lyon': an attack noun with no doer named gives no event",
    "ASSAULT-9": "'Moscow is using the bombings in Brussels': Moscow is no longer the bomber (senses.exploited_event), "
                 "and an attack noun with no doer named gives no event",
    "ASSAULT-10": "'cited the knife attack in Manchester': an attack noun with no doer named gives no event",
    "NONE-17": "'promised to attack the state's housing shortage head-on': the parser takes 'head' for the object "
               "(without 'head-on' the pledge on a shortage gives nothing, test_senses_other.py)",
}


def test_the_held_out_file_has_twenty_events_and_thirty_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 30 and len(kinds) == 50
    assert len({text for *_, text in ROWS}) == len(ROWS)


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=16, recipients=16)
