"""An eighth held-out set of phrasings of our own (issue 14, brief s13-attack), styled as US/UK political
news: ``tests/data/phrasings_heldout8.tsv``.

85 sentences on the words of force that political speech borrows (attack, target, strike, fight, battle,
hit, slam, blast, fire at, war, take aim): 48 with one event -- 17 ACCUSE (a rival, party, record or policy
attacked in words), 11 ASSAULT (real force: air strikes, drones, a gunman, a stabbing, battles), 4 each
of REJECT, SUPPORT, COERCE, CONSULT, AGREE in the same register -- and 37 with no event (participial and
adjectival modifiers, named past deals, time clauses, habits, compared quantities, court rulings striking
down laws, figures of speech). The file was written and committed (f17a641) before the code was run on
it; no sentence is taken from a corpus or from the two US-news audits. Published 2026-03-10.

First measured at main's d83293e before any change; counted as in test_phrasings_heldout.py (a sentence
counts when an event of its type is found; its actor (recipient) right when one such event has the
expected country among its actor's (recipient's) codes; a no-event sentence is a false alarm when any
event is coded from it). "Spurious ASSAULT" counts the rows not labelled ASSAULT from which an ASSAULT is
coded (the audits' top wrong type).

| measure | first | final (this branch) |
| --- | --- | --- |
| type (of 48) | 33 (0.69) | 45 (0.94) |
| actor (of 48) | 30 | 38 |
| recipient (of 48) | 29 | 37 |
| false alarms (of 37 no-event) | 7 | 1 |
| spurious ASSAULT (of 74 rows not ASSAULT) | 7 | 1 |

First misses (15 of type): political "attacked the White House", "targets her Republican opponent",
"launched a blistering attack on the Prime Minister", "went on the attack against the Republican
governor" coded ASSAULT; "took aim at", "fired back at", "assailed", "hit back at", "came under fire
from", "tore into" coded nothing (or only a side event); a man who "attacked a Republican congressman
with a baseball bat" coded ACCUSE; "troops battled Hamas fighters", "the army fought the Rapid Support
Forces" nothing; "met his Republican rival privately", "held talks with China's vice premier" nothing.
First false alarms (7): "opposed the Iran nuclear deal in 2015" (REJECT of the deal and AGREE by Iran),
"have met over the years" (CONSULT), "has long targeted" (ACCUSE), "far fewer attacks from his own
party than" (ACCUSE), two courts that "struck down" a ban and a map (ASSAULT), "struck a conciliatory
note" (ACCUSE).

Fixed only by general means (eventcoding/speech_force.py and lexicon rows; docs/events.md, "Force words of
political speech"), each tested on other sentences of our own in test_speech_force.py, never by a row keyed
to a name here. Still wrong: the rows in ``XFAIL``; the one spurious ASSAULT left is "defended the health
secretary against attacks from Conservative MPs" (an attack noun with a speaking doer and no target of its
own). From now on this file is a regression set, not a measure.

Branch descs (brief s15-descs): CONSULT-3 ("The US trade representative held talks with China's vice
premier") now right, its xfail mark removed: "trade representative" is a US office in roles.tsv (GOV),
added for a passage of mentions_heldout6_probe2, not from this set.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2026-03-10"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout8.tsv"
ROWS = read_rows(PATH)

# Still missed (the first misses fixed since are listed in the docstring), with the reason.
XFAIL: dict[str, str] = {
    "ACCUSE-12": "'came under fire from Labour backbenchers': the subject undergoes the noun, and 'from' is not "
                 "read as its doer (a figure only the sides tell from real fire: left for the argument rules)",
    "CONSULT-2": "'met his Republican rival privately': 'rival' is no role of the actor dictionary (left: a "
                 "business and sport word as much), so a meeting with no party is dropped",
    "NONE-2": "'who opposed the Iran nuclear deal in 2015' stays REJECT of the deal (the AGREE of the named deal "
              "is gone): a senator's vote against a deal is a borderline REJECT; the label asks for none",
}

SPURIOUS_ASSAULT_CEILING = 1


def test_the_held_out_file_has_its_counts_per_type() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert len(kinds) == 85 and kinds.count("-") == 37
    assert kinds.count("ACCUSE") == 17 and kinds.count("ASSAULT") == 11
    assert all(kinds.count(kind) == 4 for kind in ("REJECT", "SUPPORT", "COERCE", "CONSULT", "AGREE"))
    assert len({text for *_, text in ROWS}) == len(ROWS)


def test_few_rows_not_of_force_are_coded_assault(events_of) -> None:
    spurious = [text for kind, _a, _r, text in ROWS
                if kind != "ASSAULT" and any(e.event == "ASSAULT" for e in events_of(text))]
    assert len(spurious) <= SPURIOUS_ASSAULT_CEILING, spurious


# the figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=38, recipients=37)
