"""A second held-out set of wire phrasings of our own (issue 14, brief s6-phrase5):
``tests/data/phrasings_heldout2.tsv``.

4 sentences per PLOVER type (64) in styles the first set (test_phrasings_heldout.py) lacks: regional
wire copy (Africa, South/East Asia, Latin America, Eastern Europe), long attributions, events told as
nouns ("the signing of", "a crackdown on", "the release of"), events as objects of "announced",
"confirmed", "welcomed", passives with by-agents -- and 8 sentences that must give no event (figures
of speech in business, sport, culture). The file was written and committed (1ad555a) before the
code was run on it; no sentence is taken from a corpus.

First measured (code at main's d5c9473, before any change) and final (this branch); counted as in
test_phrasings_heldout.py: a sentence counts when an event of its type is found, its actor (recipient)
right when one such event has the expected country among its actor's (recipient's) codes.

| type | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| AGREE | 3 | 4 | 3 | 4 | 0 | 0 |
| CONSULT | 2 | 3 | 2 | 3 | 2 | 3 |
| SUPPORT | 4 | 4 | 4 | 4 | 4 | 4 |
| CONCEDE | 1 | 3 | 1 | 3 | 0 | 1 |
| COOPERATE | 2 | 2 | 2 | 2 | 1 | 1 |
| AID | 1 | 2 | 1 | 2 | 0 | 0 |
| RETREAT | 1 | 2 | 1 | 1 | 0 | 0 |
| REQUEST | 3 | 3 | 3 | 3 | 3 | 3 |
| ACCUSE | 3 | 3 | 3 | 3 | 2 | 2 |
| REJECT | 4 | 4 | 4 | 4 | 4 | 4 |
| THREATEN | 3 | 4 | 3 | 3 | 3 | 3 |
| PROTEST | 2 | 2 | 2 | 2 | 1 | 1 |
| SANCTION | 4 | 4 | 4 | 4 | 4 | 4 |
| MOBILIZE | 3 | 3 | 3 | 3 | 2 | 2 |
| COERCE | 3 | 3 | 3 | 3 | 2 | 2 |
| ASSAULT | 4 | 4 | 4 | 4 | 4 | 4 |
| all (64) | 43 (0.672) | 50 (0.781) | 43 (0.672) | 48 (0.750) | 32 (0.500) | 34 (0.531) |
| no event (8) | 7 | 8 | | | | |

The misses were fixed only by general rows (event_lexicon.tsv: nouns of signing, release, lifting,
relief, delivery, departure, request, accusation, threat and detention; an amnesty granted; a leader
received; a currency or title defended as no event), each tested on other sentences of our own in
test_event_phrasings.py. Most of the misses left (8 of 14) share one shape the lexicon cannot reach: an
event noun that is the subject of a passive verb of telling or approving ("The withdrawal of X was
announced by Y"), whose event is not read from the noun. From now on this file is a regression set.

Checked unchanged with the new rows: PLOVER-GSR dev type 0.832, actor 0.762, spurious 0.205; CASE 2021
dev 0.812 / disaster 0.062; seed R_req 1.0, precision 0.941. On every 8th BBC 2004 business, tech,
entertainment and politics article (217 articles, 249 events) no event came from a new row (a
"request for comment" is kept out: the request row needs political parties and no comment asked).

Brief s7 (event nouns under verbs of telling, eventcoding/nominal.py; rules from the shape named
above, tested on sentences of our own in test_event_telling.py): type 50 -> 58 of 64, actor country
48 -> 56, recipient country 34 -> 39, no-event 8 -> 8 of 8. Of the eight passive misses seven are
read now (AID-1 fails on the lemma of "doses"), and a strike "called by" its parties (PROTEST-1).
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2023-06-15"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout2.tsv"
ROWS = read_rows(PATH)

# Still uncoded at the end of brief s6-phrase5, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    # CONSULT-0 ('the visit of Brazil's foreign minister to Buenos Aires ... was the first') passes since session 17
    # (syn17): a visit's of-phrase is its doer (eventcoding/shapes.py of_subject, shape_of_subject cues)
    "COOPERATE-0": "joint patrols as the object of 'the launch of' are not read as an event",
    "COOPERATE-2": "'hold joint exercises with' is coded AGREE, not COOPERATE (cause not traced)",
    "AID-0": "rice carried by a ship dispatched: the ship is the object, coded as a deployment",
    "AID-1": "the tagger lemmatises 'doses' as 'dos', which the delivery row's objects do not name",
}


def test_the_second_held_out_file_has_four_sentences_per_type() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert all(kinds.count(kind) == 4 for kind in set(kinds) - {"-"}) and len(set(kinds) - {"-"}) == 16
    assert kinds.count("-") == 8 and len({text for *_, text in ROWS}) == len(ROWS)


# the figures after brief s7 (event nouns under verbs of telling), as a floor: a change that
# loses codes fails
test_second_held_out_phrasing, test_second_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=58, recipients=44)  # 58, 44 with brief s7 (mutual acts, datelines)
