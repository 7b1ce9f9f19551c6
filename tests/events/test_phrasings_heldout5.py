"""A fifth held-out set of phrasings of our own (issue 14, brief s9-phrase10), world and politics
wire news: ``tests/data/phrasings_heldout5.tsv``.

48 sentences, three per PLOVER type, written to vary the structure on purpose: nominalisations
("the signing of a pact by"), light verbs ("held talks", "gave its backing", "put forward a
request", "issued an ultimatum"), passives, reported events ("X said Y had ..."), phrasal verbs
("pulled out of", "turned down", "rounded up", "walked off the job"), events in subordinate clauses,
headlines without articles and less common verbs (rebuffed, lambasted, pledged, evacuated,
deployed, repatriated, expelled); and 16 sentences that hold no event though they use an event
verb (figures of speech, generic statements, habits, naming, fiction, history lessons). The file
was written and committed (79687a5) before the code was run on it; no sentence is taken from a
corpus.

First measured (code at main's d9202fc, before any change) and final (this branch); counted as in
test_phrasings_heldout.py: a sentence counts when an event of its type is found, its actor (recipient)
right when one such event has the expected country among its actor's (recipient's) codes; a
no-event sentence is a false alarm when any event is coded from it.

| type | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| AGREE | 3 | 3 | 3 | 3 | 1 | 1 |
| CONSULT | 3 | 3 | 3 | 3 | 3 | 3 |
| SUPPORT | 1 | 3 | 1 | 3 | 1 | 3 |
| CONCEDE | 2 | 3 | 2 | 2 | 2 | 3 |
| COOPERATE | 3 | 3 | 3 | 3 | 2 | 2 |
| AID | 1 | 2 | 1 | 2 | 1 | 1 |
| RETREAT | 3 | 3 | 3 | 3 | 2 | 2 |
| REQUEST | 3 | 3 | 3 | 3 | 3 | 3 |
| ACCUSE | 3 | 3 | 3 | 3 | 3 | 3 |
| REJECT | 3 | 3 | 3 | 3 | 2 | 2 |
| THREATEN | 2 | 3 | 2 | 3 | 2 | 3 |
| PROTEST | 2 | 3 | 2 | 3 | 2 | 3 |
| SANCTION | 3 | 3 | 3 | 3 | 3 | 3 |
| MOBILIZE | 3 | 3 | 3 | 3 | 1 | 1 |
| COERCE | 2 | 3 | 2 | 3 | 2 | 3 |
| ASSAULT | 3 | 3 | 2 | 2 | 3 | 3 |
| all (48) | 40 (0.833) | 47 (0.979) | 39 (0.812) | 45 (0.938) | 33 (0.688) | 39 (0.812) |
| false alarms (of 16 no-event) | 4 | 0 | | | | |

First misses (no event of the type): backing "given" (read as hosting), "came out in support
of", opposition activists "freed", aid "handed over" before a number (the parser reads "over 40
tonnes" as "more than 40"), the threat "of a new ground offensive", a "sit-in" (split at the hyphen
by the tokenizer), migrants "forcibly repatriated", and a pledge of aid coded AGREE (see the xfail:
the label was wrong by PLOVER's own table). First false alarms: marathon runners who "invaded the
streets", a history lesson ("learn how the Persians invaded Greece"), the plot of a novel (a
general who "betrays his president and seizes power": the joined verb escaped the plot rule) and
voters who "punished the ruling party at the ballot box".

The misses were fixed only by general means, each tested on other sentences of our own in
test_event_phrasings5.py, never by a row keyed to a name here: rows of event_lexicon.tsv (backing
given or lent, coming out in support or in favour, prisoners of every kind freed, aid handed with no
particle, the threat of an offensive or a raid, a sit-in or die-in, forcible repatriation or return;
stop rows for crowds invading streets or a pitch and voters punishing a party), a verb joined to a
plot's relative clause is the same plot (components/events.py ``_in_a_work``), and an act told as
the content of a lesson in the simple present is no news (eventcoding/nonevents.py ``lesson``,
``lesson_verb`` cues). From now on this file is a regression set, not a measure.

Arguments still wrong (not type misses, left to the recipient rules): a recipient named by a
possessive pronoun for the speaker ("its proposal") or by "the country"; a headline's "Vietnam,
Cambodia" read as one actor; "with Iraq" after "sharing intelligence on militant cells" hung on the
cells; the nation of an offer ("an Ethiopian offer") not its maker's recipient; a deployment
"along its border with China" or a call-up after clashes "on its border with Azerbaijan" with no
adversary coded; unnamed gunmen given the country of the place they struck.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2025-06-12"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout5.tsv"
ROWS = read_rows(PATH)

# Still missed at the end of brief s9, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "AID-0": "PLOVER's CAMEO table codes a pledge of aid AGREE (033, intent to provide aid), as the "
             "lexicon does: the label, written first, asks for AID",
}


def test_the_held_out_file_has_three_sentences_per_type_and_sixteen_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 16 and len(kinds) == 64
    assert all(kinds.count(kind) == 3 for kind in set(kinds) - {"-"}) and len(set(kinds) - {"-"}) == 16
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=45, recipients=39)
