"""A third held-out set of phrasings of our own (issue 14, brief s7-phrase):
``tests/data/phrasings_heldout3.tsv``.

4 sentences per PLOVER type (64) in styles the first two sets lack: translated state-media style
("the two sides exchanged views on ..."), Latin American, African and South/Southeast Asian
politics, headlines written as sentences, long sentences with the event in a subordinate or
relative clause, events as objects of "began", "launched", "staged", "carried out", "conducted",
quantities ("dozens of protesters", "two airstrikes") and less common verbs ("put on alert",
"blacklisted", "backed down", "pulled out", "turned down", "warned of consequences", "airlifts")
-- and 8 sentences that must give no event (figures of speech, sport, business, disasters). The
file was written and committed (104d6d8) before the code was run on it; no sentence is taken from
a corpus.

First measured (code at main's c47950e, before any change) and final (this branch); counted as in
test_phrasings_heldout.py: a sentence counts when an event of its type is found, its actor (recipient)
right when one such event has the expected country among its actor's (recipient's) codes.

| type | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| AGREE | 3 | 4 | 2 | 3 | 0 | 0 |
| CONSULT | 3 | 4 | 3 | 4 | 3 | 4 |
| SUPPORT | 4 | 4 | 4 | 4 | 4 | 4 |
| CONCEDE | 3 | 4 | 3 | 4 | 3 | 4 |
| COOPERATE | 3 | 3 | 3 | 3 | 1 | 2 |
| AID | 1 | 3 | 1 | 3 | 0 | 1 |
| RETREAT | 4 | 4 | 4 | 4 | 3 | 3 |
| REQUEST | 4 | 4 | 4 | 4 | 4 | 4 |
| ACCUSE | 3 | 4 | 3 | 4 | 3 | 3 |
| REJECT | 3 | 4 | 3 | 4 | 3 | 4 |
| THREATEN | 3 | 4 | 3 | 4 | 3 | 4 |
| PROTEST | 3 | 4 | 3 | 4 | 2 | 3 |
| SANCTION | 3 | 4 | 3 | 4 | 3 | 4 |
| MOBILIZE | 4 | 4 | 4 | 4 | 2 | 2 |
| COERCE | 4 | 4 | 4 | 4 | 4 | 4 |
| ASSAULT | 3 | 4 | 2 | 3 | 2 | 3 |
| all (64) | 51 (0.797) | 62 (0.969) | 49 (0.766) | 60 (0.938) | 40 (0.625) | 49 (0.766) |
| no event (8) | 7 | 8 | | | | |

The misses were fixed only by general means, each tested on other sentences of our own in
test_event_phrasings3.py: a relative pronoun object names its antecedent ("the truce, which the
rebels accepted"); the object of the clause a trigger takes ("vowed to take countermeasures");
``+lemma`` lexicon rows that add to the dictionary backbone's rows of a verb ("threw out a
petition" without losing "threw grenades"); rows for an apology issued, an airlift, an envoy
ordered to leave, a government charged by its critics, a road or nationwide blockade, strikes
conducted on targets, someone extradited to a country, and the opening shot of a price war as
no event. From now on this file is a regression set, not a measure.

Most recipient misses left are of one kind: two parties told as one coordinated subject ("Kenya
and Uganda signed", "Indian and Bangladeshi border guards") are both coded as actors.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2024-02-20"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout3.tsv"
ROWS = read_rows(PATH)

# Still uncoded at the end of brief s7, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "COOPERATE-3": "'whose office' is not resolved to the attorney general's country",
    "AID-1": "a pledge of aid is AGREE in PLOVER's CAMEO table (0333, intent to provide aid), as the "
             "lexicon's 'pledge' codes it; the label asked for the aid itself",
}


def test_the_held_out_file_has_four_sentences_per_type() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert all(kinds.count(kind) == 4 for kind in set(kinds) - {"-"}) and len(set(kinds) - {"-"}) == 16
    assert kinds.count("-") == 8
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=60, recipients=49)  # 59, 48 before the headline rule
