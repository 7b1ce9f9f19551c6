"""Held-out wire-style phrasings of our own (issue 14, brief s6): ``tests/data/phrasings_heldout.tsv``.

8 sentences per PLOVER type (128) as wire copy writes them -- datelines, attributions, passives,
nominalisations, several actors, officials by title, non-Western names and places -- each with the
expected type, actor country and recipient country, and 12 sentences that must give no event
(disasters with deaths that are no attack, business figures of speech). The file was written and
committed (4d30052) before the code was run on it; no sentence is taken from a corpus.

First measured (code at main's e598241, before any change) and final (this branch): a sentence
counts when an event of its type is found, its actor (recipient) right when one such event has the
expected country among its actor's (recipient's) codes; '-' means none coded; UNO/EUR match IGO.

| type | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| AGREE | 8 | 8 | 7 | 7 | 2 | 2 |
| CONSULT | 7 | 8 | 7 | 8 | 4 | 6 |
| SUPPORT | 8 | 8 | 8 | 8 | 6 | 6 |
| CONCEDE | 3 | 8 | 3 | 8 | 3 | 7 |
| COOPERATE | 4 | 6 | 4 | 6 | 1 | 2 |
| AID | 2 | 7 | 2 | 6 | 2 | 7 |
| RETREAT | 7 | 8 | 7 | 8 | 4 | 5 |
| REQUEST | 7 | 8 | 7 | 8 | 6 | 7 |
| ACCUSE | 7 | 7 | 6 | 6 | 6 | 6 |
| REJECT | 7 | 7 | 7 | 7 | 3 | 3 |
| THREATEN | 8 | 8 | 8 | 8 | 6 | 6 |
| PROTEST | 6 | 7 | 5 | 6 | 6 | 7 |
| SANCTION | 5 | 6 | 5 | 6 | 5 | 6 |
| MOBILIZE | 5 | 5 | 5 | 5 | 4 | 4 |
| COERCE | 6 | 7 | 6 | 6 | 4 | 4 |
| ASSAULT | 6 | 7 | 3 | 4 | 5 | 6 |
| all (128) | 96 (0.750) | 115 (0.898) | 89 (0.695) | 107 (0.836) | 67 (0.523) | 84 (0.656) |
| no event (12) | 11 | 11 | | | | |

The misses were then fixed by general rows (event_lexicon.tsv: phrasal verbs, light verbs and
objects of ordinary news English, each tested on other sentences of our own in
test_event_phrasings.py), never by a row keyed to a name here: from then on this file is a
regression set, not a measure. What is still missed is listed below with the reason. (Brief s7's
rows code AID-6 too: rations distributed, test_event_phrasings3.py.)
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2023-03-15"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout.tsv"
ROWS = read_rows(PATH)

# Still uncoded at the end of brief s6, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "COOPERATE-3": "the parser makes 'Libya' a modifier of the militants handed over",
    # COOPERATE-7 passes since session 14 (s14-types): an arrest at another state's request is cooperation
    # ACCUSE-5 passes since session 17 (crime17): a conviction is a finding of guilt, ACCUSE (PLOVER 116)
    "REJECT-5": "'his country' inside a report is not resolved to the speaker's country",
    "PROTEST-3": "the parser makes 'blocked' an adjective of 'railway lines'",
    "SANCTION-2": "the dictionary revokes a 'deal' (SANCTION), not an 'agreement'",
    "SANCTION-7": "the dictionary codes tightened controls as CAMEO 172 (COERCE, administrative sanctions)",
    # MOBILIZE-2 (the army "put on high alert") coded since session 11: forces put or placed on alert
    # (event_lexicon.tsv), a passive deployment's forces are its actor (components/events.py)
    "MOBILIZE-6": "'on the highest level of combat readiness' is no pattern of the dictionary's 'place'",
    # MOBILIZE-7 ("the police chief ordered the deployment of 30,000 officers") coded since session 12: an
    # order whose object is a deployment or reinforcements is that mobilisation (event_lexicon.tsv, s12-phrase7)
    "COERCE-5": "executions have no CAMEO code of their own; 'execute' is left uncoded",
    "ASSAULT-6": "PLOVER-GSR codes a kidnapping COERCE (detain), which the lexicon follows",
    "NONE-3": "a fire is the subject of 'swept', not of 'killing': the accident rule does not see it",
}


def test_the_held_out_file_has_eight_sentences_per_type() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert all(kinds.count(kind) == 8 for kind in set(kinds) - {"-"}) and len(set(kinds) - {"-"}) == 16
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails). The
# recipient floor is 82, not the table's 84: once the recipients work of the same session was
# merged, two sentences whose expected recipient is '-' got a coded party: "a proposal by West
# African mediators" (the regional group takes the story's country: a fault, left open) and
# lawyers boycotting "court proceedings" (the courts, PAK: arguably right, but the label was
# written first and stays).
# Brief s7 (agree7): mutual acts give their second side as recipient (95 once merged with main);
# the subject behind a wire dateline (actors 110).
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=110, recipients=95)
