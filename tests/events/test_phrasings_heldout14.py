"""A fourteenth held-out set of phrasings of our own (issue 14, brief s15-audit7): the seventh US-news audit's
largest classes, ``tests/data/phrasings_heldout14.tsv``.

46 sentences: 19 that code no event (other senses of event words: storming off a pitch, a programme called
"Meet the Press", "demanding" as an adjective, a party defending seats, beating a rival in a runoff or a team
in a match, "urged" closing a quotation or said to one's audience, weather that rips, hammers or slams, ...)
and 27 that code one: 8 verbal attacks told with words of force or of request (ripped, tore into, slammed,
called out, hammered, lashed out at, took a swipe at, blasted: ACCUSE), 4 accusations joined to a verb of
saying whose reported clause has another subject, 4 attacks launched from a place or named by a speaker, 4
criticisms of a party's plan, law or allies and an investigation, and 7 event senses of the same words. The
file was written and committed before the code was run on it (commit 9478f65); no sentence is taken from a
corpus or from an audit. Published 2017-03-15.

First measured (code at main's 1341bc6 with the audit committed, before any change) and final (this branch);
counted as in test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 27) | 18 | 25 |
| actor | 18 | 24 |
| recipient | 18 | 25 |
| false alarms (of 19 no-event) | 4 | 0 |

First misses: "ripped France" (ASSAULT), "called out Pakistan" (REQUEST), "hammered China over", "took a swipe
at Washington" (no event), three of the four accusations joined to a reported clause (no event: the parser
hangs "and accused Moscow" on the reported clause's verb, whose subject is a thing), the Myanmar army's
campaign "aimed at wiping out" a people (no event) and an investigation "of the former president's campaign
funds" (no event). First false alarms: '"Meet the Press"' (CONSULT), "beat his far-right rival in the runoff"
(ASSAULT), and "urged" closing a quotation or said to "his audience" (REQUEST). Beside the counts, "greeted by
thousands of farmers protesting" gave a SUPPORT beside its PROTEST (gone).

Fixed only by general means, each tested on other sentences of our own with a negative
(tests/events/test_events_verbal_attacks.py): lexicon rows for ripping, hammering over, calling out and taking a swipe at a
party (ACCUSE, with "rip" a speech-force word so that harm named keeps the force), a stop row for urging one's
audience, eventcoding/senses_campaign.py (a vote won, a quoted title, a quoted plea, a greeting by protesters) and
eventcoding/arguments.reported_speaker (a speaker's act joined to his reported clause). Left (``XFAIL``): the
campaign "aimed at wiping out" a people and the investigation of a person's funds. The one row right in
type and wrong in actor is "A senior Republican senator hammered China": the senator, with no country of his
own, takes the story's country (CHN) in a lone sentence. From now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2017-03-15"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout14.tsv"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "ACCUSE-15": "'their investigation of the former president's campaign funds would take months': an investigation "
                 "noun in a reported clause's subject gives no event",
    "ASSAULT-2": "'the Myanmar army's campaign was aimed at wiping out the Rohingya': the doer is the possessor of "
                 "the subject of 'aimed', no subject of the act",
}


def test_the_held_out_file_has_twenty_seven_events_and_nineteen_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 19 and len(kinds) == 46
    assert len({text for *_, text in ROWS}) == len(ROWS)


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=24, recipients=25)
