"""A fifteenth held-out set of phrasings of our own (issue 14, brief s15-recips): the events and
recipients session 14 left open, ``tests/data/phrasings_heldout15.tsv``.

50 sentences: 35 that code one event (a leader or delegation welcomed, received or hosted: CONSULT; a bare
"warned" with a threat-like complement: THREATEN; "lashed out at", "hit out at", "rounded on": ACCUSE;
assurances sought, a party pressed for or asked to act: REQUEST; a phone call, also "called to
congratulate": CONSULT; a crowd dispersed with tear gas or water cannon: ASSAULT; a pipeline or a pylon
blown up: ASSAULT, PLOVER 2021's "destroy property") and 15 that code none (warnings about weather and
markets, "refused to reject", "declined to condemn", gas deaths, a venue hosting, fans welcoming a team, a
footballer lashing out at a referee, a demolition, pollsters asking voters, a private call, rain
dispersing a crowd). The file was written and committed before the code was run on it; no sentence is taken
from a corpus or from an audit. Published 2019-05-14.

First measured (code at main's 1341bc6, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 35) | 20 | 32 |
| actor | 20 | 29 |
| recipient | 19 | 32 |
| false alarms (of 15 no-event) | 3 | 0 |

First misses: "welcomed the Ethiopian prime minister", "welcomed a Ukrainian trade delegation", "welcomed a
delegation of Yemeni tribal leaders" (SUPPORT); "warned ... that it would take all necessary measures to
stop Taiwan's moves" (nothing); "rounded on Pakistan" (nothing); "hit out at Iran" by a defence minister
(ASSAULT: an armed party against a state); "sought assurances from" (nothing, twice); "called to
congratulate the new Austrian chancellor" (SUPPORT only); three crowds dispersed with tear gas or water
cannon in the passive (nothing: "gas" read as an accident, or the crowd not a protest word); three things
blown up (COERCE). Recipient missed besides: "warned that it would retaliate against any Indian incursion".
First false alarms: "declined to condemn the coup", "declined to criticise Russia" (REJECT), "Engineers
blew up an old cooling tower" (COERCE).

Fixed only by general means (rows of event_lexicon.tsv and eventcoding/visits_threats.py, each tested on other
sentences of our own with a negative in test_hosting_warnings_particles.py). Left: the crowds dispersed in the passive
keep no actor -- no police are named in these one-sentence rows, and the project gives a passive state act
no doer it does not name (as a passive arrest), so the rows' actor (the police of the place's country) is
not met; the three things blown up stay COERCE (``XFAIL``): PLOVER 2021's manual and table move "destroy
property" to ASSAULT, but the PLOVER gold standard codes "blew up power lines" COERCE, and making blowing up
an ASSAULT costs that sentence of its dev set (type 0.832 -> 0.826, under the 0.83 floor; measured). From
now on this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2019-05-14"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout15.tsv"
ROWS = read_rows(PATH)

_BLOWN = ("blowing up stays COERCE, as the PLOVER gold standard codes it (PLOVER 2021: destroy property is "
          "ASSAULT); the change costs the plover-gsr floor")
XFAIL: dict[str, str] = {"ASSAULT-4": _BLOWN, "ASSAULT-5": _BLOWN, "ASSAULT-6": _BLOWN}


def test_the_held_out_file_has_thirty_five_events_and_fifteen_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 15 and len(kinds) == 50
    assert len({text for *_, text in ROWS}) == len(ROWS)


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=29, recipients=32)
