"""A twenty-second held-out set of phrasings of our own (issue 14, brief s17-spur17): ordinary senses of event
words in news that is not about politics, ``tests/data/phrasings_heldout22.tsv``.

51 sentences, 15 that code one event and 36 that code none. The 36 use an event verb or noun in a sense that
tells no act between parties (sport: beat, defeated, attack, fought back, captured a title, a strike, shot,
clash, battle, fired a round; markets: prices hit a high, shares plunged, fears hammered the pound, a chain
attacked a market, a hostile takeover bid, an opportunity seized, jobs cut, a pension fund raided, a film
bombed, a tablet crushing rivals; health and weather: a virus attacks cells, storms and snow hit, fighting
cancer, a drug blocks a protein, rain threatened; entertainment and tech: a film attacks greed, critics
slammed and savaged a show, a comedian killed it, an app threatens privacy; everyday: attention arrested, a
mood captured, innocence protested, agreed with a view); the 15 are near misses that must stay. The file was
written and committed (fce098e) before the code was run on it; no sentence is taken from a corpus or an
audit's articles. Published 2016-06-15.

First measured (code at main's c00ed1a, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 15) | 11 | 11 |
| actor | 9 | 9 |
| recipient | 11 | 11 |
| false alarms (of 36 no-event) | 1 | 0 |

Earlier sessions' rules already kept 35 of the 36 ordinary senses quiet. The first false alarm: "The comedian
killed it at the festival" (ASSAULT), fixed by eventcoding/senses_ordinary.py ("killed it": a verb that takes
a living being with the pronoun "it"), tested on other sentences of our own with negatives
(test_senses_ordinary.py). Still wrong (``XFAIL``), none a false alarm: "fans attacked the referee" reads as
words (an attack on a person with no weapon named is ACCUSE by event_lexicon's row, and fans are
onlookers: English leaves it open); a threat "with a knife" by an unnamed man on a pop star and "English and
Russian fans fought in the streets" (no object) code nothing: recall of crime by private persons, left to
branch crime17; "Prosecutors charged the former bank chief with fraud" codes COERCE, which is the project's
reading (CAMEO 173, docs/events.md: "charged with fraud" stays COERCE) -- the file's ACCUSE was our error.
Actor miss beside those: "fans marched ... in Newcastle" is placed in Australia (AUS), a gazetteer matter.
From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-06-15"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout22.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "ASSAULT-0": "'Fans ... attacked the referee': an attack on a person with no weapon reads as words (ACCUSE), by "
                 "onlookers; English leaves it open",
    "THREATEN-0": "'A man threatened the pop star with a knife': a threat by a private person left uncoded (crime17)",
    "ASSAULT-2": "'English and Russian fans fought in the streets': a fight with no object codes nothing (crime17)",
    "ACCUSE-1": "'Prosecutors charged ... with fraud': COERCE by the project's reading (CAMEO 173); the file's "
                "ACCUSE was our error",
}


def test_the_held_out_file_has_fifteen_events_and_thirty_six_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 36 and len(kinds) == 51
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=9, recipients=11)
