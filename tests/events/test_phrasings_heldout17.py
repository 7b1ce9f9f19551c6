"""A seventeenth held-out set of phrasings of our own (issue 14, brief s15-spur15): events this session's
branches left wrong, ``tests/data/phrasings_heldout17.tsv``.

30 sentences, 23 that code one event and 7 that code none. 18 are of the classes left wrong: a verbal
retort "fired back at" a party (ACCUSE; none with no party), a vow of force (THREATEN), a fine for abusing
a dominant position (COERCE; a position, market or power abused is no attack), claims confirmed or
substantiated (none), force not ruled out (THREATEN), a warning of retaliation against a party (THREATEN),
an agreement one refused or declined to reject or scrap (none); 12 are near misses that must stay (return
fire, abuse of prisoners, a request to confirm, a vow of aid, a refusal to sign, a rejection and a signing
of an agreement, retaliation by tariffs, a threat, an accusation of firing, a bombing, arrests). The file
was written and committed (8fe36fd) before the code was run on it; no sentence is taken from a corpus or
from the helpers' examples. Published 2017-06-15.

First measured (code at main's 245fdbd, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 23) | 17 | 23 |
| actor | 16 | 22 |
| recipient | 17 | 23 |
| false alarms (of 7 no-event) | 4 | 1 |

First misses: "vowed to bomb" (AGREE), "did not rule out military action" (REJECT negated), "refused to
rule out force" and "would not exclude strikes" (nothing), "warned it would hit back at Washington"
(ACCUSE, hypothetical), "hit back at X with tariffs" (ACCUSE). First false alarms: claims confirmed or
substantiated (REQUEST, the backbone's CONFIRM * CLAIM), an agreement one refused to reject (AGREE from
the noun), a refusal to scrap an agreement (REJECT). Also seen, not counted (the row's COERCE was found):
"abusing its dominant position" coded an ASSAULT beside the fine.

Fixed by rows of event_lexicon.tsv and eventcoding/retorts.py, tested on other sentences of our own with
negatives (test_threats_retorts_nonevents.py). Still wrong (``XFAIL``): "declined to scrap the trade agreement with
Mexico" stays a REJECT (the project codes a refusal as REJECT; a refusal to end a tie is left). The
actor miss: "Senator Tom Cotton" is uncoded in a lone sentence. From now on this file is a regression
set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2017-06-15"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout17.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "NONE-6": "'The Senate declined to scrap the trade agreement ...': a refusal is coded REJECT; a refusal to "
              "end a tie is left",
}


def test_the_held_out_file_has_twenty_three_events_and_seven_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 7 and len(kinds) == 30
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=22, recipients=23)
